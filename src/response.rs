//! Answers and results files. A results file (`cxassess-results/1`, SPEC.md) names the instrument
//! it was answered against and holds one entry per respondent. This module reads results files
//! against their instrument (reporting every problem with line and column), writes them in
//! questionnaire order so that one changed answer is one changed line, saves atomically under a
//! per-file lock, and imports/exports the CSV layout. It knows nothing of scores or terminals.
//!
//! Writing goes one way, with no module importing one that imports it: [`write`] makes the
//! canonical text, [`merge`] lays it over a file's own text, [`atomic`] puts bytes on disk,
//! [`lock`] keeps writers apart, and `save` puts them together.

mod atomic;
pub mod carry;
pub mod csv;
pub mod evidence;
mod folders;
pub mod kano_words;
pub mod lock;
mod merge;
pub mod open;
mod read;
mod save;
pub mod store;
mod write;

use std::collections::BTreeMap;

pub use atomic::resolve_target;
pub use evidence::{Confidence, Evidence, EvidenceError, EvidenceKind};
pub use kano_words::KanoWord;
pub use read::{
    ResultsHead, parse_answer_value, read_results, read_results_each, read_results_str,
    read_single_response,
};
pub use save::{save_atomic, save_held, try_update_results, update_results, write_atomic};
pub use write::{answer_yaml, number, to_yaml, yaml_string};

use crate::instrument::Instrument;

/// The `format:` line of results files.
pub const FORMAT: &str = "cxassess-results/1";

/// One part of a compound answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PartValue {
    /// A number (a scale point, or allocated points).
    Num(f64),
    /// Not applicable.
    Na,
}

impl PartValue {
    /// The number, if any.
    pub fn num(self) -> Option<f64> {
        match self {
            PartValue::Num(v) => Some(v),
            PartValue::Na => None,
        }
    }
}

/// One answer. Unanswered questions have no entry at all: unanswered is never zero.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// A scale point or rubric level.
    Value(i32),
    /// Not applicable, with an optional reason.
    Na(Option<String>),
    /// A Kano answer; parts may be missing while the respondent is half-way through a feature.
    Kano {
        /// Answer to "if it HAS the feature".
        functional: Option<KanoWord>,
        /// Answer to "if it does NOT have the feature".
        dysfunctional: Option<KanoWord>,
        /// Self-stated importance, 1–9.
        importance: Option<i32>,
    },
    /// Parts of a pair or allocation question, in the question's part order; a missing part is
    /// unanswered.
    Parts(Vec<(String, PartValue)>),
    /// Free text.
    Text(String),
}

impl Answer {
    /// The part `name` of a compound answer.
    pub fn part(&self, name: &str) -> Option<PartValue> {
        match self {
            Answer::Parts(parts) => parts.iter().find(|(k, _)| k == name).map(|(_, v)| *v),
            _ => None,
        }
    }

    /// Whether the answer is not applicable.
    pub fn is_na(&self) -> bool {
        matches!(self, Answer::Na(_))
    }
}

/// One respondent's answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Response {
    /// Who answered (a name or an anonymous code).
    pub respondent: String,
    /// manager | staff | customer | consultant | any word.
    pub role: Option<String>,
    /// When the first answer was given (RFC 3339).
    pub started: Option<String>,
    /// When the last session on it ended (RFC 3339).
    pub updated: Option<String>,
    /// Whether every question was reached.
    pub complete: bool,
    /// Further respondent fields (segment, region, …), usable for segments in reports.
    pub fields: BTreeMap<String, String>,
    /// Answers by question id.
    pub answers: BTreeMap<String, Answer>,
    /// Notes (evidence, quotes) by question id.
    pub notes: BTreeMap<String, String>,
    /// The results file (or engagement folder) of an earlier wave whose answers were offered to
    /// be carried over (`run --from`).
    pub carried_from: Option<String>,
    /// Questions whose answer was carried over from `carried_from` and kept unchanged, in
    /// questionnaire order.
    pub carried: Vec<String>,
    /// What answers rest on, by question id: references that support or contradict them, in
    /// the order they were given (see [`evidence`]).
    pub evidence: BTreeMap<String, Vec<Evidence>>,
    /// How sure answers are, by question id.
    pub confidence: BTreeMap<String, Confidence>,
}

