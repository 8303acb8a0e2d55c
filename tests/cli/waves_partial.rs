//! `diff`, `trend` and `agree` over partial responses (counted and said per wave, or left out
//! with `--complete-only`), the NPS group shares' change intervals (Newcombe, by hand), and
//! `diff` of two versions of one results file (each argument its own wave, whatever its period).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::cxassess;

/// One response: respondent, answer, complete.
type Row<'a> = (&'a str, i32, bool);

/// A results file of `instrument` written by hand: each row answers `questions` with its value.
fn results(
    dir: &Path,
    name: &str,
    instrument: &str,
    period: Option<&str>,
    questions: &[&str],
    rows: &[Row<'_>],
) -> PathBuf {
    let mut s = format!(
        "format: cxassess-results/1\ninstrument:\n  id: {instrument}\n  version: 1\n  source: builtin\n"
    );
    match period {
        Some(p) => s.push_str(&format!("assessment:\n  period: {p}\n")),
        None => s.push_str("assessment: {}\n"),
    }
    s.push_str("responses:\n");
    let role = if instrument == "pulse" {
        "customer"
    } else {
        "manager"
    };
    for (who, v, complete) in rows {
        s.push_str(&format!(
            "  - respondent: {who}\n    role: {role}\n    complete: {complete}\n    answers:\n"
        ));
        for q in questions {
            s.push_str(&format!("      {q}: {v}\n"));
        }
    }
    let path = dir.join(name);
    std::fs::write(&path, s).expect("results written");
    path
}

/// Q3: 10 NPS answers (5 promoters, 2 passives, 3 detractors), d partial. Q4: 8 answers
/// (3 promoters, 2 passives, 3 detractors), d and k partial.
fn pulse_pair(dir: &Path) -> (PathBuf, PathBuf) {
    let old = results(
        dir,
        "q3.yaml",
        "pulse",
        Some("2026-Q3"),
        &["nps"],
        &[
            ("a", 9, true),
            ("b", 10, true),
            ("c", 9, true),
            ("d", 3, false),
            ("e", 7, true),
            ("f", 8, true),
            ("g", 9, true),
            ("h", 9, true),
            ("i", 2, true),
            ("j", 5, true),
        ],
    );
    let new = results(
        dir,
        "q4.yaml",
        "pulse",
        Some("2026-Q4"),
        &["nps"],
        &[
            ("a", 9, true),
            ("b", 10, true),
            ("k", 4, false),
            ("d", 3, false),
            ("e", 7, true),
            ("f", 8, true),
            ("g", 2, true),
            ("h", 9, true),
        ],
    );
    (old, new)
}

fn run(dir: &Path, args: &[&str], files: &[&Path]) -> std::process::Output {
    let mut cmd = cxassess(dir);
    cmd.args(args);
    for f in files {
        cmd.arg(f);
    }
    cmd.output().expect("runs")
}

fn stdout(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

fn json(out: &std::process::Output) -> Value {
    serde_json::from_str(&stdout(out)).expect("json")
}

fn figure<'a>(v: &'a Value, key: &str) -> &'a Value {
    v["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == key)
        .unwrap_or_else(|| panic!("no figure {key} in {v:#}"))
}

fn near(v: &Value, expected: f64) {
    let x = v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"));
    assert!((x - expected).abs() < 1e-6, "{x} is not {expected}");
}

#[test]
fn diff_and_trend_say_each_waves_partial_responses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (old, new) = pulse_pair(dir.path());
    let text = stdout(&run(dir.path(), &["diff"], &[&old, &new]));
    assert!(
        text.contains("2026-Q3: 1 of 10 responses are partial"),
        "{text}"
    );
    assert!(
        text.contains("2026-Q4: 2 of 8 responses are partial"),
        "{text}"
    );
    let md = stdout(&run(
        dir.path(),
        &["diff", "--format", "markdown"],
        &[&old, &new],
    ));
    assert!(md.contains("2026-Q4: 2 of 8 responses are partial"), "{md}");
    let v = json(&run(
        dir.path(),
        &["diff", "--format", "json"],
        &[&old, &new],
    ));
    assert_eq!(v["old"]["partial"], 1);
    assert_eq!(v["new"]["partial"], 2);
    assert_eq!(v["new"]["partial_left_out"], 0);
    assert_eq!(v["new"]["respondents"], 8);

    let trend = stdout(&run(dir.path(), &["trend"], &[&old, &new]));
    assert!(
        trend.contains("2026-Q3: 1 of 10 responses are partial"),
        "{trend}"
    );
    let t = json(&run(
        dir.path(),
        &["trend", "--format", "json"],
        &[&old, &new],
    ));
    assert_eq!(t["waves"][0]["partial"], 1);
    assert_eq!(t["waves"][1]["partial"], 2);
}

