//! `import`: survey-platform CSV in every accepted dialect becomes the expected answers; every
//! invalid file exits 2 naming file, row and column, and writes nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cxassess::response::{Answer, KanoWord, PartValue, Response, read_results};
use predicates::prelude::*;

use crate::common::{cxassess, fixtures};

fn csv_fixture(name: &str) -> PathBuf {
    fixtures().join("csv").join(name)
}

/// Imports `fixture` against `instrument` into a fresh folder; returns the responses written and
/// the command's stderr.
fn import_ok(instrument: &str, fixture: &str) -> (Vec<Response>, String, String) {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.yaml");
    let assert = cxassess(data.path())
        .args(["import", instrument])
        .arg(csv_fixture(fixture))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let yaml = std::fs::read_to_string(&out).unwrap();
    let (results, _) = read_results(&out).unwrap();
    (results.responses, stderr, yaml)
}

fn kano(f: KanoWord, d: KanoWord, importance: Option<i32>) -> Answer {
    Answer::Kano {
        functional: Some(f),
        dysfunctional: Some(d),
        importance,
    }
}

#[test]
fn bom_semicolons_crlf_labels_in_both_languages_and_na() {
    let (responses, stderr, yaml) = import_ok("pyramid", "pyramid_bom_semicolons.csv");
    assert_eq!(responses.len(), 2, "the all-empty row is skipped");
    let li = &responses[0];
    assert_eq!(li.respondent, "li.wei");
    assert_eq!(li.role.as_deref(), Some("manager"));
    assert_eq!(li.answers["respect.1"], Answer::Value(4));
    assert_eq!(
        li.answers["respect.2"],
        Answer::Value(4),
        "'Mostly TRUE' is point 4"
    );
    assert_eq!(li.answers["trust.2"], Answer::Na(None));
    assert_eq!(
        li.answers["respect.importance"],
        Answer::Value(5),
        "至关重要 is point 5"
    );
    assert_eq!(li.answers.len(), 4);
    assert!(!li.complete);
    let customer = &responses[1];
    assert_eq!(
        customer.respondent, "row-3",
        "no respondent cell: named by its row"
    );
    assert_eq!(customer.role.as_deref(), Some("customer"));
    assert_eq!(customer.answers["respect.1"], Answer::Value(1));
    assert_eq!(
        customer.answers["respect.2"],
        Answer::Value(3),
        "部分符合 is point 3"
    );
    assert_eq!(customer.answers["trust.2"], Answer::Na(None));
    assert!(
        !customer.answers.contains_key("respect.importance"),
        "empty is unanswered"
    );
    assert!(yaml.contains("      respect.2: 4\n"), "{yaml}");
    assert!(yaml.contains("      trust.2: na\n"), "{yaml}");
    assert!(stderr.contains("imported 2 response(s)"), "{stderr}");
    assert!(!stderr.contains("renormalised"), "{stderr}");
}

#[test]
fn tabs_chinese_kano_labels_and_curly_apostrophes() {
    use KanoWord::{Dislike, Like, LiveWith, MustBe, Neutral};
    let (responses, _, yaml) = import_ok("kano", "kano_tabs_chinese.tsv");
    assert_eq!(responses.len(), 3);
    assert_eq!(
        responses[0].answers["online_tracking"],
        kano(Like, Dislike, Some(7))
    );
    assert_eq!(
        responses[0].answers["free_returns"],
        kano(Like, Dislike, None)
    );
    assert_eq!(
        responses[1].answers["online_tracking"],
        kano(Like, MustBe, None)
    );
    assert_eq!(
        responses[1].answers["free_returns"],
        kano(Neutral, LiveWith, None)
    );
    assert_eq!(
        responses[2].answers["online_tracking"],
        kano(Like, Dislike, Some(9))
    );
    assert!(!responses[2].answers.contains_key("free_returns"));
    assert!(
        yaml.contains(
            "      online_tracking: {functional: like, dysfunctional: dislike, importance: 7}\n"
        ),
        "{yaml}"
    );
}

