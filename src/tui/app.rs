//! The runner's state and the one place it changes: every user intent is an [`Action`], and
//! [`update`] applies it and returns the [`Effect`] the event loop must carry out (write the
//! file, leave, open a session) before the next frame is drawn. This is The Elm Architecture as
//! in television: `input` maps keys to actions, `update` changes state, `view` draws it. Nothing
//! here touches the terminal or the disk, so every key can be tested by feeding actions.

use std::path::PathBuf;

mod overlays;
mod typed;
mod update;

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
mod tests;
