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
//! tab) is detected from the header line. An allocation that does not add up to its total is
//! scaled to it and gets a note ("renormalised from 90 to 100 points on import"); one adding up
//! to 0 is an error. Respondents without a `respondent` cell are named `row-<n>`, n the row
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
//! # Round trip
//! `export` writes this layout, and export → import gives back the same answers. Not in the
//! layout, so not carried: notes, N/A reasons, `started`/`updated`, extra respondent fields.
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
mod row;
mod split;
mod stream;

use std::collections::HashMap;
use std::path::Path;

pub use columns::{AnswerPath, answer_paths};
pub use export::{header_row, to_csv, write_csv};
pub use split::{SPLIT_MIN_BYTES, fold_csv_parts};
pub use stream::CsvResponses;

use crate::cli::{ExportArgs, ExportFormat, ImportArgs};
use crate::error::{Error, Place, Problem, Result};
use crate::instrument::Instrument;
use crate::response::{self, Response, Results};

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
/// act only on `Ok`.
pub fn read_csv_responses(
    instrument: &Instrument,
    path: &Path,
    mut visit: impl FnMut(&Response),
) -> Result<CsvSummary> {
    check_rows(instrument, path, |_, _, r| {
        visit(r);
        None
    })
}

/// [`read_csv_responses`] with a visitor that is told the row and the file, and may find a
/// problem of its own with the response.
fn check_rows(
    instrument: &Instrument,
    path: &Path,
    mut visit: impl FnMut(&CsvResponses<'_, std::fs::File>, u64, &Response) -> Option<Problem>,
) -> Result<CsvSummary> {
    let mut rows = CsvResponses::open(instrument, path)?;
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
                    format!(
                        "and more…: checking stopped at row {row} after {} problems",
                        problems.len()
                    ),
                    "fix these and run the command again to see the rest",
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

/// `cxassess import`: reads the whole CSV, checking every row; with any problem nothing is
/// written (exit 2). Otherwise the responses are written to `--out` atomically. Two rows may not
/// name the same respondent. An existing results file of the same instrument keeps its other
/// respondents: a respondent of the same name is replaced, new ones are added.
pub fn import_command(args: &ImportArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    let mut imported = Vec::new();
    let mut first_row: HashMap<String, u64> = HashMap::new();
    let summary = check_rows(&instrument, &args.csv, |rows, row, r| {
        if let Some(first) = first_row.get(&r.respondent) {
            let column = rows.respondent_column().unwrap_or(0);
            let header = rows.headers().get(column).map_or("", String::as_str);
            return Some(place(
                rows.file(),
                row,
                column,
                header,
                format!("respondent '{}' is also on row {first}", r.respondent),
                "give each row its own respondent, or leave the cell empty to name the row \
                 row-<n>"
                    .to_string(),
            ));
        }
        first_row.insert(r.respondent.clone(), row);
        imported.push(r.clone());
        None
    })?;
    let mut results = if args.out.exists() {
        let (existing, existing_instrument) = response::read_results(&args.out)?;
        if existing_instrument.id != instrument.id
            || existing_instrument.version != instrument.version
        {
            return Err(Error::Usage(format!(
                "{} holds results for {} v{}, not {} v{}: choose another --out",
                args.out.display(),
                existing_instrument.id,
                existing_instrument.version,
                instrument.id,
                instrument.version
            )));
        }
        existing
    } else {
        Results::new(&instrument)
    };
    let mut existing: HashMap<String, usize> = HashMap::new();
    for (i, r) in results.responses.iter().enumerate() {
        existing.entry(r.respondent.clone()).or_insert(i);
    }
    let (mut replaced, mut added) = (0usize, 0usize);
    for r in imported {
        if let Some(&i) = existing.get(&r.respondent) {
            results.responses[i] = r;
            replaced += 1;
        } else {
            results.responses.push(r);
            added += 1;
        }
    }
    check_readable_size(&args.out, &results, &instrument)?;
    response::save_atomic(&args.out, &results, &instrument)?;
    let merged = if replaced > 0 {
        format!(" ({added} added, {replaced} replaced)")
    } else {
        String::new()
    };
    crate::cli::note(&format!(
        "imported {} response(s) from {} into {}{merged}",
        summary.responses,
        args.csv.display(),
        args.out.display()
    ));
    if summary.renormalised > 0 {
        crate::cli::note(&format!(
            "{} allocation(s) renormalised to their total; each has a note saying from what",
            summary.renormalised
        ));
    }
    Ok(())
}

/// Refuses, before anything is written, results that would make a file larger than a results
/// file may be ([`crate::yaml::MAX_RESULTS_BYTES`]): every file `import` writes can be read back.
pub fn check_readable_size(out: &Path, results: &Results, instrument: &Instrument) -> Result<()> {
    let size = response::to_yaml(results, instrument).len();
    if size > crate::yaml::MAX_RESULTS_BYTES {
        return Err(Error::Usage(format!(
            "{} would be {size} bytes with these {} responses, more than the {} bytes a results file may have, so nothing was written: split the CSV and import the parts into separate results files (a report takes them all: `cxassess report a.yaml b.yaml`), or report on the CSV directly with `cxassess report --instrument {} FILE.csv`",
            out.display(),
            results.responses.len(),
            crate::yaml::MAX_RESULTS_BYTES,
            instrument.id
        )));
    }
    Ok(())
}

/// `cxassess export`: a results file as CSV in the import layout, to stdout or `--out`.
pub fn export_command(args: &ExportArgs) -> Result<()> {
    let (results, instrument) = response::read_results(&args.results)?;
    let text = match args.format {
        ExportFormat::Csv => to_csv(&instrument, &results.responses)?,
    };
    crate::cli::emit(args.out.as_deref(), &text)
}

#[cfg(test)]
mod tests;
