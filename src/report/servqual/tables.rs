//! The SERVQUAL tables: the expectation and perception bars of the terminal, the dimensions with
//! their intervals and tests, the reliability of the scales with its warnings, the item
//! diagnostics, roles side by side, and the items ranked.

use super::{
    ALPHA_OK, fmt_alpha, fmt2, fmt2s, gap_tone, headline_text, interval_text, item_text,
    position_name, scale_of,
};
use crate::instrument::{Instrument, ServqualVariant};
use crate::lang::Lang;
use crate::report::doc::{BarCell, Block, Cell, Column, Document, Formats, Inline, Table, Tone};
use crate::score::servqual::{Alpha, DimensionScore, MIN_DIAGNOSTIC_CASES, ServqualScore, TTest};
use crate::score::stats::{MIN_ALPHA_CASES, MIN_T_N};
use crate::tr;

/// A signed gap cell in its tone.
fn gap_cell(v: Option<f64>) -> Cell {
    Inline::toned(fmt2s(v), gap_tone(v)).into()
}

/// A paired t test for display: the statistic, df and exact p where the test can be made, "too
/// few answers to test" below its minimum n, `n/a` when t is undefined.
pub(super) fn test_cell(t: Option<&TTest>, lang: Lang) -> Cell {
    let Some(t) = t else {
        return "n/a".into();
    };
    let Some(p) = t.p.filter(|_| t.testable) else {
        return Inline::toned(
            tr!(
                lang,
                "servqual-too-few-to-test",
                min = t.min_n.max(MIN_T_N).to_string()
            ),
            Tone::Dim,
        )
        .into();
    };
    let (stat, df) = (fmt2(Some(t.t)), t.df.to_string());
    let text = if p < 0.001 {
        tr!(lang, "servqual-test-tiny-p", t = stat, df = df)
    } else {
        tr!(
            lang,
            "servqual-test",
            t = stat,
            df = df,
            p = format!("{p:.3}")
        )
    };
    if t.significant == Some(true) {
        Inline::plain(text).then(" *", Tone::Warn).into()
    } else {
        text.into()
    }
}

/// A column of intervals: right-aligned like figures, but an interval cut to the scale carries
/// words ("(cut to the scale)") that may wrap on a narrow terminal.
fn interval_column(head: String) -> Column {
    Column {
        wrap: true,
        ..Column::number(head)
    }
}

fn weight_cell(w: Option<f64>) -> Cell {
    w.map_or_else(|| "n/a".to_string(), |w| format!("{:.1}", w * 100.0))
        .into()
}

