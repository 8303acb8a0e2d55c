//! CSV import and export in the layout of SPEC.md ("CSV import layout").

use crate::cli::{ExportArgs, ImportArgs};
use crate::error::{Error, Result};
use crate::instrument::Instrument;

/// `cxassess import`.
pub fn import_command(_args: &ImportArgs) -> Result<()> {
    Err(Error::Environment("import is being built".into()))
}

/// `cxassess export`.
pub fn export_command(_args: &ExportArgs) -> Result<()> {
    Err(Error::Environment("export is being built".into()))
}

/// The header row of the import sheet for `instrument`.
pub fn header_row(_instrument: &Instrument) -> Result<String> {
    Err(Error::Environment("the CSV template is being built".into()))
}
