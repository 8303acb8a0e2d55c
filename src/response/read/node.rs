//! A results file as a stream of YAML events (yaml-rust2's pull parser), read one small tree
//! at a time: the top-level mapping is walked event by event, and each of its values, one
//! response at a time, becomes a [`Node`] that carries the line and column of every key and
//! value. So memory is proportional to one response, not to the file, and a problem's place
//! is known without indexing the file again. Aliases are expanded from the anchored nodes,
//! within a budget.

use std::collections::HashMap;
use std::str::Chars;

use serde_yaml::{Mapping, Value};
use yaml_rust2::Event;
use yaml_rust2::parser::Parser;
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::error::Problem;
use crate::lang::messages;
use crate::tr;
use crate::yaml::{self, MAX_DEPTH};

/// A line and a column, from 1.
pub(super) type Pos = (usize, usize);

/// Nodes an alias may expand to in one file, in all: past this the file is refused, as
/// `serde_yaml` refuses a "billion laughs" document.
const ALIAS_BUDGET: usize = 100_000;

/// The largest file whose syntax error is worded by libyaml (`serde_yaml`) rather than by
/// yaml-rust2.
const LIBYAML_MESSAGE_BYTES: usize = 8 << 20;

/// One YAML node with the places of its parts.
#[derive(Debug, Clone)]
pub(super) enum Node {
    /// A scalar; `plain` when it was written without quotes (and so may be a number, a boolean
    /// or null).
    Scalar { pos: Pos, text: String, plain: bool },
    /// A sequence.
    Seq { pos: Pos, items: Vec<Node> },
    /// A mapping, keys with their values, in file order.
    Map {
        pos: Pos,
        entries: Vec<(Node, Node)>,
    },
}

impl Node {
    /// Where the node starts.
    pub fn pos(&self) -> Pos {
        match self {
            Node::Scalar { pos, .. } | Node::Seq { pos, .. } | Node::Map { pos, .. } => *pos,
        }
    }

    /// Whether the node is null (`~`, `null`, or nothing at all).
    pub fn is_null(&self) -> bool {
        matches!(self, Node::Scalar { text, plain: true, .. } if resolves_null(text))
    }

    /// The key as text, as `serde_yaml` would give it for a mapping key (`1` for the number 1);
    /// `None` for a key that is not a scalar.
    pub fn key_text(&self) -> Option<String> {
        match self {
            Node::Scalar {
                text, plain: false, ..
            } => Some(text.clone()),
            Node::Scalar { .. } => super::answer::scalar_string(&self.value()),
            _ => None,
        }
    }

    /// The key as a string only when it is one (`serde_yaml`'s `as_str`).
    pub fn key_str(&self) -> Option<&str> {
        match self {
            Node::Scalar { text, plain, .. } => {
                (!plain || matches!(resolve(text), Value::String(_))).then_some(text.as_str())
            }
            _ => None,
        }
    }

    /// The value of `key` in a mapping (the first, when a key is repeated).
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map { entries, .. } => entries
                .iter()
                .find(|(k, _)| k.key_str() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The key node of `key` in a mapping.
    pub fn key_node(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map { entries, .. } => entries
                .iter()
                .find(|(k, _)| k.key_str() == Some(key))
                .map(|(k, _)| k),
            _ => None,
        }
    }

    /// The node as a `serde_yaml` value, scalars resolved as `serde_yaml` resolves them.
    pub fn value(&self) -> Value {
        match self {
            Node::Scalar {
                text, plain: true, ..
            } => resolve(text),
            Node::Scalar { text, .. } => Value::String(text.clone()),
            Node::Seq { items, .. } => Value::Sequence(items.iter().map(Node::value).collect()),
            Node::Map { entries, .. } => {
                let mut m = Mapping::with_capacity(entries.len());
                for (k, v) in entries {
                    m.insert(k.value(), v.value());
                }
                Value::Mapping(m)
            }
        }
    }

