//! Invalid input of every kind: exit code 2, a message naming the file and the place (line and
//! column) and a fix — never a panic, never a file written.

use predicates::prelude::*;
use proptest::prelude::*;

use crate::common::{cxassess, fixtures};

/// (fixture, expected place, expected words in the message)
const INSTRUMENT_CASES: &[(&str, &str, &str)] = &[
    (
        "unknown_type.yaml",
        "unknown_type.yaml:11:15:",
        "unknown question type 'slider'",
    ),
    (
        "duplicate_id.yaml",
        "duplicate_id.yaml:16:13:",
        "question id 'q.1' is already used at line 12",
    ),
    (
        "missing_translation.yaml",
        "missing_translation.yaml:12:9:",
        "missing field `zh`",
    ),
    (
        "empty_translation.yaml",
        "empty_translation.yaml:5:34:",
        "the Chinese text is empty",
    ),
    (
        "bad_scale.yaml",
        "bad_scale.yaml:7:3:",
        "min must be below max",
    ),
    (
        "pass_mark.yaml",
        "pass_mark.yaml:7:14:",
        "pass mark 160 is outside 0–100",
    ),
    (
        "syntax_error.yaml",
        "syntax_error.yaml:6:",
        "did not find expected",
    ),
    (
        "unknown_field.yaml",
        "unknown_field.yaml:12:9:",
        "unknown field `txet`",
    ),
];

const RESULTS_CASES: &[(&str, &str, &str)] = &[
    (
        "results_out_of_range.yaml",
        "results_out_of_range.yaml:14:18:",
        "7 is outside the scale 1–5",
    ),
    (
        "results_unknown_question.yaml",
        "results_unknown_question.yaml:10:7:",
        "no question 'respec.2' in pyramid version 1",
    ),
    (
        "results_wrong_format.yaml",
        "results_wrong_format.yaml:1:9:",
        "format is 'cxassess-results/9'",
    ),
    (
        "results_unknown_version.yaml",
        "results_unknown_version.yaml:4:3:",
        "built-in instrument 'pyramid' version 99 is unknown",
    ),
    (
        "results_digest_mismatch.yaml",
        "results_digest_mismatch.yaml:6:3:",
        "changed since these answers were given",
    ),
    (
        "results_missing_instrument.yaml",
        "results_missing_instrument.yaml:5:3:",
        "'no-such-instrument.yaml' was not found",
    ),
    (
        "results_bad_kano.yaml",
        "results_bad_kano.yaml:10:24:",
        "functional answer 'love it' is not a Kano answer",
    ),
    (
        "results_not_utf8.yaml",
        "results_not_utf8.yaml",
        "not UTF-8",
    ),
    (
        "results_alias_bomb.yaml",
        "results_alias_bomb.yaml:1:1:",
        "repetition limit exceeded",
    ),
];

#[test]
fn invalid_instruments_exit_2_naming_the_place_and_a_fix() {
    let data = tempfile::tempdir().unwrap();
    for (file, place, what) in INSTRUMENT_CASES {
        let path = fixtures().join("invalid").join(file);
        cxassess(data.path())
            .arg("validate")
            .arg(&path)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(*place).and(predicate::str::contains(*what)))
            .stderr(predicate::str::contains("fix:"))
            .stderr(predicate::str::contains("panicked").not());
    }
}

#[test]
fn invalid_results_files_exit_2_for_validate_and_report() {
    let data = tempfile::tempdir().unwrap();
    for (file, place, what) in RESULTS_CASES {
        let path = fixtures().join("invalid").join(file);
        for cmd in ["validate", "report"] {
            cxassess(data.path())
                .arg(cmd)
                .arg(&path)
                .assert()
                .code(2)
                .stderr(predicate::str::contains(*place).and(predicate::str::contains(*what)))
                .stderr(predicate::str::contains("panicked").not());
        }
    }
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.yaml");
    std::fs::write(
        &path,
        "format: cxassess-instrument/1\nid: Many\nversion: 0\nkind: pyrmid\ntitle: {en: T, zh: 题}\nsections: []\n",
    )
    .unwrap();
    cxassess(data.path())
        .arg("validate")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "many.yaml:2:5: instrument id 'Many' is not valid",
        ))
        .stderr(predicate::str::contains(
            "many.yaml:3:10: version 0 is out of range",
        ))
        .stderr(predicate::str::contains(
            "many.yaml:4:7: unknown kind 'pyrmid'",
        ))
        .stderr(predicate::str::contains("the instrument has no sections"))
        .stderr(predicate::str::contains("4 problems"));
}

