//! The five-gap report: one `servqual` (customer) results file and one `gaps` (management and
//! staff) results file, in either order, rendered as the model drawn — customer above the line
//! (expected and perceived service), provider below (service delivery, external communications,
//! service standards, management's perception) — with each gap's score, the weakest drivers per
//! gap, the dimensions where the customer gap is worst, gap 1 (and 6, 7) per dimension, what to
//! do next and the policies; as text, Markdown, JSON (member `gaps`) and HTML with an SVG
//! diagram. Reading the pair is here too, so that `report::command` only has to ask.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::gaps::{
    construct_name, dimension_name, drivers_chart, drivers_rows, gap_between, gap_name, gap_title,
    table_html, table_markdown, table_text,
};
use super::html::{AMBER, Anchor, GREEN, INK, MUTED, RED, RULE, Svg, figure};
use super::servqual::{fmt2, fmt2s};
use super::text::{Color, Painter, center, width, wrap};
use super::{Format, Report, escape_html, role_name};
use crate::error::{Error, Result};
use crate::instrument::{Instrument, Kind, ServqualVariant};
use crate::lang::Lang;
use crate::response::{self, Results};
use crate::score::fivegap::{FiveGapScore, GapFigure, WORST_DIMENSIONS, combine};
use crate::score::{self, ScoreOptions, Scored};

/// The id `cxassess demo` knows this report by.
pub const DEMO: &str = "fivegap";

/// A driver score below this is weak (the scale midpoint); below [`FAIR_DRIVER`] it is fair.
const WEAK_DRIVER: f64 = super::gaps::WEAK_DRIVER;
const FAIR_DRIVER: f64 = 5.0;

/// The two results files of a five-gap report, read.
#[derive(Debug)]
pub struct Pair {
    customer_instrument: Instrument,
    customer: Results,
    customer_source: String,
    provider_instrument: Instrument,
    provider: Results,
    provider_source: String,
}

/// A five-gap report ready to render: both halves as ordinary reports, and the combined figures.
#[derive(Debug)]
pub struct FiveGapReport<'a> {
    /// The customer (`servqual`) side.
    pub customer: Report<'a>,
    /// The management and staff (`gaps`) side.
    pub provider: Report<'a>,
    /// The combined figures.
    pub score: FiveGapScore,
}

impl Pair {
    /// Whether results of `a` and `b` make a five-gap report: one `servqual`, one `gaps`.
    pub fn kinds_pair(a: &Instrument, b: &Instrument) -> bool {
        matches!(
            (a.kind, b.kind),
            (Kind::Servqual, Kind::Gaps) | (Kind::Gaps, Kind::Servqual)
        )
    }

    /// A pair from a `servqual` and a `gaps` results file, read, in either order (`None` when
    /// they are not one of each).
    pub fn from_results(
        a: (Instrument, Results, String),
        b: (Instrument, Results, String),
    ) -> Option<Pair> {
        match (a.0.kind, b.0.kind) {
            (Kind::Servqual, Kind::Gaps) => Some(Pair::new(a, b)),
            (Kind::Gaps, Kind::Servqual) => Some(Pair::new(b, a)),
            _ => None,
        }
    }

    fn new(
        customer: (Instrument, Results, String),
        provider: (Instrument, Results, String),
    ) -> Self {
        Self {
            customer_instrument: customer.0,
            customer: customer.1,
            customer_source: customer.2,
            provider_instrument: provider.0,
            provider: provider.1,
            provider_source: provider.2,
        }
    }

    /// The embedded demo pair.
    pub fn demo() -> Result<Pair> {
        let find = |id: &str| {
            super::DEMOS
                .iter()
                .find(|(d, _)| *d == id)
                .map(|(_, src)| *src)
                .ok_or_else(|| Error::Usage(format!("the {id} demo is missing from this build")))
        };
        let (rc, ic) = response::read_results_str("<demo servqual>", find("servqual")?, None)?;
        let (rp, ip) = response::read_results_str("<demo gaps>", find("gaps")?, None)?;
        Ok(Pair::new(
            (ic, rc, "demo:servqual".into()),
            (ip, rp, "demo:gaps".into()),
        ))
    }

    /// Scores both halves and combines them.
    pub fn report(&self) -> FiveGapReport<'_> {
        let mut customer = half(
            &self.customer_instrument,
            &self.customer,
            &self.customer_source,
        );
        let mut provider = half(
            &self.provider_instrument,
            &self.provider,
            &self.provider_source,
        );
        let org = customer
            .organization
            .clone()
            .or_else(|| provider.organization.clone());
        let date = customer.date.clone().max(provider.date.clone());
        customer.organization.clone_from(&org);
        provider.organization = org;
        customer.date.clone_from(&date);
        provider.date = date;
        let score = match (&customer.scoring.overall, &provider.scoring.overall) {
            (Scored::Servqual(c), Scored::Gaps(p)) => combine(c, p),
            // `load` only pairs a servqual file with a gaps file; an empty pair scores empty.
            _ => combine(
                &score_empty_servqual(&self.customer_instrument),
                &score_empty_gaps(&self.provider_instrument),
            ),
        };
        FiveGapReport {
            customer,
            provider,
            score,
        }
    }
}

/// One half of the pair as an ordinary report.
fn half<'a>(inst: &'a Instrument, results: &Results, source: &str) -> Report<'a> {
    Report {
        instrument: inst,
        scoring: score::score(inst, &results.responses, ScoreOptions::default()),
        organization: results.assessment.organization.clone(),
        date: results.assessment.date.clone(),
        sources: vec![source.to_string()],
        input_notes: Vec::new(),
    }
}

fn score_empty_servqual(inst: &Instrument) -> crate::score::servqual::ServqualScore {
    crate::score::servqual::Accumulator::new(inst, &ScoreOptions::default()).finish()
}

fn score_empty_gaps(inst: &Instrument) -> crate::score::gaps::GapsScore {
    crate::score::gaps::Accumulator::new(inst, &ScoreOptions::default()).finish()
}

/// `cxassess demo fivegap`.
pub fn demo(lang: Lang, format: Format, color: bool) -> Result<String> {
    let pair = Pair::demo()?;
    Ok(render(&pair.report(), format, lang, color))
}

fn title(fr: &FiveGapReport<'_>, lang: Lang) -> String {
    let mut h = lang
        .pick("Five-gap model of service quality", "服务质量五差距模型")
        .to_string();
    if let Some(o) = &fr.customer.organization {
        h.push_str(" — ");
        h.push_str(o);
    }
    if let Some(d) = &fr.customer.date {
        h.push_str(" · ");
        h.push_str(d);
    }
    h
}

