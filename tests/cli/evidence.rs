//! Evidence and confidence on answers, end to end: read with every bad value named at its line
//! and column, written one line per question and round-tripped by `fill`, `run` (resuming) and
//! saves over a hand-edited file, carried through CSV export → import (property-tested), and
//! shown in every kind's report in every format.

use std::path::Path;

use cxassess::error::{Error, Place};
use cxassess::instrument::{Instrument, QuestionKind};
use cxassess::response::{
    Answer, Confidence, Evidence, EvidenceKind, KanoWord, PartValue, read_results,
    read_results_str, to_yaml, update_results,
};

use crate::common::cxassess;

mod csv;
mod csv_notes;
mod reports;

pub(crate) fn ok(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// An answer to `q` chosen by `n` (N/A now and then where allowed; an allocation split evenly).
pub(crate) fn answer(q: &cxassess::instrument::Question, n: u32) -> Answer {
    let pick = |min: i32, max: i32| {
        min + i32::try_from(n % u32::try_from(max - min + 1).unwrap()).unwrap()
    };
    if n % 7 == 0 && q.allow_na {
        return Answer::Na(None);
    }
    match &q.kind {
        QuestionKind::Scale(s) => Answer::Value(pick(s.min, s.max)),
        QuestionKind::Rubric(levels) => {
            Answer::Value(pick(1, i32::try_from(levels.len()).unwrap()))
        }
        QuestionKind::Kano { importance, .. } => Answer::Kano {
            functional: Some(KanoWord::ALL[(n % 5) as usize]),
            dysfunctional: Some(KanoWord::ALL[((n / 5) % 5) as usize]),
            importance: importance.as_ref().map(|s| pick(s.min, s.max)),
        },
        QuestionKind::Pair { parts, scale, .. } => Answer::Parts(
            parts
                .iter()
                .map(|p| {
                    (
                        p.clone(),
                        PartValue::Num(f64::from(pick(scale.min, scale.max))),
                    )
                })
                .collect(),
        ),
        QuestionKind::Allocation { parts, total } => {
            #[allow(clippy::cast_precision_loss)]
            let each = total / parts.len() as f64;
            Answer::Parts(
                parts
                    .iter()
                    .map(|p| (p.id.clone(), PartValue::Num(each)))
                    .collect(),
            )
        }
        QuestionKind::Text => Answer::Text(format!("text {n}")),
    }
}

/// A maturity results file, canonical, with evidence and confidence.
const CANONICAL: &str = r#"format: cxassess-results/1
instrument:
  id: maturity
  version: 1
  source: builtin
  digest: 
assessment: {}
responses:
  - respondent: li.wei
    role: manager
    complete: false
    answers:
      strategy.1: 2
      strategy.3: 4
    notes:
      strategy.1: "no owner"
    evidence:
      strategy.1: [{ref: "docs/cx-strategy-2026.pdf", kind: supports}, {ref: "interview: 'nobody owns it'", kind: contradicts}]
      strategy.3: [{ref: "board minutes | 2026-03", kind: supports}]
    confidence:
      strategy.1: low
      strategy.3: high
"#;

#[test]
fn a_file_with_evidence_reads_and_writes_back_byte_for_byte() {
    let (results, inst) = read_results_str("r.yaml", CANONICAL, None).unwrap();
    let r = &results.responses[0];
    assert_eq!(
        r.evidence_on("strategy.1"),
        [
            Evidence::new("docs/cx-strategy-2026.pdf", EvidenceKind::Supports).unwrap(),
            Evidence::new("interview: 'nobody owns it'", EvidenceKind::Contradicts).unwrap(),
        ]
    );
    assert_eq!(
        r.evidence_on("strategy.3")[0].reference,
        "board minutes | 2026-03"
    );
    assert_eq!(r.confidence["strategy.1"], Confidence::Low);
    assert_eq!(r.confidence["strategy.3"], Confidence::High);
    assert_eq!(to_yaml(&results, &inst), CANONICAL);
}

/// Replaces the evidence and confidence blocks of [`CANONICAL`] with `blocks` (indented as
/// response fields) and returns the problems reading it gives.
fn problems(blocks: &str) -> (String, Vec<(usize, usize, String)>) {
    let head = CANONICAL.split("    evidence:\n").next().unwrap();
    let src = format!("{head}{blocks}");
    let err = read_results_str("r.yaml", &src, None).expect_err(&src);
    let Error::Invalid(ps) = err else {
        panic!("not a file problem: {err}")
    };
    let found = ps
        .iter()
        .map(|p| match p.place {
            Place::Yaml { line, column } => (line, column, format!("{p}")),
            _ => panic!("no line and column: {p}"),
        })
        .collect();
    (src, found)
}

/// The line and column where `needle` first appears on line `line` (from 1) of `src`.
fn at(src: &str, line: usize, needle: &str) -> (usize, usize) {
    let text = src.lines().nth(line - 1).unwrap();
    let col = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} on {text}"));
    (line, text[..col].chars().count() + 1)
}

