//! Reading results files and answer values, checked against the instrument they name. Every
//! problem is collected with its line and column before anything is returned, so a user fixes a
//! file in one pass.
//!
//! A file is read as a stream of YAML events, one response at a time (`node.rs`): no document
//! tree and no position index of the whole file are built, so memory is what the typed results
//! take (about 1.5 KB per Kano respondent), and a caller that only needs the head of a file
//! (`list`) stops after its first response. Before any parsing the file's size is checked from
//! its metadata and its nesting depth by a linear scan (`yaml::bounds`).

mod answer;
mod node;
mod respond;

use std::path::{Path, PathBuf};

use node::{Events, Marked, Node, Pos};
use yaml_rust2::Event;

use super::{Assessment, FORMAT, InstrumentRef, Response, Results};
use crate::error::{Error, Problem, Result};
use crate::instrument::{Instrument, Origin, builtin};
use crate::yaml::{self, MAX_RESULTS_BYTES, MAX_YAML_BYTES, QUOTE_CHARS, clip};

pub use answer::parse_answer_value;
pub use respond::read_single_response;

/// Reads a results file and the instrument it was answered against.
pub fn read_results(path: &Path) -> Result<(Results, Instrument)> {
    let src = yaml::read_text(path, MAX_RESULTS_BYTES as u64, "a results file")?;
    read_results_str(&path.display().to_string(), &src, path.parent())
}

/// Reads results from text; `base` is the folder relative instrument paths are also tried in.
pub fn read_results_str(
    file: &str,
    src: &str,
    base: Option<&Path>,
) -> Result<(Results, Instrument)> {
    let mut responses = Vec::new();
    let (head, instrument) = read_with(
        file,
        src,
        &mut |iref, at| resolve_instrument(file, iref, base, at),
        &mut |_, r| {
            responses.push(r);
            true
        },
    )?;
    Ok((
        Results {
            instrument: head.instrument,
            assessment: head.assessment,
            responses,
        },
        instrument,
    ))
}

/// Reads results from text against `instrument`, whatever instrument the text names: how a
/// save checks that the text it is about to write reads back as what it means to write.
pub(super) fn read_results_against(
    file: &str,
    src: &str,
    instrument: &Instrument,
) -> Result<Results> {
    let mut responses = Vec::new();
    let (head, _) = read_with(
        file,
        src,
        &mut |_, _| Ok(instrument.clone()),
        &mut |_, r| {
            responses.push(r);
            true
        },
    )?;
    Ok(Results {
        instrument: head.instrument,
        assessment: head.assessment,
        responses,
    })
}

/// What a results file says besides its responses.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsHead {
    /// The instrument it names.
    pub instrument: InstrumentRef,
    /// The assessment (empty when it comes after the responses that were read).
    pub assessment: Assessment,
}

/// Reads the results file at `path`, handing each response to `visit` as it is read (memory
/// for one response at a time); reading stops early, unchecked past that point, when `visit`
/// returns false. With problems the error is returned after `visit` may have seen some
/// responses: act on them only on `Ok`.
pub fn read_results_each(
    path: &Path,
    visit: &mut dyn FnMut(&Instrument, Response) -> bool,
) -> Result<(ResultsHead, Instrument)> {
    let src = yaml::read_text(path, MAX_RESULTS_BYTES as u64, "a results file")?;
    let file = path.display().to_string();
    read_with(
        &file,
        &src,
        &mut |iref, at| resolve_instrument(&file, iref, path.parent(), at),
        visit,
    )
}

/// Finds an instrument for a reference; told where each `instrument:` member is, for messages.
type InstrumentOf<'f> = dyn FnMut(&InstrumentRef, &dyn Fn(&str) -> Pos) -> Result<Instrument> + 'f;

/// The top-level mapping, as read so far.
#[derive(Default)]
struct Top {
    root: Pos,
    unknown: Vec<Problem>,
    format: Option<(Pos, Node)>,
    instrument: Option<(Pos, Node)>,
    iref: Option<InstrumentRef>,
    resolved: Option<Result<Instrument>>,
    assessment: Option<Node>,
    /// `responses:` met before the instrument could be resolved.
    responses: Option<Node>,
    seen: Vec<String>,
}

