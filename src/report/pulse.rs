//! The pulse report (NPS, CSAT, CES): each metric with its n and 95% interval, the NPS make-up
//! (promoters, passives, detractors) and the answers per scale point, the metrics per role, the
//! "why" texts grouped by NPS group, what to do next and the methodology.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::html::{self as h, Estimate, Segment};
use super::text::{Color, Painter, fmt_signed, fmt1, pad, pad_left, width, wrap};
use super::{Report, escape_html, heading, respondents_line, role_name};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::pulse::{Interval, PulseScore, REASONS_KEPT, Reason};

/// The methodology statements.
pub fn policies(s: &PulseScore, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = match lang {
        Lang::En => vec![
            "NPS: answers 9–10 are promoters, 7–8 passives, 0–6 detractors; NPS = % promoters − % detractors (−100 to +100), with passives in the total.".into(),
            "NPS 95% interval: adjusted Wald (Rocks 2016) — ¾ of a promoter, ¾ of a detractor and 3 to n are added before the interval of the difference of two proportions is taken; it stays meaningful when every answer falls in one group.".into(),
            "CSAT = share answering 4 or 5 on the 1–5 scale, × 100; 95% Wilson score interval.".into(),
            "CES 2.0: mean agreement on the 1–7 scale and the share answering 5–7 (easy); 95% Student-t interval of the mean. CES 1.0 (1–5 effort) is never mixed in.".into(),
            "Intervals need at least 2 answers; the CES interval also needs answers that differ. Without answers every figure is n/a, never 0.".into(),
        ],
        Lang::Zh => vec![
            "净推荐值：9–10 分为推荐者，7–8 分为被动者，0–6 分为贬损者；净推荐值 = 推荐者百分比 − 贬损者百分比（−100 至 +100），被动者计入总数。".into(),
            "净推荐值 95% 区间：调整 Wald 法（Rocks 2016）——先加入 ¾ 个推荐者、¾ 个贬损者并使 n 加 3，再按两比例之差求区间；所有答案落在同一组时区间仍有意义。".into(),
            "满意度（CSAT）= 在 1–5 分中回答 4 或 5 的比例 × 100；95% Wilson 得分区间。".into(),
            "费力度 CES 2.0：1–7 级同意程度的平均值，以及回答 5–7（容易）的比例；平均值的 95% Student-t 区间。绝不混入 CES 1.0（1–5 分费力程度）。".into(),
            "区间至少需要 2 个答案；CES 区间还需要答案不完全相同。没有答案时所有指标为 n/a，绝不记为 0。".into(),
        ],
    };
    for u in &s.unscored {
        out.push(match lang {
            Lang::En => format!(
                "'{}' is asked on a {}–{} scale, not the scale the metric is defined on; it is not scored.",
                u.metric, u.min, u.max
            ),
            Lang::Zh => format!(
                "“{}”使用 {}–{} 分量表，而非该指标规定的量表，因此不计分。",
                u.metric, u.min, u.max
            ),
        });
    }
    if s.reasons.omitted > 0 {
        out.push(match lang {
            Lang::En => format!(
                "The report lists the first {REASONS_KEPT} reasons per group; {} more were counted but not listed.",
                s.reasons.omitted
            ),
            Lang::Zh => format!(
                "每组只列出前 {REASONS_KEPT} 条原因；另有 {} 条已计数但未列出。",
                s.reasons.omitted
            ),
        });
    }
    out
}

fn metric_name(metric: &str, lang: Lang) -> &'static str {
    match metric {
        "nps" => lang.pick("Net Promoter Score", "净推荐值"),
        "csat" => lang.pick("Customer satisfaction (CSAT)", "客户满意度（CSAT）"),
        _ => lang.pick("Customer effort (CES 2.0)", "客户费力度（CES 2.0）"),
    }
}