#[test]
fn complete_only_leaves_partial_responses_out_of_diff_and_trend() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (old, new) = pulse_pair(dir.path());
    let v = json(&run(
        dir.path(),
        &["diff", "--complete-only", "--format", "json"],
        &[&old, &new],
    ));
    // Without d (Q3) and without d and k (Q4): 9 and 6 respondents.
    assert_eq!(v["old"]["respondents"], 9);
    assert_eq!(v["new"]["respondents"], 6);
    assert_eq!(v["new"]["partial"], 0);
    assert_eq!(v["new"]["partial_left_out"], 2);
    // Q3 without d: 5 promoters, 2 detractors of 9 → NPS 33.33…; Q4: 3 and 1 of 6 → 33.33….
    near(&figure(&v, "nps")["old"], 100.0 * 3.0 / 9.0);
    near(&figure(&v, "nps")["new"], 100.0 * 2.0 / 6.0);
    let text = stdout(&run(
        dir.path(),
        &["diff", "--complete-only"],
        &[&old, &new],
    ));
    assert!(
        text.contains("2026-Q4: 2 responses that are not complete are left out"),
        "{text}"
    );
    assert!(!text.contains("responses are partial"), "{text}");
    let t = json(&run(
        dir.path(),
        &["trend", "--complete-only", "--format", "json"],
        &[&old, &new],
    ));
    assert_eq!(t["waves"][1]["respondents"], 6);
    assert_eq!(t["waves"][1]["partial_left_out"], 2);
}

#[test]
fn agree_counts_partial_raters_and_leaves_them_out_on_request() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = results(
        dir.path(),
        "maturity.yaml",
        "maturity",
        None,
        &["strategy.1", "strategy.2"],
        &[("a", 1, true), ("b", 3, true), ("c", 5, false)],
    );
    let text = stdout(&run(dir.path(), &["agree"], &[&file]));
    assert!(text.contains("1 of 3 responses are partial"), "{text}");
    let v = json(&run(dir.path(), &["agree", "--format", "json"], &[&file]));
    assert_eq!(v["raters"], 3);
    assert_eq!(v["partial"], 1);
    let v = json(&run(
        dir.path(),
        &["agree", "--complete-only", "--format", "json"],
        &[&file],
    ));
    assert_eq!(v["raters"], 2);
    assert_eq!(v["partial"], 0);
    assert_eq!(v["partial_left_out"], 1);
}

#[test]
fn nps_shares_change_with_newcombes_interval() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (old, new) = pulse_pair(dir.path());
    let v = json(&run(
        dir.path(),
        &["diff", "--format", "json"],
        &[&old, &new],
    ));
    // Detractors 3 of 10 → 3 of 8. Wilson (z = 1.959964): 3/10 → 0.107791 to 0.603222;
    // 3/8 → 0.136844 to 0.694258. δ = 0.375 − 0.3 = 0.075;
    // low = δ − √((0.375 − 0.136844)² + (0.603222 − 0.3)²) = −0.310567,
    // high = δ + √((0.694258 − 0.375)² + (0.3 − 0.107791)²) = 0.447652 (× 100 in points).
    let d = figure(&v, "nps.detractors");
    near(&d["change"], 7.5);
    let i = &d["change_interval"];
    assert!(
        (i["low"].as_f64().expect("low") - -31.0567).abs() < 1e-3,
        "{i}"
    );
    assert!(
        (i["high"].as_f64().expect("high") - 44.7652).abs() < 1e-3,
        "{i}"
    );
    assert_eq!(d["significant"], false);
    assert_eq!(d["method"], "newcombe");
    for key in ["nps.promoters", "nps.passives"] {
        let f = figure(&v, key);
        assert!(f["change_interval"]["low"].is_number(), "{f}");
        assert!(f["significant"].is_boolean(), "{f}");
    }
    // The text shows the interval beside the share.
    let text = stdout(&run(dir.path(), &["diff"], &[&old, &new]));
    let row = text
        .lines()
        .find(|l| l.contains("Detractors %"))
        .expect("detractors row");
    assert!(row.contains("-31.1 to +44.8"), "{row}");
}

