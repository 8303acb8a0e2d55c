//! Reading records, and on a second thread. A large survey export is CPU-bound in two parts
//! of about equal cost: splitting the bytes into records and reading their answer cells (codes
//! and labels, remembered per column so a label is normalised once, not a million times), and
//! building each response and folding it into the scorer. [`Records::Ahead`] puts the first
//! part on a thread of its own, in batches that go back and forth between the two threads and
//! are reused, so memory stays flat: at most [`IN_FLIGHT`] batches of [`BATCH`] records exist
//! at any time. Records are read as bytes; a cell is checked for UTF-8 when it is first seen
//! (a remembered label was checked then), so the bytes are checked once, not once per row.

use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use csv::ByteRecord;

use super::cells::{self, Cell, Memo, Unread};
use super::columns::{CellKind, Layout};

/// Records per batch.
const BATCH: usize = 256;
/// Batches in existence: one being read, one being scored, one waiting.
const IN_FLIGHT: usize = 3;

/// One record with its answer cells parsed: `cells[c]` for record column `c`, `None` when the
/// column is not an answer column or the cell has a problem (worked out again, with its message,
/// by the reader of the row).
#[derive(Debug, Default)]
pub(super) struct Parsed {
    pub record: ByteRecord,
    pub cells: Vec<Option<Cell>>,
    /// The first column whose cell is not UTF-8: the whole row is then a problem.
    pub not_utf8: Option<usize>,
    /// Whether `cells` and `not_utf8` have been worked out for this record.
    pub read: bool,
}

/// What reading a record's cells needs: each record column's kind of answer cell, and what
/// each column has read so far.
#[derive(Debug, Clone)]
pub(super) struct CellReader {
    kinds: Vec<Option<CellKind>>,
    memos: Vec<Memo>,
    /// Reset as each record ends.
    pub budget: Budget,
}

impl CellReader {
    /// For the columns of `layout`.
    pub fn new(layout: &Layout, budget: Budget) -> Self {
        let width = layout.headers.len();
        let mut kinds = vec![None; width];
        for qc in &layout.questions {
            for column in &qc.columns {
                if let Some(kind) = kinds.get_mut(column.column) {
                    *kind = Some(column.kind.clone());
                }
            }
        }
        CellReader {
            kinds,
            memos: vec![Memo::default(); width],
            budget,
        }
    }

    /// Reads the cells of `parsed.record`.
    fn read(&mut self, parsed: &mut Parsed) {
        parsed.cells.clear();
        parsed.cells.resize(parsed.record.len(), None);
        parsed.not_utf8 = None;
        parsed.read = true;
        for (c, bytes) in parsed.record.iter().enumerate() {
            let cell = match (self.kinds.get(c), self.memos.get_mut(c)) {
                (Some(Some(kind)), Some(memo)) => cells::parse_bytes(kind, bytes, memo),
                _ => std::str::from_utf8(bytes)
                    .map(|_| Cell::Empty)
                    .map_err(|_| Unread::NotUtf8),
            };
            match cell {
                Ok(cell) => parsed.cells[c] = Some(cell),
                Err(Unread::NotUtf8) => {
                    parsed.not_utf8.get_or_insert(c);
                }
                Err(Unread::Bad) => {}
            }
        }
    }
}

/// A batch of records read ahead.
#[derive(Debug, Default)]
struct Batch {
    /// `records[..len]` are this batch's rows (the rest are kept for reuse).
    records: Vec<Parsed>,
    len: usize,
    /// A reading error after the rows.
    error: Option<csv::Error>,
    /// No more batches follow.
    end: bool,
}

/// Where records come from.
pub(super) enum Records<R: Read> {
    /// Read on the calling thread.
    Inline(csv::Reader<R>, CellReader),
    /// Read ahead on a second thread.
    Ahead(Ahead),
    /// The reading thread could not be started (reported once as an I/O error), or the
    /// records were moved elsewhere.
    Failed(Option<std::io::Error>),
}

/// The consuming end of the reading thread.
pub(super) struct Ahead {
    full: Receiver<Batch>,
    empty: SyncSender<Batch>,
    /// Full batches waiting to be taken.
    queued: Arc<AtomicUsize>,
    /// For the records whose cells the reading thread left to this side.
    cells: CellReader,
    batch: Batch,
    next: usize,
    thread: Option<JoinHandle<()>>,
}

/// The next record, an error, or the end.
pub(super) enum Next {
    Record,
    Error(csv::Error),
    End,
}

impl<R: Read> Records<R> {
    /// Reads the next record into `slot` (swapped, so its buffers are reused).
    pub fn next(&mut self, slot: &mut Parsed) -> Next {
        match self {
            Records::Inline(reader, cells) => match reader.read_byte_record(&mut slot.record) {
                Ok(true) => {
                    cells.budget.reset();
                    cells.read(slot);
                    Next::Record
                }
                Ok(false) => Next::End,
                Err(e) => Next::Error(e),
            },
            Records::Ahead(ahead) => ahead.next(slot),
            Records::Failed(e) => e.take().map_or(Next::End, |e| Next::Error(e.into())),
        }
    }
}

impl<R: Read> Records<R> {
    /// Bytes consumed so far when read on this thread: where the next record starts.
    pub fn position(&self) -> Option<u64> {
        match self {
            Records::Inline(reader, _) => Some(reader.position().byte()),
            _ => None,
        }
    }
}

