//! The SERVQUAL report, one document for every format: the headline overall gap (unweighted and
//! weighted, with its interval), expectations against perceptions per dimension (bars in the
//! terminal, SVG in HTML; the zone of tolerance drawn for that form), the dimension table with n,
//! the gap's 95% interval and the paired t where it can be made, the reliability of the scales
//! and the item diagnostics that show which item breaks one, roles side by side, the items
//! ranked worst first, segments, notes, what to do next and the method. Also the number formats
//! and the expectation-vs-perception chart the five-gap report shares.

mod json;
mod next;
mod tables;
mod zone;

use std::fmt::Write as _;
use std::sync::Arc;

pub use json::json;

use super::Report;
use super::chart::{Chart, ChartKind, Series};
use super::doc::{Block, Document, Figure, Formats, Inline, Tone};
use super::parts;
use super::text::{pad, pad_left, width};
use crate::instrument::{Instrument, QuestionKind, ServqualVariant};
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::servqual::{Alpha, MIN_DIAGNOSTIC_CASES, ServqualScore, ZonePosition};
use crate::score::stats::{Interval, MIN_ALPHA_CASES, MIN_T_N};
use crate::tr;

/// Below this many respondents, the report calls its figures indicative.
pub const SMALL_N: usize = 30;

/// Cronbach's α usually called acceptable.
pub const ALPHA_OK: f64 = 0.70;

pub use super::text::{fmt2, fmt2s};

/// Cronbach's α for display: two decimals, `!` after a negative value (which keeps its sign even
/// when it rounds to `-0.00`), `n < 10` when too few complete cases to show it, `n/a` when
/// undefined.
pub fn fmt_alpha(a: &Alpha, lang: Lang) -> String {
    match a.alpha {
        Some(x) if x < 0.0 => format!("{x:.2}!"),
        Some(x) => fmt2(Some(x)),
        None if a.cases < MIN_ALPHA_CASES => tr!(
            lang,
            "servqual-alpha-too-few",
            min = MIN_ALPHA_CASES.to_string()
        ),
        None => "n/a".to_string(),
    }
}

