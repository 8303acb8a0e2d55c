//! Charts over two dimensions: the radar, the scatter plot with quadrants, and lines over waves.

use super::{Anchor, INK, MUTED, RULE, Svg, legend, n, text_px, tick_label, ticks};
use crate::report::chart::{Point, ScatterAxes, Series};
use crate::report::escape_html;

pub fn radar(
    axes: &[String],
    series: &[Series],
    (min, max): (f64, f64),
    rings: &[f64],
    title: &str,
    desc: &str,
) -> String {
    let size = 460.0;
    let label_room = axes
        .iter()
        .map(|a| text_px(a, 12.0))
        .fold(40.0, f64::max)
        .min(170.0);
    let width = size + 2.0 * label_room;
    let (cx, cy) = (width / 2.0, size / 2.0);
    let r = size / 2.0 - 30.0;
    let k = axes.len().max(3) as f64;
    let span = (max - min).max(f64::EPSILON);
    let point = |i: usize, v: f64| {
        let a = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / k;
        let d = (v.clamp(min, max) - min) / span * r;
        (cx + d * a.cos(), cy + d * a.sin())
    };
    let mut svg = Svg::new(width, size);
    for ring in rings {
        let pts: Vec<(f64, f64)> = (0..axes.len()).map(|i| point(i, *ring)).collect();
        svg.polygon(
            &pts,
            "none",
            &format!("stroke=\"{RULE}\" stroke-width=\"1\""),
        );
        let (x, y) = point(0, *ring);
        svg.text(
            (x + 4.0, y + 4.0),
            Anchor::Start,
            10.0,
            MUTED,
            400,
            &tick_label(*ring),
        );
    }
    for (i, a) in axes.iter().enumerate() {
        let (x, y) = point(i, max);
        svg.line((cx, cy), (x, y), RULE, 1.0, "");
        let angle = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / k;
        let (lx, ly) = (cx + (r + 12.0) * angle.cos(), cy + (r + 12.0) * angle.sin());
        let anchor = if angle.cos() > 0.3 {
            Anchor::Start
        } else if angle.cos() < -0.3 {
            Anchor::End
        } else {
            Anchor::Middle
        };
        let dy = if angle.sin() > 0.3 {
            12.0
        } else if angle.sin() < -0.3 {
            -4.0
        } else {
            4.0
        };
        svg.text((lx, ly + dy), anchor, 12.0, INK, 400, a);
    }
    for s in series {
        let pts: Vec<(f64, f64)> = s
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| point(i, v.unwrap_or(min)))
            .collect();
        svg.polygon(
            &pts,
            s.tone.hex(),
            &format!(
                "fill-opacity=\"0.18\" stroke=\"{}\" stroke-width=\"2\"",
                s.tone.hex()
            ),
        );
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                svg.circle(
                    point(i, *v),
                    3.5,
                    s.tone.hex(),
                    Some(&format!(
                        "{} {}: {v:.2}",
                        s.name,
                        axes.get(i).map_or("", String::as_str)
                    )),
                );
            }
        }
    }
    let chart = svg.finish(title, desc);
    if series.len() > 1 {
        let items: Vec<(&str, &str)> = series
            .iter()
            .map(|s| (s.name.as_str(), s.tone.hex()))
            .collect();
        format!("{}\n{chart}", legend(&items))
    } else {
        chart
    }
}