fn who_line(fr: &FiveGapReport<'_>, lang: Lang) -> String {
    let roles: Vec<String> = fr
        .provider
        .scoring
        .roles
        .iter()
        .map(|(r, n)| format!("{} {n}", role_name(r, lang)))
        .collect();
    match lang {
        Lang::En => format!(
            "{} ({}) · {} ({}; {})",
            customers_en(fr.score.customers),
            fr.customer.sources.join(", "),
            if fr.score.providers == 1 {
                "1 manager or staff member".to_string()
            } else {
                format!("{} managers and staff", fr.score.providers)
            },
            roles.join(", "),
            fr.provider.sources.join(", ")
        ),
        Lang::Zh => format!(
            "{} 位客户（{}）· {} 位管理者与员工（{}；{}）",
            fr.score.customers,
            fr.customer.sources.join(", "),
            fr.score.providers,
            roles.join("，"),
            fr.provider.sources.join(", ")
        ),
    }
}

/// "1 customer", "12 customers".
fn customers_en(n: usize) -> String {
    format!("{n} customer{}", if n == 1 { "" } else { "s" })
}

/// The severity colour of a gap's score.
fn severity(g: &GapFigure) -> Color {
    match (g.gap, g.score) {
        (_, None) => Color::Dim,
        (5, Some(x)) if x < -0.5 => Color::Red,
        (5, Some(x)) if x < 0.0 => Color::Yellow,
        (5, Some(_)) => Color::Green,
        (_, Some(x)) if x < WEAK_DRIVER => Color::Red,
        (_, Some(x)) if x < FAIR_DRIVER => Color::Yellow,
        _ => Color::Green,
    }
}

fn svg_color(c: Color) -> &'static str {
    match c {
        Color::Red => RED,
        Color::Yellow => AMBER,
        Color::Green => GREEN,
        _ => MUTED,
    }
}

/// "gap 3" / "差距3".
fn gap_label(n: u8, lang: Lang) -> String {
    match lang {
        Lang::En => format!("gap {n}"),
        Lang::Zh => format!("差距{n}"),
    }
}

/// The unit note of gap 5 by the customer survey's form.
fn gap5_unit(v: ServqualVariant) -> &'static str {
    match v {
        ServqualVariant::Servqual => "P − E",
        ServqualVariant::Zone => "P − D",
        ServqualVariant::Servperf => "SERVPERF",
    }
}

/// The boxes of the model, in the display language.
struct Boxes {
    customer: &'static str,
    provider: &'static str,
    expected: Vec<&'static str>,
    perceived: Vec<&'static str>,
    delivery: Vec<&'static str>,
    communications: Vec<&'static str>,
    standards: Vec<&'static str>,
    management: Vec<&'static str>,
}

fn boxes(lang: Lang) -> Boxes {
    match lang {
        Lang::En => Boxes {
            customer: "CUSTOMER",
            provider: "PROVIDER",
            expected: vec!["Expected service"],
            perceived: vec!["Perceived service"],
            delivery: vec!["Service delivery"],
            communications: vec!["External communications"],
            standards: vec!["Service-quality standards"],
            management: vec!["Management's perception", "of customers' expectations"],
        },
        Lang::Zh => Boxes {
            customer: "客户",
            provider: "服务提供方",
            expected: vec!["期望的服务"],
            perceived: vec!["感知的服务"],
            delivery: vec!["服务传递"],
            communications: vec!["对外沟通（承诺）"],
            standards: vec!["服务质量标准"],
            management: vec!["管理者对客户期望的认知"],
        },
    }
}

// Columns of the drawing: a 12-column label margin, the gap 1 rail, 4 columns of link, the main
// column of boxes (32 wide, centre at offset 15), 12 columns between, the right box (28 wide,
// centre at offset 14) whose centre carries the rail up to the expected service.
const LEFT: usize = 12;
const LINK: usize = 4;
const MAIN: usize = 32;
const MID: usize = 12;
const RIGHT: usize = 28;
const MAIN_C: usize = 15;
const RIGHT_C: usize = 14;

/// A piece of a row: its text as painted and its width unpainted.
struct Seg {
    painted: String,
    width: usize,
}

impl Seg {
    fn plain(s: &str) -> Seg {
        Seg {
            painted: s.to_string(),
            width: width(s),
        }
    }

    fn painted(s: &str, p: Painter, c: Color) -> Seg {
        Seg {
            painted: p.paint(s, c),
            width: width(s),
        }
    }
}

/// Concatenates segments, padding each to its column width (a segment may spill into the next
/// when that one is empty).
fn row(cells: &[(Vec<Seg>, usize)]) -> String {
    let mut out = String::new();
    let mut debt = 0usize;
    for (segs, w) in cells {
        let used: usize = segs.iter().map(|s| s.width).sum();
        for s in segs {
            out.push_str(&s.painted);
        }
        let budget = w.saturating_sub(debt);
        if used < budget {
            out.push_str(&" ".repeat(budget - used));
            debt = 0;
        } else {
            debt = used - budget;
        }
    }
    out.trim_end().to_string()
}

fn hline(n: usize) -> String {
    "─".repeat(n)
}

/// A box border: `┌───┴───┐` etc. `joint` at the centre when a connector meets it.
fn border(w: usize, c: usize, left: char, right: char, joint: Option<char>) -> String {
    let inner = w - 2;
    match joint {
        Some(j) => format!("{left}{}{j}{}{right}", hline(c - 1), hline(inner - c)),
        None => format!("{left}{}{right}", hline(inner)),
    }
}

fn content(w: usize, s: &str, left: char, right: char) -> String {
    format!("{left}{}{right}", center(s, w - 2))
}

/// A connector row in the main column: `│  gap 3  4.83`.
fn connector(label: Option<(String, Color)>, p: Painter) -> Vec<Seg> {
    let mut v = vec![Seg::plain(&format!("{}│", " ".repeat(MAIN_C)))];
    if let Some((l, c)) = label {
        v.push(Seg::plain("  "));
        v.push(Seg::painted(&l, p, c));
    }
    v
}

