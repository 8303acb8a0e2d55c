//! Determinism, the promise that makes results files good citizens of git: reading and writing a
//! results file changes no byte; answering one question changes one line; the same inputs give
//! byte-identical reports, diffs and trends in every format and language.

use std::path::Path;

use cxassess::report::DEMOS;
use cxassess::response::{Answer, read_results_str, to_yaml};

use crate::common::cxassess;

#[test]
fn reading_and_writing_every_demo_changes_no_byte() {
    for (id, src) in DEMOS {
        let (results, instrument) =
            read_results_str(&format!("demo/{id}.yaml"), src, None).expect("the demo reads");
        let written = to_yaml(&results, &instrument);
        if written != *src {
            let first = src
                .lines()
                .zip(written.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(src.lines().count().min(written.lines().count()));
            panic!(
                "demo/{id}.yaml is not in canonical form; first difference at line {}:\n  file:    {:?}\n  written: {:?}",
                first + 1,
                src.lines().nth(first),
                written.lines().nth(first)
            );
        }
    }
}

/// The lines of `after` that are not in `before`, and of `before` not in `after`, by position
/// after the common prefix and suffix.
fn changed_lines<'a>(before: &'a str, after: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let b: Vec<&str> = before.lines().collect();
    let a: Vec<&str> = after.lines().collect();
    let prefix = b.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let suffix = b[prefix..]
        .iter()
        .rev()
        .zip(a[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (
        b[prefix..b.len() - suffix].to_vec(),
        a[prefix..a.len() - suffix].to_vec(),
    )
}

#[test]
fn answering_one_question_changes_one_line() {
    let src = DEMOS
        .iter()
        .find(|(id, _)| *id == "pyramid")
        .expect("pyramid demo")
        .1;
    let (mut results, instrument) =
        read_results_str("demo/pyramid.yaml", src, None).expect("reads");
    let before = to_yaml(&results, &instrument);

    // A changed answer: one line replaced, nothing else.
    results.responses[1]
        .answers
        .insert("respect.2".into(), Answer::Value(5));
    let changed = to_yaml(&results, &instrument);
    let (removed, added) = changed_lines(&before, &changed);
    assert_eq!(removed, ["      respect.2: 3"]);
    assert_eq!(added, ["      respect.2: 5"]);

    // A new answer: one line added, in questionnaire order.
    results.responses[1].answers.remove("knowledge.4");
    let without = to_yaml(&results, &instrument);
    results.responses[1]
        .answers
        .insert("knowledge.4".into(), Answer::Value(2));
    let with = to_yaml(&results, &instrument);
    let (removed, added) = changed_lines(&without, &with);
    assert!(removed.is_empty());
    assert_eq!(added, ["      knowledge.4: 2"]);
    assert_eq!(with.lines().count(), without.lines().count() + 1);

    // Saved through the library and read back, the file is the same text.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("r.yaml");
    cxassess::response::save_atomic(&path, &results, &instrument).expect("saved");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), with);
}

fn run(dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = cxassess(dir).args(args).output().expect("runs");
    assert!(
        out.status.success() || out.status.code() == Some(3),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn same_inputs_give_byte_identical_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (id, src) in DEMOS {
        let file = dir.path().join(format!("{id}.yaml"));
        std::fs::write(&file, src).expect("write");
        let file = file.display().to_string();
        for lang in ["en", "zh"] {
            for format in ["text", "markdown", "json", "html"] {
                let args = ["--lang", lang, "report", file.as_str(), "--format", format];
                let first = run(dir.path(), &args);
                assert!(!first.is_empty(), "{args:?}");
                assert_eq!(
                    first,
                    run(dir.path(), &args),
                    "{args:?} differs between two runs"
                );
            }
            for format in ["text", "markdown", "json"] {
                let args = [
                    "--lang",
                    lang,
                    "diff",
                    file.as_str(),
                    file.as_str(),
                    "--format",
                    format,
                ];
                assert_eq!(run(dir.path(), &args), run(dir.path(), &args), "{args:?}");
                let args = [
                    "--lang",
                    lang,
                    "trend",
                    file.as_str(),
                    file.as_str(),
                    "--format",
                    format,
                ];
                assert_eq!(run(dir.path(), &args), run(dir.path(), &args), "{args:?}");
            }
        }
    }
}

#[test]
fn a_file_diffed_with_itself_shows_no_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (id, src) in DEMOS {
        let file = dir.path().join(format!("{id}.yaml"));
        std::fs::write(&file, src).expect("write");
        let f = file.display().to_string();
        let out = run(
            dir.path(),
            &["diff", &f, &f, "--format", "json", "--fail-on-drop", "0"],
        );
        let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
        for fig in v["figures"].as_array().expect("figures") {
            assert_eq!(fig["direction"], "same", "demo {id}: {fig}");
        }
        assert_eq!(v["answers"], serde_json::json!([]), "demo {id}");
        assert_eq!(v["drops"], serde_json::json!([]), "demo {id}");
    }
}
