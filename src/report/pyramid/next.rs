//! "What to do next": each experience below the pass mark in priority order, then the perception
//! gaps to talk through, the figures that need more answers, and when to measure again; after
//! the steps, for each of those experiences, its weakest statements with their scores and the
//! questionnaire's improvement action for each.

use super::tables::{MARKED_GAP, spans};
use super::tier_inline;
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::Report;
use crate::report::doc::{Block, Column, Document, Formats, Inline, Table, Tone};
use crate::report::parts::{self, role_name};
use crate::report::text::fmt1;
use crate::score::pyramid::{Priority, PyramidScore};
use crate::tr;

/// The step for one priority.
fn priority_step(inst: &Instrument, s: &PyramidScore, p: &Priority, lang: Lang) -> Inline {
    let e = s.experiences.iter().find(|e| e.id == p.experience);
    let name = inst.group_name(&p.experience, lang);
    let tier = tier_inline(&p.tier, lang);
    let (Some(score), Some(shortfall)) = (e.and_then(|e| e.score), p.shortfall) else {
        return tr!(lang, "pyramid-step-unanswered", name = name, tier = tier).into();
    };
    let (score, shortfall) = (fmt1(Some(score)), format!("{shortfall:.1}"));
    let text = match (p.weighted_shortfall, e.and_then(|e| e.importance)) {
        _ if p.importance_imputed => tr!(
            lang,
            "pyramid-step-priority-imputed",
            name = name,
            tier = tier,
            score = score,
            shortfall = shortfall
        ),
        (Some(w), Some(importance)) => tr!(
            lang,
            "pyramid-step-priority-weighted",
            name = name,
            tier = tier,
            score = score,
            shortfall = shortfall,
            importance = format!("{importance:.1}"),
            weight = format!("{w:.1}")
        ),
        _ => tr!(
            lang,
            "pyramid-step-priority",
            name = name,
            tier = tier,
            score = score,
            shortfall = shortfall
        ),
    };
    if p.statements.is_empty() {
        Inline::plain(text)
    } else {
        Inline::plain(tr!(lang, "pyramid-step-start", step = text))
    }
}

/// Up to three experiences (the largest gaps first) that customers rate at least 10 points lower
/// than `other` does.
fn gap_names(
    inst: &Instrument,
    customer: &PyramidScore,
    other: &PyramidScore,
    lang: Lang,
) -> Vec<String> {
    let mut gaps: Vec<(f64, &str)> = customer
        .experiences
        .iter()
        .filter_map(|c| {
            let o = other.experiences.iter().find(|o| o.id == c.id)?.score?;
            let g = c.score? - o;
            (g <= MARKED_GAP).then_some((g, c.id.as_str()))
        })
        .collect();
    gaps.sort_by(|a, b| a.0.total_cmp(&b.0));
    gaps.iter()
        .take(3)
        .map(|(_, id)| inst.group_name(id, lang))
        .collect()
}

/// The steps.
fn steps(
    report: &Report<'_>,
    s: &PyramidScore,
    roles: &[(String, &PyramidScore)],
    lang: Lang,
) -> Vec<Inline> {
    let inst = report.instrument;
    let sep = tr!(lang, "pyramid-names-separator");
    if s.experiences.iter().all(|e| e.score.is_none()) {
        return vec![tr!(lang, "pyramid-step-collect").into()];
    }
    let mut out: Vec<Inline> = s
        .priorities
        .iter()
        .map(|p| priority_step(inst, s, p, lang))
        .collect();
    if out.is_empty() {
        out.push(tr!(lang, "pyramid-step-all-pass").into());
    }
    if let Some((_, customer)) = roles.iter().find(|(r, _)| r == "customer") {
        for (r, rs) in roles.iter().filter(|(r, _)| r != "customer") {
            let names = gap_names(inst, customer, rs, lang);
            if !names.is_empty() {
                out.push(
                    tr!(
                        lang,
                        "pyramid-step-gap",
                        names = names.join(&sep),
                        role = role_name(r, lang)
                    )
                    .into(),
                );
            }
        }
    }
    let uncertain: Vec<String> = s
        .experiences
        .iter()
        .filter(|e| spans(e.interval, s.pass_mark))
        .map(|e| inst.group_name(&e.id, lang))
        .collect();
    if !uncertain.is_empty() {
        out.push(tr!(lang, "pyramid-step-uncertain", names = uncertain.join(&sep)).into());
    }
    if !report.scoring.roles.contains_key("customer") {
        out.push(tr!(lang, "pyramid-step-customers").into());
    }
    if !s.priorities.is_empty() {
        out.push(tr!(lang, "pyramid-step-repeat").into());
    }
    out
}

/// "Where to start" for one priority: its weakest statements, each with its score, n and
/// action — a table in Markdown and HTML; in the terminal each statement over its action, so
/// that neither is squeezed into a narrow column.
fn statements(doc: &mut Document, inst: &Instrument, s: &PyramidScore, p: &Priority, lang: Lang) {
    let score = s
        .experiences
        .iter()
        .find(|e| e.id == p.experience)
        .and_then(|e| e.score);
    doc.heading(
        3,
        tr!(
            lang,
            "pyramid-start-heading",
            name = inst.group_name(&p.experience, lang),
            score = fmt1(score)
        ),
    );
    let mut t = Table::new(vec![
        Column::text(tr!(lang, "pyramid-statement")),
        Column::number(tr!(lang, "pyramid-score")),
        Column::number("n"),
        Column::text(tr!(lang, "pyramid-action")),
    ]);
    let mut text = Vec::new();
    for st in &p.statements {
        let q = inst.question(&st.id);
        let statement = q
            .and_then(|q| q.text.as_ref())
            .map(|t| t.get(lang).trim().to_string())
            .unwrap_or_default();
        let action = q
            .and_then(|q| q.improve.as_ref())
            .map(|a| a.get(lang).to_string());
        let tone = if st.score.is_some_and(|v| v < s.pass_mark) {
            Tone::Bad
        } else {
            Tone::Plain
        };
        let score = fmt1(st.score);
        t.row(vec![
            Inline::toned(st.id.clone(), Tone::Dim)
                .then(format!(" {statement}"), Tone::Plain)
                .into(),
            Inline::toned(score.clone(), tone).into(),
            st.n.to_string().into(),
            action
                .clone()
                .map_or_else(|| Inline::toned("—", Tone::Dim), Inline::plain)
                .into(),
        ]);
        let mut lines = vec![
            Inline::toned(score, tone)
                .then(format!(" (n={})  ", st.n), Tone::Dim)
                .then(st.id.clone(), Tone::Dim)
                .then(format!("  {statement}"), Tone::Plain),
        ];
        if let Some(a) = action {
            lines.push(Inline::toned("→ ", Tone::Strong).then(a, Tone::Plain));
        }
        text.push(Block::Callout {
            tone: Tone::Plain,
            title: None,
            lines,
        });
    }
    doc.only(Formats::WRITTEN, vec![Block::Table(t)]);
    doc.only(Formats::TEXT, text);
}

/// "What to do next", then where to start for each experience below the pass mark.
pub fn what_to_do(
    doc: &mut Document,
    report: &Report<'_>,
    s: &PyramidScore,
    roles: &[(String, &PyramidScore)],
    lang: Lang,
) {
    parts::next_steps(doc, steps(report, s, roles, lang), lang);
    for p in s.priorities.iter().filter(|p| !p.statements.is_empty()) {
        statements(doc, report.instrument, s, p, lang);
    }
}
