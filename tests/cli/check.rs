//! `cxassess check`: every kind of open point, per file, respondent and question, in text (both
//! languages) and JSON; `--strict` exits 3 when anything is listed and 0 when nothing is; an
//! engagement folder stands for its results files. And `evidence: required` in instrument files.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::{Value, json};

use crate::common::cxassess;
use crate::evidence::ok;

/// Managers and staff answer the policy section, which requires evidence on every answer;
/// staff also answer the floor section, where one question requires it.
const AUDIT: &str = r#"format: cxassess-instrument/1
id: audit
version: 1
kind: generic
title: {en: "Service audit", zh: "服务审核"}
audience: [manager, staff]
sections:
  - id: policy
    title: {en: Policy, zh: 政策}
    evidence: required
    questions:
      - id: policy.1
        type: scale
        scale: {min: 1, max: 5}
        text: {en: "Complaints have an owner", zh: "投诉有专人负责"}
      - id: policy.2
        type: scale
        scale: {min: 1, max: 5}
        text: {en: "Refunds follow a written rule", zh: "退款有书面规则"}
  - id: floor
    title: {en: Floor, zh: 一线}
    audience: [staff]
    questions:
      - id: floor.1
        type: scale
        scale: {min: 1, max: 5}
        evidence: required
        text: {en: "Staff may refund on the spot", zh: "员工可当场退款"}
      - id: floor.2
        type: scale
        scale: {min: 1, max: 5}
        text: {en: "Staff know the refund rule", zh: "员工了解退款规则"}
"#;

fn fill(dir: &Path, inst: &Path, out: &Path, answers: &str) {
    let a = dir.join("answers.yaml");
    std::fs::write(&a, answers).unwrap();
    ok(cxassess(dir)
        .arg("fill")
        .arg(inst)
        .arg("--answers")
        .arg(&a)
        .arg("--out")
        .arg(out));
}

/// `open.yaml` with one open point of every kind, and `clean.yaml` with none.
fn files(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let inst = dir.join("audit.yaml");
    std::fs::write(&inst, AUDIT).unwrap();
    let open = dir.join("open.yaml");
    fill(
        dir,
        &inst,
        &open,
        "respondent: ann\nrole: manager\nanswers:\n  policy.1: 4\n  policy.2: na\nevidence:\n  policy.1: [{ref: \"complaints rota.xlsx\", kind: supports}]\nconfidence:\n  policy.1: low\n",
    );
    fill(
        dir,
        &inst,
        &open,
        "respondent: bob\nrole: staff\nanswers:\n  policy.1: 3\n  policy.2: {na: \"no rule yet\"}\n  floor.1: 2\nconfidence:\n  floor.1: high\n",
    );
    let clean = dir.join("clean.yaml");
    fill(
        dir,
        &inst,
        &clean,
        "respondent: cy\nrole: manager\nanswers:\n  policy.1: 5\n  policy.2: 4\nevidence:\n  policy.1: [{ref: rota, kind: supports}]\n  policy.2: [{ref: \"refund rule v2\", kind: supports}]\nconfidence:\n  policy.1: medium\n",
    );
    (inst, open, clean)
}

fn expected(file: &str) -> Value {
    let p = |respondent: &str, question: Option<&str>, kind: &str| json!({"file": file, "respondent": respondent, "question": question, "kind": kind});
    json!({"problems": [
        p("ann", Some("policy.1"), "low-confidence"),
        p("ann", Some("policy.2"), "na-without-reason"),
        p("bob", None, "partial"),
        p("bob", Some("policy.1"), "no-evidence"),
        p("bob", Some("floor.1"), "no-evidence"),
        p("bob", Some("floor.2"), "unanswered"),
    ]})
}

#[test]
fn json_lists_each_open_point_by_file_respondent_and_question() {
    let dir = tempfile::tempdir().unwrap();
    let (_, open, clean) = files(dir.path());
    let out = ok(cxassess(dir.path())
        .args(["check", "--format", "json"])
        .arg(&open)
        .arg(&clean));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v, expected(&open.display().to_string()));
}

