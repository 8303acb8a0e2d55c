//! The pyramid's tables: the tiers, the experiences (with a bar in the terminal and a chart in
//! HTML), and the viewpoints side by side with the perception gap.

use std::sync::Arc;

use super::drawing::Pyramid;
use super::{achieved_word, coverage, level_name, tier_name, tier_tone};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::chart::{Bar, BarScale, Chart, ChartKind, Series};
use crate::report::doc::{BarCell, Block, Cell, Column, Document, Formats, Inline, Table, Tone};
use crate::report::parts::{self, role_name};
use crate::report::text::{fmt_signed, fmt1};
use crate::score::pyramid::{PyramidScore, TIERS};
use crate::score::stats::Interval;
use crate::tr;

/// A perception gap this far below zero (customers experience less) is marked.
pub const MARKED_GAP: f64 = -10.0;

/// A figure column whose cells may wrap on a narrow terminal (a figure with its flag, an
/// interval marked as cut to the scale).
fn wrapping_number(head: String) -> Column {
    Column {
        wrap: true,
        ..Column::number(head)
    }
}

/// Whether `i` contains the pass mark: the answers do not yet say on which side the score is.
pub fn spans(i: Option<Interval>, pass: f64) -> bool {
    i.is_some_and(|i| i.low <= pass && pass <= i.high)
}

/// The interval cell: the interval (marked † when it contains the pass mark), or why there is
/// none — nobody answered, one answer, answers that do not vary, or (tiers, `incomplete`)
/// respondents who scored only part of the tier.
fn interval_cell(
    i: Option<Interval>,
    n: usize,
    sd: Option<f64>,
    pass: Option<f64>,
    incomplete: bool,
    lang: Lang,
) -> Cell {
    if let Some(i) = i {
        let text = parts::interval(Some(i), 1, lang);
        return if pass.is_some_and(|p| spans(Some(i), p)) {
            Inline::plain(text).then(" †", Tone::Warn).into()
        } else {
            text.into()
        };
    }
    let why = if incomplete {
        "pyramid-no-interval-partial"
    } else if n == 0 {
        return Inline::toned("—", Tone::Dim).into();
    } else if n < 2 || sd.is_none() {
        "pyramid-no-interval-one"
    } else {
        "pyramid-no-interval-equal"
    };
    Inline::toned(tr!(lang, why), Tone::Dim).into()
}

/// "Tiers": score (flagged when it averages only some experiences), interval, n and status, top
/// tier first.
pub fn tiers(doc: &mut Document, s: &PyramidScore, lang: Lang) {
    doc.section(tr!(lang, "pyramid-tiers"));
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "pyramid-tier")),
        wrapping_number(tr!(lang, "pyramid-score")),
        wrapping_number(tr!(lang, "pyramid-interval")),
        Column::number("n"),
        Column::text(tr!(lang, "pyramid-status")),
    ]);
    for tier in TIERS.iter().rev() {
        let Some(ts) = s.tiers.iter().find(|t| t.id == *tier) else {
            continue;
        };
        let score = match coverage(ts, lang) {
            Some(c) => Inline::plain(fmt1(ts.score))
                .then(tr!(lang, "pyramid-score-flag", flag = c), Tone::Warn),
            None => Inline::plain(fmt1(ts.score)),
        };
        // Respondents who scored only part of the tier have no tier score of their own: the
        // tier's n (complete respondents) then falls short of its experiences' n.
        let most = s
            .experiences
            .iter()
            .filter(|e| e.tier == *tier)
            .map(|e| e.n)
            .max()
            .unwrap_or(0);
        let incomplete = ts.interval.is_none() && most > ts.n;
        t.row(vec![
            Inline::toned(tier_name(tier, lang), tier_tone(tier)).into(),
            score.into(),
            interval_cell(ts.interval, ts.n, ts.sd, None, incomplete, lang),
            if ts.n == 0 && ts.score.is_some() {
                Inline::toned("—", Tone::Dim).into()
            } else {
                ts.n.to_string().into()
            },
            Inline::toned(
                achieved_word(ts.achieved, lang),
                if ts.achieved { Tone::Good } else { Tone::Plain },
            )
            .into(),
        ]);
    }
    doc.push(Block::Table(t));
}

