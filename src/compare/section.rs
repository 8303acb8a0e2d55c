//! Writing a comparison into a report document at a given depth: `diff` and `trend` over one
//! instrument put its parts at section level; over several, each instrument is a section and
//! its parts are subsections. The helpers here keep that arithmetic in one place.

use crate::report::doc::{Block, Cell, Document, Inline, Table};

/// Blocks appended to a document, headings at `level` and below.
#[derive(Debug)]
pub struct Section<'d> {
    /// The document written to.
    pub doc: &'d mut Document,
    /// The level of this section's headings (2 or 3).
    pub level: u8,
}

impl Section<'_> {
    /// A heading at this section's level.
    pub fn heading(&mut self, text: impl Into<String>) {
        self.doc.heading(self.level, text);
    }

    /// A paragraph.
    pub fn paragraph(&mut self, text: impl Into<Inline>) {
        self.doc.paragraph(text);
    }

    /// A table.
    pub fn table(&mut self, t: Table) {
        self.doc.push(Block::Table(t));
    }

    /// Any block.
    pub fn push(&mut self, b: Block) {
        self.doc.push(b);
    }
}

/// A plain text cell.
pub fn cell(s: impl Into<String>) -> Cell {
    Cell::from(s.into())
}

/// What a wave's partial responses did: "2026-Q3: 2 of 7 responses are partial …" (the report's
/// sentence), or how many `--complete-only` left out; `None` when every response is complete.
pub fn partial_line(
    wave: &str,
    partial: usize,
    left_out: usize,
    n: usize,
    lang: crate::lang::Lang,
) -> Option<Inline> {
    let text = if partial > 0 {
        crate::tr!(lang, "report-partial", partial = partial, n = n)
    } else if left_out > 0 {
        crate::tr!(lang, "compare-partial-left-out", n = left_out)
    } else {
        return None;
    };
    Some(Inline::toned(
        crate::tr!(lang, "compare-wave-says", wave = wave, text = text),
        crate::report::doc::Tone::Warn,
    ))
}
