//! The runner's flow in a real terminal: answers as typed on a 0–10 scale, a note right after an
//! answer, the way back after fixing an answer from the review, the report view and the HTML
//! report, the outside editor, and the mouse (SGR mouse sequences, as a terminal sends them).

use std::path::Path;

use super::{Tty, answers};
use crate::common::cxassess;
use cxassess::response::Answer;

impl Tty {
    /// The row (from 0) and column (from 0) where `text` is on the screen.
    fn find(&self, text: &str) -> Option<(u16, u16)> {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        let rows: Vec<String> = screen.rows(0, 80).collect();
        rows.iter().enumerate().find_map(|(row, line)| {
            line.find(text).map(|byte| {
                let col = line[..byte].chars().count();
                (row as u16, col as u16)
            })
        })
    }

    /// A left click on `text` (the terminal's SGR mouse report, press then release).
    fn click(&mut self, text: &str) {
        self.wait_for(text);
        let (row, col) = self.find(text).expect("shown");
        let (x, y) = (col + 1, row + 1);
        self.send(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    }
}

fn run_pulse(dir: &Path, out: &Path) -> Tty {
    let args = ["run", "pulse", "--respondent", "c1", "--out"];
    Tty::spawn(&[&args[..], &[out.to_str().unwrap()]].concat(), dir)
}

#[test]
fn ten_is_typed_as_one_and_zero_and_one_alone_waits_a_second() {
    // "10" as one burst: 10, and nothing in the reason box.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ten.yaml");
    let mut tty = run_pulse(dir.path(), &out);
    tty.wait_for(" 1/4 ");
    tty.send("10");
    tty.wait_for(" 2/4 ");
    tty.wait_for("✔ Question 1: 10 Extremely likely");
    tty.send("fast\r");
    tty.wait_for(" 3/4 ");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert_eq!(r.answers["nps"], Answer::Value(10));
    assert_eq!(r.answers["nps_reason"], Answer::Text("fast".into()));

    // "1" alone: shown as waiting, then answered once the second has passed.
    let out = dir.path().join("one.yaml");
    let mut tty = run_pulse(dir.path(), &out);
    tty.wait_for(" 1/4 ");
    tty.send("1");
    tty.wait_for("a second digit within a second makes 10");
    tty.wait_for(" 2/4 ");
    tty.wait_for("✔ Question 1: 1 ");
    // The reason box types letters: Esc, then q.
    tty.send("\x1b");
    tty.wait_for("Press Enter to type your answer");
    tty.send("q");
    tty.expect_exit(0);
    assert_eq!(answers(&out).answers["nps"], Answer::Value(1));

    // "1" then Enter: 1 at once, and the Enter does not reach the reason box.
    let out = dir.path().join("enter.yaml");
    let mut tty = run_pulse(dir.path(), &out);
    tty.wait_for(" 1/4 ");
    tty.send("1\r");
    tty.wait_for(" 2/4 ");
    tty.send("ok\r");
    tty.wait_for(" 3/4 ");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert_eq!(r.answers["nps"], Answer::Value(1));
    assert_eq!(r.answers["nps_reason"], Answer::Text("ok".into()));
}

#[test]
fn a_note_typed_right_after_an_answer_is_on_the_question_answered() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.yaml");
    let args = ["run", "pyramid", "--respondent", "li.wei", "--out"];
    let mut tty = Tty::spawn(&[&args[..], &[out.to_str().unwrap()]].concat(), dir.path());
    tty.wait_for(" 1/47 ");
    tty.send("4");
    tty.wait_for(" 2/47 ");
    tty.wait_for("e adds a note to it");
    tty.send("e");
    tty.wait_for("Note on question 1 (just answered): Respect");
    tty.send("queue at the desk\x13");
    tty.wait_for("Note saved");
    // Any other key first: the note is on the question on screen.
    tty.send("\x1b[B");
    tty.send("e");
    tty.wait_for("Note on question 2: Respect");
    tty.send("second\x13");
    tty.wait_for("Note saved");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert_eq!(r.notes["respect.1"], "queue at the desk");
    assert_eq!(r.notes["respect.2"], "second");
}

#[test]
fn fixing_an_answer_from_the_review_goes_back_where_you_were() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.yaml");
    let args = ["run", "pyramid", "--respondent", "li.wei", "--out"];
    let mut tty = Tty::spawn(&[&args[..], &[out.to_str().unwrap()]].concat(), dir.path());
    tty.wait_for(" 1/47 ");
    tty.answer("12345", 0, 47);
    tty.wait_for(" 6/47 ");
    tty.send("r");
    tty.wait_for("Your answers");
    // Home, then two down: question 3.
    tty.send("\x1b[H");
    tty.send("\x1b[B\x1b[B\r");
    tty.wait_for(" 3/47 ");
    tty.send("5");
    tty.wait_for("back to question 6");
    tty.wait_for(" 6/47 ");
    // Go-to takes a typed number.
    tty.send("g");
    tty.wait_for("Go to a question");
    tty.send("43");
    tty.wait_for("Go to question 43: Enter");
    tty.send("\r");
    tty.wait_for(" 43/47 ");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert_eq!(r.answers["respect.3"], Answer::Value(5));
    assert_eq!(r.answers.len(), 5);
}

/// A script that records the path it was given, as an opener or an editor does.
fn recorder(dir: &Path, name: &str, body: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path.to_str().unwrap().to_string()
}