/// "Experiences": one row per experience under its tier — a bar (terminal), the score, its 95%
/// interval, n, pass, importance and SD — and in HTML a bar chart with the pass mark.
pub fn experiences(doc: &mut Document, inst: &Instrument, s: &PyramidScore, lang: Lang) {
    doc.section(tr!(lang, "pyramid-experiences"));
    let pass = s.pass_mark;
    let pass_label = tr!(lang, "pyramid-pass-mark", pass = fmt1(Some(pass)));
    let mut bars = Vec::new();
    for tier in TIERS {
        for (k, e) in s.experiences.iter().filter(|e| e.tier == tier).enumerate() {
            bars.push(Bar {
                label: inst.group_name(&e.id, lang),
                value: e.score,
                tone: if e.passed { tier_tone(tier) } else { Tone::Bad },
                // The score alone: the colour says pass or fail, the table below has n.
                note: fmt1(e.score),
                group: (k == 0).then(|| tier_name(tier, lang).to_string()),
            });
        }
    }
    doc.only(
        Formats::HTML,
        vec![Block::Chart(Box::new(Chart {
            title: tr!(lang, "pyramid-chart-title"),
            desc: tr!(lang, "pyramid-chart-desc"),
            caption: tr!(lang, "pyramid-chart-caption"),
            kind: ChartKind::Bars {
                bars,
                scale: BarScale {
                    min: 0.0,
                    max: 100.0,
                    mark: Some((pass, pass_label)),
                },
            },
        }))],
    );
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "pyramid-experience")),
        Column::text("").only(Formats::TEXT).optional(),
        Column::number(tr!(lang, "pyramid-score")),
        wrapping_number(tr!(lang, "pyramid-interval")),
        Column::number("n"),
        Column::mark(tr!(lang, "pyramid-pass")),
        Column::number(tr!(lang, "pyramid-importance")).optional(),
        Column::number(tr!(lang, "pyramid-sd")).optional(),
    ]);
    let mut any_spans = false;
    for tier in TIERS {
        let members: Vec<_> = s.experiences.iter().filter(|e| e.tier == tier).collect();
        if members.is_empty() {
            continue;
        }
        t.group(Inline::toned(tier_name(tier, lang), tier_tone(tier)));
        for e in members {
            any_spans |= spans(e.interval, pass);
            let mark = match e.passed_mark() {
                Some(true) => Inline::toned("✓", Tone::Good),
                Some(false) => Inline::toned("✗", Tone::Bad),
                None => Inline::toned("—", Tone::Dim),
            };
            t.row(vec![
                inst.group_name(&e.id, lang).into(),
                Cell::Bar(BarCell {
                    value: e.score,
                    max: 100.0,
                    mark: Some(pass),
                    tone: tier_tone(tier),
                }),
                fmt1(e.score).into(),
                interval_cell(e.interval, e.n, e.sd, Some(pass), false, lang),
                e.n.to_string().into(),
                mark.into(),
                e.importance
                    .map_or_else(|| "—".to_string(), |i| format!("{i:.1}"))
                    .into(),
                e.sd.map_or_else(|| "—".to_string(), |v| format!("{v:.1}"))
                    .into(),
            ]);
        }
    }
    doc.push(Block::Table(t));
    if any_spans {
        doc.paragraph(Inline::toned(tr!(lang, "pyramid-spans-note"), Tone::Dim));
    }
}

/// One role's score of experience `id`.
fn role_score(rs: &PyramidScore, id: &str) -> Option<f64> {
    rs.experiences.iter().find(|x| x.id == id)?.score
}

/// The perception gap of `other` against the customer view (customer − other), as a cell:
/// marked ▼ where customers experience at least 10 points less.
fn gap_cell(customer: &PyramidScore, other: &PyramidScore, id: &str) -> Cell {
    let g = role_score(customer, id)
        .zip(role_score(other, id))
        .map(|(c, o)| c - o);
    if g.is_some_and(|g| g <= MARKED_GAP) {
        Inline::toned(format!("{}▼", fmt_signed(g)), Tone::Bad).into()
    } else {
        fmt_signed(g).into()
    }
}

