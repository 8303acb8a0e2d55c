//! The change of every headline figure with its 95% interval, through `diff --format json`,
//! against values computed by hand from DOMAIN.md §8 (z = 1.959964; exact Student t quantiles
//! t₀.₉₇₅,₄ = 2.7764451, t₀.₉₇₅,₁₈ = 2.1009220): the difference of two adjusted-Wald NPS,
//! Newcombe's hybrid score interval for CSAT, CES easy and Kano Better/Worse, Welch for means;
//! null at n = 1 and n = 0; all promoters; equal waves. Then the gate: `--fail-on-drop` with and
//! without `--significant`, end to end, and `trend` marking significant steps.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::cxassess;

/// A results file `name` in `dir` from one answers YAML per respondent (via `fill`).
fn results(dir: &Path, name: &str, instrument: &str, respondents: &[String]) -> PathBuf {
    let out = dir.join(name);
    for (i, answers) in respondents.iter().enumerate() {
        let a = dir.join(format!("{name}.{i}.answers.yaml"));
        std::fs::write(&a, answers).expect("answers written");
        cxassess(dir)
            .args(["fill", instrument, "--answers"])
            .arg(&a)
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
    }
    out
}

/// Pulse respondents: (nps, csat, ces), a part left out when `None`.
fn pulse(rows: &[(Option<i32>, Option<i32>, Option<i32>)]) -> Vec<String> {
    rows.iter()
        .enumerate()
        .map(|(i, (nps, csat, ces))| {
            let mut s = format!("respondent: p{i}\nanswers:\n");
            for (k, v) in [("nps", nps), ("csat", csat), ("ces", ces)] {
                if let Some(v) = v {
                    s.push_str(&format!("  {k}: {v}\n"));
                }
            }
            s
        })
        .collect()
}

/// NPS answers only.
fn nps_only(values: &[i32]) -> Vec<String> {
    pulse(
        &values
            .iter()
            .map(|v| (Some(*v), None, None))
            .collect::<Vec<_>>(),
    )
}

fn diff(dir: &Path, args: &[&Path], extra: &[&str]) -> (i32, Value) {
    let out = cxassess(dir)
        .arg("diff")
        .args(args)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .expect("runs");
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "no JSON: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().expect("exit code"), v)
}

fn figure<'a>(v: &'a Value, key: &str) -> &'a Value {
    v["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == key)
        .unwrap_or_else(|| panic!("no figure {key} in {v:#}"))
}

fn close(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-4)
}

/// The figure's change interval is (low, high), to 1e-4.
fn interval(f: &Value, low: f64, high: f64) {
    let i = &f["change_interval"];
    assert!(close(&i["low"], low) && close(&i["high"], high), "{f:#}");
}

fn no_interval(f: &Value) {
    assert!(f["change_interval"].is_null(), "{f:#}");
    assert!(f["significant"].is_null(), "{f:#}");
}

