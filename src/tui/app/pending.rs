//! Answers as typed (SPEC, "Keys in the full-screen runner"): on a scale with two-digit points,
//! a digit that may begin one (`1` on 0–10) waits. A second digit makes the number (`1` `0` is
//! 10), `Enter` or a second without a key answers the digit alone, `Esc` or `Backspace` takes it
//! back. Any other key first answers the digit on this question, without moving on, and then
//! does what it does here: no keystroke ever reaches the next screen. The second is counted by
//! the event loop, which sends [`Action::DigitTimeout`]; the state holds no clock.

use super::{Action, Effect, Runner};

impl Runner {
    /// Whether digit `d` typed on the step on screen may be the first of a two-digit point.
    pub(super) fn starts_two_digits(&self, d: u8) -> bool {
        let scale = self.session.steps.get(self.cursor);
        let Some(scale) = scale.and_then(|_| self.session.scale(self.cursor)) else {
            return false;
        };
        let tens = i32::from(d) * 10;
        d >= 1 && (tens..tens + 10).any(|v| scale.contains(v))
    }

    /// The keys that settle a waiting digit; `None` for the others.
    pub(super) fn update_pending(&mut self, action: Action) -> Option<Effect> {
        let first = self.pending?;
        match action {
            Action::Digit(d) => {
                self.pending = None;
                Some(self.answer_point(i32::from(first) * 10 + i32::from(d)))
            }
            Action::Confirm => Some(self.commit_pending(true)),
            Action::Close | Action::Backspace => {
                self.pending = None;
                Some(Effect::None)
            }
            _ => None,
        }
    }

    /// Answers with the waiting digit alone. With `advance`, moves on as any answer does;
    /// without, stays on the question (the key that settled it acts there next) and returns
    /// [`Effect::Save`]. Nothing waiting: nothing happens.
    pub(super) fn commit_pending(&mut self, advance: bool) -> Effect {
        let Some(d) = self.pending.take() else {
            return Effect::None;
        };
        if advance {
            return self.answer_point(i32::from(d));
        }
        match self.session.answer_point(self.cursor, i32::from(d)) {
            Ok(()) => {
                self.changed = true;
                self.just_answered = Some(self.cursor);
                Effect::Save
            }
            Err(r) => self.refused(r),
        }
    }
}
