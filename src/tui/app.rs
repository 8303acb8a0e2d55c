//! The runner's state and the one place it changes: every user intent is an [`Action`], and
//! [`update`] applies it and returns the [`Effect`] the event loop must carry out (write the
//! file, leave, open a session) before the next frame is drawn. This is The Elm Architecture as
//! in television: `input` maps keys to actions, `update` changes state, `view` draws it. Nothing
//! here touches the terminal or the disk, so every key can be tested by feeding actions.

use std::path::PathBuf;

mod typed;

use super::home::Home;
use super::session::{Refusal, Respondent, Session};
use super::text_input::TextInput;
use crate::instrument::QuestionKind;
use crate::instrument::kano_study::StudyError;
use crate::lang::Lang;

/// Everything a user can ask for, whatever the key that asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A digit: answer with that scale point, or type it into an allocation.
    Digit(u8),
    /// Go to the previous step.
    Prev,
    /// Go to the next step (answered or not).
    Next,
    /// Move the highlight, selection or scroll position up.
    Up,
    /// Move the highlight, selection or scroll position down.
    Down,
    /// Move a list up by a page.
    PageUp,
    /// Move a list down by a page.
    PageDown,
    /// Move to the top of a list.
    First,
    /// Move to the bottom of a list.
    Last,
    /// Confirm: answer with the highlighted option, accept an allocation, save a text, open an
    /// entry.
    Confirm,
    /// Answer "not applicable" (asking for an optional reason).
    NotApplicable,
    /// Open the note editor for the current question.
    EditNote,
    /// Open the overview of all questions by section, to jump to one.
    Overview,
    /// Open the review of all answers.
    Review,
    /// Open the help overlay listing every key.
    Help,
    /// Close the open dialog, list or overlay; stop typing.
    Close,
    /// Save the note being edited and close the editor.
    SaveNote,
    /// Save and leave (exit 0, or back to the home screen).
    Quit,
    /// Ctrl-C or a termination signal: save and leave with exit code 130.
    Interrupt,
    /// Type a character into the focused input.
    Insert(char),
    /// Start a new line in a multi-line input.
    NewLine,
    /// Delete the character before the cursor (or the last digit typed).
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Move the text cursor left.
    CursorLeft,
    /// Move the text cursor right.
    CursorRight,
    /// Move the text cursor to the line above.
    CursorUp,
    /// Move the text cursor to the line below.
    CursorDown,
    /// Move the text cursor to the start of the line.
    CursorHome,
    /// Move the text cursor to the end of the line.
    CursorEnd,
    /// Go to the next field of a form.
    NextField,
    /// Go to the previous field of a form.
    PrevField,
    /// The terminal was resized: draw again, change nothing.
    Redraw,
    /// Open the Kano study builder (home screen).
    NewStudy,
    /// Save the Kano study being built as an instrument file.
    SaveStudy,
    /// Remove the selected entry of a list being built (a feature of a new study).
    Remove,
}

/// What the event loop must do after an update, before drawing again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing outside the state changed.
    None,
    /// An answer or a note changed: write the results file now.
    Save,
    /// The end of the steps was reached: stamp `updated`, then write the file.
    Finish,
    /// Leave the runner: stamp `updated`, write, then exit 0 (or return to the home screen).
    Quit,
    /// Ctrl-C: stamp `updated`, write, then exit 130.
    Interrupted,
    /// Start a new session of a built-in instrument (from the home screen).
    Start {
        /// The instrument id.
        instrument: String,
        /// Who answers.
        who: Respondent,
    },
    /// Open a saved session (from the home screen).
    Open(PathBuf),
    /// Write a new instrument made in the Kano study builder, then load it back to prove it.
    SaveStudy {
        /// The study id, which names the file.
        id: String,
        /// The instrument file's text.
        yaml: String,
    },
}

/// A short message on the message line, explaining a refusal or confirming something unseen.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// An answer was refused, and why.
    Refused(Refusal),
    /// Enter with nothing highlighted on an unanswered step.
    ChooseFirst,
    /// A digit on a step that takes none.
    NoDigits,
    /// The note was saved.
    NoteSaved,
    /// The note was removed.
    NoteRemoved,
    /// The home form was confirmed without a name.
    NeedName,
    /// A session could not be opened or started.
    OpenFailed(String),
    /// The Kano study cannot be made as it is, and why.
    Study(StudyError),
    /// The feature typed is already in the study.
    DuplicateFeature(String),
    /// The study could not be saved, and why.
    SaveFailed(String),
}

