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

/// `cxassess` as a plain process (to run several at once, or to signal one), in `data`, with the
/// environment of [`cxassess`].
pub fn process(data: &Path) -> std::process::Command {
    let built = cxassess(data);
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("cxassess"));
    cmd.current_dir(data);
    for (k, v) in built.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    cmd
}
