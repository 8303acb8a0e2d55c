//! Who has answered what in an engagement: the roster × instruments with questions answered and
//! asked, complete or not, and when last updated; respondents found in the folder but not on the
//! roster; totals per instrument; the agreed actions and which are overdue. Plain data from
//! loaded files; `cli` reads them and prints.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Action, Engagement};
use crate::instrument::Instrument;
use crate::response::{Response, Results};

/// One respondent's progress on one instrument, counted in questions (a Kano feature's two or
/// three answers are one question; sections of another role's are not asked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Questions answered.
    pub answered: usize,
    /// Questions asked of this respondent's role.
    pub asked: usize,
    /// Whether the response is complete.
    pub complete: bool,
    /// When it was last updated (RFC 3339), if ever.
    pub updated: Option<String>,
}

/// A respondent's row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The respondent.
    pub respondent: String,
    /// Their role.
    pub role: Option<String>,
    /// Their display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether they are on the roster.
    pub on_roster: bool,
    /// Progress per instrument id.
    pub instruments: BTreeMap<String, Progress>,
}

/// An instrument's totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Total {
    /// Instrument id.
    pub instrument: String,
    /// Respondents expected (on the roster for it) or found.
    pub respondents: usize,
    /// Responses started (at least one answer).
    pub started: usize,
    /// Responses complete.
    pub complete: usize,
}

/// An action and whether it is overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionRow {
    /// The action.
    #[serde(flatten)]
    pub action: Action,
    /// Due before today and not done.
    pub overdue: bool,
}

/// The engagement's status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    /// The client.
    pub client: String,
    /// The wave's label.
    pub period: Option<String>,
    /// The assessment date.
    pub date: Option<String>,
    /// One row per respondent: the roster first, in its order, then others found.
    pub respondents: Vec<Row>,
    /// Per instrument.
    pub totals: Vec<Total>,
    /// The agreed actions.
    pub actions: Vec<ActionRow>,
}

/// Questions of `instrument` asked of `role`, and how many of them `response` answered.
pub fn progress(
    instrument: &Instrument,
    role: Option<&str>,
    response: Option<&Response>,
) -> Progress {
    let steps = instrument.steps_for(role);
    let mut questions: Vec<usize> = steps.iter().map(|s| s.question).collect();
    questions.dedup();
    let asked = {
        let mut q = questions.clone();
        q.sort_unstable();
        q.dedup();
        q.len()
    };
    let Some(r) = response else {
        return Progress {
            answered: 0,
            asked,
            complete: false,
            updated: None,
        };
    };
    let mut answered_questions: Vec<usize> = questions
        .iter()
        .copied()
        .filter(|&q| {
            steps
                .iter()
                .filter(|s| s.question == q)
                .all(|s| crate::response::step_answered(instrument, r, *s))
        })
        .collect();
    answered_questions.sort_unstable();
    answered_questions.dedup();
    Progress {
        answered: answered_questions.len(),
        asked,
        // Nothing asked is nothing done: no tick for 0 of 0.
        complete: r.complete && asked > 0,
        updated: r.updated.clone().or_else(|| r.started.clone()),
    }
}

/// The status of `engagement` from its results files, read (`instruments` by id: the instrument
/// of each id, for roster members who have not started); `today` is YYYY-MM-DD.
pub fn status(
    engagement: &Engagement,
    files: &[(Results, Instrument)],
    instruments: &BTreeMap<String, Instrument>,
    today: &str,
) -> Status {
    let mut rows: Vec<Row> = engagement
        .roster
        .iter()
        .map(|m| Row {
            respondent: m.respondent.clone(),
            role: m.role.clone(),
            name: m.name.clone(),
            on_roster: true,
            instruments: engagement
                .instruments_of(m)
                .iter()
                .filter_map(|id| {
                    let inst = instruments.get(id)?;
                    Some((id.clone(), progress(inst, m.role.as_deref(), None)))
                })
                .collect(),
        })
        .collect();
    for (results, inst) in files {
        for r in &results.responses {
            let i = rows
                .iter()
                .position(|x| x.respondent == r.respondent)
                .unwrap_or_else(|| {
                    rows.push(Row {
                        respondent: r.respondent.clone(),
                        role: r.role.clone(),
                        name: None,
                        on_roster: false,
                        instruments: BTreeMap::new(),
                    });
                    rows.len() - 1
                });
            let row = &mut rows[i];
            let role = r.role.clone().or_else(|| row.role.clone());
            if row.role.is_none() {
                row.role.clone_from(&role);
            }
            row.instruments
                .insert(inst.id.clone(), progress(inst, role.as_deref(), Some(r)));
        }
    }
    let mut ids: Vec<String> = engagement.instruments.clone();
    for (_, inst) in files {
        if !ids.contains(&inst.id) {
            ids.push(inst.id.clone());
        }
    }
    let totals = ids
        .iter()
        .map(|id| {
            // A consensus (`run --consensus`) is listed but is not a respondent.
            let cells: Vec<&Progress> = rows
                .iter()
                .filter(|r| r.respondent != crate::score::agree::CONSENSUS)
                .filter_map(|r| r.instruments.get(id))
                .collect();
            Total {
                instrument: id.clone(),
                respondents: cells.len(),
                started: cells.iter().filter(|p| p.answered > 0).count(),
                complete: cells.iter().filter(|p| p.complete).count(),
            }
        })
        .collect();
    Status {
        client: engagement.client.clone(),
        period: engagement.period.clone(),
        date: engagement.date.clone(),
        respondents: rows,
        totals,
        actions: engagement
            .actions
            .iter()
            .map(|a| ActionRow {
                action: a.clone(),
                overdue: a.overdue(today),
            })
            .collect(),
    }
}
