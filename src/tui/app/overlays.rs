//! How a key changes what is drawn over the question: the overview and review lists (where a
//! typed number picks a question), the help, the reason for "not applicable", the note editor
//! (which asks before dropping changes).

use super::{Action, Effect, NoteEditor, Notice, Overlay, Runner, edit_line};
use crate::tui::text_input::TextInput;

impl Runner {
    pub(super) fn update_overlay(&mut self, overlay: Overlay, action: Action) -> Effect {
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
            Overlay::Overview { selected, typed } => {
                self.update_list(false, selected, typed, action)
            }
            Overlay::Review { selected, typed } => self.update_list(true, selected, typed, action),
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
            Overlay::Note(editor) => self.update_note(editor, action),
            Overlay::Evidence(editor) => self.update_evidence(editor, action),
            Overlay::Confidence(chooser) => self.update_confidence(chooser, action),
        }
    }

    /// The overview (`review` false) or the review: move, type a question number, go there.
    fn update_list(
        &mut self,
        review: bool,
        selected: usize,
        typed: Option<usize>,
        action: Action,
    ) -> Effect {
        let len = self.session.steps.len();
        let last = len.saturating_sub(1);
        let reopened = |selected, typed| {
            Some(if review {
                Overlay::Review { selected, typed }
            } else {
                Overlay::Overview { selected, typed }
            })
        };
        let moved = match action {
            Action::Up => Some(selected.saturating_sub(1)),
            Action::Down => Some((selected + 1).min(last)),
            Action::PageUp => Some(selected.saturating_sub(10)),
            Action::PageDown => Some((selected + 10).min(last)),
            Action::First => Some(0),
            Action::Last => Some(last),
            _ => None,
        };
        if let Some(s) = moved {
            self.overlay = reopened(s, None);
            return Effect::None;
        }
        match action {
            // "43" selects question 43 as it is typed; Enter goes there.
            Action::Digit(d) => {
                let number = typed.unwrap_or(0) * 10 + usize::from(d);
                if number > len {
                    // Too many digits for this instrument: start again from this one.
                    let number = usize::from(d);
                    self.overlay = reopened(number.clamp(1, len.max(1)) - 1, Some(number));
                } else {
                    self.overlay = reopened(number.max(1) - 1, Some(number));
                }
                Effect::None
            }
            Action::Backspace => {
                let number = typed.map(|n| n / 10).filter(|n| *n > 0);
                self.overlay = reopened(number.map_or(selected, |n| n - 1), number);
                Effect::None
            }
            Action::Confirm => self.jump(selected),
            Action::Choose(step) if step < len => self.jump(step),
            Action::Close | Action::Quit => Effect::None,
            Action::Overview if !review => Effect::None,
            Action::Review if review => Effect::None,
            Action::Overview => {
                self.overlay = Some(Overlay::Overview {
                    selected,
                    typed: None,
                });
                Effect::None
            }
            Action::Review => {
                self.overlay = Some(Overlay::Review {
                    selected,
                    typed: None,
                });
                Effect::None
            }
            Action::Help => {
                self.overlay = Some(Overlay::Help { scroll: 0 });
                Effect::None
            }
            _ => {
                self.overlay = reopened(selected, typed);
                Effect::None
            }
        }
    }

    /// The note editor: Ctrl-S saves, Esc leaves (asking first when something changed), Ctrl-U
    /// empties it, Ctrl-E hands it to `$EDITOR`.
    fn update_note(&mut self, mut editor: NoteEditor, action: Action) -> Effect {
        if editor.confirm {
            editor.confirm = false;
            return match action {
                Action::SaveNote | Action::Confirm => self.save_note(&editor),
                Action::Discard => {
                    self.notice = Some(Notice::NoteDiscarded);
                    Effect::None
                }
                _ => {
                    // Esc (or anything else): back to editing.
                    self.overlay = Some(Overlay::Note(editor));
                    Effect::None
                }
            };
        }
        match action {
            Action::SaveNote => return self.save_note(&editor),
            Action::Close if editor.is_dirty() => editor.confirm = true,
            Action::Close => return Effect::None,
            Action::ClearText => editor.input = TextInput::multiline(""),
            Action::ExternalEditor => {
                self.overlay = Some(Overlay::Note(editor));
                return Effect::ExternalEditor;
            }
            Action::NewLine | Action::Confirm => editor.input.insert('\n'),
            Action::CursorUp | Action::Up => editor.input.up(),
            Action::CursorDown | Action::Down => editor.input.down(),
            other => edit_line(&mut editor.input, other),
        }
        self.overlay = Some(Overlay::Note(editor));
        Effect::None
    }

    /// Saves the note of `editor` on its question and closes the editor.
    fn save_note(&mut self, editor: &NoteEditor) -> Effect {
        let step = editor.step;
        let had_note = self.session.note(step).is_some();
        let text = editor.input.text();
        if self.session.set_note(step, text) {
            self.notice = Some(if had_note && text.trim().is_empty() {
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

    /// Puts the text an outside editor wrote into the note editor (unsaved, as if typed).
    pub fn set_note_text(&mut self, text: &str) {
        if let Some(Overlay::Note(editor)) = self.overlay.as_mut() {
            editor.input = TextInput::multiline(text);
        }
    }
}
