//! The Kano report: features in the order of what to do with their counts, category (both
//! categories when the lead is not significant), Better/Worse and strengths; the Better/Worse
//! scatter and the continuous-analysis plot (drawn with characters in the terminal and in
//! Markdown, as inline SVG in HTML); segments; the small-sample warning; next steps and the
//! methodology. Figures come from `score::kano`; nothing is computed here but display rounding.

mod plot;

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::html::{self, Point, ScatterAxes};
use super::text::{Color, Painter, pad, pad_left, width, wrap};
use super::{Report, escape_html, heading, respondents_line, role_name};
use crate::instrument::{Instrument, QuestionKind};
use crate::lang::Lang;
use crate::response::KanoWord;
use crate::score::Scored;
use crate::score::kano::{
    Category, FeatureScore, KanoScore, MAX_SEGMENTS, MIN_N, UNSPECIFIED_SEGMENT, classify,
    table_id, table_name,
};
use plot::{Frame, PlotPoint};

/// The evaluation table in a report's header line: the questionnaire setting's word in English
/// (`standard`, `pouliot`, as the file says it), its Chinese name in Chinese.
fn table_label(table: crate::instrument::KanoTable, lang: Lang) -> &'static str {
    match lang {
        Lang::En => table_id(table),
        Lang::Zh => match table {
            crate::instrument::KanoTable::Standard => "标准表",
            crate::instrument::KanoTable::Pouliot => "Pouliot 变体",
        },
    }
}

/// A feature's display name: the Kano question's feature text, else its group's name.
pub fn feature_name(inst: &Instrument, id: &str, lang: Lang) -> String {
    match inst.question(id).map(|q| &q.kind) {
        Some(QuestionKind::Kano { feature, .. }) if !feature.get(lang).trim().is_empty() => {
            feature.get(lang).to_string()
        }
        _ => inst.group_name(id, lang),
    }
}

fn color(c: Option<Category>) -> Color {
    match c {
        Some(Category::MustBe) => Color::Blue,
        Some(Category::OneDimensional) => Color::Green,
        Some(Category::Attractive) => Color::Magenta,
        Some(Category::Reverse) => Color::Red,
        Some(Category::Questionable) => Color::Yellow,
        Some(Category::Indifferent) | None => Color::Dim,
    }
}

fn html_color(c: Option<Category>) -> &'static str {
    match c {
        Some(Category::MustBe) => html::BLUE,
        Some(Category::OneDimensional) => html::GREEN,
        Some(Category::Attractive) => html::MAGENTA,
        Some(Category::Reverse) => html::RED,
        Some(Category::Questionable) => html::AMBER,
        Some(Category::Indifferent) | None => html::GREY,
    }
}

/// The marker of the feature ranked `rank` (from 1): 1–9, then a–z, then `+`.
fn marker(rank: usize) -> String {
    match rank {
        1..=9 => rank.to_string(),
        10..=35 => char::from(b'a' + (rank - 10) as u8).to_string(),
        _ => "+".to_string(),
    }
}

/// Two decimals, `n/a` when undefined, never `-0.00`.
pub fn fmt2(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => {
            let s = format!("{x:.2}");
            if s == "-0.00" { "0.00".to_string() } else { s }
        }
        _ => "n/a".to_string(),
    }
}

/// The category as shown, with its name: "M must-be", "I/O indifferent / one-dimensional".
fn category_words(f: &FeatureScore, lang: Lang) -> String {
    match (f.category, f.dual_category(), f.second) {
        (None, _, _) => lang.pick("no answers", "无答案").to_string(),
        (Some(c), Some(dual), Some(s)) => format!("{dual} {} / {}", c.name(lang), s.name(lang)),
        (Some(c), _, _) => format!("{} {}", c.letter(), c.name(lang)),
    }
}

/// "Name (I/O)" with the parentheses of the language.
fn with_dual(name: &str, dual: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{name} ({dual})"),
        Lang::Zh => format!("{name}（{dual}）"),
    }
}

/// One segment as shown: its label, its respondents and its features.
type SegmentView<'r> = (String, u64, &'r [FeatureScore]);

/// The segments to show: `--by` segments, else roles when there are several.
fn segment_views<'r>(
    report: &'r Report<'_>,
    s: &'r KanoScore,
    lang: Lang,
) -> Option<(String, Vec<SegmentView<'r>>)> {
    if let Some(seg) = &s.segments {
        let rows = seg
            .segments
            .iter()
            .map(|g| {
                let label = if g.pooled {
                    lang.pick("(other values)", "（其他取值）").to_string()
                } else if g.value == UNSPECIFIED_SEGMENT {
                    lang.pick("(not given)", "（未填写）").to_string()
                } else if seg.field == "role" {
                    role_name(&g.value, lang)
                } else {
                    g.value.clone()
                };
                (label, g.respondents, g.features.as_slice())
            })
            .collect();
        return Some((seg.field.clone(), rows));
    }
    let roles: Vec<SegmentView<'_>> = report
        .scoring
        .by_role
        .iter()
        .filter_map(|(r, sc)| match sc {
            Scored::Kano(k) => Some((role_name(r, lang), k.respondents, k.features.as_slice())),
            _ => None,
        })
        .collect();
    (roles.len() > 1).then(|| ("role".to_string(), roles))
}

