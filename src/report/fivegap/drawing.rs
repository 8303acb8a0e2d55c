//! The five-gap model drawn: customer above the line (expected and perceived service), provider
//! below (service delivery, external communications, service-quality standards, management's
//! perception), each gap a labelled pill on the link it measures. The SVG is laid out from
//! measured text widths ([`text_px`], CJK counted wide): boxes are as wide as their widest line,
//! the spaces between them as wide and tall as the pills they hold, so no box or pill overlaps
//! another and no label runs outside its shape. Every box and pill is a `<g class="fg-node">`
//! holding its shape (`fg-box`, `fg-pill`) and its texts, so a test in a real browser can check
//! exactly that. The terminal form is in [`super::diagram`].

use crate::report::doc::{Drawing, Inline, Tone};
use crate::report::svg::{Anchor, INK, MUTED, Svg, text_px};

/// One gap's mark: "gap 3", its value, an optional third line (gap 5's unit, gap 1's Δ), its tone.
#[derive(Debug, Clone, PartialEq)]
pub struct GapMark {
    /// "gap 3".
    pub label: String,
    /// "4.09", "-0.73", "n/a".
    pub value: String,
    /// A third line, or empty.
    pub sub: String,
    /// Severity.
    pub tone: Tone,
}

/// The boxes of the model, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    /// Expected service.
    Expected = 0,
    /// Perceived service.
    Perceived = 1,
    /// Service delivery.
    Delivery = 2,
    /// External communications.
    Communications = 3,
    /// Service-quality standards.
    Standards = 4,
    /// Management's perception of customers' expectations.
    Management = 5,
}

/// The five-gap model with every word in the report's language.
#[derive(Debug, Clone, PartialEq)]
pub struct FiveGapDrawing {
    /// "CUSTOMER".
    pub customer: String,
    /// "PROVIDER".
    pub provider: String,
    /// The boxes' texts, indexed by [`Node`].
    pub boxes: [String; 6],
    /// Gaps 1–5 (index `n − 1`).
    pub gaps: [GapMark; 5],
}

impl FiveGapDrawing {
    /// The words of a box.
    pub fn label(&self, n: Node) -> &str {
        &self.boxes[n as usize]
    }

    /// Gap `n` (1–5).
    pub fn gap(&self, n: usize) -> &GapMark {
        &self.gaps[n.clamp(1, 5) - 1]
    }
}

const BOX_SIZE: f64 = 14.0;
const BOX_LINE: f64 = 18.0;
const BOX_PAD: f64 = 14.0;
const TITLE_SIZE: f64 = 13.0;
const LABEL_SIZE: f64 = 11.0;
const VALUE_SIZE: f64 = 13.0;
const SUB_SIZE: f64 = 10.0;
const MARGIN: f64 = 10.0;
/// The widest a box's line may be before it wraps.
const WRAP_PX: f64 = 250.0;