#[test]
fn every_bad_evidence_or_confidence_value_is_named_at_its_line_and_column() {
    let long = "x".repeat(501);
    let many = vec!["{ref: a, kind: supports}"; 21].join(", ");
    // (the blocks, the line of the problem, what to find on it, words of the message)
    let cases: Vec<(String, usize, &str, &str)> = vec![
        (
            "    evidence:\n      nope.1: [{ref: x, kind: supports}]\n".into(),
            18,
            "nope.1",
            "evidence on 'nope.1', which is not a question of maturity",
        ),
        (
            "    evidence:\n      strategy.1: [{ref: x, kind: maybe}]\n".into(),
            18,
            "maybe",
            "'maybe' is not an evidence kind",
        ),
        (
            "    evidence:\n      strategy.1: [{ref: \"  \", kind: supports}]\n".into(),
            18,
            "\"  \"",
            "has an empty `ref`",
        ),
        (
            format!("    evidence:\n      strategy.1: [{{ref: \"{long}\", kind: supports}}]\n"),
            18,
            "\"xxx",
            "is 501 characters long; a ref is at most 500",
        ),
        (
            "    evidence:\n      strategy.1: [{ref: x}]\n".into(),
            18,
            "{ref",
            "has no `kind`",
        ),
        (
            "    evidence:\n      strategy.1: [{kind: supports}]\n".into(),
            18,
            "{kind",
            "has no `ref`",
        ),
        (
            "    evidence:\n      strategy.1: [{ref: x, kind: supports, why: y}]\n".into(),
            18,
            "why",
            "unknown field 'why' in the evidence on 'strategy.1'",
        ),
        (
            "    evidence:\n      strategy.1: [{ref: [a, b], kind: supports}]\n".into(),
            18,
            "[a",
            "is not text",
        ),
        (
            "    evidence:\n      strategy.1: {ref: x, kind: supports}\n".into(),
            18,
            "{ref",
            "must be a list of {ref, kind} entries",
        ),
        (
            "    evidence:\n      strategy.1: [docs/a.pdf]\n".into(),
            18,
            "docs",
            "is not a {ref, kind} mapping",
        ),
        (
            format!("    evidence:\n      strategy.1: [{many}]\n"),
            18,
            "[{",
            "21 pieces of evidence; an answer has at most 20",
        ),
        (
            "    evidence: [strategy.1]\n".into(),
            17,
            "[strategy",
            "`evidence` must be a mapping",
        ),
        (
            "    evidence:\n      strategy.1: [{ref: a, kind: supports}]\n      strategy.1: [{ref: b, kind: supports}]\n".into(),
            19,
            "strategy.1",
            "duplicate entry with key 'strategy.1'",
        ),
        (
            "    confidence:\n      strategy.1: certain\n".into(),
            18,
            "certain",
            "the confidence of 'strategy.1' is 'certain', which is not a level",
        ),
        (
            "    confidence:\n      nope.1: low\n".into(),
            18,
            "nope.1",
            "confidence on 'nope.1', which is not a question",
        ),
        (
            "    confidence: low\n".into(),
            17,
            "low",
            "`confidence` must be a mapping of question id to low, medium or high",
        ),
    ];
    for (blocks, line, needle, words) in cases {
        let (src, found) = problems(&blocks);
        assert_eq!(found.len(), 1, "{blocks}: {found:?}");
        let (l, c, message) = &found[0];
        assert_eq!((*l, *c), at(&src, line, needle), "{blocks}: {message}");
        assert!(message.contains(words), "{blocks}: {message}");
        assert!(message.contains("fix: "), "{message}");
        assert!(
            message.starts_with(&format!("r.yaml:{l}:{c}: ")),
            "{message}"
        );
    }
}