/// The methodology statements.
pub fn policies(s: &KanoScore, lang: Lang) -> Vec<String> {
    let table = table_name(s.table, lang);
    match lang {
        Lang::En => vec![
            format!("Evaluation table: {table}; rows are the answer to \"if it HAS the feature\", columns the answer to \"if it does NOT have it\"."),
            "n = respondents who answered both questions of the feature; N/A and half-answered features are left out.".into(),
            "Category = the most frequent of A, O, M, I, R, Q; exact ties are broken in the order M > O > A > I > R > Q.".into(),
            "Better = (A + O) / (A + O + M + I); Worse = −(O + M) / (A + O + M + I); R and Q are not in the denominator; both are n/a when A + O + M + I = 0.".into(),
            "Category strength = largest share − second-largest share, shares = count / n over O, A, M, I, R; total strength = (A + O + M) / n.".into(),
            format!("The lead of the category over the runner-up (the next of A, O, M, I, R; Q is never a runner-up) is tested from {MIN_N} answers on, by the exact binomial test of the two counts (p < 0.05); when it is not significant both are shown (e.g. I/O); below {MIN_N} answers: too few answers to test. Fong's inequality |a − b| ≥ 1.65 · √((a + b)(2n − a − b) / (2n)) is given as a screen only."),
            "Continuous analysis (DuMouchel): functional Like 4, Must-be 2, Neutral 0, Live-with −1, Dislike −2; dysfunctional Like −2, Must-be −1, Neutral 0, Live-with 2, Dislike 4; means and sample SDs over the respondents with both answers; importance 1–9 over those who rated it.".into(),
            format!("Fewer than {MIN_N} answers to a feature: the category is fragile and the report warns."),
            "Order of what to do: must-be first (largest |Worse| first), then one-dimensional and attractive by Better (largest first), then indifferent, reverse, questionable.".into(),
            format!("Segments: the same figures per value of the segment field (--by), or per role; past {MAX_SEGMENTS} values the rest are pooled."),
        ],
        Lang::Zh => vec![
            format!("评价表：{table}；行为“如果【提供】该功能”的回答，列为“如果【不提供】该功能”的回答。"),
            "n = 对该功能两个问题都作答的答卷人数；“不适用”和只答了一半的功能不计入。".into(),
            "类别 = A、O、M、I、R、Q 中出现次数最多者；完全相同时按 M > O > A > I > R > Q 的顺序决定。".into(),
            "Better = (A + O) / (A + O + M + I)；Worse = −(O + M) / (A + O + M + I)；R 与 Q 不计入分母；A + O + M + I = 0 时两者均为 n/a。".into(),
            "类别强度 = 最大占比 − 第二大占比（占比 = 计数 / n，在 O、A、M、I、R 中比较）；总强度 = (A + O + M) / n。".into(),
            format!("类别相对第二名（A、O、M、I、R 中的下一个；Q 不作第二名）的领先，从 {MIN_N} 份答案起用两计数的精确二项检验判定（p < 0.05）；不显著时同时列出两个类别（如 I/O）；少于 {MIN_N} 份答案时答案太少，不作检验。Fong 不等式 |a − b| ≥ 1.65 · √((a + b)(2n − a − b) / (2n)) 仅作初筛。"),
            "连续分析（DuMouchel）：正向问题 喜欢 4、理所当然 2、无所谓 0、能忍受 −1、不喜欢 −2；反向问题 喜欢 −2、理所当然 −1、无所谓 0、能忍受 2、不喜欢 4；对两个问题都作答者计算均值与样本标准差；重要性（1–9）对作答者取均值。".into(),
            format!("某功能的答案少于 {MIN_N} 份时，类别不稳定，报告会给出警示。"),
            "行动顺序：先必备型（|Worse| 大者在前），再期望型与魅力型（按 Better 从大到小），然后是无差异型、反向型、可疑型。".into(),
            format!("细分：按细分字段（--by）的每个取值或按角色分别给出同样的数据；超过 {MAX_SEGMENTS} 个取值时，其余合并。"),
        ],
    }
}

/// The Better/Worse plot's frame.
fn better_worse_frame(lang: Lang) -> Frame<'static> {
    Frame {
        x: (0.0, 1.0),
        y: (0.0, 1.0),
        split: (0.5, 0.5),
        quadrants: quadrant_names(lang),
        y_title: lang.pick(
            "Better (satisfaction when present)",
            "Better（具备时的满意度）",
        ),
        x_title: lang.pick(
            "|Worse| (dissatisfaction when absent)",
            "|Worse|（缺失时的不满意度）",
        ),
    }
}

fn continuous_frame(lang: Lang) -> Frame<'static> {
    Frame {
        x: (0.0, 4.0),
        y: (0.0, 4.0),
        split: (2.0, 2.0),
        quadrants: quadrant_names(lang),
        y_title: lang.pick("functional mean (if it HAS it)", "正向均值（提供时）"),
        x_title: lang.pick(
            "dysfunctional mean (if it does NOT)",
            "反向均值（不提供时）",
        ),
    }
}

/// Top-left, top-right, bottom-left, bottom-right: the same in both plots.
fn quadrant_names(lang: Lang) -> [&'static str; 4] {
    [
        Category::Attractive.name(lang),
        Category::OneDimensional.name(lang),
        Category::Indifferent.name(lang),
        Category::MustBe.name(lang),
    ]
}

/// The features in action order with their rank (from 1).
fn ranked(s: &KanoScore) -> Vec<(usize, &FeatureScore)> {
    s.ordered().enumerate().map(|(i, f)| (i + 1, f)).collect()
}

fn better_worse_points(s: &KanoScore) -> Vec<PlotPoint> {
    ranked(s)
        .into_iter()
        .filter_map(|(rank, f)| {
            Some(PlotPoint {
                marker: marker(rank),
                x: f.worse?.abs(),
                y: f.better?,
                color: color(f.category),
            })
        })
        .collect()
}

