//! The five-gap model in terminal characters, fitted to the width: boxes drawn with box-drawing
//! characters on a character grid (wide characters take two cells), box texts wrapped inside
//! their boxes, each gap's label beside the link it measures. When even narrowed boxes cannot
//! hold their words, a compact form lists the boxes and the gaps between them. No line is ever
//! wider than the width asked for.

use super::drawing::{FiveGapDrawing, GapMark, Node};
use crate::report::doc::{Inline, Span, Tone};
use crate::report::text::{center, width, wrap};

/// A grid of cells; `None` is the second half of a wide character.
struct Canvas {
    w: usize,
    rows: Vec<Vec<Option<(char, Tone)>>>,
}

impl Canvas {
    fn new(w: usize) -> Self {
        Self {
            w,
            rows: Vec::new(),
        }
    }

    fn ensure(&mut self, y: usize) {
        while self.rows.len() <= y {
            self.rows.push(vec![Some((' ', Tone::Plain)); self.w]);
        }
    }

    /// Writes `s` from column `x` on row `y`; what would pass the right edge is not written.
    fn put(&mut self, x: usize, y: usize, s: &str, tone: Tone) {
        self.ensure(y);
        let row = &mut self.rows[y];
        let mut at = x;
        for ch in s.chars() {
            let cw = width(ch.encode_utf8(&mut [0; 4])).max(1);
            if at + cw > row.len() {
                break;
            }
            // Writing over half of a wide character blanks its other half.
            if at > 0 && row[at].is_none() {
                row[at - 1] = Some((' ', Tone::Plain));
            }
            let end = at + cw;
            if end < row.len() && row[end].is_none() {
                row[end] = Some((' ', Tone::Plain));
            }
            row[at] = Some((ch, tone));
            if cw == 2 {
                row[at + 1] = None;
            }
            at = end;
        }
    }

    fn set(&mut self, x: usize, y: usize, ch: char, tone: Tone) {
        self.put(x, y, ch.encode_utf8(&mut [0; 4]), tone);
    }

    fn hline(&mut self, x0: usize, x1: usize, y: usize, tone: Tone) {
        if x1 > x0 {
            self.put(x0, y, &"─".repeat(x1 - x0), tone);
        }
    }

    fn lines(&self) -> Vec<Inline> {
        self.rows
            .iter()
            .map(|row| {
                let mut spans: Vec<Span> = Vec::new();
                for (ch, tone) in row.iter().flatten() {
                    match spans.last_mut() {
                        Some(s) if s.tone == *tone || *ch == ' ' => s.text.push(*ch),
                        _ => spans.push(Span {
                            text: ch.to_string(),
                            tone: *tone,
                        }),
                    }
                }
                if let Some(last) = spans.last_mut() {
                    let trimmed = last.text.trim_end().len();
                    last.text.truncate(trimmed);
                }
                Inline(spans)
            })
            .collect()
    }
}

/// The widest piece wrapping cannot break: a run of narrow characters without a space, or one
/// wide character.
fn longest_word(s: &str) -> usize {
    s.split(' ')
        .flat_map(|w| {
            w.split(|c: char| width(c.encode_utf8(&mut [0; 4])) >= 2)
                .map(width)
                .chain(std::iter::once(
                    if w.chars().any(|c| width(c.encode_utf8(&mut [0; 4])) >= 2) {
                        2
                    } else {
                        0
                    },
                ))
        })
        .max()
        .unwrap_or(0)
}

/// A gap's label as pieces: "gap 5", "-0.73", "P − E".
fn pieces(g: &GapMark) -> Vec<String> {
    let mut v = vec![g.label.clone(), g.value.clone()];
    if !g.sub.is_empty() {
        v.push(g.sub.clone());
    }
    v
}

/// The pieces on as few rows as fit in `room` columns: all on one row, or one per row.
fn label_rows(g: &GapMark, room: usize) -> Option<Vec<String>> {
    let one = pieces(g).join("  ");
    if width(&one) <= room {
        return Some(vec![one]);
    }
    let each = pieces(g);
    each.iter().all(|p| width(p) <= room).then_some(each)
}

