//! The evidence and confidence part of the shared notes section: each piece of evidence under
//! its question (attributed, marked supporting or contradicting), the evidence coverage per
//! group (dimension, experience, feature …: answers, how many carry evidence, supporting and
//! contradicting pieces, and where the questionnaire requires evidence, how many answers still
//! lack it), and the answers marked low confidence. Written once, so every kind's report shows
//! it in every format.

use super::{question_title, role_name, who};
use crate::lang::Lang;
use crate::report::Report;
use crate::report::doc::{Cell, Column, Document, Inline, Quote, Table, Tone};
use crate::response::{Confidence, EvidenceKind};
use crate::score::voices::{Coverage, Voices};
use crate::tr;

/// Whether the report shows evidence and confidence: some were recorded, or the questionnaire
/// requires evidence on a question that has answers (its coverage is then news, even at zero).
pub(super) fn shown(report: &Report<'_>) -> bool {
    let v = &report.scoring.voices;
    v.has_evidence() || required_answers(report) > 0
}

/// Answers to questions that require evidence.
fn required_answers(report: &Report<'_>) -> usize {
    let v = &report.scoring.voices;
    report
        .instrument
        .questions
        .iter()
        .filter(|q| q.evidence_required)
        .map(|q| v.coverage_of(&q.id).answers)
        .sum()
}

/// The word for an evidence kind in `lang`.
fn kind_word(kind: EvidenceKind, lang: Lang) -> String {
    match kind {
        EvidenceKind::Supports => tr!(lang, "evidence-supports"),
        EvidenceKind::Contradicts => tr!(lang, "evidence-contradicts"),
    }
}

/// The evidence on `question`, as quotes: the reference, then who recorded it and its kind.
pub(super) fn quotes(v: &Voices, question: &str, lang: Lang) -> Vec<Quote> {
    v.evidence
        .iter()
        .filter(|x| x.question == question)
        .map(|x| Quote {
            text: x.reference.clone(),
            by: tr!(
                lang,
                "evidence-by",
                by = who(&x.respondent, x.role.as_deref(), lang),
                kind = kind_word(x.kind, lang)
            ),
            tone: match x.kind {
                EvidenceKind::Supports => Tone::Plain,
                EvidenceKind::Contradicts => Tone::Warn,
            },
        })
        .collect()
}

fn share(c: &Coverage) -> String {
    if c.answers == 0 {
        "–".to_string()
    } else {
        #[allow(clippy::cast_precision_loss)]
        let pct = 100.0 * c.with_evidence as f64 / c.answers as f64;
        format!("{pct:.0}%")
    }
}

/// The evidence coverage of one group (dimension, experience, feature …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCoverage<'a> {
    /// The group's id.
    pub group: &'a str,
    /// Its answers and their evidence.
    pub counts: Coverage,
    /// Answers to questions that require evidence and have none (0 when none requires it).
    pub missing: usize,
}

/// The evidence coverage per group that has answers or evidence, in questionnaire order, and
/// whether some question requires evidence (then the missing counts mean something).
pub fn coverage_by_group<'a>(report: &Report<'a>) -> (Vec<GroupCoverage<'a>>, bool) {
    let v = &report.scoring.voices;
    let inst = report.instrument;
    let requires = inst.questions.iter().any(|q| q.evidence_required);
    let mut groups = Vec::new();
    for group in inst.used_groups() {
        let mut counts = Coverage::default();
        let mut missing = 0;
        for q in inst.questions.iter().filter(|q| q.group == group) {
            let qc = v.coverage_of(&q.id);
            counts.add(&qc);
            if q.evidence_required {
                missing += qc.answers - qc.with_evidence;
            }
        }
        if counts.answers == 0 && counts.supports + counts.contradicts == 0 {
            continue;
        }
        groups.push(GroupCoverage {
            group,
            counts,
            missing,
        });
    }
    (groups, requires)
}

