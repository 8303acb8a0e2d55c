//! Splitting a buffer of CSV into records and fields, as bytes, eight at a time. Only the
//! shapes `csv_core` reads the same way without doubt are taken: unquoted fields without a
//! quote, and quoted fields whose closing quote is followed by the delimiter or a line break
//! (`""` inside for a quote). Anything else (a quote inside an unquoted field, text after a
//! closing quote, a quote left open at the end of the file) is [`Scan::Bail`]: the general
//! reader, which reports such files exactly, takes over. Blank lines are skipped and `\r`,
//! `\n` and `\r\n` all end a record, as `csv_core` does.

/// Bytes after the data that a buffer must hold, all `\n`: a scan for the end of an unquoted
/// field reads eight bytes at a time and stops at the first of them.
pub(super) const PAD: usize = 16;

/// One field of a record: `buf[start..end]`, the quotes of a quoted field left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Field {
    pub start: u32,
    pub end: u32,
    /// A quoted field holding `""`: its text is the bytes with each `""` made one `"`.
    pub escaped: bool,
}

/// What scanning one record found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scan {
    /// A whole record; the next one starts at this offset.
    Record(usize),
    /// The record goes on past the data read so far.
    Incomplete,
    /// A shape left to the general reader (see the module documentation), or more fields than
    /// the header has.
    Bail,
}

pub(super) const ONES: u64 = 0x0101_0101_0101_0101;
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The high bit of each byte of `w` that is zero (exactly: no false positives).
#[inline]
fn zeros(w: u64) -> u64 {
    !(((w & LOW7) + LOW7) | w | LOW7)
}

/// The eight bytes at `at` as a little-endian word.
#[inline]
pub(super) fn word(buf: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&buf[at..at + 8]);
    u64::from_le_bytes(b)
}

/// Where the first delimiter, quote, `\r` or `\n` at or after `at` is, and the eight bytes
/// at `at`. The padding after the data guarantees one.
#[inline]
pub(super) fn special_from(buf: &[u8], at: usize, delimiter: u64) -> (usize, u64) {
    let first = word(buf, at);
    let m = specials(first, delimiter);
    if m != 0 {
        return (at + (m.trailing_zeros() / 8) as usize, first);
    }
    (special(buf, at + 8, delimiter), first)
}

/// The high bit of each byte of `w` that is the delimiter (`delimiter` in every byte), `\n`,
/// or (`CR`) `\r`.
#[inline]
fn ends<const CR: bool>(w: u64, delimiter: u64) -> u64 {
    let ends = zeros(w ^ delimiter) | zeros(w ^ (ONES * u64::from(b'\n')));
    if CR {
        ends | zeros(w ^ (ONES * u64::from(b'\r')))
    } else {
        ends
    }
}

/// The high bit of each byte of `w` below `!` (0x21): white space, a line break or a control
/// character (exactly: no carry crosses a byte).
#[inline]
fn below_bang(w: u64) -> u64 {
    !(((w & LOW7) + ONES * 0x5f) | w) & !LOW7
}

/// How many of the `n` cells at `at`, from the first, are one byte each, none below `!`
/// (0x21), and followed by the delimiter: the bytes at `at + 1`, `at + 3`, … the delimiter
/// (`delimiter` in every byte), and those at `at`, `at + 2`, … none of the delimiter, a quote,
/// white space or a control character below 0x21 (so no such cell is empty once trimmed; a
/// single byte is never N/A either). Eight bytes at a time; the buffer must hold eight
/// readable bytes after `at + 2n`.
#[inline]
pub(super) fn byte_cells(buf: &[u8], at: usize, n: usize, delimiter: u64) -> usize {
    /// Every second byte from the second, whole; the high bit of every second from the first.
    const ODD: u64 = 0xFF00_FF00_FF00_FF00;
    const EVEN_HIGH: u64 = 0x0080_0080_0080_0080;
    let end = at + 2 * n;
    let mut i = at;
    while i < end {
        let w = word(buf, i);
        let bad = ((w ^ delimiter) & ODD) | ((specials(w, delimiter) | below_bang(w)) & EVEN_HIGH);
        if bad != 0 {
            // The first bad byte's cell (the bytes past the cells do not count).
            let cells = usize::midpoint(i - at, (bad.trailing_zeros() / 8) as usize);
            return cells.min(n);
        }
        i += 8;
    }
    n
}

