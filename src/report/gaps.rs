//! The management/staff report of the five-gap model on its own: the driver constructs of gaps
//! 1–4 ("higher = healthier", reversed constructs under their healthy names), the gap scores,
//! roles side by side, the direct gap 2–4 items per dimension, managers' and staff's estimates of
//! customers' expectations (gap 7), what to do next and the methodology. Also the names and
//! driver tables the five-gap report shares.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::html::{Bar, BarScale, figure, hbars};
use super::servqual::{fmt_alpha, fmt2, fmt2s};
use super::text::{Color, Painter, bar, pad, pad_left, width};
use super::{Report, escape_html, heading, respondents_line, role_name};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::gaps::{ConstructScore, GapsScore, PROVIDER_GAPS};

/// Below this driver score (the midpoint of 1–7) a driver is read as a problem.
pub const WEAK_DRIVER: f64 = 4.0;

/// The short name of gap 1–7.
pub fn gap_name(n: u8, lang: Lang) -> &'static str {
    match n {
        1 => lang.pick("Listening gap", "倾听差距"),
        2 => lang.pick("Standards gap", "标准差距"),
        3 => lang.pick("Delivery gap", "交付差距"),
        4 => lang.pick("Communication gap", "沟通差距"),
        5 => lang.pick("Customer gap", "客户差距"),
        6 => lang.pick("Staff–customer gap", "员工与客户的认知差距"),
        _ => lang.pick("Staff–manager gap", "员工与管理者的认知差距"),
    }
}

/// What gap 1–7 lies between.
pub fn gap_between(n: u8, lang: Lang) -> &'static str {
    match n {
        1 => lang.pick(
            "customers' expectations ↔ management's perception of them",
            "客户期望 ↔ 管理者对客户期望的认知",
        ),
        2 => lang.pick(
            "management's perception ↔ service-quality standards",
            "管理者的认知 ↔ 服务质量标准",
        ),
        3 => lang.pick(
            "service standards ↔ the service actually delivered",
            "服务标准 ↔ 实际交付的服务",
        ),
        4 => lang.pick(
            "service delivered ↔ what external communications promise",
            "交付的服务 ↔ 对外沟通的承诺",
        ),
        5 => lang.pick(
            "expected service ↔ perceived service",
            "期望的服务 ↔ 感知的服务",
        ),
        6 => lang.pick(
            "customers' expectations ↔ staff's estimate of them",
            "客户期望 ↔ 员工对客户期望的估计",
        ),
        _ => lang.pick(
            "staff's estimate ↔ managers' estimate",
            "员工的估计 ↔ 管理者的估计",
        ),
    }
}

/// "Gap 3 — Delivery gap".
pub fn gap_title(n: u8, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Gap {n} — {}", gap_name(n, lang)),
        Lang::Zh => format!("差距{n}——{}", gap_name(n, lang)),
    }
}

/// The name a construct is shown under: its healthy name when its raw construct measures the
/// unhealthy direction ("Flat structure" for levels of management).
pub fn construct_name(inst: &Instrument, id: &str, lang: Lang) -> String {
    match inst.group(id) {
        Some(g) if g.reverse => g
            .healthy_name
            .as_ref()
            .map_or_else(|| g.name.get(lang).to_string(), |h| h.get(lang).to_string()),
        Some(g) => g.name.get(lang).to_string(),
        None => id.to_string(),
    }
}

/// For a construct shown under its healthy name: "(levels of management, reverse-scored)".
pub fn construct_note(inst: &Instrument, id: &str, lang: Lang) -> String {
    match inst.group(id) {
        Some(g) if g.reverse && g.healthy_name.is_some() => match lang {
            Lang::En => format!("({}, reverse-scored)", g.name.get(lang)),
            Lang::Zh => format!("（{}，反向计分）", g.name.get(lang)),
        },
        _ => String::new(),
    }
}

