//! The CX maturity report: the stage ladder, a 1–5 bar per dimension with the next stage marked,
//! the dimensions that block the next stage, the roadmap (one level up per lagging item, with the
//! rubric's description and suggestion), the spread between respondents, roles side by side,
//! notes and N/A reasons, and the methodology. HTML adds an inline SVG radar of the dimensions
//! (1–5 rings, the stage ring highlighted) and a drawn ladder. Rendering only: every figure comes
//! from `score::maturity`; level texts come from the instrument.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::html::{AMBER, BLUE, GREEN, GREY, MAGENTA, RED, n as svg_num};
use super::text::{Color, Painter, bar, fmt_signed, fmt1, pad, pad_left, width};
use super::{Report, escape_html, heading, respondents_line, role_name};
use crate::instrument::{Instrument, MATURITY_LEVELS, QuestionKind, RubricLevel};
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::maturity::{Blocking, MaturityScore, RemarkKind, RoadmapStep, TOP_LEVEL};

/// Wrapping width of prose in the text report.
const TEXT_WIDTH: usize = 96;

/// Cells of a dimension bar: six per level step, 1 at the left edge, 5 at the right.
const BAR_CELLS: usize = 24;

/// A respondent range at least this wide (in levels) is flagged as a difference of views.
const WIDE_RANGE: f64 = 2.0;

/// The name of level `level` (1–5).
pub fn level_name(level: u8, lang: Lang) -> &'static str {
    MATURITY_LEVELS
        .get(usize::from(level).wrapping_sub(1))
        .map_or("?", |(en, zh)| lang.pick(en, zh))
}

/// "2 Emerging".
fn level_label(level: u8, lang: Lang) -> String {
    format!("{level} {}", level_name(level, lang))
}

fn stage_label(s: &MaturityScore, lang: Lang) -> String {
    match (s.stage, s.provisional_stage) {
        (Some(st), _) => level_label(st, lang),
        (None, Some(p)) => match lang {
            Lang::En => format!("not determined (provisionally {})", level_label(p, lang)),
            Lang::Zh => format!("未能确定（暂定 {}）", level_label(p, lang)),
        },
        (None, None) => lang.pick("not determined", "未能确定").to_string(),
    }
}

fn index_label(s: &MaturityScore, lang: Lang) -> String {
    match (s.index, s.assessed_index) {
        (Some(i), _) => format!("{} / 100", fmt1(Some(i))),
        (None, Some(a)) => match lang {
            Lang::En => format!("n/a ({} / 100 over the assessed dimensions)", fmt1(Some(a))),
            Lang::Zh => format!("n/a（已评估维度：{} / 100）", fmt1(Some(a))),
        },
        (None, None) => "n/a".to_string(),
    }
}

/// "Weakest dimension: Metrics (2.3)".
fn weakest_line(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Option<String> {
    let w = s.weakest.as_deref()?;
    let name = inst.group_name(w, lang);
    let score = fmt1(dim_score(s, w));
    Some(match lang {
        Lang::En => format!("Weakest dimension: {name} ({score})"),
        Lang::Zh => format!("最弱维度：{name}（{score}）"),
    })
}

/// The item's statement.
fn item_text(inst: &Instrument, id: &str, lang: Lang) -> String {
    inst.question(id)
        .and_then(|q| q.text.as_ref())
        .map_or_else(|| id.to_string(), |t| t.get(lang).to_string())
}

/// Level `level` (1–5) of rubric item `id`.
fn rubric_level<'i>(inst: &'i Instrument, id: &str, level: u8) -> Option<&'i RubricLevel> {
    match &inst.question(id)?.kind {
        QuestionKind::Rubric(levels) => levels.get(usize::from(level).checked_sub(1)?),
        _ => None,
    }
}

/// The description of the level to reach and the suggestion given at the current level.
fn step_texts(inst: &Instrument, step: &RoadmapStep, lang: Lang) -> (String, String) {
    let next = rubric_level(inst, &step.item, step.target)
        .map(|l| l.text.get(lang).to_string())
        .unwrap_or_default();
    let suggestion = rubric_level(inst, &step.item, step.level)
        .map(|l| l.suggestion.get(lang).to_string())
        .unwrap_or_default();
    (next, suggestion)
}

/// The per-role scores, when the report holds more than one role.
fn role_columns<'r>(report: &'r Report<'_>) -> Vec<(String, &'r MaturityScore)> {
    report
        .scoring
        .by_role
        .iter()
        .filter_map(|(r, s)| match s {
            Scored::Maturity(m) => Some((r.clone(), m)),
            _ => None,
        })
        .collect()
}

fn dim_score(s: &MaturityScore, id: &str) -> Option<f64> {
    s.dimensions
        .iter()
        .find(|d| d.id == id)
        .and_then(|d| d.score)
}

/// The methodology statements.
pub fn policies(_s: &MaturityScore, lang: Lang) -> Vec<String> {
    let levels: Vec<String> = (1..=TOP_LEVEL).map(|l| level_label(l, lang)).collect();
    match lang {
        Lang::En => vec![
            format!("Each item is answered by choosing the level description that fits best ({}); the level chosen is the item's value.", levels.join(", ")),
            "Dimension score = mean of the levels of the items a respondent answered in it (1.0–5.0); with several respondents it is the mean of their dimension scores, not the pooled mean of every item answer. n = respondents with at least one valid item in the dimension.".into(),
            "Maturity index = (mean of the dimension scores − 1) / 4 × 100, on 0–100.".into(),
            "Stage = the highest level L such that every dimension scores at least L, compared at full precision: a dimension at exactly 3.0 counts for stage 3, one at 2.99 keeps the stage at 2. The stage is never above the weakest dimension, whatever the index says.".into(),
            "A dimension nobody answered (all items not applicable or unanswered) leaves the stage and the index undetermined; a provisional stage and an index over the assessed dimensions are then shown, labelled as such.".into(),
            "Blocking dimensions score below the next stage's level; the shortfall is that level minus the score.".into(),
            "Roadmap: in each blocking dimension, every item whose mean level (over the respondents who answered it) is below the next stage. Its current level is that mean rounded down, and the step shown is one level up: the next level's description and the rubric's suggestion at the current level. If rounding leaves no item below the next stage, the dimension's lowest item is shown.".into(),
            format!("Spread: lowest and highest respondent score per dimension and the sample standard deviation (n − 1), with at least two respondents; a range of {} levels or more is flagged as a difference of views.", fmt1(Some(WIDE_RANGE))),
        ],
        Lang::Zh => vec![
            format!("每个题目选择最符合现状的级别描述（{}）；所选级别即该题得分。", levels.join("、")),
            "维度得分 = 答卷人在该维度已作答题目级别的平均值（1.0–5.0）；多位答卷人时取各人维度得分的平均值，而不是把所有题目答案混合后取平均。n = 在该维度至少有一个有效答案的答卷人数。".into(),
            "成熟度指数 = (各维度得分平均值 − 1) / 4 × 100，取值 0–100。".into(),
            "阶段 = 使每个维度得分都不低于 L 的最高级别 L，按完整精度比较：某维度恰为 3.0 即计入第 3 阶段，2.99 则阶段仍为 2。无论指数多高，阶段都不会高于最弱的维度。".into(),
            "若某维度无人作答（题目全部为“不适用”或未答），阶段和指数无法确定；此时显示基于已评估维度的暂定阶段和指数，并明确标注。".into(),
            "阻碍维度：得分低于下一阶段级别的维度；差距 = 该级别 − 得分。".into(),
            "路线图：在每个阻碍维度中，列出平均级别（按作答该题的答卷人计算）低于下一阶段的每个题目。当前级别为该平均值向下取整，建议只向上迈一级：给出下一级别的描述和量表在当前级别给出的建议。若取整后没有低于下一阶段的题目，则列出该维度得分最低的题目。".into(),
            format!("离散程度：每个维度答卷人得分的最低值、最高值和样本标准差（n − 1），至少两位答卷人时显示；极差达到 {} 个级别及以上时标注为看法分歧。", fmt1(Some(WIDE_RANGE))),
        ],
    }
}

