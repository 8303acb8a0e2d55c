//! Hand-computed SERVQUAL cases: every expected figure is worked out in the comment beside it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use proptest::prelude::*;

use super::*;
use crate::instrument::Origin;
use crate::response::Answer;
use crate::response::{PartValue, Response};

/// A small SERVQUAL questionnaire: `tangibles` with 2 items, `reliability` with 3, a 100-point
/// allocation over both, 7-point items. `variant` picks the form (zone items get 3 parts, 9 points).
pub(super) fn instrument(variant: &str) -> Instrument {
    instrument_on(variant, 1, if variant == "zone" { 9 } else { 7 })
}

/// [`instrument`] on a scale of `min` to `max`.
pub(super) fn instrument_on(variant: &str, min: i32, max: i32) -> Instrument {
    let parts = if variant == "zone" {
        "[adequate, desired, perceived]"
    } else {
        "[expected, perceived]"
    };
    let text = |p: &str| format!("          {p}: {{en: \"{p}\", zh: \"{p}\"}}\n");
    let part_texts: String = parts
        .trim_matches(['[', ']'])
        .split(", ")
        .map(text)
        .collect();
    let mut items = String::new();
    for (d, k) in [("tangibles", 2), ("reliability", 3)] {
        for i in 1..=k {
            let _ = write!(
                items,
                "      - id: {d}.{i}\n        type: pair\n        parts: {parts}\n        scale: s\n        texts:\n{part_texts}"
            );
        }
    }
    let src = format!(
        r"format: cxassess-instrument/1
id: sq
version: 1
kind: servqual
title: {{en: SQ, zh: SQ}}
settings:
  variant: {variant}
scales:
  s:
    min: {min}
    max: {max}
sections:
  - id: items
    title: {{en: Items, zh: 题目}}
    questions:
{items}      - id: weights
        type: allocation
        total: 100
        text: {{en: W, zh: W}}
        parts:
          - id: tangibles
            label: {{en: T, zh: T}}
          - id: reliability
            label: {{en: R, zh: R}}
"
    );
    Instrument::parse(&src, Origin::File("sq.yaml".into())).expect("test instrument is valid")
}

/// A respondent from `(item, expected, perceived)` triples (`None` = unanswered part) and an
/// optional allocation (tangibles, reliability).
pub(super) fn resp(
    name: &str,
    items: &[(&str, Option<f64>, Option<f64>)],
    weights: Option<(f64, f64)>,
) -> Response {
    let mut answers = BTreeMap::new();
    for (id, e, p) in items {
        let mut parts = Vec::new();
        if let Some(e) = e {
            parts.push(("expected".to_string(), PartValue::Num(*e)));
        }
        if let Some(p) = p {
            parts.push(("perceived".to_string(), PartValue::Num(*p)));
        }
        answers.insert((*id).to_string(), Answer::Parts(parts));
    }
    if let Some((t, r)) = weights {
        answers.insert(
            "weights".to_string(),
            Answer::Parts(vec![
                ("tangibles".to_string(), PartValue::Num(t)),
                ("reliability".to_string(), PartValue::Num(r)),
            ]),
        );
    }
    Response {
        respondent: name.to_string(),
        answers,
        ..Response::default()
    }
}

/// Every item answered with gap `gt` on tangibles and `gr` on reliability (E = 4, so P stays on 1–7).
pub(super) fn uniform(name: &str, gt: f64, gr: f64, weights: Option<(f64, f64)>) -> Response {
    let mut items = Vec::new();
    for id in ["tangibles.1", "tangibles.2"] {
        items.push((id, Some(4.0), Some(4.0 + gt)));
    }
    for id in ["reliability.1", "reliability.2", "reliability.3"] {
        items.push((id, Some(4.0), Some(4.0 + gr)));
    }
    resp(name, &items, weights)
}

pub(super) fn score(inst: &Instrument, responses: &[Response]) -> ServqualScore {
    let mut acc = Accumulator::new(inst, &ScoreOptions::default());
    for r in responses {
        acc.add(r);
    }
    acc.finish()
}

