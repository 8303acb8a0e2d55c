//! The five-gap report: one `servqual` (customer) results file and one `gaps` (management and
//! staff) results file, in either order, as one document — the model drawn (customer above the
//! line, provider below, each gap's score on the link it measures), the table of gaps, the
//! weakest drivers per gap, the dimensions where the customer gap is worst, gap 1 (and 6, 7) per
//! dimension, the drivers, the notes of both halves, what to do next and the policies — written
//! as text, Markdown or HTML by the shared writers; JSON (member `gaps`) is the serialised
//! figures. Reading the pair is here too, so that the command only has to ask.

mod diagram;
mod drawing;
mod json;
mod sections;

use std::sync::Arc;

pub use drawing::{FiveGapDrawing, GapMark, Node};
pub use json::json_report;

use super::doc::{Block, Document, Inline, Tone};
use super::servqual::{fmt2, fmt2s};
use super::{Format, Report, gaps, parts, write};
use crate::error::{Error, Result};
use crate::instrument::{Instrument, Kind, ServqualVariant};
use crate::lang::Lang;
use crate::response::{self, Results};
use crate::score::fivegap::{FiveGapScore, GapFigure, WORST_DIMENSIONS, combine};
use crate::score::{ScoreOptions, Scored};
use crate::tr;

/// The id `cxassess demo` knows this report by.
pub const DEMO: &str = "fivegap";

/// A driver score below this is weak (the scale midpoint); below [`FAIR_DRIVER`] it is fair.
const WEAK_DRIVER: f64 = gaps::WEAK_DRIVER;
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
                &crate::score::servqual::Accumulator::new(
                    &self.customer_instrument,
                    &ScoreOptions::default(),
                )
                .finish(),
                &crate::score::gaps::Accumulator::new(
                    &self.provider_instrument,
                    &ScoreOptions::default(),
                )
                .finish(),
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
    let mut report = Report::new(inst, &results.responses);
    report
        .organization
        .clone_from(&results.assessment.organization);
    report.date.clone_from(&results.assessment.date);
    report.sources = vec![source.to_string()];
    report
}

/// `cxassess demo fivegap`.
pub fn demo(format: Format, options: write::Options) -> Result<String> {
    let pair = Pair::demo()?;
    Ok(render(&pair.report(), format, options))
}

/// Renders the five-gap report in `format`: JSON as the serialised figures, every other format
/// from the one document.
pub fn render(fr: &FiveGapReport<'_>, format: Format, options: write::Options) -> String {
    if format == Format::Json {
        let mut v = serde_json::to_string_pretty(&json_report(fr, options.lang))
            .unwrap_or_else(|_| "{}".to_string());
        v.push('\n');
        return v;
    }
    write::write(&document(fr, options.lang), format, options)
}

fn title(fr: &FiveGapReport<'_>, lang: Lang) -> String {
    let mut h = tr!(lang, "fivegap-title");
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
        .map(|(r, n)| {
            tr!(
                lang,
                "report-role-count",
                role = parts::role_name(r, lang),
                n = *n
            )
        })
        .collect();
    tr!(
        lang,
        "fivegap-who",
        customers = tr!(lang, "fivegap-customers", n = fr.score.customers),
        customer_sources = fr.customer.sources.join(", "),
        providers = tr!(lang, "fivegap-providers", n = fr.score.providers),
        roles = roles.join(&tr!(lang, "report-list-separator")),
        provider_sources = fr.provider.sources.join(", ")
    )
}

