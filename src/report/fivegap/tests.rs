//! The five-gap drawing: the terminal form fits every width and keeps its rails; the SVG's boxes
//! and pills never overlap and every text stays inside its shape and the drawing.

use super::*;
use crate::report::doc::Drawing;
use crate::report::svg::text_px;
use crate::report::text::width;

fn demo_drawing(lang: Lang) -> FiveGapDrawing {
    let pair = Pair::demo().expect("demo pair");
    let fr = pair.report();
    drawing(&fr.score, lang)
}

/// A drawing with long words everywhere, as a questionnaire in another language might give.
fn long_drawing() -> FiveGapDrawing {
    let mut d = demo_drawing(Lang::En);
    d.boxes = [
        "Expected service as customers describe it before any contact",
        "Perceived service as customers experience it",
        "Service delivery including contact personnel",
        "External communications to customers (advertising, sales, websites)",
        "Translation of perceptions into service-quality specifications",
        "Management perceptions of consumer expectations",
    ]
    .map(String::from);
    d.gaps[0].sub = "Δ -10.41 (managers underestimate)".into();
    d.gaps[4].value = "-10.73".into();
    d
}

fn lines(d: &FiveGapDrawing, w: usize) -> Vec<String> {
    Drawing::text(d, w)
        .expect("a terminal form")
        .iter()
        .map(Inline::text)
        .collect()
}

#[test]
fn the_terminal_drawing_fits_every_width() {
    for d in [
        demo_drawing(Lang::En),
        demo_drawing(Lang::Zh),
        long_drawing(),
    ] {
        for w in 20..=140 {
            for l in lines(&d, w) {
                assert!(width(&l) <= w.max(20), "{w}: {} > {w}\n{l}", width(&l));
            }
        }
    }
    // Boxes at 80 columns and at 60; a list where boxes cannot hold their words.
    let en = demo_drawing(Lang::En);
    assert!(lines(&en, 80).iter().any(|l| l.contains("┌───")));
    assert!(lines(&en, 60).iter().any(|l| l.contains("┌───")));
    let narrow = lines(&en, 40);
    assert!(!narrow.iter().any(|l| l.contains("┌───")), "{narrow:#?}");
    // Every gap's label and value, whatever the form (the list's lines are wrapped text, so
    // its spaces are single).
    for (label, value) in [
        ("gap 5", "-0.73"),
        ("gap 4", "3.38"),
        ("gap 3", "4.09"),
        ("gap 2", "4.53"),
        ("gap 1", "Δ -0.41"),
    ] {
        for w in [40, 60, 100] {
            let all = lines(&en, w).join("\n");
            let at = all
                .find(label)
                .unwrap_or_else(|| panic!("{label} at {w}:\n{all}"));
            assert!(all[at..].contains(value), "{label} {value} at {w}:\n{all}");
        }
    }
}

#[test]
fn every_diagram_row_keeps_its_rails() {
    for lang in [Lang::En, Lang::Zh] {
        for w in [60, 80, 100] {
            let rows = lines(&demo_drawing(lang), w);
            // The gap 1 rail is one column, from the expected service down to management.
            let col_of = |r: &str, c: char| {
                let mut at = 0;
                for ch in r.chars() {
                    if ch == c {
                        return Some(at);
                    }
                    at += width(ch.encode_utf8(&mut [0; 4]));
                }
                None
            };
            let top = rows.iter().position(|r| r.contains('┌') && r.contains('┤'));
            let top = top.expect("the rail starts at the expected service");
            let rail = col_of(&rows[top], '┌').expect("rail top");
            let bottom = rows
                .iter()
                .position(|r| col_of(r, '└') == Some(rail))
                .expect("rail bottom");
            assert!(top < bottom);
            let at = |r: &str| {
                let mut col = 0;
                r.chars().find(|ch| {
                    let hit = col == rail;
                    col += width(ch.encode_utf8(&mut [0; 4]));
                    hit
                })
            };
            for r in &rows[top + 1..bottom] {
                assert!(matches!(at(r), Some('│' | '┼')), "{lang:?} {w}: {r}");
            }
            // The customer's boxes above the line, the provider's below.
            let line = rows.iter().position(|r| r.contains('┼')).expect("line");
            // (Boxes may wrap their words: their first word is enough.)
            let find = |s: &str| {
                let head: String = s.chars().take_while(|c| *c != ' ').take(4).collect();
                rows.iter().position(|r| r.contains(&head))
            };
            let d = demo_drawing(lang);
            assert!(find(&d.boxes[1]).is_some_and(|p| p < line));
            assert!(find(&d.boxes[2]).is_some_and(|p| p > line));
        }
    }
}