pub(super) fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn a_missing_expectation_is_scored_respondent_first_not_by_item_means() {
    let inst = instrument("servqual");
    // r1: tangibles.1 E7 P5, tangibles.2 E7 P5 → gaps −2, −2 → SQ_r1 = −2.
    // r2: tangibles.1 E missing P3 (no gap), tangibles.2 E6 P6 → gap 0 → SQ_r2 = 0.
    // SQ_tangibles = (−2 + 0) / 2 = −1.
    // The item-mean shortcut gives (mean gap t.1 = −2, mean gap t.2 = (−2 + 0)/2 = −1) → −1.5;
    // mean P − mean E over every answer gives (5+3+5+6)/4 − (7+7+6)/3 = 4.75 − 6.667 = −1.917.
    let r1 = resp(
        "r1",
        &[
            ("tangibles.1", Some(7.0), Some(5.0)),
            ("tangibles.2", Some(7.0), Some(5.0)),
        ],
        None,
    );
    let r2 = resp(
        "r2",
        &[
            ("tangibles.1", None, Some(3.0)),
            ("tangibles.2", Some(6.0), Some(6.0)),
        ],
        None,
    );
    let s = score(&inst, &[r1, r2]);
    let t = s.dimension("tangibles").unwrap();
    assert!(close(t.gap, -1.0), "{:?}", t.gap);
    assert!(!close(t.gap, -1.5) && !close(t.gap, -1.0 - 11.0 / 12.0));
    assert_eq!(t.n, 2);
    // E and P over the same valid pairs: r1 mean E 7, r2 mean E 6 → 6.5; P 5 and 6 → 5.5;
    // 5.5 − 6.5 = −1, the gap exactly.
    assert!(close(t.expected, 6.5));
    assert!(close(t.perceived, 5.5));
    let t1 = &s.items[0];
    assert_eq!((t1.id.as_str(), t1.n), ("tangibles.1", 1));
    assert!(close(t1.gap, -2.0));
    // Every expectation given for tangibles.1: only r1's 7.
    assert!(close(t1.expected_all, 7.0));
    assert_eq!(t1.expected_all_n, 1);
    let t2 = &s.items[1];
    assert_eq!(t2.n, 2);
    assert!(close(t2.gap, -1.0));
    // Reliability was not answered: undefined, not 0, and the overall is the tangibles alone.
    let r = s.dimension("reliability").unwrap();
    assert_eq!((r.gap, r.n), (None, 0));
    assert_eq!(s.unweighted_dimensions, 1);
    assert!(close(s.unweighted, -1.0));
}

#[test]
fn the_gap_is_perception_minus_expectation() {
    let inst = instrument("servqual");
    // E 3, P 6 → gap +3 (service beat expectations); E 6, P 3 would be −3.
    let s = score(
        &inst,
        &[resp("r", &[("tangibles.1", Some(3.0), Some(6.0))], None)],
    );
    assert!(close(s.items[0].gap, 3.0));
    assert!(close(s.dimensions[0].gap, 3.0));
    let s = score(
        &inst,
        &[resp("r", &[("tangibles.1", Some(6.0), Some(3.0))], None)],
    );
    assert!(close(s.dimensions[0].gap, -3.0));
}

#[test]
fn the_overall_gap_is_the_mean_of_dimensions_not_of_items() {
    let inst = instrument("servqual");
    // Tangibles gaps −3, −3 → SQ_t = −3; reliability gaps 0, 0, 0 → SQ_r = 0.
    // SQ = (−3 + 0) / 2 = −1.5; the mean of the five item gaps would be −6 / 5 = −1.2.
    let s = score(&inst, &[uniform("r", -3.0, 0.0, None)]);
    assert!(close(s.unweighted, -1.5));
    assert!(!close(s.unweighted, -1.2));
    assert_eq!(s.unweighted_dimensions, 2);
}

#[test]
fn allocations_off_100_are_renormalised_and_counted() {
    let inst = instrument("servqual");
    // Points 30 + 60 = 90 → w = 30/90 = 1/3, 60/90 = 2/3. SQ_t = −3, SQ_r = 0.
    // WSQ = 1/3 · −3 + 2/3 · 0 = −1 (points/100 unrenormalised would give −0.9).
    let s = score(&inst, &[uniform("r", -3.0, 0.0, Some((30.0, 60.0)))]);
    assert!(close(s.weighted, -1.0), "{:?}", s.weighted);
    assert_eq!(s.renormalised, 1);
    assert_eq!((s.weights_n, s.weighted_n), (1, 1));
    assert!(close(s.dimension("tangibles").unwrap().weight, 1.0 / 3.0));
    // A proper 100-point split is not counted: 50/50 → WSQ = −1.5.
    let s = score(&inst, &[uniform("r", -3.0, 0.0, Some((50.0, 50.0)))]);
    assert_eq!(s.renormalised, 0);
    assert!(close(s.weighted, -1.5));
    // All zero: unusable, no weighted figure at all.
    let s = score(&inst, &[uniform("r", -3.0, 0.0, Some((0.0, 0.0)))]);
    assert_eq!((s.weights_unusable, s.weights_n, s.weighted), (1, 0, None));
}

