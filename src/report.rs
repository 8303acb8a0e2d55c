//! Reports: a scored result rendered as text (terminal), Markdown, JSON or HTML. One report
//! model per instrument kind serves every format. Reports state n, the methodology choices
//! (DOMAIN.md *policies*) and what to do next. Nothing here reads answers from a terminal.

pub mod fivegap;
pub mod gaps;
pub mod generic;
pub mod html;
pub mod kano;
pub mod maturity;
pub mod pulse;
pub mod pyramid;
pub mod servqual;
pub mod text;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::cli::{Context, DemoArgs, ReportArgs, ReportFormat};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::response::{self, Response};
use crate::score::{self, ScoreOptions, Scored, Scoring};
use text::Painter;

/// The program version reported in JSON.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

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
}

impl<'a> Report<'a> {
    /// A report over `responses`.
    pub fn new(instrument: &'a Instrument, responses: &[Response]) -> Self {
        Self {
            instrument,
            scoring: score::score(instrument, responses, ScoreOptions::default()),
            organization: None,
            date: None,
            sources: Vec::new(),
            input_notes: Vec::new(),
        }
    }
}

/// Renders a report.
pub fn render(report: &Report<'_>, format: ReportFormat, lang: Lang, color: bool) -> String {
    let p = Painter { color };
    let overall = &report.scoring.overall;
    match format {
        ReportFormat::Text => match overall {
            Scored::Pyramid(s) => pyramid::text(report, s, lang, p),
            Scored::Maturity(s) => maturity::text(report, s, lang, p),
            Scored::Kano(s) => kano::text(report, s, lang, p),
            Scored::Servqual(s) => servqual::text(report, s, lang, p),
            Scored::Gaps(s) => gaps::text(report, s, lang, p),
            Scored::Pulse(s) => pulse::text(report, s, lang, p),
            Scored::Generic(s) => generic::text(report, s, lang, p),
        },
        ReportFormat::Markdown => match overall {
            Scored::Pyramid(s) => pyramid::markdown(report, s, lang),
            Scored::Maturity(s) => maturity::markdown(report, s, lang),
            Scored::Kano(s) => kano::markdown(report, s, lang),
            Scored::Servqual(s) => servqual::markdown(report, s, lang),
            Scored::Gaps(s) => gaps::markdown(report, s, lang),
            Scored::Pulse(s) => pulse::markdown(report, s, lang),
            Scored::Generic(s) => generic::markdown(report, s, lang),
        },
        ReportFormat::Json => {
            let mut v = serde_json::to_string_pretty(&json_report(report, lang))
                .unwrap_or_else(|_| "{}".to_string());
            v.push('\n');
            v
        }
        ReportFormat::Html => {
            let body = match overall {
                Scored::Pyramid(s) => pyramid::html(report, s, lang),
                Scored::Maturity(s) => maturity::html(report, s, lang),
                Scored::Kano(s) => kano::html(report, s, lang),
                Scored::Servqual(s) => servqual::html(report, s, lang),
                Scored::Gaps(s) => gaps::html(report, s, lang),
                Scored::Pulse(s) => pulse::html(report, s, lang),
                Scored::Generic(s) => generic::html(report, s, lang),
            };
            html::page(&heading(report, lang), lang, &body)
        }
    }
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
    let kind_member = |s: &Scored| -> Value {
        let inst = report.instrument;
        match s {
            Scored::Pyramid(x) => pyramid::json(inst, x, lang),
            Scored::Maturity(x) => maturity::json(inst, x, lang),
            Scored::Kano(x) => kano::json(inst, x, lang),
            Scored::Servqual(x) => servqual::json(inst, x, lang),
            Scored::Gaps(x) => gaps::json(inst, x, lang),
            Scored::Pulse(x) => pulse::json(inst, x, lang),
            Scored::Generic(x) => serde_json::to_value(x).unwrap_or(Value::Null),
        }
    };
    let mut member = kind_member(&report.scoring.overall);
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
    Value::Object(top)
}

/// The methodology statements of a report.
pub fn policies(report: &Report<'_>, lang: Lang) -> Vec<String> {
    let mut out = match &report.scoring.overall {
        Scored::Pyramid(s) => pyramid::policies(s, lang),
        Scored::Maturity(s) => maturity::policies(s, lang),
        Scored::Kano(s) => kano::policies(s, lang),
        Scored::Servqual(s) => servqual::policies(s, lang),
        Scored::Gaps(s) => gaps::policies(s, lang),
        Scored::Pulse(s) => pulse::policies(s, lang),
        Scored::Generic(_) => generic::policies(lang),
    };
    // Kano and pulse count answers (a category per respondent and feature, a promoter, a
    // satisfied customer); there is no per-respondent score to average, so the line would
    // mislead there.
    if !matches!(report.scoring.overall, Scored::Kano(_) | Scored::Pulse(_)) {
        out.push(
            lang.pick(
                "Several respondents: each respondent is scored first, then respondents' scores are averaged; a respondent with no valid answer in a group does not count in its n.",
                "多位答卷人：先为每位答卷人计分，再对其得分取平均；在某组没有有效答案的答卷人不计入该组的 n。",
            )
            .to_string(),
        );
    }
    out.push(
        lang.pick(
            "Not applicable answers are left out of numerator and denominator; unanswered questions are never counted as zero.",
            "“不适用”的答案既不计入分子，也不计入分母；未作答的题目绝不按 0 分计算。",
        )
        .to_string(),
    );
    out.extend(report.input_notes.iter().cloned());
    out
}