/// A table of the roles' scores per experience, the level each reaches, and — with `gaps` —
/// the perception gap of each other role against the customer's view.
fn role_table(
    inst: &Instrument,
    s: &PyramidScore,
    roles: &[(String, &PyramidScore)],
    gaps: bool,
    lang: Lang,
) -> Table {
    let customer = roles.iter().find(|(r, _)| r == "customer").map(|(_, s)| *s);
    let others: Vec<&(String, &PyramidScore)> =
        roles.iter().filter(|(r, _)| r != "customer").collect();
    let mut columns = vec![Column::label(tr!(lang, "pyramid-experience"))];
    columns.extend(
        roles
            .iter()
            .map(|(r, _)| Column::number(role_name(r, lang))),
    );
    if gaps && customer.is_some() {
        columns.extend(
            others.iter().map(|(r, _)| {
                Column::number(tr!(lang, "pyramid-gap-vs", role = role_name(r, lang)))
            }),
        );
    }
    let mut t = Table::new(columns);
    for e in &s.experiences {
        let mut row: Vec<Cell> = vec![inst.group_name(&e.id, lang).into()];
        row.extend(
            roles
                .iter()
                .map(|(_, rs)| fmt1(role_score(rs, &e.id)).into()),
        );
        if let (true, Some(c)) = (gaps, customer) {
            row.extend(others.iter().map(|(_, rs)| gap_cell(c, rs, &e.id)));
        }
        t.row(row);
    }
    let mut levels: Vec<Cell> = vec![tr!(lang, "pyramid-level-row").into()];
    levels.extend(
        roles.iter().map(|(_, rs)| {
            Inline::toned(level_name(rs.level.as_deref(), lang), Tone::Strong).into()
        }),
    );
    t.row(levels);
    t
}

/// The perception gaps alone: each other role's column against the customer view.
fn gap_table(
    inst: &Instrument,
    s: &PyramidScore,
    customer: &PyramidScore,
    others: &[&(String, &PyramidScore)],
    lang: Lang,
) -> Table {
    let mut columns = vec![Column::label(tr!(lang, "pyramid-experience"))];
    columns.extend(
        others
            .iter()
            .map(|(r, _)| Column::number(role_name(r, lang))),
    );
    let mut t = Table::new(columns);
    for e in &s.experiences {
        let mut row: Vec<Cell> = vec![inst.group_name(&e.id, lang).into()];
        row.extend(others.iter().map(|(_, rs)| gap_cell(customer, rs, &e.id)));
        t.row(row);
    }
    t
}

/// "Viewpoints side by side": each role's score per experience with the perception gap against
/// the customer view, the level each role reaches; in HTML one pyramid per role and a chart.
/// With more than one role beside the customer, the terminal shows the gaps in a table of their
/// own (the combined table would not fit a narrow terminal).
pub fn viewpoints(
    doc: &mut Document,
    inst: &Instrument,
    s: &PyramidScore,
    roles: &[(String, &PyramidScore)],
    lang: Lang,
) {
    doc.section(tr!(lang, "pyramid-viewpoints"));
    let customer = roles.iter().find(|(r, _)| r == "customer").map(|(_, s)| *s);
    let others: Vec<&(String, &PyramidScore)> =
        roles.iter().filter(|(r, _)| r != "customer").collect();
    if customer.is_some() && others.len() > 1 {
        doc.only(
            Formats::WRITTEN,
            vec![Block::Table(role_table(inst, s, roles, true, lang))],
        );
        let mut text = vec![Block::Table(role_table(inst, s, roles, false, lang))];
        if let Some(c) = customer {
            text.push(Block::Paragraph(tr!(lang, "pyramid-gaps-intro").into()));
            text.push(Block::Table(gap_table(inst, s, c, &others, lang)));
        }
        doc.only(Formats::TEXT, text);
    } else {
        doc.push(Block::Table(role_table(inst, s, roles, true, lang)));
    }
    if customer.is_some() && !others.is_empty() {
        doc.paragraph(Inline::toned(tr!(lang, "pyramid-gap-note"), Tone::Dim));
    }
    let drawn = Pyramid::roles(inst, roles, lang);
    let desc = format!(
        "{} {}",
        tr!(lang, "pyramid-roles-drawing-desc"),
        drawn.desc()
    );
    let series: Vec<Series> = roles
        .iter()
        .enumerate()
        .map(|(i, (r, rs))| Series {
            name: role_name(r, lang),
            tone: Tone::Series((i % 6) as u8),
            values: s
                .experiences
                .iter()
                .map(|e| role_score(rs, &e.id))
                .collect(),
        })
        .collect();
    doc.only(
        Formats::HTML,
        vec![
            Block::Drawing {
                drawing: Arc::new(drawn),
                title: tr!(lang, "pyramid-roles-drawing-title"),
                desc,
                caption: tr!(lang, "pyramid-roles-drawing-caption"),
            },
            Block::Chart(Box::new(Chart {
                title: tr!(lang, "pyramid-roles-chart-title"),
                desc: tr!(lang, "pyramid-roles-chart-desc"),
                caption: tr!(lang, "pyramid-roles-chart-caption"),
                kind: ChartKind::GroupedBars {
                    categories: s
                        .experiences
                        .iter()
                        .map(|e| inst.group_name(&e.id, lang))
                        .collect(),
                    series,
                    range: (0.0, 100.0),
                },
            })),
        ],
    );
}
