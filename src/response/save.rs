//! Saving: the one way results files (and every other file cxassess writes with `--out`) reach
//! the disk. A save holds the target's lock ([`super::lock`]) — a runner's for its whole session,
//! a short writer's for the moment of its write — and writes through [`super::atomic`], so that a
//! save never loses what another writer saved, never leaves half a file, follows symbolic links
//! and keeps the file's owner and permissions.
//!
//! Over an existing results file the comments and hand-made layout of unchanged lines are kept
//! ([`super::merge`]); a new one is written in canonical form ([`super::write`]).

use std::path::Path;

use super::atomic::{Existing, resolve_target, write_target};
use super::folders::is_private;
use super::lock::ResultsLock;
use super::{Results, merge, read_results, write};
use crate::error::{Error, Result};
use crate::instrument::Instrument;

/// Saves `results` to the file `lock` holds (its links already followed).
pub fn save_held(lock: &ResultsLock, results: &Results, instrument: &Instrument) -> Result<()> {
    let target = lock.target();
    let text = match std::fs::read_to_string(target) {
        Ok(old) => merge::text_over(&old, results, instrument),
        Err(_) => write::to_yaml(results, instrument),
    };
    write_target(
        target,
        text.as_bytes(),
        Existing::Replace,
        is_private(target),
    )
    .map(|_| ())
}

/// Saves a results file as a short writer: waits briefly for its lock, then writes. Over an
/// existing file, comments and hand-made layout are kept. A process that holds the file's lock
/// for a session saves with [`save_held`] instead (taking the lock again would wait on itself).
pub fn save_atomic(path: &Path, results: &Results, instrument: &Instrument) -> Result<()> {
    let lock = ResultsLock::write(path)?;
    save_held(&lock, results, instrument)
}

/// Changes the results file at `path` as one step under its lock: reads it again (or starts an
/// empty one for `instrument` when there is none), applies `change`, saves. Answers another
/// writer saved a moment before are therefore kept. A file answered against another instrument
/// or version is refused (exit 2) and left as it is.
pub fn update_results<T>(
    path: &Path,
    instrument: &Instrument,
    change: impl FnOnce(&mut Results) -> T,
) -> Result<T> {
    try_update_results(path, instrument, |results| Ok(change(results)))
}

/// As [`update_results`], with a change that may refuse (nothing is then written).
pub fn try_update_results<T>(
    path: &Path,
    instrument: &Instrument,
    change: impl FnOnce(&mut Results) -> Result<T>,
) -> Result<T> {
    let lock = ResultsLock::write(path)?;
    let mut results = if lock.target().exists() {
        // Read through the path given, so a relative `source:` resolves as it always has.
        let (existing, existing_instrument) = read_results(path)?;
        if existing_instrument.id != instrument.id
            || existing_instrument.version != instrument.version
        {
            return Err(Error::Usage(crate::tr!(
                crate::lang::messages(),
                "err-files-other-results",
                path = path.display().to_string(),
                held = existing_instrument.id.as_str(),
                held_version = existing_instrument.version.to_string(),
                id = instrument.id.as_str(),
                version = instrument.version.to_string()
            )));
        }
        existing
    } else {
        Results::new(instrument)
    };
    let out = change(&mut results)?;
    save_held(&lock, &results, instrument)?;
    Ok(out)
}

/// Writes `contents` to `path` atomically, under the file's lock (waiting briefly for it): a
/// report, an export, a template. Links are followed; a replaced file keeps its permissions and
/// owner; a new one gets 0666 less the umask (0600 in the data folder's own folders).
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let lock = ResultsLock::write(path)?;
    let target = lock.target();
    write_target(target, contents, Existing::Replace, is_private(target)).map(|_| ())
}

/// As [`write_atomic`], but never replaces a file: `Ok(false)` (and nothing written) when `path`
/// already exists, even when it appeared a moment ago. Takes no lock: it replaces nothing.
pub fn write_atomic_new(path: &Path, contents: &[u8]) -> Result<bool> {
    let target = resolve_target(path)?;
    write_target(&target, contents, Existing::Keep, is_private(&target))
}
