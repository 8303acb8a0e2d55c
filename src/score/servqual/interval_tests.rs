//! Intervals and item diagnostics of SERVQUAL dimensions, by hand.

use super::tests::{close, instrument, resp, score, uniform};
use crate::response::Response;

#[test]
fn dimension_gap_and_weighted_intervals_are_t_on_respondent_scores() {
    let inst = instrument("servqual");
    // Tangibles gaps per respondent −1, −2, −3, −2: mean −2, sd √(2/3), t(0.975, 3) =
    // 3.182446305283708 (scipy) → −2 ± 3.182446 · 0.816497 / 2 = −2 ± 1.299242.
    // Reliability gap 0 for everyone; weights 50/50: WSQ_r = −0.5, −1, −1.5, −1 → mean −1,
    // sd √(1/6) → −1 ± 0.649621.
    let rs: Vec<Response> = [-1.0, -2.0, -3.0, -2.0]
        .iter()
        .enumerate()
        .map(|(i, g)| uniform(&format!("r{i}"), *g, 0.0, Some((50.0, 50.0))))
        .collect();
    let s = score(&inst, &rs);
    let t975_3 = 3.182_446_305_283_708;
    let t = s.dimension("tangibles").unwrap();
    let i = t.gap_interval.unwrap();
    let half = t975_3 * (2.0f64 / 3.0).sqrt() / 2.0;
    assert!((i.low - (-2.0 - half)).abs() < 1e-12 && (i.high - (-2.0 + half)).abs() < 1e-12);
    assert!(!i.clipped);
    // Reliability gaps never vary: no interval (it would claim certainty).
    assert_eq!(s.dimension("reliability").unwrap().gap_interval, None);
    let w = s.weighted_interval.unwrap();
    let half = t975_3 * (1.0f64 / 6.0).sqrt() / 2.0;
    assert!((w.low - (-1.0 - half)).abs() < 1e-12 && (w.high - (-1.0 + half)).abs() < 1e-12);
    // Too few answers to test: the t statistic is there, no verdict.
    assert!(!t.t.as_ref().unwrap().testable);
    // Perceptions 3, 2, 1, 2 on 1–7: the interval's bottom (2 − 1.299 = 0.70) is off the scale:
    // cut to 1 and flagged.
    let p = t.perceived_interval.unwrap();
    assert!(
        p.clipped
            && (p.low - 1.0).abs() < 1e-12
            && (p.high - (2.0 + t975_3 * (2.0f64 / 3.0).sqrt() / 2.0)).abs() < 1e-12,
        "{p:?}"
    );
}

#[test]
fn item_diagnostics_need_thirty_complete_cases() {
    let inst = instrument("servqual");
    // Reliability: items .1 and .2 move together (gap g), item .3 against them (−g); g runs over
    // −2, −1, 0, 1, 2. Item .3 has item–total correlation −1; without it α = 1.
    let people = |n: usize| -> Vec<Response> {
        (0..n)
            .map(|i| {
                let g = (i % 5) as f64 - 2.0;
                resp(
                    &format!("r{i}"),
                    &[
                        ("reliability.1", Some(4.0), Some(4.0 + g)),
                        ("reliability.2", Some(4.0), Some(4.0 + g)),
                        ("reliability.3", Some(4.0), Some(4.0 - g)),
                    ],
                    None,
                )
            })
            .collect()
    };
    let s = score(&inst, &people(29));
    assert_eq!(s.dimension("reliability").unwrap().diagnostics, None);
    let s = score(&inst, &people(30));
    let d = s
        .dimension("reliability")
        .unwrap()
        .diagnostics
        .clone()
        .unwrap();
    assert_eq!(d.len(), 3);
    assert_eq!(d[2].id, "reliability.3");
    assert!(close(d[2].fit.item_total, -1.0));
    assert!(close(d[2].fit.alpha_if_deleted, 1.0));
    // Item .1 against .2 + .3 = constant 8: undefined, not 0.
    assert_eq!(d[0].fit.item_total, None);
    // Nobody answered tangibles: no diagnostics.
    assert_eq!(s.dimension("tangibles").unwrap().diagnostics, None);
}
