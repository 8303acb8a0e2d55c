//! The consensus workshop through the binary in line mode (`run --consensus --plain`): only the
//! disputed items are walked, every rating and note is listed, the agreed rating and rationale
//! land in `<instrument>/consensus.yaml`, `q` stops and the next run resumes; reports then take
//! their headline from the consensus. Also `run` inside an engagement without `--out`, which
//! writes into the layout.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::cxassess;

/// The maturity questions, in questionnaire order.
fn maturity_ids() -> Vec<String> {
    let inst = cxassess::instrument::Instrument::load("maturity").expect("built-in");
    inst.questions.iter().map(|q| q.id.clone()).collect()
}

/// An engagement in `dir/eng` (client Harbour Appliances, 2026-Q4) with `roster` appended.
pub fn engagement(dir: &Path, roster: &str) -> PathBuf {
    cxassess(dir)
        .current_dir(dir)
        .args([
            "init",
            "eng",
            "--client",
            "Harbour Appliances",
            "--period",
            "2026-Q4",
        ])
        .assert()
        .success();
    let eng = dir.join("eng");
    let mut text = std::fs::read_to_string(eng.join("engagement.yaml")).expect("written");
    text.push_str(roster);
    std::fs::write(eng.join("engagement.yaml"), text).expect("write");
    eng
}

/// Three maturity raters in the engagement's layout, every item rated 3 except: strategy.1
/// (ann 1, bob 4, cao 3: disputed, span 3) and insight.2 (ann 2, bob 3, cao 4: disputed, span 2).
pub fn raters(dir: &Path) -> PathBuf {
    let eng = engagement(
        dir,
        "instruments: [maturity]\nroster:\n  - respondent: ann\n    role: manager\n  - respondent: bob\n    role: manager\n  - respondent: cao\n    role: consultant\n",
    );
    std::fs::create_dir_all(eng.join("maturity")).expect("mkdir");
    for (who, role, s1, i2) in [
        ("ann", "manager", 1, 2),
        ("bob", "manager", 4, 3),
        ("cao", "consultant", 3, 4),
    ] {
        let mut answers = format!("respondent: {who}\nrole: {role}\nanswers:\n");
        for id in maturity_ids() {
            let v = match id.as_str() {
                "strategy.1" => s1,
                "insight.2" => i2,
                _ => 3,
            };
            answers.push_str(&format!("  {id}: {v}\n"));
        }
        answers.push_str(&format!(
            "notes:\n  strategy.1: \"{who}: seen in the plans\"\n"
        ));
        let file = dir.join(format!("{who}.answers.yaml"));
        std::fs::write(&file, answers).expect("write");
        cxassess(dir)
            .current_dir(&eng)
            .args(["fill", "maturity", "--answers"])
            .arg(&file)
            .args(["--out", &format!("maturity/{who}.yaml")])
            .assert()
            .success();
    }
    eng
}

fn consensus(eng: &Path, input: &str) -> (String, cxassess::response::Response) {
    let out = cxassess(eng)
        .current_dir(eng)
        .args(["run", "maturity", "--consensus", "--plain"])
        .write_stdin(input)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (results, _) =
        cxassess::response::read_results(&eng.join("maturity/consensus.yaml")).expect("written");
    (
        String::from_utf8(out.stdout).expect("utf-8"),
        results.responses.into_iter().next().expect("one response"),
    )
}