/// Bytes a buffer must hold after its data's padding for [`Ends`], which reads 64 bytes at a
/// time.
pub(super) const BLOCK: usize = 64;

/// One bit per byte of `buf[at..at + 64]`: set where the byte is the delimiter, `\n`, or
/// (`CR`) `\r`.
#[inline]
fn block<const CR: bool>(buf: &[u8], at: usize, delimiter: u64) -> u64 {
    let mut bits = 0;
    for k in 0..8 {
        // The high bit of each byte that ends a cell, gathered into the top byte by one
        // multiplication (bit 8i + 7 goes to bit 56 + i; no two products meet, so no carry).
        let high = ends::<CR>(word(buf, at + 8 * k), delimiter);
        bits |= ((high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * k);
    }
    bits
}

/// The ends of cells (delimiters, `\n` and `\r`) in data known to hold no quote, found a block
/// of 64 bytes at a time, so that finding a cell's end is one bit's place, not a chain
/// of reads and tests from the cell's start. The buffer must hold [`BLOCK`] readable bytes
/// after its padding, and an end (the padding's `\n`) before them.
#[derive(Debug, Clone)]
pub(super) struct Ends {
    delimiter: u64,
    /// The data may hold a `\r` (else the test for it is left out).
    pub cr: bool,
    /// The start of the block read last, and its ends not yet taken.
    base: usize,
    bits: u64,
    /// Where the next row starts if read right after the last (else the block is read again).
    pub next: usize,
}

impl Ends {
    pub fn new(delimiter: u8) -> Self {
        Ends {
            delimiter: ONES * u64::from(delimiter),
            cr: true,
            base: 0,
            bits: 0,
            next: usize::MAX,
        }
    }

    #[inline]
    fn block(&self, buf: &[u8], at: usize) -> u64 {
        if self.cr {
            block::<true>(buf, at, self.delimiter)
        } else {
            block::<false>(buf, at, self.delimiter)
        }
    }

    /// Finds the ends again from `at` (ends found ahead before it are dropped).
    #[inline]
    pub fn restart(&mut self, buf: &[u8], at: usize) {
        self.next = usize::MAX;
        self.start(buf, at);
    }

    /// Starts a row at `at`: the ends already found serve when it is where the last row ended.
    #[inline]
    pub fn start(&mut self, buf: &[u8], at: usize) {
        if at != self.next {
            self.base = at & !(BLOCK - 1);
            self.bits = self.block(buf, self.base) & (u64::MAX << (at - self.base));
        }
    }

    /// The next end.
    // Always inlined: a call per cell costs more than the rest of finding its end.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub fn take(&mut self, buf: &[u8]) -> usize {
        while self.bits == 0 {
            self.base += BLOCK;
            self.bits = self.block(buf, self.base);
        }
        let e = self.base + self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        e
    }
}

/// The high bit of each byte of `w` that is the delimiter (`delimiter` in every byte), a
/// quote, `\r` or `\n`.
#[inline]
fn specials(w: u64, delimiter: u64) -> u64 {
    zeros(w ^ delimiter)
        | zeros(w ^ (ONES * u64::from(b'\n')))
        | zeros(w ^ (ONES * u64::from(b'\r')))
        | zeros(w ^ (ONES * u64::from(b'"')))
}