/// Column widths of the full drawing.
struct Layout {
    left: usize,
    link: usize,
    main: usize,
    mid: usize,
    right: usize,
}

impl Layout {
    fn rail(&self) -> usize {
        self.left
    }
    fn main_x(&self) -> usize {
        self.left + 1 + self.link
    }
    fn main_c(&self) -> usize {
        self.main_x() + (self.main - 1) / 2
    }
    fn mid_x(&self) -> usize {
        self.main_x() + self.main
    }
    fn right_x(&self) -> usize {
        self.mid_x() + self.mid
    }
    fn right_c(&self) -> usize {
        self.right_x() + (self.right - 1) / 2
    }
    fn total(&self) -> usize {
        self.right_x() + self.right
    }
}

/// A box's border row: `┌───┴───┐`, with `joint` at the centre column when a link meets it.
fn border(
    c: &mut Canvas,
    x: usize,
    w: usize,
    y: usize,
    ends: (char, char),
    joint: Option<(usize, char)>,
) {
    c.set(x, y, ends.0, Tone::Plain);
    c.hline(x + 1, x + w - 1, y, Tone::Plain);
    c.set(x + w - 1, y, ends.1, Tone::Plain);
    if let Some((at, j)) = joint {
        c.set(at, y, j, Tone::Plain);
    }
}

/// A box's content row: `│  text  │`.
fn content(c: &mut Canvas, x: usize, w: usize, y: usize, text: &str, sides: (char, char)) {
    c.set(x, y, sides.0, Tone::Plain);
    c.put(x + 1, y, &center(text, w - 2), Tone::Plain);
    c.set(x + w - 1, y, sides.1, Tone::Plain);
}

/// The drawing in lines of at most `w` columns.
pub fn lines(d: &FiveGapDrawing, w: usize) -> Vec<Inline> {
    full(d, w).unwrap_or_else(|| compact(d, w))
}