fn score_color(v: Option<f64>) -> Color {
    match v {
        Some(x) if x < WEAK_DRIVER => Color::Red,
        Some(_) => Color::Green,
        None => Color::Dim,
    }
}

/// The methodology statements.
pub fn policies(_s: &GapsScore, lang: Lang) -> Vec<String> {
    match lang {
        Lang::En => vec![
            "Driver items marked reverse-keyed are scored 8 − x (min + max − x) first; constructs shown under a healthy name (flat structure, role harmony, role clarity, promise discipline) are not reversed again — their items already are.".into(),
            "Construct score = mean of a respondent's answered items (1–7), then the mean over respondents; higher = healthier, i.e. a smaller gap.".into(),
            "Gap score (gaps 1–4) = mean of its constructs' scores; a construct nobody answered is left out and the count is shown.".into(),
            "Cronbach's α per construct over its reverse-coded items, listwise; negative α is shown with !, undefined as n/a.".into(),
            "Direct items per dimension (customer-defined standards, delivery to standard, promises matching delivery): mean agreement 1–7, higher = smaller gap.".into(),
            "Estimates of customers' expectations: role staff counts as staff; role manager and respondents without a role count as managers; other roles' estimates are not used. Gap 7 = mean staff estimate − mean manager estimate per item; a dimension's gap is the mean of its items' gaps, the mean absolute error the mean of |gap|.".into(),
            "These driver scores are diagnostics to start a conversation, not validated psychometric scales.".into(),
        ],
        Lang::Zh => vec![
            "标注为反向的驱动题目先按 8 − x（最小值 + 最大值 − x）计分；以“健康”名称显示的构念（扁平结构、角色和谐、角色清晰、承诺自律）不会再次反向——其题目已经反向计分。".into(),
            "构念得分 = 答卷人已答题目（1–7）的平均值，再对答卷人取平均；越高越健康，即差距越小。".into(),
            "差距得分（差距 1–4）= 其各构念得分的平均值；无人作答的构念不计入，并显示计入的个数。".into(),
            "每个构念以反向计分后的题目计算 Cronbach's α（列删除）；α 为负时标注 !，无定义时显示 n/a。".into(),
            "各维度的直接题目（客户定义的标准、按标准交付、承诺与交付一致）：平均同意程度 1–7，越高差距越小。".into(),
            "对客户期望的估计：角色为 staff 计为员工；角色为 manager 或未注明角色计为管理者；其他角色的估计不予使用。差距 7 = 每题员工平均估计 − 管理者平均估计；维度差距为其题目差距的平均值，平均绝对误差为 |差距| 的平均值。".into(),
            "这些驱动因素得分是用于引发讨论的诊断指标，而不是经过验证的心理测量量表。".into(),
        ],
    }
}

/// Per-role views of the drivers, when responses come from more than one role.
pub fn role_views<'r>(report: &'r Report<'_>) -> Vec<(String, &'r GapsScore)> {
    report
        .scoring
        .by_role
        .iter()
        .filter_map(|(r, s)| match s {
            Scored::Gaps(x) => Some((r.clone(), x)),
            _ => None,
        })
        .collect()
}

