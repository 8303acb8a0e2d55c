//! The evidence overlay (`v`) and the confidence chooser (`c`) on a question: what the answer
//! rests on — a reference marked supports or contradicts — and how sure it is. Both work on the
//! question just answered when nothing happened since (as the note does), else on the one on
//! screen, answered or not. Every change is saved before the next screen is drawn
//! ([`Effect::Save`]); a refusal is shown in the overlay, never as a panic.

use super::{Action, Effect, Notice, Overlay, Runner, edit_line};
use crate::response::evidence::MAX_EVIDENCE_PER_ANSWER;
use crate::response::{Confidence, Evidence, EvidenceError, EvidenceKind};
use crate::tui::text_input::TextInput;

/// What the evidence overlay is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceStage {
    /// Showing the entries, one highlighted.
    List,
    /// Typing the reference of a new entry.
    Reference,
    /// Choosing whether the new entry supports or contradicts the answer.
    Kind,
    /// Asking whether to delete the highlighted entry.
    ConfirmDelete,
}

/// Why the overlay refused what was asked, shown in it until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvidenceProblem {
    /// The entry is already recorded, with the same kind.
    Duplicate,
    /// The library's refusal (empty or long reference, too many entries).
    Refused(EvidenceError),
}

/// The evidence overlay on one step's question.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceEditor {
    /// The step whose question the evidence is on.
    pub step: usize,
    /// The highlighted entry.
    pub selected: usize,
    /// What the overlay is doing.
    pub stage: EvidenceStage,
    /// The reference being typed.
    pub input: TextInput,
    /// The kind the new entry gets.
    pub kind: EvidenceKind,
    /// The last refusal, if the last key was refused.
    pub problem: Option<EvidenceProblem>,
}

impl EvidenceEditor {
    /// The overlay on `step`, holding `count` entries: the list, or straight into typing a
    /// reference when there is none yet.
    pub fn new(step: usize, count: usize) -> EvidenceEditor {
        EvidenceEditor {
            step,
            selected: 0,
            stage: if count == 0 {
                EvidenceStage::Reference
            } else {
                EvidenceStage::List
            },
            input: TextInput::line(""),
            kind: EvidenceKind::Supports,
            problem: None,
        }
    }
}

/// The choices of the confidence chooser, in order: low, medium, high, then none.
pub const CONFIDENCE_CHOICES: [Option<Confidence>; 4] = [
    Some(Confidence::Low),
    Some(Confidence::Medium),
    Some(Confidence::High),
    None,
];

/// The confidence chooser on one step's question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConfidenceChooser {
    /// The step whose question the confidence is on.
    pub step: usize,
    /// The highlighted choice: an index into [`CONFIDENCE_CHOICES`].
    pub highlight: usize,
}

impl Runner {
    /// Opens the evidence overlay on `step`.
    pub(super) fn open_evidence(&mut self, step: usize) {
        let count = self.session.evidence(step).len();
        self.overlay = Some(Overlay::Evidence(EvidenceEditor::new(step, count)));
    }

    /// Opens the confidence chooser on `step`, the recorded level highlighted.
    pub(super) fn open_confidence(&mut self, step: usize) {
        let current = self.session.confidence(step);
        let highlight = CONFIDENCE_CHOICES
            .iter()
            .position(|c| *c == current)
            .unwrap_or(CONFIDENCE_CHOICES.len() - 1);
        self.overlay = Some(Overlay::Confidence(ConfidenceChooser { step, highlight }));
    }

