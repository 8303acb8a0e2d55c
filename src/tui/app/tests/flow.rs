//! The flow of answering: answers as typed (the 0–10 rule), nothing leaking into the next
//! screen, a note right after an answer, leaving the note editor, the way back after a fix from
//! the review, a typed question number, a click, the report view.

use super::{app, r, step_of};
use crate::tui::app::{Action, App, Editor, Effect, Notice, Overlay, update};
use crate::tui::session::Refusal;

fn type_digits(a: &mut App, digits: &str) {
    for d in digits.bytes() {
        update(a, Action::Digit(d - b'0'));
    }
}

#[test]
fn ten_is_typed_as_one_then_zero_and_nothing_reaches_the_reason_box() {
    let mut a = app("pulse");
    assert_eq!(update(&mut a, Action::Digit(1)), Effect::None);
    assert_eq!(r(&a).pending, Some(1), "1 waits for a second digit");
    assert_eq!(r(&a).cursor, 0);
    assert_eq!(update(&mut a, Action::Digit(0)), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(10));
    assert_eq!(r(&a).cursor, 1);
    assert_eq!(r(&a).pending, None);
    let Editor::Text { input, typing } = &r(&a).editor else {
        panic!("the reason box follows");
    };
    assert_eq!(input.text(), "", "the 0 made 10; it is not in the box");
    assert!(typing);
}

