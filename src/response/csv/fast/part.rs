//! Reading one part of a file (from a record boundary to the end, or to a cut) into a sink:
//! the file in chunks into one reused buffer, checked for UTF-8 a chunk at a time, split into
//! records ([`scan`]), each answer cell read by its column's table, each row checked as the
//! general reader checks it, and handed on. Any problem, or any shape left to the general
//! reader, ends the part with `None`.
//!
//! Rows before the next quote are read the plain way: the ends of their cells are found 64
//! bytes at a time ([`scan::Ends`]), each a bit's place, rather than by reading on from each
//! cell's start. A row the plain way does not take (a quote, a `\r` not ending the row, the
//! data read so far running out) is read again the careful way, from its start.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::scan::{self, BLOCK, Ends, Field, PAD, Scan};
use super::table::Table;
use super::{Check, Column, Cut, Gaps, Plan, RowSink, Shape};
use crate::response::csv::cells::{self, Cell};
use crate::response::csv::columns::CellKind;

/// Bytes read at a time; a record longer than this is left to the general reader. Under test,
/// 4 KiB, so that the tests' small files cross from chunk to chunk.
const CHUNK: usize = if cfg!(test) { 4 << 10 } else { 1 << 20 };

/// The fewest answer columns in a row read as a run of one-byte cells ([`Rows::byte_run`]).
pub(super) const BYTE_RUN: usize = 8;

/// Rows and responses read by one part.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Counts {
    pub rows: u64,
    pub responses: usize,
}

/// Whether the cell's text is empty once trimmed (Unicode white space, as `str::trim`).
fn blank(bytes: &[u8]) -> bool {
    match bytes.first() {
        None => true,
        // Printable ASCII is never white space.
        Some(b) if (0x21..0x7f).contains(b) => false,
        Some(_) => std::str::from_utf8(bytes).is_ok_and(|t| t.trim().is_empty()),
    }
}

/// The per-part state of reading rows.
struct Rows<'p> {
    plan: &'p Plan,
    tables: Vec<Table>,
    fields: Vec<Field>,
    cells: Vec<Cell>,
    scratch: Vec<u8>,
    role: String,
    counts: Counts,
    /// The ends of cells found ahead, for rows read the plain way.
    ends: Ends,
}

/// What reading a row in one pass found.
enum Step {
    /// The row was read (and handed on); the next starts here.
    Next(usize),
    /// The row has a quote or a `\r`, or no answer: read it the careful way.
    Careful,
    /// The row goes on past the data read so far.
    Incomplete,
    /// A problem.
    Bail,
}