/// The driver section in text: one block per gap with its constructs, roles side by side.
pub fn drivers_text(
    inst: &Instrument,
    constructs: &[ConstructScore],
    gap_scores: &[(u8, Option<f64>, usize, usize)],
    roles: &[(String, &GapsScore)],
    lang: Lang,
    p: Painter,
) -> String {
    let mut out = String::new();
    let name_w = constructs
        .iter()
        .map(|c| width(&construct_name(inst, &c.id, lang)))
        .max()
        .unwrap_or(12)
        .max(12);
    let mut header = format!(
        "    {}  {}  {}  {}  {}",
        pad("", name_w),
        pad("", 14),
        pad_left(lang.pick("score", "得分"), 5),
        pad_left("n", 4),
        pad_left("α", 6)
    );
    for (r, _) in roles {
        header.push_str(&pad_left(&role_name(r, lang), 10));
    }
    let _ = writeln!(out, "{}", p.paint(header.trim_end(), Color::Dim));
    for &(gap, score, k, of) in gap_scores {
        let _ = writeln!(
            out,
            "  {}  {}  {}",
            p.paint(&gap_title(gap, lang), Color::Bold),
            p.paint(&fmt2(score), score_color(score)),
            p.paint(
                &match lang {
                    Lang::En => format!("({k} of {of} drivers)"),
                    Lang::Zh => format!("（{k}/{of} 个驱动因素）"),
                },
                Color::Dim
            )
        );
        for c in constructs.iter().filter(|c| c.gap == gap) {
            let b = bar(c.score.map(|v| v - 1.0), 6.0, 14, Some(WEAK_DRIVER - 1.0));
            let mut l = format!(
                "    {}  {}  {}  {}  {}",
                pad(&construct_name(inst, &c.id, lang), name_w),
                p.paint(&b, score_color(c.score)),
                pad_left(&fmt2(c.score), 5),
                pad_left(&c.n.to_string(), 4),
                pad_left(&fmt_alpha(&c.alpha), 6)
            );
            for (_, rs) in roles {
                l.push_str(&pad_left(
                    &fmt2(rs.construct(&c.id).and_then(|x| x.score)),
                    10,
                ));
            }
            let note = construct_note(inst, &c.id, lang);
            if !note.is_empty() {
                l.push_str("  ");
                l.push_str(&p.paint(&note, Color::Dim));
            }
            let _ = writeln!(out, "{}", l.trim_end());
        }
    }
    out
}

fn gap_rows(s: &GapsScore) -> Vec<(u8, Option<f64>, usize, usize)> {
    s.gaps
        .iter()
        .map(|g| (g.gap, g.score, g.constructs, g.of))
        .collect()
}

/// The direct items table: (header, rows).
fn direct_table(inst: &Instrument, s: &GapsScore, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let head = vec![
        lang.pick("dimension", "维度").to_string(),
        lang.pick("standards (gap 2)", "标准（差距2）").to_string(),
        lang.pick("delivery (gap 3)", "交付（差距3）").to_string(),
        lang.pick("promises (gap 4)", "承诺（差距4）").to_string(),
    ];
    let rows = s
        .direct
        .iter()
        .map(|d| {
            let cell = |x: &crate::score::gaps::DirectScore| {
                if x.n == 0 {
                    "n/a".to_string()
                } else {
                    format!("{} (n={})", fmt2(x.score), x.n)
                }
            };
            vec![
                dimension_name(inst, &d.id, lang),
                cell(&d.gap2),
                cell(&d.gap3),
                cell(&d.gap4),
            ]
        })
        .collect();
    (head, rows)
}

/// A SERVQUAL dimension's name from the gaps questionnaire (its estimate group), or the id.
pub fn dimension_name(inst: &Instrument, id: &str, lang: Lang) -> String {
    let builtin = match id {
        "tangibles" => Some(("Tangibles", "有形性")),
        "reliability" => Some(("Reliability", "可靠性")),
        "responsiveness" => Some(("Responsiveness", "响应性")),
        "assurance" => Some(("Assurance", "保证性")),
        "empathy" => Some(("Empathy", "移情性")),
        _ => None,
    };
    match builtin {
        Some((en, zh)) => lang.pick(en, zh).to_string(),
        None => inst
            .group(&format!("{}{id}", crate::score::gaps::ESTIMATE_PREFIX))
            .map_or_else(|| id.to_string(), |g| g.name.get(lang).to_string()),
    }
}

