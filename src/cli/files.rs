//! The file commands: `fill`, `import`, `export`, `validate`, `template`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::place;
use super::{
    ExportArgs, ExportFormat, FillArgs, ImportArgs, TemplateArgs, TemplateFormat, ValidateArgs,
    emit, note,
};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::response;
use crate::response::csv::Refusal;

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
            Some(f) if f.starts_with("cxassess-engagement") => {
                crate::engagement::parse(&label, &src).map(|e| {
                    crate::tr!(
                        messages(),
                        "cli-validate-engagement",
                        file = label.as_str(),
                        client = e.client.as_str(),
                        n = e.roster.len().to_string()
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
    let out = match (&args.out, &engagement) {
        (Some(out), _) => out.clone(),
        (None, Some(e)) if response.respondent.trim().is_empty() => {
            return Err(place::needs_respondent(e));
        }
        (None, Some(e)) => e.results_path(&instrument.id, &response.respondent),
        (None, None) => {
            return Err(Error::Usage(crate::tr!(messages(), "err-cli-fill-where")));
        }
    };
    // Who answers is checked before anything is written: a role that contradicts the one
    // recorded, a role with nothing to answer, answers to sections of other roles.
    let recorded = super::respondent::recorded_role(&out, Some(&response.respondent))?;
    super::respondent::check_recorded(
        &out,
        &response.respondent,
        response.role.as_deref(),
        recorded.as_deref(),
    )?;
    if response.role.is_none() {
        response.role = recorded;
    }
    crate::audience::check_asked(&instrument, response.role.as_deref())?;
    let role = response.role.clone().unwrap_or_default();
    let outside = crate::audience::outside(&instrument, &response);
    if !outside.is_empty() {
        let positions = crate::yaml::Positions::index(&src);
        return Err(Error::Invalid(
            outside
                .iter()
                .map(|o| {
                    let at = positions.near(&["answers".into(), o.question.as_str().into()]);
                    crate::Problem::yaml(label.as_str(), at, o.what(&role), o.fix())
                })
                .collect(),
        ));
    }
    let wave = super::wave::fields(
        Some(&out),
        None,
        args.period.as_deref(),
        args.date.as_deref(),
    )?;
    if let (None, Some(dir)) = (&args.out, out.parent()) {
        // The engagement's folder for the instrument, made once the answers are known good.
        std::fs::create_dir_all(dir).map_err(|err| Error::io(dir, err))?;
    }
    let respondent = response.respondent.clone();
    // Read again and saved under the file's lock: parallel fills into one file all keep their
    // respondent, and a recorded respondent keeps every answer not given anew.
    let changed = response::try_update_results(&out, &instrument, |results| {
        wave.apply(&mut results.assessment);
        super::respondent::absorb(results, &out, &instrument, response)
    })?;
    if let Some(changed) = changed {
        super::respondent::say_updated(&respondent, &out, changed);
    }
    note(&crate::tr!(
        messages(),
        "cli-wrote",
        path = out.display().to_string()
    ));
    Ok(())
}

/// Adds `imported` to the results file at `out` (a recorded respondent gets the new answers
/// merged in, new ones are added), under its lock; refuses before writing what could not be read
/// back. Returns (added, updated).
fn merge_into(
    out: &Path,
    instrument: &Instrument,
    wave: &super::wave::WaveFields,
    imported: Vec<response::Response>,
) -> Result<(usize, usize)> {
    // Read again and saved under the file's lock, so a writer a moment before keeps its answers.
    let total = imported.len();
    let updated = response::try_update_results(out, instrument, |results| {
        wave.apply(&mut results.assessment);
        let mut updated = Vec::new();
        for r in imported {
            let name = r.respondent.clone();
            if let Some(changed) = super::respondent::absorb(results, out, instrument, r)? {
                updated.push((name, changed));
            }
        }
        response::csv::check_readable_size(out, results, instrument)?;
        Ok(updated)
    })?;
    for (name, changed) in &updated {
        super::respondent::say_updated(name, out, *changed);
    }
    Ok((total - updated.len(), updated.len()))
}

/// Why `import` refuses a row before anything is written: a role that contradicts the one
/// recorded for the respondent (`recorded`), a role with nothing to answer, answers to sections
/// of other roles. `role` is the row's role as it will be written.
fn refusal(
    instrument: &Instrument,
    row: &response::Response,
    role: Option<String>,
    recorded: Option<(PathBuf, Option<String>)>,
) -> Option<Refusal> {
    if let Some((file, recorded)) = &recorded {
        if let Some((what, fix)) = super::respondent::contradiction(
            file,
            &row.respondent,
            role.as_deref(),
            recorded.as_deref(),
        ) {
            return Some(Refusal::Role { what, fix });
        }
    }
    let role = role.or_else(|| recorded.and_then(|(_, r)| r))?;
    if !instrument.admits(Some(&role)) {
        // Said by the reader with the instrument's audience.
        return None;
    }
    if instrument.steps_for(Some(&role)).is_empty() {
        let (what, fix) = crate::audience::nothing_asked(instrument, &role);
        return Some(Refusal::Role { what, fix });
    }
    let mut with_role = row.clone();
    with_role.role = Some(role.clone());
    crate::audience::outside(instrument, &with_role)
        .into_iter()
        .next()
        .map(|o| Refusal::Answer {
            what: o.what(&role),
            fix: o.fix(),
            question: o.question,
        })
}

/// `cxassess import`: reads the whole CSV, checking every row; with any problem nothing is
/// written (exit 2). Otherwise the responses are written to `--out` atomically, or, inside an
/// engagement, each respondent to their own file in its layout. An existing results file of the
/// same instrument keeps its other respondents.
pub(super) fn import(args: &ImportArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    let engagement = place::engagement(args.engagement.as_deref(), args.out.as_deref())?;
    if args.out.is_none() && engagement.is_none() {
        return Err(Error::Usage(crate::tr!(messages(), "err-cli-import-where")));
    }
    // The roles recorded in `--out` before the import, by respondent (inside an engagement each
    // respondent's own file is read when their row is).
    let recorded_in_out: HashMap<String, Option<String>> = match &args.out {
        Some(out) if out.is_file() => response::read_results(out)?
            .0
            .responses
            .into_iter()
            .map(|r| (r.respondent, r.role))
            .collect(),
        _ => HashMap::new(),
    };
    let mut roster_problem = None;
    let (mut imported, summary) = response::csv::read_for_import(&instrument, &args.csv, |r| {
        let (role, recorded) = match (&args.out, &engagement) {
            (Some(out), _) => (
                r.role.clone(),
                recorded_in_out
                    .get(&r.respondent)
                    .map(|role| (out.clone(), role.clone())),
            ),
            (None, Some(e)) => {
                let role = match place::role(e, &r.respondent, r.role.as_deref()) {
                    Ok(role) => role,
                    Err(err) => {
                        roster_problem.get_or_insert(err);
                        return None;
                    }
                };
                let file = e.results_path(&instrument.id, &r.respondent);
                let recorded = super::respondent::recorded_role(&file, Some(&r.respondent))
                    .ok()
                    .flatten();
                (role, Some((file, recorded)))
            }
            (None, None) => (r.role.clone(), None),
        };
        refusal(&instrument, r, role, recorded)
    })?;
    if let Some(err) = roster_problem {
        return Err(err);
    }
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
            // Every row's role was checked against the roster before anything is written.
            for r in &mut imported {
                r.role = place::role(e, &r.respondent, r.role.as_deref())?;
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
        (None, None) => return Err(Error::Usage(crate::tr!(messages(), "err-cli-import-where"))),
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
            updated = replaced.to_string()
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
