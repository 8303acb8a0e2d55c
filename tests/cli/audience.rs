//! Who answers what, on every way in (issue 11 items 5–6): `fill` and `import` add to a recorded
//! respondent instead of replacing them, a role that contradicts the recorded one is exit 2 and
//! leaves the file as it was, answers to sections of other roles and roles with nothing to answer
//! are refused, a comment left empty does not keep a response partial, and `validate` reads
//! engagement files.

use std::path::Path;

use assert_cmd::Command;

use crate::common::cxassess;

/// `cxassess` in the folder `dir`, its data folder inside it.
fn cx(dir: &Path) -> Command {
    let mut c = cxassess(&dir.join(".data"));
    c.current_dir(dir);
    c
}

/// An engagement `eng` in `dir` with li.na (staff) on the roster.
fn engagement(dir: &Path) -> std::path::PathBuf {
    let eng = dir.join("eng");
    std::fs::create_dir_all(&eng).unwrap();
    std::fs::write(
        eng.join("engagement.yaml"),
        "format: cxassess-engagement/1\nclient: X\nperiod: 2026-Q4\nroster:\n  - respondent: li.na\n    role: staff\n",
    )
    .unwrap();
    eng
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const FIRST: &str = "respondent: chen.cust\nrole: customer\nanswers:\n  nps: 3\n  csat: 4\n  ces: 5\nnotes:\n  nps: \"slow engineers\"\n";

#[test]
fn fill_refuses_a_contradicting_role_and_merges_the_same_respondent() {
    let dir = tempfile::tempdir().unwrap();
    let eng = engagement(dir.path());
    std::fs::write(eng.join("f1.yaml"), FIRST).unwrap();
    std::fs::write(
        eng.join("f2.yaml"),
        "respondent: chen.cust\nrole: manager\nanswers:\n  csat: 1\n",
    )
    .unwrap();
    std::fs::write(
        eng.join("f3.yaml"),
        "respondent: chen.cust\nanswers:\n  csat: 1\nnotes:\n  csat: \"rude on the phone\"\n",
    )
    .unwrap();
    cx(&eng)
        .args(["fill", "pulse", "--answers", "f1.yaml"])
        .assert()
        .success();
    let file = eng.join("pulse/chen.cust.yaml");
    let before = std::fs::read(&file).unwrap();
    // Another role: refused, in English and Chinese, the file unchanged byte for byte.
    let out = cx(&eng)
        .args(["fill", "pulse", "--answers", "f2.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("role manager for chen.cust contradicts the role recorded for them in ")
            && err.contains("chen.cust.yaml (customer)")
            && err.contains("fix: leave the role out (or give customer)"),
        "{err}"
    );
    let out = cx(&eng)
        .args(["--lang", "zh", "fill", "pulse", "--answers", "f2.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("chen.cust 的角色 manager 与") && err.contains("（customer）不符"),
        "{err}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // No role (the recorded one holds): one answer and one note changed, everything else kept.
    let out = cx(&eng)
        .args(["fill", "pulse", "--answers", "f3.yaml"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("updated chen.cust in ")
            && stderr(&out).contains(": 1 answer(s) and 1 note(s) changed"),
        "{}",
        stderr(&out)
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains(
            "    role: customer\n    started: 2026-11-22T09:00:00Z\n    updated: 2026-11-22T09:00:00Z\n    complete: true\n    answers:\n      nps: 3\n      csat: 1\n      ces: 5\n    notes:\n      nps: \"slow engineers\"\n      csat: \"rude on the phone\"\n"
        ),
        "{text}"
    );
}

#[test]
fn import_refuses_a_contradicting_role_and_merges_the_same_respondent() {
    let dir = tempfile::tempdir().unwrap();
    let eng = engagement(dir.path());
    std::fs::write(eng.join("f1.yaml"), FIRST).unwrap();
    cx(&eng)
        .args(["fill", "pulse", "--answers", "f1.yaml"])
        .assert()
        .success();
    let file = eng.join("pulse/chen.cust.yaml");
    let before = std::fs::read(&file).unwrap();
    // Outside the engagement's roster check, straight into --out: the recorded role still holds.
    std::fs::write(
        eng.join("imp2.csv"),
        "respondent,role,csat\nchen.cust,manager,1\n",
    )
    .unwrap();
    let out = cx(&eng)
        .args([
            "import",
            "pulse",
            "imp2.csv",
            "--out",
            "pulse/chen.cust.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("imp2.csv: row 2, column 2 (role): role manager for chen.cust contradicts the role recorded for them in pulse/chen.cust.yaml (customer)"),
        "{err}"
    );
    let out = cx(&eng)
        .args(["--lang", "zh", "import", "pulse", "imp2.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("chen.cust 的角色 manager 与"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
    // The same role: the answer given is laid over the recorded ones.
    std::fs::write(
        eng.join("imp3.csv"),
        "respondent,role,csat\nchen.cust,customer,2\n",
    )
    .unwrap();
    let out = cx(&eng)
        .args(["import", "pulse", "imp3.csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("(0 added, 1 updated)"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(": 1 answer(s) and 0 note(s) changed"),
        "{}",
        stderr(&out)
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains(
            "      nps: 3\n      csat: 2\n      ces: 5\n    notes:\n      nps: \"slow engineers\"\n"
        ),
        "{text}"
    );
}

#[test]
fn answers_to_sections_of_other_roles_are_refused_by_fill_and_import() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // research_orientation is answered by managers only; the estimates by managers and staff.
    std::fs::write(
        d.join("st.yaml"),
        "respondent: li.na\nrole: staff\nanswers:\n  estimate.tangibles.1: 3\n  research_orientation.1: 2\n",
    )
    .unwrap();
    let out = cx(d)
        .args(["fill", "gaps", "--answers", "st.yaml", "--out", "g.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("st.yaml:5:3: a staff does not answer 'research_orientation.1': section 'research_orientation' is answered by manager"),
        "{err}"
    );
    assert!(
        err.contains("fix: remove the answer to 'research_orientation.1'"),
        "{err}"
    );
    let out = cx(d)
        .args([
            "--lang",
            "zh",
            "fill",
            "gaps",
            "--answers",
            "st.yaml",
            "--out",
            "g.yaml",
        ])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("st.yaml:5:3: staff 不作答“research_orientation.1”：部分“research_orientation”的作答者为 manager"),
        "{}",
        stderr(&out)
    );
    assert!(!d.join("g.yaml").exists(), "nothing written");
    std::fs::write(
        d.join("st.csv"),
        "respondent,role,estimate.tangibles.1,research_orientation.1\nli.na,staff,3,2\n",
    )
    .unwrap();
    let out = cx(d)
        .args(["import", "gaps", "st.csv", "--out", "g.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("st.csv: row 2, column 4 (research_orientation.1): a staff does not answer 'research_orientation.1'"),
        "{}",
        stderr(&out)
    );
    assert!(!d.join("g.yaml").exists(), "nothing written");
    // Without a role nobody is restricted.
    std::fs::write(
        d.join("any.csv"),
        "respondent,estimate.tangibles.1,research_orientation.1\nwu,3,2\n",
    )
    .unwrap();
    cx(d)
        .args(["import", "gaps", "any.csv", "--out", "g.yaml"])
        .assert()
        .success();
}

#[test]
fn a_role_with_nothing_to_answer_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let eng = engagement(dir.path());
    // li.na is staff on the roster; every maturity section is for managers and consultants.
    for lang in ["en", "zh"] {
        let out = cx(&eng)
            .args([
                "--lang",
                lang,
                "run",
                "maturity",
                "--respondent",
                "li.na",
                "--plain",
            ])
            .write_stdin("")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out);
        let said = if lang == "en" {
            "a staff has nothing to answer in maturity: every section of it is answered by manager, consultant"
        } else {
            "staff 在 maturity 中没有要回答的题目：其每个部分的作答者为 manager, consultant"
        };
        assert!(err.contains(said), "{err}");
    }
    assert!(!eng.join("maturity/li.na.yaml").exists());
    std::fs::write(eng.join("m.yaml"), "respondent: li.na\nanswers: {}\n").unwrap();
    let out = cx(&eng)
        .args(["fill", "maturity", "--answers", "m.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a staff has nothing to answer in maturity"));
    std::fs::write(eng.join("m.csv"), "respondent,strategy.1\nli.na,3\n").unwrap();
    let out = cx(&eng)
        .args(["import", "maturity", "m.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "m.csv: row 2, column 1 (respondent): a staff has nothing to answer in maturity"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!eng.join("maturity").exists(), "not even its folder");
    // The plain home screen's new assessment refuses it too, before a session file is made.
    let data = dir.path().join("home-data");
    let out = cxassess(&data)
        .arg("--plain")
        .write_stdin("2\nli.na\nstaff\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a staff has nothing to answer in maturity"));
    assert!(
        !data.join("sessions").exists()
            || std::fs::read_dir(data.join("sessions"))
                .unwrap()
                .next()
                .is_none()
    );
    // A file written before the refusal existed: status gives no tick for nothing asked.
    std::fs::create_dir_all(eng.join("maturity")).unwrap();
    std::fs::write(
        eng.join("maturity/li.na.yaml"),
        "format: cxassess-results/1\ninstrument:\n  id: maturity\n  version: 1\n  source: builtin\nresponses:\n  - respondent: li.na\n    role: staff\n    complete: true\n",
    )
    .unwrap();
    let out = cx(&eng).args(["status"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("0/0 ✓"), "{text}");
}

#[test]
fn a_comment_left_empty_does_not_keep_a_response_partial() {
    let dir = tempfile::tempdir().unwrap();
    let eng = engagement(dir.path());
    std::fs::write(
        eng.join("a.yaml"),
        "respondent: chen.cust\nanswers:\n  nps: 9\n  csat: 5\n  ces: 6\n",
    )
    .unwrap();
    cx(&eng)
        .args(["fill", "pulse", "--answers", "a.yaml"])
        .assert()
        .success();
    let text = std::fs::read_to_string(eng.join("pulse/chen.cust.yaml")).unwrap();
    assert!(text.contains("complete: true"), "{text}");
    // Nothing is open in it: `check --strict` passes.
    cx(&eng)
        .args(["check", "--strict", "pulse/chen.cust.yaml"])
        .assert()
        .success();
    // The runner: Enter on the comment leaves it empty; the response is complete.
    let out = cx(&eng)
        .args([
            "run",
            "pulse",
            "--respondent",
            "wu",
            "--role",
            "customer",
            "--plain",
        ])
        .write_stdin("8\n\n4\n5\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(eng.join("pulse/wu.yaml")).unwrap();
    assert!(text.contains("complete: true"), "{text}");
    assert!(!text.contains("nps_reason"), "{text}");
    // Import: a row without the comment is complete too.
    std::fs::write(
        eng.join("p.csv"),
        "respondent,nps,nps_reason,csat,ces\nzz,7,,4,5\n",
    )
    .unwrap();
    cx(&eng)
        .args(["import", "pulse", "p.csv"])
        .assert()
        .success();
    let text = std::fs::read_to_string(eng.join("pulse/zz.yaml")).unwrap();
    assert!(text.contains("complete: true"), "{text}");
    // A file written earlier with `complete: false` reads as complete: counted as such.
    std::fs::write(
        eng.join("pulse/old.yaml"),
        "format: cxassess-results/1\ninstrument:\n  id: pulse\n  version: 1\n  source: builtin\nresponses:\n  - respondent: old\n    role: customer\n    complete: false\n    answers:\n      nps: 10\n      csat: 5\n      ces: 7\n",
    )
    .unwrap();
    let out = cx(&eng)
        .args(["report", "--complete-only", "--format", "json"])
        .arg("pulse/old.yaml")
        .arg("pulse/zz.yaml")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["respondents"], 2, "{v}");
    let out = cx(&eng)
        .args(["status", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let old = v["respondents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["respondent"] == "old")
        .unwrap();
    assert_eq!(old["instruments"]["pulse"]["complete"], true, "{old}");
    assert_eq!(old["instruments"]["pulse"]["asked"], 4, "{old}");
}

#[test]
fn validate_reads_an_engagement_file() {
    let dir = tempfile::tempdir().unwrap();
    let eng = engagement(dir.path());
    cx(&eng)
        .args(["validate", "engagement.yaml"])
        .assert()
        .success()
        .stdout("engagement.yaml: ok (engagement X, 1 on the roster)\n");
    std::fs::write(
        eng.join("bad.yaml"),
        "format: cxassess-engagement/1\nclient: X\ndate: 2026-13-45\n",
    )
    .unwrap();
    let out = cx(&eng).args(["validate", "bad.yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.yaml:3:7: "), "{}", stderr(&out));
}
