//! Unit tests of the runner's state changes: feed actions, check the state and the effect.

use std::path::PathBuf;

use super::*;
use crate::instrument::Instrument;
use crate::response::{Answer, KanoWord};
use crate::tui::session::Respondent;

fn app(id: &str) -> App {
    let session = Session::new(
        Instrument::load(id).unwrap(),
        PathBuf::from("/nonexistent/r.yaml"),
        &Respondent::default(),
        "2026-01-01T00:00:00Z".into(),
    );
    App::runner(session, Lang::En)
}

fn r(app: &App) -> &Runner {
    app.runner.as_ref().unwrap()
}

fn step_of(app: &App, id: &str) -> usize {
    let s = &r(app).session;
    s.steps
        .iter()
        .position(|st| s.instrument.questions[st.question].id == id)
        .unwrap()
}

#[test]
fn a_digit_answers_saves_and_moves_on() {
    let mut a = app("pyramid");
    assert_eq!(update(&mut a, Action::Digit(4)), Effect::Save);
    assert_eq!(r(&a).cursor, 1);
    assert_eq!(r(&a).session.point(0), Some(4));
    assert!(r(&a).changed);
}

#[test]
fn a_digit_off_the_scale_is_refused_with_the_reason() {
    let mut a = app("pyramid");
    assert_eq!(update(&mut a, Action::Digit(7)), Effect::None);
    assert_eq!(r(&a).cursor, 0);
    assert_eq!(
        r(&a).notice,
        Some(Notice::Refused(Refusal::OffScale {
            value: 7,
            min: 1,
            max: 5
        }))
    );
    // The notice goes with the next key.
    update(&mut a, Action::Down);
    assert_eq!(r(&a).notice, None);
}

