//! Reading CSV one record at a time. [`CsvResponses`] owns one `csv::Reader` and one reused
//! `StringRecord`; each call to `next` reads one record and turns it into a [`Response`], so
//! memory stays flat however many rows the file has.

use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Chain, Cursor, Read};
use std::path::Path;

use csv::StringRecord;

use super::ahead::{Budget, CellReader, Guard, Next, Parsed, Records, is_row_too_long};
use super::cells;
use super::columns::{self, Layout};
use super::place;
use super::row::{QuestionCell, RowReader};
use problems::{csv_error, not_utf8, row_too_long};

mod problems;
use crate::error::{Error, Problem, Result};
use crate::instrument::{Instrument, QuestionKind};
use crate::lang::messages;
use crate::response::{Answer, Response, answer_fills};
use crate::tr;

/// The longest header line read ahead to find the delimiter; past it, the first delimiter found
/// decides (a header longer than this is almost surely an unclosed quote).
const HEADER_PEEK_LIMIT: usize = 1 << 20;

type Source<R> = Chain<Cursor<Vec<u8>>, BufReader<Guard<R>>>;

/// The longest cell read, in bytes: a text answer of a few pages fits many times over, and a
/// cell past it is refused with its row and column instead of going into a results file that
/// could not be read back.
pub(super) const MAX_CELL_BYTES: usize = 1024 * 1024;

/// The responses in a CSV file in the import layout, read one row at a time.
///
/// Each item is one data row: `Ok(response)`, or `Err(Error::Invalid(problems))` naming the row,
/// the columns and what is wrong with each (iteration can go on to the next row), or
/// `Err(Error::Io(..))` when reading failed (the iterator then ends). Rows whose cells are all
/// empty are skipped. Constructing it reads only the header row; a bad header is an error then.
pub struct CsvResponses<'a, R: Read> {
    instrument: &'a Instrument,
    file: String,
    records: Records<Source<R>>,
    layout: Layout,
    /// The current record and its parsed answer cells.
    slot: Parsed,
    row: u64,
    data_rows: u64,
    renormalised: usize,
    /// Whether a complete allocation off its total is scaled to it (import), or kept as given
    /// for the scorer to renormalise and count (report).
    rescale_allocations: bool,
    finished: bool,
    /// Per question, the parts of its runner steps (worked out once, for `complete`).
    step_parts: Vec<Vec<Option<usize>>>,
    /// Whether some question with a runner step has no column: then no row is complete.
    missing_steps: bool,
    /// The response of the current row, reused from row to row (no allocation per row once the
    /// answers map holds every question of the layout).
    current: Response,
    /// Positions in `layout.questions`, ordered by question id (the order of the answers map).
    by_id: Vec<usize>,
    /// Per position in `layout.questions`: whether `current.answers` holds its answer.
    present: Vec<bool>,
    /// Per position in `layout.questions`: this row's answer, before it is swapped into the
    /// map (after, the answer it replaced, whose storage the next row reuses).
    fresh: Vec<Option<Answer>>,
    /// Per position in `layout.questions`: whether this row answers it.
    answered: Vec<bool>,
    /// The cells of one question, reused.
    parsed: Vec<QuestionCell>,
    /// Bytes of a byte-order mark skipped before the header.
    bom: u64,
}

impl<R: Read> fmt::Debug for CsvResponses<'_, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CsvResponses")
            .field("instrument", &self.instrument.id)
            .field("file", &self.file)
            .field("row", &self.row)
            .field("renormalised", &self.renormalised)
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl<'a> CsvResponses<'a, File> {
    /// Opens the CSV file at `path` and reads its header row. Problems name the file as `path`
    /// displays. The rows are read ahead on a second thread (see `ahead.rs`), with the same
    /// responses and problems, in the same order, as [`Self::from_reader`] gives.
    pub fn open(instrument: &'a Instrument, path: &Path) -> Result<Self> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let mut rows = Self::from_reader(instrument, path.display().to_string(), file)?;
        let records = std::mem::replace(&mut rows.records, Records::Failed(None));
        rows.records = records.ahead();
        Ok(rows)
    }
}

