//! A table fitted to the terminal: columns as wide as their widest cell, two spaces apart,
//! indented two. When that is too wide the table narrows in steps, each only as far as needed:
//! bars shorten, optional columns are left out (the rightmost first), text columns wrap their
//! cells onto several lines (the widest first, never below a dozen columns), and as a last resort
//! labels are cut with an ellipsis. A line never exceeds the width; figures are never cut.

use super::wrap_inline;
use crate::report::doc::{Align, BarCell, Cell, Column, Inline, Row, Span, Table, Tone};
use crate::report::text::{bar, width};

/// Columns between cells.
const GAP: usize = 2;
/// Indent of every row.
const INDENT: usize = 2;
/// A bar's natural and smallest widths.
const BAR_W: (usize, usize) = (20, 8);
/// Text columns wrap down to this width at most.
const MIN_WRAP: usize = 12;

/// What a cell needs, before wrapping.
fn natural(cell: &Cell) -> usize {
    match cell {
        Cell::Text(i) => width(&i.text()),
        Cell::Bar(_) => BAR_W.0,
    }
}

/// The widest word of a cell: a wrapped column is never narrower.
fn longest_word(cell: &Cell) -> usize {
    match cell {
        Cell::Text(i) => i.text().split(' ').map(width).max().unwrap_or(0),
        Cell::Bar(_) => BAR_W.1,
    }
}

/// The table as lines of at most `w` columns.
pub(super) fn lines(t: &Table, w: usize) -> Vec<Inline> {
    let mut shown: Vec<usize> = (0..t.columns.len())
        .filter(|&c| t.columns[c].formats.text)
        .collect();
    let cells = |c: usize| {
        t.rows.iter().filter_map(move |r| match r {
            Row::Cells(cells) => cells.get(c),
            Row::Group(_) => None,
        })
    };
    let is_bar = |c: usize| cells(c).any(|x| matches!(x, Cell::Bar(_)));
    let mut widths: Vec<usize> = vec![0; t.columns.len()];
    for &c in &shown {
        widths[c] = cells(c)
            .map(natural)
            .chain(std::iter::once(width(&t.columns[c].head)))
            .max()
            .unwrap_or(0);
    }
    let total = |shown: &[usize], widths: &[usize]| {
        INDENT
            + shown.iter().map(|&c| widths[c]).sum::<usize>()
            + GAP * shown.len().saturating_sub(1)
    };
    // 1. Bars shorten.
    for &c in &shown {
        if total(&shown, &widths) > w && is_bar(c) {
            let over = total(&shown, &widths) - w;
            widths[c] = widths[c].saturating_sub(over).max(BAR_W.1);
        }
    }
    // 2. Optional columns go, the rightmost first.
    while total(&shown, &widths) > w {
        let Some(pos) = shown.iter().rposition(|&c| t.columns[c].optional) else {
            break;
        };
        shown.remove(pos);
    }
    // 3. Text columns wrap, the widest first.
    while total(&shown, &widths) > w {
        let floor = |c: usize| {
            cells(c)
                .map(longest_word)
                .max()
                .unwrap_or(0)
                .max(MIN_WRAP)
                .min(widths[c])
        };
        let Some(&c) = shown
            .iter()
            .filter(|&&c| t.columns[c].wrap && widths[c] > floor(c))
            .max_by_key(|&&c| widths[c])
        else {
            break;
        };
        let over = total(&shown, &widths) - w;
        widths[c] = widths[c].saturating_sub(over).max(floor(c));
    }
    // 4. Labels are cut (text columns first, then any non-figure column).
    while total(&shown, &widths) > w {
        let Some(&c) = shown
            .iter()
            .filter(|&&c| t.columns[c].align != Align::Right && widths[c] > 4)
            .max_by_key(|&&c| widths[c])
        else {
            break;
        };
        let over = total(&shown, &widths) - w;
        widths[c] = widths[c].saturating_sub(over).max(4);
    }
    let mut out = Vec::new();
    let head: Vec<Cell> = t
        .columns
        .iter()
        .map(|c| Cell::Text(Inline::toned(c.head.clone(), Tone::Dim)))
        .collect();
    if t.columns.iter().any(|c| !c.head.is_empty()) {
        out.extend(row_lines(&t.columns, &shown, &widths, &head));
    }
    let span = total(&shown, &widths)
        .saturating_sub(INDENT)
        .min(w - INDENT);
    for r in &t.rows {
        match r {
            Row::Cells(cells) => out.extend(row_lines(&t.columns, &shown, &widths, cells)),
            Row::Group(heading) => {
                for l in wrap_inline(heading, span.max(1)) {
                    let strong = Inline(
                        l.0.into_iter()
                            .map(|s| Span {
                                tone: if s.tone == Tone::Plain {
                                    Tone::Strong
                                } else {
                                    s.tone
                                },
                                ..s
                            })
                            .collect(),
                    );
                    out.push(super::prefixed(&" ".repeat(INDENT), strong));
                }
            }
        }
    }
    out
}

