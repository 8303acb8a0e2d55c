//! The experience pyramid report: the drawn pyramid coloured by tier and achievement, a bar per
//! experience, roles side by side with the perception gap, the foundation warning, priorities
//! and the methodology.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::text::{Color, Painter, bar, fmt1, fmt_signed, pad, pad_left, width};
use super::{Report, heading, respondents_line, role_name};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::pyramid::{PyramidScore, TIERS};

/// A tier's display name.
pub fn tier_name(tier: &str, lang: Lang) -> &'static str {
    match tier {
        "basic" => lang.pick("Basic", "初级体验"),
        "performance" => lang.pick("Performance", "中级体验"),
        "excitement" => lang.pick("Excitement", "高级体验"),
        _ => lang.pick("Other", "其他"),
    }
}

fn tier_color(tier: &str) -> Color {
    match tier {
        "basic" => Color::Blue,
        "performance" => Color::Green,
        _ => Color::Magenta,
    }
}

fn achieved_word(achieved: bool, lang: Lang) -> &'static str {
    if achieved {
        lang.pick("achieved", "已达成")
    } else {
        lang.pick("not achieved", "未达成")
    }
}

/// The role views side by side: the roles, and the gap's reference role (customer when present).
fn role_columns<'r>(report: &'r Report<'_>) -> Vec<(String, &'r PyramidScore)> {
    report
        .scoring
        .by_role
        .iter()
        .filter_map(|(r, s)| match s {
            Scored::Pyramid(p) => Some((r.clone(), p)),
            _ => None,
        })
        .collect()
}

/// Perception gap of `role` against the customer view (customer − role), per experience.
fn gap(customer: &PyramidScore, other: &PyramidScore, id: &str) -> Option<f64> {
    let c = customer.experiences.iter().find(|e| e.id == id)?.score?;
    let o = other.experiences.iter().find(|e| e.id == id)?.score?;
    Some(c - o)
}

/// The methodology statements.
pub fn policies(s: &PyramidScore, lang: Lang) -> Vec<String> {
    let pass = fmt1(Some(s.pass_mark));
    match lang {
        Lang::En => vec![
            "Experience score = (mean of answered items − 1) / 4 × 100 on 1–5 items (0–100); importance questions are not part of it.".into(),
            "Tier score = mean of its experiences' scores.".into(),
            format!("A tier is achieved when every experience in it scores at least {pass} (the pass mark) and the tier below is achieved; an experience nobody answered blocks its tier."),
            "Foundation warning: a higher tier scoring above a lower tier that is not achieved.".into(),
            "Priorities: experiences below the pass mark, lowest tier first, then by shortfall × mean importance (1–5) where importance was asked, else by shortfall.".into(),
            "Perception gap = customer score − the other role's score (negative: customers experience less than the role believes).".into(),
        ],
        Lang::Zh => vec![
            "体验得分 = (已答题目均值 − 1) / 4 × 100(1–5 分题目,0–100 分);重要性题目不计入。".into(),
            "层级得分 = 该层级各体验得分的平均值。".into(),
            format!("某层级中每种体验得分均不低于 {pass}(及格线)且下一层级已达成,该层级才算达成;无人作答的体验会阻止其层级达成。"),
            "地基警示:较高层级得分高于未达成的较低层级。".into(),
            "优先事项:低于及格线的体验,先低层级,再按差距 × 平均重要性(1–5)排序;未询问重要性时按差距排序。".into(),
            "认知差距 = 客户得分 − 其他角色得分(负值:客户的实际体验低于该角色的判断)。".into(),
        ],
    }
}

/// The drawn pyramid: two rows per tier, top tier first, filled when achieved.
fn drawing(s: &PyramidScore, lang: Lang, p: Painter) -> Vec<String> {
    let mut lines = Vec::new();
    let rows_per_tier = 2;
    let total_rows = TIERS.len() * rows_per_tier;
    let base = 2 * total_rows + 1;
    for (ti, tier) in TIERS.iter().rev().enumerate() {
        let t = s.tiers.iter().find(|t| t.id == *tier);
        let achieved = t.is_some_and(|t| t.achieved);
        let fill = if achieved { "█" } else { "░" };
        for r in 0..rows_per_tier {
            let row = ti * rows_per_tier + r;
            let w = 2 * row + 3;
            let indent = (base + 2 - w) / 2;
            let body = p.paint(&fill.repeat(w), tier_color(tier));
            let mut line = format!("{}{}{}", " ".repeat(indent), body, " ".repeat(indent));
            if r == 0 {
                let label = format!(
                    "  {} {}  {}",
                    pad(tier_name(tier, lang), 12),
                    pad_left(&fmt1(t.and_then(|t| t.score)), 5),
                    achieved_word(achieved, lang)
                );
                let label = if achieved {
                    p.paint(&label, Color::Bold)
                } else {
                    label
                };
                line.push_str(&label);
            } else {
                let names: Vec<String> = s
                    .experiences
                    .iter()
                    .filter(|e| e.tier == *tier)
                    .map(|e| e.id.clone())
                    .collect();
                line.push_str(&p.paint(&format!("  {}", names.join(" · ")), Color::Dim));
            }
            lines.push(line.trim_end().to_string());
        }
    }
    lines
}

