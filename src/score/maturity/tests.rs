//! Maturity figures against hand-computed values.

use super::*;
use crate::instrument::Origin;

/// A small maturity instrument: dimensions a (3 items), b (2 items), c (1 item).
fn instrument() -> Instrument {
    let level = |n: u8| {
        format!(
            "          - text: {{en: \"L{n}\", zh: \"L{n}\"}}\n            suggestion: {{en: \"S{n}\", zh: \"S{n}\"}}\n"
        )
    };
    let levels: String = (1..=5).map(level).collect();
    let item = |id: &str| {
        format!(
            "      - id: {id}\n        type: rubric\n        allow_na: true\n        text: {{en: \"{id}\", zh: \"{id}\"}}\n        levels:\n{levels}"
        )
    };
    let mut src = String::from(
        "format: cxassess-instrument/1\nid: mtest\nversion: 1\nkind: maturity\ntitle: {en: T, zh: T}\n\
groups:\n  - id: a\n    name: {en: A, zh: A}\n    maps_to: \"XM: Lead\"\n  - id: b\n    name: {en: B, zh: B}\n  - id: c\n    name: {en: C, zh: C}\n\
sections:\n  - id: s\n    title: {en: S, zh: S}\n    questions:\n",
    );
    for id in ["a.1", "a.2", "a.3", "b.1", "b.2", "c.1"] {
        src.push_str(&item(id));
    }
    Instrument::parse(&src, Origin::File("mtest.yaml".into())).expect("test instrument is valid")
}

fn response(name: &str, answers: &[(&str, Option<i32>)]) -> Response {
    let mut r = Response {
        respondent: name.into(),
        ..Response::default()
    };
    for (id, v) in answers {
        let a = v.map_or(Answer::Na(None), Answer::Value);
        r.answers.insert((*id).to_string(), a);
    }
    r
}

fn score(responses: &[Response]) -> MaturityScore {
    let inst = instrument();
    let mut acc = Accumulator::new(&inst, &ScoreOptions::default());
    for r in responses {
        acc.add(r);
    }
    acc.finish()
}

fn dim<'a>(s: &'a MaturityScore, id: &str) -> &'a DimensionScore {
    s.dimensions.iter().find(|d| d.id == id).expect("dimension")
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-12)
}

#[test]
fn na_is_left_out_of_numerator_and_denominator() {
    // a: 4, N/A, 2 → (4 + 2) / 2 = 3.0 (N/A as 0 would give 2.0; as a third item 6/3 = 2.0)
    let s = score(&[response(
        "r",
        &[
            ("a.1", Some(4)),
            ("a.2", None),
            ("a.3", Some(2)),
            ("b.1", Some(5)),
            ("c.1", Some(1)),
        ],
    )]);
    let a = dim(&s, "a");
    assert!(close(a.score, 3.0), "{:?}", a.score);
    assert_eq!((a.n, a.answers, a.na), (1, 2, 1));
    // b: only b.1 answered (b.2 unanswered) → 5.0
    assert!(close(dim(&s, "b").score, 5.0));
    let a2 = s.items.iter().find(|i| i.id == "a.2").expect("item");
    assert_eq!((a2.mean, a2.n, a2.na, a2.level), (None, 0, 1, None));
}

#[test]
fn respondent_first_mean_differs_from_pooled_mean() {
    // r1 answers a.1 = 5 only (a.2, a.3 N/A): r1's a = 5.0
    // r2 answers a.1 = a.2 = a.3 = 1:           r2's a = 1.0
    // respondent first: (5 + 1) / 2 = 3.0; pooled over the 4 answers: (5+1+1+1)/4 = 2.0
    let s = score(&[
        response("r1", &[("a.1", Some(5)), ("a.2", None), ("a.3", None)]),
        response(
            "r2",
            &[("a.1", Some(1)), ("a.2", Some(1)), ("a.3", Some(1))],
        ),
    ]);
    let a = dim(&s, "a");
    assert!(close(a.score, 3.0), "{:?}", a.score);
    assert_eq!(a.n, 2);
    assert!(close(a.min, 1.0) && close(a.max, 5.0));
    // sample SD of {5, 1}: sqrt(((5−3)² + (1−3)²) / 1) = sqrt(8)
    assert!(close(a.sd, 8f64.sqrt()), "{:?}", a.sd);
}