/// The severity of a gap's score: gap 5 by its sign and size, gaps 1–4 against the midpoint.
fn severity(g: &GapFigure) -> Tone {
    match (g.gap, g.score) {
        (_, None) => Tone::Dim,
        (5, Some(x)) if x < -0.5 => Tone::Bad,
        (5, Some(x)) if x < 0.0 => Tone::Warn,
        (5, Some(_)) => Tone::Good,
        (_, Some(x)) if x < WEAK_DRIVER => Tone::Bad,
        (_, Some(x)) if x < FAIR_DRIVER => Tone::Warn,
        _ => Tone::Good,
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

/// A gap's score as shown: signed for gap 5.
pub fn gap_value(g: Option<&GapFigure>) -> String {
    match g {
        Some(g) if g.gap == 5 => fmt2s(g.score),
        Some(g) => fmt2(g.score),
        None => "n/a".to_string(),
    }
}

/// The model with every gap's mark, in `lang`.
pub fn drawing(s: &FiveGapScore, lang: Lang) -> FiveGapDrawing {
    let mark = |n: u8| {
        let g = s.gap(n);
        let sub = match n {
            5 => gap5_unit(s.variant).to_string(),
            1 => g
                .and_then(|g| g.direct)
                .map_or_else(String::new, |d| format!("Δ {}", fmt2s(Some(d)))),
            _ => String::new(),
        };
        GapMark {
            label: gaps::gap_label(n, lang),
            value: gap_value(g),
            sub,
            tone: g.map_or(Tone::Dim, severity),
        }
    };
    FiveGapDrawing {
        customer: tr!(lang, "fivegap-customer"),
        provider: tr!(lang, "fivegap-provider"),
        boxes: [
            "fivegap-box-expected",
            "fivegap-box-perceived",
            "fivegap-box-delivery",
            "fivegap-box-communications",
            "fivegap-box-standards",
            "fivegap-box-management",
        ]
        .map(|k| tr!(lang, k)),
        gaps: [mark(1), mark(2), mark(3), mark(4), mark(5)],
    }
}

/// The policies of the five-gap report: its own, then the customer and provider halves'.
pub fn policies(fr: &FiveGapReport<'_>, lang: Lang) -> Vec<String> {
    let mut out = vec![
        tr!(lang, "fivegap-method-gap1"),
        tr!(lang, "fivegap-method-dimension"),
        tr!(lang, "fivegap-method-scales"),
        tr!(
            lang,
            "fivegap-method-worst",
            shown = WORST_DIMENSIONS.to_string()
        ),
    ];
    out.extend(super::policies(&fr.customer, lang));
    if let Scored::Gaps(g) = &fr.provider.scoring.overall {
        out.extend(gaps::policies(fr.provider.instrument, g, lang));
    }
    out.extend(fr.provider.input_notes.iter().cloned());
    out
}

/// The notes and N/A reasons of both halves, in one section.
fn voices(doc: &mut Document, fr: &FiveGapReport<'_>, lang: Lang) {
    let mut first = Document::default();
    parts::voices(&mut first, &fr.customer, lang);
    let mut second = Document::default();
    parts::voices(&mut second, &fr.provider, lang);
    if first.blocks.is_empty() {
        doc.blocks.extend(second.blocks);
    } else {
        doc.blocks.extend(first.blocks);
        // The second section's heading is the first's.
        doc.blocks.extend(second.blocks.into_iter().skip(1));
    }
}

/// The five-gap report as a document.
pub fn document(fr: &FiveGapReport<'_>, lang: Lang) -> Document {
    let s = &fr.score;
    let mut doc = Document::new(title(fr, lang));
    doc.meta.push(Inline::plain(who_line(fr, lang)));
    let d = drawing(s, lang);
    let desc: Vec<String> = s
        .gaps
        .iter()
        .map(|g| {
            tr!(
                lang,
                "fivegap-drawing-desc",
                title = gaps::gap_title(g.gap, lang),
                score = gap_value(Some(g))
            )
        })
        .collect();
    let legend = tr!(lang, "fivegap-legend", unit = gap5_unit(s.variant));
    doc.push(Block::Drawing {
        drawing: Arc::new(d),
        title: tr!(lang, "fivegap-drawing-title"),
        desc: desc.join("; "),
        caption: legend.clone(),
    });
    doc.only(
        super::doc::Formats {
            text: true,
            markdown: true,
            html: false,
        },
        vec![Block::Paragraph(Inline::toned(legend, Tone::Dim))],
    );
    sections::push(&mut doc, fr, lang);
    voices(&mut doc, fr, lang);
    parts::next_steps(&mut doc, sections::next_steps(fr, lang), lang);
    parts::method(&mut doc, policies(fr, lang), lang);
    doc
}

#[cfg(test)]
mod tests;
