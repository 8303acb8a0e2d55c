//! One writer at a time per results file. Every cxassess process that writes a results file
//! first takes an advisory lock on a small file beside it, `.<name>.cxassess-lock` (in the folder
//! of the file a symbolic link ends at, so every path to one file shares one lock):
//!
//! - a runner session (full-screen or plain) holds it from opening the file to leaving it;
//! - a short writer (`fill`, `import`, a report written with `--out`) waits for it briefly, then
//!   reads the file again under it, so what another writer saved a moment ago is kept.
//!
//! A writer that cannot have the lock fails with [`Error::InUse`] (exit 1) naming the holder —
//! process id, host, respondent and since when — which the holder wrote into the lock file. The
//! lock is the system's (`flock`, through `fs4`): it goes with the process, so a session killed
//! with `kill -9` never blocks the next one; the lock file it leaves names a dead process and is
//! taken over. A released lock's file is removed while still locked, and a lock taken on a file
//! that was removed meanwhile is dropped and taken again, so two processes never both hold one.

use std::fs::File;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::atomic::{ensure_folder, folder_of, resolve_target, short_name};
use crate::error::{Error, Result};
use crate::lang::messages;
use crate::tr;

/// How long a short writer waits for another short writer before giving up.
const WRITE_PATIENCE: Duration = Duration::from_secs(30);
/// How long a session waits for a short writer (one that takes longer is not a short writer).
const SESSION_PATIENCE: Duration = Duration::from_secs(5);
/// How long a holder that says it is a session must go on saying so before a writer gives up:
/// long enough for a lock just taken over from a killed session to be described anew.
const CONFIRM: Duration = Duration::from_millis(100);

/// What the holder of a lock is doing, as written in the lock file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Task {
    /// A runner session, which holds the file until the respondent leaves.
    Session,
    /// A short write (`fill`, `import`, a report), done in moments.
    Write,
}

/// Who holds a lock: the lock file's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    /// Process id.
    pub pid: u32,
    /// The host the process runs on.
    pub host: String,
    /// What it is doing.
    pub task: Task,
    /// The respondent answering, for a session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent: Option<String>,
    /// Since when (RFC 3339, UTC, the real clock).
    pub since: String,
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let task = match self.task {
            Task::Session => "session",
            Task::Write => "write",
        };
        let text = tr!(
            messages(),
            "err-lock-holder",
            task = task,
            pid = self.pid.to_string(),
            host = self.host.as_str(),
            named = if self.respondent.is_some() {
                "yes"
            } else {
                "no"
            },
            respondent = self.respondent.as_deref().unwrap_or_default(),
            since = self.since.as_str()
        );
        f.write_str(&text)
    }
}

/// The name of this machine, for the lock file (no dependency needed to read it).
fn host_name() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .chain(
            ["HOSTNAME", "COMPUTERNAME"]
                .iter()
                .filter_map(|v| std::env::var(v).ok()),
        )
        .map(|h| h.trim().to_string())
        .find(|h| !h.is_empty())
        .unwrap_or_else(|| "an unknown host".to_string())
}

/// The lock of one results file, held until dropped.
#[derive(Debug)]
pub struct ResultsLock {
    /// The locked lock file (the lock is on its open file description).
    file: File,
    /// Where the lock file is.
    lock_path: PathBuf,
    /// The file written: the path asked for, links followed.
    target: PathBuf,
    /// What this process wrote into the lock file.
    holder: Holder,
}

/// The lock file of `target`.
fn lock_path_of(target: &Path) -> PathBuf {
    folder_of(target).join(format!(".{}.cxassess-lock", short_name(target)))
}

/// Opens (creating) the lock file, read-write when allowed, else read-only (the lock works on
/// either; a lock file of another user's is then used without being described).
fn open_lock_file(lock_path: &Path, private: bool, target: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
        // No more readable than the file it guards: it names the respondent.
        let mode = if private {
            0o600
        } else {
            std::fs::metadata(target).map_or(0o666, |m| m.permissions().mode() & 0o666)
        };
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = (private, target);
    match options.open(lock_path) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => File::open(lock_path),
        other => other,
    }
}