impl Response {
    /// A respondent field by name: `respondent`, `role` or any extra field.
    pub fn field(&self, name: &str) -> Option<&str> {
        match name {
            "respondent" => Some(self.respondent.as_str()),
            "role" => self.role.as_deref(),
            other => self.fields.get(other).map(String::as_str),
        }
    }

    /// The number of runner steps that have an answer (the steps of the respondent's role).
    pub fn answered_steps(&self, instrument: &Instrument) -> usize {
        instrument
            .steps_for(self.role.as_deref())
            .into_iter()
            .filter(|s| step_answered(instrument, self, *s))
            .count()
    }

    /// The first step without an answer, if any.
    pub fn first_unanswered(&self, instrument: &Instrument) -> Option<usize> {
        instrument
            .steps_for(self.role.as_deref())
            .into_iter()
            .position(|s| !step_answered(instrument, self, s))
    }
}

/// Whether a runner step has its answer (a whole-question N/A answers every part).
pub fn step_answered(
    instrument: &Instrument,
    response: &Response,
    step: crate::instrument::Step,
) -> bool {
    let q = &instrument.questions[step.question];
    response
        .answers
        .get(&q.id)
        .is_some_and(|answer| answer_fills(q, answer, step.part))
}

/// Whether `answer`, given to `q`, answers the step of `q` for `part` (see
/// [`crate::instrument::Step::part`]).
pub fn answer_fills(q: &crate::instrument::Question, answer: &Answer, part: Option<usize>) -> bool {
    use crate::instrument::QuestionKind;
    if answer.is_na() {
        return true;
    }
    match (&q.kind, answer, part) {
        (QuestionKind::Pair { parts, .. }, Answer::Parts(_), Some(p)) => {
            answer.part(&parts[p]).is_some()
        }
        (
            QuestionKind::Kano { .. },
            Answer::Kano {
                functional,
                dysfunctional,
                importance,
            },
            Some(p),
        ) => match p {
            0 => functional.is_some(),
            1 => dysfunctional.is_some(),
            _ => importance.is_some(),
        },
        _ => true,
    }
}

/// Which instrument a results file was answered against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstrumentRef {
    /// Instrument id.
    pub id: String,
    /// Version.
    pub version: u32,
    /// `builtin`, or the instrument file's path as given.
    pub source: String,
    /// SHA-256 of the instrument's content.
    pub digest: String,
}

impl InstrumentRef {
    /// The reference to `instrument`.
    pub fn of(instrument: &Instrument) -> Self {
        Self {
            id: instrument.id.clone(),
            version: instrument.version,
            source: instrument.source_label(),
            digest: instrument.digest.clone(),
        }
    }
}

/// What the assessment is about.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    /// The organisation assessed.
    pub organization: Option<String>,
    /// The assessment date (YYYY-MM-DD), used to order waves in `diff` and `trend`.
    pub date: Option<String>,
    /// The wave's label (2026-Q4): files sharing a period are one wave in `diff` and `trend`.
    pub period: Option<String>,
    /// Further fields, kept as written.
    pub fields: BTreeMap<String, String>,
}

/// A results file.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// The instrument.
    pub instrument: InstrumentRef,
    /// The assessment.
    pub assessment: Assessment,
    /// One entry per respondent.
    pub responses: Vec<Response>,
}

impl Results {
    /// An empty results file for `instrument`.
    pub fn new(instrument: &Instrument) -> Self {
        Self {
            instrument: InstrumentRef::of(instrument),
            assessment: Assessment::default(),
            responses: Vec::new(),
        }
    }
}

/// The current time as RFC 3339, seconds precision, UTC. `CXASSESS_NOW` (an RFC 3339 time)
/// replaces the clock, so that tests and reproducible demos get the same bytes every run.
pub fn now_rfc3339() -> String {
    format!("{:.0}", now())
}

/// The current time, or `CXASSESS_NOW` when it is set (see [`now_rfc3339`]).
pub fn now() -> jiff::Timestamp {
    std::env::var("CXASSESS_NOW")
        .ok()
        .and_then(|v| v.parse::<jiff::Timestamp>().ok())
        .unwrap_or_else(jiff::Timestamp::now)
}