/// The model drawn with box-drawing characters, each gap labelled with its score.
pub fn diagram(s: &FiveGapScore, lang: Lang, p: Painter) -> Vec<String> {
    let names = boxes(lang);
    let gap_of = |n: u8| s.gap(n);
    let label = |n: u8, extra: &str| -> Option<(String, Color)> {
        let f = gap_of(n)?;
        let mut l = format!(
            "{}  {}",
            gap_label(n, lang),
            if n == 5 {
                fmt2s(f.score)
            } else {
                fmt2(f.score)
            }
        );
        if !extra.is_empty() {
            l.push_str("  ");
            l.push_str(extra);
        }
        Some((l, severity(f)))
    };
    let gap1 = gap_of(1);
    let empty = || (Vec::<Seg>::new(), LEFT);
    let rail = |c: &str| (vec![Seg::plain(c)], 1);
    let sp = |w: usize| (Vec::<Seg>::new(), w);
    let main_box = |s: String| (vec![Seg::plain(&s)], MAIN);
    let right_rail = || {
        (
            vec![Seg::plain(&format!("{}│", " ".repeat(RIGHT_C)))],
            RIGHT,
        )
    };
    let mut rows: Vec<String> = Vec::new();
    let painted_title = |s: &str| (vec![Seg::painted(s, p, Color::Bold)], LEFT);

    // Customer: expected service.
    rows.push(row(&[painted_title(names.customer)]));
    rows.push(row(&[
        empty(),
        rail(" "),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '┌', '┐', None)),
    ]));
    for (i, l) in names.expected.iter().enumerate() {
        let first = i == 0;
        rows.push(row(&[
            empty(),
            rail(if first { "┌" } else { "│" }),
            (
                vec![Seg::plain(&if first {
                    hline(LINK)
                } else {
                    " ".repeat(LINK)
                })],
                LINK,
            ),
            main_box(content(MAIN, l, if first { '┤' } else { '│' }, '│')),
            (
                vec![
                    Seg::plain(if first { "◄" } else { "" }),
                    Seg::plain(&if first { hline(MID - 1) } else { String::new() }),
                ],
                MID,
            ),
            (
                vec![Seg::plain(&if first {
                    format!("{}┐", hline(RIGHT_C))
                } else {
                    format!("{}│", " ".repeat(RIGHT_C))
                })],
                RIGHT,
            ),
        ]));
    }
    rows.push(row(&[
        empty(),
        rail("│"),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '└', '┘', Some('┬'))),
        sp(MID),
        right_rail(),
    ]));
    rows.push(row(&[
        empty(),
        rail("│"),
        sp(LINK),
        (connector(label(5, gap5_unit(s.variant)), p), MAIN),
        sp(MID),
        right_rail(),
    ]));
    rows.push(row(&[
        empty(),
        rail("│"),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '┌', '┐', Some('┴'))),
        sp(MID),
        right_rail(),
    ]));
    for l in &names.perceived {
        rows.push(row(&[
            empty(),
            rail("│"),
            sp(LINK),
            main_box(content(MAIN, l, '│', '│')),
            sp(MID),
            right_rail(),
        ]));
    }
    rows.push(row(&[
        empty(),
        rail("│"),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '└', '┘', Some('┬'))),
        sp(MID),
        right_rail(),
    ]));
    // The line between customer and provider.
    let line = format!(
        "{}┼{}{}┼{}┼{}",
        hline(LEFT),
        hline(LINK),
        hline(MAIN_C),
        hline(MAIN - MAIN_C - 1 + MID + RIGHT_C),
        hline(RIGHT - RIGHT_C - 1)
    );
    rows.push(p.paint(&line, Color::Dim));
    rows.push(row(&[
        painted_title(names.provider),
        rail("│"),
        sp(LINK),
        (connector(None, p), MAIN),
        sp(MID),
        right_rail(),
    ]));
    // Provider: service delivery ── external communications.
    let g4 = gap_of(4);
    let g4_color = g4.map_or(Color::Dim, severity);
    rows.push(row(&[
        empty(),
        rail("│"),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '┌', '┐', Some('┴'))),
        (
            vec![Seg::painted(&center(&gap_label(4, lang), MID), p, g4_color)],
            MID,
        ),
        (
            vec![Seg::plain(&border(RIGHT, RIGHT_C, '┌', '┐', Some('┴')))],
            RIGHT,
        ),
    ]));
    let lines = names.delivery.len().max(names.communications.len());
    for i in 0..lines {
        let first = i == 0;
        rows.push(row(&[
            empty(),
            rail("│"),
            sp(LINK),
            main_box(content(
                MAIN,
                names.delivery.get(i).copied().unwrap_or(""),
                '│',
                if first { '├' } else { '│' },
            )),
            (
                vec![Seg::plain(&if first {
                    hline(MID)
                } else {
                    " ".repeat(MID)
                })],
                MID,
            ),
            (
                vec![Seg::plain(&content(
                    RIGHT,
                    names.communications.get(i).copied().unwrap_or(""),
                    if first { '┤' } else { '│' },
                    '│',
                ))],
                RIGHT,
            ),
        ]));
    }
    rows.push(row(&[
        empty(),
        rail("│"),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '└', '┘', Some('┬'))),
        (
            vec![Seg::painted(
                &center(
                    &g4.map_or_else(|| "n/a".to_string(), |f| fmt2(f.score)),
                    MID,
                ),
                p,
                g4_color,
            )],
            MID,
        ),
        (
            vec![Seg::plain(&border(RIGHT, RIGHT_C, '└', '┘', None))],
            RIGHT,
        ),
    ]));
    // Gap 1's label sits on the rail, beside the standards.
    let g1_color = gap1.map_or(Color::Dim, severity);
    let mut g1_labels: Vec<String> = vec![gap_label(1, lang), fmt2(gap1.and_then(|f| f.score))];
    if let Some(d) = gap1.and_then(|f| f.direct) {
        g1_labels.push(format!("Δ {}", fmt2s(Some(d))));
    }
    let left_at = |k: usize| -> (Vec<Seg>, usize) {
        match g1_labels.get(k) {
            Some(l) => (
                vec![
                    Seg::plain(&" ".repeat((LEFT - 1).saturating_sub(width(l)))),
                    Seg::painted(l, p, g1_color),
                ],
                LEFT,
            ),
            None => (Vec::new(), LEFT),
        }
    };
    let mut k = 0;
    rows.push(row(&[
        left_at(k),
        rail("│"),
        sp(LINK),
        (connector(label(3, ""), p), MAIN),
    ]));
    k += 1;
    rows.push(row(&[
        left_at(k),
        rail("│"),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '┌', '┐', Some('┴'))),
    ]));
    k += 1;
    for l in &names.standards {
        rows.push(row(&[
            left_at(k),
            rail("│"),
            sp(LINK),
            main_box(content(MAIN, l, '│', '│')),
        ]));
        k += 1;
    }
    rows.push(row(&[
        left_at(k),
        rail("│"),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '└', '┘', Some('┬'))),
    ]));
    k += 1;
    rows.push(row(&[
        left_at(k),
        rail("│"),
        sp(LINK),
        (connector(label(2, ""), p), MAIN),
    ]));
    rows.push(row(&[
        empty(),
        rail("│"),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '┌', '┐', Some('┴'))),
    ]));
    for (i, l) in names.management.iter().enumerate() {
        let first = i == 0;
        rows.push(row(&[
            empty(),
            rail(if first { "└" } else { " " }),
            (
                vec![Seg::plain(&if first {
                    format!("{}►", hline(LINK - 1))
                } else {
                    " ".repeat(LINK)
                })],
                LINK,
            ),
            main_box(content(MAIN, l, '│', '│')),
        ]));
    }
    rows.push(row(&[
        empty(),
        rail(" "),
        sp(LINK),
        main_box(border(MAIN, MAIN_C, '└', '┘', None)),
    ]));
    rows
}

