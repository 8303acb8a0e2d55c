//! Bar-like charts: horizontal bars, grouped bars, columns, one stacked bar, and estimates with
//! interval whiskers.

use super::{Anchor, INK, MUTED, RULE, Svg, legend, text_px, tick_label, ticks, value_grid};
use crate::report::chart::{Bar, BarScale, Estimate, Segment, Series};
use crate::report::doc::Tone;
use crate::report::text::fmt1;

/// A horizontal bar chart; bars grow from 0 (left or right for signed scales).
pub fn hbars(bars: &[Bar], scale: &BarScale, title: &str, desc: &str) -> String {
    let row_h = 26.0;
    let label_w = bars
        .iter()
        .map(|b| text_px(&b.label, 13.0))
        .fold(60.0, f64::max)
        .min(260.0)
        + 16.0;
    let note_w = bars
        .iter()
        .map(|b| text_px(&b.note, 12.0).max(40.0))
        .fold(50.0, f64::max)
        + 12.0;
    let plot_w = 420.0;
    let groups = bars.iter().filter(|b| b.group.is_some()).count() as f64;
    let top = 10.0;
    let height = top + bars.len() as f64 * row_h + groups * 22.0 + 34.0;
    let width = label_w + plot_w + note_w;
    let mut svg = Svg::new(width, height);
    let span = (scale.max - scale.min).max(f64::EPSILON);
    let x_of = |v: f64| label_w + (v.clamp(scale.min, scale.max) - scale.min) / span * plot_w;
    let zero = x_of(0.0_f64.clamp(scale.min, scale.max));
    let plot_bottom = height - 24.0;
    value_grid(
        &mut svg,
        &ticks(scale.min, scale.max, 5),
        x_of,
        top,
        plot_bottom,
    );
    let mut y = top;
    for b in bars {
        if let Some(g) = &b.group {
            svg.text((6.0, y + 16.0), Anchor::Start, 12.0, MUTED, 700, g);
            y += 22.0;
        }
        svg.text(
            (label_w - 8.0, y + 17.0),
            Anchor::End,
            13.0,
            INK,
            400,
            &b.label,
        );
        let note = if b.note.is_empty() {
            b.value.map_or_else(|| "n/a".to_string(), |v| fmt1(Some(v)))
        } else {
            b.note.clone()
        };
        match b.value {
            Some(v) if v.is_finite() => {
                let x = x_of(v);
                let (x0, w) = if x >= zero {
                    (zero, x - zero)
                } else {
                    (x, zero - x)
                };
                svg.rect(x0, y + 5.0, w, row_h - 10.0, b.tone.hex(), "rx=\"2\"");
                svg.text(
                    (label_w + plot_w + 8.0, y + 17.0),
                    Anchor::Start,
                    12.0,
                    INK,
                    400,
                    &note,
                );
            }
            _ => {
                svg.text(
                    (zero + 4.0, y + 17.0),
                    Anchor::Start,
                    12.0,
                    MUTED,
                    400,
                    "n/a",
                );
            }
        }
        y += row_h;
    }
    if scale.min < 0.0 {
        svg.line((zero, top), (zero, plot_bottom), MUTED, 1.0, "");
    }
    if let Some((m, label)) = &scale.mark {
        let x = x_of(*m);
        svg.line(
            (x, top),
            (x, plot_bottom),
            INK,
            1.5,
            "stroke-dasharray=\"4 3\"",
        );
        svg.text((x + 3.0, top + 9.0), Anchor::Start, 10.0, INK, 400, label);
    }
    svg.finish(title, desc)
}

