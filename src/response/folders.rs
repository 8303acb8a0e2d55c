//! Where the data folder and its own folders are, and which files in them are private. The
//! data folder holds every respondent's answers, so `sessions/` and `instruments/` are made 0700
//! and the files in them 0600, whatever the umask ([`is_private`]); files written elsewhere with
//! `--out` are the user's and get the usual permissions. `$CXASSESS_DATA_DIR` overrides the
//! platform folder of `directories`. This module imports no other of `response`, so the writers
//! ([`super::lock`], [`super::save`]) and the store can all ask it.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The data folder.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("CXASSESS_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "cxassess")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or_else(|| Error::Environment(crate::tr!(crate::lang::messages(), "err-files-no-home")))
}

/// The folder sessions are kept in.
pub fn sessions_dir() -> Result<PathBuf> {
    Ok(data_dir()?.join("sessions"))
}

/// The folder instruments made on the home screen are saved in, and listed from.
pub fn instruments_dir() -> Result<PathBuf> {
    Ok(data_dir()?.join("instruments"))
}

/// Whether `target` (a path with its links followed) is in one of the data folder's own folders
/// (`sessions/`, `instruments/`), whose files and folders are private.
pub fn is_private(target: &Path) -> bool {
    let Some(parent) = target.parent() else {
        return false;
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    [sessions_dir(), instruments_dir()]
        .into_iter()
        .flatten()
        .any(|dir| same_folder(parent, &dir))
}

/// Whether two paths name one folder: the same real folder when both exist, else the same
/// absolute path.
fn same_folder(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => match (std::path::absolute(a), std::path::absolute(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        },
    }
}
