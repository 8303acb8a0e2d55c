//! The zone of tolerance drawn: per dimension a band from adequate to desired service with
//! perceived service marked, coloured by where it falls — in SVG with measured label widths, and
//! in terminal characters (`░` outside the zone, `▒` the zone, `●` perceived) fitted to the width.

use super::{fmt2, position_name, scale_of};
use crate::lang::Lang;
use crate::report::doc::{Drawing, Inline, Tone};
use crate::report::svg::{self, Anchor, BLUE, GREEN, GREY, INK, RED, Svg, text_px};
use crate::report::text::{pad, width, wrap};
use crate::score::servqual::{ServqualScore, ZonePosition};
use crate::tr;

/// One dimension's row.
#[derive(Debug, Clone)]
struct Row {
    name: String,
    adequate: Option<f64>,
    desired: Option<f64>,
    perceived: Option<f64>,
    zone: Option<ZonePosition>,
    position: String,
}

/// The zone of tolerance of every dimension, with the words it writes already in the report's
/// language.
#[derive(Debug, Clone)]
pub struct ZoneDrawing {
    rows: Vec<Row>,
    range: (f64, f64),
    heading: String,
    legend: [String; 4],
}

impl ZoneDrawing {
    /// The drawing of `s`'s dimensions, named `names` (in dimension order).
    pub fn new(s: &ServqualScore, names: Vec<String>, lang: Lang) -> Self {
        let rows = s
            .dimensions
            .iter()
            .zip(names)
            .map(|(d, name)| Row {
                name,
                adequate: d.adequate,
                desired: d.expected,
                perceived: d.perceived,
                zone: d.zone,
                position: position_name(d.zone, false, lang),
            })
            .collect();
        Self {
            rows,
            range: scale_of(s),
            heading: tr!(lang, "servqual-zone-heading"),
            legend: [
                tr!(lang, "servqual-zone-legend-band"),
                tr!(lang, "servqual-zone-legend-within"),
                tr!(lang, "servqual-zone-legend-below"),
                tr!(lang, "servqual-zone-legend-above"),
            ],
        }
    }
}

fn tone(z: Option<ZonePosition>) -> Tone {
    match z {
        Some(ZonePosition::Below) => Tone::Bad,
        Some(ZonePosition::Above) => Tone::Good,
        _ => Tone::Series(0),
    }
}

fn color(z: Option<ZonePosition>) -> &'static str {
    match z {
        Some(ZonePosition::Below) => RED,
        Some(ZonePosition::Above) => GREEN,
        _ => BLUE,
    }
}

impl Drawing for ZoneDrawing {
    fn svg(&self, title: &str, desc: &str) -> String {
        let (lo, hi) = self.range;
        let label_w = self
            .rows
            .iter()
            .map(|r| text_px(&r.name, 13.0))
            .fold(60.0, f64::max)
            + 16.0;
        let position_w = self
            .rows
            .iter()
            .map(|r| text_px(&r.position, 12.0))
            .fold(40.0, f64::max)
            + 16.0;
        let plot_w = 420.0;
        let row_h = 30.0;
        let top = 8.0;
        let height = top + self.rows.len() as f64 * row_h + 30.0;
        let mut out = Svg::new(label_w + plot_w + position_w, height);
        let x_of = |v: f64| label_w + (v.clamp(lo, hi) - lo) / (hi - lo).max(f64::EPSILON) * plot_w;
        let bottom = height - 22.0;
        svg::value_grid(&mut out, &svg::ticks(lo, hi, 8), x_of, top, bottom);
        for (k, r) in self.rows.iter().enumerate() {
            let y = top + k as f64 * row_h;
            out.text(
                (label_w - 8.0, y + 19.0),
                Anchor::End,
                13.0,
                INK,
                400,
                &r.name,
            );
            if let (Some(a), Some(d)) = (r.adequate, r.desired) {
                let (x0, x1) = (x_of(a.min(d)), x_of(a.max(d)));
                out.rect(
                    x0,
                    y + 8.0,
                    (x1 - x0).max(2.0),
                    row_h - 16.0,
                    GREY,
                    "rx=\"3\" fill-opacity=\"0.45\"",
                );
            }
            if let Some(p) = r.perceived {
                out.circle(
                    (x_of(p), y + row_h / 2.0),
                    6.0,
                    color(r.zone),
                    Some(&format!("P {}", fmt2(Some(p)))),
                );
            }
            out.text(
                (label_w + plot_w + 8.0, y + 19.0),
                Anchor::Start,
                12.0,
                color(r.zone),
                400,
                &r.position,
            );
        }
        format!(
            "{}\n{}",
            out.finish(title, desc),
            svg::legend(&[
                (self.legend[0].as_str(), GREY),
                (self.legend[1].as_str(), BLUE),
                (self.legend[2].as_str(), RED),
                (self.legend[3].as_str(), GREEN),
            ])
        )
    }

    fn text(&self, w: usize) -> Option<Vec<Inline>> {
        let (lo, hi) = self.range;
        let mut out: Vec<Inline> = wrap(&self.heading, w)
            .into_iter()
            .map(|l| Inline::toned(l, Tone::Strong))
            .collect();
        let figures = |r: &Row| {
            format!(
                "A {}  D {}  P {}  {}",
                fmt2(r.adequate),
                fmt2(r.desired),
                fmt2(r.perceived),
                r.position
            )
        };
        let name_w = self
            .rows
            .iter()
            .map(|r| width(&r.name))
            .max()
            .unwrap_or(0)
            .min(w / 3);
        let fig_w = self
            .rows
            .iter()
            .map(|r| width(&figures(r)))
            .max()
            .unwrap_or(0);
        // Figures beside the track when a track of 10 cells still fits, else under it.
        let beside = 2 + name_w + 2 + 10 + 2 + fig_w <= w;
        let cells = if beside {
            (w - (2 + name_w + 2 + 2 + fig_w)).min(28)
        } else {
            w.saturating_sub(2 + name_w + 2).clamp(4, 28)
        };
        for r in &self.rows {
            let at = |v: Option<f64>| {
                v.map(|v| {
                    (((v - lo) / (hi - lo).max(f64::EPSILON)).clamp(0.0, 1.0) * (cells - 1) as f64)
                        .round() as usize
                })
            };
            let (a, d, p) = (at(r.adequate), at(r.desired), at(r.perceived));
            let track: String = (0..cells)
                .map(|i| {
                    if Some(i) == p {
                        '●'
                    } else if a
                        .zip(d)
                        .is_some_and(|(a, d)| i >= a.min(d) && i <= a.max(d))
                    {
                        '▒'
                    } else {
                        '░'
                    }
                })
                .collect();
            let name = cut(&r.name, name_w);
            let mut line =
                Inline::plain(format!("  {}  ", pad(&name, name_w))).then(track, tone(r.zone));
            if beside {
                line = line.then(format!("  {}", figures(r)), Tone::Plain);
                out.push(line);
            } else {
                out.push(line);
                let indent = " ".repeat(2 + name_w + 2);
                for l in wrap(&figures(r), w.saturating_sub(indent.len()).max(10)) {
                    out.push(Inline::plain(format!("{indent}{l}")));
                }
            }
        }
        Some(out)
    }
}

/// `s` cut to `w` columns with an ellipsis.
fn cut(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut out = String::new();
    for ch in s.chars() {
        if width(&out) + width(ch.encode_utf8(&mut [0; 4])) + 1 > w {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}
