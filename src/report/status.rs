//! The engagement status as a document: the roster × instruments with questions answered of
//! asked, who has not started, totals per instrument, and the agreed actions with the overdue
//! ones marked.

use super::doc::{Block, Cell, Column, Document, Inline, Table, Tone};
use crate::engagement::status::{Progress, Status};
use crate::lang::Lang;
use crate::report::parts::role_name;
use crate::tr;

fn cell(p: Option<&Progress>, lang: Lang) -> Cell {
    match p {
        None => Inline::toned("—", Tone::Dim).into(),
        // A role asked nothing in this instrument.
        Some(p) if p.asked == 0 => Inline::toned("—", Tone::Dim).into(),
        Some(p) if p.complete => Inline::toned(
            tr!(lang, "status-done", answered = p.answered, asked = p.asked),
            Tone::Good,
        )
        .into(),
        Some(p) if p.answered == 0 => {
            Inline::toned(tr!(lang, "status-not-started", asked = p.asked), Tone::Warn).into()
        }
        Some(p) => tr!(
            lang,
            "status-partial",
            answered = p.answered,
            asked = p.asked
        )
        .into(),
    }
}

/// A built-in instrument's short title in the reader's language (a column head); any other
/// instrument by its id (JSON keeps the ids).
pub fn short_title(id: &str, lang: Lang) -> String {
    let key = format!("instrument-short-{id}");
    if crate::lang::catalog::catalog(Lang::En).has(&key) {
        crate::lang::catalog::message(lang, &key, None)
    } else {
        id.to_string()
    }
}

/// The status document.
pub fn document(s: &Status, lang: Lang) -> Document {
    let mut title = s.client.clone();
    for part in [&s.period, &s.date].into_iter().flatten() {
        title.push_str(" · ");
        title.push_str(part);
    }
    let mut doc = Document::new(title);
    doc.meta.push(Inline::plain(tr!(
        lang,
        "status-meta",
        respondents = s.respondents.len()
    )));
    let ids: Vec<&str> = s.totals.iter().map(|t| t.instrument.as_str()).collect();
    let mut columns = vec![
        Column::label(tr!(lang, "status-respondent")),
        Column::label(tr!(lang, "status-role")),
    ];
    columns.extend(ids.iter().map(|id| Column::mark(short_title(id, lang))));
    let mut t = Table::new(columns);
    for r in &s.respondents {
        let who = match &r.name {
            Some(n) => tr!(
                lang,
                "status-name",
                name = n.clone(),
                respondent = r.respondent.clone()
            ),
            None => r.respondent.clone(),
        };
        let who = if r.on_roster {
            Inline::plain(who)
        } else {
            Inline::plain(who).then(format!(" {}", tr!(lang, "status-off-roster")), Tone::Dim)
        };
        let mut row = vec![
            who.into(),
            r.role
                .as_deref()
                .map(|x| role_name(x, lang))
                .unwrap_or_default()
                .into(),
        ];
        row.extend(ids.iter().map(|id| cell(r.instruments.get(*id), lang)));
        t.row(row);
    }
    let mut total = vec![
        Inline::toned(tr!(lang, "status-total"), Tone::Strong).into(),
        Cell::from(""),
    ];
    total.extend(s.totals.iter().map(|x| {
        Cell::from(tr!(
            lang,
            "status-total-cell",
            complete = x.complete,
            respondents = x.respondents
        ))
    }));
    t.row(total);
    doc.push(Block::Table(t));
    let waiting: Vec<String> = s
        .respondents
        .iter()
        .filter(|r| r.on_roster && r.instruments.values().all(|p| p.answered == 0))
        .map(|r| r.respondent.clone())
        .collect();
    if !waiting.is_empty() {
        doc.paragraph(Inline::toned(
            tr!(
                lang,
                "status-waiting",
                n = waiting.len(),
                names = waiting.join(", ")
            ),
            Tone::Warn,
        ));
    }
    if !s.actions.is_empty() {
        doc.section(tr!(lang, "status-actions"));
        let mut a = Table::new(vec![
            Column::label("id"),
            Column::text(tr!(lang, "status-action")),
            Column::label(tr!(lang, "status-owner")),
            Column::label(tr!(lang, "status-due")),
            Column::label(tr!(lang, "status-state")),
        ]);
        for row in &s.actions {
            let state = if row.overdue {
                Inline::toned(tr!(lang, "status-overdue"), Tone::Bad)
            } else {
                Inline::plain(tr!(lang, &format!("action-{}", row.action.status.word())))
            };
            a.row(vec![
                row.action.id.clone().into(),
                row.action.title.clone().into(),
                row.action.owner.clone().unwrap_or_default().into(),
                row.action.due.clone().unwrap_or_default().into(),
                state.into(),
            ]);
        }
        doc.push(Block::Table(a));
    }
    doc
}