/// Horizontal bars grouped by category: one bar per series in each category (e.g. SERVQUAL
/// expectation vs perception, or roles side by side). Includes its legend.
pub fn grouped_hbars(
    categories: &[String],
    series: &[Series],
    (min, max): (f64, f64),
    title: &str,
    desc: &str,
) -> String {
    let bar_h = 12.0;
    let group_h = bar_h * series.len() as f64 + 12.0;
    let label_w = categories
        .iter()
        .map(|c| text_px(c, 13.0))
        .fold(60.0, f64::max)
        .min(260.0)
        + 16.0;
    let plot_w = 420.0;
    let value_w = 50.0;
    let top = 8.0;
    let height = top + categories.len() as f64 * group_h + 30.0;
    let mut svg = Svg::new(label_w + plot_w + value_w, height);
    let span = (max - min).max(f64::EPSILON);
    let x_of = |v: f64| label_w + (v.clamp(min, max) - min) / span * plot_w;
    let zero = x_of(0.0_f64.clamp(min, max));
    let plot_bottom = height - 22.0;
    value_grid(&mut svg, &ticks(min, max, 6), x_of, top, plot_bottom);
    for (ci, c) in categories.iter().enumerate() {
        let gy = top + ci as f64 * group_h;
        svg.text(
            (label_w - 8.0, gy + group_h / 2.0 + 3.0),
            Anchor::End,
            13.0,
            INK,
            400,
            c,
        );
        for (si, s) in series.iter().enumerate() {
            let y = gy + 6.0 + si as f64 * bar_h;
            if let Some(v) = s
                .values
                .get(ci)
                .copied()
                .flatten()
                .filter(|v| v.is_finite())
            {
                let x = x_of(v);
                let (x0, w) = if x >= zero {
                    (zero, x - zero)
                } else {
                    (x, zero - x)
                };
                svg.rect(x0, y, w, bar_h - 2.0, s.tone.hex(), "");
                svg.text(
                    (label_w + plot_w + 4.0, y + 9.0),
                    Anchor::Start,
                    10.0,
                    MUTED,
                    400,
                    &format!("{v:.1}"),
                );
            }
        }
    }
    if min < 0.0 {
        svg.line((zero, top), (zero, plot_bottom), MUTED, 1.0, "");
    }
    let items: Vec<(&str, &str)> = series
        .iter()
        .map(|s| (s.name.as_str(), s.tone.hex()))
        .collect();
    format!("{}\n{}", legend(&items), svg.finish(title, desc))
}

/// Vertical columns, one per label (e.g. answers per scale point), each with its own colour.
pub fn columns(
    labels: &[String],
    values: &[f64],
    tones: &[Tone],
    title: &str,
    desc: &str,
) -> String {
    let col_w = 36.0;
    let gap = 8.0;
    let left = 36.0;
    let top = 16.0;
    let plot_h = 140.0;
    let width = left + labels.len() as f64 * (col_w + gap) + gap;
    let height = top + plot_h + 28.0;
    let mut svg = Svg::new(width, height);
    let max = values.iter().copied().fold(0.0, f64::max).max(1.0);
    for t in ticks(0.0, max, 4) {
        let y = top + plot_h - t / max * plot_h;
        svg.line((left, y), (width, y), RULE, 1.0, "");
        svg.text(
            (left - 6.0, y + 4.0),
            Anchor::End,
            10.0,
            MUTED,
            400,
            &tick_label(t),
        );
    }
    for (i, label) in labels.iter().enumerate() {
        let v = values.get(i).copied().unwrap_or(0.0);
        let x = left + gap + i as f64 * (col_w + gap);
        let h = v / max * plot_h;
        let color = tones.get(i).copied().unwrap_or(Tone::Series(0)).hex();
        svg.rect(x, top + plot_h - h, col_w, h, color, "rx=\"2\"");
        if v > 0.0 {
            svg.text(
                (x + col_w / 2.0, top + plot_h - h - 4.0),
                Anchor::Middle,
                11.0,
                INK,
                400,
                &tick_label(v),
            );
        }
        svg.text(
            (x + col_w / 2.0, top + plot_h + 16.0),
            Anchor::Middle,
            12.0,
            INK,
            400,
            label,
        );
    }
    svg.line((left, top + plot_h), (width, top + plot_h), MUTED, 1.0, "");
    svg.finish(title, desc)
}