/// The stage ladder: five rungs, top first, filled up to the stage reached.
fn ladder(s: &MaturityScore, inst: &Instrument, lang: Lang, p: Painter) -> Vec<String> {
    let reached = s.stage.or(s.provisional_stage).unwrap_or(0);
    let name_w = (1..=TOP_LEVEL)
        .map(|l| width(&level_label(l, lang)))
        .max()
        .unwrap_or(12);
    let mut lines = Vec::new();
    for level in (1..=TOP_LEVEL).rev() {
        let steps = usize::from(level) * 4;
        let rung = if level <= reached {
            let fill = if s.stage.is_some() { "█" } else { "▒" };
            p.paint(&fill.repeat(steps), Color::Green)
        } else {
            p.paint(&"░".repeat(steps), Color::Dim)
        };
        let mut line = format!(
            "  {}  {}{}",
            pad(&level_label(level, lang), name_w),
            rung,
            " ".repeat(usize::from(TOP_LEVEL) * 4 - steps)
        );
        if level == reached {
            let marker = if s.stage.is_some() {
                lang.pick("◀ stage reached", "◀ 已达到的阶段")
            } else {
                lang.pick("◀ provisional stage", "◀ 暂定阶段")
            };
            line.push_str("  ");
            line.push_str(&p.paint(marker, Color::Bold));
        } else if Some(level) == s.next_stage {
            let what = match (lang, s.blocking.len()) {
                (Lang::En, 1) => format!(
                    "← next stage: {} is below it",
                    inst.group_name(&s.blocking[0].id, lang)
                ),
                (Lang::En, k) => format!("← next stage: {k} dimensions are below it (◀)"),
                (Lang::Zh, 1) => format!(
                    "← 下一阶段：{}尚未达到",
                    inst.group_name(&s.blocking[0].id, lang)
                ),
                (Lang::Zh, k) => format!("← 下一阶段：{k} 个维度尚未达到（◀）"),
            };
            line.push_str("  ");
            line.push_str(&p.paint(&what, Color::Yellow));
        }
        lines.push(line.trim_end().to_string());
    }
    lines
}

fn blocking_phrase(b: &Blocking, target: Option<u8>, lang: Lang) -> String {
    match (b.shortfall, target) {
        (Some(sh), Some(t)) => match lang {
            Lang::En => format!("{} below {t}", fmt1(Some(sh))),
            Lang::Zh => format!("距 {t} 级差 {}", fmt1(Some(sh))),
        },
        _ => lang.pick("no answers", "无答案").to_string(),
    }
}

