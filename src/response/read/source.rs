//! The instrument a results file names under `instrument:`: a built-in one by id and version, or
//! the file `source:` points at, checked against the version and digest the answers were given
//! against.

use std::path::{Path, PathBuf};

use super::node::Pos;
use crate::error::{Error, Problem, Result};
use crate::instrument::{Instrument, Origin, builtin};
use crate::lang::messages;
use crate::response::InstrumentRef;
use crate::tr;
use crate::yaml::{self, MAX_YAML_BYTES, QUOTE_CHARS, clip};

pub(super) fn resolve_instrument(
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
                tr!(
                    messages(),
                    "err-results-builtin-unknown-fix",
                    ids = crate::error::list(&builtin::ids())
                )
            } else {
                tr!(
                    messages(),
                    "err-results-builtin-version-fix",
                    versions = crate::error::list(&versions),
                    id = iref.id.as_str()
                )
            };
            return Err(Error::one(Problem::yaml(
                file,
                at("version"),
                tr!(
                    messages(),
                    "err-results-builtin-unknown",
                    id = clip(&iref.id, QUOTE_CHARS),
                    version = iref.version.to_string()
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
            tr!(
                messages(),
                "err-results-instrument-mismatch",
                id = clip(&iref.id, QUOTE_CHARS),
                version = iref.version.to_string(),
                source = clip(&iref.source, QUOTE_CHARS),
                held = instrument.id.as_str(),
                held_version = instrument.version.to_string()
            ),
            tr!(messages(), "err-results-instrument-mismatch-fix"),
        )));
    }
    if !iref.digest.is_empty()
        && iref.digest != instrument.digest
        && !(iref.source == "builtin" && builtin::accepts(&iref.id, iref.version, &iref.digest))
    {
        return Err(Error::one(Problem::yaml(
            file,
            at("digest"),
            tr!(
                messages(),
                "err-results-instrument-changed",
                source = clip(&iref.source, QUOTE_CHARS),
                was = short(&iref.digest),
                now = short(&instrument.digest)
            ),
            tr!(messages(), "err-results-instrument-changed-fix"),
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
            tr!(
                messages(),
                "err-results-source-not-found",
                source = source.as_ref()
            ),
            tr!(messages(), "err-results-source-not-found-fix"),
        )));
    };
    let refuse = |what: String| {
        Error::one(Problem::yaml(
            file,
            at("source"),
            what,
            tr!(
                messages(),
                "err-results-source-fix",
                source = source.as_ref()
            ),
        ))
    };
    if !std::fs::metadata(found).is_ok_and(|m| m.is_file()) {
        return Err(refuse(tr!(
            messages(),
            "err-results-source-not-regular",
            source = source.as_ref()
        )));
    }
    let text = match yaml::read_text(found, MAX_YAML_BYTES as u64, "an instrument file") {
        Ok(text) => text,
        Err(Error::Io { .. }) => {
            return Err(refuse(tr!(
                messages(),
                "err-results-source-unreadable",
                source = source.as_ref()
            )));
        }
        Err(_) => {
            return Err(refuse(tr!(
                messages(),
                "err-results-source-not-text",
                source = source.as_ref()
            )));
        }
    };
    Instrument::parse(&text, Origin::File(iref.source.clone())).map_err(|e| match e {
        Error::Invalid(ps) => refuse(tr!(
            messages(),
            "err-results-source-invalid",
            source = source.as_ref(),
            n = ps.len(),
            place = match ps.first().map(|p| &p.place) {
                Some(crate::error::Place::Yaml { line, column }) => tr!(
                    messages(),
                    "err-results-place-line-column",
                    line = line.to_string(),
                    column = column.to_string()
                ),
                _ => tr!(messages(), "err-results-place-top"),
            }
        )),
        other => other,
    })
}

fn short(d: &str) -> &str {
    let end = d.char_indices().nth(12).map_or(d.len(), |(i, _)| i);
    &d[..end]
}
