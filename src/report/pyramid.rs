//! The experience pyramid report, one document for every format: the drawn pyramid coloured by
//! tier and achievement, the foundation warning, the tiers and the experiences with their 95%
//! intervals, the viewpoints side by side with the perception gap, segment differences, notes,
//! what to do next — each experience below the pass mark with the actions for its weakest
//! statements — and the method.

mod drawing;
mod next;
mod tables;

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use serde_json::{Value, json};

use super::Report;
use super::doc::{Block, Document, Inline, Tone};
use super::parts;
use super::text::{fmt1, pad, pad_left};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::pyramid::{PyramidScore, TIERS, TierScore, WEAKEST_STATEMENTS};
use crate::tr;

/// The tiers a name is known for, and the fallback.
const TIER_IDS: [&str; 4] = ["basic", "performance", "excitement", "other"];

fn tier_index(tier: &str) -> usize {
    TIER_IDS.iter().position(|t| *t == tier).unwrap_or(3)
}

/// A tier's display name ("Basic"): one name per tier per language, from the catalog.
pub fn tier_name(tier: &str, lang: Lang) -> &'static str {
    static NAMES: [OnceLock<Vec<String>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let names = NAMES[lang.index()].get_or_init(|| {
        TIER_IDS
            .iter()
            .map(|t| crate::lang::catalog::message(lang, &format!("pyramid-tier-{t}"), None))
            .collect()
    });
    &names[tier_index(tier)]
}

/// A tier's name inside a sentence ("basic" in English).
fn tier_inline(tier: &str, lang: Lang) -> String {
    let t = TIER_IDS[tier_index(tier)];
    crate::lang::catalog::message(lang, &format!("pyramid-tier-inline-{t}"), None)
}

/// The tone of a tier: blue, green, magenta.
fn tier_tone(tier: &str) -> Tone {
    match tier {
        "basic" => Tone::Series(0),
        "performance" => Tone::Series(2),
        _ => Tone::Series(3),
    }
}

fn achieved_word(achieved: bool, lang: Lang) -> String {
    if achieved {
        tr!(lang, "pyramid-achieved")
    } else {
        tr!(lang, "pyramid-not-achieved")
    }
}

/// The level reached, or "none".
fn level_name(level: Option<&str>, lang: Lang) -> String {
    level.map_or_else(|| tr!(lang, "pyramid-none"), |l| tier_name(l, lang).into())
}

/// "(3 of 4 experiences)" when a tier's score averages fewer experiences than the tier has (an
/// experience nobody answered is left out of the mean); `None` when all count, or none does
/// (the score is then n/a, which says it already).
fn coverage(t: &TierScore, lang: Lang) -> Option<String> {
    let (k, of) = (t.experiences_scored, t.experiences_in_tier);
    (k > 0 && k < of).then(|| {
        tr!(
            lang,
            "pyramid-coverage",
            k = k.to_string(),
            of = of.to_string()
        )
    })
}

/// The methodology statements.
pub fn policies(_inst: &Instrument, s: &PyramidScore, lang: Lang) -> Vec<String> {
    vec![
        tr!(lang, "pyramid-method-experience"),
        tr!(lang, "pyramid-method-tier"),
        tr!(
            lang,
            "pyramid-method-achieved",
            pass = fmt1(Some(s.pass_mark))
        ),
        tr!(lang, "pyramid-method-foundation"),
        tr!(lang, "pyramid-method-priorities"),
        tr!(
            lang,
            "pyramid-method-statements",
            max = WEAKEST_STATEMENTS.to_string()
        ),
        tr!(lang, "pyramid-method-intervals"),
        tr!(lang, "pyramid-method-gap"),
        tr!(lang, "pyramid-method-tiers"),
    ]
}

