//! Reading YAML with positions. `serde_yaml` gives typed values and the place of syntax and type
//! errors; a second, alias-free pass over the parser's events (yaml-rust2) records where every
//! node starts, so that checks made after deserialising (duplicate ids, bad ranges) can still
//! name a line and column. Nothing here knows what an instrument or a results file is.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::error::Problem;
use crate::lang::messages;
use crate::tr;

mod bounds;
mod serde_words;

pub use bounds::{MAX_DEPTH, QUOTE_CHARS, clip, clip_message, read_text, too_deep};

/// Largest YAML file read as an instrument (or an answers file), in bytes. Questionnaires are a
/// few hundred KB at most; refusing more keeps a hostile file from taking the machine's memory.
pub const MAX_YAML_BYTES: usize = 32 * 1024 * 1024;

/// Largest results file read, in bytes. Results files are read without a document tree, in
/// memory proportional to what they hold (about 1.5 KB per Kano respondent), so this is set for
/// what `import` writes: 256 MiB is about 300,000 ten-feature Kano respondents. `import`
/// refuses to write a larger one.
pub const MAX_RESULTS_BYTES: usize = 256 * 1024 * 1024;

/// The problem of a document nested deeper than [`MAX_DEPTH`] at `place`.
pub fn too_deep_problem(file: &str, place: (usize, usize)) -> Problem {
    Problem::yaml(
        file,
        place,
        tr!(
            messages(),
            "err-yaml-too-deep",
            depth = MAX_DEPTH.to_string()
        ),
        tr!(messages(), "err-yaml-too-deep-fix"),
    )
}

/// One step of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    /// A mapping key.
    Key(String),
    /// A sequence index, from 0.
    Index(usize),
}

/// Builds a path from a dotted description: `path!["sections", 0, "id"]`.
#[macro_export]
macro_rules! ypath {
    ($($seg:expr),* $(,)?) => { [$($crate::yaml::Seg::from($seg)),*] };
}

impl From<&str> for Seg {
    fn from(s: &str) -> Self {
        Seg::Key(s.to_string())
    }
}
impl From<String> for Seg {
    fn from(s: String) -> Self {
        Seg::Key(s)
    }
}
impl From<&String> for Seg {
    fn from(s: &String) -> Self {
        Seg::Key(s.clone())
    }
}
impl From<usize> for Seg {
    fn from(i: usize) -> Self {
        Seg::Index(i)
    }
}

/// Where each node of a document starts, by path. Lines and columns count from 1.
#[derive(Debug, Default, Clone)]
pub struct Positions {
    values: HashMap<Vec<Seg>, (usize, usize)>,
    keys: HashMap<Vec<Seg>, (usize, usize)>,
}

impl Positions {
    /// Indexes `src`. A document with a syntax error is indexed up to the error; the error itself
    /// is reported by the typed parse.
    pub fn index(src: &str) -> Self {
        let mut recv = Recorder::default();
        let mut parser = Parser::new_from_str(src);
        let _ = parser.load(&mut recv, false);
        recv.positions
    }

    /// Where the value at `path` starts.
    pub fn value(&self, path: &[Seg]) -> Option<(usize, usize)> {
        self.values.get(path).copied()
    }

    /// Where the key naming `path` is (for mapping members), else where its value starts.
    pub fn key(&self, path: &[Seg]) -> Option<(usize, usize)> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }

    /// The closest known place for `path`: the path itself, else its nearest indexed ancestor,
    /// else the top of the file.
    pub fn near(&self, path: &[Seg]) -> (usize, usize) {
        let mut p = path;
        loop {
            if let Some(pos) = self.key(p) {
                return pos;
            }
            if p.is_empty() {
                return (1, 1);
            }
            p = &p[..p.len() - 1];
        }
    }
}

enum Frame {
    Map { key: Option<String> },
    Seq { next: usize },
}

#[derive(Default)]
struct Recorder {
    positions: Positions,
    stack: Vec<Frame>,
    path: Vec<Seg>,
}

fn line_col(mark: Marker) -> (usize, usize) {
    // yaml-rust2 counts lines from 1 and columns from 0.
    (mark.line(), mark.col() + 1)
}

