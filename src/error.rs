//! The errors users see. Every message names the file and the place in it (YAML line and column,
//! CSV row and column), says what is wrong, quoting the bad value, and says how to fix it.
//! `main` maps them to the exit codes of SPEC.md. Every message is shown through
//! [`crate::sanitize::terminal`]: the values it quotes come from files, and an escape sequence in
//! them must reach the terminal as visible text, never as a command.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::lang::messages;

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The whole file.
    File,
    /// A YAML line and column, both from 1.
    Yaml { line: usize, column: usize },
    /// A CSV row (the header is row 1) and column (from 1) with the column's header name.
    Csv {
        row: u64,
        column: usize,
        header: String,
    },
}

/// One problem found in an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it.
    pub file: String,
    /// Where in the file.
    pub place: Place,
    /// What is wrong, quoting the offending value.
    pub what: String,
    /// How to fix it.
    pub fix: String,
}

impl Problem {
    /// A problem at a YAML position.
    pub fn yaml(
        file: impl Into<String>,
        (line, column): (usize, usize),
        what: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Self {
            file: file.into(),
            place: Place::Yaml { line, column },
            what: what.into(),
            fix: fix.into(),
        }
    }

    /// A problem with the file as a whole.
    pub fn file(file: impl Into<String>, what: impl Into<String>, fix: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            place: Place::File,
            what: what.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = shown(&self.file);
        let what = shown(&self.what);
        match &self.place {
            Place::File => write!(f, "{file}: {what}")?,
            Place::Yaml { line, column } => {
                write!(f, "{file}:{line}:{column}: {what}")?;
            }
            Place::Csv {
                row,
                column,
                header,
            } => {
                let problem = crate::tr!(
                    messages(),
                    "error-csv-place",
                    row = row.to_string(),
                    column = column.to_string(),
                    header = shown(header).into_owned(),
                    what = what.into_owned()
                );
                write!(f, "{file}: {problem}")?;
            }
        }
        if !self.fix.is_empty() {
            write!(f, "\n  {}", fix_line(&self.fix))?;
        }
        Ok(())
    }
}

/// "fix: …" in the language of messages.
fn fix_line(fix: &str) -> String {
    crate::tr!(messages(), "error-fix", fix = shown(fix).into_owned())
}

/// Items of a message (ids, names, values) as a list in the language of messages.
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    let separator = crate::tr!(messages(), "error-list-separator");
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(&separator)
}

/// Text from a message made safe for the terminal it is printed on.
fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    crate::sanitize::terminal(text)
}

/// A path in a message, made safe the same way (a file name may hold an escape sequence too).
fn shown_path(path: &Path) -> String {
    shown(&path.display().to_string()).into_owned()
}

/// Everything that can go wrong, grouped by the exit code it leads to.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input files with problems (exit 2). Lists every problem found, not only the first.
    #[error("{}", display_problems(.0))]
    Invalid(Vec<Problem>),
    /// A bad command-line argument or combination (exit 2).
    #[error("{}", shown(.0))]
    Usage(String),
    /// A file could not be read or written (exit 1).
    #[error("{}: {}", shown_path(.path), io_reason(.source))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The environment cannot do what was asked, e.g. no terminal (exit 1).
    #[error("{}", shown(.0))]
    Environment(String),
    /// A results file is held by another cxassess process: a session answering it, or a writer
    /// that did not finish in time (exit 1).
    #[error("{}: {}\n  {}", shown_path(.path), shown(.holder), fix_line(.fix))]
    InUse {
        /// The file as the user named it.
        path: PathBuf,
        /// Who holds it: process, host, respondent, since when.
        holder: String,
        /// What to do.
        fix: String,
    },
    /// `diff --fail-on-drop` found a headline score that dropped by more than allowed (exit 3).
    /// The command's output states the verdict, so `main` prints nothing more.
    #[error("{}", shown(.0))]
    DropFound(String),
    /// A gate other than `diff`'s failed: `check --strict` found open points (exit 3).
    #[error("{}", shown(.0))]
    GateFailed(String),
    /// The runner was left with Ctrl-C; the answers are saved (exit 130).
    #[error("{}", crate::tr!(messages(), "error-interrupted", path = shown_path(.0)))]
    Interrupted(PathBuf),
}

/// Why a file could not be read or written, in the language of messages: the system's own
/// words where the catalog says they are its language (English), else the usual reasons by their
/// kind, with the system's error number; any other reason (or one made by a library, which has
/// no number) in the system's own words.
fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if crate::tr!(messages(), "err-io-system-words") == "yes" {
        return e.to_string();
    }
    let (Some(code), key) = (
        e.raw_os_error(),
        match e.kind() {
            K::NotFound => "err-io-not-found",
            K::PermissionDenied => "err-io-permission-denied",
            K::AlreadyExists => "err-io-already-exists",
            K::StorageFull => "err-io-storage-full",
            K::IsADirectory => "err-io-is-a-directory",
            K::NotADirectory => "err-io-not-a-directory",
            K::ReadOnlyFilesystem => "err-io-read-only",
            K::DirectoryNotEmpty => "err-io-directory-not-empty",
            K::ResourceBusy => "err-io-busy",
            K::CrossesDevices => "err-io-crosses-devices",
            _ => "",
        },
    ) else {
        return e.to_string();
    };
    if key.is_empty() {
        return e.to_string();
    }
    crate::tr!(messages(), key, code = code.to_string())
}

fn display_problems(problems: &[Problem]) -> String {
    let mut out = String::new();
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&p.to_string());
    }
    if problems.len() > 1 {
        out.push('\n');
        out.push_str(&crate::tr!(
            messages(),
            "error-problems",
            n = problems.len()
        ));
    }
    out
}

impl Error {
    /// The process exit code for this error (SPEC.md "Exit codes").
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Invalid(_) | Error::Usage(_) => 2,
            Error::Io { .. } | Error::Environment(_) | Error::InUse { .. } => 1,
            Error::DropFound(_) | Error::GateFailed(_) => 3,
            Error::Interrupted(_) => 130,
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    /// A single problem.
    pub fn one(problem: Problem) -> Self {
        Error::Invalid(vec![problem])
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests;