/// One choosable option of a scale step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// A scale point.
    Point(i32),
    /// Not applicable.
    Na,
}

/// The input state of the step on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Editor {
    /// Choosing one option of a scale. Nothing is highlighted until ↑/↓ is pressed, so no
    /// answer is suggested.
    Choice {
        /// Index into [`Runner::choices`].
        highlight: Option<usize>,
    },
    /// Splitting points over parts.
    Allocation {
        /// The part being typed into.
        selected: usize,
        /// The digits typed for each part (empty = 0).
        entries: Vec<String>,
    },
    /// A text answer.
    Text {
        /// The text.
        input: TextInput,
        /// Whether keys go into the text (else they are commands).
        typing: bool,
    },
    /// The completion screen.
    Complete {
        /// Lines scrolled in the summary.
        scroll: u16,
    },
}

/// A dialog or list over the question screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Asking the optional reason for "not applicable".
    NaReason(TextInput),
    /// Editing the note on the current question.
    Note(TextInput),
    /// All steps by section; Enter jumps to the selected one.
    Overview {
        /// The selected step.
        selected: usize,
    },
    /// All answers; Enter jumps to the selected step.
    Review {
        /// The selected step.
        selected: usize,
    },
    /// Every key.
    Help {
        /// Lines scrolled.
        scroll: u16,
    },
}

/// The full-screen runner: one session, the step on screen and its input state.
#[derive(Debug, Clone)]
pub struct Runner {
    /// The session answered.
    pub session: Session,
    /// Display language.
    pub lang: Lang,
    /// The step on screen; `steps.len()` is the completion screen.
    pub cursor: usize,
    /// The input state of that step.
    pub editor: Editor,
    /// The dialog or list on top, if any.
    pub overlay: Option<Overlay>,
    /// The message line.
    pub notice: Option<Notice>,
    /// The scored summary, computed when the completion screen is reached.
    pub summary: Option<String>,
    /// Whether an answer or a note changed in this sitting (only then is `updated` stamped, so
    /// opening a finished file to read its summary leaves it as it was).
    pub changed: bool,
}

/// The whole application: the home screen, the runner, or the runner started from the home
/// screen (leaving it goes back home).
#[derive(Debug, Clone)]
pub struct App {
    /// Display language.
    pub lang: Lang,
    /// The home screen, when the app was started without a command.
    pub home: Option<Home>,
    /// The runner, while a session is open.
    pub runner: Option<Runner>,
}

impl App {
    /// An app that runs one session (`cxassess run`).
    pub fn runner(session: Session, lang: Lang) -> App {
        App {
            lang,
            home: None,
            runner: Some(Runner::new(session, lang)),
        }
    }

    /// An app that starts on the home screen.
    pub fn home(home: Home, lang: Lang) -> App {
        App {
            lang,
            home: Some(home),
            runner: None,
        }
    }
}

/// Applies `action` to `app` and says what must happen outside it.
pub fn update(app: &mut App, action: Action) -> Effect {
    match action {
        Action::Interrupt => {
            if let Some(runner) = app.runner.as_mut() {
                runner.keep_typed();
            }
            return Effect::Interrupted;
        }
        Action::Redraw => return Effect::None,
        _ => {}
    }
    if let Some(runner) = app.runner.as_mut() {
        runner.update(action)
    } else if let Some(home) = app.home.as_mut() {
        home.update(action)
    } else {
        Effect::None
    }
}

impl Runner {
    /// A runner on `session`, at its first unanswered step (or the completion screen).
    pub fn new(session: Session, lang: Lang) -> Runner {
        let cursor = session.resume_step();
        let mut runner = Runner {
            editor: Editor::Complete { scroll: 0 },
            session,
            lang,
            cursor,
            overlay: None,
            notice: None,
            summary: None,
            changed: false,
        };
        runner.enter(cursor);
        runner
    }

    /// Whether the completion screen is shown.
    pub fn at_end(&self) -> bool {
        self.cursor >= self.session.steps.len()
    }

    /// The options of scale step `i`: its points, then N/A when allowed.
    pub fn choices(&self, i: usize) -> Vec<Choice> {
        let Some(scale) = self.session.scale(i) else {
            return Vec::new();
        };
        let mut out: Vec<Choice> = (scale.min..=scale.max).map(Choice::Point).collect();
        if self.session.question(i).allow_na {
            out.push(Choice::Na);
        }
        out
    }

