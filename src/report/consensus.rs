//! A consensus among the raters (SPEC "Agreement and consensus"): when the responses of a
//! `pyramid` or `maturity` report include the one `run --consensus` records (respondent and role
//! `consensus`), the headline figures (level, stage, index) come from it and the raters' own
//! figures stand beside it, per role.
//!
//! The consensus workshop settles the disputed items only, so the consensus response answers
//! those and nothing else. The headline is therefore computed over the raters with each rater's
//! rating of an agreed item replaced by the agreed rating: the agreed items count as agreed, the
//! others as the raters gave them (they were within a point of each other). When the consensus
//! answers every item, every rater becomes the consensus and the headline is the consensus's own.

use serde::Serialize;

use super::Report;
use crate::instrument::{Instrument, Kind};
use crate::response::Response;
use crate::score::agree::{CONSENSUS, rated_items};
use crate::score::{self, ScoreOptions, Scoring};

/// What the consensus changed, for the report's first lines, its method and JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Consensus {
    /// Items with an agreed rating.
    pub items: usize,
    /// Raters beside the consensus.
    pub raters: usize,
    /// Disputed items (ratings two points apart or more) still without an agreed rating: their
    /// figures are the raters' own.
    pub open: usize,
}

/// Whether `r` is a consensus response (by respondent, or by role once an anonymised report has
/// replaced the names).
pub fn is_consensus(r: &Response) -> bool {
    r.respondent == CONSENSUS || r.role.as_deref() == Some(CONSENSUS)
}

/// The scoring of `responses` with the consensus for the headline: `None` unless the instrument
/// is a pyramid or maturity and the responses hold a consensus with at least one agreed rating
/// and at least one rater.
pub fn scoring(
    instrument: &Instrument,
    responses: &[Response],
    options: &ScoreOptions,
) -> Option<(Scoring, Consensus, bool)> {
    if !matches!(instrument.kind, Kind::Pyramid | Kind::Maturity) {
        return None;
    }
    let consensus = responses.iter().find(|r| is_consensus(r))?;
    let raters: Vec<Response> = responses
        .iter()
        .filter(|r| !is_consensus(r))
        .cloned()
        .collect();
    let rated: Vec<&str> = rated_items(instrument)
        .into_iter()
        .map(|q| instrument.questions[q].id.as_str())
        .collect();
    let agreed: Vec<(&String, &crate::response::Answer)> = consensus
        .answers
        .iter()
        .filter(|(id, _)| rated.contains(&id.as_str()))
        .collect();
    if raters.is_empty() || agreed.is_empty() {
        return None;
    }
    let adjusted: Vec<Response> = raters
        .iter()
        .map(|r| {
            let mut r = r.clone();
            for (id, answer) in &agreed {
                r.answers.insert((*id).clone(), (*answer).clone());
            }
            r
        })
        .collect();
    let own = score::score(instrument, &raters, options.clone());
    let headline = score::score(instrument, &adjusted, options.clone());
    // The rationales recorded with the consensus are voices like the raters' notes.
    let voices = score::score(instrument, responses, ScoreOptions::default()).voices;
    let mut by_role = own.by_role.clone();
    if by_role.is_empty() {
        let role = own
            .roles
            .keys()
            .next()
            .cloned()
            .unwrap_or_else(|| score::UNSPECIFIED_ROLE.to_string());
        by_role.insert(role, own.overall.clone());
    }
    by_role.insert(CONSENSUS.to_string(), headline.overall.clone());
    let scoring = Scoring {
        respondents: own.respondents,
        roles: own.roles,
        overall: headline.overall,
        by_role,
        voices,
        carried: own.carried,
    };
    let disputed = crate::score::agree::agreement(instrument, &raters);
    let open = disputed
        .disputed()
        .iter()
        .filter(|item| !agreed.iter().any(|(id, _)| **id == item.id))
        .count();
    let note = Consensus {
        items: agreed.len(),
        raters: raters.len(),
        open,
    };
    Some((scoring, note, consensus.complete))
}

impl Report<'_> {
    /// Takes the headline figures from the consensus among `responses` (the responses this
    /// report counted), when there is one; the raters' own figures then stand beside it by role.
    pub fn apply_consensus(&mut self, responses: &[Response], options: &ScoreOptions) {
        if let Some((scoring, note, complete)) = scoring(self.instrument, responses, options) {
            self.scoring = scoring;
            self.consensus = Some(note);
            if !complete {
                // The consensus is not a respondent: its open items are not a partial response.
                self.partial = self.partial.saturating_sub(1);
            }
        } else if responses.iter().any(is_consensus) {
            // A consensus with nothing agreed yet is not a rater: the raters alone.
            let raters: Vec<Response> = responses
                .iter()
                .filter(|r| !is_consensus(r))
                .cloned()
                .collect();
            if !raters.is_empty() {
                let open = responses
                    .iter()
                    .filter(|r| is_consensus(r) && !r.complete)
                    .count();
                self.scoring = score::score(self.instrument, &raters, options.clone());
                self.partial = self.partial.saturating_sub(open);
            }
        }
    }
}

#[cfg(test)]
mod tests;
