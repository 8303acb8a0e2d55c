//! Charts in terminal characters, for the charts that read well that way: bars, one stacked
//! bar, answers per scale point, and estimates with their interval. Radars, scatter plots and
//! lines have no character form here: the tables beside them carry their numbers.

use crate::lang::Lang;
use crate::report::chart::{Bar, BarScale, Chart, ChartKind, Estimate, Segment};
use crate::report::doc::{Inline, Span, Tone};
use crate::report::text::{bar, fmt1, pad, width, wrap};
use crate::tr;

/// `chart` in at most `w` columns, or `None` when it has no character form.
pub fn text(chart: &Chart, w: usize, lang: Lang) -> Option<Vec<Inline>> {
    match &chart.kind {
        ChartKind::Bars { bars, scale } => Some(bar_rows(bars, scale, w)),
        ChartKind::Stacked(segments) => Some(stacked(segments, w)),
        ChartKind::Columns { labels, values, .. } => {
            Some(columns(&chart.title, labels, values, w, lang))
        }
        ChartKind::Intervals { rows, range } => Some(intervals(rows, *range, w)),
        ChartKind::GroupedBars { .. }
        | ChartKind::Radar { .. }
        | ChartKind::Scatter { .. }
        | ChartKind::Lines { .. } => None,
    }
}

fn span(text: impl Into<String>, tone: Tone) -> Span {
    Span {
        text: text.into(),
        tone,
    }
}

/// One row per bar: label, bar, value (or note); group headings above their bars.
fn bar_rows(bars: &[Bar], scale: &BarScale, w: usize) -> Vec<Inline> {
    let label_w = bars
        .iter()
        .map(|b| width(&b.label))
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let note_w = bars.iter().map(|b| width(&note(b))).max().unwrap_or(0);
    let cells = w.saturating_sub(label_w + note_w + 4).clamp(8, 40);
    let mut out = Vec::new();
    for b in bars {
        if let Some(g) = &b.group {
            out.push(Inline::toned(g.clone(), Tone::Strong));
        }
        let filled = if scale.min < 0.0 {
            signed_bar(b.value, scale, cells)
        } else {
            bar(
                b.value,
                scale.max,
                cells,
                scale.mark.as_ref().map(|(m, _)| *m),
            )
        };
        out.push(Inline(vec![
            span(pad(&cut(&b.label, label_w), label_w), Tone::Plain),
            span("  ", Tone::Plain),
            span(filled, b.tone),
            span("  ", Tone::Plain),
            span(note(b), Tone::Plain),
        ]));
    }
    out
}

/// A bar growing from the zero of a signed axis: left for negative values, right for positive.
fn signed_bar(value: Option<f64>, scale: &BarScale, cells: usize) -> String {
    let span_v = (scale.max - scale.min).max(f64::EPSILON);
    let at = |v: f64| {
        (((v.clamp(scale.min, scale.max) - scale.min) / span_v) * cells as f64).round() as usize
    };
    let zero = at(0.0).min(cells.saturating_sub(1));
    let (from, to) = match value {
        Some(v) if v < 0.0 => (at(v), zero),
        Some(v) => (zero + 1, at(v).max(zero + 1)),
        None => (zero, zero),
    };
    (0..cells)
        .map(|i| {
            if i == zero {
                '│'
            } else if (from..to).contains(&i) {
                '█'
            } else {
                '░'
            }
        })
        .collect()
}

fn note(b: &Bar) -> String {
    if b.note.is_empty() {
        fmt1(b.value)
    } else {
        b.note.clone()
    }
}

/// `s` cut to `w` columns with an ellipsis.
fn cut(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if width(&out) + width(c.encode_utf8(&mut [0; 4])) + 1 > w {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// One 100% bar in the segments' tones, then its legend.
fn stacked(segments: &[Segment], w: usize) -> Vec<Inline> {
    let cells = w.min(60).saturating_sub(2).max(10);
    let total: f64 = segments.iter().map(|s| s.value.max(0.0)).sum();
    let mut line = Inline::default();
    if total > 0.0 {
        let mut used = 0;
        for (i, s) in segments.iter().enumerate() {
            let n = if i + 1 == segments.len() {
                cells - used
            } else {
                ((s.value.max(0.0) / total) * cells as f64).round() as usize
            }
            .min(cells - used);
            used += n;
            let fill = if s.tone == Tone::Dim { "▒" } else { "█" };
            line.0.push(span(fill.repeat(n), s.tone));
        }
    } else {
        line.0.push(span("░".repeat(cells), Tone::Dim));
    }
    let legend: Vec<String> = segments
        .iter()
        .map(|s| {
            if total > 0.0 {
                format!("{} {:.0}%", s.label, 100.0 * s.value.max(0.0) / total)
            } else {
                s.label.clone()
            }
        })
        .collect();
    let mut out = vec![line];
    out.extend(
        wrap(&legend.join(" · "), w)
            .into_iter()
            .map(|l| Inline::toned(l, Tone::Dim)),
    );
    out
}

/// Answers per scale point on one line: `title: 0:1 1:0 …`, wrapped.
fn columns(title: &str, labels: &[String], values: &[f64], w: usize, lang: Lang) -> Vec<Inline> {
    let counts: Vec<String> = labels
        .iter()
        .zip(values)
        .map(|(l, v)| format!("{l}:{v}"))
        .collect();
    let line = tr!(
        lang,
        "plot-counts",
        title = title,
        counts = counts.join(" ")
    );
    wrap(&line, w).into_iter().map(Inline::plain).collect()
}

/// One row per estimate: label, an axis with the interval `├──●──┤`, the value.
fn intervals(rows: &[Estimate], (min, max): (f64, f64), w: usize) -> Vec<Inline> {
    let label_w = rows
        .iter()
        .map(|r| width(&r.label))
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let cells = w.saturating_sub(label_w + 10).clamp(10, 50);
    let span_v = (max - min).max(f64::EPSILON);
    let at = |v: f64| (((v.clamp(min, max) - min) / span_v) * (cells - 1) as f64).round() as usize;
    rows.iter()
        .map(|r| {
            let mut axis: Vec<char> = vec!['·'; cells];
            if let Some((lo, hi)) = r.interval {
                let (a, b) = (at(lo), at(hi));
                for c in axis.iter_mut().take(b + 1).skip(a) {
                    *c = '─';
                }
                axis[a] = '├';
                axis[b] = '┤';
            }
            if let Some(v) = r.value {
                axis[at(v)] = '●';
            }
            Inline(vec![
                span(pad(&cut(&r.label, label_w), label_w), Tone::Plain),
                span("  ", Tone::Plain),
                span(axis.into_iter().collect::<String>(), r.tone),
                span("  ", Tone::Plain),
                span(fmt1(r.value), Tone::Plain),
            ])
        })
        .collect()
}