fn estimates_table(
    inst: &Instrument,
    s: &GapsScore,
    lang: Lang,
) -> (Vec<String>, Vec<Vec<String>>) {
    let head = vec![
        lang.pick("dimension", "维度").to_string(),
        lang.pick("managers", "管理者").to_string(),
        lang.pick("staff", "员工").to_string(),
        lang.pick("gap 7 (staff − managers)", "差距7（员工 − 管理者）")
            .to_string(),
        lang.pick("|gap 7|", "|差距7|").to_string(),
    ];
    let rows = s
        .estimate_dimensions
        .iter()
        .map(|d| {
            vec![
                dimension_name(inst, &d.id, lang),
                fmt2(d.managers),
                fmt2(d.staff),
                fmt2s(d.gap7),
                fmt2(d.gap7_mae),
            ]
        })
        .collect();
    (head, rows)
}

fn next_steps(inst: &Instrument, s: &GapsScore, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let mut weakest: Vec<&crate::score::gaps::GapScore> =
        s.gaps.iter().filter(|g| g.score.is_some()).collect();
    weakest.sort_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
    if let Some(g) = weakest.first() {
        let drivers: Vec<String> = g
            .weakest
            .iter()
            .map(|id| {
                let name = construct_name(inst, id, lang);
                let score = fmt2(s.construct(id).and_then(|c| c.score));
                match lang {
                    Lang::En => format!("{name} ({score})"),
                    Lang::Zh => format!("{name}（{score}）"),
                }
            })
            .collect();
        out.push(match lang {
            Lang::En => format!(
                "Gap {} ({}) has the weakest drivers ({}): start with {}.",
                g.gap,
                gap_name(g.gap, lang).to_lowercase(),
                fmt2(g.score),
                drivers.join(" and ")
            ),
            Lang::Zh => format!(
                "差距{}（{}）的驱动因素最弱（{}）：从{}入手。",
                g.gap,
                gap_name(g.gap, lang),
                fmt2(g.score),
                drivers.join("和")
            ),
        });
    } else {
        out.push(
            lang.pick(
                "No driver has answers yet: managers answer the gap 1, 2 and 4 drivers, front-line staff the gap 3 and 4 drivers.",
                "尚无驱动因素的答案：管理者回答差距 1、2、4 的驱动因素，一线员工回答差距 3、4 的驱动因素。",
            )
            .to_string(),
        );
    }
    if s.staff == 0 && s.constructs.iter().any(|c| c.gap == 3 && c.n == 0) {
        out.push(
            lang.pick(
                "Ask front-line staff too: the delivery gap (gap 3) drivers are theirs to answer, and their estimates of customers' expectations give gaps 6 and 7.",
                "也请一线员工作答：交付差距（差距 3）的驱动因素应由他们回答，他们对客户期望的估计还能给出差距 6 和 7。",
            )
            .to_string(),
        );
    }
    out.push(
        lang.pick(
            "Combine with a customer survey: `cxassess report <servqual results> <this file>` draws the five-gap model with gap 1 (managers' estimates against customers' own expectations) and gap 5.",
            "与客户调查结合：`cxassess report <servqual 结果> <本文件>` 绘制五差距模型，给出差距 1（管理者估计与客户自身期望之差）和差距 5。",
        )
        .to_string(),
    );
    out.push(
        lang.pick(
            "Read the driver scores as diagnostics to discuss with the teams, not as validated measurements.",
            "请将驱动因素得分视为与团队讨论的诊断依据，而非经过验证的测量结果。",
        )
        .to_string(),
    );
    out
}

/// Whether a cell reads as a figure (right-aligned in tables): a number, `n/a`, or empty.
pub fn is_figure(cell: &str) -> bool {
    let c = cell.trim_start_matches(['+', '-', '|']);
    cell.is_empty()
        || cell.starts_with("n/a")
        || c.chars().next().is_some_and(|ch| ch.is_ascii_digit())
}

