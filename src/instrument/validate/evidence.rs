//! `evidence: required` on a question or a section: every answer to it (or to each of the
//! section's questions, repeated ones included) must carry evidence, which `cxassess check`
//! holds answers to. `evidence: optional` is the default, written out. Also reserves the words
//! `evidence`, `confidence`, `note` and `na_reason` as part ids, since `<question>.evidence`,
//! `<question>.confidence`, `<question>.note` and `<question>.na_reason` name a question's extra
//! columns in CSV files.

use std::collections::HashMap;

use super::Checker;
use crate::instrument::raw::RawSection;
use crate::instrument::{Question, QuestionKind, Section};
use crate::lang::messages;
use crate::tr;
use crate::yaml::Seg;
use crate::ypath;

/// Words an answer part may not be called.
const RESERVED: [&str; 4] = ["evidence", "confidence", "note", "na_reason"];

/// Whether `value` (at `path`) says evidence is required; a problem when it is not a word we
/// know.
fn required(c: &mut Checker<'_>, value: Option<&String>, path: &[Seg]) -> bool {
    match value.map(|v| v.trim()) {
        None | Some("optional") => false,
        Some("required") => true,
        Some(other) => {
            c.at_value(
                path,
                tr!(
                    messages(),
                    "err-instrument-evidence",
                    value = crate::yaml::clip(other, crate::yaml::QUOTE_CHARS)
                ),
                tr!(messages(), "err-instrument-evidence-fix"),
            );
            false
        }
    }
}

/// Sets [`Question::evidence_required`] from the questions' and sections' `evidence:` fields,
/// and refuses answer parts named with a reserved word.
pub(super) fn check(
    c: &mut Checker<'_>,
    raw: &[RawSection],
    sections: &[Section],
    questions: &mut [Question],
    ids: &HashMap<String, Vec<Seg>>,
) {
    for (si, s) in raw.iter().enumerate() {
        let whole = required(c, s.evidence.as_ref(), &ypath!["sections", si, "evidence"]);
        if whole {
            for &q in sections.get(si).map_or(&[][..], |s| s.questions.as_slice()) {
                questions[q].evidence_required = true;
            }
        }
        for (qi, rq) in s.questions.iter().enumerate() {
            let path = ypath!["sections", si, "questions", qi, "evidence"];
            if required(c, rq.evidence.as_ref(), &path) {
                if let Some(q) = questions.iter_mut().find(|q| q.id == rq.id) {
                    q.evidence_required = true;
                }
            }
        }
    }
    for q in questions.iter() {
        let parts: Vec<&str> = match &q.kind {
            QuestionKind::Pair { parts, .. } => parts.iter().map(String::as_str).collect(),
            QuestionKind::Allocation { parts, .. } => parts.iter().map(|p| p.id.as_str()).collect(),
            _ => Vec::new(),
        };
        for part in parts.into_iter().filter(|p| RESERVED.contains(p)) {
            let path = ids.get(&q.id).cloned().unwrap_or_default();
            c.at(
                &path,
                tr!(
                    messages(),
                    "err-instrument-reserved-part",
                    id = q.id.as_str(),
                    part = part
                ),
                tr!(
                    messages(),
                    "err-instrument-reserved-part-fix",
                    id = q.id.as_str(),
                    part = part
                ),
            );
        }
    }
}