    /// The first key of a mapping that is written twice, if any.
    pub fn repeated_key(&self) -> Option<&Node> {
        let Node::Map { entries, .. } = self else {
            return None;
        };
        if entries.len() < 2 {
            return None;
        }
        // Two keys are the same when they read as the same value; scalars written alike are
        // compared as written (the usual few keys of an answer: no value made).
        let same = |a: &Node, b: &Node| match (a, b) {
            (
                Node::Scalar {
                    text: x, plain: px, ..
                },
                Node::Scalar {
                    text: y, plain: py, ..
                },
            ) if px == py => x == y,
            _ => a.value() == b.value(),
        };
        if entries.len() <= 16 {
            return entries
                .iter()
                .enumerate()
                .find(|(i, (k, _))| entries[..*i].iter().any(|(prior, _)| same(prior, k)))
                .map(|(_, (k, _))| k);
        }
        let mut seen = std::collections::HashSet::with_capacity(entries.len());
        entries
            .iter()
            .map(|(k, _)| k)
            .find(|k| !seen.insert(k.value()))
    }
}

fn resolves_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// A plain scalar's value, by the rules `serde_yaml` follows (YAML 1.2 core schema): null,
/// booleans, integers (decimal, `0x`, `0o`, `0b`), floats (`.inf`, `.nan`), else a string.
pub(super) fn resolve(text: &str) -> Value {
    if resolves_null(text) {
        return Value::Null;
    }
    match text {
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let first = text.as_bytes()[0];
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return Value::String(text.to_string());
    }
    let not_number = {
        let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
        digits.len() > 1
            && digits.starts_with('0')
            && digits[1..].bytes().all(|b| b.is_ascii_digit())
    };
    let unpositive = text.strip_prefix('+').unwrap_or(text);
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if !rest.starts_with(['+', '-']) {
                if let Ok(n) = u64::from_str_radix(rest, radix) {
                    return Value::Number(n.into());
                }
            }
        }
    }
    if !not_number {
        if let Ok(n) = unpositive.parse::<u64>() {
            return Value::Number(n.into());
        }
    }
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = text.strip_prefix(prefix) {
            if let Ok(n) = i64::from_str_radix(&format!("-{rest}"), radix) {
                return Value::Number(n.into());
            }
        }
    }
    if !not_number {
        if let Ok(n) = text.parse::<i64>() {
            return Value::Number(n.into());
        }
        if let Some(f) = float(text) {
            return Value::Number(f.into());
        }
    }
    Value::String(text.to_string())
}

