//! Hostile input (issue 15.2 and 15.3): files built to take time or memory are refused at once
//! with exit 2 and a message of bounded length, and no file's content reaches the terminal
//! through `instrument.source` or a link in the data folder. Each test fails on the readers
//! before these bounds (they answered with other messages, after seconds to minutes, or printed
//! what they should not have). Times and memory are measured in BENCHMARKS.md, not here.

use predicates::prelude::*;

use crate::common::cxassess;

const SECRET: &str = "root:x:0:0:SECRET-LINE-4242:/root:/bin/bash";

fn results_naming(source: &str) -> String {
    format!(
        "format: cxassess-results/1\ninstrument:\n  id: custom\n  version: 1\n  source: {source}\nresponses: []\n"
    )
}

#[test]
fn instrument_source_never_puts_the_named_file_on_the_screen() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    std::fs::write(d.join("passwd"), format!("{SECRET}\n{SECRET}\n")).unwrap();
    std::fs::write(d.join("r.yaml"), results_naming("passwd")).unwrap();
    let mut sources = vec![d.join("r.yaml")];
    // The machine's own files, as the issue found them quoted.
    for system in ["/etc/passwd", "/proc/self/maps"] {
        if std::path::Path::new(system).exists() {
            let p = d.join(format!("sys{}.yaml", sources.len()));
            std::fs::write(&p, results_naming(system)).unwrap();
            sources.push(p);
        }
    }
    for results in &sources {
        for cmd in ["validate", "report"] {
            let out = cxassess(d).arg(cmd).arg(results).assert().code(2);
            let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
            assert!(!err.contains("SECRET-LINE"), "{err}");
            assert!(!err.contains("root:"), "{err}");
            assert!(!err.contains("r-xp") && !err.contains("[heap]"), "{err}");
            assert!(err.contains(":5:3:") && err.contains("source:"), "{err}");
        }
    }
    // A folder is not an instrument file either.
    std::fs::write(d.join("dir.yaml"), results_naming(&d.display().to_string())).unwrap();
    cxassess(d)
        .arg("validate")
        .arg(d.join("dir.yaml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
}

#[test]
fn list_does_not_follow_a_link_out_of_the_data_folder() {
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let d = data.path();
    // A valid session file outside the data folder, and a link to it inside.
    let target = outside.path().join("elsewhere.yaml");
    std::fs::write(
        &target,
        "format: cxassess-results/1\ninstrument: {id: pulse, version: 1, source: builtin}\nresponses:\n  - respondent: SECRET-PERSON\n    answers: {nps: 9}\n",
    )
    .unwrap();
    std::fs::create_dir_all(d.join("sessions")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&target, d.join("sessions/linked.yaml")).unwrap();
    #[cfg(not(unix))]
    return;
    let out = cxassess(d).arg("list").assert().success();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.get_output().stdout),
        String::from_utf8_lossy(&out.get_output().stderr)
    );
    assert!(!all.contains("SECRET-PERSON"), "{all}");
    assert!(
        all.contains("linked.yaml") && all.contains("symbolic link"),
        "{all}"
    );
}

#[test]
fn list_shows_a_session_as_it_is_now_after_it_changes() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    std::fs::create_dir_all(d.join("sessions")).unwrap();
    let session = d.join("sessions/pulse-1.yaml");
    let write = |name: &str| {
        std::fs::write(
            &session,
            format!("format: cxassess-results/1\ninstrument: {{id: pulse, version: 1, source: builtin}}\nresponses:\n  - respondent: {name}\n    answers: {{nps: 9}}\n"),
        )
        .unwrap();
    };
    write("first-name");
    cxassess(d)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("first-name"));
    assert!(d.join("sessions-index.json").exists(), "the index is kept");
    write("second-name-longer");
    cxassess(d)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("second-name-longer"))
        .stdout(predicate::str::contains("first-name").not());
    // A damaged index is only a cache: it is ignored and rebuilt.
    std::fs::write(d.join("sessions-index.json"), "{not json").unwrap();
    cxassess(d)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("second-name-longer"));
}

#[test]
fn deeply_nested_instruments_are_refused_before_parsing() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let cases = [
        (
            "brackets.yaml",
            format!("id: x\nversion: 1\nsections: {}", "[".repeat(100_000)),
        ),
        (
            "maps.yaml",
            format!("id: x\nversion: 1\nsections: {}", "{a: ".repeat(100_000)),
        ),
    ];
    for (name, text) in cases {
        std::fs::write(d.join(name), text).unwrap();
        cxassess(d)
            .arg("validate")
            .arg(d.join(name))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("{name}:3:")))
            .stderr(predicate::str::contains("nests more than 64 levels"));
    }
}

