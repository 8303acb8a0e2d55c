//! The management/staff report of the five-gap model on its own, one document for every format:
//! the gap 1–4 driver scores ("higher = healthier", reversed constructs under their healthy
//! names), the drivers per gap with roles side by side, the direct gap 2–4 items per dimension,
//! managers' and staff's estimates of customers' expectations (gap 7), segments, notes, what to
//! do next — the weakest statements of weak drivers with the questionnaire's improvement actions
//! — and the method. Also the gap names and the driver table and chart the five-gap report
//! shares.

mod chart;
mod next;
mod tables;

use std::fmt::Write as _;

use serde_json::{Value, json};

pub use chart::drivers_chart;
pub use next::{statement_step, weak_statements};
pub use tables::drivers_table;

use super::Report;
use super::doc::{Block, Document, Figure, Inline, Tone};
use super::parts;
use super::servqual::fmt2;
use super::text::{pad, pad_left, width};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::lang::catalog;
use crate::score::Scored;
use crate::score::gaps::{ConstructScore, GapsScore};
use crate::score::stats::MIN_ALPHA_CASES;
use crate::tr;

/// Below this driver score (the midpoint of 1–7) a driver is read as a problem.
pub const WEAK_DRIVER: f64 = 4.0;

/// The short name of gap 1–7 ("Delivery gap").
pub fn gap_name(n: u8, lang: Lang) -> String {
    tr!(lang, &format!("gaps-name-{}", n.clamp(1, 7)))
}

/// What gap 1–7 lies between.
pub fn gap_between(n: u8, lang: Lang) -> String {
    tr!(lang, &format!("gaps-between-{}", n.clamp(1, 7)))
}

/// "Gap 3 — Delivery gap".
pub fn gap_title(n: u8, lang: Lang) -> String {
    tr!(
        lang,
        "gaps-title",
        n = n.to_string(),
        name = gap_name(n, lang)
    )
}

/// "gap 3", as written beside a figure.
pub fn gap_label(n: u8, lang: Lang) -> String {
    tr!(lang, "gaps-label", n = n.to_string())
}

/// The tone of a driver score: bad below the midpoint.
pub fn driver_tone(v: Option<f64>) -> Tone {
    match v {
        Some(x) if x < WEAK_DRIVER => Tone::Bad,
        Some(_) => Tone::Good,
        None => Tone::Dim,
    }
}

/// The name a construct is shown under: its healthy name when its raw construct measures the
/// unhealthy direction ("Flat structure" for levels of management).
pub fn construct_name(inst: &Instrument, id: &str, lang: Lang) -> String {
    match inst.group(id) {
        Some(g) if g.reverse => g
            .healthy_name
            .as_ref()
            .map_or_else(|| g.name.get(lang).to_string(), |h| h.get(lang).to_string()),
        Some(g) => g.name.get(lang).to_string(),
        None => id.to_string(),
    }
}

/// For a construct shown under its healthy name: "(levels of management, reverse-scored)".
pub fn construct_note(inst: &Instrument, id: &str, lang: Lang) -> String {
    match inst.group(id) {
        Some(g) if g.reverse && g.healthy_name.is_some() => tr!(
            lang,
            "gaps-reverse-note",
            name = g.name.get(lang).to_string()
        ),
        _ => String::new(),
    }
}

/// A SERVQUAL dimension's name (the catalog's for the five built-in dimensions, else the gaps
/// questionnaire's estimate group), or the id.
pub fn dimension_name(inst: &Instrument, id: &str, lang: Lang) -> String {
    let key = format!("gaps-dimension-{id}");
    if catalog::catalog(Lang::En).has(&key) {
        return tr!(lang, &key);
    }
    inst.group(&format!("{}{id}", crate::score::gaps::ESTIMATE_PREFIX))
        .map_or_else(|| id.to_string(), |g| g.name.get(lang).to_string())
}

