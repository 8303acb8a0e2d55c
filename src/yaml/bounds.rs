//! Bounds checked before any YAML parser sees a file: its size (from the file's metadata,
//! before reading it) and how deep it nests (by a linear scan of its bytes). Both YAML
//! libraries in the tree keep one entry per open flow collection and walk all of them for every
//! token, so 100,000 unclosed `[` cost them minutes; no file cxassess reads nests more than a
//! dozen levels, so a document deeper than [`MAX_DEPTH`] is refused before it is parsed.

use std::borrow::Cow;
use std::io::Read as _;
use std::path::Path;

use crate::error::{Error, Problem, Result};
use crate::lang::messages;
use crate::tr;

/// The deepest nesting read. Instruments and results files nest about eight levels.
pub const MAX_DEPTH: usize = 64;

/// The longest part of a bad value quoted in a message, in characters.
pub const QUOTE_CHARS: usize = 200;

/// `s` cut to at most `max` characters, with `…` where it was cut.
pub fn clip(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some((end, _)) => Cow::Owned(format!("{}…", &s[..end])),
    }
}

/// A message that quotes a value of any length, kept readable: the quoted value (between the
/// first and the last `"`, as serde quotes it) cut to [`QUOTE_CHARS`] characters, the rest of
/// the message (serde's "expected …") kept; any other long message cut.
pub fn clip_message(msg: &str) -> Cow<'_, str> {
    let limit = QUOTE_CHARS + 120;
    if msg.chars().nth(limit).is_none() {
        return Cow::Borrowed(msg);
    }
    if let (Some(a), Some(b)) = (msg.find('"'), msg.rfind('"')) {
        if b > a {
            let clipped = format!(
                "{}\"{}\"{}",
                &msg[..a],
                clip(&msg[a + 1..b], QUOTE_CHARS),
                &msg[b + 1..]
            );
            if clipped.chars().nth(limit + QUOTE_CHARS).is_none() {
                return Cow::Owned(clipped);
            }
        }
    }
    Cow::Owned(clip(msg, limit).into_owned())
}

/// Reads the text file at `path`, refusing from its metadata, before reading it, a file larger
/// than `limit` bytes or one that is not a regular file; what is read is capped at `limit` too
/// (a file that grows, or one whose size the system does not know, as in `/proc`).
/// `what` names the kind of file for messages ("a results file").
pub fn read_text(path: &Path, limit: u64, what: &str) -> Result<String> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    let label = path.display().to_string();
    let too_big = |size: u64| {
        Error::one(Problem::file(
            &label,
            tr!(
                messages(),
                "err-file-too-big",
                size = size.to_string(),
                what = super::file_kind(what),
                limit = limit.to_string()
            ),
            tr!(messages(), "err-file-too-big-fix"),
        ))
    };
    if !meta.is_file() {
        return Err(Error::one(Problem::file(
            &label,
            tr!(
                messages(),
                "err-file-not-regular",
                what = super::file_kind(what)
            ),
            tr!(messages(), "err-file-not-regular-fix"),
        )));
    }
    if meta.len() > limit {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_big(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|_| {
        Error::one(Problem::file(
            &label,
            tr!(messages(), "err-file-not-utf8"),
            tr!(messages(), "err-file-not-utf8-fix"),
        ))
    })
}

/// Where `src` first nests deeper than [`MAX_DEPTH`], as (line, column), if it does.
///
/// The scan over-counts rather than under-counts: every more-indented line opens a level until
/// a line as little indented closes it, `- ` and `? ` entries written on one line each open
/// one, and so does every `[` or `{` that starts a node. Quoted scalars, comments and block
/// scalars (`|`, `>`) are skipped. Linear in the bytes, whatever they are.
pub fn too_deep(src: &str) -> Option<(usize, usize)> {
    let mut scan = Scan::default();
    for (n, line) in src.split('\n').enumerate() {
        if let Some(col) = scan.line(line.as_bytes()) {
            return Some((n + 1, col + 1));
        }
    }
    None
}

#[derive(Default)]
struct Scan {
    /// Open flow collections.
    flow: usize,
    /// Inside a quoted scalar that goes on to the next line: its quote.
    quote: Option<u8>,
    /// Indentations of the open block levels.
    indents: Vec<usize>,
    /// Inside a block scalar: the indentation of the line that started it.
    block_scalar: Option<usize>,
}

/// What a byte does to the scan: plain text, blank, or a byte the scan looks at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Plain,
    Blank,
    Special,
}

const CLASSES: [Class; 256] = {
    let mut t = [Class::Plain; 256];
    t[b' ' as usize] = Class::Blank;
    t[b'\t' as usize] = Class::Blank;
    t[b'\r' as usize] = Class::Blank;
    let special = b"#\"'[]{},-?:|>\\";
    let mut i = 0;
    while i < special.len() {
        t[special[i] as usize] = Class::Special;
        i += 1;
    }
    t
};

