//! The pieces of a canonical line: lines themselves, scalars (plain, or double-quoted as
//! `serde_json` writes them) and flow mappings (`{k: v, k: v}`), each taken only in forms whose
//! YAML reading is certain; anything else is `None`, and the file goes to the event reader.

use serde_yaml::{Mapping, Value};

use crate::response::read::answer::scalar_string;
use crate::response::read::node::resolve;
use crate::response::read::quick::MAX_ENTRIES;

/// The lines of a text, each without its `\n`; a last line without one is not a line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Lines<'a> {
    pub rest: &'a str,
}

impl<'a> Lines<'a> {
    pub fn next(&mut self) -> Option<&'a str> {
        let end = memchr::memchr(b'\n', self.rest.as_bytes())?;
        let line = &self.rest[..end];
        self.rest = &self.rest[end + 1..];
        Some(line)
    }

    pub fn peek(&self) -> Option<&'a str> {
        memchr::memchr(b'\n', self.rest.as_bytes()).map(|end| &self.rest[..end])
    }
}

/// One scalar as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) enum Scalar<'a> {
    /// Unquoted text, one of the shapes [`plain`] takes.
    Plain(&'a str),
    /// A double-quoted string, decoded.
    Quoted(String),
    /// Nothing (the default of an unused slot).
    #[default]
    None,
}

impl Scalar<'_> {
    /// The scalar as `serde_yaml` reads it.
    pub fn value(&self) -> Value {
        match self {
            Scalar::Plain(t) => resolve(t),
            Scalar::Quoted(s) => Value::String(s.clone()),
            Scalar::None => Value::Null,
        }
    }

    /// The scalar as the text the readers take from it (`scalar_string` of its value): `None`
    /// for null.
    pub fn text(self) -> Option<String> {
        match self {
            Scalar::Quoted(s) => Some(s),
            Scalar::Plain(t) => {
                let first = t.as_bytes()[0];
                let special = first.is_ascii_digit()
                    || matches!(
                        first,
                        b'+' | b'-' | b'.' | b'~' | b'n' | b'N' | b't' | b'T' | b'f' | b'F'
                    );
                if special {
                    scalar_string(&resolve(t))
                } else {
                    Some(t.to_string())
                }
            }
            Scalar::None => None,
        }
    }
}

/// `t` when it is a plain scalar YAML reads as exactly `t` (in a flow collection when `flow`):
/// letters, digits and `_-.@/()+` (and `:` outside flow collections) with single inner spaces
/// before letters or digits, starting with a letter, a digit, `_`, `(` or `/`, or with `-`, `+` or
/// `.` before a letter or digit.
pub(super) fn plain(t: &str, flow: bool) -> Option<&str> {
    let b = t.as_bytes();
    let first = *b.first()?;
    let second_alnum = b.get(1).is_some_and(u8::is_ascii_alphanumeric);
    let lead = first.is_ascii_alphanumeric()
        || matches!(first, b'_' | b'(' | b')' | b'/')
        || (matches!(first, b'-' | b'+' | b'.') && second_alnum)
        || (first >= 0x80 && t.chars().next().is_some_and(char::is_alphanumeric));
    let last = b[b.len() - 1];
    if !lead || last == b' ' || last == b':' {
        return None;
    }
    // After a space only a letter or a digit: yaml-rust2 reads ` -`, ` ?` and the like in a
    // flow collection as the start of something else.
    let mut after_space = false;
    if t.is_ascii() {
        for &c in b {
            let ok = if after_space {
                c.is_ascii_alphanumeric()
            } else {
                c.is_ascii_alphanumeric()
                    || matches!(
                        c,
                        b'_' | b'-' | b'.' | b'@' | b'/' | b'(' | b')' | b' ' | b'+'
                    )
                    || (c == b':' && !flow)
            };
            if !ok {
                return None;
            }
            after_space = c == b' ';
        }
        return Some(t);
    }
    for c in t.chars() {
        let alnum = c.is_alphanumeric();
        let ok = if after_space {
            alnum
        } else {
            alnum
                || matches!(c, '_' | '-' | '.' | '@' | '/' | '(' | ')' | ' ' | '+')
                || (c == ':' && !flow)
        };
        if !ok {
            return None;
        }
        after_space = c == ' ';
    }
    Some(t)
}

