//! The pieces every report shares, written once: the title and the line of who answered, the
//! roles side by side, "What to do next", the notes and N/A reasons ("voices") with the evidence
//! and confidence on answers, and the method.
//! Each kind's section module calls these; the writers render them in every format.

mod evidence;

pub use evidence::{GroupCoverage, coverage_by_group, coverage_json};

use super::Report;
use super::doc::{Block, Column, Document, Inline, Quote, Table, Tone};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::segments::SegmentComparison;
use crate::score::stats::contingency::IndependenceMethod;
use crate::score::stats::{Change, Interval};
use crate::score::voices::Voice;
use crate::score::{self, Scored};
use crate::tr;

/// A role word in `lang` (`manager` → its catalog word); a word the catalog does not know is
/// shown as written.
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

/// A new document with the report's title, its respondents line and, when answers were carried
/// over from an earlier wave (`run --from`), how many.
pub fn document(report: &Report<'_>, lang: Lang) -> Document {
    let mut doc = Document::new(title(report, lang));
    doc.meta.push(Inline::plain(respondents(report, lang)));
    if report.partial > 0 {
        doc.meta.push(Inline::toned(
            tr!(
                lang,
                "report-partial",
                partial = report.partial,
                n = report.scoring.respondents
            ),
            Tone::Warn,
        ));
    }
    if report.scoring.carried > 0 {
        let n = report.scoring.carried;
        doc.meta
            .push(Inline::plain(tr!(lang, "carry-report", n = n)));
    }
    if let Some(c) = &report.consensus {
        doc.meta.push(Inline::toned(
            tr!(lang, "consensus-meta", items = c.items, raters = c.raters),
            Tone::Strong,
        ));
        if c.open > 0 {
            doc.meta.push(Inline::toned(
                tr!(lang, "consensus-open", n = c.open),
                Tone::Warn,
            ));
        }
    }
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
    who(&v.respondent, v.role.as_deref(), lang)
}

/// "li.wei (manager)", or the respondent alone when no role is recorded.
fn who(respondent: &str, role: Option<&str>, lang: Lang) -> String {
    match role {
        Some(role) => tr!(
            lang,
            "report-voice-by",
            respondent = respondent.to_string(),
            role = role_name(role, lang)
        ),
        None => respondent.to_string(),
    }
}

/// "Notes and N/A reasons": every note and reason, grouped by question in questionnaire order,
/// each attributed; with evidence or confidence recorded (or evidence required), the evidence
/// under its question too, then the evidence coverage per group and the low-confidence answers
/// ([`evidence`]). Nothing when there is nothing to say.
pub fn voices(doc: &mut Document, report: &Report<'_>, lang: Lang) {
    let v = &report.scoring.voices;
    let with_evidence = evidence::shown(report);
    if (v.is_empty() && !with_evidence) || !report.voices_inline {
        return;
    }
    if with_evidence {
        doc.section(tr!(lang, "evidence-section"));
    } else {
        doc.section(tr!(lang, "report-voices"));
    }
    let inst = report.instrument;
    let mut questions: Vec<&str> = v
        .notes
        .iter()
        .chain(&v.na_reasons)
        .map(|x| x.question.as_str())
        .chain(v.evidence.iter().map(|x| x.question.as_str()))
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
        quotes.extend(evidence::quotes(v, q, lang));
        doc.push(Block::Quotes(quotes));
    }
    if with_evidence {
        evidence::coverage(doc, report, lang);
        evidence::low_confidence(doc, report, lang);
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
    if let Some(c) = &report.consensus {
        out.push(tr!(lang, "consensus-method", items = c.items));
    }
    out.extend(report.input_notes.iter().cloned());
    out
}

/// [`close`] with the kind's next steps as a list.
pub fn close_with_steps(
    doc: &mut Document,
    report: &Report<'_>,
    steps: Vec<Inline>,
    policies: Vec<String>,
    respondent_first: bool,
    lang: Lang,
) {
    close(
        doc,
        report,
        |d| next_steps(d, steps, lang),
        policies,
        respondent_first,
        lang,
    );
}

/// The segments comparison (`--by`) in a kind's JSON member, when there is one.
pub fn with_segments(
    member: &mut serde_json::Value,
    segments: Option<&crate::score::segments::SegmentComparison>,
) {
    if let (Some(seg), serde_json::Value::Object(m)) = (segments, member) {
        m.insert("segments".into(), serde_json::json!(seg));
    }
}

/// How every report ends: the notes and N/A reasons, what to do next (`next` writes it), and the
/// method — the kind's `policies`, then those every report shares (`respondent_first`: the
/// kind averages respondents' scores, so the respondent-first policy applies).
pub fn close(
    doc: &mut Document,
    report: &Report<'_>,
    next: impl FnOnce(&mut Document),
    mut policies: Vec<String>,
    respondent_first: bool,
    lang: Lang,
) {
    voices(doc, report, lang);
    next(doc);
    policies.extend(shared_policies(report, respondent_first, lang));
    method(doc, policies, lang);
}