impl<'a, R: Read> CsvResponses<'a, R> {
    /// Reads CSV from any reader; `file` is the name problems give for it. Only the header row is
    /// read here: the delimiter (comma, semicolon or tab) is detected from it, a UTF-8 byte-order
    /// mark is skipped, and every column is resolved against `instrument`.
    pub fn from_reader(
        instrument: &'a Instrument,
        file: impl Into<String>,
        reader: R,
    ) -> Result<Self> {
        let file = file.into();
        let budget = Budget::default();
        let mut buffered = BufReader::new(Guard {
            inner: reader,
            budget: budget.clone(),
        });
        let mut header = read_header_line(&mut buffered).map_err(|e| Error::io(&file, e))?;
        let bom = if header.starts_with(b"\xEF\xBB\xBF") {
            header.drain(..3);
            3
        } else {
            0
        };
        if header.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::one(Problem::file(
                &file,
                tr!(messages(), "err-csv-empty"),
                tr!(
                    messages(),
                    "err-csv-empty-fix",
                    hint = columns::template_hint(instrument)
                ),
            )));
        }
        let delimiter = detect_delimiter(&header);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(false)
            .delimiter(delimiter)
            .from_reader(Cursor::new(header).chain(buffered));
        let mut record = StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => {
                return Err(Error::one(Problem::file(
                    &file,
                    tr!(messages(), "err-csv-no-header-row"),
                    columns::template_hint(instrument),
                )));
            }
            Err(e) if is_row_too_long(&e) => return Err(row_too_long(&file, 1)),
            Err(e) => return Err(csv_error(&file, &Layout::empty(), e)),
        }
        budget.reset();
        let layout = columns::resolve(instrument, &file, &record).map_err(Error::Invalid)?;
        let mut step_parts = vec![Vec::new(); instrument.questions.len()];
        for step in crate::audience::needed_steps(instrument) {
            step_parts[step.question].push(step.part);
        }
        let missing_steps = step_parts.iter().enumerate().any(|(qi, parts)| {
            !parts.is_empty() && !layout.questions.iter().any(|qc| qc.question == qi)
        });
        let mut by_id: Vec<usize> = (0..layout.questions.len()).collect();
        by_id.sort_by_key(|&pos| &instrument.questions[layout.questions[pos].question].id);
        let present = vec![false; layout.questions.len()];
        let fresh = vec![None; layout.questions.len()];
        let answered = vec![false; layout.questions.len()];
        Ok(Self {
            instrument,
            file,
            records: Records::Inline(reader, CellReader::new(&layout, budget)),
            by_id,
            present,
            fresh,
            answered,
            layout,
            slot: Parsed::default(),
            row: 1,
            data_rows: 0,
            renormalised: 0,
            rescale_allocations: true,
            finished: false,
            step_parts,
            missing_steps,
            current: Response::default(),
            parsed: Vec::new(),
            bom,
        })
    }

    /// Keeps allocations as given instead of scaling them to their total: for scoring, which
    /// renormalises (and counts) allocations itself, so that the count is the scorer's.
    #[must_use]
    pub fn allocations_as_given(mut self) -> Self {
        self.rescale_allocations = false;
        self
    }

    /// Where in the input the next record starts, in bytes from its beginning, when records
    /// are read on this thread (`from_reader`); `None` when they are read ahead.
    pub(super) fn offset(&self) -> Option<u64> {
        self.records.position().map(|p| p + self.bom)
    }

    /// The row last read (the header is row 1).
    pub fn row(&self) -> u64 {
        self.row
    }

    /// Data rows read so far (not counting the header; counting skipped empty rows and rows with
    /// problems).
    pub fn data_rows(&self) -> u64 {
        self.data_rows
    }

    /// How many allocations were renormalised to their total in the responses returned so far.
    pub fn renormalised(&self) -> usize {
        self.renormalised
    }

    /// The response of the row last read by [`Self::advance`] (empty before the first).
    pub fn current(&self) -> &Response {
        &self.current
    }

    /// The file name problems give.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The header cells, trimmed, as written.
    pub fn headers(&self) -> &[String] {
        &self.layout.headers
    }

    /// The index of the `role` column, if there is one.
    pub fn role_column(&self) -> Option<usize> {
        self.layout.role
    }

    /// The resolved header row.
    pub(super) fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The index of the `respondent` column, if there is one.
    pub fn respondent_column(&self) -> Option<usize> {
        self.layout.respondent
    }

    /// Reads the current record into `self.current`; `Ok(false)` for a row with every cell
    /// empty.
    fn fill(&mut self) -> std::result::Result<bool, Vec<Problem>> {
        let record = &self.slot.record;
        if let Some(column) = self.slot.not_utf8 {
            return Err(vec![not_utf8(&self.file, self.row, column, &self.layout)]);
        }
        if let Some((column, cell)) = record
            .iter()
            .enumerate()
            .find(|(_, c)| c.len() > MAX_CELL_BYTES)
        {
            return Err(vec![place(
                &self.file,
                self.row,
                column,
                &self.layout.header(column),
                tr!(
                    messages(),
                    "err-csv-cell-too-long",
                    size = cell.len().to_string(),
                    begins = cells::quote(text(cell)),
                    limit = MAX_CELL_BYTES.to_string()
                ),
                tr!(messages(), "err-csv-cell-too-long-fix"),
            )]);
        }
        if record.iter().all(|f| text(f).trim().is_empty()) {
            return Ok(false);
        }
        let mut problems: Vec<Problem> = self
            .layout
            .unnamed
            .iter()
            .filter(|&&i| record.get(i).is_some_and(|c| !text(c).trim().is_empty()))
            .map(|&i| {
                place(
                    &self.file,
                    self.row,
                    i,
                    &tr!(messages(), "err-csv-no-header"),
                    tr!(
                        messages(),
                        "err-csv-unnamed-column",
                        value = cells::quote(text(record.get(i).unwrap_or_default()))
                    ),
                    tr!(
                        messages(),
                        "err-csv-unnamed-column-fix",
                        hint = columns::template_hint(self.instrument)
                    ),
                )
            })
            .collect();
        let cell = |i: Option<usize>| i.map(|i| text(record.get(i).unwrap_or_default()).trim());
        let current = &mut self.current;
        current.respondent.clear();
        match cell(self.layout.respondent) {
            Some(name) if !name.is_empty() => current.respondent.push_str(name),
            _ => {
                let _ = write!(current.respondent, "row-{}", self.row);
            }
        }
        match (
            cell(self.layout.role).filter(|r| !r.is_empty()),
            &mut current.role,
        ) {
            (Some(role), Some(kept)) => {
                kept.clear();
                kept.push_str(role);
            }
            (Some(role), kept) => *kept = Some(role.to_string()),
            (None, kept) => *kept = None,
        }
        if !current.notes.is_empty() {
            current.notes.clear();
        }
        let mut renormalised = 0;
        let mut complete = !self.missing_steps;
        let mut reader = RowReader {
            file: &self.file,
            row: self.row,
            layout: &self.layout,
            record,
            cells: &self.slot.cells,
            parsed: &mut self.parsed,
            rescale_allocations: self.rescale_allocations,
        };
        for (pos, qc) in self.layout.questions.iter().enumerate() {
            let q = &self.instrument.questions[qc.question];
            // `fresh[pos]` keeps the answer an earlier row gave (swapped out of the map), for
            // this row's answer to reuse its storage.
            let Some(note) = reader.answer(q, qc, &mut problems, &mut self.fresh[pos]) else {
                self.answered[pos] = false;
                complete &= self.step_parts[qc.question].is_empty();
                continue;
            };
            self.answered[pos] = true;
            // Every part of a pair, or both Kano answers and the importance, given (the usual
            // case): every step of the question is answered, no step looked up.
            let whole = match (&q.kind, &self.fresh[pos]) {
                (QuestionKind::Pair { parts, .. }, Some(Answer::Parts(given))) => {
                    given.len() == parts.len()
                }
                (
                    _,
                    Some(Answer::Kano {
                        functional,
                        dysfunctional,
                        importance,
                    }),
                ) => functional.is_some() && dysfunctional.is_some() && importance.is_some(),
                _ => false,
            };
            if let (false, Some(answer)) = (whole, &self.fresh[pos]) {
                complete &= self.step_parts[qc.question]
                    .iter()
                    .all(|&part| answer_fills(q, answer, part));
            }
            if let Some(note) = note {
                renormalised += 1;
                current.notes.insert(q.id.clone(), note);
            }
        }
        let at = (self.file.as_str(), self.row);
        super::extras::read(
            &self.layout,
            self.instrument,
            at,
            record,
            (
                current,
                super::extras::RowAnswers {
                    answered: &self.answered,
                    fresh: &mut self.fresh,
                },
            ),
            &mut problems,
        );
        if !problems.is_empty() {
            return Err(problems);
        }
        if self.answered == self.present {
            // The row answers the same questions as the row before (the usual case): the
            // values are swapped in, in the map's own (id) order, no key compared or made.
            let mut values = current.answers.values_mut();
            for &pos in &self.by_id {
                // Only an answered question has a value in the map to step over.
                if self.answered[pos] {
                    if let (Some(value), Some(answer)) = (values.next(), self.fresh[pos].as_mut()) {
                        std::mem::swap(value, answer);
                    }
                }
            }
        } else {
            for (pos, qc) in self.layout.questions.iter().enumerate() {
                let id = &self.instrument.questions[qc.question].id;
                self.present[pos] = self.answered[pos];
                if !self.answered[pos] {
                    current.answers.remove(id);
                    continue;
                }
                let Some(answer) = self.fresh[pos].as_mut() else {
                    continue;
                };
                if let Some(value) = current.answers.get_mut(id) {
                    std::mem::swap(value, answer);
                } else if let Some(answer) = self.fresh[pos].take() {
                    current.answers.insert(id.clone(), answer);
                }
            }
        }
        current.complete = complete;
        self.renormalised += renormalised;
        Ok(true)
    }

    /// Reads the next row into the response the stream keeps ([`Self::current`]): the
    /// allocation-free way to fold a large file into accumulators. `None` after the last row;
    /// errors are as for the iterator (which clones the response for each row).
    pub fn advance(&mut self) -> Option<Result<()>> {
        loop {
            if self.finished {
                return None;
            }
            match self.records.next(&mut self.slot) {
                Next::End => {
                    self.finished = true;
                    return None;
                }
                Next::Record => {
                    self.row += 1;
                    self.data_rows += 1;
                    match self.fill() {
                        Ok(true) => return Some(Ok(())),
                        Ok(false) => {}
                        Err(problems) => return Some(Err(Error::Invalid(problems))),
                    }
                }
                Next::Error(e) if is_row_too_long(&e) => {
                    self.finished = true;
                    self.data_rows += 1;
                    return Some(Err(row_too_long(&self.file, self.row + 1)));
                }
                Next::Error(e) => {
                    if let Some(pos) = e.position() {
                        self.row = pos.record() + 1;
                    } else {
                        self.row += 1;
                    }
                    self.data_rows += 1;
                    let err = csv_error(&self.file, &self.layout, e);
                    if !matches!(err, Error::Invalid(_)) {
                        self.finished = true;
                    }
                    return Some(Err(err));
                }
            }
        }
    }
}