/// The text report.
pub fn text(report: &Report<'_>, s: &PyramidScore, lang: Lang, p: Painter) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&heading(report, lang), Color::Bold));
    let level = s
        .level
        .as_deref()
        .map_or_else(|| lang.pick("none", "无").to_string(), |l| tier_name(l, lang).to_string());
    let _ = writeln!(
        out,
        "{} · {} {} · {} {}",
        respondents_line(report, lang),
        lang.pick("pass mark", "及格线"),
        fmt1(Some(s.pass_mark)),
        lang.pick("level reached:", "达到层级:"),
        p.paint(&level, Color::Bold)
    );
    out.push('\n');
    for l in drawing(s, lang, p) {
        let _ = writeln!(out, "{l}");
    }
    out.push('\n');
    let name_w = s
        .experiences
        .iter()
        .map(|e| width(&inst.group_name(&e.id, lang)))
        .max()
        .unwrap_or(10)
        .max(10);
    for tier in TIERS {
        let Some(t) = s.tiers.iter().find(|t| t.id == tier) else {
            continue;
        };
        let _ = writeln!(
            out,
            "{}  {}  {}",
            p.paint(tier_name(tier, lang), tier_color(tier)),
            fmt1(t.score),
            achieved_word(t.achieved, lang)
        );
        for e in s.experiences.iter().filter(|e| e.tier == tier) {
            let mark = if e.passed { "✓" } else { "✗" };
            let b = bar(e.score, 100.0, 20, Some(s.pass_mark));
            let imp = e
                .importance
                .map(|i| format!("  {} {:.1}", lang.pick("importance", "重要性"), i))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {}  {}  {}  n={}  {}{}",
                pad(&inst.group_name(&e.id, lang), name_w),
                p.paint(&b, tier_color(tier)),
                pad_left(&fmt1(e.score), 5),
                e.n,
                if e.passed { p.paint(mark, Color::Green) } else { p.paint(mark, Color::Red) },
                imp
            );
        }
    }

    let roles = role_columns(report);
    if roles.len() > 1 {
        out.push('\n');
        let _ = writeln!(out, "{}", p.paint(lang.pick("Viewpoints side by side", "不同视角对比"), Color::Bold));
        let customer = roles.iter().find(|(r, _)| r == "customer").map(|(_, s)| *s);
        let mut header = format!("  {}", pad(lang.pick("experience", "体验"), name_w));
        for (r, _) in &roles {
            header.push_str(&pad_left(&role_name(r, lang), 12));
        }
        if customer.is_some() {
            for (r, _) in roles.iter().filter(|(r, _)| r != "customer") {
                header.push_str(&pad_left(&format!("{} {}", lang.pick("gap vs", "差距/"), role_name(r, lang)), 16));
            }
        }
        let _ = writeln!(out, "{header}");
        for e in &s.experiences {
            let mut line = format!("  {}", pad(&inst.group_name(&e.id, lang), name_w));
            for (_, rs) in &roles {
                let v = rs.experiences.iter().find(|x| x.id == e.id).and_then(|x| x.score);
                line.push_str(&pad_left(&fmt1(v), 12));
            }
            if let Some(c) = customer {
                for (_, rs) in roles.iter().filter(|(r, _)| r != "customer") {
                    let g = gap(c, rs, &e.id);
                    let txt = pad_left(&fmt_signed(g), 16);
                    line.push_str(&if g.is_some_and(|g| g <= -10.0) { p.paint(&txt, Color::Red) } else { txt });
                }
            }
            let _ = writeln!(out, "{line}");
        }
        let mut levels = format!("  {}", pad(lang.pick("level reached", "达到层级"), name_w));
        for (_, rs) in &roles {
            let l = rs.level.as_deref().map_or(lang.pick("none", "无"), |l| tier_name(l, lang));
            levels.push_str(&pad_left(l, 12));
        }
        let _ = writeln!(out, "{levels}");
    }

    if !s.warnings.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", p.paint(lang.pick("Foundation warning", "地基警示"), Color::Yellow));
        for w in &s.warnings {
            let _ = writeln!(out, "  {}", warning_sentence(w, lang));
        }
    }

    out.push('\n');
    let _ = writeln!(out, "{}", p.paint(lang.pick("What to do next", "下一步"), Color::Bold));
    if s.priorities.is_empty() {
        let _ = writeln!(out, "  {}", lang.pick(
            "Every experience meets the pass mark. Keep measuring each quarter, and compare the customer view with the managers' view.",
            "所有体验均达到及格线。请每季度持续测量,并对比客户视角与管理者视角。"));
    }
    for (i, pr) in s.priorities.iter().take(5).enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, priority_sentence(inst, s, pr, lang));
    }

    out.push('\n');
    let _ = writeln!(out, "{}", p.paint(lang.pick("Method", "方法说明"), Color::Dim));
    for pol in super::policies(report, lang) {
        for (i, l) in super::text::wrap(&pol, 96).into_iter().enumerate() {
            let _ = writeln!(out, "  {} {}", if i == 0 { "·" } else { " " }, p.paint(&l, Color::Dim));
        }
    }
    out
}

