//! The CX maturity report: the stage and index, the stage ladder (a drawing of its own), the
//! radar of the dimensions, a row per dimension with its score, 95% interval, n, level and what
//! blocks the next stage, the spread between respondents, roles side by side, the roadmap (one
//! level up per lagging item, with the rubric's description and suggestion), segments, notes and
//! N/A reasons, and the method — one document for every format. Every figure comes from
//! `score::maturity`; level names and texts come from the instrument.

mod ladder;
mod next;
mod tables;

use std::fmt::Write as _;
use std::sync::Arc;

use serde_json::{Value, json};

use super::Report;
use super::doc::{Block, Cell, Column, Document, Formats, Inline, Table, Tone};
use super::parts;
use super::text::fmt1;
use crate::instrument::{Instrument, QuestionKind, RubricLevel};
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::maturity::{Blocking, MaturityScore, RoadmapStep, TOP_LEVEL};
use crate::tr;

/// A respondent range at least this wide (in levels) is flagged as a difference of views.
const WIDE_RANGE: f64 = 2.0;

/// The fewest respondents a dimension's interval needs.
const MIN_INTERVAL_N: usize = 2;

/// The name of level `level` as the instrument gives it, else "level 3".
fn level_name(inst: &Instrument, level: u8, lang: Lang) -> String {
    inst.level_name(level, lang).map_or_else(
        || tr!(lang, "maturity-level", level = level.to_string()),
        str::to_string,
    )
}

/// "2 Emerging" (or "level 2" when the instrument names no levels).
fn level_label(inst: &Instrument, level: u8, lang: Lang) -> String {
    inst.level_name(level, lang).map_or_else(
        || tr!(lang, "maturity-level", level = level.to_string()),
        |name| format!("{level} {name}"),
    )
}

fn stage_label(inst: &Instrument, s: &MaturityScore, lang: Lang) -> String {
    match (s.stage, s.provisional_stage) {
        (Some(st), _) => level_label(inst, st, lang),
        (None, Some(p)) => tr!(
            lang,
            "maturity-stage-provisional",
            level = level_label(inst, p, lang)
        ),
        (None, None) => tr!(lang, "maturity-stage-none"),
    }
}

fn index_label(s: &MaturityScore, lang: Lang) -> String {
    match (s.index, s.assessed_index) {
        (Some(i), _) => tr!(lang, "maturity-index-value", index = fmt1(Some(i))),
        (None, Some(a)) => tr!(lang, "maturity-index-assessed", index = fmt1(Some(a))),
        (None, None) => "n/a".to_string(),
    }
}

/// "Weakest dimension: Metrics (2.3)".
fn weakest_line(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Option<String> {
    let w = s.weakest.as_deref()?;
    Some(tr!(
        lang,
        "maturity-weakest",
        name = inst.group_name(w, lang),
        score = fmt1(dim_score(s, w))
    ))
}

/// The item's statement.
fn item_text(inst: &Instrument, id: &str, lang: Lang) -> String {
    inst.question(id)
        .and_then(|q| q.text.as_ref())
        .map_or_else(|| id.to_string(), |t| t.get(lang).to_string())
}

/// Level `level` (1–5) of rubric item `id`.
fn rubric_level<'i>(inst: &'i Instrument, id: &str, level: u8) -> Option<&'i RubricLevel> {
    match &inst.question(id)?.kind {
        QuestionKind::Rubric(levels) => levels.get(usize::from(level).checked_sub(1)?),
        _ => None,
    }
}

/// The description of the level to reach and the suggestion given at the current level.
fn step_texts(inst: &Instrument, step: &RoadmapStep, lang: Lang) -> (String, String) {
    let next = rubric_level(inst, &step.item, step.target)
        .map(|l| l.text.get(lang).to_string())
        .unwrap_or_default();
    let suggestion = rubric_level(inst, &step.item, step.level)
        .map(|l| l.suggestion.get(lang).to_string())
        .unwrap_or_default();
    (next, suggestion)
}

/// How far a dimension's score is below its target (`None` without one of them; zero or less:
/// reached).
fn to_target(score: Option<f64>, target: Option<f64>) -> Option<f64> {
    Some(target? - score?)
}

fn dim_score(s: &MaturityScore, id: &str) -> Option<f64> {
    s.dimensions
        .iter()
        .find(|d| d.id == id)
        .and_then(|d| d.score)
}

/// "0.7 below 3", or "no answers".
fn blocking_phrase(b: &Blocking, target: Option<u8>, lang: Lang) -> String {
    match (b.shortfall, target) {
        (Some(sh), Some(t)) => tr!(
            lang,
            "maturity-below",
            shortfall = fmt1(Some(sh)),
            level = t.to_string()
        ),
        _ => tr!(lang, "maturity-no-answers-short"),
    }
}

/// The blocking dimensions' names, joined.
fn blocking_names(inst: &Instrument, s: &MaturityScore, lang: Lang) -> String {
    s.blocking
        .iter()
        .map(|b| inst.group_name(&b.id, lang))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "maturity-name-separator"))
}