fn text_table(out: &mut String, head: &[String], rows: &[Vec<String>], p: Painter) {
    let mut widths: Vec<usize> = head.iter().map(|h| width(h)).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    let right: Vec<bool> = (0..head.len())
        .map(|i| i > 0 && rows.iter().all(|r| r.get(i).is_none_or(|c| is_figure(c))))
        .collect();
    let line = |cells: &[String]| {
        let mut l = String::from(" ");
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            l.push(' ');
            l.push_str(&if right[i] {
                pad_left(c, *w)
            } else {
                pad(c, *w)
            });
            l.push(' ');
        }
        l.trim_end().to_string()
    };
    let _ = writeln!(out, "{}", p.paint(&line(head), Color::Dim));
    for r in rows {
        let _ = writeln!(out, "{}", line(r));
    }
}

/// A plain text table (shared with the five-gap report).
pub fn table_text(head: &[String], rows: &[Vec<String>], p: Painter) -> String {
    let mut out = String::new();
    text_table(&mut out, head, rows, p);
    out
}

fn figure_columns(head: &[String], rows: &[Vec<String>]) -> Vec<bool> {
    (0..head.len())
        .map(|i| i > 0 && rows.iter().all(|r| r.get(i).is_none_or(|c| is_figure(c))))
        .collect()
}

/// A Markdown table (shared with the five-gap report).
pub fn table_markdown(head: &[String], rows: &[Vec<String>]) -> String {
    let row = |cells: &[String]| {
        format!(
            "| {} |",
            cells
                .iter()
                .map(|c| c.replace('|', "\\|"))
                .collect::<Vec<_>>()
                .join(" | ")
        )
    };
    let right = figure_columns(head, rows);
    let mut out = row(head);
    out.push('\n');
    out.push_str(&row(&right
        .iter()
        .map(|r| {
            if *r {
                "---:".to_string()
            } else {
                "---".to_string()
            }
        })
        .collect::<Vec<_>>()));
    out.push('\n');
    for r in rows {
        out.push_str(&row(r));
        out.push('\n');
    }
    out
}

/// An HTML table (shared with the five-gap report).
pub fn table_html(head: &[String], rows: &[Vec<String>]) -> String {
    let right = figure_columns(head, rows);
    let mut out = String::from("<table><tr>");
    for (i, h) in head.iter().enumerate() {
        let _ = write!(
            out,
            "<th{}>{}</th>",
            if right[i] { " class=\"num\"" } else { "" },
            escape_html(h)
        );
    }
    out.push_str("</tr>\n");
    for r in rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let class = match (
                right.get(i).copied().unwrap_or(false),
                c.starts_with('-') && c.len() > 1,
            ) {
                (true, true) => " class=\"num bad\"",
                (true, false) => " class=\"num\"",
                _ => "",
            };
            let _ = write!(out, "<td{class}>{}</td>", escape_html(c));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    out
}

/// The drivers as rows: gap, construct, score, n, α, then one column per role.
pub fn drivers_rows(
    inst: &Instrument,
    constructs: &[ConstructScore],
    roles: &[(String, &GapsScore)],
    lang: Lang,
) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head = vec![
        lang.pick("driver", "驱动因素").to_string(),
        lang.pick("gap", "差距").to_string(),
        lang.pick("score (1–7)", "得分（1–7）").to_string(),
        "n".to_string(),
        "α".to_string(),
    ];
    head.extend(roles.iter().map(|(r, _)| role_name(r, lang)));
    let rows = constructs
        .iter()
        .map(|c| {
            let note = construct_note(inst, &c.id, lang);
            let mut r = vec![
                if note.is_empty() {
                    construct_name(inst, &c.id, lang)
                } else {
                    let name = construct_name(inst, &c.id, lang);
                    match lang {
                        Lang::En => format!("{name} {note}"),
                        Lang::Zh => format!("{name}{note}"),
                    }
                },
                c.gap.to_string(),
                fmt2(c.score),
                c.n.to_string(),
                fmt_alpha(&c.alpha),
            ];
            r.extend(
                roles
                    .iter()
                    .map(|(_, rs)| fmt2(rs.construct(&c.id).and_then(|x| x.score))),
            );
            r
        })
        .collect();
    (head, rows)
}

