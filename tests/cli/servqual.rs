//! SERVQUAL end to end: results files written here, `cxassess report`
//! run on them, figures checked against hand computations (the arithmetic is beside each
//! assertion), snapshots of the SERVQUAL report in both languages. The helpers here serve the
//! gaps, five-gap and report-layout tests too (`gaps.rs`, `fivegap.rs`, `servqual_report.rs`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::cxassess;

/// A results file for `instrument` (built-in id, or `source` a path) with `responses` (YAML
/// list entries, indented by two spaces).
pub(crate) fn results(
    dir: &Path,
    name: &str,
    instrument: &str,
    source: &str,
    responses: &str,
) -> PathBuf {
    let path = dir.join(name);
    let text = format!(
        "format: cxassess-results/1\ninstrument:\n  id: {instrument}\n  version: 1\n  source: {source}\nassessment:\n  organization: Test Service Desk\n  date: 2026-11-20\nresponses:\n{responses}"
    );
    std::fs::write(&path, text).expect("write results");
    path
}

pub(crate) fn report_json(data: &Path, files: &[&Path]) -> Value {
    let mut cmd = cxassess(data);
    cmd.arg("report");
    for f in files {
        cmd.arg(f);
    }
    let out = cmd
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("JSON report")
}

pub(crate) fn report_text(data: &Path, files: &[&Path], lang: &str) -> String {
    let mut cmd = cxassess(data);
    cmd.arg("report");
    for f in files {
        cmd.arg(f);
    }
    let out = cmd
        .args(["--lang", lang])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

pub(crate) fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

pub(crate) fn close(v: &Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-9)
}

pub(crate) fn dim<'v>(member: &'v Value, id: &str) -> &'v Value {
    member["dimensions"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["id"] == id))
        .unwrap_or_else(|| panic!("no dimension {id}"))
}

/// Customers for the hand-computed cases:
/// c1: tangibles.1 E7 P5, tangibles.2 E6 P6, reliability.1 E7 P4, weights 90 points in all.
/// c2: tangibles.1 E6 without P, reliability.1 E6 P5, weights 100 points.
pub(crate) const CUSTOMERS: &str = "  - respondent: c1
    role: customer
    answers:
      tangibles.1: {expected: 7, perceived: 5}
      tangibles.2: {expected: 6, perceived: 6}
      reliability.1: {expected: 7, perceived: 4}
      weights: {tangibles: 30, reliability: 60, responsiveness: 0, assurance: 0, empathy: 0}
  - respondent: c2
    role: customer
    answers:
      tangibles.1: {expected: 6}
      reliability.1: {expected: 6, perceived: 5}
      weights: {tangibles: 50, reliability: 50, responsiveness: 0, assurance: 0, empathy: 0}
";

/// Managers and staff for the five-gap case.
pub(crate) const PROVIDERS: &str = "  - respondent: m1
    role: manager
    answers:
      estimate.tangibles.1: 5
      estimate.reliability.1: 7
      research_orientation.1: 6
      upward_communication.1: 4
      management_layers.1: 7
      management_layers.2: 6
      management_layers.3: 2
  - respondent: s1
    role: staff
    answers:
      estimate.tangibles.1: 6
      teamwork.1: 5
";

