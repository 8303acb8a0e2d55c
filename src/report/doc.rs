//! The report document: what a report says, before it is text. Each kind turns its figures into
//! one [`Document`] — headings, key figures, paragraphs, tables, chart specifications, steps,
//! quotes, method — and one writer per format ([`super::write`]) turns any document into terminal
//! text, Markdown or HTML. A section written once (notes, roles side by side, "What to do next")
//! so appears in every format. Nothing here formats for a medium; text in a document is plain
//! (user text included: writers escape and sanitise it for their medium).

use std::fmt;
use std::sync::Arc;

use super::chart::Chart;

/// How a piece of text is marked: a colour in the terminal, a class in HTML, emphasis (or
/// nothing) in Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    /// Ordinary text.
    #[default]
    Plain,
    /// Emphasised (bold).
    Strong,
    /// Secondary (dimmed, muted).
    Dim,
    /// Good news: achieved, positive.
    Good,
    /// Bad news: failed, negative.
    Bad,
    /// A warning.
    Warn,
    /// The n-th colour of a series (0 blue, 1 amber, 2 green, 3 magenta, 4 cyan, 5 red); tiers
    /// use 0, 2 and 3.
    Series(u8),
}

/// A run of text in one tone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Span {
    /// The text (plain; never pre-escaped).
    pub text: String,
    /// Its tone.
    pub tone: Tone,
}

/// A line of text made of spans.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inline(pub Vec<Span>);

impl Inline {
    /// One span of plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self::toned(text, Tone::Plain)
    }

    /// One span of text in `tone`.
    pub fn toned(text: impl Into<String>, tone: Tone) -> Self {
        Inline(vec![Span {
            text: text.into(),
            tone,
        }])
    }

    /// Appends a span.
    #[must_use]
    pub fn then(mut self, text: impl Into<String>, tone: Tone) -> Self {
        self.0.push(Span {
            text: text.into(),
            tone,
        });
        self
    }

    /// The text without tones.
    pub fn text(&self) -> String {
        self.0.iter().map(|s| s.text.as_str()).collect()
    }

    /// Whether there is no text.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|s| s.text.is_empty())
    }
}

impl From<&str> for Inline {
    fn from(s: &str) -> Self {
        Inline::plain(s)
    }
}

impl From<String> for Inline {
    fn from(s: String) -> Self {
        Inline::plain(s)
    }
}

/// Which formats show a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formats {
    /// Terminal text.
    pub text: bool,
    /// Markdown.
    pub markdown: bool,
    /// HTML.
    pub html: bool,
}

impl Formats {
    /// Every format.
    pub const ALL: Formats = Formats {
        text: true,
        markdown: true,
        html: true,
    };
    /// Terminal text only.
    pub const TEXT: Formats = Formats {
        text: true,
        markdown: false,
        html: false,
    };
    /// Markdown only.
    pub const MARKDOWN: Formats = Formats {
        text: false,
        markdown: true,
        html: false,
    };
    /// HTML only.
    pub const HTML: Formats = Formats {
        text: false,
        markdown: false,
        html: true,
    };
    /// Markdown and HTML (the written formats).
    pub const WRITTEN: Formats = Formats {
        text: false,
        markdown: true,
        html: true,
    };
    /// Terminal text and HTML (what has a drawing).
    pub const DRAWN: Formats = Formats {
        text: true,
        markdown: false,
        html: true,
    };
}

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// Text, left.
    #[default]
    Left,
    /// Figures, right.
    Right,
    /// Marks (✓ ✗), centred.
    Center,
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The heading.
    pub head: String,
    /// Alignment of its cells.
    pub align: Align,
    /// Whether its cells may wrap onto several lines when the terminal is narrow (long texts);
    /// figures never wrap.
    pub wrap: bool,
    /// Whether a narrow terminal may leave the column out (secondary details).
    pub optional: bool,
    /// Which formats show the column.
    pub formats: Formats,
}

impl Column {
    /// A text column (left, wraps when narrow).
    pub fn text(head: impl Into<String>) -> Self {
        Self {
            head: head.into(),
            align: Align::Left,
            wrap: true,
            optional: false,
            formats: Formats::ALL,
        }
    }

    /// A label column (left, never wraps: names of rows).
    pub fn label(head: impl Into<String>) -> Self {
        Self {
            wrap: false,
            ..Self::text(head)
        }
    }

