//! The engagement report (`cxassess report DIR`): one document for a client and period — an
//! executive summary with every instrument's headline, a part per instrument, the five-gap model
//! when `servqual` and `gaps` are both there, the agreed actions, and the voices (notes and N/A
//! reasons of every instrument, grouped by question and attributed) at the end. HTML gets a
//! table of contents and a page break before each part, so printing it gives a client-ready
//! document.

use serde_json::{Value, json};

use super::doc::{Block, Column, Document, Inline, Table, Tone};
use super::fivegap::{self, FiveGapReport};
use super::{Report, parts};
use crate::engagement::Engagement;
use crate::lang::Lang;
use crate::tr;

/// Everything an engagement report shows.
#[derive(Debug)]
pub struct EngagementReport<'a> {
    /// The engagement.
    pub engagement: &'a Engagement,
    /// One report per instrument found, in the engagement's order.
    pub reports: Vec<Report<'a>>,
    /// The five-gap model, when both halves are there.
    pub fivegap: Option<FiveGapReport<'a>>,
    /// Today, YYYY-MM-DD (for overdue actions).
    pub today: String,
    /// Whether respondents are shown by role code instead of name.
    pub anonymized: bool,
}

fn title(e: &Engagement) -> String {
    let mut t = e.client.clone();
    for part in [&e.period, &e.date].into_iter().flatten() {
        t.push_str(" · ");
        t.push_str(part);
    }
    t
}

/// The engagement report as a document.
pub fn document(er: &EngagementReport<'_>, lang: Lang) -> Document {
    let e = er.engagement;
    let mut doc = Document::new(tr!(lang, "engagement-title", title = title(e)));
    let respondents: usize = er.reports.iter().map(|r| r.scoring.respondents).sum();
    doc.meta.push(Inline::plain(tr!(
        lang,
        "engagement-meta",
        instruments = er.reports.len(),
        responses = respondents
    )));
    if er.anonymized {
        doc.meta
            .push(Inline::toned(tr!(lang, "engagement-anonymized"), Tone::Dim));
    }

    // The executive summary: each instrument's headline on one page.
    doc.push(Block::Heading {
        level: 2,
        text: tr!(lang, "engagement-summary"),
        id: Some("summary".into()),
    });
    for r in &er.reports {
        doc.heading(3, r.instrument.title.get(lang).to_string());
        let mut lines = vec![Inline::toned(parts::respondents(r, lang), Tone::Dim)];
        lines.extend(
            super::summary(r, lang)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| Inline::plain(l.trim_end().to_string())),
        );
        doc.push(Block::Bullets(lines));
    }
    if let Some(fg) = &er.fivegap {
        doc.heading(3, tr!(lang, "engagement-fivegap"));
        let gaps: Vec<Inline> = fg
            .score
            .gaps
            .iter()
            .map(|g| {
                Inline::plain(format!(
                    "{}: {}",
                    super::gaps::gap_title(g.gap, lang),
                    fivegap::gap_value(Some(g))
                ))
            })
            .collect();
        doc.push(Block::Bullets(gaps));
    }
    let overdue = e.actions.iter().filter(|a| a.overdue(&er.today)).count();
    if !e.actions.is_empty() {
        doc.paragraph(Inline::plain(tr!(
            lang,
            "engagement-actions-summary",
            n = e.actions.len(),
            overdue = overdue
        )));
    }

    for r in &er.reports {
        doc.blocks
            .extend(super::document(r, lang).into_section(2, &r.instrument.id));
    }
    if let Some(fg) = &er.fivegap {
        doc.blocks
            .extend(fivegap::document(fg, lang).into_section(2, "fivegap"));
    }
    if !e.actions.is_empty() {
        doc.push(Block::Heading {
            level: 2,
            text: tr!(lang, "status-actions"),
            id: Some("actions".into()),
        });
        doc.push(Block::Table(actions(er, lang)));
    }
    let with_voices: Vec<&Report<'_>> = er
        .reports
        .iter()
        .filter(|r| !r.scoring.voices.is_empty())
        .collect();
    if !with_voices.is_empty() {
        doc.push(Block::Heading {
            level: 2,
            text: tr!(lang, "engagement-voices"),
            id: Some("voices".into()),
        });
        for r in with_voices {
            let mut part = Document::new(String::new());
            let mut inline = Report::scored(r.instrument, r.scoring.clone());
            inline.voices_inline = true;
            parts::voices(&mut part, &inline, lang);
            // The shared section's heading names voices; here each instrument heads its own.
            doc.heading(3, r.instrument.title.get(lang).to_string());
            doc.blocks
                .extend(part.blocks.into_iter().skip(1).map(|b| match b {
                    Block::Heading { text, id, .. } => Block::Heading { level: 4, text, id },
                    other => other,
                }));
        }
    }
    parts::method(&mut doc, vec![tr!(lang, "engagement-method")], lang);
    doc
}

fn actions(er: &EngagementReport<'_>, lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::label("id"),
        Column::text(tr!(lang, "status-action")),
        Column::label(tr!(lang, "status-owner")),
        Column::label(tr!(lang, "status-due")),
        Column::label(tr!(lang, "status-state")),
    ]);
    for a in &er.engagement.actions {
        let state = if a.overdue(&er.today) {
            Inline::toned(tr!(lang, "status-overdue"), Tone::Bad)
        } else {
            Inline::plain(tr!(lang, &format!("action-{}", a.status.word())))
        };
        t.row(vec![
            a.id.clone().into(),
            a.title.clone().into(),
            a.owner.clone().unwrap_or_default().into(),
            a.due.clone().unwrap_or_default().into(),
            state.into(),
        ]);
    }
    t
}

/// The engagement report's JSON: `{"cxassess", "engagement": {"client", "period", "date"},
/// "reports": [...], "actions": [...]}`, each element of `reports` exactly what `report` prints
/// for that instrument's files alone (and for the five-gap pair, for both together).
pub fn json(er: &EngagementReport<'_>, lang: Lang) -> Value {
    let e = er.engagement;
    let mut reports: Vec<Value> = er
        .reports
        .iter()
        .map(|r| super::json_report(r, lang))
        .collect();
    if let Some(fg) = &er.fivegap {
        reports.push(fivegap::json_report(fg, lang));
    }
    let actions: Vec<Value> = e
        .actions
        .iter()
        .map(|a| {
            let mut v = serde_json::to_value(a).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert("overdue".into(), json!(a.overdue(&er.today)));
            }
            v
        })
        .collect();
    json!({
        "cxassess": super::VERSION,
        "engagement": {"client": e.client, "period": e.period, "date": e.date},
        "anonymized": er.anonymized,
        "reports": reports,
        "actions": actions,
    })
}
