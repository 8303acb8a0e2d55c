//! The vocabulary of the runner and the home screen: what a user can ask for ([`Action`]), what
//! the event loop must do about it ([`Effect`]), and what the message line says ([`Notice`]).

use std::path::PathBuf;

use crate::engagement::Member;
use crate::instrument::kano_study::StudyError;
use crate::response::{Confidence, EvidenceKind};
use crate::tui::session::{Refusal, Respondent, Start};

/// Everything a user can ask for, whatever the key (or click) that asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A digit: answer with that scale point (or start a two-digit one, `1` `0` on a 0–10
    /// scale), type it into an allocation, or type a question number in a list.
    Digit(u8),
    /// A second has passed since a digit that a second digit could have completed: answer with
    /// the digit alone. The event loop sends it; nothing else does.
    DigitTimeout,
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
    /// A click on the n-th option of the question, row of a list, or entry of the home screen:
    /// answer with it, go to it, open it.
    Choose(usize),
    /// Answer "not applicable" (asking for an optional reason).
    NotApplicable,
    /// Open the note editor: on the question just answered when nothing happened since, else on
    /// the question on screen.
    EditNote,
    /// Open the evidence overlay: on the question just answered when nothing happened since,
    /// else on the question on screen.
    Evidence,
    /// Open the confidence chooser, on the same question as [`Action::Evidence`].
    Confidence,
    /// Start typing a new piece of evidence (the evidence overlay).
    AddEvidence,
    /// Mark the new piece of evidence as supporting or contradicting the answer.
    Mark(EvidenceKind),
    /// Open the overview of all questions by section, to jump to one.
    Overview,
    /// Open the review of all answers.
    Review,
    /// Open the help overlay listing every key.
    Help,
    /// Close the open dialog, list or overlay; stop typing; cancel a digit waiting for another.
    Close,
    /// Save the note being edited and close the editor.
    SaveNote,
    /// Leave the note editor without saving what changed.
    Discard,
    /// Empty the text being edited (the note).
    ClearText,
    /// Edit the note in the program named by `$VISUAL` or `$EDITOR`.
    ExternalEditor,
    /// Open the full report of the results file in a scrollable view.
    OpenReport,
    /// Write the HTML report next to the results file and open it in the browser.
    WriteHtml,
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
    /// Add an interviewee to the engagement's roster (the interview home screen).
    AddMember,
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
        /// The wave's label for `assessment.period`, when given.
        period: Option<String>,
        /// The assessment date (YYYY-MM-DD) for `assessment.date`, when given.
        date: Option<String>,
    },
    /// Open a saved session (from the home screen).
    Open(PathBuf),
    /// Open a completed results file's report (from the home screen).
    OpenResult(PathBuf),
    /// Write the HTML report next to the results file and hand it to the system's opener.
    WriteHtml,
    /// Give the terminal to `$VISUAL`/`$EDITOR` on the note being edited, then take it back.
    ExternalEditor,
    /// Start or resume an interview in the engagement's layout (the interview home screen).
    Interview(Box<Start>),
    /// Append an interviewee to the engagement's roster, then read the engagement again.
    AddMember(Box<Member>),
    /// Write a new instrument made in the Kano study builder, then load it back to prove it.
    SaveStudy {
        /// The study id, which names the file.
        id: String,
        /// The instrument file's text.
        yaml: String,
    },
}

impl Effect {
    /// This effect after an answer was saved on the way: the save is part of every effect that
    /// writes the file, and the only effect of one that does not.
    #[must_use]
    pub fn after_saving(self) -> Effect {
        match self {
            Effect::None => Effect::Save,
            other => other,
        }
    }
}

/// A short message on the message line, explaining a refusal or confirming something unseen.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// An answer was saved and the runner moved on: which question, and the note key for it.
    Answered {
        /// The step answered (counted from 0).
        step: usize,
        /// The answer in words.
        answer: String,
        /// The step returned to (after a jump from the overview or the review).
        back: Option<usize>,
    },
    /// The earlier wave's answer was kept (`run --from`): which question, the answer in words.
    Kept {
        /// The step kept (counted from 0).
        step: usize,
        /// The answer in words.
        answer: String,
        /// The step returned to (after a jump from the overview or the review).
        back: Option<usize>,
    },
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
    /// The note editor was left without saving.
    NoteDiscarded,
    /// A piece of evidence was added to a question.
    EvidenceAdded {
        /// The step whose question it is on (counted from 0).
        step: usize,
        /// Supports or contradicts.
        kind: EvidenceKind,
        /// The reference.
        reference: String,
    },
    /// A piece of evidence was removed from a question.
    EvidenceRemoved {
        /// The step whose question it was on (counted from 0).
        step: usize,
        /// Supports or contradicts.
        kind: EvidenceKind,
        /// The reference.
        reference: String,
    },
    /// The confidence of a question was chosen (`None`: cleared).
    ConfidenceSet {
        /// The step whose question it is (counted from 0).
        step: usize,
        /// The level chosen.
        level: Option<Confidence>,
    },
    /// No `$VISUAL` or `$EDITOR` to edit the note in.
    NoEditor,
    /// The editor could not be run, and why.
    EditorFailed(String),
    /// The HTML report was written to this file; `opened` when it was handed to an opener.
    HtmlWritten {
        /// The file written.
        path: PathBuf,
        /// Whether a program was started to open it.
        opened: bool,
    },
    /// The HTML report could not be written, and why.
    HtmlFailed(String),
    /// The home form was confirmed without a name.
    NeedName,
    /// The home form's date is not written YYYY-MM-DD.
    BadDate,
    /// A session could not be opened or started.
    OpenFailed(String),
    /// The Kano study cannot be made as it is, and why.
    Study(StudyError),
    /// The feature typed is already in the study.
    DuplicateFeature(String),
    /// The study could not be saved, and why.
    SaveFailed(String),
    /// Enter on an instrument the interviewee does not answer (not on their roster list).
    NotAsked {
        /// The respondent.
        who: String,
        /// The instrument id.
        instrument: String,
    },
    /// The name typed for a new interviewee is already on the roster (or in the folder).
    MemberTaken(String),
    /// A new interviewee with no instrument chosen.
    NoInstrumentChosen,
    /// A new interviewee's role does not answer an instrument chosen for them.
    RoleRefused {
        /// The role.
        role: String,
        /// The instrument id.
        instrument: String,
        /// Who answers it.
        audience: Vec<String>,
    },
    /// An interviewee was added to the roster.
    MemberAdded(String),
}
