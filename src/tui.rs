//! The full-screen runner and home screen, and the plain line runner.

use crate::cli::{Context, RunArgs};
use crate::error::{Error, Result};

/// `cxassess` with no command: the home screen.
pub fn home(_ctx: Context) -> Result<()> {
    Err(Error::Environment("the home screen is being built".into()))
}

/// `cxassess run`.
pub fn run_command(_ctx: Context, _args: &RunArgs) -> Result<()> {
    Err(Error::Environment("the runner is being built".into()))
}
