//! The items of `responses:` in the canonical layout, line by line: a response's fields at
//! four spaces, the entries of its blocks (`carried`, `answers`, `notes`, `evidence`,
//! `confidence`) at six, questions in questionnaire order. Every value is checked as the event
//! reader checks it, with the same functions where there are some (`quick`, `parse_answer_value`,
//! the evidence and confidence words, `audience::is_complete`); a value the event reader would
//! refuse, or a line not in the layout, ends the reading with `None`.

use super::scalar::{Flow, Lines, Scalar, block_key, flow_map, scalar_line};
use crate::instrument::Instrument;
use crate::response::evidence::{MAX_EVIDENCE_PER_ANSWER, MAX_REF_CHARS};
use crate::response::read::answer::parse_answer_value;
use crate::response::read::quick::{self, Quick};
use crate::response::{Answer, Confidence, Evidence, EvidenceKind, Response};

/// How an item of `responses:` starts.
pub(super) const ITEM: &str = "  - respondent: ";

/// The block a six-space line belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Block {
    None,
    Carried,
    Answers,
    Notes,
    Evidence,
    Confidence,
}

/// Fields of a response met so far (bits), so that none is taken twice.
const RESPONDENT: u16 = 1;
const ROLE: u16 = 1 << 1;
const STARTED: u16 = 1 << 2;
const UPDATED: u16 = 1 << 3;
const COMPLETE: u16 = 1 << 4;
const CARRIED_FROM: u16 = 1 << 5;
const CARRIED: u16 = 1 << 6;
const ANSWERS: u16 = 1 << 7;
const NOTES: u16 = 1 << 8;
const EVIDENCE: u16 = 1 << 9;
const CONFIDENCE: u16 = 1 << 10;

/// One response being read.
struct Building {
    resp: Response,
    seen: u16,
    block: Block,
    /// The next question a block entry may name (questionnaire order).
    cursor: usize,
    carried: Vec<String>,
}

/// Reads every response of `region` (whole items of `responses:`) into `visit`, in order;
/// `Some(false)` when `visit` asked to stop, `None` at the first thing not read with certainty.
pub(super) fn read(
    region: &str,
    instrument: &Instrument,
    visit: &mut dyn FnMut(Response) -> bool,
) -> Option<bool> {
    let mut lines = Lines { rest: region };
    let mut current: Option<Building> = None;
    let mut flow = Flow::default();
    while let Some(line) = lines.next() {
        if let Some(value) = line.strip_prefix(ITEM) {
            if let Some(done) = current.take() {
                if !visit(finish(done, instrument)?) {
                    return Some(false);
                }
            }
            current = Some(Building {
                resp: Response {
                    respondent: scalar_line(value)?.text()?,
                    ..Response::default()
                },
                seen: RESPONDENT,
                block: Block::None,
                cursor: 0,
                carried: Vec::new(),
            });
            continue;
        }
        let b = current.as_mut()?;
        if let Some(entry) = line.strip_prefix("      ") {
            entry_line(b, entry, instrument, &mut flow)?;
        } else if let Some(field) = line.strip_prefix("    ") {
            field_line(b, field)?;
        } else {
            return None;
        }
    }
    if !lines.rest.is_empty() {
        return None;
    }
    match current {
        Some(done) => Some(visit(finish(done, instrument)?)),
        None => Some(true),
    }
}

/// A line of a response's own fields (`role: customer`, `answers:`).
fn field_line(b: &mut Building, line: &str) -> Option<()> {
    let (key, rest) = block_key(line)?;
    let (bit, block) = match key.as_ref() {
        "carried" => (CARRIED, Block::Carried),
        "answers" => (ANSWERS, Block::Answers),
        "notes" => (NOTES, Block::Notes),
        "evidence" => (EVIDENCE, Block::Evidence),
        "confidence" => (CONFIDENCE, Block::Confidence),
        _ => (0, Block::None),
    };
    if block != Block::None {
        if b.seen & bit != 0 || !(rest.is_empty() || (rest == " {}" && bit == ANSWERS)) {
            return None;
        }
        b.seen |= bit;
        // `answers: {}` has no lines under it.
        b.block = if rest.is_empty() { block } else { Block::None };
        b.cursor = 0;
        return Some(());
    }
    b.block = Block::None;
    let value = scalar_line(rest.strip_prefix(' ')?)?;
    let bit = match key.as_ref() {
        "respondent" => RESPONDENT,
        "role" => ROLE,
        "started" => STARTED,
        "updated" => UPDATED,
        "complete" => COMPLETE,
        "carried_from" => CARRIED_FROM,
        _ => 0,
    };
    if b.seen & bit != 0 {
        return None;
    }
    b.seen |= bit;
    let r = &mut b.resp;
    match bit {
        COMPLETE => match value.value() {
            serde_yaml::Value::Bool(done) => r.complete = done,
            _ => return None,
        },
        ROLE => r.role = Some(value.text()?),
        STARTED => r.started = Some(value.text()?),
        UPDATED => r.updated = Some(value.text()?),
        CARRIED_FROM => r.carried_from = Some(value.text()?),
        _ => {
            if r.fields.insert(key.into_owned(), value.text()?).is_some() {
                return None;
            }
        }
    }
    Some(())
}

