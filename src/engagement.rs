//! Engagements: one folder per client and period (SPEC "Engagements"). `engagement.yaml` names
//! the client, the period (the wave's label), the date, the instruments, who is to be
//! interviewed (the roster), where the client wants to be (targets) and what was agreed
//! (actions). Results live beside it, one file per respondent per instrument —
//! `<DIR>/<instrument-id>/<respondent>.yaml` — so people working in parallel never edit the same
//! file and git merges never conflict. This module reads, validates and writes the engagement
//! file and knows the layout; it scores nothing and draws nothing.

pub mod parse;
pub mod status;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};

pub use parse::parse;

/// The `format:` line of engagement files.
pub const FORMAT: &str = "cxassess-engagement/1";

/// The engagement file's name in its folder.
pub const FILE: &str = "engagement.yaml";

/// The respondent (and role) of a consensus response.
pub const CONSENSUS: &str = "consensus";

/// An engagement.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Engagement {
    /// The folder holding `engagement.yaml`.
    pub dir: PathBuf,
    /// The client assessed.
    pub client: String,
    /// The wave's label (2026-Q4).
    pub period: Option<String>,
    /// The assessment date, YYYY-MM-DD.
    pub date: Option<String>,
    /// The instruments of the engagement: built-in ids or paths relative to the folder.
    pub instruments: Vec<String>,
    /// Who is to be interviewed.
    pub roster: Vec<Member>,
    /// Where the client wants to be: instrument id → group id → level.
    pub targets: BTreeMap<String, BTreeMap<String, f64>>,
    /// What was agreed to do.
    pub actions: Vec<Action>,
}

/// Someone to interview.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Member {
    /// The respondent's name or code, as in results files.
    pub respondent: String,
    /// Their role.
    pub role: Option<String>,
    /// A display name (张敏).
    pub name: Option<String>,
    /// The instruments they answer (empty: every instrument of the engagement).
    pub instruments: Vec<String>,
}

/// The state of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    /// Agreed, not started.
    Open,
    /// Under way.
    InProgress,
    /// Done.
    Done,
    /// Given up.
    Dropped,
}

impl ActionStatus {
    /// The words accepted in files.
    pub const WORDS: [&'static str; 4] = ["open", "in-progress", "done", "dropped"];

    /// Parses a status word.
    pub fn from_word(s: &str) -> Option<Self> {
        match s.trim() {
            "open" => Some(Self::Open),
            "in-progress" | "in_progress" => Some(Self::InProgress),
            "done" => Some(Self::Done),
            "dropped" => Some(Self::Dropped),
            _ => None,
        }
    }

    /// The word written in files.
    pub fn word(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::InProgress => "in-progress",
            Self::Done => "done",
            Self::Dropped => "dropped",
        }
    }
}

/// An agreed action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// A short id (a1).
    pub id: String,
    /// What is to be done.
    pub title: String,
    /// The dimension or experience it serves, if any.
    pub dimension: Option<String>,
    /// Who does it.
    pub owner: Option<String>,
    /// When it is due, YYYY-MM-DD.
    pub due: Option<String>,
    /// Its state.
    pub status: ActionStatus,
}

impl Action {
    /// Whether the action is overdue on `today` (YYYY-MM-DD): due before today and not done (nor
    /// dropped).
    pub fn overdue(&self, today: &str) -> bool {
        matches!(self.status, ActionStatus::Open | ActionStatus::InProgress)
            && self.due.as_deref().is_some_and(|d| d < today)
    }
}

impl Engagement {
    /// Reads and validates `<dir>/engagement.yaml`.
    pub fn load(dir: &Path) -> Result<Engagement> {
        let path = dir.join(FILE);
        let src = crate::yaml::read_text(&path, 4 * 1024 * 1024, "an engagement file")?;
        let mut e = parse(&path.display().to_string(), &src)?;
        e.dir = dir.to_path_buf();
        Ok(e)
    }

    /// The engagement folder that holds `start` (a folder): `start` itself or the nearest parent
    /// with an `engagement.yaml`, as git finds `.git`.
    pub fn find(start: &Path) -> Option<PathBuf> {
        let start = std::fs::canonicalize(start).ok()?;
        start
            .ancestors()
            .find(|d| d.join(FILE).is_file())
            .map(Path::to_path_buf)
    }

    /// The roster member named `respondent`.
    pub fn member(&self, respondent: &str) -> Option<&Member> {
        self.roster.iter().find(|m| m.respondent == respondent)
    }

    /// The instruments `member` answers: theirs, else every instrument of the engagement.
    pub fn instruments_of<'a>(&'a self, member: &'a Member) -> &'a [String] {
        if member.instruments.is_empty() {
            &self.instruments
        } else {
            &member.instruments
        }
    }

    /// The folder of an instrument's results: `<DIR>/<instrument-id>`.
    pub fn instrument_dir(&self, instrument_id: &str) -> PathBuf {
        self.dir.join(file_safe(instrument_id))
    }

    /// Where a respondent's results of an instrument live.
    pub fn results_path(&self, instrument_id: &str, respondent: &str) -> PathBuf {
        self.instrument_dir(instrument_id)
            .join(format!("{}.yaml", file_safe(respondent)))
    }

    /// Every results file of the engagement: `(instrument folder name, path)`, sorted.
    pub fn results_files(&self) -> Result<Vec<(String, PathBuf)>> {
        let mut out = Vec::new();
        let entries = std::fs::read_dir(&self.dir).map_err(|e| Error::io(&self.dir, e))?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.is_dir()
                    && !p
                        .file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with('.'))
            })
            .collect();
        dirs.sort();
        for d in dirs {
            let name = d
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
                .map_err(|e| Error::io(&d, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "yaml")
                        && p.is_file()
                        && !p
                            .file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with('.'))
                })
                .collect();
            files.sort();
            out.extend(files.into_iter().map(|f| (name.clone(), f)));
        }
        Ok(out)
    }

    /// The engagement file's text for a new engagement.
    pub fn new_file(client: &str, period: Option<&str>, date: Option<&str>) -> String {
        use crate::response::yaml_string;
        let mut out = format!("format: {FORMAT}\nclient: {}\n", yaml_string(client));
        match period {
            Some(p) => out.push_str(&format!("period: {}\n", yaml_string(p))),
            None => out.push_str("# period: 2026-Q4          # the wave's label\n"),
        }
        match date {
            Some(d) => out.push_str(&format!("date: {d}\n")),
            None => out.push_str("# date: 2026-11-20         # YYYY-MM-DD\n"),
        }
        out.push_str(
            "# instruments: [maturity, gaps, servqual]   # built-in ids or paths relative to this folder\n\
             # roster:                                    # who is to be interviewed\n\
             #   - respondent: zhang.min\n\
             #     role: manager\n\
             #     name: 张敏\n\
             #     instruments: [maturity, gaps]\n\
             # targets:                                   # where the client wants to be\n\
             #   maturity: {strategy: 4, closed_loop: 3}\n\
             # actions:                                   # what was agreed to do\n\
             #   - {id: a1, title: \"Weekly closed-loop review\", dimension: closed_loop, owner: li.na, due: 2027-01-31, status: open}\n",
        );
        out
    }
}

/// `name` made safe as a file name on every platform: letters (any script), digits, `.`, `_`
/// and `-` kept, anything else `-`; never empty, never hidden, never `..`.
pub fn file_safe(name: &str) -> String {
    let mut out: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    while out.starts_with('.') {
        out.remove(0);
    }
    if out.is_empty() {
        out = "anonymous".to_string();
    }
    out.chars().take(120).collect()
}

#[cfg(test)]
mod tests;