/// The key under the drawing.
fn legend_text(s: &FiveGapScore, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Gaps 1–4: driver scores 1–7, higher = healthier (smaller gap); Δ = managers' estimate − customers' expectation. Gap 5: {} (negative = shortfall). The gaps are on different scales: gap 5 is a result of gaps 1–4, not their sum.",
            gap5_unit(s.variant)
        ),
        Lang::Zh => format!(
            "差距 1–4：驱动因素得分 1–7，越高越健康（差距越小）；Δ = 管理者估计 − 客户期望。差距 5：{}（负值表示不足）。各差距量纲不同：差距 5 是差距 1–4 的结果，而非它们之和。",
            gap5_unit(s.variant)
        ),
    }
}

/// One row per gap: title, between, score, further figures.
fn gaps_rows(s: &FiveGapScore, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let head = vec![
        lang.pick("gap", "差距").to_string(),
        lang.pick("between", "位于").to_string(),
        lang.pick("score", "得分").to_string(),
        lang.pick("also", "补充").to_string(),
    ];
    let mut rows: Vec<Vec<String>> = s
        .gaps
        .iter()
        .map(|g| {
            let also = match g.gap {
                1 => match lang {
                    Lang::En => format!(
                        "Δ {} · MAE {}",
                        fmt2s(g.direct),
                        fmt2(g.mean_absolute_error)
                    ),
                    Lang::Zh => format!(
                        "Δ {} · 平均绝对误差 {}",
                        fmt2s(g.direct),
                        fmt2(g.mean_absolute_error)
                    ),
                },
                5 => match lang {
                    Lang::En => {
                        format!("{} · weighted {}", gap5_unit(s.variant), fmt2s(g.weighted))
                    }
                    Lang::Zh => format!("{} · 加权 {}", gap5_unit(s.variant), fmt2s(g.weighted)),
                },
                _ => g.direct.map_or_else(String::new, |d| match lang {
                    Lang::En => format!("direct items {}", fmt2(Some(d))),
                    Lang::Zh => format!("直接题目 {}", fmt2(Some(d))),
                }),
            };
            vec![
                gap_title(g.gap, lang),
                gap_between(g.gap, lang).to_string(),
                if g.gap == 5 {
                    fmt2s(g.score)
                } else {
                    fmt2(g.score)
                },
                also,
            ]
        })
        .collect();
    if s.staff > 0 {
        rows.push(vec![
            gap_title(6, lang),
            gap_between(6, lang).to_string(),
            String::new(),
            match lang {
                Lang::En => format!("MAE {}", fmt2(s.gap6_mae)),
                Lang::Zh => format!("平均绝对误差 {}", fmt2(s.gap6_mae)),
            },
        ]);
        rows.push(vec![
            gap_title(7, lang),
            gap_between(7, lang).to_string(),
            String::new(),
            match lang {
                Lang::En => format!("MAE {}", fmt2(s.gap7_mae)),
                Lang::Zh => format!("平均绝对误差 {}", fmt2(s.gap7_mae)),
            },
        ]);
    }
    (head, rows)
}

/// "Gap 3: Role clarity 3.20 · Technology–job fit 3.80".
fn weakest_lines(fr: &FiveGapReport<'_>, lang: Lang) -> Vec<String> {
    let inst = fr.provider.instrument;
    fr.score
        .gaps
        .iter()
        .filter(|g| g.gap <= 4)
        .map(|g| {
            let drivers: Vec<String> = g
                .weakest
                .iter()
                .map(|id| {
                    let sc = fr
                        .score
                        .constructs
                        .iter()
                        .find(|c| &c.id == id)
                        .and_then(|c| c.score);
                    format!("{} {}", construct_name(inst, id, lang), fmt2(sc))
                })
                .collect();
            let title = gap_title(g.gap, lang);
            let drivers = if drivers.is_empty() {
                lang.pick("no answers", "无答案").to_string()
            } else {
                drivers.join(" · ")
            };
            match lang {
                Lang::En => format!("{title}: {drivers}"),
                Lang::Zh => format!("{title}：{drivers}"),
            }
        })
        .collect()
}

fn worst_lines(fr: &FiveGapReport<'_>, lang: Lang) -> Vec<String> {
    let inst = fr.customer.instrument;
    fr.score
        .worst_dimensions
        .iter()
        .take(WORST_DIMENSIONS)
        .filter_map(|id| fr.score.dimensions.iter().find(|d| &d.id == id))
        .map(|d| {
            let mut parts = vec![match lang {
                Lang::En => format!(
                    "{} {} (E {}, P {}, n={})",
                    gap_label(5, lang),
                    fmt2s(d.gap5),
                    fmt2(d.expected),
                    fmt2(d.perceived),
                    d.n
                ),
                Lang::Zh => format!(
                    "{} {}（E {}，P {}，n={}）",
                    gap_label(5, lang),
                    fmt2s(d.gap5),
                    fmt2(d.expected),
                    fmt2(d.perceived),
                    d.n
                ),
            }];
            if d.gap1.is_some() {
                parts.push(format!("{} Δ {}", gap_label(1, lang), fmt2s(d.gap1)));
            }
            for (n, v, what) in [
                (2, d.gap2, lang.pick("standards", "标准")),
                (3, d.gap3, lang.pick("delivery", "交付")),
                (4, d.gap4, lang.pick("promises", "承诺")),
            ] {
                if v.is_some() {
                    parts.push(format!("{} {what} {}", gap_label(n, lang), fmt2(v)));
                }
            }
            let name = inst.group_name(&d.id, lang);
            let parts = parts.join(" · ");
            match lang {
                Lang::En => format!("{name}: {parts}"),
                Lang::Zh => format!("{name}：{parts}"),
            }
        })
        .collect()
}

