//! Reading `engagement.yaml`: the typed parse, then every check at once, each problem with its
//! line and column and a fix.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::{Action, ActionStatus, Engagement, FORMAT, Member};
use crate::error::{Error, Problem, Result};
use crate::instrument::{Instrument, builtin};
use crate::lang::messages;
use crate::tr;
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
                tr!(messages(), "err-engagement-date"),
                tr!(messages(), "err-engagement-date-fix"),
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
            tr!(
                messages(),
                "err-engagement-format",
                format = raw.format.as_str()
            ),
            tr!(messages(), "err-engagement-format-fix", expected = FORMAT),
        );
    }
    if raw.client.trim().is_empty() {
        c.at(
            &ypath!["client"],
            tr!(messages(), "err-engagement-client"),
            tr!(messages(), "err-engagement-client-fix"),
        );
    }
    let period = raw.period.as_ref().and_then(|v| {
        let s = scalar(v);
        if s.is_none() {
            c.at(
                &ypath!["period"],
                tr!(messages(), "err-engagement-period"),
                tr!(messages(), "err-engagement-period-fix"),
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
                tr!(messages(), "err-engagement-instrument", id = id.as_str()),
                tr!(
                    messages(),
                    "err-engagement-instrument-fix",
                    ids = crate::error::list(&builtin::ids())
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
                tr!(messages(), "err-engagement-respondent-empty"),
                tr!(messages(), "err-engagement-respondent-empty-fix"),
            );
        } else if !seen.insert(m.respondent.clone()) {
            c.at(
                &ypath!["roster", i, "respondent"],
                tr!(
                    messages(),
                    "err-engagement-roster-twice",
                    respondent = m.respondent.as_str()
                ),
                tr!(messages(), "err-engagement-roster-twice-fix"),
            );
        }
        for (k, id) in m.instruments.iter().enumerate() {
            if !raw.instruments.is_empty() && !raw.instruments.contains(id) {
                c.at(
                    &ypath!["roster", i, "instruments", k],
                    tr!(messages(), "err-engagement-not-listed", id = id.as_str()),
                    tr!(
                        messages(),
                        "err-engagement-not-listed-fix",
                        instruments = crate::error::list(&raw.instruments)
                    ),
                );
            } else if !known(id) {
                c.at(
                    &ypath!["roster", i, "instruments", k],
                    tr!(messages(), "err-engagement-instrument", id = id.as_str()),
                    tr!(messages(), "err-engagement-roster-instrument-fix"),
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
                tr!(messages(), "err-engagement-action-id", id = a.id.as_str()),
                tr!(messages(), "err-engagement-action-id-fix"),
            );
        }
        if a.title.trim().is_empty() {
            c.at(
                &ypath!["actions", i, "title"],
                tr!(messages(), "err-engagement-action-title"),
                tr!(messages(), "err-engagement-action-title-fix"),
            );
        }
        let due = date_at(&mut c, a.due.as_ref(), &ypath!["actions", i, "due"]);
        let status = ActionStatus::from_word(&a.status).unwrap_or_else(|| {
            c.at(
                &ypath!["actions", i, "status"],
                tr!(
                    messages(),
                    "err-engagement-status",
                    status = a.status.as_str(),
                    words = crate::error::list(&ActionStatus::WORDS)
                ),
                tr!(
                    messages(),
                    "err-engagement-use-one-of",
                    words = crate::error::list(&ActionStatus::WORDS)
                ),
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
                            tr!(messages(), "err-engagement-tier", tier = tier.as_str()),
                            tr!(
                                messages(),
                                "err-engagement-use-one-of",
                                words = crate::error::list(&crate::score::pyramid::TIERS)
                            ),
                        ),
                    }
                    continue;
                }
                if !inst.groups.iter().any(|g| g.id == group) {
                    let groups: Vec<&str> = inst.groups.iter().map(|g| g.id.as_str()).collect();
                    c.at(
                        &path,
                        tr!(
                            messages(),
                            "err-engagement-group",
                            group = group.as_str(),
                            instrument = inst_id.as_str()
                        ),
                        tr!(
                            messages(),
                            "err-engagement-use-one-of",
                            words = crate::error::list(&groups)
                        ),
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
                    tr!(
                        messages(),
                        "err-engagement-target",
                        group = group.as_str(),
                        instrument = inst_id.as_str()
                    ),
                    if inst_id == "maturity" {
                        tr!(messages(), "err-engagement-target-maturity-fix")
                    } else {
                        tr!(
                            messages(),
                            "err-engagement-target-fix",
                            low = lo.to_string(),
                            high = hi.to_string()
                        )
                    },
                ),
            }
        }
        out.insert(inst_id, kept);
    }
    out
}
