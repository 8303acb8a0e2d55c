//! How a key changes the question on screen: the common keys (←/→, n, e, v, c, g, r, ?, q)
//! and the keys of the step's own editor (scale options, allocation, text). A digit waiting for
//! a second one is settled first ([`super::pending`]); the report view, then a dialog or list,
//! take the keys before the question does.

use super::{Action, Choice, Editor, Effect, NoteEditor, Notice, Overlay, Runner};
use crate::tui::session::Refusal;
use crate::tui::text_input::TextInput;

impl Runner {
    /// Applies one action.
    pub fn update(&mut self, action: Action) -> Effect {
        if action == Action::DigitTimeout {
            // Only the event loop's clock sends it: it changes nothing else on screen.
            return self.commit_pending(true);
        }
        self.notice = None;
        let just_answered = self.just_answered.take();
        if self.pending.is_some() {
            if let Some(effect) = self.update_pending(action) {
                return effect;
            }
            // Any other key: the digit typed answers this question (nothing leaks into the
            // next one), and the key then acts on this question.
            let committed = self.commit_pending(false);
            let just_answered = self.just_answered.take();
            let effect = self.update_settled(action, just_answered);
            return if committed == Effect::Save {
                effect.after_saving()
            } else {
                effect
            };
        }
        self.update_settled(action, just_answered)
    }

    /// [`Runner::update`] once no digit is waiting.
    fn update_settled(&mut self, action: Action, just_answered: Option<usize>) -> Effect {
        if let Some(view) = self.report.take() {
            return self.update_report(view, action);
        }
        if let Some(overlay) = self.overlay.take() {
            return self.update_overlay(overlay, action);
        }
        if let Some(effect) = self.update_editor(action) {
            return effect;
        }
        let i = self.cursor;
        match action {
            Action::Prev => {
                self.return_to = None;
                if i > 0 {
                    self.go(i - 1, false)
                } else {
                    Effect::None
                }
            }
            Action::Next | Action::PageDown if !self.at_end() => {
                self.return_to = None;
                self.go(i + 1, false)
            }
            Action::PageUp if i > 0 => {
                self.return_to = None;
                self.go(i - 1, false)
            }
            Action::NotApplicable if !self.at_end() => self.not_applicable(),
            Action::EditNote => {
                if let Some(step) = self.note_step(just_answered) {
                    let note = self.session.note(step).unwrap_or_default().to_string();
                    self.overlay = Some(Overlay::Note(NoteEditor::new(step, &note)));
                }
                Effect::None
            }
            Action::Evidence => {
                if let Some(step) = self.note_step(just_answered) {
                    self.open_evidence(step);
                }
                Effect::None
            }
            Action::Confidence => {
                if let Some(step) = self.note_step(just_answered) {
                    self.open_confidence(step);
                }
                Effect::None
            }
            Action::Overview => {
                let selected = if self.at_end() {
                    self.session.first_unanswered().unwrap_or(0)
                } else {
                    i
                };
                self.overlay = Some(Overlay::Overview {
                    selected,
                    typed: None,
                });
                Effect::None
            }
            Action::Review => {
                self.overlay = Some(Overlay::Review {
                    selected: i.min(self.session.steps.len().saturating_sub(1)),
                    typed: None,
                });
                Effect::None
            }
            Action::Help => {
                self.overlay = Some(Overlay::Help { scroll: 0 });
                Effect::None
            }
            Action::OpenReport if self.at_end() => {
                self.open_report(false);
                Effect::None
            }
            Action::WriteHtml if self.at_end() => Effect::WriteHtml,
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

    /// Answers the step on screen with point `value` and moves on, or says why not.
    pub(super) fn answer_point(&mut self, value: i32) -> Effect {
        let answered = self.cursor;
        match self.session.answer_point(answered, value) {
            Ok(()) => {
                let effect = self.advance(true);
                if self.consensus.is_some() {
                    // The workshop records why it agreed: the rationale is the item's note.
                    let note = self.session.note(answered).unwrap_or_default().to_string();
                    self.overlay = Some(Overlay::Note(NoteEditor::new(answered, &note)));
                }
                effect
            }
            Err(r) => self.refused(r),
        }
    }

    /// Keeps the earlier wave's answer to the question on screen (Enter with nothing chosen,
    /// `run --from`) and moves on past the question's parts, saying so on the message line.
    pub(super) fn keep_previous(&mut self) -> Effect {
        let first = self.cursor;
        let answer =
            crate::tui::words::previous(&self.session, self.lang, first).unwrap_or_default();
        if !self.session.carry(first) {
            return Effect::None;
        }
        self.cursor = self.session.question_end(first);
        let effect = self.advance(true);
        self.just_answered = Some(first);
        if let Some(Notice::Answered { back, .. }) = self.notice.take() {
            self.notice = Some(Notice::Kept {
                step: first,
                answer,
                back,
            });
        }
        effect
    }

    /// Answers the step on screen with its `n`-th option (a click on it).
    fn choose(&mut self, n: usize) -> Effect {
        match self.choices(self.cursor).get(n).copied() {
            Some(Choice::Point(v)) => self.answer_point(v),
            Some(Choice::Na) => self.not_applicable(),
            None => Effect::None,
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
                    Action::Digit(d) if self.starts_two_digits(d) => {
                        self.pending = Some(d);
                        Some(Effect::None)
                    }
                    Action::Digit(d) => Some(self.answer_point(i32::from(d))),
                    Action::Choose(n) => Some(self.choose(n)),
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
                            Some(Choice::Point(v)) => self.answer_point(v),
                            Some(Choice::Na) => self.not_applicable(),
                            None if self.session.offers_previous(i) => self.keep_previous(),
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
                Action::Choose(n) => {
                    *selected = n.min(entries.len().saturating_sub(1));
                    Some(Effect::None)
                }
                Action::Confirm
                    if entries.iter().all(String::is_empty) && self.session.offers_previous(i) =>
                {
                    Some(self.keep_previous())
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
                    Action::Confirm
                        if input.text().trim().is_empty() && self.session.offers_previous(i) =>
                    {
                        return Some(self.keep_previous());
                    }
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
                Action::Confirm => {
                    self.open_report(false);
                    Some(Effect::None)
                }
                _ => None,
            },
        }
    }
}
