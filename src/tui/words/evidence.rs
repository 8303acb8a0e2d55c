//! Evidence and confidence in words, for the runner's overlays, its question screen and the
//! plain mode. The kind words are the reports' own (`evidence-supports`, `evidence-contradicts`),
//! so a screen and a report say the same thing.

use crate::lang::Lang;
use crate::response::{Confidence, EvidenceError, EvidenceKind};
use crate::tr;
use crate::tui::app::EvidenceProblem;
use crate::tui::session::Session;

/// "supports" or "contradicts".
pub fn kind_word(lang: Lang, kind: EvidenceKind) -> String {
    match kind {
        EvidenceKind::Supports => tr!(lang, "evidence-supports"),
        EvidenceKind::Contradicts => tr!(lang, "evidence-contradicts"),
    }
}

/// "low", "medium", "high", or for `None` "none".
pub fn level_word(lang: Lang, level: Option<Confidence>) -> String {
    match level {
        Some(Confidence::Low) => tr!(lang, "tui-confidence-low"),
        Some(Confidence::Medium) => tr!(lang, "tui-confidence-medium"),
        Some(Confidence::High) => tr!(lang, "tui-confidence-high"),
        None => tr!(lang, "tui-confidence-none"),
    }
}

/// Why evidence or a confidence was not recorded.
pub fn evidence_error(lang: Lang, e: &EvidenceError) -> String {
    match e {
        EvidenceError::EmptyRef => tr!(lang, "tui-evidence-empty"),
        EvidenceError::LongRef { chars, max } => {
            tr!(lang, "tui-evidence-long", chars = *chars, max = *max)
        }
        EvidenceError::TooMany { max } => tr!(lang, "tui-evidence-too-many", max = *max),
        EvidenceError::NoQuestion(id) => tr!(lang, "tui-evidence-no-question", id = id.as_str()),
        EvidenceError::Kind(word) => tr!(lang, "tui-evidence-bad-kind", word = word.as_str()),
        EvidenceError::Level(word) => tr!(lang, "tui-evidence-bad-level", word = word.as_str()),
    }
}

/// The refusal shown in the evidence overlay.
pub fn evidence_problem(lang: Lang, p: &EvidenceProblem) -> String {
    match p {
        EvidenceProblem::Duplicate => tr!(lang, "tui-evidence-duplicate"),
        EvidenceProblem::Refused(e) => evidence_error(lang, e),
    }
}

/// "Evidence: 2 (1 supports, 1 contradicts)" for step `i`'s question; `None` without evidence.
pub fn evidence_summary(session: &Session, lang: Lang, i: usize) -> Option<String> {
    let evidence = session.evidence(i);
    if evidence.is_empty() {
        return None;
    }
    let supports = evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Supports)
        .count();
    Some(tr!(
        lang,
        "tui-evidence-line",
        n = evidence.len(),
        supports = supports,
        contradicts = evidence.len() - supports
    ))
}

/// "Confidence: low" for step `i`'s question; `None` without a confidence.
pub fn confidence_summary(session: &Session, lang: Lang, i: usize) -> Option<String> {
    let level = session.confidence(i)?;
    Some(tr!(
        lang,
        "tui-confidence-line",
        level = level_word(lang, Some(level))
    ))
}

/// The compact line under a question: "Evidence: 2 (1 supports, 1 contradicts) · Confidence:
/// low", or that evidence is required and missing. `None` when there is nothing to say; the
/// flag says that required evidence is missing.
pub fn evidence_status(session: &Session, lang: Lang, i: usize) -> Option<(String, bool)> {
    let missing = session.evidence_missing(i);
    let evidence = if missing {
        Some(tr!(lang, "tui-evidence-missing"))
    } else {
        evidence_summary(session, lang, i)
    };
    let parts: Vec<String> = [evidence, confidence_summary(session, lang, i)]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| (parts.join(" · "), missing))
}