/// The text report.
pub fn text(report: &Report<'_>, s: &MaturityScore, lang: Lang, p: Painter) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&heading(report, lang), Color::Bold));
    let _ = writeln!(out, "{}", respondents_line(report, lang));
    let _ = writeln!(
        out,
        "{} {} · {} {}",
        lang.pick("Stage", "阶段"),
        p.paint(&stage_label(s, lang), Color::Bold),
        lang.pick("maturity index", "成熟度指数"),
        p.paint(&index_label(s, lang), Color::Bold)
    );
    if let Some(w) = weakest_line(inst, s, lang) {
        let _ = writeln!(out, "{w}");
    }
    if s.respondents == 0 {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            lang.pick(
                "No answers yet: run the questionnaire (cxassess run maturity) and report again.",
                "尚无答案：请先填写问卷（cxassess run maturity）再生成报告。"
            )
        );
    }

    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(lang.pick("Stage ladder", "阶段阶梯"), Color::Bold)
    );
    for l in ladder(s, inst, lang, p) {
        let _ = writeln!(out, "{l}");
    }

    out.push('\n');
    let name_w = s
        .dimensions
        .iter()
        .map(|d| width(&inst.group_name(&d.id, lang)))
        .max()
        .unwrap_or(10)
        .max(10);
    let dims_heading = match (lang, s.next_stage) {
        (Lang::En, Some(t)) => format!("Dimensions (1–5; │ marks the next stage, {t})"),
        (Lang::En, None) => "Dimensions (1–5)".to_string(),
        (Lang::Zh, Some(t)) => format!("各维度（1–5；│ 标出下一阶段 {t}）"),
        (Lang::Zh, None) => "各维度（1–5）".to_string(),
    };
    let _ = writeln!(out, "{}", p.paint(&dims_heading, Color::Bold));
    let axis = (1..=TOP_LEVEL).fold(String::new(), |mut acc, l| {
        let _ = write!(acc, "{l:<6}");
        acc
    });
    let axis = axis.trim_end();
    let _ = writeln!(out, "  {}  {axis}", pad("", name_w));
    let level_w = (1..=TOP_LEVEL)
        .map(|l| width(level_name(l, lang)))
        .max()
        .unwrap_or(8);
    for d in &s.dimensions {
        let b = bar(
            d.score.map(|v| v - 1.0),
            f64::from(TOP_LEVEL - 1),
            BAR_CELLS,
            s.next_stage.map(|t| f64::from(t) - 1.0),
        );
        let blocking = s.blocking.iter().find(|x| x.id == d.id);
        let color = if blocking.is_some() {
            Color::Yellow
        } else {
            Color::Green
        };
        let mut line = format!(
            "  {}  {} {}  {}  n={}",
            pad(&inst.group_name(&d.id, lang), name_w),
            p.paint(&b, color),
            pad_left(&fmt1(d.score), 3),
            pad(d.level.map_or("", |l| level_name(l, lang)), level_w),
            d.n
        );
        if let Some(bl) = blocking {
            line.push_str("  ");
            line.push_str(&p.paint(
                &format!("◀ {}", blocking_phrase(bl, s.next_stage, lang)),
                Color::Yellow,
            ));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }

    if s.respondents > 1 {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                lang.pick(
                    "Spread between respondents (lowest–highest, sample SD)",
                    "答卷人之间的离散程度（最低–最高，样本标准差）"
                ),
                Color::Bold
            )
        );
        for d in &s.dimensions {
            let range = match (d.min, d.max) {
                (Some(lo), Some(hi)) => format!("{}–{}", fmt1(Some(lo)), fmt1(Some(hi))),
                _ => "n/a".into(),
            };
            let wide = match (d.min, d.max) {
                (Some(lo), Some(hi)) if hi - lo >= WIDE_RANGE - 1e-9 => p.paint(
                    lang.pick(
                        "  views differ: compare the evidence",
                        "  看法分歧：请对照证据",
                    ),
                    Color::Yellow,
                ),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "  {}  {}  sd {}  n={}{wide}",
                pad(&inst.group_name(&d.id, lang), name_w),
                pad(&range, 7),
                pad_left(&fmt1(d.sd), 3),
                d.n
            );
        }
    }

    let roles = role_columns(report);
    if roles.len() > 1 {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(lang.pick("Roles side by side", "不同角色对比"), Color::Bold)
        );
        let col = roles
            .iter()
            .map(|(r, _)| width(&role_name(r, lang)))
            .max()
            .unwrap_or(8)
            .max(8)
            + 2;
        let mut header = format!("  {}", pad(lang.pick("dimension", "维度"), name_w));
        for (r, _) in &roles {
            header.push_str(&pad_left(&role_name(r, lang), col));
        }
        let diff_w = width(&difference_heading(&roles, lang)).max(10) + 2;
        header.push_str(&pad_left(&difference_heading(&roles, lang), diff_w));
        let _ = writeln!(out, "{header}");
        for d in &s.dimensions {
            let mut line = format!("  {}", pad(&inst.group_name(&d.id, lang), name_w));
            let values: Vec<Option<f64>> =
                roles.iter().map(|(_, rs)| dim_score(rs, &d.id)).collect();
            for v in &values {
                line.push_str(&pad_left(&fmt1(*v), col));
            }
            line.push_str(&pad_left(&role_difference(&values), diff_w));
            let _ = writeln!(out, "{line}");
        }
        let mut idx = format!("  {}", pad(lang.pick("index", "指数"), name_w));
        let mut stage = format!("  {}", pad(lang.pick("stage", "阶段"), name_w));
        for (_, rs) in &roles {
            let (i, st) = role_headline(rs, |l| l.to_string());
            idx.push_str(&pad_left(&i, col));
            stage.push_str(&pad_left(&st, col));
        }
        let _ = writeln!(out, "{idx}");
        let _ = writeln!(out, "{stage}");
        if let Some(note) = provisional_note(&roles, lang) {
            let _ = writeln!(out, "  {note}");
        }
    }

    out.push('\n');
    let _ = writeln!(out, "{}", p.paint(&next_heading(s, lang), Color::Bold));
    for l in next_lines(inst, s, lang) {
        match l {
            NextLine::Dimension(t) => {
                let _ = writeln!(out, "  {}", p.paint(&t, Color::Yellow));
            }
            NextLine::Item(t) => {
                for (i, w) in crate::report::text::wrap(&t, TEXT_WIDTH - 4)
                    .into_iter()
                    .enumerate()
                {
                    let _ = writeln!(out, "  {} {w}", if i == 0 { "·" } else { " " });
                }
            }
            NextLine::Detail(label, t) => {
                // A full-width colon carries its own space.
                let sep = if label.ends_with('：') { "" } else { " " };
                let indent = width(&label) + sep.len();
                for (i, w) in crate::report::text::wrap(&t, TEXT_WIDTH - 6 - indent)
                    .into_iter()
                    .enumerate()
                {
                    if i == 0 {
                        let _ = writeln!(out, "      {}{sep}{w}", p.paint(&label, Color::Dim));
                    } else {
                        let _ = writeln!(out, "      {}{w}", " ".repeat(indent));
                    }
                }
            }
            NextLine::Plain(t) => {
                for w in crate::report::text::wrap(&t, TEXT_WIDTH - 2) {
                    let _ = writeln!(out, "  {w}");
                }
            }
        }
    }

    if !s.remarks.is_empty() {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                lang.pick("Notes and reasons given", "备注与理由"),
                Color::Bold
            )
        );
        for r in &s.remarks {
            for (i, w) in crate::report::text::wrap(&remark_line(r, lang), TEXT_WIDTH - 4)
                .into_iter()
                .enumerate()
            {
                let _ = writeln!(out, "  {} {w}", if i == 0 { "·" } else { " " });
            }
        }
        if s.remarks_omitted > 0 {
            let _ = writeln!(out, "  {}", omitted_line(s.remarks_omitted, lang));
        }
    }

    out.push('\n');
    super::text::method_section(
        &mut out,
        &super::policies(report, lang),
        TEXT_WIDTH,
        lang,
        p,
    );
    out
}

/// Largest minus smallest of the roles' scores, when at least two have one.
/// The difference column: with two roles the signed difference second − first (the heading
/// says which), with more the range highest − lowest.
fn role_difference(values: &[Option<f64>]) -> String {
    if let [Some(a), Some(b)] = values {
        return fmt_signed(Some(b - a));
    }
    let known: Vec<f64> = values.iter().flatten().copied().collect();
    if known.len() < 2 {
        return fmt1(None);
    }
    let hi = known.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let lo = known.iter().copied().fold(f64::INFINITY, f64::min);
    fmt1(Some(hi - lo))
}

/// The difference column's heading: "manager − customer" for two roles.
fn difference_heading(roles: &[(String, &MaturityScore)], lang: Lang) -> String {
    match roles {
        [(a, _), (b, _)] => format!("{} − {}", role_name(b, lang), role_name(a, lang)),
        _ => lang.pick("difference", "差异").to_string(),
    }
}

fn provisional_word(lang: Lang) -> &'static str {
    lang.pick("provisional", "暂定")
}

/// A role's index and stage for the side-by-side table, `*` marking a provisional figure
/// (a dimension this role did not answer).
fn role_headline(rs: &MaturityScore, stage: impl Fn(u8) -> String) -> (String, String) {
    let mark = if rs.provisional { "*" } else { "" };
    let index = fmt1(rs.index.or(rs.assessed_index));
    let st = rs
        .stage
        .or(rs.provisional_stage)
        .map_or_else(|| "n/a".to_string(), stage);
    let mark_known = |v: String| if v == "n/a" { v } else { format!("{v}{mark}") };
    (mark_known(index), mark_known(st))
}

