//! Gaps scoring — being built (see the issue for the model).

use serde::Serialize;

use super::ScoreOptions;
use crate::instrument::Instrument;
use crate::response::Response;

/// Gaps figures.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct GapsScore {
    /// Respondents seen.
    pub respondents: usize,
}

/// Accumulates gaps responses.
#[derive(Debug, Clone, Default)]
pub struct Accumulator {
    respondents: usize,
}

impl Accumulator {
    /// For `instrument`.
    pub fn new(_instrument: &Instrument, _options: &ScoreOptions) -> Self {
        Self::default()
    }

    /// Adds one respondent.
    pub fn add(&mut self, _response: &Response) {
        self.respondents += 1;
    }

    /// The figures.
    pub fn finish(self) -> GapsScore {
        GapsScore {
            respondents: self.respondents,
        }
    }
}