impl<R: Read> Iterator for CsvResponses<'_, R> {
    type Item = Result<Response>;

    fn next(&mut self) -> Option<Self::Item> {
        self.advance()
            .map(|item| item.map(|()| self.current.clone()))
    }
}

/// Reads up to and including the first line break outside quotes.
pub(super) fn read_header_line<R: BufRead>(reader: &mut R) -> io::Result<Vec<u8>> {
    let mut line = Vec::new();
    let mut in_quotes = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(line);
        }
        let mut used = 0;
        let mut done = false;
        for &b in buf {
            used += 1;
            line.push(b);
            match b {
                b'"' => in_quotes = !in_quotes,
                b'\n' | b'\r' if !in_quotes => {
                    done = true;
                    break;
                }
                _ => {}
            }
        }
        reader.consume(used);
        if done || line.len() >= HEADER_PEEK_LIMIT {
            return Ok(line);
        }
    }
}

/// The delimiter the header uses: the most frequent of comma, semicolon and tab outside quotes
/// (comma when there is none or a tie).
pub(super) fn detect_delimiter(header: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    for &b in header {
        match b {
            b'"' => in_quotes = !in_quotes,
            b',' if !in_quotes => counts[0] += 1,
            b';' if !in_quotes => counts[1] += 1,
            b'\t' if !in_quotes => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

/// A cell's bytes as text. Every cell of a row was checked for UTF-8 as it was read (a row
/// with a cell that is not is a problem before anything reads it), so this never gives up.
pub(super) fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}
