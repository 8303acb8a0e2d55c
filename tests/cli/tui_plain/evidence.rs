//! Evidence and confidence in `--plain`: `v` and `c` at a prompt, with piped answers, end up in
//! the results file and in the report's `evidence[]` and `confidence[]`; the prompt lists both
//! keys and what is recorded, and the header says when a question requires evidence.

use predicates::prelude::*;
use serde_json::Value;

use crate::common::cxassess;

#[test]
fn plain_v_and_c_record_evidence_and_confidence_that_the_report_shows() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.yaml");
    let input = [
        // Question 1: evidence and a confidence first, then the answer.
        "v",
        "docs/complaints rota.xlsx",
        "s",
        "c",
        "low",
        "4",
        // Question 2: a kind that is neither is asked again; the same entry twice is refused.
        "v",
        "interview: 'nobody owns it'",
        "maybe",
        "c",
        "v",
        "interview: 'nobody owns it'",
        "contradicts",
        "c",
        "2",
        "q",
    ]
    .join("\n");
    cxassess(dir.path())
        .args([
            "run",
            "pyramid",
            "--plain",
            "--respondent",
            "li.wei",
            "--role",
            "manager",
        ])
        .arg("--out")
        .arg(&out)
        .write_stdin(format!("{input}\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "q = quit; Enter = skip; v = evidence; c = confidence)",
        ))
        .stdout(predicate::str::contains(
            "✔ Evidence on question 1: supports · docs/complaints rota.xlsx",
        ))
        .stdout(predicate::str::contains("✔ Confidence in question 1: low"))
        .stdout(predicate::str::contains(
            "Evidence: 1 (1 supports, 0 contradicts); Confidence: low)",
        ))
        .stdout(predicate::str::contains("'maybe' is neither"))
        .stdout(predicate::str::contains(
            "This evidence is already recorded, with the same kind.",
        ))
        .stdout(predicate::str::contains(
            "✔ Confidence in question 2: medium",
        ));

    let report = cxassess(dir.path())
        .args(["report", "--format", "json"])
        .arg(&out)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&report).unwrap();
    let evidence = v["evidence"].as_array().unwrap_or_else(|| panic!("{v}"));
    let entries: Vec<(&str, &str, &str)> = evidence
        .iter()
        .map(|e| {
            (
                e["question"].as_str().unwrap(),
                e["ref"].as_str().unwrap(),
                e["kind"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [
            ("respect.1", "docs/complaints rota.xlsx", "supports"),
            ("respect.2", "interview: 'nobody owns it'", "contradicts"),
        ]
    );
    assert_eq!(evidence[0]["respondent"], "li.wei");
    let confidence: Vec<(&str, &str)> = v["confidence"]
        .as_array()
        .unwrap_or_else(|| panic!("{v}"))
        .iter()
        .map(|c| {
            (
                c["question"].as_str().unwrap(),
                c["level"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(confidence, [("respect.1", "low"), ("respect.2", "medium")]);
}

const AUDIT: &str = r#"format: cxassess-instrument/1
id: audit
version: 1
kind: generic
title: {en: "Service audit", zh: "服务审核"}
sections:
  - id: policy
    title: {en: Policy, zh: 政策}
    questions:
      - id: policy.1
        type: scale
        scale: {min: 1, max: 5}
        evidence: required
        text: {en: "Complaints have an owner", zh: "投诉有专人负责"}
      - id: policy.2
        type: text
        text: {en: "Anything else?", zh: "还有什么？"}
"#;

#[test]
fn plain_says_when_evidence_is_required_and_v_and_c_are_commands_on_a_text_question() {
    let dir = tempfile::tempdir().unwrap();
    let inst = dir.path().join("audit.yaml");
    std::fs::write(&inst, AUDIT).unwrap();
    let out = dir.path().join("r.yaml");
    cxassess(dir.path())
        .args(["run", "--plain", "--lang", "zh"])
        .arg(&inst)
        .arg("--out")
        .arg(&out)
        .write_stdin("v\n规章第 3 条\n支持\n3\nc\n高\n没有了\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "[1/2] 政策 · 要求证据 — 投诉有专人负责",
        ))
        .stdout(predicate::str::contains(
            "✔ 第 1 题的证据：支持 · 规章第 3 条",
        ))
        .stdout(predicate::str::contains("✔ 第 2 题的把握程度：高"));
    let (results, _) = cxassess::response::read_results(&out).unwrap();
    let r = &results.responses[0];
    assert_eq!(r.evidence_on("policy.1")[0].reference, "规章第 3 条");
    assert_eq!(r.confidence.get("policy.2").map(|c| c.word()), Some("high"));
    assert_eq!(
        r.answers["policy.2"],
        cxassess::response::Answer::Text("没有了".into())
    );
}