fn subtitle(report: &Report<'_>, lang: Lang) -> String {
    format!(
        "{} · {}",
        respondents_line(report, lang),
        lang.pick(
            "driver scores 1–7, higher = healthier (smaller gap)",
            "驱动因素得分 1–7，越高越健康（差距越小）"
        )
    )
}

const DIAGNOSTIC_EN: &str = "Driver scores are diagnostics, not validated psychometric scales.";
const DIAGNOSTIC_ZH: &str = "驱动因素得分是诊断指标，不是经过验证的心理测量量表。";

/// The text report.
pub fn text(report: &Report<'_>, s: &GapsScore, lang: Lang, p: Painter) -> String {
    let inst = report.instrument;
    let roles = role_views(report);
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&heading(report, lang), Color::Bold));
    let _ = writeln!(out, "{}", subtitle(report, lang));
    let _ = writeln!(
        out,
        "{}",
        p.paint(lang.pick(DIAGNOSTIC_EN, DIAGNOSTIC_ZH), Color::Dim)
    );
    out.push('\n');
    out.push_str(&drivers_text(
        inst,
        &s.constructs,
        &gap_rows(s),
        &roles,
        lang,
        p,
    ));
    if !s.direct.is_empty() && s.direct.iter().any(|d| d.gap2.n + d.gap3.n + d.gap4.n > 0) {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                lang.pick(
                    "Direct items per dimension (1–7, higher = smaller gap)",
                    "各维度直接题目（1–7，越高差距越小）"
                ),
                Color::Bold
            )
        );
        let (h, r) = direct_table(inst, s, lang);
        text_table(&mut out, &h, &r, p);
    }
    if s.estimates.iter().any(|e| e.managers_n + e.staff_n > 0) {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                lang.pick(
                    "Estimates of customers' expectations (1–7)",
                    "对客户期望的估计（1–7）"
                ),
                Color::Bold
            )
        );
        let (h, r) = estimates_table(inst, s, lang);
        text_table(&mut out, &h, &r, p);
        if s.gap7_mae.is_some() {
            let _ = writeln!(
                out,
                "  {}{}",
                lang.pick("Gap 7 mean absolute error: ", "差距7平均绝对误差："),
                fmt2(s.gap7_mae)
            );
        }
        let _ = writeln!(
            out,
            "  {}",
            p.paint(
                lang.pick(
                    "Gap 1 needs the customers' own expectations: add a servqual results file to this report.",
                    "差距1需要客户自己的期望：请在本报告中加入一个 servqual 结果文件。"
                ),
                Color::Dim
            )
        );
    }
    out.push('\n');
    super::text::next_steps_section(&mut out, &next_steps(inst, s, lang), 96, lang, p);
    out.push('\n');
    super::text::method_section(&mut out, &super::policies(report, lang), 96, lang, p);
    out
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, s: &GapsScore, lang: Lang) -> String {
    let inst = report.instrument;
    let roles = role_views(report);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(report, lang));
    let _ = writeln!(
        out,
        "{}\n\n*{}*\n",
        subtitle(report, lang),
        lang.pick(DIAGNOSTIC_EN, DIAGNOSTIC_ZH)
    );
    let _ = writeln!(out, "## {}\n", lang.pick("Gaps 1–4", "差距 1–4"));
    let head = vec![
        lang.pick("gap", "差距").to_string(),
        lang.pick("between", "位于").to_string(),
        lang.pick("score", "得分").to_string(),
        lang.pick("drivers", "驱动因素").to_string(),
    ];
    let rows: Vec<Vec<String>> = s
        .gaps
        .iter()
        .map(|g| {
            vec![
                gap_title(g.gap, lang),
                gap_between(g.gap, lang).to_string(),
                fmt2(g.score),
                format!("{}/{}", g.constructs, g.of),
            ]
        })
        .collect();
    out.push_str(&table_markdown(&head, &rows));
    let _ = writeln!(out, "\n## {}\n", lang.pick("Drivers", "驱动因素"));
    let (h, r) = drivers_rows(inst, &s.constructs, &roles, lang);
    out.push_str(&table_markdown(&h, &r));
    if s.direct.iter().any(|d| d.gap2.n + d.gap3.n + d.gap4.n > 0) {
        let _ = writeln!(
            out,
            "\n## {}\n",
            lang.pick("Direct items per dimension", "各维度直接题目")
        );
        let (h, r) = direct_table(inst, s, lang);
        out.push_str(&table_markdown(&h, &r));
    }
    if s.estimates.iter().any(|e| e.managers_n + e.staff_n > 0) {
        let _ = writeln!(
            out,
            "\n## {}\n",
            lang.pick("Estimates of customers' expectations", "对客户期望的估计")
        );
        let (h, r) = estimates_table(inst, s, lang);
        out.push_str(&table_markdown(&h, &r));
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("What to do next", "下一步"));
    for (k, step) in next_steps(inst, s, lang).into_iter().enumerate() {
        let _ = writeln!(out, "{}. {step}", k + 1);
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("Method", "方法说明"));
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "- {pol}");
    }
    out
}

