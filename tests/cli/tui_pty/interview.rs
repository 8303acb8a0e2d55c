//! Consultants and waves in a real terminal: the home screen inside an engagement (the roster
//! shown, Enter starting the right person's instrument into the layout, the next unfinished
//! interview offered, an interviewee added to engagement.yaml), the consensus workshop (resumed
//! after `q`), and an earlier wave's answer kept with Enter.

use std::path::Path;

use super::Tty;
use crate::common::cxassess;
use crate::consensus::{engagement, raters};
use cxassess::response::{Answer, Response, read_results};

fn response(path: &Path) -> Response {
    let (results, _) = read_results(path).expect("a readable results file");
    results.responses.into_iter().next().expect("one response")
}

/// The program on a terminal in `cwd`, its data folder elsewhere (not inside the engagement).
fn spawn_in(args: &[&str], cwd: &Path, data: &Path) -> Tty {
    Tty::spawn_with(args, cwd, &[("CXASSESS_DATA_DIR", data.to_str().unwrap())])
}

#[test]
fn the_home_screen_inside_an_engagement_runs_the_interviews() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let eng = engagement(
        dir.path(),
        "instruments: [maturity, gaps]\nroster:\n  - respondent: zhang.min\n    role: manager\n    name: 张敏\n    instruments: [maturity]\n  - respondent: li.na\n    role: staff\n    instruments: [gaps]\n# second round of interviews in January\n",
    );
    let before = std::fs::read_to_string(eng.join("engagement.yaml")).unwrap();
    let mut tty = spawn_in(&[], &eng, &data);
    tty.wait_for("Harbour Appliances · 2026-Q4 · interviews");
    tty.wait_for("0 of 2 complete");
    tty.wait_for("张敏 (zhang.min)");
    tty.wait_for("li.na");
    tty.wait_for("Not started, 31 questions: Enter starts it.");

    // Enter starts 张敏's maturity interview in the layout, with who answers in the header.
    tty.send("\r");
    tty.wait_for(" 1/31 · zhang.min (manager)");
    tty.answer(&"3".repeat(31), 0, 31);
    tty.wait_for("All 31 questions answered");
    tty.send("q");
    // Back home, the next unfinished interview is offered and Enter starts it.
    tty.wait_for("Next: Enter starts li.na · Gaps");
    tty.wait_for("1 of 2 complete");
    let file = eng.join("maturity/zhang.min.yaml");
    let r = response(&file);
    assert!(r.complete);
    assert_eq!(r.role.as_deref(), Some("manager"));
    assert_eq!(r.answers["strategy.1"], Answer::Value(3));
    let (results, _) = read_results(&file).unwrap();
    assert_eq!(
        results.assessment.organization.as_deref(),
        Some("Harbour Appliances")
    );
    assert_eq!(results.assessment.period.as_deref(), Some("2026-Q4"));
    tty.send("\r");
    tty.wait_for("li.na (staff)");
    tty.send("4");
    tty.wait_for(" 2/");
    tty.send("q");
    tty.wait_for("Next: Enter resumes li.na · Gaps");
    assert_eq!(response(&eng.join("gaps/li.na.yaml")).answers.len(), 1);

    // a adds an interviewee: name, display name, role (→ staff), instruments (Space ticks).
    // Staff on maturity are refused (every section is for managers and consultants); untick it,
    // tick gaps.
    tty.send("a");
    tty.wait_for("Add an interviewee to Harbour Appliances");
    tty.send("wang.lei\t王磊\t\x1b[C\t \r");
    tty.wait_for("A staff does not answer maturity (it is answered by manager, consultant)");
    tty.send("\t \x1b[C \r");
    tty.wait_for("wang.lei added to the roster in engagement.yaml");
    tty.wait_for("王磊 (wang.lei)");
    let after = std::fs::read_to_string(eng.join("engagement.yaml")).unwrap();
    let item =
        "  - respondent: wang.lei\n    role: staff\n    name: 王磊\n    instruments: [gaps]\n";
    let at = before
        .find("# second round")
        .expect("the comment after the roster");
    assert_eq!(
        after,
        format!("{}{item}{}", &before[..at], &before[at..]),
        "one roster item appended after the last one, nothing else changed"
    );
    tty.send("q");
    tty.expect_exit(0);
}