/// A line inside a block: `- id` under `carried:`, `id: value` under the others.
fn entry_line<'a>(
    b: &mut Building,
    line: &'a str,
    instrument: &Instrument,
    flow: &mut Flow<'a>,
) -> Option<()> {
    if b.block == Block::Carried {
        let id = scalar_line(line.strip_prefix("- ")?)?.text()?;
        b.carried.push(id);
        return Some(());
    }
    // The question the line names, after the one the block's last line named.
    let (index, value) = instrument.questions[b.cursor..]
        .iter()
        .enumerate()
        .find_map(|(i, q)| {
            let rest = line.strip_prefix(q.id.as_str())?.strip_prefix(": ")?;
            Some((b.cursor + i, rest))
        })?;
    b.cursor = index + 1;
    let q = &instrument.questions[index];
    let r = &mut b.resp;
    match b.block {
        Block::Answers => {
            r.answers.insert(q.id.clone(), answer(q, value, flow)?);
        }
        Block::Notes => {
            r.notes.insert(q.id.clone(), scalar_line(value)?.text()?);
        }
        Block::Evidence => {
            let list = evidence(value, flow)?;
            if !list.is_empty() {
                r.evidence.insert(q.id.clone(), list);
            }
        }
        Block::Confidence => {
            let level = Confidence::parse(&scalar_line(value)?.text()?)?;
            r.confidence.insert(q.id.clone(), level);
        }
        Block::None | Block::Carried => return None,
    }
    Some(())
}

/// The answer to `q` written as `v` (a null, never written, is left to the event reader).
fn answer<'a>(q: &crate::instrument::Question, v: &'a str, flow: &mut Flow<'a>) -> Option<Answer> {
    if v.starts_with('{') {
        if !flow_map(v, flow)?.is_empty() {
            return None;
        }
        if let Some(plain) = flow.plain() {
            if let Some(a) = quick::answer(q, Quick::Map(&plain[..flow.len])) {
                return Some(a);
            }
        }
        return parse_answer_value(q, &flow.value()).ok().flatten();
    }
    let s = scalar_line(v)?;
    if let Scalar::Plain(t) = s {
        if let Some(a) = quick::answer(q, Quick::Plain(t)) {
            return Some(a);
        }
    }
    parse_answer_value(q, &s.value()).ok().flatten()
}

/// An evidence list, `[{ref: "…", kind: word}, …]`, each entry as the event reader takes it.
fn evidence<'a>(v: &'a str, flow: &mut Flow<'a>) -> Option<Vec<Evidence>> {
    let mut rest = v.strip_prefix('[')?;
    let mut list = Vec::new();
    if rest == "]" {
        return Some(list);
    }
    loop {
        let after = flow_map(rest, flow)?;
        let [("ref", reference), ("kind", kind)] = flow.entries() else {
            return None;
        };
        let reference = reference.clone().text()?.trim().to_string();
        if reference.is_empty() || reference.chars().count() > MAX_REF_CHARS {
            return None;
        }
        let kind = EvidenceKind::parse(&kind.clone().text()?)?;
        list.push(Evidence { reference, kind });
        if list.len() > MAX_EVIDENCE_PER_ANSWER {
            return None;
        }
        if after == "]" {
            return Some(list);
        }
        rest = after.strip_prefix(", ")?;
    }
}

/// The response read, checked as a whole: carried answers are answers, carried ids in
/// questionnaire order, and complete when every answer it needs is there.
fn finish(b: Building, instrument: &Instrument) -> Option<Response> {
    let mut resp = b.resp;
    if b.seen & CARRIED != 0 {
        let mut ids = b.carried;
        if !ids.iter().all(|id| resp.answers.contains_key(id)) {
            return None;
        }
        ids.sort_by_key(|id| instrument.question_index(id));
        ids.dedup();
        resp.carried = ids;
    }
    if !resp.complete {
        resp.complete = crate::audience::is_complete(instrument, &resp);
    }
    Some(resp)
}