fn warning_sentence(w: &crate::score::pyramid::FoundationWarning, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{} scores {} but {} ({}) is not achieved: meet the lower tier first — customers notice a missing foundation at once.",
            tier_name(&w.higher, lang),
            fmt1(Some(w.higher_score)),
            tier_name(&w.lower, lang),
            fmt1(w.lower_score)
        ),
        Lang::Zh => format!(
            "{}得分 {},但{}({})尚未达成:应首先满足较低层级——地基缺失时客户会立即察觉。",
            tier_name(&w.higher, lang),
            fmt1(Some(w.higher_score)),
            tier_name(&w.lower, lang),
            fmt1(w.lower_score)
        ),
    }
}

fn priority_sentence(
    inst: &Instrument,
    s: &PyramidScore,
    pr: &crate::score::pyramid::Priority,
    lang: Lang,
) -> String {
    let e = s.experiences.iter().find(|e| e.id == pr.experience);
    let score = e.and_then(|e| e.score);
    let name = inst.group_name(&pr.experience, lang);
    let weight = pr
        .weighted_shortfall
        .map(|w| match lang {
            Lang::En => format!(", weighted by importance {w:.1}"),
            Lang::Zh => format!(",按重要性加权 {w:.1}"),
        })
        .unwrap_or_default();
    match (lang, score) {
        (Lang::En, Some(sc)) => format!(
            "{name} ({}) scores {} — {:.1} points below the pass mark{weight}.",
            tier_name(&pr.tier, lang).to_lowercase(),
            fmt1(Some(sc)),
            pr.shortfall
        ),
        (Lang::En, None) => format!("{name} ({}) has no answers yet — assess it.", tier_name(&pr.tier, lang).to_lowercase()),
        (Lang::Zh, Some(sc)) => format!(
            "{name}({})得分 {},低于及格线 {:.1} 分{weight}。",
            tier_name(&pr.tier, lang),
            fmt1(Some(sc)),
            pr.shortfall
        ),
        (Lang::Zh, None) => format!("{name}({})尚无答案——请先评估。", tier_name(&pr.tier, lang)),
    }
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, s: &PyramidScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(report, lang));
    let level = s.level.as_deref().map_or(lang.pick("none", "无"), |l| tier_name(l, lang));
    let _ = writeln!(
        out,
        "{} · {} {} · **{} {}**\n",
        respondents_line(report, lang),
        lang.pick("pass mark", "及格线"),
        fmt1(Some(s.pass_mark)),
        lang.pick("level reached:", "达到层级:"),
        level
    );
    let _ = writeln!(out, "## {}\n", lang.pick("Tiers", "层级"));
    let _ = writeln!(out, "| {} | {} | {} |", lang.pick("tier", "层级"), lang.pick("score", "得分"), lang.pick("status", "状态"));
    out.push_str("|---|---:|---|\n");
    for tier in TIERS.iter().rev() {
        if let Some(t) = s.tiers.iter().find(|t| t.id == *tier) {
            let _ = writeln!(out, "| {} | {} | {} |", tier_name(tier, lang), fmt1(t.score), achieved_word(t.achieved, lang));
        }
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("Experiences", "体验"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | n | {} | {} |",
        lang.pick("experience", "体验"),
        lang.pick("tier", "层级"),
        lang.pick("score", "得分"),
        lang.pick("importance", "重要性"),
        lang.pick("pass", "及格")
    );
    out.push_str("|---|---|---:|---:|---:|:---:|\n");
    for e in &s.experiences {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            inst.group_name(&e.id, lang),
            tier_name(&e.tier, lang),
            fmt1(e.score),
            e.n,
            e.importance.map_or_else(String::new, |i| format!("{i:.1}")),
            if e.passed { "✓" } else { "✗" }
        );
    }
    let roles = role_columns(report);
    if roles.len() > 1 {
        let _ = writeln!(out, "\n## {}\n", lang.pick("Viewpoints side by side", "不同视角对比"));
        let customer = roles.iter().find(|(r, _)| r == "customer").map(|(_, s)| *s);
        let mut header = format!("| {} |", lang.pick("experience", "体验"));
        let mut rule = String::from("|---|");
        for (r, _) in &roles {
            header.push_str(&format!(" {} |", role_name(r, lang)));
            rule.push_str("---:|");
        }
        if customer.is_some() {
            for (r, _) in roles.iter().filter(|(r, _)| r != "customer") {
                header.push_str(&format!(" {} {} |", lang.pick("gap vs", "差距/"), role_name(r, lang)));
                rule.push_str("---:|");
            }
        }
        let _ = writeln!(out, "{header}\n{rule}");
        for e in &s.experiences {
            let mut line = format!("| {} |", inst.group_name(&e.id, lang));
            for (_, rs) in &roles {
                let v = rs.experiences.iter().find(|x| x.id == e.id).and_then(|x| x.score);
                line.push_str(&format!(" {} |", fmt1(v)));
            }
            if let Some(c) = customer {
                for (_, rs) in roles.iter().filter(|(r, _)| r != "customer") {
                    line.push_str(&format!(" {} |", fmt_signed(gap(c, rs, &e.id))));
                }
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if !s.warnings.is_empty() {
        let _ = writeln!(out, "\n## {}\n", lang.pick("Foundation warning", "地基警示"));
        for w in &s.warnings {
            let _ = writeln!(out, "- {}", warning_sentence(w, lang));
        }
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("What to do next", "下一步"));
    if s.priorities.is_empty() {
        let _ = writeln!(out, "- {}", lang.pick("Every experience meets the pass mark.", "所有体验均达到及格线。"));
    }
    for (i, pr) in s.priorities.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, priority_sentence(inst, s, pr, lang));
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("Method", "方法说明"));
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "- {pol}");
    }
    out
}