#[test]
fn index_is_the_mean_dimension_score_on_0_100() {
    // a = (3+4+5)/3 = 4.0, b = (2+3)/2 = 2.5, c = 1.0
    // mean = 7.5 / 3 = 2.5 → (2.5 − 1) / 4 × 100 = 37.5
    let s = score(&[response(
        "r",
        &[
            ("a.1", Some(3)),
            ("a.2", Some(4)),
            ("a.3", Some(5)),
            ("b.1", Some(2)),
            ("b.2", Some(3)),
            ("c.1", Some(1)),
        ],
    )]);
    assert!(close(s.index, 37.5), "{:?}", s.index);
    assert_eq!(s.stage, Some(1));
    assert_eq!(s.weakest.as_deref(), Some("c"));
}

#[test]
fn a_dimension_exactly_at_a_level_counts() {
    // a = (3+3+3)/3 = 3.0, b = (4+2)/2 = 3.0, c = 3 → every dimension ≥ 3 → stage 3
    let s = score(&[response(
        "r",
        &[
            ("a.1", Some(3)),
            ("a.2", Some(3)),
            ("a.3", Some(3)),
            ("b.1", Some(4)),
            ("b.2", Some(2)),
            ("c.1", Some(3)),
        ],
    )]);
    assert_eq!(s.stage, Some(3));
    assert_eq!(s.next_stage, Some(4));
    // all three are below 4: 1.0 short each
    assert_eq!(s.blocking.len(), 3);
}

#[test]
fn a_dimension_just_below_a_level_blocks_it() {
    // r1: a = (3+3+3)/3 = 3, b = (3+3)/2 = 3, c = 3
    // r2: a = (3+3+2)/3 = 8/3, b = 3, c = 3
    // a = (3 + 8/3) / 2 = 17/6 = 2.8333… < 3 → stage 2, a blocks stage 3 by 1/6
    let s = score(&[
        response(
            "r1",
            &[
                ("a.1", Some(3)),
                ("a.2", Some(3)),
                ("a.3", Some(3)),
                ("b.1", Some(3)),
                ("b.2", Some(3)),
                ("c.1", Some(3)),
            ],
        ),
        response(
            "r2",
            &[
                ("a.1", Some(3)),
                ("a.2", Some(3)),
                ("a.3", Some(2)),
                ("b.1", Some(3)),
                ("b.2", Some(3)),
                ("c.1", Some(3)),
            ],
        ),
    ]);
    assert_eq!(s.stage, Some(2));
    assert_eq!(s.next_stage, Some(3));
    assert_eq!(s.blocking.len(), 1);
    assert_eq!(s.blocking[0].id, "a");
    assert!(
        close(s.blocking[0].shortfall, 1.0 / 6.0),
        "{:?}",
        s.blocking[0].shortfall
    );
    // Roadmap: a.3's mean is (2+3)/2 = 2.5 → level 2 → step to 3; a.1, a.2 are at 3.
    assert_eq!(s.roadmap.len(), 1);
    let step = &s.roadmap[0];
    assert_eq!((step.item.as_str(), step.level, step.target), ("a.3", 2, 3));
    assert!((step.mean - 2.5).abs() < 1e-12);
}

#[test]
fn thirds_that_sum_to_a_level_count_despite_float_noise() {
    // a: r1 (4+4+4)/3 = 4, r2 (4+4+5)/3 = 13/3, r3 (4+4+3)/3 = 11/3
    // a = (4 + 13/3 + 11/3) / 3 = 4 exactly, but in f64 the sum comes to 3.9999999999999996.
    let row = |x: i32| {
        vec![
            ("a.1", Some(4)),
            ("a.2", Some(4)),
            ("a.3", Some(x)),
            ("b.1", Some(4)),
            ("b.2", Some(4)),
            ("c.1", Some(4)),
        ]
    };
    let s = score(&[
        response("r1", &row(4)),
        response("r2", &row(5)),
        response("r3", &row(3)),
    ]);
    let a = dim(&s, "a").score.expect("scored");
    assert!((a - 4.0).abs() < 1e-12, "{a}");
    assert_eq!(s.stage, Some(4));
    assert_eq!(dim(&s, "a").level, Some(4));
}