/// The methodology statements.
pub fn policies(_inst: &Instrument, _s: &GapsScore, lang: Lang) -> Vec<String> {
    vec![
        tr!(lang, "gaps-method-reverse"),
        tr!(lang, "gaps-method-construct"),
        tr!(lang, "gaps-method-gap"),
        tr!(lang, "gaps-method-alpha", min = MIN_ALPHA_CASES.to_string()),
        tr!(lang, "gaps-method-direct"),
        tr!(lang, "gaps-method-estimates"),
        tr!(
            lang,
            "gaps-method-statements",
            mid = fmt2(Some(WEAK_DRIVER)),
            per = next::STATEMENTS_PER_DRIVER.to_string()
        ),
        tr!(lang, "gaps-method-diagnostics"),
    ]
}

/// The gap scores 1–4 as headline figures, each with what it lies between, how many drivers
/// entered it and its weakest drivers.
fn figures(inst: &Instrument, s: &GapsScore, lang: Lang) -> Vec<Figure> {
    s.gaps
        .iter()
        .map(|g| {
            let mut details = vec![
                gap_between(g.gap, lang),
                tr!(
                    lang,
                    "gaps-drivers-of",
                    k = g.constructs.to_string(),
                    of = g.of.to_string()
                ),
            ];
            let weakest = next::driver_scores(inst, &s.constructs, &g.weakest, lang);
            if !weakest.is_empty() {
                details.push(tr!(
                    lang,
                    "gaps-weakest",
                    drivers = weakest.join(&tr!(lang, "report-list-separator"))
                ));
            }
            Figure {
                label: gap_title(g.gap, lang),
                value: Inline::toned(fmt2(g.score), driver_tone(g.score)),
                details,
            }
        })
        .collect()
}

/// The gaps report as a document.
pub fn document(report: &Report<'_>, s: &GapsScore, lang: Lang) -> Document {
    let inst = report.instrument;
    let mut doc = parts::document(report, lang);
    doc.meta.push(Inline::plain(tr!(lang, "gaps-meta")));
    doc.push(Block::Callout {
        tone: Tone::Dim,
        title: None,
        lines: vec![tr!(lang, "gaps-diagnostic").into()],
    });
    doc.push(Block::Figures(figures(inst, s, lang)));
    let roles = parts::roles(report, |x| match x {
        Scored::Gaps(g) => Some(g),
        _ => None,
    });
    let roles = if roles.len() > 1 { roles } else { Vec::new() };
    doc.section(tr!(lang, "gaps-drivers"));
    doc.push(drivers_chart(inst, &s.constructs, lang));
    doc.push(Block::Table(drivers_table(
        inst,
        &s.constructs,
        &s.gaps
            .iter()
            .map(|g| (g.gap, g.score, g.constructs, g.of))
            .collect::<Vec<_>>(),
        &roles,
        lang,
    )));
    if s.direct.iter().any(|d| d.gap2.n + d.gap3.n + d.gap4.n > 0) {
        doc.section(tr!(lang, "gaps-direct"));
        doc.push(Block::Table(tables::direct(inst, s, lang)));
        doc.paragraph(Inline::toned(tr!(lang, "gaps-direct-key"), Tone::Dim));
    }
    if s.estimates.iter().any(|e| e.managers_n + e.staff_n > 0) {
        doc.section(tr!(lang, "gaps-estimates"));
        doc.push(Block::Table(tables::estimates(inst, s, lang)));
        if s.gap7_mae.is_some() {
            doc.paragraph(tr!(lang, "gaps-gap7-mae", mae = fmt2(s.gap7_mae)));
        }
        doc.paragraph(Inline::toned(
            tr!(lang, "gaps-gap1-needs-customers"),
            Tone::Dim,
        ));
    }
    parts::segments(
        &mut doc,
        s.segments.as_ref(),
        &|key| {
            key.strip_prefix("construct.")
                .map_or_else(|| key.to_string(), |c| construct_name(inst, c, lang))
        },
        &|_| 2,
        lang,
    );
    parts::close_with_steps(
        &mut doc,
        report,
        next::steps(inst, s, lang),
        policies(report.instrument, s, lang),
        true,
        lang,
    );
    doc
}

