//! Terminal text: a document laid out in lines no wider than the terminal, wrapped at spaces
//! (or between wide characters, with Chinese line-breaking rules), tables fitted to the width,
//! charts drawn in characters where that reads well, coloured when asked. Lines are built as
//! toned spans first ([`lines`]), so the full-screen UI can show the same layout in its own
//! styles; [`write`] turns them into text with or without ANSI colour.

mod table;

use super::Options;
use crate::lang::Lang;
use crate::report::doc::{Block, Document, Figure, Inline, Quote, Span, Tone};
use crate::report::plot;
use crate::report::text::{pad, width, wrap};

/// The width used when stdout is not a terminal and `COLUMNS` is not set.
pub const DEFAULT_WIDTH: usize = 100;

/// The narrowest width laid out; narrower terminals get lines of this width.
pub const MIN_WIDTH: usize = 40;

/// `doc` as terminal text.
pub fn write(doc: &Document, options: Options) -> String {
    let mut out = String::new();
    for line in lines(doc, options.width, options.lang) {
        for span in &line.0 {
            out.push_str(&paint(&span.text, span.tone, options.color));
        }
        // A line never ends in padding.
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    out
}

/// `s` with the ANSI colour of `tone`, when `color`.
fn paint(s: &str, tone: Tone, color: bool) -> String {
    let code = match tone {
        Tone::Plain => return s.to_string(),
        Tone::Strong => "1",
        Tone::Dim => "2",
        Tone::Good | Tone::Series(2) => "32",
        Tone::Bad | Tone::Series(5) => "31",
        Tone::Warn | Tone::Series(1) => "33",
        Tone::Series(3) => "35",
        Tone::Series(4) => "36",
        Tone::Series(_) => "34",
    };
    if !color || s.trim().is_empty() {
        return s.to_string();
    }
    format!("\x1b[{code}m{s}\x1b[0m")
}

/// `doc` laid out as toned lines of at most `width` columns (at least [`MIN_WIDTH`]).
pub fn lines(doc: &Document, width: usize, lang: Lang) -> Vec<Inline> {
    let w = width.max(MIN_WIDTH);
    // Data is shown, never obeyed: no character that steers a terminal survives, and a line
    // break inside a note or a name is a space here (the layout decides where lines break).
    let doc = doc
        .clone()
        .map_text(&|s| crate::sanitize::terminal_line(&s.replace(['\n', '\t'], " ")).into_owned());
    let doc = &doc;
    let mut out = Vec::new();
    for l in wrap_inline(&Inline::toned(doc.title.clone(), Tone::Strong), w) {
        out.push(l);
    }
    for m in &doc.meta {
        out.extend(wrap_inline(m, w));
    }
    blocks(&doc.blocks, w, lang, &mut out);
    out
}

fn blocks(blocks: &[Block], w: usize, lang: Lang, out: &mut Vec<Inline>) {
    // One blank line between blocks; none between a heading and what it heads.
    let mut after_heading = false;
    for b in blocks {
        let mut lines = Vec::new();
        block(b, w, lang, &mut lines);
        if lines.is_empty() {
            continue;
        }
        if !out.is_empty() && !after_heading {
            out.push(Inline::default());
        }
        after_heading = ends_with_heading(b);
        out.extend(lines);
    }
}

fn ends_with_heading(b: &Block) -> bool {
    match b {
        Block::Heading { .. } => true,
        Block::Only(f, inner) => f.text && inner.last().is_some_and(ends_with_heading),
        _ => false,
    }
}

fn block(b: &Block, w: usize, lang: Lang, out: &mut Vec<Inline>) {
    match b {
        Block::Heading { level, text, .. } => {
            let indent = if *level >= 3 { "  " } else { "" };
            for l in wrap(text, w - indent.len()) {
                out.push(Inline::plain(indent).then(l, Tone::Strong));
            }
            if *level <= 1 {
                out.push(Inline::toned("═".repeat(width(text).min(w)), Tone::Dim));
            }
        }
        Block::Paragraph(i) => out.extend(wrap_inline(i, w)),
        Block::Callout { tone, title, lines } => {
            if let Some(t) = title {
                for l in wrap(t, w) {
                    out.push(Inline::toned(l, Tone::Strong));
                }
            }
            for line in lines {
                let toned = Inline(
                    line.0
                        .iter()
                        .map(|s| Span {
                            text: s.text.clone(),
                            tone: if s.tone == Tone::Plain { *tone } else { s.tone },
                        })
                        .collect(),
                );
                out.extend(indented(&toned, w, "  ", "  "));
            }
        }
        Block::Figures(figures) => figure_rows(figures, w, out),
        Block::Table(t) => out.extend(table::lines(t, w)),
        Block::Chart(c) => {
            if let Some(lines) = plot::text(c, w - 2, lang) {
                out.extend(lines.into_iter().map(|l| prefixed("  ", l)));
            }
        }
        Block::Drawing { drawing, .. } => {
            if let Some(lines) = drawing.text(w) {
                // A drawing lays out its own labels: they are made safe as they leave it.
                out.extend(lines.into_iter().map(|l| {
                    Inline(
                        l.0.into_iter()
                            .map(|s| Span {
                                text: crate::sanitize::terminal_line(&s.text).into_owned(),
                                tone: s.tone,
                            })
                            .collect(),
                    )
                }));
            }
        }
        Block::Steps(items) => {
            let digits = items.len().to_string().len();
            for (k, item) in items.iter().enumerate() {
                let first = format!("  {:>digits$}. ", k + 1);
                let rest = " ".repeat(first.len());
                out.extend(indented(item, w, &first, &rest));
            }
        }
        Block::Bullets(items) => {
            for item in items {
                out.extend(indented(item, w, "  · ", "    "));
            }
        }
        Block::Method(items) => {
            for item in items {
                out.extend(indented(
                    &Inline::toned(item.clone(), Tone::Dim),
                    w,
                    "  · ",
                    "    ",
                ));
            }
        }
        Block::Quotes(quotes) => {
            for q in quotes {
                quote(q, w, out);
            }
        }
        Block::Only(formats, inner) => {
            if formats.text {
                let mut sub = Vec::new();
                blocks(inner, w, lang, &mut sub);
                out.extend(sub);
            }
        }
    }
}

/// A quote: the words between quotation marks (which wrapping never separates from them),
/// then who said it, dimmed.
fn quote(q: &Quote, w: usize, out: &mut Vec<Inline>) {
    let lines = wrap(&q.text, w.saturating_sub(6).max(10));
    let last = lines.len().saturating_sub(1);
    for (i, l) in lines.iter().enumerate() {
        let open = if i == 0 { "“" } else { " " };
        let close = if i == last { "”" } else { "" };
        out.push(Inline::plain("    ").then(format!("{open}{l}{close}"), q.tone));
    }
    for l in wrap(&format!("— {}", q.by), w.saturating_sub(6).max(10)) {
        out.push(Inline::plain("      ").then(l, Tone::Dim));
    }
}

/// Headline figures: the label, the value, then the details, each row aligned; details that do
/// not fit beside the value go under it.
fn figure_rows(figures: &[Figure], w: usize, out: &mut Vec<Inline>) {
    let label_w = figures
        .iter()
        .map(|f| width(&f.label))
        .max()
        .unwrap_or(0)
        .min(w / 2);
    let value_w = figures
        .iter()
        .map(|f| width(&f.value.text()))
        .max()
        .unwrap_or(0);
    let left = 2 + label_w + 2 + value_w + 2;
    for f in figures {
        let labels = wrap(&f.label, label_w.max(1));
        let mut first = Inline::plain("  ").then(pad(&labels[0], label_w), Tone::Plain);
        first.0.push(Span {
            text: "  ".into(),
            tone: Tone::Plain,
        });
        let value_pad = value_w.saturating_sub(width(&f.value.text()));
        first.0.push(Span {
            text: " ".repeat(value_pad),
            tone: Tone::Plain,
        });
        first.0.extend(f.value.0.iter().map(|s| Span {
            text: s.text.clone(),
            tone: if s.tone == Tone::Plain {
                Tone::Strong
            } else {
                s.tone
            },
        }));
        let mut rows = vec![first];
        for l in labels.iter().skip(1) {
            rows.push(Inline::plain(format!("  {l}")));
        }
        let room = w.saturating_sub(left);
        let details: Vec<String> = if room >= 20 {
            f.details.iter().flat_map(|d| wrap(d, room)).collect()
        } else {
            Vec::new()
        };
        for (i, d) in details.iter().enumerate() {
            if i < rows.len() {
                let used = width(&rows[i].text());
                rows[i].0.push(Span {
                    text: " ".repeat(left.saturating_sub(used)),
                    tone: Tone::Plain,
                });
                rows[i].0.push(Span {
                    text: d.clone(),
                    tone: Tone::Dim,
                });
            } else {
                rows.push(Inline::plain(" ".repeat(left)).then(d.clone(), Tone::Dim));
            }
        }
        if room < 20 {
            for d in &f.details {
                rows.extend(indented(
                    &Inline::toned(d.clone(), Tone::Dim),
                    w,
                    "    ",
                    "    ",
                ));
            }
        }
        out.extend(rows);
    }
}

/// `line` with `prefix` in front.
fn prefixed(prefix: &str, mut line: Inline) -> Inline {
    line.0.insert(
        0,
        Span {
            text: prefix.to_string(),
            tone: Tone::Plain,
        },
    );
    line
}

/// `item` wrapped to `w` with `first` before its first line and `rest` before the others.
fn indented(item: &Inline, w: usize, first: &str, rest: &str) -> Vec<Inline> {
    let room = w.saturating_sub(width(first)).max(10);
    wrap_inline(item, room)
        .into_iter()
        .enumerate()
        .map(|(i, l)| prefixed(if i == 0 { first } else { rest }, l))
        .collect()
}

/// Wraps toned text as [`wrap`] wraps plain text, each character keeping its tone.
pub fn wrap_inline(item: &Inline, w: usize) -> Vec<Inline> {
    let plain = item.text();
    let toned: Vec<(char, Tone)> = item
        .0
        .iter()
        .flat_map(|s| s.text.chars().map(move |c| (c, s.tone)))
        .collect();
    let mut at = 0;
    let mut out = Vec::new();
    for line in wrap(&plain, w.max(1)) {
        let mut spans: Vec<Span> = Vec::new();
        for c in line.chars() {
            // Spaces the wrapping dropped (at a break, or doubled) are skipped in the original.
            while at < toned.len() && toned[at].0 == ' ' && c != ' ' {
                at += 1;
            }
            let tone = toned.get(at).map_or(Tone::Plain, |t| t.1);
            at += 1;
            match spans.last_mut() {
                Some(last) if last.tone == tone => last.text.push(c),
                _ => spans.push(Span {
                    text: c.to_string(),
                    tone,
                }),
            }
        }
        out.push(Inline(spans));
    }
    out
}

#[cfg(test)]
mod tests;