/// The note under the side-by-side table when a role's figures are provisional.
fn provisional_note(roles: &[(String, &MaturityScore)], lang: Lang) -> Option<String> {
    roles
        .iter()
        .any(|(_, rs)| rs.provisional)
        .then(|| format!("* {}", provisional_word(lang)))
}

fn remark_line(r: &crate::score::maturity::Remark, lang: Lang) -> String {
    let who = match (&r.role, lang) {
        (Some(role), Lang::En) if !role.trim().is_empty() => {
            format!("{} ({})", r.respondent, role_name(role, lang))
        }
        (Some(role), Lang::Zh) if !role.trim().is_empty() => {
            format!("{}（{}）", r.respondent, role_name(role, lang))
        }
        _ => r.respondent.clone(),
    };
    let what = match (r.kind, r.level) {
        (RemarkKind::NaReason, _) => lang.pick("N/A", "不适用").to_string(),
        (RemarkKind::Note, Some(l)) => match lang {
            Lang::En => format!("level {l}"),
            Lang::Zh => format!("级别 {l}"),
        },
        (RemarkKind::Note, None) => lang.pick("note", "备注").to_string(),
    };
    match lang {
        Lang::En => format!("{} · {who} · {what}: “{}”", r.item, r.text),
        Lang::Zh => format!("{} · {who} · {what}：“{}”", r.item, r.text),
    }
}

fn omitted_line(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("… and {n} more (see the results files)"),
        Lang::Zh => format!("……另有 {n} 条（见结果文件）"),
    }
}

fn next_heading(s: &MaturityScore, lang: Lang) -> String {
    match s.next_stage {
        Some(t) => match lang {
            Lang::En => format!("What to do next — to reach stage {}", level_label(t, lang)),
            Lang::Zh => format!("下一步——迈向第 {t} 阶段“{}”", level_name(t, lang)),
        },
        None => lang.pick("What to do next", "下一步").to_string(),
    }
}

/// One line of the roadmap, before layout.
enum NextLine {
    /// A blocking dimension's heading.
    Dimension(String),
    /// An item to raise.
    Item(String),
    /// A labelled detail under an item.
    Detail(String, String),
    /// A sentence.
    Plain(String),
}