    /// A figure column (right-aligned, never wraps).
    pub fn number(head: impl Into<String>) -> Self {
        Self {
            align: Align::Right,
            wrap: false,
            ..Self::text(head)
        }
    }

    /// A mark column (centred, never wraps).
    pub fn mark(head: impl Into<String>) -> Self {
        Self {
            align: Align::Center,
            wrap: false,
            ..Self::text(head)
        }
    }

    /// The column may be left out on a narrow terminal.
    #[must_use]
    pub fn optional(mut self) -> Self {
        self.optional = true;
        self
    }

    /// The column shows only in `formats`.
    #[must_use]
    pub fn only(mut self, formats: Formats) -> Self {
        self.formats = formats;
        self
    }
}

/// A horizontal bar in a table cell: `value` on 0..=`max`, with a tick at `mark`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarCell {
    /// The value; `None` draws an empty bar.
    pub value: Option<f64>,
    /// The scale's maximum.
    pub max: f64,
    /// A reference mark (e.g. the pass mark).
    pub mark: Option<f64>,
    /// The bar's tone.
    pub tone: Tone,
}

/// A table cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text (figures are text too: formatted by the section, which knows their precision).
    Text(Inline),
    /// A bar (terminal and HTML; Markdown shows nothing).
    Bar(BarCell),
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(Inline::plain(s))
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(Inline::plain(s))
    }
}

impl From<Inline> for Cell {
    fn from(i: Inline) -> Self {
        Cell::Text(i)
    }
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// One cell per column.
    Cells(Vec<Cell>),
    /// A heading spanning the table (e.g. the tier above its experiences).
    Group(Inline),
}

/// A table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows.
    pub rows: Vec<Row>,
}

impl Table {
    /// A table with these columns and no rows.
    pub fn new(columns: Vec<Column>) -> Self {
        Self {
            columns,
            rows: Vec::new(),
        }
    }

    /// Appends a row of cells.
    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(Row::Cells(cells));
    }

    /// Appends a group heading row.
    pub fn group(&mut self, heading: impl Into<Inline>) {
        self.rows.push(Row::Group(heading.into()));
    }
}

/// A headline figure: a card in HTML, a row in text and Markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What it is.
    pub label: String,
    /// The value as shown (with its unit).
    pub value: Inline,
    /// Lines of detail (interval, n, make-up).
    pub details: Vec<String>,
}

/// A quoted voice: a note, an N/A reason, a "why" answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The words, as given.
    pub text: String,
    /// Who said it, and where ("li.wei (manager) · respect.1").
    pub by: String,
    /// Its tone (a detractor's reason: bad).
    pub tone: Tone,
}

/// A drawing a kind makes for itself (the pyramid, the five-gap model, the maturity ladder):
/// SVG for HTML, and optionally character art for the terminal.
pub trait Drawing: fmt::Debug + Send + Sync {
    /// The `<svg>` element, with `title` and `desc` as its accessible name and description.
    fn svg(&self, title: &str, desc: &str) -> String;
    /// The drawing in terminal characters for `width` columns, if it has one.
    fn text(&self, width: usize) -> Option<Vec<Inline>>;
}

/// One block of a document, in reading order.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading: level 1 is the document's title, 2 a section, 3 a subsection. `id` names the
    /// section for links (HTML anchors, the engagement report's contents).
    Heading {
        /// 1–3.
        level: u8,
        /// The heading text.
        text: String,
        /// An anchor id.
        id: Option<String>,
    },
    /// A paragraph.
    Paragraph(Inline),
    /// A highlighted box: a warning, a notice.
    Callout {
        /// Warn for warnings, Plain or Dim for notices.
        tone: Tone,
        /// An optional title line.
        title: Option<String>,
        /// Its paragraphs.
        lines: Vec<Inline>,
    },
    /// Headline figures.
    Figures(Vec<Figure>),
    /// A table.
    Table(Table),
    /// A chart.
    Chart(Box<Chart>),
    /// A kind's own drawing, with its accessible title and description and a caption.
    Drawing {
        /// What it draws.
        drawing: Arc<dyn Drawing>,
        /// Accessible name.
        title: String,
        /// Accessible description.
        desc: String,
        /// Caption under it (HTML).
        caption: String,
    },
    /// Numbered steps.
    Steps(Vec<Inline>),
    /// Bullets.
    Bullets(Vec<Inline>),
    /// Quotes.
    Quotes(Vec<Quote>),
    /// Method notes: dimmed bullets.
    Method(Vec<String>),
    /// Blocks shown only in some formats.
    Only(Formats, Vec<Block>),
}

