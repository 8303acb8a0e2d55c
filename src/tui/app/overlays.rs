//! How a key changes what is drawn over the question: the overview and review lists, the help,
//! the reason for "not applicable", the note editor.

use super::{Action, Effect, Notice, Overlay, Runner, edit_line};

impl Runner {
    pub(super) fn update_overlay(&mut self, overlay: Overlay, action: Action) -> Effect {
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
