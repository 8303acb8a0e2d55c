//! Writing results files. The layout is fixed and canonical: fields in a fixed order, answers and
//! notes (then evidence and confidence) in questionnaire order, one line per answer, so `git diff` shows exactly what changed and
//! writing a file that was read gives the same bytes. Only text is made here; saving it is
//! [`super::save`]'s, writing files [`super::atomic`]'s.

use std::fmt::Write as _;

use super::{Answer, FORMAT, PartValue, Response, Results};
use crate::instrument::{Instrument, QuestionKind};

/// A YAML scalar for `s`: plain when that reads back as the same string, else double-quoted.
pub fn yaml_string(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
    }
}

fn is_plain_safe(s: &str) -> bool {
    /// Words YAML 1.1 readers (and our N/A reader) would not take as plain strings.
    const RESERVED: [&str; 14] = [
        "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "na", "n/a", ".nan",
        ".inf",
    ];
    if s.is_empty() || s.len() > 200 {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    if RESERVED.contains(&lower.as_str()) {
        return false;
    }
    // Anything that could read as a number, a date or a timestamp stays quoted.
    let first = s.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() || matches!(first, '-' | '+' | '.') {
        // Timestamps are safe as plain text in serde_yaml (it has no timestamp type), but a bare
        // number is not; keep only the RFC 3339 shape plain.
        return is_timestamp(s);
    }
    // `@` is reserved at the start of a plain scalar; a `-` after a space and before the end
    // or a flow indicator (`A -` in `{na: A -}`) reads as the start of another token.
    let bytes = s.as_bytes();
    let dash_after_space = bytes
        .windows(2)
        .enumerate()
        .any(|(i, w)| w == b" -" && !bytes.get(i + 2).is_some_and(u8::is_ascii_alphanumeric));
    s.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '@' | '/' | '(' | ')' | ' '))
        && first != '@'
        && !dash_after_space
        && !s.ends_with(' ')
        && !s.starts_with(' ')
}

fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | 'T' | 'Z' | '.' | '+'))
}

