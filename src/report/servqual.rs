//! The SERVQUAL report: expectations against perceptions per dimension (bars in the terminal,
//! SVG in HTML), the table with n, α and the paired t, the unweighted and weighted overall gap,
//! the items ranked worst first, the zone of tolerance when that form was used, roles side by
//! side, what to do next and the methodology. Also the number formats the five-gap report
//! shares (two decimals, as SERVQUAL gaps are usually read).

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::html::{
    Anchor, BLUE, GREEN, GREY, INK, MUTED, RED, RULE, Series, Svg, figure, grouped_hbars, legend,
};
use super::text::{Color, Painter, bar, pad, pad_left, width, wrap};
use super::{Report, escape_html, heading, respondents_line, role_name};
use crate::instrument::{Instrument, QuestionKind, ServqualVariant};
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::servqual::{
    Alpha, DimensionScore, ItemScore, ServqualScore, TTest, ZoneCounts, ZonePosition,
};
use crate::score::stats::MIN_ALPHA_CASES;

/// Below this many respondents, the report calls its figures indicative.
pub const SMALL_N: usize = 30;

/// Cronbach's α usually called acceptable.
pub const ALPHA_OK: f64 = 0.70;

/// A figure with two decimals; `n/a` when undefined; never `-0.00`.
pub fn fmt2(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => {
            let s = format!("{x:.2}");
            if s == "-0.00" { "0.00".to_string() } else { s }
        }
        _ => "n/a".to_string(),
    }
}

/// A signed figure with two decimals: `+0.25`, `-1.03`, `0.00`, `n/a`.
pub fn fmt2s(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => {
            let s = format!("{x:+.2}");
            if s == "-0.00" || s == "+0.00" {
                "0.00".to_string()
            } else {
                s
            }
        }
        _ => "n/a".to_string(),
    }
}

/// Cronbach's α for display: two decimals, `!` after a negative value, `n/a` when undefined.
pub fn fmt_alpha(a: &Alpha) -> String {
    match a.alpha {
        Some(x) if x < 0.0 => format!("{}!", fmt2(Some(x))),
        other => fmt2(other),
    }
}

/// `s` cut to `w` columns with an ellipsis.
pub fn clip(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut out = String::new();
    for ch in s.chars() {
        let next = format!("{out}{ch}");
        if width(&next) + 1 > w {
            break;
        }
        out = next;
    }
    out.push('…');
    out
}

/// The statement a respondent rated for the perceived part of an item.
pub fn item_text(inst: &Instrument, id: &str, lang: Lang) -> String {
    inst.question(id)
        .and_then(|q| match &q.kind {
            QuestionKind::Pair { parts, texts, .. } => {
                let i = parts.iter().position(|p| p == "perceived").unwrap_or(0);
                texts.get(i).map(|t| t.get(lang).to_string())
            }
            _ => q.text.as_ref().map(|t| t.get(lang).to_string()),
        })
        .unwrap_or_default()
}

/// The name of a SERVQUAL form.
pub fn variant_name(v: ServqualVariant, lang: Lang) -> &'static str {
    match v {
        ServqualVariant::Servqual => lang.pick(
            "SERVQUAL: gap = perception − expectation",
            "SERVQUAL：差距 = 感知 − 期望",
        ),
        ServqualVariant::Servperf => lang.pick("SERVPERF: perceptions only", "SERVPERF：仅测感知"),
        ServqualVariant::Zone => lang.pick(
            "zone of tolerance: adequate, desired and perceived service",
            "容忍区间：适当服务、理想服务与感知服务",
        ),
    }
}

fn position_name(z: ZonePosition, lang: Lang) -> &'static str {
    match z {
        ZonePosition::Below => lang.pick("below the zone", "低于容忍区"),
        ZonePosition::Within => lang.pick("within the zone", "处于容忍区内"),
        ZonePosition::Above => lang.pick("above the zone", "高于容忍区"),
    }
}

fn scale_of(s: &ServqualScore) -> (f64, f64) {
    let (lo, hi) = s.scale.unwrap_or((1, 7));
    (f64::from(lo), f64::from(hi))
}

fn fmt_t(t: Option<&TTest>) -> String {
    t.map_or_else(
        || "n/a".to_string(),
        |t| {
            format!(
                "{}{}",
                fmt2(Some(t.t)),
                if t.significant == Some(true) { "*" } else { "" }
            )
        },
    )
}

fn fmt_df(t: Option<&TTest>) -> String {
    t.map_or_else(|| "n/a".to_string(), |t| t.df.to_string())
}

fn fmt_weight(w: Option<f64>) -> String {
    w.map_or_else(|| "n/a".to_string(), |w| format!("{:.1}", w * 100.0))
}

fn gap_color(v: Option<f64>) -> Color {
    match v {
        Some(x) if x < 0.0 => Color::Red,
        Some(_) => Color::Green,
        None => Color::Dim,
    }
}

/// The dimensions with a shortfall (negative headline gap; for SERVPERF the lowest P first),
/// worst first.
fn worst_dimensions(s: &ServqualScore) -> Vec<&DimensionScore> {
    let mut dims: Vec<&DimensionScore> = s
        .dimensions
        .iter()
        .filter(|d| match s.variant {
            ServqualVariant::Servperf => d.perceived.is_some(),
            ServqualVariant::Zone => {
                d.zone == Some(ZonePosition::Below) || d.gap.is_some_and(|g| g < 0.0)
            }
            ServqualVariant::Servqual => d.gap.is_some_and(|g| g < 0.0),
        })
        .collect();
    dims.sort_by(|a, b| {
        let key = |d: &DimensionScore| match s.variant {
            ServqualVariant::Zone => (d.msa.unwrap_or(0.0).min(0.0), s.headline(d).unwrap_or(0.0)),
            _ => (0.0, s.headline(d).unwrap_or(0.0)),
        };
        let (ka, kb) = (key(a), key(b));
        ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
    });
    dims
}

fn items_of<'s>(s: &'s ServqualScore, dim: &str) -> Vec<&'s ItemScore> {
    let mut v: Vec<&ItemScore> = s.items.iter().filter(|i| i.dimension == dim).collect();
    v.sort_by_key(|i| i.rank);
    v
}