fn next_lines(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Vec<NextLine> {
    let mut out = Vec::new();
    if s.respondents == 0 {
        out.push(NextLine::Plain(
            lang.pick("Answer the questionnaire first.", "请先填写问卷。")
                .to_string(),
        ));
        return out;
    }
    if s.next_stage.is_none() && s.unscored.is_empty() {
        out.push(NextLine::Plain(
            lang.pick(
                "Every dimension is at stage 5 Embedded. Sustain it: follow each item's level-5 advice, re-assess every year, and compare the managers' view with customers' and front-line staff's.",
                "所有维度均达到第 5 阶段“引领”。请保持：落实各题第 5 级的建议，每年重新评估，并把管理者的看法与客户和一线员工的看法相互对照。",
            )
            .to_string(),
        ));
        return out;
    }
    for b in &s.blocking {
        let name = inst.group_name(&b.id, lang);
        let Some(score) = b.score else {
            out.push(NextLine::Dimension(match lang {
                Lang::En => {
                    format!("{name}: no answers — assess it before the stage can be determined.")
                }
                Lang::Zh => format!("{name}：尚无答案——请先评估，才能确定阶段。"),
            }));
            continue;
        };
        let phrase = blocking_phrase(b, s.next_stage, lang);
        out.push(NextLine::Dimension(match lang {
            Lang::En => format!("{name} ({}, {phrase})", fmt1(Some(score))),
            Lang::Zh => format!("{name}（{}，{phrase}）", fmt1(Some(score))),
        }));
        for step in s.roadmap.iter().filter(|r| r.dimension == b.id) {
            let (next, suggestion) = step_texts(inst, step, lang);
            let now = match lang {
                Lang::En => format!(
                    "{} {} — now {} ({}, n={}) → {}",
                    step.item,
                    item_text(inst, &step.item, lang),
                    fmt1(Some(step.mean)),
                    level_name(step.level, lang),
                    step.n,
                    level_label(step.target, lang)
                ),
                Lang::Zh => format!(
                    "{} {}——目前 {}（{}，n={}）→ {}",
                    step.item,
                    item_text(inst, &step.item, lang),
                    fmt1(Some(step.mean)),
                    level_name(step.level, lang),
                    step.n,
                    level_label(step.target, lang)
                ),
            };
            out.push(NextLine::Item(now));
            if !next.is_empty() {
                out.push(NextLine::Detail(
                    lang.pick("Looks like:", "目标状态：").to_string(),
                    next,
                ));
            }
            if !suggestion.is_empty() {
                out.push(NextLine::Detail(
                    lang.pick("Do:", "建议：").to_string(),
                    suggestion,
                ));
            }
        }
    }
    out
}

/// Text for a Markdown table cell or list item: pipes and emphasis markers from instrument or
/// respondent text must not break the table or the formatting.
fn md(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('*', "\\*")
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, s: &MaturityScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(report, lang));
    let _ = writeln!(out, "{}\n", respondents_line(report, lang));
    let _ = writeln!(
        out,
        "**{} {}** · {} {}",
        lang.pick("Stage", "阶段"),
        stage_label(s, lang),
        lang.pick("maturity index", "成熟度指数"),
        index_label(s, lang)
    );
    if let Some(w) = weakest_line(inst, s, lang) {
        let _ = writeln!(out, "\n{w}");
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("Stage ladder", "阶段阶梯"));
    let reached = s.stage.or(s.provisional_stage).unwrap_or(0);
    let _ = writeln!(
        out,
        "| {} | {} | |",
        lang.pick("stage", "阶段"),
        lang.pick("ladder", "阶梯")
    );
    out.push_str("|---|---|---|\n");
    for level in (1..=TOP_LEVEL).rev() {
        let rung = if level <= reached {
            "■".repeat(usize::from(level))
        } else {
            "□".repeat(usize::from(level))
        };
        let note = if level == reached {
            if s.stage.is_some() {
                lang.pick("◀ stage reached", "◀ 已达到的阶段").to_string()
            } else {
                lang.pick("◀ provisional stage", "◀ 暂定阶段").to_string()
            }
        } else if Some(level) == s.next_stage {
            let names: Vec<String> = s
                .blocking
                .iter()
                .map(|b| inst.group_name(&b.id, lang))
                .collect();
            match lang {
                Lang::En => format!("next stage, held back by {}", names.join(", ")),
                Lang::Zh => format!("下一阶段，受制于：{}", names.join("、")),
            }
        } else {
            String::new()
        };
        let _ = writeln!(out, "| {} | {rung} | {note} |", level_label(level, lang));
    }

    let _ = writeln!(out, "\n## {}\n", lang.pick("Dimensions", "各维度"));
    let several = s.respondents > 1;
    let _ = write!(
        out,
        "| {} | {} | {} | {} | n |",
        lang.pick("dimension", "维度"),
        lang.pick("score (1–5)", "得分（1–5）"),
        lang.pick("chart", "图示"),
        lang.pick("level", "级别"),
    );
    let mut rule = String::from("|---|---:|---|---|---:|");
    if several {
        let _ = write!(
            out,
            " {} | {} | sd |",
            lang.pick("lowest", "最低"),
            lang.pick("highest", "最高")
        );
        rule.push_str("---:|---:|---:|");
    }
    let _ = writeln!(
        out,
        " {} | {} |",
        lang.pick("maps to", "对应能力"),
        lang.pick("next stage", "下一阶段")
    );
    rule.push_str("---|---|");
    let _ = writeln!(out, "{rule}");
    for d in &s.dimensions {
        let b = bar(
            d.score.map(|v| v - 1.0),
            f64::from(TOP_LEVEL - 1),
            BAR_CELLS / 2,
            None,
        );
        let _ = write!(
            out,
            "| {} | {} | `{b}` | {} | {} |",
            md(&inst.group_name(&d.id, lang)),
            fmt1(d.score),
            d.level.map_or("", |l| level_name(l, lang)),
            d.n
        );
        if several {
            let _ = write!(out, " {} | {} | {} |", fmt1(d.min), fmt1(d.max), fmt1(d.sd));
        }
        let blocks = s
            .blocking
            .iter()
            .find(|b| b.id == d.id)
            .map(|b| format!("◀ {}", blocking_phrase(b, s.next_stage, lang)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            " {} | {blocks} |",
            md(d.maps_to.as_deref().unwrap_or(""))
        );
    }

    let roles = role_columns(report);
    if roles.len() > 1 {
        let _ = writeln!(
            out,
            "\n## {}\n",
            lang.pick("Roles side by side", "不同角色对比")
        );
        let mut header = format!("| {} |", lang.pick("dimension", "维度"));
        let mut rule = String::from("|---|");
        for (r, _) in &roles {
            let _ = write!(header, " {} |", role_name(r, lang));
            rule.push_str("---:|");
        }
        let _ = write!(header, " {} |", difference_heading(&roles, lang));
        rule.push_str("---:|");
        let _ = writeln!(out, "{header}\n{rule}");
        for d in &s.dimensions {
            let values: Vec<Option<f64>> =
                roles.iter().map(|(_, rs)| dim_score(rs, &d.id)).collect();
            let mut line = format!("| {} |", md(&inst.group_name(&d.id, lang)));
            for v in &values {
                let _ = write!(line, " {} |", fmt1(*v));
            }
            let _ = write!(line, " {} |", role_difference(&values));
            let _ = writeln!(out, "{line}");
        }
        let mut idx = format!("| {} |", lang.pick("index", "指数"));
        let mut stage = format!("| {} |", lang.pick("stage", "阶段"));
        for (_, rs) in &roles {
            let (i, st) = role_headline(rs, |l| level_label(l, lang));
            let _ = write!(idx, " {} |", md(&i));
            let _ = write!(stage, " {} |", md(&st));
        }
        let _ = writeln!(out, "{idx} |\n{stage} |");
        if let Some(note) = provisional_note(&roles, lang) {
            let _ = writeln!(out, "\n{}", md(&note));
        }
    }

    let _ = writeln!(out, "\n## {}", next_heading(s, lang));
    for l in next_lines(inst, s, lang) {
        match l {
            NextLine::Dimension(t) => {
                let _ = writeln!(out, "\n### {}\n", md(&t));
            }
            NextLine::Item(t) => {
                let _ = writeln!(out, "- **{}**", md(&t));
            }
            NextLine::Detail(label, t) => {
                // The colon stays outside the emphasis: CommonMark does not close `*` between a
                // full-width colon and a Chinese character.
                let (word, colon) = match label.strip_suffix('：') {
                    Some(w) => (w, "："),
                    None => (label.strip_suffix(':').unwrap_or(&label), ": "),
                };
                let _ = writeln!(out, "  - *{word}*{colon}{}", md(&t));
            }
            NextLine::Plain(t) => {
                let _ = writeln!(out, "\n{}", md(&t));
            }
        }
    }

    if !s.remarks.is_empty() {
        let _ = writeln!(
            out,
            "\n## {}\n",
            lang.pick("Notes and reasons given", "备注与理由")
        );
        for r in &s.remarks {
            let _ = writeln!(out, "- {}", md(&remark_line(r, lang)));
        }
        if s.remarks_omitted > 0 {
            let _ = writeln!(out, "- {}", omitted_line(s.remarks_omitted, lang));
        }
    }

    let _ = writeln!(out, "\n## {}\n", lang.pick("Method", "方法说明"));
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "- {pol}");
    }
    out
}