#[test]
fn roadmap_steps_one_level_up_from_each_items_rounded_down_mean() {
    // a = (1+2+4)/3 = 7/3 = 2.33, b = (2+2)/2 = 2, c = 4 → stage 2, next 3; a and b block.
    // Shortfalls: a 3 − 7/3 = 0.67, b 1.0 → b listed first.
    // Roadmap for b: b.1 (2 → 3), b.2 (2 → 3); for a: a.1 (1 → 2), a.2 (2 → 3); a.3 at 4 is not.
    let s = score(&[response(
        "r",
        &[
            ("a.1", Some(1)),
            ("a.2", Some(2)),
            ("a.3", Some(4)),
            ("b.1", Some(2)),
            ("b.2", Some(2)),
            ("c.1", Some(4)),
        ],
    )]);
    assert_eq!(s.stage, Some(2));
    let ids: Vec<&str> = s.blocking.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["b", "a"]);
    let steps: Vec<(&str, u8, u8)> = s
        .roadmap
        .iter()
        .map(|r| (r.item.as_str(), r.level, r.target))
        .collect();
    assert_eq!(
        steps,
        [("b.1", 2, 3), ("b.2", 2, 3), ("a.1", 1, 2), ("a.2", 2, 3)]
    );
}

#[test]
fn item_level_rounds_the_mean_down() {
    // a.1: 2, 3, 3 → 8/3 = 2.67 → level 2 (not 3 by rounding to nearest)
    let s = score(&[
        response("r1", &[("a.1", Some(2))]),
        response("r2", &[("a.1", Some(3))]),
        response("r3", &[("a.1", Some(3))]),
    ]);
    let i = s.items.iter().find(|i| i.id == "a.1").expect("item");
    assert_eq!(i.level, Some(2));
    assert!(close(i.mean, 8.0 / 3.0));
}

#[test]
fn an_unanswered_dimension_leaves_stage_and_index_undefined() {
    // c has no answer (N/A). a = 4, b = 3 → provisional stage 3; assessed index
    // = ((4 + 3)/2 − 1)/4 × 100 = 62.5
    let s = score(&[response(
        "r",
        &[("a.1", Some(4)), ("b.1", Some(3)), ("c.1", None)],
    )]);
    assert_eq!(s.stage, None);
    assert_eq!(s.index, None);
    assert_eq!(s.provisional_stage, Some(3));
    assert!(close(s.assessed_index, 62.5));
    assert_eq!(s.unscored, ["c"]);
    assert_eq!(s.blocking[0].id, "c");
    assert_eq!(s.blocking[0].score, None);
    // b (3.0) is below the provisional next stage 4 as well
    assert!(s.blocking.iter().any(|b| b.id == "b"));
}

#[test]
fn top_stage_has_nothing_blocking() {
    let all5: Vec<(&str, Option<i32>)> = ["a.1", "a.2", "a.3", "b.1", "b.2", "c.1"]
        .iter()
        .map(|id| (*id, Some(5)))
        .collect();
    let s = score(&[response("r", &all5)]);
    assert_eq!(s.stage, Some(5));
    assert_eq!(s.next_stage, None);
    assert!(s.blocking.is_empty() && s.roadmap.is_empty());
    assert!(close(s.index, 100.0));
}

#[test]
fn no_respondents_gives_no_figures_and_no_panic() {
    let s = score(&[]);
    assert_eq!((s.index, s.stage, s.provisional_stage), (None, None, None));
    assert_eq!(s.next_stage, None);
    // every dimension is listed as blocking, without a score
    assert_eq!(s.blocking.len(), 3);
    assert!(s.blocking.iter().all(|b| b.score.is_none()));
    assert_eq!(s.unscored.len(), 3);
    assert!(s.roadmap.is_empty());
    assert_eq!(s.weakest, None);
}

#[test]
fn out_of_range_levels_are_ignored() {
    let s = score(&[response(
        "r",
        &[("a.1", Some(9)), ("a.2", Some(0)), ("a.3", Some(2))],
    )]);
    assert!(close(dim(&s, "a").score, 2.0));
}

#[test]
fn notes_and_na_reasons_are_kept_with_who_wrote_them() {
    let mut r = response("li", &[("a.1", Some(2))]);
    r.role = Some("manager".into());
    r.answers
        .insert("a.2".into(), Answer::Na(Some("no stores".into())));
    r.notes.insert("a.1".into(), "survey deck from 2025".into());
    let s = score(&[r]);
    assert_eq!(s.remarks.len(), 2);
    assert_eq!(s.remarks[0].kind, RemarkKind::Note);
    assert_eq!(s.remarks[0].level, Some(2));
    assert_eq!(s.remarks[1].kind, RemarkKind::NaReason);
    assert_eq!(s.remarks[1].text, "no stores");
}

