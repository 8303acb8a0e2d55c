//! Report for instruments without a dedicated model: a bar per group.

use std::fmt::Write as _;

use super::text::{Color, Painter, bar, fmt1, pad, pad_left, width};
use super::{Report, heading, respondents_line};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::generic::GenericScore;

/// The methodology statements.
pub fn policies(lang: Lang) -> Vec<String> {
    vec![lang
        .pick(
            "Group score = mean position on the answer scale, 0 (lowest point) to 100 (highest point); reverse-keyed items are turned round first.",
            "组得分 = 在答题量表上的平均位置,0(最低点)到 100(最高点);反向计分题先反转。",
        )
        .to_string()]
}

/// The text report.
pub fn text(report: &Report<'_>, s: &GenericScore, lang: Lang, p: Painter) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&heading(report, lang), Color::Bold));
    let _ = writeln!(out, "{}\n", respondents_line(report, lang));
    let w = s
        .groups
        .iter()
        .map(|g| width(&inst.group_name(&g.id, lang)))
        .max()
        .unwrap_or(8);
    for g in &s.groups {
        let _ = writeln!(
            out,
            "  {}  {}  {}  n={}",
            pad(&inst.group_name(&g.id, lang), w),
            bar(g.score, 100.0, 20, None),
            pad_left(&fmt1(g.score), 5),
            g.n
        );
    }
    out.push('\n');
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "  · {}", p.paint(&pol, Color::Dim));
    }
    out
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, s: &GenericScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = format!(
        "# {}\n\n{}\n\n",
        heading(report, lang),
        respondents_line(report, lang)
    );
    let _ = writeln!(
        out,
        "| {} | {} | n |\n|---|---:|---:|",
        lang.pick("group", "组"),
        lang.pick("score", "得分")
    );
    for g in &s.groups {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            inst.group_name(&g.id, lang),
            fmt1(g.score),
            g.n
        );
    }
    out.push('\n');
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "- {pol}");
    }
    out
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &GenericScore, lang: Lang) -> String {
    let mut out = String::new();
    for g in &s.groups {
        let _ = writeln!(
            out,
            "{}  {}",
            pad(&inst.group_name(&g.id, lang), 24),
            fmt1(g.score)
        );
    }
    out
}

/// The HTML body.
pub fn html(report: &Report<'_>, s: &GenericScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = format!(
        "<h1>{}</h1>\n<table>\n",
        super::escape_html(&heading(report, lang))
    );
    for g in &s.groups {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">n={}</td></tr>",
            super::escape_html(&inst.group_name(&g.id, lang)),
            fmt1(g.score),
            g.n
        );
    }
    out.push_str("</table>\n");
    out
}