/// The methodology statements.
pub fn policies(s: &ServqualScore, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let total = s
        .weights_total
        .map_or_else(|| "100".to_string(), crate::response::number);
    match (lang, s.variant) {
        (Lang::En, ServqualVariant::Servqual) => {
            out.push("Item gap = perception − expectation (P − E), always in that order: a negative gap is a shortfall. A gap exists only when the respondent gave both E and P for the item (pairwise); N/A is neither.".into());
            out.push("Respondent first: a respondent's dimension gap is the mean of their valid item gaps in it; a dimension's gap is the mean over respondents; its n counts the respondents with at least one valid item gap.".into());
            out.push("Unweighted overall gap = mean of the dimension gaps — not the mean of the 22 item gaps.".into());
            out.push("Mean E and mean P are taken over the same valid pairs as the gap, so P − E equals the gap exactly.".into());
        }
        (Lang::Zh, ServqualVariant::Servqual) => {
            out.push("题目差距 = 感知 − 期望（P − E），顺序固定：负值表示服务不足。只有答卷人对该题同时给出 E 和 P 时才计算差距（成对）；“不适用”两者都不算。".into());
            out.push("先答卷人后汇总：答卷人的维度差距为其在该维度有效题目差距的平均值；维度差距为各答卷人维度差距的平均值；n 为在该维度至少有一个有效差距的答卷人数。".into());
            out.push("未加权总体差距 = 各维度差距的平均值，而不是 22 道题差距的平均值。".into());
            out.push(
                "平均 E 与平均 P 取自与差距相同的有效成对答案，因此 P − E 恰好等于差距。".into(),
            );
        }
        (Lang::En, ServqualVariant::Servperf) => {
            out.push("SERVPERF: perceptions only. A respondent's dimension score is the mean of their answered P items in it; a dimension's score is the mean over respondents (respondent first); the overall score is the mean of the dimension scores, weighted the same way as SERVQUAL's gap.".into());
        }
        (Lang::Zh, ServqualVariant::Servperf) => {
            out.push("SERVPERF：只测感知。答卷人的维度得分为其在该维度已答感知题的平均值；维度得分为各答卷人得分的平均值（先答卷人后汇总）；总体得分为各维度得分的平均值，加权方法与 SERVQUAL 差距相同。".into());
        }
        (Lang::En, ServqualVariant::Zone) => {
            out.push("Zone of tolerance: MSA = P − A (adequacy) and MSS = P − D (superiority) per item, over items where the respondent gave all three of adequate, desired and perceived; respondent first as for SERVQUAL. MSS is the headline gap (the desired level plays the part of the expectation).".into());
            out.push("An answer is below the zone when P < A, above it when P > D, and within otherwise — P = D is within. A dimension is placed by its mean MSA (below when negative) and mean MSS (above when positive). Classification uses full precision, before any rounding.".into());
        }
        (Lang::Zh, ServqualVariant::Zone) => {
            out.push("容忍区间：逐题计算 MSA = P − A（适当性）和 MSS = P − D（优越性），仅使用答卷人同时给出适当、理想与感知三个水平的题目；与 SERVQUAL 相同，先答卷人后汇总。MSS 为主要差距（理想服务水平相当于期望）。".into());
            out.push("P < A 为低于容忍区，P > D 为高于容忍区，其余为区内——P = D 属于区内。维度按平均 MSA（为负即低于）与平均 MSS（为正即高于）定位。分类使用完整精度，在任何四舍五入之前进行。".into());
        }
    }
    if s.has_weights {
        match lang {
            Lang::En => {
                out.push(format!("Weights are each respondent's own: w = points / {total}. An allocation that does not add up to {total} is renormalised (w = points / its sum); an allocation with a missing part or only zeros is not used. Published average weights are never substituted."));
                out.push("Weighted overall = mean over respondents of Σ w × the respondent's dimension gap, only for respondents with a usable allocation and a gap in every dimension. The aggregate shortcut Σ mean(w) × dimension gap is a different statistic and is labelled so.".into());
            }
            Lang::Zh => {
                out.push(format!("权重来自每位答卷人自己的分配：w = 点数 / {total}。总和不等于 {total} 的分配按比例重新归一（w = 点数 / 其总和）；缺少某部分或全部为 0 的分配不予使用。绝不以公开发表的平均权重代替。"));
                out.push("加权总体 = 各答卷人 Σ w × 其维度差距 的平均值，仅限分配可用且每个维度都有差距的答卷人。汇总捷径 Σ 平均(w) × 维度差距 是另一种统计量，单独标注。".into());
            }
        }
        if s.renormalised > 0 {
            out.push(match lang {
                Lang::En => format!(
                    "{} allocation(s) did not add up to {total} and were renormalised.",
                    s.renormalised
                ),
                Lang::Zh => format!(
                    "有 {} 份分配总和不等于 {total}，已按比例重新归一。",
                    s.renormalised
                ),
            });
        }
        if s.weights_unusable > 0 {
            out.push(match lang {
                Lang::En => format!(
                    "{} allocation(s) had a missing part or only zeros and were not used.",
                    s.weights_unusable
                ),
                Lang::Zh => format!(
                    "有 {} 份分配缺少部分或全部为 0，未予使用。",
                    s.weights_unusable
                ),
            });
        }
    }
    match lang {
        Lang::En => {
            out.push("Cronbach's α per dimension (for E, P and the gap) over the respondents who answered every item of the dimension (listwise). A negative α is shown with ! and flagged; α is undefined (n/a) with fewer than 3 such respondents or no variance — never clamped. 0.70 is the usual threshold.".into());
            if s.variant != ServqualVariant::Servperf {
                out.push("Paired t per dimension: the respondents' dimension gaps against 0, t = mean / (sd / √n), df = n − 1; * marks |t| beyond the two-sided 5 % critical value.".into());
            }
            out.push("Items are ranked by their mean gap, worst first. Figures keep full precision and are rounded only for display.".into());
        }
        Lang::Zh => {
            out.push("每个维度分别计算期望、感知与差距的 Cronbach's α，仅使用回答了该维度全部题目的答卷人（列删除）。α 为负时标注 ! 并提示；完整答卷人少于 3 人或无方差时 α 无定义（n/a）——绝不截断。通常以 0.70 为可接受。".into());
            if s.variant != ServqualVariant::Servperf {
                out.push("各维度配对 t 检验：答卷人的维度差距对 0 检验，t = 均值 / (标准差 / √n)，df = n − 1；* 表示 |t| 超过双侧 5% 临界值。".into());
            }
            out.push(
                "题目按平均差距排序，最差在前。所有数字保持完整精度，仅在显示时四舍五入。".into(),
            );
        }
    }
    out
}

