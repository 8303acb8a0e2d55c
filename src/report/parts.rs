//! The pieces every report shares, written once: the title and the line of who answered, the
//! roles side by side, "What to do next", the notes and N/A reasons ("voices"), and the method.
//! Each kind's section module calls these; the writers render them in every format.

use super::Report;
use super::doc::{Block, Document, Inline, Quote, Tone};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::voices::Voice;
use crate::score::{self, Scored};
use crate::tr;

/// A role word in `lang` (`manager` → 管理者); a word the catalog does not know is shown as
/// written.
pub fn role_name(role: &str, lang: Lang) -> String {
    let key = format!("role-{role}");
    if crate::lang::catalog::catalog(Lang::En).has(&key) {
        crate::lang::catalog::message(lang, &key, None)
    } else {
        role.to_string()
    }
}

/// The document's title: the instrument, the organisation, the date.
pub fn title(report: &Report<'_>, lang: Lang) -> String {
    let mut h = report.instrument.title.get(lang).to_string();
    if let Some(o) = &report.organization {
        h.push_str(" — ");
        h.push_str(o);
    }
    if let Some(d) = &report.date {
        h.push_str(" · ");
        h.push_str(d);
    }
    h
}

/// "2 respondents (customer 1, manager 1)".
pub fn respondents(report: &Report<'_>, lang: Lang) -> String {
    let n = report.scoring.respondents;
    let mut s = tr!(lang, "report-respondents", n = n);
    let roles = &report.scoring.roles;
    if roles.len() > 1 || roles.keys().any(|r| r != score::UNSPECIFIED_ROLE) {
        let parts: Vec<String> = roles
            .iter()
            .map(|(r, k)| tr!(lang, "report-role-count", role = role_name(r, lang), n = *k))
            .collect();
        s.push_str(&tr!(
            lang,
            "report-in-brackets",
            text = parts.join(&tr!(lang, "report-list-separator"))
        ));
    }
    s
}

/// A new document with the report's title and respondents line.
pub fn document(report: &Report<'_>, lang: Lang) -> Document {
    let mut doc = Document::new(title(report, lang));
    doc.meta.push(Inline::plain(respondents(report, lang)));
    doc
}

/// The per-role figures of `report`, when it holds more than one role, picked by `pick` (which
/// returns the kind's own figures from a [`Scored`]).
pub fn roles<'r, T>(
    report: &'r Report<'_>,
    pick: impl Fn(&'r Scored) -> Option<&'r T>,
) -> Vec<(String, &'r T)> {
    report
        .scoring
        .by_role
        .iter()
        .filter_map(|(r, s)| pick(s).map(|t| (r.clone(), t)))
        .collect()
}

/// "What to do next": a heading and the numbered steps.
pub fn next_steps(doc: &mut Document, steps: Vec<Inline>, lang: Lang) {
    if steps.is_empty() {
        return;
    }
    doc.section(tr!(lang, "report-next-steps"));
    doc.push(Block::Steps(steps));
}

/// The question's text for a voice: the question's own words when the instrument has them,
/// else its id.
fn question_title(instrument: &Instrument, id: &str, lang: Lang) -> String {
    match instrument.question(id).and_then(|q| q.text.as_ref()) {
        Some(text) if !text.get(lang).trim().is_empty() => {
            format!("{id} · {}", text.get(lang).trim())
        }
        _ => id.to_string(),
    }
}

/// Who said it: the respondent and role (or, anonymised, the role alone).
fn by(v: &Voice, lang: Lang) -> String {
    match &v.role {
        Some(role) => tr!(
            lang,
            "report-voice-by",
            respondent = v.respondent.clone(),
            role = role_name(role, lang)
        ),
        None => v.respondent.clone(),
    }
}

/// "Notes and N/A reasons": every note and reason, grouped by question in questionnaire order,
/// each attributed. Nothing when there are none.
pub fn voices(doc: &mut Document, report: &Report<'_>, lang: Lang) {
    let v = &report.scoring.voices;
    if v.is_empty() {
        return;
    }
    doc.section(tr!(lang, "report-voices"));
    let inst = report.instrument;
    let mut questions: Vec<&str> = v
        .notes
        .iter()
        .chain(&v.na_reasons)
        .map(|x| x.question.as_str())
        .collect();
    let order = |id: &str| {
        inst.questions
            .iter()
            .position(|q| q.id == id)
            .unwrap_or(usize::MAX)
    };
    questions.sort_by_key(|id| (order(id), (*id).to_string()));
    questions.dedup();
    for q in questions {
        doc.heading(3, question_title(inst, q, lang));
        let mut quotes: Vec<Quote> = v
            .notes
            .iter()
            .filter(|x| x.question == q)
            .map(|x| Quote {
                text: x.text.clone(),
                by: by(x, lang),
                tone: Tone::Plain,
            })
            .collect();
        quotes.extend(
            v.na_reasons
                .iter()
                .filter(|x| x.question == q)
                .map(|x| Quote {
                    text: tr!(lang, "report-na-reason", reason = x.text.clone()),
                    by: by(x, lang),
                    tone: Tone::Dim,
                }),
        );
        doc.push(Block::Quotes(quotes));
    }
    if v.omitted > 0 {
        doc.paragraph(Inline::toned(
            tr!(lang, "report-voices-omitted", n = v.omitted),
            Tone::Dim,
        ));
    }
}

/// The statements every report's method shares, after the kind's own.
pub fn shared_policies(report: &Report<'_>, respondent_first: bool, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if respondent_first {
        out.push(tr!(lang, "method-respondent-first"));
    }
    out.push(tr!(lang, "method-na"));
    out.extend(report.input_notes.iter().cloned());
    out
}

/// "Method": the stated policies.
pub fn method(doc: &mut Document, policies: Vec<String>, lang: Lang) {
    doc.section(tr!(lang, "report-method"));
    doc.push(Block::Method(policies));
}
