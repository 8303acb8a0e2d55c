use super::*;
use crate::response::{Answer, Evidence};

fn pulse() -> Instrument {
    Instrument::load("pulse").unwrap()
}

fn recorded() -> Response {
    let mut r = Response {
        respondent: "chen.cust".into(),
        role: Some("customer".into()),
        started: Some("2026-11-01T09:00:00Z".into()),
        updated: Some("2026-11-01T09:10:00Z".into()),
        ..Response::default()
    };
    r.answers.insert("nps".into(), Answer::Value(3));
    r.answers.insert("csat".into(), Answer::Value(4));
    r.answers.insert("ces".into(), Answer::Value(5));
    r.notes.insert("nps".into(), "slow engineers".into());
    r.complete = true;
    r
}

#[test]
fn new_answers_win_and_nothing_recorded_is_dropped() {
    let i = pulse();
    let mut r = recorded();
    let mut new = Response {
        respondent: "chen.cust".into(),
        role: None,
        started: Some("2026-12-01T09:00:00Z".into()),
        updated: Some("2026-12-01T09:00:00Z".into()),
        ..Response::default()
    };
    new.answers.insert("csat".into(), Answer::Value(1));
    new.answers.insert("ces".into(), Answer::Value(5));
    new.notes.insert("csat".into(), "rude".into());
    let changed = merge(&i, &mut r, new);
    assert_eq!(
        changed,
        Changed {
            answers: 1,
            notes: 1
        }
    );
    assert_eq!(r.answers["nps"], Answer::Value(3));
    assert_eq!(r.answers["csat"], Answer::Value(1));
    assert_eq!(r.notes["nps"], "slow engineers");
    assert_eq!(r.notes["csat"], "rude");
    assert_eq!(r.role.as_deref(), Some("customer"));
    assert_eq!(r.started.as_deref(), Some("2026-11-01T09:00:00Z"));
    assert_eq!(r.updated.as_deref(), Some("2026-12-01T09:00:00Z"));
    assert!(r.complete);
}

#[test]
fn merging_keeps_evidence_and_marks_a_response_complete_once_it_is() {
    let i = pulse();
    let mut r = recorded();
    r.answers.remove("ces");
    r.complete = false;
    let ev = Evidence::new("survey.pdf", crate::response::EvidenceKind::Supports).unwrap();
    r.evidence.insert("nps".into(), vec![ev.clone()]);
    let mut new = Response {
        respondent: "chen.cust".into(),
        ..Response::default()
    };
    new.answers.insert("ces".into(), Answer::Value(6));
    merge(&i, &mut r, new);
    assert_eq!(r.evidence["nps"], vec![ev]);
    assert!(r.complete);
}

#[test]
fn a_contradicting_role_is_refused_and_the_same_role_in_any_case_is_not() {
    let file = Path::new("eng/pulse/chen.cust.yaml");
    let (what, fix) = contradiction(file, "chen.cust", Some("manager"), Some("customer")).unwrap();
    assert!(
        what.contains("manager") && what.contains("customer"),
        "{what}"
    );
    assert!(
        what.contains("chen.cust") && what.contains("chen.cust.yaml"),
        "{what}"
    );
    assert!(fix.contains("customer"), "{fix}");
    assert!(contradiction(file, "chen.cust", Some("Customer "), Some("customer")).is_none());
    assert!(contradiction(file, "chen.cust", None, Some("customer")).is_none());
    assert!(contradiction(file, "chen.cust", Some("manager"), None).is_none());
}