#[test]
fn a_deep_list_under_an_unknown_field_is_refused_before_parsing() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // 3 MB: a 120-deep list repeated under a field results files do not have.
    let deep = format!("{}x{}", "[".repeat(120), "]".repeat(120));
    let mut text =
        String::from("format: cxassess-results/1\ninstrument: {id: pulse, version: 1}\nextra:\n");
    while text.len() < 3_000_000 {
        text.push_str("  - ");
        text.push_str(&deep);
        text.push('\n');
    }
    std::fs::write(d.join("deep.yaml"), text).unwrap();
    for cmd in ["validate", "report"] {
        cxassess(d)
            .arg(cmd)
            .arg(d.join("deep.yaml"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("deep.yaml:4:"))
            .stderr(predicate::str::contains("nests more than 64 levels"));
    }
}

#[test]
fn a_csv_given_to_validate_is_not_printed_back() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let mut csv = String::from("respondent,nps\n");
    for i in 0..100_000 {
        csv.push_str(&format!("person-{i},{}\n", i % 11));
    }
    std::fs::write(d.join("data.csv"), &csv).unwrap();
    let out = cxassess(d)
        .arg("validate")
        .arg(d.join("data.csv"))
        .assert()
        .code(2);
    let err = &out.get_output().stderr;
    assert!(err.len() < 2_000, "{} bytes of message", err.len());
    assert!(!String::from_utf8_lossy(err).contains("person-99999"));
}

#[test]
fn a_huge_header_cell_is_refused_with_a_short_message() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // 2 MB in one header cell: no "did you mean" over it, no 2 MB message.
    let csv = format!("respondent,{}\nann,9\n", "n".repeat(2_000_000));
    std::fs::write(d.join("wide.csv"), csv).unwrap();
    let out = cxassess(d)
        .args(["import", "pulse"])
        .arg(d.join("wide.csv"))
        .args(["--out", "r.yaml"])
        .current_dir(d)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.len() < 2_000, "{} bytes of message", err.len());
    assert!(err.contains("row 1, column 2"), "{err}");
    assert!(err.contains("2000000 characters"), "{err}");
    assert!(!d.join("r.yaml").exists());
}

#[test]
fn a_huge_cell_is_refused_with_its_row_and_column_and_nothing_is_written() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // A 3 MB respondent name: the results file it would make is refused before it is made.
    let csv = format!("respondent,nps\nann,9\n{},7\n", "x".repeat(3_000_000));
    std::fs::write(d.join("big.csv"), csv).unwrap();
    let out = cxassess(d)
        .args(["import", "pulse"])
        .arg(d.join("big.csv"))
        .args(["--out", "r.yaml"])
        .current_dir(d)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("row 3, column 1 (respondent)"), "{err}");
    assert!(err.len() < 2_000, "{} bytes of message", err.len());
    assert!(!d.join("r.yaml").exists());
    // A row that never ends (an unclosed quote) stops reading at its bound, also exit 2.
    let mut open = String::from("respondent,nps\n\"");
    open.push_str(&"y,1\n".repeat(5_000_000));
    std::fs::write(d.join("open.csv"), open).unwrap();
    cxassess(d)
        .args(["import", "pulse"])
        .arg(d.join("open.csv"))
        .args(["--out", "r.yaml"])
        .current_dir(d)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("row 2 is longer than"));
    assert!(!d.join("r.yaml").exists());
}

proptest::proptest! {
    /// Random bytes into each parser: never a panic, and a bounded number of steps (the CSV
    /// reader yields at most one item per byte, plus one).
    #[test]
    fn random_bytes_never_panic_and_end(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..800)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = cxassess::instrument::Instrument::parse(
            &text,
            cxassess::instrument::Origin::File("fuzz.yaml".into()),
        );
        let _ = cxassess::response::read_results_str("fuzz.yaml", &text, None);
        let pulse = cxassess::instrument::Instrument::load("pulse").unwrap();
        let _ = cxassess::response::read_single_response("fuzz.yaml", &text, &pulse);
        if let Ok(rows) = cxassess::response::csv::CsvResponses::from_reader(&pulse, "f.csv", &bytes[..]) {
            let steps = rows.take(bytes.len() + 2).count();
            proptest::prop_assert!(steps <= bytes.len() + 1);
        }
    }
}

#[test]
fn a_header_of_thousands_of_columns_is_refused_or_checked_up_to_the_problem_limit() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // 3,000 unknown columns: 50 problems with a "did you mean", the rest counted.
    std::fs::write(
        d.join("many.csv"),
        format!("{}\n", vec!["npx"; 3000].join(",")),
    )
    .unwrap();
    let out = cxassess(d)
        .args(["import", "pulse"])
        .arg(d.join("many.csv"))
        .args(["--out", "r.yaml"])
        .current_dir(d)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert_eq!(err.matches("unknown column 'npx'").count(), 50, "{err}");
    assert!(
        err.contains("2950 more column(s) were not checked"),
        "{err}"
    );
    // 5,000 columns: refused as a whole.
    std::fs::write(
        d.join("wide.csv"),
        format!("{}\n", vec!["nps"; 5000].join(",")),
    )
    .unwrap();
    cxassess(d)
        .args(["import", "pulse"])
        .arg(d.join("wide.csv"))
        .args(["--out", "r.yaml"])
        .current_dir(d)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the header row has 5000 columns"));
}
