//! `cxassess report` and `cxassess demo`: read the results files (or stream CSV), decide which
//! report they make — one instrument merged, or the five-gap model from `servqual` and `gaps`
//! files together — and write it in the format asked for.

use std::path::{Path, PathBuf};

use super::load::{self, Merged};
use super::{Context, DemoArgs, ReportArgs, emit};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::report::{self, Format, Report, fivegap};
use crate::response::{self, Results};
use crate::score::{self, ScoreOptions};

fn is_csv(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "csv" | "tsv"))
}

/// The error for files of several instruments that do not make a five-gap report.
fn mixed_instruments(groups: &[Merged]) -> Error {
    let (a, b) = (&groups[0], &groups[1]);
    Error::Usage(crate::tr!(
        messages(),
        "err-cli-mixed-instruments",
        file = b.sources[0].as_str(),
        id = b.instrument.id.as_str(),
        version = b.instrument.version.to_string(),
        other_file = a.sources[0].as_str(),
        other_id = a.instrument.id.as_str(),
        other_version = a.instrument.version.to_string()
    ))
}

/// `cxassess report`.
pub(super) fn report(ctx: Context, args: &ReportArgs) -> Result<()> {
    let lang = ctx.lang;
    let format = Format::from(args.format);
    let options = super::write_options(lang, args.out.as_deref(), format == Format::Text);
    let score_options = ScoreOptions {
        segment_by: args.by.clone(),
    };
    if let [dir] = args.files.as_slice() {
        if dir.join(crate::engagement::FILE).is_file() {
            return engagement_report(ctx, args, dir);
        }
    }
    let inputs = load::expand(&args.files)?;
    let (csv, yaml): (Vec<&PathBuf>, Vec<&PathBuf>) = inputs.iter().partition(|p| is_csv(p));
    if !csv.is_empty() && args.instrument.is_none() {
        return Err(Error::Usage(crate::tr!(
            lang,
            "err-cli-csv-needs-instrument",
            file = csv[0].display().to_string()
        )));
    }
    let yaml_paths: Vec<&Path> = yaml.iter().map(|p| p.as_path()).collect();
    let mut groups = load::groups(&yaml_paths)?;
    // `servqual` and `gaps` files together make the five-gap report, not a merge.
    if csv.is_empty() && groups.len() == 2 {
        let parts = |m: Merged| (m.instrument, m.results, m.sources.join(", "));
        let (b, a) = (groups.pop(), groups.pop());
        if let (Some(a), Some(b)) = (a, b) {
            if !fivegap::Pair::kinds_pair(&a.instrument, &b.instrument) {
                return Err(mixed_instruments(&[a, b]));
            }
            if let Some(pair) = fivegap::Pair::from_results(parts(a), parts(b)) {
                let text = fivegap::render(&pair.report(), format, options);
                return emit(args.out.as_deref(), &text);
            }
        }
    }
    if groups.len() > 2 {
        return Err(mixed_instruments(&groups));
    }
    let (instrument, results, mut sources) = if let Some(m) = groups.pop() {
        (m.instrument, m.results, m.sources)
    } else {
        let inst = Instrument::load(args.instrument.as_deref().unwrap_or_default())?;
        let results = Results::new(&inst);
        (inst, results, Vec::new())
    };
    if let (Some(spec), false) = (&args.instrument, yaml.is_empty()) {
        // The results files name their instrument; one --instrument may not say otherwise, or
        // CSV rows would be read against an instrument the user did not name.
        let named = Instrument::load(spec)?;
        if named.id != instrument.id || named.version != instrument.version {
            let file = yaml[0].display().to_string();
            let fix = if let Some(first) = csv.first() {
                crate::tr!(
                    lang,
                    "err-cli-instrument-differs-csv",
                    spec = spec.as_str(),
                    csv = first.display().to_string(),
                    file = file.as_str(),
                    id = instrument.id.as_str()
                )
            } else {
                crate::tr!(
                    lang,
                    "err-cli-instrument-differs-yaml",
                    file = file.as_str()
                )
            };
            return Err(Error::Usage(crate::tr!(
                lang,
                "err-cli-instrument-differs",
                named = named.id.as_str(),
                named_version = named.version.to_string(),
                file = file.as_str(),
                id = instrument.id.as_str(),
                version = instrument.version.to_string(),
                fix = fix
            )));
        }
    }
    let mut scorer = score::Scorer::new(&instrument, score_options.clone());
    // Partial responses of results files count and are said; --complete-only leaves them out.
    // (A survey export's rows are taken as the platform gives them: a column it never asked
    // would make every row partial.)
    let mut partial = 0usize;
    for r in &results.responses {
        if !r.complete {
            if args.complete_only {
                continue;
            }
            partial += 1;
        }
        scorer.add(r);
    }
    let mut input_notes = Vec::new();
    for path in &csv {
        // One record at a time into the scorer: memory stays flat whatever the row count. Every
        // row is checked; with any problem the report is not rendered (exit 2, rows and columns
        // named).
        let summary = stream_csv(&instrument, path, &mut scorer)?;
        if summary.renormalised > 0 {
            input_notes.push(report::renormalised_note(
                &path.display().to_string(),
                summary.renormalised,
                lang,
            ));
        }
        sources.push(path.display().to_string());
    }
    let mut report = Report::scored(&instrument, scorer.finish());
    report.organization = results.assessment.organization;
    report.date = results.assessment.date;
    report.sources = sources;
    report.input_notes = input_notes;
    report.partial = partial;
    if csv.is_empty() {
        // A consensus among the raters (`run --consensus`) gives the headline figures.
        let counted: Vec<crate::response::Response> = results
            .responses
            .iter()
            .filter(|r| r.complete || !args.complete_only)
            .cloned()
            .collect();
        report.apply_consensus(&counted, &score_options);
    }
    // Results inside an engagement folder are reported against its targets.
    if let Some(targets) = yaml
        .first()
        .and_then(|f| f.parent())
        .and_then(crate::engagement::Engagement::find)
        .and_then(|dir| crate::engagement::Engagement::load(&dir).ok())
        .and_then(|e| e.targets.get(&instrument.id).cloned())
    {
        report.targets = targets;
    }
    emit(
        args.out.as_deref(),
        &report::render(&report, format, options),
    )
}