/// The `maturity` member of the JSON report.
pub fn json(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Value {
    let name = |l: Option<u8>| l.map(|l| level_name(l, lang));
    let dimensions: Vec<Value> = s
        .dimensions
        .iter()
        .map(|d| {
            json!({
                "id": d.id,
                "name": inst.group_name(&d.id, lang),
                "maps_to": d.maps_to,
                "score": d.score,
                "n": d.n,
                "level": d.level,
                "level_name": name(d.level),
                "min": d.min,
                "max": d.max,
                "sd": d.sd,
                "interval": d.interval,
                "items": d.items,
                "answers": d.answers,
                "na": d.na,
            })
        })
        .collect();
    let items: Vec<Value> = s
        .items
        .iter()
        .map(|i| {
            json!({
                "id": i.id,
                "dimension": i.dimension,
                "text": item_text(inst, &i.id, lang),
                "mean": i.mean,
                "n": i.n,
                "na": i.na,
                "level": i.level,
            })
        })
        .collect();
    let blocking: Vec<Value> = s
        .blocking
        .iter()
        .map(|b| {
            json!({
                "id": b.id,
                "name": inst.group_name(&b.id, lang),
                "score": b.score,
                "shortfall": b.shortfall,
            })
        })
        .collect();
    let roadmap: Vec<Value> = s
        .roadmap
        .iter()
        .map(|r| {
            let (next, suggestion) = step_texts(inst, r, lang);
            json!({
                "dimension": r.dimension,
                "item": r.item,
                "text": item_text(inst, &r.item, lang),
                "mean": r.mean,
                "n": r.n,
                "level": r.level,
                "level_name": level_name(r.level, lang),
                "target": r.target,
                "target_name": level_name(r.target, lang),
                "next_level": next,
                "suggestion": suggestion,
            })
        })
        .collect();
    let mut out = json!({
        "dimensions": dimensions,
        "index": s.index,
        "assessed_index": s.assessed_index,
        "stage": s.stage,
        "stage_name": name(s.stage),
        "provisional_stage": s.provisional_stage,
        "provisional": s.provisional,
        "unscored": s.unscored,
        "next_stage": s.next_stage,
        "next_stage_name": name(s.next_stage),
        "weakest": s.weakest,
        "blocking": blocking,
        "roadmap": roadmap,
        "items": items,
        "remarks": s.remarks,
        "remarks_omitted": s.remarks_omitted,
    });
    if let (Some(seg), Value::Object(m)) = (&s.segments, &mut out) {
        m.insert("segments".into(), json!(seg));
    }
    out
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &MaturityScore, lang: Lang) -> String {
    let mut out = String::new();
    let (stage, index) = (stage_label(s, lang), index_label(s, lang));
    let _ = match lang {
        Lang::En => writeln!(out, "Stage: {stage}\nMaturity index: {index}"),
        Lang::Zh => writeln!(out, "阶段：{stage}\n成熟度指数：{index}"),
    };
    if let Some(w) = weakest_line(inst, s, lang) {
        let _ = writeln!(out, "{w}");
    }
    if let Some(t) = s.next_stage {
        if !s.blocking.is_empty() {
            let names: Vec<String> = s
                .blocking
                .iter()
                .map(|b| inst.group_name(&b.id, lang))
                .collect();
            let _ = writeln!(
                out,
                "{}",
                match lang {
                    Lang::En => format!(
                        "Next stage {} held back by: {}",
                        level_label(t, lang),
                        names.join(", ")
                    ),
                    Lang::Zh => format!(
                        "下一阶段 {} 受制于：{}",
                        level_label(t, lang),
                        names.join("、")
                    ),
                }
            );
        }
    }
    out
}

/// The HTML body: headline, radar, ladder, dimension table, roadmap, roles, notes, method.
pub fn html(report: &Report<'_>, s: &MaturityScore, lang: Lang) -> String {
    let inst = report.instrument;
    let e = |t: &str| escape_html(t);
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", e(&heading(report, lang)));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        e(&respondents_line(report, lang))
    );
    let _ = writeln!(
        out,
        "<p><strong>{} {}</strong> · {} {}</p>",
        lang.pick("Stage", "阶段"),
        e(&stage_label(s, lang)),
        lang.pick("maturity index", "成熟度指数"),
        e(&index_label(s, lang))
    );
    if let Some(w) = weakest_line(inst, s, lang) {
        let _ = writeln!(out, "<p>{}</p>", e(&w));
    }
    let roles = role_columns(report);
    let _ = writeln!(out, "<h2>{}</h2>", lang.pick("Profile", "成熟度轮廓"));
    let _ = writeln!(
        out,
        "<figure>\n{}<figcaption>{}</figcaption>\n</figure>",
        radar_svg(inst, s, &roles, lang),
        e(lang.pick(
            "Dimension scores on rings 1–5; the highlighted ring is the stage reached.",
            "各维度得分，圆环为 1–5 级；突出显示的圆环为已达到的阶段。"
        ))
    );
    let _ = writeln!(
        out,
        "<figure>\n{}<figcaption>{}</figcaption>\n</figure>",
        ladder_svg(inst, s, lang),
        e(lang.pick(
            "The stage ladder: a stage counts only when every dimension reaches it.",
            "阶段阶梯：只有每个维度都达到某一级别，才算达到该阶段。"
        ))
    );

    let several = s.respondents > 1;
    let _ = writeln!(out, "<h2>{}</h2>", lang.pick("Dimensions", "各维度"));
    let _ = write!(
        out,
        "<table><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th><th class=\"num\">n</th>",
        lang.pick("dimension", "维度"),
        lang.pick("score (1–5)", "得分（1–5）"),
        lang.pick("level", "级别")
    );
    if several {
        let _ = write!(
            out,
            "<th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">sd</th>",
            lang.pick("lowest", "最低"),
            lang.pick("highest", "最高")
        );
    }
    let _ = writeln!(
        out,
        "<th>{}</th><th>{}</th></tr>",
        lang.pick("maps to", "对应能力"),
        lang.pick("next stage", "下一阶段")
    );
    for d in &s.dimensions {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td>",
            e(&inst.group_name(&d.id, lang)),
            fmt1(d.score),
            d.level.map_or("", |l| level_name(l, lang)),
            d.n
        );
        if several {
            let _ = write!(
                out,
                "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
                fmt1(d.min),
                fmt1(d.max),
                fmt1(d.sd)
            );
        }
        let blocks = s
            .blocking
            .iter()
            .find(|b| b.id == d.id)
            .map(|b| {
                format!(
                    "<span class=\"warn\">◀ {}</span>",
                    e(&blocking_phrase(b, s.next_stage, lang))
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<td>{}</td><td>{blocks}</td></tr>",
            e(d.maps_to.as_deref().unwrap_or(""))
        );
    }
    out.push_str("</table>\n");

    if roles.len() > 1 {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            lang.pick("Roles side by side", "不同角色对比")
        );
        let _ = write!(
            out,
            "<table><tr><th>{}</th>",
            lang.pick("dimension", "维度")
        );
        for (r, _) in &roles {
            let _ = write!(out, "<th class=\"num\">{}</th>", e(&role_name(r, lang)));
        }
        let _ = writeln!(
            out,
            "<th class=\"num\">{}</th></tr>",
            e(&difference_heading(&roles, lang))
        );
        for d in &s.dimensions {
            let values: Vec<Option<f64>> =
                roles.iter().map(|(_, rs)| dim_score(rs, &d.id)).collect();
            let _ = write!(out, "<tr><td>{}</td>", e(&inst.group_name(&d.id, lang)));
            for v in &values {
                let _ = write!(out, "<td class=\"num\">{}</td>", fmt1(*v));
            }
            let _ = writeln!(
                out,
                "<td class=\"num\">{}</td></tr>",
                role_difference(&values)
            );
        }
        let _ = write!(out, "<tr><td>{}</td>", lang.pick("index", "指数"));
        for (_, rs) in &roles {
            let (i, _) = role_headline(rs, |l| level_label(l, lang));
            let _ = write!(out, "<td class=\"num\">{}</td>", e(&i));
        }
        out.push_str("<td></td></tr>\n");
        let _ = write!(out, "<tr><td>{}</td>", lang.pick("stage", "阶段"));
        for (_, rs) in &roles {
            let (_, st) = role_headline(rs, |l| level_label(l, lang));
            let _ = write!(out, "<td class=\"num\">{}</td>", e(&st));
        }
        out.push_str("<td></td></tr>\n</table>\n");
        if let Some(note) = provisional_note(&roles, lang) {
            let _ = writeln!(out, "<p>{}</p>", e(&note));
        }
    }

    let _ = writeln!(out, "<h2>{}</h2>", e(&next_heading(s, lang)));
    let mut open_list = false;
    for l in next_lines(inst, s, lang) {
        match l {
            NextLine::Dimension(t) => {
                if open_list {
                    out.push_str("</ul>\n");
                }
                let _ = writeln!(out, "<h3>{}</h3>\n<ul>", e(&t));
                open_list = true;
            }
            NextLine::Item(t) => {
                let _ = writeln!(out, "<li><strong>{}</strong></li>", e(&t));
            }
            NextLine::Detail(label, t) => {
                let _ = writeln!(
                    out,
                    "<li style=\"list-style:none\"><em>{}</em> {}</li>",
                    e(&label),
                    e(&t)
                );
            }
            NextLine::Plain(t) => {
                let _ = writeln!(out, "<p>{}</p>", e(&t));
            }
        }
    }
    if open_list {
        out.push_str("</ul>\n");
    }

    if !s.remarks.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul>",
            lang.pick("Notes and reasons given", "备注与理由")
        );
        for r in &s.remarks {
            let _ = writeln!(out, "<li>{}</li>", e(&remark_line(r, lang)));
        }
        if s.remarks_omitted > 0 {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                e(&omitted_line(s.remarks_omitted, lang))
            );
        }
        out.push_str("</ul>\n");
    }

    let _ = writeln!(out, "<h2>{}</h2>\n<ul>", lang.pick("Method", "方法说明"));
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "<li>{}</li>", e(&pol));
    }
    out.push_str("</ul>\n");
    out
}