#[test]
fn pulse_changes_have_the_intervals_of_domain_8() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Old: 6 promoters, 2 passives, 2 detractors (NPS 40); 8 of 10 satisfied (CSAT 80); CES five
    // 7s and five 5s (mean 6, all easy). New: 3, 3, 4 (NPS −10); 4 of 10 satisfied (CSAT 40);
    // CES five 3s and five 1s (mean 2, none easy).
    let old: Vec<_> = [10, 10, 9, 9, 9, 9, 7, 8, 3, 5]
        .iter()
        .zip([5, 5, 5, 4, 4, 4, 4, 4, 2, 3])
        .zip([7, 7, 7, 7, 7, 5, 5, 5, 5, 5])
        .map(|((n, c), e)| (Some(*n), Some(c), Some(e)))
        .collect();
    let new: Vec<_> = [10, 9, 9, 7, 8, 7, 3, 5, 0, 6]
        .iter()
        .zip([5, 4, 4, 4, 2, 3, 1, 2, 3, 1])
        .zip([3, 3, 3, 3, 3, 1, 1, 1, 1, 1])
        .map(|((n, c), e)| (Some(*n), Some(c), Some(e)))
        .collect();
    let old = results(dir.path(), "old.yaml", "pulse", &pulse(&old));
    let new = results(dir.path(), "new.yaml", "pulse", &pulse(&new));
    let (code, v) = diff(dir.path(), &[&old, &new], &[]);
    assert_eq!(code, 0);
    // NPS: each wave p = (P + ¾)/13, d = (D + ¾)/13, s = p − d, var = (p + d − s²)/13; the
    // interval is 100·(s_new − s_old) ± 100·z·√(var_old + var_new) = −38.46 ± 61.60.
    let nps = figure(&v, "nps");
    assert!(close(&nps["change"], -50.0), "{nps:#}");
    interval(nps, -100.059_016, 23.135_939);
    assert_eq!(nps["significant"], false);
    assert_eq!(nps["method"], "adjusted-wald-nps");
    // CSAT, Newcombe: Wilson 4/10 = (0.16818, 0.68733), 8/10 = (0.49016, 0.94332); δ = −0.4;
    // low = δ − √((0.4 − 0.16818)² + (0.94332 − 0.8)²), high = δ + √((0.68733 − 0.4)² +
    // (0.8 − 0.49016)²); × 100.
    let csat = figure(&v, "csat");
    assert!(close(&csat["change"], -40.0), "{csat:#}");
    interval(csat, -67.254_424, 2.255_847);
    assert_eq!(csat["significant"], false);
    assert_eq!(csat["method"], "newcombe");
    // CES, Welch: means 6 and 2, both SD √(10/9), n 10: se = √(2·(10/9)/10) = 0.4714, df = 18,
    // −4 ± 2.1009220 · 0.4714.
    let ces = figure(&v, "ces");
    assert!(close(&ces["change"], -4.0), "{ces:#}");
    interval(ces, -4.990_384, -3.009_616);
    assert_eq!(ces["significant"], true);
    assert_eq!(ces["method"], "welch");
    // CES easy, 10/10 → 0/10: Wilson 0/10 = (0, 0.27753), 10/10 = (0.72247, 1): low = −1 −
    // √(0² + 0²) = −1, high = −1 + √(0.27753² + 0.27753²) = −0.60751; × 100.
    let easy = figure(&v, "ces.easy");
    interval(easy, -100.0, -60.750_935);
    assert_eq!(easy["significant"], true);
    // Counts have no interval; the NPS group shares are proportions (Newcombe). Promoters
    // 6/10 → 3/10: Wilson 3/10 = (0.10779, 0.60322), 6/10 = (0.31267, 0.83182); δ = −0.3;
    // low = δ − √((0.3 − 0.10779)² + (0.83182 − 0.6)²), high = δ + √((0.60322 − 0.3)² +
    // (0.6 − 0.31267)²); × 100.
    no_interval(figure(&v, "respondents"));
    let promoters = figure(&v, "nps.promoters");
    interval(promoters, -60.113_877, 11.773_180);
    assert_eq!(promoters["significant"], false);
    assert_eq!(promoters["method"], "newcombe");
}

#[test]
fn one_answer_or_none_gives_no_interval() {
    let dir = tempfile::tempdir().expect("tempdir");
    // n = 1 each: NPS +100 → −100, a change with no interval. CSAT and CES unanswered (n = 0):
    // no figure, no change, no interval.
    let old = results(dir.path(), "one-a.yaml", "pulse", &nps_only(&[10]));
    let new = results(dir.path(), "one-b.yaml", "pulse", &nps_only(&[0]));
    let (_, v) = diff(dir.path(), &[&old, &new], &[]);
    let nps = figure(&v, "nps");
    assert!(close(&nps["change"], -200.0), "{nps:#}");
    no_interval(nps);
    for key in ["csat", "ces", "ces.easy"] {
        let f = figure(&v, key);
        assert!(f["old"].is_null() && f["new"].is_null() && f["change"].is_null());
        no_interval(f);
    }
    // Text and Markdown say n/a where the interval is missing for want of answers.
    let out = cxassess(dir.path())
        .arg("diff")
        .args([&old, &new])
        .args(["--format", "markdown"])
        .output()
        .expect("runs");
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        md.contains("| NPS | +100.0 | -100.0 | ▼ -200.0 | n/a |"),
        "{md}"
    );
}