fn interval_text(i: Option<Interval>, signed: bool, lang: Lang) -> String {
    let f = |v: f64| {
        if signed {
            fmt_signed(Some(v))
        } else {
            fmt1(Some(v))
        }
    };
    match i {
        Some(i) => format!("{} {} {}", f(i.low), lang.pick("to", "至"), f(i.high)),
        None => "n/a".to_string(),
    }
}

fn pct(k: usize, n: usize) -> String {
    if n == 0 {
        "n/a".to_string()
    } else {
        format!("{:.1}%", 100.0 * k as f64 / n as f64)
    }
}

/// One line of the metrics table: name, value, interval, n, detail.
struct MetricRow {
    id: &'static str,
    value: String,
    interval: String,
    n: usize,
    detail: String,
}

fn metric_rows(s: &PulseScore, lang: Lang) -> Vec<MetricRow> {
    let nps = &s.nps;
    let csat = &s.csat;
    let ces = &s.ces;
    vec![
        MetricRow {
            id: "nps",
            value: fmt_signed(nps.score),
            interval: interval_text(nps.interval, true, lang),
            n: nps.n,
            detail: match lang {
                Lang::En => format!(
                    "promoters {} ({}) · passives {} ({}) · detractors {} ({})",
                    nps.promoters,
                    pct(nps.promoters, nps.n),
                    nps.passives,
                    pct(nps.passives, nps.n),
                    nps.detractors,
                    pct(nps.detractors, nps.n)
                ),
                Lang::Zh => format!(
                    "推荐者 {}（{}）· 被动者 {}（{}）· 贬损者 {}（{}）",
                    nps.promoters,
                    pct(nps.promoters, nps.n),
                    nps.passives,
                    pct(nps.passives, nps.n),
                    nps.detractors,
                    pct(nps.detractors, nps.n)
                ),
            },
        },
        MetricRow {
            id: "csat",
            value: fmt1(csat.score),
            interval: interval_text(csat.interval, false, lang),
            n: csat.n,
            detail: match lang {
                Lang::En => format!(
                    "{} of {} answered 4–5 · mean {} / 5",
                    csat.satisfied,
                    csat.n,
                    fmt1(csat.mean)
                ),
                Lang::Zh => format!(
                    "{} 人中 {} 人回答 4–5 · 平均 {} / 5",
                    csat.n,
                    csat.satisfied,
                    fmt1(csat.mean)
                ),
            },
        },
        MetricRow {
            id: "ces",
            value: ces
                .mean
                .map_or_else(|| "n/a".to_string(), |m| format!("{m:.2}")),
            interval: match ces.interval {
                Some(i) => format!("{:.2} {} {:.2}", i.low, lang.pick("to", "至"), i.high),
                None => "n/a".to_string(),
            },
            n: ces.n,
            detail: match lang {
                Lang::En => format!(
                    "mean of 1–7 · easy (5–7) {} of {} = {}",
                    ces.easy,
                    ces.n,
                    fmt_pct(ces.share_easy)
                ),
                Lang::Zh => format!(
                    "1–7 的平均值 · 容易（5–7）{} / {} = {}",
                    ces.easy,
                    ces.n,
                    fmt_pct(ces.share_easy)
                ),
            },
        },
    ]
}

fn fmt_pct(v: Option<f64>) -> String {
    v.map_or_else(|| "n/a".to_string(), |v| format!("{}%", fmt1(Some(v))))
}

fn no_answers(s: &PulseScore) -> bool {
    s.nps.n == 0 && s.csat.n == 0 && s.ces.n == 0
}

fn by_role<'r>(report: &'r Report<'_>) -> Vec<(String, &'r PulseScore)> {
    report
        .scoring
        .by_role
        .iter()
        .filter_map(|(r, s)| match s {
            Scored::Pulse(p) => Some((r.clone(), p)),
            _ => None,
        })
        .collect()
}