/// The constructs in SPEC's shape: `{id, gap, score}` and more, with each statement's score and
/// the questionnaire's improvement action.
pub fn constructs_json(inst: &Instrument, constructs: &[ConstructScore], lang: Lang) -> Vec<Value> {
    constructs
        .iter()
        .map(|c| {
            let statements: Vec<Value> = c
                .statements
                .iter()
                .map(|st| {
                    json!({
                        "id": st.id,
                        "score": st.score,
                        "n": st.n,
                        "action": inst
                            .question(&st.id)
                            .and_then(|q| q.improve.as_ref())
                            .map(|t| t.get(lang).to_string()),
                    })
                })
                .collect();
            json!({
                "id": c.id,
                "gap": c.gap,
                "score": c.score,
                "name": construct_name(inst, &c.id, lang),
                "n": c.n,
                "sd": c.sd,
                "items": c.items,
                "reverse_items": c.reverse_items,
                "shown_healthy": c.shown_healthy,
                "alpha": c.alpha.alpha,
                "alpha_cases": c.alpha.cases,
                "statements": statements,
            })
        })
        .collect()
}

/// The `gaps` member of the JSON report (the management side alone: gap 5 and gap 1 need the
/// customer file, so they are `null`).
pub fn json(inst: &Instrument, s: &GapsScore, lang: Lang) -> Value {
    let mut gaps: Vec<Value> = s
        .gaps
        .iter()
        .map(|g| json!({"id": format!("gap{}", g.gap), "score": g.score, "measure": "drivers", "constructs": g.constructs, "of": g.of, "weakest": g.weakest}))
        .collect();
    gaps.push(json!({"id": "gap5", "score": null, "measure": "servqual"}));
    let gap1_dimensions: Vec<Value> = s
        .estimate_dimensions
        .iter()
        .map(|d| json!({"id": d.id, "gap": null, "managers": d.managers, "staff": d.staff, "gap7": d.gap7, "gap7_mae": d.gap7_mae}))
        .collect();
    let mut out = json!({
        "gaps": gaps,
        "gap1_dimensions": gap1_dimensions,
        "constructs": constructs_json(inst, &s.constructs, lang),
        "estimates": s.estimates,
        "gap7_mae": s.gap7_mae,
        "direct": s.direct,
        "managers": s.managers,
        "staff": s.staff,
        "other_roles": s.others,
    });
    parts::with_segments(&mut out, s.segments.as_ref());
    out
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &GapsScore, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", tr!(lang, "gaps-summary-title"));
    // As wide as the longest title ("Gap 4 — Communication gap" is 25 columns), so the scores
    // line up.
    let title_w = s
        .gaps
        .iter()
        .map(|g| width(&gap_title(g.gap, lang)))
        .max()
        .unwrap_or(0);
    for g in &s.gaps {
        let weakest = g
            .weakest
            .first()
            .map(|id| construct_name(inst, id, lang))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}  {}  {}",
            pad(&gap_title(g.gap, lang), title_w),
            pad_left(&fmt2(g.score), 5),
            weakest
        );
    }
    let _ = writeln!(out, "{}", tr!(lang, "gaps-diagnostic"));
    out
}

/// The headline figures for `diff` and `trend`.
pub fn headline_figures(b: &mut super::figures::Builder<'_>, s: &GapsScore) {
    use super::figures::Unit;
    let (inst, lang) = (b.inst(), b.lang());
    for g in &s.gaps {
        let label = crate::report::gaps::gap_title(g.gap, lang);
        b.number(format!("gap{}", g.gap), label, g.score, Unit::Mean);
    }
    for c in &s.constructs {
        let label = crate::report::gaps::construct_name(inst, &c.id, lang);
        b.number(format!("construct.{}", c.id), label, c.score, Unit::Mean);
    }
}

#[cfg(test)]
mod tests;
