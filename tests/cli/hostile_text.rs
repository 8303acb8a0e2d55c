//! Text from files is shown, never obeyed: an escape sequence in a respondent's name, a note, an
//! answer or a file name reaches the terminal as `\x1b…`, never as the ESC byte that would
//! retitle the window or clear the screen. A CSV written to a file keeps its bytes exactly.

use std::io::Read as _;
use std::path::Path;

use crate::common::cxassess;

/// A respondent whose name retitles the window, rings the bell and clears the screen.
const NAME: &str = "ann\u{1b}]0;pwned\u{7}\u{1b}[2J";
/// The same as YAML writes it in a double-quoted string.
const NAME_YAML: &str = r#""ann\e]0;pwned\a\e[2J""#;
/// How it must be shown.
const SHOWN: &str = r"ann\x1b]0;pwned\x07\x1b[2J";

fn cx(data: &Path) -> assert_cmd::Command {
    let mut cmd = cxassess(data);
    cmd.current_dir(data);
    cmd
}

fn no_escape(what: &str, bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes).into_owned();
    assert!(
        !bytes.contains(&0x1b),
        "{what} printed an ESC byte: {text:?}"
    );
    text
}

/// A results file in `path` with one pulse response by [`NAME`], a note and a text answer
/// holding escape sequences.
fn hostile_results(data: &Path, path: &str) {
    std::fs::write(
        data.join("hostile.yaml"),
        format!(
            "respondent: {NAME_YAML}\nanswers:\n  nps: 9\n  nps_reason: \"fast\\e[31m\"\n\
             notes:\n  nps: \"note\\e[2J\"\n"
        ),
    )
    .expect("write");
    cx(data)
        .args(["fill", "pulse", "--answers", "hostile.yaml", "--out", path])
        .assert()
        .success();
}

#[test]
fn list_shows_escape_sequences_in_session_names_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::create_dir(d.join("sessions")).expect("mkdir");
    hostile_results(d, "sessions/pulse-hostile.yaml");
    // A file name can hold one too, and an unreadable file's error quotes its content.
    std::fs::write(
        d.join("sessions/\u{1b}[2Jbroken.yaml"),
        "format: \u{1b}[2J\n",
    )
    .expect("write");
    let out = cx(d).arg("list").assert().success().get_output().clone();
    let stdout = no_escape("list", &out.stdout);
    assert!(stdout.contains(SHOWN), "{stdout}");
    assert!(stdout.contains(r"\x1b[2Jbroken.yaml"), "{stdout}");
}

