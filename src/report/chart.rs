//! Chart specifications: what a chart shows, not how. The HTML writer draws them as inline SVG
//! ([`super::svg`]); the terminal writer draws those that read well in characters
//! ([`super::plot`]) and leaves the others to the tables beside them.

use super::doc::Tone;

/// A chart with its accessible title and description, and a caption.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Accessible name (the SVG's `<title>`).
    pub title: String,
    /// Accessible description (`<desc>`): what the chart shows, in words.
    pub desc: String,
    /// The caption under the chart (may be empty).
    pub caption: String,
    /// What is drawn.
    pub kind: ChartKind,
}

impl Chart {
    /// Every label of the chart passed through `f`.
    pub fn map_text(&mut self, f: &impl Fn(&str) -> String) {
        let all = |v: &mut Vec<String>| v.iter_mut().for_each(|s| *s = f(s));
        self.title = f(&self.title);
        self.desc = f(&self.desc);
        self.caption = f(&self.caption);
        match &mut self.kind {
            ChartKind::Bars { bars, scale } => {
                for b in bars {
                    b.label = f(&b.label);
                    b.note = f(&b.note);
                    if let Some(g) = &mut b.group {
                        *g = f(g);
                    }
                }
                if let Some((_, l)) = &mut scale.mark {
                    *l = f(l);
                }
            }
            ChartKind::GroupedBars {
                categories, series, ..
            }
            | ChartKind::Radar {
                axes: categories,
                series,
                ..
            }
            | ChartKind::Lines {
                x_labels: categories,
                series,
                ..
            } => {
                all(categories);
                for s in series.iter_mut() {
                    s.name = f(&s.name);
                }
            }
            ChartKind::Columns { labels, .. } => all(labels),
            ChartKind::Stacked(segments) => {
                for s in segments.iter_mut() {
                    s.label = f(&s.label);
                }
            }
            ChartKind::Intervals { rows, .. } => {
                for r in rows.iter_mut() {
                    r.label = f(&r.label);
                }
            }
            ChartKind::Scatter { points, axes } => {
                for p in points.iter_mut() {
                    p.label = f(&p.label);
                }
                axes.x_title = f(&axes.x_title);
                axes.y_title = f(&axes.y_title);
                axes.quadrants.iter_mut().for_each(|q| *q = f(q));
            }
        }
    }
}

/// The kinds of chart.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    /// Horizontal bars from 0 (left or right for signed scales).
    Bars {
        /// The bars.
        bars: Vec<Bar>,
        /// The axis.
        scale: BarScale,
    },
    /// Bars grouped by category, one per series (expectation vs perception; roles).
    GroupedBars {
        /// Category labels.
        categories: Vec<String>,
        /// One value per category in each series.
        series: Vec<Series>,
        /// Axis range.
        range: (f64, f64),
    },
    /// Vertical columns, one per label (answers per scale point).
    Columns {
        /// Column labels.
        labels: Vec<String>,
        /// Heights.
        values: Vec<f64>,
        /// One tone per column.
        tones: Vec<Tone>,
    },
    /// One 100% stacked bar (detractors · passives · promoters).
    Stacked(Vec<Segment>),
    /// Point estimates with 95% interval whiskers on one axis.
    Intervals {
        /// The estimates.
        rows: Vec<Estimate>,
        /// Axis range.
        range: (f64, f64),
    },
    /// A radar: one axis per label, `range.0` at the centre, rings at `rings`.
    Radar {
        /// Axis labels.
        axes: Vec<String>,
        /// One value per axis in each series.
        series: Vec<Series>,
        /// Value range.
        range: (f64, f64),
        /// Values of the rings drawn.
        rings: Vec<f64>,
    },
    /// Labelled points, with optional quadrants.
    Scatter {
        /// The points.
        points: Vec<Point>,
        /// Axes, split and quadrant names.
        axes: ScatterAxes,
    },
    /// Lines over ordered x labels (waves in time order).
    Lines {
        /// x labels.
        x_labels: Vec<String>,
        /// One value per x label in each series.
        series: Vec<Series>,
        /// y range.
        range: (f64, f64),
    },
}

/// One bar of [`ChartKind::Bars`].
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Label left of the bar.
    pub label: String,
    /// The value; `None` draws no bar and writes "n/a".
    pub value: Option<f64>,
    /// Bar colour.
    pub tone: Tone,
    /// Text written after the bar (e.g. "72.5 ✓"); empty writes the value.
    pub note: String,
    /// A group heading drawn above this bar (e.g. the tier), if any.
    pub group: Option<String>,
}

/// The axis of [`ChartKind::Bars`].
#[derive(Debug, Clone, PartialEq)]
pub struct BarScale {
    /// Axis minimum (negative for signed values such as gaps; bars grow from 0).
    pub min: f64,
    /// Axis maximum.
    pub max: f64,
    /// A reference line (e.g. the pass mark) and its label.
    pub mark: Option<(f64, String)>,
}

/// A series of values, one per category or x position.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Name shown in the legend.
    pub name: String,
    /// Colour.
    pub tone: Tone,
    /// One value per category (or x position), `None` when undefined.
    pub values: Vec<Option<f64>>,
}

/// One segment of [`ChartKind::Stacked`].
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Label written in (or under) the segment.
    pub label: String,
    /// Its size (any unit; shares are computed from the total).
    pub value: f64,
    /// Colour.
    pub tone: Tone,
}

/// One estimate of [`ChartKind::Intervals`].
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    /// Label left of the axis.
    pub label: String,
    /// The point estimate.
    pub value: Option<f64>,
    /// The interval, when there is one.
    pub interval: Option<(f64, f64)>,
    /// Colour of the point.
    pub tone: Tone,
}

/// One labelled point of [`ChartKind::Scatter`].
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Label written beside the point.
    pub label: String,
    /// x value.
    pub x: f64,
    /// y value.
    pub y: f64,
    /// Colour.
    pub tone: Tone,
}

/// Axes, split and quadrant names of [`ChartKind::Scatter`].
#[derive(Debug, Clone, PartialEq)]
pub struct ScatterAxes {
    /// x range.
    pub x: (f64, f64),
    /// y range.
    pub y: (f64, f64),
    /// x axis title.
    pub x_title: String,
    /// y axis title.
    pub y_title: String,
    /// Where the plot is split into quadrants (x, y), if it is.
    pub split: Option<(f64, f64)>,
    /// Quadrant names: top-left, top-right, bottom-left, bottom-right.
    pub quadrants: [String; 4],
}