/// One row as one or more lines (cells wrapped within their columns).
fn row_lines(columns: &[Column], shown: &[usize], widths: &[usize], cells: &[Cell]) -> Vec<Inline> {
    let wrapped: Vec<Vec<Inline>> = shown
        .iter()
        .map(|&c| match cells.get(c) {
            Some(Cell::Text(i)) => fit(i, widths[c], columns[c].wrap),
            Some(Cell::Bar(b)) => vec![bar_cell(b, widths[c])],
            None => vec![Inline::default()],
        })
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    (0..height)
        .map(|k| {
            let mut line = Inline::plain(" ".repeat(INDENT));
            for (i, (&c, lines)) in shown.iter().zip(&wrapped).enumerate() {
                if i > 0 {
                    line.0.push(Span {
                        text: " ".repeat(GAP),
                        tone: Tone::Plain,
                    });
                }
                let cell = lines.get(k).cloned().unwrap_or_default();
                let room = widths[c].saturating_sub(width(&cell.text()));
                let (left, right) = match columns[c].align {
                    Align::Left => (0, room),
                    Align::Right => (room, 0),
                    Align::Center => (room / 2, room - room / 2),
                };
                line.0.push(Span {
                    text: " ".repeat(left),
                    tone: Tone::Plain,
                });
                line.0.extend(cell.0);
                line.0.push(Span {
                    text: " ".repeat(right),
                    tone: Tone::Plain,
                });
            }
            line
        })
        .collect()
}

/// A text cell in `w` columns: wrapped when the column wraps, else cut with an ellipsis.
fn fit(cell: &Inline, w: usize, wraps: bool) -> Vec<Inline> {
    if width(&cell.text()) <= w {
        return vec![cell.clone()];
    }
    if wraps {
        let lines = wrap_inline(cell, w);
        if lines.iter().all(|l| width(&l.text()) <= w) {
            return lines;
        }
    }
    vec![cut(cell, w)]
}

/// `cell` cut to `w` columns, ending in `…`.
fn cut(cell: &Inline, w: usize) -> Inline {
    let mut out = Inline::default();
    let mut used = 0;
    for s in &cell.0 {
        let mut text = String::new();
        for ch in s.text.chars() {
            let cw = width(ch.encode_utf8(&mut [0; 4]));
            if used + cw + 1 > w {
                break;
            }
            used += cw;
            text.push(ch);
        }
        let done = text.chars().count() < s.text.chars().count();
        out.0.push(Span { text, tone: s.tone });
        if done {
            break;
        }
    }
    out.0.push(Span {
        text: "…".into(),
        tone: Tone::Dim,
    });
    out
}

fn bar_cell(b: &BarCell, w: usize) -> Inline {
    Inline::toned(bar(b.value, b.max, w, b.mark), b.tone)
}
