//! Reading `engagement.yaml`: the typed parse, then every check at once, each problem with its
//! line and column and a fix.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::{Action, ActionStatus, Engagement, FORMAT, Member};
use crate::error::{Error, Problem, Result};
use crate::instrument::{Instrument, builtin};
use crate::yaml::{self, Positions, Seg};
use crate::ypath;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    format: String,
    client: String,
    #[serde(default)]
    period: Option<serde_yaml::Value>,
    #[serde(default)]
    date: Option<serde_yaml::Value>,
    #[serde(default)]
    instruments: Vec<String>,
    #[serde(default)]
    roster: Vec<RawMember>,
    #[serde(default)]
    targets: BTreeMap<String, BTreeMap<String, serde_yaml::Value>>,
    #[serde(default)]
    actions: Vec<RawAction>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMember {
    respondent: String,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    instruments: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAction {
    id: String,
    title: String,
    #[serde(default)]
    dimension: Option<String>,
    #[serde(default)]
    owner: Option<String>,
    #[serde(default)]
    due: Option<serde_yaml::Value>,
    #[serde(default = "open")]
    status: String,
}

fn open() -> String {
    "open".to_string()
}

/// Collects problems with their places.
struct Checker<'a> {
    file: &'a str,
    positions: Positions,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn at(&mut self, path: &[Seg], what: impl Into<String>, fix: impl Into<String>) {
        let place = self
            .positions
            .value(path)
            .unwrap_or_else(|| self.positions.near(path));
        self.problems
            .push(Problem::yaml(self.file, place, what.into(), fix.into()));
    }
}

