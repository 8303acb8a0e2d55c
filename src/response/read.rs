//! Reading results files and answer values, checked against the instrument they name. Every
//! problem is collected with its line and column before anything is returned, so a user fixes a
//! file in one pass.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_yaml::{Mapping, Value};

use super::{Answer, Assessment, FORMAT, InstrumentRef, KanoWord, PartValue, Response, Results};
use crate::error::{Error, Problem, Result};
use crate::instrument::{Instrument, Origin, Question, QuestionKind, builtin};
use crate::yaml::{self, Positions, Seg};

mod carried;

/// Reads a results file and the instrument it was answered against.
pub fn read_results(path: &Path) -> Result<(Results, Instrument)> {
    let src = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => Error::one(Problem::file(
            path.display().to_string(),
            "the file is not UTF-8 text",
            "save it as UTF-8",
        )),
        _ => Error::io(path, e),
    })?;
    read_results_str(&path.display().to_string(), &src, path.parent())
}

/// Reads results from text; `base` is the folder relative instrument paths are also tried in.
pub fn read_results_str(
    file: &str,
    src: &str,
    base: Option<&Path>,
) -> Result<(Results, Instrument)> {
    read_results_with(file, src, |iref| resolve_instrument(file, iref, base, src))
}

/// Reads results from text against `instrument`, whatever instrument the text names: how a
/// save checks that the text it is about to write reads back as what it means to write.
pub(super) fn read_results_against(
    file: &str,
    src: &str,
    instrument: &Instrument,
) -> Result<Results> {
    read_results_with(file, src, |_| Ok(instrument.clone())).map(|(results, _)| results)
}

fn read_results_with(
    file: &str,
    src: &str,
    instrument_of: impl FnOnce(&InstrumentRef) -> Result<Instrument>,
) -> Result<(Results, Instrument)> {
    let doc: Value = yaml::parse(
        file,
        src,
        yaml::Expected {
            what: "a results file",
            described_in: "README.md (Files › Results file)",
        },
    )
    .map_err(Error::one)?;
    let mut r = Reader {
        file,
        src,
        pos: None,
        problems: Vec::new(),
    };
    let Value::Mapping(top) = &doc else {
        return Err(Error::one(Problem::yaml(
            file,
            (1, 1),
            "a results file is a mapping with format, instrument and responses",
            format!("start the file with `format: {FORMAT}`"),
        )));
    };
    for (k, _) in top {
        let key = k.as_str().unwrap_or("");
        if !["format", "instrument", "assessment", "responses"].contains(&key) {
            r.at(
                &[Seg::Key(key.to_string())],
                format!("unknown field '{key}'"),
                "a results file has format, instrument, assessment and responses",
            );
        }
    }
    match top.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => r.at_value(
            &[Seg::Key("format".into())],
            format!("format is '{other}'"),
            format!("a results file starts with `format: {FORMAT}`"),
        ),
        None => r.at(
            &[],
            "this is not a cxassess results file (no `format:` line)",
            format!("start the file with `format: {FORMAT}`; an instrument file is checked with `cxassess validate` too"),
        ),
    }
    let iref = r.instrument_ref(top.get("instrument"));
    if !r.problems.is_empty() {
        return Err(Error::Invalid(r.problems));
    }
    let iref = iref.expect("instrument reference read when no problem was found");
    let instrument = instrument_of(&iref)?;
    let assessment = r.assessment(top.get("assessment"));
    let mut responses = Vec::new();
    match top.get("responses") {
        None | Some(Value::Null) => {}
        Some(Value::Sequence(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(resp) = r.response(
                    &instrument,
                    item,
                    &[Seg::Key("responses".into()), Seg::Index(i)],
                ) {
                    responses.push(resp);
                }
            }
        }
        Some(_) => r.at_value(
            &[Seg::Key("responses".into())],
            "`responses` must be a list",
            "write each respondent as an item starting with `- respondent: …`",
        ),
    }
    if r.problems.is_empty() {
        Ok((
            Results {
                instrument: iref,
                assessment,
                responses,
            },
            instrument,
        ))
    } else {
        Err(Error::Invalid(r.problems))
    }
}