/// The one-line header: title, organisation, date.
pub fn heading(report: &Report<'_>, lang: Lang) -> String {
    let mut h = report.instrument.title.get(lang).to_string();
    if let Some(o) = &report.organization {
        h.push_str(" — ");
        h.push_str(o);
    }
    if let Some(d) = &report.date {
        h.push_str(" · ");
        h.push_str(d);
    }
    h
}

/// "2 respondents (customer 1, manager 1)", "2 位答卷人（客户 1，管理者 1）".
pub fn respondents_line(report: &Report<'_>, lang: Lang) -> String {
    let n = report.scoring.respondents;
    let mut s = match lang {
        Lang::En => format!("{n} respondent{}", if n == 1 { "" } else { "s" }),
        Lang::Zh => format!("{n} 位答卷人"),
    };
    if report.scoring.roles.len() > 1
        || report
            .scoring
            .roles
            .keys()
            .any(|r| r != score::UNSPECIFIED_ROLE)
    {
        let parts: Vec<String> = report
            .scoring
            .roles
            .iter()
            .map(|(r, k)| format!("{} {k}", role_name(r, lang)))
            .collect();
        s.push_str(&match lang {
            Lang::En => format!(" ({})", parts.join(", ")),
            Lang::Zh => format!("（{}）", parts.join("，")),
        });
    }
    s
}

/// A role word in the display language.
pub fn role_name(role: &str, lang: Lang) -> String {
    let zh = match role {
        "manager" => "管理者",
        "staff" => "员工",
        "customer" => "客户",
        "consultant" => "顾问",
        "marketing" => "市场人员",
        "unspecified" => "未注明",
        other => return other.to_string(),
    };
    lang.pick(role, zh).to_string()
}

/// The scored summary the runner's completion screen shows: a few plain lines (no colour, no
/// markup), in `lang`.
pub fn summary_text(instrument: &Instrument, responses: &[Response], lang: Lang) -> String {
    let report = Report::new(instrument, responses);
    match &report.scoring.overall {
        Scored::Pyramid(s) => pyramid::summary(instrument, s, lang),
        Scored::Maturity(s) => maturity::summary(instrument, s, lang),
        Scored::Kano(s) => kano::summary(instrument, s, lang),
        Scored::Servqual(s) => servqual::summary(instrument, s, lang),
        Scored::Gaps(s) => gaps::summary(instrument, s, lang),
        Scored::Pulse(s) => pulse::summary(instrument, s, lang),
        Scored::Generic(s) => generic::summary(instrument, s, lang),
    }
}

/// Whether coloured text should be written to stdout.
pub fn color_wanted(out: Option<&Path>, format: ReportFormat) -> bool {
    use std::io::IsTerminal;
    format == ReportFormat::Text
        && out.is_none()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stdout().is_terminal()
}

fn is_csv(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "csv" | "tsv"))
}

/// Reads every results file, checking they share one instrument.
fn load_results(files: &[PathBuf]) -> Result<(Instrument, Vec<Response>, response::Assessment)> {
    let mut instrument: Option<Instrument> = None;
    let mut responses = Vec::new();
    let mut assessment = response::Assessment::default();
    for f in files {
        let (results, inst) = response::read_results(f)?;
        if let Some(first) = &instrument {
            if first.id != inst.id || first.version != inst.version {
                return Err(Error::Usage(format!(
                    "{} is for {} v{}, but {} is for {} v{}: a report merges files of one instrument",
                    f.display(),
                    inst.id,
                    inst.version,
                    files[0].display(),
                    first.id,
                    first.version
                )));
            }
        } else {
            instrument = Some(inst);
        }
        if assessment.organization.is_none() {
            assessment
                .organization
                .clone_from(&results.assessment.organization);
        }
        if results.assessment.date > assessment.date {
            assessment.date.clone_from(&results.assessment.date);
        }
        responses.extend(results.responses);
    }
    let instrument = instrument.ok_or_else(|| Error::Usage("no results files given".into()))?;
    Ok((instrument, responses, assessment))
}

