//! Writing responses in the import layout: `respondent`, `role`, then every answer path in
//! questionnaire order, each question's evidence, confidence, note and N/A reason after its
//! answer when any response has them. Codes are written so that a survey tool and a person both read them:
//! numbers for scale points and points, Kano words (`like`, `must-be`, …), `NA`, empty for
//! unanswered.

use std::borrow::Cow;
use std::io::Write;

use super::columns::{AnswerPath, ExtraKind, answer_paths};
use crate::error::{Error, Result};
use crate::instrument::{Instrument, Question, QuestionKind};
use crate::response::evidence::evidence_cell;
use crate::response::{Answer, PartValue, Response, number};

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

fn write_error(e: &csv::Error) -> Error {
    Error::io("<csv>", std::io::Error::other(e.to_string()))
}

fn header_cells(paths: &[AnswerPath]) -> Vec<&str> {
    ["respondent", "role"]
        .into_iter()
        .chain(paths.iter().map(|p| p.name.as_str()))
        .collect()
}

/// The header row of the import sheet for `instrument`, newline-terminated.
pub fn header_row(instrument: &Instrument) -> Result<String> {
    let paths = answer_paths(instrument);
    let mut w = writer(Vec::new());
    w.write_record(header_cells(&paths))
        .map_err(|e| write_error(&e))?;
    let bytes = w
        .into_inner()
        .map_err(|e| Error::io("<csv>", e.into_error()))?;
    String::from_utf8(bytes).map_err(|e| Error::io("<csv>", std::io::Error::other(e)))
}

/// One exported column: an answer path, or one of a question's extra columns.
enum Exported {
    Answer(AnswerPath),
    Extra(usize, ExtraKind),
}

/// The columns to export: every answer path, each question's followed by its evidence,
/// confidence, note and N/A reason columns when some response carries them (a sheet without them
/// stays as it was).
fn columns(instrument: &Instrument, responses: &[Response]) -> Vec<(String, Exported)> {
    let has = |question: usize, what: ExtraKind| {
        let id = &instrument.questions[question].id;
        responses.iter().any(|r| match what {
            ExtraKind::Evidence => r.evidence.get(id).is_some_and(|l| !l.is_empty()),
            ExtraKind::Confidence => r.confidence.contains_key(id),
            ExtraKind::Note => r.notes.get(id).is_some_and(|n| !n.trim().is_empty()),
            ExtraKind::NaReason => na_reason(r, id).is_some(),
        })
    };
    let paths = answer_paths(instrument);
    let mut out = Vec::with_capacity(paths.len());
    let mut iter = paths.into_iter().peekable();
    while let Some(p) = iter.next() {
        let question = p.question;
        out.push((p.name.clone(), Exported::Answer(p)));
        if iter.peek().is_some_and(|next| next.question == question) {
            continue;
        }
        for what in ExtraKind::ALL {
            if has(question, what) {
                let name = format!("{}.{}", instrument.questions[question].id, what.suffix());
                out.push((name, Exported::Extra(question, what)));
            }
        }
    }
    out
}

/// Writes `responses` as CSV in the import layout to `out`.
pub fn write_csv<W: Write>(instrument: &Instrument, responses: &[Response], out: W) -> Result<()> {
    let columns = columns(instrument, responses);
    let mut w = writer(out);
    w.write_record(
        ["respondent", "role"]
            .into_iter()
            .chain(columns.iter().map(|(name, _)| name.as_str())),
    )
    .map_err(|e| write_error(&e))?;
    let mut row: Vec<Cow<'_, str>> = Vec::with_capacity(columns.len() + 2);
    for r in responses {
        row.clear();
        row.push(Cow::Borrowed(r.respondent.as_str()));
        row.push(Cow::Borrowed(r.role.as_deref().unwrap_or("")));
        for (_, c) in &columns {
            row.push(match c {
                Exported::Answer(p) => {
                    let q = &instrument.questions[p.question];
                    cell(q, p.part, r.answers.get(&q.id))
                }
                Exported::Extra(question, what) => {
                    let id = &instrument.questions[*question].id;
                    match what {
                        ExtraKind::Evidence => Cow::Owned(evidence_cell(r.evidence_on(id))),
                        ExtraKind::Confidence => {
                            Cow::Borrowed(r.confidence.get(id).map_or("", |c| c.word()))
                        }
                        ExtraKind::Note => {
                            Cow::Borrowed(r.notes.get(id).map_or("", String::as_str))
                        }
                        ExtraKind::NaReason => Cow::Borrowed(na_reason(r, id).unwrap_or("")),
                    }
                }
            });
        }
        w.write_record(row.iter().map(|c| c.as_bytes()))
            .map_err(|e| write_error(&e))?;
    }
    w.flush().map_err(|e| Error::io("<csv>", e))
}

/// The CSV text of `responses` in the import layout.
pub fn to_csv(instrument: &Instrument, responses: &[Response]) -> Result<String> {
    let mut bytes = Vec::new();
    write_csv(instrument, responses, &mut bytes)?;
    String::from_utf8(bytes).map_err(|e| Error::io("<csv>", std::io::Error::other(e)))
}

/// The reason given for `r`'s N/A answer to question `id`, when there is one.
fn na_reason<'a>(r: &'a Response, id: &str) -> Option<&'a str> {
    match r.answers.get(id) {
        Some(Answer::Na(Some(reason))) if !reason.trim().is_empty() => Some(reason.as_str()),
        _ => None,
    }
}

/// The cell for `part` of the answer to `q`.
fn cell<'a>(q: &Question, part: Option<usize>, answer: Option<&'a Answer>) -> Cow<'a, str> {
    let Some(answer) = answer else {
        return Cow::Borrowed("");
    };
    match (answer, part) {
        // In a text column `NA` is text like any other, so N/A has a marker of its own.
        (Answer::Na(_), None) if matches!(q.kind, QuestionKind::Text) => {
            Cow::Borrowed(super::TEXT_NA)
        }
        (Answer::Na(_), _) => Cow::Borrowed("NA"),
        (Answer::Value(v), None) => Cow::Owned(v.to_string()),
        (Answer::Text(s), None) => Cow::Borrowed(s.as_str()),
        (
            Answer::Kano {
                functional,
                dysfunctional,
                importance,
            },
            Some(p),
        ) => match p {
            0 => functional.map_or(Cow::Borrowed(""), |w| Cow::Borrowed(w.word())),
            1 => dysfunctional.map_or(Cow::Borrowed(""), |w| Cow::Borrowed(w.word())),
            _ => importance.map_or(Cow::Borrowed(""), |v| Cow::Owned(v.to_string())),
        },
        (Answer::Parts(_), Some(p)) => {
            let name = match &q.kind {
                QuestionKind::Pair { parts, .. } => parts.get(p).map(String::as_str),
                QuestionKind::Allocation { parts, .. } => parts.get(p).map(|x| x.id.as_str()),
                _ => None,
            };
            match name.and_then(|n| answer.part(n)) {
                Some(PartValue::Num(v)) => Cow::Owned(number(v)),
                Some(PartValue::Na) => Cow::Borrowed("NA"),
                None => Cow::Borrowed(""),
            }
        }
        // A results file read against its instrument never pairs an answer with the wrong
        // question kind; were it to, the cell stays empty rather than inventing a value.
        _ => Cow::Borrowed(""),
    }
}