#[test]
fn a_missing_expectation_is_scored_respondent_first() {
    let tmp = tempfile::tempdir().unwrap();
    let file = results(
        tmp.path(),
        "customers.yaml",
        "servqual",
        "builtin",
        CUSTOMERS,
    );
    let json = report_json(tmp.path(), &[&file]);
    let sq = &json["servqual"];
    // Tangibles: c1 gaps (5 − 7) = −2 and (6 − 6) = 0 → SQ = −1; c2 has no pair → not counted.
    // SQ_tangibles = −1, n = 1.
    let tang = dim(sq, "tangibles");
    assert!(close(&tang["gap"], -1.0), "{tang}");
    assert_eq!(tang["n"], 1);
    // Reliability: c1 4 − 7 = −3, c2 5 − 6 = −1 → (−3 + −1)/2 = −2, n = 2.
    let rel = dim(sq, "reliability");
    assert!(close(&rel["gap"], -2.0));
    assert_eq!(rel["n"], 2);
    // Unweighted = mean of the dimension gaps that exist: (−1 + −2)/2 = −1.5. The item-mean
    // shortcut over every gap given would be (−2 + 0 + −3 + −1)/4 = −1.5 too here, so the
    // distinguishing case is the tangibles.1 item: its mean E over valid pairs is 7 (c1 only),
    // over every answer (7 + 6)/2 = 6.5 — the second is what gap 1 uses.
    assert!(close(&sq["unweighted"], -1.5));
    let t1 = sq["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "tangibles.1")
        .unwrap();
    assert!(close(&t1["expected"], 7.0) && close(&t1["expected_all"], 6.5));
    assert_eq!(t1["n"], 1);
    // Nobody answered responsiveness: undefined (null), never 0.
    assert!(dim(sq, "responsiveness")["gap"].is_null());

    // Where the orders part: r1 tangibles.1 E7 P5, tangibles.2 E7 P5 → gaps −2, −2 → SQ_r1 = −2;
    // r2 tangibles.1 P3 without E (no gap), tangibles.2 E6 P6 → gap 0 → SQ_r2 = 0.
    // Respondent first: (−2 + 0)/2 = −1. The item-mean shortcut: item means −2 (r1 only) and
    // (−2 + 0)/2 = −1, then (−2 + −1)/2 = −1.5. We report −1.
    let body = "  - respondent: r1
    answers:
      tangibles.1: {expected: 7, perceived: 5}
      tangibles.2: {expected: 7, perceived: 5}
  - respondent: r2
    answers:
      tangibles.1: {perceived: 3}
      tangibles.2: {expected: 6, perceived: 6}
";
    let file = results(tmp.path(), "order.yaml", "servqual", "builtin", body);
    let json = report_json(tmp.path(), &[&file]);
    let tang = dim(&json["servqual"], "tangibles");
    assert!(close(&tang["gap"], -1.0), "{tang}");
    assert!(!close(&tang["gap"], -1.5));
    assert_eq!(tang["n"], 2);
}

#[test]
fn allocations_off_100_are_renormalised_and_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let f = results(
        tmp.path(),
        "customers.yaml",
        "servqual",
        "builtin",
        CUSTOMERS,
    );
    let v = report_json(tmp.path(), &[&f]);
    let s = &v["servqual"];
    // c1's 30 + 60 = 90 points are renormalised: w = 1/3, 2/3. c1: SQ_t −1, SQ_r −3, the other
    // three dimensions have no gap → WSQ undefined (every allocated dimension is needed), so c1
    // and c2 (no tangibles pair) are both left out of the weighted figure.
    assert_eq!(s["weights"]["renormalised"], 1);
    assert_eq!(s["weights"]["n"], 2);
    assert_eq!(s["weights"]["incomplete"], 2);
    assert!(s["weighted"].is_null());
    let policies = s["policies"].as_array().unwrap();
    assert!(
        policies.iter().any(|p| p
            .as_str()
            .unwrap()
            .contains("1 allocation(s) did not add up to 100 and were renormalised")),
        "{policies:?}"
    );
}

/// Every one of the 22 items with E 6 and P `p(dimension)`, and an allocation.
fn full(name: &str, p: impl Fn(&str) -> i32, weights: [i32; 5]) -> String {
    let dims = [
        ("tangibles", 4),
        ("reliability", 5),
        ("responsiveness", 4),
        ("assurance", 4),
        ("empathy", 5),
    ];
    let mut s = format!("  - respondent: {name}\n    role: customer\n    answers:\n");
    for (d, k) in dims {
        for i in 1..=k {
            let _ = writeln!(s, "      {d}.{i}: {{expected: 6, perceived: {}}}", p(d));
        }
    }
    let _ = writeln!(
        s,
        "      weights: {{tangibles: {}, reliability: {}, responsiveness: {}, assurance: {}, empathy: {}}}",
        weights[0], weights[1], weights[2], weights[3], weights[4]
    );
    s
}