#[test]
fn the_plain_workshop_walks_the_disputed_items_and_resumes_after_q() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = raters(dir.path());
    let (text, r) = consensus(&eng, "4\nThe board approved the vision in May\nq\n");
    assert!(
        text.contains("Consensus on CX maturity: 2 items on which the 3 raters disagree"),
        "{text}"
    );
    // The widest span first: strategy.1 (1–4), then insight.2 (2–4).
    assert!(
        text.contains("[1/2] Vision & strategy — A written experience vision"),
        "{text}"
    );
    assert!(
        text.contains("  ann (manager): 1 Ad hoc — “ann: seen in the plans”"),
        "{text}"
    );
    assert!(text.contains("  bob (manager): 4 Managed"), "{text}");
    assert!(text.contains("  (ratings 1–4, median 3)"), "{text}");
    assert!(text.contains("Agreed rating (1–5;"), "{text}");
    assert!(text.contains("Rationale: why this rating"), "{text}");
    assert!(text.contains("[2/2] Customer insight"), "{text}");
    assert_eq!(r.respondent, "consensus");
    assert_eq!(r.role.as_deref(), Some("consensus"));
    assert_eq!(r.answers.len(), 1, "only what was agreed: {r:?}");
    assert_eq!(
        r.answers["strategy.1"],
        cxassess::response::Answer::Value(4)
    );
    assert_eq!(
        r.notes["strategy.1"],
        "The board approved the vision in May"
    );
    assert!(!r.complete);
    let written = std::fs::read_to_string(eng.join("maturity/consensus.yaml")).expect("file");
    assert!(
        written.contains("organization: Harbour Appliances\n  period: \"2026-Q4\"\n"),
        "the wave from the engagement: {written}"
    );

    // Resumed: the first disputed item without an agreed rating; an empty rationale is none.
    let (text, r) = consensus(&eng, "3\n\n");
    assert!(
        text.contains(
            "Resuming: 1 of 2 items agreed; continuing at the first item without an agreed rating."
        ),
        "{text}"
    );
    assert!(
        !text.contains("[1/2]"),
        "the agreed item is not asked again: {text}"
    );
    assert!(
        text.contains("All 2 disputed items have an agreed rating."),
        "{text}"
    );
    assert!(text.contains("Stage: 3 Defined"), "{text}");
    assert!(r.complete);
    assert_eq!(r.answers["insight.2"], cxassess::response::Answer::Value(3));
    assert!(!r.notes.contains_key("insight.2"));

    // The engagement report takes its headline from the consensus and says so.
    let out = cxassess(&eng)
        .current_dir(&eng)
        .args(["report", ".", "--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let m = &v["reports"][0];
    assert_eq!(m["consensus"]["items"], 2, "{m:#}");
    assert_eq!(m["consensus"]["raters"], 3);
    assert_eq!(m["respondents"], 3, "the consensus is not a respondent");
    // Strategy: every rater's strategy.1 becomes 4 → (4 + 3 + 3 + 3) / 4 = 3.25.
    let strategy = |d: &Value| {
        d["dimensions"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["id"] == "strategy"))
            .and_then(|x| x["score"].as_f64())
            .expect("strategy")
    };
    assert!((strategy(&m["maturity"]) - 3.25).abs() < 1e-9, "{m:#}");
    // The managers' own: ann (1 + 9) / 4 = 2.5, bob (4 + 9) / 4 = 3.25 → 2.875.
    assert!((strategy(&m["maturity"]["by_role"]["manager"]) - 2.875).abs() < 1e-9);
    assert!((strategy(&m["maturity"]["by_role"]["consensus"]) - 3.25).abs() < 1e-9);
    let text = cxassess(&eng)
        .current_dir(&eng)
        .args([
            "report",
            "maturity/ann.yaml",
            "maturity/bob.yaml",
            "maturity/cao.yaml",
        ])
        .arg("maturity/consensus.yaml")
        .output()
        .expect("runs");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(
        text.contains("Headline figures: the consensus agreed in the workshop on 2 disputed items"),
        "{text}"
    );
    assert!(
        text.contains("Consensus: the headline figures count"),
        "{text}"
    );
}

