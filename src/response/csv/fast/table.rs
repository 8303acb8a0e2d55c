//! Reading a cell by its bytes: a table from a cell's bytes, as written, to what the general
//! cell reader ([`cells::parse`]) makes of them. A lookup is two eight-byte words and the
//! length, hashed and compared, so a label of the usual length costs no more than a number.
//!
//! Every entry is the general reader's own answer for those bytes, so a hit is exactly what
//! the general path reads. The Kano table starts with every accepted wording (English sets 1–4
//! and Chinese, in lower case, with a capital first letter, and with curly apostrophes), the
//! results-file words and their capitalised forms; a scale table with the scale's labels. A
//! cell not in the table (another spelling, more spaces, a number of several digits) is read
//! by the general reader and, when it reads, remembered; a cell it refuses is a problem for
//! the general path to report, so the fast path stops ([`None`]).

use super::scan::{PAD, word};
use crate::response::KanoWord;
use crate::response::csv::cells::{self, Cell};
use crate::response::csv::columns::CellKind;

/// Slots of a table (a power of two).
const SLOTS: usize = 512;
/// Entries a table takes at most (three quarters full), so a probe stays short.
const LIMIT: usize = SLOTS * 3 / 4;

#[derive(Debug, Clone)]
struct Entry {
    /// The first eight bytes, and the next eight (cells of up to 16 bytes) or the last eight.
    head: u64,
    tail: u64,
    /// The cell's length; [`FREE`] for a free slot.
    len: usize,
    /// The whole cell, for cells over 16 bytes.
    long: Option<Box<[u8]>>,
    cell: Cell,
}

/// The length of a free slot (no cell is that long).
const FREE: usize = usize::MAX;

const FREE_ENTRY: Entry = Entry {
    head: 0,
    tail: 0,
    len: FREE,
    long: None,
    cell: Cell::Empty,
};

/// The cells of one kind of column read so far (see the module documentation).
#[derive(Debug, Clone)]
pub(super) struct Table {
    kind: CellKind,
    slots: Box<[Entry; SLOTS]>,
    entries: usize,
    /// The one-byte cells in the table (a digit, the commonest cell of all), by their byte.
    one: Box<[Option<Cell>; 256]>,
    /// The cell read last by the general reader (a lookup answers with a reference).
    spare: Cell,
}

/// Per `n` up to 8, the mask of a word's first `n` bytes.
const MASKS: [u64; 9] = {
    let mut m = [0u64; 9];
    let mut n = 1;
    while n < 8 {
        m[n] = (1u64 << (8 * n)) - 1;
        n += 1;
    }
    m[8] = u64::MAX;
    m
};

/// The first `n` (at most 8) bytes of a word.
#[inline]
fn keep(w: u64, n: usize) -> u64 {
    w & MASKS[n.min(8)]
}

/// The two words a cell is looked up by; `bytes` must be followed by [`PAD`] readable bytes
/// (the rest of the buffer).
#[inline]
fn key(area: &[u8], start: usize, len: usize) -> (u64, u64) {
    key_from(area, start, len, word(area, start))
}

/// [`key`], given the first eight bytes.
#[inline]
fn key_from(area: &[u8], start: usize, len: usize, first: u64) -> (u64, u64) {
    let head = keep(first, len);
    let tail = if len <= 8 {
        0
    } else if len <= 16 {
        keep(word(area, start + 8), len - 8)
    } else {
        word(area, start + len - 8)
    };
    (head, tail)
}

