//! The answers (or notes) that differ between two waves, kept compactly: every text of every
//! change — respondent, question, old and new value — lives in one string, and each change is
//! a row of spans into it. Two waves of 30,000 respondents whose every answer differs make
//! 300,000 changes; as rows they cost two allocations that grow, not four strings each, and
//! they are read back (for the report, for JSON) as borrowed [`AnswerChange`]s.

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// Where one text of a change lies in [`Changes`]' string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    start: usize,
    end: usize,
}

/// One change, as spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Row {
    pub respondent: Span,
    pub question: Span,
    pub old: Option<Span>,
    pub new: Option<Span>,
    pub carried: bool,
}

/// Answers (or notes) that differ, in the order they were found.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    text: String,
    rows: Vec<Row>,
}

/// One answer (or note) that differs, borrowed from its [`Changes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerChange<'a> {
    /// Respondent (with `#2`, `#3` … when a name occurs more than once in a wave).
    pub respondent: &'a str,
    /// Question id.
    pub question: &'a str,
    /// Before, as written in the results file; `None` when unanswered.
    pub old: Option<&'a str>,
    /// After.
    pub new: Option<&'a str>,
    /// The newer answer is recorded as carried over (from a wave other than the older one).
    pub carried: bool,
}

/// The JSON object of SPEC.md, its keys in alphabetical order (as they have always been
/// written: the object used to be a sorted map).
impl Serialize for AnswerChange<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("AnswerChange", 5)?;
        s.serialize_field("carried", &self.carried)?;
        s.serialize_field("new", &self.new)?;
        s.serialize_field("old", &self.old)?;
        s.serialize_field("question", &self.question)?;
        s.serialize_field("respondent", &self.respondent)?;
        s.end()
    }
}

impl Changes {
    /// How many changes.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The changes in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = AnswerChange<'_>> + Clone + '_ {
        self.rows.iter().map(|r| self.change(r))
    }

    /// The `i`th change.
    pub fn get(&self, i: usize) -> Option<AnswerChange<'_>> {
        self.rows.get(i).map(|r| self.change(r))
    }

    /// Adds a change, copying its texts.
    pub fn push(&mut self, c: AnswerChange<'_>) {
        let row = Row {
            respondent: self.add(c.respondent),
            question: self.add(c.question),
            old: c.old.map(|t| self.add(t)),
            new: c.new.map(|t| self.add(t)),
            carried: c.carried,
        };
        self.rows.push(row);
    }

    fn change(&self, r: &Row) -> AnswerChange<'_> {
        AnswerChange {
            respondent: self.at(r.respondent),
            question: self.at(r.question),
            old: r.old.map(|s| self.at(s)),
            new: r.new.map(|s| self.at(s)),
            carried: r.carried,
        }
    }

    fn at(&self, s: Span) -> &str {
        self.text.get(s.start..s.end).unwrap_or_default()
    }

    /// Appends `t` to the text; its span.
    pub(super) fn add(&mut self, t: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(t);
        self.since(start)
    }

    /// The end of the text so far, where the next text written through [`Self::text`] starts.
    pub(super) fn mark(&self) -> usize {
        self.text.len()
    }

    /// The text, to write into at its end.
    pub(super) fn text(&mut self) -> &mut String {
        &mut self.text
    }

    /// The span from `start` (a [`Self::mark`]) to the end of the text.
    pub(super) fn since(&self, start: usize) -> Span {
        Span {
            start,
            end: self.text.len(),
        }
    }

    /// Whether two spans hold the same text.
    pub(super) fn same(&self, a: Span, b: Span) -> bool {
        self.at(a) == self.at(b)
    }

    /// Forgets the text from `start` (a [`Self::mark`]) on.
    pub(super) fn truncate(&mut self, start: usize) {
        self.text.truncate(start);
    }

    /// Makes room for `rows` more changes at once: the list does not grow by copying itself
    /// as it fills, and the room never used is never touched (so never paged in).
    pub(super) fn reserve(&mut self, rows: usize) {
        self.rows.reserve(rows);
    }

    /// Adds a change of texts already written.
    pub(super) fn push_row(&mut self, row: Row) {
        self.rows.push(row);
    }
}

/// Two lists are equal when they hold the same changes in the same order, however their texts
/// are laid out.
impl PartialEq for Changes {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Changes {}

impl<'a> FromIterator<AnswerChange<'a>> for Changes {
    fn from_iter<I: IntoIterator<Item = AnswerChange<'a>>>(iter: I) -> Self {
        let mut out = Changes::default();
        for c in iter {
            out.push(c);
        }
        out
    }
}

/// A JSON array of [`AnswerChange`] objects, written one by one.
impl Serialize for Changes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}
