//! CSV import and export in the layout of SPEC.md ("CSV import layout"), generic over answer
//! paths: one importer and one exporter serve every instrument, built-in or custom.
//!
//! # Layout
//! A header row, then one row per respondent. Optional `respondent` and `role` columns; every
//! other column is an answer path ([`answer_paths`]): `<question-id>` for scale, rubric and text
//! questions, `<question-id>.<part>` for compound ones — Kano `.functional`, `.dysfunctional`,
//! `.importance`; pair parts (`tangibles.1.expected`); allocation parts (`weights.reliability`).
//! Question ids contain dots, so a header is first tried whole as a question id, then split at its
//! last dot. Columns come in any order and may be a subset; an unknown or duplicate column is an
//! error naming it (with a "did you mean" when a name is close). A column with an empty header
//! (spreadsheets leave trailing ones) is ignored while its cells are empty.
//!
//! Cells hold codes or labels: scale numbers or any label of the scale (English or Chinese, case
//! and whitespace ignored), any Kano wording set (`KanoWord::parse`), non-negative points for
//! allocations; `NA`/`N/A` for not applicable, except in a text column, where every cell is
//! the respondent's text (`NA` included) and `#N/A` is not applicable; empty for unanswered
//! (never zero). NA is per part
//! for pair questions (NA in every part is the whole question not applicable); for Kano and
//! allocation questions NA only means the whole question, so it cannot stand beside answers in
//! the same question. UTF-8 with or without a byte-order mark; the delimiter (comma, semicolon,
//! tab) is detected from the header line. On import, an allocation with every part given that
//! does not add up to its total is scaled to it and gets a note ("renormalised from 90 to 100
//! points on import"); one with a part missing is kept as given (scoring does not use it); one
//! adding up to 0 is an error. Read for a report, allocations are passed on as given: the scorer
//! renormalises and counts them. Respondents without a `respondent` cell are named `row-<n>`, n the row
//! number (the header is row 1). Every problem names the file, row, column and header.
//!
//! # Streaming
//! [`CsvResponses`] reads one record at a time into a reused `csv::StringRecord` and yields one
//! [`Response`] per row, so memory does not grow with the row count. `report --instrument X
//! data.csv` folds them into score accumulators:
//!
//! ```no_run
//! # fn main() -> cxassess::Result<()> {
//! use cxassess::instrument::Instrument;
//! use cxassess::response::csv::{CsvResponses, read_csv_responses};
//! let instrument = Instrument::load("kano")?;
//! // Stop at the first bad row:
//! for response in CsvResponses::open(&instrument, "data.csv".as_ref())? {
//!     let response = response?;
//!     // accumulate(&response);
//! }
//! // Or check every row, collecting up to 50 problems as `import` does:
//! let summary = read_csv_responses(&instrument, "data.csv".as_ref(), |response| {
//!     // accumulate(&response);
//!     let _ = response;
//! })?;
//! eprintln!("{} responses", summary.responses);
//! # Ok(()) }
//! ```
//!
//! Two optional columns per question carry what an answer rests on: `<question-id>.evidence`
//! (`supports: docs/x.pdf | contradicts: interview …`, see [`crate::response::evidence`]) and
//! `<question-id>.confidence` (`low`, `medium`, `high`). `export` writes them after the
//! question's answer columns, for the questions where some response has them.
//!
//! # Round trip
//! `export` writes this layout, and export → import gives back the same answers, evidence and
//! confidence. Not in the layout, so not carried: notes, N/A reasons, `started`/`updated`,
//! extra respondent fields.
//! Also not reproducible through CSV: an empty respondent name (it becomes `row-<n>`), a text
//! answer that is blank or reads `#N/A`, a pair with every part N/A (it comes back as the whole
//! question N/A), and an allocation that did not add up to its total (it comes back
//! renormalised).
//!
//! This module must not score anything or know about terminals.

/// Not applicable in a text column. Everywhere else `NA`/`N/A` mean N/A, but a text cell holds
/// the respondent's words, and "NA" is something people write; `#N/A` is the spreadsheet's own
/// "no value", which survives a round trip through Excel or LibreOffice.
const TEXT_NA: &str = "#N/A";

mod ahead;
mod cells;
mod columns;
mod export;
mod extras;
mod fast;
mod row;
mod split;
mod stream;

use std::collections::HashMap;
use std::path::Path;

pub use cells::Cell;
pub use columns::{AnswerPath, answer_paths};
pub use export::{header_row, to_csv, write_csv};
pub(crate) use fast::fold_fast_at;
pub use fast::{Gaps, RowSink, fold_fast};
pub(crate) use split::fold_csv_parts_at;
pub use split::{SPLIT_MIN_BYTES, fold_csv_parts};
pub use stream::CsvResponses;

use crate::error::{Error, Place, Problem, Result};
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::response::Response;
use crate::tr;

/// The number of problems after which reading stops: past it, more are noise.
pub const MAX_PROBLEMS: usize = 50;

/// What reading a whole CSV file found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvSummary {
    /// Data rows read (not counting the header).
    pub rows: u64,
    /// Responses read (rows with every cell empty are skipped).
    pub responses: usize,
    /// Allocations renormalised to their total.
    pub renormalised: usize,
}

/// A problem at a CSV row and column (`column` from 0, shown from 1).
pub(crate) fn place(
    file: &str,
    row: u64,
    column: usize,
    header: &str,
    what: String,
    fix: String,
) -> Problem {
    Problem {
        file: file.to_string(),
        place: Place::Csv {
            row,
            column: column + 1,
            header: header.to_string(),
        },
        what,
        fix,
    }
}

