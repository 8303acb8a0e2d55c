use super::*;
use crate::report::doc::{BarCell, Block, Cell, Column, Document, Figure, Quote, Table};

fn sample(lang_zh: bool) -> Document {
    let long = if lang_zh {
        "便利体验（初级体验）得分 31.2，低于及格线 28.8 分，按重要性加权 115.0。请简化流程，让客户在方便的时间和地点办理业务，主动、预防性地处理问题。"
    } else {
        "Contact the 3 detractors within a week and close the loop on what went wrong; their reasons are listed above, with the respondents who gave them."
    };
    let mut doc = Document::new(if lang_zh {
        "体验金字塔"
    } else {
        "Experience pyramid"
    });
    doc.meta
        .push(Inline::plain("2 respondents (customer 1, manager 1)"));
    doc.section(if lang_zh {
        "下一步"
    } else {
        "What to do next"
    });
    doc.push(Block::Steps(vec![Inline::plain(long), Inline::plain(long)]));
    let mut t = Table::new(vec![
        Column::label(if lang_zh { "体验" } else { "experience" }),
        Column::number("score"),
        Column::text("statement"),
        Column::number("n"),
        Column::text("detail").optional(),
    ]);
    t.row(vec![
        Cell::from(if lang_zh {
            "便利体验"
        } else {
            "Convenience"
        }),
        Cell::from("31.2"),
        Cell::from(long),
        Cell::from("12"),
        Cell::from(long),
    ]);
    t.row(vec![
        Cell::from("Respect"),
        Cell::Bar(BarCell {
            value: Some(75.0),
            max: 100.0,
            mark: Some(60.0),
            tone: Tone::Series(0),
        }),
        Cell::from("short"),
        Cell::from("3"),
        Cell::from(""),
    ]);
    doc.push(Block::Table(t));
    doc.push(Block::Figures(vec![Figure {
        label: "Net Promoter Score".into(),
        value: Inline::plain("+20.0"),
        details: vec![long.into(), "n = 12".into()],
    }]));
    doc.push(Block::Quotes(vec![Quote {
        text: long.into(),
        by: "li.wei (manager) · respect.1".into(),
        tone: Tone::Plain,
    }]));
    doc.push(Block::Method(vec![long.into()]));
    doc
}

#[test]
fn no_line_is_wider_than_the_terminal_in_either_language() {
    for zh in [false, true] {
        for w in [40, 60, 80, 100, 132] {
            let text = write(
                &sample(zh),
                Options {
                    lang: crate::lang::Lang::En,
                    width: w,
                    color: false,
                },
            );
            for line in text.lines() {
                assert!(width(line) <= w, "{w} columns: {line:?}\n{text}");
                assert_eq!(line, line.trim_end(), "no trailing spaces: {line:?}");
            }
        }
    }
}

#[test]
fn words_are_never_broken_and_nothing_is_lost() {
    let text = write(
        &sample(false),
        Options {
            lang: crate::lang::Lang::En,
            width: 80,
            color: false,
        },
    );
    // "detractors" is never split across lines ("detract / ors").
    assert!(text.contains("detractors"), "{text}");
    for line in text.lines() {
        assert!(!line.trim_end().ends_with("detract"), "{line}");
    }
    // Steps are numbered with a hanging indent.
    assert!(text.contains("\n  1. Contact the 3 detractors"), "{text}");
}

#[test]
fn a_narrow_table_wraps_text_and_leaves_out_optional_columns() {
    let lines: Vec<String> = table::lines(
        &match &sample(false).blocks[2] {
            Block::Table(t) => t.clone(),
            _ => unreachable!(),
        },
        60,
    )
    .iter()
    .map(Inline::text)
    .collect();
    let head = &lines[0];
    assert!(
        head.contains("statement") && !head.contains("detail"),
        "{lines:#?}"
    );
    assert!(lines.len() > 4, "the long statement wraps: {lines:#?}");
    assert!(lines.iter().all(|l| width(l) <= 60), "{lines:#?}");
    let wide: Vec<String> = table::lines(
        &match &sample(false).blocks[2] {
            Block::Table(t) => t.clone(),
            _ => unreachable!(),
        },
        400,
    )
    .iter()
    .map(Inline::text)
    .collect();
    assert!(
        wide[0].contains("detail"),
        "room for every column: {wide:#?}"
    );
    assert!(wide[2].contains("████"), "bars are drawn: {wide:#?}");
}

#[test]
fn colour_only_when_asked_and_tones_survive_wrapping() {
    let mut doc = Document::new("T");
    doc.paragraph(Inline::plain("plain words then ").then(
        "a warning that is long enough to wrap across lines",
        Tone::Warn,
    ));
    let coloured = write(
        &doc,
        Options {
            lang: crate::lang::Lang::En,
            width: 40,
            color: true,
        },
    );
    assert!(coloured.contains("\x1b[33m"), "{coloured}");
    let wrapped = wrap_inline(
        &match &doc.blocks[0] {
            Block::Paragraph(i) => i.clone(),
            _ => unreachable!(),
        },
        30,
    );
    assert!(wrapped.len() >= 2);
    assert_eq!(wrapped[1].0[0].tone, Tone::Warn, "{wrapped:?}");
    let plain = write(&doc, Options::plain(crate::lang::Lang::En));
    assert!(!plain.contains('\x1b'));
}

#[test]
fn blocks_are_separated_by_one_blank_line_and_headings_hold_their_block() {
    let text = write(&sample(false), Options::plain(crate::lang::Lang::En));
    assert!(!text.contains("\n\n\n"), "{text}");
    assert!(text.contains("What to do next\n  1."), "{text}");
}
