//! Segment differences against hand-computed values.

use super::*;
use crate::instrument::Instrument;
use crate::response::{Answer, Response};
use crate::score::{ScoreOptions, Scored, kano, score};

fn pulse_respondent(i: usize, region: &str, nps: i32, ces: i32) -> Response {
    let mut r = Response {
        respondent: format!("r{i}"),
        answers: [
            ("nps".to_string(), Answer::Value(nps)),
            ("ces".to_string(), Answer::Value(ces)),
            (
                "csat".to_string(),
                Answer::Value(if nps > 8 { 5 } else { 2 }),
            ),
        ]
        .into_iter()
        .collect(),
        ..Response::default()
    };
    r.fields.insert("region".into(), region.into());
    r
}

#[test]
fn pulse_segments_compare_nps_csat_and_ces_with_their_methods() {
    let inst = Instrument::load("pulse").unwrap();
    // North: NPS 10, 10, 9, 3 (P 3, D 1) and CES 7, 6, 6, 5; south: 5, 6, 8, 2 (P 0, D 3) and
    // CES 3, 2, 4, 3.
    let north = [(10, 7), (10, 6), (9, 6), (3, 5)];
    let south = [(5, 3), (6, 2), (8, 4), (2, 3)];
    let mut rs = Vec::new();
    for (i, (n, c)) in north.iter().enumerate() {
        rs.push(pulse_respondent(i, "north", *n, *c));
    }
    for (i, (n, c)) in south.iter().enumerate() {
        rs.push(pulse_respondent(10 + i, "south", *n, *c));
    }
    let s = score(
        &inst,
        &rs,
        ScoreOptions {
            segment_by: Some("region".into()),
        },
    );
    let Scored::Pulse(p) = &s.overall else {
        panic!("pulse")
    };
    let c = p.segments.as_ref().expect("segments");
    assert_eq!(c.field, "region");
    let values: Vec<&str> = c.segments.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values, ["north", "south"]);
    let d = |key: &str| c.differences.iter().find(|d| d.figure == key).unwrap();
    // NPS south − north = −75 − 50 = −125, adjusted-Wald difference.
    let nps = d("nps");
    assert_eq!((nps.a.as_str(), nps.b.as_str()), ("north", "south"));
    assert_eq!(nps.method, Method::AdjustedWaldNps);
    assert!((nps.change.difference.unwrap() + 125.0).abs() < 1e-9);
    let expect = nps_change(
        &NpsCounts {
            promoters: 0,
            passives: 1,
            detractors: 3,
        },
        &NpsCounts {
            promoters: 3,
            passives: 0,
            detractors: 1,
        },
    );
    assert_eq!(nps.change, expect);
    // CSAT 0% − 75% = −75 points, Newcombe × 100.
    let csat = d("csat");
    assert_eq!(csat.method, Method::Newcombe);
    assert_eq!(csat.change, newcombe(0, 4, 3, 4).scaled(100.0));
    // CES mean 3 − 6 = −3 by Welch: both sd √(2/3), se = √(1/3), df 6.
    let ces = d("ces");
    assert_eq!(ces.method, Method::Welch);
    assert!((ces.change.difference.unwrap() + 3.0).abs() < 1e-12);
    let i = ces.change.interval.unwrap();
    let half = crate::score::stats::t975(6.0).unwrap() * (1.0f64 / 3.0).sqrt();
    assert!((i.low - (-3.0 - half)).abs() < 1e-9 && (i.high - (-3.0 + half)).abs() < 1e-9);
    assert_eq!(ces.change.significant, Some(true));
}

#[test]
fn a_kano_worse_difference_keeps_its_sign_and_its_interval_order() {
    // |Worse| 3 of 10 in a, 8 of 10 in b: Worse −0.3 and −0.8, b − a = −0.5; Newcombe on
    // |Worse| gives δ = +0.5 with (L, H) — on Worse the interval is (−H, −L).
    let a = Sample::Proportion {
        k: 3,
        n: 10,
        factor: 1.0,
        negated: true,
    };
    let b = Sample::Proportion {
        k: 8,
        n: 10,
        factor: 1.0,
        negated: true,
    };
    let (method, c) = difference(&a, &b).unwrap();
    assert_eq!(method, Method::Newcombe);
    let plain = newcombe(8, 10, 3, 10);
    let (l, h) = (plain.interval.unwrap().low, plain.interval.unwrap().high);
    assert!((c.difference.unwrap() + 0.5).abs() < 1e-12);
    let i = c.interval.unwrap();
    assert!((i.low + h).abs() < 1e-12 && (i.high + l).abs() < 1e-12 && i.low < i.high);
    assert_eq!(c.significant, plain.significant);
}

#[test]
fn maturity_segments_by_role_and_kano_category_tests() {
    // Maturity by role: every dimension 4 for two managers and 2 for two staff; one respondent
    // per role answers 1 level higher.
    let inst = Instrument::load("maturity").unwrap();
    let people: Vec<Response> = [("manager", 4), ("manager", 5), ("staff", 2), ("staff", 3)]
        .iter()
        .enumerate()
        .map(|(i, (role, v))| Response {
            respondent: format!("p{i}"),
            role: Some((*role).into()),
            answers: inst
                .questions
                .iter()
                .map(|q| (q.id.clone(), Answer::Value(*v)))
                .collect(),
            ..Response::default()
        })
        .collect();
    let s = score(
        &inst,
        &people,
        ScoreOptions {
            segment_by: Some("role".into()),
        },
    );
    let Scored::Maturity(m) = &s.overall else {
        panic!("maturity")
    };
    let c = m.segments.as_ref().unwrap();
    let strategy = c
        .differences
        .iter()
        .find(|d| d.figure == "dimension.strategy")
        .unwrap();
    // staff 2.5 − manager 4.5 = −2, Welch with sd √0.5 each: se √(0.25 + 0.25), df 2.
    assert!((strategy.change.difference.unwrap() + 2.0).abs() < 1e-12);
    let half = crate::score::stats::t975(2.0).unwrap() * 0.5f64.sqrt();
    assert!((strategy.change.interval.unwrap().low - (-2.0 - half)).abs() < 1e-9);
    // Kano: 2 × 6 table of categories by segment goes to the exact test at small n.
    let f = |counts: [u64; 6]| FeatureScore::from_counts("x", kano::Counts::new(counts));
    let a = [f([3, 0, 0, 1, 0, 0])];
    let b = [f([0, 0, 0, 2, 4, 0])];
    let tests = kano_category_tests(&[&a, &b]);
    assert_eq!(tests[0].feature, "x");
    // A: 3 vs 0, I: 1 vs 2, R: 0 vs 4 — the same table as [[3,1,0],[0,2,4]]: p = 1/30.
    assert!((tests[0].test.p.unwrap() - 1.0 / 30.0).abs() < 1e-12);
}
