//! The gaps tables: the drivers grouped by gap with roles side by side (shared with the five-gap
//! report), the direct items per dimension, and the estimates of customers' expectations.

use super::{construct_name, construct_note, dimension_name, driver_tone, gap_title};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::doc::{BarCell, Cell, Column, Formats, Inline, Table, Tone};
use crate::report::parts::role_name;
use crate::report::servqual::{fmt_alpha, fmt2, fmt2s};
use crate::score::gaps::{ConstructScore, DirectScore, GapsScore};
use crate::tr;

/// The drivers grouped by gap — each group headed by the gap's score and how many of its drivers
/// entered it — with a bar in the terminal, score, n, α, and one column per role.
/// `gaps` holds (gap, score, drivers that entered it, drivers it has).
pub fn drivers_table(
    inst: &Instrument,
    constructs: &[ConstructScore],
    gaps: &[(u8, Option<f64>, usize, usize)],
    roles: &[(String, &GapsScore)],
    lang: Lang,
) -> Table {
    let mut cols = vec![
        Column::text(tr!(lang, "gaps-col-driver")),
        Column::text("").only(Formats::TEXT),
        Column::number(tr!(lang, "gaps-col-score")),
        Column::number("n"),
        Column::number("α"),
    ];
    cols.extend(
        roles
            .iter()
            .map(|(r, _)| Column::number(role_name(r, lang))),
    );
    let mut t = Table::new(cols);
    for &(gap, score, k, of) in gaps {
        t.group(
            Inline::plain(format!("{} · ", gap_title(gap, lang)))
                .then(fmt2(score), driver_tone(score))
                .then(
                    format!(
                        " · {}",
                        tr!(
                            lang,
                            "gaps-drivers-of",
                            k = k.to_string(),
                            of = of.to_string()
                        )
                    ),
                    Tone::Dim,
                ),
        );
        for c in constructs.iter().filter(|c| c.gap == gap) {
            let name = construct_name(inst, &c.id, lang);
            let note = construct_note(inst, &c.id, lang);
            let label = if note.is_empty() {
                Inline::plain(name)
            } else {
                Inline::plain(tr!(lang, "gaps-with-note", name = name, note = ""))
                    .then(note, Tone::Dim)
            };
            let mut r: Vec<Cell> = vec![
                label.into(),
                Cell::Bar(BarCell {
                    value: c.score.map(|v| v - 1.0),
                    max: 6.0,
                    mark: Some(super::WEAK_DRIVER - 1.0),
                    tone: driver_tone(c.score),
                }),
                Inline::toned(fmt2(c.score), driver_tone(c.score)).into(),
                c.n.to_string().into(),
                fmt_alpha(&c.alpha, lang).into(),
            ];
            r.extend(
                roles
                    .iter()
                    .map(|(_, rs)| fmt2(rs.construct(&c.id).and_then(|x| x.score)).into()),
            );
            t.row(r);
        }
    }
    t
}

fn direct_cell(x: &DirectScore, lang: Lang) -> Cell {
    if x.n == 0 {
        "n/a".into()
    } else {
        tr!(
            lang,
            "gaps-direct-cell",
            score = fmt2(x.score),
            n = x.n.to_string()
        )
        .into()
    }
}

/// The direct gap 2–4 items per dimension.
pub(super) fn direct(inst: &Instrument, s: &GapsScore, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "gaps-col-dimension")),
        Column::number(tr!(lang, "gaps-col-standards")),
        Column::number(tr!(lang, "gaps-col-delivery")),
        Column::number(tr!(lang, "gaps-col-promises")),
    ]);
    for d in &s.direct {
        t.row(vec![
            dimension_name(inst, &d.id, lang).into(),
            direct_cell(&d.gap2, lang),
            direct_cell(&d.gap3, lang),
            direct_cell(&d.gap4, lang),
        ]);
    }
    t
}

/// Managers' and staff's estimates of customers' expectations per dimension, and gap 7.
pub(super) fn estimates(inst: &Instrument, s: &GapsScore, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "gaps-col-dimension")),
        Column::number(tr!(lang, "gaps-col-managers")),
        Column::number(tr!(lang, "gaps-col-staff")),
        Column::number(tr!(lang, "gaps-col-gap7")),
        Column::number(tr!(lang, "gaps-col-gap7-abs")),
    ]);
    for d in &s.estimate_dimensions {
        t.row(vec![
            dimension_name(inst, &d.id, lang).into(),
            fmt2(d.managers).into(),
            fmt2(d.staff).into(),
            fmt2s(d.gap7).into(),
            fmt2(d.gap7_mae).into(),
        ]);
    }
    t
}
