//! Unit tests of [`super::Session`]: answers of every kind, notes, completion.

use super::*;
use crate::instrument::Instrument;

fn session(id: &str) -> Session {
    let instrument = Instrument::load(id).expect("built-in");
    Session::new(
        instrument,
        PathBuf::from("/nonexistent/x.yaml"),
        &Respondent {
            name: Some("li.wei".into()),
            role: Some("manager".into()),
            org: None,
        },
        "2026-01-01T00:00:00Z".into(),
    )
}

#[test]
fn kano_steps_fill_one_answer_part_by_part() {
    let mut s = session("kano");
    s.answer_point(0, 1).unwrap();
    assert!(s.is_answered(0) && !s.is_answered(1));
    s.answer_point(1, 5).unwrap();
    s.answer_point(2, 7).unwrap();
    assert_eq!(
        s.response().answers["online_tracking"],
        Answer::Kano {
            functional: Some(KanoWord::Like),
            dysfunctional: Some(KanoWord::Dislike),
            importance: Some(7)
        }
    );
    assert_eq!(s.point(1), Some(5));
    assert_eq!(
        s.answer_point(2, 10),
        Err(Refusal::OffScale {
            value: 10,
            min: 1,
            max: 9
        })
    );
    assert_eq!(s.answer_na(0, None), Err(Refusal::NaNotAllowed));
}

#[test]
fn pair_parts_keep_question_order_whatever_the_answer_order() {
    let mut s = session("servqual");
    let perceived = s
        .steps
        .iter()
        .position(|st| st.question == s.steps[0].question && st.part == Some(1))
        .unwrap();
    s.answer_point(perceived, 5).unwrap();
    s.answer_point(0, 7).unwrap();
    let yaml = crate::response::answer_yaml(&s.response().answers["tangibles.1"], false);
    assert_eq!(yaml, "{expected: 7, perceived: 5}");
    s.answer_na(0, Some("ignored".into())).unwrap();
    let yaml = crate::response::answer_yaml(&s.response().answers["tangibles.1"], false);
    assert_eq!(yaml, "{expected: na, perceived: 5}");
    assert!(s.is_na(0) && !s.is_na(perceived));
}

#[test]
fn allocation_must_reach_its_total() {
    let mut s = session("servqual");
    let i = s
        .steps
        .iter()
        .position(|st| s.instrument.questions[st.question].id == "weights")
        .unwrap();
    assert_eq!(
        s.answer_allocation(i, &[10.0, 40.0, 20.0, 20.0, 0.0]),
        Err(Refusal::AllocationSum {
            sum: 90.0,
            total: 100.0
        })
    );
    assert!(matches!(
        s.answer_allocation(i, &[50.0, 50.0]),
        Err(Refusal::AllocationCount { given: 2, parts: 5 })
    ));
    s.answer_allocation(i, &[10.0, 40.0, 20.0, 20.0, 10.0])
        .unwrap();
    assert_eq!(
        s.allocation(i).unwrap(),
        vec![Some(10.0), Some(40.0), Some(20.0), Some(20.0), Some(10.0)]
    );
}

#[test]
fn complete_is_set_when_the_last_step_is_answered() {
    let mut s = session("pulse");
    for i in 0..s.steps.len() {
        assert!(!s.response().complete);
        if s.scale(i).is_some() {
            s.answer_point(i, 4).unwrap();
        } else {
            assert!(s.answer_text(i, "  quick  "));
            assert_eq!(s.text(i), Some("quick"));
        }
    }
    assert!(s.response().complete);
    s.finish("2026-01-02T00:00:00Z".into());
    assert_eq!(
        s.response().updated.as_deref(),
        Some("2026-01-02T00:00:00Z")
    );
}

#[test]
fn notes_are_set_replaced_and_removed() {
    let mut s = session("pyramid");
    assert!(s.set_note(0, "desk answers\nwithin a day\n"));
    assert_eq!(s.note(0), Some("desk answers\nwithin a day"));
    assert!(!s.set_note(0, "desk answers\nwithin a day"));
    assert!(s.set_note(0, "  "));
    assert_eq!(s.note(0), None);
}
