//! One response (an item of `responses:`, or an answers file) from its [`Node`], checked
//! against the instrument, every problem at its line and column; and the `assessment:` block.
//! Evidence and confidence are read in `respond/evidence.rs`.

mod evidence;

use super::answer::{parse_answer_value, scalar_string};
use super::node::{Events, Node};
use super::quick;
use crate::error::{Error, Problem, Result};
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::response::{Answer, Assessment, Response};
use crate::tr;
use crate::yaml::{MAX_YAML_BYTES, QUOTE_CHARS, clip};

/// Reads responses, collecting their problems.
pub(super) struct Responses<'a> {
    file: &'a str,
    pub problems: Vec<Problem>,
}

impl<'a> Responses<'a> {
    pub fn new(file: &'a str) -> Self {
        Responses {
            file,
            problems: Vec::new(),
        }
    }

    fn at(&mut self, place: (usize, usize), what: impl Into<String>, fix: impl Into<String>) {
        self.problems
            .push(Problem::yaml(self.file, place, what, fix));
    }

    /// Every item of a whole `responses:` node, into `visit` (all of them: the file is read to
    /// its end, so a stop asked for is not needed).
    pub fn all(
        &mut self,
        node: &Node,
        instrument: &Instrument,
        visit: &mut dyn FnMut(&Instrument, Response) -> bool,
    ) {
        match node {
            Node::Seq { items, .. } => {
                for item in items {
                    if let Some(r) = self.one(item, instrument) {
                        if !visit(instrument, r) {
                            return;
                        }
                    }
                }
            }
            n if n.is_null() => {}
            n => self.at(
                n.pos(),
                tr!(messages(), "err-results-responses-list"),
                tr!(messages(), "err-results-responses-list-fix"),
            ),
        }
    }

    /// One response; `None` when it is not a mapping (the problem is kept).
    pub fn one(&mut self, v: &Node, instrument: &Instrument) -> Option<Response> {
        let Node::Map { entries, .. } = v else {
            self.at(
                v.pos(),
                tr!(messages(), "err-results-response-mapping"),
                tr!(messages(), "err-results-response-mapping-fix"),
            );
            return None;
        };
        self.repeated(v);
        let mut resp = Response::default();
        for (k, val) in entries {
            let key = k.key_str().unwrap_or_default();
            match key {
                "answers" | "notes" | "carried" | "evidence" | "confidence" => {}
                "complete" => match val.value() {
                    serde_yaml::Value::Bool(b) => resp.complete = b,
                    _ => self.at(
                        val.pos(),
                        tr!(messages(), "err-results-complete"),
                        tr!(messages(), "err-results-complete-fix"),
                    ),
                },
                _ => match scalar_string(&val.value()) {
                    Some(s) => match key {
                        "respondent" => resp.respondent = s,
                        "role" => resp.role = Some(s),
                        "started" => resp.started = Some(s),
                        "updated" => resp.updated = Some(s),
                        "carried_from" => resp.carried_from = Some(s),
                        _ => {
                            resp.fields.insert(key.to_string(), s);
                        }
                    },
                    None => self.at(
                        val.pos(),
                        tr!(
                            messages(),
                            "err-results-field-single",
                            field = clip(key, QUOTE_CHARS)
                        ),
                        tr!(messages(), "err-results-field-single-fix"),
                    ),
                },
            }
        }
        self.answers(v, instrument, &mut resp);
        self.notes(v, instrument, &mut resp);
        if let Some(c) = v.get("carried") {
            resp.carried = self.carried(instrument, c, &resp.answers);
        }
        self.evidence(v, instrument, &mut resp);
        self.confidence(v, instrument, &mut resp);
        // Complete when every answer it needs is there, whatever the file says (a comment left
        // empty never kept a response partial).
        resp.complete |= crate::audience::is_complete(instrument, &resp);
        Some(resp)
    }