/// Where the first delimiter, quote, `\r` or `\n` at or after `at` is. The padding after the
/// data guarantees one.
#[inline]
fn special(buf: &[u8], mut at: usize, delimiter: u64) -> usize {
    loop {
        let m = specials(word(buf, at), delimiter);
        if m != 0 {
            return at + (m.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
}

/// Reads the record starting at `pos` (not a blank line) in `buf[..len]` into `fields`.
/// `eof`: no data follows `len`, so a last record may end there without a line break.
/// Needs `buf[len..len + PAD]` to be `\n`.
pub(super) fn record(
    buf: &[u8],
    len: usize,
    pos: usize,
    delimiter: u8,
    eof: bool,
    width: usize,
    fields: &mut Vec<Field>,
) -> Scan {
    debug_assert!(buf.len() >= len + PAD && buf[len] == b'\n');
    let wide = ONES * u64::from(delimiter);
    fields.clear();
    let mut p = pos;
    loop {
        if fields.len() >= width {
            return Scan::Bail;
        }
        if buf[p] == b'"' && p < len {
            let start = p + 1;
            let mut q = start;
            let mut escaped = false;
            loop {
                match buf[q..len].iter().position(|&b| b == b'"') {
                    Some(i) => q += i,
                    None => return if eof { Scan::Bail } else { Scan::Incomplete },
                }
                if q + 1 < len && buf[q + 1] == b'"' {
                    escaped = true;
                    q += 2;
                    continue;
                }
                break;
            }
            let after = q + 1;
            if after >= len && !eof {
                // The byte after the closing quote (or a second quote) is not read yet.
                return Scan::Incomplete;
            }
            fields.push(Field {
                start: start as u32,
                end: q as u32,
                escaped,
            });
            if after >= len {
                return Scan::Record(len);
            }
            match buf[after] {
                b if b == delimiter => p = after + 1,
                b'\n' | b'\r' => return Scan::Record(after + 1),
                _ => return Scan::Bail,
            }
        } else {
            let e = special(buf, p, wide);
            if e >= len {
                if !eof {
                    return Scan::Incomplete;
                }
                fields.push(Field {
                    start: p as u32,
                    end: len as u32,
                    escaped: false,
                });
                return Scan::Record(len);
            }
            match buf[e] {
                b'"' => return Scan::Bail,
                b if b == delimiter => {
                    fields.push(Field {
                        start: p as u32,
                        end: e as u32,
                        escaped: false,
                    });
                    p = e + 1;
                }
                _ => {
                    fields.push(Field {
                        start: p as u32,
                        end: e as u32,
                        escaped: false,
                    });
                    return Scan::Record(e + 1);
                }
            }
        }
    }
}

/// The text of `field`: its bytes in `buf`, or for an escaped field the bytes with each `""`
/// made one `"`, written to `scratch` (followed by [`PAD`] bytes, for eight-byte reads).
pub(super) fn text<'b>(buf: &'b [u8], field: Field, scratch: &'b mut Vec<u8>) -> &'b [u8] {
    let raw = &buf[field.start as usize..field.end as usize];
    if !field.escaped {
        return raw;
    }
    scratch.clear();
    let mut quote = false;
    for &b in raw {
        if b == b'"' && quote {
            quote = false;
            continue;
        }
        quote = b == b'"';
        scratch.push(b);
    }
    let n = scratch.len();
    scratch.resize(n + PAD, b'\n');
    &scratch[..n]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn padded(s: &[u8]) -> Vec<u8> {
        let mut v = s.to_vec();
        v.resize(s.len() + PAD, b'\n');
        v
    }

    /// Every record of `data` as the scanner reads it, or `None` where it leaves the data
    /// to the general reader.
    fn records(data: &[u8], width: usize) -> Option<Vec<Vec<Vec<u8>>>> {
        let buf = padded(data);
        let mut out = Vec::new();
        let mut fields = Vec::new();
        let mut scratch = Vec::new();
        let mut pos = 0;
        loop {
            while pos < data.len() && matches!(buf[pos], b'\n' | b'\r') {
                pos += 1;
            }
            if pos >= data.len() {
                return Some(out);
            }
            match record(&buf, data.len(), pos, b',', true, width, &mut fields) {
                Scan::Record(next) => {
                    out.push(
                        fields
                            .iter()
                            .map(|&f| text(&buf, f, &mut scratch).to_vec())
                            .collect(),
                    );
                    pos = next;
                }
                Scan::Incomplete => unreachable!("at the end of the file nothing is incomplete"),
                Scan::Bail => return None,
            }
        }
    }

    /// The records `csv` reads (any number of fields per record).
    fn reference(data: &[u8]) -> Vec<Vec<Vec<u8>>> {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(data);
        r.byte_records()
            .map(|rec| rec.unwrap().iter().map(<[u8]>::to_vec).collect())
            .collect()
    }

    #[test]
    fn the_shapes_taken_read_as_csv_reads_them() {
        for data in [
            &b"a,b,c\n1,2,3\n"[..],
            b"a,b,c\r\n1,,3\r\n\r\n\n4,5,6",
            b"\"x, y\",\"say \"\"hi\"\"\",z\n\"\",\"\"\"\",\"a\nb\"\r",
            b"long field of many words,another one here,\n,,\n",
            b"a\rb\rc",
            b",\n,\n",
            b"\"\"",
        ] {
            assert_eq!(records(data, 10), Some(reference(data)), "{data:?}");
        }
    }

    #[test]
    fn other_shapes_are_left_to_the_general_reader() {
        for data in [
            &b"a\"b,c\n"[..],
            b"\"ab\"c,d\n",
            b"\"open quote\n",
            b"\"ab\" ,c\n",
            b"1,2,3,4\n",
        ] {
            assert_eq!(records(data, 3), None, "{data:?}");
        }
    }

    #[test]
    fn a_record_cut_short_by_the_data_read_is_incomplete() {
        let mut fields = Vec::new();
        for data in [&b"a,b"[..], b"\"a,b", b"\"a\"", b"a,\"b\"\"", b""] {
            let buf = padded(data);
            assert_eq!(
                record(&buf, data.len(), 0, b',', false, 10, &mut fields),
                Scan::Incomplete,
                "{data:?}"
            );
        }
    }

    proptest::proptest! {
        /// Random records from a small alphabet that has every byte the scanner looks at:
        /// wherever the scanner takes the data, its records and fields are `csv`'s.
        #[test]
        fn taken_data_reads_as_csv(data in proptest::collection::vec(
            proptest::sample::select(b"ab ,\"\n\r\xc3\xa9".to_vec()), 0..80)) {
            if let Some(ours) = records(&data, usize::MAX) {
                proptest::prop_assert_eq!(ours, reference(&data));
            }
        }

        /// Plain data read row by row from any place, each row from where the last ended (the
        /// ends found ahead serve) or from a place further on (found again): every end is the
        /// next delimiter, `\n` or `\r`, never one in the bytes after the padding.
        #[test]
        fn ends_are_the_delimiters_and_line_breaks(
            data in proptest::collection::vec(
                proptest::sample::select(b"ab;,\n\r\xc3\xa9".to_vec()), 0..300),
            from in 0usize..300,
            skips in proptest::collection::vec(0usize..3, 0..40),
        ) {
            let mut buf = data.clone();
            buf.resize(data.len() + PAD, b'\n');
            // Stale bytes after the padding: never an end.
            buf.resize(data.len() + PAD + BLOCK, b',');
            let expected = |at: usize| {
                (at..=data.len()).find(|&i| i >= data.len() || matches!(data[i], b',' | b'\n' | b'\r')).unwrap()
            };
            let mut ends = Ends::new(b',');
            // As the reader sets it: the test for `\r` only where there is one.
            ends.cr = data.contains(&b'\r');
            let mut at = from.min(data.len());
            for skip in skips {
                ends.start(&buf, at);
                loop {
                    let e = ends.take(&buf);
                    proptest::prop_assert_eq!(e, expected(at));
                    at = e + 1;
                    if e >= data.len() || data[e] == b'\n' {
                        break;
                    }
                }
                if at > data.len() {
                    break;
                }
                ends.next = at;
                at = (at + skip).min(data.len());
            }
        }

        /// The count of one-byte cells is the reference's: the longest run from the start of
        /// byte-then-delimiter pairs whose byte is above the space and not the delimiter or a
        /// quote.
        #[test]
        fn one_byte_cells_are_counted_up_to_the_first_that_is_not(
            data in proptest::collection::vec(
                proptest::sample::select(b"17a !\t\x01\x7f\xc3;,,,\"\n\r".to_vec()), 0..60),
            from in 0usize..60,
        ) {
            let from = from.min(data.len());
            let n = (data.len() - from) / 2;
            let mut buf = data.clone();
            buf.resize(data.len() + PAD, b'\n');
            let expected = (0..n)
                .take_while(|&j| {
                    let (b, d) = (data[from + 2 * j], data[from + 2 * j + 1]);
                    d == b',' && b > b' ' && !matches!(b, b',' | b'"')
                })
                .count();
            proptest::prop_assert_eq!(byte_cells(&buf, from, n, ONES * u64::from(b',')), expected);
        }
    }
}
