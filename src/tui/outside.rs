//! Programs outside cxassess that the runner hands things to: the system's opener (for the HTML
//! report) and the user's text editor (for a note). Neither may block the session or end it:
//! the opener is started and left to run, and a missing program is a message, not an error.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::Result;

/// The HTML report's file for results file `results`: beside it, with the extension `.html`.
pub fn html_path(results: &Path) -> PathBuf {
    results.with_extension("html")
}

/// Writes `html` to `path` atomically (a temporary file renamed over it).
pub fn write_html(path: &Path, html: &str) -> Result<()> {
    crate::response::write_atomic(path, html.as_bytes())
}

/// The command that opens a file with the user's default program: `$BROWSER` when set, else
/// `open` on macOS, `start` on Windows, `xdg-open` elsewhere.
fn opener() -> Vec<String> {
    if let Some(browser) = std::env::var_os("BROWSER").filter(|b| !b.is_empty()) {
        return split_command(&browser.to_string_lossy());
    }
    if cfg!(target_os = "macos") {
        vec!["open".into()]
    } else if cfg!(windows) {
        vec!["cmd".into(), "/C".into(), "start".into(), String::new()]
    } else {
        vec!["xdg-open".into()]
    }
}

/// Starts the system's opener on `path` without waiting for it; whether one could be started.
/// Its output goes nowhere, so it cannot draw over the screen.
pub fn open(path: &Path) -> bool {
    let command = opener();
    let Some((program, args)) = command.split_first() else {
        return false;
    };
    let started = Command::new(program)
        .args(args)
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match started {
        Ok(mut child) => {
            // Reaped in the background, so no process is left behind as a zombie.
            let _ = std::thread::Builder::new()
                .name("opener".into())
                .spawn(move || child.wait());
            true
        }
        Err(_) => false,
    }
}

/// A command line split at spaces (`code -w` gives `code`, `-w`): what `$EDITOR` holds.
fn split_command(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_string).collect()
}

/// Why the note could not be edited outside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorError {
    /// Neither `$VISUAL` nor `$EDITOR` is set.
    NotSet,
    /// The editor could not be started, or failed; the reason in words.
    Failed(String),
}

/// The editor the user asked for: `$VISUAL`, else `$EDITOR`.
fn editor() -> Option<Vec<String>> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|v| split_command(&v.to_string_lossy()))
        .find(|c| !c.is_empty())
}

/// Whether there is an editor to run (`$VISUAL` or `$EDITOR` set), before the terminal is
/// given to it.
pub fn edit_check() -> std::result::Result<(), EditorError> {
    editor().map(|_| ()).ok_or(EditorError::NotSet)
}

/// Runs the user's editor on `text` (in a temporary file) and waits for it; the text as it was
/// saved there. The terminal must be given to the editor around this call.
pub fn edit(text: &str) -> std::result::Result<String, EditorError> {
    let command = editor().ok_or(EditorError::NotSet)?;
    let failed = |e: &dyn std::fmt::Display| EditorError::Failed(e.to_string());
    let file = tempfile::Builder::new()
        .prefix("cxassess-note-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| failed(&e))?;
    std::fs::write(file.path(), text).map_err(|e| failed(&e))?;
    let (program, args) = command.split_first().ok_or(EditorError::NotSet)?;
    let status = Command::new(program)
        .args(args)
        .arg(file.path())
        .status()
        .map_err(|e| failed(&format!("{program}: {e}")))?;
    if !status.success() {
        return Err(failed(&format!("{program}: {status}")));
    }
    let edited = std::fs::read_to_string(file.path()).map_err(|e| failed(&e))?;
    // Editors end a file with a newline; a note does not.
    Ok(edited.trim_end_matches(['\n', '\r']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_html_report_lies_beside_the_results_file() {
        assert_eq!(
            html_path(Path::new("/data/pyramid-li.yaml")),
            Path::new("/data/pyramid-li.html")
        );
    }

    #[test]
    fn editor_commands_split_at_spaces() {
        assert_eq!(split_command("code -w"), ["code", "-w"]);
        assert!(split_command("  ").is_empty());
    }
}
