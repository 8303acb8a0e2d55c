//! Reading records on a second thread. A large survey export is CPU-bound in two parts of
//! about equal cost: splitting the bytes into records and checking they are UTF-8 (the `csv`
//! crate), and reading the answer cells and folding the answers into the scorer (measured: 47 %
//! and 53 % of the CPU for a million Kano rows). [`Records::Ahead`] puts the first part on a
//! thread of its own, in batches that go back and forth between the two threads and are
//! reused, so memory stays flat: at most [`IN_FLIGHT`] batches of [`BATCH`] records exist at
//! any time.

use std::io::Read;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use csv::StringRecord;

use super::cells::{self, Cell, Memo};
use super::columns::Layout;

/// Records per batch.
const BATCH: usize = 256;
/// Batches in existence: one being read, one being scored, one waiting.
const IN_FLIGHT: usize = 3;

/// One record with its answer cells parsed: `cells[c]` for record column `c`, `None` when the
/// column is not an answer column or the cell has a problem (worked out again, with its message,
/// by the reader of the row).
#[derive(Debug, Default)]
pub(super) struct Parsed {
    pub record: StringRecord,
    pub cells: Vec<Option<Cell>>,
}

impl Parsed {
    /// Parses the answer cells of `self.record` against `layout`, remembering labels in `memos`
    /// (one per record column).
    pub fn parse_cells(&mut self, layout: &Layout, memos: &mut [Memo]) {
        self.cells.clear();
        self.cells.resize(self.record.len(), None);
        for qc in &layout.questions {
            for column in &qc.columns {
                let (Some(raw), Some(memo)) =
                    (self.record.get(column.column), memos.get_mut(column.column))
                else {
                    continue;
                };
                self.cells[column.column] = cells::parse_memo(&column.kind, raw, memo).ok();
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
    Inline(csv::Reader<R>),
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
            Records::Inline(reader) => match reader.read_record(&mut slot.record) {
                Ok(true) => Next::Record,
                Ok(false) => Next::End,
                Err(e) => Next::Error(e),
            },
            Records::Ahead(ahead) => ahead.next(slot),
            Records::Failed(e) => e.take().map_or(Next::End, |e| Next::Error(e.into())),
        }
    }
}

impl<R: Read + Send + 'static> Records<R> {
    /// Moves reading to a thread of its own.
    pub fn ahead(self) -> Self {
        let Records::Inline(mut reader) = self else {
            return self;
        };
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
                    while batch.len < BATCH {
                        if batch.records.len() == batch.len {
                            batch.records.push(Parsed::default());
                        }
                        let slot = &mut batch.records[batch.len];
                        match reader.read_record(&mut slot.record) {
                            Ok(true) => batch.len += 1,
                            Ok(false) => {
                                batch.end = true;
                                break;
                            }
                            Err(e) => {
                                // A bad row (unequal lengths, not UTF-8) lets reading go on;
                                // an I/O error ends it.
                                batch.end = matches!(e.kind(), csv::ErrorKind::Io(_));
                                batch.error = Some(e);
                                break;
                            }
                        }
                    }
                    let end = batch.end;
                    if full_tx.send(batch).is_err() || end {
                        break;
                    }
                }
            });
        match thread {
            Ok(thread) => Records::Ahead(Ahead {
                full,
                empty,
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
                    std::io::Error::other("reading the file stopped unexpectedly").into(),
                );
            };
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
