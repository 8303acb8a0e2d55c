//! The five-gap model (DOMAIN.md §4.1, §4.3): one customer (`servqual`) result and one
//! management/staff (`gaps`) result combined — gap 5 from the customers, gap 1 from managers'
//! estimates set against customers' expectations, the drivers of gaps 1–4, and gaps 6 and 7 when
//! staff estimated too. Pure: takes the two scores, returns plain data.
//!
//! Policies (stated in the report, besides those of the two halves):
//! - gap 1 per item = mean manager estimate − mean customer expectation (every expectation given;
//!   for the zone of tolerance, the desired level); signed: positive = managers think customers
//!   expect more than they do; gap 6 = mean staff estimate − mean customer expectation; gap 7 =
//!   mean staff estimate − mean manager estimate;
//! - a dimension's gap 1 (6, 7) = mean of its items' gaps; the mean absolute error (accuracy) =
//!   mean of |gap| over the items where both means exist;
//! - the overall gap 1 (Δ) is dimension first: the mean of the dimensions' gap 1 — the same rule
//!   as SERVQUAL's unweighted SQ (NOT the mean of the 22 item gaps, which weighs dimensions by
//!   their item count); the overall MAE stays the accuracy over items;
//! - gap scores: gaps 1–4 are driver scores (mean of the constructs, 1–7, higher = healthier);
//!   gap 5 is SERVQUAL's unweighted P − E. They are on different scales and gap 5 is a function
//!   of gaps 1–4, never their sum;
//! - the dimensions where gap 5 is worst: every dimension with a negative gap, most negative
//!   first (the list is complete; a report may show the first [`WORST_DIMENSIONS`]).

use serde::Serialize;

use super::gaps::{ConstructScore, GapsScore};
use super::servqual::ServqualScore;
use crate::instrument::ServqualVariant;

/// How many worst dimensions a report names (the score lists all of them).
pub const WORST_DIMENSIONS: usize = 3;

/// One gap of the model with its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapFigure {
    /// `gap1` … `gap5`.
    pub id: String,
    /// 1–5.
    pub gap: u8,
    /// Gaps 1–4: driver score (1–7, higher = healthier); gap 5: SERVQUAL P − E.
    pub score: Option<f64>,
    /// `drivers` or `servqual`: what `score` is.
    pub measure: &'static str,
    /// Gap 1: the mean signed gap Δ (estimate − expectation), dimension first; gaps 2–4: mean of
    /// the direct items over dimensions (1–7); gap 5: `None` (see `weighted`).
    pub direct: Option<f64>,
    /// Gap 5 only: SERVQUAL's weighted SQ (mean over respondents of `WSQ_r`).
    pub weighted: Option<f64>,
    /// Gap 1: mean absolute error of the managers' estimates.
    pub mean_absolute_error: Option<f64>,
    /// The weakest drivers (gaps 1–4), weakest first.
    pub weakest: Vec<String>,
}

/// Gap 1 (and 6, 7) for one customer item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap1Item {
    /// Customer item id.
    pub id: String,
    /// Dimension id.
    pub dimension: String,
    /// Mean customer expectation (every expectation given).
    pub customers: Option<f64>,
    /// Customers behind it.
    pub customers_n: usize,
    /// Mean manager estimate.
    pub managers: Option<f64>,
    /// Managers behind it.
    pub managers_n: usize,
    /// Mean staff estimate.
    pub staff: Option<f64>,
    /// Staff behind it.
    pub staff_n: usize,
    /// Managers − customers.
    pub gap1: Option<f64>,
    /// Staff − customers.
    pub gap6: Option<f64>,
    /// Staff − managers.
    pub gap7: Option<f64>,
}

/// Gap 1 (and 6, 7) for one dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap1Dimension {
    /// Dimension id.
    pub id: String,
    /// Mean of the items' mean customer expectations.
    pub customers: Option<f64>,
    /// Mean of the items' mean manager estimates.
    pub managers: Option<f64>,
    /// Mean of the items' mean staff estimates.
    pub staff: Option<f64>,
    /// Mean of the items' gap 1.
    pub gap: Option<f64>,
    /// Mean |gap 1| over the items.
    pub mean_absolute_error: Option<f64>,
    /// Mean of the items' gap 6.
    pub gap6: Option<f64>,
    /// Mean |gap 6|.
    pub gap6_mae: Option<f64>,
    /// Mean of the items' gap 7.
    pub gap7: Option<f64>,
    /// Mean |gap 7|.
    pub gap7_mae: Option<f64>,
}

