//! Where a new response goes, for `run`, `fill` and `import`: `--out` as given; otherwise, inside
//! an engagement (`--engagement DIR`, or the current folder or a parent holding
//! `engagement.yaml`, as git finds `.git`), the engagement's layout
//! `<DIR>/<instrument>/<respondent>.yaml`. Inside an engagement the roster also gives a
//! respondent's role, and a role that contradicts it is refused.

use std::path::{Path, PathBuf};

use crate::engagement::{self, Engagement};
use crate::error::{Error, Result};
use crate::instrument::Instrument;

/// The engagement a command works in: the one named, else (only when no `--out` says where to
/// write) the one holding the current folder.
pub(super) fn engagement(named: Option<&Path>, out: Option<&Path>) -> Result<Option<Engagement>> {
    match named {
        Some(dir) => Ok(Some(Engagement::load(&super::engagement::locate(Some(
            dir,
        ))?)?)),
        None if out.is_none() => {
            let here = std::env::current_dir().map_err(|e| Error::io(".", e))?;
            Engagement::find(&here)
                .map(|dir| Engagement::load(&dir))
                .transpose()
        }
        None => Ok(None),
    }
}

/// The role of `respondent` in `e`'s roster, checked against the role `given`: a role that
/// contradicts the roster's is refused; without one, the roster's is the respondent's.
pub(super) fn role(
    e: &Engagement,
    respondent: &str,
    given: Option<&str>,
) -> Result<Option<String>> {
    let listed = e.member(respondent).and_then(|m| m.role.clone());
    match (given, listed) {
        (Some(g), Some(l)) if !g.trim().eq_ignore_ascii_case(l.trim()) => {
            Err(Error::Usage(crate::tr!(
                crate::lang::messages(),
                "err-cli-role-contradicts-roster",
                given = g,
                file = e.dir.join(engagement::FILE).display().to_string(),
                respondent = respondent,
                listed = l
            )))
        }
        (Some(g), _) => Ok(Some(g.to_string())),
        (None, listed) => Ok(listed),
    }
}

/// The results file of `respondent` for `instrument` in `e`'s layout, its folder made.
pub(super) fn results_path(
    e: &Engagement,
    instrument: &Instrument,
    respondent: &str,
) -> Result<PathBuf> {
    let path = e.results_path(&instrument.id, respondent);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|err| Error::io(dir, err))?;
    }
    Ok(path)
}

/// The refusal of an interview in an engagement that does not say who answers.
pub(super) fn needs_respondent(e: &Engagement) -> Error {
    Error::Usage(crate::tr!(
        crate::lang::messages(),
        "err-cli-needs-respondent",
        dir = e.dir.display().to_string()
    ))
}