/// A number as written in results files: whole numbers without a decimal point.
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The YAML text of one answer (a single line).
pub fn answer_yaml(answer: &Answer, is_text_question: bool) -> String {
    match answer {
        Answer::Value(v) => v.to_string(),
        Answer::Na(None) => {
            if is_text_question {
                "{na: null}".to_string()
            } else {
                "na".to_string()
            }
        }
        Answer::Na(Some(reason)) => format!("{{na: {}}}", yaml_string(reason)),
        Answer::Text(s) => serde_json::to_string(s).unwrap_or_default(),
        Answer::Kano {
            functional,
            dysfunctional,
            importance,
        } => {
            let mut parts = Vec::new();
            if let Some(f) = functional {
                parts.push(format!("functional: {}", f.word()));
            }
            if let Some(d) = dysfunctional {
                parts.push(format!("dysfunctional: {}", d.word()));
            }
            if let Some(i) = importance {
                parts.push(format!("importance: {i}"));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Answer::Parts(parts) => {
            let inner: Vec<String> = parts
                .iter()
                .map(|(k, v)| match v {
                    PartValue::Num(n) => format!("{k}: {}", number(*n)),
                    PartValue::Na => format!("{k}: na"),
                })
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
    }
}

fn push_response(out: &mut String, r: &Response, instrument: &Instrument) {
    let _ = writeln!(out, "  - respondent: {}", yaml_string(&r.respondent));
    if let Some(role) = &r.role {
        let _ = writeln!(out, "    role: {}", yaml_string(role));
    }
    for (k, v) in &r.fields {
        let _ = writeln!(out, "    {}: {}", yaml_string(k), yaml_string(v));
    }
    if let Some(s) = &r.started {
        let _ = writeln!(out, "    started: {}", yaml_string(s));
    }
    if let Some(s) = &r.updated {
        let _ = writeln!(out, "    updated: {}", yaml_string(s));
    }
    let _ = writeln!(out, "    complete: {}", r.complete);
    if let Some(from) = &r.carried_from {
        let _ = writeln!(out, "    carried_from: {}", yaml_string(from));
    }
    if !r.carried.is_empty() {
        out.push_str("    carried:\n");
        for id in &r.carried {
            let _ = writeln!(out, "      - {}", yaml_string(id));
        }
    }
    if r.answers.is_empty() {
        out.push_str("    answers: {}\n");
    } else {
        out.push_str("    answers:\n");
        for q in &instrument.questions {
            if let Some(a) = r.answers.get(&q.id) {
                let is_text = matches!(q.kind, QuestionKind::Text);
                let _ = writeln!(out, "      {}: {}", q.id, answer_yaml(a, is_text));
            }
        }
    }
    if !r.notes.is_empty() {
        out.push_str("    notes:\n");
        for q in &instrument.questions {
            if let Some(n) = r.notes.get(&q.id) {
                let _ = writeln!(
                    out,
                    "      {}: {}",
                    q.id,
                    serde_json::to_string(n).unwrap_or_default()
                );
            }
        }
    }
    push_evidence(out, r, instrument);
}

/// The `evidence:` and `confidence:` blocks, one line per question in questionnaire order.
fn push_evidence(out: &mut String, r: &Response, instrument: &Instrument) {
    if r.evidence.values().any(|l| !l.is_empty()) {
        out.push_str("    evidence:\n");
        for q in &instrument.questions {
            if let Some(list) = r.evidence.get(&q.id).filter(|l| !l.is_empty()) {
                let entries: Vec<String> = list
                    .iter()
                    .map(|e| {
                        format!(
                            "{{ref: {}, kind: {}}}",
                            serde_json::to_string(&e.reference).unwrap_or_default(),
                            e.kind.word()
                        )
                    })
                    .collect();
                let _ = writeln!(out, "      {}: [{}]", q.id, entries.join(", "));
            }
        }
    }
    if !r.confidence.is_empty() {
        out.push_str("    confidence:\n");
        for q in &instrument.questions {
            if let Some(level) = r.confidence.get(&q.id) {
                let _ = writeln!(out, "      {}: {}", q.id, level.word());
            }
        }
    }
}

/// The canonical YAML text of a results file.
pub fn to_yaml(results: &Results, instrument: &Instrument) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "format: {FORMAT}");
    out.push_str("instrument:\n");
    let _ = writeln!(out, "  id: {}", yaml_string(&results.instrument.id));
    let _ = writeln!(out, "  version: {}", results.instrument.version);
    let _ = writeln!(out, "  source: {}", yaml_string(&results.instrument.source));
    let _ = writeln!(out, "  digest: {}", results.instrument.digest);
    let a = &results.assessment;
    if a.organization.is_none() && a.date.is_none() && a.period.is_none() && a.fields.is_empty() {
        out.push_str("assessment: {}\n");
    } else {
        out.push_str("assessment:\n");
        if let Some(o) = &a.organization {
            let _ = writeln!(out, "  organization: {}", yaml_string(o));
        }
        if let Some(p) = &a.period {
            let _ = writeln!(out, "  period: {}", yaml_string(p));
        }
        if let Some(d) = &a.date {
            let _ = writeln!(out, "  date: {}", yaml_string(d));
        }
        for (k, v) in &a.fields {
            let _ = writeln!(out, "  {}: {}", yaml_string(k), yaml_string(v));
        }
    }
    if results.responses.is_empty() {
        out.push_str("responses: []\n");
    } else {
        out.push_str("responses:\n");
        for r in &results.responses {
            push_response(&mut out, r, instrument);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::Instrument;
    use crate::response::read_results_str;

    /// Whatever text a user types — a note, an N/A reason, a respondent's name or field — the
    /// file written with it reads back as the same text.
    #[test]
    fn text_of_any_shape_is_written_so_that_it_reads_back() {
        let instrument = Instrument::load("pyramid").expect("a built-in questionnaire");
        let feature = instrument
            .questions
            .iter()
            .find(|q| q.allow_na)
            .expect("a question that allows N/A")
            .id
            .clone();
        for text in [
            "@x",
            "@",
            "`x",
            "a -",
            "A -",
            "a - b",
            "a -1",
            "-",
            "- a",
            "a ?",
            "x @",
            "a: b",
            "a #b",
            "(x)",
            "a/b c",
            "中文 名字",
            "na",
            "2026-12-07",
            "a -}",
            "a -,",
        ] {
            let mut results = Results::new(&instrument);
            let mut r = Response {
                respondent: text.to_string(),
                ..Response::default()
            };
            r.answers
                .insert(feature.clone(), Answer::Na(Some(text.to_string())));
            r.notes.insert(feature.clone(), text.to_string());
            r.fields.insert("segment".into(), text.to_string());
            results.responses.push(r);
            let src = to_yaml(&results, &instrument);
            let back = read_results_str("t.yaml", &src, None)
                .unwrap_or_else(|e| panic!("{text:?} written as\n{src}\ndoes not read: {e}"));
            assert_eq!(back.0.responses, results.responses, "{text:?}");
        }
    }
}