#[test]
fn weighting_is_per_respondent_not_by_aggregate_weights() {
    let inst = instrument("servqual");
    // r1 puts all 100 points on tangibles and has gaps t −2, r 0 → WSQ_r1 = −2.
    // r2 puts all 100 points on reliability and has gaps t 0, r −2 → WSQ_r2 = −2.
    // WSQ = (−2 + −2) / 2 = −2.
    // Aggregate shortcut: mean w = 0.5, 0.5; SQ_t = −1, SQ_r = −1 → 0.5·−1 + 0.5·−1 = −1.
    let s = score(
        &inst,
        &[
            uniform("r1", -2.0, 0.0, Some((100.0, 0.0))),
            uniform("r2", 0.0, -2.0, Some((0.0, 100.0))),
        ],
    );
    assert!(close(s.weighted, -2.0));
    assert!(close(s.aggregate_shortcut, -1.0));
    assert!(close(s.unweighted, -1.0));
}

#[test]
fn weighted_needs_every_dimension() {
    let inst = instrument("servqual");
    // Weights given but no reliability item answered: WSQ_r undefined, counted as incomplete.
    let r = resp(
        "r",
        &[("tangibles.1", Some(6.0), Some(5.0))],
        Some((50.0, 50.0)),
    );
    let s = score(&inst, &[r]);
    assert_eq!(
        (s.weights_n, s.weights_incomplete, s.weighted_n, s.weighted),
        (1, 1, 0, None)
    );
}

#[test]
fn alpha_can_be_negative_and_undefined() {
    let inst = instrument("servqual");
    // Tangibles, E = 4 throughout. P on t.1 = 5, 6, 7 and on t.2 = 7, 5, 6.
    // Gaps t.1 = 1, 2, 3 (variance 1), t.2 = 3, 1, 2 (variance 1); totals 4, 3, 5 (variance 1).
    // α_gap = 2/1 · (1 − (1 + 1)/1) = −2. α_P is the same (P = gap + 4): −2.
    // α_E: every E is 4, the total variance is 0 → undefined. The three cases four times over
    // (12 respondents, past the minimum of 10 complete cases) give the same α.
    let rs: Vec<Response> = [(5.0, 7.0), (6.0, 5.0), (7.0, 6.0)]
        .iter()
        .cycle()
        .take(12)
        .enumerate()
        .map(|(i, (p1, p2))| {
            resp(
                &format!("r{i}"),
                &[
                    ("tangibles.1", Some(4.0), Some(*p1)),
                    ("tangibles.2", Some(4.0), Some(*p2)),
                ],
                None,
            )
        })
        .collect();
    let s = score(&inst, &rs);
    let t = s.dimension("tangibles").unwrap();
    assert!(close(t.alpha_gap.alpha, -2.0), "{:?}", t.alpha_gap);
    assert!(close(t.alpha_perceived.alpha, -2.0));
    assert_eq!(t.alpha_expected.alpha, None);
    assert_eq!(t.alpha_gap.cases, 12);
    // Reliability: nobody answered → undefined, 0 cases.
    let r = s.dimension("reliability").unwrap();
    assert_eq!((r.alpha_gap.alpha, r.alpha_gap.cases), (None, 0));
    // Three respondents (the old minimum) only: not shown even with variance.
    let s = score(&inst, &rs[..3]);
    assert_eq!(s.dimension("tangibles").unwrap().alpha_gap.alpha, None);
    assert_eq!(s.dimension("tangibles").unwrap().alpha_gap.cases, 3);
}

#[test]
fn paired_t_per_dimension() {
    let inst = instrument("servqual");
    // SQ_r,tangibles = −1, −2, −3: mean −2, sd 1, t = −2 / (1/√3) = −2√3 ≈ −3.464, df 2;
    // with 3 respondents no test is made (a paired t test needs 10): no star, no verdict.
    let rs: Vec<Response> = [-1.0, -2.0, -3.0]
        .iter()
        .enumerate()
        .map(|(i, g)| uniform(&format!("r{i}"), *g, 0.0, None))
        .collect();
    let s = score(&inst, &rs);
    let t = s.dimension("tangibles").unwrap().t.clone().unwrap();
    assert!((t.t + 2.0 * 3f64.sqrt()).abs() < 1e-9);
    assert_eq!(t.df, 2);
    assert!(!t.testable);
    assert_eq!((t.p, t.significant), (None, None));
    assert!(close(s.dimension("tangibles").unwrap().sd, 1.0));
    // Reliability gaps are all 0: no variance, t undefined.
    assert_eq!(s.dimension("reliability").unwrap().t, None);
}

