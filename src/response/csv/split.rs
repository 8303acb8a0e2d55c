//! A large CSV file folded on two threads: the file is cut in two at a line break near its
//! middle, each part is read and folded into an accumulator of its own, and the caller merges
//! the two in file order. Which line break is a record boundary cannot be told without reading
//! from the start (a quoted cell may hold line breaks), so the cut is a guess that the first
//! part checks: it reads records from the top and must arrive exactly at the cut. If it does,
//! the second part, read from the cut, is what one pass would have read there; if it steps over
//! the cut (the cut was inside a quoted cell), or either part finds any problem, both parts are
//! dropped and the file is read again in one pass, which reports every problem in row order
//! (the first bad row first) as before. So the result is the one pass's whatever the file.

use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::stream::read_header_line;
use super::{CsvResponses, CsvSummary, read_csv_responses};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::response::Response;

/// Files smaller than this are read in one pass: a second thread would cost more than it saves.
pub const SPLIT_MIN_BYTES: u64 = 4 << 20;

/// How far past the middle a line break is looked for.
const CUT_WINDOW: usize = 1 << 20;

/// Reads the CSV file at `path` as [`read_csv_responses`] does, folding the responses into
/// accumulators made by `fresh`: one, or for a file of [`SPLIT_MIN_BYTES`] or more on a machine
/// with two cores, two, one per part, in file order, for the caller to merge. With any problem
/// the error is the one pass's, with every problem in row order. Only for accumulators that do
/// not keep respondents' names: in the second part a row without a respondent is named after
/// its row within that part.
pub fn fold_csv_parts<A: Send>(
    instrument: &Instrument,
    path: &Path,
    fresh: &(dyn Fn() -> A + Sync),
    add: &(dyn Fn(&mut A, &Response) + Sync),
) -> Result<(Vec<A>, CsvSummary)> {
    fold_csv_parts_at(instrument, path, fresh, add, SPLIT_MIN_BYTES)
}

/// [`fold_csv_parts`], splitting files from `split_bytes` on.
pub(crate) fn fold_csv_parts_at<A: Send>(
    instrument: &Instrument,
    path: &Path,
    fresh: &(dyn Fn() -> A + Sync),
    add: &(dyn Fn(&mut A, &Response) + Sync),
    split_bytes: u64,
) -> Result<(Vec<A>, CsvSummary)> {
    let one_pass = || {
        let mut acc = fresh();
        let summary = read_csv_responses(instrument, path, |r| add(&mut acc, r))?;
        Ok((vec![acc], summary))
    };
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    if size < split_bytes || cores < 2 {
        return one_pass();
    }
    let Some(cut) = find_cut(path, size) else {
        return one_pass();
    };
    let stop = AtomicBool::new(false);
    let label = path.display().to_string();
    let (first, second) = std::thread::scope(|s| {
        let second = s.spawn(|| {
            let part = second_part(instrument, path, &label, cut.at, fresh, add, &stop);
            if part.is_none() {
                stop.store(true, Ordering::Relaxed);
            }
            part
        });
        let first = first_part(instrument, path, &label, cut, fresh, add, &stop);
        if first.is_none() {
            stop.store(true, Ordering::Relaxed);
        }
        (first, second.join().ok().flatten())
    });
    match (first, second) {
        (Some((a, sa)), Some((b, sb))) => Ok((
            vec![a, b],
            CsvSummary {
                rows: sa.rows + sb.rows,
                responses: sa.responses + sb.responses,
                renormalised: sa.renormalised + sb.renormalised,
            },
        )),
        _ => one_pass(),
    }
}

/// A guessed record boundary: the byte after a line break.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cut {
    pub at: u64,
    /// The line break is `\r\n`: a reader may stop before its `\n`.
    pub crlf: bool,
}

/// The first line break after the middle of the file followed by a line that is not empty.
pub(super) fn find_cut(path: &Path, size: u64) -> Option<Cut> {
    let mut file = File::open(path).ok()?;
    let mid = size / 2;
    file.seek(SeekFrom::Start(mid)).ok()?;
    let mut buf = Vec::with_capacity(CUT_WINDOW);
    file.take(CUT_WINDOW as u64).read_to_end(&mut buf).ok()?;
    let i = (0..buf.len().saturating_sub(1))
        .find(|&i| buf[i] == b'\n' && !matches!(buf[i + 1], b'\n' | b'\r'))?;
    Some(Cut {
        at: mid + i as u64 + 1,
        crlf: i > 0 && buf[i - 1] == b'\r',
    })
}

/// Reads from the top up to `cut`; `None` when a record steps over it or any problem is found.
fn first_part<A>(
    instrument: &Instrument,
    path: &Path,
    label: &str,
    cut: Cut,
    fresh: &dyn Fn() -> A,
    add: &dyn Fn(&mut A, &Response),
    stop: &AtomicBool,
) -> Option<(A, CsvSummary)> {
    let file = File::open(path).ok()?;
    // For a report: allocations as given, the scorer renormalises and counts them.
    let mut rows = CsvResponses::from_reader(instrument, label, file)
        .ok()?
        .allocations_as_given();
    let mut acc = fresh();
    let mut responses = 0;
    loop {
        match rows.offset()? {
            at if at == cut.at || (cut.crlf && at + 1 == cut.at) => break,
            at if at > cut.at => return None,
            _ => {}
        }
        match rows.advance()? {
            Ok(()) => {
                responses += 1;
                add(&mut acc, rows.current());
            }
            Err(_) => return None,
        }
        if responses % 4096 == 0 && stop.load(Ordering::Relaxed) {
            return None;
        }
    }
    let summary = CsvSummary {
        rows: rows.data_rows(),
        responses,
        renormalised: rows.renormalised(),
    };
    Some((acc, summary))
}

/// Reads from `cut` to the end, after the header row; `None` on any problem.
fn second_part<A>(
    instrument: &Instrument,
    path: &Path,
    label: &str,
    cut: u64,
    fresh: &dyn Fn() -> A,
    add: &dyn Fn(&mut A, &Response),
    stop: &AtomicBool,
) -> Option<(A, CsvSummary)> {
    let header = read_header_line(&mut BufReader::new(File::open(path).ok()?)).ok()?;
    let mut file = File::open(path).ok()?;
    file.seek(SeekFrom::Start(cut)).ok()?;
    let mut rows = CsvResponses::from_reader(instrument, label, Cursor::new(header).chain(file))
        .ok()?
        .allocations_as_given();
    let mut acc = fresh();
    let mut responses = 0;
    while let Some(item) = rows.advance() {
        item.ok()?;
        responses += 1;
        add(&mut acc, rows.current());
        if responses % 4096 == 0 && stop.load(Ordering::Relaxed) {
            return None;
        }
    }
    let summary = CsvSummary {
        rows: rows.data_rows(),
        responses,
        renormalised: rows.renormalised(),
    };
    Some((acc, summary))
}

#[cfg(test)]
mod tests;
