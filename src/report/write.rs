//! The writers: one per format, each turning any [`Document`] into that format. They own every
//! decision about the medium — wrapping and colour in the terminal, escaping in Markdown and
//! HTML, SVG for charts — and know nothing of instruments or scores.

pub mod html;
pub mod markdown;
pub mod text;

use super::Format;
use super::doc::Document;
use crate::lang::Lang;

/// How to write a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The language of the writer's own words (the HTML page's language, its footer).
    pub lang: Lang,
    /// Terminal text: the width to wrap to, in columns.
    pub width: usize,
    /// Terminal text: whether to colour with ANSI escapes.
    pub color: bool,
}

impl Options {
    /// Plain text 100 columns wide, no colour (what a report piped to a file gets).
    pub fn plain(lang: Lang) -> Self {
        Self {
            lang,
            width: text::DEFAULT_WIDTH,
            color: false,
        }
    }
}

/// `doc` in `format` (JSON is not a document format: it is the serialised figures).
pub fn write(doc: &Document, format: Format, options: Options) -> String {
    match format {
        Format::Text | Format::Json => text::write(doc, options),
        Format::Markdown => markdown::write(doc, options.lang),
        Format::Html => html::write(doc, options.lang),
    }
}
