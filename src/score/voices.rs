//! Voices: the notes and N/A reasons respondents gave, attributed to respondent, role and
//! question, for the "Notes and N/A reasons" section every report has. Collected while scoring,
//! up to a bound (a survey export of a million rows could carry a note on every row): past it
//! they are counted, not kept.

use serde::Serialize;

use crate::response::{Answer, Response};

/// How many notes and how many N/A reasons are kept.
pub const KEPT: usize = 2_000;

/// One note or N/A reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Voice {
    /// Who wrote it.
    pub respondent: String,
    /// Their role, when recorded.
    pub role: Option<String>,
    /// The question it is on.
    pub question: String,
    /// The words.
    pub text: String,
}

/// Every note and N/A reason, in the order the responses came.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Voices {
    /// Notes (evidence, quotes).
    pub notes: Vec<Voice>,
    /// Reasons given for "not applicable".
    pub na_reasons: Vec<Voice>,
    /// Notes and reasons counted but not kept (past [`KEPT`] of a kind).
    pub omitted: usize,
}

impl Voices {
    /// Adds the notes and N/A reasons of `response`.
    pub fn add(&mut self, response: &Response) {
        let voice = |question: &str, text: &str| Voice {
            respondent: response.respondent.clone(),
            role: response.role.clone(),
            question: question.to_string(),
            text: text.to_string(),
        };
        for (question, text) in &response.notes {
            if text.trim().is_empty() {
                continue;
            }
            if self.notes.len() < KEPT {
                self.notes.push(voice(question, text));
            } else {
                self.omitted += 1;
            }
        }
        for (question, answer) in &response.answers {
            if let Answer::Na(Some(reason)) = answer {
                if reason.trim().is_empty() {
                    continue;
                }
                if self.na_reasons.len() < KEPT {
                    self.na_reasons.push(voice(question, reason));
                } else {
                    self.omitted += 1;
                }
            }
        }
    }

    /// Adds what `other` collected, as if its responses came after this one's (still bounded).
    pub fn merge(&mut self, other: Voices) {
        for (mine, theirs) in [
            (&mut self.notes, other.notes),
            (&mut self.na_reasons, other.na_reasons),
        ] {
            let room = KEPT.saturating_sub(mine.len());
            self.omitted += theirs.len().saturating_sub(room);
            mine.extend(theirs.into_iter().take(room));
        }
        self.omitted += other.omitted;
    }

    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty() && self.na_reasons.is_empty() && self.omitted == 0
    }
}