/// The foundation warnings as sentences.
fn warnings(s: &PyramidScore, lang: Lang) -> Vec<Inline> {
    s.warnings
        .iter()
        .map(|w| {
            tr!(
                lang,
                "pyramid-warning",
                higher = tier_name(&w.higher, lang),
                higher_score = fmt1(Some(w.higher_score)),
                lower = tier_name(&w.lower, lang),
                lower_score = fmt1(w.lower_score)
            )
            .into()
        })
        .collect()
}

/// The pyramid report as a document.
/// The tier the engagement targets (`targets: {pyramid: {tier: performance}}`): its id and its
/// place from 1.
pub fn target_tier(report: &Report<'_>) -> Option<(&'static str, usize)> {
    let k = *report.targets.get("tier")? as usize;
    TIERS.get(k.checked_sub(1)?).map(|t| (*t, k))
}

/// The pyramid report as a document.
pub fn document(report: &Report<'_>, s: &PyramidScore, lang: Lang) -> Document {
    let inst = report.instrument;
    let mut doc = parts::document(report, lang);
    doc.meta.push(
        Inline::plain(tr!(
            lang,
            "pyramid-pass-mark",
            pass = fmt1(Some(s.pass_mark))
        ))
        .then(" · ", Tone::Plain)
        .then(
            tr!(
                lang,
                "pyramid-level-reached",
                level = level_name(s.level.as_deref(), lang)
            ),
            Tone::Strong,
        ),
    );
    if let Some(target) = target_tier(report) {
        let reached = s
            .level
            .as_deref()
            .and_then(|l| TIERS.iter().position(|t| *t == l))
            .is_some_and(|k| k + 1 >= target.1);
        doc.meta.push(Inline::toned(
            tr!(
                lang,
                if reached {
                    "pyramid-target-reached"
                } else {
                    "pyramid-target-open"
                },
                tier = level_name(Some(target.0), lang)
            ),
            if reached { Tone::Good } else { Tone::Warn },
        ));
    }
    let drawn = drawing::Pyramid::overall(inst, s, lang);
    let desc = drawn.desc();
    doc.push(Block::Drawing {
        drawing: Arc::new(drawn),
        title: tr!(lang, "pyramid-drawing-title"),
        desc,
        caption: tr!(lang, "pyramid-drawing-caption"),
    });
    if !s.warnings.is_empty() {
        doc.push(Block::Callout {
            tone: Tone::Warn,
            title: Some(tr!(lang, "pyramid-warning-title")),
            lines: warnings(s, lang),
        });
    }
    tables::tiers(&mut doc, s, lang);
    tables::experiences(&mut doc, inst, s, lang);
    let roles = parts::roles(report, |x| match x {
        Scored::Pyramid(p) => Some(p),
        _ => None,
    });
    if roles.len() > 1 {
        tables::viewpoints(&mut doc, inst, s, &roles, lang);
    }
    parts::segments(
        &mut doc,
        s.segments.as_ref(),
        &|key| {
            if let Some(t) = key.strip_prefix("tier.") {
                tier_name(t, lang).to_string()
            } else if let Some(e) = key.strip_prefix("experience.") {
                inst.group_name(e, lang)
            } else {
                key.to_string()
            }
        },
        &|_| 1,
        lang,
    );
    parts::close(
        &mut doc,
        report,
        |d| next::what_to_do(d, report, s, &roles, lang),
        policies(report.instrument, s, lang),
        true,
        lang,
    );
    doc
}