impl Scan {
    fn depth(&self, entries: usize) -> usize {
        self.indents.len() + entries + self.flow
    }

    /// Scans one line; the column (from 0) where the limit is passed, if it is.
    fn line(&mut self, line: &[u8]) -> Option<usize> {
        let indent = line.iter().take_while(|&&b| b == b' ').count();
        let rest = &line[indent..];
        let blank = !rest.iter().any(|b| !b.is_ascii_whitespace());
        if let Some(parent) = self.block_scalar {
            if blank || indent > parent {
                return None;
            }
            self.block_scalar = None;
        }
        let mut i = 0;
        if self.quote.is_none() && self.flow == 0 {
            if blank || rest.first() == Some(&b'#') {
                return None;
            }
            while self.indents.last().is_some_and(|&top| top > indent) {
                self.indents.pop();
            }
            if self.indents.last().is_none_or(|&top| top < indent) {
                self.indents.push(indent);
            }
            if self.depth(0) > MAX_DEPTH {
                return Some(indent);
            }
            i = indent;
        }
        let mut node_start = self.quote.is_none();
        let mut entries = 0usize;
        while i < line.len() {
            let b = line[i];
            if let Some(q) = self.quote {
                // Inside quotes only the closing quote (and an escape) matter.
                match line[i..].iter().position(|&c| c == q || c == b'\\') {
                    None => return None,
                    Some(k) => i += k,
                }
                if line[i] == b'\\' {
                    i += if q == b'"' { 2 } else { 1 };
                    continue;
                }
                if q == b'\'' && line.get(i + 1) == Some(&b'\'') {
                    i += 2;
                    continue;
                }
                self.quote = None;
                node_start = false;
                i += 1;
                continue;
            }
            match CLASSES[usize::from(b)] {
                Class::Blank => {
                    i += 1;
                    continue;
                }
                Class::Plain => {
                    node_start = false;
                    i += 1;
                    while i < line.len() && CLASSES[usize::from(line[i])] == Class::Plain {
                        i += 1;
                    }
                    continue;
                }
                Class::Special => {}
            }
            let next_blank = line.get(i + 1).is_none_or(u8::is_ascii_whitespace);
            match b {
                b'#' if i == 0 || line[i - 1].is_ascii_whitespace() => return None,
                b'"' | b'\'' if node_start => self.quote = Some(b),
                b'[' | b'{' if node_start || self.flow > 0 => {
                    self.flow += 1;
                    node_start = true;
                    if self.depth(entries) > MAX_DEPTH {
                        return Some(i);
                    }
                }
                b']' | b'}' if self.flow > 0 => {
                    self.flow -= 1;
                    node_start = false;
                }
                b',' if self.flow > 0 => node_start = true,
                b'-' | b'?' if node_start && self.flow == 0 && next_blank => {
                    entries += 1;
                    if self.depth(entries) > MAX_DEPTH {
                        return Some(i);
                    }
                }
                b':' if next_blank || self.flow > 0 => node_start = true,
                b'|' | b'>' if node_start && self.flow == 0 => {
                    self.block_scalar = Some(indent);
                    return None;
                }
                _ => node_start = false,
            }
            i += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_files_are_well_within_the_depth_limit() {
        for b in crate::instrument::builtin::BUILTINS {
            assert_eq!(too_deep(b.source), None, "{}", b.id);
        }
        for (id, src) in crate::report::DEMOS {
            assert_eq!(too_deep(src), None, "{id}");
        }
    }

    #[test]
    fn deep_documents_are_found_in_every_notation() {
        let flow = "a: ".to_string() + &"[".repeat(100_000);
        assert_eq!(too_deep(&flow), Some((1, 3 + MAX_DEPTH)));
        let maps = "{a: ".repeat(100_000);
        assert!(too_deep(&maps).is_some());
        let dashes = "- ".repeat(100);
        assert!(too_deep(&dashes).is_some());
        let mut block = String::new();
        for d in 0..100 {
            block.push_str(&" ".repeat(d));
            block.push_str("k:\n");
        }
        assert_eq!(too_deep(&block).map(|(l, _)| l), Some(MAX_DEPTH + 1));
        // Brackets inside quotes, comments and plain text do not count.
        let quiet = format!(
            "a: '{0}'\nb: \"{0}\"\nc: x{0}\n# {0}\nd: |\n  {0}\n",
            "[".repeat(1000)
        );
        assert_eq!(too_deep(&quiet), None);
    }

    #[test]
    fn messages_quote_a_bounded_part_of_a_value() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("abcdef", 3), "abc…");
        let long = format!(
            "invalid type: string \"{}\", expected struct X",
            "x".repeat(5_000_000)
        );
        let clipped = clip_message(&long);
        assert!(clipped.len() < 600, "{}", clipped.len());
        assert!(clipped.ends_with("\", expected struct X"), "{clipped}");
        assert!(clip_message(&"y".repeat(10_000)).chars().count() < 400);
    }
}
