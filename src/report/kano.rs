//! The Kano report, one document for every format: the features in the order of what to do
//! with their category and the test of its lead (or "too few answers to test"), the answers per
//! category and the strengths, Better and Worse with their Wilson 95% intervals beside the
//! Better/Worse scatter, the continuous analysis (DuMouchel) beside its scatter, segments
//! (`--by`, with their differences and category-mix tests) or roles, the small-sample warning,
//! notes and N/A reasons, next steps and the method with the evaluation table. Figures come from
//! `score::kano`; nothing is computed here but display rounding.

mod next;
mod plot;
mod tables;

use std::fmt::Write as _;
use std::sync::Arc;

use serde_json::{Value, json};

use super::Report;
use super::doc::{Block, Document, Formats, Inline, Tone};
use super::parts;
use super::text::{pad, width};
use crate::instrument::{Instrument, KanoTable, QuestionKind};
use crate::lang::Lang;
use crate::score::kano::{Category, FeatureScore, KanoScore, MAX_SEGMENTS, MIN_N, table_id};
use crate::tr;

/// A feature's display name: the Kano question's feature text, else its group's name.
pub fn feature_name(inst: &Instrument, id: &str, lang: Lang) -> String {
    match inst.question(id).map(|q| &q.kind) {
        Some(QuestionKind::Kano { feature, .. }) if !feature.get(lang).trim().is_empty() => {
            feature.get(lang).to_string()
        }
        _ => inst.group_name(id, lang),
    }
}

pub use super::text::fmt2;

/// The marker of the feature ranked `rank` (from 1): 1–9, then a–z, then `+`.
fn marker(rank: usize) -> String {
    match rank {
        1..=9 => rank.to_string(),
        10..=35 => char::from(b'a' + (rank - 10) as u8).to_string(),
        _ => "+".to_string(),
    }
}

/// A category's name in `lang`.
fn category_name(c: Category, lang: Lang) -> String {
    tr!(
        lang,
        match c {
            Category::Attractive => "kano-category-attractive",
            Category::OneDimensional => "kano-category-one-dimensional",
            Category::MustBe => "kano-category-must-be",
            Category::Indifferent => "kano-category-indifferent",
            Category::Reverse => "kano-category-reverse",
            Category::Questionable => "kano-category-questionable",
        }
    )
}

/// A category's colour: must-be blue, one-dimensional green, attractive magenta, reverse red,
/// questionable amber, indifferent (and none) grey.
fn category_tone(c: Option<Category>) -> Tone {
    match c {
        Some(Category::MustBe) => Tone::Series(0),
        Some(Category::OneDimensional) => Tone::Series(2),
        Some(Category::Attractive) => Tone::Series(3),
        Some(Category::Reverse) => Tone::Series(5),
        Some(Category::Questionable) => Tone::Series(1),
        Some(Category::Indifferent) | None => Tone::Dim,
    }
}

/// The evaluation table as the header names it: the file's word in English (`standard`,
/// `pouliot`), its own name in Chinese.
fn table_short(table: KanoTable, lang: Lang) -> String {
    match table {
        KanoTable::Standard => tr!(lang, "kano-table-short-standard"),
        KanoTable::Pouliot => tr!(lang, "kano-table-short-pouliot"),
    }
}

/// The evaluation table's full name, for the method.
fn table_full(table: KanoTable, lang: Lang) -> String {
    match table {
        KanoTable::Standard => tr!(lang, "kano-table-standard"),
        KanoTable::Pouliot => tr!(lang, "kano-table-pouliot"),
    }
}

/// Names joined as a list in `lang`.
fn list(items: &[String], lang: Lang) -> String {
    items.join(&tr!(lang, "kano-list-separator"))
}

/// "Name (I/O)" with the brackets of the language.
fn with_dual(name: &str, dual: &str, lang: Lang) -> String {
    tr!(
        lang,
        "kano-with-dual",
        name = name.to_string(),
        dual = dual.to_string()
    )
}

/// The features in action order with their rank (from 1).
fn ranked(s: &KanoScore) -> Vec<(usize, &FeatureScore)> {
    s.ordered().enumerate().map(|(i, f)| (i + 1, f)).collect()
}

/// "Name (n=6)" for each feature with fewer than [`MIN_N`] answers, in action order.
fn small_n_names(inst: &Instrument, s: &KanoScore, lang: Lang) -> Vec<String> {
    s.ordered()
        .filter(|f| f.small_n())
        .map(|f| format!("{} (n={})", feature_name(inst, &f.id, lang), f.n))
        .collect()
}

