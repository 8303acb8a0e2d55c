//! A reader for exactly the layout `response::write` produces, line by line on the bytes, no
//! YAML events: the head (`format`, `instrument`, `assessment`), then `responses:` one item at
//! a time. It takes only what it recognises with certainty, each value in a form whose YAML
//! reading is known, and checks every value against the instrument as the event reader does.
//! Anything else (a comment, an anchor, other indentation, a key out of order, a quoted form it
//! does not decode, any value the event reader would refuse) declines the file, and the event
//! reader reads it, so every message, with its line and column, is that reader's.
//!
//! A large file's responses are read in two parts on two threads, cut at an item's first line
//! near the middle: the first part goes to the caller as it is read, the second is held until
//! the first is done.

mod responses;
mod scalar;
#[cfg(test)]
mod tests;

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{InstrumentOf, ResultsHead};
use crate::instrument::Instrument;
use crate::response::{Assessment, FORMAT, InstrumentRef, Response};
use crate::yaml::MAX_RESULTS_BYTES;
use responses::ITEM;
use scalar::{Lines, block_key, plain_key, scalar_line};

/// Responses text from which on the second thread reads half of it.
const SPLIT_BYTES: usize = 1 << 20;

/// What the canonical reader made of a file.
#[derive(Debug)]
pub(super) enum Fast {
    /// Read whole (or up to where `visit` asked to stop).
    Read(Box<(ResultsHead, Instrument)>),
    /// Not in the canonical layout, or not certain: the first `visited` responses were handed
    /// to `visit` already, and the event reader must hand on only those after them.
    Declined { visited: usize },
}

/// Reads `src` if it is in the canonical layout, handing each response to `visit` in order.
pub(super) fn read(
    src: &str,
    instrument_of: &mut InstrumentOf<'_>,
    visit: &mut dyn FnMut(&Instrument, Response) -> bool,
) -> Fast {
    let declined = Fast::Declined { visited: 0 };
    if src.len() > MAX_RESULTS_BYTES {
        return declined;
    }
    let mut lines = Lines { rest: src };
    let Some((iref, assessment)) = head(&mut lines) else {
        return declined;
    };
    let Some(body) = body(&mut lines) else {
        return declined;
    };
    let Ok(instrument) = instrument_of(&iref, &|_| (1, 1)) else {
        return declined;
    };
    if !instrument.questions.iter().all(|q| plain_key(&q.id)) {
        return declined;
    }
    let head = ResultsHead {
        instrument: iref,
        assessment,
    };
    match two_parts(body, &instrument, visit) {
        Ok(()) => Fast::Read(Box::new((head, instrument))),
        Err(visited) => Fast::Declined { visited },
    }
}

/// The lines before the responses: the format, the instrument reference and the assessment.
fn head(lines: &mut Lines<'_>) -> Option<(InstrumentRef, Assessment)> {
    if lines.next()? != format!("format: {FORMAT}") || lines.next()? != "instrument:" {
        return None;
    }
    let mut field = |name: &str| {
        let value = lines.next()?.strip_prefix("  ")?.strip_prefix(name)?;
        scalar_line(value.strip_prefix(": ")?)
    };
    let id = field("id")?.text()?;
    let version = field("version")?
        .value()
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)?;
    let source = field("source")?.text()?;
    let digest = field("digest")?.text()?;
    let iref = InstrumentRef {
        id,
        version,
        source,
        digest,
    };
    let mut a = Assessment::default();
    match lines.next()? {
        "assessment: {}" => {}
        "assessment:" => {
            let mut seen = Vec::new();
            while let Some(entry) = lines.peek().and_then(|l| l.strip_prefix("  ")) {
                lines.next();
                let (key, rest) = block_key(entry)?;
                let text = scalar_line(rest.strip_prefix(' ')?)?.text()?;
                if seen.contains(&key) {
                    return None;
                }
                seen.push(key.clone());
                match key.as_ref() {
                    "organization" => a.organization = Some(text),
                    "date" => a.date = Some(text),
                    "period" => a.period = Some(text),
                    _ => {
                        a.fields.insert(key.into_owned(), text);
                    }
                }
            }
        }
        _ => return None,
    }
    Some((iref, a))
}

/// The text of the responses' items (empty for `responses: []`), which runs to the end.
fn body<'a>(lines: &mut Lines<'a>) -> Option<&'a str> {
    match lines.next()? {
        "responses: []" if lines.rest.is_empty() => Some(""),
        "responses:" if lines.rest.starts_with(ITEM) => Some(lines.rest),
        _ => None,
    }
}

/// Reads the items in `body`, a large body in two parts on two threads; `Err` with the number
/// of responses handed to `visit` when the reading declined.
fn two_parts(
    body: &str,
    instrument: &Instrument,
    visit: &mut dyn FnMut(&Instrument, Response) -> bool,
) -> Result<(), usize> {
    let visited = Cell::new(0);
    let mut hand = |r: Response| {
        visited.set(visited.get() + 1);
        visit(instrument, r)
    };
    let cut = (body.len() >= SPLIT_BYTES)
        .then(|| body[body.len() / 2..].find(&format!("\n{ITEM}")))
        .flatten()
        .map(|at| body.len() / 2 + at + 1);
    let Some(cut) = cut else {
        return match responses::read(body, instrument, &mut hand) {
            Some(_) => Ok(()),
            None => Err(visited.get()),
        };
    };
    let (first, second) = body.split_at(cut);
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        let later = s.spawn(|| {
            // As many as the first item's length says (the items of a file are alike).
            let first_item = second[1..].find(ITEM).map_or(second.len(), |at| at + 1);
            let mut held = Vec::with_capacity(second.len() / first_item + 16);
            responses::read(second, instrument, &mut |r| {
                held.push(r);
                !stop.load(Ordering::Relaxed)
            })
            .map(|_| held)
        });
        let read = responses::read(first, instrument, &mut hand);
        if read != Some(true) {
            stop.store(true, Ordering::Relaxed);
        }
        let held = later.join().ok().flatten();
        match (read, held) {
            (None, _) | (Some(true), None) => Err(visited.get()),
            (Some(false), _) => Ok(()),
            (Some(true), Some(held)) => {
                for r in held {
                    if !hand(r) {
                        break;
                    }
                }
                Ok(())
            }
        }
    })
}
