//! Reading results files and answer values, checked against the instrument they name. Every
//! problem is collected with its line and column before anything is returned, so a user fixes a
//! file in one pass.
//!
//! A file in the layout cxassess writes is read line by line (`canonical.rs`), its values checked
//! with the same functions; anything else, and any file with a problem, is read as below, so
//! that every message is this reader's.
//!
//! A file is read as a stream of YAML events, one response at a time (`node.rs`): no document
//! tree and no position index of the whole file are built, so memory is what the typed results
//! take (about 1.5 KB per Kano respondent), and a caller that only needs the head of a file
//! (`list`) stops after its first response. Before any parsing the file's size is checked from
//! its metadata and its nesting depth by a linear scan (`yaml::bounds`).

mod answer;
mod canonical;
mod node;
mod quick;
mod respond;
mod source;

use std::path::Path;

use node::{Events, Marked, Node, Pos};
use yaml_rust2::Event;

use super::{Assessment, FORMAT, InstrumentRef, Response, Results};
use crate::error::{Error, Problem, Result};
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::tr;
use crate::yaml::{self, MAX_RESULTS_BYTES, QUOTE_CHARS, clip};
use source::resolve_instrument;

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
    read_against(read_with, file, src, instrument)
}

/// The reader of a whole file (either way in: [`read_with`], or the event reader alone).
type Reader = fn(
    &str,
    &str,
    &mut InstrumentOf<'_>,
    &mut dyn FnMut(&Instrument, Response) -> bool,
) -> Result<(ResultsHead, Instrument)>;

/// Reads results from text with `read`, against `instrument`.
fn read_against(read: Reader, file: &str, src: &str, instrument: &Instrument) -> Result<Results> {
    let mut responses = Vec::new();
    let (head, _) = read(
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
            tr!(
                messages(),
                "err-file-too-big",
                size = src.len().to_string(),
                what = yaml::file_kind("a results file"),
                limit = MAX_RESULTS_BYTES.to_string()
            ),
            tr!(messages(), "err-file-too-big-fix"),
        )));
    }
    // The layout cxassess writes is read line by line; anything else, and any problem, by
    // the events, handing on only the responses the canonical reader has not.
    let mut skip = match canonical::read(src, instrument_of, visit) {
        canonical::Fast::Read(read) => return Ok(*read),
        canonical::Fast::Declined { visited } => visited,
    };
    read_events(file, src, instrument_of, &mut |instrument, r| {
        if skip > 0 {
            skip -= 1;
            return true;
        }
        visit(instrument, r)
    })
}

/// Reads a results file as YAML events, whatever its layout, every problem with its place.
fn read_events(
    file: &str,
    src: &str,
    instrument_of: &mut InstrumentOf<'_>,
    visit: &mut dyn FnMut(&Instrument, Response) -> bool,
) -> Result<(ResultsHead, Instrument)> {
    let not_a_mapping = || {
        Error::one(Problem::yaml(
            file,
            (1, 1),
            tr!(messages(), "err-results-not-mapping"),
            tr!(messages(), "err-results-not-mapping-fix", format = FORMAT),
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
                tr!(
                    messages(),
                    "err-results-field-twice",
                    field = clip(&name, QUOTE_CHARS)
                ),
                tr!(messages(), "err-yaml-duplicate-fix"),
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
                    tr!(
                        messages(),
                        "err-results-field-unknown",
                        field = clip(&name, QUOTE_CHARS)
                    ),
                    tr!(messages(), "err-results-field-unknown-fix"),
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
                        tr!(messages(), "err-results-documents"),
                        tr!(messages(), "err-results-documents-fix"),
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
            tr!(messages(), "err-results-no-format"),
            tr!(messages(), "err-results-no-format-fix", format = FORMAT),
        )),
        Some((_, node)) => match node.value().as_str() {
            Some(FORMAT) => None,
            Some(other) => Some(Problem::yaml(
                file,
                node.pos(),
                tr!(
                    messages(),
                    "err-results-format",
                    format = clip(other, QUOTE_CHARS)
                ),
                tr!(messages(), "err-results-format-fix", format = FORMAT),
            )),
            None => Some(Problem::yaml(
                file,
                node.pos(),
                tr!(messages(), "err-results-format-not-text"),
                tr!(messages(), "err-results-format-fix", format = FORMAT),
            )),
        },
    }
}

fn instrument_ref(file: &str, top: &Top, problems: &mut Vec<Problem>) -> Option<InstrumentRef> {
    let mut at = |place: Pos, what: String, fix: String| {
        problems.push(Problem::yaml(file, place, what, fix));
    };
    let (key_pos, m) = match &top.instrument {
        Some((key_pos, m @ Node::Map { .. })) => (*key_pos, m),
        other => {
            at(
                other.as_ref().map_or(top.root, |(p, _)| *p),
                tr!(messages(), "err-results-no-instrument"),
                tr!(messages(), "err-results-no-instrument-fix"),
            );
            return None;
        }
    };
    let text = |k: &str| m.get(k).and_then(|n| answer::scalar_string(&n.value()));
    let Some(id) = text("id") else {
        at(
            key_pos,
            tr!(messages(), "err-results-no-id"),
            tr!(messages(), "err-results-no-id-fix"),
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
            tr!(messages(), "err-results-no-version"),
            tr!(messages(), "err-results-no-version-fix"),
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
