//! Every kind's report, in every format, shows the evidence on an answer and lists a
//! low-confidence answer: one results file per kind (a custom generic instrument for the
//! generic kind, the five-gap report over servqual and gaps together, and an engagement).

use std::path::{Path, PathBuf};

use cxassess::instrument::Instrument;
use cxassess::response::{Confidence, Evidence, EvidenceKind, Response, Results, to_yaml};
use serde_json::Value;

use super::{answer, ok};
use crate::common::cxassess;

const GENERIC: &str = r#"format: cxassess-instrument/1
id: feedback
version: 1
kind: generic
title: {en: "Feedback", zh: "反馈"}
sections:
  - id: service
    title: {en: Service, zh: 服务}
    questions:
      - id: service.1
        type: scale
        scale: {min: 1, max: 5}
        text: {en: "The staff were helpful", zh: "员工乐于助人"}
      - id: service.2
        type: scale
        scale: {min: 1, max: 5}
        text: {en: "The wait was short", zh: "等待时间短"}
"#;

/// A results file for `spec` in `dir`: two respondents answering every step of their role,
/// the first with a supporting and a contradicting piece of evidence on the first question and
/// low confidence on the second it answers.
fn results(dir: &Path, spec: &str, role: &str) -> PathBuf {
    let inst = Instrument::load(spec).unwrap();
    let mut results = Results::new(&inst);
    for (i, name) in ["wang.fang", "zhou.min"].into_iter().enumerate() {
        let mut r = Response {
            respondent: name.to_string(),
            role: Some(role.to_string()),
            complete: true,
            ..Response::default()
        };
        for (k, step) in inst.steps_for(Some(role)).into_iter().enumerate() {
            let q = &inst.questions[step.question];
            let n = u32::try_from(k + 3 * i).unwrap() * 2 + 1;
            r.answers
                .insert(q.id.clone(), answer(q, if n % 7 == 0 { n + 2 } else { n }));
        }
        if i == 0 {
            let asked: Vec<String> = inst
                .steps_for(Some(role))
                .into_iter()
                .map(|s| inst.questions[s.question].id.clone())
                .collect();
            for (reference, kind) in [
                (format!("ref-{}-support", inst.id), EvidenceKind::Supports),
                (
                    format!("ref-{}-against", inst.id),
                    EvidenceKind::Contradicts,
                ),
            ] {
                let e = Evidence::new(&reference, kind).unwrap();
                r.add_evidence(&inst, &asked[0], e).unwrap();
            }
            let last = asked.last().unwrap();
            r.set_confidence(&inst, last, Some(Confidence::Low))
                .unwrap();
        }
        results.responses.push(r);
    }
    let file = dir.join(format!("{}.yaml", inst.id));
    std::fs::write(&file, to_yaml(&results, &inst)).unwrap();
    file
}

/// What every human-readable report must say.
fn shows(out: &str, id: &str, what: &str) {
    for needle in [
        format!("ref-{id}-support"),
        format!("ref-{id}-against"),
        "Evidence coverage".to_string(),
        "Low-confidence answers".to_string(),
        "wang.fang".to_string(),
    ] {
        assert!(out.contains(&needle), "{what}: no {needle}\n{out}");
    }
}

fn json_shows(v: &Value, id: &str, what: &str) {
    let evidence = v["evidence"]
        .as_array()
        .unwrap_or_else(|| panic!("{what}: {v}"));
    let support = evidence
        .iter()
        .find(|e| e["ref"] == format!("ref-{id}-support"))
        .unwrap_or_else(|| panic!("{what}: {v}"));
    assert_eq!(support["kind"], "supports", "{what}");
    assert_eq!(support["respondent"], "wang.fang", "{what}");
    assert!(
        support["question"].is_string() && support["role"].is_string(),
        "{what}"
    );
    assert!(
        evidence
            .iter()
            .any(|e| e["ref"] == format!("ref-{id}-against") && e["kind"] == "contradicts"),
        "{what}"
    );
    // The coverage table's counts: the group with both pieces has one answer carrying evidence.
    let coverage = v["evidence_coverage"]
        .as_array()
        .unwrap_or_else(|| panic!("{what}: no evidence_coverage in {v}"));
    assert!(
        coverage.iter().any(|g| g["with_evidence"] == 1
            && g["supports"] == 1
            && g["contradicts"] == 1
            && g["answers"].as_u64() >= Some(1)
            && g["group"].is_string()
            && g["name"].is_string()),
        "{what}: {coverage:?}"
    );
    let confidence = v["confidence"].as_array().unwrap();
    assert!(
        confidence
            .iter()
            .any(|c| c["level"] == "low" && c["respondent"] == "wang.fang"),
        "{what}: {v}"
    );
}

fn report(dir: &Path, files: &[&Path], format: &str, lang: &str) -> String {
    ok(cxassess(dir)
        .args(["report", "--format", format, "--lang", lang])
        .args(files))
}

