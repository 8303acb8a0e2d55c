//! What one header cell names: `respondent`, `role`, a question id, `<question-id>.<part>`, an
//! evidence, confidence, note or N/A reason column, or nothing (with a "did you mean" for a
//! likely typo).

use super::{AnswerPath, ExtraKind, Target, template_hint};
use crate::instrument::{Instrument, QuestionKind};
use crate::lang::messages;
use crate::tr;

/// What the header `name` names, or what is wrong with it.
pub(super) fn target_of(
    instrument: &Instrument,
    paths: &[AnswerPath],
    name: &str,
) -> Result<Target, (String, String)> {
    if name.eq_ignore_ascii_case("respondent") {
        return Ok(Target::Respondent);
    }
    if name.eq_ignore_ascii_case("role") {
        return Ok(Target::Role);
    }
    if let Some(question) = instrument.question_index(name) {
        let q = &instrument.questions[question];
        return match &q.kind {
            QuestionKind::Scale(_) | QuestionKind::Rubric(_) | QuestionKind::Text => {
                Ok(Target::Answer {
                    question,
                    part: None,
                })
            }
            _ => {
                let parts: Vec<&str> = paths
                    .iter()
                    .filter(|p| p.question == question)
                    .map(|p| p.name.as_str())
                    .collect();
                Err((
                    tr!(
                        messages(),
                        "err-csv-column-parts",
                        name = name,
                        kind = q.kind.type_name()
                    ),
                    tr!(
                        messages(),
                        "err-csv-column-parts-fix",
                        columns = crate::error::list(&parts)
                    ),
                ))
            }
        };
    }
    let split = name
        .rsplit_once('.')
        .and_then(|(qid, part)| Some((instrument.question_index(qid)?, qid, part)));
    if let Some((question, qid, part)) = split {
        // No answer part is named so (instrument validation reserves the words).
        for what in ExtraKind::ALL {
            if part == what.suffix() {
                return Ok(Target::Extra { question, what });
            }
        }
        return part_target(instrument, paths, question, qid, part);
    }
    let candidates = ["respondent", "role"]
        .into_iter()
        .chain(paths.iter().map(|p| p.name.as_str()));
    let fix = if let Some(s) = suggest(name, candidates) {
        tr!(
            messages(),
            "err-csv-column-unknown-suggest-fix",
            suggestion = s,
            hint = template_hint(instrument)
        )
    } else {
        tr!(
            messages(),
            "err-csv-column-unknown-fix",
            id = instrument.id.as_str(),
            hint = template_hint(instrument)
        )
    };
    Err((
        tr!(
            messages(),
            "err-csv-column-unknown",
            name = name,
            id = instrument.id.as_str(),
            version = instrument.version.to_string()
        ),
        fix,
    ))
}

fn part_target(
    instrument: &Instrument,
    paths: &[AnswerPath],
    question: usize,
    qid: &str,
    part: &str,
) -> Result<Target, (String, String)> {
    let q = &instrument.questions[question];
    let full = format!("{qid}.{part}");
    if let Some(p) = paths
        .iter()
        .find(|p| p.question == question && p.name == full)
    {
        return Ok(Target::Answer {
            question,
            part: p.part,
        });
    }
    let names: Vec<&str> = paths
        .iter()
        .filter(|p| p.question == question)
        .map(|p| p.name.as_str())
        .collect();
    match &q.kind {
        QuestionKind::Scale(_) | QuestionKind::Rubric(_) | QuestionKind::Text => Err((
            tr!(messages(), "err-csv-column-single", id = qid, part = part),
            tr!(messages(), "err-csv-column-single-fix", id = qid),
        )),
        QuestionKind::Kano {
            importance: None, ..
        } if part == "importance" => Err((
            tr!(
                messages(),
                "err-csv-column-no-importance",
                id = qid,
                instrument = instrument.id.as_str()
            ),
            tr!(messages(), "err-csv-column-no-importance-fix"),
        )),
        _ => {
            let columns = crate::error::list(&names);
            let fix = if let Some(s) = suggest(&full, names.iter().copied()) {
                tr!(
                    messages(),
                    "err-csv-column-part-suggest-fix",
                    suggestion = s,
                    columns = columns
                )
            } else {
                tr!(messages(), "err-csv-column-part-fix", columns = columns)
            };
            Err((
                tr!(messages(), "err-csv-column-part", id = qid, part = part),
                fix,
            ))
        }
    }
}

/// The closest candidate to `name` when it is close enough to be a likely typo.
fn suggest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let limit = (lower.chars().count() / 3).max(1);
    candidates
        .map(|c| (edit_distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = substitute.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("respect.1", "respect.1"), 0);
        assert_eq!(edit_distance("respekt.1", "respect.1"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("尊重", "尊敬"), 1);
    }

    #[test]
    fn suggestions_are_only_made_for_close_names() {
        let names = ["respect.1", "respect.2", "trust.1"];
        assert_eq!(suggest("Respect.1", names.into_iter()), Some("respect.1"));
        assert_eq!(suggest("respct.2", names.into_iter()), Some("respect.2"));
        assert_eq!(suggest("weather", names.into_iter()), None);
    }
}
