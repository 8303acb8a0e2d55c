//! The report of an instrument without a dedicated model: a score per group, 0–100.

use std::fmt::Write as _;

use super::Report;
use super::doc::{BarCell, Block, Cell, Column, Document, Table, Tone};
use super::parts;
use super::text::{fmt1, pad};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::generic::GenericScore;
use crate::tr;

/// The methodology statements.
pub fn policies(_inst: &Instrument, _s: &GenericScore, lang: Lang) -> Vec<String> {
    vec![tr!(lang, "generic-method-score")]
}

/// The report as a document.
pub fn document(report: &Report<'_>, s: &GenericScore, lang: Lang) -> Document {
    let inst = report.instrument;
    let mut doc = parts::document(report, lang);
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "generic-group")),
        Column::text("").only(super::doc::Formats::DRAWN),
        Column::number(tr!(lang, "generic-score")),
        Column::number("n"),
    ]);
    for g in &s.groups {
        t.row(vec![
            inst.group_name(&g.id, lang).into(),
            Cell::Bar(BarCell {
                value: g.score,
                max: 100.0,
                mark: None,
                tone: Tone::Series(0),
            }),
            fmt1(g.score).into(),
            g.n.to_string().into(),
        ]);
    }
    doc.push(Block::Table(t));
    parts::segments(
        &mut doc,
        s.segments.as_ref(),
        &|key| {
            key.strip_prefix("group.")
                .map_or_else(|| key.to_string(), |g| inst.group_name(g, lang))
        },
        &|_| 1,
        lang,
    );
    parts::close(
        &mut doc,
        report,
        |_| {},
        policies(report.instrument, s, lang),
        true,
        lang,
    );
    doc
}

/// The kind's member of the JSON report: the figures as they are.
pub fn json(_inst: &Instrument, s: &GenericScore, _lang: Lang) -> serde_json::Value {
    serde_json::to_value(s).unwrap_or(serde_json::Value::Null)
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &GenericScore, lang: Lang) -> String {
    let mut out = String::new();
    for g in &s.groups {
        let _ = writeln!(
            out,
            "{}  {}",
            pad(&inst.group_name(&g.id, lang), 24),
            fmt1(g.score)
        );
    }
    out
}

/// The headline figures for `diff` and `trend`.
pub fn headline_figures(b: &mut super::figures::Builder<'_>, s: &GenericScore) {
    use super::figures::Unit;
    for g in &s.groups {
        let label = b.group(&g.id);
        b.number(format!("group.{}", g.id), label, g.score, Unit::Score);
    }
}
