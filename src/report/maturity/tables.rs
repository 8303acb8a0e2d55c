//! The maturity report's tables and charts: the profile (radar and intervals, HTML), a row per
//! dimension, the spread between respondents, and the roles side by side.

use super::{MIN_INTERVAL_N, WIDE_RANGE, blocking_phrase, dim_score, level_label, level_name};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::chart::{Chart, ChartKind, Estimate, Series};
use crate::report::doc::{Align, BarCell, Block, Cell, Column, Formats, Inline, Row, Table, Tone};
use crate::report::parts::{self, role_name};
use crate::report::text::{fmt_signed, fmt1};
use crate::score::maturity::{DimensionScore, MaturityScore, TOP_LEVEL};
use crate::tr;

/// The profile, for HTML: the radar of every dimension (each role's shape beside the overall one)
/// and each dimension's score with its 95% interval.
pub(super) fn profile(
    inst: &Instrument,
    s: &MaturityScore,
    roles: &[(String, &MaturityScore)],
    lang: Lang,
) -> Vec<Block> {
    if s.dimensions.iter().all(|d| d.score.is_none()) {
        return Vec::new();
    }
    let axes: Vec<String> = s
        .dimensions
        .iter()
        .map(|d| inst.group_name(&d.id, lang))
        .collect();
    let mut series = vec![Series {
        name: tr!(lang, "maturity-all-respondents"),
        tone: Tone::Series(0),
        values: s.dimensions.iter().map(|d| d.score).collect(),
    }];
    for (k, (role, rs)) in roles.iter().enumerate() {
        series.push(Series {
            name: role_name(role, lang),
            tone: Tone::Series(u8::try_from(k % 5 + 1).unwrap_or(1)),
            values: s.dimensions.iter().map(|d| dim_score(rs, &d.id)).collect(),
        });
    }
    let stage = super::stage_label(inst, s, lang);
    let radar = Chart {
        title: tr!(lang, "maturity-radar"),
        desc: tr!(lang, "maturity-radar-desc"),
        caption: tr!(lang, "maturity-radar-caption", stage = stage),
        kind: ChartKind::Radar {
            axes: axes.clone(),
            series,
            range: (0.0, f64::from(TOP_LEVEL)),
            rings: (1..=TOP_LEVEL).map(f64::from).collect(),
        },
    };
    let rows = s
        .dimensions
        .iter()
        .zip(axes)
        .map(|(d, label)| Estimate {
            label,
            value: d.score,
            interval: d.interval.map(|i| (i.low, i.high)),
            tone: if s.blocking.iter().any(|b| b.id == d.id) {
                Tone::Warn
            } else {
                Tone::Series(0)
            },
        })
        .collect();
    let intervals = Chart {
        title: tr!(lang, "maturity-intervals"),
        desc: tr!(lang, "maturity-intervals-desc"),
        caption: tr!(lang, "maturity-intervals-caption"),
        kind: ChartKind::Intervals {
            rows,
            range: (1.0, f64::from(TOP_LEVEL)),
        },
    };
    vec![
        Block::Heading {
            level: 2,
            text: tr!(lang, "maturity-profile"),
            id: None,
        },
        Block::Chart(Box::new(radar)),
        Block::Chart(Box::new(intervals)),
    ]
}

/// A dimension's 95% interval, or why it has none: too few respondents, or scores all alike.
fn interval_cell(d: &DimensionScore, lang: Lang) -> Inline {
    match d.interval {
        // No score, no interval to speak of.
        _ if d.n == 0 => Inline::plain("n/a"),
        Some(_) => Inline::plain(parts::interval(d.interval, 1, lang)),
        None if d.n < MIN_INTERVAL_N => Inline::toned(
            tr!(
                lang,
                "maturity-interval-too-few",
                min = MIN_INTERVAL_N.to_string()
            ),
            Tone::Dim,
        ),
        None => Inline::toned(tr!(lang, "maturity-interval-no-spread"), Tone::Dim),
    }
}

/// A right-aligned column that may wrap (an interval, or the words said instead of one).
fn wrapping_number(head: String) -> Column {
    Column {
        align: Align::Right,
        ..Column::text(head)
    }
}