/// Expectation and perception bars per dimension for the terminal (the zone of tolerance has
/// its own drawing): two rows per dimension, E then P with the gap.
pub(super) fn bars(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Table {
    let (lo, hi) = scale_of(s);
    let servperf = s.variant == ServqualVariant::Servperf;
    let mut t = Table::new(vec![
        Column::label(""),
        Column::mark(""),
        Column::text(""),
        Column::number(""),
        Column::label(""),
    ]);
    let bar = |v: Option<f64>, tone: Tone| {
        Cell::Bar(BarCell {
            value: v.map(|v| v - lo),
            max: hi - lo,
            mark: None,
            tone,
        })
    };
    for d in &s.dimensions {
        let name = inst.group_name(&d.id, lang);
        if servperf {
            t.row(vec![
                name.into(),
                "P".into(),
                bar(d.perceived, Tone::Good),
                fmt2(d.perceived).into(),
                "".into(),
            ]);
            continue;
        }
        let tone = match gap_tone(d.gap) {
            Tone::Bad => Tone::Bad,
            _ => Tone::Good,
        };
        t.row(vec![
            name.into(),
            "E".into(),
            bar(d.expected, Tone::Series(0)),
            fmt2(d.expected).into(),
            "".into(),
        ]);
        t.row(vec![
            "".into(),
            "P".into(),
            bar(d.perceived, tone),
            fmt2(d.perceived).into(),
            Inline::plain(format!("{} ", tr!(lang, "servqual-col-gap")))
                .then(fmt2s(d.gap), gap_tone(d.gap))
                .into(),
        ]);
    }
    t
}

/// One row per dimension: the means, the headline gap with its 95% interval, n, the paired t
/// (only where it can be made) and the mean weight.
pub(super) fn dimensions(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Table {
    let col = |k: &str| tr!(lang, k);
    let mut cols = vec![Column::label(col("servqual-col-dimension"))];
    match s.variant {
        ServqualVariant::Servqual => cols.extend([
            Column::number("E"),
            Column::number("P"),
            Column::number(col("servqual-col-gap")),
            interval_column(col("servqual-col-interval")),
            Column::number("n"),
            Column::text(col("servqual-col-test")),
        ]),
        ServqualVariant::Servperf => cols.extend([
            Column::number("P"),
            interval_column(col("servqual-col-interval")),
            Column::number("n"),
            Column::number("sd").optional(),
        ]),
        ServqualVariant::Zone => cols.extend([
            Column::number("A").optional(),
            Column::number("D").optional(),
            Column::number("P"),
            Column::number("MSA"),
            Column::number("MSS"),
            interval_column(col("servqual-col-interval")),
            Column::number("n"),
            Column::label(col("servqual-col-zone")),
            Column::text(col("servqual-col-test-msa")).optional(),
            Column::text(col("servqual-col-test-mss")).optional(),
        ]),
    }
    // Optional columns leave a narrow terminal from the right: the weight stays longest.
    if s.has_weights {
        cols.push(Column::number(col("servqual-col-weight")).optional());
    }
    if s.variant == ServqualVariant::Servqual {
        cols.extend([
            interval_column(col("servqual-col-p-interval")).optional(),
            Column::number("sd").optional(),
        ]);
    }
    let mut t = Table::new(cols);
    for d in &s.dimensions {
        let mut r: Vec<Cell> = vec![inst.group_name(&d.id, lang).into()];
        match s.variant {
            ServqualVariant::Servqual => r.extend([
                fmt2(d.expected).into(),
                fmt2(d.perceived).into(),
                gap_cell(d.gap),
                interval_text(d.gap_interval, lang).into(),
                d.n.to_string().into(),
                test_cell(d.t.as_ref(), lang),
            ]),
            ServqualVariant::Servperf => r.extend([
                fmt2(d.perceived).into(),
                interval_text(d.perceived_interval, lang).into(),
                d.n.to_string().into(),
                fmt2(d.sd).into(),
            ]),
            ServqualVariant::Zone => r.extend([
                fmt2(d.adequate).into(),
                fmt2(d.expected).into(),
                fmt2(d.perceived).into(),
                gap_cell(d.msa),
                gap_cell(d.gap),
                interval_text(d.gap_interval, lang).into(),
                d.n.to_string().into(),
                position_name(d.zone, true, lang).into(),
                test_cell(d.t_msa.as_ref(), lang),
                test_cell(d.t.as_ref(), lang),
            ]),
        }
        if s.has_weights {
            r.push(weight_cell(d.weight));
        }
        if s.variant == ServqualVariant::Servqual {
            r.extend([
                interval_text(d.perceived_interval, lang).into(),
                fmt2(d.sd).into(),
            ]);
        }
        t.row(r);
    }
    t
}

/// One of a dimension's three scales.
#[derive(Debug, Clone, Copy)]
enum Scale {
    /// Expectations (zone: desired service).
    Expected,
    /// Perceptions.
    Perceived,
    /// Gaps (zone: MSS).
    Gap,
}

impl Scale {
    fn alpha(self, d: &DimensionScore) -> &Alpha {
        match self {
            Scale::Expected => &d.alpha_expected,
            Scale::Perceived => &d.alpha_perceived,
            Scale::Gap => &d.alpha_gap,
        }
    }

    /// What the scale measures, in words.
    fn what(self) -> &'static str {
        match self {
            Scale::Expected => "servqual-what-expectations",
            Scale::Perceived => "servqual-what-perceptions",
            Scale::Gap => "servqual-what-gaps",
        }
    }
}

/// The scales each form measures, with their column headings, in order.
fn scales(s: &ServqualScore) -> Vec<(&'static str, Scale)> {
    match s.variant {
        ServqualVariant::Servqual => vec![
            ("servqual-col-alpha-e", Scale::Expected),
            ("servqual-col-alpha-p", Scale::Perceived),
            ("servqual-col-alpha-gap", Scale::Gap),
        ],
        ServqualVariant::Servperf => vec![("servqual-col-alpha-p", Scale::Perceived)],
        ServqualVariant::Zone => vec![
            ("servqual-col-alpha-d", Scale::Expected),
            ("servqual-col-alpha-p", Scale::Perceived),
            ("servqual-col-alpha-mss", Scale::Gap),
        ],
    }
}

/// The headline scale's α of a dimension (the gap's; P's for SERVPERF).
pub(super) fn headline_alpha<'d>(s: &ServqualScore, d: &'d DimensionScore) -> &'d Alpha {
    if s.variant == ServqualVariant::Servperf {
        &d.alpha_perceived
    } else {
        &d.alpha_gap
    }
}