impl Rows<'_> {
    /// Reads the answer columns from column `c` on (`run` of them at most) whose cells are
    /// one byte each above the space (each followed by the delimiter, from `p` on) and in the
    /// column's table: a cell by one lookup, with no end to find. How many were read: 0 when
    /// fewer than [`BYTE_RUN`] such cells follow, fewer than found when a byte is not in its
    /// table yet; the cell after them is read the usual way. Every cell read is given: such a
    /// byte is neither empty once trimmed nor N/A.
    #[inline]
    fn byte_run(&mut self, buf: &[u8], p: usize, c: usize, run: usize) -> usize {
        let plan = self.plan;
        let run = scan::byte_cells(buf, p, run, scan::ONES * u64::from(plan.delimiter));
        if run < BYTE_RUN {
            // Too short to be worth finding the ends again after it.
            return 0;
        }
        for (j, column) in plan.columns[c..c + run].iter().enumerate() {
            let Column::Answer { slot, table } = *column else {
                return j;
            };
            // By reference: the cell copied from the table as a whole.
            let Some(&cell) = self.tables[table].one_byte(buf[p + 2 * j]) else {
                return j;
            };
            debug_assert!(!matches!(cell, Cell::Empty | Cell::Na));
            self.cells[slot] = cell;
        }
        run
    }

    /// Reads the row at `pos` in one pass over its cells, each looked up as it is found: the
    /// usual row, unquoted cells ending in `\n`. Rows it does not take are [`Step::Careful`].
    /// `PLAIN`: `buf[pos..len]` is known to hold no quote (so a cell's end is the first
    /// delimiter, `\n` or `\r`, the last only before the `\n` ending the row), and a row going
    /// on past `len` is [`Step::Careful`] too. `RUNS` (with `PLAIN`): runs of one-byte cells
    /// are read as such ([`Self::byte_run`]).
    #[inline]
    fn quick<const PLAIN: bool, const RUNS: bool, S: RowSink>(
        &mut self,
        buf: &[u8],
        len: usize,
        pos: usize,
        eof: bool,
        sink: &mut S,
    ) -> Step {
        let plan = self.plan;
        let wide = scan::ONES * u64::from(plan.delimiter);
        let last = plan.width - 1;
        let mut p = pos;
        let mut any = false;
        let mut na = false;
        let mut gap = false;
        // The empty answer cells, by slot (meaningful when every slot is below 64).
        let mut empty = 0u64;
        let mut role = None;
        // 1 when the row ends in `\r\n` (read the plain way).
        let mut crlf = 0;
        if PLAIN {
            self.ends.start(buf, pos);
        }
        // The first column where a run of one-byte cells may start (the cells before were
        // found not to make one).
        let mut next_try = 0;
        let mut columns = plan.columns.iter().enumerate();
        while let Some((c, column)) = columns.next() {
            // A run only from a one-byte cell on: one test of the byte after it.
            if PLAIN
                && RUNS
                && c >= next_try
                && plan.runs[c] >= BYTE_RUN
                && p + 2 * plan.runs[c] <= len
                && buf[p + 1] == plan.delimiter
            {
                let read = self.byte_run(buf, p, c, plan.runs[c]);
                next_try = c + read + 1;
                if read > 0 {
                    any = true;
                    p += 2 * read;
                    // Past the run's other columns (this one is taken).
                    if read > 1 {
                        columns.nth(read - 2);
                    }
                    self.ends.restart(buf, p);
                    continue;
                }
            }
            let (found, first, second) = if PLAIN {
                (
                    self.ends.take(buf),
                    scan::word(buf, p),
                    scan::word(buf, p + 8),
                )
            } else {
                let (found, first) = scan::special_from(buf, p, wide);
                (found, first, scan::word(buf, p + 8))
            };
            let e = if found >= len {
                if PLAIN {
                    return Step::Careful;
                }
                if !eof {
                    return Step::Incomplete;
                }
                if c != last {
                    return Step::Bail;
                }
                len
            } else {
                match buf[found] {
                    b'\n' if c == last => found,
                    b if b == plan.delimiter && c != last => found,
                    // A row ending in `\r\n` (the `\n`'s end taken too).
                    b'\r' if PLAIN && c == last && found + 1 < len && buf[found + 1] == b'\n' => {
                        self.ends.take(buf);
                        crlf = 1;
                        found
                    }
                    b'"' | b'\r' => return Step::Careful,
                    // Too few or too many cells.
                    _ => return Step::Bail,
                }
            };
            match *column {
                Column::Answer { slot, table } => {
                    let Some(&cell) = self.tables[table].get_from(buf, p, e - p, first, second)
                    else {
                        return Step::Bail;
                    };
                    any |= cell != Cell::Empty;
                    gap |= cell == Cell::Empty;
                    na |= cell == Cell::Na;
                    empty |= u64::from(cell == Cell::Empty) << (slot % 64);
                    self.cells[slot] = cell;
                }
                Column::Text { slot } => {
                    let Ok(text) = std::str::from_utf8(&buf[p..e]) else {
                        return Step::Bail;
                    };
                    let Ok(cell) = cells::parse(&CellKind::Text, text) else {
                        return Step::Bail;
                    };
                    any |= cell != Cell::Empty;
                    gap |= cell == Cell::Empty;
                    na |= cell == Cell::Na;
                    empty |= u64::from(cell == Cell::Empty) << (slot % 64);
                    self.cells[slot] = cell;
                }
                Column::Role => role = Some((p, e)),
                Column::Unnamed if !blank(&buf[p..e]) => return Step::Bail,
                Column::Unnamed | Column::Other => {}
            }
            p = e + 1;
        }
        if !any {
            // Maybe a row with every cell empty, skipped: the careful way tells.
            return Step::Careful;
        }
        if (na || plan.always_checked) && !plan.checks.iter().all(|c| c.passes(&self.cells)) {
            return Step::Bail;
        }
        let role = match role {
            Some((s, e)) => {
                let Ok(text) = std::str::from_utf8(&buf[s..e]) else {
                    return Step::Bail;
                };
                let text = text.trim();
                self.role.clear();
                self.role.push_str(text);
                (!text.is_empty()).then_some(self.role.as_str())
            }
            None => None,
        };
        self.counts.rows += 1;
        self.counts.responses += 1;
        let gaps = if !gap && !na {
            Gaps::None
        } else if !na && plan.slots <= 64 {
            Gaps::Empty(empty)
        } else {
            Gaps::Unknown
        };
        sink.row(role, &self.cells, gaps);
        if PLAIN {
            // The row ends where the general reader's does, before the `\n` of a `\r\n` (so
            // that a part lands on a cut where the general fold's does); the next row starts
            // after it.
            self.ends.next = p + crlf;
        }
        Step::Next(p.min(len))
    }

    /// Reads the record in `fields` into `sink`; false on any problem.
    fn row<S: RowSink>(&mut self, buf: &[u8], sink: &mut S) -> bool {
        let plan = self.plan;
        if self.fields.len() != plan.width {
            return false;
        }
        self.counts.rows += 1;
        let mut any = false;
        let mut na = false;
        let mut gap = false;
        for a in &plan.answers {
            let f = self.fields[a.column];
            let cell = if f.escaped {
                let text = scan::text(buf, f, &mut self.scratch);
                let n = text.len();
                self.tables[a.table].get(&self.scratch, 0, n).copied()
            } else {
                self.tables[a.table]
                    .get(buf, f.start as usize, (f.end - f.start) as usize)
                    .copied()
            };
            let Some(cell) = cell else { return false };
            any |= cell != Cell::Empty;
            gap |= cell == Cell::Empty;
            na |= cell == Cell::Na;
            self.cells[a.slot] = cell;
        }
        for t in &plan.texts {
            let text = scan::text(buf, self.fields[t.column], &mut self.scratch);
            let Ok(text) = std::str::from_utf8(text) else {
                return false;
            };
            let Ok(cell) = cells::parse(&CellKind::Text, text) else {
                return false;
            };
            any |= cell != Cell::Empty;
            gap |= cell == Cell::Empty;
            na |= cell == Cell::Na;
            self.cells[t.slot] = cell;
        }
        let field = |c: usize| &buf[self.fields[c].start as usize..self.fields[c].end as usize];
        // A cell in a column without a header is a problem; quotes doubled inside a field
        // are not white space, so the raw bytes tell whether the text is blank.
        if plan.unnamed.iter().any(|&c| !blank(field(c))) {
            return false;
        }
        if !any && (0..plan.width).all(|c| blank(field(c))) {
            // A row with every cell empty is skipped, as the general reader skips it.
            return true;
        }
        if (na || plan.always_checked) && !plan.checks.iter().all(|c| c.passes(&self.cells)) {
            return false;
        }
        let role = match plan.role {
            Some(c) => {
                let text = scan::text(buf, self.fields[c], &mut self.scratch);
                let Ok(text) = std::str::from_utf8(text) else {
                    return false;
                };
                let text = text.trim();
                self.role.clear();
                self.role.push_str(text);
                (!text.is_empty()).then_some(self.role.as_str())
            }
            None => None,
        };
        self.counts.responses += 1;
        let gaps = if !gap && !na {
            Gaps::None
        } else {
            Gaps::Unknown
        };
        sink.row(role, &self.cells, gaps);
        true
    }
}

