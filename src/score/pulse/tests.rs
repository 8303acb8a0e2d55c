//! Pulse figures against hand-computed values.

use super::*;
use crate::instrument::builtin;
use crate::score::stats::t975;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn pulse() -> Instrument {
    builtin::latest("pulse")
        .expect("pulse is built in")
        .instrument()
        .expect("pulse parses")
}

fn respondent(name: &str, answers: &[(&str, Answer)]) -> Response {
    Response {
        respondent: name.to_string(),
        answers: answers
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
        ..Response::default()
    }
}

fn score_all(responses: &[Response]) -> PulseScore {
    let inst = pulse();
    let mut acc = Accumulator::new(&inst, &ScoreOptions::default());
    for r in responses {
        acc.add(r);
    }
    acc.finish()
}

fn nps_only(values: &[i32]) -> PulseScore {
    let rs: Vec<Response> = values
        .iter()
        .enumerate()
        .map(|(i, v)| respondent(&format!("r{i}"), &[("nps", Answer::Value(*v))]))
        .collect();
    score_all(&rs)
}

#[test]
fn nps_by_hand_with_passives_in_the_total() {
    // Answers 10 10 9 9 9 8 7 6 2 0: promoters 5, passives 2, detractors 3, n = 10.
    // NPS = 100 · (5 − 3) / 10 = 20. Shares 50, 20, 30.
    let s = nps_only(&[10, 10, 9, 9, 9, 8, 7, 6, 2, 0]);
    assert_eq!(
        (s.nps.promoters, s.nps.passives, s.nps.detractors, s.nps.n),
        (5, 2, 3, 10)
    );
    assert!(close(s.nps.score.unwrap(), 20.0));
    assert!(close(s.nps.promoter_share.unwrap(), 50.0));
    assert!(close(s.nps.passive_share.unwrap(), 20.0));
    assert!(close(s.nps.detractor_share.unwrap(), 30.0));
    // Adjusted Wald: n' = 13, p = 5.75/13 = 0.442308, d = 3.75/13 = 0.288462,
    // centre = 2/13 = 0.153846, var = p + d − centre² = 9.5/13 − 4/169 = 0.730769 − 0.023669
    // = 0.707101; se = √(0.707101/13) = 0.233220; half = 1.959964 · 0.233220 = 0.457102.
    // Interval ×100 = 15.3846 ± 45.7102 = [−30.3256, 61.0948].
    let i = s.nps.interval.unwrap();
    let centre: f64 = 2.0 / 13.0;
    let var = 9.5 / 13.0 - centre * centre;
    let half = Z975 * (var / 13.0).sqrt();
    assert!(close(i.low, 100.0 * (centre - half)));
    assert!(close(i.high, 100.0 * (centre + half)));
    assert!((i.low - -30.3256).abs() < 1e-3, "{i:?}");
    assert!((i.high - 61.0948).abs() < 1e-3, "{i:?}");
    assert_eq!(s.nps.counts, vec![1, 0, 1, 0, 0, 0, 1, 1, 1, 3, 2]);
}

#[test]
fn all_passive_is_zero_with_a_real_interval() {
    // 4 passives: NPS = 100 · (0 − 0) / 4 = 0. Adjusted Wald: n' = 7, p = d = 0.75/7,
    // centre 0, var = 1.5/7, se = √(1.5/7 / 7) = √1.5 / 7 = 0.174964; half = 34.2924 points.
    let s = nps_only(&[7, 8, 8, 7]);
    assert_eq!(s.nps.score, Some(0.0));
    assert_eq!(s.nps.passives, 4);
    let i = s.nps.interval.unwrap();
    let half = 100.0 * Z975 * 1.5f64.sqrt() / 7.0;
    assert!(close(i.high, half) && close(i.low, -half), "{i:?}");
    assert!((half - 34.2924).abs() < 1e-3);
}

#[test]
fn all_promoters_stay_inside_the_scale() {
    // 3 promoters: NPS 100. n' = 6, p = 3.75/6 = 0.625, d = 0.125, centre 0.5,
    // var = 0.75 − 0.25 = 0.5, se = √(0.5/6) = 0.288675, half = 0.565795 → [−6.58, 100 (clipped)].
    let s = nps_only(&[9, 10, 10]);
    assert_eq!(s.nps.score, Some(100.0));
    let i = s.nps.interval.unwrap();
    assert!(close(i.high, 100.0));
    assert!(close(i.low, 100.0 * (0.5 - Z975 * (0.5f64 / 6.0).sqrt())));
}

