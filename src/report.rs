//! Reports: a scored result rendered as text (terminal), Markdown, JSON or HTML. One report
//! model per instrument kind serves every format. Reports state n, the methodology choices
//! (DOMAIN.md *policies*) and what to do next. Nothing here reads answers from a terminal.

pub mod agree;
pub mod chart;
pub mod check;
pub mod consensus;
pub mod doc;
pub mod engagement;
pub mod figures;
pub mod fivegap;
pub mod gaps;
pub mod generic;
pub mod kano;
pub mod maturity;
pub mod parts;
pub mod plot;
pub mod pulse;
pub mod pyramid;
pub mod servqual;
pub mod status;
pub mod svg;
pub mod text;
pub mod write;

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::response::Response;
use crate::score::{self, ScoreOptions, Scored, Scoring};

/// The program version reported in JSON.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The output formats of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Terminal text (colour when asked for).
    Text,
    /// Markdown for wikis.
    Markdown,
    /// JSON with the field names of SPEC.md.
    Json,
    /// One self-contained HTML file with SVG charts.
    Html,
}

/// A scored result ready to render.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    /// The instrument.
    pub instrument: &'a Instrument,
    /// The figures.
    pub scoring: Scoring,
    /// The organisation assessed, when the files say.
    pub organization: Option<String>,
    /// The assessment date, when the files say.
    pub date: Option<String>,
    /// The input files.
    pub sources: Vec<String>,
    /// Notes about the input (e.g. allocations renormalised on import).
    pub input_notes: Vec<String>,
    /// Responses counted that are not complete (said in the report's first lines).
    pub partial: usize,
    /// Whether the notes and N/A reasons are listed in this report (the engagement report
    /// gathers them at its end instead).
    pub voices_inline: bool,
    /// Where the client wants to be: group id → level (from the engagement's `targets`).
    pub targets: BTreeMap<String, f64>,
    /// The headline figures come from a consensus among the raters (`run --consensus`).
    pub consensus: Option<consensus::Consensus>,
}

impl<'a> Report<'a> {
    /// A report over `responses`.
    pub fn new(instrument: &'a Instrument, responses: &[Response]) -> Self {
        let mut report = Self::scored(
            instrument,
            score::score(instrument, responses, ScoreOptions::default()),
        );
        report.partial = responses.iter().filter(|r| !r.complete).count();
        report.apply_consensus(responses, &ScoreOptions::default());
        report
    }

    /// A report of figures already scored, with nothing else said about the input.
    pub fn scored(instrument: &'a Instrument, scoring: Scoring) -> Self {
        Self {
            instrument,
            scoring,
            organization: None,
            date: None,
            sources: Vec::new(),
            input_notes: Vec::new(),
            partial: 0,
            voices_inline: true,
            targets: BTreeMap::new(),
            consensus: None,
        }
    }
}