/// Bars of E and P (SERVQUAL, SERVPERF) or the zone (A…D with P) per dimension, for the terminal.
fn text_bars(
    inst: &Instrument,
    s: &ServqualScore,
    lang: Lang,
    p: Painter,
    name_w: usize,
) -> Vec<String> {
    let (lo, hi) = scale_of(s);
    let cells = 28;
    let mut lines = Vec::new();
    for d in &s.dimensions {
        let name = inst.group_name(&d.id, lang);
        let b = |v: Option<f64>| bar(v.map(|v| v - lo), hi - lo, cells, None);
        match s.variant {
            ServqualVariant::Servqual => {
                lines.push(format!(
                    "  {}  E {}  {}",
                    pad(&name, name_w),
                    p.paint(&b(d.expected), Color::Blue),
                    pad_left(&fmt2(d.expected), 5)
                ));
                lines.push(format!(
                    "  {}  P {}  {}   {} {}",
                    pad("", name_w),
                    p.paint(&b(d.perceived), gap_color(d.gap)),
                    pad_left(&fmt2(d.perceived), 5),
                    lang.pick("gap", "差距"),
                    p.paint(&fmt2s(d.gap), gap_color(d.gap))
                ));
            }
            ServqualVariant::Servperf => {
                lines.push(format!(
                    "  {}  P {}  {}",
                    pad(&name, name_w),
                    p.paint(&b(d.perceived), Color::Green),
                    pad_left(&fmt2(d.perceived), 5)
                ));
            }
            ServqualVariant::Zone => {
                // ░ outside the zone, ▒ the zone from A to D, ● perceived service.
                let pos = |v: Option<f64>| {
                    v.map(|v| {
                        (((v - lo) / (hi - lo)).clamp(0.0, 1.0) * (cells - 1) as f64).round()
                            as usize
                    })
                };
                let (a, dd, pp) = (pos(d.adequate), pos(d.expected), pos(d.perceived));
                let track: String = (0..cells)
                    .map(|i| {
                        if Some(i) == pp {
                            '●'
                        } else if a
                            .zip(dd)
                            .is_some_and(|(a, dd)| i >= a.min(dd) && i <= a.max(dd))
                        {
                            '▒'
                        } else {
                            '░'
                        }
                    })
                    .collect();
                let color = match d.zone {
                    Some(ZonePosition::Below) => Color::Red,
                    Some(ZonePosition::Above) => Color::Green,
                    _ => Color::Blue,
                };
                lines.push(format!(
                    "  {}  {}  A {}  D {}  P {}  {}",
                    pad(&name, name_w),
                    p.paint(&track, color),
                    fmt2(d.adequate),
                    fmt2(d.expected),
                    fmt2(d.perceived),
                    d.zone.map_or("n/a", |z| position_name(z, lang))
                ));
            }
        }
    }
    lines
}

/// The dimension table: header and one row per dimension (shared by text and Markdown).
fn table(inst: &Instrument, s: &ServqualScore, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head: Vec<String> = vec![lang.pick("dimension", "维度").to_string()];
    let cols: Vec<&str> = match s.variant {
        ServqualVariant::Servqual => vec![
            "E",
            "P",
            lang.pick("gap", "差距"),
            "n",
            "sd",
            "t",
            "df",
            "α E",
            "α P",
            lang.pick("α gap", "α 差距"),
        ],
        ServqualVariant::Servperf => vec!["P", "n", "sd", "α P"],
        ServqualVariant::Zone => vec![
            "A",
            "D",
            "P",
            "MSA",
            "MSS",
            "n",
            lang.pick("t MSA", "t MSA"),
            lang.pick("t MSS", "t MSS"),
            "α P",
            "α MSS",
            lang.pick("zone", "容忍区"),
        ],
    };
    head.extend(cols.iter().map(|c| (*c).to_string()));
    if s.has_weights {
        head.push(lang.pick("weight /100", "权重/100").to_string());
    }
    let rows = s
        .dimensions
        .iter()
        .map(|d| {
            let mut r = vec![inst.group_name(&d.id, lang)];
            match s.variant {
                ServqualVariant::Servqual => r.extend([
                    fmt2(d.expected),
                    fmt2(d.perceived),
                    fmt2s(d.gap),
                    d.n.to_string(),
                    fmt2(d.sd),
                    fmt_t(d.t.as_ref()),
                    fmt_df(d.t.as_ref()),
                    fmt_alpha(&d.alpha_expected),
                    fmt_alpha(&d.alpha_perceived),
                    fmt_alpha(&d.alpha_gap),
                ]),
                ServqualVariant::Servperf => {
                    r.extend([
                        fmt2(d.perceived),
                        d.n.to_string(),
                        fmt2(d.sd),
                        fmt_alpha(&d.alpha_perceived),
                    ]);
                }
                ServqualVariant::Zone => r.extend([
                    fmt2(d.adequate),
                    fmt2(d.expected),
                    fmt2(d.perceived),
                    fmt2s(d.msa),
                    fmt2s(d.gap),
                    d.n.to_string(),
                    fmt_t(d.t_msa.as_ref()),
                    fmt_t(d.t.as_ref()),
                    fmt_alpha(&d.alpha_perceived),
                    fmt_alpha(&d.alpha_gap),
                    d.zone
                        .map_or_else(|| "n/a".to_string(), |z| position_name(z, lang).to_string()),
                ]),
            }
            if s.has_weights {
                r.push(fmt_weight(d.weight));
            }
            r
        })
        .collect();
    (head, rows)
}

/// The overall lines: (label, value, note).
fn overall_lines(s: &ServqualScore, lang: Lang) -> Vec<(String, String, String)> {
    let k = s.unweighted_dimensions;
    let all = s.dimensions.len();
    let mut out = Vec::new();
    let what = match s.variant {
        ServqualVariant::Servqual => lang.pick("gap", "差距"),
        ServqualVariant::Servperf => lang.pick("perception score", "感知得分"),
        ServqualVariant::Zone => "MSS",
    };
    let dims_note = if k < all {
        match lang {
            Lang::En => format!("only {k} of {all} dimensions have answers"),
            Lang::Zh => format!("仅 {k}/{all} 个维度有答案"),
        }
    } else {
        String::new()
    };
    out.push((
        match lang {
            Lang::En => format!("Overall {what}, unweighted (mean of the {k} dimension figures)"),
            Lang::Zh => format!("总体{what}，未加权（{k} 个维度的平均值）"),
        },
        if s.variant == ServqualVariant::Servperf {
            fmt2(s.unweighted)
        } else {
            fmt2s(s.unweighted)
        },
        dims_note,
    ));
    if s.has_weights {
        out.push((
            match lang {
                Lang::En => format!("Overall {what}, weighted by each respondent's own importance"),
                Lang::Zh => format!("总体{what}，按每位答卷人自己的重要性加权"),
            },
            if s.variant == ServqualVariant::Servperf {
                fmt2(s.weighted)
            } else {
                fmt2s(s.weighted)
            },
            match lang {
                Lang::En => format!("n={} of {}", s.weighted_n, s.respondents),
                Lang::Zh => format!("n={}/{}", s.weighted_n, s.respondents),
            },
        ));
        if s.aggregate_shortcut.is_some() {
            out.push((
                lang.pick(
                    "Aggregate shortcut Σ mean(w)·dimension — a different statistic",
                    "汇总捷径 Σ 平均(w)·维度值——另一种统计量",
                )
                .to_string(),
                if s.variant == ServqualVariant::Servperf {
                    fmt2(s.aggregate_shortcut)
                } else {
                    fmt2s(s.aggregate_shortcut)
                },
                String::new(),
            ));
        }
    }
    if s.variant == ServqualVariant::Zone {
        out.push((
            lang.pick(
                "Overall MSA (P − A), unweighted",
                "总体 MSA（P − A），未加权",
            )
            .to_string(),
            fmt2s(s.unweighted_msa),
            String::new(),
        ));
        if s.has_weights {
            out.push((
                lang.pick("Overall MSA (P − A), weighted", "总体 MSA（P − A），加权")
                    .to_string(),
                fmt2s(s.weighted_msa),
                String::new(),
            ));
        }
    }
    out
}

