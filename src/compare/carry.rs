//! `run --from PREVIOUS`: finding a respondent's answers in an earlier wave — a results file, or
//! an engagement folder (whose files of the instrument are searched for the respondent) — and the
//! words the runner shows beside a question's previous answer. Carrying itself is
//! [`crate::response::carry`]'s.

use std::path::Path;

use crate::engagement::{self, Engagement};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::response::carry::Previous;
use crate::response::{Response, read_results};
use crate::tr;

/// The answers `respondent` gave to `instrument` (any version) in the earlier wave at `from`.
/// A results file holding one response serves without a name; otherwise the respondent is found
/// by name, and not finding them is an error (exit 2) that says where it looked.
pub fn previous(
    from: &Path,
    instrument: &Instrument,
    respondent: Option<&str>,
) -> Result<Previous> {
    let files = if from.is_dir() {
        if !from.join(engagement::FILE).is_file() {
            return Err(Error::Usage(format!(
                "--from {}: a folder is an engagement only with an {} in it; give the earlier wave's results file or engagement folder",
                from.display(),
                engagement::FILE
            )));
        }
        let e = Engagement::load(from)?;
        let folder = engagement::file_safe(&instrument.id);
        e.results_files()?
            .into_iter()
            .filter(|(name, _)| *name == folder)
            .map(|(_, f)| f)
            .collect()
    } else {
        vec![from.to_path_buf()]
    };
    for f in &files {
        let (results, inst) = read_results(f)?;
        if inst.id != instrument.id {
            return Err(Error::Usage(format!(
                "--from {}: it holds answers to '{}', not '{}': give an earlier wave of the same instrument",
                f.display(),
                inst.id,
                instrument.id
            )));
        }
        let found: Option<Response> = match respondent {
            Some(name) => results.responses.into_iter().find(|r| r.respondent == name),
            None if results.responses.len() == 1 && files.len() == 1 => {
                results.responses.into_iter().next()
            }
            None => None,
        };
        if let Some(response) = found {
            return Ok(Previous {
                source: f.display().to_string(),
                response,
            });
        }
    }
    let who = respondent.map_or_else(
        || "--from without --respondent".to_string(),
        |n| format!("'{n}'"),
    );
    Err(Error::Usage(format!(
        "--from {}: no answers of {who} to '{}' there ({} file(s) read); fix: give --respondent as it is written in the earlier wave, or leave out --from",
        from.display(),
        instrument.id,
        files.len()
    )))
}

/// The words beside a question's previous answer: "previous answer: 4 (Enter keeps it)".
pub fn prompt(answer: &str, lang: Lang) -> String {
    tr!(lang, "carry-previous", answer = answer)
}
