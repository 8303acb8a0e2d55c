//! The fast path for a large CSV file that is folded into accumulators: rows read as bytes,
//! straight into the caller's sink as cells by answer slot, with no [`Response`] built and
//! nothing allocated per row.
//!
//! Each column's meaning is worked out once (the general reader's header resolution, which
//! also reports a bad header); the file is split in records by a byte scan ([`scan`]); each
//! answer cell is read through its kind's table of cells ([`table`], every entry the general
//! cell reader's own reading of those bytes); each row is checked as the general reader checks
//! it (N/A where a question allows none, N/A beside answers, an allocation adding up to 0, a
//! cell in a column without a header, the number of cells); and a large file is read in the
//! same two parts, cut at the same place, as [`super::fold_csv_parts`] reads it, so a sink
//! sees the rows the general path's accumulators see, in the same order and parts.
//!
//! It reports nothing: any problem, or anything it does not read the general reader's way for
//! certain (a quote inside an unquoted cell, a record over a megabyte, a cell that is not
//! UTF-8), gives `None`, and the caller reads the file the general way, whose messages name
//! every problem's row and column. So the fast path changes how fast a valid file is read,
//! never what any file gives.
//!
//! [`Response`]: crate::response::Response

mod part;
mod scan;
mod table;

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::cells::Cell;
use super::columns::CellKind;
use super::split::{Cut, SPLIT_MIN_BYTES, find_cut};
use super::stream::{detect_delimiter, read_header_line};
use super::{AnswerPath, CsvResponses, CsvSummary};
use crate::instrument::{Instrument, QuestionKind};

/// Where the rows of the fast path go: one call per response (rows with every cell empty are
/// skipped, as by the general reader), with its role (trimmed; `None` when empty or when the
/// file has no role column) and its answer cells by slot, in the order of the paths the sink
/// was made for, with what the reader saw of their gaps ([`Gaps`]), which a sink counting
/// answers can take in one step.
pub trait RowSink {
    /// One valid row.
    fn row(&mut self, role: Option<&str>, cells: &[Cell], gaps: Gaps);
}

/// What the reader saw of a row's empty and N/A answer cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gaps {
    /// Every cell holds an answer (none is empty or N/A).
    None,
    /// No cell is N/A, and the empty ones are the set bits (slot `s`: bit `s`; every slot is
    /// below 64).
    Empty(u64),
    /// Not known: look at the cells.
    Unknown,
}

/// How the rows of one question are checked (see `part.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A scale, rubric or text question: N/A only where allowed.
    Single,
    /// A pair: N/A in a part only where allowed.
    Pair,
    /// A Kano feature: N/A only where allowed, and then alone.
    Kano,
    /// An allocation: N/A only where allowed and alone; points adding up to more than 0.
    Allocation,
}

/// The checks of one question: its shape, whether it allows N/A, its slots with their parts.
#[derive(Debug, Clone)]
struct Check {
    kind: Shape,
    allow_na: bool,
    /// (slot, part) of each of the question's cells.
    slots: Vec<(usize, usize)>,
    /// The slots in part order (a stable sort), the order an allocation's points are added in.
    by_part: Vec<usize>,
}

/// An answer column read through a table.
#[derive(Debug, Clone, Copy)]
struct AnswerColumn {
    column: usize,
    slot: usize,
    table: usize,
}

/// A text column.
#[derive(Debug, Clone, Copy)]
struct TextColumn {
    column: usize,
    slot: usize,
}

/// What a column is, for reading a row in one pass over its cells.
#[derive(Debug, Clone, Copy)]
enum Column {
    /// An answer read through table `table` into `slot`.
    Answer { slot: usize, table: usize },
    /// A text answer into `slot`.
    Text { slot: usize },
    /// The role.
    Role,
    /// A column without a header: its cells must be empty.
    Unnamed,
    /// The respondent (not scored).
    Other,
}

/// Everything about a file's columns that does not change from row to row.
#[derive(Debug, Clone)]
struct Plan {
    delimiter: u8,
    width: usize,
    /// The first byte after the header row.
    start: u64,
    answers: Vec<AnswerColumn>,
    texts: Vec<TextColumn>,
    unnamed: Vec<usize>,
    role: Option<usize>,
    tables: Vec<table::Table>,
    slots: usize,
    checks: Vec<Check>,
    /// Some question is checked on every row (allocations: their sum).
    always_checked: bool,
    /// Per slot, its column's answer path.
    paths: Vec<AnswerPath>,
    /// Per column, what it is.
    columns: Vec<Column>,
    /// Per column, how many answer columns whose cells may be one byte (their table holds
    /// such cells) start there in a row, the row's last column left out (see `part.rs`,
    /// [`part::BYTE_RUN`]).
    runs: Vec<usize>,
}

/// Whether two columns read their cells the same way (and so can share a table).
fn same_kind(a: &CellKind, b: &CellKind) -> bool {
    match (a, b) {
        (CellKind::Kano, CellKind::Kano) | (CellKind::Points, CellKind::Points) => true,
        (CellKind::Point(x), CellKind::Point(y)) => {
            x.min == y.min && x.max == y.max && x.labels == y.labels
        }
        _ => false,
    }
}