/// The methodology statements.
pub fn policies(_inst: &Instrument, s: &KanoScore, lang: Lang) -> Vec<String> {
    let min = MIN_N.to_string();
    vec![
        tr!(lang, "kano-method-table", table = table_full(s.table, lang)),
        tr!(lang, "kano-method-n"),
        tr!(lang, "kano-method-category"),
        tr!(lang, "kano-method-better-worse"),
        tr!(lang, "kano-method-intervals"),
        tr!(lang, "kano-method-strength"),
        tr!(lang, "kano-method-lead", min = min.clone()),
        tr!(lang, "kano-method-continuous"),
        tr!(lang, "kano-method-small", min = min),
        tr!(lang, "kano-method-order"),
        tr!(lang, "kano-method-segments", max = MAX_SEGMENTS.to_string()),
    ]
}

/// The Kano report as a document.
pub fn document(report: &Report<'_>, s: &KanoScore, lang: Lang) -> Document {
    let inst = report.instrument;
    let mut doc = parts::document(report, lang);
    let about = tr!(
        lang,
        "kano-meta",
        n = s.features.len(),
        table = table_short(s.table, lang)
    );
    match doc.meta.first_mut() {
        Some(line) => {
            *line = std::mem::take(line).then(format!(" · {about}"), Tone::Plain);
        }
        None => doc.meta.push(Inline::plain(about)),
    }
    if let Some(w) = next::small_warning(inst, s, lang) {
        doc.push(Block::Callout {
            tone: Tone::Warn,
            title: Some(tr!(lang, "kano-small-title")),
            lines: vec![w.into()],
        });
    }

    doc.section(tr!(lang, "kano-features-title"));
    doc.push(Block::Table(tables::features(inst, s, lang)));
    doc.paragraph(Inline::toned(
        tr!(lang, "kano-key", min = MIN_N.to_string()),
        Tone::Dim,
    ));
    doc.heading(3, tr!(lang, "kano-counts-title"));
    doc.push(Block::Table(tables::counts(inst, s, lang)));

    doc.section(tr!(lang, "kano-bw-title"));
    doc.push(Block::Drawing {
        drawing: Arc::new(plot::better_worse(inst, s, lang)),
        title: tr!(lang, "kano-bw-title"),
        desc: tr!(lang, "kano-bw-desc"),
        caption: tr!(lang, "kano-bw-caption"),
    });
    doc.push(Block::Table(tables::better_worse(inst, s, lang)));
    doc.paragraph(Inline::toned(tr!(lang, "kano-bw-intervals"), Tone::Dim));
    doc.blocks.extend(tables::better_worse_notes(inst, s, lang));

    doc.section(tr!(lang, "kano-cont-title"));
    doc.push(Block::Drawing {
        drawing: Arc::new(plot::continuous(inst, s, lang)),
        title: tr!(lang, "kano-cont-title"),
        desc: tr!(lang, "kano-cont-desc"),
        caption: tr!(lang, "kano-cont-caption"),
    });
    doc.push(Block::Table(tables::continuous(inst, s, lang)));
    doc.blocks.extend(tables::continuous_notes(inst, s, lang));

    tables::segments(&mut doc, report, s, lang);
    let steps = next::steps(inst, s, lang)
        .into_iter()
        .map(Inline::from)
        .collect();
    parts::close_with_steps(
        &mut doc,
        report,
        steps,
        policies(report.instrument, s, lang),
        false,
        lang,
    );
    doc.only(
        Formats::WRITTEN,
        vec![
            Block::Paragraph(tr!(lang, "kano-eval-intro").into()),
            Block::Table(tables::evaluation(s.table, lang)),
        ],
    );
    doc
}

/// One feature's JSON object (SPEC names, then extras).
fn feature_json(inst: &Instrument, f: &FeatureScore, rank: Option<usize>, lang: Lang) -> Value {
    let mut v = json!({
        "id": f.id,
        "n": f.n,
        "counts": f.counts,
        "category": f.category,
        "better": f.better,
        "better_interval": f.better_interval,
        "worse": f.worse,
        "worse_interval": f.worse_interval,
        "category_strength": f.category_strength,
        "total_strength": f.total_strength,
        "significant": f.significant,
        "lead": f.lead,
        "fong_screen": f.fong_screen,
        "functional_mean": f.functional_mean,
        "dysfunctional_mean": f.dysfunctional_mean,
        "importance_mean": f.importance_mean,
        "name": feature_name(inst, &f.id, lang),
        "dual_category": f.dual_category(),
        "second_category": f.second,
        "shown_category": f.shown_category(),
        "fong_critical_difference": f.fong_critical,
        "functional_sd": f.functional_sd,
        "dysfunctional_sd": f.dysfunctional_sd,
        "importance_sd": f.importance_sd,
        "importance_n": f.importance_n,
        "small_n": f.small_n(),
    });
    if let (Some(r), Value::Object(m)) = (rank, &mut v) {
        m.insert("rank".into(), json!(r));
    }
    v
}