/// `cxassess demo`.
pub(super) fn demo(ctx: Context, args: &DemoArgs) -> Result<()> {
    let format = Format::from(args.format);
    let options = super::write_options(ctx.lang, None, format == Format::Text);
    let id = args.instrument.as_deref().unwrap_or("pyramid");
    if id == fivegap::DEMO {
        return emit(None, &fivegap::demo(format, options)?);
    }
    let Some((_, src)) = report::DEMOS.iter().find(|(d, _)| *d == id) else {
        let list: Vec<&str> = report::DEMOS
            .iter()
            .map(|(d, _)| *d)
            .chain([fivegap::DEMO])
            .collect();
        return Err(Error::Usage(crate::tr!(
            ctx.lang,
            "err-cli-no-demo",
            id = id,
            list = list.join(", ")
        )));
    };
    let (results, instrument) = response::read_results_str(&format!("<demo {id}>"), src, None)?;
    let mut report = Report::new(&instrument, &results.responses);
    report
        .organization
        .clone_from(&results.assessment.organization);
    report.date.clone_from(&results.assessment.date);
    report.sources = vec![format!("demo:{id}")];
    emit(None, &report::render(&report, format, options))
}

/// Role codes for every respondent of `groups`: the same person is the same code in every
/// instrument; codes count per role in the order of respondents' names ("manager 1").
fn role_codes(
    groups: &[Merged],
    lang: crate::lang::Lang,
) -> std::collections::BTreeMap<String, String> {
    let mut people: Vec<(String, String)> = Vec::new();
    for g in groups {
        for r in &g.results.responses {
            if !people.iter().any(|(name, _)| *name == r.respondent) {
                let role = r
                    .role
                    .clone()
                    .unwrap_or_else(|| score::UNSPECIFIED_ROLE.to_string());
                people.push((r.respondent.clone(), role));
            }
        }
    }
    people.sort_by(|a, b| (&a.1, &a.0).cmp(&(&b.1, &b.0)));
    let mut codes = std::collections::BTreeMap::new();
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for (name, role) in people {
        let k = counts.entry(role.clone()).or_insert(0);
        *k += 1;
        codes.insert(
            name,
            format!("{} {k}", report::parts::role_name(&role, lang)),
        );
    }
    codes
}

/// Files named after their respondents, as their folders and a count: "servqual/, 12 files".
fn anonymous_sources(sources: &[String], lang: crate::lang::Lang) -> Vec<String> {
    let mut folders: Vec<(String, usize)> = Vec::new();
    for s in sources {
        let folder = Path::new(s)
            .parent()
            .and_then(Path::file_name)
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        match folders.iter_mut().find(|(f, _)| *f == folder) {
            Some((_, n)) => *n += 1,
            None => folders.push((folder, 1)),
        }
    }
    folders
        .into_iter()
        .map(|(folder, n)| crate::tr!(lang, "report-anonymous-files", folder = folder, n = n))
        .collect()
}

