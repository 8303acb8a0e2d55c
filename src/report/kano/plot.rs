//! The two quadrant plots of the Kano report — Better/Worse and the continuous analysis — as one
//! [`Drawing`]: inline SVG from a [`ChartKind::Scatter`] specification for HTML, and a grid of
//! characters for the terminal, as wide as the terminal allows. One marker per feature (its rank,
//! as in the tables); wide (Chinese) characters take two cells, so labels line up in both
//! languages.

use super::{category_name, category_tone, feature_name, marker, ranked};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::chart::{Chart, ChartKind, Point, ScatterAxes};
use crate::report::doc::{Drawing, Inline, Span, Tone};
use crate::report::svg;
use crate::report::text::{pad, pad_left, width, wrap};
use crate::score::kano::{Category, FeatureScore, KanoScore};
use crate::tr;

/// The widest grid, in columns (odd, so a split at the midpoint falls on a middle cell).
const MAX_COLS: usize = 45;
/// The narrowest grid drawn; below it the plot is left to its table.
const MIN_COLS: usize = 15;
/// Grid rows (odd, as the columns).
const ROWS: usize = 15;
/// Columns left of the grid for the y ticks ("  0.5").
const LABEL_W: usize = 5;
/// Point labels in the SVG are cut to this many pixels (the chart leaves room for them).
const SVG_LABEL_PX: f64 = 176.0;

/// One feature's point.
#[derive(Debug, Clone)]
struct Mark {
    /// Its rank in the order of what to do, as drawn.
    marker: String,
    /// The feature's name (SVG labels).
    name: String,
    x: f64,
    y: f64,
    tone: Tone,
}

/// A quadrant plot of the features.
#[derive(Debug, Clone)]
pub(super) struct Quadrants {
    marks: Vec<Mark>,
    axes: ScatterAxes,
    /// Quadrant names for a narrow grid: the category letters.
    letters: [String; 4],
}

/// Top-left, top-right, bottom-left, bottom-right: the same in both plots.
const QUADRANTS: [Category; 4] = [
    Category::Attractive,
    Category::OneDimensional,
    Category::Indifferent,
    Category::MustBe,
];

fn quadrants(
    inst: &Instrument,
    s: &KanoScore,
    lang: Lang,
    range: f64,
    titles: (String, String),
    at: impl Fn(&FeatureScore) -> Option<(f64, f64)>,
) -> Quadrants {
    let marks = ranked(s)
        .into_iter()
        .filter_map(|(rank, f)| {
            let (x, y) = at(f)?;
            Some(Mark {
                marker: marker(rank),
                name: feature_name(inst, &f.id, lang),
                x,
                y,
                tone: category_tone(f.category),
            })
        })
        .collect();
    Quadrants {
        marks,
        axes: ScatterAxes {
            x: (0.0, range),
            y: (0.0, range),
            x_title: titles.0,
            y_title: titles.1,
            split: Some((range / 2.0, range / 2.0)),
            quadrants: QUADRANTS.map(|c| category_name(c, lang)),
        },
        letters: QUADRANTS.map(|c| c.letter().to_string()),
    }
}

/// x = |Worse|, y = Better, both 0–1, split at 0.5.
pub(super) fn better_worse(inst: &Instrument, s: &KanoScore, lang: Lang) -> Quadrants {
    quadrants(
        inst,
        s,
        lang,
        1.0,
        (tr!(lang, "kano-bw-x"), tr!(lang, "kano-bw-y")),
        |f| Some((f.worse?.abs(), f.better?)),
    )
}

/// x = mean dysfunctional score, y = mean functional score, both 0–4, split at 2.
pub(super) fn continuous(inst: &Instrument, s: &KanoScore, lang: Lang) -> Quadrants {
    quadrants(
        inst,
        s,
        lang,
        4.0,
        (tr!(lang, "kano-cont-x"), tr!(lang, "kano-cont-y")),
        |f| Some((f.dysfunctional_mean?, f.functional_mean?)),
    )
}