#[test]
fn items_are_ranked_worst_first() {
    let inst = instrument("servqual");
    // Gaps: t.1 −1, t.2 −3, r.1 0, r.2 −2, r.3 unanswered → order t.2, r.2, t.1, r.1, r.3.
    let r = resp(
        "r",
        &[
            ("tangibles.1", Some(6.0), Some(5.0)),
            ("tangibles.2", Some(6.0), Some(3.0)),
            ("reliability.1", Some(6.0), Some(6.0)),
            ("reliability.2", Some(6.0), Some(4.0)),
        ],
        None,
    );
    let s = score(&inst, &[r]);
    assert_eq!(
        s.ranked,
        [
            "tangibles.2",
            "reliability.2",
            "tangibles.1",
            "reliability.1",
            "reliability.3"
        ]
    );
    assert_eq!(s.items[1].rank, 1);
}

#[test]
fn servperf_aggregates_perceptions() {
    let inst = instrument("servperf");
    // Perceptions only: tangibles P 5, 3 → 4; reliability P 6, 6, 6 → 6; overall (4 + 6)/2 = 5.
    // Expectations, when present, are ignored. Weights 25/75 → 0.25·4 + 0.75·6 = 5.5.
    let r = resp(
        "r",
        &[
            ("tangibles.1", Some(7.0), Some(5.0)),
            ("tangibles.2", None, Some(3.0)),
            ("reliability.1", None, Some(6.0)),
            ("reliability.2", None, Some(6.0)),
            ("reliability.3", None, Some(6.0)),
        ],
        Some((25.0, 75.0)),
    );
    let s = score(&inst, &[r]);
    let t = s.dimension("tangibles").unwrap();
    assert!(close(t.perceived, 4.0));
    assert_eq!((t.gap, t.expected, t.t.clone()), (None, None, None));
    assert_eq!(t.n, 1);
    assert!(close(s.unweighted, 5.0));
    assert!(close(s.weighted, 5.5));
}

fn zone_resp(name: &str, items: &[(&str, f64, f64, f64)]) -> Response {
    let answers = items
        .iter()
        .map(|(id, a, d, p)| {
            (
                (*id).to_string(),
                Answer::Parts(vec![
                    ("adequate".to_string(), PartValue::Num(*a)),
                    ("desired".to_string(), PartValue::Num(*d)),
                    ("perceived".to_string(), PartValue::Num(*p)),
                ]),
            )
        })
        .collect();
    Response {
        respondent: name.to_string(),
        answers,
        ..Response::default()
    }
}

#[test]
fn zone_of_tolerance_classifies_each_answer_with_p_equal_d_within() {
    let inst = instrument("zone");
    // (A, D, P): t.1 (3, 6, 6) → P = D: within, MSA +3, MSS 0.
    //            t.2 (3, 6, 2) → P < A: below, MSA −1, MSS −4.
    //            r.1 (3, 5, 7) → P > D: above, MSA +4, MSS +2.
    //            r.2 (4, 6, 4) → P = A: within, MSA 0, MSS −2.
    //            r.3 (7, 5, 6) → adequate above desired (inverted); P ≥ A? no, 6 < 7 → below.
    let r = zone_resp(
        "r",
        &[
            ("tangibles.1", 3.0, 6.0, 6.0),
            ("tangibles.2", 3.0, 6.0, 2.0),
            ("reliability.1", 3.0, 5.0, 7.0),
            ("reliability.2", 4.0, 6.0, 4.0),
            ("reliability.3", 7.0, 5.0, 6.0),
        ],
    );
    let s = score(&inst, &[r]);
    assert_eq!(
        s.items[0].zone.unwrap(),
        ZoneCounts {
            below: 0,
            within: 1,
            above: 0,
            inverted: 0
        }
    );
    assert_eq!(s.items[1].zone.unwrap().below, 1);
    assert_eq!(s.items[2].zone.unwrap().above, 1);
    assert_eq!(s.items[3].zone.unwrap().within, 1);
    assert_eq!(
        s.items[4].zone.unwrap(),
        ZoneCounts {
            below: 1,
            within: 0,
            above: 0,
            inverted: 1
        }
    );
    // Tangibles: MSA (3 + −1)/2 = 1, MSS (0 + −4)/2 = −2 → MSA ≥ 0 and MSS ≤ 0: within.
    let t = s.dimension("tangibles").unwrap();
    assert!(close(t.msa, 1.0) && close(t.gap, -2.0));
    assert_eq!(t.zone, Some(ZonePosition::Within));
    // Reliability: MSA (4 + 0 + −1)/3 = 1, MSS (2 + −2 + 1)/3 = 1/3 > 0: above the zone.
    let rel = s.dimension("reliability").unwrap();
    assert!(close(rel.msa, 1.0) && close(rel.gap, 1.0 / 3.0));
    assert_eq!(rel.zone, Some(ZonePosition::Above));
    // Desired plays E's part: tangibles mean D = 6, adequate 3, perceived 4.
    assert!(close(t.expected, 6.0) && close(t.adequate, 3.0) && close(t.perceived, 4.0));
    assert_eq!(
        s.zone_counts.unwrap(),
        ZoneCounts {
            below: 2,
            within: 2,
            above: 1,
            inverted: 1
        }
    );
    // Headline overall = mean MSS of the dimensions: (−2 + 1/3)/2 = −5/6; MSA (1 + 1)/2 = 1.
    assert!(close(s.unweighted, -5.0 / 6.0));
    assert!(close(s.unweighted_msa, 1.0));
    // Classification happens before rounding: P 5.96 against D 5.95 is above, though both
    // display as 6.0.
    assert_eq!(ZonePosition::classify(3.0, 5.95, 5.96), ZonePosition::Above);
    assert_eq!(ZonePosition::classify(3.0, 6.0, 6.0), ZonePosition::Within);
}

