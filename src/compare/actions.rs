//! What happened to the agreed actions between two engagement waves (the `actions:` of their
//! `engagement.yaml` files, matched by id): closed (done or dropped since), opened (new and not
//! done), overdue (in the later wave, due before today and not done — [`Action::overdue`]), and
//! no longer listed.

use serde::Serialize;

use super::section::{Section, cell};
use crate::engagement::{Action, ActionStatus};
use crate::lang::Lang;
use crate::report::doc::{Column, Table};
use crate::tr;

/// The actions' changes between two waves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionChanges {
    /// Done or dropped in the later wave, and not before (or new and already done).
    pub closed: Vec<Action>,
    /// New in the later wave and not done.
    pub opened: Vec<Action>,
    /// In the later wave, overdue on `today`.
    pub overdue: Vec<Action>,
    /// In the earlier wave only.
    pub removed: Vec<Action>,
    /// The day overdue was judged on (YYYY-MM-DD).
    pub today: String,
}

impl ActionChanges {
    /// Whether nothing changed and nothing is overdue.
    pub fn is_empty(&self) -> bool {
        self.closed.is_empty()
            && self.opened.is_empty()
            && self.overdue.is_empty()
            && self.removed.is_empty()
    }
}

fn finished(a: &Action) -> bool {
    matches!(a.status, ActionStatus::Done | ActionStatus::Dropped)
}

/// Compares the actions of an earlier wave (`old`) and a later one (`new`) on `today`.
pub fn compare(old: &[Action], new: &[Action], today: &str) -> ActionChanges {
    let before = |id: &str| old.iter().find(|a| a.id == id);
    let closed = new
        .iter()
        .filter(|a| finished(a) && !before(&a.id).is_some_and(finished))
        .cloned()
        .collect();
    let opened = new
        .iter()
        .filter(|a| !finished(a) && before(&a.id).is_none())
        .cloned()
        .collect();
    let overdue = new.iter().filter(|a| a.overdue(today)).cloned().collect();
    let removed = old
        .iter()
        .filter(|a| !new.iter().any(|b| b.id == a.id))
        .cloned()
        .collect();
    ActionChanges {
        closed,
        opened,
        overdue,
        removed,
        today: today.to_string(),
    }
}

/// The actions' section of a diff: a count line, then a table of every action named.
pub fn section(s: &mut Section<'_>, changes: &ActionChanges, lang: Lang) {
    s.heading(tr!(lang, "compare-actions"));
    s.paragraph(tr!(
        lang,
        "compare-actions-summary",
        closed = changes.closed.len(),
        opened = changes.opened.len(),
        overdue = changes.overdue.len(),
        today = changes.today.clone()
    ));
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "compare-action-change")),
        Column::label("id"),
        Column::text(tr!(lang, "status-action")),
        Column::label(tr!(lang, "status-owner")).optional(),
        Column::label(tr!(lang, "status-due")),
        Column::label(tr!(lang, "status-state")),
    ]);
    let lists = [
        ("compare-action-closed", &changes.closed),
        ("compare-action-opened", &changes.opened),
        ("compare-action-overdue", &changes.overdue),
        ("compare-action-removed", &changes.removed),
    ];
    for (key, list) in lists {
        for a in list {
            t.row(vec![
                cell(tr!(lang, key)),
                cell(a.id.clone()),
                cell(a.title.clone()),
                cell(a.owner.clone().unwrap_or_default()),
                cell(a.due.clone().unwrap_or_default()),
                cell(tr!(lang, &format!("action-{}", a.status.word()))),
            ]);
        }
    }
    if !t.rows.is_empty() {
        s.table(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(id: &str, due: &str, status: ActionStatus) -> Action {
        Action {
            id: id.into(),
            title: format!("action {id}"),
            dimension: None,
            owner: Some("li.na".into()),
            due: Some(due.into()),
            status,
        }
    }

    #[test]
    fn closed_opened_overdue_and_removed() {
        use ActionStatus::{Done, Dropped, InProgress, Open};
        let old = [
            action("a1", "2026-10-31", Open),
            action("a2", "2026-12-31", InProgress),
            action("a3", "2026-09-30", Done),
            action("a4", "2026-09-30", Open),
        ];
        let new = [
            action("a1", "2026-10-31", Done),
            action("a2", "2026-12-31", InProgress),
            action("a3", "2026-09-30", Done),
            action("a5", "2027-01-31", Open),
            action("a6", "2026-11-15", Open),
            action("a7", "2026-11-15", Dropped),
        ];
        let c = compare(&old, &new, "2026-12-01");
        let ids = |v: &[Action]| v.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&c.closed), ["a1", "a7"], "a3 was done already");
        assert_eq!(ids(&c.opened), ["a5", "a6"]);
        assert_eq!(ids(&c.overdue), ["a6"], "a2 is not due yet, a1 is done");
        assert_eq!(ids(&c.removed), ["a4"]);
        assert!(!c.is_empty());
        assert!(compare(&[], &[], "2026-12-01").is_empty());
    }
}