/// A key written plain that YAML reads as that very string: a letter or `_` first, then
/// letters, digits and `_-.`, and not a word read as null or a boolean.
pub(super) fn plain_key(t: &str) -> bool {
    let b = t.as_bytes();
    b.first()
        .is_some_and(|f| f.is_ascii_alphabetic() || *f == b'_')
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
        && !matches!(
            t,
            "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        )
}

/// A double-quoted scalar at the start of `v` (as `serde_json` writes strings), decoded, and the
/// rest of `v` after it. Only the escapes JSON writes are taken, and no character YAML might
/// read otherwise inside quotes (controls, line and paragraph separators, byte order marks).
pub(super) fn quoted(v: &str) -> Option<(String, &str)> {
    let b = v.as_bytes();
    if b.first() != Some(&b'"') {
        return None;
    }
    let mut out = String::new();
    let (mut i, mut start) = (1, 1);
    loop {
        match *b.get(i)? {
            b'"' => {
                out.push_str(&v[start..i]);
                return Some((out, &v[i + 1..]));
            }
            b'\\' => {
                out.push_str(&v[start..i]);
                let escape = *b.get(i + 1)?;
                i += 2;
                out.push(match escape {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'n' => '\n',
                    b't' => '\t',
                    b'r' => '\r',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'u' => {
                        let hex = v.get(i..i + 4)?;
                        if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                            return None;
                        }
                        i += 4;
                        char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
                    }
                    _ => return None,
                });
                start = i;
            }
            0..=0x1f => return None,
            _ => i += 1,
        }
    }
}

/// The scalar that is the whole of `v` (a value at the end of a block line).
pub(super) fn scalar_line(v: &str) -> Option<Scalar<'_>> {
    if v.starts_with('"') {
        match quoted(v)? {
            (s, "") => Some(Scalar::Quoted(s)),
            _ => None,
        }
    } else {
        plain(v, false).map(Scalar::Plain)
    }
}

/// A key at the start of a block line, plain or double-quoted, and the rest of the line after
/// its `:`.
pub(super) fn block_key(line: &str) -> Option<(std::borrow::Cow<'_, str>, &str)> {
    if line.starts_with('"') {
        let (key, rest) = quoted(line)?;
        return Some((key.into(), rest.strip_prefix(':')?));
    }
    let colon = line
        .find(": ")
        .or_else(|| line.ends_with(':').then(|| line.len() - 1))?;
    let key = &line[..colon];
    let is_text = plain(key, false).is_some() && matches!(resolve(key), Value::String(_));
    is_text.then(|| (key.into(), &line[colon + 1..]))
}

/// The entries of one flow mapping, in file order.
#[derive(Debug, Default)]
pub(super) struct Flow<'a> {
    pub len: usize,
    pub entries: [(&'a str, Scalar<'a>); MAX_ENTRIES],
}

impl<'a> Flow<'a> {
    pub fn entries(&self) -> &[(&'a str, Scalar<'a>)] {
        &self.entries[..self.len]
    }

    /// The entries as plain slices, when every value is plain.
    pub fn plain(&self) -> Option<[(&'a str, &'a str); MAX_ENTRIES]> {
        let mut out = [("", ""); MAX_ENTRIES];
        for (slot, (k, v)) in out.iter_mut().zip(self.entries()) {
            let Scalar::Plain(t) = v else { return None };
            *slot = (k, t);
        }
        Some(out)
    }

    /// The mapping as `serde_yaml` reads it.
    pub fn value(&self) -> Value {
        let mut m = Mapping::with_capacity(self.len);
        for (k, v) in self.entries() {
            m.insert(Value::String((*k).to_string()), v.value());
        }
        Value::Mapping(m)
    }
}

/// A flow mapping at the start of `v` (`{}` or `{k: v, k: v}`, keys plain, one space after
/// each `:` and `,`), no key twice, into `flow` (one kept for all lines: no copying); the rest
/// of `v` after its `}`.
pub(super) fn flow_map<'a>(v: &'a str, flow: &mut Flow<'a>) -> Option<&'a str> {
    let mut rest = v.strip_prefix('{')?;
    flow.len = 0;
    if let Some(after) = rest.strip_prefix('}') {
        return Some(after);
    }
    loop {
        // A key is a few letters: its `:` is found byte by byte.
        let colon = rest.bytes().position(|c| c == b':')?;
        let key = &rest[..colon];
        if !plain_key(key)
            || flow.len == MAX_ENTRIES
            || flow.entries().iter().any(|(k, _)| *k == key)
        {
            return None;
        }
        rest = rest[colon + 1..].strip_prefix(' ')?;
        let value = if rest.starts_with('"') {
            let (s, after) = quoted(rest)?;
            rest = after;
            Scalar::Quoted(s)
        } else {
            let end = rest.bytes().position(|c| c == b',' || c == b'}')?;
            let t = plain(&rest[..end], true)?;
            rest = &rest[end..];
            Scalar::Plain(t)
        };
        flow.entries[flow.len] = (key, value);
        flow.len += 1;
        if let Some(after) = rest.strip_prefix('}') {
            return Some(after);
        }
        rest = rest.strip_prefix(", ")?;
    }
}