#[test]
fn overall_is_the_mean_of_dimensions_and_weights_are_per_respondent() {
    let tmp = tempfile::tempdir().unwrap();
    // r1: gaps tangibles −4 (P 2), everything else 0; all 100 points on tangibles.
    // r2: gaps reliability −2 (P 4), everything else 0; all 100 points on reliability.
    let r1 = full(
        "r1",
        |d| if d == "tangibles" { 2 } else { 6 },
        [100, 0, 0, 0, 0],
    );
    let r2 = full(
        "r2",
        |d| if d == "reliability" { 4 } else { 6 },
        [0, 100, 0, 0, 0],
    );
    let f = results(
        tmp.path(),
        "c.yaml",
        "servqual",
        "builtin",
        &format!("{r1}{r2}"),
    );
    let v = report_json(tmp.path(), &[&f]);
    let s = &v["servqual"];
    // SQ_tangibles = (−4 + 0)/2 = −2; SQ_reliability = (0 + −2)/2 = −1; others 0.
    // Unweighted = (−2 + −1 + 0 + 0 + 0)/5 = −0.6. The mean of the 22 item gaps would be
    // (4 · −4 · ½ … ) = (4·−2 + 5·−1)/22 = −13/22 ≈ −0.59: not what we report.
    assert!(close(&s["unweighted"], -0.6), "{}", s["unweighted"]);
    assert!(!close(&s["unweighted"], -13.0 / 22.0));
    // WSQ_r1 = 1 · −4 = −4; WSQ_r2 = 1 · −2 = −2 → WSQ = −3.
    assert!(close(&s["weighted"], -3.0));
    // The aggregate shortcut: mean w = ½ tangibles, ½ reliability → ½·−2 + ½·−1 = −1.5.
    assert!(close(&s["aggregate_shortcut"], -1.5));
    assert_eq!(s["weighted_n"], 2);
}

#[test]
fn the_gap_is_perception_minus_expectation_and_alpha_can_be_negative_or_undefined() {
    let tmp = tempfile::tempdir().unwrap();
    // Tangibles (4 items), E = 4 everywhere; P on .1 = 5, 6, 7, on .2 = 7, 5, 6, on .3 and .4 = 6.
    // Gaps .1 = +1, +2, +3 (positive: perception beats expectation), .2 = +3, +1, +2, .3 = .4 = +2.
    // Item variances 1, 1, 0, 0 (sum 2); totals 8, 7, 9 → variance 1.
    // α = 4/3 · (1 − 2/1) = −4/3: negative, reported as is.
    // Reliability.1 alone of five items: nobody answered every item → α undefined (null).
    let mut body = String::new();
    // The three respondents four times over (12: α needs at least 10 complete cases); α and SQ
    // are the same as from the three.
    for (i, (a, b)) in [(5, 7), (6, 5), (7, 6)].iter().cycle().take(12).enumerate() {
        let _ = write!(
            body,
            "  - respondent: r{i}\n    answers:\n      tangibles.1: {{expected: 4, perceived: {a}}}\n      tangibles.2: {{expected: 4, perceived: {b}}}\n      tangibles.3: {{expected: 4, perceived: 6}}\n      tangibles.4: {{expected: 4, perceived: 6}}\n      reliability.1: {{expected: 3, perceived: 6}}\n"
        );
    }
    let f = results(tmp.path(), "c.yaml", "servqual", "builtin", &body);
    let v = report_json(tmp.path(), &[&f]);
    let s = &v["servqual"];
    let t = dim(s, "tangibles");
    // SQ_r = (1+3+2+2)/4, (2+1+2+2)/4, (3+2+2+2)/4 = 2, 1.75, 2.25 → SQ = 2 (positive).
    assert!(close(&t["gap"], 2.0));
    assert!(close(&t["alpha_gap"], -4.0 / 3.0), "{t}");
    assert!(close(&t["alpha_perceived"], -4.0 / 3.0));
    assert!(
        t["alpha_expected"].is_null(),
        "E never varies: undefined, not 0"
    );
    assert_eq!(t["alpha_negative"], true);
    assert!(close(&dim(s, "reliability")["gap"], 3.0));
    assert!(dim(s, "reliability")["alpha_gap"].is_null());
    // The text report flags the negative α and says undefined is undefined.
    let text = report_text(tmp.path(), &[&f], "en");
    assert!(text.contains("-1.33!"), "{text}");
    assert!(
        text.contains("α of the Tangibles gaps is negative"),
        "{text}"
    );
}