fn read_with(
    file: &str,
    src: &str,
    instrument_of: &mut InstrumentOf<'_>,
    visit: &mut dyn FnMut(&Instrument, Response) -> bool,
) -> Result<(ResultsHead, Instrument)> {
    if src.len() > MAX_RESULTS_BYTES {
        return Err(Error::one(Problem::file(
            file,
            format!(
                "the file is {} bytes; a results file is at most {MAX_RESULTS_BYTES} bytes",
                src.len()
            ),
            "check that this is the right file",
        )));
    }
    let not_a_mapping = || {
        Error::one(Problem::yaml(
            file,
            (1, 1),
            "a results file is a mapping with format, instrument and responses",
            format!("start the file with `format: {FORMAT}`"),
        ))
    };
    let expected = yaml::Expected {
        what: "a results file",
        described_in: "README.md (Files › Results file)",
    };
    let mut ev = Events::new(file, src, expected).map_err(Error::one)?;
    let mut first = ev.next().map_err(Error::one)?;
    while matches!(first.0, Event::StreamStart | Event::DocumentStart) {
        first = ev.next().map_err(Error::one)?;
    }
    if !matches!(first.0, Event::MappingStart(..)) {
        if !matches!(first.0, Event::StreamEnd) {
            ev.node(first).map_err(Error::one)?;
        }
        return Err(not_a_mapping());
    }
    let mut top = Top {
        root: first.1,
        ..Top::default()
    };
    let mut responses = respond::Responses::new(file);
    let mut stopped = false;
    loop {
        let next = ev.next().map_err(Error::one)?;
        if matches!(next.0, Event::MappingEnd) {
            break;
        }
        let key = ev.node(next).map_err(Error::one)?;
        top.root = top.root.min(key.pos());
        let value = ev.next().map_err(Error::one)?;
        let name = key.key_str().unwrap_or("").to_string();
        if top.seen.contains(&name) {
            top.unknown.push(Problem::yaml(
                file,
                key.pos(),
                format!("the field '{}' is written twice", clip(&name, QUOTE_CHARS)),
                "keep only one entry for the key",
            ));
            ev.skip(value).map_err(Error::one)?;
            continue;
        }
        top.seen.push(name.clone());
        match name.as_str() {
            "format" => top.format = Some((key.pos(), ev.node(value).map_err(Error::one)?)),
            "instrument" => {
                top.instrument = Some((key.pos(), ev.node(value).map_err(Error::one)?));
            }
            "assessment" => top.assessment = Some(ev.node(value).map_err(Error::one)?),
            "responses" => {
                try_resolve(file, &mut top, instrument_of);
                match &top.resolved {
                    Some(Ok(instrument)) if top.unknown.is_empty() => {
                        stopped = !stream(&mut ev, value, instrument, &mut responses, visit)
                            .map_err(Error::one)?;
                        if stopped {
                            break;
                        }
                    }
                    _ => top.responses = Some(ev.node(value).map_err(Error::one)?),
                }
            }
            _ => {
                top.unknown.push(Problem::yaml(
                    file,
                    key.pos(),
                    format!("unknown field '{}'", clip(&name, QUOTE_CHARS)),
                    "a results file has format, instrument, assessment and responses",
                ));
                ev.skip(value).map_err(Error::one)?;
            }
        }
        try_resolve(file, &mut top, instrument_of);
    }
    if !stopped {
        loop {
            match ev.next().map_err(Error::one)?.0 {
                Event::StreamEnd => break,
                Event::DocumentStart => {
                    return Err(Error::one(Problem::yaml(
                        file,
                        (1, 1),
                        "deserializing from YAML containing more than one document is not supported",
                        "keep one document in the file (remove the `---` line and what follows)",
                    )));
                }
                _ => {}
            }
        }
    }
    let mut problems = std::mem::take(&mut top.unknown);
    problems.extend(format_problem(file, &top));
    let iref = instrument_ref(file, &top, &mut problems);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let iref = iref.expect("instrument reference read when no problem was found");
    top.iref = Some(iref.clone());
    try_resolve(file, &mut top, instrument_of);
    let instrument = match top.resolved.take() {
        Some(resolved) => resolved?,
        None => unreachable!("resolved once the format and the reference are read"),
    };
    let assessment = respond::assessment(file, top.assessment.as_ref(), &mut problems);
    if let Some(node) = top.responses.take() {
        responses.all(&node, &instrument, visit);
    }
    problems.extend(responses.problems);
    if problems.is_empty() {
        Ok((
            ResultsHead {
                instrument: iref,
                assessment,
            },
            instrument,
        ))
    } else {
        Err(Error::Invalid(problems))
    }
}