#[test]
fn text_says_what_is_open_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let (_, open, clean) = files(dir.path());
    let out = ok(cxassess(dir.path()).arg("check").arg(&open).arg(&clean));
    assert!(out.starts_with("Open points\n"), "{out}");
    assert!(out.contains("6 open points in 1 of 2 file(s)"), "{out}");
    assert!(
        !out.contains("clean.yaml"),
        "a file with nothing open has no section: {out}"
    );
    for row in [
        [
            "ann",
            "policy.1 · Complaints have an owner",
            "low confidence",
        ],
        [
            "ann",
            "policy.2 · Refunds follow a written rule",
            "N/A without reason",
        ],
        ["bob", "–", "partial"],
        ["bob", "policy.1 · Complaints have an owner", "no evidence"],
        [
            "bob",
            "floor.1 · Staff may refund on the spot",
            "no evidence",
        ],
        ["bob", "floor.2 · Staff know the refund rule", "unanswered"],
    ] {
        assert!(
            out.lines().any(|l| row.iter().all(|cell| l.contains(cell))),
            "no line with {row:?}:\n{out}"
        );
    }
    assert!(out.contains("What the open points mean"), "{out}");
    let zh = ok(cxassess(dir.path())
        .args(["check", "--lang", "zh"])
        .arg(&open));
    for words in [
        "待办事项",
        "把握程度低",
        "“不适用”未说明原因",
        "未完成",
        "缺少证据",
        "未作答",
        "投诉有专人负责",
    ] {
        assert!(zh.contains(words), "{words}: {zh}");
    }
    let md = ok(cxassess(dir.path())
        .args(["check", "--format", "markdown"])
        .arg(&open));
    assert!(
        md.contains("| bob ") && md.contains("# Open points"),
        "{md}"
    );
}

#[test]
fn strict_exits_3_when_anything_is_open_and_0_when_nothing_is() {
    let dir = tempfile::tempdir().unwrap();
    let (_, open, clean) = files(dir.path());
    cxassess(dir.path())
        .args(["check", "--strict"])
        .arg(&open)
        .arg(&clean)
        .assert()
        .code(3)
        .stdout(predicate::str::contains("floor.2"))
        .stderr(predicate::str::contains(
            "check --strict: 6 open point(s) in 1 of 2 file(s)",
        ));
    cxassess(dir.path())
        .args(["check", "--strict", "--format", "json"])
        .arg(&clean)
        .assert()
        .success()
        .stdout(predicate::str::diff("{\n  \"problems\": []\n}\n"));
    cxassess(dir.path())
        .args(["check", "--strict"])
        .arg(&clean)
        .assert()
        .success()
        .stdout(predicate::str::contains("Nothing is open"));
    // Without --strict, open points are a report, not a failure.
    cxassess(dir.path())
        .arg("check")
        .arg(&open)
        .assert()
        .success();
}

#[test]
fn an_engagement_folder_is_checked_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    let (_, open, clean) = files(dir.path());
    let eng = dir.path().join("acme");
    ok(cxassess(dir.path())
        .args(["init", "--client", "Acme"])
        .arg(&eng));
    std::fs::create_dir_all(eng.join("audit")).unwrap();
    std::fs::copy(&open, eng.join("audit/ann.yaml")).unwrap();
    std::fs::copy(&clean, eng.join("audit/cy.yaml")).unwrap();
    let out = ok(cxassess(dir.path())
        .args(["check", "--format", "json"])
        .arg(&eng));
    let v: Value = serde_json::from_str(&out).unwrap();
    let files: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 6);
    assert!(files.iter().all(|f| f.ends_with("ann.yaml")), "{files:?}");
}

#[test]
fn a_bad_results_file_is_invalid_input() {
    let dir = tempfile::tempdir().unwrap();
    let (_, open, _) = files(dir.path());
    let text = std::fs::read_to_string(&open)
        .unwrap()
        .replace("policy.1: low", "policy.1: lowish");
    std::fs::write(&open, text).unwrap();
    cxassess(dir.path())
        .args(["check", "--strict"])
        .arg(&open)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'lowish', which is not a level"));
}

#[test]
fn instrument_files_say_evidence_required_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(
        &bad,
        AUDIT
            .replace("    evidence: required\n    questions:", "    evidence: yes please\n    questions:")
            .replace(
                "      - id: floor.2\n        type: scale\n        scale: {min: 1, max: 5}\n",
                "      - id: floor.2\n        type: pair\n        parts: [before, evidence]\n        texts: {before: {en: a, zh: a}, evidence: {en: b, zh: b}}\n        scale: {min: 1, max: 5}\n",
            ),
    )
    .unwrap();
    cxassess(dir.path())
        .arg("validate")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.yaml:10:15: evidence is 'yes please'",
        ))
        .stderr(predicate::str::contains(
            "fix: write `evidence: required` (every answer must carry evidence) or leave it out",
        ))
        .stderr(predicate::str::contains(
            "question 'floor.2' has a part called 'evidence'",
        ));
    let good = dir.path().join("audit.yaml");
    std::fs::write(&good, AUDIT).unwrap();
    let inst = cxassess::instrument::Instrument::load(&good.display().to_string()).unwrap();
    let required: Vec<(&str, bool)> = inst
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.evidence_required))
        .collect();
    assert_eq!(
        required,
        [
            ("policy.1", true),
            ("policy.2", true),
            ("floor.1", true),
            ("floor.2", false)
        ]
    );
}