/// What to do next, from the figures.
fn next_steps(s: &PulseScore, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if no_answers(s) {
        out.push(
            lang.pick(
                "There are no NPS, CSAT or CES answers yet: collect some with `cxassess run pulse`, or report a survey export with `cxassess report FILE.csv --instrument pulse`.",
                "尚无净推荐值、满意度或费力度答案：请用 `cxassess run pulse` 收集，或用 `cxassess report FILE.csv --instrument pulse` 读取问卷平台导出的数据。",
            )
            .to_string(),
        );
        return out;
    }
    let nps = &s.nps;
    if nps.detractors > 0 {
        out.push(match lang {
            Lang::En => format!(
                "Contact the {} detractor(s) within a week and close the loop on what went wrong; their reasons are listed above.",
                nps.detractors
            ),
            Lang::Zh => format!(
                "请在一周内联系 {} 位贬损者，针对问题闭环处理；他们给出的原因见上文。",
                nps.detractors
            ),
        });
    }
    if nps.passives > 0 {
        out.push(match lang {
            Lang::En => format!(
                "Ask the {} passive(s) what would make them recommend you: they are the closest to becoming promoters.",
                nps.passives
            ),
            Lang::Zh => format!(
                "询问 {} 位被动者：怎样才会让他们愿意推荐？他们离成为推荐者最近。",
                nps.passives
            ),
        });
    }
    if s.ces.n > 0 && s.ces.easy < s.ces.n {
        out.push(match lang {
            Lang::En => format!(
                "{} of {} did not find it easy to handle their issue (CES 1–4): trace the steps those issues took and remove the hardest one.",
                s.ces.n - s.ces.easy,
                s.ces.n
            ),
            Lang::Zh => format!(
                "{} 人中有 {} 人认为处理问题不够容易（CES 1–4）：梳理这些问题经过的步骤，先去掉最费力的一步。",
                s.ces.n,
                s.ces.n - s.ces.easy
            ),
        });
    }
    if s.csat.n > 0 && s.csat.satisfied < s.csat.n {
        out.push(match lang {
            Lang::En => format!(
                "{} of {} were not satisfied (CSAT 1–3): read their answers beside the NPS reasons to find the common cause.",
                s.csat.n - s.csat.satisfied,
                s.csat.n
            ),
            Lang::Zh => format!(
                "{} 人中有 {} 人不满意（CSAT 1–3）：结合净推荐值原因一起阅读，找出共同原因。",
                s.csat.n,
                s.csat.n - s.csat.satisfied
            ),
        });
    }
    if let (Some(i), true) = (nps.interval, nps.n < 30) {
        out.push(match lang {
            Lang::En => format!(
                "With n = {} the NPS interval is {:.0} points wide: treat changes smaller than that as noise and collect more answers before acting on a trend.",
                nps.n,
                i.high - i.low
            ),
            Lang::Zh => format!(
                "n = {} 时净推荐值区间宽达 {:.0} 分：小于此幅度的变化应视为噪声，请先收集更多答案再据趋势行动。",
                nps.n,
                i.high - i.low
            ),
        });
    }
    out.push(
        lang.pick(
            "Repeat the pulse on a fixed rhythm and compare runs with `cxassess diff OLD NEW` and `cxassess trend FILES…`.",
            "按固定节奏重复脉搏调查，并用 `cxassess diff OLD NEW` 与 `cxassess trend FILES…` 对比各次结果。",
        )
        .to_string(),
    );
    out
}

fn reason_groups(s: &PulseScore, lang: Lang) -> Vec<(&'static str, &'static str, Vec<&Reason>)> {
    [
        (
            "promoters",
            lang.pick("Promoters (9–10)", "推荐者（9–10）"),
            &s.reasons.promoters,
        ),
        (
            "passives",
            lang.pick("Passives (7–8)", "被动者（7–8）"),
            &s.reasons.passives,
        ),
        (
            "detractors",
            lang.pick("Detractors (0–6)", "贬损者（0–6）"),
            &s.reasons.detractors,
        ),
        (
            "unrated",
            lang.pick("No NPS answer", "未回答推荐意愿"),
            &s.reasons.unrated,
        ),
    ]
    .into_iter()
    .filter(|(_, _, v)| !v.is_empty())
    .map(|(id, name, v)| (id, name, v.iter().collect()))
    .collect()
}

