//! Not applicable versus the text "NA": a free-text answer that reads NA, n/a or 不适用 is the
//! respondent's words everywhere (plain runner, fill, read → write, export → import), while a
//! text question that allows N/A still records it, in a form that cannot be taken for text.

use std::path::Path;

use predicates::prelude::*;

use crate::common::cxassess;

/// A custom instrument with a text question that allows N/A (the default) and a scale.
const FEEDBACK: &str = r#"format: cxassess-instrument/1
id: feedback
version: 1
kind: generic
title: {en: "Feedback", zh: "反馈"}
sections:
  - id: main
    title: {en: Main, zh: 主要}
    questions:
      - id: rating
        type: scale
        scale: {min: 1, max: 5}
        text: {en: "Rate us", zh: "请评分"}
      - id: comment
        type: text
        text: {en: "Anything else?", zh: "还有什么？"}
"#;

fn ok(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// export → import of `file` (instrument `id`) gives back the same file; returns the CSV.
fn export_import_is_the_identity(dir: &Path, id: &str, file: &Path) -> String {
    let csv = dir.join("round.csv");
    ok(cxassess(dir)
        .arg("export")
        .arg(file)
        .args(["--format", "csv", "--out"])
        .arg(&csv));
    let back = dir.join("back.yaml");
    ok(cxassess(dir)
        .args(["import", id])
        .arg(&csv)
        .arg("--out")
        .arg(&back));
    // Respondents and answers; CSV carries no times.
    let answers = |p: &Path| {
        std::fs::read_to_string(p)
            .expect("read")
            .lines()
            .filter(|l| l.starts_with("  - respondent: ") || l.starts_with("      "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(answers(&back), answers(file));
    std::fs::read_to_string(csv).expect("csv")
}

#[test]
fn a_plain_text_answer_na_is_text_and_the_file_stays_usable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("t.yaml");
    cxassess(dir.path())
        .args(["run", "pulse", "--plain", "--respondent", "ann", "--out"])
        .arg(&out)
        .write_stdin("8\nNA\n4\n5\n")
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).expect("saved");
    assert!(text.contains("      nps_reason: \"NA\"\n"), "{text}");
    ok(cxassess(dir.path()).arg("validate").arg(&out));
    let report = ok(cxassess(dir.path()).arg("report").arg(&out));
    assert!(report.contains("NPS"), "{report}");
    // Resuming reads it back (and, everything answered, shows the summary).
    cxassess(dir.path())
        .args(["run", "pulse", "--plain", "--out"])
        .arg(&out)
        .write_stdin("q\n")
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&out).expect("read"), text);
    let csv = export_import_is_the_identity(dir.path(), "pulse", &out);
    assert!(csv.lines().nth(1).expect("row").contains(",NA,"), "{csv}");
}

#[test]
fn fill_and_import_take_na_words_as_text_on_a_text_question() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = dir.path().join("a.yaml");
    let out = dir.path().join("r.yaml");
    for (who, reason, written) in [
        ("a", "\"N/A\"", "\"N/A\""),
        ("b", "na", "\"na\""),
        ("c", "不适用", "\"不适用\""),
    ] {
        std::fs::write(
            &answers,
            format!("respondent: {who}\nanswers:\n  nps: 7\n  nps_reason: {reason}\n"),
        )
        .expect("write");
        ok(cxassess(dir.path())
            .args(["fill", "pulse", "--answers"])
            .arg(&answers)
            .arg("--out")
            .arg(&out));
        let text = std::fs::read_to_string(&out).expect("read");
        assert!(
            text.contains(&format!("      nps_reason: {written}\n")),
            "{text}"
        );
    }
    ok(cxassess(dir.path()).arg("validate").arg(&out));

    // A survey export whose text cell reads NA imports as that text.
    let csv = dir.path().join("survey.csv");
    std::fs::write(&csv, "respondent,nps,nps_reason\nd,9,NA\ne,10,n/a\n").expect("write");
    let imported = dir.path().join("imported.yaml");
    ok(cxassess(dir.path())
        .args(["import", "pulse"])
        .arg(&csv)
        .arg("--out")
        .arg(&imported));
    let text = std::fs::read_to_string(&imported).expect("read");
    assert!(text.contains("      nps_reason: \"NA\"\n"), "{text}");
    assert!(text.contains("      nps_reason: \"n/a\"\n"), "{text}");
}

#[test]
fn a_text_question_that_allows_na_keeps_na_and_the_text_na_apart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inst = dir.path().join("feedback.yaml");
    std::fs::write(&inst, FEEDBACK).expect("write");
    let inst = inst.display().to_string();
    let out = dir.path().join("r.yaml");

    // Plain mode: `n` is not applicable, `NA` is what the respondent wrote.
    for (who, input) in [("typed", "3\nNA\n"), ("skipped", "4\nn\n")] {
        let file = dir.path().join(format!("{who}.yaml"));
        cxassess(dir.path())
            .args(["run", &inst, "--plain", "--respondent", who, "--out"])
            .arg(&file)
            .write_stdin(input)
            .assert()
            .success();
        let text = std::fs::read_to_string(&file).expect("saved");
        let expected = if who == "typed" {
            "      comment: \"NA\"\n"
        } else {
            "      comment: {na: null}\n"
        };
        assert!(text.contains(expected), "{text}");
    }

    // fill: a string is text, the mapping form is N/A (with or without a reason).
    let answers = dir.path().join("a.yaml");
    for (who, comment) in [
        ("text", "NA"),
        ("na", "{na: null}"),
        ("why", "{na: \"no time\"}"),
    ] {
        std::fs::write(
            &answers,
            format!("respondent: {who}\nanswers:\n  rating: 2\n  comment: {comment}\n"),
        )
        .expect("write");
        ok(cxassess(dir.path())
            .args(["fill", &inst, "--answers"])
            .arg(&answers)
            .arg("--out")
            .arg(&out));
    }
    let text = std::fs::read_to_string(&out).expect("read");
    assert!(text.contains("      comment: \"NA\"\n"), "{text}");
    assert!(text.contains("      comment: {na: null}\n"), "{text}");
    assert!(text.contains("      comment: {na: no time}\n"), "{text}");
    ok(cxassess(dir.path()).arg("validate").arg(&out));

    // CSV: the text NA stays text, N/A is written `#N/A`, and both come back as they were (the
    // N/A reason is not carried by CSV).
    std::fs::write(&out, text.replace("{na: no time}", "{na: null}")).expect("write");
    let csv = export_import_is_the_identity(dir.path(), &inst, &out);
    assert!(csv.contains("\ntext,,2,NA\n"), "{csv}");
    assert!(csv.contains("\nna,,2,#N/A\n"), "{csv}");
}

#[test]
fn na_on_a_text_question_without_it_is_refused_in_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("survey.csv");
    std::fs::write(&csv, "respondent,nps,nps_reason\nd,9,#N/A\n").expect("write");
    cxassess(dir.path())
        .args(["import", "pulse"])
        .arg(&csv)
        .args(["--out", "x.yaml"])
        .current_dir(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nps_reason"));
}