/// Defines the dispatch to each kind's report section (`report/<kind>.rs`) from the registry
/// (`src/kinds.rs`).
macro_rules! sections {
    ($($(#[$doc:meta])* $variant:ident $module:ident $id:literal $score:ident;)*) => {
        /// The report as a document: every kind's section module builds one, and the writers
        /// render it.
        pub fn document(report: &Report<'_>, lang: Lang) -> doc::Document {
            match &report.scoring.overall {
                $(Scored::$variant(s) => $module::document(report, s, lang),)*
            }
        }

        /// A kind's member of the JSON report.
        fn kind_json(inst: &Instrument, scored: &Scored, lang: Lang) -> Value {
            match scored {
                $(Scored::$variant(s) => $module::json(inst, s, lang),)*
            }
        }

        /// A kind's methodology statements.
        fn kind_policies(inst: &Instrument, scored: &Scored, lang: Lang) -> Vec<String> {
            match scored {
                $(Scored::$variant(s) => $module::policies(inst, s, lang),)*
            }
        }

        /// A kind's headline in a few plain lines.
        fn kind_summary(inst: &Instrument, scored: &Scored, lang: Lang) -> String {
            match scored {
                $(Scored::$variant(s) => $module::summary(inst, s, lang),)*
            }
        }

        /// A kind's headline figures for `diff` and `trend`.
        pub(crate) fn kind_figures(b: &mut figures::Builder<'_>, scored: &Scored) {
            match scored {
                $(Scored::$variant(s) => $module::headline_figures(b, s),)*
            }
        }
    };
}

crate::kinds::for_each_kind!(sections);

/// Renders a report: JSON from the figures, every other format from the document.
pub fn render(report: &Report<'_>, format: Format, options: write::Options) -> String {
    if format == Format::Json {
        let mut v = serde_json::to_string_pretty(&json_report(report, options.lang))
            .unwrap_or_else(|_| "{}".to_string());
        v.push('\n');
        return v;
    }
    write::write(&document(report, options.lang), format, options)
}

/// Escapes text for HTML.
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The JSON report of SPEC.md: program version, instrument, respondents, and one member named
/// after the instrument kind (with `by_role` inside it when there is more than one role).
pub fn json_report(report: &Report<'_>, lang: Lang) -> Value {
    let kind_member = |s: &Scored| kind_json(report.instrument, s, lang);
    let mut member = kind_member(&report.scoring.overall);
    with_targets(&mut member, report);
    if !report.scoring.by_role.is_empty() {
        let by_role: serde_json::Map<String, Value> = report
            .scoring
            .by_role
            .iter()
            .map(|(role, s)| (role.clone(), kind_member(s)))
            .collect();
        if let Value::Object(m) = &mut member {
            m.insert("by_role".into(), Value::Object(by_role));
        }
    }
    if let Value::Object(m) = &mut member {
        m.insert("policies".into(), json!(policies(report, lang)));
    }
    let i = report.instrument;
    let mut top = serde_json::Map::new();
    top.insert("cxassess".into(), json!(VERSION));
    top.insert(
        "instrument".into(),
        json!({"id": i.id, "version": i.version, "title": i.title.get(lang), "kind": i.kind.id()}),
    );
    top.insert("respondents".into(), json!(report.scoring.respondents));
    top.insert("roles".into(), json!(report.scoring.roles));
    if let Some(o) = &report.organization {
        top.insert("organization".into(), json!(o));
    }
    if let Some(d) = &report.date {
        top.insert("date".into(), json!(d));
    }
    top.insert(report.scoring.overall.kind_id().into(), member);
    let voices = &report.scoring.voices;
    top.insert("notes".into(), json!(voices.notes));
    top.insert("na_reasons".into(), json!(voices.na_reasons));
    if report.scoring.carried > 0 {
        top.insert("answers_carried".into(), json!(report.scoring.carried));
    }
    if let Some(c) = &report.consensus {
        top.insert("consensus".into(), json!(c));
    }
    evidence_json(&mut top, &[voices]);
    if let Some(coverage) = parts::coverage_json(report, lang) {
        top.insert("evidence_coverage".into(), Value::Array(coverage));
    }
    if voices.omitted > 0 {
        top.insert("voices_omitted".into(), json!(voices.omitted));
    }
    Value::Object(top)
}

/// `evidence[]` {`respondent`, `role`, `question`, `ref`, `kind`} and `confidence[]`
/// {`respondent`, `role`, `question`, `level`} of a JSON report, from the voices of its parts
/// in order.
pub fn evidence_json(top: &mut serde_json::Map<String, Value>, parts: &[&score::voices::Voices]) {
    let evidence: Vec<_> = parts.iter().flat_map(|v| &v.evidence).collect();
    let confidence: Vec<_> = parts.iter().flat_map(|v| &v.confidence).collect();
    top.insert("evidence".into(), json!(evidence));
    top.insert("confidence".into(), json!(confidence));
}

/// The engagement's targets in a kind's JSON: maturity `dimensions[]` gain `target` and
/// `to_target` (target − score; zero or less: reached), the pyramid gains `target_tier`.
fn with_targets(member: &mut Value, report: &Report<'_>) {
    if report.targets.is_empty() {
        return;
    }
    if let Some((tier, _)) = pyramid::target_tier(report) {
        if let Value::Object(m) = member {
            m.insert("target_tier".into(), json!(tier));
        }
    }
    if let Some(Value::Array(dims)) = member.get_mut("dimensions") {
        for d in dims {
            let Some(target) = d
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| report.targets.get(id))
                .copied()
            else {
                continue;
            };
            let to_target = d.get("score").and_then(Value::as_f64).map(|s| target - s);
            if let Value::Object(m) = d {
                m.insert("target".into(), json!(target));
                m.insert("to_target".into(), json!(to_target));
            }
        }
    }
}

/// The methodology statements of a report.
pub fn policies(report: &Report<'_>, lang: Lang) -> Vec<String> {
    let mut out = kind_policies(report.instrument, &report.scoring.overall, lang);
    // Kano and pulse count answers (a category per respondent and feature, a promoter, a
    // satisfied customer); there is no per-respondent score to average, so the respondent-first
    // line would mislead there.
    let respondent_first = !matches!(report.scoring.overall, Scored::Kano(_) | Scored::Pulse(_));
    out.extend(parts::shared_policies(report, respondent_first, lang));
    out
}

/// The scored summary the runner's completion screen shows: a few plain lines (no colour, no
/// markup), in `lang`.
pub fn summary_text(instrument: &Instrument, responses: &[Response], lang: Lang) -> String {
    summary(&Report::new(instrument, responses), lang)
}

/// A report's headline in a few plain lines: the completion screen's summary, the engagement
/// report's executive summary.
pub fn summary(report: &Report<'_>, lang: Lang) -> String {
    kind_summary(report.instrument, &report.scoring.overall, lang)
}

/// The input note for a CSV file whose allocations were renormalised.
pub fn renormalised_note(file: &str, count: usize, lang: Lang) -> String {
    crate::tr!(lang, "report-renormalised", file = file, n = count)
}

/// Embedded sample results for `demo`.
pub const DEMOS: &[(&str, &str)] = &[
    ("pyramid", include_str!("../demo/pyramid.yaml")),
    ("kano", include_str!("../demo/kano.yaml")),
    ("pulse", include_str!("../demo/pulse.yaml")),
    ("maturity", include_str!("../demo/maturity.yaml")),
    ("servqual", include_str!("../demo/servqual.yaml")),
    ("gaps", include_str!("../demo/gaps.yaml")),
];