fn reason_by(r: &Reason) -> String {
    match r.nps {
        Some(v) => format!("{} ({v})", r.respondent),
        None => r.respondent.clone(),
    }
}

/// The text report.
pub fn text(report: &Report<'_>, s: &PulseScore, lang: Lang, p: Painter) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&heading(report, lang), Color::Bold));
    let _ = writeln!(out, "{}", respondents_line(report, lang));
    out.push('\n');
    if no_answers(s) {
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                lang.pick(
                    "No NPS, CSAT or CES answers: every figure is n/a.",
                    "没有净推荐值、满意度或费力度答案：所有指标均为 n/a。"
                ),
                Color::Yellow
            )
        );
        out.push('\n');
    }
    let rows = metric_rows(s, lang);
    let name_w = rows
        .iter()
        .map(|r| width(metric_name(r.id, lang)))
        .max()
        .unwrap_or(20);
    let int_w = rows.iter().map(|r| width(&r.interval)).max().unwrap_or(4);
    let _ = writeln!(
        out,
        "{}  {}  {}  {}",
        pad("", name_w),
        pad_left(lang.pick("score", "得分"), 7),
        pad(lang.pick("95% interval", "95% 区间"), int_w),
        pad_left("n", 5)
    );
    for r in &rows {
        let value = pad_left(&r.value, 7);
        let value = match (r.id, s.nps.score) {
            ("nps", Some(v)) if v > 0.0 => p.paint(&value, Color::Green),
            ("nps", Some(v)) if v < 0.0 => p.paint(&value, Color::Red),
            _ => p.paint(&value, Color::Bold),
        };
        let _ = writeln!(
            out,
            "{}  {value}  {}  {}",
            pad(metric_name(r.id, lang), name_w),
            pad(&r.interval, int_w),
            pad_left(&r.n.to_string(), 5)
        );
        let _ = writeln!(
            out,
            "{}  {}",
            pad("", name_w),
            p.paint(&r.detail, Color::Dim)
        );
    }
    if s.nps.n > 0 {
        out.push('\n');
        let cells = 40usize;
        let seg = |k: usize| ((k as f64 / s.nps.n as f64) * cells as f64).round() as usize;
        let d = seg(s.nps.detractors);
        let pr = seg(s.nps.promoters).min(cells - d);
        let pa = cells - d - pr;
        let _ = writeln!(
            out,
            "  {}{}{}  {}",
            p.paint(&"█".repeat(d), Color::Red),
            p.paint(&"▒".repeat(pa), Color::Dim),
            p.paint(&"█".repeat(pr), Color::Green),
            lang.pick(
                "detractors · passives · promoters",
                "贬损者 · 被动者 · 推荐者"
            )
        );
        let counts: Vec<String> = s
            .nps
            .counts
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{i}:{c}"))
            .collect();
        let _ = writeln!(
            out,
            "  {}{}",
            lang.pick("answers 0–10: ", "0–10 分布："),
            counts.join(" ")
        );
    }

    let roles = by_role(report);
    if roles.len() > 1 {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(lang.pick("By role", "按角色"), Color::Bold)
        );
        let role_w = roles
            .iter()
            .map(|(r, _)| width(&role_name(r, lang)))
            .max()
            .unwrap_or(8)
            .max(8);
        let _ = writeln!(
            out,
            "  {}  {}  {}  {}  {}  {}  {}",
            pad(lang.pick("role", "角色"), role_w),
            pad_left("NPS", 7),
            pad_left("n", 4),
            pad_left("CSAT", 6),
            pad_left("n", 4),
            pad_left("CES", 5),
            pad_left("n", 4)
        );
        for (r, rs) in &roles {
            let _ = writeln!(
                out,
                "  {}  {}  {}  {}  {}  {}  {}",
                pad(&role_name(r, lang), role_w),
                pad_left(&fmt_signed(rs.nps.score), 7),
                pad_left(&rs.nps.n.to_string(), 4),
                pad_left(&fmt1(rs.csat.score), 6),
                pad_left(&rs.csat.n.to_string(), 4),
                pad_left(
                    &rs.ces
                        .mean
                        .map_or_else(|| "n/a".into(), |m| format!("{m:.2}")),
                    5
                ),
                pad_left(&rs.ces.n.to_string(), 4)
            );
        }
    }

    let groups = reason_groups(s, lang);
    if !groups.is_empty() {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                lang.pick("Why they gave their score", "打分原因"),
                Color::Bold
            )
        );
        for (id, name, reasons) in groups {
            let color = match id {
                "promoters" => Color::Green,
                "detractors" => Color::Red,
                _ => Color::Dim,
            };
            let _ = writeln!(out, "  {}", p.paint(name, color));
            for r in reasons {
                // Quote marks go around the wrapped lines, so wrapping never separates them.
                let lines = wrap(&r.text, 88);
                let last = lines.len().saturating_sub(1);
                for (i, l) in lines.iter().enumerate() {
                    let open = if i == 0 { "“" } else { " " };
                    let close = if i == last { "”" } else { "" };
                    let _ = writeln!(out, "    {open}{l}{close}");
                }
                let _ = writeln!(
                    out,
                    "      {}",
                    p.paint(&format!("— {}", reason_by(r)), Color::Dim)
                );
            }
        }
    }

    out.push('\n');
    super::text::next_steps_section(&mut out, &next_steps(s, lang), 94, lang, p);
    out.push('\n');
    super::text::method_section(&mut out, &super::policies(report, lang), 96, lang, p);
    out
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, s: &PulseScore, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(report, lang));
    let _ = writeln!(out, "{}\n", respondents_line(report, lang));
    if no_answers(s) {
        let _ = writeln!(
            out,
            "> {}\n",
            lang.pick(
                "No NPS, CSAT or CES answers: every figure is n/a.",
                "没有净推荐值、满意度或费力度答案：所有指标均为 n/a。"
            )
        );
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | n | {} |\n|---|---:|---|---:|---|",
        lang.pick("metric", "指标"),
        lang.pick("score", "得分"),
        lang.pick("95% interval", "95% 区间"),
        lang.pick("detail", "明细")
    );
    for r in metric_rows(s, lang) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            metric_name(r.id, lang),
            r.value,
            r.interval,
            r.n,
            md_cell(&r.detail)
        );
    }
    if s.nps.n > 0 {
        let _ = writeln!(
            out,
            "\n## {}\n",
            lang.pick("NPS answers 0–10", "推荐意愿 0–10 分布")
        );
        let header: Vec<String> = (0..=10).map(|i| i.to_string()).collect();
        let _ = writeln!(out, "| {} |", header.join(" | "));
        let _ = writeln!(out, "|{}", "---:|".repeat(11));
        let counts: Vec<String> = s.nps.counts.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "| {} |", counts.join(" | "));
    }
    let roles = by_role(report);
    if roles.len() > 1 {
        let _ = writeln!(out, "\n## {}\n", lang.pick("By role", "按角色"));
        let _ = writeln!(
            out,
            "| {} | NPS | n | CSAT | n | CES | n |\n|---|---:|---:|---:|---:|---:|---:|",
            lang.pick("role", "角色")
        );
        for (r, rs) in &roles {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                md_cell(&role_name(r, lang)),
                fmt_signed(rs.nps.score),
                rs.nps.n,
                fmt1(rs.csat.score),
                rs.csat.n,
                rs.ces
                    .mean
                    .map_or_else(|| "n/a".into(), |m| format!("{m:.2}")),
                rs.ces.n
            );
        }
    }
    let groups = reason_groups(s, lang);
    if !groups.is_empty() {
        let _ = writeln!(
            out,
            "\n## {}",
            lang.pick("Why they gave their score", "打分原因")
        );
        for (_, name, reasons) in groups {
            let _ = writeln!(out, "\n### {name}\n");
            for r in reasons {
                let _ = writeln!(out, "- “{}” — {}", md_cell(&r.text), md_cell(&reason_by(r)));
            }
        }
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("What to do next", "下一步"));
    for (i, step) in next_steps(s, lang).iter().enumerate() {
        let _ = writeln!(out, "{}. {step}", i + 1);
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("Method", "方法说明"));
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "- {pol}");
    }
    out
}

