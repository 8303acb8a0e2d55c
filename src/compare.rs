//! Diff and trend.

use crate::cli::{Context, DiffArgs, TrendArgs};
use crate::error::{Error, Result};

/// `cxassess diff`.
pub fn diff_command(_ctx: Context, _args: &DiffArgs) -> Result<()> {
    Err(Error::Environment("diff is being built".into()))
}

/// `cxassess trend`.
pub fn trend_command(_ctx: Context, _args: &TrendArgs) -> Result<()> {
    Err(Error::Environment("trend is being built".into()))
}
