//! Hand-computed cases for the drivers of gaps 1–4 against the built-in `gaps` questionnaire.

use std::collections::BTreeMap;

use super::*;

fn inst() -> Instrument {
    Instrument::load("gaps").expect("built-in")
}

fn resp(name: &str, role: Option<&str>, answers: &[(&str, i32)]) -> Response {
    Response {
        respondent: name.to_string(),
        role: role.map(str::to_string),
        answers: answers
            .iter()
            .map(|(k, v)| ((*k).to_string(), Answer::Value(*v)))
            .collect::<BTreeMap<_, _>>(),
        ..Response::default()
    }
}

fn score(responses: &[Response]) -> GapsScore {
    let inst = inst();
    let mut acc = Accumulator::new(&inst, &ScoreOptions::default());
    for r in responses {
        acc.add(r);
    }
    acc.finish()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn reverse_keyed_items_are_reversed_once_not_twice() {
    // management_layers.1 and .2 are reverse-keyed ("too many levels"), .3 is not.
    // Answers 7, 6, 2 → 8 − 7 = 1, 8 − 6 = 2, 2 → mean 5/3 ≈ 1.67: many layers, unhealthy.
    // Reversing again for the construct's display flag would give 8 − 5/3 ≈ 6.33: wrong.
    let s = score(&[resp(
        "m",
        Some("manager"),
        &[
            ("management_layers.1", 7),
            ("management_layers.2", 6),
            ("management_layers.3", 2),
        ],
    )]);
    let c = s.construct("management_layers").unwrap();
    assert!(close(c.score, 5.0 / 3.0), "{:?}", c.score);
    assert!(c.shown_healthy);
    assert_eq!((c.items, c.reverse_items, c.n), (3, 2, 1));
    // A positively worded construct with one reverse item: research_orientation .1–.3 plus .4
    // reversed. Answers 6, 6, 5, 2 → 6, 6, 5, 8 − 2 = 6 → mean 23/4 = 5.75.
    let s = score(&[resp(
        "m",
        Some("manager"),
        &[
            ("research_orientation.1", 6),
            ("research_orientation.2", 6),
            ("research_orientation.3", 5),
            ("research_orientation.4", 2),
        ],
    )]);
    assert!(close(
        s.construct("research_orientation").unwrap().score,
        5.75
    ));
    assert!(!s.construct("research_orientation").unwrap().shown_healthy);
}

#[test]
fn constructs_are_respondent_first_and_gaps_average_their_constructs() {
    // Two managers on gap 1's constructs.
    // m1: research_orientation .1 = 7 only → 7; upward_communication .1 = 4, .2 = 6 → 5.
    // m2: research_orientation .1 = 3, .2 = 5, .3 = 4, .4 = 4 (→ 4) → 4; upward .3 = 2 (→ 6) → 6.
    // research_orientation = (7 + 4)/2 = 5.5 (the item-pooled mean would be (7+3+5+4+4)/5 = 4.6);
    // upward_communication = (5 + 6)/2 = 5.5; management_layers unanswered.
    // Gap 1 = mean of the constructs with a score = (5.5 + 5.5)/2 = 5.5, from 2 of 3.
    let s = score(&[
        resp(
            "m1",
            Some("manager"),
            &[
                ("research_orientation.1", 7),
                ("upward_communication.1", 4),
                ("upward_communication.2", 6),
            ],
        ),
        resp(
            "m2",
            None,
            &[
                ("research_orientation.1", 3),
                ("research_orientation.2", 5),
                ("research_orientation.3", 4),
                ("research_orientation.4", 4),
                ("upward_communication.3", 2),
            ],
        ),
    ]);
    assert!(close(
        s.construct("research_orientation").unwrap().score,
        5.5
    ));
    assert!(close(
        s.construct("upward_communication").unwrap().score,
        5.5
    ));
    assert_eq!(s.construct("management_layers").unwrap().score, None);
    let g1 = s.gap(1).unwrap();
    assert!(close(g1.score, 5.5));
    assert_eq!((g1.constructs, g1.of), (2, 3));
    assert_eq!(s.gap(2).unwrap().score, None);
    // The respondent without a role counts as a manager.
    assert_eq!((s.managers, s.staff, s.others), (2, 0, 0));
}

#[test]
fn weakest_drivers_come_first() {
    // Gap 3: teamwork 6, employee_fit 2, role_conflict (.4 not reversed) 3, technology_fit 5.
    let s = score(&[resp(
        "s",
        Some("staff"),
        &[
            ("teamwork.1", 6),
            ("employee_fit.1", 2),
            ("role_conflict.4", 3),
            ("technology_fit.1", 5),
        ],
    )]);
    assert_eq!(s.gap(3).unwrap().weakest, ["employee_fit", "role_conflict"]);
    // (6 + 2 + 3 + 5) / 4 = 4.
    assert!(close(s.gap(3).unwrap().score, 4.0));
}

#[test]
fn staff_estimates_give_gap_7() {
    // estimate.tangibles.1: managers 5 and 6 → 5.5; staff 7 → gap 7 = 7 − 5.5 = +1.5.
    // estimate.tangibles.2: managers 4; staff 3 → −1. Tangibles: gap 7 (1.5 − 1)/2 = 0.25,
    // MAE (1.5 + 1)/2 = 1.25. A consultant's estimate is not used.
    let s = score(&[
        resp(
            "m1",
            Some("manager"),
            &[("estimate.tangibles.1", 5), ("estimate.tangibles.2", 4)],
        ),
        resp("m2", Some("manager"), &[("estimate.tangibles.1", 6)]),
        resp(
            "s1",
            Some("staff"),
            &[("estimate.tangibles.1", 7), ("estimate.tangibles.2", 3)],
        ),
        resp("c1", Some("consultant"), &[("estimate.tangibles.1", 1)]),
    ]);
    let e = &s.estimates[0];
    assert_eq!(
        (e.id.as_str(), e.dimension.as_str(), e.managers_n, e.staff_n),
        ("tangibles.1", "tangibles", 2, 1)
    );
    assert!(close(e.managers, 5.5) && close(e.gap7, 1.5));
    let d = &s.estimate_dimensions[0];
    assert_eq!(d.id, "tangibles");
    assert!(close(d.gap7, 0.25) && close(d.gap7_mae, 1.25));
    assert!(close(s.gap7_mae, 1.25));
    assert_eq!(s.others, 1);
    assert_eq!(s.estimates.len(), 22);
}

#[test]
fn direct_items_per_dimension() {
    // gap2.reliability 6 and 4 → 5 (n 2); gap4.reliability 3 → 3; gap3 unanswered.
    let s = score(&[
        resp(
            "m",
            Some("manager"),
            &[("gap2.reliability", 6), ("gap4.reliability", 3)],
        ),
        resp("s", Some("staff"), &[("gap2.reliability", 4)]),
    ]);
    let d = s.direct("reliability").unwrap();
    assert!(close(d.gap2.score, 5.0));
    assert_eq!(d.gap2.n, 2);
    assert_eq!(d.gap3.score, None);
    assert!(close(d.get(4).unwrap().score, 3.0));
    assert_eq!(s.direct.len(), 5);
}

#[test]
fn construct_alpha_uses_reverse_coded_items() {
    // management_layers over twelve managers, items (.1 rev, .2 rev, .3), four each of
    // raw (7,7,1), (4,4,4), (1,1,7) → coded (1,1,1), (4,4,4), (7,7,7): perfectly consistent.
    // Item variances equal (v); totals 3, 12, 21 → variance 9v. α = 3/2 · (1 − 3v/9v) = 1.
    // Without reverse-coding the third item would pull the other way: totals 15, 12, 9,
    // variance v → α = 3/2 · (1 − 3v/v) = −3.
    let raws = [(7, 7, 1), (4, 4, 4), (1, 1, 7)];
    let people: Vec<Response> = (0..12)
        .map(|i| {
            let (a, b, c) = raws[i % 3];
            resp(
                &format!("m{i}"),
                Some("manager"),
                &[
                    ("management_layers.1", a),
                    ("management_layers.2", b),
                    ("management_layers.3", c),
                ],
            )
        })
        .collect();
    let s = score(&people);
    let c = s.construct("management_layers").unwrap();
    assert!(close(c.alpha.alpha, 1.0), "{:?}", c.alpha);
    assert_eq!(c.alpha.cases, 12);
    // The first three alone: α is not shown from 3 cases.
    let c = score(&people[..3])
        .construct("management_layers")
        .unwrap()
        .alpha;
    assert_eq!((c.alpha, c.cases), (None, 3));
}

#[test]
fn each_statement_is_scored_after_reverse_coding_over_those_who_answered_it() {
    // management_layers.1 (reverse): 7 and 5 → 1 and 3 → 2; .2 (reverse): 6 from one → 2;
    // .3 nobody answered → undefined, n = 0.
    let s = score(&[
        resp(
            "a",
            Some("manager"),
            &[("management_layers.1", 7), ("management_layers.2", 6)],
        ),
        resp("b", Some("manager"), &[("management_layers.1", 5)]),
    ]);
    let st = &s.construct("management_layers").unwrap().statements;
    let ids: Vec<&str> = st.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "management_layers.1",
            "management_layers.2",
            "management_layers.3"
        ]
    );
    assert!(close(st[0].score, 2.0) && st[0].n == 2);
    assert!(close(st[1].score, 2.0) && st[1].n == 1);
    assert_eq!((st[2].score, st[2].n), (None, 0));
}