/// `evidence_coverage[]` of a JSON report: per group, the counts of the "Evidence coverage"
/// table (`missing_required` where some question requires evidence); `None` when the text
/// report shows no such table.
pub fn coverage_json(report: &Report<'_>, lang: Lang) -> Option<Vec<serde_json::Value>> {
    if !shown(report) {
        return None;
    }
    let (groups, requires) = coverage_by_group(report);
    let rows = groups
        .iter()
        .map(|g| {
            let c = &g.counts;
            let mut row = serde_json::json!({
                "group": g.group,
                "name": report.instrument.group_name(g.group, lang),
                "answers": c.answers,
                "with_evidence": c.with_evidence,
                "supports": c.supports,
                "contradicts": c.contradicts,
            });
            if requires {
                row["missing_required"] = serde_json::json!(g.missing);
            }
            row
        })
        .collect();
    Some(rows)
}

/// "Evidence coverage": one row per group with answers or evidence, and a total row.
pub(super) fn coverage(doc: &mut Document, report: &Report<'_>, lang: Lang) {
    let inst = report.instrument;
    let (groups, requires) = coverage_by_group(report);
    if groups.is_empty() {
        return;
    }
    let mut columns = vec![
        Column::label(tr!(lang, "evidence-group")),
        Column::number(tr!(lang, "evidence-answers")),
        Column::number(tr!(lang, "evidence-with")),
        Column::number(tr!(lang, "evidence-share")),
        Column::number(tr!(lang, "evidence-supporting")),
        Column::number(tr!(lang, "evidence-contradicting")),
    ];
    if requires {
        columns.push(Column::number(tr!(lang, "evidence-missing")));
    }
    let mut table = Table::new(columns);
    let mut total = Coverage::default();
    let mut total_missing = 0;
    for g in &groups {
        total.add(&g.counts);
        total_missing += g.missing;
        table.row(row(
            Inline::plain(inst.group_name(g.group, lang)),
            &g.counts,
            requires.then_some(g.missing),
        ));
    }
    if groups.len() > 1 {
        table.row(row(
            Inline::toned(tr!(lang, "evidence-all"), Tone::Strong),
            &total,
            requires.then_some(total_missing),
        ));
    }
    doc.heading(3, tr!(lang, "evidence-coverage"));
    doc.push(crate::report::doc::Block::Table(table));
}

fn row(label: Inline, c: &Coverage, missing: Option<usize>) -> Vec<Cell> {
    let mut cells: Vec<Cell> = vec![
        label.into(),
        c.answers.to_string().into(),
        c.with_evidence.to_string().into(),
        share(c).into(),
        c.supports.to_string().into(),
        c.contradicts.to_string().into(),
    ];
    if let Some(m) = missing {
        let tone = if m > 0 { Tone::Bad } else { Tone::Plain };
        cells.push(Inline::toned(m.to_string(), tone).into());
    }
    cells
}

/// How many answers carry each confidence level, then the low-confidence answers listed
/// (question, respondent, role) in questionnaire order.
pub(super) fn low_confidence(doc: &mut Document, report: &Report<'_>, lang: Lang) {
    let v = &report.scoring.voices;
    if v.confidence.is_empty() {
        return;
    }
    let count = |level: Confidence| v.confidence.iter().filter(|c| c.level == level).count();
    doc.heading(3, tr!(lang, "evidence-confidence"));
    doc.paragraph(Inline::plain(tr!(
        lang,
        "evidence-confidence-counts",
        n = v.confidence.len(),
        low = count(Confidence::Low),
        medium = count(Confidence::Medium),
        high = count(Confidence::High)
    )));
    let inst = report.instrument;
    let order = |id: &str| inst.question_index(id).unwrap_or(usize::MAX);
    let mut low: Vec<_> = v
        .confidence
        .iter()
        .filter(|c| c.level == Confidence::Low)
        .collect();
    if low.is_empty() {
        return;
    }
    low.sort_by_key(|c| (order(&c.question), c.question.clone()));
    let mut table = Table::new(vec![
        Column::text(tr!(lang, "evidence-question")),
        Column::label(tr!(lang, "evidence-respondent")),
        Column::label(tr!(lang, "evidence-role")),
    ]);
    for c in low {
        table.row(vec![
            question_title(inst, &c.question, lang).into(),
            c.respondent.clone().into(),
            c.role
                .as_deref()
                .map_or_else(|| "–".to_string(), |r| role_name(r, lang))
                .into(),
        ]);
    }
    doc.paragraph(Inline::toned(tr!(lang, "evidence-low-listed"), Tone::Warn));
    doc.push(crate::report::doc::Block::Table(table));
}