/// The customer gap and the direct provider gaps of one dimension, side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionGaps {
    /// Dimension id.
    pub id: String,
    /// `SQ_d` (P − E).
    pub gap5: Option<f64>,
    /// Customers behind it.
    pub n: usize,
    /// Mean E.
    pub expected: Option<f64>,
    /// Mean P.
    pub perceived: Option<f64>,
    /// Gap 1 of the dimension.
    pub gap1: Option<f64>,
    /// Direct gap 2 item (1–7, higher = smaller gap).
    pub gap2: Option<f64>,
    /// Direct gap 3 item.
    pub gap3: Option<f64>,
    /// Direct gap 4 item.
    pub gap4: Option<f64>,
}

/// The five-gap figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FiveGapScore {
    /// Customer respondents.
    pub customers: usize,
    /// Management/staff respondents.
    pub providers: usize,
    /// Of whom managers (estimates).
    pub managers: usize,
    /// Of whom staff.
    pub staff: usize,
    /// The customer survey's form.
    pub variant: ServqualVariant,
    /// Gaps 1–5.
    pub gaps: Vec<GapFigure>,
    /// Gap 1 per item.
    pub gap1_items: Vec<Gap1Item>,
    /// Gap 1 per dimension.
    pub gap1_dimensions: Vec<Gap1Dimension>,
    /// Mean |gap 1| over the items.
    pub gap1_mae: Option<f64>,
    /// Mean |gap 6| over the items.
    pub gap6_mae: Option<f64>,
    /// Mean |gap 7| over the items.
    pub gap7_mae: Option<f64>,
    /// The drivers.
    pub constructs: Vec<ConstructScore>,
    /// Per dimension: gap 5 beside gaps 1–4.
    pub dimensions: Vec<DimensionGaps>,
    /// Every dimension with a negative gap 5, worst first.
    pub worst_dimensions: Vec<String>,
}

impl FiveGapScore {
    /// Gap `n` (1–5).
    pub fn gap(&self, n: u8) -> Option<&GapFigure> {
        self.gaps.iter().find(|g| g.gap == n)
    }
}

fn diff(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(a? - b?)
}

fn mean_of<T>(xs: &[&T], f: impl Fn(&T) -> Option<f64>) -> Option<f64> {
    let v: Vec<f64> = xs.iter().filter_map(|x| f(x)).collect();
    super::stats::mean(&v)
}