fn gap1_table(fr: &FiveGapReport<'_>, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let staff = fr.score.staff > 0;
    let mut head = vec![
        lang.pick("dimension", "维度").to_string(),
        lang.pick("customers' E", "客户期望").to_string(),
        lang.pick("managers' estimate", "管理者估计").to_string(),
        lang.pick("gap 1 Δ", "差距1 Δ").to_string(),
        "|Δ|".to_string(),
    ];
    if staff {
        head.extend([
            lang.pick("staff's estimate", "员工估计").to_string(),
            lang.pick("gap 6", "差距6").to_string(),
            lang.pick("gap 7", "差距7").to_string(),
        ]);
    }
    let rows = fr
        .score
        .gap1_dimensions
        .iter()
        .map(|d| {
            let name = fr.customer.instrument.group(&d.id).map_or_else(
                || dimension_name(fr.provider.instrument, &d.id, lang),
                |g| g.name.get(lang).to_string(),
            );
            let mut r = vec![
                name,
                fmt2(d.customers),
                fmt2(d.managers),
                fmt2s(d.gap),
                fmt2(d.mean_absolute_error),
            ];
            if staff {
                r.extend([fmt2(d.staff), fmt2s(d.gap6), fmt2s(d.gap7)]);
            }
            r
        })
        .collect();
    (head, rows)
}

fn accuracy_line(s: &FiveGapScore, lang: Lang) -> String {
    let mut l = match lang {
        Lang::En => format!(
            "Accuracy of the estimates (mean absolute error over items): managers {}",
            fmt2(s.gap1_mae)
        ),
        Lang::Zh => format!(
            "估计的准确度（各题平均绝对误差）：管理者 {}",
            fmt2(s.gap1_mae)
        ),
    };
    if s.staff > 0 {
        let _ = write!(
            l,
            "{}{}",
            lang.pick(" · staff ", " · 员工 "),
            fmt2(s.gap6_mae)
        );
    }
    l
}

/// The policies of the five-gap report: its own, then the customer and provider halves'.
pub fn policies(fr: &FiveGapReport<'_>, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = match lang {
        Lang::En => vec![
            "Gap 1 per item = mean manager estimate − mean customer expectation (every expectation given, P or not; the desired level for a zone survey). Positive = managers think customers expect more than they do. Gap 6 = staff estimate − customer expectation; gap 7 = staff − managers.".into(),
            "A dimension's gap 1 is the mean of its items' gaps; the overall gap 1 (Δ) is the mean of the dimensions' gap 1 (dimension first, as SERVQUAL's overall gap); the accuracy is the mean absolute error over the items.".into(),
            "Gap scores 1–4 are driver scores (mean of their constructs, 1–7, higher = healthier); gap 5 is SERVQUAL's unweighted overall gap. They are on different scales, and gap 5 is a function of gaps 1–4, never their sum. Gap 4 lies between the service delivered and what external communications promise.".into(),
            "The dimensions where gap 5 is worst are those with a negative gap, most negative first.".into(),
        ],
        Lang::Zh => vec![
            "每题差距 1 = 管理者平均估计 − 客户平均期望（使用客户给出的全部期望，无论是否回答感知；容忍区间调查用理想水平）。正值表示管理者以为客户的期望比实际更高。差距 6 = 员工估计 − 客户期望；差距 7 = 员工 − 管理者。".into(),
            "维度的差距 1 为其各题差距的平均值；总体差距 1（Δ）为各维度差距 1 的平均值（先维度后总体，与 SERVQUAL 总体差距相同）；准确度为各题的平均绝对误差。".into(),
            "差距 1–4 的得分为驱动因素得分（其构念的平均值，1–7，越高越健康）；差距 5 为 SERVQUAL 未加权总体差距。各差距量纲不同，差距 5 是差距 1–4 的函数，绝非其和。差距 4 位于实际交付的服务与对外沟通的承诺之间。".into(),
            "差距 5 最差的维度为差距为负的维度，最负的在前。".into(),
        ],
    };
    out.extend(super::policies(&fr.customer, lang));
    if let Scored::Gaps(g) = &fr.provider.scoring.overall {
        out.extend(super::gaps::policies(g, lang));
    }
    out.extend(fr.provider.input_notes.iter().cloned());
    out
}

fn next_steps(fr: &FiveGapReport<'_>, lang: Lang) -> Vec<String> {
    let s = &fr.score;
    let inst = fr.provider.instrument;
    let mut out = Vec::new();
    let mut provider: Vec<&GapFigure> = s
        .gaps
        .iter()
        .filter(|g| g.gap <= 4 && g.score.is_some())
        .collect();
    provider.sort_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
    if let Some(g) = provider.first() {
        let drivers: Vec<String> = g
            .weakest
            .iter()
            .map(|id| construct_name(inst, id, lang))
            .collect();
        out.push(match lang {
            Lang::En => format!(
                "Gap {} ({}) has the weakest drivers ({}): work on {} first.",
                g.gap,
                gap_name(g.gap, lang).to_lowercase(),
                fmt2(g.score),
                drivers.join(" and ")
            ),
            Lang::Zh => format!(
                "差距{}（{}）的驱动因素最弱（{}）：先改进{}。",
                g.gap,
                gap_name(g.gap, lang),
                fmt2(g.score),
                drivers.join("和")
            ),
        });
    }
    let mut misreads: Vec<&crate::score::fivegap::Gap1Item> =
        s.gap1_items.iter().filter(|i| i.gap1.is_some()).collect();
    misreads.sort_by(|a, b| {
        b.gap1
            .unwrap_or(0.0)
            .abs()
            .total_cmp(&a.gap1.unwrap_or(0.0).abs())
    });
    if misreads
        .first()
        .is_some_and(|i| i.gap1.is_some_and(|g| g.abs() >= 0.5))
    {
        let items: Vec<String> = misreads
            .iter()
            .take(3)
            .map(|i| format!("{} ({})", i.id, fmt2s(i.gap1)))
            .collect();
        out.push(match lang {
            Lang::En => format!(
                "Managers misjudge customers' expectations most on {}: share the customer results with them and listen to customers directly (gap 1).",
                items.join(", ")
            ),
            Lang::Zh => format!("管理者对客户期望判断偏差最大的题目是 {}：请与他们分享客户调查结果，并直接倾听客户（差距 1）。", items.join("、")),
        });
    }
    if let Some(d) = s
        .worst_dimensions
        .first()
        .and_then(|id| s.dimensions.iter().find(|d| &d.id == id))
    {
        let name = fr.customer.instrument.group_name(&d.id, lang);
        let direct = [(2, d.gap2), (3, d.gap3), (4, d.gap4)];
        let weakest = direct
            .iter()
            .filter_map(|(n, v)| v.map(|v| (*n, v)))
            .min_by(|a, b| a.1.total_cmp(&b.1));
        out.push(match (lang, weakest) {
            (Lang::En, Some((n, v))) => format!(
                "Customers feel the largest shortfall on {name} ({}); for it, staff and managers rate the {} lowest ({}): look there first.",
                fmt2s(d.gap5),
                gap_name(n, lang).to_lowercase(),
                fmt2(Some(v))
            ),
            (Lang::Zh, Some((n, v))) => format!("客户在{name}上感到的不足最大（{}）；对此，员工和管理者给{}的评分最低（{}）：先从这里入手。", fmt2s(d.gap5), gap_name(n, lang), fmt2(Some(v))),
            (Lang::En, None) => format!(
                "Customers feel the largest shortfall on {name} ({}): answer the optional direct items per dimension to see which provider gap it comes from.",
                fmt2s(d.gap5)
            ),
            (Lang::Zh, None) => format!("客户在{name}上感到的不足最大（{}）：回答各维度的可选直接题目，可看出它来自哪个服务提供方差距。", fmt2s(d.gap5)),
        });
    }
    if s.staff == 0 {
        out.push(
            lang.pick(
                "Ask front-line staff as well: they answer the delivery-gap drivers, and their estimates of customers' expectations give gaps 6 and 7.",
                "也请一线员工作答：交付差距的驱动因素由他们回答，他们对客户期望的估计还能给出差距 6 和 7。",
            )
            .to_string(),
        );
    }
    if s.customers < super::servqual::SMALL_N {
        out.push(match lang {
            Lang::En => format!("With only {}, gap 5 is indicative: survey at least {} before acting on small differences.", customers_en(s.customers), super::servqual::SMALL_N),
            Lang::Zh => format!("仅有 {} 位客户，差距 5 仅供参考：在依据细微差异行动前，请至少调查 {} 位客户。", s.customers, super::servqual::SMALL_N),
        });
    }
    out.push(
        lang.pick(
            "Driver scores are diagnostics to discuss with the teams, not validated psychometric scales.",
            "驱动因素得分是与团队讨论的诊断依据，不是经过验证的心理测量量表。",
        )
        .to_string(),
    );
    out
}

