//! The data folder: where sessions started without `--out` live, and what the home screen and
//! `list` show. `$CXASSESS_DATA_DIR` overrides the platform folder of `directories`.

use std::path::{Path, PathBuf};

use super::{Results, read_results};
use crate::error::{Error, Result};
use crate::instrument::Instrument;

/// The data folder.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("CXASSESS_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "cxassess")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or_else(|| {
            Error::Environment(
                "no home folder was found for the data folder; set CXASSESS_DATA_DIR to a folder"
                    .into(),
            )
        })
}

/// The folder sessions are kept in.
pub fn sessions_dir() -> Result<PathBuf> {
    Ok(data_dir()?.join("sessions"))
}

/// A new session file name for `instrument` and `respondent`, unique within the folder.
pub fn new_session_path(instrument: &str, respondent: &str) -> Result<PathBuf> {
    let dir = sessions_dir()?;
    let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
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
    let mut path = dir.join(format!("{base}.yaml"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{base}-{n}.yaml"));
        n += 1;
    }
    Ok(path)
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
    /// Steps answered.
    pub answered: usize,
    /// Steps in all.
    pub total: usize,
    /// Whether the response is complete.
    pub complete: bool,
    /// Last change (file modification time), RFC 3339.
    pub modified: String,
}

/// Reads the summary of one session file.
pub fn session_info(path: &Path) -> Result<SessionInfo> {
    let (results, instrument): (Results, Instrument) = read_results(path)?;
    let resp = results.responses.first();
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
        answered: resp.map_or(0, |r| r.answered_steps(&instrument)),
        total: instrument.steps().len(),
        complete: resp.is_some_and(|r| r.complete),
        modified,
    })
}

/// A session file that could not be read, with the reason.
pub type Unreadable = (PathBuf, String);

/// Every readable session in the data folder, newest first, and the files that could not be read.
pub fn list_sessions() -> Result<(Vec<SessionInfo>, Vec<Unreadable>)> {
    let dir = sessions_dir()?;
    let mut sessions = Vec::new();
    let mut broken = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok((sessions, broken));
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    for p in paths {
        match session_info(&p) {
            Ok(info) => sessions.push(info),
            Err(e) => broken.push((p, e.to_string())),
        }
    }
    sessions.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.path.cmp(&a.path)));
    Ok((sessions, broken))
}
