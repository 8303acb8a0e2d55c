//! The stage ladder, a drawing only the maturity report makes: five rungs, filled up to the stage
//! reached (pale when the stage is provisional), the next stage marked. In the terminal the rungs
//! grow to the right, top level first, with the markers beside them (or under them when the
//! terminal is narrow); in SVG five steps rise to the right, each with its level and status
//! written under it in a column as wide as its measured text, so no label overlaps another.

use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::doc::{Drawing, Inline, Tone};
use crate::report::svg::{AMBER, Anchor, GREEN, GREY, INK, MUTED, Svg, text_px};
use crate::report::text::{pad, width, wrap};
use crate::score::maturity::{MaturityScore, TOP_LEVEL};
use crate::tr;

/// Cells per level of a rung, at most.
const UNIT: usize = 4;

/// Pale green: the provisional stage.
const PALE_GREEN: &str = "#a7f3d0";

/// The ladder of one score, with its words in one language.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Ladder {
    /// "1 Ad hoc" … "5 Embedded", lowest first.
    labels: Vec<String>,
    /// The stage reached, or the provisional stage; 0 when none.
    reached: u8,
    /// Whether `reached` is provisional.
    provisional: bool,
    /// The next stage.
    next: Option<u8>,
    /// Terminal marker beside the stage reached.
    reached_mark: String,
    /// Terminal marker beside the next stage.
    next_mark: String,
    /// SVG status under the stage reached.
    reached_status: String,
    /// SVG status under the next stage.
    next_status: String,
}

impl Ladder {
    pub(super) fn new(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Self {
        let provisional = s.stage.is_none();
        let (reached_mark, reached_status) = if provisional {
            (
                tr!(lang, "maturity-ladder-provisional"),
                tr!(lang, "maturity-ladder-svg-provisional"),
            )
        } else {
            (
                tr!(lang, "maturity-ladder-reached"),
                tr!(lang, "maturity-ladder-svg-reached"),
            )
        };
        let n = s.blocking.len();
        let first = s
            .blocking
            .first()
            .map(|b| inst.group_name(&b.id, lang))
            .unwrap_or_default();
        Self {
            labels: (1..=TOP_LEVEL)
                .map(|l| super::level_label(inst, l, lang))
                .collect(),
            reached: s.stage.or(s.provisional_stage).unwrap_or(0),
            provisional,
            next: s.next_stage,
            reached_mark,
            next_mark: tr!(lang, "maturity-ladder-next", n = n, name = first),
            reached_status,
            next_status: tr!(lang, "maturity-ladder-svg-next", n = n),
        }
    }

    /// The terminal marker of `level` and its tone, if it has one.
    fn mark(&self, level: u8) -> Option<(&str, Tone)> {
        if level == self.reached {
            Some((&self.reached_mark, Tone::Strong))
        } else if Some(level) == self.next {
            Some((&self.next_mark, Tone::Warn))
        } else {
            None
        }
    }

    /// The SVG status line of `level`.
    fn status(&self, level: u8) -> &str {
        if level == self.reached {
            &self.reached_status
        } else if Some(level) == self.next {
            &self.next_status
        } else {
            ""
        }
    }
}

impl Drawing for Ladder {
    fn text(&self, w: usize) -> Option<Vec<Inline>> {
        let name_w = self.labels.iter().map(|l| width(l)).max().unwrap_or(0);
        let levels = usize::from(TOP_LEVEL);
        // Room for the rungs beside the names; nothing fits below one cell per level.
        let room = w.checked_sub(2 + name_w + 2)?;
        if room < levels {
            return None;
        }
        let mark_w = (1..=TOP_LEVEL)
            .filter_map(|l| self.mark(l))
            .map(|(m, _)| width(m))
            .max()
            .unwrap_or(0);
        // The widest rungs that leave the markers beside them; else markers go underneath.
        let beside = (1..=UNIT).rev().find(|u| u * levels + 2 + mark_w <= room);
        let unit = beside.unwrap_or_else(|| (room / levels).clamp(1, UNIT));
        // Markers under their rungs start under the rungs, or nearer the edge when narrow; a
        // word that fits nowhere means the ladder does not fit.
        let under = if w >= 2 + name_w + 2 + 20 {
            2 + name_w + 2
        } else {
            4
        };
        let longest_word = (1..=TOP_LEVEL)
            .filter_map(|l| self.mark(l))
            .flat_map(|(m, _)| m.split(' ').map(width).collect::<Vec<_>>())
            .max()
            .unwrap_or(0);
        if beside.is_none() && under + longest_word > w {
            return None;
        }
        let mut out = Vec::new();
        for level in (1..=TOP_LEVEL).rev() {
            let cells = usize::from(level) * unit;
            let rung = if level <= self.reached {
                let fill = if self.provisional { "▒" } else { "█" };
                (fill.repeat(cells), Tone::Good)
            } else {
                ("░".repeat(cells), Tone::Dim)
            };
            let label = &self.labels[usize::from(level) - 1];
            let mut line = Inline::plain(format!("  {}  ", pad(label, name_w)))
                .then(rung.0, rung.1)
                .then(" ".repeat(levels * unit - cells), Tone::Plain);
            match (self.mark(level), beside) {
                (Some((m, tone)), Some(_)) => {
                    line = line.then("  ", Tone::Plain).then(m, tone);
                    out.push(line);
                }
                (Some((m, tone)), None) => {
                    out.push(line);
                    for l in wrap(m, w - under) {
                        out.push(Inline::plain(" ".repeat(under)).then(l, tone));
                    }
                }
                (None, _) => out.push(line),
            }
        }
        Some(out)
    }

