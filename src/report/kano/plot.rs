//! Quadrant plots drawn with characters, for the terminal and for Markdown code blocks: a grid
//! split into four named quadrants, one marker per feature, axis ticks and a legend. Wide
//! (Chinese) characters take two cells, so labels and legends line up in both languages.

use super::super::text::{Color, Painter, pad, pad_left, width};

/// One point to draw.
#[derive(Debug, Clone)]
pub struct PlotPoint {
    /// The marker drawn in the grid (the feature's rank).
    pub marker: String,
    /// x value.
    pub x: f64,
    /// y value.
    pub y: f64,
    /// Marker colour.
    pub color: Color,
}

/// A plot's frame.
#[derive(Debug, Clone)]
pub struct Frame<'a> {
    /// x range.
    pub x: (f64, f64),
    /// y range.
    pub y: (f64, f64),
    /// Where the quadrants split (x, y).
    pub split: (f64, f64),
    /// Quadrant names: top-left, top-right, bottom-left, bottom-right.
    pub quadrants: [&'a str; 4],
    /// y axis name (above the grid).
    pub y_title: &'a str,
    /// x axis name (right of the x ticks).
    pub x_title: &'a str,
}

/// Grid columns and rows: odd, so the split falls on a middle cell when it is the midpoint.
pub const COLS: usize = 45;
/// Grid rows.
pub const ROWS: usize = 15;
const LABEL_W: usize = 5;

#[derive(Debug, Clone)]
struct Cell {
    s: String,
    color: Option<Color>,
}

fn blank() -> Cell {
    Cell {
        s: " ".into(),
        color: None,
    }
}

/// Which cell a value falls in (clamped to the grid).
fn cell_of(v: f64, (lo, hi): (f64, f64), cells: usize) -> usize {
    let span = (hi - lo).max(f64::EPSILON);
    let t = ((v - lo) / span).clamp(0.0, 1.0);
    (t * (cells - 1) as f64).round() as usize
}

/// Whether a value lies outside its range (drawn at the edge).
pub fn outside(v: f64, (lo, hi): (f64, f64)) -> bool {
    v < lo || v > hi
}

struct Grid {
    cells: Vec<Vec<Cell>>,
}

impl Grid {
    /// Writes `s` from column `col` of `row`, wide characters over two cells; a wide character
    /// whose second half would be overwritten is removed first.
    fn put(&mut self, row: usize, mut col: usize, s: &str, color: Option<Color>) {
        for ch in s.chars() {
            let w = unicode_width::UnicodeWidthChar::width(ch)
                .unwrap_or(1)
                .max(1);
            if col + w > COLS {
                return;
            }
            self.clear(row, col);
            if w == 2 {
                self.clear(row, col + 1);
            }
            self.cells[row][col] = Cell {
                s: ch.to_string(),
                color,
            };
            if w == 2 {
                self.cells[row][col + 1] = Cell {
                    s: String::new(),
                    color,
                };
            }
            col += w;
        }
    }

    /// Blanks a cell, and the other half of a wide character it belongs to.
    fn clear(&mut self, row: usize, col: usize) {
        let line = &mut self.cells[row];
        if line[col].s.is_empty() && col > 0 {
            line[col - 1] = blank();
        } else if width(&line[col].s) == 2 && col + 1 < COLS {
            line[col + 1] = blank();
        }
        line[col] = blank();
    }
}