#[test]
fn fill_refuses_a_bad_answer_and_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let out = data.path().join("pulse.yaml");
    cxassess(data.path())
        .args(["fill", "pulse", "--answers"])
        .arg(fixtures().join("invalid/answers_bad_value.yaml"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("answers_bad_value.yaml:4:8:"))
        .stderr(predicate::str::contains("11 is outside the scale 0–10"));
    assert!(
        !out.exists(),
        "nothing is written when the answers are invalid"
    );
}

#[test]
fn bad_arguments_exit_2() {
    let data = tempfile::tempdir().unwrap();
    cxassess(data.path())
        .args(["template", "pyramidd"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown instrument 'pyramidd'"))
        .stderr(predicate::str::contains(
            "pyramid, maturity, kano, servqual, gaps, pulse",
        ));
    cxassess(data.path()).args(["report"]).assert().code(2);
    cxassess(data.path()).args(["frobnicate"]).assert().code(2);
    cxassess(data.path())
        .args(["diff", "a.yaml"])
        .assert()
        .code(2);
}

#[test]
fn a_missing_file_is_an_io_error_exit_1() {
    let data = tempfile::tempdir().unwrap();
    cxassess(data.path())
        .args(["validate", "no/such/file.yaml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no/such/file.yaml"));
}

fn builtin_sources() -> Vec<&'static str> {
    cxassess::instrument::builtin::BUILTINS
        .iter()
        .map(|b| b.source)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    /// Mutated built-in instruments never panic the parser: they parse or give problems.
    #[test]
    fn mutated_instruments_never_panic(which in 0usize..6, cut in 0usize..20_000, len in 0usize..40, insert in "[ -~\\n\\t:{}\\[\\]&*#'\"]{0,8}") {
        let sources = builtin_sources();
        let src = sources[which % sources.len()];
        let mut bytes = src.as_bytes().to_vec();
        let at = cut.min(bytes.len());
        let end = (at + len).min(bytes.len());
        bytes.splice(at..end, insert.bytes());
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = cxassess::instrument::Instrument::parse(&text, cxassess::instrument::Origin::File("m.yaml".into()));
        }
    }

    /// Arbitrary text as a results file never panics the reader.
    #[test]
    fn arbitrary_results_never_panic(body in "[ -~\\n]{0,400}") {
        let text = format!("format: cxassess-results/1\ninstrument:\n  id: pyramid\n  version: 1\n  source: builtin\nresponses:\n  - respondent: x\n    answers:\n{body}");
        let _ = cxassess::response::read_results_str("r.yaml", &text, None);
        let _ = cxassess::response::read_results_str("r.yaml", &body, None);
    }
}

#[test]
fn a_syntax_error_says_where_that_kind_of_file_is_described() {
    let data = tempfile::tempdir().unwrap();
    cxassess(data.path())
        .arg("validate")
        .arg(fixtures().join("invalid/syntax_error.yaml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "an instrument file is described in docs/instrument-format.md",
        ));

    let answers = data.path().join("answers.yaml");
    std::fs::write(&answers, "answers:\n  nps: [9\n").unwrap();
    cxassess(data.path())
        .args(["fill", "pulse", "--answers"])
        .arg(&answers)
        .args(["--out", "r.yaml"])
        .current_dir(data.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "an answers file is described in README.md",
        ))
        .stderr(predicate::str::contains("a answers").not());

    let results = data.path().join("results.yaml");
    std::fs::write(
        &results,
        "format: cxassess-results/1\ninstrument: {id: pulse, version: 1\n",
    )
    .unwrap();
    cxassess(data.path())
        .arg("report")
        .arg(&results)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "a results file is described in README.md",
        ));
}

#[test]
fn report_refuses_inputs_for_different_instruments() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    std::fs::write(d.join("pulse.csv"), "nps,csat\n9,5\n").unwrap();
    std::fs::write(
        d.join("a.yaml"),
        "respondent: a\nanswers:\n  respect.1: 4\n",
    )
    .unwrap();
    cxassess(d)
        .args([
            "fill",
            "pyramid",
            "--answers",
            "a.yaml",
            "--out",
            "pyramid.yaml",
        ])
        .current_dir(d)
        .assert()
        .success();
    cxassess(d)
        .args(["report", "--instrument", "pulse", "pulse.csv", "pyramid.yaml"])
        .current_dir(d)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "the inputs are for different instruments: --instrument names pulse v1, but pyramid.yaml holds results for pyramid v1",
        ))
        .stderr(predicate::str::contains(
            "`cxassess report --instrument pulse pulse.csv` and `cxassess report pyramid.yaml`",
        ))
        .stderr(predicate::str::contains("unknown column").not());
    cxassess(d)
        .args(["report", "--instrument", "pulse", "pyramid.yaml"])
        .current_dir(d)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leave out --instrument"));
    // Naming the instrument the results files hold is fine.
    cxassess(d)
        .args(["report", "--instrument", "pyramid", "pyramid.yaml"])
        .current_dir(d)
        .assert()
        .success();
}