/// The boxes and links, when they fit in `w` columns.
#[allow(clippy::too_many_lines)]
fn full(d: &FiveGapDrawing, w: usize) -> Option<Vec<Inline>> {
    let g1 = pieces(d.gap(1));
    let left = [width(&d.customer), width(&d.provider)]
        .into_iter()
        .chain(g1.iter().map(|p| width(p)))
        .max()
        .unwrap_or(0)
        + 2;
    let g4 = d.gap(4);
    let mid = (width(&g4.label).max(width(&g4.value)) + 2).max(7);
    let link = 3;
    let avail = w.checked_sub(left + 1 + link + mid)?;
    let main_nodes = [
        Node::Expected,
        Node::Perceived,
        Node::Delivery,
        Node::Standards,
        Node::Management,
    ];
    // A box is as wide as its words ask, up to a comfortable width; narrower boxes wrap their
    // words, never below their longest word.
    let main_pref = (main_nodes
        .iter()
        .map(|n| width(d.label(*n)))
        .max()
        .unwrap_or(0)
        + 6)
    .clamp(18, 32);
    let main_min = (main_nodes
        .iter()
        .map(|n| longest_word(d.label(*n)))
        .max()
        .unwrap_or(0)
        + 4)
    .max(16);
    let right_pref = (width(d.label(Node::Communications)) + 4).clamp(12, 28);
    let right_min = (longest_word(d.label(Node::Communications)) + 4).max(10);
    let (main, right) = if main_pref + right_pref <= avail {
        (main_pref, right_pref)
    } else {
        let right = right_pref
            .min(avail.saturating_sub(main_min))
            .max(right_min);
        (avail.checked_sub(right)?, right)
    };
    if main < main_min {
        return None;
    }
    let l = Layout {
        left,
        link,
        main,
        mid,
        right,
    };
    let wrap_in = |n: Node, box_w: usize| -> Option<Vec<String>> {
        let lines = wrap(d.label(n), box_w - 4);
        lines.iter().all(|x| width(x) <= box_w - 4).then_some(lines)
    };
    let texts: Vec<Vec<String>> = [
        Node::Expected,
        Node::Perceived,
        Node::Delivery,
        Node::Communications,
        Node::Standards,
        Node::Management,
    ]
    .into_iter()
    .map(|n| {
        wrap_in(
            n,
            if n == Node::Communications {
                right
            } else {
                main
            },
        )
    })
    .collect::<Option<_>>()?;
    let text = |n: Node| &texts[n as usize];
    // Gap 5's label runs up to the rail on the right; gaps 3 and 2 may use the full width.
    let g5 = label_rows(d.gap(5), l.right_c().checked_sub(l.main_c() + 4)?)?;
    let g3 = label_rows(d.gap(3), l.total().checked_sub(l.main_c() + 3)?)?;
    let g2 = label_rows(d.gap(2), l.total().checked_sub(l.main_c() + 3)?)?;

    let mut c = Canvas::new(l.total());
    let (mx, mc, rc, rail) = (l.main_x(), l.main_c(), l.right_c(), l.rail());
    let mut y = 0;
    c.put(0, y, &d.customer, Tone::Strong);
    y += 1;
    border(&mut c, mx, main, y, ('┌', '┐'), None);
    y += 1;
    // Expected service: the rail of gap 1 starts on its first line, the flow from the
    // communications arrives there.
    for (i, t) in text(Node::Expected).iter().enumerate() {
        if i == 0 {
            c.set(rail, y, '┌', Tone::Plain);
            c.hline(rail + 1, mx, y, Tone::Plain);
            content(&mut c, mx, main, y, t, ('┤', '│'));
            c.set(l.mid_x(), y, '◄', Tone::Plain);
            c.hline(l.mid_x() + 1, rc, y, Tone::Plain);
            c.set(rc, y, '┐', Tone::Plain);
        } else {
            c.set(rail, y, '│', Tone::Plain);
            content(&mut c, mx, main, y, t, ('│', '│'));
            c.set(rc, y, '│', Tone::Plain);
        }
        y += 1;
    }
    let rails = |c: &mut Canvas, y: usize, right: bool| {
        c.set(rail, y, '│', Tone::Plain);
        if right {
            c.set(rc, y, '│', Tone::Plain);
        }
    };
    border(&mut c, mx, main, y, ('└', '┘'), Some((mc, '┬')));
    rails(&mut c, y, true);
    y += 1;
    let connector = |c: &mut Canvas, y: &mut usize, label: &[String], tone: Tone, right: bool| {
        for piece in label {
            c.set(mc, *y, '│', Tone::Plain);
            c.put(mc + 3, *y, piece, tone);
            rails(c, *y, right);
            *y += 1;
        }
    };
    connector(&mut c, &mut y, &g5, d.gap(5).tone, true);
    border(&mut c, mx, main, y, ('┌', '┐'), Some((mc, '┴')));
    rails(&mut c, y, true);
    y += 1;
    for t in text(Node::Perceived) {
        content(&mut c, mx, main, y, t, ('│', '│'));
        rails(&mut c, y, true);
        y += 1;
    }
    border(&mut c, mx, main, y, ('└', '┘'), Some((mc, '┬')));
    rails(&mut c, y, true);
    y += 1;
    // The line between the customer and the provider.
    c.hline(0, l.total(), y, Tone::Dim);
    for x in [rail, mc, rc] {
        c.set(x, y, '┼', Tone::Dim);
    }
    y += 1;
    c.put(0, y, &d.provider, Tone::Strong);
    c.set(mc, y, '│', Tone::Plain);
    rails(&mut c, y, true);
    y += 1;
    // Service delivery ── gap 4 ── external communications.
    border(&mut c, mx, main, y, ('┌', '┐'), Some((mc, '┴')));
    c.put(l.mid_x(), y, &center(&g4.label, mid), g4.tone);
    border(&mut c, l.right_x(), right, y, ('┌', '┐'), Some((rc, '┴')));
    rails(&mut c, y, false);
    y += 1;
    let rows = text(Node::Delivery)
        .len()
        .max(text(Node::Communications).len());
    for i in 0..rows {
        let first = i == 0;
        let get = |n: Node| text(n).get(i).map_or("", String::as_str);
        content(
            &mut c,
            mx,
            main,
            y,
            get(Node::Delivery),
            ('│', if first { '├' } else { '│' }),
        );
        if first {
            c.hline(l.mid_x(), l.right_x(), y, Tone::Plain);
        }
        content(
            &mut c,
            l.right_x(),
            right,
            y,
            get(Node::Communications),
            (if first { '┤' } else { '│' }, '│'),
        );
        rails(&mut c, y, false);
        y += 1;
    }
    border(&mut c, mx, main, y, ('└', '┘'), Some((mc, '┬')));
    c.put(l.mid_x(), y, &center(&g4.value, mid), g4.tone);
    border(&mut c, l.right_x(), right, y, ('└', '┘'), None);
    rails(&mut c, y, false);
    y += 1;
    // Gap 1's label stands on its rail, from the delivery gap down.
    let g1_from = y;
    connector(&mut c, &mut y, &g3, d.gap(3).tone, false);
    border(&mut c, mx, main, y, ('┌', '┐'), Some((mc, '┴')));
    rails(&mut c, y, false);
    y += 1;
    for t in text(Node::Standards) {
        content(&mut c, mx, main, y, t, ('│', '│'));
        rails(&mut c, y, false);
        y += 1;
    }
    border(&mut c, mx, main, y, ('└', '┘'), Some((mc, '┬')));
    rails(&mut c, y, false);
    y += 1;
    connector(&mut c, &mut y, &g2, d.gap(2).tone, false);
    border(&mut c, mx, main, y, ('┌', '┐'), Some((mc, '┴')));
    rails(&mut c, y, false);
    y += 1;
    for (i, t) in text(Node::Management).iter().enumerate() {
        if i == 0 {
            c.set(rail, y, '└', Tone::Plain);
            c.hline(rail + 1, mx - 1, y, Tone::Plain);
            c.set(mx - 1, y, '►', Tone::Plain);
        }
        content(&mut c, mx, main, y, t, ('│', '│'));
        y += 1;
    }
    border(&mut c, mx, main, y, ('└', '┘'), None);
    for (k, p) in g1.iter().enumerate() {
        let at = rail.checked_sub(1 + width(p))?;
        c.put(at, g1_from + k, p, d.gap(1).tone);
    }
    Some(c.lines())
}