/// Streams the items of `responses:` into `visit`; `Ok(false)` when `visit` asked to stop.
fn stream(
    ev: &mut Events<'_>,
    first: Marked,
    instrument: &Instrument,
    responses: &mut respond::Responses<'_>,
    visit: &mut dyn FnMut(&Instrument, Response) -> bool,
) -> std::result::Result<bool, Problem> {
    if !matches!(first.0, Event::SequenceStart(0, _)) {
        let node = ev.node(first)?;
        responses.all(&node, instrument, visit);
        return Ok(true);
    }
    loop {
        let next = ev.next()?;
        if matches!(next.0, Event::SequenceEnd) {
            return Ok(true);
        }
        let item = ev.node(next)?;
        if let Some(r) = responses.one(&item, instrument) {
            if !visit(instrument, r) {
                return Ok(false);
            }
        }
    }
}

/// Resolves the instrument as soon as the format and the reference are read without a
/// problem, so that the responses after them are read as they come.
fn try_resolve(file: &str, top: &mut Top, instrument_of: &mut InstrumentOf<'_>) {
    if top.resolved.is_some() || !top.unknown.is_empty() || format_problem(file, top).is_some() {
        return;
    }
    if top.iref.is_none() {
        let mut problems = Vec::new();
        match instrument_ref(file, top, &mut problems) {
            Some(iref) if problems.is_empty() => top.iref = Some(iref),
            _ => return,
        }
    }
    let Some(iref) = top.iref.clone() else { return };
    let (key_pos, node) = top
        .instrument
        .as_ref()
        .expect("a reference has its mapping");
    let at = |member: &str| node.key_node(member).map_or(*key_pos, Node::pos);
    top.resolved = Some(instrument_of(&iref, &at));
}

fn format_problem(file: &str, top: &Top) -> Option<Problem> {
    match &top.format {
        None => Some(Problem::yaml(
            file,
            top.root,
            "this is not a cxassess results file (no `format:` line)",
            format!(
                "start the file with `format: {FORMAT}`; an instrument file is checked with `cxassess validate` too"
            ),
        )),
        Some((_, node)) => match node.value().as_str() {
            Some(FORMAT) => None,
            Some(other) => Some(Problem::yaml(
                file,
                node.pos(),
                format!("format is '{}'", clip(other, QUOTE_CHARS)),
                format!("a results file starts with `format: {FORMAT}`"),
            )),
            None => Some(Problem::yaml(
                file,
                node.pos(),
                "`format:` is not text",
                format!("a results file starts with `format: {FORMAT}`"),
            )),
        },
    }
}

fn instrument_ref(file: &str, top: &Top, problems: &mut Vec<Problem>) -> Option<InstrumentRef> {
    let mut at = |place: Pos, what: &str, fix: &str| {
        problems.push(Problem::yaml(file, place, what, fix));
    };
    let (key_pos, m) = match &top.instrument {
        Some((key_pos, m @ Node::Map { .. })) => (*key_pos, m),
        other => {
            at(
                other.as_ref().map_or(top.root, |(p, _)| *p),
                "the results file does not say which instrument it is for",
                "add `instrument:` with `id:`, `version:` and `source: builtin`",
            );
            return None;
        }
    };
    let text = |k: &str| m.get(k).and_then(|n| answer::scalar_string(&n.value()));
    let Some(id) = text("id") else {
        at(
            key_pos,
            "the instrument has no `id`",
            "add `id:` (e.g. pyramid)",
        );
        return None;
    };
    let version = m.get("version").and_then(|n| n.value().as_u64());
    let Some(version) = version
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
    else {
        at(
            m.key_node("version").map_or(key_pos, Node::pos),
            "the instrument has no valid `version`",
            "add `version:` with the instrument's version number, e.g. 1",
        );
        return None;
    };
    Some(InstrumentRef {
        id,
        version,
        source: text("source").unwrap_or_else(|| "builtin".to_string()),
        digest: text("digest").unwrap_or_default(),
    })
}

