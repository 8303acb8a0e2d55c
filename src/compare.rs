//! Diff and trend: results files compared over time. [`figures`] extracts the headline figures of
//! any scored result (every kind), [`diff`] compares two files figure by figure and answer by
//! answer, [`trend`] lines up many files in time order. Pure functions from results to plain data
//! and text; `cli` reads the files and prints.

pub mod diff;
pub mod figures;
pub mod trend;

use std::path::Path;

use crate::error::{Error, Result};
use crate::instrument::Instrument;

/// Checks that two files hold results of one instrument; `what` names the command.
pub fn same_instrument(
    first: (&Path, &Instrument),
    other: (&Path, &Instrument),
    what: &str,
) -> Result<()> {
    if first.1.id == other.1.id {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "{} is for '{}' but {} is for '{}': {what} compares results of one instrument",
        first.0.display(),
        first.1.id,
        other.0.display(),
        other.1.id
    )))
}
