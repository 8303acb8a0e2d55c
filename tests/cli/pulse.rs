//! NPS, CSAT and CES end to end: the demo against hand-computed figures, n = 0, all passives,
//! roles side by side, every format in both languages, and survey CSV streamed into a report.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::cxassess;

fn demo(lang: &str, format: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = cxassess(dir.path())
        .args(["--lang", lang, "demo", "pulse", "--format", format])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn close(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-9)
}

/// A pulse results file from `(respondent, role, answers YAML lines)`.
fn pulse_file(dir: &Path, name: &str, respondents: &[(&str, &str, &str)]) -> PathBuf {
    let out = dir.join(name);
    for (i, (who, role, answers)) in respondents.iter().enumerate() {
        let a = dir.join(format!("{name}.{i}.yaml"));
        std::fs::write(
            &a,
            format!("respondent: {who}\nrole: {role}\nanswers:\n{answers}"),
        )
        .expect("write");
        cxassess(dir)
            .args(["fill", "pulse", "--answers"])
            .arg(&a)
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
    }
    out
}

fn report_json(dir: &Path, file: &Path) -> Value {
    let out = cxassess(dir)
        .arg("report")
        .arg(file)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn demo_figures_by_hand() {
    let v: Value = serde_json::from_str(&demo("en", "json")).expect("json");
    let p = &v["pulse"];
    // NPS answers in demo/pulse.yaml: 10 9 9 10 8 7 8 6 3 9 7 5 10 8.
    // Promoters (9–10): 10 9 9 10 9 10 = 6; passives (7–8): 8 7 8 7 8 = 5; detractors: 6 3 5 = 3.
    // NPS = 100 · (6 − 3) / 14 = 21.428571…
    assert_eq!(p["nps"]["n"], 14);
    assert_eq!(
        (
            p["nps"]["promoters"].as_u64(),
            p["nps"]["passives"].as_u64(),
            p["nps"]["detractors"].as_u64()
        ),
        (Some(6), Some(5), Some(3))
    );
    assert!(close(&p["nps"]["score"], 300.0 / 14.0), "{}", p["nps"]);
    // Adjusted Wald: n' = 17, p = 6.75/17, d = 3.75/17, centre = 3/17,
    // var = 10.5/17 − 9/289, half = 1.959964 · √(var/17).
    let centre = 3.0_f64 / 17.0;
    let half = 1.959_963_984_540_054 * ((10.5 / 17.0 - centre * centre) / 17.0).sqrt();
    assert!(close(&p["nps"]["interval"]["low"], 100.0 * (centre - half)));
    assert!(close(
        &p["nps"]["interval"]["high"],
        100.0 * (centre + half)
    ));
    // CSAT answers 5 5 4 5 4 4 3 2 1 5 4 3 5 4: ten are 4–5 → 10/14 × 100 = 71.43.
    assert_eq!(p["csat"]["n"], 14);
    assert!(close(&p["csat"]["score"], 1000.0 / 14.0));
    // CES (c-0154 did not answer): 7 6 6 7 5 5 4 3 2 6 5 3 7 → sum 66, n 13, mean 5.0769;
    // 5–7: nine → 9/13 × 100 = 69.23.
    assert_eq!(p["ces"]["n"], 13);
    assert!(close(&p["ces"]["mean"], 66.0 / 13.0));
    assert!(close(&p["ces"]["share_easy"], 900.0 / 13.0));
    assert_eq!(p["ces"]["version"], "2.0");
    // Reasons grouped by the writer's NPS group.
    assert_eq!(p["reasons"]["detractors"].as_array().map(Vec::len), Some(3));
    assert_eq!(p["reasons"]["promoters"][0]["respondent"], "c-0141");
}

#[test]
fn nothing_answered_is_null_everywhere_and_the_report_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = pulse_file(
        dir.path(),
        "empty.yaml",
        &[("a", "customer", "  nps_reason: \"just browsing\"\n")],
    );
    let v = report_json(dir.path(), &file);
    let p = &v["pulse"];
    for path in [
        &p["nps"]["score"],
        &p["nps"]["interval"],
        &p["nps"]["promoter_share"],
        &p["csat"]["score"],
        &p["csat"]["interval"],
        &p["ces"]["mean"],
        &p["ces"]["share_easy"],
        &p["ces"]["interval"],
    ] {
        assert!(path.is_null(), "{p:#}");
    }
    assert_eq!(p["nps"]["n"], 0);
    assert_eq!(p["reasons"]["unrated"][0]["text"], "just browsing");
    for (lang, says) in [
        ("en", "No NPS, CSAT or CES answers: every figure is n/a."),
        ("zh", "没有净推荐值、满意度或费力度答案"),
    ] {
        let out = cxassess(dir.path())
            .args(["--lang", lang, "report"])
            .arg(&file)
            .output()
            .expect("runs");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        assert!(text.contains(says), "{text}");
        assert!(!text.contains(" 0.0 "), "no figure shows as 0: {text}");
    }
}

