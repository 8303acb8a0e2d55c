//! The carried-over answers of a response (`carried_from:` is a plain field; `carried:` is read
//! here): `carried` is a list of question ids of the instrument, each of which has an answer.
//! Kept apart from the reader proper so that the few lines the reader calls stay few.

use std::collections::BTreeMap;

use serde_yaml::Value;

use super::{Reader, scalar_string};
use crate::instrument::Instrument;
use crate::response::Answer;
use crate::yaml::Seg;

impl Reader<'_> {
    /// `carried:`, its ids in questionnaire order. Every id must be a question of `instrument`
    /// with an answer in `answers`: a carried answer that is gone is a file edited by hand, and
    /// "carried over unchanged" would count what is not there.
    pub(super) fn carried(
        &mut self,
        instrument: &Instrument,
        v: &Value,
        path: &[Seg],
        answers: &BTreeMap<String, Answer>,
    ) -> Vec<String> {
        let Value::Sequence(items) = v else {
            if !v.is_null() {
                self.at_value(
                    path,
                    "`carried` must be a list of question ids",
                    "write carried: [respect.1, respect.2], or remove it",
                );
            }
            return Vec::new();
        };
        let mut ids = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let mut p = path.to_vec();
            p.push(Seg::Index(i));
            match scalar_string(item) {
                Some(id) if answers.contains_key(&id) => ids.push(id),
                Some(id) if instrument.question(&id).is_some() => self.at_value(
                    &p,
                    format!("'{id}' is listed as carried over but has no answer"),
                    "remove it from carried, or give its answer",
                ),
                Some(id) => self.at_value(
                    &p,
                    format!(
                        "carried answer '{}' is not a question of {} version {}",
                        quoted(&id),
                        instrument.id,
                        instrument.version
                    ),
                    "correct the id or remove it from carried",
                ),
                None => self.at_value(
                    &p,
                    "a carried answer is named by its question id",
                    "write the question id, e.g. respect.1",
                ),
            }
        }
        ids.sort_by_key(|id| instrument.questions.iter().position(|q| &q.id == id));
        ids.dedup();
        ids
    }
}

/// A value from a file as a message quotes it: at most 200 characters.
fn quoted(s: &str) -> String {
    if s.chars().count() > 200 {
        let cut: String = s.chars().take(200).collect();
        format!("{cut}…")
    } else {
        s.to_string()
    }
}
