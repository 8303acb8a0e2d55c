//! The experience pyramid report: the drawn pyramid coloured by tier and achievement, a bar per
//! experience, roles side by side with the perception gap, the foundation warning, priorities
//! and the methodology.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::text::{Color, Painter, bar, fmt_signed, fmt1, pad, pad_left, width};
use super::{Report, heading, respondents_line, role_name};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::pyramid::{PyramidScore, TIERS, TierScore};

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

/// "(3 of 4 experiences)" when a tier's score averages fewer experiences than the tier has (an
/// experience nobody answered is left out of the mean); `None` when all count, or none does
/// (the score is then n/a, which says it already).
fn coverage(t: &TierScore, lang: Lang) -> Option<String> {
    let (k, of) = (t.experiences_scored, t.experiences_in_tier);
    (k > 0 && k < of).then(|| match lang {
        Lang::En => format!("({k} of {of} experiences)"),
        Lang::Zh => format!("（{of} 种体验中的 {k} 种）"),
    })
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

/// The heading of the perception-gap column against `role`: "gap vs manager", "与管理者的差距".
fn gap_heading(role: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("gap vs {}", role_name(role, lang)),
        Lang::Zh => format!("与{}的差距", role_name(role, lang)),
    }
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
            "Tier score = mean of its experiences' scores; an experience nobody answered is left out of the mean, and the tier then says how many experiences it averages (e.g. \"3 of 4 experiences\").".into(),
            format!("A tier is achieved when every experience in it scores at least {pass} (the pass mark) and the tier below is achieved; an experience nobody answered blocks its tier."),
            "Foundation warning: a higher tier scoring above a lower tier that is not achieved.".into(),
            "Priorities: experiences below the pass mark, lowest tier first, then by shortfall × mean importance (1–5) where importance was asked, else by shortfall; an experience whose importance nobody rated counts at the scale's midpoint (3), and one nobody answered comes last in its tier with no shortfall (assess it first).".into(),
            "Perception gap = customer score − the other role's score (negative: customers experience less than the role believes).".into(),
        ],
        Lang::Zh => vec![
            "体验得分 = (已答题目均值 − 1) / 4 × 100（1–5 分题目，得分 0–100）；重要性题目不计入。".into(),
            "层级得分 = 该层级各体验得分的平均值；无人作答的体验不计入平均值，此时注明计入了几种体验（如“4 种体验中的 3 种”）。".into(),
            format!("某层级的每种体验得分均不低于 {pass}（及格线），且其下方的层级也已达成，该层级才算达成；无人作答的体验会使其所在层级无法达成。"),
            "地基警示：较高层级的得分高于尚未达成的较低层级。".into(),
            "优先事项：低于及格线的体验，先看较低层级，再按差距 × 平均重要性（1–5）排序；未询问重要性时按差距排序；无人评定重要性的体验按量表中点（3）计，无人作答的体验排在其层级最后且不计差距（请先评估）。".into(),
            "认知差距 = 客户得分 − 其他角色得分（负值表示客户的实际体验不如该角色所认为的那样好）。".into(),
        ],
    }
}

