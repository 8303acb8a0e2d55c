//! HTML: ONE self-contained page — inline CSS, inline SVG charts, no scripts, no fonts, no
//! images, no links out. A Content-Security-Policy in the page forbids every fetch. Print styles
//! keep charts and tables whole on a page; a document with several parts (the engagement report)
//! gets a table of contents and a page break before each part, so "Print to PDF" gives a
//! client-ready document. Every text from data is escaped.

use std::fmt::Write as _;

use crate::lang::Lang;
use crate::report::doc::{Align, Block, Cell, Document, Figure, Inline, Quote, Row, Table, Tone};
use crate::report::{VERSION, escape_html, svg};

/// The page's style sheet.
const CSS: &str = include_str!("html/style.css");

/// The Content-Security-Policy of every page: nothing may be fetched, no script may run.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// `doc` as a complete HTML page; the page's own words in `lang`.
pub fn write(doc: &Document, lang: Lang) -> String {
    // Control characters are not text in HTML: from data they are shown as their escapes.
    let doc = &doc
        .clone()
        .map_text(&|s| crate::sanitize::terminal(s).into_owned());
    let mut body = format!("<h1>{}</h1>\n", escape_html(&doc.title));
    for m in &doc.meta {
        let _ = writeln!(body, "<p class=\"meta\">{}</p>", inline(m));
    }
    let parts: Vec<(&str, &str)> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading {
                level: 2,
                text,
                id: Some(id),
            } => Some((id.as_str(), text.as_str())),
            _ => None,
        })
        .collect();
    let sectioned = parts.len() >= 3;
    if sectioned {
        let _ = writeln!(
            body,
            "<nav class=\"toc\"><strong>{}</strong>\n<ol>",
            escape_html(&crate::tr!(lang, "report-contents"))
        );
        for (id, text) in &parts {
            let _ = writeln!(
                body,
                "<li><a href=\"#{}\">{}</a></li>",
                escape_html(id),
                escape_html(text)
            );
        }
        body.push_str("</ol></nav>\n");
    }
    let mut open = false;
    for b in &doc.blocks {
        if sectioned
            && matches!(
                b,
                Block::Heading {
                    level: 2,
                    id: Some(_),
                    ..
                }
            )
        {
            if open {
                body.push_str("</section>\n");
            }
            body.push_str("<section class=\"part\">\n");
            open = true;
        }
        block(b, &mut body);
    }
    if open {
        body.push_str("</section>\n");
    }
    page(&doc.title, lang, &body)
}

/// A complete HTML document around `body`.
fn page(title: &str, lang: Lang, body: &str) -> String {
    let html_lang = match lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"color-scheme\" content=\"light\">\n\
<meta name=\"generator\" content=\"cxassess {VERSION}\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n{}\n</main>\n\
<footer>{}</footer>\n</body>\n</html>\n",
        escape_html(title),
        body.trim_end(),
        escape_html(&crate::tr!(lang, "report-html-footer", version = VERSION)),
    )
}

fn block(b: &Block, out: &mut String) {
    match b {
        Block::Heading { level, text, id } => {
            let level = (*level).clamp(1, 4) + u8::from(*level == 1);
            let anchor = id
                .as_ref()
                .map(|i| format!(" id=\"{}\"", escape_html(i)))
                .unwrap_or_default();
            let _ = writeln!(out, "<h{level}{anchor}>{}</h{level}>", escape_html(text));
        }
        Block::Paragraph(i) => {
            let _ = writeln!(out, "<p>{}</p>", inline(i));
        }
        Block::Callout { tone, title, lines } => {
            let class = if matches!(tone, Tone::Warn | Tone::Bad) {
                "callout"
            } else {
                "callout info"
            };
            let _ = write!(out, "<div class=\"{class}\">");
            if let Some(t) = title {
                let _ = write!(out, "<p><strong>{}</strong></p>", escape_html(t));
            }
            for l in lines {
                let _ = write!(out, "<p>{}</p>", inline(l));
            }
            out.push_str("</div>\n");
        }
        Block::Figures(figures) => cards(figures, out),
        Block::Table(t) => table(t, out),
        Block::Chart(c) => figure(&svg::render(c), &c.caption, out),
        Block::Drawing {
            drawing,
            title,
            desc,
            caption,
        } => figure(&drawing.svg(title, desc), caption, out),
        Block::Steps(items) => list("ol class=\"priorities\"", "ol", items, out),
        Block::Bullets(items) => list("ul", "ul", items, out),
        Block::Method(items) => {
            out.push_str("<ul class=\"method\">\n");
            for i in items {
                let _ = writeln!(out, "<li>{}</li>", text(i));
            }
            out.push_str("</ul>\n");
        }
        Block::Quotes(quotes) => {
            for Quote { text: t, by, tone } in quotes {
                let _ = writeln!(
                    out,
                    "<blockquote{}>“{}”<div class=\"who\">— {}</div></blockquote>",
                    class_attr(*tone),
                    escape_html(t),
                    escape_html(by)
                );
            }
        }
        Block::Only(formats, inner) => {
            if formats.html {
                for b in inner {
                    block(b, out);
                }
            }
        }
    }
}

