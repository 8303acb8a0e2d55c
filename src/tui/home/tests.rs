//! The new-assessment form: what it starts.

use super::*;

fn home() -> Home {
    let pulse = InstrumentEntry {
        id: "pulse".into(),
        title: Text::new("Pulse", "脉搏"),
        description: None,
        questions: 4,
    };
    Home::new(vec![pulse], &[], Vec::new(), "/data/sessions".into())
}

fn type_in(home: &mut Home, text: &str) {
    for c in text.chars() {
        home.update(Action::Insert(c));
    }
}

/// The form filled in: name, then Tab to period and date.
fn filled(period: &str, date: &str) -> Home {
    let mut h = home();
    h.update(Action::Confirm);
    type_in(&mut h, "li.wei");
    for _ in 0..3 {
        h.update(Action::NextField);
    }
    assert_eq!(h.form.as_ref().map(|f| f.field), Some(Field::Period));
    type_in(&mut h, period);
    h.update(Action::NextField);
    type_in(&mut h, date);
    h
}

#[test]
fn the_form_starts_the_session_with_its_period_and_date() {
    let mut h = filled("2026-Q4", "2026-11-20");
    match h.update(Action::Confirm) {
        Effect::Start {
            instrument,
            who,
            period,
            date,
        } => {
            assert_eq!(instrument, "pulse");
            assert_eq!(who.name.as_deref(), Some("li.wei"));
            assert_eq!(period.as_deref(), Some("2026-Q4"));
            assert_eq!(date.as_deref(), Some("2026-11-20"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn period_and_date_are_optional_and_a_date_must_be_one() {
    let mut h = filled("", "");
    assert!(matches!(
        h.update(Action::Confirm),
        Effect::Start {
            period: None,
            date: None,
            ..
        }
    ));
    let mut h = filled("2026-Q4", "20/11/2026");
    assert!(matches!(h.update(Action::Confirm), Effect::None));
    assert_eq!(h.notice, Some(Notice::BadDate));
    let form = h.form.as_ref().expect("the form stays open");
    assert_eq!(form.field, Field::Date);
    let mut h = filled("2026-Q4", "2026-02-30");
    assert!(matches!(h.update(Action::Confirm), Effect::None));
}
