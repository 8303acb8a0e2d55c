//! Small display faults, end to end: a CES interval cut to the scale is marked in every format;
//! `report --by` keeps its differences in one column; maturity's roles side by side gives the
//! index its difference (and says why the stage has none); `status` heads its columns with the
//! instruments' short titles in the reader's language.

use std::path::{Path, PathBuf};

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::common::cxassess;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("written");
    path
}

fn out(dir: &Path, args: &[&str]) -> String {
    let out = cxassess(dir).args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

const HEAD: &str = "format: cxassess-results/1\ninstrument:\n  id: {id}\n  version: 1\n  source: builtin\nassessment: {}\nresponses:\n";

fn head(id: &str) -> String {
    HEAD.replace("{id}", id)
}

#[test]
fn a_ces_interval_cut_to_the_scale_is_marked_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Answers 1 and 4: mean 2.5, t interval −16.56 to 21.56, cut to 1–7.
    let mut text = head("pulse");
    for (who, ces) in [("a", 1), ("b", 4)] {
        text.push_str(&format!(
            "  - respondent: {who}\n    role: customer\n    complete: true\n    answers:\n      ces: {ces}\n"
        ));
    }
    let file = write(dir.path(), "ces.yaml", &text);
    let file = file.to_str().expect("utf-8 path");
    let v: Value = serde_json::from_str(&out(dir.path(), &["report", file, "--format", "json"]))
        .expect("json");
    let i = &v["pulse"]["ces"]["interval"];
    assert_eq!(i["clipped"], true, "{i}");
    for format in ["text", "markdown", "html"] {
        let report = out(dir.path(), &["report", file, "--format", format]);
        assert!(
            report.contains("1.00 to 7.00 (cut to the scale)"),
            "{format}:\n{report}"
        );
    }
    let zh = out(dir.path(), &["--lang", "zh", "report", file]);
    assert!(zh.contains("1.00 至 7.00（已截至量表范围）"), "{zh}");
}

#[test]
fn differences_between_roles_stay_in_their_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = head("pyramid");
    for (who, role, a, b, c) in [
        ("m1", "manager", 4, 2, 3),
        ("m2", "manager", 5, 3, 3),
        ("s1", "staff", 2, 4, 3),
        ("s2", "staff", 3, 5, 2),
    ] {
        text.push_str(&format!(
            "  - respondent: {who}\n    role: {role}\n    complete: true\n    answers:\n      respect.1: {a}\n      trust.1: {b}\n      recognition.1: {c}\n"
        ));
    }
    let file = write(dir.path(), "pyramid.yaml", &text);
    let report = out(
        dir.path(),
        &["report", file.to_str().expect("path"), "--by", "role"],
    );
    let section = &report[report.find("Segments by role").expect("segments")..];
    let rows: Vec<&str> = section
        .lines()
        .skip_while(|l| !l.contains("difference"))
        .take_while(|l| !l.trim().is_empty())
        .collect();
    assert!(rows.len() > 10, "{section}");
    // Where each row's difference ends: right after "staff − manager", the next word.
    let ends: Vec<usize> = rows[1..]
        .iter()
        .map(|l| {
            let after = l.find("manager").expect("pair") + "manager".len();
            let rest = &l[after..];
            let start = after + rest.len() - rest.trim_start().len();
            let end = start + l[start..].find(' ').expect("a space after the difference");
            l[..end].width()
        })
        .collect();
    assert!(ends.iter().all(|e| *e == ends[0]), "{}", rows.join("\n"));
    // Excitement is recognition alone: managers 3 and 3 → 50 and 50; staff 3 and 2 → 50 and 25
    // ((x − 1)/4 × 100); 37.5 − 50 = −12.5, the tier without an interval (n/a).
    let excitement = rows.iter().find(|l| l.contains("Excitement")).expect("row");
    assert!(
        excitement.contains("-12.5") && excitement.ends_with("n/a"),
        "{excitement}"
    );
}

