//! The drivers of gaps 1–4 as horizontal bars on the 1–7 scale, grouped by gap, with the midpoint
//! marked. Drawn here rather than as a shared bar chart because driver names are long ("Management
//! commitment to service quality"): the label column is as wide as the widest measured label, so
//! no name is ever clipped. The terminal has the bars in the drivers table instead.

use std::sync::Arc;

use super::{WEAK_DRIVER, construct_name, gap_title};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::doc::{Block, Drawing, Formats, Inline};
use crate::report::servqual::fmt2;
use crate::report::svg::{self, Anchor, GREEN, INK, MUTED, RED, Svg, text_px};
use crate::score::gaps::{ConstructScore, PROVIDER_GAPS};
use crate::tr;

/// A row of the chart.
#[derive(Debug, Clone)]
enum Row {
    /// A gap's heading.
    Group(String),
    /// A driver and its score.
    Bar(String, Option<f64>),
}

/// The drivers chart, its words in the report's language.
#[derive(Debug, Clone)]
pub struct DriversDrawing {
    rows: Vec<Row>,
    midpoint: String,
}

const LABEL_SIZE: f64 = 13.0;
const GROUP_SIZE: f64 = 12.0;
const PLOT_W: f64 = 360.0;
const ROW_H: f64 = 26.0;
const GROUP_H: f64 = 24.0;
const TOP: f64 = 14.0;
const AXIS_H: f64 = 28.0;

impl DriversDrawing {
    fn geometry(&self) -> (f64, f64, f64) {
        let label_w = self
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::Bar(l, _) => Some(text_px(l, LABEL_SIZE)),
                Row::Group(_) => None,
            })
            .fold(60.0, f64::max)
            + 24.0;
        let note_w = 56.0;
        let groups = self
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::Group(g) => Some(text_px(g, GROUP_SIZE) + 12.0),
                Row::Bar(..) => None,
            })
            .fold(0.0, f64::max);
        let width = (label_w + PLOT_W + note_w).max(groups);
        let height = TOP
            + self
                .rows
                .iter()
                .map(|r| match r {
                    Row::Group(_) => GROUP_H,
                    Row::Bar(..) => ROW_H,
                })
                .sum::<f64>()
            + AXIS_H;
        (label_w, width, height)
    }
}

impl Drawing for DriversDrawing {
    fn svg(&self, title: &str, desc: &str) -> String {
        let (label_w, width, height) = self.geometry();
        let mut out = Svg::new(width, height);
        let (min, max) = (1.0, 7.0);
        let x_of = |v: f64| label_w + (v.clamp(min, max) - min) / (max - min) * PLOT_W;
        let bottom = height - AXIS_H + 6.0;
        svg::value_grid(&mut out, &svg::ticks(min, max, 6), x_of, TOP, bottom);
        let mut y = TOP;
        for r in &self.rows {
            match r {
                Row::Group(g) => {
                    out.text((6.0, y + 17.0), Anchor::Start, GROUP_SIZE, MUTED, 700, g);
                    y += GROUP_H;
                }
                Row::Bar(label, value) => {
                    out.text(
                        (label_w - 10.0, y + 17.0),
                        Anchor::End,
                        LABEL_SIZE,
                        INK,
                        400,
                        label,
                    );
                    match value {
                        Some(v) if v.is_finite() => {
                            let color = if *v < WEAK_DRIVER { RED } else { GREEN };
                            out.rect(
                                x_of(min),
                                y + 5.0,
                                x_of(*v) - x_of(min),
                                ROW_H - 10.0,
                                color,
                                "rx=\"2\"",
                            );
                            out.text(
                                (label_w + PLOT_W + 8.0, y + 17.0),
                                Anchor::Start,
                                12.0,
                                INK,
                                400,
                                &fmt2(Some(*v)),
                            );
                        }
                        _ => out.text(
                            (x_of(min) + 4.0, y + 17.0),
                            Anchor::Start,
                            12.0,
                            MUTED,
                            400,
                            "n/a",
                        ),
                    }
                    y += ROW_H;
                }
            }
        }
        let x = x_of(WEAK_DRIVER);
        out.line((x, TOP), (x, bottom), INK, 1.5, "stroke-dasharray=\"4 3\"");
        out.text(
            (x + 3.0, TOP - 3.0),
            Anchor::Start,
            10.0,
            INK,
            400,
            &self.midpoint,
        );
        out.finish(title, desc)
    }

    fn text(&self, _width: usize) -> Option<Vec<Inline>> {
        // The drivers table carries the bars in the terminal.
        None
    }
}

/// The drivers chart as a block (HTML only: the terminal has bars in the table, Markdown the
/// numbers).
pub fn drivers_chart(inst: &Instrument, constructs: &[ConstructScore], lang: Lang) -> Block {
    let mut rows = Vec::new();
    let mut desc = Vec::new();
    for gap in PROVIDER_GAPS {
        let members: Vec<&ConstructScore> = constructs.iter().filter(|c| c.gap == gap).collect();
        if members.is_empty() {
            continue;
        }
        rows.push(Row::Group(gap_title(gap, lang)));
        for c in members {
            let name = construct_name(inst, &c.id, lang);
            desc.push(tr!(
                lang,
                "gaps-chart-desc",
                name = name.clone(),
                score = fmt2(c.score)
            ));
            rows.push(Row::Bar(name, c.score));
        }
    }
    Block::Only(
        Formats::HTML,
        vec![Block::Drawing {
            drawing: Arc::new(DriversDrawing {
                rows,
                midpoint: tr!(lang, "gaps-midpoint"),
            }),
            title: tr!(lang, "gaps-chart-title"),
            desc: desc.join("; "),
            caption: tr!(lang, "gaps-chart-caption"),
        }],
    )
}
