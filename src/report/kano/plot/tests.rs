//! The character plot: where markers land, what a narrow terminal gets, wide characters.

use super::*;

fn plot(q: [&str; 4], marks: &[(&str, f64, f64)]) -> Quadrants {
    Quadrants {
        marks: marks
            .iter()
            .map(|(m, x, y)| Mark {
                marker: (*m).to_string(),
                name: format!("feature {m}"),
                x: *x,
                y: *y,
                tone: Tone::Series(2),
            })
            .collect(),
        axes: ScatterAxes {
            x: (0.0, 1.0),
            y: (0.0, 1.0),
            x_title: "|Worse|".into(),
            y_title: "Better".into(),
            split: Some((0.5, 0.5)),
            quadrants: q.map(str::to_string),
        },
        letters: ["A", "O", "I", "M"].map(str::to_string),
    }
}

fn lines(q: &Quadrants, w: usize) -> Vec<String> {
    draw(q, w)
        .expect("a grid fits")
        .iter()
        .map(|l| l.text().trim_end().to_string())
        .collect()
}

#[test]
fn markers_land_in_their_quadrant_and_rows_keep_their_width() {
    let q = plot(
        ["Attractive", "One-dimensional", "Indifferent", "Must-be"],
        &[("1", 0.9, 0.9), ("2", 0.1, 0.1), ("3", 0.9, 0.1)],
    );
    let lines = lines(&q, 100);
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
        assert!(width(l) <= LABEL_W + 1 + MAX_COLS, "{l}");
    }
    // The x title fits beside the ticks at 100 columns.
    assert!(lines[ROWS + 2].ends_with("1.0  |Worse|"), "{lines:#?}");
}

#[test]
fn chinese_quadrant_names_align_by_display_width() {
    let q = plot(
        ["魅力型", "期望型", "无差异型", "必备型"],
        &[("4", 0.75, 0.95)],
    );
    let lines = lines(&q, 100);
    let top = &lines[1];
    assert!(top.contains("魅力型") && top.contains("期望型"), "{top}");
    // The top-right name ends one cell before the right edge.
    assert_eq!(width(top), LABEL_W + 1 + MAX_COLS - 1);
    assert_eq!(width(&lines[ROWS]), LABEL_W + 1 + MAX_COLS - 1);
    // A marker falling on a wide character removes the whole character, not half of it.
    let mut grid = Grid {
        cols: MAX_COLS,
        cells: vec![vec![blank(); MAX_COLS]; 1],
    };
    grid.put(0, 0, "必备", Tone::Plain);
    grid.put(0, 1, "7", Tone::Plain);
    let s: String = grid.cells[0].iter().map(|c| c.s.as_str()).collect();
    assert_eq!(width(&s), MAX_COLS);
    assert!(s.starts_with(" 7备"), "{s}");
}

#[test]
fn points_in_one_cell_are_starred_and_listed() {
    let q = plot(["", "", "", ""], &[("1", 0.3, 0.3), ("2", 0.3, 0.3)]);
    let lines = lines(&q, 100);
    assert!(lines.iter().any(|l| l.contains('*') && l.contains('│')));
    assert_eq!(lines.last().unwrap().trim(), "* = 1, 2");
}

#[test]
fn the_plot_narrows_to_the_terminal_and_never_overflows() {
    for names in [
        ["Attractive", "One-dimensional", "Indifferent", "Must-be"],
        ["魅力型", "期望型", "无差异型", "必备型"],
    ] {
        let q = plot(names, &[("1", 0.9, 0.9), ("2", 0.1, 0.1), ("3", 1.0, 0.0)]);
        for w in 21..=120 {
            let lines = lines(&q, w);
            for l in &lines {
                assert!(width(l) <= w, "{w}: {l:?}");
            }
            // Every marker is still drawn.
            for m in ['1', '2', '3'] {
                assert!(lines[1..=ROWS].iter().any(|l| l.contains(m)), "{w}: {m}");
            }
        }
        // A narrow grid names the quadrants by letter rather than cutting their names (the
        // Chinese names still fit at 30 columns; the English ones do not).
        let narrow = lines(&q, 30);
        if names[1] == "One-dimensional" {
            assert!(narrow[1].starts_with("  1.0│ A "), "{narrow:#?}");
            assert!(!narrow.concat().contains("One-dim"), "{narrow:#?}");
        } else {
            assert!(narrow[1].contains("魅力型") && narrow[1].contains("期望型"));
        }
    }
    assert!(draw(&plot(["", "", "", ""], &[]), 20).is_none());
}

#[test]
fn svg_labels_are_cut_to_their_room_and_the_chart_is_well_formed() {
    let mut q = plot(
        ["Attractive", "One-dimensional", "Indifferent", "Must-be"],
        &[("1", 1.0, 1.0)],
    );
    q.marks[0].name = "A feature with a name far too long to sit beside its point".into();
    let svg = q.svg("Better/Worse", "desc");
    assert!(crate::report::svg::well_formed(&svg), "{svg}");
    let label = svg
        .lines()
        .find(|l| l.starts_with("<text") && l.contains(">1 A feature"))
        .expect("the point's label");
    let text = &label[label.find('>').unwrap() + 1..label.rfind("</text>").unwrap()];
    assert!(text.ends_with('…'), "{text}");
    assert!(svg::text_px(text, 11.0) <= SVG_LABEL_PX);
}