#[inline]
fn slot(head: u64, tail: u64, len: usize) -> usize {
    let h =
        (head ^ tail.rotate_left(29) ^ ((len as u64) << 56)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

impl Table {
    /// An empty table for cells of `kind`.
    pub fn new(kind: CellKind) -> Self {
        let mut table = Table {
            kind,
            slots: vec![FREE_ENTRY; SLOTS]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!("a vector of SLOTS entries")),
            entries: 0,
            one: Box::new([None; 256]),
            spare: Cell::Empty,
        };
        for text in table.known() {
            if let Ok(cell) = cells::parse(&table.kind, &text) {
                let mut area = text.into_bytes();
                let len = area.len();
                area.resize(len + PAD, b'\n');
                table.insert(&area, 0, len, cell);
            }
        }
        table
    }

    /// The spellings the table starts with.
    fn known(&self) -> Vec<String> {
        let mut known = Vec::new();
        let mut variants = |label: &str| {
            let mut first = label.chars();
            let capital: String = first
                .next()
                .map(|c| c.to_uppercase().chain(first).collect())
                .unwrap_or_default();
            for text in [label.to_string(), capital] {
                if text.contains('\'') {
                    known.push(text.replace('\'', "\u{2019}"));
                }
                known.push(text);
            }
        };
        match &self.kind {
            CellKind::Kano => {
                for (label, _) in crate::response::kano_words::LABELS {
                    variants(label);
                }
                for w in KanoWord::ALL {
                    variants(w.word());
                    variants(&w.word().to_uppercase());
                }
            }
            CellKind::Point(spec) => {
                for (label, _) in &spec.labels {
                    variants(label);
                }
                for v in spec.min..=spec.max.min(spec.min.saturating_add(100)) {
                    known.push(v.to_string());
                }
            }
            CellKind::Points | CellKind::Text => {}
        }
        known
    }

    /// The slot of the cell `area[start..start + len]` with key `(head, tail)`: `Ok` where it
    /// is, `Err` the free slot where it would go.
    fn find(
        &self,
        area: &[u8],
        start: usize,
        len: usize,
        (head, tail): (u64, u64),
    ) -> Result<usize, usize> {
        let mut i = slot(head, tail, len);
        loop {
            let e = &self.slots[i];
            if e.len == FREE {
                return Err(i);
            }
            if e.head == head
                && e.tail == tail
                && e.len == len
                && e.long
                    .as_deref()
                    .is_none_or(|l| l == &area[start..start + len])
            {
                return Ok(i);
            }
            i = (i + 1) % SLOTS;
        }
    }

    fn insert(&mut self, area: &[u8], start: usize, len: usize, cell: Cell) {
        if self.entries >= LIMIT {
            return;
        }
        let (head, tail) = key(area, start, len);
        let Err(i) = self.find(area, start, len, (head, tail)) else {
            return;
        };
        if len == 1 {
            self.one[usize::from(area[start])] = Some(cell);
        }
        self.slots[i] = Entry {
            head,
            tail,
            len,
            long: (len > 16).then(|| area[start..start + len].into()),
            cell,
        };
        self.entries += 1;
    }

    /// Whether the table holds a cell of one byte (a scale's digits; not Kano's words).
    pub fn has_one_byte_cells(&self) -> bool {
        self.one.iter().any(Option::is_some)
    }

    /// The cell of the one byte `b`, when the table has it (a reference, as
    /// [`Self::get_from`] gives).
    #[inline]
    pub fn one_byte(&self, b: u8) -> Option<&Cell> {
        self.one[usize::from(b)].as_ref()
    }

    /// The cell `area[start..start + len]` (followed by [`PAD`] readable bytes) holds, or
    /// `None` when the general reader refuses it.
    #[inline]
    pub fn get(&mut self, area: &[u8], start: usize, len: usize) -> Option<&Cell> {
        self.get_from(area, start, len, word(area, start), word(area, start + 8))
    }

    /// [`Self::get`], given the first sixteen bytes at `start` as two words.
    // Always inlined into the row loop: measured, the call cost a fifth of the fast path's time.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub fn get_from(
        &mut self,
        area: &[u8],
        start: usize,
        len: usize,
        first: u64,
        second: u64,
    ) -> Option<&Cell> {
        // A reference, not the cell: one word in a register whichever way it is found.
        if len == 0 {
            return Some(&Cell::Empty);
        }
        if len == 1 {
            let b = usize::from(first as u8);
            if self.one[b].is_some() {
                return self.one[b].as_ref();
            }
        }
        if len <= 16 {
            // The usual cell: its key from the two words already read, no branch on its length,
            // and found in its home slot (see [`Self::probe`]).
            let head = first & MASKS[len.min(8)];
            let tail = second & MASKS[len.saturating_sub(8).min(8)];
            let home = slot(head, tail, len);
            let e = &self.slots[home];
            if e.len == len && e.head == head && e.tail == tail {
                return Some(&self.slots[home].cell);
            }
            self.probe(area, start, len, (head, tail), home)
        } else {
            self.learn(area, start, len, first)
        }
    }

    /// [`Self::get_from`] for a cell of up to 16 bytes not in its home slot: found further on,
    /// it is swapped into its home slot, so that a cell read often is found at the first try
    /// (the entry it changes places with stays after its own home slot with no free slot
    /// between, so it is still found); not found, it is learned.
    #[inline(never)]
    fn probe(
        &mut self,
        area: &[u8],
        start: usize,
        len: usize,
        (head, tail): (u64, u64),
        home: usize,
    ) -> Option<&Cell> {
        let mut i = home;
        loop {
            let e = &self.slots[i];
            if e.len == len && e.head == head && e.tail == tail {
                self.slots.swap(home, i);
                return Some(&self.slots[home].cell);
            }
            if e.len == FREE {
                break;
            }
            i = (i + 1) % SLOTS;
        }
        self.learn(area, start, len, word(area, start))
    }

    /// [`Self::get_from`] for a cell of more than 16 bytes or one not in the table yet.
    #[cold]
    #[inline(never)]
    fn learn(&mut self, area: &[u8], start: usize, len: usize, first: u64) -> Option<&Cell> {
        if len > 16 {
            let key = key_from(area, start, len, first);
            if let Ok(i) = self.find(area, start, len, key) {
                return Some(&self.slots[i].cell);
            }
        }
        let text = std::str::from_utf8(&area[start..start + len]).ok()?;
        let cell = cells::parse(&self.kind, text).ok()?;
        self.insert(area, start, len, cell);
        self.spare = cell;
        Some(&self.spare)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::Instrument;

    fn padded(s: &str) -> Vec<u8> {
        let mut v = s.as_bytes().to_vec();
        v.resize(s.len() + PAD, b'\n');
        v
    }

    fn get(t: &mut Table, s: &str) -> Option<Cell> {
        t.get(&padded(s), 0, s.len()).copied()
    }

    /// Every cell, known or learned, is what the general reader reads; refused cells are
    /// `None` every time (never remembered).
    #[test]
    fn every_cell_reads_as_the_general_reader_reads_it() {
        let servqual = Instrument::load("servqual").unwrap();
        let layout_kind = |q: usize| match &servqual.questions[q].kind {
            crate::instrument::QuestionKind::Pair { scale, .. } => {
                let mut labels = Vec::new();
                for (p, t) in &scale.labels {
                    labels.push((crate::response::kano_words::normalise(&t.en), *p));
                }
                CellKind::Point(crate::response::csv::columns::PointSpec {
                    min: scale.min,
                    max: scale.max,
                    labels,
                    hint: String::new(),
                })
            }
            _ => CellKind::Points,
        };
        let kinds = [CellKind::Kano, layout_kind(1), CellKind::Points];
        let cells = [
            "like",
            "Like",
            "LIKE",
            "must-be",
            "I like it that way",
            "i LIKE it   that way",
            "I dislike it, and I can\u{2019}t accept it",
            "I dislike it, and I can't accept it",
            "我喜欢",
            "理所当然",
            " 3 ",
            "3.",
            "03",
            "6",
            "0",
            "+2",
            "",
            "  ",
            "NA",
            "n/a",
            "不适用",
            "7",
            "8",
            "12.5",
            "12,5",
            "40 %",
            "-1",
            "Strongly agree",
            "sometimes",
            "this would be a major problem for me",
            "This Would Be A Major Problem For Me.",
            "1234567890123456",
            "12345678901234567",
        ];
        for kind in kinds {
            let mut t = Table::new(kind.clone());
            for _ in 0..2 {
                for c in cells {
                    let general = cells::parse(&kind, c).ok();
                    assert_eq!(get(&mut t, c), general, "{kind:?} {c:?}");
                }
            }
        }
    }

    proptest::proptest! {
        /// Cells read in any order, over and over (each found further on is moved to its home
        /// slot, so entries change places all the time), are what the general reader reads.
        #[test]
        fn cells_read_in_any_order_read_as_the_general_reader_reads_them(
            picks in proptest::collection::vec(0usize..400, 1..400),
        ) {
            let mut t = Table::new(CellKind::Kano);
            let cells: Vec<String> = (0..400)
                .map(|i| match i % 4 {
                    0 => crate::response::kano_words::LABELS[i % crate::response::kano_words::LABELS.len()]
                        .0
                        .to_string(),
                    1 => format!("{}", i % 7),
                    2 => format!("like{}", " ".repeat(i % 13)),
                    _ => format!("x{i}"),
                })
                .collect();
            for p in picks {
                let c = &cells[p];
                proptest::prop_assert_eq!(get(&mut t, c), cells::parse(&CellKind::Kano, c).ok(), "{:?}", c);
            }
        }
    }

    #[test]
    fn the_kano_table_starts_with_every_wording() {
        let t = Table::new(CellKind::Kano);
        for (label, _) in crate::response::kano_words::LABELS {
            let found = |s: &str| {
                let a = padded(s);
                let (h, tl) = key(&a, 0, s.len());
                let mut i = slot(h, tl, s.len());
                while t.slots[i].len != FREE {
                    let e = &t.slots[i];
                    if e.head == h && e.tail == tl && e.len == s.len() {
                        return true;
                    }
                    i = (i + 1) % SLOTS;
                }
                false
            };
            assert!(found(label), "{label}");
        }
        assert!(t.entries < LIMIT, "{} entries", t.entries);
    }
}
