//! Markdown for wikis and pull requests: headings, tables with aligned columns, lists. Charts and
//! drawings are left out (their numbers are in the tables). Text from data is escaped so that it
//! reads as text: table pipes, and the characters that would start HTML.

use crate::lang::Lang;
use crate::report::doc::{Align, Block, Cell, Document, Figure, Inline, Quote, Row, Table, Tone};
use crate::tr;

/// `doc` as Markdown.
pub fn write(doc: &Document, lang: Lang) -> String {
    let mut out = format!("# {}\n", escape(&doc.title));
    for m in &doc.meta {
        out.push('\n');
        out.push_str(&inline(m));
        out.push('\n');
    }
    blocks(&doc.blocks, lang, &mut out);
    out
}

fn blocks(blocks: &[Block], lang: Lang, out: &mut String) {
    for b in blocks {
        block(b, lang, out);
    }
}

fn block(b: &Block, lang: Lang, out: &mut String) {
    match b {
        Block::Heading { level, text, .. } => {
            out.push('\n');
            out.push_str(&"#".repeat(usize::from((*level).clamp(1, 6))));
            out.push(' ');
            out.push_str(&escape(text));
            out.push('\n');
        }
        Block::Paragraph(i) => {
            out.push('\n');
            out.push_str(&inline(i));
            out.push('\n');
        }
        Block::Callout { title, lines, .. } => {
            out.push('\n');
            if let Some(t) = title {
                out.push_str(&format!("> **{}**\n", escape(t)));
                if !lines.is_empty() {
                    out.push_str(">\n");
                }
            }
            for (i, l) in lines.iter().enumerate() {
                if i > 0 {
                    out.push_str(">\n");
                }
                out.push_str(&format!("> {}\n", inline(l)));
            }
        }
        Block::Figures(figures) => figure_table(figures, lang, out),
        Block::Table(t) => table(t, out),
        Block::Chart(_) | Block::Drawing { .. } => {}
        Block::Steps(items) => {
            out.push('\n');
            for (k, item) in items.iter().enumerate() {
                out.push_str(&format!("{}. {}\n", k + 1, inline(item)));
            }
        }
        Block::Bullets(items) => {
            out.push('\n');
            for item in items {
                out.push_str(&format!("- {}\n", inline(item)));
            }
        }
        Block::Method(items) => {
            out.push('\n');
            for item in items {
                out.push_str(&format!("- {}\n", escape(item)));
            }
        }
        Block::Quotes(quotes) => {
            out.push('\n');
            for Quote { text, by, .. } in quotes {
                out.push_str(&format!("- “{}” — {}\n", cell_text(text), cell_text(by)));
            }
        }
        Block::Only(formats, inner) => {
            if formats.markdown {
                blocks(inner, lang, out);
            }
        }
    }
}

fn figure_table(figures: &[Figure], lang: Lang, out: &mut String) {
    out.push_str(&format!(
        "\n| {} | {} | {} |\n|---|---:|---|\n",
        tr!(lang, "report-figure"),
        tr!(lang, "report-value"),
        tr!(lang, "report-details")
    ));
    for f in figures {
        out.push_str(&format!(
            "| {} | **{}** | {} |\n",
            cell_text(&f.label),
            cell_text(&f.value.text()),
            cell_text(&f.details.join(" · "))
        ));
    }
}

fn table(t: &Table, out: &mut String) {
    let shown: Vec<usize> = (0..t.columns.len())
        .filter(|&c| t.columns[c].formats.markdown)
        .filter(|&c| {
            !t.rows.iter().any(
                |r| matches!(r, Row::Cells(cells) if matches!(cells.get(c), Some(Cell::Bar(_)))),
            )
        })
        .collect();
    if shown.is_empty() {
        return;
    }
    out.push('\n');
    let head: Vec<String> = shown
        .iter()
        .map(|&c| cell_text(&t.columns[c].head))
        .collect();
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    let rule: Vec<&str> = shown
        .iter()
        .map(|&c| match t.columns[c].align {
            Align::Left => "---",
            Align::Right => "---:",
            Align::Center => ":---:",
        })
        .collect();
    out.push_str(&format!("|{}|\n", rule.join("|")));
    for r in &t.rows {
        match r {
            Row::Cells(cells) => {
                let row: Vec<String> = shown
                    .iter()
                    .map(|&c| match cells.get(c) {
                        Some(Cell::Text(i)) => cell_inline(i),
                        Some(Cell::Bar(_)) | None => String::new(),
                    })
                    .collect();
                out.push_str(&format!("| {} |\n", row.join(" | ")));
            }
            Row::Group(heading) => {
                let mut row = vec![format!("**{}**", cell_text(&heading.text()))];
                row.extend(std::iter::repeat_n(String::new(), shown.len() - 1));
                out.push_str(&format!("| {} |\n", row.join(" | ")));
            }
        }
    }
}

/// Inline text: strong spans in bold, the rest as text.
fn inline(i: &Inline) -> String {
    i.0.iter()
        .map(|s| {
            let text = escape(&s.text);
            if s.tone == Tone::Strong && !s.text.trim().is_empty() {
                format!("**{}**", text.trim())
            } else {
                text
            }
        })
        .collect()
}

fn cell_inline(i: &Inline) -> String {
    inline(i).replace('|', "\\|").replace('\n', " ")
}

fn cell_text(s: &str) -> String {
    escape(s).replace('|', "\\|").replace('\n', " ")
}

/// Text that Markdown renders as itself: `<`, `>` and `&` as entities, so nothing in the data
/// becomes HTML when the Markdown is rendered.
fn escape(s: &str) -> String {
    crate::sanitize::markdown(s).into_owned()
}