#[test]
fn one_alone_answers_one_after_the_second_or_on_enter_and_esc_takes_it_back() {
    let mut a = app("pulse");
    update(&mut a, Action::Digit(1));
    assert_eq!(update(&mut a, Action::DigitTimeout), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(1));
    assert_eq!(r(&a).cursor, 1);

    let mut a = app("pulse");
    update(&mut a, Action::Digit(1));
    assert_eq!(update(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(1));
    assert_eq!(r(&a).cursor, 1);

    let mut a = app("pulse");
    update(&mut a, Action::Digit(1));
    assert_eq!(update(&mut a, Action::Close), Effect::None);
    assert_eq!(r(&a).pending, None);
    assert!(!r(&a).session.is_answered(0));
    // A timeout with nothing waiting changes nothing.
    assert_eq!(update(&mut a, Action::DigitTimeout), Effect::None);
    assert_eq!(r(&a).cursor, 0);
    // Other digits need no second one.
    assert_eq!(update(&mut a, Action::Digit(7)), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(7));
}

#[test]
fn a_second_digit_off_the_scale_is_refused_and_answers_nothing() {
    let mut a = app("pulse");
    type_digits(&mut a, "15");
    assert_eq!(
        r(&a).notice,
        Some(Notice::Refused(Refusal::OffScale {
            value: 15,
            min: 0,
            max: 10
        }))
    );
    assert!(!r(&a).session.is_answered(0));
    assert_eq!(r(&a).cursor, 0);
}

#[test]
fn another_key_after_a_waiting_digit_answers_it_here_and_acts_here() {
    // `1` then `e`: 1 is the answer, and the note is on this question.
    let mut a = app("pulse");
    update(&mut a, Action::Digit(1));
    assert_eq!(update(&mut a, Action::EditNote), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(1));
    assert_eq!(r(&a).cursor, 0);
    assert!(matches!(&r(&a).overlay, Some(Overlay::Note(e)) if e.step == 0));
    // `1` then `q`: saved and left.
    let mut a = app("pulse");
    update(&mut a, Action::Digit(1));
    assert_eq!(update(&mut a, Action::Quit), Effect::Quit);
    assert_eq!(r(&a).session.point(0), Some(1));
    // `1` then Ctrl-C: kept as typed.
    let mut a = app("pulse");
    update(&mut a, Action::Digit(1));
    assert_eq!(update(&mut a, Action::Interrupt), Effect::Interrupted);
    assert_eq!(r(&a).session.point(0), Some(1));
    assert!(r(&a).changed);
}

/// Typing `keys` on every kind of question puts each digit where it was typed.
#[test]
fn no_keystroke_leaks_into_the_next_screen_for_any_question_type() {
    // Scale 1–5: one digit is one answer.
    let mut a = app("pyramid");
    type_digits(&mut a, "45");
    assert_eq!(r(&a).session.point(0), Some(4));
    assert_eq!(r(&a).session.point(1), Some(5));
    assert_eq!(r(&a).cursor, 2);
    // Rubric 1–5.
    let mut a = app("maturity");
    type_digits(&mut a, "3");
    assert_eq!(r(&a).session.point(0), Some(3));
    assert_eq!(r(&a).cursor, 1);
    // Kano parts 1–5, then importance 1–9.
    let mut a = app("kano");
    type_digits(&mut a, "159");
    assert_eq!(r(&a).session.point(2), Some(9));
    assert_eq!(r(&a).cursor, 3);
    // Pair parts 1–7.
    let mut a = app("servqual");
    type_digits(&mut a, "71");
    assert_eq!(r(&a).session.point(0), Some(7));
    assert_eq!(r(&a).session.point(1), Some(1));
    // Allocation: "10" is typed into the part.
    let mut a = app("servqual");
    let weights = step_of(&a, "weights");
    for _ in 0..weights {
        update(&mut a, Action::Next);
    }
    type_digits(&mut a, "10");
    assert!(matches!(&r(&a).editor, Editor::Allocation { entries, .. } if entries[0] == "10"));
    assert_eq!(r(&a).cursor, weights);
    // Text: "10" is the text.
    let mut a = app("pulse");
    type_digits(&mut a, "10");
    update(&mut a, Action::Insert('1'));
    update(&mut a, Action::Insert('0'));
    assert!(matches!(&r(&a).editor, Editor::Text { input, .. } if input.text() == "10"));
    // N/A reason: "10" is the reason.
    let mut a = app("pyramid");
    update(&mut a, Action::NotApplicable);
    update(&mut a, Action::Insert('1'));
    update(&mut a, Action::Insert('0'));
    update(&mut a, Action::Confirm);
    assert_eq!(r(&a).session.na_reason(0), Some("10"));
    assert_eq!(r(&a).cursor, 1);
}

#[test]
fn a_note_right_after_an_answer_is_on_the_question_just_answered() {
    let mut a = app("pyramid");
    update(&mut a, Action::Digit(4));
    assert_eq!(r(&a).cursor, 1);
    assert!(matches!(
        r(&a).notice,
        Some(Notice::Answered {
            step: 0,
            back: None,
            ..
        })
    ));
    update(&mut a, Action::EditNote);
    assert!(matches!(&r(&a).overlay, Some(Overlay::Note(e)) if e.step == 0));
    for c in "desk closed".chars() {
        update(&mut a, Action::Insert(c));
    }
    update(&mut a, Action::SaveNote);
    assert_eq!(r(&a).session.note(0), Some("desk closed"));
    assert_eq!(r(&a).session.note(1), None);
    // Any other key in between: the note is on the question on screen.
    update(&mut a, Action::Digit(3));
    update(&mut a, Action::Down);
    update(&mut a, Action::EditNote);
    assert!(matches!(&r(&a).overlay, Some(Overlay::Note(e)) if e.step == 2));
    // After the last answer, `e` on the completion screen is on the last question.
    let mut a = app("pulse");
    type_digits(&mut a, "9");
    update(&mut a, Action::Confirm);
    type_digits(&mut a, "56");
    assert!(r(&a).at_end());
    update(&mut a, Action::EditNote);
    assert!(matches!(&r(&a).overlay, Some(Overlay::Note(e)) if e.step == 3));
}

#[test]
fn the_note_editor_asks_before_dropping_changes() {
    let mut a = app("pyramid");
    update(&mut a, Action::EditNote);
    // Nothing typed: Esc just closes.
    assert_eq!(update(&mut a, Action::Close), Effect::None);
    assert_eq!(r(&a).overlay, None);
    update(&mut a, Action::EditNote);
    update(&mut a, Action::Insert('x'));
    assert_eq!(update(&mut a, Action::Close), Effect::None);
    assert!(matches!(&r(&a).overlay, Some(Overlay::Note(e)) if e.confirm));
    // Esc again: back to editing, the text kept.
    update(&mut a, Action::Close);
    assert!(
        matches!(&r(&a).overlay, Some(Overlay::Note(e)) if !e.confirm && e.input.text() == "x")
    );
    // n drops it.
    update(&mut a, Action::Close);
    assert_eq!(update(&mut a, Action::Discard), Effect::None);
    assert_eq!(r(&a).overlay, None);
    assert_eq!(r(&a).session.note(0), None);
    assert_eq!(r(&a).notice, Some(Notice::NoteDiscarded));
    // y saves it.
    update(&mut a, Action::EditNote);
    update(&mut a, Action::Insert('y'));
    update(&mut a, Action::Close);
    assert_eq!(update(&mut a, Action::SaveNote), Effect::Save);
    assert_eq!(r(&a).session.note(0), Some("y"));
    // Ctrl-E asks the event loop for the outside editor, and what it wrote comes back unsaved.
    update(&mut a, Action::EditNote);
    assert_eq!(
        update(&mut a, Action::ExternalEditor),
        Effect::ExternalEditor
    );
    a.runner.as_mut().unwrap().set_note_text("from the editor");
    assert_eq!(update(&mut a, Action::SaveNote), Effect::Save);
    assert_eq!(r(&a).session.note(0), Some("from the editor"));
}

#[test]
fn fixing_an_answer_from_the_review_returns_to_where_you_were() {
    let mut a = app("pyramid");
    type_digits(&mut a, "1234512345");
    assert_eq!(r(&a).cursor, 10);
    update(&mut a, Action::Review);
    update(&mut a, Action::First);
    update(&mut a, Action::Down);
    update(&mut a, Action::Down);
    assert_eq!(update(&mut a, Action::Confirm), Effect::None);
    assert_eq!(r(&a).cursor, 2);
    assert_eq!(update(&mut a, Action::Digit(5)), Effect::Save);
    assert_eq!(r(&a).session.point(2), Some(5));
    assert_eq!(r(&a).cursor, 10, "back where the respondent was");
    assert!(matches!(
        r(&a).notice,
        Some(Notice::Answered {
            step: 2,
            back: Some(10),
            ..
        })
    ));
    // And the note key then is for the question fixed.
    update(&mut a, Action::EditNote);
    assert!(matches!(&r(&a).overlay, Some(Overlay::Note(e)) if e.step == 2));
    update(&mut a, Action::Close);
    // Walking away after the jump forgets where to return.
    update(&mut a, Action::Overview);
    update(&mut a, Action::First);
    update(&mut a, Action::Confirm);
    update(&mut a, Action::Next);
    update(&mut a, Action::Digit(1));
    assert_eq!(r(&a).cursor, 2);
}

#[test]
fn go_to_takes_a_typed_question_number() {
    let mut a = app("pyramid");
    update(&mut a, Action::Overview);
    type_digits(&mut a, "43");
    assert_eq!(
        r(&a).overlay,
        Some(Overlay::Overview {
            selected: 42,
            typed: Some(43)
        })
    );
    update(&mut a, Action::Confirm);
    assert_eq!(r(&a).cursor, 42);
    // Backspace takes a digit back; a number past the end starts again from the last digit.
    update(&mut a, Action::Overview);
    type_digits(&mut a, "43");
    update(&mut a, Action::Backspace);
    assert_eq!(
        r(&a).overlay,
        Some(Overlay::Overview {
            selected: 3,
            typed: Some(4)
        })
    );
    type_digits(&mut a, "9");
    assert_eq!(
        r(&a).overlay,
        Some(Overlay::Overview {
            selected: 8,
            typed: Some(9)
        })
    );
}

#[test]
fn a_click_answers_with_the_option_or_goes_to_the_row() {
    let mut a = app("pyramid");
    assert_eq!(update(&mut a, Action::Choose(2)), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(3));
    update(&mut a, Action::Review);
    update(&mut a, Action::Choose(0));
    assert_eq!(r(&a).cursor, 0);
    assert_eq!(r(&a).overlay, None);
}

#[test]
fn the_report_view_opens_from_the_completion_screen_and_scrolls() {
    let mut a = app("pulse");
    type_digits(&mut a, "9");
    update(&mut a, Action::Confirm);
    type_digits(&mut a, "56");
    assert!(r(&a).at_end());
    update(&mut a, Action::OpenReport);
    let view = r(&a).report.as_ref().expect("the report is shown");
    assert!(!view.from_home);
    view.max_scroll.set(5);
    update(&mut a, Action::Last);
    assert_eq!(r(&a).report.as_ref().unwrap().scroll, 5);
    update(&mut a, Action::Down);
    assert_eq!(r(&a).report.as_ref().unwrap().scroll, 5);
    update(&mut a, Action::Up);
    assert_eq!(r(&a).report.as_ref().unwrap().scroll, 4);
    assert_eq!(update(&mut a, Action::WriteHtml), Effect::WriteHtml);
    assert_eq!(update(&mut a, Action::Close), Effect::None);
    assert!(r(&a).report.is_none());
    assert!(r(&a).at_end());
}
