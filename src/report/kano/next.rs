//! What to do next, one sentence per kind of action in the order of what to do, and the
//! small-sample warning.

use super::{feature_name, fmt2, list, small_n_names, with_dual};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::kano::{Category, FeatureScore, KanoScore, MIN_N};
use crate::tr;

/// The next steps.
pub(super) fn steps(inst: &Instrument, s: &KanoScore, lang: Lang) -> Vec<String> {
    let names = |c: Category| -> Vec<String> {
        s.ordered()
            .filter(|f| f.category == Some(c))
            .map(|f| feature_name(inst, &f.id, lang))
            .collect()
    };
    let mut out = Vec::new();
    let must = names(Category::MustBe);
    if !must.is_empty() {
        let worst = s
            .ordered()
            .filter(|f| f.category == Some(Category::MustBe))
            .filter_map(|f| f.worse.map(f64::abs))
            .fold(0.0, f64::max);
        out.push(tr!(
            lang,
            "kano-step-must-be",
            features = list(&must, lang),
            worst = fmt2(Some(worst))
        ));
    }
    for (c, key) in [
        (Category::OneDimensional, "kano-step-one-dimensional"),
        (Category::Attractive, "kano-step-attractive"),
        (Category::Indifferent, "kano-step-indifferent"),
        (Category::Reverse, "kano-step-reverse"),
        (Category::Questionable, "kano-step-questionable"),
    ] {
        let these = names(c);
        if !these.is_empty() {
            out.push(tr!(lang, key, features = list(&these, lang)));
        }
    }
    let dual: Vec<String> = s
        .ordered()
        .filter_map(|f: &FeatureScore| {
            f.dual_category()
                .map(|d| with_dual(&feature_name(inst, &f.id, lang), &d, lang))
        })
        .collect();
    if !dual.is_empty() {
        out.push(tr!(lang, "kano-step-dual", features = list(&dual, lang)));
    }
    let small = small_n_names(inst, s, lang);
    if !small.is_empty() {
        out.push(tr!(
            lang,
            "kano-step-small",
            min = MIN_N.to_string(),
            features = list(&small, lang)
        ));
    }
    if out.is_empty() {
        out.push(tr!(lang, "kano-step-none"));
    }
    out
}

/// The small-sample warning, when any feature has fewer than [`MIN_N`] answers.
pub(super) fn small_warning(inst: &Instrument, s: &KanoScore, lang: Lang) -> Option<String> {
    let small = small_n_names(inst, s, lang);
    (!small.is_empty()).then(|| {
        tr!(
            lang,
            "kano-small-warning",
            min = MIN_N.to_string(),
            features = list(&small, lang)
        )
    })
}