impl<R: Read + Send + 'static> Records<R> {
    /// Moves reading to a thread of its own.
    pub fn ahead(self) -> Self {
        let Records::Inline(mut reader, mut cells) = self else {
            return self;
        };
        let own_cells = cells.clone();
        let queued = Arc::new(AtomicUsize::new(0));
        let waiting = Arc::clone(&queued);
        let (full_tx, full) = sync_channel::<Batch>(IN_FLIGHT);
        let (empty, empty_rx) = sync_channel::<Batch>(IN_FLIGHT);
        for _ in 0..IN_FLIGHT - 1 {
            let _ = empty.send(Batch::default());
        }
        let thread = std::thread::Builder::new()
            .name("csv-read-ahead".into())
            .spawn(move || {
                // Ends when the file ends or the reading side has gone (its channels closed).
                while let Ok(mut batch) = empty_rx.recv() {
                    batch.len = 0;
                    batch.error = None;
                    // The work is shared as the two sides keep up: when full batches are
                    // waiting, the other side is the slower one and this side reads the cells
                    // too; when none are, it is waiting for records, and gets them sooner with
                    // the cells left for it to read.
                    let read_cells = waiting.load(Ordering::Relaxed) > 0;
                    while batch.len < BATCH {
                        if batch.records.len() == batch.len {
                            batch.records.push(Parsed::default());
                        }
                        let slot = &mut batch.records[batch.len];
                        match reader.read_byte_record(&mut slot.record) {
                            Ok(true) => {
                                cells.budget.reset();
                                if read_cells {
                                    cells.read(slot);
                                } else {
                                    slot.read = false;
                                }
                                batch.len += 1;
                            }
                            Ok(false) => {
                                batch.end = true;
                                break;
                            }
                            Err(e) => {
                                // A bad row (unequal lengths) lets reading go on; an I/O
                                // error ends it.
                                batch.end = matches!(e.kind(), csv::ErrorKind::Io(_));
                                batch.error = Some(e);
                                break;
                            }
                        }
                    }
                    let end = batch.end;
                    waiting.fetch_add(1, Ordering::Relaxed);
                    if full_tx.send(batch).is_err() || end {
                        break;
                    }
                }
            });
        match thread {
            Ok(thread) => Records::Ahead(Ahead {
                full,
                empty,
                queued,
                cells: own_cells,
                batch: Batch::default(),
                next: 0,
                thread: Some(thread),
            }),
            // No thread to be had (the reader went with the closure that failed to start):
            // an I/O error, never a panic.
            Err(e) => Records::Failed(Some(e)),
        }
    }
}

impl Ahead {
    fn next(&mut self, slot: &mut Parsed) -> Next {
        loop {
            if self.next < self.batch.len {
                std::mem::swap(slot, &mut self.batch.records[self.next]);
                self.next += 1;
                if !slot.read {
                    self.cells.read(slot);
                }
                return Next::Record;
            }
            if let Some(e) = self.batch.error.take() {
                return Next::Error(e);
            }
            if self.batch.end {
                return Next::End;
            }
            let done = std::mem::take(&mut self.batch);
            let _ = self.empty.send(done);
            // The thread ended without saying the file had ended: it panicked. The rows after
            // are unread, so this is an error, never a silent end.
            let Ok(batch) = self.full.recv() else {
                self.batch.end = true;
                return Next::Error(
                    std::io::Error::other(crate::tr!(
                        crate::lang::messages(),
                        "err-csv-reading-stopped"
                    ))
                    .into(),
                );
            };
            self.queued.fetch_sub(1, Ordering::Relaxed);
            self.batch = batch;
            self.next = 0;
        }
    }
}

impl Drop for Ahead {
    fn drop(&mut self) {
        // Closing the channel of empty batches stops the thread after the batch it is reading
        // (it never waits to hand one over: the channel of full batches holds them all).
        let (closed, _) = sync_channel(0);
        drop(std::mem::replace(&mut self.empty, closed));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The most bytes one record may take, header included: past it reading stops with a problem
/// naming the row, before the record is held in memory whole (a 2 GB cell would be).
pub(super) const MAX_ROW_BYTES: u64 = 16 * 1024 * 1024;

/// Bytes read since the last record ended, shared by the reader and whoever reads records.
#[derive(Debug, Clone, Default)]
pub(super) struct Budget(Arc<AtomicU64>);

impl Budget {
    /// A record has ended: the next one starts from nothing.
    pub fn reset(&self) {
        self.0.store(0, Ordering::Relaxed);
    }
}

/// The error a [`Guard`] gives for a record past [`MAX_ROW_BYTES`].
#[derive(Debug)]
pub(super) struct RowTooLong;

impl std::fmt::Display for RowTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a row longer than {MAX_ROW_BYTES} bytes")
    }
}

impl std::error::Error for RowTooLong {}

/// A reader that fails once [`MAX_ROW_BYTES`] are read without a record ending.
#[derive(Debug)]
pub(super) struct Guard<R> {
    pub inner: R,
    pub budget: Budget,
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.budget.0.load(Ordering::Relaxed) > MAX_ROW_BYTES {
            return Err(std::io::Error::other(RowTooLong));
        }
        let n = self.inner.read(buf)?;
        self.budget.0.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Whether `e` is a [`Guard`]'s refusal.
pub(super) fn is_row_too_long(e: &csv::Error) -> bool {
    match e.kind() {
        csv::ErrorKind::Io(io) => io
            .get_ref()
            .is_some_and(<dyn std::error::Error + Send + Sync>::is::<RowTooLong>),
        _ => false,
    }
}