/// The text report.
pub fn text(fr: &FiveGapReport<'_>, lang: Lang, p: Painter) -> String {
    let s = &fr.score;
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&title(fr, lang), Color::Bold));
    let _ = writeln!(out, "{}", who_line(fr, lang));
    out.push('\n');
    for l in diagram(s, lang, p) {
        let _ = writeln!(out, "{l}");
    }
    for l in wrap(&legend_text(s, lang), 96) {
        let _ = writeln!(out, "  {}", p.paint(&l, Color::Dim));
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(lang.pick("The gaps", "各差距"), Color::Bold)
    );
    let (h, r) = gaps_rows(s, lang);
    out.push_str(&table_text(&h, &r, p));
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            lang.pick("Weakest drivers per gap", "各差距最弱的驱动因素"),
            Color::Bold
        )
    );
    for l in weakest_lines(fr, lang) {
        let _ = writeln!(out, "  {l}");
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            lang.pick(
                "Where the customer gap (gap 5) is worst",
                "客户差距（差距5）最大的维度"
            ),
            Color::Bold
        )
    );
    let worst = worst_lines(fr, lang);
    if worst.is_empty() {
        let _ = writeln!(
            out,
            "  {}",
            lang.pick(
                "No dimension has a negative gap 5.",
                "没有维度的差距 5 为负。"
            )
        );
    }
    for (k, l) in worst.iter().enumerate() {
        for (i, w) in wrap(l, 94).into_iter().enumerate() {
            let _ = writeln!(
                out,
                "{}{w}",
                if i == 0 {
                    format!("  {}. ", k + 1)
                } else {
                    "     ".into()
                }
            );
        }
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            lang.pick(
                "Gap 1 by dimension: estimates against customers' own expectations",
                "各维度差距1：估计与客户自身期望对比"
            ),
            Color::Bold
        )
    );
    let (h, r) = gap1_table(fr, lang);
    out.push_str(&table_text(&h, &r, p));
    let _ = writeln!(out, "  {}", accuracy_line(s, lang));
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            lang.pick(
                "Drivers (1–7, higher = healthier)",
                "驱动因素（1–7，越高越健康）"
            ),
            Color::Bold
        )
    );
    let roles = super::gaps::role_views(&fr.provider);
    let (h, r) = drivers_rows(fr.provider.instrument, &s.constructs, &roles, lang);
    out.push_str(&table_text(&h, &r, p));
    out.push('\n');
    super::text::next_steps_section(&mut out, &next_steps(fr, lang), 96, lang, p);
    out.push('\n');
    super::text::method_section(&mut out, &policies(fr, lang), 96, lang, p);
    out
}

/// The Markdown report (the diagram in a code block).
pub fn markdown(fr: &FiveGapReport<'_>, lang: Lang) -> String {
    let s = &fr.score;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", title(fr, lang));
    let _ = writeln!(out, "{}\n", who_line(fr, lang));
    out.push_str("```text\n");
    for l in diagram(s, lang, Painter { color: false }) {
        let _ = writeln!(out, "{l}");
    }
    out.push_str("```\n\n");
    let _ = writeln!(out, "*{}*\n", legend_text(s, lang));
    let _ = writeln!(out, "## {}\n", lang.pick("The gaps", "各差距"));
    let (h, r) = gaps_rows(s, lang);
    out.push_str(&table_markdown(&h, &r));
    let _ = writeln!(
        out,
        "\n## {}\n",
        lang.pick("Weakest drivers per gap", "各差距最弱的驱动因素")
    );
    for l in weakest_lines(fr, lang) {
        let _ = writeln!(out, "- {l}");
    }
    let _ = writeln!(
        out,
        "\n## {}\n",
        lang.pick(
            "Where the customer gap (gap 5) is worst",
            "客户差距（差距5）最大的维度"
        )
    );
    let worst = worst_lines(fr, lang);
    if worst.is_empty() {
        let _ = writeln!(
            out,
            "- {}",
            lang.pick(
                "No dimension has a negative gap 5.",
                "没有维度的差距 5 为负。"
            )
        );
    }
    for (k, l) in worst.iter().enumerate() {
        let _ = writeln!(out, "{}. {l}", k + 1);
    }
    let _ = writeln!(
        out,
        "\n## {}\n",
        lang.pick("Gap 1 by dimension", "各维度差距1")
    );
    let (h, r) = gap1_table(fr, lang);
    out.push_str(&table_markdown(&h, &r));
    let _ = writeln!(out, "\n{}", accuracy_line(s, lang));
    let _ = writeln!(out, "\n## {}\n", lang.pick("Drivers", "驱动因素"));
    let roles = super::gaps::role_views(&fr.provider);
    let (h, r) = drivers_rows(fr.provider.instrument, &s.constructs, &roles, lang);
    out.push_str(&table_markdown(&h, &r));
    let _ = writeln!(out, "\n## {}\n", lang.pick("What to do next", "下一步"));
    for (k, step) in next_steps(fr, lang).into_iter().enumerate() {
        let _ = writeln!(out, "{}. {step}", k + 1);
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("Method", "方法说明"));
    for pol in policies(fr, lang) {
        let _ = writeln!(out, "- {pol}");
    }
    out
}

