//! The problems of reading a CSV file as CSV: a row or a cell too long to hold, a cell that is
//! not UTF-8 text, a row with a different number of cells than the header row.

use std::io;

use super::super::ahead::MAX_ROW_BYTES;
use super::super::columns::Layout;
use super::super::place;
use crate::error::{Error, Problem};
use crate::lang::messages;
use crate::tr;

/// The problem of a row past [`MAX_ROW_BYTES`].
pub(super) fn row_too_long(file: &str, row: u64) -> Error {
    Error::one(Problem::file(
        file,
        tr!(
            messages(),
            "err-csv-row-too-long",
            row = row.to_string(),
            limit = MAX_ROW_BYTES.to_string()
        ),
        tr!(messages(), "err-csv-row-too-long-fix"),
    ))
}

/// The problem of a cell that is not UTF-8 text.
pub(super) fn not_utf8(file: &str, row: u64, column: usize, layout: &Layout) -> Problem {
    place(
        file,
        row,
        column,
        &layout.header(column),
        tr!(messages(), "err-csv-cell-not-utf8"),
        tr!(messages(), "err-csv-cell-not-utf8-fix"),
    )
}

/// A problem (or an I/O error) for a CSV reading error.
pub(super) fn csv_error(file: &str, layout: &Layout, e: csv::Error) -> Error {
    let row = e.position().map_or(1, |p| p.record() + 1);
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            let (expected, len) = (*expected_len as usize, *len as usize);
            let column = expected.min(len);
            Error::one(place(
                file,
                row,
                column,
                &layout.header(column),
                tr!(
                    messages(),
                    "err-csv-row-length",
                    row = row.to_string(),
                    len = len.to_string(),
                    expected = expected.to_string()
                ),
                if len > expected {
                    tr!(messages(), "err-csv-row-length-more-fix")
                } else {
                    tr!(messages(), "err-csv-row-length-fewer-fix")
                },
            ))
        }
        csv::ErrorKind::Utf8 { err, .. } => Error::one(not_utf8(file, row, err.field(), layout)),
        csv::ErrorKind::Io(_) => {
            let message = e.to_string();
            match e.into_kind() {
                csv::ErrorKind::Io(io) => Error::io(file, io),
                _ => Error::io(file, io::Error::other(message)),
            }
        }
        // The CSV reader's own description (English).
        _ => Error::one(Problem::file(
            file,
            e.to_string(),
            tr!(messages(), "err-csv-not-csv-fix"),
        )),
    }
}

impl Layout {
    /// A layout with no columns, for errors found before the header is resolved.
    pub(super) fn empty() -> Self {
        Layout {
            headers: Vec::new(),
            respondent: None,
            role: None,
            questions: Vec::new(),
            unnamed: Vec::new(),
            extras: Vec::new(),
        }
    }
}