/// One line per ranked item. Every figure keeps its column when it is `n/a` (an item nobody
/// answered in full), and `n=` is padded to `n_w` columns so the item texts line up.
fn item_line(
    inst: &Instrument,
    s: &ServqualScore,
    i: &ItemScore,
    lang: Lang,
    n_w: usize,
) -> String {
    // A mean on a 1–9 scale is "7.00": four columns, as wide as "n/a" padded.
    let mean = |v: Option<f64>| pad_left(&fmt2(v), 4);
    let figures = match s.variant {
        ServqualVariant::Servqual => format!(
            "E {}  P {}  {} {}",
            mean(i.expected),
            mean(i.perceived),
            lang.pick("gap", "差距"),
            pad_left(&fmt2s(i.gap), 5)
        ),
        ServqualVariant::Servperf => format!("P {}", mean(i.perceived)),
        ServqualVariant::Zone => {
            let z = i.zone.unwrap_or_default();
            format!(
                "A {}  D {}  P {}  MSA {}  MSS {}  ↓{} ={} ↑{}",
                mean(i.adequate),
                mean(i.expected),
                mean(i.perceived),
                pad_left(&fmt2s(i.msa), 5),
                pad_left(&fmt2s(i.gap), 5),
                z.below,
                z.within,
                z.above
            )
        }
    };
    format!(
        "{}  {}  {}  {}",
        pad(&i.id, 18),
        figures,
        pad(&format!("n={}", i.n), n_w),
        clip(&item_text(inst, &i.id, lang), 60)
    )
}

fn alpha_warnings(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for d in &s.dimensions {
        let name = inst.group_name(&d.id, lang);
        let scales: [(&str, &Alpha); 3] = [
            (lang.pick("expectations", "期望"), &d.alpha_expected),
            (lang.pick("perceptions", "感知"), &d.alpha_perceived),
            (lang.pick("gaps", "差距"), &d.alpha_gap),
        ];
        for (what, a) in scales {
            if a.alpha.is_some_and(|x| x < 0.0) {
                out.push(match lang {
                    Lang::En => format!(
                        "α of the {name} {what} is negative ({}, {} respondents): its items do not hang together for these respondents — check the wording, reverse-keyed answers and data entry.",
                        fmt2(a.alpha),
                        a.cases
                    ),
                    Lang::Zh => format!(
                        "{name}的{what} α 为负（{}，{} 位答卷人）：这些题目对这批答卷人不一致——请检查措辞、反向作答和数据录入。",
                        fmt2(a.alpha),
                        a.cases
                    ),
                });
            }
        }
        let undefined = match s.variant {
            ServqualVariant::Servperf => d.alpha_perceived.alpha.is_none() && d.items > 1,
            _ => d.alpha_gap.alpha.is_none() && d.items > 1,
        };
        if undefined && d.n > 0 {
            let cases = if s.variant == ServqualVariant::Servperf {
                d.alpha_perceived.cases
            } else {
                d.alpha_gap.cases
            };
            out.push(match lang {
                Lang::En => format!(
                    "α of {name} is undefined: {cases} respondent(s) answered every item ({MIN_ALPHA_CASES} needed) or the answers do not vary."
                ),
                Lang::Zh => format!("{name}的 α 无定义：仅 {cases} 位答卷人答完全部题目（至少需要 {MIN_ALPHA_CASES} 位），或答案没有变化。"),
            });
        }
    }
    out
}

/// "What to do next", in order.
fn next_steps(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let worst = worst_dimensions(s);
    if s.scored == 0 {
        out.push(
            lang.pick(
                "No respondent has a complete item yet: collect answers (both batteries) before reading anything into this report.",
                "尚无答卷人完成任何一道题：请先收集答案（两组题目都要回答），再解读本报告。",
            )
            .to_string(),
        );
        return out;
    }
    let heaviest = s
        .dimensions
        .iter()
        .filter(|d| d.weight.is_some())
        .max_by(|a, b| a.weight.unwrap_or(0.0).total_cmp(&b.weight.unwrap_or(0.0)));
    for (k, d) in worst.iter().take(2).enumerate() {
        let name = inst.group_name(&d.id, lang);
        let items: Vec<String> = items_of(s, &d.id)
            .into_iter()
            .take(2)
            .filter(|i| s.item_headline(i).is_some())
            .map(|i| {
                format!(
                    "{} ({})",
                    i.id,
                    if s.variant == ServqualVariant::Servperf {
                        fmt2(i.perceived)
                    } else {
                        fmt2s(i.gap)
                    }
                )
            })
            .collect();
        let important = heaviest.is_some_and(|h| h.id == d.id);
        let figure = match s.variant {
            ServqualVariant::Servperf => fmt2(d.perceived),
            ServqualVariant::Zone => format!("MSA {} · MSS {}", fmt2s(d.msa), fmt2s(d.gap)),
            ServqualVariant::Servqual => fmt2s(d.gap),
        };
        out.push(match lang {
            Lang::En => format!(
                "{} {name} ({figure}, n={}): its weakest items are {}.{}",
                if k == 0 { "Start with" } else { "Then" },
                d.n,
                items.join(", "),
                if important {
                    format!(" Customers also give it the most importance ({} of 100 points on average).", fmt_weight(d.weight))
                } else {
                    String::new()
                }
            ),
            Lang::Zh => format!(
                "{}{name}（{figure}，n={}）：最弱的题目是 {}。{}",
                if k == 0 { "首先改进" } else { "其次改进" },
                d.n,
                items.join("、"),
                if important {
                    format!("客户也认为它最重要（平均 {} 分/100）。", fmt_weight(d.weight))
                } else {
                    String::new()
                }
            ),
        });
    }
    if worst.is_empty() && s.variant != ServqualVariant::Servperf {
        out.push(
            lang.pick(
                "Perceptions meet or exceed expectations in every dimension: keep the service level and measure again each quarter.",
                "每个维度的感知都达到或超过期望：保持服务水平，每季度再次测量。",
            )
            .to_string(),
        );
    }
    out.push(
        lang.pick(
            "Find out why: have managers and front-line staff answer the `gaps` questionnaire, then run `cxassess report <customer results> <gaps results>` for the five-gap report (gaps 1–4 and their drivers).",
            "找出原因：请管理者和一线员工填写 `gaps` 问卷，然后运行 `cxassess report <客户结果> <gaps 结果>` 生成五差距报告（差距 1–4 及其驱动因素）。",
        )
        .to_string(),
    );
    // The advice is about reading the gap (P for SERVPERF) as one score: only that scale's α
    // decides it — a low α of the expectations alone says nothing about the gap score.
    if s.dimensions.iter().any(|d| {
        let scale = if s.variant == ServqualVariant::Servperf {
            &d.alpha_perceived
        } else {
            &d.alpha_gap
        };
        scale.alpha.is_some_and(|x| x < ALPHA_OK)
    }) {
        out.push(
            lang.pick(
                "Some dimensions have α below 0.70: read their gap as a set of separate items rather than one score.",
                "部分维度的 α 低于 0.70：请将其差距视为若干独立题目，而非一个整体得分。",
            )
            .to_string(),
        );
    }
    if s.respondents < SMALL_N {
        out.push(match lang {
            Lang::En => format!(
                "With {} respondents the figures are indicative: survey at least {SMALL_N} customers before acting on small differences.",
                s.respondents
            ),
            Lang::Zh => format!("仅有 {} 位答卷人，数字仅供参考：在依据细微差异行动前，请至少调查 {SMALL_N} 位客户。", s.respondents),
        });
    }
    out
}