/// Cronbach's α per dimension and scale, with the complete cases it rests on.
pub(super) fn reliability(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Table {
    let scales = scales(s);
    let mut cols = vec![Column::label(tr!(lang, "servqual-col-dimension"))];
    cols.extend(scales.iter().map(|(k, _)| Column::number(tr!(lang, k))));
    cols.push(Column::number(tr!(lang, "servqual-col-cases")));
    let mut t = Table::new(cols);
    for d in &s.dimensions {
        let mut r: Vec<Cell> = vec![inst.group_name(&d.id, lang).into()];
        for (_, scale) in &scales {
            let a = scale.alpha(d);
            let text = fmt_alpha(a, lang);
            r.push(match a.alpha {
                Some(x) if x < 0.0 => Inline::toned(text, Tone::Bad).into(),
                Some(x) if x < ALPHA_OK => Inline::toned(text, Tone::Warn).into(),
                Some(_) => text.into(),
                None => Inline::toned(text, Tone::Dim).into(),
            });
        }
        r.push(headline_alpha(s, d).cases.to_string().into());
        t.row(r);
    }
    t
}

/// Warnings on the scales: a negative α, an α not shown for too few complete cases, an α
/// undefined because the answers do not vary.
pub(super) fn alpha_warnings(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Vec<Inline> {
    let mut out = Vec::new();
    for d in &s.dimensions {
        let name = inst.group_name(&d.id, lang);
        for (_, scale) in scales(s) {
            let a = scale.alpha(d);
            if let Some(x) = a.alpha.filter(|x| *x < 0.0) {
                out.push(Inline::plain(tr!(
                    lang,
                    "servqual-alpha-negative",
                    name = name.clone(),
                    what = tr!(lang, scale.what()),
                    alpha = format!("{x:.2}"),
                    n = a.cases.to_string()
                )));
            }
        }
        let a = headline_alpha(s, d);
        if a.alpha.is_none() && d.items > 1 && d.n > 0 {
            out.push(Inline::plain(if a.cases < MIN_ALPHA_CASES {
                tr!(
                    lang,
                    "servqual-alpha-too-few-cases",
                    name = name.clone(),
                    cases = a.cases,
                    min = MIN_ALPHA_CASES.to_string()
                )
            } else {
                tr!(lang, "servqual-alpha-no-variance", name = name.clone())
            }));
        }
    }
    out
}

/// "Which item breaks a scale": per dimension with enough complete cases, each item's corrected
/// item–total correlation and α if deleted, read for the consultant; below that n, what is
/// missing.
pub(super) fn diagnostics(doc: &mut Document, inst: &Instrument, s: &ServqualScore, lang: Lang) {
    let min = MIN_DIAGNOSTIC_CASES.to_string();
    doc.heading(3, tr!(lang, "servqual-diagnostics"));
    let with: Vec<&DimensionScore> = s
        .dimensions
        .iter()
        .filter(|d| d.diagnostics.is_some())
        .collect();
    if with.is_empty() {
        let cases = s
            .dimensions
            .iter()
            .map(|d| headline_alpha(s, d).cases)
            .max()
            .unwrap_or(0);
        doc.paragraph(Inline::toned(
            tr!(
                lang,
                "servqual-diagnostics-none",
                min = min,
                cases = cases.to_string()
            ),
            Tone::Dim,
        ));
        return;
    }
    let scale = tr!(
        lang,
        if s.variant == ServqualVariant::Servperf {
            "servqual-what-perceptions"
        } else {
            "servqual-what-gaps"
        }
    );
    doc.paragraph(tr!(
        lang,
        "servqual-diagnostics-intro",
        min = min,
        scale = scale
    ));
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "servqual-col-item")),
        Column::number(tr!(lang, "servqual-col-item-total")),
        Column::number(tr!(lang, "servqual-col-alpha-deleted")),
        Column::text(tr!(lang, "servqual-col-reading")),
        Column::text(tr!(lang, "servqual-col-statement"))
            .optional()
            .only(Formats::WRITTEN),
    ]);
    for d in with {
        let a = headline_alpha(s, d);
        t.group(tr!(
            lang,
            "servqual-diagnostic-group",
            name = inst.group_name(&d.id, lang),
            alpha = fmt_alpha(a, lang),
            cases = a.cases.to_string()
        ));
        for item in d.diagnostics.iter().flatten() {
            let raises = matches!(
                (item.fit.alpha_if_deleted, a.alpha),
                (Some(del), Some(all)) if del > all
            );
            let weak = item.fit.item_total.is_some_and(|r| r < 0.30);
            let reading = match (raises, weak) {
                (true, _) => Inline::toned(tr!(lang, "servqual-fit-raises"), Tone::Bad),
                (false, true) => Inline::toned(tr!(lang, "servqual-fit-weak"), Tone::Warn),
                _ => Inline::toned(tr!(lang, "servqual-fit-ok"), Tone::Dim),
            };
            t.row(vec![
                item.id.clone().into(),
                fmt2(item.fit.item_total).into(),
                fmt2(item.fit.alpha_if_deleted).into(),
                reading.into(),
                item_text(inst, &item.id, lang).into(),
            ]);
        }
    }
    doc.push(Block::Table(t));
}