fn figure(svg: &str, caption: &str, out: &mut String) {
    if caption.is_empty() {
        let _ = writeln!(out, "<figure>\n{svg}\n</figure>");
    } else {
        let _ = writeln!(
            out,
            "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>",
            escape_html(caption)
        );
    }
}

fn list(open: &str, close: &str, items: &[Inline], out: &mut String) {
    let _ = writeln!(out, "<{open}>");
    for i in items {
        let _ = writeln!(out, "<li>{}</li>", inline(i));
    }
    let _ = writeln!(out, "</{close}>");
}

fn cards(figures: &[Figure], out: &mut String) {
    out.push_str("<div class=\"cards\">\n");
    for f in figures {
        let _ = write!(
            out,
            "<div class=\"card\"><div class=\"label\">{}</div><div class=\"big\">{}</div>",
            escape_html(&f.label),
            inline(&f.value)
        );
        for d in &f.details {
            let _ = write!(out, "<div class=\"small\">{}</div>", escape_html(d));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
}

fn table(t: &Table, out: &mut String) {
    let shown: Vec<usize> = (0..t.columns.len())
        .filter(|&c| t.columns[c].formats.html)
        .collect();
    let num = |c: usize| {
        if t.columns[c].align == Align::Right {
            " class=\"num\""
        } else {
            ""
        }
    };
    out.push_str("<table>");
    if t.columns.iter().any(|c| !c.head.is_empty()) {
        out.push_str("<tr>");
        for &c in &shown {
            let _ = write!(
                out,
                "<th{}>{}</th>",
                num(c),
                escape_html(&t.columns[c].head)
            );
        }
        out.push_str("</tr>");
    }
    out.push('\n');
    for r in &t.rows {
        match r {
            Row::Cells(cells) => {
                out.push_str("<tr>");
                for &c in &shown {
                    let content = match cells.get(c) {
                        Some(Cell::Text(i)) => inline(i),
                        Some(Cell::Bar(b)) => bar(b.value, b.max, b.mark, b.tone),
                        None => String::new(),
                    };
                    let _ = write!(out, "<td{}>{content}</td>", num(c));
                }
                out.push_str("</tr>\n");
            }
            Row::Group(heading) => {
                let _ = writeln!(
                    out,
                    "<tr><th colspan=\"{}\">{}</th></tr>",
                    shown.len().max(1),
                    inline(heading)
                );
            }
        }
    }
    out.push_str("</table>\n");
}

/// A bar in a table cell, drawn with CSS.
fn bar(value: Option<f64>, max: f64, mark: Option<f64>, tone: Tone) -> String {
    let pct = |v: f64| (v / max.max(f64::EPSILON) * 100.0).clamp(0.0, 100.0);
    let fill = value.map_or(0.0, pct);
    let tick = mark
        .map(|m| format!("<i style=\"left:{}%\"></i>", svg::n(pct(m))))
        .unwrap_or_default();
    format!(
        "<span class=\"bar\"><span style=\"width:{}%;background:{}\"></span>{tick}</span>",
        svg::n(fill),
        tone.hex()
    )
}

fn class_attr(tone: Tone) -> String {
    tone_class(tone).map_or_else(String::new, |c| format!(" class=\"{c}\""))
}

fn tone_class(tone: Tone) -> Option<String> {
    match tone {
        Tone::Plain | Tone::Strong => None,
        Tone::Dim => Some("muted".into()),
        Tone::Good => Some("ok".into()),
        Tone::Bad => Some("bad".into()),
        Tone::Warn => Some("warn".into()),
        Tone::Series(i) => Some(format!("s{}", i % 6)),
    }
}

/// Inline text: tones as classes, strong as `<strong>`, `` `code` `` as `<code>`.
fn inline(i: &Inline) -> String {
    i.0.iter()
        .map(|s| {
            let body = text(&s.text);
            match (s.tone, tone_class(s.tone)) {
                (Tone::Strong, _) => format!("<strong>{body}</strong>"),
                (_, Some(class)) => format!("<span class=\"{class}\">{body}</span>"),
                _ => body,
            }
        })
        .collect()
}

/// Escaped text, with spans between backticks shown as code.
fn text(s: &str) -> String {
    let parts: Vec<&str> = s.split('`').collect();
    if parts.len() < 3 || parts.len() % 2 == 0 {
        return escape_html(s);
    }
    parts
        .iter()
        .enumerate()
        .map(|(k, p)| {
            if k % 2 == 1 {
                format!("<code>{}</code>", escape_html(p))
            } else {
                escape_html(p)
            }
        })
        .collect()
}