    /// The option step `i` is answered with, if any.
    pub fn answered_choice(&self, i: usize) -> Option<Choice> {
        if self.session.is_na(i) {
            Some(Choice::Na)
        } else {
            self.session.point(i).map(Choice::Point)
        }
    }

    /// Shows step `to` (or the completion screen) with a fresh editor.
    fn enter(&mut self, to: usize) {
        let len = self.session.steps.len();
        self.cursor = to.min(len);
        self.overlay = None;
        if self.at_end() {
            self.editor = Editor::Complete { scroll: 0 };
            self.summary = Some(crate::report::summary_text(
                &self.session.instrument,
                std::slice::from_ref(self.session.response()),
                self.lang,
            ));
            return;
        }
        let i = self.cursor;
        self.editor = match &self.session.question(i).kind {
            QuestionKind::Allocation { parts, .. } => {
                let values = self.session.allocation(i);
                Editor::Allocation {
                    selected: 0,
                    entries: (0..parts.len())
                        .map(|p| {
                            values
                                .as_ref()
                                .and_then(|v| v[p])
                                .map(crate::response::number)
                                .unwrap_or_default()
                        })
                        .collect(),
                }
            }
            QuestionKind::Text => Editor::Text {
                input: TextInput::line(self.session.text(i).unwrap_or_default()),
                typing: !self.session.is_na(i),
            },
            _ => Editor::Choice { highlight: None },
        };
    }

    /// Goes to step `to`; reaching the end finishes the sitting. `saved` says whether an answer
    /// changed on the way, so the file must be written.
    fn go(&mut self, to: usize, saved: bool) -> Effect {
        self.changed |= saved;
        self.enter(to);
        if self.at_end() {
            Effect::Finish
        } else if saved {
            Effect::Save
        } else {
            Effect::None
        }
    }

    fn advance(&mut self, saved: bool) -> Effect {
        self.go(self.cursor + 1, saved)
    }

    fn refused(&mut self, refusal: Refusal) -> Effect {
        self.notice = Some(Notice::Refused(refusal));
        Effect::None
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) -> Effect {
        self.notice = None;
        if let Some(overlay) = self.overlay.take() {
            return self.update_overlay(overlay, action);
        }
        if let Some(effect) = self.update_editor(action) {
            return effect;
        }
        let i = self.cursor;
        match action {
            Action::Prev => {
                if i > 0 {
                    self.go(i - 1, false)
                } else {
                    Effect::None
                }
            }
            Action::Next | Action::PageDown if !self.at_end() => self.go(i + 1, false),
            Action::PageUp if i > 0 => self.go(i - 1, false),
            Action::NotApplicable if !self.at_end() => self.not_applicable(),
            Action::EditNote if !self.at_end() => {
                self.overlay = Some(Overlay::Note(TextInput::multiline(
                    self.session.note(i).unwrap_or_default(),
                )));
                Effect::None
            }
            Action::Overview => {
                let selected = if self.at_end() {
                    self.session.first_unanswered().unwrap_or(0)
                } else {
                    i
                };
                self.overlay = Some(Overlay::Overview { selected });
                Effect::None
            }
            Action::Review => {
                self.overlay = Some(Overlay::Review {
                    selected: i.min(self.session.steps.len().saturating_sub(1)),
                });
                Effect::None
            }
            Action::Help => {
                self.overlay = Some(Overlay::Help { scroll: 0 });
                Effect::None
            }
            Action::Quit => Effect::Quit,
            Action::Digit(_) if !self.at_end() => {
                self.notice = Some(Notice::NoDigits);
                Effect::None
            }
            _ => Effect::None,
        }
    }

    fn not_applicable(&mut self) -> Effect {
        let i = self.cursor;
        if !self.session.question(i).allow_na {
            return self.refused(Refusal::NaNotAllowed);
        }
        if self.session.na_takes_reason(i) {
            self.overlay = Some(Overlay::NaReason(TextInput::line(
                self.session.na_reason(i).unwrap_or_default(),
            )));
            Effect::None
        } else {
            match self.session.answer_na(i, None) {
                Ok(()) => self.advance(true),
                Err(r) => self.refused(r),
            }
        }
    }