/// The tone of a signed gap: bad below 0, good above.
pub fn gap_tone(v: Option<f64>) -> Tone {
    match v {
        Some(x) if x < -0.005 => Tone::Bad,
        Some(x) if x > 0.005 => Tone::Good,
        _ => Tone::Plain,
    }
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
pub fn variant_name(v: ServqualVariant, lang: Lang) -> String {
    tr!(
        lang,
        match v {
            ServqualVariant::Servqual => "servqual-variant-servqual",
            ServqualVariant::Servperf => "servqual-variant-servperf",
            ServqualVariant::Zone => "servqual-variant-zone",
        }
    )
}

/// Where perceived service falls against the zone, in words; `short` for table cells.
fn position_name(z: Option<ZonePosition>, short: bool, lang: Lang) -> String {
    let key = match (z, short) {
        (None, _) => return "n/a".to_string(),
        (Some(ZonePosition::Below), false) => "servqual-zone-below",
        (Some(ZonePosition::Within), false) => "servqual-zone-within",
        (Some(ZonePosition::Above), false) => "servqual-zone-above",
        (Some(ZonePosition::Below), true) => "servqual-zone-short-below",
        (Some(ZonePosition::Within), true) => "servqual-zone-short-within",
        (Some(ZonePosition::Above), true) => "servqual-zone-short-above",
    };
    tr!(lang, key)
}

fn scale_of(s: &ServqualScore) -> (f64, f64) {
    let (lo, hi) = s.scale.unwrap_or((1, 7));
    (f64::from(lo), f64::from(hi))
}

/// A headline figure as shown: a signed gap, or a plain perception score for SERVPERF.
fn headline_text(s: &ServqualScore, v: Option<f64>) -> String {
    if s.variant == ServqualVariant::Servperf {
        fmt2(v)
    } else {
        fmt2s(v)
    }
}

/// "−2.37 to −1.14" (marked when cut to the possible range), or "n/a".
fn interval_text(i: Option<Interval>, lang: Lang) -> String {
    parts::interval(i, 2, lang)
}

/// The methodology statements.
pub fn policies(_inst: &Instrument, s: &ServqualScore, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let total = s
        .weights_total
        .map_or_else(|| "100".to_string(), crate::response::number);
    let keys: &[&str] = match s.variant {
        ServqualVariant::Servqual => &[
            "servqual-method-gap",
            "servqual-method-respondent-first",
            "servqual-method-unweighted",
            "servqual-method-pairs",
        ],
        ServqualVariant::Servperf => &["servqual-method-servperf"],
        ServqualVariant::Zone => &["servqual-method-zone", "servqual-method-zone-position"],
    };
    out.extend(keys.iter().map(|k| tr!(lang, k)));
    if s.has_weights {
        out.push(tr!(lang, "servqual-method-weights", total = total.clone()));
        out.push(tr!(lang, "servqual-method-weighted"));
        if s.renormalised > 0 {
            out.push(tr!(
                lang,
                "servqual-method-renormalised",
                n = s.renormalised.to_string(),
                total = total.clone()
            ));
        }
        if s.weights_unusable > 0 {
            out.push(tr!(
                lang,
                "servqual-method-unusable",
                n = s.weights_unusable.to_string()
            ));
        }
        if s.weights_incomplete > 0 {
            out.push(tr!(
                lang,
                "servqual-method-incomplete",
                n = s.weights_incomplete
            ));
        }
    }
    out.push(tr!(
        lang,
        "servqual-method-alpha",
        min = MIN_ALPHA_CASES.to_string()
    ));
    if s.variant != ServqualVariant::Servperf {
        out.push(tr!(lang, "servqual-method-t", min = MIN_T_N.to_string()));
    }
    out.push(tr!(lang, "servqual-method-intervals"));
    out.push(tr!(
        lang,
        "servqual-method-diagnostics",
        min = MIN_DIAGNOSTIC_CASES.to_string()
    ));
    out.push(tr!(lang, "servqual-method-ranking"));
    out
}

/// The overall figures: unweighted, weighted (with its interval), the aggregate shortcut and,
/// for the zone, MSA.
fn figures(s: &ServqualScore, lang: Lang) -> Vec<Figure> {
    let k = s.unweighted_dimensions;
    let all = s.dimensions.len();
    let what = tr!(
        lang,
        match s.variant {
            ServqualVariant::Servqual => "servqual-what-gap",
            ServqualVariant::Servperf => "servqual-what-perception",
            ServqualVariant::Zone => "servqual-what-mss",
        }
    );
    let small =
        (s.respondents < SMALL_N).then(|| tr!(lang, "servqual-small-n", min = SMALL_N.to_string()));
    let value = |v: Option<f64>| {
        let tone = if s.variant == ServqualVariant::Servperf {
            Tone::Strong
        } else {
            gap_tone(v)
        };
        Inline::toned(headline_text(s, v), tone)
    };
    let mut details = Vec::new();
    if k < all {
        details.push(tr!(
            lang,
            "servqual-only-dimensions",
            k = k.to_string(),
            all = all.to_string()
        ));
    }
    details.push(tr!(lang, "servqual-no-interval-unweighted"));
    details.extend(small.clone());
    let mut out = vec![Figure {
        label: tr!(
            lang,
            "servqual-overall-unweighted",
            what = what.clone(),
            k = k.to_string()
        ),
        value: value(s.unweighted),
        details,
    }];
    if s.has_weights {
        let mut details = vec![
            match s.weighted_interval {
                Some(i) => tr!(
                    lang,
                    "servqual-interval",
                    interval = interval_text(Some(i), lang)
                ),
                None => tr!(lang, "servqual-no-interval"),
            },
            tr!(
                lang,
                "servqual-weighted-n",
                n = s.weighted_n.to_string(),
                of = s.respondents.to_string()
            ),
        ];
        details.extend(small);
        out.push(Figure {
            label: tr!(lang, "servqual-overall-weighted", what = what.clone()),
            value: value(s.weighted),
            details,
        });
        if s.aggregate_shortcut.is_some() {
            out.push(Figure {
                label: tr!(lang, "servqual-overall-shortcut"),
                value: Inline::plain(headline_text(s, s.aggregate_shortcut)),
                details: Vec::new(),
            });
        }
    }
    if s.variant == ServqualVariant::Zone {
        out.push(Figure {
            label: tr!(lang, "servqual-overall-msa"),
            value: Inline::toned(fmt2s(s.unweighted_msa), gap_tone(s.unweighted_msa)),
            details: Vec::new(),
        });
        if s.has_weights {
            out.push(Figure {
                label: tr!(lang, "servqual-overall-msa-weighted"),
                value: Inline::toned(fmt2s(s.weighted_msa), gap_tone(s.weighted_msa)),
                details: Vec::new(),
            });
        }
    }
    out
}

/// The picture of the dimensions: expectation and perception bars (SVG in HTML, bars in a table
/// in the terminal), or the zone of tolerance drawn.
pub fn chart(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Vec<Block> {
    let (lo, hi) = scale_of(s);
    let names: Vec<String> = s
        .dimensions
        .iter()
        .map(|d| inst.group_name(&d.id, lang))
        .collect();
    if s.variant == ServqualVariant::Zone {
        let desc: Vec<String> = s
            .dimensions
            .iter()
            .zip(&names)
            .map(|(d, name)| {
                tr!(
                    lang,
                    "servqual-zone-desc",
                    name = name.clone(),
                    a = fmt2(d.adequate),
                    d = fmt2(d.expected),
                    p = fmt2(d.perceived),
                    position = position_name(d.zone, false, lang)
                )
            })
            .collect();
        return vec![Block::Drawing {
            drawing: Arc::new(zone::ZoneDrawing::new(s, names, lang)),
            title: tr!(lang, "servqual-zone-title"),
            desc: desc.join("; "),
            caption: tr!(lang, "servqual-caption-zone"),
        }];
    }
    let servperf = s.variant == ServqualVariant::Servperf;
    let mut series = Vec::new();
    if !servperf {
        series.push(Series {
            name: tr!(lang, "servqual-series-e"),
            tone: Tone::Series(0),
            values: s.dimensions.iter().map(|d| d.expected).collect(),
        });
    }
    series.push(Series {
        name: tr!(lang, "servqual-series-p"),
        tone: Tone::Series(2),
        values: s.dimensions.iter().map(|d| d.perceived).collect(),
    });
    let desc: Vec<String> = s
        .dimensions
        .iter()
        .zip(&names)
        .map(|(d, name)| {
            if servperf {
                tr!(
                    lang,
                    "servqual-chart-desc-servperf",
                    name = name.clone(),
                    p = fmt2(d.perceived)
                )
            } else {
                tr!(
                    lang,
                    "servqual-chart-desc",
                    name = name.clone(),
                    e = fmt2(d.expected),
                    p = fmt2(d.perceived),
                    gap = fmt2s(d.gap)
                )
            }
        })
        .collect();
    let svg = Block::Chart(Box::new(Chart {
        title: tr!(
            lang,
            if servperf {
                "servqual-chart-title-servperf"
            } else {
                "servqual-chart-title"
            }
        ),
        desc: desc.join("; "),
        caption: tr!(
            lang,
            if servperf {
                "servqual-caption-servperf"
            } else {
                "servqual-caption-servqual"
            }
        ),
        kind: ChartKind::GroupedBars {
            categories: names,
            series,
            range: (lo, hi),
        },
    }));
    vec![
        Block::Only(Formats::HTML, vec![svg]),
        Block::Only(
            Formats::TEXT,
            vec![
                Block::Paragraph(Inline::toned(
                    tr!(
                        lang,
                        if servperf {
                            "servqual-bars-servperf"
                        } else {
                            "servqual-bars-servqual"
                        }
                    ),
                    Tone::Strong,
                )),
                Block::Table(tables::bars(inst, s, lang)),
            ],
        ),
    ]
}

/// The SERVQUAL report as a document.
pub fn document(report: &Report<'_>, s: &ServqualScore, lang: Lang) -> Document {
    let inst = report.instrument;
    let mut doc = parts::document(report, lang);
    let (lo, hi) = s.scale.unwrap_or((1, 7));
    doc.meta.push(Inline::plain(tr!(
        lang,
        "servqual-meta",
        variant = variant_name(s.variant, lang),
        min = lo.to_string(),
        max = hi.to_string()
    )));
    doc.push(Block::Figures(figures(s, lang)));
    doc.section(tr!(lang, "servqual-dimensions"));
    for b in chart(inst, s, lang) {
        doc.push(b);
    }
    doc.push(Block::Table(tables::dimensions(inst, s, lang)));
    doc.section(tr!(lang, "servqual-reliability"));
    doc.push(Block::Table(tables::reliability(inst, s, lang)));
    let warnings = tables::alpha_warnings(inst, s, lang);
    if !warnings.is_empty() {
        doc.push(Block::Callout {
            tone: Tone::Warn,
            title: None,
            lines: warnings,
        });
    }
    tables::diagnostics(&mut doc, inst, s, lang);
    let roles = parts::roles(report, |x| match x {
        Scored::Servqual(q) => Some(q),
        _ => None,
    });
    if roles.len() > 1 {
        doc.section(tr!(lang, "servqual-by-role"));
        doc.push(Block::Table(tables::roles(inst, s, &roles, lang)));
    }
    doc.section(tr!(
        lang,
        if s.variant == ServqualVariant::Servperf {
            "servqual-items-perception"
        } else {
            "servqual-items-gap"
        }
    ));
    doc.push(Block::Table(tables::items(inst, s, lang)));
    parts::segments(
        &mut doc,
        s.segments.as_ref(),
        &|key| {
            if key == "servqual.weighted" {
                return tr!(lang, "servqual-weighted-short");
            }
            key.strip_prefix("dimension.")
                .map(|d| d.trim_end_matches(".gap"))
                .map_or_else(|| key.to_string(), |d| inst.group_name(d, lang))
        },
        &|_| 2,
        lang,
    );
    parts::close_with_steps(
        &mut doc,
        report,
        next::steps(inst, s, lang),
        policies(report.instrument, s, lang),
        true,
        lang,
    );
    doc
}

/// The completion-screen summary.
pub fn summary(inst: &Instrument, s: &ServqualScore, lang: Lang) -> String {
    let mut out = String::new();
    for f in figures(s, lang).into_iter().take(2) {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                lang,
                "servqual-summary-line",
                label = f.label,
                value = f.value.text()
            )
        );
    }
    let name_w = s
        .dimensions
        .iter()
        .map(|d| width(&inst.group_name(&d.id, lang)))
        .max()
        .unwrap_or(10);
    for d in &s.dimensions {
        let _ = writeln!(
            out,
            "{}  {}",
            pad(&inst.group_name(&d.id, lang), name_w),
            pad_left(&headline_text(s, s.headline(d)), 6)
        );
    }
    if let Some(w) = next::worst_dimensions(s).first() {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                lang,
                "servqual-largest-shortfall",
                name = inst.group_name(&w.id, lang)
            )
        );
    }
    out
}

/// The headline figures for `diff` and `trend`.
pub fn headline_figures(b: &mut super::figures::Builder<'_>, s: &ServqualScore) {
    use super::figures::Unit;
    let lang = b.lang();
    let t = |key: &str| crate::tr!(lang, key);
    let (un, w) = (s.unweighted, s.weighted);
    b.number(
        "servqual.unweighted",
        t("compare-fig-unweighted"),
        un,
        Unit::Gap,
    );
    b.number("servqual.weighted", t("compare-fig-weighted"), w, Unit::Gap);
    for d in &s.dimensions {
        let label = tr!(lang, "compare-fig-gap", dimension = b.group(&d.id));
        b.number(format!("dimension.{}.gap", d.id), label, d.gap, Unit::Gap);
    }
}

#[cfg(test)]
mod tests;
