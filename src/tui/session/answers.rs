//! Reading the answer at a step: the point, "not applicable", the text, the allocation — of the
//! answer given in this session, or of any other answer to the same question (the earlier
//! wave's, which the runners show beside the question).

use super::Session;
use crate::instrument::QuestionKind;
use crate::response::{Answer, KanoWord, PartValue};

impl Session {
    /// The answer given to step `i`'s question in this session.
    pub fn current(&self, i: usize) -> Option<&Answer> {
        self.response().answers.get(&self.question(i).id)
    }

    /// The point answered at step `i`, if it is answered with one.
    pub fn point(&self, i: usize) -> Option<i32> {
        self.point_of(i, self.current(i)?)
    }

    /// The point `answer` gives at step `i` (a Kano part's code, a pair part's point).
    pub fn point_of(&self, i: usize, answer: &Answer) -> Option<i32> {
        let step = self.steps[i];
        let q = self.question(i);
        match (answer, &q.kind) {
            (Answer::Value(v), _) => Some(*v),
            (
                Answer::Kano {
                    functional,
                    dysfunctional,
                    importance,
                },
                _,
            ) => match step.part {
                Some(0) => functional.map(KanoWord::code),
                Some(1) => dysfunctional.map(KanoWord::code),
                _ => *importance,
            },
            (answer @ Answer::Parts(_), QuestionKind::Pair { parts, .. }) => {
                let part = &parts[step.part?];
                answer.part(part)?.num().map(|v| v as i32)
            }
            _ => None,
        }
    }

    /// Whether step `i` is answered "not applicable" (the whole question, or its part).
    pub fn is_na(&self, i: usize) -> bool {
        self.current(i).is_some_and(|a| self.is_na_of(i, a))
    }

    /// Whether `answer` is "not applicable" at step `i` (the whole question, or its part).
    pub fn is_na_of(&self, i: usize, answer: &Answer) -> bool {
        let step = self.steps[i];
        match (answer, &self.question(i).kind) {
            (Answer::Na(_), _) => true,
            (a @ Answer::Parts(_), QuestionKind::Pair { parts, .. }) => step
                .part
                .and_then(|p| a.part(&parts[p]))
                .is_some_and(|v| v == PartValue::Na),
            _ => false,
        }
    }

    /// The reason given for "not applicable" at step `i`.
    pub fn na_reason(&self, i: usize) -> Option<&str> {
        match self.current(i) {
            Some(Answer::Na(reason)) => reason.as_deref(),
            _ => None,
        }
    }

    /// The text answered at step `i`.
    pub fn text(&self, i: usize) -> Option<&str> {
        match self.current(i) {
            Some(Answer::Text(s)) => Some(s),
            _ => None,
        }
    }

    /// The points allocated at step `i`, in part order (missing parts are `None`).
    pub fn allocation(&self, i: usize) -> Option<Vec<Option<f64>>> {
        self.allocation_of(i, self.current(i)?)
    }

    /// The points `answer` allocates at allocation step `i`, in part order.
    pub fn allocation_of(&self, i: usize, answer: &Answer) -> Option<Vec<Option<f64>>> {
        let QuestionKind::Allocation { parts, .. } = &self.question(i).kind else {
            return None;
        };
        if !matches!(answer, Answer::Parts(_)) {
            return None;
        }
        Some(
            parts
                .iter()
                .map(|p| answer.part(&p.id).and_then(PartValue::num))
                .collect(),
        )
    }
}
