//! "What to do next" for SERVQUAL: the dimensions with the largest shortfall and their weakest
//! items, the item that breaks a scale, where to look for causes, and how far to trust the
//! figures.

use super::tables::headline_alpha;
use super::{ALPHA_OK, SMALL_N, fmt2, fmt2s};
use crate::instrument::{Instrument, ServqualVariant};
use crate::lang::Lang;
use crate::report::doc::Inline;
use crate::score::servqual::{DimensionScore, ItemScore, ServqualScore, ZonePosition};
use crate::tr;

/// The dimensions with a shortfall (negative headline gap; for SERVPERF every answered one, the
/// lowest P first), worst first.
pub(super) fn worst_dimensions(s: &ServqualScore) -> Vec<&DimensionScore> {
    let mut dims: Vec<&DimensionScore> = s
        .dimensions
        .iter()
        .filter(|d| match s.variant {
            ServqualVariant::Servperf => d.perceived.is_some(),
            ServqualVariant::Zone => {
                d.zone == Some(ZonePosition::Below) || d.gap.is_some_and(|g| g < 0.0)
            }
            ServqualVariant::Servqual => d.gap.is_some_and(|g| g < 0.0),
        })
        .collect();
    dims.sort_by(|a, b| {
        let key = |d: &DimensionScore| match s.variant {
            ServqualVariant::Zone => (d.msa.unwrap_or(0.0).min(0.0), s.headline(d).unwrap_or(0.0)),
            _ => (0.0, s.headline(d).unwrap_or(0.0)),
        };
        let (ka, kb) = (key(a), key(b));
        ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
    });
    dims
}

fn items_of<'s>(s: &'s ServqualScore, dim: &str) -> Vec<&'s ItemScore> {
    let mut v: Vec<&ItemScore> = s.items.iter().filter(|i| i.dimension == dim).collect();
    v.sort_by_key(|i| i.rank);
    v
}

fn headline(s: &ServqualScore, v: Option<f64>) -> String {
    if s.variant == ServqualVariant::Servperf {
        fmt2(v)
    } else {
        fmt2s(v)
    }
}

/// In a dimension with item diagnostics, the item whose deletion raises α the most, with α
/// without and with it.
fn breaking_item<'d>(s: &ServqualScore, d: &'d DimensionScore) -> Option<(&'d str, f64, f64)> {
    let all = headline_alpha(s, d).alpha?;
    d.diagnostics
        .iter()
        .flatten()
        .filter_map(|i| Some((i.id.as_str(), i.fit.alpha_if_deleted?)))
        .filter(|(_, without)| *without > all)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, without)| (id, without, all))
}

/// "What to do next", in order.
pub(super) fn steps(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Vec<Inline> {
    if s.scored == 0 {
        return vec![tr!(lang, "servqual-step-none").into()];
    }
    let mut out: Vec<String> = Vec::new();
    let worst = worst_dimensions(s);
    let heaviest = s
        .dimensions
        .iter()
        .filter(|d| d.weight.is_some())
        .max_by(|a, b| a.weight.unwrap_or(0.0).total_cmp(&b.weight.unwrap_or(0.0)));
    for (k, d) in worst.iter().take(2).enumerate() {
        let items: Vec<String> = items_of(s, &d.id)
            .into_iter()
            .take(2)
            .filter(|i| s.item_headline(i).is_some())
            .map(|i| {
                tr!(
                    lang,
                    "servqual-step-item",
                    id = i.id.clone(),
                    figure = headline(s, s.item_headline(i))
                )
            })
            .collect();
        let figure = match s.variant {
            ServqualVariant::Zone => tr!(
                lang,
                "servqual-step-zone-figure",
                msa = fmt2s(d.msa),
                mss = fmt2s(d.gap)
            ),
            _ => headline(s, s.headline(d)),
        };
        let mut step = tr!(
            lang,
            if k == 0 {
                "servqual-step-first"
            } else {
                "servqual-step-then"
            },
            name = inst.group_name(&d.id, lang),
            figure = figure,
            n = d.n.to_string(),
            items = items.join(&tr!(lang, "report-list-separator"))
        );
        if heaviest.is_some_and(|h| h.id == d.id) {
            step = tr!(
                lang,
                "servqual-step-important",
                step = step,
                weight = d
                    .weight
                    .map_or_else(|| "n/a".to_string(), |w| format!("{:.1}", w * 100.0))
            );
        }
        out.push(step);
    }
    if worst.is_empty() && s.variant != ServqualVariant::Servperf {
        out.push(tr!(lang, "servqual-step-keep"));
    }
    for d in &s.dimensions {
        if let Some((item, without, with)) = breaking_item(s, d) {
            out.push(tr!(
                lang,
                "servqual-step-breaks",
                name = inst.group_name(&d.id, lang),
                item = item.to_string(),
                alpha = fmt2(Some(without)),
                with = fmt2(Some(with))
            ));
        }
    }
    out.push(tr!(lang, "servqual-step-why"));
    // The advice is about reading the gap (P for SERVPERF) as one score: only that scale's α
    // decides it — a low α of the expectations alone says nothing about the gap score.
    if s.dimensions
        .iter()
        .any(|d| headline_alpha(s, d).alpha.is_some_and(|x| x < ALPHA_OK))
    {
        out.push(tr!(
            lang,
            if s.variant == ServqualVariant::Servperf {
                "servqual-step-low-alpha-servperf"
            } else {
                "servqual-step-low-alpha"
            }
        ));
    }
    if s.respondents < SMALL_N {
        out.push(tr!(
            lang,
            "servqual-step-small-n",
            n = s.respondents.to_string(),
            min = SMALL_N.to_string()
        ));
    }
    out.into_iter().map(Inline::from).collect()
}