/// The plot as lines of text, followed by one line per cell holding several markers.
pub fn draw(points: &[PlotPoint], frame: &Frame<'_>, p: Painter) -> Vec<String> {
    let mut grid = Grid {
        cells: vec![vec![blank(); COLS]; ROWS],
    };
    let split_col = cell_of(frame.split.0, frame.x, COLS);
    let split_row = ROWS - 1 - cell_of(frame.split.1, frame.y, ROWS);
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
                color: Some(Color::Dim),
            };
        }
    }
    let [tl, tr, bl, br] = frame.quadrants;
    let label = Some(Color::Dim);
    grid.put(0, 1, tl, label);
    grid.put(0, COLS.saturating_sub(width(tr) + 1), tr, label);
    grid.put(ROWS - 1, 1, bl, label);
    grid.put(ROWS - 1, COLS.saturating_sub(width(br) + 1), br, label);

    // Markers: several in one cell become `*`, listed below the plot.
    let mut spots: Vec<((usize, usize), Vec<&PlotPoint>)> = Vec::new();
    for pt in points.iter().filter(|p| p.x.is_finite() && p.y.is_finite()) {
        let at = (
            ROWS - 1 - cell_of(pt.y, frame.y, ROWS),
            cell_of(pt.x, frame.x, COLS),
        );
        match spots.iter_mut().find(|(k, _)| *k == at) {
            Some((_, v)) => v.push(pt),
            None => spots.push((at, vec![pt])),
        }
    }
    let mut shared = Vec::new();
    for ((r, c), pts) in &spots {
        if let [one] = pts.as_slice() {
            let col = (*c).min(COLS.saturating_sub(width(&one.marker)));
            grid.put(*r, col, &one.marker, Some(one.color));
        } else {
            grid.put(*r, *c, "*", Some(Color::Bold));
            let names: Vec<&str> = pts.iter().map(|p| p.marker.as_str()).collect();
            shared.push(names.join(", "));
        }
    }

    let mut out = Vec::with_capacity(ROWS + 4);
    out.push(format!("{}{}", " ".repeat(LABEL_W + 1), frame.y_title));
    let tick = |v: f64| {
        let s = format!("{v:.1}");
        if s == "-0.0" { "0.0".to_string() } else { s }
    };
    for (r, line) in grid.cells.iter().enumerate() {
        let label = if r == 0 {
            tick(frame.y.1)
        } else if r == split_row {
            tick(frame.split.1)
        } else if r == ROWS - 1 {
            tick(frame.y.0)
        } else {
            String::new()
        };
        let axis = if r == split_row { "┼" } else { "│" };
        let mut s = format!("{}{}", pad_left(&label, LABEL_W), p.paint(axis, Color::Dim));
        for cell in line {
            match cell.color {
                Some(c) => s.push_str(&p.paint(&cell.s, c)),
                None => s.push_str(&cell.s),
            }
        }
        out.push(s.trim_end().to_string());
    }
    let mut axis = String::from("└");
    for c in 0..COLS {
        axis.push(if c == split_col { '┴' } else { '─' });
    }
    out.push(format!(
        "{}{}",
        " ".repeat(LABEL_W),
        p.paint(&axis, Color::Dim)
    ));
    let (x0, xs, x1) = (tick(frame.x.0), tick(frame.split.0), tick(frame.x.1));
    let mut ticks = pad(&x0, split_col + 1 - width(&xs) / 2);
    ticks.push_str(&xs);
    let used = width(&ticks);
    ticks.push_str(&pad_left(&x1, (COLS + 1).saturating_sub(used)));
    out.push(format!(
        "{}{}  {}",
        " ".repeat(LABEL_W),
        ticks,
        frame.x_title
    ));
    for s in shared {
        out.push(format!("{}* = {s}", " ".repeat(LABEL_W + 1)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(q: [&str; 4]) -> Frame<'_> {
        Frame {
            x: (0.0, 1.0),
            y: (0.0, 1.0),
            split: (0.5, 0.5),
            quadrants: q,
            y_title: "Better",
            x_title: "|Worse|",
        }
    }

    fn pt(m: &str, x: f64, y: f64) -> PlotPoint {
        PlotPoint {
            marker: m.into(),
            x,
            y,
            color: Color::Green,
        }
    }

    #[test]
    fn markers_land_in_their_quadrant_and_rows_keep_their_width() {
        let p = Painter { color: false };
        let lines = draw(
            &[pt("1", 0.9, 0.9), pt("2", 0.1, 0.1), pt("3", 0.9, 0.1)],
            &frame(["Attractive", "One-dimensional", "Indifferent", "Must-be"]),
            p,
        );
        // Title, ROWS grid rows, the axis and the ticks.
        assert_eq!(lines.len(), ROWS + 3);
        let grid = &lines[1..=ROWS];
        let col_of = |s: &str, m: char| s.chars().position(|c| c == m);
        // 0.9 → row round(0.9 · 14) = 13 from the bottom, i.e. grid line 1.
        assert!(grid[1].contains('1'), "{grid:#?}");
        assert_eq!(col_of(&grid[1], '1'), Some(LABEL_W + 1 + 40)); // round(0.9 · 44) = 40
        assert!(grid[13].contains('2'));
        assert!(grid[13].contains('3'));
        assert!(grid[0].contains("Attractive") && grid[0].contains("One-dimensional"));
        assert!(grid[ROWS - 1].contains("Indifferent") && grid[ROWS - 1].contains("Must-be"));
        assert!(grid[7].starts_with("  0.5┼"));
        for l in grid {
            assert!(width(l) <= LABEL_W + 1 + COLS, "{l}");
        }
    }

    #[test]
    fn chinese_quadrant_names_align_by_display_width() {
        let p = Painter { color: false };
        let lines = draw(
            &[pt("4", 0.75, 0.95)],
            &frame(["魅力型", "期望型", "无差异型", "必备型"]),
            p,
        );
        let top = &lines[1];
        assert!(top.contains("魅力型") && top.contains("期望型"), "{top}");
        // The top-right name ends one cell before the right edge.
        assert_eq!(width(top), LABEL_W + 1 + COLS - 1);
        assert_eq!(width(&lines[ROWS]), LABEL_W + 1 + COLS - 1);
        // A marker falling on a wide character removes the whole character, not half of it.
        let mut grid = Grid {
            cells: vec![vec![blank(); COLS]; 1],
        };
        grid.put(0, 0, "必备", None);
        grid.put(0, 1, "7", None);
        let s: String = grid.cells[0].iter().map(|c| c.s.as_str()).collect();
        assert_eq!(width(&s), COLS);
        assert!(s.starts_with(" 7备"), "{s}");
    }

    #[test]
    fn points_in_one_cell_are_starred_and_listed() {
        let p = Painter { color: false };
        let lines = draw(
            &[pt("1", 0.3, 0.3), pt("2", 0.3, 0.3)],
            &frame(["", "", "", ""]),
            p,
        );
        assert!(lines.iter().any(|l| l.contains('*') && l.contains('│')));
        assert_eq!(lines.last().unwrap().trim(), "* = 1, 2");
    }
}