/// The drawn pyramid: two rows per tier, top tier first, filled when achieved.
fn drawing(inst: &Instrument, s: &PyramidScore, lang: Lang, p: Painter) -> Vec<String> {
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
                let mut label = format!(
                    "  {} {}  {}",
                    pad(tier_name(tier, lang), 12),
                    pad_left(&fmt1(t.and_then(|t| t.score)), 5),
                    achieved_word(achieved, lang)
                );
                if let Some(c) = t.and_then(|t| coverage(t, lang)) {
                    label.push_str("  ");
                    label.push_str(&c);
                }
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
                    .map(|e| inst.group_name(&e.id, lang))
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
    let level = s.level.as_deref().map_or_else(
        || lang.pick("none", "无").to_string(),
        |l| tier_name(l, lang).to_string(),
    );
    let _ = writeln!(
        out,
        "{} · {} {} · {}{}",
        respondents_line(report, lang),
        lang.pick("pass mark", "及格线"),
        fmt1(Some(s.pass_mark)),
        lang.pick("level reached: ", "达到层级："),
        p.paint(&level, Color::Bold)
    );
    out.push('\n');
    for l in drawing(inst, s, lang, p) {
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
            "{}  {}  {}{}",
            p.paint(tier_name(tier, lang), tier_color(tier)),
            fmt1(t.score),
            achieved_word(t.achieved, lang),
            coverage(t, lang)
                .map(|c| format!("  {}", p.paint(&c, Color::Yellow)))
                .unwrap_or_default()
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
                if e.passed {
                    p.paint(mark, Color::Green)
                } else {
                    p.paint(mark, Color::Red)
                },
                imp
            );
        }
    }

    let roles = role_columns(report);
    if roles.len() > 1 {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                lang.pick("Viewpoints side by side", "不同视角对比"),
                Color::Bold
            )
        );
        let customer = roles.iter().find(|(r, _)| r == "customer").map(|(_, s)| *s);
        // Each column as wide as its heading (a role may be any word, in either script) or the
        // widest tier name in the "level reached" row, and at least the usual 12 / 16.
        let level_w = TIERS
            .iter()
            .map(|t| width(tier_name(t, lang)))
            .chain([width(lang.pick("none", "无"))])
            .max()
            .unwrap_or(0);
        let role_ws: Vec<usize> = roles
            .iter()
            .map(|(r, _)| (width(&role_name(r, lang)).max(level_w) + 2).max(12))
            .collect();
        let gap_heads: Vec<String> = roles
            .iter()
            .filter(|(r, _)| r != "customer")
            .map(|(r, _)| gap_heading(r, lang))
            .collect();
        let gap_ws: Vec<usize> = gap_heads.iter().map(|h| (width(h) + 2).max(16)).collect();
        let level_label = lang.pick("level reached", "达到层级");
        let name_w = name_w
            .max(width(level_label))
            .max(width(lang.pick("experience", "体验")));
        let mut header = format!("  {}", pad(lang.pick("experience", "体验"), name_w));
        for ((r, _), w) in roles.iter().zip(&role_ws) {
            header.push_str(&pad_left(&role_name(r, lang), *w));
        }
        if customer.is_some() {
            for (h, w) in gap_heads.iter().zip(&gap_ws) {
                header.push_str(&pad_left(h, *w));
            }
        }
        let _ = writeln!(out, "{header}");
        for e in &s.experiences {
            let mut line = format!("  {}", pad(&inst.group_name(&e.id, lang), name_w));
            for ((_, rs), w) in roles.iter().zip(&role_ws) {
                let v = rs
                    .experiences
                    .iter()
                    .find(|x| x.id == e.id)
                    .and_then(|x| x.score);
                line.push_str(&pad_left(&fmt1(v), *w));
            }
            if let Some(c) = customer {
                for ((_, rs), w) in roles.iter().filter(|(r, _)| r != "customer").zip(&gap_ws) {
                    let g = gap(c, rs, &e.id);
                    let txt = pad_left(&fmt_signed(g), *w);
                    line.push_str(&if g.is_some_and(|g| g <= -10.0) {
                        p.paint(&txt, Color::Red)
                    } else {
                        txt
                    });
                }
            }
            let _ = writeln!(out, "{line}");
        }
        let mut levels = format!("  {}", pad(level_label, name_w));
        for ((_, rs), w) in roles.iter().zip(&role_ws) {
            let l = rs
                .level
                .as_deref()
                .map_or(lang.pick("none", "无"), |l| tier_name(l, lang));
            levels.push_str(&pad_left(l, *w));
        }
        let _ = writeln!(out, "{levels}");
    }

    if !s.warnings.is_empty() {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(lang.pick("Foundation warning", "地基警示"), Color::Yellow)
        );
        for w in &s.warnings {
            let _ = writeln!(out, "  {}", warning_sentence(w, lang));
        }
    }

    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(lang.pick("What to do next", "下一步"), Color::Bold)
    );
    if s.priorities.is_empty() {
        let _ = writeln!(out, "  {}", lang.pick(
            "Every experience meets the pass mark. Keep measuring each quarter, and compare the customer view with the managers' view.",
            "所有体验均达到及格线。请每季度持续测量，并对比客户视角与管理者视角。"));
    }
    for (i, pr) in s.priorities.iter().take(5).enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, priority_sentence(inst, s, pr, lang));
    }

    out.push('\n');
    super::text::method_section(&mut out, &super::policies(report, lang), 96, lang, p);
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
            "{}得分 {}，但{}（{}）尚未达成：应先满足较低层级——地基缺失时，客户会立即察觉。",
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
        .filter(|_| !pr.importance_imputed)
        .map(|w| match lang {
            Lang::En => format!(", weighted by importance {w:.1}"),
            Lang::Zh => format!("，按重要性加权 {w:.1}"),
        })
        .unwrap_or_default();
    match (lang, score) {
        (Lang::En, Some(sc)) => format!(
            "{name} ({}) scores {} — {:.1} points below the pass mark{weight}.",
            tier_name(&pr.tier, lang).to_lowercase(),
            fmt1(Some(sc)),
            pr.shortfall.unwrap_or_default()
        ),
        (Lang::En, None) => format!(
            "{name} ({}) has no answers yet — assess it.",
            tier_name(&pr.tier, lang).to_lowercase()
        ),
        (Lang::Zh, Some(sc)) => format!(
            "{name}（{}）得分 {}，低于及格线 {:.1} 分{weight}。",
            tier_name(&pr.tier, lang),
            fmt1(Some(sc)),
            pr.shortfall.unwrap_or_default()
        ),
        (Lang::Zh, None) => format!(
            "{name}（{}）尚无答案——请先评估。",
            tier_name(&pr.tier, lang)
        ),
    }
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, s: &PyramidScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(report, lang));
    let level = s
        .level
        .as_deref()
        .map_or(lang.pick("none", "无"), |l| tier_name(l, lang));
    let _ = writeln!(
        out,
        "{} · {} {} · **{}{}**\n",
        respondents_line(report, lang),
        lang.pick("pass mark", "及格线"),
        fmt1(Some(s.pass_mark)),
        lang.pick("level reached: ", "达到层级："),
        level
    );
    let _ = writeln!(out, "## {}\n", lang.pick("Tiers", "层级"));
    let _ = writeln!(
        out,
        "| {} | {} | {} |",
        lang.pick("tier", "层级"),
        lang.pick("score", "得分"),
        lang.pick("status", "状态")
    );
    out.push_str("|---|---:|---|\n");
    for tier in TIERS.iter().rev() {
        if let Some(t) = s.tiers.iter().find(|t| t.id == *tier) {
            let _ = writeln!(
                out,
                "| {} | {}{} | {} |",
                tier_name(tier, lang),
                fmt1(t.score),
                coverage(t, lang)
                    .map(|c| format!(" {c}"))
                    .unwrap_or_default(),
                achieved_word(t.achieved, lang)
            );
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
        let _ = writeln!(
            out,
            "\n## {}\n",
            lang.pick("Viewpoints side by side", "不同视角对比")
        );
        let customer = roles.iter().find(|(r, _)| r == "customer").map(|(_, s)| *s);
        let mut header = format!("| {} |", lang.pick("experience", "体验"));
        let mut rule = String::from("|---|");
        for (r, _) in &roles {
            header.push_str(&format!(" {} |", role_name(r, lang)));
            rule.push_str("---:|");
        }
        if customer.is_some() {
            for (r, _) in roles.iter().filter(|(r, _)| r != "customer") {
                header.push_str(&format!(" {} |", gap_heading(r, lang)));
                rule.push_str("---:|");
            }
        }
        let _ = writeln!(out, "{header}\n{rule}");
        for e in &s.experiences {
            let mut line = format!("| {} |", inst.group_name(&e.id, lang));
            for (_, rs) in &roles {
                let v = rs
                    .experiences
                    .iter()
                    .find(|x| x.id == e.id)
                    .and_then(|x| x.score);
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
        let _ = writeln!(
            out,
            "\n## {}\n",
            lang.pick("Foundation warning", "地基警示")
        );
        for w in &s.warnings {
            let _ = writeln!(out, "- {}", warning_sentence(w, lang));
        }
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("What to do next", "下一步"));
    if s.priorities.is_empty() {
        let _ = writeln!(
            out,
            "- {}",
            lang.pick(
                "Every experience meets the pass mark.",
                "所有体验均达到及格线。"
            )
        );
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
                "passed": e.passed_mark(),
                "importance": e.importance,
                "importance_n": e.importance_n,
                "sd": e.sd,
                "interval": e.interval,
            })
        })
        .collect();
    let mut out = json!({
        "pass_mark": s.pass_mark,
        "experiences": experiences,
        "tiers": s.tiers,
        "level": s.level,
        "warnings": s.warnings,
        "priorities": s.priorities,
    });
    if let (Some(seg), Value::Object(m)) = (&s.segments, &mut out) {
        m.insert("segments".into(), json!(seg));
    }
    out
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &PyramidScore, lang: Lang) -> String {
    let mut out = String::new();
    let level = s
        .level
        .as_deref()
        .map_or(lang.pick("none", "无"), |l| tier_name(l, lang));
    let _ = writeln!(out, "{}{level}", lang.pick("Level reached: ", "达到层级："));
    for tier in TIERS.iter().rev() {
        if let Some(t) = s.tiers.iter().find(|t| t.id == *tier) {
            let _ = writeln!(
                out,
                "{}  {}  {}{}",
                pad(tier_name(tier, lang), 12),
                pad_left(&fmt1(t.score), 5),
                achieved_word(t.achieved, lang),
                coverage(t, lang)
                    .map(|c| format!("  {c}"))
                    .unwrap_or_default()
            );
        }
    }
    if let Some(pr) = s.priorities.first() {
        let _ = writeln!(
            out,
            "{} {}",
            lang.pick("First priority:", "首要改进："),
            inst.group_name(&pr.experience, lang)
        );
    }
    if !s.warnings.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            lang.pick(
                "Foundation warning: a higher tier outscores an unachieved lower tier.",
                "地基警示：较高层级的得分高于尚未达成的较低层级。"
            )
        );
    }
    out
}

