//! Evidence and confidence on answers (SPEC.md "Notes, N/A reasons, evidence and confidence"):
//! what an answer rests on — a reference (a path, a URL, quoted words) marked as supporting or
//! contradicting it — and how sure the respondent or interviewer is of it (low, medium, high).
//! This module owns the words, the bounds, the checked ways to change them on a [`Response`]
//! (what the runner calls), and their encoding in one CSV cell. It knows nothing of files or
//! terminals.
//!
//! # The CSV cell
//! A question's evidence is one cell, `<question>.evidence`: its entries in order, each written
//! `<kind>: <ref>` (`supports: docs/x.pdf`), joined by ` | `. A `|` inside a reference is
//! doubled (`||`), so every single `|` separates entries and nothing else does; the spaces
//! around separators, and around each reference, are not part of it (references are stored
//! trimmed). Confidence is its own cell, `<question>.confidence`: `low`, `medium` or `high`.

use serde::Serialize;

use super::Response;
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::tr;

/// The longest reference kept, in characters: a path, a URL or a quoted sentence or two.
pub const MAX_REF_CHARS: usize = 500;

/// The most evidence entries on one answer.
pub const MAX_EVIDENCE_PER_ANSWER: usize = 20;

/// Whether a piece of evidence bears the answer out or speaks against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EvidenceKind {
    /// It bears the answer out.
    Supports,
    /// It speaks against the answer.
    Contradicts,
}

impl EvidenceKind {
    /// Both kinds, supporting first.
    pub const ALL: [EvidenceKind; 2] = [EvidenceKind::Supports, EvidenceKind::Contradicts];

    /// The word in results files, CSV cells and JSON.
    pub fn word(self) -> &'static str {
        match self {
            EvidenceKind::Supports => "supports",
            EvidenceKind::Contradicts => "contradicts",
        }
    }

    /// The kind a word names (as written, any case, surrounding spaces ignored).
    pub fn parse(word: &str) -> Option<EvidenceKind> {
        let w = word.trim();
        EvidenceKind::ALL
            .into_iter()
            .find(|k| k.word().eq_ignore_ascii_case(w))
    }
}

/// How sure the answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// A guess, or hearsay: worth checking before it is reported.
    Low,
    /// Fairly sure.
    Medium,
    /// Sure, and able to show why.
    High,
}

impl Confidence {
    /// Every level, lowest first.
    pub const ALL: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];

    /// The word in results files, CSV cells and JSON.
    pub fn word(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    /// The level a word names (any case, surrounding spaces ignored).
    pub fn parse(word: &str) -> Option<Confidence> {
        let w = word.trim();
        Confidence::ALL
            .into_iter()
            .find(|c| c.word().eq_ignore_ascii_case(w))
    }
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Evidence {
    /// What it is: a path, a URL, quoted words. Never empty, never with surrounding spaces, at
    /// most [`MAX_REF_CHARS`] characters.
    pub reference: String,
    /// Whether it supports or contradicts the answer.
    pub kind: EvidenceKind,
}

/// Why evidence or confidence cannot be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceError {
    /// The reference is empty (or only spaces).
    #[error("{}", tr!(messages(), "err-evidence-no-reference"))]
    EmptyRef,
    /// The reference is longer than [`MAX_REF_CHARS`].
    #[error("{}", tr!(messages(), "err-evidence-long-reference", chars = *.chars, max = *.max))]
    LongRef {
        /// Its length.
        chars: usize,
        /// The most allowed.
        max: usize,
    },
    /// The answer already carries [`MAX_EVIDENCE_PER_ANSWER`] entries.
    #[error("{}", tr!(messages(), "err-evidence-answer-full", max = *.max))]
    TooMany {
        /// The most allowed.
        max: usize,
    },
    /// No such question in the instrument.
    #[error("{}", tr!(messages(), "err-evidence-no-question", id = .0.as_str()))]
    NoQuestion(String),
    /// A word that is not an evidence kind.
    #[error("{}", tr!(messages(), "err-evidence-not-kind", word = .0.as_str()))]
    Kind(String),
    /// A word that is not a confidence level.
    #[error("{}", tr!(messages(), "err-evidence-not-level", word = .0.as_str()))]
    Level(String),
}