/// `cxassess report`.
pub fn command(ctx: Context, args: &ReportArgs) -> Result<()> {
    let lang = ctx.lang;
    let options = ScoreOptions {
        segment_by: args.by.clone(),
    };
    let (csv, yaml): (Vec<&PathBuf>, Vec<&PathBuf>) = args.files.iter().partition(|p| is_csv(p));
    if !csv.is_empty() && args.instrument.is_none() {
        return Err(Error::Usage(format!(
            "{} is CSV: name the instrument it was collected with, e.g. --instrument kano",
            csv[0].display()
        )));
    }
    // One servqual and one gaps results file make the five-gap report, not a merge.
    if csv.is_empty() {
        if let Some(pair) = fivegap::Pair::load(&yaml)? {
            let color = color_wanted(args.out.as_deref(), args.format);
            let text = fivegap::render(&pair.report(), args.format, lang, color);
            return crate::cli::emit(args.out.as_deref(), &text);
        }
    }
    let (instrument, responses, assessment) = if yaml.is_empty() {
        let spec = args.instrument.as_deref().unwrap_or_default();
        (
            Instrument::load(spec)?,
            Vec::new(),
            response::Assessment::default(),
        )
    } else {
        let files: Vec<PathBuf> = yaml.iter().map(|p| (*p).clone()).collect();
        let loaded = load_results(&files)?;
        if let Some(spec) = &args.instrument {
            // The results files name their instrument; one --instrument may not say otherwise,
            // or CSV rows would be read against an instrument the user did not name.
            let named = Instrument::load(spec)?;
            let (held, _, _) = &loaded;
            if named.id != held.id || named.version != held.version {
                let fix = match csv.first() {
                    Some(first) => format!(
                        "report them separately (`cxassess report --instrument {spec} {}` and `cxassess report {}`), or, if the CSV was collected with {}, give --instrument {}",
                        first.display(),
                        files[0].display(),
                        held.id,
                        held.id
                    ),
                    None => format!(
                        "leave out --instrument: {} names its instrument",
                        files[0].display()
                    ),
                };
                return Err(Error::Usage(format!(
                    "the inputs are for different instruments: --instrument names {} v{}, but {} holds results for {} v{}; {fix}",
                    named.id,
                    named.version,
                    files[0].display(),
                    held.id,
                    held.version,
                )));
            }
        }
        loaded
    };
    let mut scorer = score::Scorer::new(&instrument, options);
    for r in &responses {
        scorer.add(r);
    }
    let mut input_notes = Vec::new();
    for path in &csv {
        let renormalised: usize = stream_csv(&instrument, path, &mut scorer)?;
        if renormalised > 0 {
            input_notes.push(format!(
                "{}: {renormalised} {}",
                path.display(),
                lang.pick(
                    "point allocation(s) did not sum to the total and were renormalised",
                    "份点数分配之和不等于总分，已按比例重新归一"
                )
            ));
        }
    }
    let report = Report {
        instrument: &instrument,
        scoring: scorer.finish(),
        organization: assessment.organization,
        date: assessment.date,
        sources: args.files.iter().map(|p| p.display().to_string()).collect(),
        input_notes,
    };
    let color = color_wanted(args.out.as_deref(), args.format);
    crate::cli::emit(
        args.out.as_deref(),
        &render(&report, args.format, lang, color),
    )
}

/// Streams a CSV file in the import layout into `scorer`; returns how many allocations were
/// renormalised.
fn stream_csv(
    instrument: &Instrument,
    path: &Path,
    scorer: &mut score::Scorer<'_>,
) -> Result<usize> {
    // Memory stays flat whatever the row count. Every row is checked; with any problem the
    // report is not rendered (exit 2, rows and columns named). Kinds whose accumulators merge
    // fold a large file in two parts on two threads.
    if scorer.mergeable() {
        let fresh = scorer.fresh();
        let (parts, summary) = response::csv::fold_csv_parts(
            instrument,
            path,
            &|| fresh.fresh(),
            &|s: &mut score::Scorer<'_>, r| s.add(r),
        )?;
        for part in parts {
            scorer.merge(part);
        }
        return Ok(summary.renormalised);
    }
    let summary = response::csv::read_csv_responses(instrument, path, |r| scorer.add(r))?;
    Ok(summary.renormalised)
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

/// `cxassess demo`.
pub fn demo_command(ctx: Context, args: &DemoArgs) -> Result<()> {
    let id = args.instrument.as_deref().unwrap_or("pyramid");
    if id == fivegap::DEMO {
        return crate::cli::emit(None, &fivegap::demo(ctx.lang, args.format)?);
    }
    let Some((_, src)) = DEMOS.iter().find(|(d, _)| *d == id) else {
        return Err(Error::Usage(format!(
            "no demo for '{id}': demos exist for {}, {}",
            DEMOS.iter().map(|(d, _)| *d).collect::<Vec<_>>().join(", "),
            fivegap::DEMO
        )));
    };
    let (results, instrument) = response::read_results_str(&format!("<demo {id}>"), src, None)?;
    let mut report = Report::new(&instrument, &results.responses);
    report
        .organization
        .clone_from(&results.assessment.organization);
    report.date.clone_from(&results.assessment.date);
    report.sources = vec![format!("demo:{id}")];
    let color = color_wanted(None, args.format);
    crate::cli::emit(None, &render(&report, args.format, ctx.lang, color))
}