/// One 100% stacked bar (e.g. detractors / passives / promoters).
pub fn stacked_bar(segments: &[Segment], title: &str, desc: &str) -> String {
    let width = 640.0;
    let height = 62.0;
    let mut svg = Svg::new(width, height);
    let total: f64 = segments.iter().map(|s| s.value.max(0.0)).sum();
    if total <= 0.0 {
        svg.rect(0.0, 8.0, width, 28.0, RULE, "rx=\"3\"");
        svg.text((width / 2.0, 27.0), Anchor::Middle, 12.0, MUTED, 400, "n/a");
        return svg.finish(title, desc);
    }
    let mut x = 0.0;
    for s in segments {
        let w = s.value.max(0.0) / total * width;
        if w <= 0.0 {
            continue;
        }
        svg.rect(x, 8.0, w, 28.0, s.tone.hex(), "");
        let share = format!("{:.0}%", 100.0 * s.value / total);
        if w > text_px(&share, 12.0) + 6.0 {
            svg.text(
                (x + w / 2.0, 27.0),
                Anchor::Middle,
                12.0,
                "#fff",
                700,
                &share,
            );
        }
        if w > text_px(&s.label, 11.0) + 4.0 {
            svg.text(
                (x + w / 2.0, 52.0),
                Anchor::Middle,
                11.0,
                INK,
                400,
                &s.label,
            );
        }
        x += w;
    }
    svg.finish(title, desc)
}

/// Point estimates with 95% interval whiskers on one shared axis.
pub fn intervals(rows: &[Estimate], (min, max): (f64, f64), title: &str, desc: &str) -> String {
    let row_h = 30.0;
    let label_w = rows
        .iter()
        .map(|r| text_px(&r.label, 13.0))
        .fold(60.0, f64::max)
        .min(260.0)
        + 16.0;
    let plot_w = 440.0;
    let top = 8.0;
    let height = top + rows.len() as f64 * row_h + 28.0;
    let width = label_w + plot_w + 20.0;
    let mut svg = Svg::new(width, height);
    let span = (max - min).max(f64::EPSILON);
    let x_of = |v: f64| label_w + (v.clamp(min, max) - min) / span * plot_w;
    let plot_bottom = height - 22.0;
    for t in ticks(min, max, 8) {
        let x = x_of(t);
        let stroke = if t == 0.0 { MUTED } else { RULE };
        svg.line((x, top), (x, plot_bottom), stroke, 1.0, "");
        svg.text(
            (x, plot_bottom + 15.0),
            Anchor::Middle,
            11.0,
            MUTED,
            400,
            &tick_label(t),
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let cy = top + i as f64 * row_h + row_h / 2.0;
        svg.text(
            (label_w - 8.0, cy + 4.0),
            Anchor::End,
            13.0,
            INK,
            400,
            &r.label,
        );
        if let Some((lo, hi)) = r.interval {
            svg.line((x_of(lo), cy), (x_of(hi), cy), r.tone.hex(), 2.0, "");
            svg.line(
                (x_of(lo), cy - 6.0),
                (x_of(lo), cy + 6.0),
                r.tone.hex(),
                2.0,
                "",
            );
            svg.line(
                (x_of(hi), cy - 6.0),
                (x_of(hi), cy + 6.0),
                r.tone.hex(),
                2.0,
                "",
            );
        }
        match r.value {
            Some(v) if v.is_finite() => svg.circle(
                (x_of(v), cy),
                6.0,
                r.tone.hex(),
                Some(&format!("{} {v:.1}", r.label)),
            ),
            _ => svg.text(
                (x_of(min) + 4.0, cy + 4.0),
                Anchor::Start,
                12.0,
                MUTED,
                400,
                "n/a",
            ),
        }
    }
    svg.finish(title, desc)
}