    /// Keys the step's own editor takes; `None` lets the common keys handle the action.
    fn update_editor(&mut self, action: Action) -> Option<Effect> {
        let i = self.cursor;
        match &mut self.editor {
            Editor::Choice { highlight } => {
                let highlight = *highlight;
                let count = self.choices(i).len();
                match action {
                    Action::Digit(d) => Some(match self.session.answer_point(i, i32::from(d)) {
                        Ok(()) => self.advance(true),
                        Err(r) => self.refused(r),
                    }),
                    Action::Up | Action::Down => {
                        let start = self
                            .answered_choice(i)
                            .and_then(|c| self.choices(i).iter().position(|x| *x == c));
                        let moved = match (highlight, action) {
                            (Some(h), Action::Up) => h.saturating_sub(1),
                            (Some(h), _) => (h + 1).min(count.saturating_sub(1)),
                            (None, _) if start.is_some() => start.unwrap_or(0),
                            (None, Action::Up) => count.saturating_sub(1),
                            (None, _) => 0,
                        };
                        self.editor = Editor::Choice {
                            highlight: Some(moved),
                        };
                        Some(Effect::None)
                    }
                    Action::Confirm => {
                        let chosen = highlight.and_then(|h| self.choices(i).get(h).copied());
                        Some(match chosen {
                            Some(Choice::Point(v)) => match self.session.answer_point(i, v) {
                                Ok(()) => self.advance(true),
                                Err(r) => self.refused(r),
                            },
                            Some(Choice::Na) => self.not_applicable(),
                            None if self.session.is_answered(i) => self.advance(false),
                            None => {
                                self.notice = Some(Notice::ChooseFirst);
                                Effect::None
                            }
                        })
                    }
                    _ => None,
                }
            }
            Editor::Allocation { selected, entries } => match action {
                Action::Digit(d) => {
                    let entry = &mut entries[*selected];
                    if entry == "0" {
                        entry.clear();
                    }
                    if entry.len() < 6 {
                        entry.push(char::from(b'0' + d));
                    }
                    Some(Effect::None)
                }
                Action::Backspace => {
                    entries[*selected].pop();
                    Some(Effect::None)
                }
                Action::Up => {
                    *selected = selected.saturating_sub(1);
                    Some(Effect::None)
                }
                Action::Down => {
                    *selected = (*selected + 1).min(entries.len().saturating_sub(1));
                    Some(Effect::None)
                }
                Action::Confirm => {
                    let values: Vec<f64> = entries
                        .iter()
                        .map(|e| e.parse::<f64>().unwrap_or(0.0))
                        .collect();
                    Some(match self.session.answer_allocation(i, &values) {
                        Ok(()) => self.advance(true),
                        Err(r) => self.refused(r),
                    })
                }
                _ => None,
            },
            Editor::Text { input, typing } if *typing => {
                match action {
                    Action::Insert(c) => input.insert(c),
                    Action::Backspace => input.backspace(),
                    Action::Delete => input.delete(),
                    Action::CursorLeft => input.left(),
                    Action::CursorRight => input.right(),
                    Action::CursorHome => input.home(),
                    Action::CursorEnd => input.end(),
                    Action::Close => *typing = false,
                    Action::Confirm => {
                        let text = input.text().to_string();
                        let changed = self.session.answer_text(i, &text);
                        return Some(self.advance(changed));
                    }
                    _ => return None,
                }
                Some(Effect::None)
            }
            Editor::Text { typing, .. } => match action {
                Action::Confirm => {
                    *typing = true;
                    Some(Effect::None)
                }
                _ => None,
            },
            Editor::Complete { scroll } => match action {
                Action::Up => {
                    *scroll = scroll.saturating_sub(1);
                    Some(Effect::None)
                }
                Action::Down => {
                    *scroll = scroll.saturating_add(1);
                    Some(Effect::None)
                }
                _ => None,
            },
        }
    }

