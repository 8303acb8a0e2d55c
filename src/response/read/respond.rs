//! One response (an item of `responses:`, or an answers file) from its [`Node`], checked
//! against the instrument, every problem at its line and column; and the `assessment:` block.

use super::answer::{parse_answer_value, scalar_string};
use super::node::{Events, Node};
use crate::error::{Error, Problem, Result};
use crate::instrument::Instrument;
use crate::response::{Assessment, Response};
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
                "`responses` must be a list",
                "write each respondent as an item starting with `- respondent: …`",
            ),
        }
    }

    /// One response; `None` when it is not a mapping (the problem is kept).
    pub fn one(&mut self, v: &Node, instrument: &Instrument) -> Option<Response> {
        let Node::Map { entries, .. } = v else {
            self.at(
                v.pos(),
                "a response must be a mapping",
                "start it with `- respondent: …`",
            );
            return None;
        };
        self.repeated(v);
        let mut resp = Response::default();
        for (k, val) in entries {
            let key = k.key_str().unwrap_or_default();
            match key {
                "answers" | "notes" => {}
                "complete" => match val.value() {
                    serde_yaml::Value::Bool(b) => resp.complete = b,
                    _ => self.at(
                        val.pos(),
                        "`complete` must be true or false",
                        "write complete: true or complete: false",
                    ),
                },
                _ => match scalar_string(&val.value()) {
                    Some(s) => match key {
                        "respondent" => resp.respondent = s,
                        "role" => resp.role = Some(s),
                        "started" => resp.started = Some(s),
                        "updated" => resp.updated = Some(s),
                        _ => {
                            resp.fields.insert(key.to_string(), s);
                        }
                    },
                    None => self.at(
                        val.pos(),
                        format!(
                            "respondent field '{}' must be a single value",
                            clip(key, QUOTE_CHARS)
                        ),
                        "write it on one line, or move it under notes",
                    ),
                },
            }
        }
        self.answers(v, instrument, &mut resp);
        self.notes(v, instrument, &mut resp);
        Some(resp)
    }

    /// A problem for the first key written twice in a mapping.
    fn repeated(&mut self, m: &Node) {
        if let Some(k) = m.repeated_key() {
            let key = k.key_text().unwrap_or_default();
            self.at(
                k.pos(),
                format!("duplicate entry with key '{}'", clip(&key, QUOTE_CHARS)),
                "keep only one entry for the key",
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
                            format!(
                                "no question '{}' in {} version {}",
                                clip(&id, QUOTE_CHARS),
                                instrument.id,
                                instrument.version
                            ),
                            "correct the id or remove the answer; `cxassess template` lists the ids",
                        );
                        continue;
                    };
                    self.repeated(val);
                    match parse_answer_value(q, &val.value()) {
                        Ok(Some(a)) => {
                            resp.answers.insert(id, a);
                        }
                        Ok(None) => {}
                        Err((what, fix)) => {
                            self.at(val.pos(), format!("answer to '{id}': {what}"), fix);
                        }
                    }
                }
            }
            Some(n) => self.at(
                n.pos(),
                "`answers` must be a mapping of question id to answer",
                "e.g. answers: {respect.1: 4}",
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
                            format!(
                                "note on '{}', which is not a question of {}",
                                clip(&id, QUOTE_CHARS),
                                instrument.id
                            ),
                            "correct the id or remove the note",
                        );
                        continue;
                    }
                    match scalar_string(&val.value()) {
                        Some(s) => {
                            resp.notes.insert(id, s);
                        }
                        None => self.at(val.pos(), "a note must be text", "quote the note"),
                    }
                }
            }
            Some(n) => self.at(
                n.pos(),
                "`notes` must be a mapping of question id to text",
                "e.g. notes: {respect.1: \"…\"}",
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
                "`assessment` must be a mapping",
                "e.g. assessment: {organization: Acme}",
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
                format!(
                    "assessment field '{}' must be a single value",
                    clip(&key, QUOTE_CHARS)
                ),
                "write it on one line",
            ));
            continue;
        };
        match key.as_str() {
            "organization" => a.organization = Some(s),
            "date" => a.date = Some(s),
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
            format!(
                "the file is {} bytes; an answers file is at most {MAX_YAML_BYTES} bytes",
                src.len()
            ),
            "check that this is the right file",
        )));
    }
    let not_a_mapping = || {
        Error::one(Problem::yaml(
            file,
            (1, 1),
            "an answers file is a mapping with `answers:`",
            "write `answers:` followed by one `question-id: answer` line each",
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
                    "deserializing from YAML containing more than one document is not supported",
                    "keep one document in the file",
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
    response.complete = response.first_unanswered(instrument).is_none();
    Ok(response)
}
