//! The sessions index: what `list` and the home screen show of each session file, kept in
//! `sessions-index.json` beside the `sessions/` folder and keyed by file name, size and modification time. A listing reads
//! the folder's entries and the index, and reads a session file only when the index has no
//! entry for it as it is now (new or changed since); the index is then written back. The index
//! is a cache: deleting it only costs one slower listing, and a damaged one is ignored.
//!
//! Links are never followed: an entry of `sessions/` that is a symbolic link (or anything else
//! that is not a regular file) is listed as unreadable with that reason, and nothing is read
//! through it, so a link to a file outside the data folder cannot put that file's content on
//! the screen.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{SessionInfo, Unreadable};

/// The index file's name, in the data folder beside `sessions/`.
pub const INDEX_FILE: &str = "sessions-index.json";

/// The index format; an index of another format is ignored.
const FORMAT: &str = "cxassess-sessions-index/2";

#[derive(Debug, Serialize, Deserialize)]
struct Index {
    format: String,
    entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Entry {
    name: String,
    size: u64,
    modified_ns: i128,
    /// The summary, or why the file could not be read.
    summary: Result<Summary, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Summary {
    instrument: String,
    title: crate::lang::Text,
    respondent: String,
    context: String,
    answered: usize,
    total: usize,
    complete: bool,
    modified: String,
}

/// The file name, size and modification time of a regular file, without following links:
/// `Err(reason)` for anything else.
fn stamp(entry: &std::fs::DirEntry) -> Result<(u64, i128), String> {
    let meta = entry.metadata().map_err(|e| {
        crate::tr!(
            crate::lang::messages(),
            "err-files-no-details",
            reason = e.to_string()
        )
    })?;
    if meta.file_type().is_symlink() {
        return Err(crate::tr!(crate::lang::messages(), "err-files-symlink"));
    }
    if !meta.is_file() {
        return Err(crate::tr!(crate::lang::messages(), "err-files-not-regular"));
    }
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| jiff::Timestamp::try_from(t).ok())
        .map_or(0, jiff::Timestamp::as_nanosecond);
    Ok((meta.len(), modified))
}

fn read_index(dir: &Path) -> HashMap<String, Entry> {
    let Ok(text) = std::fs::read_to_string(index_path(dir)) else {
        return HashMap::new();
    };
    match serde_json::from_str::<Index>(&text) {
        Ok(index) if index.format == FORMAT => index
            .entries
            .into_iter()
            .map(|e| (e.name.clone(), e))
            .collect(),
        _ => HashMap::new(),
    }
}

/// Every `*.yaml` entry of `dir` summarised by `summarise` (called only for files the index
/// does not know as they are), in file-name order; the index is brought up to date.
pub(super) fn list(
    dir: &Path,
    summarise: impl Fn(&Path) -> Result<SessionInfo, String>,
) -> (Vec<SessionInfo>, Vec<Unreadable>) {
    let mut sessions = Vec::new();
    let mut broken = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (sessions, broken);
    };
    let mut found: Vec<(String, std::fs::DirEntry)> = entries
        .filter_map(std::result::Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            Path::new(&name)
                .extension()
                .is_some_and(|x| x == "yaml")
                .then_some((name, e))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    let mut index = read_index(dir);
    let known = index.len();
    let mut fresh: Vec<Entry> = Vec::with_capacity(found.len());
    let mut changed = false;
    for (name, entry) in found {
        let path = dir.join(&name);
        let (size, modified_ns) = match stamp(&entry) {
            Ok(s) => s,
            Err(why) => {
                broken.push((path, why));
                continue;
            }
        };
        let cached = index
            .remove(&name)
            .filter(|e| e.size == size && e.modified_ns == modified_ns);
        let e = if let Some(e) = cached {
            e
        } else {
            changed = true;
            let summary = summarise(&path).map(|info| Summary {
                instrument: info.instrument,
                title: info.title,
                respondent: info.respondent,
                context: info.context,
                answered: info.answered,
                total: info.total,
                complete: info.complete,
                modified: info.modified,
            });
            Entry {
                name,
                size,
                modified_ns,
                summary,
            }
        };
        match &e.summary {
            Ok(s) => sessions.push(SessionInfo {
                path,
                instrument: s.instrument.clone(),
                title: s.title.clone(),
                respondent: s.respondent.clone(),
                context: s.context.clone(),
                answered: s.answered,
                total: s.total,
                complete: s.complete,
                modified: s.modified.clone(),
            }),
            Err(why) => broken.push((path, why.clone())),
        }
        fresh.push(e);
    }
    if changed || fresh.len() != known {
        write_index(dir, fresh);
    }
    (sessions, broken)
}

/// Writes the index; a folder that cannot be written to keeps no index (listing still works).
fn write_index(dir: &Path, entries: Vec<Entry>) {
    let index = Index {
        format: FORMAT.to_string(),
        entries,
    };
    if let Ok(text) = serde_json::to_string(&index) {
        let _ = crate::response::write_atomic(&index_path(dir), text.as_bytes());
    }
}

/// The index file of the sessions folder `dir`.
pub fn index_path(dir: &Path) -> PathBuf {
    dir.parent().unwrap_or(dir).join(INDEX_FILE)
}