#[test]
fn the_maturity_questionnaire_has_eight_dimensions() {
    let inst = crate::instrument::Instrument::load("maturity").expect("builtin");
    let acc = Accumulator::new(&inst, &ScoreOptions::default());
    let ids: Vec<&str> = acc.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "strategy",
            "insight",
            "journey",
            "measurement",
            "closed_loop",
            "governance",
            "culture",
            "improvement"
        ]
    );
    assert!(
        acc.dimensions
            .iter()
            .all(|d| (3..=4).contains(&d.items.len()))
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn answers() -> impl Strategy<Value = Vec<Vec<Option<i32>>>> {
        // Up to 6 respondents × 6 items; None = N/A, 0 = unanswered.
        prop::collection::vec(prop::collection::vec(prop::option::of(0..=5i32), 6), 0..6)
    }

    fn build(rows: &[Vec<Option<i32>>]) -> Vec<Response> {
        let ids = ["a.1", "a.2", "a.3", "b.1", "b.2", "c.1"];
        rows.iter()
            .enumerate()
            .map(|(k, row)| {
                let mut r = Response {
                    respondent: format!("r{k}"),
                    ..Response::default()
                };
                for (id, v) in ids.iter().zip(row) {
                    match v {
                        Some(0) => {}
                        Some(x) => {
                            r.answers.insert((*id).into(), Answer::Value(*x));
                        }
                        None => {
                            r.answers.insert((*id).into(), Answer::Na(None));
                        }
                    }
                }
                r
            })
            .collect()
    }

    proptest! {
        #[test]
        fn stage_never_exceeds_the_weakest_dimension(rows in answers()) {
            let s = score(&build(&rows));
            if let Some(stage) = s.stage {
                for d in &s.dimensions {
                    prop_assert!(reaches(d.score.unwrap_or(0.0), stage));
                }
                if let Some(next) = s.next_stage {
                    prop_assert!(s.dimensions.iter().any(|d| !reaches(d.score.unwrap_or(0.0), next)));
                }
            }
            if let Some(i) = s.index {
                prop_assert!((0.0..=100.0).contains(&i));
            }
            for d in &s.dimensions {
                if let (Some(lo), Some(hi), Some(sc)) = (d.min, d.max, d.score) {
                    prop_assert!(lo <= sc + 1e-12 && sc <= hi + 1e-12);
                }
            }
        }

        #[test]
        fn respondent_order_changes_nothing(rows in answers()) {
            let forward = score(&build(&rows));
            let mut reversed_rows = rows.clone();
            reversed_rows.reverse();
            let backward = score(&build(&reversed_rows));
            prop_assert_eq!(forward.stage, backward.stage);
            prop_assert_eq!(&forward.blocking.iter().map(|b| &b.id).collect::<Vec<_>>(),
                            &backward.blocking.iter().map(|b| &b.id).collect::<Vec<_>>());
            for (f, b) in forward.dimensions.iter().zip(&backward.dimensions) {
                prop_assert_eq!(f.n, b.n);
                match (f.score, b.score) {
                    (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9),
                    (x, y) => prop_assert_eq!(x, y),
                }
            }
        }
    }
}

#[test]
fn dimension_intervals_are_t_on_respondent_scores_and_provisional_is_flagged() {
    // Dimension c (one item): 3, 4, 3, 4 → mean 3.5, sd 0.57735, t(0.975, 3) = 3.182446305283708
    // (scipy) → 3.5 ± 0.918693.
    let people: Vec<Response> = [3, 4, 3, 4]
        .iter()
        .enumerate()
        .map(|(i, &x)| response(&format!("r{i}"), &[("c.1", Some(x))]))
        .collect();
    let s = score(&people);
    let i = dim(&s, "c").interval.unwrap();
    let half = 3.182_446_305_283_708 * (1.0f64 / 3.0).sqrt() / 2.0;
    assert!((i.low - (3.5 - half)).abs() < 1e-12 && (i.high - (3.5 + half)).abs() < 1e-12);
    assert!(!i.clipped);
    // a and b have no answers: the index and stage are provisional.
    assert!(s.provisional);
    assert_eq!(s.index, None);
    assert!(s.assessed_index.is_some());
    // One respondent: no interval; everything answered: not provisional.
    let all: Vec<(&str, Option<i32>)> = ["a.1", "a.2", "a.3", "b.1", "b.2", "c.1"]
        .iter()
        .map(|id| (*id, Some(2)))
        .collect();
    let s = score(&[response("r", &all)]);
    assert_eq!(dim(&s, "c").interval, None);
    assert!(!s.provisional);
}