impl Recorder {
    /// Called when a node starts; returns true when the node is a mapping key.
    fn node_start(&mut self, pos: (usize, usize), scalar: Option<&str>) -> bool {
        match self.stack.last_mut() {
            None => {
                self.positions.values.insert(Vec::new(), pos);
                false
            }
            Some(Frame::Map { key }) => {
                if key.is_none() {
                    let k = scalar.unwrap_or("").to_string();
                    let mut p = self.path.clone();
                    p.push(Seg::Key(k.clone()));
                    self.positions.keys.insert(p, pos);
                    // The parser marks a block mapping inside a sequence entry after its first
                    // key; the mapping really starts where that key does.
                    if let Some(start) = self.positions.values.get_mut(&self.path) {
                        if *start > pos {
                            *start = pos;
                        }
                    }
                    *key = Some(k);
                    true
                } else {
                    let k = key.clone().unwrap_or_default();
                    self.path.push(Seg::Key(k));
                    self.positions.values.insert(self.path.clone(), pos);
                    false
                }
            }
            Some(Frame::Seq { next }) => {
                self.path.push(Seg::Index(*next));
                *next += 1;
                self.positions.values.insert(self.path.clone(), pos);
                false
            }
        }
    }

    /// Called when a value node ends (scalars at once, containers at their end event).
    fn node_end(&mut self) {
        match self.stack.last_mut() {
            None => {}
            Some(Frame::Map { key }) => {
                *key = None;
                self.path.pop();
            }
            Some(Frame::Seq { .. }) => {
                self.path.pop();
            }
        }
    }
}

impl MarkedEventReceiver for Recorder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = line_col(mark);
        match ev {
            Event::Scalar(value, ..) if !self.node_start(pos, Some(&value)) => {
                self.node_end();
            }
            Event::Alias(_) if !self.node_start(pos, None) => {
                self.node_end();
            }
            Event::MappingStart(..) => {
                // A container used as a key is not something our files have; treat it as a value.
                if self.node_start(pos, None) {
                    return;
                }
                self.stack.push(Frame::Map { key: None });
            }
            Event::SequenceStart(..) => {
                if self.node_start(pos, None) {
                    return;
                }
                self.stack.push(Frame::Seq { next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.node_end();
            }
            _ => {}
        }
    }
}

/// What kind of document a file should be, for messages: the noun with its article ("an
/// answers file") and where its shape is described, as the fix of a syntax error names them.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// The kind of document, with its article.
    pub what: &'a str,
    /// Where a user reads how to write it.
    pub described_in: &'a str,
}

/// Parses `src` into `T`, turning a syntax or type error into a [`Problem`] at its place.
pub fn parse<T: DeserializeOwned>(
    file: &str,
    src: &str,
    expected: Expected<'_>,
) -> Result<T, Problem> {
    let what = expected.what;
    if src.len() > MAX_YAML_BYTES {
        return Err(Problem::file(
            file,
            tr!(
                messages(),
                "err-file-too-big",
                size = src.len().to_string(),
                what = file_kind(what),
                limit = MAX_YAML_BYTES.to_string()
            ),
            tr!(messages(), "err-file-too-big-fix"),
        ));
    }
    if let Some(place) = too_deep(src) {
        return Err(too_deep_problem(file, place));
    }
    serde_yaml::from_str(src).map_err(|e| {
        let mut problem = problem_from_serde(file, &e, expected);
        // "missing field" is reported where the mapping ends; the path serde puts in front of
        // the message finds where it starts instead.
        let said = e.to_string();
        if let Some(path) = serde_path(&said).filter(|_| said.contains("missing field")) {
            if let Some(pos) = Positions::index(src).key(&path) {
                problem.place = crate::error::Place::Yaml {
                    line: pos.0,
                    column: pos.1,
                };
            }
        }
        problem
    })
}

