//! The five-gap report's sections below the drawing: the gaps, the weakest drivers per gap, where
//! the customer gap is worst, the customers' chart, gap 1 per dimension, the drivers, and what to
//! do next.

use super::{FiveGapReport, gap_value, gap5_unit};
use crate::lang::Lang;
use crate::report::doc::{Block, Cell, Column, Document, Formats, Inline, Table};
use crate::report::gaps::{self, construct_name, dimension_name, gap_between, gap_title};
use crate::report::servqual::{self, SMALL_N, fmt2, fmt2s};
use crate::score::Scored;
use crate::score::fivegap::{FiveGapScore, Gap1Item, WORST_DIMENSIONS};
use crate::tr;

/// One row per gap: title, between, score, further figures (gaps 6 and 7 when staff estimated).
fn gaps_table(s: &FiveGapScore, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "fivegap-col-gap")),
        Column::text(tr!(lang, "fivegap-col-between")),
        Column::number(tr!(lang, "fivegap-col-score")),
        Column::text(tr!(lang, "fivegap-col-also")),
    ]);
    for g in &s.gaps {
        let also = match g.gap {
            1 => tr!(
                lang,
                "fivegap-also-1",
                delta = fmt2s(g.direct),
                mae = fmt2(g.mean_absolute_error)
            ),
            5 => tr!(
                lang,
                "fivegap-also-5",
                unit = gap5_unit(s.variant),
                weighted = fmt2s(g.weighted)
            ),
            _ => g.direct.map_or_else(String::new, |d| {
                tr!(lang, "fivegap-also-direct", score = fmt2(Some(d)))
            }),
        };
        t.row(vec![
            gap_title(g.gap, lang).into(),
            gap_between(g.gap, lang).into(),
            Inline::toned(gap_value(Some(g)), super::severity(g)).into(),
            also.into(),
        ]);
    }
    if s.staff > 0 {
        for (n, mae) in [(6, s.gap6_mae), (7, s.gap7_mae)] {
            t.row(vec![
                gap_title(n, lang).into(),
                gap_between(n, lang).into(),
                "".into(),
                tr!(lang, "fivegap-mae", mae = fmt2(mae)).into(),
            ]);
        }
    }
    t
}

/// "Gap 3 — Delivery gap: Role clarity 3.20 · Technology–job fit 3.80".
fn weakest_lines(fr: &FiveGapReport<'_>, lang: Lang) -> Vec<Inline> {
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
                    let score = fr
                        .score
                        .constructs
                        .iter()
                        .find(|c| &c.id == id)
                        .and_then(|c| c.score);
                    tr!(
                        lang,
                        "fivegap-driver",
                        name = construct_name(inst, id, lang),
                        score = fmt2(score)
                    )
                })
                .collect();
            let drivers = if drivers.is_empty() {
                tr!(lang, "fivegap-no-answers")
            } else {
                drivers.join(" · ")
            };
            tr!(
                lang,
                "fivegap-weakest-line",
                title = gap_title(g.gap, lang),
                drivers = drivers
            )
            .into()
        })
        .collect()
}