/// "Method": the stated policies.
pub fn method(doc: &mut Document, policies: Vec<String>, lang: Lang) {
    doc.section(tr!(lang, "report-method"));
    doc.push(Block::Method(policies));
}

/// An interval for display: "a to b" with `decimals` places, "n/a" without one; a clipped
/// interval is marked.
pub fn interval(i: Option<Interval>, decimals: usize, lang: Lang) -> String {
    match i {
        Some(i) => {
            let text = tr!(
                lang,
                "report-interval",
                low = format!("{:.decimals$}", i.low),
                high = format!("{:.decimals$}", i.high)
            );
            if i.clipped {
                tr!(lang, "report-interval-clipped", interval = text)
            } else {
                text
            }
        }
        None => "n/a".to_string(),
    }
}

/// A signed difference and its interval, marked when it excludes 0: two cells, so that the
/// differences stay in their column whatever the intervals' widths.
fn change_cells(c: &Change, decimals: usize, lang: Lang) -> (Inline, Inline) {
    let value = c.difference.map_or_else(
        || "n/a".to_string(),
        |d| {
            let s = format!("{d:+.decimals$}");
            if s.trim_start_matches(['+', '-'])
                .chars()
                .all(|ch| ch == '0' || ch == '.')
            {
                format!("{:.decimals$}", 0.0)
            } else {
                s
            }
        },
    );
    let interval = match c.interval {
        Some(_) => Inline::plain(interval(c.interval, decimals, lang)),
        None => Inline::toned("n/a", Tone::Dim),
    };
    match c.significant {
        Some(true) => (
            Inline::toned(value, Tone::Strong),
            interval.then(" *", Tone::Warn),
        ),
        _ => (Inline::plain(value), interval),
    }
}

/// "Segments" (`report --by FIELD`): each segment's size, then every figure's difference between
/// segments with its 95% interval (significant ones marked), then — for Kano — whether each
/// feature's category mix differs. `name` turns a figure key (`experience.respect`) into its
/// display name; `decimals` gives a figure's precision.
pub fn segments(
    doc: &mut Document,
    comparison: Option<&SegmentComparison>,
    name: &dyn Fn(&str) -> String,
    decimals: &dyn Fn(&str) -> usize,
    lang: Lang,
) {
    let Some(c) = comparison else { return };
    doc.section(tr!(lang, "report-segments", field = c.field.clone()));
    let sizes: Vec<String> = c
        .segments
        .iter()
        .map(|s| {
            tr!(
                lang,
                "report-segment-size",
                value = s.value.clone(),
                n = s.respondents
            )
        })
        .collect();
    doc.paragraph(sizes.join(&tr!(lang, "report-list-separator")));
    if !c.differences.is_empty() {
        let mut t = Table::new(vec![
            Column::text(tr!(lang, "report-figure")),
            Column::label(tr!(lang, "report-segments-pair")),
            Column::number(tr!(lang, "report-segments-difference")),
            Column::number(tr!(lang, "report-segments-interval")),
        ]);
        for d in &c.differences {
            let (value, interval) = change_cells(&d.change, decimals(&d.figure), lang);
            t.row(vec![
                name(&d.figure).into(),
                format!("{} − {}", d.b, d.a).into(),
                value.into(),
                interval.into(),
            ]);
        }
        doc.push(Block::Table(t));
    }
    if !c.tests.is_empty() {
        let mut t = Table::new(vec![
            Column::text(tr!(lang, "report-figure")),
            Column::label(tr!(lang, "report-segments-test")),
            Column::number("p"),
        ]);
        for test in &c.tests {
            let x = &test.test;
            let (method, p) = if x.testable {
                let method = if x.method == Some(IndependenceMethod::FisherFreemanHalton) {
                    tr!(lang, "report-test-exact")
                } else {
                    tr!(
                        lang,
                        "report-test-chi-square",
                        chi = x
                            .chi_square
                            .map_or_else(|| "n/a".into(), |v| format!("{v:.2}")),
                        df = x.df.unwrap_or(0)
                    )
                };
                let p = x.p.map_or_else(|| "n/a".into(), |p| format!("{p:.3}"));
                let p = if x.significant == Some(true) {
                    Inline::toned(p, Tone::Strong).then(" *", Tone::Warn)
                } else {
                    Inline::plain(p)
                };
                (method, p)
            } else {
                (tr!(lang, "report-too-few-to-test"), Inline::plain("—"))
            };
            t.row(vec![name(&test.feature).into(), method.into(), p.into()]);
        }
        doc.push(Block::Table(t));
    }
    let mut notes = vec![tr!(lang, "report-segments-method")];
    if c.segments_not_compared > 0 {
        notes.push(tr!(
            lang,
            "report-segments-omitted",
            n = c.segments_not_compared
        ));
    }
    doc.push(Block::Method(notes));
}