#[test]
fn the_consensus_workshop_records_agreed_ratings_and_resumes_after_q() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let eng = raters(dir.path());
    let file = eng.join("maturity/consensus.yaml");
    let mut tty = spawn_in(&["run", "maturity", "--consensus"], &eng, &data);
    tty.wait_for("Consensus · CX maturity");
    tty.wait_for(" 1/2 · 3 raters");
    tty.wait_for("A written experience vision");
    tty.wait_for("ann (manager)");
    tty.wait_for("ann: seen in the plans");
    tty.wait_for("4 Managed");
    tty.wait_for("ratings 1–4, median 3");
    tty.send("4");
    tty.wait_for("Rationale for the agreed rating of item 1");
    tty.send("Board approved it\x13");
    tty.wait_for("Note saved");
    tty.wait_for(" 2/2 ");
    tty.send("q");
    tty.expect_exit(0);
    let r = response(&file);
    assert_eq!(r.respondent, "consensus");
    assert_eq!(r.answers.len(), 1);
    assert_eq!(r.answers["strategy.1"], Answer::Value(4));
    assert_eq!(r.notes["strategy.1"], "Board approved it");
    assert!(!r.complete);

    // Started again: at the first disputed item without an agreed rating.
    let mut tty = spawn_in(&["run", "maturity", "--consensus"], &eng, &data);
    tty.wait_for(" 2/2 · 3 raters");
    tty.wait_for("Understanding explicit and hidden needs");
    tty.wait_for("ratings 2–4, median 3");
    tty.send("3");
    tty.wait_for("Rationale for the agreed rating of item 2");
    tty.send("\x1b");
    tty.wait_for("All 2 disputed items have an agreed rating.");
    tty.wait_for("Stage: 3 Defined");
    tty.send("q");
    tty.expect_exit(0);
    let r = response(&file);
    assert!(r.complete);
    assert_eq!(r.answers["insight.2"], Answer::Value(3));
    assert!(!r.notes.contains_key("insight.2"), "no rationale typed");
}

#[test]
fn enter_keeps_the_previous_answer_and_a_digit_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let inst = cxassess::instrument::Instrument::load("maturity").unwrap();
    let mut answers = String::from("respondent: li\nrole: manager\nanswers:\n");
    for q in &inst.questions {
        answers.push_str(&format!("  {}: 3\n", q.id));
    }
    std::fs::write(dir.path().join("q3.answers.yaml"), answers).unwrap();
    cxassess(dir.path())
        .current_dir(dir.path())
        .args([
            "fill",
            "maturity",
            "--answers",
            "q3.answers.yaml",
            "--out",
            "q3.yaml",
        ])
        .assert()
        .success();
    let args = [
        "run",
        "maturity",
        "--from",
        "q3.yaml",
        "--respondent",
        "li",
        "--role",
        "manager",
        "--out",
        "q4.yaml",
    ];
    let mut tty = Tty::spawn(&args, dir.path());
    tty.wait_for(" 1/31 ");
    tty.wait_for("previous answer: 3 Defined (Enter keeps it)");
    tty.send("\r");
    tty.wait_for(" 2/31 ");
    tty.wait_for("kept from the previous wave");
    tty.send("5");
    tty.wait_for(" 3/31 ");
    tty.send("q");
    tty.expect_exit(0);
    let r = response(&dir.path().join("q4.yaml"));
    assert_eq!(r.carried, ["strategy.1"]);
    assert_eq!(r.carried_from.as_deref(), Some("q3.yaml"));
    assert_eq!(r.answers["strategy.1"], Answer::Value(3));
    assert_eq!(r.answers["strategy.2"], Answer::Value(5));
    let report = cxassess(dir.path())
        .current_dir(dir.path())
        .args(["report", "q4.yaml"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&report.stdout)
            .contains("1 answer was carried over unchanged from an earlier wave."),
        "{}",
        String::from_utf8_lossy(&report.stdout)
    );
}