impl Evidence {
    /// Evidence with `reference` (trimmed) and `kind`, checked.
    pub fn new(reference: &str, kind: EvidenceKind) -> Result<Self, EvidenceError> {
        let reference = reference.trim();
        if reference.is_empty() {
            return Err(EvidenceError::EmptyRef);
        }
        let chars = reference.chars().count();
        if chars > MAX_REF_CHARS {
            return Err(EvidenceError::LongRef {
                chars,
                max: MAX_REF_CHARS,
            });
        }
        Ok(Self {
            reference: reference.to_string(),
            kind,
        })
    }
}

impl Response {
    /// The evidence recorded on `question` (none: an empty slice).
    pub fn evidence_on(&self, question: &str) -> &[Evidence] {
        self.evidence.get(question).map_or(&[], Vec::as_slice)
    }

    /// Adds `evidence` to `question` of `instrument`, after what is there. `Ok(false)` when the
    /// same reference is already recorded with the same kind (nothing changes).
    pub fn add_evidence(
        &mut self,
        instrument: &Instrument,
        question: &str,
        evidence: Evidence,
    ) -> Result<bool, EvidenceError> {
        if instrument.question(question).is_none() {
            return Err(EvidenceError::NoQuestion(question.to_string()));
        }
        let list = self.evidence_on(question);
        if list.contains(&evidence) {
            return Ok(false);
        }
        if list.len() >= MAX_EVIDENCE_PER_ANSWER {
            return Err(EvidenceError::TooMany {
                max: MAX_EVIDENCE_PER_ANSWER,
            });
        }
        self.evidence
            .entry(question.to_string())
            .or_default()
            .push(evidence);
        Ok(true)
    }

    /// Removes the `index`-th piece of evidence (from 0) on `question`, returning it.
    pub fn remove_evidence(&mut self, question: &str, index: usize) -> Option<Evidence> {
        let list = self.evidence.get_mut(question)?;
        if index >= list.len() {
            return None;
        }
        let removed = list.remove(index);
        if list.is_empty() {
            self.evidence.remove(question);
        }
        Some(removed)
    }

    /// Sets the confidence of the answer to `question` of `instrument` (`None` clears it).
    /// Returns whether anything changed.
    pub fn set_confidence(
        &mut self,
        instrument: &Instrument,
        question: &str,
        level: Option<Confidence>,
    ) -> Result<bool, EvidenceError> {
        if instrument.question(question).is_none() {
            return Err(EvidenceError::NoQuestion(question.to_string()));
        }
        let before = match level {
            Some(level) => self.confidence.insert(question.to_string(), level),
            None => self.confidence.remove(question),
        };
        Ok(before != level)
    }
}

/// The CSV cell of a question's evidence (see the module's documentation).
pub fn evidence_cell(evidence: &[Evidence]) -> String {
    let mut out = String::new();
    for (i, e) in evidence.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        out.push_str(e.kind.word());
        out.push_str(": ");
        out.push_str(&e.reference.replace('|', "||"));
    }
    out
}

/// Reads an evidence cell (see the module's documentation); empty: no evidence. The error says
/// what is wrong with which entry.
pub fn parse_evidence_cell(cell: &str) -> Result<Vec<Evidence>, String> {
    if cell.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut entries: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '|' {
            current.push(c);
        } else if chars.peek() == Some(&'|') {
            chars.next();
            current.push('|');
        } else {
            entries.push(std::mem::take(&mut current));
        }
    }
    entries.push(current);
    if entries.len() > MAX_EVIDENCE_PER_ANSWER {
        return Err(tr!(
            messages(),
            "err-csv-evidence-too-many",
            n = entries.len(),
            max = MAX_EVIDENCE_PER_ANSWER
        ));
    }
    let mut out = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let n = i + 1;
        let Some((word, reference)) = entry.split_once(':') else {
            return Err(tr!(
                messages(),
                "err-csv-evidence-no-kind",
                n = n,
                entry = quoted(entry)
            ));
        };
        let kind = EvidenceKind::parse(word).ok_or_else(|| {
            tr!(
                messages(),
                "err-csv-evidence-kind",
                n = n,
                word = quoted(word)
            )
        })?;
        let evidence = Evidence::new(reference, kind).map_err(|e| {
            tr!(
                messages(),
                "err-csv-evidence-entry",
                n = n,
                what = e.to_string()
            )
        })?;
        out.push(evidence);
    }
    Ok(out)
}

/// A piece of a cell quoted in a message: trimmed and cut short.
fn quoted(s: &str) -> String {
    format!("'{}'", crate::yaml::clip(s.trim(), 60))
}

#[cfg(test)]
mod tests;
