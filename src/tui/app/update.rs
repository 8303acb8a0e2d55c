//! How a key changes the question on screen: the common keys (←/→, n, e, g, r, ?, q) and the
//! keys of the step's own editor (scale options, allocation, text).

use super::{Action, Choice, Editor, Effect, Notice, Overlay, Runner};
use crate::tui::session::Refusal;
use crate::tui::text_input::TextInput;

impl Runner {
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

    pub(super) fn not_applicable(&mut self) -> Effect {
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
}