/// The `pyramid` member of the JSON report: `pass_mark`, `experiences[]` {`id`, `name`, `tier`,
/// `score`, `n`, `passed` (null when nobody answered), `importance`, `importance_n`, `sd`,
/// `interval`}, `tiers[]`, `level`, `warnings[]`, `priorities[]` {`experience`, `tier`,
/// `shortfall`, `weighted_shortfall`, `importance_imputed`, `statements[]` {`id`, `text`,
/// `score`, `n`, `action`}} (texts and actions in the report language, `action` null when the
/// questionnaire gives none) and `segments` when asked for.
pub fn json(inst: &Instrument, s: &PyramidScore, lang: Lang) -> Value {
    let experiences: Vec<Value> = s
        .experiences
        .iter()
        .map(|e| {
            json!({
                "id": e.id,
                "name": inst.group_name(&e.id, lang),
                "tier": e.tier,
                "score": e.score,
                "n": e.n,
                "passed": e.passed_mark(),
                "importance": e.importance,
                "importance_n": e.importance_n,
                "sd": e.sd,
                "interval": e.interval,
            })
        })
        .collect();
    let priorities: Vec<Value> = s
        .priorities
        .iter()
        .map(|p| {
            let statements: Vec<Value> = p
                .statements
                .iter()
                .map(|st| {
                    let q = inst.question(&st.id);
                    json!({
                        "id": st.id,
                        "text": q.and_then(|q| q.text.as_ref()).map(|t| t.get(lang)),
                        "score": st.score,
                        "n": st.n,
                        "action": q.and_then(|q| q.improve.as_ref()).map(|t| t.get(lang)),
                    })
                })
                .collect();
            json!({
                "experience": p.experience,
                "tier": p.tier,
                "shortfall": p.shortfall,
                "weighted_shortfall": p.weighted_shortfall,
                "importance_imputed": p.importance_imputed,
                "statements": statements,
            })
        })
        .collect();
    let mut out = json!({
        "pass_mark": s.pass_mark,
        "experiences": experiences,
        "tiers": s.tiers,
        "level": s.level,
        "warnings": s.warnings,
        "priorities": priorities,
    });
    parts::with_segments(&mut out, s.segments.as_ref());
    out
}

/// The completion-screen summary: the level, each tier, the first priority and where to start.
pub fn summary(inst: &Instrument, s: &PyramidScore, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            lang,
            "pyramid-summary-level",
            level = level_name(s.level.as_deref(), lang)
        )
    );
    for tier in crate::score::pyramid::TIERS.iter().rev() {
        if let Some(t) = s.tiers.iter().find(|t| t.id == *tier) {
            let _ = writeln!(
                out,
                "{}  {}  {}{}",
                pad(tier_name(tier, lang), 12),
                pad_left(&fmt1(t.score), 5),
                achieved_word(t.achieved, lang),
                coverage(t, lang)
                    .map(|c| format!("  {c}"))
                    .unwrap_or_default()
            );
        }
    }
    if let Some(pr) = s.priorities.first() {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                lang,
                "pyramid-summary-first",
                name = inst.group_name(&pr.experience, lang)
            )
        );
        let action = pr
            .statements
            .iter()
            .find_map(|st| inst.question(&st.id)?.improve.as_ref());
        if let Some(a) = action {
            let _ = writeln!(
                out,
                "{}",
                tr!(lang, "pyramid-summary-action", action = a.get(lang))
            );
        }
    }
    if !s.warnings.is_empty() {
        let _ = writeln!(out, "{}", tr!(lang, "pyramid-summary-warning"));
    }
    out
}

/// The headline figures for `diff` and `trend`.
pub fn headline_figures(b: &mut super::figures::Builder<'_>, s: &PyramidScore) {
    use super::figures::{Unit, tier_level};
    let lang = b.lang();
    let t = |key: &str| crate::tr!(lang, key);
    b.number(
        "level",
        t("compare-fig-level"),
        Some(tier_level(s.level.as_deref())),
        Unit::TierLevel,
    );
    for tier in &s.tiers {
        let name = crate::report::pyramid::tier_name(&tier.id, lang);
        let label = tr!(lang, "compare-fig-tier", tier = name);
        b.number(format!("tier.{}", tier.id), label, tier.score, Unit::Score);
    }
    for e in &s.experiences {
        let label = b.group(&e.id);
        b.number(format!("experience.{}", e.id), label, e.score, Unit::Score);
    }
}

#[cfg(test)]
mod tests;