/// The `kano` member of the JSON report: `features[]` in the order of what to do.
pub fn json(inst: &Instrument, s: &KanoScore, lang: Lang) -> Value {
    let features: Vec<Value> = ranked(s)
        .into_iter()
        .map(|(rank, f)| feature_json(inst, f, Some(rank), lang))
        .collect();
    let segments = s.segments.as_ref().map(|seg| {
        let c = s.comparison.as_ref();
        json!({
            "differences": c.map(|c| &c.differences),
            "tests": c.map(|c| &c.tests),
            "segments_not_compared": c.map(|c| c.segments_not_compared),
            "field": seg.field,
            "segments": seg.segments.iter().map(|g| json!({
                "value": g.value,
                "pooled": g.pooled,
                "respondents": g.respondents,
                "features": g.features.iter().map(|f| feature_json(inst, f, None, lang)).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    });
    json!({
        "table": table_id(s.table),
        "min_n": MIN_N,
        "respondents": s.respondents,
        "features": features,
        "segments": segments,
        "warnings": small_n_names(inst, s, lang),
        "next_steps": next::steps(inst, s, lang),
    })
}

/// The completion-screen summary: the categories found, and the first thing to do.
pub fn summary(inst: &Instrument, s: &KanoScore, lang: Lang) -> String {
    let mut out = String::new();
    let order = [
        Category::MustBe,
        Category::OneDimensional,
        Category::Attractive,
        Category::Indifferent,
        Category::Reverse,
        Category::Questionable,
    ];
    let labels: Vec<String> = order
        .iter()
        .map(|c| {
            tr!(
                lang,
                "kano-summary-label",
                category = category_name(*c, lang)
            )
        })
        .collect();
    let label_w = labels.iter().map(|l| width(l)).max().unwrap_or(0) + 1;
    for (c, label) in order.iter().zip(&labels) {
        let names: Vec<String> = s
            .ordered()
            .filter(|f| f.category == Some(*c))
            .map(|f| match f.dual_category() {
                Some(d) => with_dual(&feature_name(inst, &f.id, lang), &d, lang),
                None => feature_name(inst, &f.id, lang),
            })
            .collect();
        if !names.is_empty() {
            let _ = writeln!(out, "{} {}", pad(label, label_w), list(&names, lang));
        }
    }
    if let Some(first) = next::steps(inst, s, lang).into_iter().next() {
        let _ = writeln!(out, "{}", tr!(lang, "kano-summary-first", step = first));
    }
    if s.features.iter().any(FeatureScore::small_n) && s.respondents > 1 {
        let _ = writeln!(
            out,
            "{}",
            tr!(lang, "kano-summary-small", min = MIN_N.to_string())
        );
    }
    out
}

/// Feature `id`'s name, or the id when it is not a Kano question.
fn kano_feature(inst: &Instrument, id: &str, lang: Lang) -> String {
    match inst.question(id).map(|q| &q.kind) {
        Some(QuestionKind::Kano { feature, .. }) => feature.get(lang).to_string(),
        _ => id.to_string(),
    }
}

/// The headline figures for `diff` and `trend`.
pub fn headline_figures(b: &mut super::figures::Builder<'_>, s: &KanoScore) {
    use super::figures::{Unit, Value};
    let (inst, lang) = (b.inst(), b.lang());
    for f in &s.features {
        let feature = kano_feature(inst, &f.id, lang);
        let label = |key: &str| tr!(lang, key, feature = feature.clone());
        let category = Value::Label(f.category.map(|_| f.shown_category()));
        b.push(
            format!("kano.{}.category", f.id),
            label("compare-fig-kano-category"),
            category,
            Unit::Category,
            false,
        );
        b.number(
            format!("kano.{}.better", f.id),
            label("compare-fig-kano-better"),
            f.better,
            Unit::Coefficient,
        );
        // Not a score for --fail-on-drop (see the module comment).
        b.push(
            format!("kano.{}.worse", f.id),
            label("compare-fig-kano-worse"),
            Value::Number(f.worse),
            Unit::Coefficient,
            false,
        );
    }
}

#[cfg(test)]
mod tests;