#[test]
fn na_items_are_left_out() {
    let inst = instrument("servqual");
    let mut r = uniform("r", -1.0, -1.0, None);
    r.answers.insert("tangibles.1".into(), Answer::Na(None));
    r.answers.insert(
        "tangibles.2".into(),
        Answer::Parts(vec![
            ("expected".into(), PartValue::Na),
            ("perceived".into(), PartValue::Num(3.0)),
        ]),
    );
    let s = score(&inst, &[r]);
    // Both tangibles items are out: no tangibles gap, not a gap of 0.
    assert_eq!(s.dimension("tangibles").unwrap().gap, None);
    assert!(close(s.unweighted, -1.0));
}

#[test]
fn the_builtin_questionnaire_scores_all_five_dimensions() {
    let inst = Instrument::load("servqual").expect("built-in");
    let mut answers = BTreeMap::new();
    for q in &inst.questions {
        if matches!(q.kind, QuestionKind::Pair { .. }) {
            // Gap −1 everywhere except empathy, −2.
            let p = if q.group == "empathy" { 4.0 } else { 5.0 };
            answers.insert(
                q.id.clone(),
                Answer::Parts(vec![
                    ("expected".into(), PartValue::Num(6.0)),
                    ("perceived".into(), PartValue::Num(p)),
                ]),
            );
        }
    }
    let r = Response {
        respondent: "r".into(),
        answers,
        ..Response::default()
    };
    let s = score(&inst, &[r]);
    let ids: Vec<&str> = s.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "tangibles",
            "reliability",
            "responsiveness",
            "assurance",
            "empathy"
        ]
    );
    assert_eq!(s.items.len(), 22);
    // (−1 · 4 + −2) / 5 = −1.2; the mean of the 22 item gaps would be (17 · −1 + 5 · −2)/22 = −27/22.
    assert!(close(s.unweighted, -1.2));
    assert!(s.has_weights);
}

proptest! {
    #[test]
    fn respondent_order_changes_nothing(gaps in proptest::collection::vec((-6i32..=6, -6i32..=6, 0u8..=100), 1..12)) {
        let inst = instrument("servqual");
        let rs: Vec<Response> = gaps
            .iter()
            .enumerate()
            .map(|(i, (gt, gr, w))| uniform(&format!("r{i}"), f64::from(*gt) / 2.0, f64::from(*gr) / 2.0, Some((f64::from(*w), 100.0 - f64::from(*w)))))
            .collect();
        let a = score(&inst, &rs);
        let mut rev = rs.clone();
        rev.reverse();
        let b = score(&inst, &rev);
        let same = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() < 1e-9,
            (None, None) => true,
            _ => false,
        };
        prop_assert!(same(a.unweighted, b.unweighted));
        prop_assert!(same(a.weighted, b.weighted));
        // The weighted gap lies between the worst and best dimension gaps of some respondent.
        if let Some(w) = a.weighted {
            prop_assert!((-6.0..=6.0).contains(&w));
        }
    }
}