    fn update_overlay(&mut self, overlay: Overlay, action: Action) -> Effect {
        let last = self.session.steps.len().saturating_sub(1);
        let move_in_list = |selected: usize| -> Option<usize> {
            match action {
                Action::Up => Some(selected.saturating_sub(1)),
                Action::Down => Some((selected + 1).min(last)),
                Action::PageUp => Some(selected.saturating_sub(10)),
                Action::PageDown => Some((selected + 10).min(last)),
                Action::First => Some(0),
                Action::Last => Some(last),
                _ => None,
            }
        };
        match overlay {
            Overlay::Help { scroll } => {
                self.overlay = match action {
                    Action::Up => Some(Overlay::Help {
                        scroll: scroll.saturating_sub(1),
                    }),
                    Action::Down => Some(Overlay::Help {
                        scroll: scroll.saturating_add(1),
                    }),
                    Action::PageUp => Some(Overlay::Help {
                        scroll: scroll.saturating_sub(10),
                    }),
                    Action::PageDown => Some(Overlay::Help {
                        scroll: scroll.saturating_add(10),
                    }),
                    Action::Close | Action::Help | Action::Quit => None,
                    _ => Some(Overlay::Help { scroll }),
                };
                Effect::None
            }
            Overlay::Overview { selected } | Overlay::Review { selected } => {
                let is_overview = matches!(overlay, Overlay::Overview { .. });
                let rebuild = |selected| {
                    if is_overview {
                        Overlay::Overview { selected }
                    } else {
                        Overlay::Review { selected }
                    }
                };
                if let Some(s) = move_in_list(selected) {
                    self.overlay = Some(rebuild(s));
                    return Effect::None;
                }
                match action {
                    Action::Confirm => self.go(selected, false),
                    Action::Close | Action::Quit => Effect::None,
                    Action::Overview if is_overview => Effect::None,
                    Action::Review if !is_overview => Effect::None,
                    Action::Overview => {
                        self.overlay = Some(Overlay::Overview { selected });
                        Effect::None
                    }
                    Action::Review => {
                        self.overlay = Some(Overlay::Review { selected });
                        Effect::None
                    }
                    Action::Help => {
                        self.overlay = Some(Overlay::Help { scroll: 0 });
                        Effect::None
                    }
                    _ => {
                        self.overlay = Some(rebuild(selected));
                        Effect::None
                    }
                }
            }
            Overlay::NaReason(mut input) => match action {
                Action::Confirm => {
                    let reason = Some(input.text().to_string());
                    match self.session.answer_na(self.cursor, reason) {
                        Ok(()) => self.advance(true),
                        Err(r) => self.refused(r),
                    }
                }
                Action::Close => Effect::None,
                other => {
                    edit_line(&mut input, other);
                    self.overlay = Some(Overlay::NaReason(input));
                    Effect::None
                }
            },
            Overlay::Note(mut input) => match action {
                Action::SaveNote | Action::Close => {
                    let had_note = self.session.note(self.cursor).is_some();
                    if self.session.set_note(self.cursor, input.text()) {
                        self.notice = Some(if had_note && input.text().trim().is_empty() {
                            Notice::NoteRemoved
                        } else {
                            Notice::NoteSaved
                        });
                        self.changed = true;
                        Effect::Save
                    } else {
                        Effect::None
                    }
                }
                Action::NewLine | Action::Confirm => {
                    input.insert('\n');
                    self.overlay = Some(Overlay::Note(input));
                    Effect::None
                }
                other => {
                    match other {
                        Action::CursorUp | Action::Up => input.up(),
                        Action::CursorDown | Action::Down => input.down(),
                        _ => edit_line(&mut input, other),
                    }
                    self.overlay = Some(Overlay::Note(input));
                    Effect::None
                }
            },
        }
    }
}

/// The editing keys every text input shares.
pub(crate) fn edit_line(input: &mut TextInput, action: Action) {
    match action {
        Action::Insert(c) => input.insert(c),
        Action::Backspace => input.backspace(),
        Action::Delete => input.delete(),
        Action::CursorLeft => input.left(),
        Action::CursorRight => input.right(),
        Action::CursorHome => input.home(),
        Action::CursorEnd => input.end(),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
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
        // Esc saves too; emptying the note removes it.
        update(&mut a, Action::EditNote);
        for _ in 0..10 {
            update(&mut a, Action::Backspace);
        }
        assert_eq!(update(&mut a, Action::Close), Effect::Save);
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
        assert_eq!(r(&a).overlay, Some(Overlay::Overview { selected: 0 }));
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
        r(&a);
        a.runner.as_mut().unwrap().overlay = Some(Overlay::Overview { selected: i });
        update(&mut a, Action::Confirm);
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
        assert_eq!(r(&a).overlay, Some(Overlay::Overview { selected: 1 }));
        update(&mut a, Action::Close);
        assert_eq!(update(&mut a, Action::Prev), Effect::None);
        assert_eq!(r(&a).cursor, 3);
        assert_eq!(update(&mut a, Action::Next), Effect::Finish);
    }
}