    pub(super) fn update_evidence(&mut self, mut editor: EvidenceEditor, action: Action) -> Effect {
        editor.problem = None;
        let step = editor.step;
        let count = self.session.evidence(step).len();
        match editor.stage {
            EvidenceStage::List => match action {
                Action::Up => editor.selected = editor.selected.saturating_sub(1),
                Action::Down => {
                    editor.selected = (editor.selected + 1).min(count.saturating_sub(1));
                }
                Action::AddEvidence | Action::Confirm if count >= MAX_EVIDENCE_PER_ANSWER => {
                    editor.problem = Some(EvidenceProblem::Refused(EvidenceError::TooMany {
                        max: MAX_EVIDENCE_PER_ANSWER,
                    }));
                }
                Action::AddEvidence | Action::Confirm => {
                    editor.stage = EvidenceStage::Reference;
                    editor.input = TextInput::line("");
                    editor.kind = EvidenceKind::Supports;
                }
                Action::Remove if count > 0 => editor.stage = EvidenceStage::ConfirmDelete,
                Action::Close | Action::Quit | Action::Evidence => return Effect::None,
                _ => {}
            },
            EvidenceStage::Reference => match action {
                Action::Confirm => match Evidence::new(editor.input.text(), editor.kind) {
                    Ok(_) => editor.stage = EvidenceStage::Kind,
                    Err(e) => editor.problem = Some(EvidenceProblem::Refused(e)),
                },
                Action::Close if count == 0 => return Effect::None,
                Action::Close => editor.stage = EvidenceStage::List,
                other => edit_line(&mut editor.input, other),
            },
            EvidenceStage::Kind => match action {
                Action::Mark(kind) => editor.kind = kind,
                Action::Prev | Action::Next => {
                    editor.kind = match editor.kind {
                        EvidenceKind::Supports => EvidenceKind::Contradicts,
                        EvidenceKind::Contradicts => EvidenceKind::Supports,
                    };
                }
                Action::Confirm => return self.add_evidence(editor),
                Action::Close => editor.stage = EvidenceStage::Reference,
                _ => {}
            },
            EvidenceStage::ConfirmDelete => match action {
                Action::Confirm => {
                    editor.stage = EvidenceStage::List;
                    if let Some(removed) = self.session.remove_evidence(step, editor.selected) {
                        editor.selected = editor.selected.min(count.saturating_sub(2));
                        self.notice = Some(Notice::EvidenceRemoved {
                            step,
                            kind: removed.kind,
                            reference: removed.reference,
                        });
                        self.changed = true;
                        self.overlay = Some(Overlay::Evidence(editor));
                        return Effect::Save;
                    }
                }
                Action::Close => editor.stage = EvidenceStage::List,
                _ => {}
            },
        }
        self.overlay = Some(Overlay::Evidence(editor));
        Effect::None
    }

    /// Records the entry typed in `editor`: saved and closed, or back to the reference with
    /// the refusal shown.
    fn add_evidence(&mut self, mut editor: EvidenceEditor) -> Effect {
        let step = editor.step;
        match self
            .session
            .add_evidence(step, editor.input.text(), editor.kind)
        {
            Ok(true) => {
                let reference = editor.input.text().trim().to_string();
                self.notice = Some(Notice::EvidenceAdded {
                    step,
                    kind: editor.kind,
                    reference,
                });
                self.changed = true;
                Effect::Save
            }
            Ok(false) => {
                editor.problem = Some(EvidenceProblem::Duplicate);
                editor.stage = EvidenceStage::Reference;
                self.overlay = Some(Overlay::Evidence(editor));
                Effect::None
            }
            Err(e) => {
                editor.problem = Some(EvidenceProblem::Refused(e));
                editor.stage = EvidenceStage::Reference;
                self.overlay = Some(Overlay::Evidence(editor));
                Effect::None
            }
        }
    }

    pub(super) fn update_confidence(
        &mut self,
        mut chooser: ConfidenceChooser,
        action: Action,
    ) -> Effect {
        let last = CONFIDENCE_CHOICES.len() - 1;
        let chosen = match action {
            Action::Digit(0) => last,
            Action::Digit(d @ 1..=3) => usize::from(d) - 1,
            Action::Confirm => chooser.highlight,
            Action::Up => {
                chooser.highlight = chooser.highlight.saturating_sub(1);
                self.overlay = Some(Overlay::Confidence(chooser));
                return Effect::None;
            }
            Action::Down => {
                chooser.highlight = (chooser.highlight + 1).min(last);
                self.overlay = Some(Overlay::Confidence(chooser));
                return Effect::None;
            }
            Action::Close | Action::Quit | Action::Confidence => return Effect::None,
            _ => {
                self.overlay = Some(Overlay::Confidence(chooser));
                return Effect::None;
            }
        };
        let level = CONFIDENCE_CHOICES[chosen];
        let step = chooser.step;
        self.notice = Some(Notice::ConfidenceSet { step, level });
        if self.session.set_confidence(step, level) {
            self.changed = true;
            Effect::Save
        } else {
            Effect::None
        }
    }
}