#[test]
fn nothing_answered_is_null_not_zero() {
    let s = score_all(&[
        respondent("a", &[]),
        respondent("b", &[("nps_reason", Answer::Text("x".into()))]),
    ]);
    assert_eq!(s.nps.n, 0);
    assert_eq!(s.nps.score, None);
    assert_eq!(s.nps.promoter_share, None);
    assert_eq!(s.nps.interval, None);
    assert_eq!(s.csat.score, None);
    assert_eq!(s.csat.interval, None);
    assert_eq!(s.ces.mean, None);
    assert_eq!(s.ces.share_easy, None);
    assert_eq!(s.ces.interval, None);
    assert_eq!(
        s.reasons.unrated.len(),
        1,
        "a reason without a score is kept, unrated"
    );
}

#[test]
fn one_answer_has_a_score_but_no_interval() {
    let s = nps_only(&[3]);
    assert_eq!(s.nps.score, Some(-100.0));
    assert_eq!(s.nps.interval, None);
}

#[test]
fn csat_share_and_wilson_interval_by_hand() {
    // CSAT answers 5 4 4 3 2: satisfied 3 of 5 → 60. Mean = 18/5 = 3.6.
    // Wilson: p = 0.6, z² = 3.841459, denom = 1 + z²/5 = 1.768292,
    // centre = (0.6 + z²/10)/denom = 0.984146/1.768292 = 0.556547,
    // half = z · √(0.24/5 + z²/100)/denom = 1.959964 · √(0.048 + 0.038415)/1.768292
    //      = 1.959964 · 0.293964/1.768292 = 0.325825 → [23.07, 88.24].
    let rs: Vec<Response> = [5, 4, 4, 3, 2]
        .iter()
        .enumerate()
        .map(|(i, v)| respondent(&format!("r{i}"), &[("csat", Answer::Value(*v))]))
        .collect();
    let s = score_all(&rs);
    assert_eq!((s.csat.n, s.csat.satisfied), (5, 3));
    assert!(close(s.csat.score.unwrap(), 60.0));
    assert!(close(s.csat.mean.unwrap(), 3.6));
    let i = s.csat.interval.unwrap();
    assert!((i.low - 23.07).abs() < 0.01, "{i:?}");
    assert!((i.high - 88.24).abs() < 0.01, "{i:?}");
}

#[test]
fn ces_mean_share_and_t_interval_by_hand() {
    // CES answers 7 6 5 3: mean 21/4 = 5.25; easy (5–7) 3 of 4 → 75.
    // Deviations 1.75, 0.75, −0.25, −2.25; squares 3.0625 + 0.5625 + 0.0625 + 5.0625 = 8.75;
    // s² = 8.75/3 = 2.916667, s = 1.707825; t(0.975, 3) = 3.182446305283708 (exact, scipy
    // stats.t.ppf(0.975, 3)); half = 3.182446 · 1.707825 / 2 = 2.717531 → [2.532469, 7.967531],
    // whose top is past the 7-point scale: cut to 7 and flagged.
    let rs: Vec<Response> = [7, 6, 5, 3]
        .iter()
        .enumerate()
        .map(|(i, v)| respondent(&format!("r{i}"), &[("ces", Answer::Value(*v))]))
        .collect();
    let s = score_all(&rs);
    assert!(close(s.ces.mean.unwrap(), 5.25));
    assert!(close(s.ces.share_easy.unwrap(), 75.0));
    assert_eq!((s.ces.n, s.ces.easy), (4, 3));
    let i = s.ces.interval.unwrap();
    let half = t975(3.0).unwrap() * (8.75f64 / 3.0).sqrt() / 2.0;
    assert!(
        close(i.low, 5.25 - half) && close(i.high, 7.0) && i.clipped,
        "{i:?}"
    );
    assert!((half - 2.717_531).abs() < 1e-5);
}

#[test]
fn identical_ces_answers_have_no_interval() {
    let rs: Vec<Response> = (0..5)
        .map(|i| respondent(&format!("r{i}"), &[("ces", Answer::Value(6))]))
        .collect();
    let s = score_all(&rs);
    assert_eq!(s.ces.mean, Some(6.0));
    assert_eq!(s.ces.sd, Some(0.0));
    assert_eq!(s.ces.interval, None);
}

#[test]
fn reasons_are_grouped_by_the_writers_nps() {
    let s = score_all(&[
        respondent(
            "p",
            &[
                ("nps", Answer::Value(10)),
                ("nps_reason", Answer::Text("fast".into())),
            ],
        ),
        respondent(
            "q",
            &[
                ("nps", Answer::Value(7)),
                ("nps_reason", Answer::Text(" ok ".into())),
            ],
        ),
        respondent(
            "d",
            &[
                ("nps", Answer::Value(2)),
                ("nps_reason", Answer::Text("slow".into())),
            ],
        ),
        respondent(
            "e",
            &[
                ("nps", Answer::Value(3)),
                ("nps_reason", Answer::Text("  ".into())),
            ],
        ),
    ]);
    assert_eq!(s.reasons.promoters[0].text, "fast");
    assert_eq!(s.reasons.passives[0].text, "ok");
    assert_eq!(s.reasons.detractors.len(), 1, "blank texts are left out");
    assert_eq!(s.reasons.detractors[0].nps, Some(2));
}