/// Whether `file` is still the file at `path` (not one removed by a holder releasing it).
fn still_there(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        // Elsewhere an open file cannot be removed, so it is still there.
        let _ = (file, path);
        true
    }
}

/// Takes the lock file's lock without waiting: `None` when another process holds it.
fn try_take(lock_path: &Path, private: bool, target: &Path) -> Result<Option<File>> {
    loop {
        let file =
            open_lock_file(lock_path, private, target).map_err(|e| Error::io(lock_path, e))?;
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => {}
            Err(fs4::TryLockError::WouldBlock) => return Ok(None),
            // A file system without locks (some network and FUSE mounts): writing unlocked, as
            // every version before the lock did, beats not writing at all.
            Err(fs4::TryLockError::Error(e)) if locks_unsupported(&e) => return Ok(Some(file)),
            Err(fs4::TryLockError::Error(e)) => return Err(Error::io(lock_path, e)),
        }
        if still_there(&file, lock_path) {
            return Ok(Some(file));
        }
    }
}

/// Whether a lock failed because the file system has no locks (`EOPNOTSUPP`, or `ENOLCK` on
/// Linux).
fn locks_unsupported(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::Unsupported
        || (cfg!(target_os = "linux") && e.raw_os_error() == Some(37))
}

/// What the lock file says about its holder, when it says something readable.
fn read_holder(lock_path: &Path) -> Option<Holder> {
    let mut text = String::new();
    File::open(lock_path)
        .ok()?
        .take(4096)
        .read_to_string(&mut text)
        .ok()?;
    serde_json::from_str(&text).ok()
}

/// A short pause between tries, different in each process so that waiting writers spread out.
fn pause() {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let jitter = (std::process::id() % 7) + (nanos % 13);
    std::thread::sleep(Duration::from_millis(u64::from(5 + jitter)));
}

impl ResultsLock {
    /// Takes the lock of the results file at `path` for a runner session of `respondent`. A
    /// short writer in the way is waited for a few seconds; another session is not.
    pub fn session(path: &Path, respondent: Option<&str>) -> Result<ResultsLock> {
        Self::take(path, Task::Session, respondent)
    }

    /// Takes the lock of the file at `path` for a short write, waiting for other short writers
    /// (not for a session, which may hold it for hours).
    pub fn write(path: &Path) -> Result<ResultsLock> {
        Self::take(path, Task::Write, None)
    }

    /// The lock for a session, or `None` at once when anyone holds it.
    pub fn try_session(path: &Path, respondent: Option<&str>) -> Result<Option<ResultsLock>> {
        let target = resolve_target(path)?;
        let private = super::folders::is_private(&target);
        ensure_folder(&folder_of(&target), private)?;
        let lock_path = lock_path_of(&target);
        Ok(try_take(&lock_path, private, &target)?
            .map(|file| Self::hold(file, lock_path, target, Task::Session, respondent)))
    }

    fn take(path: &Path, task: Task, respondent: Option<&str>) -> Result<ResultsLock> {
        let target = resolve_target(path)?;
        let private = super::folders::is_private(&target);
        ensure_folder(&folder_of(&target), private)?;
        let lock_path = lock_path_of(&target);
        let patience = match task {
            Task::Session => SESSION_PATIENCE,
            Task::Write => WRITE_PATIENCE,
        };
        let start = Instant::now();
        let mut session_seen: Option<(Holder, Instant)> = None;
        loop {
            if let Some(file) = try_take(&lock_path, private, &target)? {
                return Ok(Self::hold(file, lock_path, target, task, respondent));
            }
            let holder = read_holder(&lock_path);
            let gave_up = match &holder {
                Some(h) if h.task == Task::Session => match &session_seen {
                    Some((seen, at)) if seen == h => at.elapsed() >= CONFIRM,
                    _ => {
                        session_seen = Some((h.clone(), Instant::now()));
                        false
                    }
                },
                _ => start.elapsed() >= patience,
            };
            if gave_up {
                return Err(in_use(path, holder.as_ref(), patience));
            }
            pause();
        }
    }

