//! Scorer tests: the overall figures whatever the order of roles, and merged parts scoring as one pass.
use super::*;
use crate::response::Answer;

/// A pyramid respondent answering every item with `v`.
fn respondent(inst: &Instrument, name: &str, role: Option<&str>, v: i32) -> Response {
    Response {
        respondent: name.into(),
        role: role.map(str::to_string),
        answers: inst
            .questions
            .iter()
            .map(|q| (q.id.clone(), Answer::Value(v)))
            .collect(),
        ..Response::default()
    }
}

#[test]
fn the_overall_figures_do_not_depend_on_when_a_second_role_appears() {
    let inst = Instrument::load("pyramid").expect("built-in");
    let roles = [
        Some("customer"),
        Some("customer"),
        None,
        Some("manager"),
        Some("customer"),
    ];
    let people: Vec<Response> = roles
        .iter()
        .enumerate()
        .map(|(i, role)| respondent(&inst, &format!("r{i}"), *role, 1 + (i as i32 * 2) % 5))
        .collect();
    let without_roles: Vec<Response> = people
        .iter()
        .map(|r| Response {
            role: None,
            ..r.clone()
        })
        .collect();
    let merged = score(&inst, &without_roles, ScoreOptions::default());
    assert!(merged.by_role.is_empty(), "one role: no side by side");
    // The second role arrives third, or first, or last: the overall figures are the same.
    for order in [[0, 1, 2, 3, 4], [3, 0, 1, 2, 4], [0, 1, 4, 2, 3]] {
        let ordered: Vec<Response> = order.iter().map(|&i| people[i].clone()).collect();
        let s = score(&inst, &ordered, ScoreOptions::default());
        assert_eq!(s.overall, merged.overall, "order {order:?}");
        assert_eq!(s.by_role.len(), 3);
        assert_eq!(s.roles["customer"], 3);
        assert_eq!(s.respondents, 5);
    }
    // One role only: its figures are the overall ones.
    let customers: Vec<Response> = [0, 1, 4].iter().map(|&i| people[i].clone()).collect();
    let s = score(&inst, &customers, ScoreOptions::default());
    assert!(s.by_role.is_empty());
    assert_eq!(s.roles.len(), 1);
    let plain: Vec<Response> = customers
        .iter()
        .map(|r| Response {
            role: None,
            ..r.clone()
        })
        .collect();
    assert_eq!(
        s.overall,
        score(&inst, &plain, ScoreOptions::default()).overall
    );
    // No respondents at all still scores (every figure undefined).
    assert_eq!(score(&inst, &[], ScoreOptions::default()).respondents, 0);
}

/// Numbers equal to 1e-9 (relative), everything else exactly, but for the ranks of items
/// whose gaps tie: a tie is broken by the last bits of the two means, which depend on the
/// order the moments were summed in (the ranked gaps themselves are compared).
fn close(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (a, b) {
        (J::Number(x), J::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
        }
        (J::Array(x), J::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| close(a, b))
        }
        (J::Object(x), J::Object(y)) => {
            x.len() == y.len()
                && x.iter().all(|(k, v)| {
                    k == "rank" || k == "ranked" || y.get(k).is_some_and(|w| close(v, w))
                })
        }
        _ => a == b,
    }
}

fn scoring_json(s: &Scoring) -> serde_json::Value {
    serde_json::json!({
        "respondents": s.respondents,
        "roles": s.roles,
        "overall": s.overall,
        "by_role": s.by_role,
    })
}

/// Two scorers over the two parts of the responses, merged, give the one-pass figures,
/// wherever the split falls and however the roles are spread (one role, a second role on
/// one side only, roles on both sides): exactly for Kano, to 1e-9 for SERVQUAL.
#[test]
fn merged_parts_score_as_one_pass() {
    for id in ["kano", "servqual"] {
        let (_, src) = crate::report::DEMOS.iter().find(|(d, _)| *d == id).unwrap();
        let (results, inst) =
            crate::response::read_results_str("demo", src, None).expect("demo reads");
        let base: Vec<Response> = (0..4).flat_map(|_| results.responses.clone()).collect();
        let spreads: [&dyn Fn(usize) -> Option<&'static str>; 3] =
            [&|_| None, &|i| (i >= 9).then_some("staff"), &|i| {
                [Some("customer"), Some("staff"), None][i % 3]
            }];
        for spread in spreads {
            let people: Vec<Response> = base
                .iter()
                .enumerate()
                .map(|(i, r)| Response {
                    role: spread(i).map(str::to_string),
                    ..r.clone()
                })
                .collect();
            let one = score(&inst, &people, ScoreOptions::default());
            for k in 0..=people.len() {
                let mut a = Scorer::new(&inst, ScoreOptions::default());
                let mut b = Scorer::new(&inst, ScoreOptions::default());
                people[..k].iter().for_each(|r| a.add(r));
                people[k..].iter().for_each(|r| b.add(r));
                assert!(a.merge(b), "{id} merges");
                let merged = a.finish();
                if id == "kano" {
                    assert_eq!(merged, one, "kano split at {k}");
                } else {
                    assert!(
                        close(&scoring_json(&merged), &scoring_json(&one)),
                        "{id} split at {k}:\n{:#}\n{:#}",
                        scoring_json(&merged),
                        scoring_json(&one)
                    );
                }
            }
        }
    }
    // Kinds that keep respondents' order or names are not merged.
    let pulse = Instrument::load("pulse").expect("built-in");
    let mut a = Scorer::new(&pulse, ScoreOptions::default());
    assert!(!a.merge(Scorer::new(&pulse, ScoreOptions::default())));
    let kano = Instrument::load("kano").expect("built-in");
    let by = ScoreOptions {
        segment_by: Some("role".into()),
    };
    let mut a = Scorer::new(&kano, by.clone());
    assert!(!a.merge(Scorer::new(&kano, by)), "segments depend on order");
}