#[test]
fn zone_of_tolerance_by_path_classifies_p_equal_d_as_within() {
    let tmp = tempfile::tempdir().unwrap();
    let zone = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/servqual-zone.yaml");
    // (A, D, P): tangibles.1 (3, 6, 6) within (P = D); tangibles.2 (3, 6, 2) below;
    // reliability.1 (3, 5, 8) above.
    let body = "  - respondent: z1
    answers:
      tangibles.1: {adequate: 3, desired: 6, perceived: 6}
      tangibles.2: {adequate: 3, desired: 6, perceived: 2}
      reliability.1: {adequate: 3, desired: 5, perceived: 8}
";
    let f = results(
        tmp.path(),
        "z.yaml",
        "servqual-zone",
        &zone.display().to_string(),
        body,
    );
    let v = report_json(tmp.path(), &[&f]);
    let s = &v["servqual"];
    assert_eq!(s["variant"], "zone");
    let items = s["items"].as_array().unwrap();
    let zc = |id: &str| items.iter().find(|i| i["id"] == id).unwrap()["zone_counts"].clone();
    assert_eq!(zc("tangibles.1")["within"], 1);
    assert_eq!(zc("tangibles.2")["below"], 1);
    assert_eq!(zc("reliability.1")["above"], 1);
    // Tangibles: MSA (3 + −1)/2 = 1, MSS (0 + −4)/2 = −2 → within the zone.
    let t = dim(s, "tangibles");
    assert!(close(&t["msa"], 1.0) && close(&t["mss"], -2.0));
    assert_eq!(t["zone"], "within");
    // Reliability: MSA 5, MSS 3 → above.
    assert_eq!(dim(s, "reliability")["zone"], "above");
}

#[test]
fn servqual_csv_is_streamed_into_the_report() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("survey.csv");
    // Two rows; the second's allocation adds up to 90 and is renormalised on import.
    // Tangibles.1 gaps: 5 − 7 = −2 and 6 − 6 = 0 → SQ_t = −1.
    std::fs::write(
        &csv,
        "respondent,tangibles.1.expected,tangibles.1.perceived,weights.tangibles,weights.reliability,weights.responsiveness,weights.assurance,weights.empathy\n\
         a,7,5,20,20,20,20,20\n\
         b,6,6,10,20,20,20,20\n",
    )
    .unwrap();
    let out = cxassess(tmp.path())
        .args(["report", "--instrument", "servqual", "--format", "json"])
        .arg(&csv)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert!(close(&dim(&v["servqual"], "tangibles")["gap"], -1.0));
    assert_eq!(v["respondents"], 2);
    let policies = v["servqual"]["policies"].as_array().unwrap();
    assert!(
        policies
            .iter()
            .any(|p| p.as_str().unwrap().contains("renormalised")),
        "{policies:?}"
    );
}

#[test]
fn servqual_report_snapshots() {
    let tmp = tempfile::tempdir().unwrap();
    for lang in ["en", "zh"] {
        let out = cxassess(tmp.path())
            .args(["demo", "servqual", "--lang", lang])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        insta::assert_snapshot!(
            format!("servqual_report_{lang}"),
            String::from_utf8(out).unwrap()
        );
    }
}