/// Each role's headline figure per dimension, side by side.
pub(super) fn roles(
    inst: &Instrument,
    s: &ServqualScore,
    roles: &[(String, &ServqualScore)],
    lang: Lang,
) -> Table {
    let mut cols = vec![Column::label(tr!(lang, "servqual-col-dimension"))];
    cols.extend(roles.iter().map(|(r, rs)| {
        Column::number(tr!(
            lang,
            "servqual-role-head",
            role = crate::report::parts::role_name(r, lang),
            n = rs.respondents.to_string()
        ))
    }));
    let mut t = Table::new(cols);
    for d in &s.dimensions {
        let mut r: Vec<Cell> = vec![inst.group_name(&d.id, lang).into()];
        r.extend(roles.iter().map(|(_, rs)| {
            let v = rs.dimension(&d.id).and_then(|x| rs.headline(x));
            if rs.variant == ServqualVariant::Servperf {
                fmt2(v).into()
            } else {
                gap_cell(v)
            }
        }));
        t.row(r);
    }
    t
}

/// The items ranked, worst headline figure first, with their statements.
pub(super) fn items(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Table {
    let mut cols = vec![
        Column::number(tr!(lang, "servqual-col-rank")),
        Column::label(tr!(lang, "servqual-col-item")),
        Column::label(tr!(lang, "servqual-col-dimension")).only(Formats::WRITTEN),
    ];
    match s.variant {
        ServqualVariant::Servqual => cols.extend([
            Column::number("E"),
            Column::number("P"),
            Column::number(tr!(lang, "servqual-col-gap")),
        ]),
        ServqualVariant::Servperf => cols.push(Column::number("P")),
        ServqualVariant::Zone => cols.extend([
            Column::number("A"),
            Column::number("D"),
            Column::number("P"),
            Column::number("MSA"),
            Column::number("MSS"),
            Column::number("↓").optional(),
            Column::number("=").optional(),
            Column::number("↑").optional(),
        ]),
    }
    cols.push(Column::number("n"));
    // One line per item in the terminal (the statement is cut to fit); in full elsewhere.
    cols.push(Column::label(tr!(lang, "servqual-col-statement")));
    let mut t = Table::new(cols);
    for id in &s.ranked {
        let Some(i) = s.items.iter().find(|i| &i.id == id) else {
            continue;
        };
        let mut r: Vec<Cell> = vec![
            i.rank.to_string().into(),
            i.id.clone().into(),
            inst.group_name(&i.dimension, lang).into(),
        ];
        match s.variant {
            ServqualVariant::Servqual => r.extend([
                fmt2(i.expected).into(),
                fmt2(i.perceived).into(),
                gap_cell(i.gap),
            ]),
            ServqualVariant::Servperf => r.push(headline_text(s, i.perceived).into()),
            ServqualVariant::Zone => {
                let z = i.zone.unwrap_or_default();
                r.extend([
                    fmt2(i.adequate).into(),
                    fmt2(i.expected).into(),
                    fmt2(i.perceived).into(),
                    gap_cell(i.msa),
                    gap_cell(i.gap),
                    z.below.to_string().into(),
                    z.within.to_string().into(),
                    z.above.to_string().into(),
                ]);
            }
        }
        r.push(i.n.to_string().into());
        r.push(item_text(inst, &i.id, lang).into());
        t.row(r);
    }
    t
}
