//! The open-points list of `cxassess check`: per results file, each respondent's open points
//! (question and kind) as a document for the writers, and as JSON
//! `{"problems": [{"file", "respondent", "question", "kind"}]}`.

use serde_json::{Value, json};

use super::doc::{Block, Column, Document, Inline, Table, Tone};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::response::open::{OpenKind, OpenPoint};
use crate::tr;

/// The open points of one results file.
#[derive(Debug, Clone)]
pub struct FileOpenPoints<'a> {
    /// The file, as given.
    pub file: String,
    /// The instrument its answers were given against.
    pub instrument: &'a Instrument,
    /// Its open points, respondent by respondent.
    pub points: Vec<OpenPoint>,
}

fn kind_label(kind: OpenKind, lang: Lang) -> Inline {
    let (key, tone) = match kind {
        OpenKind::Partial => ("check-kind-partial", Tone::Warn),
        OpenKind::Unanswered => ("check-kind-unanswered", Tone::Warn),
        OpenKind::NaWithoutReason => ("check-kind-na-without-reason", Tone::Plain),
        OpenKind::NoEvidence => ("check-kind-no-evidence", Tone::Bad),
        OpenKind::LowConfidence => ("check-kind-low-confidence", Tone::Plain),
    };
    Inline::toned(tr!(lang, key), tone)
}

fn kind_meaning(kind: OpenKind, lang: Lang) -> Inline {
    let key = match kind {
        OpenKind::Partial => "check-means-partial",
        OpenKind::Unanswered => "check-means-unanswered",
        OpenKind::NaWithoutReason => "check-means-na-without-reason",
        OpenKind::NoEvidence => "check-means-no-evidence",
        OpenKind::LowConfidence => "check-means-low-confidence",
    };
    kind_label(kind, lang).then(tr!(lang, key), Tone::Plain)
}

/// The question for the table: its id and words, or a dash for the response as a whole.
fn question(inst: &Instrument, id: Option<&str>, lang: Lang) -> String {
    let Some(id) = id else {
        return "–".to_string();
    };
    match inst.question(id).and_then(|q| q.text.as_ref()) {
        Some(text) if !text.get(lang).trim().is_empty() => {
            format!("{id} · {}", text.get(lang).trim())
        }
        _ => id.to_string(),
    }
}

/// The open points as a document: a line with the totals, one section per file with open
/// points (a table of respondent, question and kind), and what each kind means.
pub fn document(files: &[FileOpenPoints<'_>], lang: Lang) -> Document {
    let mut doc = Document::new(tr!(lang, "check-title"));
    let total: usize = files.iter().map(|f| f.points.len()).sum();
    let with = files.iter().filter(|f| !f.points.is_empty()).count();
    doc.meta.push(Inline::plain(tr!(
        lang,
        "check-summary",
        n = total,
        with = with,
        files = files.len()
    )));
    if total == 0 {
        doc.paragraph(Inline::toned(tr!(lang, "check-none"), Tone::Good));
        return doc;
    }
    for f in files.iter().filter(|f| !f.points.is_empty()) {
        doc.section(f.file.clone());
        let mut table = Table::new(vec![
            Column::label(tr!(lang, "evidence-respondent")),
            Column::text(tr!(lang, "evidence-question")),
            Column::label(tr!(lang, "check-kind")),
        ]);
        for p in &f.points {
            table.row(vec![
                p.respondent.clone().into(),
                question(f.instrument, p.question.as_deref(), lang).into(),
                kind_label(p.kind, lang).into(),
            ]);
        }
        doc.push(Block::Table(table));
    }
    doc.section(tr!(lang, "check-kinds"));
    let found: Vec<OpenKind> = OpenKind::ALL
        .into_iter()
        .filter(|k| files.iter().any(|f| f.points.iter().any(|p| p.kind == *k)))
        .collect();
    doc.push(Block::Bullets(
        found.into_iter().map(|k| kind_meaning(k, lang)).collect(),
    ));
    doc
}

/// `{"problems": [{"file", "respondent", "question", "kind"}]}`; `question` is null for a
/// point about the whole response (`partial`).
pub fn json(files: &[FileOpenPoints<'_>]) -> Value {
    let problems: Vec<Value> = files
        .iter()
        .flat_map(|f| {
            f.points.iter().map(|p| {
                json!({
                    "file": f.file,
                    "respondent": p.respondent,
                    "question": p.question,
                    "kind": p.kind.word(),
                })
            })
        })
        .collect();
    json!({ "problems": problems })
}