/// Series colours of role polygons on the radar, in role order.
const ROLE_COLORS: [&str; 4] = [GREEN, MAGENTA, AMBER, RED];

/// The radar chart: one axis per dimension, rings at levels 1–5 (the stage ring highlighted),
/// the overall profile filled, each role's profile dashed when there are several roles.
fn radar_svg(
    inst: &Instrument,
    score: &MaturityScore,
    roles: &[(String, &MaturityScore)],
    lang: Lang,
) -> String {
    // Wide enough for the longest dimension names beside the left and right axes.
    let (width_px, height_px) = (880.0, 500.0);
    let (cx, cy, outer) = (440.0, 240.0, 170.0);
    let axes = score.dimensions.len().max(1) as f64;
    let angle =
        |axis: usize| -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * axis as f64 / axes;
    let radius = |v: f64| outer * v.clamp(0.0, f64::from(TOP_LEVEL)) / f64::from(TOP_LEVEL);
    let point = |i: usize, v: f64| {
        let a = angle(i);
        (cx + radius(v) * a.cos(), cy + radius(v) * a.sin())
    };
    let stage = score.stage.or(score.provisional_stage);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width_px} {height_px}\" width=\"{width_px}\" height=\"{height_px}\" role=\"img\" aria-label=\"{}\">",
        escape_html(lang.pick("Maturity radar", "成熟度雷达图"))
    );
    for level in 1..=TOP_LEVEL {
        let highlighted = Some(level) == stage;
        let (stroke, sw, dash) = if highlighted {
            (GREEN, "2.5", "")
        } else if Some(level) == score.next_stage {
            (AMBER, "1.5", " stroke-dasharray=\"6 3\"")
        } else {
            (GREY, "0.8", " stroke-dasharray=\"3 3\"")
        };
        let _ = writeln!(
            out,
            "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{sw}\"{dash}/>",
            svg_num(radius(f64::from(level)))
        );
        let label = if highlighted {
            match lang {
                Lang::En => format!("{level} (stage)"),
                Lang::Zh => format!("{level}（阶段）"),
            }
        } else {
            level.to_string()
        };
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"{}\">{}</text>",
            svg_num(cx + 4.0),
            svg_num(cy - radius(f64::from(level)) - 3.0),
            if highlighted { GREEN } else { GREY },
            escape_html(&label)
        );
    }
    for (i, d) in score.dimensions.iter().enumerate() {
        let (x, y) = point(i, f64::from(TOP_LEVEL));
        let _ = writeln!(
            out,
            "<line x1=\"{cx}\" y1=\"{cy}\" x2=\"{}\" y2=\"{}\" stroke=\"{GREY}\" stroke-width=\"0.8\"/>",
            svg_num(x),
            svg_num(y)
        );
        let a = angle(i);
        let (lx, ly) = (cx + (outer + 16.0) * a.cos(), cy + (outer + 16.0) * a.sin());
        let anchor = if a.cos() > 0.2 {
            "start"
        } else if a.cos() < -0.2 {
            "end"
        } else {
            "middle"
        };
        let dy = if a.sin() > 0.5 {
            12.0
        } else if a.sin() < -0.5 {
            -4.0
        } else {
            4.0
        };
        let blocked = score.blocking.iter().any(|b| b.id == d.id);
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"13\" fill=\"{}\">{} {}</text>",
            svg_num(lx),
            svg_num(ly + dy),
            if blocked { AMBER } else { "currentColor" },
            escape_html(&inst.group_name(&d.id, lang)),
            fmt1(d.score)
        );
    }
    let polygon = |sc: &MaturityScore| -> String {
        score
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let v = dim_score(sc, &d.id).unwrap_or(0.0);
                let (x, y) = point(i, v);
                format!("{},{}", svg_num(x), svg_num(y))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    if score.dimensions.iter().any(|d| d.score.is_some()) {
        let _ = writeln!(
            out,
            "<polygon points=\"{}\" fill=\"{BLUE}\" fill-opacity=\"0.18\" stroke=\"{BLUE}\" stroke-width=\"2\"/>",
            polygon(score)
        );
        for (i, d) in score.dimensions.iter().enumerate() {
            if let Some(v) = d.score {
                let (x, y) = point(i, v);
                let _ = writeln!(
                    out,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{BLUE}\"><title>{} {}</title></circle>",
                    svg_num(x),
                    svg_num(y),
                    escape_html(&inst.group_name(&d.id, lang)),
                    fmt1(Some(v))
                );
            }
        }
    }
    let mut legend = vec![(
        BLUE,
        lang.pick("all respondents", "全部答卷人").to_string(),
        false,
    )];
    if roles.len() > 1 {
        for ((role, rs), color) in roles.iter().zip(ROLE_COLORS.iter().cycle()) {
            let _ = writeln!(
                out,
                "<polygon points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.6\" stroke-dasharray=\"6 4\"/>",
                polygon(rs)
            );
            legend.push((color, role_name(role, lang), true));
        }
    }
    for (i, (color, label, dashed)) in legend.iter().enumerate() {
        let y = height_px - 20.0 - 18.0 * (legend.len() - 1 - i) as f64;
        let _ = writeln!(
            out,
            "<line x1=\"16\" y1=\"{}\" x2=\"40\" y2=\"{}\" stroke=\"{color}\" stroke-width=\"2\"{}/><text x=\"46\" y=\"{}\" font-size=\"12\">{}</text>",
            svg_num(y - 4.0),
            svg_num(y - 4.0),
            if *dashed {
                " stroke-dasharray=\"6 4\""
            } else {
                ""
            },
            svg_num(y),
            escape_html(label)
        );
    }
    out.push_str("</svg>\n");
    out
}