    fn svg(&self, title: &str, desc: &str) -> String {
        const MARGIN: f64 = 16.0;
        const GAP: f64 = 6.0;
        const STEP_H: f64 = 28.0;
        const LABEL: f64 = 13.0;
        const STATUS: f64 = 12.0;
        // Each step is as wide as the widest text under any step (bold counted a tenth wider),
        // so every label and status sits inside its own column.
        let col = (1..=TOP_LEVEL)
            .map(|l| {
                let label = text_px(&self.labels[usize::from(l) - 1], LABEL) * 1.1;
                label.max(text_px(self.status(l), STATUS) * 1.1)
            })
            .fold(96.0, f64::max)
            + 12.0;
        let levels = f64::from(TOP_LEVEL);
        let top = MARGIN;
        let base = top + STEP_H * levels;
        let width = 2.0 * MARGIN + levels * col + (levels - 1.0) * GAP;
        let height = base + 18.0 + 18.0 + MARGIN;
        let mut svg = Svg::new(width, height);
        for level in 1..=TOP_LEVEL {
            let left = MARGIN + f64::from(level - 1) * (col + GAP);
            let h = STEP_H * f64::from(level);
            let (fill, stroke, dash) = if level <= self.reached {
                (if self.provisional { PALE_GREEN } else { GREEN }, GREEN, "")
            } else if Some(level) == self.next {
                ("#fffbeb", AMBER, " stroke-dasharray=\"5 3\"")
            } else {
                ("#f3f4f6", GREY, "")
            };
            svg.rect(
                left,
                base - h,
                col,
                h,
                fill,
                &format!("stroke=\"{stroke}\" stroke-width=\"1.5\"{dash}"),
            );
            let centre = left + col / 2.0;
            let strong = level == self.reached;
            svg.text(
                (centre, base + 18.0),
                Anchor::Middle,
                LABEL,
                INK,
                if strong { 700 } else { 400 },
                &self.labels[usize::from(level) - 1],
            );
            let status = self.status(level);
            if !status.is_empty() {
                let color = if strong { GREEN } else { AMBER };
                svg.text(
                    (centre, base + 36.0),
                    Anchor::Middle,
                    STATUS,
                    if color == GREEN && self.provisional {
                        MUTED
                    } else {
                        color
                    },
                    700,
                    status,
                );
            }
        }
        svg.finish(title, desc)
    }
}