/// The five-gap diagram in SVG.
pub fn diagram_svg(s: &FiveGapScore, lang: Lang) -> String {
    let b = boxes(lang);
    let mut svg = Svg::new(760.0, 500.0);
    svg.def("<marker id=\"fivegap-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#6b7280\"/></marker>");
    let arrow = "marker-end=\"url(#fivegap-arrow)\"";
    // Customer area and the line.
    svg.rect(10.0, 8.0, 740.0, 192.0, "#eff6ff", "rx=\"8\"");
    svg.text((22.0, 28.0), Anchor::Start, 13.0, MUTED, 700, b.customer);
    svg.line(
        (10.0, 210.0),
        (750.0, 210.0),
        INK,
        1.5,
        "stroke-dasharray=\"8 5\"",
    );
    svg.text((22.0, 232.0), Anchor::Start, 13.0, MUTED, 700, b.provider);
    let boxed = |svg: &mut Svg, x: f64, y: f64, w: f64, h: f64, lines: &[&str]| {
        svg.rect(
            x,
            y,
            w,
            h,
            "#ffffff",
            "rx=\"6\" stroke=\"#111827\" stroke-width=\"1.5\"",
        );
        let top = y + h / 2.0 - (lines.len() as f64 - 1.0) * 8.0 + 5.0;
        for (i, l) in lines.iter().enumerate() {
            svg.text(
                (x + w / 2.0, top + i as f64 * 16.0),
                Anchor::Middle,
                14.0,
                INK,
                400,
                l,
            );
        }
    };
    let (mx, mw) = (220.0, 240.0);
    let cx = mx + mw / 2.0;
    boxed(&mut svg, mx, 40.0, mw, 44.0, &b.expected);
    boxed(&mut svg, mx, 140.0, mw, 44.0, &b.perceived);
    boxed(&mut svg, mx, 240.0, mw, 44.0, &b.delivery);
    boxed(&mut svg, 540.0, 240.0, 200.0, 44.0, &b.communications);
    boxed(&mut svg, mx, 330.0, mw, 44.0, &b.standards);
    boxed(&mut svg, mx, 420.0, mw, 56.0, &b.management);
    // Flows: management perception → standards → delivery → perceived; communications → expected.
    svg.line((cx, 420.0), (cx, 376.0), MUTED, 1.5, arrow);
    svg.line((cx, 330.0), (cx, 286.0), MUTED, 1.5, arrow);
    svg.line((cx, 240.0), (cx, 186.0), MUTED, 1.5, arrow);
    svg.line((640.0, 240.0), (640.0, 62.0), MUTED, 1.5, "");
    svg.line((640.0, 62.0), (mx + mw + 2.0, 62.0), MUTED, 1.5, arrow);
    // Gap links.
    let dashed = "stroke-dasharray=\"5 4\"";
    svg.line((cx, 84.0), (cx, 140.0), RULE, 1.0, "");
    svg.line((mx + mw, 262.0), (540.0, 262.0), MUTED, 1.5, dashed);
    svg.line((mx, 62.0), (120.0, 62.0), MUTED, 1.5, dashed);
    svg.line((120.0, 62.0), (120.0, 448.0), MUTED, 1.5, dashed);
    svg.line((120.0, 448.0), (mx, 448.0), MUTED, 1.5, dashed);
    let pill = |svg: &mut Svg, (x, y): (f64, f64), n: u8, sub: &str| {
        let Some(g) = s.gap(n) else { return };
        let color = svg_color(severity(g));
        let value = if n == 5 {
            fmt2s(g.score)
        } else {
            fmt2(g.score)
        };
        let w = 96.0_f64.max(super::html::text_px(sub, 11.0) + 16.0);
        svg.rect(
            x - w / 2.0,
            y - 16.0,
            w,
            if sub.is_empty() { 32.0 } else { 44.0 },
            "#ffffff",
            &format!("rx=\"6\" stroke=\"{color}\" stroke-width=\"2\""),
        );
        svg.text(
            (x, y - 2.0),
            Anchor::Middle,
            11.0,
            MUTED,
            700,
            &gap_label(n, lang),
        );
        svg.text((x, y + 12.0), Anchor::Middle, 13.0, color, 700, &value);
        if !sub.is_empty() {
            svg.text((x, y + 24.0), Anchor::Middle, 10.0, MUTED, 400, sub);
        }
    };
    let g1_sub = s
        .gap(1)
        .and_then(|g| g.direct)
        .map_or_else(String::new, |d| format!("Δ {}", fmt2s(Some(d))));
    pill(&mut svg, (cx + 72.0, 106.0), 5, gap5_unit(s.variant));
    pill(&mut svg, (500.0, 318.0), 4, "");
    pill(&mut svg, (cx + 72.0, 308.0), 3, "");
    pill(&mut svg, (cx + 72.0, 398.0), 2, "");
    pill(&mut svg, (120.0, 290.0), 1, &g1_sub);
    let desc: Vec<String> = s
        .gaps
        .iter()
        .map(|g| {
            format!(
                "{}: {}",
                gap_title(g.gap, lang),
                if g.gap == 5 {
                    fmt2s(g.score)
                } else {
                    fmt2(g.score)
                }
            )
        })
        .collect();
    svg.finish(
        lang.pick(
            "The five-gap model with each gap's score",
            "五差距模型及各差距得分",
        ),
        &desc.join("; "),
    )
}