#[test]
fn all_promoters_and_equal_waves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let promoters = results(dir.path(), "p.yaml", "pulse", &nps_only(&[10; 10]));
    let nines = results(dir.path(), "n.yaml", "pulse", &nps_only(&[9; 10]));
    let detractors = results(dir.path(), "d.yaml", "pulse", &nps_only(&[0; 10]));
    // All promoters twice: s = (10.75 − 0.75)/13 each, var = (11.5/13 − s²)/13: 0 ± 41.61.
    let (_, v) = diff(dir.path(), &[&promoters, &nines], &[]);
    let nps = figure(&v, "nps");
    assert!(close(&nps["change"], 0.0), "{nps:#}");
    interval(nps, -41.605_492, 41.605_492);
    assert_eq!(nps["significant"], false);
    assert_eq!(nps["direction"], "same");
    // All promoters, then all detractors: −153.85 ± 41.61, wholly below 0.
    let (_, v) = diff(dir.path(), &[&promoters, &detractors], &[]);
    let nps = figure(&v, "nps");
    interval(nps, -195.451_646, -112.240_662);
    assert_eq!(nps["significant"], true);
    // A wave against itself: every change 0, none significant.
    let (_, v) = diff(dir.path(), &[&promoters, &promoters], &[]);
    for f in v["figures"].as_array().expect("figures") {
        assert_ne!(f["significant"], true, "{f:#}");
        assert!(f["change"].is_null() || close(&f["change"], 0.0), "{f:#}");
    }
}

#[test]
fn means_use_welch_and_kano_coefficients_newcombe() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Respect from one item per respondent: 1, 2, 3 → 0, 25, 50 (mean 25, SD 25); then 3, 4, 5
    // → 50, 75, 100 (mean 75, SD 25). se = √(2·625/3) = 20.412, df = 4: 50 ± 2.7764451 · 20.412.
    let pyramid = |name: &str, values: [i32; 3]| {
        let answers: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("respondent: r{i}\nanswers:\n  respect.1: {v}\n"))
            .collect();
        results(dir.path(), name, "pyramid", &answers)
    };
    let old = pyramid("py-old.yaml", [1, 2, 3]);
    let new = pyramid("py-new.yaml", [3, 4, 5]);
    let (_, v) = diff(dir.path(), &[&old, &new], &[]);
    let respect = figure(&v, "experience.respect");
    assert!(close(&respect["change"], 50.0), "{respect:#}");
    interval(respect, -6.673_948, 106.673_948);
    assert_eq!(respect["significant"], false);
    assert_eq!(respect["method"], "welch");
    // Kano: A+O 3 of 4, then 1 of 4 (Better 0.75 → 0.25); O+M 2 of 4, then 3 of 4 (Worse −0.5 →
    // −0.75). Better: Newcombe of 1/4 − 3/4. Worse: Newcombe of |Worse| 3/4 − 2/4, negated.
    let kano = |name: &str, pairs: [(&str, &str); 4]| {
        let answers: Vec<String> = pairs
            .iter()
            .enumerate()
            .map(|(i, (f, d))| {
                format!("respondent: k{i}\nanswers:\n  online_tracking: {{functional: {f}, dysfunctional: {d}}}\n")
            })
            .collect();
        results(dir.path(), name, "kano", &answers)
    };
    let old = kano(
        "k-old.yaml",
        [
            ("like", "dislike"),
            ("like", "dislike"),
            ("like", "neutral"),
            ("neutral", "neutral"),
        ],
    );
    let new = kano(
        "k-new.yaml",
        [
            ("like", "dislike"),
            ("neutral", "dislike"),
            ("neutral", "dislike"),
            ("neutral", "neutral"),
        ],
    );
    let (_, v) = diff(dir.path(), &[&old, &new], &[]);
    interval(
        figure(&v, "kano.online_tracking.better"),
        -0.789_083,
        0.135_488,
    );
    let worse = figure(&v, "kano.online_tracking.worse");
    assert!(close(&worse["change"], -0.25), "{worse:#}");
    interval(worse, -0.655_287, 0.319_557);
    no_interval(figure(&v, "kano.online_tracking.category"));
}