/// Hex colours of a tier: (solid, light bar, pale fill).
fn tier_hex(tier: &str) -> (&'static str, &'static str, &'static str) {
    match tier {
        "basic" => (super::html::BLUE, "#93c5fd", "#dbeafe"),
        "performance" => (super::html::GREEN, "#6ee7b7", "#d1fae5"),
        _ => (super::html::MAGENTA, "#f0abfc", "#fae8ff"),
    }
}

/// The drawn pyramid in SVG: three stacked trapezoids, basic at the bottom, each coloured by its
/// tier, solid when achieved and pale with hatching when not, the tier score written in. With
/// `detail`, each tier's experiences and scores are listed beside it. `id` keeps the hatch
/// patterns of several pyramids on one page apart.
fn svg_pyramid(inst: &Instrument, s: &PyramidScore, lang: Lang, id: &str, detail: bool) -> String {
    use super::html::{Anchor, INK, MUTED, Svg, text_px};
    let (base_w, top_w, height, gap, left) = (440.0, 64.0, 330.0, 6.0, 10.0);
    let list_x = left + base_w + 28.0;
    let list_w = if detail {
        s.experiences
            .iter()
            .map(|e| text_px(&format!("{}  100.0 ✓", inst.group_name(&e.id, lang)), 13.0))
            .fold(160.0, f64::max)
    } else {
        0.0
    };
    let width = if detail {
        list_x + list_w + 10.0
    } else {
        left * 2.0 + base_w
    };
    let mut svg = Svg::new(width, height + 20.0);
    let cx = left + base_w / 2.0;
    let bottom = height + 10.0;
    let band = (height - 2.0 * gap) / 3.0;
    let half_at = |y: f64| {
        let t = (bottom - y) / height;
        (base_w + (top_w - base_w) * t) * 0.5
    };
    let mut desc = Vec::new();
    for (i, tier) in TIERS.iter().enumerate() {
        let t = s.tiers.iter().find(|t| t.id == *tier);
        let achieved = t.is_some_and(|t| t.achieved);
        let score = t.and_then(|t| t.score);
        let (solid, _, pale) = tier_hex(tier);
        let y1 = bottom - i as f64 * (band + gap);
        let y0 = y1 - band;
        let (h1, h0) = (half_at(y1), half_at(y0));
        let pts = [(cx - h1, y1), (cx + h1, y1), (cx + h0, y0), (cx - h0, y0)];
        if achieved {
            svg.polygon(&pts, solid, "");
        } else {
            let pattern = format!("{id}-hatch-{tier}");
            svg.def(&format!(
                "<pattern id=\"{pattern}\" patternUnits=\"userSpaceOnUse\" width=\"9\" height=\"9\" patternTransform=\"rotate(45)\"><rect width=\"9\" height=\"9\" fill=\"{pale}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"9\" stroke=\"{solid}\" stroke-width=\"2\" stroke-opacity=\"0.28\"/></pattern>"
            ));
            svg.polygon(
                &pts,
                &format!("url(#{pattern})"),
                &format!("stroke=\"{solid}\" stroke-width=\"2\" stroke-dasharray=\"6 4\""),
            );
        }
        let ink = if achieved { "#fff" } else { INK };
        let mid = f64::midpoint(y0, y1);
        let name = tier_name(tier, lang);
        svg.text((cx, mid - 16.0), Anchor::Middle, 14.0, ink, 700, name);
        svg.text(
            (cx, mid + 12.0),
            Anchor::Middle,
            24.0,
            ink,
            700,
            &fmt1(score),
        );
        let status = format!(
            "{} {}",
            if achieved { "✓" } else { "✗" },
            achieved_word(achieved, lang)
        );
        svg.text(
            (cx, mid + 30.0),
            Anchor::Middle,
            12.0,
            if achieved { "#fff" } else { solid },
            400,
            &status,
        );
        let covered = t.and_then(|t| coverage(t, lang));
        if let Some(c) = &covered {
            // Under the status: the score averages only the experiences that were answered.
            svg.text((cx, mid + 46.0), Anchor::Middle, 11.0, ink, 400, c);
        }
        desc.push(format!(
            "{name} {}{} {}",
            fmt1(score),
            covered.map(|c| format!(" {c}")).unwrap_or_default(),
            achieved_word(achieved, lang)
        ));
        if detail {
            let members: Vec<_> = s.experiences.iter().filter(|e| e.tier == *tier).collect();
            let line_h = 18.0;
            let first = mid - (members.len() as f64 - 1.0) * line_h / 2.0;
            svg.line(
                (cx + half_at(mid) + 4.0, mid),
                (list_x - 6.0, mid),
                MUTED,
                1.0,
                "stroke-dasharray=\"2 3\"",
            );
            for (k, e) in members.iter().enumerate() {
                let y = first + k as f64 * line_h + 4.0;
                let mark = if e.passed { "✓" } else { "✗" };
                let color = if e.passed { solid } else { super::html::RED };
                svg.text(
                    (list_x, y),
                    Anchor::Start,
                    13.0,
                    INK,
                    400,
                    &inst.group_name(&e.id, lang),
                );
                svg.text(
                    (list_x + list_w, y),
                    Anchor::End,
                    13.0,
                    color,
                    700,
                    &format!("{} {mark}", fmt1(e.score)),
                );
            }
        }
    }
    desc.reverse();
    svg.finish(
        lang.pick("Experience pyramid", "体验金字塔"),
        &desc.join("; "),
    )
}

