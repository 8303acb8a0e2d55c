//! Evidence and confidence on the question of a step, for both runners: the checked changes of
//! [`crate::response::evidence`] addressed by step instead of question id. Nothing is written
//! here; the runners save after a change as they do after an answer.

use super::Session;
use crate::response::{Confidence, Evidence, EvidenceError, EvidenceKind};

impl Session {
    /// The evidence recorded on step `i`'s question.
    pub fn evidence(&self, i: usize) -> &[Evidence] {
        self.response().evidence_on(&self.question(i).id)
    }

    /// Adds evidence (`reference`, trimmed, marked `kind`) to step `i`'s question, after what is
    /// there. `Ok(false)` when that exact entry is already recorded (nothing changes).
    pub fn add_evidence(
        &mut self,
        i: usize,
        reference: &str,
        kind: EvidenceKind,
    ) -> Result<bool, EvidenceError> {
        let evidence = Evidence::new(reference, kind)?;
        let id = self.question(i).id.clone();
        let response = &mut self.results.responses[self.index];
        response.add_evidence(&self.instrument, &id, evidence)
    }

    /// Removes the `index`-th piece of evidence (from 0) on step `i`'s question.
    pub fn remove_evidence(&mut self, i: usize, index: usize) -> Option<Evidence> {
        let id = self.question(i).id.clone();
        self.response_mut().remove_evidence(&id, index)
    }

    /// The confidence recorded on step `i`'s question.
    pub fn confidence(&self, i: usize) -> Option<Confidence> {
        self.response()
            .confidence
            .get(&self.question(i).id)
            .copied()
    }

    /// Sets (`None`: clears) the confidence of step `i`'s question. Returns whether it changed.
    pub fn set_confidence(&mut self, i: usize, level: Option<Confidence>) -> bool {
        let id = self.question(i).id.clone();
        let response = &mut self.results.responses[self.index];
        // The question is the instrument's own, so it is never refused.
        response
            .set_confidence(&self.instrument, &id, level)
            .unwrap_or(false)
    }

    /// Whether step `i`'s question must carry evidence (`evidence: required`) and has none.
    pub fn evidence_missing(&self, i: usize) -> bool {
        self.question(i).evidence_required && self.evidence(i).is_empty()
    }
}