fn role_views<'r>(report: &'r Report<'_>) -> Vec<(String, &'r ServqualScore)> {
    report
        .scoring
        .by_role
        .iter()
        .filter_map(|(r, s)| match s {
            Scored::Servqual(x) => Some((r.clone(), x)),
            _ => None,
        })
        .collect()
}

fn subtitle(report: &Report<'_>, s: &ServqualScore, lang: Lang) -> String {
    let (lo, hi) = scale_of(s);
    format!(
        "{} · {} · {} {}–{}",
        respondents_line(report, lang),
        variant_name(s.variant, lang),
        lang.pick("scale", "量表"),
        lo,
        hi
    )
}

/// The text report.
pub fn text(report: &Report<'_>, s: &ServqualScore, lang: Lang, p: Painter) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&heading(report, lang), Color::Bold));
    let _ = writeln!(out, "{}", subtitle(report, s, lang));
    out.push('\n');
    let name_w = s
        .dimensions
        .iter()
        .map(|d| width(&inst.group_name(&d.id, lang)))
        .max()
        .unwrap_or(10)
        .max(10);
    let title = match s.variant {
        ServqualVariant::Servqual => lang.pick(
            "Expectations (E) and perceptions (P)",
            "期望（E）与感知（P）",
        ),
        ServqualVariant::Servperf => lang.pick("Perceptions (P)", "感知（P）"),
        ServqualVariant::Zone => lang.pick(
            "Zone of tolerance: ▒ from adequate (A) to desired (D), ● perceived (P)",
            "容忍区间：▒ 从适当（A）到理想（D），● 感知（P）",
        ),
    };
    let _ = writeln!(out, "{}", p.paint(title, Color::Bold));
    for l in text_bars(inst, s, lang, p, name_w) {
        let _ = writeln!(out, "{l}");
    }
    out.push('\n');
    let (head, rows) = table(inst, s, lang);
    let mut widths: Vec<usize> = head.iter().map(|h| width(h)).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    let line = |cells: &[String]| -> String {
        let mut l = String::from(" ");
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            l.push(' ');
            l.push_str(&if i == 0 { pad(c, *w) } else { pad_left(c, *w) });
            l.push(' ');
        }
        l.trim_end().to_string()
    };
    let _ = writeln!(out, "{}", p.paint(&line(&head), Color::Dim));
    for r in &rows {
        let _ = writeln!(out, "{}", line(r));
    }
    out.push('\n');
    let ov = overall_lines(s, lang);
    let label_w = ov.iter().map(|(l, _, _)| width(l)).max().unwrap_or(0);
    for (l, v, note) in &ov {
        let l = format!(
            "  {}  {}  {}",
            pad(l, label_w),
            p.paint(&pad_left(v, 6), Color::Bold),
            p.paint(note, Color::Dim)
        );
        let _ = writeln!(out, "{}", l.trim_end());
    }
    let roles = role_views(report);
    if roles.len() > 1 {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(lang.pick("By role", "按角色"), Color::Bold)
        );
        let mut header = format!("  {}", pad(lang.pick("dimension", "维度"), name_w));
        for (r, rs) in &roles {
            header.push_str(&pad_left(
                &format!("{} (n={})", role_name(r, lang), rs.respondents),
                16,
            ));
        }
        let _ = writeln!(out, "{}", p.paint(&header, Color::Dim));
        for d in &s.dimensions {
            let mut l = format!("  {}", pad(&inst.group_name(&d.id, lang), name_w));
            for (_, rs) in &roles {
                let v = rs.dimension(&d.id).and_then(|x| rs.headline(x));
                l.push_str(&pad_left(&fmt2s(v), 16));
            }
            let _ = writeln!(out, "{l}");
        }
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            match s.variant {
                ServqualVariant::Servperf =>
                    lang.pick("Items, lowest perception first", "题目（感知最低在前）"),
                _ => lang.pick("Items, worst gap first", "题目（差距最大在前）"),
            },
            Color::Bold
        )
    );
    let n_w = s
        .items
        .iter()
        .map(|i| width(&format!("n={}", i.n)))
        .max()
        .unwrap_or(0);
    for id in &s.ranked {
        if let Some(i) = s.items.iter().find(|i| &i.id == id) {
            let l = format!("  {:>2}. {}", i.rank, item_line(inst, s, i, lang, n_w));
            let _ = writeln!(
                out,
                "{}",
                if s.item_headline(i).is_some_and(|g| g < 0.0)
                    && s.variant != ServqualVariant::Servperf
                {
                    p.paint(&l, Color::Red)
                } else {
                    l
                }
            );
        }
    }
    let warnings = alpha_warnings(inst, s, lang);
    if !warnings.is_empty() {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(
                lang.pick("Reliability of the scales", "量表信度"),
                Color::Yellow
            )
        );
        for w in warnings {
            for (i, l) in wrap(&w, 96).into_iter().enumerate() {
                let _ = writeln!(out, "  {} {l}", if i == 0 { "!" } else { " " });
            }
        }
    }
    out.push('\n');
    super::text::next_steps_section(&mut out, &next_steps(inst, s, lang), 96, lang, p);
    out.push('\n');
    super::text::method_section(&mut out, &super::policies(report, lang), 96, lang, p);
    out
}