/// The methodology statements.
pub fn policies(inst: &Instrument, _s: &MaturityScore, lang: Lang) -> Vec<String> {
    let levels: Vec<String> = (1..=TOP_LEVEL)
        .map(|l| level_label(inst, l, lang))
        .collect();
    let mut out = vec![tr!(
        lang,
        "maturity-method-levels",
        levels = levels.join(&tr!(lang, "maturity-name-separator"))
    )];
    out.extend(
        [
            "maturity-method-dimension",
            "maturity-method-index",
            "maturity-method-stage",
            "maturity-method-unscored",
            "maturity-method-blocking",
            "maturity-method-roadmap",
        ]
        .iter()
        .map(|k| tr!(lang, k)),
    );
    out.push(tr!(
        lang,
        "maturity-method-spread",
        wide = fmt1(Some(WIDE_RANGE))
    ));
    out.push(tr!(
        lang,
        "maturity-method-interval",
        min = MIN_INTERVAL_N.to_string()
    ));
    out.push(tr!(lang, "maturity-method-roles"));
    out
}

/// "Stage 2 Emerging · maturity index 46.6 / 100", the figures strong.
fn headline(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Inline {
    Inline::plain(format!("{} ", tr!(lang, "maturity-stage")))
        .then(stage_label(inst, s, lang), Tone::Strong)
        .then(format!(" · {} ", tr!(lang, "maturity-index")), Tone::Plain)
        .then(index_label(s, lang), Tone::Strong)
}

/// The ladder as a table, for Markdown (which shows no drawings).
fn ladder_table(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Table {
    let reached = s.stage.or(s.provisional_stage).unwrap_or(0);
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "maturity-col-stage")),
        Column::label(tr!(lang, "maturity-col-ladder")),
        Column::text(""),
    ]);
    for level in (1..=TOP_LEVEL).rev() {
        let square = if level <= reached { "■" } else { "□" };
        let note = if level == reached {
            if s.stage.is_some() {
                tr!(lang, "maturity-ladder-reached")
            } else {
                tr!(lang, "maturity-ladder-provisional")
            }
        } else if Some(level) == s.next_stage {
            tr!(
                lang,
                "maturity-ladder-held-back",
                names = blocking_names(inst, s, lang)
            )
        } else {
            String::new()
        };
        t.row(vec![
            level_label(inst, level, lang).into(),
            square.repeat(usize::from(level)).into(),
            Cell::Text(Inline::plain(note)),
        ]);
    }
    t
}

/// The maturity report as a document.
pub fn document(report: &Report<'_>, s: &MaturityScore, lang: Lang) -> Document {
    let inst = report.instrument;
    let mut doc = parts::document(report, lang);
    doc.paragraph(headline(inst, s, lang));
    if let Some(w) = weakest_line(inst, s, lang) {
        doc.paragraph(w);
    }
    if s.respondents == 0 {
        doc.push(Block::Callout {
            tone: Tone::Warn,
            title: None,
            lines: vec![tr!(lang, "maturity-no-answers").into()],
        });
    }
    let roles = parts::roles(report, |x| match x {
        Scored::Maturity(m) => Some(m),
        _ => None,
    });
    let roles = if roles.len() > 1 { roles } else { Vec::new() };

    doc.section(tr!(lang, "maturity-ladder"));
    doc.push(Block::Drawing {
        drawing: Arc::new(ladder::Ladder::new(inst, s, lang)),
        title: tr!(lang, "maturity-ladder"),
        desc: tr!(
            lang,
            "maturity-ladder-desc",
            provisional = if s.stage.is_none() && s.provisional_stage.is_some() {
                "yes"
            } else {
                "no"
            }
        ),
        caption: tr!(lang, "maturity-ladder-caption"),
    });
    doc.only(
        Formats::MARKDOWN,
        vec![Block::Table(ladder_table(inst, s, lang))],
    );
    doc.only(Formats::HTML, tables::profile(inst, s, &roles, lang));

    doc.section(tr!(lang, "maturity-dimensions"));
    match s.next_stage {
        Some(t) => {
            let note = |key: &str| {
                vec![Block::Paragraph(Inline::toned(
                    tr!(lang, key, level = t.to_string()),
                    Tone::Dim,
                ))]
            };
            doc.only(Formats::DRAWN, note("maturity-scale-note-next"));
            doc.only(Formats::MARKDOWN, note("maturity-scale-note"));
        }
        None => doc.paragraph(Inline::toned(tr!(lang, "maturity-scale-note"), Tone::Dim)),
    }
    doc.push(Block::Table(tables::dimensions(
        inst,
        s,
        &report.targets,
        lang,
    )));
    if s.respondents > 1 {
        doc.section(tr!(lang, "maturity-spread"));
        doc.push(Block::Table(tables::spread(inst, s, lang)));
    }
    if !roles.is_empty() {
        doc.section(tr!(lang, "maturity-roles"));
        doc.push(Block::Table(tables::roles(inst, s, &roles, lang)));
        doc.paragraph(Inline::toned(
            tr!(lang, "maturity-roles-stage-difference"),
            Tone::Dim,
        ));
        if roles.iter().any(|(_, rs)| rs.provisional) {
            doc.paragraph(Inline::toned(
                tr!(lang, "maturity-roles-provisional"),
                Tone::Dim,
            ));
        }
    }
    parts::segments(
        &mut doc,
        s.segments.as_ref(),
        &|key| {
            key.strip_prefix("dimension.")
                .map_or_else(|| key.to_string(), |d| inst.group_name(d, lang))
        },
        &|_| 1,
        lang,
    );
    parts::close(
        &mut doc,
        report,
        |d| {
            next::section(d, inst, s, lang);
            next::to_targets(d, inst, s, &report.targets, lang);
        },
        policies(inst, s, lang),
        true,
        lang,
    );
    doc
}