#[cfg(unix)]
#[test]
fn the_completion_screen_opens_the_full_report_and_writes_the_html_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pulse-c1.yaml");
    let opened = dir.path().join("opened.txt");
    let browser = recorder(
        dir.path(),
        "browser.sh",
        &format!("printf '%s' \"$1\" > '{}'", opened.display()),
    );
    let args = ["run", "pulse", "--respondent", "c1", "--out"];
    let mut tty = Tty::spawn_with(
        &[&args[..], &[out.to_str().unwrap()]].concat(),
        dir.path(),
        &[("BROWSER", &browser)],
    );
    tty.wait_for(" 1/4 ");
    tty.send("9");
    tty.wait_for(" 2/4 ");
    tty.send("fast\r");
    tty.wait_for(" 3/4 ");
    tty.answer("56", 2, 4);
    tty.wait_for("All 4 questions answered");
    tty.send("\r");
    tty.wait_for("┌ Report ");
    tty.wait_for("Net Promoter Score");
    tty.wait_for("lines 1–");
    tty.send("\x1b[F");
    tty.send("o");
    let html = dir.path().join("pulse-c1.html");
    tty.wait_for("HTML report written to");
    tty.wait_for("handed to your browser");
    let page = std::fs::read_to_string(&html).expect("the HTML report beside the results");
    assert!(
        page.starts_with("<!DOCTYPE html>") || page.contains("<html"),
        "{page}"
    );
    assert!(page.contains("Net Promoter Score"));
    // The opener was started with the file (and not waited for).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !opened.exists() {
        assert!(std::time::Instant::now() < deadline, "the opener never ran");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(
        std::fs::read_to_string(&opened).unwrap(),
        html.to_str().unwrap()
    );
    tty.send("\x1b");
    tty.wait_gone("┌ Report ");
    tty.wait_for("All 4 questions answered");
    tty.send("q");
    tty.expect_exit(0);
    // Reading the report changed nothing in the results.
    assert!(answers(&out).complete);

    // Without an opener the path is said, and the session goes on.
    let mut tty = Tty::spawn(&[&args[..], &[out.to_str().unwrap()]].concat(), dir.path());
    tty.wait_for("All 4 questions answered");
    tty.send("o");
    tty.wait_for("open it in a browser");
    tty.send("q");
    tty.expect_exit(0);
}

#[test]
fn a_completed_result_on_the_home_screen_opens_its_report() {
    let dir = tempfile::tempdir().unwrap();
    cxassess(dir.path())
        .args(["run", "pulse", "--plain", "--respondent", "c9"])
        .write_stdin("9\nfast\n4\n6\n")
        .assert()
        .success();
    let mut tty = Tty::spawn(&[], dir.path());
    tty.wait_for("Completed results");
    tty.wait_for("Pulse: NPS, CSAT and CES · c9");
    tty.send("\x1b[F\r");
    tty.wait_for("┌ Report ");
    tty.wait_for("Net Promoter Score");
    tty.send("\x1b");
    tty.wait_for("Start an assessment");
    tty.send("q");
    tty.expect_exit(0);
}

#[cfg(unix)]
#[test]
fn ctrl_e_edits_the_note_in_the_editor_and_a_missing_editor_is_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.yaml");
    let editor = recorder(
        dir.path(),
        "editor.sh",
        "printf 'from the editor\\n' >> \"$1\"",
    );
    let args = ["run", "pyramid", "--respondent", "li.wei", "--out"];
    let mut tty = Tty::spawn_with(
        &[&args[..], &[out.to_str().unwrap()]].concat(),
        dir.path(),
        &[("EDITOR", &editor)],
    );
    tty.wait_for(" 1/47 ");
    tty.send("e");
    tty.wait_for("Note on question 1");
    tty.send("typed, ");
    tty.wait_for("typed, ");
    tty.send("\x05");
    tty.wait_for("typed, from the editor");
    tty.send("\x13");
    tty.wait_for("Note saved");
    tty.send("q");
    tty.expect_exit(0);
    assert_eq!(answers(&out).notes["respect.1"], "typed, from the editor");

    let mut tty = Tty::spawn(&[&args[..], &[out.to_str().unwrap()]].concat(), dir.path());
    tty.wait_for(" 1/47 ");
    tty.send("e");
    tty.wait_for("Note on question 1");
    tty.send("\x05");
    tty.wait_for("No editor to open");
    // Esc with nothing changed leaves at once; q then quits.
    tty.send("\x1b");
    tty.wait_gone("Note on question 1");
    tty.send("q");
    tty.expect_exit(0);
}

#[test]
fn a_click_answers_with_an_option_and_goes_to_a_row() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.yaml");
    let args = ["run", "pyramid", "--respondent", "li.wei", "--out"];
    let mut tty = Tty::spawn(&[&args[..], &[out.to_str().unwrap()]].concat(), dir.path());
    tty.wait_for(" 1/47 ");
    tty.click("3  Partly true");
    tty.wait_for(" 2/47 ");
    tty.wait_for("✔ Question 1: 3 Partly true");
    tty.click("5  Fully and consistently true");
    tty.wait_for(" 3/47 ");
    // In the review, a click on a row goes there.
    tty.send("r");
    tty.wait_for("Your answers");
    tty.click("Every customer gets the same");
    tty.wait_for(" 1/47 ");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert_eq!(r.answers["respect.1"], Answer::Value(3));
    assert_eq!(r.answers["respect.2"], Answer::Value(5));
}