/// Reads every row of the CSV file at `path`, calling `visit` with each valid response in file
/// order. Every row is checked; problems are collected (up to [`MAX_PROBLEMS`], then reading
/// stops with an "and more…" line) and returned together as `Error::Invalid` after the last row.
/// `visit` may have seen some responses by then: callers that must not act on a bad file should
/// act only on `Ok`. Allocations are passed on as given (the scorer renormalises and counts
/// them), so the summary's `renormalised` is 0 here.
pub fn read_csv_responses(
    instrument: &Instrument,
    path: &Path,
    mut visit: impl FnMut(&Response),
) -> Result<CsvSummary> {
    check_rows(instrument, path, false, |_, _, r| {
        visit(r);
        None
    })
}

/// [`read_csv_responses`] with a visitor that is told the row and the file, and may find a
/// problem of its own with the response.
fn check_rows(
    instrument: &Instrument,
    path: &Path,
    rescale_allocations: bool,
    mut visit: impl FnMut(&CsvResponses<'_, std::fs::File>, u64, &Response) -> Option<Problem>,
) -> Result<CsvSummary> {
    let mut rows = CsvResponses::open(instrument, path)?;
    if !rescale_allocations {
        rows = rows.allocations_as_given();
    }
    let mut problems: Vec<Problem> = Vec::new();
    let mut responses = 0;
    // Each row is read into the stream's own response and lent to `visit`: no allocation per row.
    while let Some(item) = rows.advance() {
        match item {
            Ok(()) => {
                responses += 1;
                problems.extend(visit(&rows, rows.row(), rows.current()));
            }
            Err(Error::Invalid(ps)) => problems.extend(ps),
            Err(e) => return Err(e),
        }
        if problems.len() >= MAX_PROBLEMS {
            let row = rows.row();
            if rows.advance().is_some() {
                problems.push(Problem::file(
                    rows.file(),
                    tr!(
                        messages(),
                        "err-csv-and-more",
                        row = row.to_string(),
                        n = problems.len()
                    ),
                    tr!(messages(), "err-csv-and-more-fix"),
                ));
            }
            break;
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    Ok(CsvSummary {
        rows: rows.data_rows(),
        responses,
        renormalised: rows.renormalised(),
    })
}

/// Why the caller of [`read_for_import`] refuses a row: its role (shown at the role column), or
/// its answer to a question (shown at that question's first column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The row's role.
    Role { what: String, fix: String },
    /// The row's answer to `question`.
    Answer {
        question: String,
        what: String,
        fix: String,
    },
}

/// Reads a whole CSV file for `import`, checking every row; with any problem nothing is returned
/// (the caller writes nothing). Two rows may not name the same respondent; `check` may refuse a
/// row for its own reasons.
pub fn read_for_import(
    instrument: &Instrument,
    path: &Path,
    mut check: impl FnMut(&Response) -> Option<Refusal>,
) -> Result<(Vec<Response>, CsvSummary)> {
    let mut imported = Vec::new();
    let mut first_row: HashMap<String, u64> = HashMap::new();
    let summary = check_rows(instrument, path, true, |rows, row, r| {
        if let Some(first) = first_row.get(&r.respondent) {
            let column = rows.respondent_column().unwrap_or(0);
            let header = rows.headers().get(column).map_or("", String::as_str);
            return Some(place(
                rows.file(),
                row,
                column,
                header,
                tr!(
                    messages(),
                    "err-csv-respondent-twice",
                    respondent = r.respondent.as_str(),
                    row = first.to_string()
                ),
                tr!(messages(), "err-csv-respondent-twice-fix"),
            ));
        }
        if !instrument.admits(r.role.as_deref()) {
            let column = rows.role_column().unwrap_or(0);
            let header = rows.headers().get(column).map_or("", String::as_str);
            let role = r.role.as_deref().unwrap_or_default();
            return Some(place(
                rows.file(),
                row,
                column,
                header,
                tr!(
                    messages(),
                    "err-csv-role",
                    role = role,
                    id = instrument.id.as_str(),
                    audience = crate::error::list(&instrument.audience)
                ),
                tr!(messages(), "err-csv-role-fix", role = role),
            ));
        }
        if let Some(refusal) = check(r) {
            let headers = rows.headers();
            let (column, what, fix) = match refusal {
                Refusal::Role { what, fix } => (rows.role_column().unwrap_or(0), what, fix),
                Refusal::Answer {
                    question,
                    what,
                    fix,
                } => {
                    let dotted = format!("{question}.");
                    let column = headers
                        .iter()
                        .position(|h| h == &question || h.starts_with(&dotted));
                    (column.unwrap_or(0), what, fix)
                }
            };
            let header = headers.get(column).map_or("", String::as_str);
            return Some(place(rows.file(), row, column, header, what, fix));
        }
        first_row.insert(r.respondent.clone(), row);
        imported.push(r.clone());
        None
    })?;
    Ok((imported, summary))
}

/// Refuses, before anything is written, results that would make a file larger than a results
/// file may be ([`crate::yaml::MAX_RESULTS_BYTES`]): every file `import` writes can be read back.
pub fn check_readable_size(
    out: &Path,
    results: &crate::response::Results,
    instrument: &Instrument,
) -> Result<()> {
    let size = crate::response::to_yaml(results, instrument).len();
    if size > crate::yaml::MAX_RESULTS_BYTES {
        return Err(Error::Usage(tr!(
            messages(),
            "err-csv-import-too-big",
            out = out.display().to_string(),
            size = size.to_string(),
            n = results.responses.len().to_string(),
            limit = crate::yaml::MAX_RESULTS_BYTES.to_string(),
            id = instrument.id.as_str()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