#[test]
fn every_kind_shows_evidence_and_low_confidence_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let generic = dir.path().join("feedback-instrument.yaml");
    std::fs::write(&generic, GENERIC).unwrap();
    let generic = generic.display().to_string();
    let kinds = [
        ("pyramid", "staff", "pyramid"),
        ("maturity", "manager", "maturity"),
        ("kano", "customer", "kano"),
        ("servqual", "customer", "servqual"),
        ("gaps", "manager", "gaps"),
        ("pulse", "customer", "pulse"),
        (generic.as_str(), "customer", "feedback"),
    ];
    for (spec, role, id) in kinds {
        let file = results(dir.path(), spec, role);
        for format in ["text", "markdown", "html"] {
            let out = report(dir.path(), &[&file], format, "en");
            shows(&out, id, &format!("{id} {format}"));
        }
        let zh = report(dir.path(), &[&file], "text", "zh");
        assert!(
            zh.contains("证据覆盖") && zh.contains(&format!("ref-{id}-support")),
            "{id} zh"
        );
        let json: Value =
            serde_json::from_str(&report(dir.path(), &[&file], "json", "en")).unwrap();
        json_shows(&json, id, &format!("{id} json"));
    }
    // The five-gap report: the customers' and the managers' evidence together.
    let (s, g) = (
        dir.path().join("servqual.yaml"),
        dir.path().join("gaps.yaml"),
    );
    for format in ["text", "markdown", "html"] {
        let out = report(dir.path(), &[&s, &g], format, "en");
        assert!(
            out.contains("Five-gap") || out.contains("five-gap") || out.contains("Gap 5"),
            "{format}"
        );
        shows(&out, "servqual", &format!("fivegap {format}"));
        shows(&out, "gaps", &format!("fivegap {format}"));
    }
    let json: Value = serde_json::from_str(&report(dir.path(), &[&s, &g], "json", "en")).unwrap();
    json_shows(&json, "servqual", "fivegap json");
    json_shows(&json, "gaps", "fivegap json");
}

#[test]
fn coverage_counts_answers_with_evidence_per_group() {
    let dir = tempfile::tempdir().unwrap();
    let file = results(dir.path(), "maturity", "manager");
    let out = report(dir.path(), &[&file], "markdown", "en");
    // wang.fang's strategy.1 carries two pieces (one each way); zhou.min's none. The strategy
    // dimension has 4 items × 2 respondents, less the N/A answers the dice gave.
    let (results, _) = cxassess::response::read_results(&file).unwrap();
    let answered = results
        .responses
        .iter()
        .flat_map(|r| r.answers.iter())
        .filter(|(q, a)| q.starts_with("strategy.") && !a.is_na())
        .count();
    let coverage = out
        .split("### Evidence coverage")
        .nth(1)
        .unwrap_or_default();
    let row = coverage
        .lines()
        .find(|l| l.starts_with("| Vision &amp; strategy"))
        .unwrap_or_else(|| panic!("{out}"));
    let cells: Vec<&str> = row.split('|').map(str::trim).collect();
    assert_eq!(cells[2], answered.to_string(), "{row}");
    assert_eq!(
        &cells[3..7],
        ["1", &format!("{:.0}%", 100.0 / answered as f64), "1", "1"],
        "{row}"
    );
    assert!(coverage.contains("| **All** | "), "a total row");
}

#[test]
fn json_coverage_has_the_counts_of_the_table_and_only_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let file = results(dir.path(), "maturity", "manager");
    let (results, _) = cxassess::response::read_results(&file).unwrap();
    let answered = |group: &str| {
        results
            .responses
            .iter()
            .flat_map(|r| r.answers.iter())
            .filter(|(q, a)| q.starts_with(&format!("{group}.")) && !a.is_na())
            .count()
    };
    let json: Value = serde_json::from_str(&report(dir.path(), &[&file], "json", "en")).unwrap();
    let coverage = json["evidence_coverage"].as_array().unwrap();
    // One object per dimension with answers, in questionnaire order, no total.
    let groups: Vec<&str> = coverage
        .iter()
        .map(|g| g["group"].as_str().unwrap())
        .collect();
    assert_eq!(groups[0], "strategy", "{groups:?}");
    assert_eq!(groups.len(), 8, "{groups:?}");
    assert_eq!(
        coverage[0],
        serde_json::json!({
            "group": "strategy",
            "name": "Vision & strategy",
            "answers": answered("strategy"),
            "with_evidence": 1,
            "supports": 1,
            "contradicts": 1,
        })
    );
    for g in &coverage[1..] {
        let id = g["group"].as_str().unwrap();
        assert_eq!(g["answers"], answered(id), "{id}");
        assert_eq!(
            (&g["with_evidence"], &g["supports"]),
            (&0.into(), &0.into()),
            "{id}"
        );
    }
    // Without evidence or confidence the text shows no table, and JSON no coverage.
    let mut plain = results.clone();
    for r in &mut plain.responses {
        r.evidence.clear();
        r.confidence.clear();
    }
    let inst = Instrument::load("maturity").unwrap();
    let bare = dir.path().join("bare.yaml");
    std::fs::write(&bare, to_yaml(&plain, &inst)).unwrap();
    let json: Value = serde_json::from_str(&report(dir.path(), &[&bare], "json", "en")).unwrap();
    assert!(json.get("evidence_coverage").is_none(), "{json}");
    assert!(!report(dir.path(), &[&bare], "text", "en").contains("Evidence coverage"));
}

#[test]
fn the_engagement_report_gathers_evidence_with_the_voices() {
    let dir = tempfile::tempdir().unwrap();
    let eng = dir.path().join("acme");
    ok(cxassess(dir.path())
        .args(["init", "--client", "Acme"])
        .arg(&eng));
    let file = results(dir.path(), "maturity", "manager");
    std::fs::create_dir_all(eng.join("maturity")).unwrap();
    std::fs::copy(&file, eng.join("maturity/wang.fang.yaml")).unwrap();
    let md = ok(cxassess(dir.path())
        .args(["report", "--format", "markdown"])
        .arg(&eng));
    assert!(
        md.contains("ref-maturity-support") && md.contains("Evidence coverage"),
        "{md}"
    );
    let json: Value = serde_json::from_str(&ok(cxassess(dir.path())
        .args(["report", "--format", "json"])
        .arg(&eng)))
    .unwrap();
    json_shows(&json["reports"][0], "maturity", "engagement json");
}