/// A rectangle parsed from the SVG.
#[derive(Debug, Clone, Copy)]
struct Rect {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    fn contains(&self, o: &Rect) -> bool {
        o.x >= self.x - 0.01
            && o.y >= self.y - 0.01
            && o.x + o.w <= self.x + self.w + 0.01
            && o.y + o.h <= self.y + self.h + 0.01
    }
}

fn attr(tag: &str, name: &str) -> Option<f64> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    tag[start..].split('"').next()?.parse().ok()
}

fn attr_text<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    tag[start..].split('"').next()
}

/// Where a `<text>` element's glyphs may reach, from the estimate the layout used.
fn text_box(tag: &str, content: &str) -> Rect {
    let (x, y, size) = (
        attr(tag, "x").unwrap(),
        attr(tag, "y").unwrap(),
        attr(tag, "font-size").unwrap(),
    );
    let w = text_px(content, size);
    let left = match attr_text(tag, "text-anchor") {
        Some("middle") => x - w / 2.0,
        Some("end") => x - w,
        _ => x,
    };
    Rect {
        x: left,
        y: y - size,
        w,
        h: size * 1.25,
    }
}

/// A box or pill with where its texts reach.
type Measured = (Rect, Vec<Rect>);

/// The shapes of every node (box or pill) with its texts' boxes, the free texts, the viewport.
fn parse(svg: &str) -> (Vec<Measured>, Vec<Rect>, Rect) {
    let view = {
        let vb = attr_text(svg, "viewBox").unwrap();
        let v: Vec<f64> = vb.split(' ').map(|x| x.parse().unwrap()).collect();
        Rect {
            x: v[0],
            y: v[1],
            w: v[2],
            h: v[3],
        }
    };
    let texts = |chunk: &str| -> Vec<Rect> {
        chunk
            .split("<text")
            .skip(1)
            .map(|t| {
                let tag = &t[..t.find('>').unwrap()];
                let content = &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()];
                text_box(tag, &content.replace("&amp;", "&").replace("&#39;", "'"))
            })
            .collect()
    };
    let mut nodes = Vec::new();
    let mut free = String::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<g class=\"fg-node\">") {
        free.push_str(&rest[..start]);
        let end = rest[start..].find("</g>").unwrap() + start;
        let node = &rest[start..end];
        let at = &node[node.find("<rect").unwrap()..];
        let tag = &at[..at.find("/>").unwrap()];
        let shape = Rect {
            x: attr(tag, "x").unwrap(),
            y: attr(tag, "y").unwrap(),
            w: attr(tag, "width").unwrap(),
            h: attr(tag, "height").unwrap(),
        };
        nodes.push((shape, texts(node)));
        rest = &rest[end + 4..];
    }
    free.push_str(rest);
    (nodes, texts(&free), view)
}

#[test]
fn no_box_or_pill_overlaps_another_and_no_text_leaves_its_shape() {
    for d in [
        demo_drawing(Lang::En),
        demo_drawing(Lang::Zh),
        long_drawing(),
    ] {
        let svg = d.svg("t", "d");
        let (nodes, free, view) = parse(&svg);
        assert_eq!(nodes.len(), 11, "6 boxes and 5 pills");
        for (i, (a, _)) in nodes.iter().enumerate() {
            assert!(view.contains(a), "{a:?} outside {view:?}");
            for (b, _) in &nodes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}\n{svg}");
            }
        }
        for (shape, texts) in &nodes {
            for t in texts {
                assert!(shape.contains(t), "{t:?} runs out of {shape:?}\n{svg}");
            }
        }
        for t in &free {
            assert!(view.contains(t), "{t:?} runs out of the drawing {view:?}");
            for (shape, _) in &nodes {
                assert!(!shape.overlaps(t), "{t:?} under {shape:?}");
            }
        }
    }
}