/// The dimensions where gap 5 is worst, described (the first [`WORST_DIMENSIONS`]), and the
/// others named.
fn worst(doc: &mut Document, fr: &FiveGapReport<'_>, lang: Lang) {
    let inst = fr.customer.instrument;
    let s = &fr.score;
    let dims: Vec<_> = s
        .worst_dimensions
        .iter()
        .filter_map(|id| s.dimensions.iter().find(|d| &d.id == id))
        .collect();
    if dims.is_empty() {
        doc.paragraph(tr!(lang, "fivegap-worst-none"));
        return;
    }
    let lines: Vec<Inline> = dims
        .iter()
        .take(WORST_DIMENSIONS)
        .map(|d| {
            let mut parts = vec![tr!(
                lang,
                "fivegap-worst-gap5",
                gap = fmt2s(d.gap5),
                e = fmt2(d.expected),
                p = fmt2(d.perceived),
                n = d.n.to_string()
            )];
            if d.gap1.is_some() {
                parts.push(tr!(lang, "fivegap-worst-gap1", delta = fmt2s(d.gap1)));
            }
            for (n, v) in [(2u8, d.gap2), (3, d.gap3), (4, d.gap4)] {
                if v.is_some() {
                    parts.push(tr!(
                        lang,
                        "fivegap-worst-direct",
                        n = n.to_string(),
                        what = tr!(lang, &format!("fivegap-what-{n}")),
                        score = fmt2(v)
                    ));
                }
            }
            tr!(
                lang,
                "fivegap-worst-line",
                name = inst.group_name(&d.id, lang),
                parts = parts.join(" · ")
            )
            .into()
        })
        .collect();
    doc.push(Block::Steps(lines));
    let more: Vec<String> = dims
        .iter()
        .skip(WORST_DIMENSIONS)
        .map(|d| format!("{} ({})", inst.group_name(&d.id, lang), fmt2s(d.gap5)))
        .collect();
    if !more.is_empty() {
        doc.paragraph(tr!(
            lang,
            "fivegap-worst-more",
            n = more.len(),
            names = more.join(&tr!(lang, "report-list-separator"))
        ));
    }
}

/// Gap 1 (and 6, 7) per dimension.
fn gap1_table(fr: &FiveGapReport<'_>, lang: Lang) -> Table {
    let staff = fr.score.staff > 0;
    let mut cols = vec![
        Column::label(tr!(lang, "fivegap-col-dimension")),
        Column::number(tr!(lang, "fivegap-col-customers")),
        Column::number(tr!(lang, "fivegap-col-managers")),
        Column::number(tr!(lang, "fivegap-col-gap1")),
        Column::number("|Δ|"),
    ];
    if staff {
        cols.extend([
            Column::number(tr!(lang, "fivegap-col-staff")).optional(),
            Column::number(tr!(lang, "fivegap-col-gap6")).optional(),
            Column::number(tr!(lang, "fivegap-col-gap7")).optional(),
        ]);
    }
    let mut t = Table::new(cols);
    for d in &fr.score.gap1_dimensions {
        let name = fr.customer.instrument.group(&d.id).map_or_else(
            || dimension_name(fr.provider.instrument, &d.id, lang),
            |g| g.name.get(lang).to_string(),
        );
        let mut r: Vec<Cell> = vec![
            name.into(),
            fmt2(d.customers).into(),
            fmt2(d.managers).into(),
            fmt2s(d.gap).into(),
            fmt2(d.mean_absolute_error).into(),
        ];
        if staff {
            r.extend([
                fmt2(d.staff).into(),
                fmt2s(d.gap6).into(),
                fmt2s(d.gap7).into(),
            ]);
        }
        t.row(r);
    }
    t
}

fn accuracy(s: &FiveGapScore, lang: Lang) -> String {
    if s.staff > 0 {
        tr!(
            lang,
            "fivegap-accuracy-staff",
            managers = fmt2(s.gap1_mae),
            staff = fmt2(s.gap6_mae)
        )
    } else {
        tr!(lang, "fivegap-accuracy", managers = fmt2(s.gap1_mae))
    }
}