/// The plan of the CSV file at `path`; `None` when the header has a problem (the general
/// reader reports it) or the file cannot be read.
fn plan(instrument: &Instrument, path: &Path) -> Option<Plan> {
    let rows = CsvResponses::from_reader(instrument, "", File::open(path).ok()?).ok()?;
    let start = rows.offset()?;
    let layout = rows.layout();
    if !layout.extras.is_empty() {
        // Evidence and confidence columns feed the report's evidence part: the general way.
        return None;
    }
    let mut header = read_header_line(&mut BufReader::new(File::open(path).ok()?)).ok()?;
    if header.starts_with(b"\xEF\xBB\xBF") {
        header.drain(..3);
    }
    let mut plan = Plan {
        delimiter: detect_delimiter(&header),
        width: layout.headers.len(),
        start,
        answers: Vec::new(),
        texts: Vec::new(),
        unnamed: layout.unnamed.clone(),
        role: layout.role,
        tables: Vec::new(),
        slots: 0,
        checks: Vec::new(),
        always_checked: false,
        paths: Vec::new(),
        columns: vec![Column::Other; layout.headers.len()],
        runs: Vec::new(),
    };
    for &c in &layout.unnamed {
        plan.columns[c] = Column::Unnamed;
    }
    if let Some(c) = layout.role {
        plan.columns[c] = Column::Role;
    }
    let mut kinds: Vec<CellKind> = Vec::new();
    for qc in &layout.questions {
        let q = &instrument.questions[qc.question];
        let kind = match q.kind {
            QuestionKind::Scale(_) | QuestionKind::Rubric(_) | QuestionKind::Text => Shape::Single,
            QuestionKind::Pair { .. } => Shape::Pair,
            QuestionKind::Kano { .. } => Shape::Kano,
            QuestionKind::Allocation { .. } => Shape::Allocation,
        };
        plan.always_checked |= kind == Shape::Allocation;
        let mut check = Check {
            kind,
            allow_na: q.allow_na,
            slots: Vec::new(),
            by_part: Vec::new(),
        };
        for c in &qc.columns {
            let slot = plan.slots;
            plan.slots += 1;
            check.slots.push((slot, c.part.unwrap_or(0)));
            plan.paths.push(AnswerPath {
                name: layout.headers[c.column].clone(),
                question: qc.question,
                part: c.part,
            });
            if let CellKind::Text = c.kind {
                plan.texts.push(TextColumn {
                    column: c.column,
                    slot,
                });
                plan.columns[c.column] = Column::Text { slot };
                continue;
            }
            let table = if let Some(t) = kinds.iter().position(|k| same_kind(k, &c.kind)) {
                t
            } else {
                kinds.push(c.kind.clone());
                kinds.len() - 1
            };
            plan.answers.push(AnswerColumn {
                column: c.column,
                slot,
                table,
            });
            plan.columns[c.column] = Column::Answer { slot, table };
        }
        let mut by_part = check.slots.clone();
        by_part.sort_by_key(|&(_, part)| part);
        check.by_part = by_part.into_iter().map(|(slot, _)| slot).collect();
        plan.checks.push(check);
    }
    plan.tables = kinds.into_iter().map(table::Table::new).collect();
    plan.runs = vec![0; plan.width];
    for c in (0..plan.width.saturating_sub(1)).rev() {
        if let Column::Answer { table, .. } = plan.columns[c] {
            if plan.tables[table].has_one_byte_cells() {
                plan.runs[c] = 1 + plan.runs.get(c + 1).copied().unwrap_or(0);
            }
        }
    }
    Some(plan)
}

/// Reads the CSV file at `path` for a report through the fast path into sinks made by `fresh`
/// (which may decline a layout with `None`): one sink, or two for a file of
/// [`SPLIT_MIN_BYTES`] or more on a machine with two cores, in file order, cut where
/// [`super::fold_csv_parts`] cuts. `None` when the file has any problem or any shape left to
/// the general reader: read it the general way then.
pub fn fold_fast<S: RowSink + Send>(
    instrument: &Instrument,
    path: &Path,
    fresh: &(dyn Fn(&[AnswerPath]) -> Option<S> + Sync),
) -> Option<(Vec<S>, CsvSummary)> {
    fold_fast_at(instrument, path, fresh, SPLIT_MIN_BYTES)
}

/// [`fold_fast`], splitting files from `split_bytes` on.
pub(crate) fn fold_fast_at<S: RowSink + Send>(
    instrument: &Instrument,
    path: &Path,
    fresh: &(dyn Fn(&[AnswerPath]) -> Option<S> + Sync),
    split_bytes: u64,
) -> Option<(Vec<S>, CsvSummary)> {
    let plan = plan(instrument, path)?;
    let size = std::fs::metadata(path).ok()?.len();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let cut = if size >= split_bytes && cores >= 2 {
        find_cut(path, size)
    } else {
        None
    };
    let summary = |c: &[part::Counts]| CsvSummary {
        rows: c.iter().map(|c| c.rows).sum(),
        responses: c.iter().map(|c| c.responses).sum(),
        renormalised: 0,
    };
    let stop = AtomicBool::new(false);
    if let Some(cut) = cut {
        let (mut first, mut second) = (fresh(&plan.paths)?, fresh(&plan.paths)?);
        let (a, b) = std::thread::scope(|s| {
            let later = s.spawn(|| {
                let counts = part::read(&plan, path, cut.at, None, &mut second, &stop);
                if counts.is_none() {
                    stop.store(true, Ordering::Relaxed);
                }
                counts
            });
            let counts = part::read(&plan, path, plan.start, Some(cut), &mut first, &stop);
            if counts.is_none() {
                stop.store(true, Ordering::Relaxed);
            }
            (counts, later.join().ok().flatten())
        });
        if let (Some(a), Some(b)) = (a, b) {
            return Some((vec![first, second], summary(&[a, b])));
        }
        // The cut is not where a record ends (or a part found a problem): one pass, as the
        // general fold does then.
        stop.store(false, Ordering::Relaxed);
    }
    let mut sink = fresh(&plan.paths)?;
    let counts = part::read(&plan, path, plan.start, None, &mut sink, &stop)?;
    Some((vec![sink], summary(&[counts])))
}