#[test]
fn nps_shares_that_moved_far_are_significant() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rows = |v: i32| -> Vec<(String, i32, bool)> {
        (0..20).map(|i| (format!("r{i}"), v, true)).collect()
    };
    let (a, b) = (rows(10), rows(2));
    let a: Vec<Row<'_>> = a.iter().map(|(n, v, c)| (n.as_str(), *v, *c)).collect();
    let b: Vec<Row<'_>> = b.iter().map(|(n, v, c)| (n.as_str(), *v, *c)).collect();
    let old = results(dir.path(), "a.yaml", "pulse", Some("2026-Q1"), &["nps"], &a);
    let new = results(dir.path(), "b.yaml", "pulse", Some("2026-Q2"), &["nps"], &b);
    let v = json(&run(
        dir.path(),
        &["diff", "--format", "json"],
        &[&old, &new],
    ));
    // 20 of 20 promoters → 0 of 20: the interval of −100 points lies wholly below 0.
    let p = figure(&v, "nps.promoters");
    near(&p["change"], -100.0);
    assert_eq!(p["significant"], true);
    assert!(p["change_interval"]["high"].as_f64().expect("high") < 0.0);
}

#[test]
fn two_versions_of_one_file_diff_as_old_and_new() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The same respondents and period before and after a change: chen's answer moved 9 → 3.
    let rows = |chen: i32| -> Vec<Row<'static>> {
        vec![
            ("chen.cust", chen, true),
            ("li.cust", 10, true),
            ("wu.cust", 7, true),
        ]
    };
    let before = results(
        dir.path(),
        "dup1.yaml",
        "pulse",
        Some("2026-Q4"),
        &["nps"],
        &rows(9),
    );
    let after = results(
        dir.path(),
        "dup2.yaml",
        "pulse",
        Some("2026-Q4"),
        &["nps"],
        &rows(3),
    );
    let v = json(&run(
        dir.path(),
        &["diff", "--format", "json"],
        &[&before, &after],
    ));
    assert_eq!(v["old"]["label"], "2026-Q4 (dup1.yaml)");
    assert_eq!(v["new"]["label"], "2026-Q4 (dup2.yaml)");
    // Old: 2 promoters of 3 → +66.7; new: 1 promoter, 1 detractor → 0.
    near(&figure(&v, "nps")["change"], -200.0 / 3.0);
    assert_eq!(v["answers"][0]["respondent"], "chen.cust");
    assert_eq!(v["answers"][0]["old"], "9");
    assert_eq!(v["answers"][0]["new"], "3");
    let text = stdout(&run(dir.path(), &["diff"], &[&before, &after]));
    assert!(
        text.contains("old: 2026-Q4 (dup1.yaml)") && text.contains("new: 2026-Q4 (dup2.yaml)"),
        "{text}"
    );
    // Given the other way round, the first argument is still OLD.
    let v = json(&run(
        dir.path(),
        &["diff", "--format", "json"],
        &[&after, &before],
    ));
    assert_eq!(v["old"]["label"], "2026-Q4 (dup2.yaml)");
    near(&figure(&v, "nps")["change"], 200.0 / 3.0);
}

#[test]
fn two_files_of_one_period_with_different_respondents_are_two_waves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = results(
        dir.path(),
        "north.yaml",
        "pulse",
        Some("2026-Q4"),
        &["nps"],
        &[("ann", 10, true), ("bo", 9, true)],
    );
    let b = results(
        dir.path(),
        "south.yaml",
        "pulse",
        Some("2026-Q4"),
        &["nps"],
        &[("cy", 2, true), ("di", 3, true)],
    );
    let v = json(&run(dir.path(), &["diff", "--format", "json"], &[&a, &b]));
    assert_eq!(v["old"]["label"], "2026-Q4 (north.yaml)");
    assert_eq!(v["new"]["label"], "2026-Q4 (south.yaml)");
    near(&figure(&v, "nps")["change"], -200.0);
    assert_eq!(v["respondents_added"].as_array().map(Vec::len), Some(2));
    // Three or more files still form waves by their period: these make one wave, refused.
    let c = results(
        dir.path(),
        "east.yaml",
        "pulse",
        Some("2026-Q4"),
        &["nps"],
        &[("ed", 9, true)],
    );
    let out = run(dir.path(), &["diff"], &[&a, &b, &c]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("these inputs make 1"), "{err}");
}