#[test]
fn nothing_is_highlighted_until_an_arrow_is_pressed() {
    let mut a = app("pyramid");
    assert_eq!(r(&a).editor, Editor::Choice { highlight: None });
    assert_eq!(update(&mut a, Action::Confirm), Effect::None);
    assert_eq!(r(&a).notice, Some(Notice::ChooseFirst));
    update(&mut a, Action::Down);
    update(&mut a, Action::Down);
    assert_eq!(r(&a).editor, Editor::Choice { highlight: Some(1) });
    assert_eq!(update(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(2));
    // Back on an answered step the highlight starts from the answer.
    update(&mut a, Action::Prev);
    assert_eq!(r(&a).editor, Editor::Choice { highlight: None });
    update(&mut a, Action::Down);
    assert_eq!(r(&a).editor, Editor::Choice { highlight: Some(1) });
    // Enter on an answered step with nothing moved keeps the answer and goes on.
    update(&mut a, Action::Prev);
    update(&mut a, Action::Next);
    update(&mut a, Action::Prev);
    assert_eq!(update(&mut a, Action::Confirm), Effect::None);
    assert_eq!(r(&a).cursor, 1);
}

#[test]
fn ten_on_a_zero_to_ten_scale_is_reached_by_highlight() {
    let mut a = app("pulse");
    update(&mut a, Action::Up);
    assert_eq!(
        r(&a).editor,
        Editor::Choice {
            highlight: Some(10)
        }
    );
    assert_eq!(update(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(10));
    update(&mut a, Action::Prev);
    update(&mut a, Action::Close);
    update(&mut a, Action::Prev);
    assert_eq!(update(&mut a, Action::Digit(0)), Effect::Save);
    assert_eq!(r(&a).session.point(0), Some(0));
}

#[test]
fn prev_and_next_walk_the_steps_without_answering() {
    let mut a = app("pyramid");
    assert_eq!(update(&mut a, Action::Prev), Effect::None);
    assert_eq!(r(&a).cursor, 0);
    assert_eq!(update(&mut a, Action::Next), Effect::None);
    assert_eq!(update(&mut a, Action::Next), Effect::None);
    assert_eq!(r(&a).cursor, 2);
    assert_eq!(r(&a).session.answered_count(), 0);
    assert!(!r(&a).changed);
}

#[test]
fn not_applicable_asks_a_reason_that_can_be_skipped_or_cancelled() {
    let mut a = app("pyramid");
    update(&mut a, Action::NotApplicable);
    assert!(matches!(r(&a).overlay, Some(Overlay::NaReason(_))));
    update(&mut a, Action::Close);
    assert_eq!(r(&a).overlay, None);
    assert!(!r(&a).session.is_answered(0));
    update(&mut a, Action::NotApplicable);
    for c in "no desk".chars() {
        update(&mut a, Action::Insert(c));
    }
    assert_eq!(update(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(r(&a).session.na_reason(0), Some("no desk"));
    assert_eq!(r(&a).cursor, 1);
    update(&mut a, Action::NotApplicable);
    assert_eq!(update(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(
        r(&a).session.response().answers["respect.2"],
        Answer::Na(None)
    );
}

#[test]
fn not_applicable_is_refused_where_the_instrument_forbids_it() {
    let mut a = app("kano");
    assert_eq!(update(&mut a, Action::NotApplicable), Effect::None);
    assert_eq!(r(&a).overlay, None);
    assert_eq!(r(&a).notice, Some(Notice::Refused(Refusal::NaNotAllowed)));
}

#[test]
fn a_pair_part_is_not_applicable_at_once() {
    let mut a = app("servqual");
    assert_eq!(update(&mut a, Action::NotApplicable), Effect::Save);
    assert!(r(&a).session.is_na(0));
    assert_eq!(r(&a).cursor, 1);
}

#[test]
fn kano_asks_functional_then_dysfunctional_then_importance() {
    let mut a = app("kano");
    update(&mut a, Action::Digit(1));
    update(&mut a, Action::Digit(5));
    assert_eq!(update(&mut a, Action::Digit(9)), Effect::Save);
    assert_eq!(
        r(&a).session.response().answers["online_tracking"],
        Answer::Kano {
            functional: Some(KanoWord::Like),
            dysfunctional: Some(KanoWord::Dislike),
            importance: Some(9)
        }
    );
    assert_eq!(r(&a).cursor, 3);
}

#[test]
fn notes_are_edited_saved_and_removed() {
    let mut a = app("pyramid");
    update(&mut a, Action::EditNote);
    for c in "line one".chars() {
        update(&mut a, Action::Insert(c));
    }
    update(&mut a, Action::NewLine);
    update(&mut a, Action::Insert('2'));
    assert_eq!(update(&mut a, Action::SaveNote), Effect::Save);
    assert_eq!(r(&a).session.note(0), Some("line one\n2"));
    assert_eq!(r(&a).notice, Some(Notice::NoteSaved));
    assert_eq!(r(&a).cursor, 0, "a note does not move on");
    // Ctrl-U empties it at once; saving an empty note removes it.
    update(&mut a, Action::EditNote);
    update(&mut a, Action::ClearText);
    assert_eq!(update(&mut a, Action::SaveNote), Effect::Save);
    assert_eq!(r(&a).session.note(0), None);
    assert_eq!(r(&a).notice, Some(Notice::NoteRemoved));
    // Keys that are commands elsewhere are letters in the editor.
    update(&mut a, Action::EditNote);
    update(&mut a, Action::Insert('q'));
    assert!(matches!(r(&a).overlay, Some(Overlay::Note(_))));
}

#[test]
fn overview_and_review_jump_to_the_selected_step() {
    let mut a = app("pyramid");
    update(&mut a, Action::Overview);
    assert_eq!(
        r(&a).overlay,
        Some(Overlay::Overview {
            selected: 0,
            typed: None
        })
    );
    update(&mut a, Action::PageDown);
    update(&mut a, Action::Down);
    assert_eq!(update(&mut a, Action::Confirm), Effect::None);
    assert_eq!(r(&a).cursor, 11);
    assert_eq!(r(&a).overlay, None);
    update(&mut a, Action::Review);
    update(&mut a, Action::First);
    update(&mut a, Action::Confirm);
    assert_eq!(r(&a).cursor, 0);
    update(&mut a, Action::Review);
    update(&mut a, Action::Close);
    assert_eq!(r(&a).overlay, None);
    assert_eq!(r(&a).cursor, 0);
}

#[test]
fn help_opens_and_closes_and_scrolls() {
    let mut a = app("pyramid");
    update(&mut a, Action::Help);
    update(&mut a, Action::Down);
    assert_eq!(r(&a).overlay, Some(Overlay::Help { scroll: 1 }));
    assert_eq!(
        update(&mut a, Action::Quit),
        Effect::None,
        "q closes the help"
    );
    assert_eq!(r(&a).overlay, None);
}

#[test]
fn quit_and_interrupt_are_effects_from_anywhere() {
    let mut a = app("pyramid");
    assert_eq!(update(&mut a, Action::Quit), Effect::Quit);
    update(&mut a, Action::EditNote);
    assert_eq!(update(&mut a, Action::Interrupt), Effect::Interrupted);
}

#[test]
fn the_allocation_editor_refuses_a_wrong_total_and_says_why() {
    let mut a = app("servqual");
    let i = step_of(&a, "weights");
    // Walked to, not jumped to: answering it moves on to the next step.
    for _ in 0..i {
        update(&mut a, Action::Next);
    }
    for (k, digits) in ["10", "40", "20", "20", "15"].iter().enumerate() {
        if k > 0 {
            update(&mut a, Action::Down);
        }
        for d in digits.bytes() {
            update(&mut a, Action::Digit(d - b'0'));
        }
    }
    assert_eq!(update(&mut a, Action::Confirm), Effect::None);
    assert_eq!(
        r(&a).notice,
        Some(Notice::Refused(Refusal::AllocationSum {
            sum: 105.0,
            total: 100.0
        }))
    );
    update(&mut a, Action::Backspace);
    update(&mut a, Action::Backspace);
    update(&mut a, Action::Digit(1));
    update(&mut a, Action::Digit(0));
    assert_eq!(update(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(r(&a).cursor, i + 1);
    // Coming back shows the saved points.
    update(&mut a, Action::Prev);
    assert_eq!(
        r(&a).editor,
        Editor::Allocation {
            selected: 0,
            entries: ["10", "40", "20", "20", "10"].map(String::from).to_vec()
        }
    );
}

#[test]
fn text_answers_take_every_letter_until_enter_or_esc() {
    let mut a = app("pulse");
    update(&mut a, Action::Digit(9));
    for c in "quick".chars() {
        assert_eq!(update(&mut a, Action::Insert(c)), Effect::None);
    }
    assert_eq!(update(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(r(&a).session.text(1), Some("quick"));
    update(&mut a, Action::Prev);
    assert!(matches!(r(&a).editor, Editor::Text { typing: true, .. }));
    update(&mut a, Action::Close);
    assert!(matches!(r(&a).editor, Editor::Text { typing: false, .. }));
    assert_eq!(update(&mut a, Action::Quit), Effect::Quit);
    // Enter with the text unchanged moves on without writing.
    update(&mut a, Action::Confirm);
    assert_eq!(update(&mut a, Action::Confirm), Effect::None);
    assert_eq!(r(&a).cursor, 2);
}

#[test]
fn the_end_of_the_steps_finishes_and_offers_the_unanswered() {
    let mut a = app("pulse");
    update(&mut a, Action::Digit(9));
    update(&mut a, Action::Close);
    update(&mut a, Action::Next);
    update(&mut a, Action::Next);
    assert_eq!(update(&mut a, Action::Digit(6)), Effect::Finish);
    assert!(r(&a).at_end());
    assert!(r(&a).summary.is_some());
    assert!(!r(&a).session.response().complete);
    update(&mut a, Action::Overview);
    assert_eq!(
        r(&a).overlay,
        Some(Overlay::Overview {
            selected: 1,
            typed: None
        })
    );
    update(&mut a, Action::Close);
    assert_eq!(update(&mut a, Action::Prev), Effect::None);
    assert_eq!(r(&a).cursor, 3);
    assert_eq!(update(&mut a, Action::Next), Effect::Finish);
}

mod evidence;
mod flow;