/// A scalar as text (a date or period YAML may read as a number or a date).
fn scalar(v: &serde_yaml::Value) -> Option<String> {
    match v {
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Whether `s` is a real calendar date written YYYY-MM-DD.
pub fn is_date(s: &str) -> bool {
    s.len() == 10 && s.parse::<jiff::civil::Date>().is_ok()
}

fn date_at(c: &mut Checker<'_>, v: Option<&serde_yaml::Value>, path: &[Seg]) -> Option<String> {
    let v = v?;
    match scalar(v) {
        Some(s) if is_date(&s) => Some(s),
        _ => {
            c.at(
                path,
                "this is not a date written YYYY-MM-DD",
                "write the date as YYYY-MM-DD, e.g. 2026-11-20",
            );
            None
        }
    }
}

/// Parses and validates an engagement file's text.
pub fn parse(file: &str, src: &str) -> Result<Engagement> {
    let raw: Raw = yaml::parse(
        file,
        src,
        yaml::Expected {
            what: "an engagement file",
            described_in: "README.md (Engagements)",
        },
    )
    .map_err(Error::one)?;
    let mut c = Checker {
        file,
        positions: Positions::index(src),
        problems: Vec::new(),
    };
    if raw.format != FORMAT {
        c.at(
            &ypath!["format"],
            format!("format '{}' is not an engagement file", raw.format),
            format!("the first line of an engagement file is `format: {FORMAT}`"),
        );
    }
    if raw.client.trim().is_empty() {
        c.at(
            &ypath!["client"],
            "the client's name is empty",
            "name the client assessed",
        );
    }
    let period = raw.period.as_ref().and_then(|v| {
        let s = scalar(v);
        if s.is_none() {
            c.at(
                &ypath!["period"],
                "the period is not a label",
                "write a label such as 2026-Q4",
            );
        }
        s
    });
    let date = date_at(&mut c, raw.date.as_ref(), &ypath!["date"]);
    let known = |id: &str| {
        builtin::ids().contains(&id)
            || std::path::Path::new(id)
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("yaml") || x.eq_ignore_ascii_case("yml"))
    };
    for (i, id) in raw.instruments.iter().enumerate() {
        if !known(id) {
            c.at(
                &ypath!["instruments", i],
                format!("'{id}' is neither a built-in instrument nor an instrument file"),
                format!(
                    "use a built-in id ({}) or the path of an instrument file (…​.yaml) relative to the engagement folder",
                    builtin::ids().join(", ")
                ),
            );
        }
    }
    let mut seen = HashSet::new();
    let mut roster = Vec::new();
    for (i, m) in raw.roster.into_iter().enumerate() {
        if m.respondent.trim().is_empty() {
            c.at(
                &ypath!["roster", i, "respondent"],
                "the respondent is empty",
                "give a name or code",
            );
        } else if !seen.insert(m.respondent.clone()) {
            c.at(
                &ypath!["roster", i, "respondent"],
                format!("'{}' is on the roster twice", m.respondent),
                "keep one entry per respondent (list all their instruments there)",
            );
        }
        for (k, id) in m.instruments.iter().enumerate() {
            if !raw.instruments.is_empty() && !raw.instruments.contains(id) {
                c.at(
                    &ypath!["roster", i, "instruments", k],
                    format!("'{id}' is not one of the engagement's instruments"),
                    format!("add it to `instruments:` ({})", raw.instruments.join(", ")),
                );
            } else if !known(id) {
                c.at(
                    &ypath!["roster", i, "instruments", k],
                    format!("'{id}' is neither a built-in instrument nor an instrument file"),
                    "use a built-in id or the path of an instrument file",
                );
            }
        }
        roster.push(Member {
            respondent: m.respondent,
            role: m.role.filter(|r| !r.trim().is_empty()),
            name: m.name.filter(|n| !n.trim().is_empty()),
            instruments: m.instruments,
        });
    }
    let targets = targets(&mut c, raw.targets);
    let mut ids = HashSet::new();
    let mut actions = Vec::new();
    for (i, a) in raw.actions.into_iter().enumerate() {
        if a.id.trim().is_empty() || !ids.insert(a.id.clone()) {
            c.at(
                &ypath!["actions", i, "id"],
                format!("action id '{}' is empty or used twice", a.id),
                "give each action its own short id (a1, a2, …)",
            );
        }
        if a.title.trim().is_empty() {
            c.at(
                &ypath!["actions", i, "title"],
                "the action has no title",
                "say what is to be done",
            );
        }
        let due = date_at(&mut c, a.due.as_ref(), &ypath!["actions", i, "due"]);
        let status = ActionStatus::from_word(&a.status).unwrap_or_else(|| {
            c.at(
                &ypath!["actions", i, "status"],
                format!(
                    "status '{}' is not one of {}",
                    a.status,
                    ActionStatus::WORDS.join(", ")
                ),
                format!("use one of {}", ActionStatus::WORDS.join(", ")),
            );
            ActionStatus::Open
        });
        actions.push(Action {
            id: a.id,
            title: a.title,
            dimension: a.dimension,
            owner: a.owner,
            due,
            status,
        });
    }
    if !c.problems.is_empty() {
        return Err(Error::Invalid(c.problems));
    }
    Ok(Engagement {
        dir: std::path::PathBuf::new(),
        client: raw.client,
        period,
        date,
        instruments: raw.instruments,
        roster,
        targets,
        actions,
    })
}

/// Targets: for a built-in instrument, each key must be one of its groups (a dimension, an
/// experience) or, for the pyramid, `tier`; values are levels on the instrument's own scale.
fn targets(
    c: &mut Checker<'_>,
    raw: BTreeMap<String, BTreeMap<String, serde_yaml::Value>>,
) -> BTreeMap<String, BTreeMap<String, f64>> {
    let mut out = BTreeMap::new();
    for (inst_id, goals) in raw {
        let instrument = builtin::ids()
            .contains(&inst_id.as_str())
            .then(|| Instrument::load(&inst_id).ok())
            .flatten();
        let mut kept = BTreeMap::new();
        for (group, v) in goals {
            let path = ypath!["targets", inst_id.as_str(), group.as_str()];
            if let Some(inst) = &instrument {
                if group == "tier" && inst.id == "pyramid" {
                    let tier = scalar(&v).unwrap_or_default();
                    match crate::score::pyramid::TIERS.iter().position(|t| *t == tier) {
                        Some(k) => {
                            kept.insert(group, (k + 1) as f64);
                        }
                        None => c.at(
                            &path,
                            format!("'{tier}' is not a tier"),
                            format!("use one of {}", crate::score::pyramid::TIERS.join(", ")),
                        ),
                    }
                    continue;
                }
                if !inst.groups.iter().any(|g| g.id == group) {
                    let groups: Vec<&str> = inst.groups.iter().map(|g| g.id.as_str()).collect();
                    c.at(
                        &path,
                        format!("'{group}' is not a group of {inst_id}"),
                        format!("use one of {}", groups.join(", ")),
                    );
                    continue;
                }
            }
            let (lo, hi) = match inst_id.as_str() {
                "maturity" => (1.0, 5.0),
                "pyramid" => (0.0, 100.0),
                _ => (f64::MIN, f64::MAX),
            };
            match v.as_f64() {
                Some(x) if (lo..=hi).contains(&x) => {
                    kept.insert(group, x);
                }
                _ => c.at(
                    &path,
                    format!("the target for '{group}' is not a level of {inst_id}"),
                    if inst_id == "maturity" {
                        "give a maturity level from 1 to 5".to_string()
                    } else {
                        format!("give a number from {lo} to {hi}")
                    },
                ),
            }
        }
        out.insert(inst_id, kept);
    }
    out
}
