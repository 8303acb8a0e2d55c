//! The drawn pyramid: tiers stacked basic at the bottom, each in its tier's colour, solid when
//! achieved and pale (hatched in SVG, shaded in the terminal) when not, with the tier's score
//! written in. The overall pyramid lists each tier's experiences beside it; the viewpoint
//! drawing puts one pyramid per role side by side (SVG only: the terminal has the table).

use super::{achieved_word, coverage, level_name, tier_name, tier_tone};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::doc::{Drawing, Inline, Tone};
use crate::report::svg::{self, Anchor, INK, MUTED, RED, Svg, text_px};
use crate::report::text::{fmt1, pad, pad_left, width, wrap};
use crate::score::pyramid::{PyramidScore, TIERS};
use crate::tr;

/// One experience as listed beside its tier.
#[derive(Debug, Clone)]
struct Member {
    name: String,
    score: Option<f64>,
    passed: bool,
}

/// One tier as drawn.
#[derive(Debug, Clone)]
struct Band {
    tier: &'static str,
    name: String,
    score: Option<f64>,
    achieved: bool,
    status: String,
    coverage: Option<String>,
    members: Vec<Member>,
}

/// The tiers of one view, bottom first.
fn bands(inst: &Instrument, s: &PyramidScore, lang: Lang) -> Vec<Band> {
    TIERS
        .iter()
        .map(|tier| {
            let t = s.tiers.iter().find(|t| t.id == *tier);
            let achieved = t.is_some_and(|t| t.achieved);
            Band {
                tier,
                name: tier_name(tier, lang).to_string(),
                score: t.and_then(|t| t.score),
                achieved,
                status: achieved_word(achieved, lang),
                coverage: t.and_then(|t| coverage(t, lang)),
                members: s
                    .experiences
                    .iter()
                    .filter(|e| e.tier == *tier)
                    .map(|e| Member {
                        name: inst.group_name(&e.id, lang),
                        score: e.score,
                        passed: e.passed,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// A pyramid drawing: the overall one (with its experiences listed), or one per role.
#[derive(Debug, Clone)]
pub struct Pyramid {
    /// (panel title, id of its hatch patterns, tiers) per pyramid.
    panels: Vec<(Option<String>, String, Vec<Band>)>,
    /// Whether the experiences are listed beside the tiers.
    detail: bool,
}

impl Pyramid {
    /// The overall pyramid, experiences listed beside it.
    pub fn overall(inst: &Instrument, s: &PyramidScore, lang: Lang) -> Self {
        Self {
            panels: vec![(None, "pyr".into(), bands(inst, s, lang))],
            detail: true,
        }
    }

    /// One pyramid per role, side by side, each titled with the role and its level.
    pub fn roles(inst: &Instrument, roles: &[(String, &PyramidScore)], lang: Lang) -> Self {
        Self {
            panels: roles
                .iter()
                .enumerate()
                .map(|(i, (r, rs))| {
                    let title = tr!(
                        lang,
                        "pyramid-role-level",
                        role = crate::report::parts::role_name(r, lang),
                        level = level_name(rs.level.as_deref(), lang)
                    );
                    (Some(title), format!("pyr-role{i}"), bands(inst, rs, lang))
                })
                .collect(),
            detail: false,
        }
    }

    /// What the drawing shows, in words (its accessible description): each tier from the top.
    pub fn desc(&self) -> String {
        let mut out = Vec::new();
        for (title, _, bands) in &self.panels {
            let tiers: Vec<String> = bands
                .iter()
                .rev()
                .map(|b| {
                    let cov = b
                        .coverage
                        .as_ref()
                        .map(|c| format!(" {c}"))
                        .unwrap_or_default();
                    format!("{} {}{cov} {}", b.name, fmt1(b.score), b.status)
                })
                .collect();
            match title {
                Some(t) => out.push(format!("{t}: {}", tiers.join(", "))),
                None => out.push(tiers.join("; ")),
            }
        }
        out.join("; ")
    }
}

/// Hex colours of a tier: (solid, pale fill).
fn tier_hex(tier: &str) -> (&'static str, &'static str) {
    match tier {
        "basic" => (svg::BLUE, "#dbeafe"),
        "performance" => (svg::GREEN, "#d1fae5"),
        _ => (svg::MAGENTA, "#fae8ff"),
    }
}

/// Geometry of one drawn pyramid.
const BASE_W: f64 = 440.0;
const TOP_W: f64 = 64.0;
const GAP: f64 = 6.0;
const LINE_H: f64 = 18.0;

/// The font size at which `s` fits in `room` pixels: `size`, or smaller. Bold text and symbols
/// run wider than [`text_px`] estimates for regular text, hence the margin.
pub(super) fn fitted(s: &str, size: f64, room: f64) -> f64 {
    let w = text_px(s, size) * 1.15;
    if w <= room { size } else { size * room / w }
}

impl Pyramid {
    /// The height of a tier's band: room for its text, and for its list of experiences.
    fn band_h(&self) -> f64 {
        let most = self
            .panels
            .iter()
            .flat_map(|(_, _, b)| b.iter().map(|b| b.members.len()))
            .max()
            .unwrap_or(0) as f64;
        if self.detail {
            (most * LINE_H + 16.0).max(106.0)
        } else {
            106.0
        }
    }

    /// Draws one pyramid with its top-left corner at (`x`, `y`); returns the width used.
    fn draw(&self, out: &mut Svg, (x, y): (f64, f64), id: &str, bands: &[Band]) -> f64 {
        let band = self.band_h();
        let height = 3.0 * band + 2.0 * GAP;
        let cx = x + BASE_W / 2.0;
        let bottom = y + height;
        let half_at = |yy: f64| {
            let t = (bottom - yy) / height;
            (BASE_W + (TOP_W - BASE_W) * t) * 0.5
        };
        let list_x = x + BASE_W + 28.0;
        let list_w = bands
            .iter()
            .flat_map(|b| &b.members)
            .map(|m| text_px(&m.name, 13.0) + 14.0 + text_px("100.0 ✓", 13.0) * 1.1)
            .fold(160.0, f64::max);
        for (i, b) in bands.iter().enumerate() {
            let (solid, pale) = tier_hex(b.tier);
            let y1 = bottom - i as f64 * (band + GAP);
            let y0 = y1 - band;
            let (h1, h0) = (half_at(y1), half_at(y0));
            let pts = [(cx - h1, y1), (cx + h1, y1), (cx + h0, y0), (cx - h0, y0)];
            if b.achieved {
                out.polygon(&pts, solid, "");
            } else {
                let pattern = format!("{id}-hatch-{}", b.tier);
                out.def(&format!(
                    "<pattern id=\"{pattern}\" patternUnits=\"userSpaceOnUse\" width=\"9\" height=\"9\" patternTransform=\"rotate(45)\"><rect width=\"9\" height=\"9\" fill=\"{pale}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"9\" stroke=\"{solid}\" stroke-width=\"2\" stroke-opacity=\"0.28\"/></pattern>"
                ));
                out.polygon(
                    &pts,
                    &format!("url(#{pattern})"),
                    &format!("stroke=\"{solid}\" stroke-width=\"2\" stroke-dasharray=\"6 4\""),
                );
            }
            let ink = if b.achieved { "#fff" } else { INK };
            let mid = f64::midpoint(y0, y1);
            // Each line of text fits the band's width where it stands (the band narrows upwards).
            let room = |yy: f64| 2.0 * half_at(yy - 12.0) - 16.0;
            let line = |out: &mut Svg, dy: f64, size: f64, fill: &str, weight: u16, s: &str| {
                let yy = mid + dy;
                out.text(
                    (cx, yy),
                    Anchor::Middle,
                    fitted(s, size, room(yy)),
                    fill,
                    weight,
                    s,
                );
            };
            line(out, -16.0, 14.0, ink, 700, &b.name);
            line(out, 12.0, 24.0, ink, 700, &fmt1(b.score));
            let status = format!("{} {}", if b.achieved { "✓" } else { "✗" }, b.status);
            line(
                out,
                30.0,
                12.0,
                if b.achieved { "#fff" } else { solid },
                400,
                &status,
            );
            if let Some(c) = &b.coverage {
                line(out, 46.0, 11.0, ink, 400, c);
            }
            if self.detail {
                let first = mid - (b.members.len() as f64 - 1.0) * LINE_H / 2.0;
                out.line(
                    (cx + half_at(mid) + 4.0, mid),
                    (list_x - 6.0, mid),
                    MUTED,
                    1.0,
                    "stroke-dasharray=\"2 3\"",
                );
                for (k, m) in b.members.iter().enumerate() {
                    let yy = first + k as f64 * LINE_H + 4.0;
                    let mark = if m.passed { "✓" } else { "✗" };
                    let color = if m.passed { solid } else { RED };
                    out.text((list_x, yy), Anchor::Start, 13.0, INK, 400, &m.name);
                    out.text(
                        (list_x + list_w, yy),
                        Anchor::End,
                        13.0,
                        color,
                        700,
                        &format!("{} {mark}", fmt1(m.score)),
                    );
                }
            }
        }
        if self.detail {
            BASE_W + 28.0 + list_w
        } else {
            BASE_W
        }
    }
}

/// `s` as it is when it fits in `room` columns (keeping its aligned spaces), else wrapped.
fn fit(s: &str, room: usize) -> Vec<String> {
    if width(s) <= room {
        vec![s.to_string()]
    } else {
        wrap(s, room)
    }
}

/// Names joined with " · " in lines of at most `room` columns, a name never split across lines
/// unless it alone is wider than that.
fn flow(names: &[&str], room: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for name in names {
        let joined = if line.is_empty() {
            (*name).to_string()
        } else {
            format!("{line} · {name}")
        };
        if width(&joined) <= room {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        let mut parts = fit(name, room);
        line = parts.pop().unwrap_or_default();
        out.extend(parts);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

impl Drawing for Pyramid {
    fn svg(&self, title: &str, desc: &str) -> String {
        let band = self.band_h();
        let height = 3.0 * band + 2.0 * GAP;
        let titled = self.panels.iter().any(|(t, _, _)| t.is_some());
        let top = if titled { 34.0 } else { 10.0 };
        // Lay the panels out first (into a scratch drawing) to learn their widths.
        let mut scratch = Svg::new(0.0, 0.0);
        let widths: Vec<f64> = self
            .panels
            .iter()
            .map(|(_, id, b)| self.draw(&mut scratch, (0.0, 0.0), id, b))
            .collect();
        let panel_gap = 30.0;
        let total: f64 =
            widths.iter().sum::<f64>() + panel_gap * (widths.len().saturating_sub(1)) as f64;
        let mut out = Svg::new(total + 20.0, top + height + 10.0);
        let mut x = 10.0;
        for ((t, id, bands), w) in self.panels.iter().zip(&widths) {
            if let Some(t) = t {
                out.text(
                    (x + w / 2.0, 22.0),
                    Anchor::Middle,
                    fitted(t, 15.0, *w),
                    INK,
                    700,
                    t,
                );
            }
            self.draw(&mut out, (x, top), id, bands);
            x += w + panel_gap;
        }
        out.finish(title, desc)
    }

    /// Two rows per tier, widening by two columns a row, with the tier's name, score and status
    /// beside its first row and its experiences beside its second. When a label needs more
    /// lines than that (a narrow terminal), the tier takes more rows at the width of its second,
    /// so the pyramid never grows wider; below 16 columns of room for labels there is no
    /// drawing (the tables carry every figure).
    fn text(&self, w: usize) -> Option<Vec<Inline>> {
        const ROWS: usize = 2;
        if self.panels.len() != 1 {
            return None;
        }
        let bands = &self.panels[0].2;
        let body_w = 2 * TIERS.len() * ROWS + 3;
        let room = w.checked_sub(body_w + 2).filter(|r| *r >= 16)?;
        let name_w = bands.iter().map(|b| width(&b.name)).max().unwrap_or(0);
        let mut out = Vec::new();
        for (ti, b) in bands.iter().rev().enumerate() {
            let tone = if b.achieved {
                Tone::Strong
            } else {
                Tone::Plain
            };
            let score = format!("{}  {}", pad(&b.name, name_w), pad_left(&fmt1(b.score), 5));
            let mut status = b.status.clone();
            if let Some(c) = &b.coverage {
                status.push_str("  ");
                status.push_str(c);
            }
            let head = format!("{score}  {status}");
            let mut lines: Vec<Inline> = if width(&head) <= room {
                vec![Inline::toned(head, tone)]
            } else {
                fit(&score, room)
                    .into_iter()
                    .chain(fit(&status, room))
                    .map(|l| Inline::toned(l, tone))
                    .collect()
            };
            let names: Vec<&str> = b.members.iter().map(|m| m.name.as_str()).collect();
            lines.extend(
                flow(&names, room)
                    .into_iter()
                    .map(|l| Inline::toned(l, Tone::Dim)),
            );
            if lines.iter().any(|l| width(&l.text()) > room) {
                return None;
            }
            let fill = if b.achieved { "█" } else { "░" };
            for r in 0..lines.len().max(ROWS) {
                let bw = 2 * (ti * ROWS + r.min(ROWS - 1)) + 3;
                let indent = (body_w - bw) / 2;
                let mut line = Inline::plain(" ".repeat(indent))
                    .then(fill.repeat(bw), tier_tone(b.tier))
                    .then(" ".repeat(indent + 2), Tone::Plain);
                if let Some(l) = lines.get(r) {
                    line.0.extend(l.0.iter().cloned());
                }
                out.push(line);
            }
        }
        Some(out)
    }
}