/// `cxassess report DIR`: the engagement report.
fn engagement_report(ctx: Context, args: &ReportArgs, dir: &Path) -> Result<()> {
    let lang = ctx.lang;
    let format = Format::from(args.format);
    let options = super::write_options(lang, args.out.as_deref(), format == Format::Text);
    let mut e = crate::engagement::Engagement::load(dir)?;
    let files: Vec<PathBuf> = e.results_files()?.into_iter().map(|(_, f)| f).collect();
    if files.is_empty() {
        return Err(Error::Usage(crate::tr!(
            lang,
            "err-cli-no-results-yet",
            dir = dir.display().to_string()
        )));
    }
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let mut groups = load::groups(&paths)?;
    let codes = args.anonymize.then(|| role_codes(&groups, lang));
    for g in &mut groups {
        if args.complete_only {
            g.results.responses.retain(|r| r.complete);
        }
        if let Some(codes) = &codes {
            for r in &mut g.results.responses {
                if let Some(code) = codes.get(&r.respondent) {
                    r.respondent.clone_from(code);
                }
            }
            // The layout names each file after its respondent: say the folder and a count.
            g.sources = anonymous_sources(&g.sources, lang);
        }
    }
    if let Some(codes) = &codes {
        // An action's owner who was interviewed shows by their code; one on the roster only,
        // by their role.
        for a in &mut e.actions {
            let Some(owner) = a.owner.as_mut() else {
                continue;
            };
            if let Some(code) = codes.get(owner.as_str()) {
                owner.clone_from(code);
            } else if let Some(m) = e.roster.iter().find(|m| m.respondent == *owner) {
                *owner = m.role.as_deref().map_or_else(
                    || crate::tr!(lang, "report-anonymous-owner"),
                    |r| report::parts::role_name(r, lang),
                );
            }
        }
    }
    let position = |id: &str| {
        e.instruments
            .iter()
            .position(|i| i == id)
            .unwrap_or(usize::MAX)
    };
    groups.sort_by_key(|g| position(&g.instrument.id));
    let mut reports = Vec::new();
    for g in &groups {
        let mut r = Report::new(&g.instrument, &g.results.responses);
        r.organization = Some(e.client.clone());
        r.date.clone_from(&e.date);
        r.sources.clone_from(&g.sources);
        r.voices_inline = false;
        if let Some(t) = e.targets.get(&g.instrument.id) {
            r.targets.clone_from(t);
        }
        reports.push(r);
    }
    let servqual = groups
        .iter()
        .find(|g| g.instrument.kind == crate::instrument::Kind::Servqual);
    let gaps = groups
        .iter()
        .find(|g| g.instrument.kind == crate::instrument::Kind::Gaps);
    let pair = match (servqual, gaps) {
        (Some(s), Some(g)) => fivegap::Pair::from_results(
            (
                s.instrument.clone(),
                s.results.clone(),
                s.sources.join(", "),
            ),
            (
                g.instrument.clone(),
                g.results.clone(),
                g.sources.join(", "),
            ),
        ),
        _ => None,
    };
    let fivegap = pair.as_ref().map(|p| {
        let mut fr = p.report();
        fr.customer.voices_inline = false;
        fr.provider.voices_inline = false;
        fr
    });
    let er = report::engagement::EngagementReport {
        engagement: &e,
        reports,
        fivegap,
        today: super::engagement::today(),
        anonymized: args.anonymize,
    };
    let text = if format == Format::Json {
        let mut s = serde_json::to_string_pretty(&report::engagement::json(&er, lang))
            .unwrap_or_else(|_| "{}".to_string());
        s.push('\n');
        s
    } else {
        report::write::write(&report::engagement::document(&er, lang), format, options)
    };
    emit(args.out.as_deref(), &text)
}

/// Streams a CSV file in the import layout into `scorer` (see [`score::csv::fold_csv`]):
/// memory stays flat whatever the row count, and with any problem the report is not rendered
/// (exit 2, rows and columns named).
fn stream_csv(
    instrument: &Instrument,
    path: &Path,
    scorer: &mut score::Scorer<'_>,
) -> Result<response::csv::CsvSummary> {
    score::csv::fold_csv(instrument, path, scorer)
}