fn continuous_points(s: &KanoScore) -> Vec<PlotPoint> {
    ranked(s)
        .into_iter()
        .filter_map(|(rank, f)| {
            Some(PlotPoint {
                marker: marker(rank),
                x: f.dysfunctional_mean?,
                y: f.functional_mean?,
                color: color(f.category),
            })
        })
        .collect()
}

/// The legend lines under a plot: marker, name, the two coordinates, aligned by display width.
fn legend(inst: &Instrument, s: &KanoScore, lang: Lang, continuous: bool) -> Vec<String> {
    let names: Vec<(usize, &FeatureScore, String)> = ranked(s)
        .into_iter()
        .map(|(r, f)| (r, f, feature_name(inst, &f.id, lang)))
        .collect();
    let name_w = names.iter().map(|(_, _, n)| width(n)).max().unwrap_or(0);
    let frame = continuous_frame(lang);
    names
        .iter()
        .map(|(rank, f, name)| {
            let figures = if continuous {
                match (f.dysfunctional_mean, f.functional_mean) {
                    (Some(x), Some(y)) => {
                        let edge = if plot::outside(x, frame.x) || plot::outside(y, frame.y) {
                            lang.pick(
                                "  (outside 0–4: drawn at the edge)",
                                "  （超出 0–4：画在边缘）",
                            )
                        } else {
                            ""
                        };
                        format!(
                            "{} {} ± {}   {} {} ± {}   {} {}{edge}",
                            lang.pick("dysf.", "反向"),
                            pad_left(&fmt2(Some(x)), 5),
                            fmt2(f.dysfunctional_sd),
                            lang.pick("func.", "正向"),
                            pad_left(&fmt2(Some(y)), 5),
                            fmt2(f.functional_sd),
                            lang.pick("importance", "重要性"),
                            fmt2(f.importance_mean),
                        )
                    }
                    _ => lang
                        .pick("no answers: not plotted", "无答案：未绘出")
                        .to_string(),
                }
            } else {
                match (f.worse, f.better) {
                    (Some(w), Some(b)) => {
                        format!("|Worse| {}   Better {}", fmt2(Some(w.abs())), fmt2(Some(b)))
                    }
                    _ if f.n == 0 => lang
                        .pick("no answers: not plotted", "无答案：未绘出")
                        .to_string(),
                    _ => lang
                        .pick(
                            "Better/Worse n/a (no A, O, M or I answers): not plotted",
                            "Better/Worse 为 n/a（无 A、O、M、I 答案）：未绘出",
                        )
                        .to_string(),
                }
            };
            format!(
                "  {} {}  {}",
                pad_left(&marker(*rank), 2),
                pad(name, name_w),
                figures
            )
        })
        .collect()
}

/// The main table's rows, shared by text and Markdown: (rank, name, counts…, shown category…).
fn table_header(lang: Lang) -> [&'static str; 6] {
    [
        lang.pick("feature", "功能"),
        lang.pick("category", "类别"),
        "Better",
        "Worse",
        lang.pick("cat. strength", "类别强度"),
        lang.pick("total strength", "总强度"),
    ]
}

fn key_line(lang: Lang) -> String {
    lang.pick(
        "A attractive · O one-dimensional · M must-be · I indifferent · R reverse · Q questionable · X/Y: X leads Y, not significantly (exact binomial test) · ⚠ fewer than 30 answers: too few to test",
        "A 魅力型 · O 期望型 · M 必备型 · I 无差异型 · R 反向型 · Q 可疑型 · X/Y：X 领先 Y 但不显著（精确二项检验）· ⚠ 答案少于 30 份：太少，不作检验",
    )
    .to_string()
}

