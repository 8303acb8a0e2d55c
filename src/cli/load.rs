//! Reading many results files, done right for every command that reads several: an engagement
//! folder stands for its results files; files are grouped by instrument and merged respondent
//! first; the same respondent in two files of one instrument is an error naming both files.

use std::path::{Path, PathBuf};

use crate::engagement::{self, Engagement};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::response::{self, Assessment, Results};

/// The results files of one instrument, read and merged.
#[derive(Debug)]
pub(super) struct Merged {
    /// The instrument.
    pub instrument: Instrument,
    /// Every response, the assessment merged (the first organisation and period, the latest
    /// date).
    pub results: Results,
    /// The files, as given.
    pub sources: Vec<String>,
}

/// `inputs` with every engagement folder (a folder holding `engagement.yaml`) replaced by its
/// results files.
pub(super) fn expand(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            if !p.join(engagement::FILE).is_file() {
                return Err(Error::Usage(crate::tr!(
                    crate::lang::messages(),
                    "err-cli-report-not-engagement",
                    dir = p.display().to_string(),
                    file = engagement::FILE
                )));
            }
            let e = Engagement::load(p)?;
            out.extend(e.results_files()?.into_iter().map(|(_, f)| f));
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// The first organisation and period named, the latest date.
fn merge_assessment(into: &mut Assessment, other: &Assessment) {
    if into.organization.is_none() {
        into.organization.clone_from(&other.organization);
    }
    if into.period.is_none() {
        into.period.clone_from(&other.period);
    }
    if other.date > into.date {
        into.date.clone_from(&other.date);
    }
}

/// Groups results files by instrument (id and version), in the order first seen, merging the
/// files of each group. A respondent found in two files of one group is refused (exit 2), naming
/// both files: counting them twice would be wrong, and choosing one silently worse.
pub(super) fn groups(files: &[&Path]) -> Result<Vec<Merged>> {
    let mut loaded = Vec::with_capacity(files.len());
    for f in files {
        let (results, inst) = response::read_results(f)?;
        loaded.push((f.display().to_string(), results, inst));
    }
    merge(loaded)
}

/// [`groups`] over files already read: `(file, results, instrument)`.
pub(super) fn merge(loaded: Vec<(String, Results, Instrument)>) -> Result<Vec<Merged>> {
    let mut groups: Vec<(Merged, Vec<(String, usize)>)> = Vec::new();
    for (source, results, inst) in loaded {
        let at = groups
            .iter()
            .position(|(g, _)| g.instrument.id == inst.id && g.instrument.version == inst.version);
        let Some(at) = at else {
            let seen = results
                .responses
                .iter()
                .map(|r| (r.respondent.clone(), 0))
                .collect();
            groups.push((
                Merged {
                    instrument: inst,
                    results,
                    sources: vec![source],
                },
                seen,
            ));
            continue;
        };
        let (g, seen) = &mut groups[at];
        for r in &results.responses {
            if let Some((_, file)) = seen.iter().find(|(name, _)| *name == r.respondent) {
                return Err(Error::Usage(crate::tr!(
                    crate::lang::messages(),
                    "err-cli-respondent-twice",
                    respondent = r.respondent.as_str(),
                    file = g.sources[*file].as_str(),
                    other_file = source.as_str()
                )));
            }
        }
        let file = g.sources.len();
        seen.extend(
            results
                .responses
                .iter()
                .map(|r| (r.respondent.clone(), file)),
        );
        merge_assessment(&mut g.results.assessment, &results.assessment);
        g.results.responses.extend(results.responses);
        g.sources.push(source);
    }
    Ok(groups.into_iter().map(|(g, _)| g).collect())
}
