//! Inline SVG for the HTML report: a small drawing builder ([`Svg`]) and the charts of
//! [`Chart`] specifications. Drawings are deterministic (same input, same bytes: coordinates go
//! through [`n`], no ids from counters or clocks), accessible (`role="img"` with a `<title>` and
//! a `<desc>`), readable in print (values written in the chart, not only coloured), and lay text
//! out with measured widths ([`text_px`], CJK counted wide) so labels are never clipped.

mod bars;
mod plots;

use std::fmt::Write as _;

use super::chart::{Chart, ChartKind};
use super::doc::Tone;
use super::escape_html;
use super::text::width;

/// Basic tier, expectations, first series.
pub const BLUE: &str = "#2563eb";
/// Performance tier, good.
pub const GREEN: &str = "#059669";
/// Excitement tier.
pub const MAGENTA: &str = "#a21caf";
/// Warnings.
pub const AMBER: &str = "#d97706";
/// Bad.
pub const RED: &str = "#dc2626";
/// Secondary.
pub const GREY: &str = "#9ca3af";
/// Text.
pub const INK: &str = "#111827";
/// Secondary text, axes.
pub const MUTED: &str = "#6b7280";
/// Grid lines.
pub const RULE: &str = "#e5e7eb";
/// Further series colours, in order after [`BLUE`].
pub const SERIES: [&str; 6] = [BLUE, AMBER, GREEN, MAGENTA, "#0891b2", RED];

/// Formats a number for SVG coordinates (two decimals, no trailing noise, never `-0`).
pub fn n(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// The rendered width of `s` in pixels at `size` px in the page's sans-serif fonts, estimated
/// per character and on the generous side, so text laid out by it is never clipped: wide (CJK)
/// characters a full em, narrow letters and punctuation less, capitals and `m`/`w` more.
pub fn text_px(s: &str, size: f64) -> f64 {
    let em: f64 = s
        .chars()
        .map(|c| {
            if width(c.encode_utf8(&mut [0; 4])) >= 2 {
                1.0
            } else {
                match c {
                    'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | ' ' | '·' => 0.32,
                    'f' | 't' | 'r' | 'I' | '(' | ')' | '[' | ']' | '-' | '/' => 0.42,
                    'm' | 'w' | 'M' | 'W' | '%' | '@' => 0.92,
                    'A'..='Z' => 0.7,
                    _ => 0.58,
                }
            }
        })
        .sum();
    em * size
}

/// Horizontal text alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Left-aligned at x.
    Start,
    /// Centred on x.
    Middle,
    /// Right-aligned at x.
    End,
}

impl Anchor {
    fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// An `<svg>` under construction: elements are appended in drawing order.
#[derive(Debug, Clone)]
pub struct Svg {
    width: f64,
    height: f64,
    defs: String,
    body: String,
}

impl Svg {
    /// A drawing of `width` × `height` user units (it scales to the page width).
    pub fn new(width: f64, height: f64) -> Self {
        Self {
            width,
            height,
            defs: String::new(),
            body: String::new(),
        }
    }

    /// Adds raw markup to `<defs>` (patterns, markers).
    pub fn def(&mut self, markup: &str) {
        self.defs.push_str(markup);
        self.defs.push('\n');
    }

    /// Adds raw markup.
    pub fn raw(&mut self, markup: &str) {
        self.body.push_str(markup);
        self.body.push('\n');
    }

    /// A rectangle; `extra` holds further attributes (may be empty).
    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, extra: &str) {
        let _ = writeln!(
            self.body,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"{}{extra}/>",
            n(x),
            n(y),
            n(w.max(0.0)),
            n(h.max(0.0)),
            if extra.is_empty() { "" } else { " " }
        );
    }

    /// A line.
    pub fn line(
        &mut self,
        (x1, y1): (f64, f64),
        (x2, y2): (f64, f64),
        stroke: &str,
        w: f64,
        extra: &str,
    ) {
        let _ = writeln!(
            self.body,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\"{}{extra}/>",
            n(x1),
            n(y1),
            n(x2),
            n(y2),
            n(w),
            if extra.is_empty() { "" } else { " " }
        );
    }

    /// A polygon through `points`.
    pub fn polygon(&mut self, points: &[(f64, f64)], fill: &str, extra: &str) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
            .collect();
        let _ = writeln!(
            self.body,
            "<polygon points=\"{}\" fill=\"{fill}\"{}{extra}/>",
            pts.join(" "),
            if extra.is_empty() { "" } else { " " }
        );
    }

    /// An open line through `points`.
    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: &str, w: f64) {
        let pts: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
            .collect();
        let _ = writeln!(
            self.body,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>",
            pts.join(" "),
            n(w)
        );
    }

    /// A circle, with an optional tooltip.
    pub fn circle(&mut self, (cx, cy): (f64, f64), r: f64, fill: &str, tooltip: Option<&str>) {
        match tooltip {
            Some(t) => {
                let _ = writeln!(
                    self.body,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"1\"><title>{}</title></circle>",
                    n(cx),
                    n(cy),
                    n(r),
                    escape_html(t)
                );
            }
            None => {
                let _ = writeln!(
                    self.body,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"1\"/>",
                    n(cx),
                    n(cy),
                    n(r)
                );
            }
        }
    }

    /// Text at (x, y) (y is the baseline), `size` px, in `fill`; `weight` 400 or 700.
    pub fn text(
        &mut self,
        (x, y): (f64, f64),
        anchor: Anchor,
        size: f64,
        fill: &str,
        weight: u16,
        s: &str,
    ) {
        let bold = if weight >= 600 {
            " font-weight=\"700\""
        } else {
            ""
        };
        let _ = writeln!(
            self.body,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\" fill=\"{fill}\"{bold}>{}</text>",
            n(x),
            n(y),
            anchor.attr(),
            n(size),
            escape_html(s)
        );
    }

    /// The finished `<svg>` element, with `title` as its accessible name and `desc` as its
    /// description. No `xmlns`: inline SVG in HTML needs none, and the page names no URL at all.
    pub fn finish(self, title: &str, desc: &str) -> String {
        let mut out = format!(
            "<svg viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\">\n<title>{}</title>\n<desc>{}</desc>\n",
            n(self.width),
            n(self.height),
            n(self.width),
            n(self.height),
            escape_html(title),
            escape_html(desc)
        );
        if !self.defs.is_empty() {
            let _ = write!(out, "<defs>\n{}</defs>\n", self.defs);
        }
        out.push_str(&self.body);
        out.push_str("</svg>");
        out
    }
}

