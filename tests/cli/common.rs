//! Shared helpers: a command with an isolated data folder and a pinned clock.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// `cxassess` with `CXASSESS_DATA_DIR` in `data`, `CXASSESS_NOW` pinned, English, no colour.
pub fn cxassess(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("cxassess").expect("binary built");
    cmd.env("CXASSESS_DATA_DIR", data)
        .env("CXASSESS_NOW", "2026-11-22T09:00:00Z")
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("ACCESSIBLE")
        .env("NO_COLOR", "1");
    cmd
}

/// The fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/fixtures")
}