/// The next steps, one sentence per kind of action, in action order.
fn next_steps(inst: &Instrument, s: &KanoScore, lang: Lang) -> Vec<String> {
    let names = |pred: &dyn Fn(&FeatureScore) -> bool| -> Vec<String> {
        s.ordered()
            .filter(|f| pred(f))
            .map(|f| feature_name(inst, &f.id, lang))
            .collect()
    };
    let join = |v: &[String]| v.join(lang.pick(", ", "、"));
    let is = |c: Category| move |f: &FeatureScore| f.category == Some(c);
    let mut out = Vec::new();
    let must = names(&is(Category::MustBe));
    if !must.is_empty() {
        let worst = s
            .ordered()
            .filter(|f| f.category == Some(Category::MustBe))
            .filter_map(|f| f.worse.map(f64::abs))
            .fold(0.0, f64::max);
        out.push(match lang {
            Lang::En => format!("Guarantee first — must-be: {}. Customers take them for granted: missing them costs satisfaction (|Worse| up to {}), doing more earns little.", join(&must), fmt2(Some(worst))),
            Lang::Zh => format!("首先保证——必备型：{}。客户视之为理所当然：缺失会带来不满（|Worse| 最高 {}），做得更多也难以加分。", join(&must), fmt2(Some(worst))),
        });
    }
    let one = names(&is(Category::OneDimensional));
    if !one.is_empty() {
        out.push(match lang {
            Lang::En => format!("Invest in proportion — one-dimensional: {}. The better they perform, the more satisfied customers are; benchmark them against competitors.", join(&one)),
            Lang::Zh => format!("按比例投入——期望型：{}。表现越好，客户越满意；应与竞争对手对标。", join(&one)),
        });
    }
    let attractive = names(&is(Category::Attractive));
    if !attractive.is_empty() {
        out.push(match lang {
            Lang::En => format!("Differentiate — attractive: {}. They delight when present and are not missed when absent; pick the ones with the highest Better.", join(&attractive)),
            Lang::Zh => format!("打造差异化——魅力型：{}。提供时令客户惊喜，缺失时也不会引起不满；优先选择 Better 最高者。", join(&attractive)),
        });
    }
    let indifferent = names(&is(Category::Indifferent));
    if !indifferent.is_empty() {
        out.push(match lang {
            Lang::En => format!("Do not invest more — indifferent: {}. Customers do not mind either way; keep them cheap or drop them.", join(&indifferent)),
            Lang::Zh => format!("不宜追加投入——无差异型：{}。客户对其有无并不在意；保持低成本或取消。", join(&indifferent)),
        });
    }
    let reverse = names(&is(Category::Reverse));
    if !reverse.is_empty() {
        out.push(match lang {
            Lang::En => format!("Reconsider — reverse: {}. Many customers would rather not have it: make it optional or remove it.", join(&reverse)),
            Lang::Zh => format!("重新考虑——反向型：{}。许多客户宁愿没有它：改为可选或取消。", join(&reverse)),
        });
    }
    let questionable = names(&is(Category::Questionable));
    if !questionable.is_empty() {
        out.push(match lang {
            Lang::En => format!("Check the questions — questionable: {}. Contradictory answers usually mean the question was misunderstood; reword it and ask again.", join(&questionable)),
            Lang::Zh => format!("检查问题——可疑型：{}。自相矛盾的回答通常说明问题被误解；请修改措辞后重新调查。", join(&questionable)),
        });
    }
    let dual: Vec<String> = s
        .ordered()
        .filter_map(|f| {
            f.dual_category()
                .map(|d| with_dual(&feature_name(inst, &f.id, lang), &d, lang))
        })
        .collect();
    if !dual.is_empty() {
        out.push(match lang {
            Lang::En => format!("Not settled: {}. The lead is not significant (exact binomial test): treat the feature as both categories, compare segments (--by) or collect more answers.", join(&dual)),
            Lang::Zh => format!("尚无定论：{}。领先不显著（精确二项检验）：按两个类别同时考虑，比较细分群体（--by）或收集更多答案。", join(&dual)),
        });
    }
    let small = small_n_names(inst, s, lang);
    if !small.is_empty() {
        out.push(match lang {
            Lang::En => format!(
                "Collect more answers — fewer than {MIN_N} for: {}.",
                join(&small)
            ),
            Lang::Zh => format!(
                "收集更多答案——以下功能答案少于 {MIN_N} 份：{}。",
                join(&small)
            ),
        });
    }
    if out.is_empty() {
        out.push(lang.pick("No answers yet: run the questionnaire with customers, or report a CSV export with --instrument kano.", "尚无答案：请让客户填写问卷，或用 --instrument kano 对 CSV 导出文件生成报告。").to_string());
    }
    out
}

fn small_n_names(inst: &Instrument, s: &KanoScore, lang: Lang) -> Vec<String> {
    s.ordered()
        .filter(|f| f.small_n())
        .map(|f| format!("{} (n={})", feature_name(inst, &f.id, lang), f.n))
        .collect()
}

fn warning_line(inst: &Instrument, s: &KanoScore, lang: Lang) -> Option<String> {
    let small = small_n_names(inst, s, lang);
    if small.is_empty() {
        return None;
    }
    Some(match lang {
        Lang::En => format!(
            "Fewer than {MIN_N} answers: {} — the category can change with a few more answers.",
            small.join(", ")
        ),
        Lang::Zh => format!(
            "答案少于 {MIN_N} 份：{}——再多几份答案，类别就可能改变。",
            small.join("、")
        ),
    })
}