/// An SVG bar chart of the drivers, grouped by gap, with the midpoint marked.
pub fn drivers_chart(inst: &Instrument, constructs: &[ConstructScore], lang: Lang) -> String {
    let mut bars = Vec::new();
    for gap in PROVIDER_GAPS {
        let mut first = true;
        for c in constructs.iter().filter(|c| c.gap == gap) {
            bars.push(Bar {
                label: construct_name(inst, &c.id, lang),
                value: c.score,
                color: if c.score.is_some_and(|v| v < WEAK_DRIVER) {
                    super::html::RED
                } else {
                    super::html::GREEN
                }
                .to_string(),
                note: c.score.map_or_else(String::new, |v| fmt2(Some(v))),
                group: first.then(|| gap_title(gap, lang)),
            });
            first = false;
        }
    }
    let desc: Vec<String> = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, fmt2(b.value)))
        .collect();
    hbars(
        &bars,
        &BarScale {
            min: 1.0,
            max: 7.0,
            mark: Some((WEAK_DRIVER, lang.pick("midpoint", "中点").to_string())),
        },
        lang.pick(
            "Drivers of gaps 1–4 (higher = healthier)",
            "差距 1–4 的驱动因素（越高越健康）",
        ),
        &desc.join("; "),
    )
}

/// The HTML body (inside the page shell of `report::html`).
pub fn html(report: &Report<'_>, s: &GapsScore, lang: Lang) -> String {
    let inst = report.instrument;
    let roles = role_views(report);
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(&heading(report, lang)));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        escape_html(&subtitle(report, lang))
    );
    let _ = writeln!(
        out,
        "<div class=\"callout info\"><p>{}</p></div>",
        escape_html(lang.pick(DIAGNOSTIC_EN, DIAGNOSTIC_ZH))
    );
    out.push_str("<div class=\"cards\">");
    for g in &s.gaps {
        let _ = write!(
            out,
            "<div class=\"card\"><div class=\"label\">{}</div><div class=\"big\">{}</div><div class=\"small\">{}</div></div>",
            escape_html(&gap_title(g.gap, lang)),
            fmt2(g.score),
            escape_html(gap_between(g.gap, lang))
        );
    }
    out.push_str("</div>\n");
    let _ = writeln!(out, "<h2>{}</h2>", lang.pick("Drivers", "驱动因素"));
    out.push_str(&figure(
        &drivers_chart(inst, &s.constructs, lang),
        lang.pick(
            "Mean construct scores after reverse-coding; the dashed line is the scale midpoint.",
            "反向计分后的构念平均得分；虚线为量表中点。",
        ),
    ));
    let (h, r) = drivers_rows(inst, &s.constructs, &roles, lang);
    out.push_str(&table_html(&h, &r));
    if s.direct.iter().any(|d| d.gap2.n + d.gap3.n + d.gap4.n > 0) {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            lang.pick("Direct items per dimension", "各维度直接题目")
        );
        let (h, r) = direct_table(inst, s, lang);
        out.push_str(&table_html(&h, &r));
    }
    if s.estimates.iter().any(|e| e.managers_n + e.staff_n > 0) {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            lang.pick("Estimates of customers' expectations", "对客户期望的估计")
        );
        let (h, r) = estimates_table(inst, s, lang);
        out.push_str(&table_html(&h, &r));
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ol class=\"priorities\">",
        lang.pick("What to do next", "下一步")
    );
    for step in next_steps(inst, s, lang) {
        let _ = writeln!(out, "<li>{}</li>", escape_html(&step));
    }
    out.push_str("</ol>\n");
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ul class=\"method\">",
        lang.pick("Method", "方法说明")
    );
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "<li>{}</li>", escape_html(&pol));
    }
    out.push_str("</ul>\n");
    out
}

