//! Reports.

use crate::cli::{Context, DemoArgs, ReportArgs};
use crate::error::{Error, Result};

/// `cxassess report`.
pub fn command(_ctx: Context, _args: &ReportArgs) -> Result<()> {
    Err(Error::Environment("report is being built".into()))
}

/// `cxassess demo`.
pub fn demo_command(_ctx: Context, _args: &DemoArgs) -> Result<()> {
    Err(Error::Environment("demo is being built".into()))
}