/// The boxes and gaps as a list, for a terminal too narrow for the boxes.
fn compact(d: &FiveGapDrawing, w: usize) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut push = |text: &str, indent: usize, tone: Tone| {
        let room = w.saturating_sub(indent).max(10);
        for l in wrap(text, room) {
            out.push(Inline::plain(" ".repeat(indent)).then(l, tone));
        }
    };
    let gap = |n: usize| pieces(d.gap(n)).join("  ");
    push(&d.customer, 0, Tone::Strong);
    push(d.label(Node::Expected), 2, Tone::Plain);
    push(&format!("│ {}", gap(5)), 4, d.gap(5).tone);
    push(d.label(Node::Perceived), 2, Tone::Plain);
    out.push(Inline::toned("─".repeat(w.min(60)), Tone::Dim));
    let mut push = |text: &str, indent: usize, tone: Tone| {
        let room = w.saturating_sub(indent).max(10);
        for l in wrap(text, room) {
            out.push(Inline::plain(" ".repeat(indent)).then(l, tone));
        }
    };
    push(&d.provider, 0, Tone::Strong);
    push(d.label(Node::Delivery), 2, Tone::Plain);
    push(&format!("↔ {}", gap(4)), 4, d.gap(4).tone);
    push(d.label(Node::Communications), 6, Tone::Plain);
    push(&format!("│ {}", gap(3)), 4, d.gap(3).tone);
    push(d.label(Node::Standards), 2, Tone::Plain);
    push(&format!("│ {}", gap(2)), 4, d.gap(2).tone);
    push(d.label(Node::Management), 2, Tone::Plain);
    push(
        &format!(
            "↔ {}  ({} ↔ {})",
            gap(1),
            d.label(Node::Management),
            d.label(Node::Expected)
        ),
        4,
        d.gap(1).tone,
    );
    out
}