fn resolve_instrument(
    file: &str,
    iref: &InstrumentRef,
    base: Option<&Path>,
    src: &str,
) -> Result<Instrument> {
    // Positions are only needed for an error, so they are computed only then.
    let at = |seg: &str| {
        Positions::index(src).near(&[Seg::Key("instrument".into()), Seg::Key(seg.into())])
    };
    let instrument = if iref.source == "builtin" {
        let Some(b) = builtin::find(&iref.id, iref.version) else {
            let versions: Vec<String> = builtin::BUILTINS
                .iter()
                .filter(|b| b.id == iref.id)
                .map(|b| b.version.to_string())
                .collect();
            let fix = if versions.is_empty() {
                format!(
                    "built-in ids are {}; a custom instrument names its file under `source:`",
                    builtin::ids().join(", ")
                )
            } else {
                format!(
                    "this cxassess has version(s) {} of '{}'; use a newer cxassess to read this file",
                    versions.join(", "),
                    iref.id
                )
            };
            return Err(Error::one(Problem::yaml(
                file,
                at("version"),
                format!(
                    "built-in instrument '{}' version {} is unknown",
                    iref.id, iref.version
                ),
                fix,
            )));
        };
        b.instrument()?
    } else {
        let given = PathBuf::from(&iref.source);
        let candidates: Vec<PathBuf> = if given.is_absolute() {
            vec![given.clone()]
        } else {
            let mut c = vec![given.clone()];
            if let Some(b) = base {
                c.push(b.join(&given));
            }
            c
        };
        let Some(found) = candidates.iter().find(|p| p.is_file()) else {
            return Err(Error::one(Problem::yaml(
                file,
                at("source"),
                format!("the instrument file '{}' was not found", iref.source),
                "put the instrument file at that path (relative to the current folder or to the results file), or correct `source:`",
            )));
        };
        let src = std::fs::read_to_string(found).map_err(|e| Error::io(found, e))?;
        Instrument::parse(&src, Origin::File(iref.source.clone()))?
    };
    if instrument.id != iref.id || instrument.version != iref.version {
        return Err(Error::one(Problem::yaml(
            file,
            at("id"),
            format!(
                "the results are for '{}' version {}, but '{}' holds '{}' version {}",
                iref.id, iref.version, iref.source, instrument.id, instrument.version
            ),
            "point `source:` at the instrument file the answers were given against",
        )));
    }
    if !iref.digest.is_empty()
        && iref.digest != instrument.digest
        && !(iref.source == "builtin" && builtin::accepts(&iref.id, iref.version, &iref.digest))
    {
        return Err(Error::one(Problem::yaml(
            file,
            at("digest"),
            format!(
                "the instrument '{}' changed since these answers were given (digest {} ≠ {})",
                iref.source,
                short(&iref.digest),
                short(&instrument.digest)
            ),
            "restore the instrument file the answers were given against (e.g. from git), or raise its version and keep the old file for these results",
        )));
    }
    Ok(instrument)
}

fn short(d: &str) -> &str {
    &d[..d.len().min(12)]
}