fn exit(dir: &Path, old: &Path, new: &Path, extra: &[&str]) -> (i32, String, String) {
    let out = cxassess(dir)
        .arg("diff")
        .args([old, new])
        .args(extra)
        .output()
        .expect("runs");
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

#[test]
fn the_gate_with_and_without_significant() {
    let dir = tempfile::tempdir().expect("tempdir");
    // NPS 40 → −10 at n = 10: a drop of 50 points, within the noise (interval −100.1 to +23.1).
    let old = results(
        dir.path(),
        "old.yaml",
        "pulse",
        &nps_only(&[10, 10, 9, 9, 9, 9, 7, 8, 3, 5]),
    );
    let new = results(
        dir.path(),
        "new.yaml",
        "pulse",
        &nps_only(&[10, 9, 9, 7, 8, 7, 3, 5, 0, 6]),
    );
    assert_eq!(exit(dir.path(), &old, &new, &["--fail-on-drop", "10"]).0, 3);
    assert_eq!(exit(dir.path(), &old, &new, &["--fail-on-drop", "50"]).0, 0);
    let (code, text, err) = exit(
        dir.path(),
        &old,
        &new,
        &["--fail-on-drop", "10", "--significant"],
    );
    assert_eq!(code, 0, "{text}");
    assert!(err.is_empty(), "{err}");
    assert!(
        text.contains("No headline score dropped significantly by more than 10 points."),
        "{text}"
    );
    assert!(text.contains("NPS (−50.0)"), "{text}");
    // All promoters, then all detractors: −200 points, wholly below 0 — fails either way, and
    // the verdict is said once, on stdout.
    let promoters = results(dir.path(), "p.yaml", "pulse", &nps_only(&[10; 10]));
    let detractors = results(dir.path(), "d.yaml", "pulse", &nps_only(&[0; 10]));
    let (code, text, err) = exit(
        dir.path(),
        &promoters,
        &detractors,
        &["--fail-on-drop", "50", "--significant"],
    );
    assert_eq!(code, 3);
    assert_eq!(
        text.matches("1 headline score dropped significantly by more than 50 points: NPS (−200.0)")
            .count(),
        1,
        "{text}"
    );
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        exit(
            dir.path(),
            &promoters,
            &detractors,
            &["--fail-on-drop", "50"]
        )
        .0,
        3
    );
    assert_eq!(
        exit(
            dir.path(),
            &promoters,
            &detractors,
            &["--fail-on-drop", "200", "--significant"]
        )
        .0,
        0,
        "a drop of exactly 200 is not more than 200"
    );
    // JSON says the same.
    let (code, v) = diff(
        dir.path(),
        &[&promoters, &detractors],
        &["--fail-on-drop", "50", "--significant"],
    );
    assert_eq!(code, 3);
    assert_eq!(v["failed"], true);
    assert_eq!(v["significant_only"], true);
    assert_eq!(v["drops"][0]["key"], "nps");
    assert!(close(&v["drops"][0]["points"], 200.0));
    // --significant needs --fail-on-drop.
    assert_eq!(
        exit(dir.path(), &old, &new, &["--significant"]).0,
        2,
        "--significant alone is a usage error"
    );
}

#[test]
fn trend_marks_significant_steps_between_consecutive_waves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let wave = |name: &str, period: &str, values: &[i32]| {
        let out = results(dir.path(), name, "pulse", &nps_only(values));
        let text = std::fs::read_to_string(&out).expect("read");
        let text = text.replacen(
            "assessment: {}\n",
            &format!("assessment:\n  period: {period}\n"),
            1,
        );
        std::fs::write(&out, text).expect("write");
        out
    };
    let q1 = wave("q1.yaml", "2026-Q1", &[10; 10]);
    let q2 = wave("q2.yaml", "2026-Q2", &[9; 10]);
    let q3 = wave("q3.yaml", "2026-Q3", &[0; 10]);
    let out = cxassess(dir.path())
        .arg("trend")
        .args([&q3, &q1, &q2])
        .args(["--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let nps = figure(&v, "nps");
    let steps = nps["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 2);
    assert_eq!(
        (steps[0]["from"].as_str(), steps[0]["to"].as_str()),
        (Some("2026-Q1"), Some("2026-Q2"))
    );
    assert_eq!(steps[0]["significant"], false);
    assert_eq!(steps[1]["significant"], true);
    interval(&steps[1], -195.451_646, -112.240_662);
    let text = cxassess(dir.path())
        .arg("trend")
        .args([&q3, &q1, &q2])
        .output()
        .expect("runs");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("NPS "))
        .expect("NPS line");
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>(),
        ["NPS", "+100.0", "+100.0", "-100.0", "▼", "██▁"],
        "{text}"
    );
}