fn float(text: &str) -> Option<f64> {
    let unpositive = match text.strip_prefix('+') {
        Some(u) if u.starts_with(['+', '-']) => return None,
        Some(u) => u,
        None => text,
    };
    match unpositive {
        ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
        _ => {}
    }
    match text {
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    unpositive.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// The events of one file, with the anchors seen so far.
pub(super) struct Events<'a> {
    parser: Parser<Chars<'a>>,
    file: &'a str,
    src: &'a str,
    expected: yaml::Expected<'a>,
    anchors: HashMap<usize, Node>,
    expanded: usize,
}

/// One event and where it is.
pub(super) type Marked = (Event, Pos);

fn pos(mark: Marker) -> Pos {
    // yaml-rust2 counts lines from 1 and columns from 0.
    (mark.line(), mark.col() + 1)
}

impl<'a> Events<'a> {
    /// The events of `src`, refused at once when it nests deeper than [`MAX_DEPTH`].
    pub fn new(file: &'a str, src: &'a str, expected: yaml::Expected<'a>) -> Result<Self, Problem> {
        if let Some(place) = yaml::too_deep(src) {
            return Err(yaml::too_deep_problem(file, place));
        }
        Ok(Events {
            parser: Parser::new_from_str(src),
            file,
            src,
            expected,
            anchors: HashMap::new(),
            expanded: 0,
        })
    }

    /// The next event. A syntax error is reported as `serde_yaml` (libyaml) words it, when it
    /// finds one too; the depth check has made both parsers linear on this text.
    pub fn next(&mut self) -> Result<Marked, Problem> {
        match self.parser.next_token() {
            Ok((ev, mark)) => Ok((ev, pos(mark))),
            Err(e) => {
                let expected = self.expected;
                // libyaml holds every event of what it parses: asked only about a file of modest
                // size (the messages users know), never about a large one.
                if self.src.len() <= LIBYAML_MESSAGE_BYTES {
                    if let Err(libyaml) = serde_yaml::from_str::<serde::de::IgnoredAny>(self.src) {
                        return Err(yaml::problem_from_serde(self.file, &libyaml, expected));
                    }
                }
                Err(Problem::yaml(
                    self.file,
                    pos(*e.marker()),
                    e.info().to_string(),
                    tr!(
                        messages(),
                        "err-yaml-syntax-fix",
                        what = yaml::file_kind(expected.what),
                        described_in = expected.described_in
                    ),
                ))
            }
        }
    }

    /// Reads the node that `first` starts.
    pub fn node(&mut self, first: Marked) -> Result<Node, Problem> {
        self.node_at(first, 0)
    }

    fn node_at(&mut self, (ev, at): Marked, depth: usize) -> Result<Node, Problem> {
        if depth > MAX_DEPTH {
            return Err(yaml::too_deep_problem(self.file, at));
        }
        let (node, anchor) = match ev {
            Event::Scalar(text, style, anchor, tag) => {
                let plain = style == TScalarStyle::Plain
                    && !tag.is_some_and(|t| t.suffix == "str" || t.suffix.ends_with(":str"));
                (
                    Node::Scalar {
                        pos: at,
                        text,
                        plain,
                    },
                    anchor,
                )
            }
            Event::SequenceStart(anchor, _) => {
                let mut items = Vec::new();
                loop {
                    let next = self.next()?;
                    if matches!(next.0, Event::SequenceEnd) {
                        break;
                    }
                    items.push(self.node_at(next, depth + 1)?);
                }
                (Node::Seq { pos: at, items }, anchor)
            }
            Event::MappingStart(anchor, _) => {
                let mut entries: Vec<(Node, Node)> = Vec::new();
                let mut start = at;
                loop {
                    let next = self.next()?;
                    if matches!(next.0, Event::MappingEnd) {
                        break;
                    }
                    let key = self.node_at(next, depth + 1)?;
                    // The parser marks a block mapping inside a sequence entry after its first
                    // key; the mapping really starts where that key does.
                    start = start.min(key.pos());
                    let value = self.next()?;
                    let value = self.node_at(value, depth + 1)?;
                    entries.push((key, value));
                }
                (
                    Node::Map {
                        pos: start,
                        entries,
                    },
                    anchor,
                )
            }
            Event::Alias(id) => {
                let Some(node) = self.anchors.get(&id) else {
                    return Err(Problem::yaml(
                        self.file,
                        at,
                        tr!(messages(), "err-yaml-alias-unknown"),
                        tr!(messages(), "err-yaml-alias-unknown-fix"),
                    ));
                };
                self.expanded += count(node);
                if self.expanded > ALIAS_BUDGET {
                    return Err(Problem::yaml(
                        self.file,
                        (1, 1),
                        tr!(messages(), "err-yaml-aliases"),
                        tr!(messages(), "err-yaml-aliases-fix"),
                    ));
                }
                return Ok(node.clone());
            }
            _ => {
                return Err(Problem::yaml(
                    self.file,
                    at,
                    tr!(messages(), "err-yaml-ends-early"),
                    tr!(messages(), "err-yaml-ends-early-fix"),
                ));
            }
        };
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
        Ok(node)
    }

    /// Skips the node that `first` starts without keeping it (anchored nodes inside are kept,
    /// for aliases after them).
    pub fn skip(&mut self, first: Marked) -> Result<(), Problem> {
        let mut open = 0usize;
        let mut next = Some(first);
        loop {
            let ev = match next.take() {
                Some(ev) => ev,
                None => self.next()?,
            };
            match &ev.0 {
                Event::SequenceStart(a, _) | Event::MappingStart(a, _) if *a > 0 => {
                    self.node(ev)?;
                }
                Event::Scalar(_, _, a, _) if *a > 0 => {
                    self.node(ev)?;
                }
                Event::SequenceStart(..) | Event::MappingStart(..) => open += 1,
                Event::SequenceEnd | Event::MappingEnd => open = open.saturating_sub(1),
                Event::StreamEnd => return Ok(()),
                _ => {}
            }
            if open == 0 {
                return Ok(());
            }
        }
    }
}

/// Nodes in `node`, itself included.
fn count(node: &Node) -> usize {
    match node {
        Node::Scalar { .. } => 1,
        Node::Seq { items, .. } => 1 + items.iter().map(count).sum::<usize>(),
        Node::Map { entries, .. } => {
            1 + entries
                .iter()
                .map(|(k, v)| count(k) + count(v))
                .sum::<usize>()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_scalars_resolve_as_serde_yaml_resolves_them() {
        for text in [
            "4",
            "-3",
            "+7",
            "0x1f",
            "0o17",
            "0b101",
            "-0x10",
            "007",
            "4.5",
            "1e3",
            ".inf",
            "-.inf",
            "+.5",
            "true",
            "False",
            "null",
            "~",
            "",
            "yes",
            "na",
            "n/a",
            "like",
            "must-be",
            "12abc",
            "1_000",
            "inf",
            "+",
            ".",
            "0",
            "-0",
            "99999999999999999999",
            "2026-01-01",
            "1:30",
        ] {
            let ours = resolve(text);
            // A number too large for serde_yaml's values is an error there; a string here.
            if let Ok(m) = serde_yaml::from_str::<Mapping>(&format!("v: {text}\n")) {
                assert_eq!(ours, m.get("v").cloned().unwrap_or(Value::Null), "{text:?}");
            }
        }
        assert!(matches!(resolve(".nan"), Value::Number(n) if n.as_f64().is_some_and(f64::is_nan)));
    }

    /// Random text, and nests of every notation as deep as 300, through the event reader:
    /// never a panic, and a bounded number of steps (events) for the input's length.
    fn events(src: &str) -> Result<usize, Problem> {
        let expected = yaml::Expected {
            what: "a test file",
            described_in: "the test",
        };
        let mut ev = Events::new("t.yaml", src, expected)?;
        let mut n = 0;
        loop {
            let next = ev.next()?;
            n += 1;
            if matches!(next.0, Event::StreamEnd) || n > 4 * src.len() + 16 {
                return Ok(n);
            }
            if matches!(next.0, Event::MappingStart(..) | Event::SequenceStart(..)) {
                ev.skip(next)?;
            }
        }
    }

    fn nest() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        (
            proptest::sample::select(vec!["[", "{a: ", "- ", "? ", "a:\n"]),
            0usize..300,
            "[ -~\n]{0,40}",
        )
            .prop_map(|(open, depth, tail)| {
                let mut s = String::new();
                for d in 0..depth {
                    if open == "a:\n" {
                        s.push_str(&" ".repeat(d));
                    }
                    s.push_str(open);
                }
                s.push_str(&tail);
                s
            })
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_in_bounded_steps(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            let src = String::from_utf8_lossy(&bytes);
            if let Ok(n) = events(&src) {
                proptest::prop_assert!(n <= 4 * src.len() + 16, "{n} events for {} bytes", src.len());
            }
        }

        #[test]
        fn nests_are_refused_or_read_in_bounded_steps(src in nest()) {
            match events(&src) {
                Ok(n) => proptest::prop_assert!(n <= 4 * src.len() + 16),
                Err(p) => proptest::prop_assert!(!p.what.is_empty()),
            }
            let _ = crate::response::read_results_str("t.yaml", &src, None);
        }
    }
}