fn md_row(cells: &[String]) -> String {
    format!(
        "| {} |",
        cells
            .iter()
            .map(|c| c.replace('|', "\\|"))
            .collect::<Vec<_>>()
            .join(" | ")
    )
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, s: &ServqualScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(report, lang));
    let _ = writeln!(out, "{}\n", subtitle(report, s, lang));
    let _ = writeln!(out, "## {}\n", lang.pick("Dimensions", "维度"));
    let (head, rows) = table(inst, s, lang);
    let _ = writeln!(out, "{}", md_row(&head));
    let rule: Vec<String> = (0..head.len())
        .map(|i| if i == 0 { "---".into() } else { "---:".into() })
        .collect();
    let _ = writeln!(out, "{}", md_row(&rule));
    for r in &rows {
        let _ = writeln!(out, "{}", md_row(r));
    }
    out.push('\n');
    for (l, v, note) in overall_lines(s, lang) {
        let _ = match (lang, note.is_empty()) {
            (Lang::En, true) => writeln!(out, "- {l}: **{v}**"),
            (Lang::En, false) => writeln!(out, "- {l}: **{v}** ({note})"),
            (Lang::Zh, true) => writeln!(out, "- {l}：**{v}**"),
            (Lang::Zh, false) => writeln!(out, "- {l}：**{v}**（{note}）"),
        };
    }
    let roles = role_views(report);
    if roles.len() > 1 {
        let _ = writeln!(out, "\n## {}\n", lang.pick("By role", "按角色"));
        let mut head = vec![lang.pick("dimension", "维度").to_string()];
        head.extend(
            roles
                .iter()
                .map(|(r, rs)| format!("{} (n={})", role_name(r, lang), rs.respondents)),
        );
        let _ = writeln!(out, "{}", md_row(&head));
        let _ = writeln!(
            out,
            "{}",
            md_row(
                &(0..head.len())
                    .map(|i| if i == 0 {
                        "---".to_string()
                    } else {
                        "---:".to_string()
                    })
                    .collect::<Vec<_>>()
            )
        );
        for d in &s.dimensions {
            let mut r = vec![inst.group_name(&d.id, lang)];
            r.extend(
                roles
                    .iter()
                    .map(|(_, rs)| fmt2s(rs.dimension(&d.id).and_then(|x| rs.headline(x)))),
            );
            let _ = writeln!(out, "{}", md_row(&r));
        }
    }
    let _ = writeln!(
        out,
        "\n## {}\n",
        match s.variant {
            ServqualVariant::Servperf =>
                lang.pick("Items, lowest perception first", "题目（感知最低在前）"),
            _ => lang.pick("Items, worst gap first", "题目（差距最大在前）"),
        }
    );
    let mut head = vec![
        "#".to_string(),
        lang.pick("item", "题目").to_string(),
        lang.pick("dimension", "维度").to_string(),
    ];
    match s.variant {
        ServqualVariant::Servqual => {
            head.extend(["E", "P", lang.pick("gap", "差距")].map(String::from));
        }
        ServqualVariant::Servperf => head.push("P".into()),
        ServqualVariant::Zone => {
            head.extend(["A", "D", "P", "MSA", "MSS", "↓", "=", "↑"].map(String::from));
        }
    }
    head.extend(["n".to_string(), lang.pick("statement", "陈述").to_string()]);
    let _ = writeln!(out, "{}", md_row(&head));
    let _ = writeln!(
        out,
        "{}",
        md_row(
            &head
                .iter()
                .enumerate()
                .map(|(i, _)| if (3..head.len() - 1).contains(&i) {
                    "---:".to_string()
                } else {
                    "---".to_string()
                })
                .collect::<Vec<_>>()
        )
    );
    for id in &s.ranked {
        let Some(i) = s.items.iter().find(|i| &i.id == id) else {
            continue;
        };
        let mut r = vec![
            i.rank.to_string(),
            i.id.clone(),
            inst.group_name(&i.dimension, lang),
        ];
        match s.variant {
            ServqualVariant::Servqual => {
                r.extend([fmt2(i.expected), fmt2(i.perceived), fmt2s(i.gap)]);
            }
            ServqualVariant::Servperf => r.push(fmt2(i.perceived)),
            ServqualVariant::Zone => {
                let counts = i.zone.unwrap_or_default();
                r.extend([
                    fmt2(i.adequate),
                    fmt2(i.expected),
                    fmt2(i.perceived),
                    fmt2s(i.msa),
                    fmt2s(i.gap),
                    counts.below.to_string(),
                    counts.within.to_string(),
                    counts.above.to_string(),
                ]);
            }
        }
        r.extend([i.n.to_string(), item_text(inst, &i.id, lang)]);
        let _ = writeln!(out, "{}", md_row(&r));
    }
    let warnings = alpha_warnings(inst, s, lang);
    if !warnings.is_empty() {
        let _ = writeln!(
            out,
            "\n## {}\n",
            lang.pick("Reliability of the scales", "量表信度")
        );
        for w in warnings {
            let _ = writeln!(out, "- ⚠ {w}");
        }
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

/// The SVG chart: E and P bars per dimension (SERVQUAL), P bars (SERVPERF), or the zone of
/// tolerance with P marked (zone).
pub fn chart(inst: &Instrument, s: &ServqualScore, lang: Lang) -> String {
    let (lo, hi) = scale_of(s);
    let names: Vec<String> = s
        .dimensions
        .iter()
        .map(|d| inst.group_name(&d.id, lang))
        .collect();
    match s.variant {
        ServqualVariant::Servqual | ServqualVariant::Servperf => {
            let mut series = Vec::new();
            if s.variant == ServqualVariant::Servqual {
                series.push(Series {
                    name: lang.pick("Expectation (E)", "期望（E）").to_string(),
                    color: BLUE.to_string(),
                    values: s.dimensions.iter().map(|d| d.expected).collect(),
                });
            }
            series.push(Series {
                name: lang.pick("Perception (P)", "感知（P）").to_string(),
                color: GREEN.to_string(),
                values: s.dimensions.iter().map(|d| d.perceived).collect(),
            });
            let desc: Vec<String> = s
                .dimensions
                .iter()
                .zip(&names)
                .map(|(d, nme)| {
                    format!(
                        "{nme}: E {}, P {}, {} {}",
                        fmt2(d.expected),
                        fmt2(d.perceived),
                        lang.pick("gap", "差距"),
                        fmt2s(d.gap)
                    )
                })
                .collect();
            grouped_hbars(
                &names,
                &series,
                (lo, hi),
                lang.pick(
                    "Expectations and perceptions by dimension",
                    "各维度的期望与感知",
                ),
                &desc.join("; "),
            )
        }
        ServqualVariant::Zone => zone_chart(s, &names, (lo, hi), lang),
    }
}

fn zone_chart(s: &ServqualScore, names: &[String], (lo, hi): (f64, f64), lang: Lang) -> String {
    let label_w = names
        .iter()
        .map(|n| super::html::text_px(n, 13.0))
        .fold(60.0, f64::max)
        + 16.0;
    let plot_w = 420.0;
    let row_h = 30.0;
    let top = 8.0;
    let height = top + s.dimensions.len() as f64 * row_h + 30.0;
    let mut svg = Svg::new(label_w + plot_w + 150.0, height);
    let x_of = |v: f64| label_w + (v.clamp(lo, hi) - lo) / (hi - lo).max(f64::EPSILON) * plot_w;
    let bottom = height - 22.0;
    for t in super::html::ticks(lo, hi, 8) {
        let x = x_of(t);
        svg.line((x, top), (x, bottom), RULE, 1.0, "");
        svg.text(
            (x, bottom + 15.0),
            Anchor::Middle,
            11.0,
            MUTED,
            400,
            &super::html::tick_label(t),
        );
    }
    let mut desc = Vec::new();
    for (k, (d, name)) in s.dimensions.iter().zip(names).enumerate() {
        let y = top + k as f64 * row_h;
        svg.text((label_w - 8.0, y + 19.0), Anchor::End, 13.0, INK, 400, name);
        if let (Some(a), Some(dd)) = (d.adequate, d.expected) {
            let (x0, x1) = (x_of(a.min(dd)), x_of(a.max(dd)));
            svg.rect(
                x0,
                y + 8.0,
                (x1 - x0).max(2.0),
                row_h - 16.0,
                GREY,
                "rx=\"3\" fill-opacity=\"0.45\"",
            );
        }
        let color = match d.zone {
            Some(ZonePosition::Below) => RED,
            Some(ZonePosition::Above) => GREEN,
            _ => BLUE,
        };
        if let Some(pv) = d.perceived {
            svg.circle(
                (x_of(pv), y + row_h / 2.0),
                6.0,
                color,
                Some(&format!("P {}", fmt2(Some(pv)))),
            );
        }
        let pos = d.zone.map_or("n/a", |z| position_name(z, lang));
        svg.text(
            (label_w + plot_w + 8.0, y + 19.0),
            Anchor::Start,
            12.0,
            color,
            400,
            pos,
        );
        desc.push(format!(
            "{name}: A {}, D {}, P {} ({pos})",
            fmt2(d.adequate),
            fmt2(d.expected),
            fmt2(d.perceived)
        ));
    }
    let body = svg.finish(
        lang.pick("Zone of tolerance by dimension", "各维度的容忍区间"),
        &desc.join("; "),
    );
    format!(
        "{body}\n{}",
        legend(&[
            (
                lang.pick("zone: adequate to desired", "容忍区：适当至理想"),
                GREY
            ),
            (lang.pick("perceived, within", "感知，区内"), BLUE),
            (lang.pick("perceived, below", "感知，低于"), RED),
            (lang.pick("perceived, above", "感知，高于"), GREEN),
        ])
    )
}

fn html_table(head: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::from("<table><tr>");
    for (i, h) in head.iter().enumerate() {
        let _ = write!(
            out,
            "<th{}>{}</th>",
            if i == 0 { "" } else { " class=\"num\"" },
            escape_html(h)
        );
    }
    out.push_str("</tr>\n");
    for r in rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let class = if i == 0 {
                String::new()
            } else if c.starts_with('-') || c.ends_with('!') {
                " class=\"num bad\"".to_string()
            } else {
                " class=\"num\"".to_string()
            };
            let _ = write!(out, "<td{class}>{}</td>", escape_html(c));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    out
}

/// The HTML body (inside the page shell of `report::html`).
pub fn html(report: &Report<'_>, s: &ServqualScore, lang: Lang) -> String {
    let inst = report.instrument;
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(&heading(report, lang)));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        escape_html(&subtitle(report, s, lang))
    );
    out.push_str("<div class=\"cards\">");
    for (l, v, note) in overall_lines(s, lang) {
        let _ = write!(
            out,
            "<div class=\"card\"><div class=\"label\">{}</div><div class=\"big\">{}</div><div class=\"small\">{}</div></div>",
            escape_html(&l),
            escape_html(&v),
            escape_html(&note)
        );
    }
    out.push_str("</div>\n");
    let _ = writeln!(out, "<h2>{}</h2>", lang.pick("Dimensions", "维度"));
    let caption = match s.variant {
        ServqualVariant::Servqual => lang.pick(
            "Mean expectation and perception per dimension, respondent first.",
            "各维度的平均期望与感知（先答卷人后汇总）。",
        ),
        ServqualVariant::Servperf => lang.pick(
            "Mean perception per dimension, respondent first.",
            "各维度的平均感知（先答卷人后汇总）。",
        ),
        ServqualVariant::Zone => lang.pick(
            "The band runs from adequate to desired service; the dot is perceived service.",
            "色带为适当服务至理想服务，圆点为感知服务。",
        ),
    };
    out.push_str(&figure(&chart(inst, s, lang), caption));
    let (head, rows) = table(inst, s, lang);
    out.push_str(&html_table(&head, &rows));
    let roles = role_views(report);
    if roles.len() > 1 {
        let _ = writeln!(out, "<h2>{}</h2>", lang.pick("By role", "按角色"));
        let mut h = vec![lang.pick("dimension", "维度").to_string()];
        h.extend(
            roles
                .iter()
                .map(|(r, rs)| format!("{} (n={})", role_name(r, lang), rs.respondents)),
        );
        let rows: Vec<Vec<String>> = s
            .dimensions
            .iter()
            .map(|d| {
                let mut r = vec![inst.group_name(&d.id, lang)];
                r.extend(
                    roles
                        .iter()
                        .map(|(_, rs)| fmt2s(rs.dimension(&d.id).and_then(|x| rs.headline(x)))),
                );
                r
            })
            .collect();
        out.push_str(&html_table(&h, &rows));
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        match s.variant {
            ServqualVariant::Servperf =>
                lang.pick("Items, lowest perception first", "题目（感知最低在前）"),
            _ => lang.pick("Items, worst gap first", "题目（差距最大在前）"),
        }
    );
    let mut h = vec![lang.pick("item", "题目").to_string()];
    match s.variant {
        ServqualVariant::Servqual => {
            h.extend(["E", "P", lang.pick("gap", "差距")].map(String::from));
        }
        ServqualVariant::Servperf => h.push("P".into()),
        ServqualVariant::Zone => h.extend(["A", "D", "P", "MSA", "MSS"].map(String::from)),
    }
    h.push("n".into());
    let rows: Vec<Vec<String>> = s
        .ranked
        .iter()
        .filter_map(|id| s.items.iter().find(|i| &i.id == id))
        .map(|i| {
            let mut r = vec![format!(
                "{}. {} — {}",
                i.rank,
                i.id,
                item_text(inst, &i.id, lang)
            )];
            match s.variant {
                ServqualVariant::Servqual => {
                    r.extend([fmt2(i.expected), fmt2(i.perceived), fmt2s(i.gap)]);
                }
                ServqualVariant::Servperf => r.push(fmt2(i.perceived)),
                ServqualVariant::Zone => r.extend([
                    fmt2(i.adequate),
                    fmt2(i.expected),
                    fmt2(i.perceived),
                    fmt2s(i.msa),
                    fmt2s(i.gap),
                ]),
            }
            r.push(i.n.to_string());
            r
        })
        .collect();
    out.push_str(&html_table(&h, &rows));
    let warnings = alpha_warnings(inst, s, lang);
    if !warnings.is_empty() {
        out.push_str("<div class=\"callout\">");
        for w in warnings {
            let _ = write!(out, "<p>{}</p>", escape_html(&w));
        }
        out.push_str("</div>\n");
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

fn t_json(t: Option<&TTest>) -> Value {
    json!(t)
}

fn zone_json(z: Option<&ZoneCounts>) -> Value {
    z.map_or(
        Value::Null,
        |z| json!({"below": z.below, "within": z.within, "above": z.above, "inverted": z.inverted}),
    )
}

/// The `servqual` member of the JSON report.
pub fn json(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Value {
    let zone = s.variant == ServqualVariant::Zone;
    let dimensions: Vec<Value> = s
        .dimensions
        .iter()
        .map(|d| {
            let negative = [&d.alpha_expected, &d.alpha_perceived, &d.alpha_gap]
                .iter()
                .any(|a| a.alpha.is_some_and(|x| x < 0.0));
            let mut v = json!({
                "id": d.id,
                "name": inst.group_name(&d.id, lang),
                "expected": d.expected,
                "perceived": d.perceived,
                "gap": d.gap,
                "n": d.n,
                "items": d.items,
                "sd": d.sd,
                "t": d.t.as_ref().map(|t| t.t),
                "df": d.t.as_ref().map(|t| t.df),
                "significant": d.t.as_ref().and_then(|t| t.significant),
                "t_test": d.t,
                "gap_interval": d.gap_interval,
                "perceived_interval": d.perceived_interval,
                "diagnostics": d.diagnostics,
                "alpha_expected": d.alpha_expected.alpha,
                "alpha_perceived": d.alpha_perceived.alpha,
                "alpha_gap": d.alpha_gap.alpha,
                "alpha_cases": d.alpha_gap.cases.max(d.alpha_perceived.cases),
                "alpha_min_cases": MIN_ALPHA_CASES,
                "alpha_negative": negative,
                "weight": d.weight,
            });
            if zone {
                if let Value::Object(m) = &mut v {
                    m.insert("adequate".into(), json!(d.adequate));
                    m.insert("desired".into(), json!(d.expected));
                    m.insert("msa".into(), json!(d.msa));
                    m.insert("mss".into(), json!(d.gap));
                    m.insert("t_msa".into(), t_json(d.t_msa.as_ref()));
                    m.insert("zone".into(), json!(d.zone));
                    m.insert("zone_counts".into(), zone_json(d.zone_counts.as_ref()));
                }
            }
            v
        })
        .collect();
    let items: Vec<Value> = s
        .items
        .iter()
        .map(|i| {
            let mut v = json!({
                "id": i.id,
                "dimension": i.dimension,
                "expected": i.expected,
                "perceived": i.perceived,
                "gap": i.gap,
                "n": i.n,
                "rank": i.rank,
                "expected_all": i.expected_all,
                "expected_all_n": i.expected_all_n,
            });
            if zone {
                if let Value::Object(m) = &mut v {
                    m.insert("adequate".into(), json!(i.adequate));
                    m.insert("desired".into(), json!(i.expected));
                    m.insert("msa".into(), json!(i.msa));
                    m.insert("mss".into(), json!(i.gap));
                    m.insert("zone_counts".into(), zone_json(i.zone.as_ref()));
                }
            }
            v
        })
        .collect();
    let mut out = json!({
        "variant": s.variant,
        "scale": s.scale.map(|(lo, hi)| json!({"min": lo, "max": hi})),
        "respondents_scored": s.scored,
        "dimensions": dimensions,
        "unweighted": s.unweighted,
        "unweighted_dimensions": s.unweighted_dimensions,
        "weighted": s.weighted,
        "weighted_n": s.weighted_n,
        "weighted_interval": s.weighted_interval,
        "aggregate_shortcut": s.aggregate_shortcut,
        "weights": {
            "asked": s.has_weights,
            "total": s.weights_total,
            "n": s.weights_n,
            "renormalised": s.renormalised,
            "unusable": s.weights_unusable,
            "incomplete": s.weights_incomplete,
        },
        "items": items,
        "ranked": s.ranked,
    });
    if let (Some(seg), Value::Object(m)) = (&s.segments, &mut out) {
        m.insert("segments".into(), json!(seg));
    }
    if zone {
        if let Value::Object(m) = &mut out {
            m.insert("unweighted_msa".into(), json!(s.unweighted_msa));
            m.insert("weighted_msa".into(), json!(s.weighted_msa));
            m.insert("zone_counts".into(), zone_json(s.zone_counts.as_ref()));
        }
    }
    out
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &ServqualScore, lang: Lang) -> String {
    let mut out = String::new();
    for (l, v, _) in overall_lines(s, lang).into_iter().take(2) {
        let _ = match lang {
            Lang::En => writeln!(out, "{l}: {v}"),
            Lang::Zh => writeln!(out, "{l}：{v}"),
        };
    }
    let name_w = s
        .dimensions
        .iter()
        .map(|d| width(&inst.group_name(&d.id, lang)))
        .max()
        .unwrap_or(10);
    for d in &s.dimensions {
        let v = match s.variant {
            ServqualVariant::Servperf => fmt2(d.perceived),
            _ => fmt2s(d.gap),
        };
        let _ = writeln!(
            out,
            "{}  {}",
            pad(&inst.group_name(&d.id, lang), name_w),
            pad_left(&v, 6)
        );
    }
    if let Some(w) = worst_dimensions(s).first() {
        let _ = writeln!(
            out,
            "{}{}",
            lang.pick("Largest shortfall: ", "最大不足："),
            inst.group_name(&w.id, lang)
        );
    }
    out
}