/// The text report.
pub fn text(report: &Report<'_>, s: &KanoScore, lang: Lang, p: Painter) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&heading(report, lang), Color::Bold));
    let _ = writeln!(
        out,
        "{} · {} {} · {}{}",
        respondents_line(report, lang),
        s.features.len(),
        lang.pick("features", "项功能"),
        lang.pick("table: ", "评价表："),
        table_label(s.table, lang)
    );
    out.push('\n');

    // The table, in the order of what to do.
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            lang.pick(
                "Features in the order of what to do",
                "按行动优先顺序排列的功能"
            ),
            Color::Bold
        )
    );
    let rows = ranked(s);
    let names: Vec<String> = rows
        .iter()
        .map(|(_, f)| feature_name(inst, &f.id, lang))
        .collect();
    let [
        h_feature,
        h_cat,
        h_better,
        h_worse,
        h_category_strength,
        h_total_strength,
    ] = table_header(lang);
    let name_w = names
        .iter()
        .map(|n| width(n))
        .chain([width(h_feature)])
        .max()
        .unwrap_or(10);
    let count_w = rows
        .iter()
        .map(|(_, f)| f.n.to_string().len())
        .max()
        .unwrap_or(1)
        .max(3);
    let cat_w = 5;
    let mut header = format!("  {} {}", pad_left("#", 2), pad(h_feature, name_w));
    for c in Category::ALL {
        header.push_str(&pad_left(c.letter(), count_w + 1));
    }
    let _ = write!(
        header,
        "{}  {}{}{}{}{}",
        pad_left("n", count_w + 2),
        pad(h_cat, cat_w),
        pad_left(h_better, 8),
        pad_left(h_worse, 8),
        pad_left(h_category_strength, width(h_category_strength).max(6) + 2),
        pad_left(h_total_strength, width(h_total_strength).max(6) + 2),
    );
    let _ = writeln!(out, "{}", p.paint(&header, Color::Dim));
    for ((rank, f), name) in rows.iter().zip(&names) {
        let mut line = format!("  {} {}", pad_left(&marker(*rank), 2), pad(name, name_w));
        for c in Category::ALL {
            line.push_str(&pad_left(&f.counts.get(c).to_string(), count_w + 1));
        }
        let n = format!("{}{}", f.n, if f.small_n() { "⚠" } else { " " });
        line.push_str(&pad_left(&n, count_w + 3));
        line.push(' ');
        line.push_str(&p.paint(&pad(&f.shown_category(), cat_w), color(f.category)));
        let _ = write!(
            line,
            "{}{}{}{}",
            pad_left(&fmt2(f.better), 8),
            pad_left(&fmt2(f.worse), 8),
            pad_left(
                &fmt2(f.category_strength),
                width(h_category_strength).max(6) + 2
            ),
            pad_left(&fmt2(f.total_strength), width(h_total_strength).max(6) + 2),
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    for l in wrap(&key_line(lang), 96) {
        let _ = writeln!(out, "  {}", p.paint(&l, Color::Dim));
    }

    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            lang.pick("Better/Worse", "Better/Worse 象限图"),
            Color::Bold
        )
    );
    for l in plot::draw(&better_worse_points(s), &better_worse_frame(lang), p) {
        let _ = writeln!(out, "{l}");
    }
    for l in legend(inst, s, lang, false) {
        let _ = writeln!(out, "{}", l.trim_end());
    }

    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            lang.pick("Continuous analysis (DuMouchel)", "连续分析（DuMouchel）"),
            Color::Bold
        )
    );
    for l in plot::draw(&continuous_points(s), &continuous_frame(lang), p) {
        let _ = writeln!(out, "{l}");
    }
    for l in legend(inst, s, lang, true) {
        let _ = writeln!(out, "{}", l.trim_end());
    }

    if let Some((field, segs)) = segment_views(report, s, lang) {
        out.push('\n');
        let title = match lang {
            Lang::En => format!("Segments by {field}"),
            Lang::Zh => format!("按 {field} 细分"),
        };
        let _ = writeln!(out, "{}", p.paint(&title, Color::Bold));
        let cell_w = 20;
        for chunk in segs.chunks(4) {
            let mut header = format!("  {}", pad("", name_w + 3));
            for (label, k, _) in chunk {
                header.push(' ');
                header.push_str(&pad(&format!("{label} ({k})"), cell_w));
            }
            let _ = writeln!(out, "{}", p.paint(header.trim_end(), Color::Dim));
            for ((rank, f), name) in rows.iter().zip(&names) {
                let mut line = format!("  {} {}", pad_left(&marker(*rank), 2), pad(name, name_w));
                for (_, _, feats) in chunk {
                    line.push(' ');
                    if let Some(g) = feats.iter().find(|g| g.id == f.id) {
                        let body = format!(
                            "{} {} {}{}",
                            pad(&g.shown_category(), 3),
                            pad_left(&fmt2(g.better), 5),
                            pad_left(&fmt2(g.worse), 5),
                            if g.small_n() { "⚠" } else { "" }
                        );
                        line.push_str(&p.paint(&body, color(g.category)));
                        line.push_str(&" ".repeat(cell_w.saturating_sub(width(&body))));
                    } else {
                        line.push_str(&" ".repeat(cell_w));
                    }
                }
                let _ = writeln!(out, "{}", line.trim_end());
            }
        }
        let _ = writeln!(
            out,
            "  {}",
            p.paint(
                lang.pick(
                    "each cell: category, Better, Worse; (n) respondents in the segment",
                    "每格：类别、Better、Worse；（n）为该细分的答卷人数"
                ),
                Color::Dim
            )
        );
    }

    if let Some(w) = warning_line(inst, s, lang) {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(lang.pick("Small samples", "样本偏少"), Color::Yellow)
        );
        for l in wrap(&w, 96) {
            let _ = writeln!(out, "  {l}");
        }
    }

    out.push('\n');
    super::text::next_steps_section(&mut out, &next_steps(inst, s, lang), 94, lang, p);

    out.push('\n');
    super::text::method_section(&mut out, &super::policies(report, lang), 96, lang, p);
    out
}