/// The HTML body.
pub fn html_body(fr: &FiveGapReport<'_>, lang: Lang) -> String {
    let s = &fr.score;
    let mut out = String::new();
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(&title(fr, lang)));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        escape_html(&who_line(fr, lang))
    );
    out.push_str(&figure(&diagram_svg(s, lang), &legend_text(s, lang)));
    let _ = writeln!(out, "<h2>{}</h2>", lang.pick("The gaps", "各差距"));
    let (h, r) = gaps_rows(s, lang);
    out.push_str(&table_html(&h, &r));
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ul>",
        lang.pick("Weakest drivers per gap", "各差距最弱的驱动因素")
    );
    for l in weakest_lines(fr, lang) {
        let _ = writeln!(out, "<li>{}</li>", escape_html(&l));
    }
    out.push_str("</ul>\n");
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ol>",
        lang.pick(
            "Where the customer gap (gap 5) is worst",
            "客户差距（差距5）最大的维度"
        )
    );
    for l in worst_lines(fr, lang) {
        let _ = writeln!(out, "<li>{}</li>", escape_html(&l));
    }
    out.push_str("</ol>\n");
    if let Scored::Servqual(c) = &fr.customer.scoring.overall {
        out.push_str(&figure(
            &super::servqual::chart(fr.customer.instrument, c, lang),
            lang.pick(
                "Customers: expectation and perception per dimension.",
                "客户：各维度的期望与感知。",
            ),
        ));
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        lang.pick("Gap 1 by dimension", "各维度差距1")
    );
    let (h, r) = gap1_table(fr, lang);
    out.push_str(&table_html(&h, &r));
    let _ = writeln!(out, "<p>{}</p>", escape_html(&accuracy_line(s, lang)));
    let _ = writeln!(out, "<h2>{}</h2>", lang.pick("Drivers", "驱动因素"));
    out.push_str(&figure(
        &drivers_chart(fr.provider.instrument, &s.constructs, lang),
        lang.pick(
            "Driver scores after reverse-coding; the dashed line is the scale midpoint.",
            "反向计分后的驱动因素得分；虚线为量表中点。",
        ),
    ));
    let roles = super::gaps::role_views(&fr.provider);
    let (h, r) = drivers_rows(fr.provider.instrument, &s.constructs, &roles, lang);
    out.push_str(&table_html(&h, &r));
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ol class=\"priorities\">",
        lang.pick("What to do next", "下一步")
    );
    for step in next_steps(fr, lang) {
        let _ = writeln!(out, "<li>{}</li>", escape_html(&step));
    }
    out.push_str("</ol>\n");
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<ul class=\"method\">",
        lang.pick("Method", "方法说明")
    );
    for pol in policies(fr, lang) {
        let _ = writeln!(out, "<li>{}</li>", escape_html(&pol));
    }
    out.push_str("</ul>\n");
    out
}

/// The JSON report: the usual envelope with the member `gaps` in SPEC's shape.
pub fn json_report(fr: &FiveGapReport<'_>, lang: Lang) -> Value {
    let s = &fr.score;
    let pinst = fr.provider.instrument;
    let cinst = fr.customer.instrument;
    let gaps: Vec<Value> = s
        .gaps
        .iter()
        .map(|g| {
            json!({
                "id": g.id,
                "score": g.score,
                "name": gap_name(g.gap, lang),
                "measure": g.measure,
                "direct": g.direct,
                "weighted": g.weighted,
                "mean_absolute_error": g.mean_absolute_error,
                "weakest": g.weakest,
            })
        })
        .collect();
    let gap1_dimensions: Vec<Value> = s
        .gap1_dimensions
        .iter()
        .map(|d| {
            json!({
                "id": d.id,
                "gap": d.gap,
                "customers": d.customers,
                "managers": d.managers,
                "mean_absolute_error": d.mean_absolute_error,
                "staff": d.staff,
                "gap6": d.gap6,
                "gap6_mae": d.gap6_mae,
                "gap7": d.gap7,
                "gap7_mae": d.gap7_mae,
            })
        })
        .collect();
    let mut member = json!({
        "gaps": gaps,
        "gap1_dimensions": gap1_dimensions,
        "constructs": super::gaps::constructs_json(pinst, &s.constructs, lang),
        "gap1_items": s.gap1_items,
        "gap1_mae": s.gap1_mae,
        "gap6_mae": s.gap6_mae,
        "gap7_mae": s.gap7_mae,
        "dimensions": s.dimensions,
        "worst_dimensions": s.worst_dimensions,
        "worst_dimensions_shown": WORST_DIMENSIONS,
        "customers": s.customers,
        "managers": s.managers,
        "staff": s.staff,
        "variant": s.variant,
        "policies": policies(fr, lang),
    });
    if !fr.provider.scoring.by_role.is_empty() {
        // The management side per role (managers, staff …): their driver and gap scores.
        let by_role: serde_json::Map<String, Value> = fr
            .provider
            .scoring
            .by_role
            .iter()
            .filter_map(|(role, sc)| match sc {
                Scored::Gaps(g) => Some((role.clone(), super::gaps::json(pinst, g, lang))),
                _ => None,
            })
            .collect();
        if let Value::Object(m) = &mut member {
            m.insert("by_role".into(), Value::Object(by_role));
        }
    }
    let inst_json = |i: &Instrument, n: usize| json!({"id": i.id, "version": i.version, "title": i.title.get(lang), "kind": i.kind.id(), "respondents": n});
    let mut top = serde_json::Map::new();
    top.insert("cxassess".into(), json!(super::VERSION));
    top.insert(
        "instrument".into(),
        json!({"id": pinst.id, "version": pinst.version, "title": pinst.title.get(lang), "kind": pinst.kind.id()}),
    );
    top.insert(
        "instruments".into(),
        json!([inst_json(cinst, s.customers), inst_json(pinst, s.providers)]),
    );
    top.insert("respondents".into(), json!(s.customers + s.providers));
    let mut roles = fr.customer.scoring.roles.clone();
    for (r, n) in &fr.provider.scoring.roles {
        *roles.entry(r.clone()).or_default() += n;
    }
    top.insert("roles".into(), json!(roles));
    if let Some(o) = &fr.customer.organization {
        top.insert("organization".into(), json!(o));
    }
    if let Some(d) = &fr.customer.date {
        top.insert("date".into(), json!(d));
    }
    top.insert("gaps".into(), member);
    Value::Object(top)
}

/// Renders the five-gap report in `format`.
pub fn render(fr: &FiveGapReport<'_>, format: Format, lang: Lang, color: bool) -> String {
    match format {
        Format::Text => text(fr, lang, Painter { color }),
        Format::Markdown => markdown(fr, lang),
        Format::Json => {
            let mut v = serde_json::to_string_pretty(&json_report(fr, lang))
                .unwrap_or_else(|_| "{}".to_string());
            v.push('\n');
            v
        }
        Format::Html => super::html::page(&title(fr, lang), lang, &html_body(fr, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_diagram_row_fits_and_the_rails_line_up() {
        let pair = Pair::demo().expect("demo pair");
        let fr = pair.report();
        for lang in [Lang::En, Lang::Zh] {
            let rows = diagram(&fr.score, lang, Painter { color: false });
            for r in &rows {
                assert!(width(r) <= LEFT + 1 + LINK + MAIN + MID + RIGHT, "{r}");
            }
            // The gap 1 rail is one column, from the expected service down to management.
            let rail_col = |r: &str| {
                r.chars()
                    .scan(0, |w, c| {
                        let at = *w;
                        *w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                        Some((at, c))
                    })
                    .find(|(at, _)| *at == LEFT)
                    .map(|(_, c)| c)
            };
            let top = rows
                .iter()
                .position(|r| rail_col(r) == Some('┌'))
                .expect("rail top");
            let bottom = rows
                .iter()
                .position(|r| rail_col(r) == Some('└'))
                .expect("rail bottom");
            assert!(top < bottom);
            for r in &rows[top + 1..bottom] {
                assert!(matches!(rail_col(r), Some('│' | '┼')), "{lang:?}: {r}");
            }
        }
    }
}