/// The sections between the drawing and the notes.
pub(super) fn push(doc: &mut Document, fr: &FiveGapReport<'_>, lang: Lang) {
    let s = &fr.score;
    doc.section(tr!(lang, "fivegap-gaps"));
    doc.push(Block::Table(gaps_table(s, lang)));
    doc.section(tr!(lang, "fivegap-weakest"));
    doc.push(Block::Bullets(weakest_lines(fr, lang)));
    doc.section(tr!(lang, "fivegap-worst"));
    worst(doc, fr, lang);
    if let Scored::Servqual(c) = &fr.customer.scoring.overall {
        let mut chart = servqual::chart(fr.customer.instrument, c, lang);
        for b in &mut chart {
            if let Block::Only(_, inner) = b {
                for x in inner.iter_mut() {
                    if let Block::Chart(ch) = x {
                        ch.caption = tr!(lang, "fivegap-customers-caption");
                    }
                }
            }
        }
        // The terminal has E, P and the gap per dimension in the list above; HTML draws them.
        doc.only(
            Formats::HTML,
            chart
                .into_iter()
                .filter(|b| !matches!(b, Block::Only(f, _) if !f.html))
                .collect(),
        );
    }
    doc.section(tr!(lang, "fivegap-gap1"));
    doc.push(Block::Table(gap1_table(fr, lang)));
    doc.paragraph(accuracy(s, lang));
    doc.section(tr!(lang, "fivegap-drivers"));
    doc.push(gaps::drivers_chart(
        fr.provider.instrument,
        &s.constructs,
        lang,
    ));
    let roles = crate::report::parts::roles(&fr.provider, |x| match x {
        Scored::Gaps(g) => Some(g),
        _ => None,
    });
    let roles = if roles.len() > 1 { roles } else { Vec::new() };
    let provider_gaps: Vec<(u8, Option<f64>, usize, usize)> = match &fr.provider.scoring.overall {
        Scored::Gaps(g) => g
            .gaps
            .iter()
            .map(|x| (x.gap, x.score, x.constructs, x.of))
            .collect(),
        _ => Vec::new(),
    };
    doc.push(Block::Table(gaps::drivers_table(
        fr.provider.instrument,
        &s.constructs,
        &provider_gaps,
        &roles,
        lang,
    )));
}

/// "What to do next", in order.
pub(super) fn next_steps(fr: &FiveGapReport<'_>, lang: Lang) -> Vec<Inline> {
    let s = &fr.score;
    let inst = fr.provider.instrument;
    let mut out = Vec::new();
    if let Some(g) = s
        .gaps
        .iter()
        .filter(|g| g.gap <= 4 && g.score.is_some())
        .min_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)))
    {
        let drivers: Vec<String> = g
            .weakest
            .iter()
            .map(|id| construct_name(inst, id, lang))
            .collect();
        out.push(tr!(
            lang,
            "fivegap-step-weakest",
            n = g.gap.to_string(),
            name = gaps::gap_name(g.gap, lang).to_lowercase(),
            score = fmt2(g.score),
            drivers = drivers.join(&tr!(lang, "gaps-and"))
        ));
    }
    for (c, st) in gaps::weak_statements(&s.constructs) {
        out.push(gaps::statement_step(inst, c, st, lang));
    }
    let mut misreads: Vec<&Gap1Item> = s.gap1_items.iter().filter(|i| i.gap1.is_some()).collect();
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
            .map(|i| {
                tr!(
                    lang,
                    "fivegap-step-item",
                    id = i.id.clone(),
                    gap = fmt2s(i.gap1)
                )
            })
            .collect();
        out.push(tr!(
            lang,
            "fivegap-step-misjudge",
            items = items.join(&tr!(lang, "report-list-separator"))
        ));
    }
    if let Some(d) = s
        .worst_dimensions
        .first()
        .and_then(|id| s.dimensions.iter().find(|d| &d.id == id))
    {
        let name = fr.customer.instrument.group_name(&d.id, lang);
        let weakest = [(2u8, d.gap2), (3, d.gap3), (4, d.gap4)]
            .iter()
            .filter_map(|(n, v)| v.map(|v| (*n, v)))
            .min_by(|a, b| a.1.total_cmp(&b.1));
        out.push(if let Some((n, v)) = weakest {
            tr!(
                lang,
                "fivegap-step-worst-direct",
                name = name,
                gap = fmt2s(d.gap5),
                weakest = gaps::gap_name(n, lang).to_lowercase(),
                score = fmt2(Some(v))
            )
        } else {
            tr!(lang, "fivegap-step-worst", name = name, gap = fmt2s(d.gap5))
        });
    }
    if s.staff == 0 {
        out.push(tr!(lang, "fivegap-step-staff"));
    }
    if s.customers < SMALL_N {
        out.push(tr!(
            lang,
            "fivegap-step-small-n",
            customers = tr!(lang, "fivegap-customers", n = s.customers),
            min = SMALL_N.to_string()
        ));
    }
    out.push(tr!(lang, "fivegap-step-diagnostics"));
    out.into_iter().map(Inline::from).collect()
}