/// The HTML body: the drawn pyramid, a bar per experience, the roles side by side with the
/// perception gap, the foundation warning, the priorities and the methodology.
pub fn html(report: &Report<'_>, s: &PyramidScore, lang: Lang) -> String {
    use super::escape_html as esc;
    use super::html::{self as h, Bar, BarScale, Series};
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", esc(&heading(report, lang)));
    let level = s
        .level
        .as_deref()
        .map_or(lang.pick("none", "无"), |l| tier_name(l, lang));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} · {} {} · <strong>{}{}</strong></p>",
        esc(&respondents_line(report, lang)),
        lang.pick("pass mark", "及格线"),
        fmt1(Some(s.pass_mark)),
        lang.pick("level reached: ", "达到层级："),
        esc(level)
    );
    out.push_str(&h::figure(
        &svg_pyramid(inst, s, lang, "pyr", true),
        lang.pick(
            "Solid: tier achieved (every experience at or above the pass mark, and the tier below achieved). Pale and hatched: not achieved.",
            "实心：层级已达成（每种体验均不低于及格线，且其下方的层级也已达成）。浅色斜线：未达成。",
        ),
    ));
    if !s.warnings.is_empty() {
        let _ = writeln!(
            out,
            "<div class=\"callout\"><strong>{}</strong>",
            lang.pick("Foundation warning", "地基警示")
        );
        for w in &s.warnings {
            let _ = writeln!(out, "<p>{}</p>", esc(&warning_sentence(w, lang)));
        }
        out.push_str("</div>\n");
    }

    let _ = writeln!(out, "<h2>{}</h2>", lang.pick("Experiences", "体验"));
    let mut bars = Vec::new();
    for tier in TIERS {
        let (solid, light, _) = tier_hex(tier);
        for (k, e) in s.experiences.iter().filter(|e| e.tier == tier).enumerate() {
            bars.push(Bar {
                label: inst.group_name(&e.id, lang),
                value: e.score,
                color: if e.passed { solid } else { light }.to_string(),
                note: format!(
                    "{} {} n={}",
                    fmt1(e.score),
                    if e.passed { "✓" } else { "✗" },
                    e.n
                ),
                group: (k == 0).then(|| tier_name(tier, lang).to_string()),
            });
        }
    }
    let pass_label = format!(
        "{} {}",
        lang.pick("pass mark", "及格线"),
        fmt1(Some(s.pass_mark))
    );
    out.push_str(&h::figure(
        &h::hbars(
            &bars,
            &BarScale {
                min: 0.0,
                max: 100.0,
                mark: Some((s.pass_mark, pass_label)),
            },
            lang.pick("Experience scores, 0–100", "体验得分（0–100）"),
            lang.pick(
                "One bar per experience, grouped by tier; the dashed line is the pass mark.",
                "每种体验一条，按层级分组；虚线为及格线。",
            ),
        ),
        lang.pick(
            "Score 0–100 per experience; lighter bars are below the pass mark.",
            "各体验得分（0–100）；浅色条低于及格线。",
        ),
    ));
    let _ = writeln!(
        out,
        "<table><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">n</th><th class=\"num\">{}</th><th>{}</th></tr>",
        lang.pick("experience", "体验"),
        lang.pick("tier", "层级"),
        lang.pick("score", "得分"),
        lang.pick("importance", "重要性"),
        lang.pick("pass", "及格")
    );
    for e in &s.experiences {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"{}\">{}</td></tr>",
            esc(&inst.group_name(&e.id, lang)),
            tier_name(&e.tier, lang),
            fmt1(e.score),
            e.n,
            e.importance.map_or_else(String::new, |i| format!("{i:.1}")),
            if e.passed { "ok" } else { "bad" },
            if e.passed { "✓" } else { "✗" }
        );
    }
    out.push_str("</table>\n");

    let roles = role_columns(report);
    if roles.len() > 1 {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            lang.pick("Viewpoints side by side", "不同视角对比")
        );
        out.push_str("<div class=\"cards\">\n");
        for (i, (r, rs)) in roles.iter().enumerate() {
            let l = rs
                .level
                .as_deref()
                .map_or(lang.pick("none", "无"), |l| tier_name(l, lang));
            let _ = writeln!(
                out,
                "<div><h3>{} — {} {}</h3>\n{}</div>",
                esc(&role_name(r, lang)),
                lang.pick("level", "层级"),
                esc(l),
                svg_pyramid(inst, rs, lang, &format!("pyr-role{i}"), false)
            );
        }
        out.push_str("</div>\n");
        let categories: Vec<String> = s
            .experiences
            .iter()
            .map(|e| inst.group_name(&e.id, lang))
            .collect();
        let series: Vec<Series> = roles
            .iter()
            .enumerate()
            .map(|(i, (r, rs))| Series {
                name: role_name(r, lang),
                color: h::SERIES[i % h::SERIES.len()].to_string(),
                values: s
                    .experiences
                    .iter()
                    .map(|e| {
                        rs.experiences
                            .iter()
                            .find(|x| x.id == e.id)
                            .and_then(|x| x.score)
                    })
                    .collect(),
            })
            .collect();
        out.push_str(&h::figure(
            &h::grouped_hbars(
                &categories,
                &series,
                (0.0, 100.0),
                lang.pick("Experience scores by role", "按角色的体验得分"),
                lang.pick(
                    "Each experience's score as each role sees it.",
                    "各角色眼中的体验得分。",
                ),
            ),
            lang.pick(
                "The same experiences scored by each role, 0–100.",
                "各角色对同一体验的评分（0–100）。",
            ),
        ));
        let customer = roles.iter().find(|(r, _)| r == "customer").map(|(_, s)| *s);
        let others: Vec<&(String, &PyramidScore)> =
            roles.iter().filter(|(r, _)| r != "customer").collect();
        let _ = write!(
            out,
            "<table><tr><th>{}</th>",
            lang.pick("experience", "体验")
        );
        for (r, _) in &roles {
            let _ = write!(out, "<th class=\"num\">{}</th>", esc(&role_name(r, lang)));
        }
        if customer.is_some() {
            for (r, _) in &others {
                let _ = write!(out, "<th class=\"num\">{}</th>", esc(&gap_heading(r, lang)));
            }
        }
        out.push_str("</tr>\n");
        for e in &s.experiences {
            let _ = write!(out, "<tr><td>{}</td>", esc(&inst.group_name(&e.id, lang)));
            for (_, rs) in &roles {
                let v = rs
                    .experiences
                    .iter()
                    .find(|x| x.id == e.id)
                    .and_then(|x| x.score);
                let _ = write!(out, "<td class=\"num\">{}</td>", fmt1(v));
            }
            if let Some(c) = customer {
                for (_, rs) in &others {
                    let g = gap(c, rs, &e.id);
                    let class = if g.is_some_and(|g| g <= -10.0) {
                        " bad"
                    } else {
                        ""
                    };
                    let _ = write!(out, "<td class=\"num{class}\">{}</td>", fmt_signed(g));
                }
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table>\n");
        if customer.is_some() && !others.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"muted\">{}</p>",
                lang.pick(
                    "Gap = customer score − the other role's score; red where customers experience at least 10 points less than the role believes.",
                    "差距 = 客户得分 − 其他角色得分；客户体验比该角色所认为的低 10 分及以上时标红。",
                )
            );
        }
    }

    let _ = writeln!(out, "<h2>{}</h2>", lang.pick("What to do next", "下一步"));
    if s.priorities.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            lang.pick(
                "Every experience meets the pass mark. Keep measuring each quarter, and compare the customer view with the managers' view.",
                "所有体验均达到及格线。请每季度持续测量，并对比客户视角与管理者视角。",
            )
        );
    } else {
        out.push_str("<ol class=\"priorities\">\n");
        for pr in &s.priorities {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                esc(&priority_sentence(inst, s, pr, lang))
            );
        }
        out.push_str("</ol>\n");
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ul class=\"method\">",
        lang.pick("Method", "方法说明")
    );
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "<li>{}</li>", esc(&pol));
    }
    out.push_str("</ul>\n");
    out
}
