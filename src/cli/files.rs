//! The file commands: `fill`, `import`, `export`, `validate`, `template`.

use std::collections::HashMap;
use std::path::Path;

use super::place;
use super::{
    ExportArgs, ExportFormat, FillArgs, ImportArgs, TemplateArgs, TemplateFormat, ValidateArgs,
    emit, note,
};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::response;

/// What a YAML file is, from its `format:` line.
fn file_format(src: &str) -> Option<&str> {
    src.lines()
        .map(str::trim)
        .find(|l| l.starts_with("format:"))
        .map(|l| {
            l.trim_start_matches("format:")
                .trim()
                .trim_matches(['"', '\''])
        })
}

pub(super) fn validate(args: &ValidateArgs) -> Result<()> {
    let mut problems = Vec::new();
    let mut ok = Vec::new();
    for path in &args.files {
        let label = path.display().to_string();
        // Checked from its size before it is read: a CSV given by mistake, or a huge file, is
        // refused without reading it (and never quoted).
        let src = match crate::yaml::read_text(
            path,
            crate::yaml::MAX_RESULTS_BYTES as u64,
            "an instrument or results file",
        ) {
            Ok(s) => s,
            Err(Error::Invalid(ps)) => {
                problems.extend(ps);
                continue;
            }
            Err(e) => return Err(e),
        };
        let result = match file_format(&src) {
            Some(f) if f.starts_with("cxassess-results") => {
                response::read_results_str(&label, &src, path.parent()).map(|(r, _)| {
                    crate::tr!(
                        messages(),
                        "cli-validate-results",
                        file = label.as_str(),
                        n = r.responses.len().to_string()
                    )
                })
            }
            _ => Instrument::parse(&src, crate::instrument::Origin::File(label.clone())).map(|i| {
                crate::tr!(
                    messages(),
                    "cli-validate-instrument",
                    file = label.as_str(),
                    id = i.id.as_str(),
                    version = i.version.to_string(),
                    n = i.questions.len().to_string()
                )
            }),
        };
        match result {
            Ok(line) => ok.push(line),
            Err(Error::Invalid(ps)) => problems.extend(ps),
            Err(e) => return Err(e),
        }
    }
    let mut text = String::new();
    for line in &ok {
        // File names and ids come from the user's files: shown, never obeyed.
        text.push_str(&crate::sanitize::terminal_line(line));
        text.push('\n');
    }
    emit(None, &text)?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

pub(super) fn template(args: &TemplateArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    let text = match args.format {
        TemplateFormat::Yaml => instrument.source.clone(),
        TemplateFormat::Csv => crate::response::csv::header_row(&instrument)?,
    };
    super::emit_data(args.out.as_deref(), &text)
}

/// The response in a `fill --answers` file: the shape of one entry of `responses`. Written to
/// `--out`, or, inside an engagement, to the respondent's file in its layout.
pub(super) fn fill(args: &FillArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    let label = args.answers.display().to_string();
    let src = crate::yaml::read_text(
        &args.answers,
        crate::yaml::MAX_YAML_BYTES as u64,
        "an answers file",
    )?;
    let mut response = crate::response::read_single_response(&label, &src, &instrument)?;
    let engagement = place::engagement(args.engagement.as_deref(), args.out.as_deref())?;
    if let Some(e) = &engagement {
        response.role = place::role(e, &response.respondent, response.role.as_deref())?;
    }
    instrument.check_role(response.role.as_deref())?;
    let out = match (&args.out, &engagement) {
        (Some(out), _) => out.clone(),
        (None, Some(e)) if response.respondent.trim().is_empty() => {
            return Err(place::needs_respondent(e));
        }
        (None, Some(e)) => place::results_path(e, &instrument, &response.respondent)?,
        (None, None) => {
            return Err(Error::Usage(crate::tr!(messages(), "err-cli-fill-where")));
        }
    };
    let wave = super::wave::fields(
        Some(&out),
        None,
        args.period.as_deref(),
        args.date.as_deref(),
    )?;
    // Read again and saved under the file's lock: parallel fills into one file all keep their
    // respondent.
    response::update_results(&out, &instrument, |results| {
        wave.apply(&mut results.assessment);
        match results
            .responses
            .iter_mut()
            .find(|r| r.respondent == response.respondent)
        {
            Some(slot) => *slot = response,
            None => results.responses.push(response),
        }
    })?;
    note(&crate::tr!(
        messages(),
        "cli-wrote",
        path = out.display().to_string()
    ));
    Ok(())
}

/// Adds `imported` to the results file at `out` (a respondent of the same name is replaced, new
/// ones are added), under its lock; refuses before writing what could not be read back.
/// Returns (added, replaced).
fn merge_into(
    out: &Path,
    instrument: &Instrument,
    wave: &super::wave::WaveFields,
    imported: Vec<response::Response>,
) -> Result<(usize, usize)> {
    // Read again and saved under the file's lock, so a writer a moment before keeps its answers.
    response::try_update_results(out, instrument, |results| {
        wave.apply(&mut results.assessment);
        let mut existing: HashMap<String, usize> = HashMap::new();
        for (i, r) in results.responses.iter().enumerate() {
            existing.entry(r.respondent.clone()).or_insert(i);
        }
        let (mut replaced, mut added) = (0usize, 0usize);
        for r in imported {
            if let Some(&i) = existing.get(&r.respondent) {
                results.responses[i] = r;
                replaced += 1;
            } else {
                results.responses.push(r);
                added += 1;
            }
        }
        response::csv::check_readable_size(out, results, instrument)?;
        Ok((added, replaced))
    })
}

/// `cxassess import`: reads the whole CSV, checking every row; with any problem nothing is
/// written (exit 2). Otherwise the responses are written to `--out` atomically, or, inside an
/// engagement, each respondent to their own file in its layout. An existing results file of the
/// same instrument keeps its other respondents.
pub(super) fn import(args: &ImportArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    let (mut imported, summary) = response::csv::read_for_import(&instrument, &args.csv)?;
    let engagement = place::engagement(args.engagement.as_deref(), args.out.as_deref())?;
    let (added, replaced, into) = match (&args.out, &engagement) {
        (Some(out), _) => {
            let wave = super::wave::fields(
                Some(out),
                None,
                args.period.as_deref(),
                args.date.as_deref(),
            )?;
            let (a, r) = merge_into(out, &instrument, &wave, imported)?;
            (a, r, out.display().to_string())
        }
        (None, Some(e)) => {
            // Every row's role is checked against the roster before anything is written.
            for r in &mut imported {
                r.role = place::role(e, &r.respondent, r.role.as_deref())?;
                instrument.check_role(r.role.as_deref())?;
            }
            let (mut added, mut replaced) = (0, 0);
            for r in imported {
                let out = place::results_path(e, &instrument, &r.respondent)?;
                let wave = super::wave::fields(
                    Some(&out),
                    None,
                    args.period.as_deref(),
                    args.date.as_deref(),
                )?;
                let (a, p) = merge_into(&out, &instrument, &wave, vec![r])?;
                added += a;
                replaced += p;
            }
            (
                added,
                replaced,
                e.instrument_dir(&instrument.id).display().to_string(),
            )
        }
        (None, None) => {
            return Err(Error::Usage(crate::tr!(messages(), "err-cli-import-where")));
        }
    };
    let (n, csv) = (
        summary.responses.to_string(),
        args.csv.display().to_string(),
    );
    note(&if replaced > 0 {
        crate::tr!(
            messages(),
            "cli-imported-merged",
            n = n,
            csv = csv,
            into = into,
            added = added.to_string(),
            replaced = replaced.to_string()
        )
    } else {
        crate::tr!(messages(), "cli-imported", n = n, csv = csv, into = into)
    });
    if summary.renormalised > 0 {
        note(&crate::tr!(
            messages(),
            "cli-renormalised",
            n = summary.renormalised.to_string()
        ));
    }
    Ok(())
}

/// `cxassess export`: a results file as CSV in the import layout, to stdout or `--out` (exact
/// bytes, except on a terminal: see [`super::emit_data`]).
pub(super) fn export(args: &ExportArgs) -> Result<()> {
    let (results, instrument) = response::read_results(&args.results)?;
    let text = match args.format {
        ExportFormat::Csv => response::csv::to_csv(&instrument, &results.responses)?,
    };
    super::emit_data(args.out.as_deref(), &text)
}