/// The `pyramid` member of the JSON report.
pub fn json(inst: &Instrument, s: &PyramidScore, lang: Lang) -> Value {
    let experiences: Vec<Value> = s
        .experiences
        .iter()
        .map(|e| {
            json!({
                "id": e.id,
                "name": inst.group_name(&e.id, lang),
                "tier": e.tier,
                "score": e.score,
                "n": e.n,
                "passed": e.passed,
                "importance": e.importance,
                "importance_n": e.importance_n,
            })
        })
        .collect();
    json!({
        "pass_mark": s.pass_mark,
        "experiences": experiences,
        "tiers": s.tiers,
        "level": s.level,
        "warnings": s.warnings,
        "priorities": s.priorities,
    })
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &PyramidScore, lang: Lang) -> String {
    let mut out = String::new();
    let level = s.level.as_deref().map_or(lang.pick("none", "无"), |l| tier_name(l, lang));
    let _ = writeln!(out, "{} {level}", lang.pick("Level reached:", "达到层级:"));
    for tier in TIERS.iter().rev() {
        if let Some(t) = s.tiers.iter().find(|t| t.id == *tier) {
            let _ = writeln!(out, "{}  {}  {}", pad(tier_name(tier, lang), 12), pad_left(&fmt1(t.score), 5), achieved_word(t.achieved, lang));
        }
    }
    if let Some(pr) = s.priorities.first() {
        let _ = writeln!(out, "{} {}", lang.pick("First priority:", "首要改进:"), inst.group_name(&pr.experience, lang));
    }
    if !s.warnings.is_empty() {
        let _ = writeln!(out, "{}", lang.pick("Foundation warning: a higher tier outscores an unachieved lower tier.", "地基警示:较高层级得分高于未达成的较低层级。"));
    }
    out
}

/// The HTML body: tables now; the SVG pyramid is drawn by `html_pyramid` when present.
pub fn html(report: &Report<'_>, s: &PyramidScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", super::escape_html(&heading(report, lang)));
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", super::escape_html(&respondents_line(report, lang)));
    let _ = writeln!(out, "<h2>{}</h2>\n<table><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">n</th></tr>",
        lang.pick("Experiences", "体验"), lang.pick("experience", "体验"), lang.pick("tier", "层级"), lang.pick("score", "得分"));
    for e in &s.experiences {
        let _ = writeln!(out, "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            super::escape_html(&inst.group_name(&e.id, lang)), tier_name(&e.tier, lang), fmt1(e.score), e.n);
    }
    out.push_str("</table>\n");
    out
}
