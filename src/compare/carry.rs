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
            return Err(Error::Usage(tr!(
                crate::lang::messages(),
                "err-compare-from-not-engagement",
                from = from.display().to_string(),
                file = engagement::FILE
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
            return Err(Error::Usage(tr!(
                crate::lang::messages(),
                "err-compare-from-other-instrument",
                from = f.display().to_string(),
                held = inst.id.as_str(),
                id = instrument.id.as_str()
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
    let lang = crate::lang::messages();
    let who = respondent.map_or_else(
        || tr!(lang, "err-compare-from-no-respondent"),
        |n| format!("'{n}'"),
    );
    Err(Error::Usage(tr!(
        lang,
        "err-compare-from-none",
        from = from.display().to_string(),
        who = who,
        id = instrument.id.as_str(),
        n = files.len().to_string()
    )))
}

/// The words beside a question's previous answer: "previous answer: 4 (Enter keeps it)".
pub fn prompt(answer: &str, lang: Lang) -> String {
    tr!(lang, "carry-previous", answer = answer)
}
