use super::*;
use crate::response::Answer;

fn pulse() -> Instrument {
    Instrument::load("pulse").unwrap()
}

fn maturity() -> Instrument {
    Instrument::load("maturity").unwrap()
}

fn response(role: Option<&str>, answers: &[(&str, Answer)]) -> Response {
    Response {
        respondent: "r".into(),
        role: role.map(str::to_string),
        answers: answers
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
        ..Response::default()
    }
}

#[test]
fn a_comment_left_empty_does_not_keep_a_response_partial() {
    let i = pulse();
    let three = [
        ("nps", Answer::Value(3)),
        ("csat", Answer::Value(4)),
        ("ces", Answer::Value(5)),
    ];
    assert!(is_complete(&i, &response(Some("customer"), &three)));
    // Without one of the three scores it is partial.
    assert!(!is_complete(&i, &response(Some("customer"), &three[..2])));
}

#[test]
fn a_role_is_complete_on_its_own_sections() {
    let i = Instrument::load("gaps").unwrap();
    let staff: Vec<Step> = i.steps_for(Some("staff"));
    let mut r = response(Some("staff"), &[]);
    for s in &staff {
        let q = &i.questions[s.question];
        r.answers.insert(q.id.clone(), Answer::Value(3));
    }
    assert!(is_complete(&i, &r));
    // The same answers without a role leave the managers' sections unanswered.
    r.role = None;
    assert!(!is_complete(&i, &r));
}

#[test]
fn staff_have_nothing_to_answer_in_maturity() {
    let i = maturity();
    assert_eq!(section_roles(&i), ["manager", "consultant"]);
    let err = check_asked(&i, Some("staff")).unwrap_err().to_string();
    assert!(
        err.contains("staff") && err.contains("manager, consultant"),
        "{err}"
    );
    assert!(check_asked(&i, Some("Manager")).is_ok());
    assert!(check_asked(&i, None).is_ok());
    // A role outside the instrument's audience is refused too.
    assert!(check_asked(&i, Some("customer")).is_err());
}

#[test]
fn answers_to_sections_of_other_roles_are_found() {
    let i = Instrument::load("gaps").unwrap();
    let manager_only = i
        .sections
        .iter()
        .find(|s| s.audience == ["manager"])
        .unwrap();
    let q = i.questions[manager_only.questions[0]].id.clone();
    let both = i.sections.iter().find(|s| s.id == "estimate").unwrap();
    let ok = i.questions[both.questions[0]].id.clone();
    let r = response(
        Some("staff"),
        &[
            (q.as_str(), Answer::Value(2)),
            (ok.as_str(), Answer::Value(4)),
        ],
    );
    let found = outside(&i, &r);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].question, q);
    assert_eq!(found[0].section, manager_only.id);
    assert_eq!(found[0].roles, ["manager"]);
    // No role: no restriction.
    let anyone = Response {
        role: None,
        ..r.clone()
    };
    assert!(outside(&i, &anyone).is_empty());
}