/// Combines a customer score and a management/staff score.
pub fn combine(customer: &ServqualScore, provider: &GapsScore) -> FiveGapScore {
    let gap1_items: Vec<Gap1Item> = provider
        .estimates
        .iter()
        .map(|e| {
            let c = customer.items.iter().find(|i| i.id == e.id);
            let customers = c.and_then(|c| c.expected_all);
            Gap1Item {
                id: e.id.clone(),
                dimension: e.dimension.clone(),
                customers,
                customers_n: c.map_or(0, |c| c.expected_all_n),
                managers: e.managers,
                managers_n: e.managers_n,
                staff: e.staff,
                staff_n: e.staff_n,
                gap1: diff(e.managers, customers),
                gap6: diff(e.staff, customers),
                gap7: e.gap7,
            }
        })
        .collect();
    let mut dims: Vec<String> = customer.dimensions.iter().map(|d| d.id.clone()).collect();
    for e in &gap1_items {
        if !dims.contains(&e.dimension) {
            dims.push(e.dimension.clone());
        }
    }
    let gap1_dimensions: Vec<Gap1Dimension> = dims
        .iter()
        .filter_map(|d| {
            let items: Vec<&Gap1Item> = gap1_items.iter().filter(|i| &i.dimension == d).collect();
            (!items.is_empty()).then(|| Gap1Dimension {
                id: d.clone(),
                customers: mean_of(&items, |i| i.customers),
                managers: mean_of(&items, |i| i.managers),
                staff: mean_of(&items, |i| i.staff),
                gap: mean_of(&items, |i| i.gap1),
                mean_absolute_error: mean_of(&items, |i| i.gap1.map(f64::abs)),
                gap6: mean_of(&items, |i| i.gap6),
                gap6_mae: mean_of(&items, |i| i.gap6.map(f64::abs)),
                gap7: mean_of(&items, |i| i.gap7),
                gap7_mae: mean_of(&items, |i| i.gap7.map(f64::abs)),
            })
        })
        .collect();
    let all: Vec<&Gap1Item> = gap1_items.iter().collect();
    let gap1_mae = mean_of(&all, |i| i.gap1.map(f64::abs));
    let dimension_gap1: Vec<f64> = gap1_dimensions.iter().filter_map(|d| d.gap).collect();
    let gap1_mean = super::stats::mean(&dimension_gap1);
    let dimensions: Vec<DimensionGaps> = dims
        .iter()
        .map(|d| {
            let c = customer.dimension(d);
            let direct = provider.direct(d);
            let dg = |gap: u8| direct.and_then(|x| x.get(gap)).and_then(|x| x.score);
            DimensionGaps {
                id: d.clone(),
                gap5: c
                    .and_then(|c| customer.headline(c))
                    .filter(|_| customer.variant != ServqualVariant::Servperf),
                n: c.map_or(0, |c| c.n),
                expected: c.and_then(|c| c.expected),
                perceived: c.and_then(|c| c.perceived),
                gap1: gap1_dimensions
                    .iter()
                    .find(|g| &g.id == d)
                    .and_then(|g| g.gap),
                gap2: dg(2),
                gap3: dg(3),
                gap4: dg(4),
            }
        })
        .collect();
    let mut worst: Vec<&DimensionGaps> = dimensions
        .iter()
        .filter(|d| d.gap5.is_some_and(|g| g < 0.0))
        .collect();
    worst.sort_by(|a, b| a.gap5.unwrap_or(0.0).total_cmp(&b.gap5.unwrap_or(0.0)));
    let direct_mean = |gap: u8| {
        let v: Vec<f64> = provider
            .direct
            .iter()
            .filter_map(|d| d.get(gap).and_then(|x| x.score))
            .collect();
        super::stats::mean(&v)
    };
    let servperf = customer.variant == ServqualVariant::Servperf;
    let mut gaps: Vec<GapFigure> = super::gaps::PROVIDER_GAPS
        .iter()
        .map(|&n| {
            let g = provider.gap(n);
            GapFigure {
                id: format!("gap{n}"),
                gap: n,
                score: g.and_then(|g| g.score),
                measure: "drivers",
                direct: if n == 1 { gap1_mean } else { direct_mean(n) },
                weighted: None,
                mean_absolute_error: if n == 1 { gap1_mae } else { None },
                weakest: g.map(|g| g.weakest.clone()).unwrap_or_default(),
            }
        })
        .collect();
    gaps.push(GapFigure {
        id: "gap5".into(),
        gap: 5,
        score: if servperf { None } else { customer.unweighted },
        measure: "servqual",
        direct: None,
        weighted: if servperf { None } else { customer.weighted },
        mean_absolute_error: None,
        weakest: Vec::new(),
    });
    FiveGapScore {
        customers: customer.respondents,
        providers: provider.respondents,
        managers: provider.managers,
        staff: provider.staff,
        variant: customer.variant,
        gaps,
        gap6_mae: mean_of(&all, |i| i.gap6.map(f64::abs)),
        gap7_mae: provider.gap7_mae,
        gap1_mae,
        gap1_items,
        gap1_dimensions,
        constructs: provider.constructs.clone(),
        worst_dimensions: worst.iter().map(|d| d.id.clone()).collect(),
        dimensions,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::instrument::Instrument;
    use crate::response::{Answer, PartValue, Response};
    use crate::score::ScoreOptions;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    fn customer(name: &str, items: &[(&str, Option<f64>, Option<f64>)]) -> Response {
        let answers = items
            .iter()
            .map(|(id, e, p)| {
                let mut parts = Vec::new();
                if let Some(e) = e {
                    parts.push(("expected".to_string(), PartValue::Num(*e)));
                }
                if let Some(p) = p {
                    parts.push(("perceived".to_string(), PartValue::Num(*p)));
                }
                ((*id).to_string(), Answer::Parts(parts))
            })
            .collect();
        Response {
            respondent: name.into(),
            role: Some("customer".into()),
            answers,
            ..Response::default()
        }
    }

    fn provider(name: &str, role: &str, answers: &[(&str, i32)]) -> Response {
        Response {
            respondent: name.into(),
            role: Some(role.into()),
            answers: answers
                .iter()
                .map(|(k, v)| ((*k).to_string(), Answer::Value(*v)))
                .collect::<BTreeMap<_, _>>(),
            ..Response::default()
        }
    }

    fn scores(customers: &[Response], providers: &[Response]) -> FiveGapScore {
        let sq = Instrument::load("servqual").unwrap();
        let g = Instrument::load("gaps").unwrap();
        let mut a = crate::score::servqual::Accumulator::new(&sq, &ScoreOptions::default());
        for r in customers {
            a.add(r);
        }
        let mut b = crate::score::gaps::Accumulator::new(&g, &ScoreOptions::default());
        for r in providers {
            b.add(r);
        }
        combine(&a.finish(), &b.finish())
    }

    #[test]
    fn gap_1_is_manager_estimate_minus_customer_expectation() {
        // Customers' E on tangibles.1: 7 and 6 (the second without P, still an expectation)
        // → 6.5; tangibles.2: 6 → 6.
        // Managers estimate tangibles.1 at 5 → gap 1 = 5 − 6.5 = −1.5 (they underestimate);
        // tangibles.2 at 7 → +1. Tangibles: gap 1 = (−1.5 + 1)/2 = −0.25, MAE (1.5 + 1)/2 = 1.25.
        // Staff estimate tangibles.1 at 6 → gap 6 = 6 − 6.5 = −0.5; gap 7 = 6 − 5 = +1.
        let s = scores(
            &[
                customer(
                    "c1",
                    &[
                        ("tangibles.1", Some(7.0), Some(5.0)),
                        ("tangibles.2", Some(6.0), Some(6.0)),
                    ],
                ),
                customer("c2", &[("tangibles.1", Some(6.0), None)]),
            ],
            &[
                provider(
                    "m",
                    "manager",
                    &[("estimate.tangibles.1", 5), ("estimate.tangibles.2", 7)],
                ),
                provider("s", "staff", &[("estimate.tangibles.1", 6)]),
            ],
        );
        let i = &s.gap1_items[0];
        assert_eq!((i.id.as_str(), i.customers_n), ("tangibles.1", 2));
        assert!(
            close(i.customers, 6.5)
                && close(i.gap1, -1.5)
                && close(i.gap6, -0.5)
                && close(i.gap7, 1.0)
        );
        let d = &s.gap1_dimensions[0];
        assert_eq!(d.id, "tangibles");
        assert!(close(d.gap, -0.25) && close(d.mean_absolute_error, 1.25));
        assert!(close(s.gap1_mae, 1.25));
        // The JSON gap 1's direct figure is the mean signed gap over items: −0.25.
        assert!(close(s.gap(1).unwrap().direct, -0.25));
        // Gap 5 from the customers: only c1 has pairs: tangibles (−2 + 0)/2 = −1; the other
        // dimensions are empty, so the overall is −1 and tangibles is the worst dimension.
        assert!(close(s.gap(5).unwrap().score, -1.0));
        assert_eq!(s.worst_dimensions, ["tangibles"]);
        assert_eq!(s.gaps.len(), 5);
    }

    #[test]
    fn provider_gap_scores_are_driver_means_and_gap_5_is_not_their_sum() {
        // Gap 2 drivers: commitment .1 = 6 → 6; feasibility .1 = 4 → 4 → gap 2 = 5.
        // Direct gap 2 on reliability 3 → gap 2's direct figure 3.
        let s = scores(
            &[customer("c", &[("reliability.1", Some(7.0), Some(4.0))])],
            &[provider(
                "m",
                "manager",
                &[
                    ("commitment.1", 6),
                    ("feasibility.1", 4),
                    ("gap2.reliability", 3),
                ],
            )],
        );
        assert!(close(s.gap(2).unwrap().score, 5.0));
        assert!(close(s.gap(2).unwrap().direct, 3.0));
        assert_eq!(s.gap(2).unwrap().weakest, ["feasibility", "commitment"]);
        // Gap 5 = −3 from the customers alone.
        assert!(close(s.gap(5).unwrap().score, -3.0));
        let rel = s.dimensions.iter().find(|d| d.id == "reliability").unwrap();
        assert!(close(rel.gap5, -3.0) && close(rel.gap2, 3.0));
        assert_eq!(rel.gap3, None);
    }
    #[test]
    fn overall_gap_1_is_dimension_first_and_gap_5_names_its_weighted_figure() {
        // Tangibles: two items, managers −1 and −1 → dimension −1. Reliability: one item +2.
        // Dimension first: (−1 + 2)/2 = 0.5; the item mean (−1 − 1 + 2)/3 = 0 would weigh
        // tangibles twice.
        let s = scores(
            &[customer(
                "c",
                &[
                    ("tangibles.1", Some(6.0), Some(5.0)),
                    ("tangibles.2", Some(6.0), Some(5.0)),
                    ("reliability.1", Some(5.0), Some(5.0)),
                ],
            )],
            &[
                provider(
                    "m",
                    "manager",
                    &[
                        ("estimate.tangibles.1", 5),
                        ("estimate.tangibles.2", 5),
                        ("estimate.reliability.1", 7),
                    ],
                ),
                provider("s", "staff", &[("estimate.tangibles.1", 3)]),
            ],
        );
        assert!(close(s.gap(1).unwrap().direct, 0.5));
        // Gap 5's weighted figure is `weighted`, never `direct` (which is gap 1's Δ or gaps
        // 2–4's direct items).
        let g5 = s.gap(5).unwrap();
        assert_eq!(g5.direct, None);
        // The pooled gap 1 dimensions carry gap 7's MAE: tangibles.1 staff 3 − managers 5.
        let t = s
            .gap1_dimensions
            .iter()
            .find(|d| d.id == "tangibles")
            .unwrap();
        assert!(close(t.gap7_mae, 2.0));
        // Worst dimensions: every negative one (tangibles −1); reliability 0 is not negative.
        assert_eq!(s.worst_dimensions, ["tangibles"]);
    }

    #[test]
    fn every_dimension_with_a_negative_gap_5_is_listed() {
        let dims = [
            "tangibles",
            "reliability",
            "responsiveness",
            "assurance",
            "empathy",
        ];
        let items: Vec<(String, Option<f64>, Option<f64>)> = dims
            .iter()
            .enumerate()
            .map(|(k, d)| (format!("{d}.1"), Some(7.0), Some(6.0 - k as f64)))
            .collect();
        let refs: Vec<(&str, Option<f64>, Option<f64>)> =
            items.iter().map(|(i, e, p)| (i.as_str(), *e, *p)).collect();
        let mut c = customer("c", &refs);
        c.answers.insert(
            "weights".into(),
            Answer::Parts(
                dims.iter()
                    .map(|d| ((*d).to_string(), PartValue::Num(20.0)))
                    .collect(),
            ),
        );
        let s = scores(&[c], &[]);
        // Gaps −1 … −5, equal weights: weighted SQ −3, carried as gap 5's `weighted`; the old
        // JSON put it in `direct`, which means Δ for gap 1 and direct items for gaps 2–4.
        let g5 = s.gap(5).unwrap();
        assert!(close(g5.weighted, -3.0));
        assert_eq!(g5.direct, None);
        // Five negative dimensions, worst first — the old list stopped at three without saying.
        assert_eq!(
            s.worst_dimensions,
            [
                "empathy",
                "assurance",
                "responsiveness",
                "reliability",
                "tangibles"
            ]
        );
    }
}