#[test]
fn validate_and_error_messages_show_escape_sequences_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    hostile_results(d, "r.yaml");
    // An ok line names the file; a bad value is quoted in the error.
    std::fs::copy(d.join("r.yaml"), d.join("\u{1b}[2Jr.yaml")).expect("copy");
    std::fs::write(
        d.join("bad.yaml"),
        std::fs::read_to_string(d.join("r.yaml"))
            .expect("read")
            .replace("nps: 9", "nps: \"\\e[2Jten\""),
    )
    .expect("write");
    let out = cx(d)
        .args(["validate", "\u{1b}[2Jr.yaml", "bad.yaml"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stdout = no_escape("validate", &out.stdout);
    let stderr = no_escape("validate", &out.stderr);
    assert!(stdout.contains(r"\x1b[2Jr.yaml: ok"), "{stdout}");
    assert!(stderr.contains(r"'\x1b[2Jten'"), "{stderr}");

    // Errors of other commands: a missing file's name, a bad answer in `fill`, a CSV cell.
    let out = cx(d)
        .args([
            "fill",
            "pulse",
            "--answers",
            "no\u{1b}[2Jsuch.yaml",
            "--out",
            "x.yaml",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert!(no_escape("fill", &out.stderr).contains(r"no\x1b[2Jsuch.yaml"));
    std::fs::write(d.join("c.csv"), "respondent,nps\nx,\u{1b}[2J5\n").expect("write");
    let out = cx(d)
        .args(["import", "pulse", "c.csv", "--out", "y.yaml"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(no_escape("import", &out.stderr).contains(r"'\x1b[2J5'"));
}

#[test]
fn the_plain_runner_shows_escape_sequences_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    hostile_results(d, "r.yaml");
    // Resuming shows the file; going back to the text question echoes its current answer.
    let out = cx(d)
        .args([
            "run",
            "pulse",
            "--plain",
            "--out",
            "r.yaml",
            "--respondent",
            NAME,
        ])
        .write_stdin("b\nq\n")
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = no_escape("run --plain", &out.stdout);
    assert!(stdout.contains(r"fast\x1b[31m"), "{stdout}");
}

/// Runs `cxassess args…` on a pseudo-terminal of its own and returns every byte it wrote.
fn on_a_terminal(data: &Path, args: &[&str]) -> Vec<u8> {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(assert_cmd::cargo::cargo_bin("cxassess"));
    cmd.args(args);
    cmd.cwd(data);
    cmd.env("CXASSESS_DATA_DIR", data);
    cmd.env("NO_COLOR", "1");
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let reading = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        // The end of the program's output reads as end of file or as an error (EIO).
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        all
    });
    let status = child.wait().expect("wait");
    assert!(status.success(), "{args:?}: {status:?}");
    drop(pty.master);
    reading.join().expect("reader")
}

#[cfg(unix)]
#[test]
fn export_to_a_terminal_shows_escapes_and_to_a_file_keeps_every_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    hostile_results(d, "r.yaml");
    let shown = on_a_terminal(d, &["export", "r.yaml", "--format", "csv"]);
    let shown = no_escape("export to a terminal", &shown);
    assert!(shown.contains(SHOWN), "{shown}");

    // To a file (or a pipe) the CSV round-trips exactly, escape bytes included.
    cx(d)
        .args(["export", "r.yaml", "--format", "csv", "--out", "r.csv"])
        .assert()
        .success();
    let csv = std::fs::read_to_string(d.join("r.csv")).expect("read");
    assert!(csv.contains(NAME), "{csv:?}");
    cx(d)
        .args(["import", "pulse", "r.csv", "--out", "back.yaml"])
        .assert()
        .success();
    let (back, _) = cxassess::response::read_results(&d.join("back.yaml")).expect("reads");
    assert_eq!(back.responses[0].respondent, NAME);
}

/// Every report format shows data as text: no ESC byte in text or Markdown, no raw HTML tag
/// from data in Markdown or HTML, for a note, a "why" answer and a respondent's name.
#[test]
fn reports_show_escape_sequences_and_html_from_data_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(
        d.join("html.yaml"),
        "respondent: bob\nanswers:\n  nps: 3\n  nps_reason: \"<img src=x onerror=alert(1)>\"\n\
         notes:\n  csat: \"<script>alert(2)</script>\"\n",
    )
    .expect("write");
    hostile_results(d, "pulse.yaml");
    cx(d)
        .args([
            "fill",
            "pulse",
            "--answers",
            "html.yaml",
            "--out",
            "pulse.yaml",
        ])
        .assert()
        .success();
    for format in ["text", "markdown", "html"] {
        let out = cx(d)
            .args(["report", "pulse.yaml", "--format", format])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{format}");
        let text = no_escape(format, &out.stdout);
        if format != "text" {
            // In a terminal `<img …>` is just text; in Markdown and HTML it must not be a tag.
            assert!(!text.contains("<img src=x"), "{format}: {text}");
            assert!(!text.contains("<script>"), "{format}: {text}");
            assert!(text.contains("&lt;img src=x"), "{format}: {text}");
        }
        if format == "text" {
            assert!(text.contains(SHOWN), "{format} shows the name: {text}");
            assert!(
                text.contains(r"note\x1b[2J"),
                "{format} shows the note: {text}"
            );
        }
    }
}