fn card(label: &str, big: &str, small: &[String]) -> String {
    let mut out = format!(
        "<div class=\"card\"><div class=\"label\">{}</div><div class=\"big\">{}</div>",
        escape_html(label),
        escape_html(big)
    );
    for s in small {
        let _ = write!(out, "<div class=\"small\">{}</div>", escape_html(s));
    }
    out.push_str("</div>");
    out
}

/// The HTML body (inside the page shell of `report::html`).
pub fn html(report: &Report<'_>, s: &PulseScore, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(&heading(report, lang)));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        escape_html(&respondents_line(report, lang))
    );
    if no_answers(s) {
        let _ = writeln!(
            out,
            "<div class=\"callout\"><p>{}</p></div>",
            lang.pick(
                "No NPS, CSAT or CES answers: every figure is n/a.",
                "没有净推荐值、满意度或费力度答案：所有指标均为 n/a。"
            )
        );
    }
    let ci = lang.pick("95% interval", "95% 区间");
    out.push_str("<div class=\"cards\">\n");
    for r in metric_rows(s, lang) {
        let big = match r.id {
            "ces" => format!("{} / 7", r.value),
            _ => r.value.clone(),
        };
        out.push_str(&card(
            metric_name(r.id, lang),
            &big,
            &[
                format!("{ci}: {}", r.interval),
                format!("n = {}", r.n),
                r.detail.clone(),
            ],
        ));
        out.push('\n');
    }
    out.push_str("</div>\n");

    let roles = by_role(report);
    let rows_for = |label: String, ps: &PulseScore, color: &str| {
        (
            Estimate {
                label: label.clone(),
                value: ps.nps.score,
                interval: ps.nps.interval.map(|i| (i.low, i.high)),
                color: color.to_string(),
            },
            Estimate {
                label: label.clone(),
                value: ps.csat.score,
                interval: ps.csat.interval.map(|i| (i.low, i.high)),
                color: color.to_string(),
            },
            Estimate {
                label,
                value: ps.ces.mean,
                interval: ps.ces.interval.map(|i| (i.low, i.high)),
                color: color.to_string(),
            },
        )
    };
    let mut nps_rows = Vec::new();
    let mut csat_rows = Vec::new();
    let mut ces_rows = Vec::new();
    let (a, b, c) = rows_for(
        lang.pick("all respondents", "全部答卷人").to_string(),
        s,
        h::INK,
    );
    nps_rows.push(a);
    csat_rows.push(b);
    ces_rows.push(c);
    if roles.len() > 1 {
        for (i, (r, rs)) in roles.iter().enumerate() {
            let color = h::SERIES[i % h::SERIES.len()];
            let (a, b, c) = rows_for(
                format!("{} (n={})", role_name(r, lang), rs.nps.n),
                rs,
                color,
            );
            nps_rows.push(a);
            csat_rows.push(b);
            ces_rows.push(c);
        }
    }

    let _ = writeln!(out, "<h2>{}</h2>", metric_name("nps", lang));
    if s.nps.n > 0 {
        let segments = [
            Segment {
                label: lang.pick("detractors 0–6", "贬损者 0–6").into(),
                value: s.nps.detractors as f64,
                color: h::RED.into(),
            },
            Segment {
                label: lang.pick("passives 7–8", "被动者 7–8").into(),
                value: s.nps.passives as f64,
                color: h::GREY.into(),
            },
            Segment {
                label: lang.pick("promoters 9–10", "推荐者 9–10").into(),
                value: s.nps.promoters as f64,
                color: h::GREEN.into(),
            },
        ];
        out.push_str(&h::figure(
            &h::stacked_bar(
                &segments,
                lang.pick("NPS make-up", "净推荐值构成"),
                &metric_rows(s, lang)[0].detail,
            ),
            lang.pick(
                "Share of detractors, passives and promoters.",
                "贬损者、被动者与推荐者所占比例。",
            ),
        ));
        let labels: Vec<String> = (0..=10).map(|i| i.to_string()).collect();
        let values: Vec<f64> = s.nps.counts.iter().map(|c| *c as f64).collect();
        let colors: Vec<&str> = (0..=10)
            .map(|i| {
                if i >= 9 {
                    h::GREEN
                } else if i >= 7 {
                    h::GREY
                } else {
                    h::RED
                }
            })
            .collect();
        out.push_str(&h::figure(
            &h::columns(
                &labels,
                &values,
                &colors,
                lang.pick("Answers per point, 0–10", "0–10 各分值的答案数"),
                lang.pick(
                    "How many respondents gave each answer from 0 to 10.",
                    "每个分值（0–10）的答卷人数。",
                ),
            ),
            lang.pick(
                "Answers per point of the 0–10 likelihood-to-recommend scale.",
                "推荐意愿 0–10 分量表上各分值的答案数。",
            ),
        ));
    }
    out.push_str(&h::figure(
        &h::intervals(
            &nps_rows,
            (-100.0, 100.0),
            lang.pick("NPS with 95% intervals", "净推荐值及 95% 区间"),
            lang.pick(
                "Point estimate and adjusted-Wald 95% interval, −100 to +100.",
                "点估计与调整 Wald 95% 区间，−100 至 +100。",
            ),
        ),
        lang.pick(
            "NPS with its 95% interval (adjusted Wald), on −100 to +100.",
            "净推荐值及其 95% 区间（调整 Wald 法），范围 −100 至 +100。",
        ),
    ));

    let _ = writeln!(out, "<h2>{}</h2>", metric_name("csat", lang));
    if s.csat.n > 0 {
        let labels: Vec<String> = (1..=5).map(|i| i.to_string()).collect();
        let values: Vec<f64> = s.csat.counts.iter().map(|c| *c as f64).collect();
        let colors: Vec<&str> = (1..=5)
            .map(|i| if i >= 4 { h::GREEN } else { h::GREY })
            .collect();
        out.push_str(&h::figure(
            &h::columns(
                &labels,
                &values,
                &colors,
                lang.pick("Satisfaction answers, 1–5", "满意度答案 1–5"),
                lang.pick(
                    "How many respondents gave each answer from 1 to 5.",
                    "每个分值（1–5）的答卷人数。",
                ),
            ),
            lang.pick(
                "Answers per point; 4 and 5 (green) count as satisfied.",
                "各分值的答案数；4 与 5（绿色）计为满意。",
            ),
        ));
    }
    out.push_str(&h::figure(
        &h::intervals(
            &csat_rows,
            (0.0, 100.0),
            lang.pick("CSAT with 95% intervals", "满意度及 95% 区间"),
            lang.pick(
                "Share satisfied with its Wilson 95% interval, 0 to 100.",
                "满意比例及 Wilson 95% 区间，0 至 100。",
            ),
        ),
        lang.pick(
            "CSAT with its 95% Wilson interval, 0 to 100.",
            "满意度及其 95% Wilson 区间，0 至 100。",
        ),
    ));

    let _ = writeln!(out, "<h2>{}</h2>", metric_name("ces", lang));
    if s.ces.n > 0 {
        let labels: Vec<String> = (1..=7).map(|i| i.to_string()).collect();
        let values: Vec<f64> = s.ces.counts.iter().map(|c| *c as f64).collect();
        let colors: Vec<&str> = (1..=7)
            .map(|i| if i >= 5 { h::GREEN } else { h::GREY })
            .collect();
        out.push_str(&h::figure(
            &h::columns(
                &labels,
                &values,
                &colors,
                lang.pick("Effort answers, 1–7", "费力度答案 1–7"),
                lang.pick(
                    "How many respondents gave each answer from 1 to 7.",
                    "每个分值（1–7）的答卷人数。",
                ),
            ),
            lang.pick(
                "Answers per point of “made it easy for me”; 5–7 (green) count as easy.",
                "“让我轻松处理”各分值的答案数；5–7（绿色）计为容易。",
            ),
        ));
    }
    out.push_str(&h::figure(
        &h::intervals(
            &ces_rows,
            (1.0, 7.0),
            lang.pick("CES mean with 95% intervals", "费力度平均值及 95% 区间"),
            lang.pick(
                "Mean agreement with its Student-t 95% interval, 1 to 7.",
                "平均同意程度及 Student-t 95% 区间，1 至 7。",
            ),
        ),
        lang.pick(
            "CES mean with its 95% t interval, 1 to 7.",
            "费力度平均值及其 95% t 区间，1 至 7。",
        ),
    ));

    if roles.len() > 1 {
        let _ = writeln!(out, "<h2>{}</h2>", lang.pick("By role", "按角色"));
        let _ = writeln!(
            out,
            "<table><tr><th>{}</th><th class=\"num\">NPS</th><th class=\"num\">n</th><th class=\"num\">CSAT</th><th class=\"num\">n</th><th class=\"num\">CES</th><th class=\"num\">n</th></tr>",
            lang.pick("role", "角色")
        );
        for (r, rs) in &roles {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape_html(&role_name(r, lang)),
                fmt_signed(rs.nps.score),
                rs.nps.n,
                fmt1(rs.csat.score),
                rs.csat.n,
                rs.ces
                    .mean
                    .map_or_else(|| "n/a".into(), |m| format!("{m:.2}")),
                rs.ces.n
            );
        }
        out.push_str("</table>\n");
    }

    let groups = reason_groups(s, lang);
    if !groups.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            lang.pick("Why they gave their score", "打分原因")
        );
        for (id, name, reasons) in groups {
            let class = match id {
                "promoters" => "ok",
                "detractors" => "bad",
                _ => "muted",
            };
            let _ = writeln!(out, "<h3 class=\"{class}\">{}</h3>", escape_html(name));
            for r in reasons {
                let _ = writeln!(
                    out,
                    "<blockquote>“{}”<div class=\"who\">— {}</div></blockquote>",
                    escape_html(&r.text),
                    escape_html(&reason_by(r))
                );
            }
        }
    }

    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ol class=\"priorities\">",
        lang.pick("What to do next", "下一步")
    );
    for step in next_steps(s, lang) {
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

/// The `pulse` member of the JSON report: `nps` {`score`, `n`, `promoters`, `passives`,
/// `detractors`, shares, `interval`, `counts`}, `csat` {`score`, `n`, …}, `ces` {`mean`,
/// `share_easy`, `n`, …}, the reasons, and metrics not scored.
pub fn json(_inst: &Instrument, s: &PulseScore, _lang: Lang) -> Value {
    let mut ces = serde_json::to_value(&s.ces).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut ces {
        m.insert("version".into(), json!("2.0"));
    }
    json!({
        "nps": s.nps,
        "csat": s.csat,
        "ces": ces,
        "reasons": s.reasons,
        "unscored": s.unscored,
    })
}

/// The completion-screen summary.
pub fn summary(_inst: &Instrument, s: &PulseScore, lang: Lang) -> String {
    let mut out = String::new();
    for r in metric_rows(s, lang) {
        let _ = writeln!(
            out,
            "{}  {}  (n={})",
            pad(metric_name(r.id, lang), 28),
            r.value,
            r.n
        );
    }
    if s.nps.n == 1 {
        let group = if s.nps.promoters == 1 {
            lang.pick("a promoter", "推荐者")
        } else if s.nps.passives == 1 {
            lang.pick("a passive", "被动者")
        } else {
            lang.pick("a detractor", "贬损者")
        };
        let _ = writeln!(
            out,
            "{} {group}",
            lang.pick("This answer counts as", "本次答案计为")
        );
    }
    out
}
