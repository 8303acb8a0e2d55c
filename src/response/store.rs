//! The data folder: where sessions started without `--out` live, the instruments made on the
//! home screen (`instruments/`), and what the home screen and `list` show. `$CXASSESS_DATA_DIR`
//! overrides the platform folder of `directories`.
//!
//! Where these folders are is [`super::folders`]'s (re-exported here), as is which files are
//! private.

use std::path::{Path, PathBuf};

pub use super::folders::{data_dir, instruments_dir, is_private, sessions_dir};
use super::lock::ResultsLock;
use crate::error::{Error, Result};
use crate::instrument::Instrument;

mod index;

pub use index::{INDEX_FILE, index_path};

/// Every `*.yaml` file in the instruments folder, by file name, each read and validated as an
/// instrument or with the error that says why it could not be. A missing folder is no files.
pub fn list_instruments() -> Result<Vec<(PathBuf, Result<Instrument>)>> {
    let dir = instruments_dir()?;
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml") && !p.is_dir())
        .map(|p| std::path::absolute(&p).unwrap_or(p))
        .collect();
    paths.sort();
    Ok(paths
        .into_iter()
        .map(|p| {
            // The path as it is loaded is what results files record as `source:`, so sessions
            // of it resume from any folder.
            let loaded = Instrument::load(&p.display().to_string());
            (p, loaded)
        })
        .collect())
}

/// Saves a new instrument's YAML as `<id>.yaml` in `dir`, or `<id>_2.yaml`, `<id>_3.yaml`… when
/// that name is taken: an existing file is never replaced. Written atomically; returns the path.
pub fn save_new_instrument(dir: &Path, id: &str, yaml: &str) -> Result<PathBuf> {
    for n in 1..=1000 {
        let name = if n == 1 {
            format!("{id}.yaml")
        } else {
            format!("{id}_{n}.yaml")
        };
        let path = dir.join(name);
        if !path.exists() && super::save::write_atomic_new(&path, yaml.as_bytes())? {
            return Ok(path);
        }
    }
    Err(Error::Environment(crate::tr!(
        crate::lang::messages(),
        "err-files-instrument-names",
        dir = dir.display().to_string(),
        id = id
    )))
}

/// A new session file in the data folder for `instrument` and `respondent`, with the session's
/// lock already held, so that two sessions started in the same second — in two processes, for
/// the same respondent — never share a file. The name is `<instrument>-<date>-<time>-<who>.yaml`,
/// then `-2`, `-3`… for a name that is taken (a file there, or another session holding it).
pub fn claim_session_path(instrument: &str, respondent: &str) -> Result<(PathBuf, ResultsLock)> {
    let dir = sessions_dir()?;
    let stamp = super::now().strftime("%Y%m%d-%H%M%S").to_string();
    let who: String = respondent
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    let base = if who.is_empty() {
        format!("{instrument}-{stamp}")
    } else {
        format!("{instrument}-{stamp}-{who}")
    };
    for n in 1..=10_000 {
        let path = if n == 1 {
            dir.join(format!("{base}.yaml"))
        } else {
            dir.join(format!("{base}-{n}.yaml"))
        };
        if path.exists() {
            continue;
        }
        // Checked again under the lock: a session that held the name a moment ago has written
        // its file before letting go.
        if let Some(lock) = ResultsLock::try_session(&path, Some(respondent))? {
            if !path.exists() {
                return Ok((path, lock));
            }
        }
    }
    Err(Error::Environment(crate::tr!(
        crate::lang::messages(),
        "err-files-session-names",
        dir = dir.display().to_string(),
        base = base
    )))
}

/// What the home screen and `list` show of a saved session.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    /// The file.
    pub path: PathBuf,
    /// Instrument id.
    pub instrument: String,
    /// Instrument title in English and Chinese.
    pub title: crate::lang::Text,
    /// The (first) respondent.
    pub respondent: String,
    /// Whose assessment it is: the organisation and the period ("Client A · 2026-Q4"), empty
    /// when the file names neither.
    pub context: String,
    /// Steps answered.
    pub answered: usize,
    /// Steps in all.
    pub total: usize,
    /// Whether the response is complete.
    pub complete: bool,
    /// Last change (file modification time), RFC 3339.
    pub modified: String,
}

/// Reads the summary of one session file: its head only (the instrument and the first
/// response), not the rest of the file.
pub fn session_info(path: &Path) -> Result<SessionInfo> {
    let mut first = None;
    let (head, instrument) = super::read_results_each(path, &mut |_, r| {
        first = Some(r);
        false
    })?;
    let resp = first.as_ref();
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| jiff::Timestamp::try_from(t).ok())
        .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default();
    Ok(SessionInfo {
        path: path.to_path_buf(),
        instrument: instrument.id.clone(),
        title: instrument.title.clone(),
        respondent: resp.map(|r| r.respondent.clone()).unwrap_or_default(),
        context: context_of(&head.assessment),
        answered: resp.map_or(0, |r| r.answered_steps(&instrument)),
        total: resp.map_or_else(
            || instrument.steps().len(),
            |r| instrument.steps_for(r.role.as_deref()).len(),
        ),
        complete: resp.is_some_and(|r| r.complete),
        modified,
    })
}

/// "organisation · period" of an assessment, the parts it has.
fn context_of(a: &super::Assessment) -> String {
    [a.organization.as_deref(), a.period.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A session file that could not be read, with the reason.
pub type Unreadable = (PathBuf, String);

/// Every readable session in the data folder, newest first, and the files that could not be
/// read (links among them: they are not followed). Reads a session file only when the index
/// (`sessions/.index.json`) does not know it as it is now.
pub fn list_sessions() -> Result<(Vec<SessionInfo>, Vec<Unreadable>)> {
    let dir = sessions_dir()?;
    let (mut sessions, broken) = index::list(&dir, |p| session_info(p).map_err(|e| e.to_string()));
    sessions.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.path.cmp(&a.path)));
    Ok((sessions, broken))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_instrument_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let inst = dir.path().join("instruments");
        let first = save_new_instrument(&inst, "study", "one").unwrap();
        assert_eq!(first, inst.join("study.yaml"));
        let second = save_new_instrument(&inst, "study", "two").unwrap();
        assert_eq!(second, inst.join("study_2.yaml"));
        std::fs::write(inst.join("study_3.yaml"), "mine").unwrap();
        let fourth = save_new_instrument(&inst, "study", "four").unwrap();
        assert_eq!(fourth, inst.join("study_4.yaml"));
        assert_eq!(std::fs::read_to_string(&first).unwrap(), "one");
        assert_eq!(std::fs::read_to_string(&second).unwrap(), "two");
        assert_eq!(
            std::fs::read_to_string(inst.join("study_3.yaml")).unwrap(),
            "mine"
        );
        let leftovers = std::fs::read_dir(&inst)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .contains("cxassess-tmp")
            })
            .count();
        assert_eq!(leftovers, 0, "no temporary files left behind");
    }
}