    fn hold(
        file: File,
        lock_path: PathBuf,
        target: PathBuf,
        task: Task,
        respondent: Option<&str>,
    ) -> ResultsLock {
        let lock = ResultsLock {
            file,
            lock_path,
            target,
            holder: Holder {
                pid: std::process::id(),
                host: host_name(),
                task,
                respondent: respondent.map(str::to_string),
                since: format!("{:.0}", jiff::Timestamp::now()),
            },
        };
        lock.describe();
        lock
    }

    /// Writes who holds the lock into the lock file (best effort: a lock file opened read-only
    /// stays as it is, and a waiting writer then says only that the file is in use).
    fn describe(&self) {
        let Ok(json) = serde_json::to_string(&self.holder) else {
            return;
        };
        let mut file = &self.file;
        let _ = file
            .set_len(0)
            .and_then(|()| file.write_all(json.as_bytes()))
            .and_then(|()| file.flush());
    }

    /// Names the respondent in the lock file, once the session knows who answers.
    pub fn set_respondent(&mut self, respondent: &str) {
        if self.holder.respondent.as_deref() != Some(respondent) {
            self.holder.respondent = Some(respondent.to_string());
            self.describe();
        }
    }

    /// The file to write: the path locked, its links followed.
    pub fn target(&self) -> &Path {
        &self.target
    }
}

impl Drop for ResultsLock {
    fn drop(&mut self) {
        // Removed while still locked; the lock itself goes when the file closes, just after.
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// The error for a file whose lock another process holds.
fn in_use(path: &Path, holder: Option<&Holder>, waited: Duration) -> Error {
    let (holder, fix) = match holder {
        Some(h) if h.task == Task::Session => (
            tr!(messages(), "err-lock-session", holder = h.to_string()),
            tr!(messages(), "err-lock-session-fix"),
        ),
        Some(h) => (
            tr!(
                messages(),
                "err-lock-writer",
                holder = h.to_string(),
                seconds = waited.as_secs().to_string()
            ),
            tr!(messages(), "err-lock-wait-fix"),
        ),
        None => (
            tr!(
                messages(),
                "err-lock-unknown",
                seconds = waited.as_secs().to_string()
            ),
            tr!(messages(), "err-lock-wait-fix"),
        ),
    };
    Error::InUse {
        path: path.to_path_buf(),
        holder,
        fix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_session_is_refused_naming_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.yaml");
        let first = ResultsLock::session(&path, Some("alice")).unwrap();
        let err = ResultsLock::session(&path, Some("bob")).unwrap_err();
        let message = err.to_string();
        assert_eq!(err.exit_code(), 1);
        assert!(message.contains("respondent 'alice'"), "{message}");
        assert!(
            message.contains(&format!("process {}", std::process::id())),
            "{message}"
        );
        assert!(ResultsLock::try_session(&path, None).unwrap().is_none());
        drop(first);
        assert!(!dir.path().join(".r.yaml.cxassess-lock").exists());
        let again = ResultsLock::try_session(&path, None).unwrap();
        assert!(again.is_some());
    }

    #[test]
    fn a_stale_lock_file_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.yaml");
        // What a killed session leaves: a lock file naming it, and no lock.
        std::fs::write(
            dir.path().join(".r.yaml.cxassess-lock"),
            r#"{"pid":1,"host":"h","task":"session","respondent":"gone","since":"2026-01-01T00:00:00Z"}"#,
        )
        .unwrap();
        let lock = ResultsLock::write(&path).unwrap();
        let holder = read_holder(&lock.lock_path).unwrap();
        assert_eq!(holder.pid, std::process::id());
        assert_eq!(holder.task, Task::Write);
    }
}