/// A scatter plot with optional quadrants (e.g. Kano Better/Worse, `DuMouchel`).
pub fn scatter(points: &[Point], axes: &ScatterAxes, title: &str, desc: &str) -> String {
    let (left, top, plot_w, plot_h) = (56.0, 12.0, 460.0, 360.0);
    let label_room = points
        .iter()
        .map(|p| text_px(&p.label, 11.0))
        .fold(40.0, f64::max)
        .min(180.0);
    let width = left + plot_w + label_room + 12.0;
    let height = top + plot_h + 46.0;
    let mut svg = Svg::new(width, height);
    let sx = (axes.x.1 - axes.x.0).max(f64::EPSILON);
    let sy = (axes.y.1 - axes.y.0).max(f64::EPSILON);
    let x_of = |v: f64| left + (v.clamp(axes.x.0, axes.x.1) - axes.x.0) / sx * plot_w;
    let y_of = |v: f64| top + plot_h - (v.clamp(axes.y.0, axes.y.1) - axes.y.0) / sy * plot_h;
    svg.rect(
        left,
        top,
        plot_w,
        plot_h,
        "#fff",
        &format!("stroke=\"{MUTED}\" stroke-width=\"1\""),
    );
    for t in ticks(axes.x.0, axes.x.1, 5) {
        let x = x_of(t);
        svg.line((x, top), (x, top + plot_h), RULE, 1.0, "");
        svg.text(
            (x, top + plot_h + 15.0),
            Anchor::Middle,
            11.0,
            MUTED,
            400,
            &tick_label(t),
        );
    }
    for t in ticks(axes.y.0, axes.y.1, 5) {
        let y = y_of(t);
        svg.line((left, y), (left + plot_w, y), RULE, 1.0, "");
        svg.text(
            (left - 6.0, y + 4.0),
            Anchor::End,
            11.0,
            MUTED,
            400,
            &tick_label(t),
        );
    }
    if let Some((xs, ys)) = axes.split {
        let (x, y) = (x_of(xs), y_of(ys));
        svg.line(
            (x, top),
            (x, top + plot_h),
            MUTED,
            1.5,
            "stroke-dasharray=\"5 4\"",
        );
        svg.line(
            (left, y),
            (left + plot_w, y),
            MUTED,
            1.5,
            "stroke-dasharray=\"5 4\"",
        );
        let [tl, tr, bl, br] = &axes.quadrants;
        svg.text(
            (left + 8.0, top + 18.0),
            Anchor::Start,
            12.0,
            MUTED,
            700,
            tl,
        );
        svg.text(
            (left + plot_w - 8.0, top + 18.0),
            Anchor::End,
            12.0,
            MUTED,
            700,
            tr,
        );
        svg.text(
            (left + 8.0, top + plot_h - 8.0),
            Anchor::Start,
            12.0,
            MUTED,
            700,
            bl,
        );
        svg.text(
            (left + plot_w - 8.0, top + plot_h - 8.0),
            Anchor::End,
            12.0,
            MUTED,
            700,
            br,
        );
    }
    svg.text(
        (left + plot_w / 2.0, height - 6.0),
        Anchor::Middle,
        12.0,
        INK,
        400,
        &axes.x_title,
    );
    svg.raw(&format!(
        "<text x=\"14\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{INK}\" transform=\"rotate(-90 14 {})\">{}</text>",
        n(top + plot_h / 2.0),
        n(top + plot_h / 2.0),
        escape_html(&axes.y_title)
    ));
    // Points first, then labels, each label moved up or down by a line until it overlaps no
    // point and no label placed before it (with a thin leader line when it moved), so close
    // points stay readable.
    let shown: Vec<(&Point, f64, f64)> = points
        .iter()
        .filter(|p| p.x.is_finite() && p.y.is_finite())
        .map(|p| (p, x_of(p.x), y_of(p.y)))
        .collect();
    for (p, x, y) in &shown {
        svg.circle(
            (*x, *y),
            5.5,
            p.tone.hex(),
            Some(&format!("{} ({:.2}, {:.2})", p.label, p.x, p.y)),
        );
    }
    let mut placed: Vec<(f64, f64, f64, f64)> = shown
        .iter()
        .map(|(_, x, y)| (x - 6.0, y - 6.0, x + 6.0, y + 6.0))
        .collect();
    for (p, x, y) in &shown {
        let w = text_px(&p.label, 11.0);
        let x0 = x + 8.0;
        let overlaps = |ty: f64| {
            placed.iter().any(|(a0, b0, a1, b1)| {
                x0 < *a1 && x0 + w > *a0 && ty - 10.0 < *b1 && ty + 2.0 > *b0
            })
        };
        let base = y + 4.0;
        let ty = [0.0, 12.0, -12.0, 24.0, -24.0, 36.0, -36.0, 48.0, -48.0]
            .iter()
            .map(|d| base + d)
            .find(|ty| !overlaps(*ty))
            .unwrap_or(base);
        if (ty - base).abs() > f64::EPSILON {
            svg.line((*x + 5.0, *y), (x0 - 1.0, ty - 4.0), MUTED, 0.75, "");
        }
        svg.text((x0, ty), Anchor::Start, 11.0, INK, 400, &p.label);
        placed.push((x0, ty - 10.0, x0 + w, ty + 2.0));
    }
    svg.finish(title, desc)
}

/// A line chart over `x_labels` (e.g. assessments in time order), one line per series.
/// Includes its legend.
pub fn lines(
    x_labels: &[String],
    series: &[Series],
    (min, max): (f64, f64),
    title: &str,
    desc: &str,
) -> String {
    let (left, top, plot_w, plot_h) = (48.0, 12.0, 520.0, 220.0);
    let width = left + plot_w + 30.0;
    let height = top + plot_h + 34.0;
    let mut svg = Svg::new(width, height);
    let span = (max - min).max(f64::EPSILON);
    let steps = (x_labels.len().max(2) - 1) as f64;
    let x_of = |i: usize| left + i as f64 / steps * plot_w;
    let y_of = |v: f64| top + plot_h - (v.clamp(min, max) - min) / span * plot_h;
    for t in ticks(min, max, 5) {
        let y = y_of(t);
        svg.line((left, y), (left + plot_w, y), RULE, 1.0, "");
        svg.text(
            (left - 6.0, y + 4.0),
            Anchor::End,
            11.0,
            MUTED,
            400,
            &tick_label(t),
        );
    }
    for (i, l) in x_labels.iter().enumerate() {
        svg.text(
            (x_of(i), top + plot_h + 16.0),
            Anchor::Middle,
            11.0,
            MUTED,
            400,
            l,
        );
    }
    for s in series {
        // A gap in the data breaks the line.
        let mut run: Vec<(f64, f64)> = Vec::new();
        for (i, v) in s.values.iter().enumerate() {
            match v {
                Some(v) if v.is_finite() => run.push((x_of(i), y_of(*v))),
                _ => {
                    if run.len() > 1 {
                        svg.polyline(&run, s.tone.hex(), 2.0);
                    }
                    run.clear();
                }
            }
        }
        if run.len() > 1 {
            svg.polyline(&run, s.tone.hex(), 2.0);
        }
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v.filter(|v| v.is_finite()) {
                let label = x_labels.get(i).map_or("", String::as_str);
                svg.circle(
                    (x_of(i), y_of(v)),
                    3.5,
                    s.tone.hex(),
                    Some(&format!("{} {label}: {v:.1}", s.name)),
                );
            }
        }
    }
    let items: Vec<(&str, &str)> = series
        .iter()
        .map(|s| (s.name.as_str(), s.tone.hex()))
        .collect();
    format!("{}\n{}", legend(&items), svg.finish(title, desc))
}