/// `s` in lines of at most `max` px at `size`: at spaces, or between wide characters.
pub fn wrap_px(s: &str, size: f64, max: f64) -> Vec<String> {
    let wide = |c: char| crate::report::text::width(c.encode_utf8(&mut [0; 4])) >= 2;
    let mut tokens: Vec<String> = Vec::new();
    for ch in s.chars() {
        // A word runs until a space or a wide character; a space ends the token it follows.
        let joins = !wide(ch)
            && tokens
                .last()
                .and_then(|t| t.chars().last())
                .is_some_and(|last| last != ' ' && !wide(last));
        match tokens.last_mut() {
            Some(t) if joins || ch == ' ' => t.push(ch),
            _ => tokens.push(ch.to_string()),
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for t in tokens {
        let candidate = format!("{line}{t}");
        if !line.trim().is_empty() && text_px(candidate.trim_end(), size) > max {
            lines.push(line.trim_end().to_string());
            line = t.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// A box or pill: where it is, what it says.
#[derive(Debug, Clone)]
struct Shape {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl Shape {
    fn mid(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}

/// The size of a pill.
fn pill_size(g: &GapMark) -> (f64, f64) {
    let w = text_px(&g.label, LABEL_SIZE)
        .max(text_px(&g.value, VALUE_SIZE))
        .max(text_px(&g.sub, SUB_SIZE))
        + 20.0;
    (w.max(64.0), if g.sub.is_empty() { 36.0 } else { 48.0 })
}

fn boxed(svg: &mut Svg, s: &Shape, lines: &[String]) {
    svg.raw("<g class=\"fg-node\">");
    svg.rect(
        s.x,
        s.y,
        s.w,
        s.h,
        "#ffffff",
        "class=\"fg-box\" rx=\"6\" stroke=\"#111827\" stroke-width=\"1.5\"",
    );
    let first = s.y + s.h / 2.0 - (lines.len() as f64 - 1.0) * BOX_LINE / 2.0 + 5.0;
    for (i, l) in lines.iter().enumerate() {
        svg.text(
            (s.x + s.w / 2.0, first + i as f64 * BOX_LINE),
            Anchor::Middle,
            BOX_SIZE,
            INK,
            400,
            l,
        );
    }
    svg.raw("</g>");
}

fn pill(svg: &mut Svg, (cx, cy): (f64, f64), g: &GapMark) {
    let (w, h) = pill_size(g);
    let color = g.tone.hex();
    let top = cy - h / 2.0;
    svg.raw("<g class=\"fg-node\">");
    svg.rect(
        cx - w / 2.0,
        top,
        w,
        h,
        "#ffffff",
        &format!("class=\"fg-pill\" rx=\"6\" stroke=\"{color}\" stroke-width=\"2\""),
    );
    svg.text(
        (cx, top + 14.0),
        Anchor::Middle,
        LABEL_SIZE,
        MUTED,
        700,
        &g.label,
    );
    svg.text(
        (cx, top + 29.0),
        Anchor::Middle,
        VALUE_SIZE,
        color,
        700,
        &g.value,
    );
    if !g.sub.is_empty() {
        svg.text(
            (cx, top + 42.0),
            Anchor::Middle,
            SUB_SIZE,
            MUTED,
            400,
            &g.sub,
        );
    }
    svg.raw("</g>");
}

impl Drawing for FiveGapDrawing {
    fn svg(&self, title: &str, desc: &str) -> String {
        let lines: Vec<Vec<String>> = self
            .boxes
            .iter()
            .map(|b| wrap_px(b, BOX_SIZE, WRAP_PX))
            .collect();
        let line_w = |n: &[String]| n.iter().map(|l| text_px(l, BOX_SIZE)).fold(0.0, f64::max);
        let height_of = |n: Node| (lines[n as usize].len() as f64 * BOX_LINE + 24.0).max(44.0);
        let main = [
            Node::Expected,
            Node::Perceived,
            Node::Delivery,
            Node::Standards,
            Node::Management,
        ];
        let mw = main
            .iter()
            .map(|n| line_w(&lines[*n as usize]))
            .fold(0.0, f64::max)
            .max(160.0)
            + 2.0 * BOX_PAD;
        let cw = line_w(&lines[Node::Communications as usize]).max(120.0) + 2.0 * BOX_PAD;
        let pills: Vec<(f64, f64)> = self.gaps.iter().map(pill_size).collect();
        // Gap 1 sits on the rail left of the boxes; the titles sit left of the boxes too.
        let title_w = text_px(&self.customer, TITLE_SIZE).max(text_px(&self.provider, TITLE_SIZE));
        let rail = (MARGIN + 8.0 + pills[0].0 / 2.0).max(MARGIN + 12.0 + title_w / 2.0);
        let mx = (rail + pills[0].0 / 2.0 + 24.0).max(MARGIN + 12.0 + title_w + 16.0);
        let cx = mx + mw / 2.0;
        // Between delivery and communications: gap 4's pill with room either side.
        let right_x = mx + mw + pills[3].0 + 40.0;
        // Pills 5, 3 and 2 hang right of the main column's links: the drawing is at least as
        // wide as they reach.
        let reach = [pills[4].0, pills[2].0, pills[1].0]
            .iter()
            .map(|w| cx + 14.0 + w)
            .fold(0.0, f64::max);
        let width = (right_x + cw).max(reach) + MARGIN;
        // Vertical: each space between linked boxes holds its pill with 10 px either side.
        let space = |p: (f64, f64)| p.1 + 20.0;
        let area_top = 8.0;
        let expected = Shape {
            x: mx,
            y: area_top + 34.0,
            w: mw,
            h: height_of(Node::Expected),
        };
        let perceived = Shape {
            x: mx,
            y: expected.y + expected.h + space(pills[4]),
            w: mw,
            h: height_of(Node::Perceived),
        };
        let line_y = perceived.y + perceived.h + 16.0;
        let row_h = height_of(Node::Delivery)
            .max(height_of(Node::Communications))
            .max(pills[3].1 + 8.0);
        let delivery = Shape {
            x: mx,
            y: line_y + 36.0,
            w: mw,
            h: row_h,
        };
        let comm = Shape {
            x: right_x,
            y: delivery.y,
            w: cw,
            h: row_h,
        };
        let standards = Shape {
            x: mx,
            y: delivery.y + delivery.h + space(pills[2]),
            w: mw,
            h: height_of(Node::Standards),
        };
        let management = Shape {
            x: mx,
            y: standards.y + standards.h + space(pills[1]),
            w: mw,
            h: height_of(Node::Management),
        };
        let height = management.y + management.h + MARGIN + 4.0;
        let mut svg = Svg::new(width, height);
        svg.def("<marker id=\"fivegap-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#6b7280\"/></marker>");
        let arrow = "marker-end=\"url(#fivegap-arrow)\"";
        let dashed = "stroke-dasharray=\"5 4\"";
        // The customer's side and the line between them.
        svg.rect(
            MARGIN,
            area_top,
            width - 2.0 * MARGIN,
            line_y - 8.0 - area_top,
            "#eff6ff",
            "rx=\"8\"",
        );
        svg.text(
            (MARGIN + 12.0, area_top + 20.0),
            Anchor::Start,
            TITLE_SIZE,
            MUTED,
            700,
            &self.customer,
        );
        svg.line(
            (MARGIN, line_y),
            (width - MARGIN, line_y),
            INK,
            1.5,
            "stroke-dasharray=\"8 5\"",
        );
        svg.text(
            (MARGIN + 12.0, line_y + 22.0),
            Anchor::Start,
            TITLE_SIZE,
            MUTED,
            700,
            &self.provider,
        );
        // Flows: management's perception → standards → delivery → perceived; communications →
        // expected.
        let bottom = |s: &Shape| s.y + s.h;
        svg.line(
            (cx, management.y),
            (cx, bottom(&standards) + 2.0),
            MUTED,
            1.5,
            arrow,
        );
        svg.line(
            (cx, standards.y),
            (cx, bottom(&delivery) + 2.0),
            MUTED,
            1.5,
            arrow,
        );
        svg.line(
            (cx, delivery.y),
            (cx, bottom(&perceived) + 2.0),
            MUTED,
            1.5,
            arrow,
        );
        let (comm_cx, _) = comm.mid();
        let (_, expected_cy) = expected.mid();
        svg.line((comm_cx, comm.y), (comm_cx, expected_cy), MUTED, 1.5, "");
        svg.line(
            (comm_cx, expected_cy),
            (mx + mw + 2.0, expected_cy),
            MUTED,
            1.5,
            arrow,
        );
        // The links the gaps measure.
        svg.line(
            (cx, bottom(&expected)),
            (cx, perceived.y),
            MUTED,
            1.0,
            dashed,
        );
        let (_, delivery_cy) = delivery.mid();
        svg.line(
            (mx + mw, delivery_cy),
            (comm.x, delivery_cy),
            MUTED,
            1.5,
            dashed,
        );
        let (_, management_cy) = management.mid();
        svg.line((mx, expected_cy), (rail, expected_cy), MUTED, 1.5, dashed);
        svg.line(
            (rail, expected_cy),
            (rail, management_cy),
            MUTED,
            1.5,
            dashed,
        );
        svg.line(
            (rail, management_cy),
            (mx, management_cy),
            MUTED,
            1.5,
            dashed,
        );
        for (shape, node) in [
            (&expected, Node::Expected),
            (&perceived, Node::Perceived),
            (&delivery, Node::Delivery),
            (&comm, Node::Communications),
            (&standards, Node::Standards),
            (&management, Node::Management),
        ] {
            boxed(&mut svg, shape, &lines[node as usize]);
        }
        let hang = |p: (f64, f64)| cx + 14.0 + p.0 / 2.0;
        pill(
            &mut svg,
            (hang(pills[4]), bottom(&expected) + space(pills[4]) / 2.0),
            self.gap(5),
        );
        pill(
            &mut svg,
            (mx + mw + (comm.x - mx - mw) / 2.0, delivery_cy),
            self.gap(4),
        );
        pill(
            &mut svg,
            (hang(pills[2]), bottom(&delivery) + space(pills[2]) / 2.0),
            self.gap(3),
        );
        pill(
            &mut svg,
            (hang(pills[1]), bottom(&standards) + space(pills[1]) / 2.0),
            self.gap(2),
        );
        pill(&mut svg, (rail, standards.mid().1), self.gap(1));
        svg.finish(title, desc)
    }

    fn text(&self, width: usize) -> Option<Vec<Inline>> {
        Some(super::diagram::lines(self, width))
    }
}