    /// `carried:`, its ids in questionnaire order. Every id must be a question of `instrument`
    /// with an answer in `answers`: a carried answer that is gone is a file edited by hand, and
    /// "carried over unchanged" would count what is not there.
    fn carried(
        &mut self,
        instrument: &Instrument,
        v: &Node,
        answers: &std::collections::BTreeMap<String, Answer>,
    ) -> Vec<String> {
        let Node::Seq { items, .. } = v else {
            if !v.is_null() {
                self.at(
                    v.pos(),
                    tr!(messages(), "err-results-carried-list"),
                    tr!(messages(), "err-results-carried-list-fix"),
                );
            }
            return Vec::new();
        };
        let mut ids = Vec::new();
        for item in items {
            match scalar_string(&item.value()) {
                Some(id) if answers.contains_key(&id) => ids.push(id),
                Some(id) if instrument.question(&id).is_some() => self.at(
                    item.pos(),
                    tr!(
                        messages(),
                        "err-results-carried-no-answer",
                        id = clip(&id, QUOTE_CHARS)
                    ),
                    tr!(messages(), "err-results-carried-no-answer-fix"),
                ),
                Some(id) => self.at(
                    item.pos(),
                    tr!(
                        messages(),
                        "err-results-carried-unknown",
                        id = clip(&id, QUOTE_CHARS),
                        instrument = instrument.id.as_str(),
                        version = instrument.version.to_string()
                    ),
                    tr!(messages(), "err-results-carried-unknown-fix"),
                ),
                None => self.at(
                    item.pos(),
                    tr!(messages(), "err-results-carried-id"),
                    tr!(messages(), "err-results-carried-id-fix"),
                ),
            }
        }
        ids.sort_by_key(|id| instrument.question_index(id));
        ids.dedup();
        ids
    }

    /// A problem for the first key written twice in a mapping.
    fn repeated(&mut self, m: &Node) {
        if let Some(k) = m.repeated_key() {
            let key = k.key_text().unwrap_or_default();
            self.at(
                k.pos(),
                tr!(
                    messages(),
                    "err-results-duplicate-key",
                    key = clip(&key, QUOTE_CHARS)
                ),
                tr!(messages(), "err-yaml-duplicate-fix"),
            );
        }
    }

    fn answers(&mut self, m: &Node, instrument: &Instrument, resp: &mut Response) {
        match m.get("answers") {
            None => {}
            Some(n) if n.is_null() => {}
            Some(answers @ Node::Map { entries, .. }) => {
                self.repeated(answers);
                for (k, val) in entries {
                    let Some(id) = k.key_text() else { continue };
                    let Some(q) = instrument.question(&id) else {
                        self.at(
                            k.pos(),
                            tr!(
                                messages(),
                                "err-results-no-question",
                                id = clip(&id, QUOTE_CHARS),
                                instrument = instrument.id.as_str(),
                                version = instrument.version.to_string()
                            ),
                            tr!(messages(), "err-results-no-question-fix"),
                        );
                        continue;
                    };
                    self.repeated(val);
                    let parsed = match quick::answer_of_node(q, val) {
                        Some(answer) => Ok(Some(answer)),
                        None => parse_answer_value(q, &val.value()),
                    };
                    match parsed {
                        Ok(Some(a)) => {
                            resp.answers.insert(id, a);
                        }
                        Ok(None) => {}
                        Err((what, fix)) => {
                            let what = tr!(
                                messages(),
                                "err-results-answer-to",
                                id = id.as_str(),
                                what = what
                            );
                            self.at(val.pos(), what, fix);
                        }
                    }
                }
            }
            Some(n) => self.at(
                n.pos(),
                tr!(messages(), "err-results-answers-mapping"),
                tr!(messages(), "err-results-answers-mapping-fix"),
            ),
        }
    }

    fn notes(&mut self, m: &Node, instrument: &Instrument, resp: &mut Response) {
        match m.get("notes") {
            None => {}
            Some(n) if n.is_null() => {}
            Some(notes @ Node::Map { entries, .. }) => {
                self.repeated(notes);
                for (k, val) in entries {
                    let Some(id) = k.key_text() else { continue };
                    if instrument.question(&id).is_none() {
                        self.at(
                            k.pos(),
                            tr!(
                                messages(),
                                "err-results-note-unknown",
                                id = clip(&id, QUOTE_CHARS),
                                instrument = instrument.id.as_str()
                            ),
                            tr!(messages(), "err-results-note-unknown-fix"),
                        );
                        continue;
                    }
                    match scalar_string(&val.value()) {
                        Some(s) => {
                            resp.notes.insert(id, s);
                        }
                        None => self.at(
                            val.pos(),
                            tr!(messages(), "err-results-note-text"),
                            tr!(messages(), "err-results-note-text-fix"),
                        ),
                    }
                }
            }
            Some(n) => self.at(
                n.pos(),
                tr!(messages(), "err-results-notes-mapping"),
                tr!(messages(), "err-results-notes-mapping-fix"),
            ),
        }
    }
}