#[test]
fn validate_names_the_place_of_a_bad_level() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.yaml");
    std::fs::write(
        &file,
        CANONICAL.replace("strategy.3: high", "strategy.3: sure"),
    )
    .unwrap();
    cxassess(dir.path())
        .arg("validate")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "r.yaml:22:19: the confidence of 'strategy.3' is 'sure', which is not a level",
        ))
        .stderr(predicates::str::contains("fix: write low, medium or high"));
}

#[test]
fn a_save_over_a_hand_edited_file_changes_only_the_line_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.yaml");
    let edited = CANONICAL
        .replace(
            "    evidence:\n",
            "    # what the answers rest on\n    evidence:\n",
        )
        .replace(
            "      strategy.3: high\n",
            "      strategy.3: high   # minutes seen\n",
        );
    std::fs::write(&file, &edited).unwrap();
    let inst = Instrument::load("maturity").unwrap();
    update_results(&file, &inst, |results| {
        let r = &mut results.responses[0];
        r.set_confidence(&inst, "strategy.1", Some(Confidence::Medium))
            .unwrap();
    })
    .unwrap();
    let saved = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        saved,
        edited.replace("      strategy.1: low\n", "      strategy.1: medium\n")
    );
    // Evidence added through the runner's API lands on its question's line.
    update_results(&file, &inst, |results| {
        let r = &mut results.responses[0];
        let e = Evidence::new("workshop 2026-11-20", EvidenceKind::Supports).unwrap();
        r.add_evidence(&inst, "strategy.3", e).unwrap();
    })
    .unwrap();
    let again = std::fs::read_to_string(&file).unwrap();
    let changed: Vec<(&str, &str)> = saved
        .lines()
        .zip(again.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [(
            "      strategy.3: [{ref: \"board minutes | 2026-03\", kind: supports}]",
            "      strategy.3: [{ref: \"board minutes | 2026-03\", kind: supports}, {ref: \"workshop 2026-11-20\", kind: supports}]"
        )]
    );
    assert_eq!(saved.lines().count(), again.lines().count());
}

/// A results file made by `fill` from an answers file that carries evidence and confidence.
fn filled(dir: &Path, instrument: &str, answers: &str) -> std::path::PathBuf {
    let a = dir.join("answers.yaml");
    std::fs::write(&a, answers).unwrap();
    let out = dir.join("r.yaml");
    ok(cxassess(dir)
        .args(["fill", instrument, "--answers"])
        .arg(&a)
        .arg("--out")
        .arg(&out));
    out
}

#[test]
fn fill_takes_them_and_a_resumed_run_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = filled(
        dir.path(),
        "pyramid",
        "respondent: li.wei\nanswers:\n  respect.1: 4\n  respect.2: 3\nevidence:\n  respect.1: [{ref: \"mystery shop 2026-10\", kind: supports}]\nconfidence:\n  respect.2: low\n",
    );
    let check = |what: &str| {
        let (results, _) = read_results(&out).unwrap();
        let r = &results.responses[0];
        assert_eq!(
            r.evidence_on("respect.1")[0].reference,
            "mystery shop 2026-10",
            "{what}"
        );
        assert_eq!(r.confidence["respect.2"], Confidence::Low, "{what}");
        r.answers.len()
    };
    assert_eq!(check("after fill"), 2);
    cxassess(dir.path())
        .args(["run", "pyramid", "--plain", "--respondent", "li.wei"])
        .arg("--out")
        .arg(&out)
        .write_stdin("5\nq\n")
        .assert()
        .success()
        .stdout(predicates::str::contains("Resuming: 2 of 47 answered"));
    assert_eq!(check("after a resumed run"), 3);
}

#[test]
fn an_answers_file_with_a_bad_kind_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("answers.yaml");
    std::fs::write(
        &a,
        "answers:\n  respect.1: 4\nevidence:\n  respect.1: [{ref: x, kind: proves}]\n",
    )
    .unwrap();
    cxassess(dir.path())
        .args(["fill", "pyramid", "--answers"])
        .arg(&a)
        .arg("--out")
        .arg(dir.path().join("r.yaml"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "answers.yaml:4:30: 'proves' is not an evidence kind",
        ));
    assert!(!dir.path().join("r.yaml").exists());
}