/// A row per dimension: bar (terminal and HTML), score, 95% interval, n, level, what it maps to
/// (written formats), and how far it is below the next stage.
pub(super) fn dimensions(
    inst: &Instrument,
    s: &MaturityScore,
    targets: &std::collections::BTreeMap<String, f64>,
    lang: Lang,
) -> Table {
    let mut t = Table::new(vec![
        Column::text(tr!(lang, "maturity-col-dimension")),
        Column::text("").only(Formats::DRAWN).optional(),
        Column::number(tr!(lang, "maturity-col-score")),
        wrapping_number(tr!(lang, "maturity-col-interval")),
        Column::number("n"),
        Column::label(tr!(lang, "maturity-col-level")).optional(),
        Column::text(tr!(lang, "maturity-col-maps-to"))
            .only(Formats::WRITTEN)
            .optional(),
        Column::text(tr!(lang, "maturity-col-next")),
    ]);
    if !targets.is_empty() {
        t.columns
            .push(Column::number(tr!(lang, "maturity-col-target")));
        t.columns
            .push(Column::number(tr!(lang, "maturity-col-to-target")));
    }
    for d in &s.dimensions {
        let blocking = s.blocking.iter().find(|b| b.id == d.id);
        let next = blocking.map_or_else(Inline::default, |b| {
            Inline::toned(
                format!("◀ {}", blocking_phrase(b, s.next_stage, lang)),
                Tone::Warn,
            )
        });
        t.row(vec![
            inst.group_name(&d.id, lang).into(),
            Cell::Bar(BarCell {
                value: d.score.map(|v| v - 1.0),
                max: f64::from(TOP_LEVEL - 1),
                mark: s.next_stage.map(|l| f64::from(l) - 1.0),
                tone: if blocking.is_some() {
                    Tone::Warn
                } else {
                    Tone::Good
                },
            }),
            fmt1(d.score).into(),
            interval_cell(d, lang).into(),
            d.n.to_string().into(),
            d.level
                .map(|l| level_name(inst, l, lang))
                .unwrap_or_default()
                .into(),
            d.maps_to.clone().unwrap_or_default().into(),
            next.into(),
        ]);
        if !targets.is_empty() {
            let target = targets.get(&d.id).copied();
            let to_go = super::to_target(d.score, target);
            if let Some(Row::Cells(cells)) = t.rows.last_mut() {
                cells.push(target.map(|v| format!("{v}")).unwrap_or_default().into());
                cells.push(match to_go {
                    Some(g) if g > 0.0 => Inline::toned(format!("{g:.1}"), Tone::Warn).into(),
                    Some(_) => {
                        Inline::toned(tr!(lang, "maturity-target-reached"), Tone::Good).into()
                    }
                    None => Inline::default().into(),
                });
            }
        }
    }
    t
}

/// Lowest–highest respondent score, sample SD and n per dimension; a wide range is flagged.
pub(super) fn spread(inst: &Instrument, s: &MaturityScore, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::text(tr!(lang, "maturity-col-dimension")),
        Column::number(tr!(lang, "maturity-col-range")),
        Column::number("sd"),
        Column::number("n"),
        Column::text(""),
    ]);
    for d in &s.dimensions {
        let range = match (d.min, d.max) {
            (Some(lo), Some(hi)) => format!("{}–{}", fmt1(Some(lo)), fmt1(Some(hi))),
            _ => "n/a".into(),
        };
        let wide = match (d.min, d.max) {
            (Some(lo), Some(hi)) if hi - lo >= WIDE_RANGE - 1e-9 => {
                Inline::toned(tr!(lang, "maturity-views-differ"), Tone::Warn)
            }
            _ => Inline::default(),
        };
        t.row(vec![
            inst.group_name(&d.id, lang).into(),
            range.into(),
            fmt1(d.sd).into(),
            d.n.to_string().into(),
            wide.into(),
        ]);
    }
    t
}

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

/// A role's figure, with "(provisional)" beside it when the role left a dimension unanswered.
fn provisional(value: String, rs: &MaturityScore, lang: Lang) -> Inline {
    if rs.provisional && value != "n/a" {
        Inline::toned(
            tr!(lang, "maturity-provisional-figure", value = value),
            Tone::Warn,
        )
    } else {
        Inline::plain(value)
    }
}

/// Each role's dimension scores, index and stage, and the difference between roles.
pub(super) fn roles(
    inst: &Instrument,
    s: &MaturityScore,
    roles: &[(String, &MaturityScore)],
    lang: Lang,
) -> Table {
    let difference = match roles {
        [(a, _), (b, _)] => tr!(
            lang,
            "maturity-difference-pair",
            a = role_name(a, lang),
            b = role_name(b, lang)
        ),
        _ => tr!(lang, "maturity-difference"),
    };
    let mut columns = vec![Column::text(tr!(lang, "maturity-col-dimension"))];
    columns.extend(
        roles
            .iter()
            .map(|(r, _)| wrapping_number(role_name(r, lang))),
    );
    columns.push(Column::number(difference));
    let mut t = Table::new(columns);
    for d in &s.dimensions {
        let values: Vec<Option<f64>> = roles.iter().map(|(_, rs)| dim_score(rs, &d.id)).collect();
        let mut row: Vec<Cell> = vec![inst.group_name(&d.id, lang).into()];
        row.extend(values.iter().map(|v| Cell::from(fmt1(*v))));
        row.push(role_difference(&values).into());
        t.row(row);
    }
    let mut index: Vec<Cell> = vec![tr!(lang, "maturity-row-index").into()];
    let mut stage: Vec<Cell> = vec![tr!(lang, "maturity-row-stage").into()];
    let indices: Vec<Option<f64>> = roles
        .iter()
        .map(|(_, rs)| rs.index.or(rs.assessed_index))
        .collect();
    for (_, rs) in roles {
        index.push(provisional(fmt1(rs.index.or(rs.assessed_index)), rs, lang).into());
        let st = rs
            .stage
            .or(rs.provisional_stage)
            .map_or_else(|| "n/a".to_string(), |l| level_label(inst, l, lang));
        stage.push(provisional(st, rs, lang).into());
    }
    // A difference with a provisional index is provisional too.
    let difference = role_difference(&indices);
    if roles.iter().any(|(_, rs)| rs.provisional) && difference != "n/a" {
        index.push(
            Inline::toned(
                tr!(lang, "maturity-provisional-figure", value = difference),
                Tone::Warn,
            )
            .into(),
        );
    } else {
        index.push(difference.into());
    }
    // Stages are named levels: no difference of them (the footnote says so).
    stage.push(Cell::from("—"));
    t.row(index);
    t.row(stage);
    t
}