#[test]
fn maturity_roles_side_by_side_give_the_index_its_difference() {
    let dir = tempfile::tempdir().expect("tempdir");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/maturity.yaml");
    let report = out(dir.path(), &["report", demo.to_str().expect("path")]);
    let section = &report[report.find("Roles side by side").expect("roles")..];
    let index = section
        .lines()
        .find(|l| l.trim_start().starts_with("index"))
        .expect("index row");
    let numbers: Vec<f64> = index
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    // The two roles and their difference (the demo: a manager and a consultant).
    assert_eq!(numbers.len(), 3, "{index}");
    assert!(
        (numbers[2] - (numbers[1] - numbers[0])).abs() <= 0.1 + 1e-9,
        "{index}"
    );
    assert!(index.trim_end().ends_with("+10.4"), "{index}");
    let stage = section
        .lines()
        .find(|l| l.trim_start().starts_with("stage"))
        .expect("stage row");
    assert!(stage.trim_end().ends_with('—'), "{stage}");
    assert!(
        section.contains("a stage is a named level, not a score"),
        "{section}"
    );
}

#[test]
fn status_heads_its_columns_with_short_titles_in_the_readers_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    cxassess(dir.path())
        .current_dir(dir.path())
        .args(["init", "eng", "--client", "Acme", "--period", "2026-Q4"])
        .assert()
        .success();
    let eng = dir.path().join("eng");
    for (kind, answers) in [
        (
            "maturity",
            "respondent: zhang.min\nrole: manager\nanswers:\n  strategy.1: 3\n",
        ),
        (
            "pulse",
            "respondent: c1\nrole: customer\nanswers:\n  nps: 9\n",
        ),
    ] {
        let a = write(dir.path(), &format!("{kind}.answers.yaml"), answers);
        cxassess(&eng)
            .current_dir(&eng)
            .args(["fill", kind, "--answers"])
            .arg(&a)
            .args(["--out", &format!("{kind}/x.yaml")])
            .assert()
            .success();
    }
    let status = |args: &[&str]| {
        let out = cxassess(&eng)
            .current_dir(&eng)
            .args(args)
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let header = |text: &str| {
        text.lines()
            .find(|l| {
                (l.contains("respondent") && l.contains("role"))
                    || (l.contains("答卷人") && l.contains("角色"))
            })
            .expect("header")
            .to_string()
    };
    let zh = header(&status(&["--lang", "zh", "status"]));
    assert!(zh.contains("成熟度") && zh.contains("脉搏调查"), "{zh}");
    assert!(!zh.contains("maturity") && !zh.contains("pulse"), "{zh}");
    let en = header(&status(&["status"]));
    assert!(en.contains("Maturity") && en.contains("Pulse"), "{en}");
    let v: Value = serde_json::from_str(&status(&["status", "--format", "json"])).expect("json");
    assert!(
        v["respondents"][0]["instruments"]
            .as_object()
            .expect("instruments")
            .keys()
            .any(|k| k == "maturity" || k == "pulse"),
        "{v}"
    );
}

#[test]
fn report_by_names_the_nps_shares_it_compares() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = head("pulse");
    for (who, region, nps) in [
        ("a", "north", 10),
        ("b", "north", 9),
        ("c", "south", 3),
        ("d", "south", 9),
    ] {
        text.push_str(&format!(
            "  - respondent: {who}\n    role: customer\n    region: {region}\n    complete: true\n    answers:\n      nps: {nps}\n"
        ));
    }
    let file = write(dir.path(), "pulse.yaml", &text);
    let report = out(
        dir.path(),
        &["report", file.to_str().expect("path"), "--by", "region"],
    );
    let section = &report[report.find("Segments by region").expect("segments")..];
    // Promoters 2 of 2 (north) → 1 of 2 (south): −50.0 points.
    let row = section
        .lines()
        .find(|l| l.contains("Promoters %"))
        .unwrap_or_else(|| panic!("no promoters row in\n{section}"));
    assert!(
        row.contains("south − north") && row.contains("-50.0"),
        "{row}"
    );
    assert!(!section.contains("nps.promoters"), "{section}");
}