/// The evaluation table in use, as a Markdown table.
fn markdown_table(s: &KanoScore, lang: Lang) -> String {
    let mut out = String::new();
    let word = |w: KanoWord| w.label(lang);
    let _ = write!(
        out,
        "| {} \\ {} |",
        lang.pick("functional", "正向"),
        lang.pick("dysfunctional", "反向")
    );
    for d in KanoWord::ALL {
        let _ = write!(out, " {} |", word(d));
    }
    out.push_str("\n|---|");
    out.push_str(&":---:|".repeat(5));
    out.push('\n');
    for f in KanoWord::ALL {
        let _ = write!(out, "| {} |", word(f));
        for d in KanoWord::ALL {
            let _ = write!(out, " {} |", classify(s.table, f, d).letter());
        }
        out.push('\n');
    }
    out
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, s: &KanoScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(report, lang));
    let _ = writeln!(
        out,
        "{} · {} {} · {}{}\n",
        respondents_line(report, lang),
        s.features.len(),
        lang.pick("features", "项功能"),
        lang.pick("table: ", "评价表："),
        table_label(s.table, lang)
    );
    let _ = writeln!(
        out,
        "## {}\n",
        lang.pick(
            "Features in the order of what to do",
            "按行动优先顺序排列的功能"
        )
    );
    let [
        h_feature,
        h_cat,
        h_better,
        h_worse,
        h_category_strength,
        h_total_strength,
    ] = table_header(lang);
    let _ = writeln!(
        out,
        "| # | {h_feature} | A | O | M | I | R | Q | n | {h_cat} | {h_better} | {h_worse} | {h_category_strength} | {h_total_strength} | {} |",
        lang.pick("significant", "显著")
    );
    out.push_str("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|:---:|\n");
    for (rank, f) in ranked(s) {
        let c = f.counts;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {}{} | {} | {} | {} | {} | {} | {} |",
            marker(rank),
            feature_name(inst, &f.id, lang),
            c.a,
            c.o,
            c.m,
            c.i,
            c.r,
            c.q,
            f.n,
            if f.small_n() { " ⚠" } else { "" },
            f.shown_category(),
            fmt2(f.better),
            fmt2(f.worse),
            fmt2(f.category_strength),
            fmt2(f.total_strength),
            match f.significant {
                Some(true) => lang.pick("yes", "是"),
                Some(false) => lang.pick("no", "否"),
                None => "n/a",
            }
        );
    }
    let _ = writeln!(out, "\n{}\n", key_line(lang));
    let plain = Painter { color: false };
    let _ = writeln!(out, "## Better/Worse\n\n```text");
    for l in plot::draw(&better_worse_points(s), &better_worse_frame(lang), plain) {
        let _ = writeln!(out, "{l}");
    }
    for l in legend(inst, s, lang, false) {
        let _ = writeln!(out, "{}", l.trim_end());
    }
    out.push_str("```\n\n");
    let _ = writeln!(
        out,
        "## {}\n\n```text",
        lang.pick("Continuous analysis (DuMouchel)", "连续分析（DuMouchel）")
    );
    for l in plot::draw(&continuous_points(s), &continuous_frame(lang), plain) {
        let _ = writeln!(out, "{l}");
    }
    for l in legend(inst, s, lang, true) {
        let _ = writeln!(out, "{}", l.trim_end());
    }
    out.push_str("```\n");
    if let Some((field, segs)) = segment_views(report, s, lang) {
        let _ = writeln!(
            out,
            "\n## {}\n",
            match lang {
                Lang::En => format!("Segments by {field}"),
                Lang::Zh => format!("按 {field} 细分"),
            }
        );
        let _ = write!(out, "| # | {h_feature} |");
        for (label, k, _) in &segs {
            let _ = write!(out, " {label} (n={k}) |");
        }
        out.push_str("\n|---:|---|");
        out.push_str(&"---|".repeat(segs.len()));
        out.push('\n');
        for (rank, f) in ranked(s) {
            let _ = write!(
                out,
                "| {} | {} |",
                marker(rank),
                feature_name(inst, &f.id, lang)
            );
            for (_, _, feats) in &segs {
                let cell = feats
                    .iter()
                    .find(|g| g.id == f.id)
                    .map_or_else(String::new, |g| {
                        format!(
                            "{} · {} / {} · n={}{}",
                            g.shown_category(),
                            fmt2(g.better),
                            fmt2(g.worse),
                            g.n,
                            if g.small_n() { " ⚠" } else { "" }
                        )
                    });
                let _ = write!(out, " {cell} |");
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "\n{}",
            lang.pick(
                "Each cell: category · Better / Worse · n.",
                "每格：类别 · Better / Worse · n。"
            )
        );
    }
    if let Some(w) = warning_line(inst, s, lang) {
        let _ = writeln!(out, "\n> ⚠ {w}");
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("What to do next", "下一步"));
    for (i, step) in next_steps(inst, s, lang).iter().enumerate() {
        let _ = writeln!(out, "{}. {step}", i + 1);
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("Method", "方法说明"));
    for pol in super::policies(report, lang) {
        let _ = writeln!(out, "- {pol}");
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        lang.pick("Evaluation table in use:", "所用评价表：")
    );
    out.push_str(&markdown_table(s, lang));
    out
}

/// One feature's JSON object (SPEC names, then extras).
fn feature_json(inst: &Instrument, f: &FeatureScore, rank: Option<usize>, lang: Lang) -> Value {
    let mut v = json!({
        "id": f.id,
        "n": f.n,
        "counts": f.counts,
        "category": f.category,
        "better": f.better,
        "better_interval": f.better_interval,
        "worse": f.worse,
        "worse_interval": f.worse_interval,
        "category_strength": f.category_strength,
        "total_strength": f.total_strength,
        "significant": f.significant,
        "lead": f.lead,
        "fong_screen": f.fong_screen,
        "functional_mean": f.functional_mean,
        "dysfunctional_mean": f.dysfunctional_mean,
        "importance_mean": f.importance_mean,
        "name": feature_name(inst, &f.id, lang),
        "dual_category": f.dual_category(),
        "second_category": f.second,
        "shown_category": f.shown_category(),
        "fong_critical_difference": f.fong_critical,
        "functional_sd": f.functional_sd,
        "dysfunctional_sd": f.dysfunctional_sd,
        "importance_sd": f.importance_sd,
        "importance_n": f.importance_n,
        "small_n": f.small_n(),
    });
    if let (Some(r), Value::Object(m)) = (rank, &mut v) {
        m.insert("rank".into(), json!(r));
    }
    v
}

