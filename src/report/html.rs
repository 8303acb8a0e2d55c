//! The HTML page shell and the SVG chart helpers every kind's HTML body uses.
//!
//! The page is ONE self-contained file: inline CSS, inline SVG, no scripts, no fonts, no images,
//! no links to anything. A Content-Security-Policy in the page forbids every fetch, so a chart
//! that tried to load something would show up as a console error in the browser test
//! (`tests/browser/check.py`) rather than silently reaching the network. Print styles keep
//! charts and tables whole on a page and print their colours.
//!
//! Charts are plain functions from figures to an `<svg>` string. They are deterministic (same
//! input, same bytes: coordinates go through [`n`], no ids from counters or clocks), accessible
//! (`role="img"` with a `<title>` and a text description) and readable in print (text in the
//! chart, not only colour). Bodies may use any CSS class defined in [`CSS`].

use std::fmt::Write as _;

use super::escape_html;
use super::text::width;
use crate::lang::Lang;

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

/// The page's style sheet.
pub const CSS: &str = r#"
:root { color-scheme: light; --ink: #111827; --muted: #6b7280; --rule: #e5e7eb; --soft: #f9fafb; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
       color: var(--ink); background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; line-height: 1.25; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { font-weight: 600; background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ok { color: #047857; } .bad { color: #b91c1c; } .warn { color: #b45309; }
.callout { border-left: 4px solid #d97706; background: #fffbeb; padding: .5rem 1rem; margin: 1rem 0; }
.callout.info { border-color: #2563eb; background: #eff6ff; }
.callout p { margin: .25rem 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; margin: 1rem 0; }
.card { border: 1px solid var(--rule); border-radius: .5rem; padding: .75rem 1rem; background: var(--soft); }
.card .label { color: var(--muted); font-size: .9rem; }
.card .big { font-size: 2rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.2; }
.card .small { font-size: .85rem; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .85rem; color: var(--muted); margin: .25rem 0; }
.legend .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: .15rem; margin-right: .3rem; vertical-align: -.1rem; }
figure { margin: 1rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
svg { max-width: 100%; height: auto; display: block; }
svg text { font-family: inherit; }
ol.priorities li, ul.method li { margin: .2rem 0; }
ul.method { color: var(--muted); font-size: .9rem; }
blockquote { margin: .25rem 0 .5rem; padding-left: .75rem; border-left: 3px solid var(--rule); }
blockquote .who { color: var(--muted); font-size: .85rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
@page { margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure, table, .callout, .cards, svg, blockquote { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .card { background: none; }
}
"#;

/// The Content-Security-Policy of every page: nothing may be fetched, no script may run.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// A complete HTML document around `body`.
pub fn page(title: &str, lang: Lang, body: &str) -> String {
    let html_lang = match lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"color-scheme\" content=\"light\">\n\
<meta name=\"generator\" content=\"cxassess {}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{}\n</main>\n\
<footer>{} cxassess {} · {}</footer>\n</body>\n</html>\n",
        super::VERSION,
        escape_html(title),
        body.trim_end(),
        lang.pick("Generated by", "生成工具:"),
        super::VERSION,
        lang.pick(
            "a self-contained file: no network, no external files",
            "独立文件:不联网,不依赖外部文件"
        )
    )
}

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

/// Approximate rendered width of `s` in pixels at `size` px (wide characters count double).
pub fn text_px(s: &str, size: f64) -> f64 {
    width(s) as f64 * size * 0.56
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

/// One bar of a horizontal bar chart.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Label left of the bar.
    pub label: String,
    /// The value; `None` draws no bar and writes "n/a".
    pub value: Option<f64>,
    /// Bar colour.
    pub color: String,
    /// Text written after the bar (e.g. "72.5 ✓"); empty writes the value.
    pub note: String,
    /// A group heading drawn above this bar (e.g. the tier), if any.
    pub group: Option<String>,
}

/// Options of [`hbars`].
#[derive(Debug, Clone)]
pub struct BarScale {
    /// Axis minimum (negative for signed values such as gaps; bars grow from 0).
    pub min: f64,
    /// Axis maximum.
    pub max: f64,
    /// A reference line (e.g. the pass mark) and its label.
    pub mark: Option<(f64, String)>,
}

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
    for t in ticks(scale.min, scale.max, 5) {
        let x = x_of(t);
        svg.line((x, top), (x, plot_bottom), RULE, 1.0, "");
        svg.text(
            (x, plot_bottom + 15.0),
            Anchor::Middle,
            11.0,
            MUTED,
            400,
            &tick_label(t),
        );
    }
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
            b.value
                .map_or_else(|| "n/a".to_string(), |v| super::text::fmt1(Some(v)))
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
                svg.rect(x0, y + 5.0, w, row_h - 10.0, &b.color, "rx=\"2\"");
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

/// A series of values, one per category.
#[derive(Debug, Clone)]
pub struct Series {
    /// Name shown in the legend.
    pub name: String,
    /// Colour.
    pub color: String,
    /// One value per category (or per x position), `None` when undefined.
    pub values: Vec<Option<f64>>,
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
    for t in ticks(min, max, 6) {
        let x = x_of(t);
        svg.line((x, top), (x, plot_bottom), RULE, 1.0, "");
        svg.text(
            (x, plot_bottom + 15.0),
            Anchor::Middle,
            11.0,
            MUTED,
            400,
            &tick_label(t),
        );
    }
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
                svg.rect(x0, y, w, bar_h - 2.0, &s.color, "");
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
        .map(|s| (s.name.as_str(), s.color.as_str()))
        .collect();
    format!("{}\n{}", legend(&items), svg.finish(title, desc))
}

/// Vertical columns, one per label (e.g. answers per scale point), each with its own colour.
pub fn columns(
    labels: &[String],
    values: &[f64],
    colors: &[&str],
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
        let color = colors.get(i).copied().unwrap_or(BLUE);
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

/// One segment of a stacked bar.
#[derive(Debug, Clone)]
pub struct Segment {
    /// Label written in (or under) the segment.
    pub label: String,
    /// Its size (any unit; shares are computed from the total).
    pub value: f64,
    /// Colour.
    pub color: String,
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
        svg.rect(x, 8.0, w, 28.0, &s.color, "");
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

/// One estimate with its interval, for [`intervals`].
#[derive(Debug, Clone)]
pub struct Estimate {
    /// Label left of the axis.
    pub label: String,
    /// The point estimate.
    pub value: Option<f64>,
    /// The interval, when there is one.
    pub interval: Option<(f64, f64)>,
    /// Colour of the point.
    pub color: String,
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
            svg.line((x_of(lo), cy), (x_of(hi), cy), &r.color, 2.0, "");
            svg.line(
                (x_of(lo), cy - 6.0),
                (x_of(lo), cy + 6.0),
                &r.color,
                2.0,
                "",
            );
            svg.line(
                (x_of(hi), cy - 6.0),
                (x_of(hi), cy + 6.0),
                &r.color,
                2.0,
                "",
            );
        }
        match r.value {
            Some(v) if v.is_finite() => svg.circle(
                (x_of(v), cy),
                6.0,
                &r.color,
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

/// A radar (spider) chart: one axis per label, `min` at the centre, rings at `rings`. Includes its
/// legend when there is more than one series.
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
            &s.color,
            &format!(
                "fill-opacity=\"0.18\" stroke=\"{}\" stroke-width=\"2\"",
                s.color
            ),
        );
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                svg.circle(
                    point(i, *v),
                    3.5,
                    &s.color,
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
            .map(|s| (s.name.as_str(), s.color.as_str()))
            .collect();
        format!("{}\n{chart}", legend(&items))
    } else {
        chart
    }
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
                        svg.polyline(&run, &s.color, 2.0);
                    }
                    run.clear();
                }
            }
        }
        if run.len() > 1 {
            svg.polyline(&run, &s.color, 2.0);
        }
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v.filter(|v| v.is_finite()) {
                let label = x_labels.get(i).map_or("", String::as_str);
                svg.circle(
                    (x_of(i), y_of(v)),
                    3.5,
                    &s.color,
                    Some(&format!("{} {label}: {v:.1}", s.name)),
                );
            }
        }
    }
    let items: Vec<(&str, &str)> = series
        .iter()
        .map(|s| (s.name.as_str(), s.color.as_str()))
        .collect();
    format!("{}\n{}", legend(&items), svg.finish(title, desc))
}

/// Every element opened is closed, in order: a cheap well-formedness check of generated markup
/// (void HTML elements such as `<meta>` excepted), for the tests of every HTML body.
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
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_never_negative_zero() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.345), "12.35");
        assert_eq!(n(-0.001), "0");
        assert_eq!(n(f64::NAN), "0");
    }

    #[test]
    fn ticks_are_nice() {
        assert_eq!(
            ticks(0.0, 100.0, 5),
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
        );
        assert_eq!(
            ticks(-100.0, 100.0, 4),
            vec![-100.0, -50.0, 0.0, 50.0, 100.0]
        );
        assert_eq!(ticks(0.0, 1.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(ticks(1.0, 1.0, 5), vec![1.0]);
    }

    #[test]
    fn charts_are_well_formed_escaped_and_deterministic() {
        let bars = vec![
            Bar {
                label: "Respect & <trust>".into(),
                value: Some(72.5),
                color: BLUE.into(),
                note: String::new(),
                group: Some("Basic".into()),
            },
            Bar {
                label: "尊重体验".into(),
                value: None,
                color: GREEN.into(),
                note: String::new(),
                group: None,
            },
            Bar {
                label: "Gap".into(),
                value: Some(-1.2),
                color: RED.into(),
                note: "-1.2".into(),
                group: None,
            },
        ];
        let scale = BarScale {
            min: -2.0,
            max: 100.0,
            mark: Some((60.0, "pass 60".into())),
        };
        let a = hbars(&bars, &scale, "t", "d");
        assert_eq!(a, hbars(&bars, &scale, "t", "d"));
        assert!(well_formed(&a), "{a}");
        assert!(a.contains("Respect &amp; &lt;trust&gt;"));
        assert!(a.contains("n/a"));
        let series = vec![
            Series {
                name: "E".into(),
                color: BLUE.into(),
                values: vec![Some(6.0), None, Some(5.5)],
            },
            Series {
                name: "P".into(),
                color: AMBER.into(),
                values: vec![Some(5.0), Some(4.0), None],
            },
        ];
        let cats: Vec<String> = ["a", "b", "c"].iter().map(|s| (*s).to_string()).collect();
        for svg in [
            grouped_hbars(&cats, &series, (1.0, 7.0), "t", "d"),
            radar(&cats, &series, (1.0, 7.0), &[2.0, 4.0, 6.0], "t", "d"),
            lines(&cats, &series, (0.0, 7.0), "t", "d"),
            columns(&cats, &[1.0, 0.0, 3.0], &[BLUE, GREEN], "t", "d"),
            stacked_bar(
                &[
                    Segment {
                        label: "a".into(),
                        value: 2.0,
                        color: RED.into(),
                    },
                    Segment {
                        label: "b".into(),
                        value: 0.0,
                        color: GREY.into(),
                    },
                ],
                "t",
                "d",
            ),
            stacked_bar(&[], "t", "d"),
            intervals(
                &[Estimate {
                    label: "NPS".into(),
                    value: Some(20.0),
                    interval: Some((-30.0, 61.0)),
                    color: BLUE.into(),
                }],
                (-100.0, 100.0),
                "t",
                "d",
            ),
        ] {
            assert!(well_formed(&svg), "{svg}");
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        }
    }

    #[test]
    fn the_page_is_self_contained() {
        let p = page("T <1>", Lang::Zh, "<h1>x</h1>");
        assert!(p.starts_with("<!DOCTYPE html>"));
        assert!(p.contains("lang=\"zh-CN\""));
        assert!(p.contains("T &lt;1&gt;"));
        assert!(p.contains("default-src 'none'"));
        for forbidden in ["<script", "<link", "@import", "url(", "http://", "https://"] {
            let without_svg_ns = p.replace("http://www.w3.org/2000/svg", "");
            assert!(!without_svg_ns.contains(forbidden), "{forbidden}");
        }
        assert!(well_formed(&p));
    }
}