/// `s` cut to at most `px` pixels at 11 px, ending in `…` when cut.
fn fit_px(s: &str, px: f64) -> String {
    if svg::text_px(s, 11.0) <= px {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        let mut next = out.clone();
        next.push(c);
        next.push('…');
        if svg::text_px(&next, 11.0) > px {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

impl Drawing for Quadrants {
    fn svg(&self, title: &str, desc: &str) -> String {
        let points = self
            .marks
            .iter()
            .map(|m| Point {
                label: fit_px(&format!("{} {}", m.marker, m.name), SVG_LABEL_PX),
                x: m.x,
                y: m.y,
                tone: m.tone,
            })
            .collect();
        let mut chart = Chart {
            title: title.to_string(),
            desc: desc.to_string(),
            caption: String::new(),
            kind: ChartKind::Scatter {
                points,
                axes: self.axes.clone(),
            },
        };
        // Names come from questionnaires: control characters are shown, never passed on.
        chart.map_text(&|s| crate::sanitize::terminal(s).into_owned());
        svg::render(&chart)
    }

    fn text(&self, width: usize) -> Option<Vec<Inline>> {
        draw(self, width)
    }
}

/// One character cell of the grid: its text (empty for the second half of a wide character)
/// and tone.
#[derive(Debug, Clone)]
struct Cell {
    s: String,
    tone: Tone,
}

fn blank() -> Cell {
    Cell {
        s: " ".into(),
        tone: Tone::Plain,
    }
}

/// Which cell a value falls in (clamped to the grid).
fn cell_of(v: f64, (lo, hi): (f64, f64), cells: usize) -> usize {
    let span = (hi - lo).max(f64::EPSILON);
    let t = ((v - lo) / span).clamp(0.0, 1.0);
    (t * (cells - 1) as f64).round() as usize
}

struct Grid {
    cols: usize,
    cells: Vec<Vec<Cell>>,
}

impl Grid {
    /// Writes `s` from column `col` of `row`, wide characters over two cells; a wide character
    /// whose other half would be overwritten is removed first. Nothing is written past the edge.
    fn put(&mut self, row: usize, mut col: usize, s: &str, tone: Tone) {
        for ch in s.chars() {
            let w = width(ch.encode_utf8(&mut [0; 4])).max(1);
            if col + w > self.cols {
                return;
            }
            self.clear(row, col);
            if w == 2 {
                self.clear(row, col + 1);
            }
            self.cells[row][col] = Cell {
                s: ch.to_string(),
                tone,
            };
            if w == 2 {
                self.cells[row][col + 1] = Cell {
                    s: String::new(),
                    tone,
                };
            }
            col += w;
        }
    }

    /// Blanks a cell, and the other half of a wide character it belongs to.
    fn clear(&mut self, row: usize, col: usize) {
        let cols = self.cols;
        let line = &mut self.cells[row];
        if line[col].s.is_empty() && col > 0 {
            line[col - 1] = blank();
        } else if width(&line[col].s) == 2 && col + 1 < cols {
            line[col + 1] = blank();
        }
        line[col] = blank();
    }
}

/// Spans from toned pieces, neighbours of one tone merged.
fn spans(pieces: impl IntoIterator<Item = (String, Tone)>) -> Inline {
    let mut out: Vec<Span> = Vec::new();
    for (text, tone) in pieces {
        match out.last_mut() {
            Some(last) if last.tone == tone => last.text.push_str(&text),
            _ => out.push(Span { text, tone }),
        }
    }
    Inline(out)
}

/// Lines of `text` wrapped to `w` columns after an indent of `indent`, dimmed.
fn indented(text: &str, indent: usize, w: usize) -> Vec<Inline> {
    wrap(text, w.saturating_sub(indent).max(1))
        .into_iter()
        .map(|l| Inline::plain(" ".repeat(indent)).then(l, Tone::Dim))
        .collect()
}

/// The plot in at most `w` columns: the y title, the grid with its ticks, the x ticks and
/// title, and a line per cell holding several markers. `None` when `w` is too narrow for a grid.
fn draw(q: &Quadrants, w: usize) -> Option<Vec<Inline>> {
    let mut cols = w.checked_sub(LABEL_W + 1)?.min(MAX_COLS);
    if cols % 2 == 0 {
        cols -= 1;
    }
    if cols < MIN_COLS {
        return None;
    }
    let axes = &q.axes;
    let split = axes.split.unwrap_or((
        f64::midpoint(axes.x.0, axes.x.1),
        f64::midpoint(axes.y.0, axes.y.1),
    ));
    let mut grid = Grid {
        cols,
        cells: vec![vec![blank(); cols]; ROWS],
    };
    let split_col = cell_of(split.0, axes.x, cols);
    let split_row = ROWS - 1 - cell_of(split.1, axes.y, ROWS);
    for (r, line) in grid.cells.iter_mut().enumerate() {
        for (c, cell) in line.iter_mut().enumerate() {
            let s = match (r == split_row, c == split_col) {
                (true, true) => "┼",
                (true, false) => "─",
                (false, true) => "│",
                (false, false) => continue,
            };
            *cell = Cell {
                s: s.into(),
                tone: Tone::Dim,
            };
        }
    }
    // Quadrant names, or their letters when a pair does not fit on one row.
    let fits = |a: &str, b: &str| width(a) + width(b) + 3 <= cols;
    let [tl, tr, bl, br] = if fits(&axes.quadrants[0], &axes.quadrants[1])
        && fits(&axes.quadrants[2], &axes.quadrants[3])
    {
        axes.quadrants.clone()
    } else {
        q.letters.clone()
    };
    grid.put(0, 1, &tl, Tone::Dim);
    grid.put(0, cols.saturating_sub(width(&tr) + 1), &tr, Tone::Dim);
    grid.put(ROWS - 1, 1, &bl, Tone::Dim);
    grid.put(
        ROWS - 1,
        cols.saturating_sub(width(&br) + 1),
        &br,
        Tone::Dim,
    );

    // Markers: several in one cell become `*`, listed below the plot.
    let mut spots: Vec<((usize, usize), Vec<&Mark>)> = Vec::new();
    for m in q
        .marks
        .iter()
        .filter(|m| m.x.is_finite() && m.y.is_finite())
    {
        let at = (
            ROWS - 1 - cell_of(m.y, axes.y, ROWS),
            cell_of(m.x, axes.x, cols),
        );
        match spots.iter_mut().find(|(k, _)| *k == at) {
            Some((_, v)) => v.push(m),
            None => spots.push((at, vec![m])),
        }
    }
    let mut shared = Vec::new();
    for ((r, c), marks) in &spots {
        if let [one] = marks.as_slice() {
            let col = (*c).min(cols.saturating_sub(width(&one.marker)));
            grid.put(*r, col, &one.marker, one.tone);
        } else {
            grid.put(*r, *c, "*", Tone::Strong);
            let names: Vec<&str> = marks.iter().map(|m| m.marker.as_str()).collect();
            shared.push(names.join(", "));
        }
    }

    let tick = |v: f64| {
        let s = format!("{v:.1}");
        if s == "-0.0" { "0.0".to_string() } else { s }
    };
    let mut out = indented(&axes.y_title, LABEL_W + 1, w);
    for (r, line) in grid.cells.into_iter().enumerate() {
        let label = if r == 0 {
            tick(axes.y.1)
        } else if r == split_row {
            tick(split.1)
        } else if r == ROWS - 1 {
            tick(axes.y.0)
        } else {
            String::new()
        };
        let stem = if r == split_row { "┼" } else { "│" };
        let mut pieces = vec![
            (pad_left(&label, LABEL_W), Tone::Plain),
            (stem.to_string(), Tone::Dim),
        ];
        pieces.extend(line.into_iter().map(|c| (c.s, c.tone)));
        out.push(spans(pieces));
    }
    let rule: String = std::iter::once('└')
        .chain((0..cols).map(|c| if c == split_col { '┴' } else { '─' }))
        .collect();
    out.push(spans([
        (" ".repeat(LABEL_W), Tone::Plain),
        (rule, Tone::Dim),
    ]));
    let (x0, xs, x1) = (tick(axes.x.0), tick(split.0), tick(axes.x.1));
    let mut ticks = pad(&x0, (split_col + 1).saturating_sub(width(&xs) / 2));
    ticks.push_str(&xs);
    let used = width(&ticks);
    ticks.push_str(&pad_left(&x1, (cols + 1).saturating_sub(used)));
    let ticks = format!("{}{ticks}", " ".repeat(LABEL_W));
    let beside = width(&ticks) + 2 + width(&axes.x_title);
    if beside <= w {
        out.push(Inline::plain(ticks).then(format!("  {}", axes.x_title), Tone::Dim));
    } else {
        out.push(Inline::plain(ticks));
        out.extend(indented(&axes.x_title, LABEL_W + 1, w));
    }
    for s in shared {
        out.extend(
            wrap(&format!("* = {s}"), w.saturating_sub(LABEL_W + 1).max(1))
                .into_iter()
                .map(|l| Inline::plain(format!("{}{l}", " ".repeat(LABEL_W + 1)))),
        );
    }
    Some(out)
}

#[cfg(test)]
mod tests;