/// The `kano` member of the JSON report: `features[]` in the order of what to do.
pub fn json(inst: &Instrument, s: &KanoScore, lang: Lang) -> Value {
    let features: Vec<Value> = ranked(s)
        .into_iter()
        .map(|(rank, f)| feature_json(inst, f, Some(rank), lang))
        .collect();
    let segments = s.segments.as_ref().map(|seg| {
        let c = s.comparison.as_ref();
        json!({
            "differences": c.map(|c| &c.differences),
            "tests": c.map(|c| &c.tests),
            "segments_not_compared": c.map(|c| c.segments_not_compared),
            "field": seg.field,
            "segments": seg.segments.iter().map(|g| json!({
                "value": g.value,
                "pooled": g.pooled,
                "respondents": g.respondents,
                "features": g.features.iter().map(|f| feature_json(inst, f, None, lang)).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    });
    json!({
        "table": table_id(s.table),
        "min_n": MIN_N,
        "respondents": s.respondents,
        "features": features,
        "segments": segments,
        "warnings": small_n_names(inst, s, lang),
        "next_steps": next_steps(inst, s, lang),
    })
}

/// The completion-screen summary: the categories found, and the first thing to do.
pub fn summary(inst: &Instrument, s: &KanoScore, lang: Lang) -> String {
    let mut out = String::new();
    let order = [
        Category::MustBe,
        Category::OneDimensional,
        Category::Attractive,
        Category::Indifferent,
        Category::Reverse,
        Category::Questionable,
    ];
    let label_w = order.iter().map(|c| width(c.name(lang))).max().unwrap_or(0) + 1;
    for c in order {
        let names: Vec<String> = s
            .ordered()
            .filter(|f| f.category == Some(c))
            .map(|f| match f.dual_category() {
                Some(d) => with_dual(&feature_name(inst, &f.id, lang), &d, lang),
                None => feature_name(inst, &f.id, lang),
            })
            .collect();
        if !names.is_empty() {
            let _ = writeln!(
                out,
                "{} {}",
                pad(
                    &format!("{}{}", c.name(lang), lang.pick(":", "：")),
                    label_w + 1
                ),
                names.join(lang.pick(", ", "、"))
            );
        }
    }
    if let Some(first) = next_steps(inst, s, lang).first() {
        let _ = writeln!(out, "{} {first}", lang.pick("First:", "首先："));
    }
    if s.features.iter().any(FeatureScore::small_n) && s.respondents > 1 {
        let _ = writeln!(
            out,
            "{}",
            match lang {
                Lang::En => format!(
                    "Fewer than {MIN_N} answers per feature: treat the categories as a first look."
                ),
                Lang::Zh => format!("每项功能的答案少于 {MIN_N} 份：类别仅供初步参考。"),
            }
        );
    }
    out
}

/// The HTML body: the table, the Better/Worse scatter and the continuous plot in SVG, segments,
/// warnings, next steps and the method.
pub fn html(report: &Report<'_>, s: &KanoScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(&heading(report, lang)));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} · {} {} · {}{}</p>",
        escape_html(&respondents_line(report, lang)),
        s.features.len(),
        lang.pick("features", "项功能"),
        lang.pick("table: ", "评价表："),
        table_label(s.table, lang)
    );
    if let Some(w) = warning_line(inst, s, lang) {
        let _ = writeln!(
            out,
            "<div class=\"callout\"><p>⚠ {}</p></div>",
            escape_html(&w)
        );
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        lang.pick(
            "Features in the order of what to do",
            "按行动优先顺序排列的功能"
        )
    );
    let [
        h_feature,
        h_cat,
        h_better,
        h_worse,
        h_category_strength,
        h_total_strength,
    ] = table_header(lang);
    let _ = write!(
        out,
        "<table>\n<tr><th class=\"num\">#</th><th>{h_feature}</th>"
    );
    for c in Category::ALL {
        let _ = write!(
            out,
            "<th class=\"num\" title=\"{}\">{}</th>",
            c.name(lang),
            c.letter()
        );
    }
    let _ = writeln!(
        out,
        "<th class=\"num\">n</th><th>{h_cat}</th><th class=\"num\">{h_better}</th><th class=\"num\">{h_worse}</th><th class=\"num\">{h_category_strength}</th><th class=\"num\">{h_total_strength}</th></tr>"
    );
    for (rank, f) in ranked(s) {
        let _ = write!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td>",
            marker(rank),
            escape_html(&feature_name(inst, &f.id, lang))
        );
        for c in Category::ALL {
            let _ = write!(out, "<td class=\"num\">{}</td>", f.counts.get(c));
        }
        let n_class = if f.small_n() { " warn" } else { "" };
        let _ = writeln!(
            out,
            "<td class=\"num{n_class}\">{}{}</td><td><span style=\"color:{}\">■</span> {}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            f.n,
            if f.small_n() { " ⚠" } else { "" },
            html_color(f.category),
            escape_html(&category_words(f, lang)),
            fmt2(f.better),
            fmt2(f.worse),
            fmt2(f.category_strength),
            fmt2(f.total_strength),
        );
    }
    out.push_str("</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"muted\">{}</p>",
        escape_html(&key_line(lang))
    );

    let [tl, tr, bl, br] = quadrant_names(lang);
    let quadrants = [
        tl.to_string(),
        tr.to_string(),
        bl.to_string(),
        br.to_string(),
    ];
    let label = |rank: usize, f: &FeatureScore| {
        format!("{} {}", marker(rank), feature_name(inst, &f.id, lang))
    };
    let bw: Vec<Point> = ranked(s)
        .into_iter()
        .filter_map(|(rank, f)| {
            Some(Point {
                label: label(rank, f),
                x: f.worse?.abs(),
                y: f.better?,
                color: html_color(f.category).to_string(),
            })
        })
        .collect();
    let frame = better_worse_frame(lang);
    let svg = html::scatter(
        &bw,
        &ScatterAxes {
            x: frame.x,
            y: frame.y,
            x_title: frame.x_title.to_string(),
            y_title: frame.y_title.to_string(),
            split: Some(frame.split),
            quadrants: quadrants.clone(),
        },
        "Better/Worse",
        lang.pick(
            "Each feature at x = |Worse| (dissatisfaction when absent) and y = Better (satisfaction when present), split at 0.5.",
            "每项功能位于 x = |Worse|（缺失时的不满意度）、y = Better（具备时的满意度），以 0.5 分割象限。",
        ),
    );
    let _ = writeln!(out, "<h2>Better/Worse</h2>");
    out.push_str(&html::figure(
        &svg,
        lang.pick(
            "Top left attractive, top right one-dimensional, bottom right must-be, bottom left indifferent. Features with Better/Worse n/a are not drawn.",
            "左上魅力型，右上期望型，右下必备型，左下无差异型。Better/Worse 为 n/a 的功能不绘出。",
        ),
    ));
    let cont: Vec<Point> = ranked(s)
        .into_iter()
        .filter_map(|(rank, f)| {
            Some(Point {
                label: label(rank, f),
                x: f.dysfunctional_mean?,
                y: f.functional_mean?,
                color: html_color(f.category).to_string(),
            })
        })
        .collect();
    let frame = continuous_frame(lang);
    let svg = html::scatter(
        &cont,
        &ScatterAxes {
            x: frame.x,
            y: frame.y,
            x_title: frame.x_title.to_string(),
            y_title: frame.y_title.to_string(),
            split: Some(frame.split),
            quadrants,
        },
        lang.pick("Continuous analysis", "连续分析"),
        lang.pick(
            "Each feature at x = mean dysfunctional score and y = mean functional score, 0 to 4, split at 2.",
            "每项功能位于 x = 反向问题平均分、y = 正向问题平均分，范围 0–4，以 2 分割象限。",
        ),
    );
    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        lang.pick("Continuous analysis (DuMouchel)", "连续分析（DuMouchel）")
    );
    out.push_str(&html::figure(
        &svg,
        lang.pick(
            "Means outside 0–4 are drawn at the edge. Functional Like 4 … Dislike −2; dysfunctional Like −2 … Dislike 4.",
            "超出 0–4 的均值画在边缘。正向：喜欢 4 … 不喜欢 −2；反向：喜欢 −2 … 不喜欢 4。",
        ),
    ));
    let _ = writeln!(
        out,
        "<table>\n<tr><th class=\"num\">#</th><th>{h_feature}</th><th class=\"num\">{}</th><th class=\"num\">SD</th><th class=\"num\">{}</th><th class=\"num\">SD</th><th class=\"num\">{}</th><th class=\"num\">n</th></tr>",
        lang.pick("functional mean", "正向均值"),
        lang.pick("dysfunctional mean", "反向均值"),
        lang.pick("importance", "重要性"),
    );
    for (rank, f) in ranked(s) {
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            marker(rank),
            escape_html(&feature_name(inst, &f.id, lang)),
            fmt2(f.functional_mean),
            fmt2(f.functional_sd),
            fmt2(f.dysfunctional_mean),
            fmt2(f.dysfunctional_sd),
            fmt2(f.importance_mean),
            f.n
        );
    }
    out.push_str("</table>\n");

    if let Some((field, segs)) = segment_views(report, s, lang) {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            escape_html(&match lang {
                Lang::En => format!("Segments by {field}"),
                Lang::Zh => format!("按 {field} 细分"),
            })
        );
        let _ = write!(
            out,
            "<table>\n<tr><th class=\"num\">#</th><th>{h_feature}</th>"
        );
        for (label, k, _) in &segs {
            let _ = write!(out, "<th>{} (n={k})</th>", escape_html(label));
        }
        out.push_str("</tr>\n");
        for (rank, f) in ranked(s) {
            let _ = write!(
                out,
                "<tr><td class=\"num\">{}</td><td>{}</td>",
                marker(rank),
                escape_html(&feature_name(inst, &f.id, lang))
            );
            for (_, _, feats) in &segs {
                let cell = feats
                    .iter()
                    .find(|g| g.id == f.id)
                    .map_or_else(String::new, |g| {
                        format!(
                            "<span style=\"color:{}\">■</span> {} · {} / {} · n={}{}",
                            html_color(g.category),
                            escape_html(&g.shown_category()),
                            fmt2(g.better),
                            fmt2(g.worse),
                            g.n,
                            if g.small_n() { " ⚠" } else { "" }
                        )
                    });
                let _ = write!(out, "<td>{cell}</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table>\n");
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
    let _ = write!(
        out,
        "<table>\n<tr><th>{} \\ {}</th>",
        lang.pick("functional", "正向"),
        lang.pick("dysfunctional", "反向")
    );
    for d in KanoWord::ALL {
        let _ = write!(out, "<th>{}</th>", escape_html(d.label(lang)));
    }
    out.push_str("</tr>\n");
    for f in KanoWord::ALL {
        let _ = write!(out, "<tr><th>{}</th>", escape_html(f.label(lang)));
        for d in KanoWord::ALL {
            let c = classify(s.table, f, d);
            let _ = write!(out, "<td title=\"{}\">{}</td>", c.name(lang), c.letter());
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    out
}

#[cfg(test)]
mod tests;