#[test]
fn reasons_are_bounded_for_streaming() {
    let rs: Vec<Response> = (0..REASONS_KEPT + 7)
        .map(|i| {
            respondent(
                &format!("r{i}"),
                &[
                    ("nps", Answer::Value(10)),
                    ("nps_reason", Answer::Text(format!("t{i}"))),
                ],
            )
        })
        .collect();
    let s = score_all(&rs);
    assert_eq!(s.reasons.promoters.len(), REASONS_KEPT);
    assert_eq!(s.reasons.omitted, 7);
    assert_eq!(s.nps.n, REASONS_KEPT + 7);
}

#[test]
fn a_ces_one_item_is_not_mixed_in() {
    // The validator rejects such a file; the scorer still refuses to mix CES 1.0 into 2.0
    // if an instrument reaches it another way.
    let mut inst = pulse();
    for q in &mut inst.questions {
        if let (true, QuestionKind::Scale(s)) = (q.id == "ces", &mut q.kind) {
            s.max = 5;
        }
    }
    let mut acc = Accumulator::new(&inst, &ScoreOptions::default());
    acc.add(&respondent("a", &[("ces", Answer::Value(2))]));
    let s = acc.finish();
    assert_eq!(s.ces.n, 0);
    assert_eq!(
        s.unscored,
        vec![Unscored {
            metric: "ces".into(),
            min: 1,
            max: 5
        }]
    );
}

proptest::proptest! {
    /// Whatever the answers: NPS within −100..100, shares summing to 100, intervals ordered,
    /// inside their scales, and the same figures for any order of respondents.
    #[test]
    fn figures_stay_in_range_and_ignore_order(
        answers in proptest::collection::vec((0i32..=10, 1i32..=5, 1i32..=7), 0..40),
        rotate in 0usize..40,
    ) {
        let rs: Vec<Response> = answers
            .iter()
            .enumerate()
            .map(|(i, (n, c, e))| {
                respondent(
                    &format!("r{i}"),
                    &[("nps", Answer::Value(*n)), ("csat", Answer::Value(*c)), ("ces", Answer::Value(*e))],
                )
            })
            .collect();
        let s = score_all(&rs);
        if let Some(v) = s.nps.score {
            proptest::prop_assert!((-100.0..=100.0).contains(&v));
            let total = s.nps.promoter_share.unwrap_or(0.0)
                + s.nps.passive_share.unwrap_or(0.0)
                + s.nps.detractor_share.unwrap_or(0.0);
            proptest::prop_assert!((total - 100.0).abs() < 1e-9);
        } else {
            proptest::prop_assert!(answers.is_empty());
        }
        for (i, lo, hi) in [
            (s.nps.interval, -100.0, 100.0),
            (s.csat.interval, 0.0, 100.0),
            (s.ces.interval, f64::NEG_INFINITY, f64::INFINITY),
        ] {
            if let Some(i) = i {
                proptest::prop_assert!(i.low <= i.high && i.low >= lo && i.high <= hi, "{i:?}");
            }
        }
        if let (Some(i), Some(v)) = (s.csat.interval, s.csat.score) {
            // The Wilson interval always contains the observed share.
            proptest::prop_assert!(i.low <= v + 1e-9 && v <= i.high + 1e-9);
        }
        let mut rotated = rs.clone();
        if !rotated.is_empty() {
            let k = rotate % rotated.len();
            rotated.rotate_left(k);
        }
        let t = score_all(&rotated);
        proptest::prop_assert_eq!((s.nps.n, s.nps.score), (t.nps.n, t.nps.score));
        proptest::prop_assert_eq!(s.csat.score, t.csat.score);
        let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-9,
            (a, b) => a == b,
        };
        proptest::prop_assert!(close(s.ces.mean, t.ces.mean));
    }
}

#[test]
fn a_ces_interval_past_the_scale_is_cut_to_it_and_flagged() {
    // Answers 1 and 4: mean 2.5, s = 2.1213, t(0.975, 1) = 12.7062 → −16.559 .. 21.559 (scipy),
    // a claim about a 1–7 scale that the scale cannot hold: shown as 1 .. 7, clipped.
    let rs: Vec<Response> = [1, 4]
        .iter()
        .enumerate()
        .map(|(i, v)| respondent(&format!("r{i}"), &[("ces", Answer::Value(*v))]))
        .collect();
    let i = score_all(&rs).ces.interval.unwrap();
    assert_eq!((i.low, i.high, i.clipped), (1.0, 7.0, true));
    let json = serde_json::to_value(i).unwrap();
    assert_eq!(json["clipped"], true);
}
