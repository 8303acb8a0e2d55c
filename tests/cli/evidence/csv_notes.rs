//! Notes and N/A reasons through `export --format csv` → `import` (the QA audit found both lost),
//! and a reason given where the answer is not N/A named at its row and column, in English and in
//! Chinese.

use super::ok;
use crate::common::cxassess;

/// Two respondents: notes (one with quotes and a comma, one over two lines, one in Chinese on an
/// unanswered question), an N/A with a reason and one without.
const MULTI: &str = r#"format: cxassess-results/1
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
      insight.2: {na: "not our remit"}
      insight.3: na
    notes:
      strategy.1: "no owner, says \"nobody\""
      insight.2: "line one\nline two"
  - respondent: chen
    role: consultant
    complete: false
    answers:
      strategy.1: 3
    notes:
      journey.1: "没有旅程图"
"#;

#[test]
fn export_then_import_keeps_notes_and_na_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let multi = dir.path().join("multi.yaml");
    std::fs::write(&multi, MULTI).unwrap();
    let csv = ok(cxassess(dir.path())
        .args(["export", "--format", "csv"])
        .arg(&multi));
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains(",strategy.1,strategy.1.note,strategy.2,"),
        "{header}"
    );
    assert!(
        header.contains(",insight.2,insight.2.note,insight.2.na_reason,insight.3,"),
        "{header}"
    );
    assert_eq!(header.matches(".na_reason").count(), 1, "{header}");
    let m = dir.path().join("m.csv");
    std::fs::write(&m, &csv).unwrap();
    let back = dir.path().join("back.yaml");
    ok(cxassess(dir.path())
        .args(["import", "maturity"])
        .arg(&m)
        .arg("--out")
        .arg(&back));
    let text = std::fs::read_to_string(&back).unwrap();
    for line in [
        "      insight.2: {na: not our remit}\n",
        "      insight.3: na\n",
        "      strategy.1: \"no owner, says \\\"nobody\\\"\"\n",
        "      insight.2: \"line one\\nline two\"\n",
        "      journey.1: \"没有旅程图\"\n",
    ] {
        assert!(text.contains(line), "{line:?} missing from\n{text}");
    }
    // And back again: the same sheet, byte for byte.
    let again = ok(cxassess(dir.path())
        .args(["export", "--format", "csv"])
        .arg(&back));
    assert_eq!(again, csv);
}

#[test]
fn a_reason_without_an_na_answer_is_named_at_its_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "respondent,role,strategy.1,strategy.1.na_reason,insight.2,insight.2.na_reason\n\
         a,manager,3,not relevant,NA,out of scope\n\
         b,manager,NA,,NA,\n\
         c,manager,,why,,\n",
    )
    .unwrap();
    let out = dir.path().join("r.yaml");
    cxassess(dir.path())
        .args(["import", "maturity"])
        .arg(&csv)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "row 2, column 4 (strategy.1.na_reason): a reason for N/A ('not relevant') is given, \
             but the answer to 'strategy.1' in this row is not N/A",
        ))
        .stderr(predicates::str::contains(
            "fix: write NA in the answer column of 'strategy.1'",
        ))
        .stderr(predicates::str::contains(
            "row 4, column 4 (strategy.1.na_reason): a reason for N/A ('why')",
        ))
        .stderr(predicates::str::contains("2 problems"));
    assert!(!out.exists());
    cxassess(dir.path())
        .args(["--lang", "zh", "import", "maturity"])
        .arg(&csv)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "第 2 行，第 4 列（strategy.1.na_reason）：给出了不适用的理由（'not relevant'），\
             但本行 'strategy.1' 的答案不是 NA",
        ))
        .stderr(predicates::str::contains(
            "修正：在 'strategy.1' 的答案列写 NA",
        ));
    assert!(!out.exists());
}

#[test]
fn report_reads_the_reasons_and_notes_of_a_csv_file() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "respondent,role,strategy.1,strategy.1.note,insight.2,insight.2.na_reason\n\
         a,manager,3,ok,NA,out of scope\n\
         b,manager,4,,2,oops\n",
    )
    .unwrap();
    // The general reader, not the fast path, reads these columns: the bad reason is found.
    cxassess(dir.path())
        .args(["report", "--instrument", "maturity"])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "row 3, column 6 (insight.2.na_reason)",
        ));
}

#[test]
fn a_part_may_not_be_called_note_or_na_reason() {
    let dir = tempfile::tempdir().unwrap();
    for word in ["note", "na_reason"] {
        let file = dir.path().join(format!("{word}.yaml"));
        std::fs::write(
            &file,
            format!(
                "format: cxassess-instrument/1\nid: before-after\nversion: 1\nkind: generic\n\
                 title: {{en: Before and after, zh: 前后}}\nsections:\n  - id: floor\n    \
                 title: {{en: Floor, zh: 现场}}\n    questions:\n      - id: floor.1\n        \
                 type: pair\n        parts: [before, {word}]\n        \
                 texts: {{before: {{en: a, zh: a}}, {word}: {{en: b, zh: b}}}}\n        \
                 scale: {{min: 1, max: 5}}\n"
            ),
        )
        .unwrap();
        cxassess(dir.path())
            .arg("validate")
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(format!(
                "question 'floor.1' has a part called '{word}'"
            )));
    }
}