#[test]
fn an_allocation_off_its_total_is_renormalised_noted_and_counted() {
    let (responses, stderr, yaml) = import_ok("servqual", "servqual_allocation.csv");
    let weights = |t, r, s, a, e| {
        Answer::Parts(
            [
                ("tangibles", t),
                ("reliability", r),
                ("responsiveness", s),
                ("assurance", a),
                ("empathy", e),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), PartValue::Num(v)))
            .collect(),
        )
    };
    assert_eq!(
        responses[0].answers["weights"],
        weights(10.0, 40.0, 20.0, 20.0, 10.0)
    );
    assert!(responses[0].notes.is_empty());
    assert_eq!(
        responses[0].answers["tangibles.1"],
        Answer::Parts(vec![
            ("expected".into(), PartValue::Num(7.0)),
            ("perceived".into(), PartValue::Num(5.0)),
        ])
    );
    assert_eq!(
        responses[1].answers["weights"],
        weights(10.0, 40.0, 20.0, 20.0, 10.0)
    );
    assert_eq!(
        responses[1].notes["weights"],
        "renormalised from 90 to 100 points on import"
    );
    assert_eq!(
        responses[1].answers["tangibles.1"],
        Answer::Parts(vec![
            ("expected".into(), PartValue::Num(7.0)),
            ("perceived".into(), PartValue::Na),
        ])
    );
    assert_eq!(responses[2].answers["tangibles.1"], Answer::Na(None));
    assert!(!responses[2].answers.contains_key("weights"));
    assert!(stderr.contains("1 allocation(s) renormalised"), "{stderr}");
    assert!(
        yaml.contains("      weights: \"renormalised from 90 to 100 points on import\"\n"),
        "{yaml}"
    );
}

/// Runs `import` on an invalid fixture: exit 2, the message names the file, the row and the
/// column with its header, and no results file appears.
fn import_fails(instrument: &str, fixture: &str, row: u64, column: usize, header: &str) -> String {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.yaml");
    let csv = csv_fixture(fixture);
    let assert = cxassess(data.path())
        .args(["import", instrument])
        .arg(&csv)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(csv.display().to_string()))
        .stderr(predicate::str::contains(format!(
            "row {row}, column {column} ({header})"
        )))
        .stderr(predicate::str::contains("fix:"));
    assert!(!out.exists(), "nothing may be written for an invalid file");
    assert_no_temp_files(dir.path());
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

fn assert_no_temp_files(dir: &Path) {
    let left: Vec<_> = std::fs::read_dir(dir).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_unknown_column_is_named_with_a_suggestion() {
    let stderr = import_fails("pyramid", "unknown_column.csv", 1, 3, "respekt.2");
    assert!(stderr.contains("unknown column 'respekt.2'"), "{stderr}");
    assert!(stderr.contains("did you mean 'respect.2'"), "{stderr}");
}

#[test]
fn an_out_of_range_number_is_quoted_with_the_range() {
    let stderr = import_fails("pyramid", "out_of_range.csv", 3, 2, "respect.1");
    assert!(stderr.contains("'7' is outside the scale 1–5"), "{stderr}");
    assert!(
        stderr.contains("'Not at all true'"),
        "the fix lists the labels: {stderr}"
    );
}

#[test]
fn an_unknown_label_is_quoted_with_the_accepted_wordings() {
    let stderr = import_fails(
        "kano",
        "unknown_label.csv",
        3,
        2,
        "online_tracking.functional",
    );
    assert!(
        stderr.contains("'I love it' is not a Kano answer"),
        "{stderr}"
    );
    assert!(stderr.contains("must-be"), "{stderr}");
}

#[test]
fn a_ragged_row_is_named() {
    let stderr = import_fails("pyramid", "ragged_row.csv", 3, 4, "beyond the header");
    assert!(
        stderr.contains("4 cell(s) but the header row has 3"),
        "{stderr}"
    );
}

#[test]
fn an_all_zero_allocation_is_refused() {
    let stderr = import_fails("servqual", "bad_allocation.csv", 3, 2, "weights.tangibles");
    assert!(stderr.contains("add up to 0"), "{stderr}");
}

#[test]
fn every_problem_in_the_file_is_reported_at_once() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("many.csv");
    let mut text = String::from("respondent,respect.1\n");
    for i in 0..80 {
        writeln!(text, "r{i},{}", if i % 2 == 0 { "9" } else { "3" }).unwrap();
    }
    std::fs::write(&csv, text).unwrap();
    let out = dir.path().join("out.yaml");
    let assert = cxassess(data.path())
        .args(["import", "pyramid"])
        .arg(&csv)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("row 2, column 2 (respect.1)"))
        .stderr(predicate::str::contains("row 80, column 2 (respect.1)"))
        .stderr(predicate::str::contains("40 problems"));
    assert!(!out.exists());
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(!stderr.contains("and more"), "{stderr}");

    let mut text = String::from("respondent,respect.1\n");
    for i in 0..200 {
        writeln!(text, "r{i},0").unwrap();
    }
    std::fs::write(&csv, text).unwrap();
    cxassess(data.path())
        .args(["import", "pyramid"])
        .arg(&csv)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("row 51, column 2 (respect.1)"))
        .stderr(predicate::str::contains("row 52,").not())
        .stderr(predicate::str::contains("and more…"));
    assert!(!out.exists());
}