/// A report document.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The title (the first heading).
    pub title: String,
    /// Lines under the title: who answered, the organisation, the date.
    pub meta: Vec<Inline>,
    /// The body.
    pub blocks: Vec<Block>,
}

impl Document {
    /// An empty document titled `title`.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            meta: Vec::new(),
            blocks: Vec::new(),
        }
    }

    /// Appends a block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Appends a section heading (level 2).
    pub fn section(&mut self, text: impl Into<String>) {
        self.heading(2, text);
    }

    /// Appends a heading of `level`.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading {
            level,
            text: text.into(),
            id: None,
        });
    }

    /// Appends a paragraph.
    pub fn paragraph(&mut self, text: impl Into<Inline>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    /// Appends blocks shown only in `formats`.
    pub fn only(&mut self, formats: Formats, blocks: Vec<Block>) {
        if !blocks.is_empty() {
            self.blocks.push(Block::Only(formats, blocks));
        }
    }

    /// Every text of the document passed through `f` (titles, cells, quotes, chart labels): how
    /// a writer makes data safe for its medium in one place.
    #[must_use]
    pub fn map_text(mut self, f: &impl Fn(&str) -> String) -> Self {
        self.title = f(&self.title);
        for m in &mut self.meta {
            map_inline(m, f);
        }
        for b in &mut self.blocks {
            map_block(b, f);
        }
        self
    }

    /// This document's blocks as a section of a larger one: its title becomes a heading of
    /// `level` with anchor `id`, its meta lines a paragraph, and its own headings move down.
    pub fn into_section(self, level: u8, id: &str) -> Vec<Block> {
        let shift = level.saturating_sub(1);
        let mut out = vec![Block::Heading {
            level,
            text: self.title,
            id: Some(id.to_string()),
        }];
        out.extend(self.meta.into_iter().map(Block::Paragraph));
        out.extend(self.blocks.into_iter().map(|b| shifted(b, shift)));
        out
    }
}

fn shifted(block: Block, shift: u8) -> Block {
    match block {
        Block::Heading { level, text, id } => Block::Heading {
            level: (level + shift).min(4),
            text,
            id,
        },
        Block::Only(f, blocks) => {
            Block::Only(f, blocks.into_iter().map(|b| shifted(b, shift)).collect())
        }
        other => other,
    }
}

fn map_inline(i: &mut Inline, f: &impl Fn(&str) -> String) {
    for s in &mut i.0 {
        s.text = f(&s.text);
    }
}

fn map_block(b: &mut Block, f: &impl Fn(&str) -> String) {
    match b {
        Block::Heading { text, .. } => *text = f(text),
        Block::Paragraph(i) => map_inline(i, f),
        Block::Callout { title, lines, .. } => {
            if let Some(t) = title {
                *t = f(t);
            }
            for l in lines.iter_mut() {
                map_inline(l, f);
            }
        }
        Block::Figures(figures) => {
            for fig in figures {
                fig.label = f(&fig.label);
                map_inline(&mut fig.value, f);
                fig.details.iter_mut().for_each(|d| *d = f(d));
            }
        }
        Block::Table(t) => {
            t.columns.iter_mut().for_each(|c| c.head = f(&c.head));
            for r in &mut t.rows {
                match r {
                    Row::Cells(cells) => {
                        for c in cells {
                            if let Cell::Text(i) = c {
                                map_inline(i, f);
                            }
                        }
                    }
                    Row::Group(i) => map_inline(i, f),
                }
            }
        }
        Block::Chart(c) => c.map_text(f),
        Block::Drawing {
            title,
            desc,
            caption,
            ..
        } => {
            *title = f(title);
            *desc = f(desc);
            *caption = f(caption);
        }
        Block::Steps(items) | Block::Bullets(items) => {
            for i in items.iter_mut() {
                map_inline(i, f);
            }
        }
        Block::Quotes(quotes) => {
            for q in quotes {
                q.text = f(&q.text);
                q.by = f(&q.by);
            }
        }
        Block::Method(items) => items.iter_mut().for_each(|i| *i = f(i)),
        Block::Only(_, inner) => inner.iter_mut().for_each(|b| map_block(b, f)),
    }
}