/// The `maturity` member of the JSON report: `dimensions[]` {`id`, `name`, `score`, `n`,
/// `interval`, `level`, `level_name`, spread…}, `index`, `stage`, `stage_name`, the provisional
/// figures, `blocking`, `roadmap` (with the rubric's texts), `items`, remarks and segments.
/// Level names are the instrument's (`null` when it names none).
pub fn json(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Value {
    let name = |l: Option<u8>| l.and_then(|l| inst.level_name(l, lang));
    let dimensions: Vec<Value> = s
        .dimensions
        .iter()
        .map(|d| {
            json!({
                "id": d.id,
                "name": inst.group_name(&d.id, lang),
                "maps_to": d.maps_to,
                "score": d.score,
                "n": d.n,
                "level": d.level,
                "level_name": name(d.level),
                "min": d.min,
                "max": d.max,
                "sd": d.sd,
                "interval": d.interval,
                "items": d.items,
                "answers": d.answers,
                "na": d.na,
            })
        })
        .collect();
    let items: Vec<Value> = s
        .items
        .iter()
        .map(|i| {
            json!({
                "id": i.id,
                "dimension": i.dimension,
                "text": item_text(inst, &i.id, lang),
                "mean": i.mean,
                "n": i.n,
                "na": i.na,
                "level": i.level,
            })
        })
        .collect();
    let blocking: Vec<Value> = s
        .blocking
        .iter()
        .map(|b| {
            json!({
                "id": b.id,
                "name": inst.group_name(&b.id, lang),
                "score": b.score,
                "shortfall": b.shortfall,
            })
        })
        .collect();
    let roadmap: Vec<Value> = s
        .roadmap
        .iter()
        .map(|r| {
            let (next, suggestion) = step_texts(inst, r, lang);
            json!({
                "dimension": r.dimension,
                "item": r.item,
                "text": item_text(inst, &r.item, lang),
                "mean": r.mean,
                "n": r.n,
                "level": r.level,
                "level_name": name(Some(r.level)),
                "target": r.target,
                "target_name": name(Some(r.target)),
                "next_level": next,
                "suggestion": suggestion,
            })
        })
        .collect();
    let mut out = json!({
        "dimensions": dimensions,
        "index": s.index,
        "assessed_index": s.assessed_index,
        "stage": s.stage,
        "stage_name": name(s.stage),
        "provisional_stage": s.provisional_stage,
        "provisional": s.provisional,
        "unscored": s.unscored,
        "next_stage": s.next_stage,
        "next_stage_name": name(s.next_stage),
        "weakest": s.weakest,
        "blocking": blocking,
        "roadmap": roadmap,
        "items": items,
        "remarks": s.remarks,
        "remarks_omitted": s.remarks_omitted,
    });
    parts::with_segments(&mut out, s.segments.as_ref());
    out
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &MaturityScore, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            lang,
            "maturity-summary-stage",
            stage = stage_label(inst, s, lang)
        )
    );
    let _ = writeln!(
        out,
        "{}",
        tr!(lang, "maturity-summary-index", index = index_label(s, lang))
    );
    if let Some(w) = weakest_line(inst, s, lang) {
        let _ = writeln!(out, "{w}");
    }
    if let Some(t) = s.next_stage {
        if !s.blocking.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                tr!(
                    lang,
                    "maturity-summary-held-back",
                    stage = level_label(inst, t, lang),
                    names = blocking_names(inst, s, lang)
                )
            );
        }
    }
    out
}

/// The headline figures for `diff` and `trend`.
pub fn headline_figures(b: &mut super::figures::Builder<'_>, s: &MaturityScore) {
    use super::figures::Unit;
    let lang = b.lang();
    let t = |key: &str| crate::tr!(lang, key);
    b.number("index", t("compare-fig-index"), s.index, Unit::Score);
    let stage = s.stage.map(f64::from);
    b.number("stage", t("compare-fig-stage"), stage, Unit::Stage);
    for d in &s.dimensions {
        let label = b.group(&d.id);
        b.number(format!("dimension.{}", d.id), label, d.score, Unit::Mean);
    }
}

#[cfg(test)]
mod tests;