#[test]
fn nothing_disputed_other_kinds_and_outside_an_engagement_are_said() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = raters(dir.path());
    // Without ann, bob and cao are within a point of each other on every item.
    std::fs::remove_file(eng.join("maturity/ann.yaml")).expect("rm");
    let out = cxassess(&eng)
        .current_dir(&eng)
        .args(["run", "maturity", "--consensus", "--plain"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("The 2 raters of maturity agree within a point on every item"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!eng.join("maturity/consensus.yaml").exists());
    std::fs::remove_file(eng.join("maturity/bob.yaml")).expect("rm");
    let out = cxassess(&eng)
        .current_dir(&eng)
        .args(["run", "maturity", "--consensus", "--plain"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("holds 1 rater(s) of maturity"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = cxassess(&eng)
        .current_dir(&eng)
        .args(["run", "pulse", "--consensus", "--plain"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pyramid and maturity"));
    let out = cxassess(dir.path())
        .current_dir(dir.path())
        .args(["run", "maturity", "--consensus", "--plain"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--engagement DIR"));
}

#[test]
fn run_inside_an_engagement_without_out_writes_into_its_layout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = engagement(
        dir.path(),
        "instruments: [maturity]\nroster:\n  - respondent: zhang.min\n    role: manager\n",
    );
    // From a subfolder, as git finds .git; the role comes from the roster.
    std::fs::create_dir_all(eng.join("notes")).expect("mkdir");
    cxassess(dir.path())
        .current_dir(eng.join("notes"))
        .args(["run", "maturity", "--plain", "--respondent", "zhang.min"])
        .write_stdin("3\n4\nq\n")
        .assert()
        .success();
    let (results, _) =
        cxassess::response::read_results(&eng.join("maturity/zhang.min.yaml")).expect("written");
    assert_eq!(
        results.assessment.organization.as_deref(),
        Some("Harbour Appliances")
    );
    assert_eq!(results.assessment.period.as_deref(), Some("2026-Q4"));
    let r = &results.responses[0];
    assert_eq!(r.role.as_deref(), Some("manager"));
    assert_eq!(r.answers.len(), 2);
    let out = cxassess(dir.path())
        .current_dir(&eng)
        .args(["run", "maturity", "--plain"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--respondent NAME"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // --engagement names the folder from anywhere.
    cxassess(dir.path())
        .current_dir(dir.path())
        .args([
            "run",
            "maturity",
            "--plain",
            "--respondent",
            "li",
            "--role",
            "manager",
        ])
        .arg("--engagement")
        .arg(&eng)
        .write_stdin("2\n")
        .assert()
        .success();
    assert!(eng.join("maturity/li.yaml").is_file());
}

#[test]
fn leaving_before_agreeing_writes_nothing_and_a_resumed_item_keeps_its_rationale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = raters(dir.path());
    let file = eng.join("maturity/consensus.yaml");
    // q before any agreed rating: no consensus file, so no empty "consensus" respondent.
    cxassess(&eng)
        .current_dir(&eng)
        .args(["run", "maturity", "--consensus", "--plain"])
        .write_stdin("q\n")
        .assert()
        .success();
    assert!(!file.exists(), "an empty consensus was written");
    // Skip strategy.1, agree insight.2 with a rationale.
    let (_, first) = consensus(&eng, "\n4\nthe survey says so\n");
    assert_eq!(
        first.notes.get("insight.2").map(String::as_str),
        Some("the survey says so")
    );
    // The consensus is listed by status but not counted as a respondent.
    let status = cxassess(&eng)
        .current_dir(&eng)
        .args(["status", "--format", "json"])
        .output()
        .expect("runs");
    let status: Value = serde_json::from_slice(&status.stdout).expect("json");
    let totals = status["totals"].as_array().expect("totals");
    let maturity = totals
        .iter()
        .find(|t| t["instrument"] == "maturity")
        .expect("maturity");
    assert_eq!(maturity["respondents"], 3, "{status}");
    // A later sitting resumes at strategy.1, then walks on to insight.2: it says what was
    // agreed, and re-agreeing with an empty rationale keeps the one given before.
    let (out, again) = consensus(&eng, "3\n\n4\n\n");
    assert!(out.contains("Agreed at an earlier sitting: 4"), "{out}");
    assert_eq!(
        again.notes.get("insight.2").map(String::as_str),
        Some("the survey says so"),
        "{out}"
    );
}
