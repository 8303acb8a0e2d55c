//! Open points of a response (`cxassess check`): what is still to do before its answers can be
//! reported with confidence — steps of the respondent's role without an answer, "not
//! applicable" without a reason, answers marked low confidence, answers without the evidence
//! the questionnaire requires, and responses not complete. Pure: a response and its instrument
//! in, a list out.

use super::{Answer, Confidence, Response, step_answered};
use crate::instrument::Instrument;

/// What kind of open point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OpenKind {
    /// The response is not complete.
    Partial,
    /// A step of the respondent's role has no answer.
    Unanswered,
    /// "Not applicable" without a reason.
    NaWithoutReason,
    /// The questionnaire requires evidence, and the answer has none.
    NoEvidence,
    /// The answer is marked low confidence.
    LowConfidence,
}

impl OpenKind {
    /// Every kind, in the order a response's points are listed.
    pub const ALL: [OpenKind; 5] = [
        OpenKind::Partial,
        OpenKind::Unanswered,
        OpenKind::NaWithoutReason,
        OpenKind::NoEvidence,
        OpenKind::LowConfidence,
    ];

    /// The word in JSON (SPEC.md: `unanswered`, `na-without-reason`, `low-confidence`,
    /// `no-evidence`, `partial`).
    pub fn word(self) -> &'static str {
        match self {
            OpenKind::Partial => "partial",
            OpenKind::Unanswered => "unanswered",
            OpenKind::NaWithoutReason => "na-without-reason",
            OpenKind::NoEvidence => "no-evidence",
            OpenKind::LowConfidence => "low-confidence",
        }
    }
}

/// One open point of one respondent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenPoint {
    /// Whose response.
    pub respondent: String,
    /// The question, or `None` for the response as a whole (`partial`).
    pub question: Option<String>,
    /// What is open.
    pub kind: OpenKind,
}

/// The open points of `response`, answered against `instrument`: `partial` first, then per
/// question in questionnaire order.
pub fn open_points(instrument: &Instrument, response: &Response) -> Vec<OpenPoint> {
    let point = |question: Option<&str>, kind| OpenPoint {
        respondent: response.respondent.clone(),
        question: question.map(str::to_string),
        kind,
    };
    let mut out = Vec::new();
    if !response.complete {
        out.push(point(None, OpenKind::Partial));
    }
    let mut unanswered = vec![false; instrument.questions.len()];
    for step in instrument.steps_for(response.role.as_deref()) {
        // A comment left empty is not open (see [`crate::audience::needs_answer`]).
        if !step_answered(instrument, response, step)
            && crate::audience::needs_answer(instrument, step)
        {
            unanswered[step.question] = true;
        }
    }
    for (qi, q) in instrument.questions.iter().enumerate() {
        let id = q.id.as_str();
        if unanswered[qi] {
            out.push(point(Some(id), OpenKind::Unanswered));
        }
        match response.answers.get(id) {
            Some(Answer::Na(reason)) if reason.as_deref().is_none_or(|r| r.trim().is_empty()) => {
                out.push(point(Some(id), OpenKind::NaWithoutReason));
            }
            Some(Answer::Na(_)) => {}
            Some(_) if q.evidence_required && response.evidence_on(id).is_empty() => {
                out.push(point(Some(id), OpenKind::NoEvidence));
            }
            _ => {}
        }
        if response.confidence.get(id) == Some(&Confidence::Low) {
            out.push(point(Some(id), OpenKind::LowConfidence));
        }
    }
    out
}