impl Check {
    /// Whether the row's cells for this question are what the general reader accepts.
    fn passes(&self, cells: &[Cell]) -> bool {
        let mut na = false;
        let mut given = false;
        for &(slot, _) in &self.slots {
            match cells[slot] {
                Cell::Na => na = true,
                Cell::Empty => {}
                _ => given = true,
            }
        }
        match self.kind {
            Shape::Single | Shape::Pair => !na || self.allow_na,
            Shape::Kano => !na || (self.allow_na && !given),
            Shape::Allocation => {
                if na {
                    return self.allow_na && !given;
                }
                if !given {
                    return true;
                }
                // The sum the general reader checks, added in part order.
                let sum: f64 = self
                    .by_part
                    .iter()
                    .filter_map(|&slot| match cells[slot] {
                        Cell::Points(v) => Some(v),
                        _ => None,
                    })
                    .sum();
                sum > 0.0 && sum.is_finite()
            }
        }
    }
}

/// Reads the part of the file at `path` from `start` (a record boundary) to `end` or the end
/// of the file, into `sink`. A part that ends at a cut must end as the general fold's first
/// part does: with a response (or the header) whose line break ends at the cut (or whose `\r`
/// ends just before a `\n` there). `None` on any problem, when the part does not end so, or when `stop` is set
/// (the other part failed).
pub(super) fn read<S: RowSink>(
    plan: &Plan,
    path: &Path,
    start: u64,
    end: Option<Cut>,
    sink: &mut S,
    stop: &AtomicBool,
) -> Option<Counts> {
    let mut file = File::open(path).ok()?;
    file.seek(SeekFrom::Start(start)).ok()?;
    let mut input = file.take(end.map_or(u64::MAX, |e| e.at.saturating_sub(start)));
    // Where the last record read ends, from the start of the file.
    let mut last_end = start;
    let mut base = start;
    let mut rows = Rows {
        plan,
        tables: plan.tables.clone(),
        fields: Vec::with_capacity(plan.width + 1),
        cells: vec![Cell::Empty; plan.slots],
        scratch: Vec::new(),
        role: String::new(),
        counts: Counts::default(),
        ends: Ends::new(plan.delimiter),
    };
    // Some row may hold a run of one-byte cells (else the rows are read without looking).
    let runs = plan.runs.iter().any(|&r| r >= BYTE_RUN);
    let mut buf = vec![b'\n'; CHUNK + PAD + BLOCK];
    let (mut len, mut pos, mut valid, mut eof) = (0usize, 0usize, 0usize, false);
    // Where the first quote at or after `pos` is in `buf[..valid]` (or `valid`): the rows
    // before it are read the plain way.
    let mut quote_at = 0usize;
    loop {
        loop {
            while pos < len && matches!(buf[pos], b'\n' | b'\r') {
                pos += 1;
            }
            if pos >= len {
                break;
            }
            if pos >= quote_at {
                // Past the quote found last: where is the next one?
                let from = pos.min(valid);
                quote_at = memchr::memchr(b'"', &buf[from..valid]).map_or(valid, |i| from + i);
            }
            let quick = if runs {
                rows.quick::<true, true, S>(&buf, quote_at, pos, eof, sink)
            } else {
                rows.quick::<true, false, S>(&buf, quote_at, pos, eof, sink)
            };
            let outcome = match quick {
                Step::Careful => rows.quick::<false, false, S>(&buf, valid, pos, eof, sink),
                taken => taken,
            };
            match outcome {
                Step::Next(next) => {
                    pos = next;
                    last_end = base + pos as u64;
                    continue;
                }
                Step::Careful => {}
                Step::Incomplete => break,
                Step::Bail => return None,
            }
            match scan::record(
                &buf,
                len,
                pos,
                plan.delimiter,
                eof,
                plan.width,
                &mut rows.fields,
            ) {
                Scan::Record(next) => {
                    let responses = rows.counts.responses;
                    if next > valid || !rows.row(&buf, sink) {
                        return None;
                    }
                    pos = next;
                    // The general fold reads past a row with every cell empty before it looks
                    // where it is: only a response's end counts as landing on the cut.
                    if rows.counts.responses > responses {
                        last_end = base + pos as u64;
                    }
                }
                Scan::Incomplete => break,
                Scan::Bail => return None,
            }
        }
        if eof {
            let landed =
                end.is_none_or(|cut| last_end == cut.at || (cut.crlf && last_end + 1 == cut.at));
            return (pos >= len && landed).then_some(rows.counts);
        }
        if stop.load(Ordering::Relaxed) {
            return None;
        }
        buf.copy_within(pos..len, 0);
        base += pos as u64;
        len -= pos;
        valid -= pos.min(valid);
        pos = 0;
        if len >= CHUNK {
            return None;
        }
        let n = loop {
            match input.read(&mut buf[len..CHUNK]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        };
        len += n;
        eof = n == 0;
        buf[len..len + PAD].fill(b'\n');
        quote_at = 0;
        rows.ends.next = usize::MAX;
        rows.ends.cr = memchr::memchr(b'\r', &buf[..len]).is_some();
        match std::str::from_utf8(&buf[valid..len]) {
            Ok(_) => valid = len,
            // A character cut by the end of the chunk: checked with the next one.
            Err(e) if e.error_len().is_none() && !eof => valid += e.valid_up_to(),
            Err(_) => return None,
        }
    }
}