#[test]
fn a_missing_csv_is_an_io_error_and_a_missing_instrument_a_usage_error() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.yaml");
    cxassess(data.path())
        .args(["import", "pyramid"])
        .arg(dir.path().join("nope.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nope.csv"));
    cxassess(data.path())
        .args(["import", "pyramyd"])
        .arg(csv_fixture("out_of_range.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2);
    assert!(!out.exists());
}

#[test]
fn importing_into_an_existing_file_replaces_same_named_respondents_and_keeps_the_rest() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.yaml");
    let first = dir.path().join("first.csv");
    std::fs::write(&first, "respondent,respect.1\nann,2\nbob,3\n").unwrap();
    let second = dir.path().join("second.csv");
    std::fs::write(&second, "respondent,respect.1\nbob,5\ncy,1\n").unwrap();
    for csv in [&first, &second] {
        cxassess(data.path())
            .args(["import", "pyramid"])
            .arg(csv)
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
    }
    let (results, _) = read_results(&out).unwrap();
    let got: Vec<(&str, &Answer)> = results
        .responses
        .iter()
        .map(|r| (r.respondent.as_str(), &r.answers["respect.1"]))
        .collect();
    assert_eq!(
        got,
        vec![
            ("ann", &Answer::Value(2)),
            ("bob", &Answer::Value(5)),
            ("cy", &Answer::Value(1)),
        ]
    );
    // A results file of another instrument is never overwritten.
    cxassess(data.path())
        .args(["import", "kano"])
        .arg(csv_fixture("kano_tabs_chinese.tsv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("choose another --out"));
}

#[test]
fn two_rows_naming_the_same_respondent_are_refused() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("twice.csv");
    std::fs::write(&csv, "respect.1,respondent\n4,ann\n3,bob\n2,ann\n").unwrap();
    let out = dir.path().join("out.yaml");
    cxassess(data.path())
        .args(["import", "pyramid"])
        .arg(&csv)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "twice.csv: row 4, column 2 (respondent): respondent 'ann' is also on row 2",
        ));
    assert!(!out.exists());
}

/// A CSV of three customers: r1 splits 90 points over all five parts (off its total), r2 leaves
/// empathy out (a part missing: 10 + 40 + 20 + 20 = 90), r3 adds up to 100.
fn allocation_csv(dir: &Path) -> PathBuf {
    let path = dir.join("alloc.csv");
    std::fs::write(
        &path,
        "respondent,tangibles.1.expected,tangibles.1.perceived,weights.tangibles,weights.reliability,weights.responsiveness,weights.assurance,weights.empathy\n\
         r1,7,5,9,36,18,18,9\n\
         r2,6,5,10,40,20,20,\n\
         r3,5,5,10,40,20,20,10\n",
    )
    .unwrap();
    path
}

#[test]
fn import_never_stretches_an_allocation_with_a_part_missing() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.yaml");
    let assert = cxassess(data.path())
        .args(["import", "servqual"])
        .arg(allocation_csv(dir.path()))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let (results, _) = read_results(&out).unwrap();
    let r2 = &results.responses[1];
    // Kept as given (the old import rescaled the four parts to 100: 11.1, 44.4, 22.2, 22.2).
    assert_eq!(
        r2.answers["weights"],
        Answer::Parts(
            [
                ("tangibles", 10.0),
                ("reliability", 40.0),
                ("responsiveness", 20.0),
                ("assurance", 20.0)
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), PartValue::Num(v)))
            .collect()
        )
    );
    assert!(r2.notes.is_empty());
    // Only r1 was renormalised.
    assert!(stderr.contains("1 allocation(s) renormalised"), "{stderr}");
}

#[test]
fn a_csv_report_counts_renormalised_and_unusable_allocations_once_and_apart() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let csv = allocation_csv(dir.path());
    let out = cxassess(data.path())
        .args(["report", "--instrument", "servqual", "--format", "json"])
        .arg(&csv)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let w = &v["servqual"]["weights"];
    // The old CSV route said 0 here (the reader had already rescaled r1, and r2 too).
    assert_eq!(w["renormalised"], 1, "{w}");
    assert_eq!(w["unusable"], 1, "{w}");
    assert_eq!(w["n"], 2, "{w}");
    let text = cxassess(data.path())
        .args(["report", "--instrument", "servqual"])
        .arg(&csv)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert_eq!(text.matches("renormalised").count(), 2, "{text}");
    assert!(
        text.contains("1 allocation(s) did not add up to 100 and were renormalised."),
        "{text}"
    );
}