/// The path serde_yaml writes in front of a nested error, `sections[0].questions[2].text: …`.
fn serde_path(msg: &str) -> Option<Vec<Seg>> {
    let (head, _) = msg.split_once(": ")?;
    if head.contains(' ') || head.is_empty() {
        return None;
    }
    let mut path = Vec::new();
    for part in head.split('.') {
        let (name, rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if !name.is_empty() {
            path.push(Seg::Key(name.to_string()));
        }
        for idx in rest.split('[') {
            let idx = idx.trim_end_matches(']');
            if idx.is_empty() {
                continue;
            }
            path.push(Seg::Index(idx.parse().ok()?));
        }
    }
    Some(path)
}

/// The kind of file `what` names ("an instrument file", as callers name it) in the language of
/// messages; a name the catalogs do not know is shown as it is.
pub fn file_kind(what: &str) -> String {
    let key = match what {
        "an instrument file" => "err-file-kind-instrument",
        "a results file" => "err-file-kind-results",
        "an answers file" => "err-file-kind-answers",
        "an engagement file" => "err-file-kind-engagement",
        "an instrument or results file" => "err-file-kind-instrument-or-results",
        _ => return what.to_string(),
    };
    tr!(messages(), key)
}

/// A `serde_yaml` error as a [`Problem`], with a fix suited to the kind of error.
pub fn problem_from_serde(file: &str, e: &serde_yaml::Error, expected: Expected<'_>) -> Problem {
    let pos = e.location().map_or((1, 1), |l| (l.line(), l.column()));
    let raw = e.to_string();
    // serde_yaml appends " at line L column C"; the position is printed in front instead.
    let msg = raw.split(" at line ").next().unwrap_or(&raw).trim();
    // A scalar serde quotes whole (a CSV file read as YAML is one 19 MB string) is cut short.
    let msg = clip_message(msg).into_owned();
    // The message is serde_yaml's own (English); the fix is chosen by the kind of error.
    let fix = if msg.contains("unknown field") {
        tr!(messages(), "err-yaml-unknown-field-fix")
    } else if msg.contains("missing field") {
        tr!(messages(), "err-yaml-missing-field-fix")
    } else if msg.contains("repetition limit") || msg.contains("recursion limit") {
        tr!(messages(), "err-yaml-aliases-fix")
    } else if msg.contains("invalid type") {
        tr!(messages(), "err-yaml-invalid-type-fix")
    } else if msg.contains("duplicate") {
        tr!(messages(), "err-yaml-duplicate-fix")
    } else {
        tr!(
            messages(),
            "err-yaml-syntax-fix",
            what = file_kind(expected.what),
            described_in = expected.described_in
        )
    };
    Problem::yaml(file, pos, serde_words::said(&msg), fix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_name_lines_and_columns_from_one() {
        let src = "a: 1\nlist:\n  - id: x\n    n: 2\n  - id: y\nm: {k: v}\n";
        let p = Positions::index(src);
        assert_eq!(p.value(&ypath!["a"]), Some((1, 4)));
        assert_eq!(p.key(&ypath!["a"]), Some((1, 1)));
        assert_eq!(p.value(&ypath!["list", 0usize, "id"]), Some((3, 9)));
        assert_eq!(p.key(&ypath!["list", 1usize, "id"]), Some((5, 5)));
        assert_eq!(p.value(&ypath!["list", 1usize]), Some((5, 5)));
        assert_eq!(p.value(&ypath!["m", "k"]), Some((6, 8)));
        assert_eq!(p.near(&ypath!["list", 0usize, "missing"]), (3, 5));
    }

    const TEST_FILE: Expected<'static> = Expected {
        what: "a test file",
        described_in: "the test",
    };

    #[test]
    fn serde_errors_keep_their_position() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            a: u32,
        }
        let e = parse::<T>("f.yaml", "a: 1\nb: 2\n", TEST_FILE).unwrap_err();
        assert_eq!(e.place, crate::error::Place::Yaml { line: 2, column: 1 });
        assert!(e.what.contains("unknown field `b`"), "{}", e.what);
        let e = parse::<T>("f.yaml", "a: [1\n", TEST_FILE).unwrap_err();
        assert!(matches!(e.place, crate::error::Place::Yaml { .. }));
    }

    #[test]
    fn an_alias_bomb_is_refused() {
        let mut src = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"];
        let mut prev = "a";
        for n in names {
            src.push_str(&format!(
                "{n}: &{n} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = n;
        }
        let r = parse::<serde_yaml::Value>("bomb.yaml", &src, TEST_FILE);
        let problem = r.expect_err("a billion-element document must be refused");
        assert!(problem.fix.contains("aliases"), "{problem}");
        // The position index does not expand aliases, so it finishes on the same input.
        let _ = Positions::index(&src);
    }
}
