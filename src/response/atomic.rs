//! Writing a file so that it is never seen half-written: a temporary file in the target's folder
//! is written, flushed to disk, then renamed over the target, and the folder is flushed so the
//! rename survives a power cut. What the user arranged around the file survives the rename:
//!
//! - a symbolic link is followed and its target replaced; the link stays a link;
//! - a replaced file keeps its permissions, and its owner and group where the system lets us;
//! - a new file gets what any program's new file gets (0666 less the umask), except in the
//!   data folder's own folders ([`super::folders::is_private`]), which are private: folders 0700,
//!   files 0600, whatever the umask;
//! - temporary files are named after their target (`.<name>.cxassess-tmp-XXXXXX`), so one left
//!   by a killed process is recognised and removed at the target's next save.
//!
//! The callers hold the target's lock ([`super::lock`]) while replacing it, which is what makes
//! every temporary file of that target found here a leftover.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// How many links in a row are followed before giving up (as the system's own limit).
const MAX_LINKS: usize = 40;

/// The file a write to `path` must replace: `path` itself, or where its chain of symbolic links
/// ends (which need not exist yet). A relative link is read from the folder the link is in.
pub fn resolve_target(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&current).map_err(|e| Error::io(&current, e))?;
                current = match current.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(Error::io(
        path,
        std::io::Error::other(crate::tr!(crate::lang::messages(), "err-files-link-loop")),
    ))
}

/// The folder `path` is in (`.` for a bare file name).
pub(super) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The file name of `path`, shortened so that the names made from it (temporary and lock files)
/// stay within the usual 255-byte limit.
pub(super) fn short_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut end = name.len().min(200);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name[..end].to_string()
}

/// The start of every temporary file name of `target`.
fn temp_prefix(target: &Path) -> String {
    format!(".{}.cxassess-tmp-", short_name(target))
}

/// Makes sure `dir` exists. A private folder is created 0700 (with any missing parents) and
/// narrowed to 0700 when it is wider, so that a data folder made by an older version becomes
/// private at its next save.
pub(super) fn ensure_folder(dir: &Path, private: bool) -> Result<()> {
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::io(dir, e))?;
        let meta = std::fs::metadata(dir).map_err(|e| Error::io(dir, e))?;
        if meta.permissions().mode() & 0o777 != 0o700 {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
                .map_err(|e| Error::io(dir, e))?;
        }
        return Ok(());
    }
    let _ = private;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
}

/// Removes the temporary files of `target` left by a process that was killed between creating
/// one and renaming it. Only regular files with the target's temporary prefix are touched;
/// failures are ignored (a leftover is untidy, not wrong).
fn remove_leftovers(target: &Path) {
    let prefix = temp_prefix(target);
    let Ok(entries) = std::fs::read_dir(folder_of(target)) else {
        return;
    };
    for entry in entries.flatten() {
        let is_leftover = entry.file_name().to_string_lossy().starts_with(&prefix)
            && entry.file_type().is_ok_and(|t| t.is_file());
        if is_leftover {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Gives the new file the owner and group of the one it replaces, as far as the system allows:
/// both (as root, or when they are ours), else the group alone (one of our groups), else
/// neither — the file is still written, as every editor does.
#[cfg(unix)]
fn keep_owner(file: &std::fs::File, old: &std::fs::Metadata) {
    use std::os::unix::fs::MetadataExt as _;
    let Ok(new) = file.metadata() else { return };
    if new.uid() == old.uid() && new.gid() == old.gid() {
        return;
    }
    if std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
        let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
    }
}

/// What a write may do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Existing {
    /// Replace it.
    Replace,
    /// Leave it and write nothing.
    Keep,
}

/// Writes `contents` to `target` (a path with no link left to follow, see [`resolve_target`])
/// through a temporary file. With [`Existing::Keep`], returns `Ok(false)` and writes nothing when
/// the target exists, even when it appeared a moment ago. `private` makes the file 0600.
pub(super) fn write_target(
    target: &Path,
    contents: &[u8],
    existing: Existing,
    private: bool,
) -> Result<bool> {
    let dir = folder_of(target);
    ensure_folder(&dir, private)?;
    let replace = existing == Existing::Replace;
    if replace {
        remove_leftovers(target);
    }
    let old = std::fs::metadata(target)
        .ok()
        .filter(|m| replace && m.is_file());
    let prefix = temp_prefix(target);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix("");
    #[cfg(unix)]
    let permissions = {
        use std::os::unix::fs::PermissionsExt as _;
        // Created with them already (the umask can only narrow them), so the new content is never
        // more readable than the old, not even for a moment.
        match &old {
            _ if private => std::fs::Permissions::from_mode(0o600),
            Some(m) => m.permissions(),
            None => std::fs::Permissions::from_mode(0o666),
        }
    };
    #[cfg(unix)]
    builder.permissions(permissions.clone());
    let mut tmp = builder.tempfile_in(&dir).map_err(|e| Error::io(&dir, e))?;
    tmp.write_all(contents).map_err(|e| Error::io(target, e))?;
    #[cfg(unix)]
    {
        if let Some(m) = &old {
            keep_owner(tmp.as_file(), m);
        }
        if old.is_some() || private {
            // Exactly these permissions, whatever the umask (and after the change of owner,
            // which may have cleared set-id bits).
            tmp.as_file()
                .set_permissions(permissions)
                .map_err(|e| Error::io(target, e))?;
        }
    }
    #[cfg(not(unix))]
    if let Some(m) = &old {
        let _ = tmp.as_file().set_permissions(m.permissions());
    }
    tmp.as_file().sync_all().map_err(|e| Error::io(target, e))?;
    if replace {
        tmp.persist(target)
            .map_err(|e| Error::io(target, e.error))?;
    } else {
        match tmp.persist_noclobber(target) {
            Ok(_) => {}
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => return Ok(false),
            Err(e) => return Err(Error::io(target, e.error)),
        }
    }
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn links_are_followed_to_where_they_end() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("real")).unwrap();
        std::os::unix::fs::symlink("real/r.yaml", d.join("one")).unwrap();
        std::os::unix::fs::symlink(d.join("one"), d.join("two")).unwrap();
        assert_eq!(
            resolve_target(&d.join("two")).unwrap(),
            d.join("real/r.yaml")
        );
        assert_eq!(resolve_target(&d.join("plain")).unwrap(), d.join("plain"));
        std::os::unix::fs::symlink("loop", d.join("loop")).unwrap();
        assert!(resolve_target(&d.join("loop")).is_err());
    }

    #[test]
    fn leftover_temporary_files_of_the_target_only_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join(".r.yaml.cxassess-tmp-AbC123"), "old answers").unwrap();
        std::fs::write(d.join(".other.yaml.cxassess-tmp-AbC123"), "not ours").unwrap();
        assert!(write_target(&d.join("r.yaml"), b"new", Existing::Replace, false).unwrap());
        let mut names: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [".other.yaml.cxassess-tmp-AbC123", "r.yaml"]);
        assert!(!write_target(&d.join("r.yaml"), b"x", Existing::Keep, false).unwrap());
        assert_eq!(std::fs::read_to_string(d.join("r.yaml")).unwrap(), "new");
    }

    #[test]
    fn long_names_still_make_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let name = format!("{}.yaml", "é".repeat(120));
        let target = dir.path().join(&name);
        assert!(write_target(&target, b"ok", Existing::Replace, false).unwrap());
        assert!(temp_prefix(&target).len() < 255);
    }
}
