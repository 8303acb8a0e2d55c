//! Reading CSV one record at a time. [`CsvResponses`] owns one `csv::Reader` and one reused
//! `StringRecord`; each call to `next` reads one record and turns it into a [`Response`], so
//! memory stays flat however many rows the file has.

use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Chain, Cursor, Read};
use std::path::Path;

use csv::{ByteRecord, StringRecord};

use super::ahead::{CellReader, Next, Parsed, Records};
use super::cells::{self, Cell};
use super::columns::{self, Layout, QuestionColumns};
use super::place;
use crate::error::{Error, Problem, Result};
use crate::instrument::{Instrument, Question, QuestionKind};
use crate::response::{Answer, PartValue, Response, answer_fills, number};

/// The longest header line read ahead to find the delimiter; past it, the first delimiter found
/// decides (a header longer than this is almost surely an unclosed quote).
const HEADER_PEEK_LIMIT: usize = 1 << 20;

type Source<R> = Chain<Cursor<Vec<u8>>, BufReader<R>>;

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
    /// Per position in `layout.questions`: this row's answer, before it goes into the map.
    fresh: Vec<Option<Answer>>,
    /// The cells of one question, reused.
    parsed: Vec<QuestionCell>,
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
        let mut buffered = BufReader::new(reader);
        let mut header = read_header_line(&mut buffered).map_err(|e| Error::io(&file, e))?;
        if header.starts_with(b"\xEF\xBB\xBF") {
            header.drain(..3);
        }
        if header.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::one(Problem::file(
                &file,
                "the file has no header row (it is empty)",
                format!(
                    "the first row must name the columns; {}",
                    columns::template_hint(instrument)
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
                    "the file has no header row",
                    columns::template_hint(instrument),
                )));
            }
            Err(e) => return Err(csv_error(&file, &Layout::empty(), e)),
        }
        let layout = columns::resolve(instrument, &file, &record).map_err(Error::Invalid)?;
        let mut step_parts = vec![Vec::new(); instrument.questions.len()];
        for step in instrument.steps() {
            step_parts[step.question].push(step.part);
        }
        let missing_steps = step_parts.iter().enumerate().any(|(qi, parts)| {
            !parts.is_empty() && !layout.questions.iter().any(|qc| qc.question == qi)
        });
        let mut by_id: Vec<usize> = (0..layout.questions.len()).collect();
        by_id.sort_by_key(|&pos| &instrument.questions[layout.questions[pos].question].id);
        let present = vec![false; layout.questions.len()];
        let fresh = vec![None; layout.questions.len()];
        Ok(Self {
            instrument,
            file,
            records: Records::Inline(reader, CellReader::new(&layout)),
            by_id,
            present,
            fresh,
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
        })
    }

    /// Keeps allocations as given instead of scaling them to their total: for scoring, which
    /// renormalises (and counts) allocations itself, so that the count is the scorer's.
    #[must_use]
    pub fn allocations_as_given(mut self) -> Self {
        self.rescale_allocations = false;
        self
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
                    "no header",
                    format!(
                        "{} is in a column without a header",
                        cells::quote(text(record.get(i).unwrap_or_default()))
                    ),
                    format!(
                        "name the column (respondent, role or an answer path; {}), or delete the value",
                        columns::template_hint(self.instrument)
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
            let Some((answer, note)) = reader.answer(q, qc, &mut problems) else {
                self.fresh[pos] = None;
                complete &= self.step_parts[qc.question].is_empty();
                continue;
            };
            complete &= self.step_parts[qc.question]
                .iter()
                .all(|&part| answer_fills(q, &answer, part));
            if let Some(note) = note {
                renormalised += 1;
                current.notes.insert(q.id.clone(), note);
            }
            self.fresh[pos] = Some(answer);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let same_questions = self
            .fresh
            .iter()
            .zip(&self.present)
            .all(|(answer, &present)| answer.is_some() == present);
        if same_questions {
            // The row answers the same questions as the row before (the usual case): the
            // values are overwritten in the map's own (id) order, no key compared or made.
            let mut values = current.answers.values_mut();
            for &pos in &self.by_id {
                // Only an answered question has a value in the map to step over.
                if let Some(answer) = self.fresh[pos].take() {
                    if let Some(value) = values.next() {
                        *value = answer;
                    }
                }
            }
        } else {
            for (pos, qc) in self.layout.questions.iter().enumerate() {
                let id = &self.instrument.questions[qc.question].id;
                self.present[pos] = self.fresh[pos].is_some();
                match self.fresh[pos].take() {
                    None => {
                        current.answers.remove(id);
                    }
                    Some(answer) => {
                        if let Some(value) = current.answers.get_mut(id) {
                            *value = answer;
                        } else {
                            current.answers.insert(id.clone(), answer);
                        }
                    }
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

/// One record, being read against the layout.
struct RowReader<'r> {
    file: &'r str,
    row: u64,
    layout: &'r Layout,
    record: &'r ByteRecord,
    /// The record's answer cells, parsed as it was read (`None`: a problem, or no answer column).
    cells: &'r [Option<Cell>],
    parsed: &'r mut Vec<QuestionCell>,
    rescale_allocations: bool,
}

/// A parsed cell of a question, with its column and part.
#[derive(Debug, Clone, Copy)]
struct QuestionCell {
    /// The column in the record.
    column: usize,
    /// See [`columns::AnswerColumn::part`].
    part: Option<usize>,
    cell: Cell,
}

impl RowReader<'_> {
    /// The cell in `column` as text.
    fn text(&self, column: usize) -> &str {
        text(self.record.get(column).unwrap_or_default())
    }

    fn problem(&self, column: usize, what: String, fix: String) -> Problem {
        place(
            self.file,
            self.row,
            column,
            self.layout.header(column),
            what,
            fix,
        )
    }

    /// The answer to `q` in this row, with a note when an allocation was renormalised; `None`
    /// when unanswered or when a problem was found (and pushed).
    fn answer(
        &mut self,
        q: &Question,
        qc: &QuestionColumns,
        problems: &mut Vec<Problem>,
    ) -> Option<(Answer, Option<String>)> {
        let before = problems.len();
        self.parsed.clear();
        for column in &qc.columns {
            let parsed = match self.cells.get(column.column) {
                Some(Some(cell)) => Ok(*cell),
                // A problem: read the cell again for its message.
                _ => cells::parse(&column.kind, self.text(column.column)),
            };
            match parsed {
                Ok(cell) => self.parsed.push(QuestionCell {
                    column: column.column,
                    part: column.part,
                    cell,
                }),
                Err((what, fix)) => problems.push(self.problem(column.column, what, fix)),
            }
        }
        if problems.len() > before || self.parsed.iter().all(|c| c.cell == Cell::Empty) {
            return None;
        }
        let cells: &[QuestionCell] = self.parsed;
        let result = match &q.kind {
            QuestionKind::Scale(_) | QuestionKind::Rubric(_) | QuestionKind::Text => {
                self.single(q, &cells[0])
            }
            QuestionKind::Kano { .. } => self.kano(q, cells),
            QuestionKind::Pair { parts, .. } => self.pair(q, parts.len(), cells),
            QuestionKind::Allocation { total, parts } => {
                return self.allocation(q, *total, parts.len(), cells, problems);
            }
        };
        match result {
            Ok(answer) => Some((answer, None)),
            Err(p) => {
                problems.extend(p);
                None
            }
        }
    }

    fn na_not_allowed(&self, q: &Question, column: usize) -> Problem {
        self.problem(
            column,
            format!("'{}' does not allow NA (not applicable)", q.id),
            "give an answer, or leave the cell empty if it was not answered".to_string(),
        )
    }

    fn single(&self, q: &Question, p: &QuestionCell) -> std::result::Result<Answer, Vec<Problem>> {
        match p.cell {
            Cell::Na if q.allow_na => Ok(Answer::Na(None)),
            Cell::Na => Err(vec![self.na_not_allowed(q, p.column)]),
            Cell::Point(v) => Ok(Answer::Value(v)),
            Cell::Text => Ok(Answer::Text(self.text(p.column).to_string())),
            // Columns of single-value questions never hold these.
            Cell::Empty | Cell::Kano(_) | Cell::Points(_) => Err(Vec::new()),
        }
    }

    fn kano(
        &self,
        q: &Question,
        cells: &[QuestionCell],
    ) -> std::result::Result<Answer, Vec<Problem>> {
        let na = cells.iter().find(|c| c.cell == Cell::Na);
        let given = cells
            .iter()
            .find(|c| !matches!(c.cell, Cell::Na | Cell::Empty));
        if let Some(na) = na {
            if !q.allow_na {
                // The importance column holds a 1–9 rating, the other two a Kano answer.
                let (what, give) = if na.part == Some(2) {
                    ("an importance rating", "the importance (1–9)")
                } else {
                    ("a Kano answer", "the answer (1–5 or a Kano wording)")
                };
                return Err(vec![self.problem(
                    na.column,
                    format!(
                        "NA is not {what}, and feature '{}' does not allow not applicable",
                        q.id
                    ),
                    format!("give {give}, or leave the cell empty if it was not answered"),
                )]);
            }
            if let Some(given) = given {
                return Err(vec![self.problem(
                    na.column,
                    format!(
                        "NA here contradicts the answer in column {} ({}): a Kano feature is either not applicable as a whole or answered",
                        given.column + 1,
                        self.layout.header(given.column)
                    ),
                    format!("write NA in every column of '{}' (or leave the others empty), or give answers and no NA", q.id),
                )]);
            }
            return Ok(Answer::Na(None));
        }
        let word = |part: usize| {
            cells.iter().find_map(|c| match (c.part, c.cell) {
                (Some(p), Cell::Kano(w)) if p == part => Some(w),
                _ => None,
            })
        };
        let importance = cells.iter().find_map(|c| match (c.part, c.cell) {
            (Some(2), Cell::Point(v)) => Some(v),
            _ => None,
        });
        Ok(Answer::Kano {
            functional: word(0),
            dysfunctional: word(1),
            importance,
        })
    }

    fn pair(
        &self,
        q: &Question,
        part_count: usize,
        cells: &[QuestionCell],
    ) -> std::result::Result<Answer, Vec<Problem>> {
        if !q.allow_na {
            let problems: Vec<Problem> = cells
                .iter()
                .filter(|c| c.cell == Cell::Na)
                .map(|c| self.na_not_allowed(q, c.column))
                .collect();
            if !problems.is_empty() {
                return Err(problems);
            }
        }
        // NA in every part is the whole question not applicable, as export writes it.
        if cells.len() == part_count && cells.iter().all(|c| c.cell == Cell::Na) {
            return Ok(Answer::Na(None));
        }
        let mut parts: Vec<(usize, PartValue)> = cells
            .iter()
            .filter_map(|c| {
                let value = match c.cell {
                    Cell::Na => PartValue::Na,
                    Cell::Point(v) => PartValue::Num(f64::from(v)),
                    _ => return None,
                };
                Some((c.part.unwrap_or(0), value))
            })
            .collect();
        parts.sort_by_key(|(i, _)| *i);
        let QuestionKind::Pair { parts: names, .. } = &q.kind else {
            return Err(Vec::new());
        };
        Ok(Answer::Parts(
            parts
                .into_iter()
                .filter_map(|(i, v)| Some((names.get(i)?.clone(), v)))
                .collect(),
        ))
    }

    fn allocation(
        &self,
        q: &Question,
        total: f64,
        part_count: usize,
        cells: &[QuestionCell],
        problems: &mut Vec<Problem>,
    ) -> Option<(Answer, Option<String>)> {
        let first = cells[0].column;
        let na = cells.iter().find(|c| c.cell == Cell::Na);
        let given = cells.iter().find(|c| matches!(c.cell, Cell::Points(_)));
        if let Some(na) = na {
            match given {
                Some(given) => problems.push(self.problem(
                    na.column,
                    format!(
                        "NA here contradicts the points in column {} ({}): an allocation is either not applicable as a whole or split over its parts",
                        given.column + 1,
                        self.layout.header(given.column)
                    ),
                    "give 0 points for a part that does not matter, or write NA in every part of the allocation".to_string(),
                )),
                None if q.allow_na => return Some((Answer::Na(None), None)),
                None => problems.push(self.na_not_allowed(q, na.column)),
            }
            return None;
        }
        let mut values: Vec<(usize, f64)> = cells
            .iter()
            .filter_map(|c| match c.cell {
                Cell::Points(v) => Some((c.part.unwrap_or(0), v)),
                _ => None,
            })
            .collect();
        values.sort_by_key(|(i, _)| *i);
        let sum: f64 = values.iter().map(|(_, v)| v).sum();
        if sum <= 0.0 || !sum.is_finite() {
            problems.push(self.problem(
                first,
                format!("the points of '{}' add up to {}", q.id, number(sum)),
                format!(
                    "split {} points over the {part_count} parts (at least one part above 0), or leave every cell of '{}' empty if it was not answered",
                    number(total),
                    q.id
                ),
            ));
            return None;
        }
        let mut note = None;
        // Only a complete allocation is rescaled: one with a part missing is kept as given (the
        // scorer does not use it), never stretched to the total over the parts that are there.
        let complete = values.len() == part_count;
        if self.rescale_allocations && complete && (sum - total).abs() > total.abs().max(1.0) * 1e-9
        {
            for (_, v) in &mut values {
                *v = *v * total / sum;
            }
            note = Some(format!(
                "renormalised from {} to {} points on import",
                number(sum),
                number(total)
            ));
        }
        let QuestionKind::Allocation { parts, .. } = &q.kind else {
            return None;
        };
        let parts = values
            .into_iter()
            .filter_map(|(i, v)| Some((parts.get(i)?.id.clone(), PartValue::Num(v))))
            .collect();
        Some((Answer::Parts(parts), note))
    }
}

/// Reads up to and including the first line break outside quotes.
fn read_header_line<R: BufRead>(reader: &mut R) -> io::Result<Vec<u8>> {
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
fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

/// The problem of a cell that is not UTF-8 text.
fn not_utf8(file: &str, row: u64, column: usize, layout: &Layout) -> Problem {
    place(
        file,
        row,
        column,
        layout.header(column),
        "the cell is not UTF-8 text".to_string(),
        "save the file as UTF-8 (in Excel: \"CSV UTF-8\"); a byte-order mark is fine".to_string(),
    )
}

/// A problem (or an I/O error) for a CSV reading error.
fn csv_error(file: &str, layout: &Layout, e: csv::Error) -> Error {
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
                layout.header(column),
                format!("row {row} has {len} cell(s) but the header row has {expected}"),
                if len > expected {
                    "remove the extra cells, or quote cells that contain the delimiter".to_string()
                } else {
                    "add the missing cells (empty for unanswered), or quote cells that contain a line break".to_string()
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
        _ => Error::one(Problem::file(
            file,
            e.to_string(),
            "check that the file is CSV",
        )),
    }
}

impl Layout {
    /// A layout with no columns, for errors found before the header is resolved.
    fn empty() -> Self {
        Layout {
            headers: Vec::new(),
            respondent: None,
            role: None,
            questions: Vec::new(),
            unnamed: Vec::new(),
        }
    }
}