/// The ladder: five steps rising to the right, filled up to the stage reached, the next stage
/// outlined.
fn ladder_svg(inst: &Instrument, score: &MaturityScore, lang: Lang) -> String {
    let (width_px, height_px) = (640.0, 230.0);
    let step_w = 112.0;
    let step_h = 30.0;
    let base = 180.0;
    let reached = score.stage.or(score.provisional_stage).unwrap_or(0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width_px} {height_px}\" width=\"{width_px}\" height=\"{height_px}\" role=\"img\" aria-label=\"{}\">",
        escape_html(lang.pick("Stage ladder", "阶段阶梯"))
    );
    for level in 1..=TOP_LEVEL {
        let left = 20.0 + f64::from(level - 1) * (step_w + 4.0);
        let top = base - step_h * f64::from(level);
        let (fill, stroke, dash) = if level <= reached {
            (
                if score.stage.is_some() {
                    GREEN
                } else {
                    "#a7f3d0"
                },
                GREEN,
                "",
            )
        } else if Some(level) == score.next_stage {
            ("#fffbeb", AMBER, " stroke-dasharray=\"5 3\"")
        } else {
            ("#f3f4f6", GREY, "")
        };
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{step_w}\" height=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"{dash}/>",
            svg_num(left),
            svg_num(top),
            svg_num(step_h * f64::from(level))
        );
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"{}\">{}</text>",
            svg_num(left + step_w / 2.0),
            svg_num(base + 18.0),
            if level == reached { "bold" } else { "normal" },
            escape_html(&level_label(level, lang))
        );
        if level == reached {
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{GREEN}\">▼ {}</text>",
                svg_num(left + step_w / 2.0),
                svg_num(top - 6.0),
                escape_html(if score.stage.is_some() {
                    lang.pick("reached", "已达到")
                } else {
                    provisional_word(lang)
                })
            );
        } else if Some(level) == score.next_stage {
            let names: Vec<String> = score
                .blocking
                .iter()
                .map(|b| inst.group_name(&b.id, lang))
                .collect();
            let label = match lang {
                Lang::En => format!("next — {} to lift", names.len()),
                Lang::Zh => format!("下一阶段——需提升 {} 个维度", names.len()),
            };
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{AMBER}\"><title>{}</title>{}</text>",
                svg_num(left + step_w / 2.0),
                svg_num(top - 6.0),
                escape_html(&names.join(", ")),
                escape_html(&label)
            );
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::{Answer, Response};

    fn report_over(answers: &[(&str, i32)]) -> (Instrument, Vec<Response>) {
        let inst = Instrument::load("maturity").expect("builtin");
        let mut r = Response {
            respondent: "t".into(),
            ..Response::default()
        };
        for (id, v) in answers {
            r.answers.insert((*id).to_string(), Answer::Value(*v));
        }
        (inst, vec![r])
    }

    fn all_at(level: i32) -> Vec<(String, i32)> {
        let inst = Instrument::load("maturity").expect("builtin");
        inst.questions
            .iter()
            .map(|q| (q.id.clone(), level))
            .collect()
    }

    #[test]
    fn wrapping_keeps_the_spacing_of_mixed_scripts() {
        let mixed = "measurement.4 分析驱动因素——目前 1.8（起步，n=4）→ 2 萌芽";
        // Wide enough: unchanged, spaces neither lost nor added.
        assert_eq!(crate::report::text::wrap(mixed, 100), [mixed]);
        // Narrow: every line fits, and only spaces at breaks disappear.
        let lines = crate::report::text::wrap(mixed, 20);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(width(l) <= 20, "{l}");
        }
        assert_eq!(lines.concat().replace(' ', ""), mixed.replace(' ', ""));
        assert!(lines[0].starts_with("measurement.4 分"), "{lines:?}");
        assert_eq!(
            crate::report::text::wrap("the quick brown fox", 9),
            ["the quick", "brown fox"]
        );
        assert!(crate::report::text::wrap("", 9).is_empty());
        assert_eq!(
            crate::report::text::wrap("a-very-long-word here", 5),
            ["a-very-long-word", "here"]
        );
    }

    #[test]
    fn level_names_come_from_the_shared_table() {
        assert_eq!(level_name(1, Lang::En), "Ad hoc");
        assert_eq!(level_name(5, Lang::Zh), "引领");
        assert_eq!(level_name(0, Lang::En), "?");
        assert_eq!(level_name(9, Lang::En), "?");
    }

    #[test]
    fn roadmap_texts_are_the_next_level_and_the_current_levels_suggestion() {
        let owned = all_at(3);
        let mut answers: Vec<(&str, i32)> = owned.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        for a in &mut answers {
            if a.0 == "measurement.1" {
                a.1 = 2;
            }
        }
        let (inst, responses) = report_over(&answers);
        let report = Report::new(&inst, &responses);
        let Scored::Maturity(s) = &report.scoring.overall else {
            panic!("maturity")
        };
        // measurement: (2+3+3+3)/4 = 2.75 < 3 → stage 2; measurement.1 at 2 → step to 3
        assert_eq!(s.stage, Some(2));
        let step = &s.roadmap[0];
        let (next, suggestion) = step_texts(&inst, step, Lang::En);
        let QuestionKind::Rubric(levels) = &inst.question("measurement.1").expect("q").kind else {
            panic!("rubric")
        };
        assert_eq!(next, levels[2].text.en);
        assert_eq!(suggestion, levels[1].suggestion.en);
        let text = text(&report, s, Lang::En, Painter { color: false });
        assert!(text.contains(&levels[1].suggestion.en[..40]), "{text}");
    }

    #[test]
    fn radar_has_a_vertex_per_dimension_and_the_stage_ring() {
        let owned = all_at(2);
        let answers: Vec<(&str, i32)> = owned.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let (inst, responses) = report_over(&answers);
        let report = Report::new(&inst, &responses);
        let Scored::Maturity(s) = &report.scoring.overall else {
            panic!("maturity")
        };
        let svg = radar_svg(&inst, s, &[], Lang::En);
        let polygon = svg
            .lines()
            .find(|l| l.starts_with("<polygon"))
            .expect("polygon");
        assert_eq!(polygon.matches(',').count(), 8);
        // the highlighted ring is level 2: radius 170 × 2/5 = 68
        assert!(
            svg.contains("r=\"68\" fill=\"none\" stroke=\"#059669\" stroke-width=\"2.5\""),
            "{svg}"
        );
        assert!(!svg.contains("<script"));
    }
}