/// The `assessment:` block; its problems are pushed to `problems`.
pub(super) fn assessment(file: &str, v: Option<&Node>, problems: &mut Vec<Problem>) -> Assessment {
    let mut a = Assessment::default();
    let Some(v) = v else { return a };
    let Node::Map { entries, .. } = v else {
        if !v.is_null() {
            problems.push(Problem::yaml(
                file,
                v.pos(),
                tr!(messages(), "err-results-assessment-mapping"),
                tr!(messages(), "err-results-assessment-mapping-fix"),
            ));
        }
        return a;
    };
    for (k, val) in entries {
        let key = k.key_str().unwrap_or_default().to_string();
        let Some(s) = scalar_string(&val.value()) else {
            problems.push(Problem::yaml(
                file,
                val.pos(),
                tr!(
                    messages(),
                    "err-results-assessment-field",
                    field = clip(&key, QUOTE_CHARS)
                ),
                tr!(messages(), "err-results-assessment-field-fix"),
            ));
            continue;
        };
        match key.as_str() {
            "organization" => a.organization = Some(s),
            "date" => a.date = Some(s),
            "period" => a.period = Some(s),
            _ => {
                a.fields.insert(key, s);
            }
        }
    }
    a
}

/// Reads one response (the shape of one entry of `responses`, at least `answers:`) against
/// `instrument`, as `fill --answers` takes it. A missing respondent name becomes `anonymous`;
/// `complete` is set when every step has an answer.
pub fn read_single_response(file: &str, src: &str, instrument: &Instrument) -> Result<Response> {
    if src.len() > MAX_YAML_BYTES {
        return Err(Error::one(Problem::file(
            file,
            tr!(
                messages(),
                "err-file-too-big",
                size = src.len().to_string(),
                what = crate::yaml::file_kind("an answers file"),
                limit = MAX_YAML_BYTES.to_string()
            ),
            tr!(messages(), "err-file-too-big-fix"),
        )));
    }
    let not_a_mapping = || {
        Error::one(Problem::yaml(
            file,
            (1, 1),
            tr!(messages(), "err-results-answers-file-mapping"),
            tr!(messages(), "err-results-answers-file-mapping-fix"),
        ))
    };
    let expected = crate::yaml::Expected {
        what: "an answers file",
        described_in: "README.md (`cxassess fill`): one entry of a results file's `responses`",
    };
    let mut ev = Events::new(file, src, expected).map_err(Error::one)?;
    let mut doc = None;
    loop {
        let next = ev.next().map_err(Error::one)?;
        match next.0 {
            yaml_rust2::Event::StreamEnd => break,
            yaml_rust2::Event::StreamStart
            | yaml_rust2::Event::DocumentStart
            | yaml_rust2::Event::DocumentEnd => {}
            _ if doc.is_some() => {
                return Err(Error::one(Problem::yaml(
                    file,
                    (1, 1),
                    tr!(messages(), "err-results-documents"),
                    tr!(messages(), "err-results-answers-documents-fix"),
                )));
            }
            _ => doc = Some(ev.node(next).map_err(Error::one)?),
        }
    }
    let Some(doc @ Node::Map { .. }) = doc else {
        return Err(not_a_mapping());
    };
    let mut r = Responses::new(file);
    let response = r.one(&doc, instrument);
    if !r.problems.is_empty() {
        return Err(Error::Invalid(r.problems));
    }
    let mut response = response.unwrap_or_default();
    if response.respondent.trim().is_empty() {
        response.respondent = "anonymous".to_string();
    }
    let now = crate::response::now_rfc3339();
    response.started.get_or_insert_with(|| now.clone());
    response.updated.get_or_insert(now);
    response.complete = crate::audience::is_complete(instrument, &response);
    Ok(response)
}