fn resolve_instrument(
    file: &str,
    iref: &InstrumentRef,
    base: Option<&Path>,
    at: &dyn Fn(&str) -> Pos,
) -> Result<Instrument> {
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
                    clip(&iref.id, QUOTE_CHARS),
                    iref.version
                ),
                fix,
            )));
        };
        b.instrument()?
    } else {
        instrument_file(file, iref, base, at)?
    };
    if instrument.id != iref.id || instrument.version != iref.version {
        return Err(Error::one(Problem::yaml(
            file,
            at("id"),
            format!(
                "the results are for '{}' version {}, but '{}' holds '{}' version {}",
                clip(&iref.id, QUOTE_CHARS),
                iref.version,
                clip(&iref.source, QUOTE_CHARS),
                instrument.id,
                instrument.version
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
                clip(&iref.source, QUOTE_CHARS),
                short(&iref.digest),
                short(&instrument.digest)
            ),
            "restore the instrument file the answers were given against (e.g. from git), or raise its version and keep the old file for these results",
        )));
    }
    Ok(instrument)
}

/// The instrument file `source:` names. Only a regular file that parses as an instrument is
/// taken, and no message quotes what the file holds: a results file from elsewhere may point
/// `source:` at any file on the machine (`/etc/shadow`, `/proc/self/maps`), and its content
/// must never reach the terminal.
fn instrument_file(
    file: &str,
    iref: &InstrumentRef,
    base: Option<&Path>,
    at: &dyn Fn(&str) -> Pos,
) -> Result<Instrument> {
    let source = clip(&iref.source, QUOTE_CHARS);
    let given = PathBuf::from(&iref.source);
    let mut candidates = vec![given.clone()];
    if let (false, Some(b)) = (given.is_absolute(), base) {
        candidates.push(b.join(&given));
    }
    let Some(found) = candidates.iter().find(|p| p.exists()) else {
        return Err(Error::one(Problem::yaml(
            file,
            at("source"),
            format!("the instrument file '{source}' was not found"),
            "put the instrument file at that path (relative to the current folder or to the results file), or correct `source:`",
        )));
    };
    let refuse = |what: String| {
        Error::one(Problem::yaml(
            file,
            at("source"),
            what,
            format!(
                "point `source:` at the instrument file the answers were given against; `cxassess validate {source}` says what is wrong with that file"
            ),
        ))
    };
    if !std::fs::metadata(found).is_ok_and(|m| m.is_file()) {
        return Err(refuse(format!(
            "the instrument '{source}' is not a regular file"
        )));
    }
    let text = match yaml::read_text(found, MAX_YAML_BYTES as u64, "an instrument file") {
        Ok(text) => text,
        Err(Error::Io { .. }) => {
            return Err(refuse(format!(
                "the instrument file '{source}' could not be read"
            )));
        }
        Err(_) => {
            return Err(refuse(format!(
                "'{source}' is not an instrument file (too large, or not UTF-8 text)"
            )));
        }
    };
    Instrument::parse(&text, Origin::File(iref.source.clone())).map_err(|e| match e {
        Error::Invalid(ps) => refuse(format!(
            "'{source}' is not a valid instrument file ({} problem(s), the first at {})",
            ps.len(),
            match ps.first().map(|p| &p.place) {
                Some(crate::error::Place::Yaml { line, column }) =>
                    format!("line {line}, column {column}"),
                _ => "the top of the file".to_string(),
            }
        )),
        other => other,
    })
}

fn short(d: &str) -> &str {
    let end = d.char_indices().nth(12).map_or(d.len(), |(i, _)| i);
    &d[..end]
}