/// The constructs in SPEC's shape: `{id, gap, score}` and more.
pub fn constructs_json(inst: &Instrument, constructs: &[ConstructScore], lang: Lang) -> Vec<Value> {
    constructs
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "gap": c.gap,
                "score": c.score,
                "name": construct_name(inst, &c.id, lang),
                "n": c.n,
                "sd": c.sd,
                "items": c.items,
                "reverse_items": c.reverse_items,
                "shown_healthy": c.shown_healthy,
                "alpha": c.alpha.alpha,
                "alpha_cases": c.alpha.cases,
            })
        })
        .collect()
}

/// The `gaps` member of the JSON report (the management side alone: gap 5 and gap 1 need the
/// customer file, so they are `null`).
pub fn json(inst: &Instrument, s: &GapsScore, lang: Lang) -> Value {
    let mut gaps: Vec<Value> = s
        .gaps
        .iter()
        .map(|g| json!({"id": format!("gap{}", g.gap), "score": g.score, "measure": "drivers", "constructs": g.constructs, "of": g.of, "weakest": g.weakest}))
        .collect();
    gaps.push(json!({"id": "gap5", "score": null, "measure": "servqual"}));
    let gap1_dimensions: Vec<Value> = s
        .estimate_dimensions
        .iter()
        .map(|d| json!({"id": d.id, "gap": null, "managers": d.managers, "staff": d.staff, "gap7": d.gap7, "gap7_mae": d.gap7_mae}))
        .collect();
    let mut out = json!({
        "gaps": gaps,
        "gap1_dimensions": gap1_dimensions,
        "constructs": constructs_json(inst, &s.constructs, lang),
        "estimates": s.estimates,
        "gap7_mae": s.gap7_mae,
        "direct": s.direct,
        "managers": s.managers,
        "staff": s.staff,
        "other_roles": s.others,
    });
    if let (Some(seg), Value::Object(m)) = (&s.segments, &mut out) {
        m.insert("segments".into(), json!(seg));
    }
    out
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &GapsScore, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        lang.pick(
            "Driver scores (1–7, higher = healthier):",
            "驱动因素得分（1–7，越高越健康）："
        )
    );
    // As wide as the longest title ("Gap 4 — Communication gap" is 25 columns), so the scores
    // line up.
    let title_w = s
        .gaps
        .iter()
        .map(|g| width(&gap_title(g.gap, lang)))
        .max()
        .unwrap_or(0);
    for g in &s.gaps {
        let weakest = g
            .weakest
            .first()
            .map(|id| construct_name(inst, id, lang))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}  {}  {}",
            pad(&gap_title(g.gap, lang), title_w),
            pad_left(&fmt2(g.score), 5),
            weakest
        );
    }
    let _ = writeln!(out, "{}", lang.pick(DIAGNOSTIC_EN, DIAGNOSTIC_ZH));
    out
}