struct Reader<'a> {
    file: &'a str,
    src: &'a str,
    /// Built on the first problem only.
    pos: Option<Positions>,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn positions(&mut self) -> &Positions {
        let src = self.src;
        self.pos.get_or_insert_with(|| Positions::index(src))
    }

    fn at(&mut self, path: &[Seg], what: impl Into<String>, fix: impl Into<String>) {
        let place = self.positions().near(path);
        self.problems
            .push(Problem::yaml(self.file, place, what, fix));
    }

    fn at_value(&mut self, path: &[Seg], what: impl Into<String>, fix: impl Into<String>) {
        let pos = self.positions();
        let place = pos.value(path).unwrap_or_else(|| pos.near(path));
        self.problems
            .push(Problem::yaml(self.file, place, what, fix));
    }

    fn instrument_ref(&mut self, v: Option<&Value>) -> Option<InstrumentRef> {
        let base = [Seg::Key("instrument".into())];
        let Some(Value::Mapping(m)) = v else {
            self.at(
                &base,
                "the results file does not say which instrument it is for",
                "add `instrument:` with `id:`, `version:` and `source: builtin`",
            );
            return None;
        };
        let id = m.get("id").and_then(scalar_string);
        let version = m.get("version").and_then(Value::as_u64);
        let source = m
            .get("source")
            .and_then(scalar_string)
            .unwrap_or_else(|| "builtin".to_string());
        let digest = m.get("digest").and_then(scalar_string).unwrap_or_default();
        let Some(id) = id else {
            self.at(
                &base,
                "the instrument has no `id`",
                "add `id:` (e.g. pyramid)",
            );
            return None;
        };
        let Some(version) = version
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| *v >= 1)
        else {
            self.at(
                &[Seg::Key("instrument".into()), Seg::Key("version".into())],
                "the instrument has no valid `version`",
                "add `version:` with the instrument's version number, e.g. 1",
            );
            return None;
        };
        Some(InstrumentRef {
            id,
            version,
            source,
            digest,
        })
    }

    fn assessment(&mut self, v: Option<&Value>) -> Assessment {
        let mut a = Assessment::default();
        let Some(v) = v else { return a };
        let Value::Mapping(m) = v else {
            if !v.is_null() {
                self.at_value(
                    &[Seg::Key("assessment".into())],
                    "`assessment` must be a mapping",
                    "e.g. assessment: {organization: Acme}",
                );
            }
            return a;
        };
        for (k, val) in m {
            let key = k.as_str().unwrap_or_default().to_string();
            let Some(s) = scalar_string(val) else {
                self.at_value(
                    &[Seg::Key("assessment".into()), Seg::Key(key.clone())],
                    format!("assessment field '{key}' must be a single value"),
                    "write it on one line",
                );
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

    fn response(&mut self, instrument: &Instrument, v: &Value, path: &[Seg]) -> Option<Response> {
        let Value::Mapping(m) = v else {
            self.at_value(
                path,
                "a response must be a mapping",
                "start it with `- respondent: …`",
            );
            return None;
        };
        let sub = |k: &str| {
            let mut p = path.to_vec();
            p.push(Seg::Key(k.to_string()));
            p
        };
        let mut resp = Response::default();
        for (k, val) in m {
            let key = k.as_str().unwrap_or_default();
            match key {
                "answers" | "notes" | "carried" => {}
                "complete" => match val {
                    Value::Bool(b) => resp.complete = *b,
                    _ => self.at_value(
                        &sub(key),
                        "`complete` must be true or false",
                        "write complete: true or complete: false",
                    ),
                },
                _ => match scalar_string(val) {
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
                    None => self.at_value(
                        &sub(key),
                        format!("respondent field '{key}' must be a single value"),
                        "write it on one line, or move it under notes",
                    ),
                },
            }
        }
        match m.get("answers") {
            None | Some(Value::Null) => {}
            Some(Value::Mapping(answers)) => {
                for (k, val) in answers {
                    let Some(id) = scalar_string(k) else { continue };
                    let mut p = sub("answers");
                    p.push(Seg::Key(id.clone()));
                    let Some(q) = instrument.question(&id) else {
                        self.at(&p, format!("no question '{id}' in {} version {}", instrument.id, instrument.version), "correct the id or remove the answer; `cxassess template` lists the ids");
                        continue;
                    };
                    match parse_answer_value(q, val) {
                        Ok(Some(a)) => {
                            resp.answers.insert(id, a);
                        }
                        Ok(None) => {}
                        Err((what, fix)) => {
                            self.at_value(&p, format!("answer to '{id}': {what}"), fix);
                        }
                    }
                }
            }
            Some(_) => self.at_value(
                &sub("answers"),
                "`answers` must be a mapping of question id to answer",
                "e.g. answers: {respect.1: 4}",
            ),
        }
        match m.get("notes") {
            None | Some(Value::Null) => {}
            Some(Value::Mapping(notes)) => {
                for (k, val) in notes {
                    let Some(id) = scalar_string(k) else { continue };
                    let mut p = sub("notes");
                    p.push(Seg::Key(id.clone()));
                    if instrument.question(&id).is_none() {
                        self.at(
                            &p,
                            format!(
                                "note on '{id}', which is not a question of {}",
                                instrument.id
                            ),
                            "correct the id or remove the note",
                        );
                        continue;
                    }
                    match scalar_string(val) {
                        Some(s) => {
                            resp.notes.insert(id, s);
                        }
                        None => self.at_value(&p, "a note must be text", "quote the note"),
                    }
                }
            }
            Some(_) => self.at_value(
                &sub("notes"),
                "`notes` must be a mapping of question id to text",
                "e.g. notes: {respect.1: \"…\"}",
            ),
        }
        if let Some(v) = m.get("carried") {
            resp.carried = self.carried(instrument, v, &sub("carried"), &resp.answers);
        }
        Some(resp)
    }
}

fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn is_na_word(s: &str) -> bool {
    matches!(s.trim().to_ascii_lowercase().as_str(), "na" | "n/a")
}

/// A not-applicable answer in any of its written forms: `na`, `{na: "reason"}`, `{na: null}`
/// (text questions take the mapping forms only).
/// The outer `Option` says whether the value is N/A, the inner one carries the reason.
#[allow(clippy::option_option)]
fn na_form(v: &Value) -> Option<Option<String>> {
    match v {
        Value::String(s) if is_na_word(s) => Some(None),
        Value::Mapping(m) if m.len() == 1 => {
            let (k, val) = m.iter().next()?;
            if k.as_str().is_some_and(is_na_word) {
                Some(match val {
                    Value::Null | Value::Bool(true) => None,
                    other => scalar_string(other).filter(|s| !s.is_empty()),
                })
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A whole number in `[min, max]`.
fn point(v: &Value, min: i32, max: i32) -> Result<i32, (String, String)> {
    let n = match v {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64)),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    };
    match n {
        Some(n) if n >= i64::from(min) && n <= i64::from(max) => Ok(n as i32),
        Some(n) => Err((
            format!("{n} is outside the scale {min}–{max}"),
            format!("give a whole number from {min} to {max}, or `na`"),
        )),
        None => Err((
            format!("'{}' is not a scale point", display(v)),
            format!("give a whole number from {min} to {max}, or `na`"),
        )),
    }
}

fn display(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// Reads the answer to `q` from a YAML value. `Ok(None)` means unanswered (`null`).
pub fn parse_answer_value(q: &Question, v: &Value) -> Result<Option<Answer>, (String, String)> {
    if v.is_null() {
        return Ok(None);
    }
    // On a text question a string is always the respondent's words, "NA" included; its not
    // applicable is only the mapping form (`{na: null}`, `{na: "reason"}`), which is what is
    // written for it, so the text "NA" and N/A can never be mistaken for each other.
    let na = match (&q.kind, v) {
        (QuestionKind::Text, Value::String(_)) => None,
        _ => na_form(v),
    };
    if let Some(reason) = na {
        if !q.allow_na {
            return Err((
                "not applicable is not allowed for this question".into(),
                "give an answer, or leave the question out if it was not answered".into(),
            ));
        }
        return Ok(Some(Answer::Na(reason)));
    }
    match &q.kind {
        QuestionKind::Scale(s) => point(v, s.min, s.max).map(|n| Some(Answer::Value(n))),
        QuestionKind::Rubric(levels) => {
            point(v, 1, levels.len() as i32).map(|n| Some(Answer::Value(n)))
        }
        QuestionKind::Text => match scalar_string(v) {
            Some(s) => Ok(Some(Answer::Text(s))),
            None => Err((
                "a text answer must be a string".into(),
                "quote the text".into(),
            )),
        },
        QuestionKind::Kano { importance, .. } => {
            let Value::Mapping(m) = v else {
                return Err((
                    format!("'{}' is not a Kano answer", display(v)),
                    "write {functional: like, dysfunctional: dislike, importance: 7}".into(),
                ));
            };
            let mut functional = None;
            let mut dysfunctional = None;
            let mut imp = None;
            for (k, val) in m {
                let key = k.as_str().unwrap_or_default();
                match key {
                    "functional" | "dysfunctional" => {
                        if val.is_null() {
                            continue;
                        }
                        let text = scalar_string(val).unwrap_or_default();
                        let Some(word) = KanoWord::parse(&text) else {
                            return Err((
                                format!("{key} answer '{text}' is not a Kano answer"),
                                "use like, must-be, neutral, live-with or dislike (or 1–5)".into(),
                            ));
                        };
                        if key == "functional" {
                            functional = Some(word);
                        } else {
                            dysfunctional = Some(word);
                        }
                    }
                    "importance" => {
                        if val.is_null() {
                            continue;
                        }
                        let Some(scale) = importance else {
                            return Err((
                                "this feature does not ask importance".into(),
                                "remove `importance:`".into(),
                            ));
                        };
                        imp = Some(
                            point(val, scale.min, scale.max)
                                .map_err(|(w, f)| (format!("importance {w}"), f))?,
                        );
                    }
                    other => {
                        return Err((
                            format!("unknown part '{other}'"),
                            "a Kano answer has functional, dysfunctional and importance".into(),
                        ));
                    }
                }
            }
            Ok(Some(Answer::Kano {
                functional,
                dysfunctional,
                importance: imp,
            }))
        }
        QuestionKind::Pair { parts, scale, .. } => {
            let Value::Mapping(m) = v else {
                return Err((
                    format!("'{}' is not a {} answer", display(v), parts.join("/")),
                    format!(
                        "write {{{}}}",
                        parts
                            .iter()
                            .map(|p| format!("{p}: {}", scale.max))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            };
            let values = compound(m, parts, |val| {
                if matches!(val, Value::String(s) if is_na_word(s)) {
                    return Ok(PartValue::Na);
                }
                point(val, scale.min, scale.max).map(|n| PartValue::Num(f64::from(n)))
            })?;
            Ok(Some(Answer::Parts(values)))
        }
        QuestionKind::Allocation { parts, .. } => {
            let Value::Mapping(m) = v else {
                return Err((
                    format!("'{}' is not a point allocation", display(v)),
                    "write {part: points, …} for every part".into(),
                ));
            };
            let ids: Vec<String> = parts.iter().map(|p| p.id.clone()).collect();
            let values = compound(m, &ids, |val| {
                let n = match val {
                    Value::Number(n) => n.as_f64(),
                    Value::String(s) => s.trim().parse::<f64>().ok(),
                    _ => None,
                };
                match n {
                    Some(x) if x.is_finite() && x >= 0.0 => Ok(PartValue::Num(x)),
                    _ => Err((
                        format!("'{}' is not a number of points", display(val)),
                        "give a non-negative number".into(),
                    )),
                }
            })?;
            Ok(Some(Answer::Parts(values)))
        }
    }
}

fn compound(
    m: &Mapping,
    parts: &[String],
    read: impl Fn(&Value) -> Result<PartValue, (String, String)>,
) -> Result<Vec<(String, PartValue)>, (String, String)> {
    let mut found: BTreeMap<&str, PartValue> = BTreeMap::new();
    for (k, val) in m {
        let key = k.as_str().unwrap_or_default();
        let Some(p) = parts.iter().find(|p| *p == key) else {
            return Err((
                format!("unknown part '{key}'"),
                format!("the parts are {}", parts.join(", ")),
            ));
        };
        if val.is_null() {
            continue;
        }
        let v = read(val).map_err(|(w, f)| (format!("{key}: {w}"), f))?;
        found.insert(p.as_str(), v);
    }
    Ok(parts
        .iter()
        .filter_map(|p| found.get(p.as_str()).map(|v| (p.clone(), *v)))
        .collect())
}

/// Reads one response (the shape of one entry of `responses`, at least `answers:`) against
/// `instrument`, as `fill --answers` takes it. A missing respondent name becomes `anonymous`;
/// `complete` is set when every step has an answer.
pub fn read_single_response(file: &str, src: &str, instrument: &Instrument) -> Result<Response> {
    let doc: Value = yaml::parse(
        file,
        src,
        yaml::Expected {
            what: "an answers file",
            described_in: "README.md (`cxassess fill`): one entry of a results file's `responses`",
        },
    )
    .map_err(Error::one)?;
    let mut r = Reader {
        file,
        src,
        pos: None,
        problems: Vec::new(),
    };
    if !matches!(doc, Value::Mapping(_)) {
        return Err(Error::one(Problem::yaml(
            file,
            (1, 1),
            "an answers file is a mapping with `answers:`",
            "write `answers:` followed by one `question-id: answer` line each",
        )));
    }
    let response = r.response(instrument, &doc, &[]);
    if !r.problems.is_empty() {
        return Err(Error::Invalid(r.problems));
    }
    let mut response = response.unwrap_or_default();
    if response.respondent.trim().is_empty() {
        response.respondent = "anonymous".to_string();
    }
    let now = super::now_rfc3339();
    response.started.get_or_insert_with(|| now.clone());
    response.updated.get_or_insert(now);
    response.complete = response.first_unanswered(instrument).is_none();
    Ok(response)
}
