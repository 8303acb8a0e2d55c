//! The runners' side of `run --from`: the earlier wave's answer to the question on screen, and
//! keeping it (Enter in the full-screen runner, an empty line in the plain mode). Keeping one
//! records the question in `carried:` and the earlier file in `carried_from:`; answering the
//! question anew takes it off the list ([`Session::put`] does).

use super::Session;
use crate::response::Answer;
use crate::response::carry;

impl Session {
    /// The earlier wave's answer to step `i`'s question, when it still answers it.
    pub fn previous_answer(&self, i: usize) -> Option<Answer> {
        self.previous.as_ref()?.answer(self.question(i))
    }

    /// Whether step `i` offers the earlier wave's answer to be kept: its question has no answer
    /// yet in this session (not even a part of one), and the earlier wave has one.
    pub fn offers_previous(&self, i: usize) -> bool {
        self.current(i).is_none() && self.previous_answer(i).is_some()
    }

    /// Whether step `i`'s answer was kept from the earlier wave unchanged.
    pub fn is_carried(&self, i: usize) -> bool {
        let id = &self.question(i).id;
        self.response().carried.iter().any(|c| c == id)
    }

    /// Keeps the earlier wave's answer to step `i`'s question (Enter, or an empty line, on a
    /// question not answered yet) and records it as carried over. Returns whether it did.
    pub fn carry(&mut self, i: usize) -> bool {
        let Some(previous) = &self.previous else {
            return false;
        };
        let response = &mut self.results.responses[self.index];
        let kept = carry::carry(response, previous, &self.instrument, self.steps[i].question);
        if kept && self.needs_nothing() {
            self.response_mut().complete = true;
        }
        kept
    }

    /// The last step of step `i`'s question among the steps that follow it (a Kano feature's
    /// or a SERVQUAL item's parts are consecutive steps): keeping the earlier answer answers
    /// them all, so the runners move on past it.
    pub fn question_end(&self, i: usize) -> usize {
        let q = self.steps[i].question;
        let mut end = i;
        while end + 1 < self.steps.len() && self.steps[end + 1].question == q {
            end += 1;
        }
        end
    }

    /// How many answers of this response were kept from the earlier wave unchanged.
    pub fn carried_count(&self) -> usize {
        self.response().carried.len()
    }
}