#[test]
fn all_passives_give_nps_zero_with_its_interval() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = pulse_file(
        dir.path(),
        "passive.yaml",
        &[
            ("a", "customer", "  nps: 7\n"),
            ("b", "customer", "  nps: 8\n"),
            ("c", "customer", "  nps: 7\n"),
        ],
    );
    let p = report_json(dir.path(), &file)["pulse"].clone();
    // 0 promoters, 3 passives, 0 detractors: NPS = 100 · (0 − 0) / 3 = 0.
    assert!(close(&p["nps"]["score"], 0.0));
    assert!(close(&p["nps"]["passive_share"], 100.0));
    // Adjusted Wald: n' = 6, p = d = 0.75/6 = 0.125, centre 0, var = 0.25,
    // half = 1.959964 · √(0.25/6) · 100 = 40.0076.
    let half = 100.0 * 1.959_963_984_540_054 * (0.25_f64 / 6.0).sqrt();
    assert!(
        close(&p["nps"]["interval"]["low"], -half) && close(&p["nps"]["interval"]["high"], half),
        "{p:#}"
    );
    assert!((half - 40.0076).abs() < 1e-3);
    let out = cxassess(dir.path())
        .arg("report")
        .arg(&file)
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let nps = text
        .lines()
        .find(|l| l.trim_start().starts_with("Net Promoter Score"))
        .expect("NPS line");
    assert_eq!(
        nps.split_whitespace().collect::<Vec<_>>(),
        [
            "Net",
            "Promoter",
            "Score",
            "0.0",
            "95%",
            "interval:",
            "-40.0",
            "to",
            "+40.0"
        ]
    );
    assert!(text.contains("n = 3\n"), "{text}");
}

#[test]
fn roles_side_by_side() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = pulse_file(
        dir.path(),
        "roles.yaml",
        &[
            ("a", "customer", "  nps: 10\n  csat: 5\n  ces: 7\n"),
            ("b", "customer", "  nps: 2\n  csat: 2\n  ces: 2\n"),
            ("c", "staff", "  nps: 9\n  csat: 4\n  ces: 6\n"),
        ],
    );
    let v = report_json(dir.path(), &file);
    // Customers: promoter 1, detractor 1 → NPS 0; staff: promoter 1 → +100.
    assert!(close(
        &v["pulse"]["by_role"]["customer"]["nps"]["score"],
        0.0
    ));
    assert!(close(
        &v["pulse"]["by_role"]["staff"]["nps"]["score"],
        100.0
    ));
    // One staff answer: a score, but no interval (n < 2).
    assert!(v["pulse"]["by_role"]["staff"]["nps"]["interval"].is_null());
    let out = cxassess(dir.path())
        .arg("report")
        .arg(&file)
        .args(["--format", "markdown"])
        .output()
        .expect("runs");
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        md.contains("| customer | 0.0 | 2 | 50.0 | 2 | 4.50 | 2 |"),
        "{md}"
    );
    assert!(
        md.contains("| staff | +100.0 | 1 | 100.0 | 1 | 6.00 | 1 |"),
        "{md}"
    );
}

#[test]
fn survey_csv_streams_into_the_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("survey.csv");
    // 200 rows: NPS cycles 10, 8, 4 → promoters = passives = detractors (67, 67, 66 of 200).
    let mut s = String::from("respondent,nps,nps_reason,csat,ces\n");
    for i in 0..200 {
        let nps = [10, 8, 4][i % 3];
        let _ = writeln!(s, "r{i},{nps},,{},{}", 1 + i % 5, 1 + i % 7);
    }
    std::fs::write(&csv, s).expect("write");
    let out = cxassess(dir.path())
        .arg("report")
        .arg(&csv)
        .args(["--instrument", "pulse", "--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let p = &v["pulse"];
    assert_eq!(p["nps"]["n"], 200);
    assert_eq!(
        (
            p["nps"]["promoters"].as_u64(),
            p["nps"]["passives"].as_u64(),
            p["nps"]["detractors"].as_u64()
        ),
        (Some(67), Some(67), Some(66))
    );
    // NPS = 100 · (67 − 66) / 200 = 0.5.
    assert!(close(&p["nps"]["score"], 0.5));
    // CSAT 1..5 cycling: 4 and 5 are 2 of every 5 → 80 of 200 → 40.
    assert!(close(&p["csat"]["score"], 40.0));
}

#[test]
fn every_format_in_both_languages() {
    let text = demo("en", "text");
    assert!(text.contains("Net Promoter Score"), "{text}");
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("Net Promoter Score"))
        .expect("line");
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>(),
        [
            "Net",
            "Promoter",
            "Score",
            "+21.4",
            "95%",
            "interval:",
            "-18.8",
            "to",
            "+54.1"
        ]
    );
    assert!(text.contains("“Promised next-day repair; it took four days and two calls to chase.”"));
    assert!(text.contains("Contact the 3 detractors within a week"));
    // The noise sentence gives the critical difference between two waves of this size, not the
    // width of one interval (73 points here): 1.96 · √(2 · var) with the adjusted-Wald variance
    // p = 6.75/17, d = 3.75/17 gives 51 points.
    assert!(
        text.contains("a change of NPS smaller than about 51 points is within"),
        "{text}"
    );
    let zh = demo("zh", "text");
    assert!(
        zh.contains("净推荐值")
            && zh.contains("贬损者（0–6）")
            && zh.contains("“工程师准时上门，还教我如何清洁过滤网。”"),
        "{zh}"
    );
    let md = demo("en", "markdown");
    assert!(
        md.contains("| Net Promoter Score | **+21.4** | 95% interval: -18.8 to +54.1 · n = 14 · "),
        "{md}"
    );
    let html = demo("zh", "html");
    assert!(html.contains("<html lang=\"zh-CN\">") && html.contains("净推荐值"));
    assert!(
        html.matches("<svg").count() >= 6,
        "NPS make-up, three distributions, three intervals"
    );
    insta::assert_snapshot!("pulse_text_en", text);
    insta::assert_snapshot!("pulse_text_zh", zh);
    insta::assert_snapshot!("pulse_markdown_en", md);
}