#[test]
fn a_servperf_form_asks_perceptions_only_and_scores_them() {
    let tmp = tempfile::tempdir().unwrap();
    // A consultant's SERVPERF form: the built-in with `variant: servperf`.
    let template = cxassess(tmp.path())
        .args(["template", "servqual"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(template)
        .unwrap()
        .replace("  variant: servqual", "  variant: servperf")
        .replace("id: servqual", "id: servperf_desk");
    assert!(text.contains("variant: servperf"));
    let form = tmp.path().join("servperf.yaml");
    std::fs::write(&form, text).unwrap();
    // 23 answers: the allocation, then the 22 perceptions (i mod 7 + 1 for item i = 1…22);
    // no expectation is asked.
    let mut answers = String::from("10 20 30 20 20\n");
    for i in 1..=22 {
        let _ = writeln!(answers, "{}", i % 7 + 1);
    }
    let out = tmp.path().join("sp.yaml");
    let run = cxassess(tmp.path())
        .args(["run"])
        .arg(&form)
        .args(["--plain", "--respondent", "c1", "--out"])
        .arg(&out)
        .write_stdin(answers)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let run = String::from_utf8(run).unwrap();
    assert!(run.contains("[23/23]"), "{run}");
    assert!(!run.contains("[24/"), "{run}");
    let saved = std::fs::read_to_string(&out).unwrap();
    assert!(saved.contains("complete: true"), "{saved}");
    assert!(!saved.contains("expected"), "{saved}");
    let json = report_json(tmp.path(), &[&out]);
    let sq = &json["servqual"];
    assert_eq!(sq["variant"], "servperf");
    // P per dimension: tangibles (2,3,4,5) 3.5 · reliability (6,7,1,2,3) 3.8 ·
    // responsiveness (4,5,6,7) 5.5 · assurance (1,2,3,4) 2.5 · empathy (5,6,7,1,2) 4.2.
    for (id, p) in [
        ("tangibles", 3.5),
        ("reliability", 3.8),
        ("responsiveness", 5.5),
        ("assurance", 2.5),
        ("empathy", 4.2),
    ] {
        assert!(close(&dim(sq, id)["perceived"], p), "{id}");
        assert!(dim(sq, id)["gap"].is_null(), "{id}: SERVPERF has no gap");
    }
    // Unweighted: (3.5 + 3.8 + 5.5 + 2.5 + 4.2) / 5 = 3.9. Weighted by 10/20/30/20/20:
    // 0.35 + 0.76 + 1.65 + 0.5 + 0.84 = 4.1.
    assert!(close(&sq["unweighted"], 3.9), "{}", sq["unweighted"]);
    assert!(close(&sq["weighted"], 4.1), "{}", sq["weighted"]);
}

/// A sparse SERVQUAL file: items nobody answered in full (n = 0, every figure n/a) keep the
/// columns of the answered ones, and item texts start in one column whatever n is.
#[test]
fn item_rows_with_no_answers_stay_in_their_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let mut many = String::from(CUSTOMERS);
    for k in 3..=12 {
        let _ = write!(
            many,
            "  - respondent: c{k}\n    role: customer\n    answers:\n      reliability.1: {{expected: 7, perceived: 5}}\n"
        );
    }
    let s = results(tmp.path(), "s.yaml", "servqual", "builtin", &many);
    let text = report_text(tmp.path(), &[&s], "en");
    // The ranked items: "  rank  item  E  P  gap  n  statement".
    let section = text
        .split("Items, worst gap first\n")
        .nth(1)
        .expect("the items section");
    let rows: Vec<&str> = section
        .lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(rows.len(), 22, "{text}");
    // Each row's first six cells (rank, id, E, P, gap, n) with the display column each ends at,
    // and the column the statement starts at.
    let cells = |l: &str| {
        let mut out: Vec<(String, usize, usize)> = Vec::new();
        let mut col = 0;
        let mut cur: Option<(String, usize)> = None;
        for ch in l.chars() {
            if ch == ' ' {
                if let Some((t, start)) = cur.take() {
                    out.push((t, start, col));
                }
            } else {
                cur.get_or_insert((String::new(), col)).0.push(ch);
            }
            col += unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        }
        if let Some((t, start)) = cur {
            out.push((t, start, col));
        }
        out
    };
    assert!(rows.iter().any(|l| cells(l)[5].0 == "0"), "{text}");
    assert!(rows.iter().any(|l| cells(l)[5].0 == "12"), "{text}");
    assert!(rows.iter().any(|l| cells(l)[2].0 == "n/a"), "{text}");
    let first = cells(rows[0]);
    for l in &rows {
        let c = cells(l);
        for k in 2..=5 {
            assert_eq!(
                c[k].2, first[k].2,
                "figure {k} out of column:\n{}\n{l}",
                rows[0]
            );
        }
        assert_eq!(
            c[6].1, first[6].1,
            "statement out of column:\n{}\n{l}",
            rows[0]
        );
    }
}