/// An HTML legend: a colour swatch and a label per series.
pub fn legend(items: &[(&str, &str)]) -> String {
    let mut out = String::from("<div class=\"legend\">");
    for (label, color) in items {
        let _ = write!(
            out,
            "<span><span class=\"swatch\" style=\"background:{color}\"></span>{}</span>",
            escape_html(label)
        );
    }
    out.push_str("</div>");
    out
}

/// A `<figure>` with a caption.
pub fn figure(svg: &str, caption: &str) -> String {
    if caption.is_empty() {
        format!("<figure>\n{svg}\n</figure>\n")
    } else {
        format!(
            "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>\n",
            escape_html(caption)
        )
    }
}

/// Evenly spaced "nice" tick values covering `min..=max`.
pub fn ticks(min: f64, max: f64, target: usize) -> Vec<f64> {
    if !(min.is_finite() && max.is_finite()) || max <= min || target == 0 {
        return vec![min];
    }
    let raw = (max - min) / target as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let start = (min / step).ceil() * step;
    let mut out = Vec::new();
    let mut k = 0.0;
    loop {
        let v = start + k * step;
        if v > max + step * 1e-9 {
            break;
        }
        // Round away floating noise (0.6) so labels and bytes stay clean.
        let v = (v * 1e9).round() / 1e9;
        out.push(if v.abs() < step * 1e-9 { 0.0 } else { v });
        k += 1.0;
        if k > 1000.0 {
            break;
        }
    }
    out
}

/// A tick label: no decimals when the value is whole, else as few as needed (up to 2).
pub fn tick_label(v: f64) -> String {
    n(v)
}

/// Vertical grid lines at `ticks` from `top` to `bottom`, each labelled below: the value axis
/// of a horizontal chart, `x_of` placing a value.
pub fn value_grid(out: &mut Svg, ticks: &[f64], x_of: impl Fn(f64) -> f64, top: f64, bottom: f64) {
    for &t in ticks {
        let x = x_of(t);
        out.line((x, top), (x, bottom), RULE, 1.0, "");
        out.text(
            (x, bottom + 15.0),
            Anchor::Middle,
            11.0,
            MUTED,
            400,
            &tick_label(t),
        );
    }
}

impl Tone {
    /// The colour of this tone in SVG and HTML.
    pub fn hex(self) -> &'static str {
        match self {
            Tone::Plain | Tone::Strong => INK,
            Tone::Dim => GREY,
            Tone::Good => GREEN,
            Tone::Bad => RED,
            Tone::Warn => AMBER,
            Tone::Series(i) => SERIES[usize::from(i) % SERIES.len()],
        }
    }
}

/// The `<svg>` of a chart.
pub fn render(chart: &Chart) -> String {
    let (t, d) = (chart.title.as_str(), chart.desc.as_str());
    match &chart.kind {
        ChartKind::Bars { bars, scale } => bars::hbars(bars, scale, t, d),
        ChartKind::GroupedBars {
            categories,
            series,
            range,
        } => bars::grouped_hbars(categories, series, *range, t, d),
        ChartKind::Columns {
            labels,
            values,
            tones,
        } => bars::columns(labels, values, tones, t, d),
        ChartKind::Stacked(segments) => bars::stacked_bar(segments, t, d),
        ChartKind::Intervals { rows, range } => bars::intervals(rows, *range, t, d),
        ChartKind::Radar {
            axes,
            series,
            range,
            rings,
        } => plots::radar(axes, series, *range, rings, t, d),
        ChartKind::Scatter { points, axes } => plots::scatter(points, axes, t, d),
        ChartKind::Lines {
            x_labels,
            series,
            range,
        } => plots::lines(x_labels, series, *range, t, d),
    }
}

pub fn well_formed(markup: &str) -> bool {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = markup;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let Some(end) = rest.find('>') else {
            return false;
        };
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        if tag.starts_with('/') {
            if stack.pop().as_deref() != Some(name.as_str()) {
                return false;
            }
        } else if !tag.ends_with('/')
            && !matches!(
                name.as_str(),
                "meta" | "br" | "hr" | "img" | "link" | "input"
            )
        {
            stack.push(name);
        }
    }
    stack.is_empty()
}

#[cfg(test)]
mod tests;
