//! The runner's state and the one place it changes: every user intent is an [`Action`], and
//! [`update`] applies it and returns the [`Effect`] the event loop must carry out (write the
//! file, leave, open a session) before the next frame is drawn. This is The Elm Architecture as
//! in television: `input` maps keys to actions, `update` changes state, `view` draws it. Nothing
//! here touches the terminal or the disk, so every key can be tested by feeding actions.

mod action;
mod evidence;
mod overlays;
mod pending;
mod report;
mod typed;
mod update;

pub use action::{Action, Effect, Notice};
pub use evidence::{
    CONFIDENCE_CHOICES, ConfidenceChooser, EvidenceEditor, EvidenceProblem, EvidenceStage,
};
pub use report::{ReportView, html};

use super::consensus::Panel;
use super::home::Home;
use super::session::{Refusal, Session};
use super::text_input::TextInput;
use crate::instrument::QuestionKind;
use crate::lang::Lang;

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
    /// Editing the note on a question.
    Note(NoteEditor),
    /// The evidence on a question: its entries, adding one, deleting one.
    Evidence(EvidenceEditor),
    /// Choosing the confidence of an answer.
    Confidence(ConfidenceChooser),
    /// All steps by section; Enter jumps to the selected one.
    Overview {
        /// The selected step.
        selected: usize,
        /// The question number being typed, if any.
        typed: Option<usize>,
    },
    /// All answers; Enter jumps to the selected step.
    Review {
        /// The selected step.
        selected: usize,
        /// The question number being typed, if any.
        typed: Option<usize>,
    },
    /// Every key.
    Help {
        /// Lines scrolled.
        scroll: u16,
    },
}

/// The note editor: which step's question the note is on, the text, and the text it started
/// with (so that leaving with changes asks first).
#[derive(Debug, Clone, PartialEq)]
pub struct NoteEditor {
    /// The step whose question the note is on (the one on screen, or the one just answered).
    pub step: usize,
    /// The note being edited.
    pub input: TextInput,
    /// The note as it was when the editor opened.
    pub original: String,
    /// Asking whether to save the changes before leaving.
    pub confirm: bool,
}

impl NoteEditor {
    /// An editor on `note` of `step`.
    pub fn new(step: usize, note: &str) -> NoteEditor {
        NoteEditor {
            step,
            input: TextInput::multiline(note),
            original: note.to_string(),
            confirm: false,
        }
    }

    /// Whether the text differs from what the editor opened with.
    pub fn is_dirty(&self) -> bool {
        self.input.text().trim_end() != self.original.trim_end()
    }
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
    /// A digit typed on a scale where it may begin a two-digit point (`1` on 0–10), waiting
    /// for a second digit, Enter or the end of a second.
    pub pending: Option<u8>,
    /// The step answered by the last action, so that `e` right after an answer takes a note on
    /// that question (not on the next one, which is on screen by then).
    pub just_answered: Option<usize>,
    /// Where the respondent was before jumping from the overview or the review: answering the
    /// question jumped to goes back there.
    pub return_to: Option<usize>,
    /// The full report, while it is shown.
    pub report: Option<ReportView>,
    /// In the consensus workshop (`run --consensus`): the raters, whose ratings and notes are
    /// drawn under each disputed item.
    pub consensus: Option<Box<Panel>>,
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
        Action::DigitTimeout if app.runner.is_none() => return Effect::None,
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
        Runner::with_panel(session, None, lang)
    }

    /// A runner on a consensus session, with the raters beside it.
    pub fn consensus(session: Session, panel: Panel, lang: Lang) -> Runner {
        Runner::with_panel(session, Some(Box::new(panel)), lang)
    }

    fn with_panel(session: Session, consensus: Option<Box<Panel>>, lang: Lang) -> Runner {
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
            pending: None,
            just_answered: None,
            return_to: None,
            report: None,
            consensus,
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
            self.summary = Some(match &self.consensus {
                Some(panel) => panel.summary(&self.session, self.lang),
                None => crate::report::summary_text(
                    &self.session.instrument,
                    std::slice::from_ref(self.session.response()),
                    self.lang,
                ),
            });
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

    /// Moves on after step `cursor` was answered (`saved`: the answer changed the file): to the
    /// next step, or back where the respondent was before jumping here from a list, and says so
    /// on the message line.
    fn advance(&mut self, saved: bool) -> Effect {
        let answered = self.cursor;
        let len = self.session.steps.len();
        let back = self.return_to.take().map(|r| {
            if r >= len {
                // Jumped from the completion screen: on to the next question still unanswered.
                (answered + 1..len)
                    .chain(0..answered)
                    .find(|&i| !self.session.is_answered(i))
                    .unwrap_or(len)
            } else {
                r
            }
        });
        let effect = self.go(back.unwrap_or(answered + 1), saved);
        self.just_answered = Some(answered);
        if saved {
            self.notice = Some(Notice::Answered {
                step: answered,
                answer: super::view::answer_words(&self.session, self.lang, answered)
                    .unwrap_or_default(),
                back: back.filter(|&b| b < len),
            });
        }
        effect
    }

    /// Goes to step `to` picked in the overview or the review, remembering where the
    /// respondent was so that answering it comes back.
    fn jump(&mut self, to: usize) -> Effect {
        if to != self.cursor && self.return_to.is_none() {
            self.return_to = Some(self.cursor);
        }
        self.go(to, false)
    }

    /// The step whose note `e` edits now: the one just answered, else the one on screen.
    fn note_step(&self, just_answered: Option<usize>) -> Option<usize> {
        just_answered.or((!self.at_end()).then_some(self.cursor))
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
