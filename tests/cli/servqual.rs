//! SERVQUAL and the five-gap report end to end: results files written here, `cxassess report`
//! run on them, figures checked against hand computations (the arithmetic is beside each
//! assertion), snapshots of the SERVQUAL report and the five-gap diagram in both languages.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::cxassess;

/// A results file for `instrument` (built-in id, or `source` a path) with `responses` (YAML
/// list entries, indented by two spaces).
fn results(dir: &Path, name: &str, instrument: &str, source: &str, responses: &str) -> PathBuf {
    let path = dir.join(name);
    let text = format!(
        "format: cxassess-results/1\ninstrument:\n  id: {instrument}\n  version: 1\n  source: {source}\nassessment:\n  organization: Test Service Desk\n  date: 2026-11-20\nresponses:\n{responses}"
    );
    std::fs::write(&path, text).expect("write results");
    path
}

fn report_json(data: &Path, files: &[&Path]) -> Value {
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

fn report_text(data: &Path, files: &[&Path], lang: &str) -> String {
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

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

fn close(v: &Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-9)
}

fn dim<'v>(member: &'v Value, id: &str) -> &'v Value {
    member["dimensions"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["id"] == id))
        .unwrap_or_else(|| panic!("no dimension {id}"))
}

/// Customers for the hand-computed cases:
/// c1: tangibles.1 E7 P5, tangibles.2 E6 P6, reliability.1 E7 P4, weights 90 points in all.
/// c2: tangibles.1 E6 without P, reliability.1 E6 P5, weights 100 points.
const CUSTOMERS: &str = "  - respondent: c1
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
const PROVIDERS: &str = "  - respondent: m1
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
fn the_five_gap_report_takes_one_file_of_each_in_either_order() {
    let tmp = tempfile::tempdir().unwrap();
    let customers = results(
        tmp.path(),
        "customers.yaml",
        "servqual",
        "builtin",
        CUSTOMERS,
    );
    let providers = results(tmp.path(), "staff.yaml", "gaps", "builtin", PROVIDERS);
    let forward = report_json(tmp.path(), &[&customers, &providers]);
    let backward = report_json(tmp.path(), &[&providers, &customers]);
    assert_eq!(forward, backward, "file order must not matter");
    let member = &forward["gaps"];
    let ids: Vec<&str> = member["gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["gap1", "gap2", "gap3", "gap4", "gap5"]);
    // Gap 1 drivers: research orientation 6, upward communication 4, flat structure: items
    // 7 (reverse → 1), 6 (reverse → 2), 2 → 5/3. Gap 1 = (6 + 4 + 5/3)/3 = 35/9.
    assert!(
        close(&member["gaps"][0]["score"], 35.0 / 9.0),
        "{}",
        member["gaps"][0]
    );
    assert!(
        member["gaps"][1]["score"].is_null(),
        "nobody answered the gap 2 drivers"
    );
    assert!(close(&member["gaps"][2]["score"], 5.0));
    // Gap 5 = the customers' unweighted gap, −1.5.
    assert!(close(&member["gaps"][4]["score"], -1.5));
    // Gap 1 per item: tangibles.1 manager 5 − customers (7 + 6)/2 = −1.5; reliability.1
    // 7 − (7 + 6)/2 = +0.5. Per dimension the mean of its items with both: −1.5 and +0.5.
    let dimension = |id: &str| {
        member["gap1_dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .unwrap()
            .clone()
    };
    assert!(close(&dimension("tangibles")["gap"], -1.5));
    assert!(close(&dimension("reliability")["gap"], 0.5));
    // Mean absolute error over the two items: (1.5 + 0.5)/2 = 1.
    assert!(close(&member["gap1_mae"], 1.0));
    // Gap 6 (staff 6 − customers 6.5 = −0.5) and gap 7 (staff 6 − manager 5 = +1) on tangibles.1.
    let item = member["gap1_items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "tangibles.1")
        .unwrap();
    assert!(close(&item["gap6"], -0.5) && close(&item["gap7"], 1.0));
    // Constructs carry SPEC's names.
    let layers = member["constructs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "management_layers")
        .unwrap();
    assert_eq!(layers["gap"], 1);
    assert!(close(&layers["score"], 5.0 / 3.0));
    assert_eq!(forward["respondents"], 4);
    assert!(num(&member["gaps"][4]["score"]) < 0.0);
}

#[test]
fn the_five_gap_text_draws_the_model_with_every_gap() {
    let tmp = tempfile::tempdir().unwrap();
    let c = results(
        tmp.path(),
        "customers.yaml",
        "servqual",
        "builtin",
        CUSTOMERS,
    );
    let p = results(tmp.path(), "staff.yaml", "gaps", "builtin", PROVIDERS);
    let text = report_text(tmp.path(), &[&p, &c], "en");
    for want in [
        "Expected service",
        "Perceived service",
        "Service delivery",
        "External communications",
        "Service-quality standards",
        "Management's perception",
        "gap 5  -1.50  P − E",
        "gap 3  5.00",
        "gap 2  n/a",
        "Δ -0.50",
        "Driver scores are diagnostics",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    // The customer boxes come before the line, the provider boxes after.
    let line = text.find("┼").unwrap();
    assert!(
        text.find("Perceived service").unwrap() < line
            && line < text.find("Service delivery").unwrap()
    );
}

#[test]
fn a_servqual_file_with_another_instrument_is_still_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let c = results(
        tmp.path(),
        "customers.yaml",
        "servqual",
        "builtin",
        CUSTOMERS,
    );
    let other = results(
        tmp.path(),
        "pulse.yaml",
        "pulse",
        "builtin",
        "  - respondent: x\n    answers:\n      nps: 9\n",
    );
    cxassess(tmp.path())
        .args(["report"])
        .arg(&c)
        .arg(&other)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "a report merges files of one instrument",
        ));
}

#[test]
fn gaps_alone_shows_reverse_keyed_constructs_under_healthy_names() {
    let tmp = tempfile::tempdir().unwrap();
    let p = results(tmp.path(), "staff.yaml", "gaps", "builtin", PROVIDERS);
    let v = report_json(tmp.path(), &[&p]);
    let layers = v["gaps"]["constructs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "management_layers")
        .unwrap()
        .clone();
    // 8 − 7 = 1, 8 − 6 = 2, 2 → 5/3, and not reversed again (8 − 5/3 = 6.33).
    assert!(close(&layers["score"], 5.0 / 3.0));
    assert_eq!(layers["name"], "Flat structure");
    assert!(
        v["gaps"]["gaps"][4]["score"].is_null(),
        "gap 5 needs the customers"
    );
    let text = report_text(tmp.path(), &[&p], "en");
    assert!(
        text.contains("Flat structure") && text.contains("reverse-scored"),
        "{text}"
    );
    assert!(text.contains("not validated psychometric scales"), "{text}");
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
fn five_gap_diagram_snapshots() {
    let tmp = tempfile::tempdir().unwrap();
    for lang in ["en", "zh"] {
        let out = cxassess(tmp.path())
            .args(["demo", "fivegap", "--lang", lang])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        // The heading, the drawing and its key: everything before the table of gaps.
        let end = text
            .find(if lang == "en" {
                "\nThe gaps\n"
            } else {
                "\n各差距\n"
            })
            .expect("gaps table");
        insta::assert_snapshot!(format!("five_gap_diagram_{lang}"), &text[..end]);
    }
}

#[test]
fn every_format_renders_the_five_gap_report() {
    let tmp = tempfile::tempdir().unwrap();
    let md = cxassess(tmp.path())
        .args(["demo", "fivegap", "--format", "markdown"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.contains("```text\nCUSTOMER") && md.contains("| Gap 5 — Customer gap |"),
        "{md}"
    );
    let html = cxassess(tmp.path())
        .args(["demo", "fivegap", "--format", "html"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let html = String::from_utf8(html).unwrap();
    assert!(
        html.contains("<svg")
            && html.contains("The five-gap model with each gap")
            && !html.contains("href=\"http")
            && !html.contains(" src="),
        "{html}"
    );
    let zh = cxassess(tmp.path())
        .args(["demo", "servqual", "--format", "html", "--lang", "zh"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(zh)
            .unwrap()
            .contains("各维度的期望与感知")
    );
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

/// The completion summary of the plain runner puts every gap's driver score in one column,
/// however long the gap's name ("Gap 4 — Communication gap").
#[test]
fn the_plain_gaps_summary_lines_its_scores_up() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "zh"] {
        let file = dir.path().join(format!("g-{lang}.yaml"));
        let out = cxassess(data.path())
            .args(["run", "gaps", "--plain", "--lang", lang, "--out"])
            .arg(&file)
            .write_stdin("5\n".repeat(100))
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        let rows: Vec<&str> = out
            .lines()
            .filter(|l| l.starts_with("Gap ") || l.starts_with("差距"))
            .filter(|l| l.contains("  4."))
            .collect();
        assert_eq!(rows.len(), 4, "{out}");
        let score_at = |l: &str| {
            let i = l.find("  4.").unwrap();
            unicode_width::UnicodeWidthStr::width(&l[..i])
        };
        assert!(
            rows.iter().all(|l| score_at(l) == score_at(rows[0])),
            "{rows:#?}"
        );
    }
}

/// One customer and one manager: the five-gap report counts them in the singular.
#[test]
fn the_five_gap_report_counts_one_customer_and_one_manager_in_the_singular() {
    let tmp = tempfile::tempdir().unwrap();
    let one_customer = CUSTOMERS.split("  - respondent: c2").next().unwrap();
    let one_manager = PROVIDERS.split("  - respondent: s1").next().unwrap();
    let s = results(tmp.path(), "s.yaml", "servqual", "builtin", one_customer);
    let g = results(tmp.path(), "g.yaml", "gaps", "builtin", one_manager);
    let text = report_text(tmp.path(), &[&s, &g], "en");
    assert!(
        text.contains("1 customer (") && text.contains(" · 1 manager or staff member ("),
        "{text}"
    );
    assert!(
        text.contains("With only 1 customer, gap 5 is indicative"),
        "{text}"
    );
    assert!(
        !text.contains("1 customers") && !text.contains("1 managers"),
        "{text}"
    );
    // Several stay plural.
    let s = results(tmp.path(), "s2.yaml", "servqual", "builtin", CUSTOMERS);
    let g = results(tmp.path(), "g2.yaml", "gaps", "builtin", PROVIDERS);
    let text = report_text(tmp.path(), &[&s, &g], "en");
    assert!(
        text.contains("2 customers (") && text.contains("managers and staff ("),
        "{text}"
    );
    assert!(text.contains("With only 2 customers, gap 5"), "{text}");
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
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("  E ") && l.contains("  gap "))
        .filter(|l| {
            l.get(..5)
                .is_some_and(|r| r.trim().trim_end_matches('.').parse::<u32>().is_ok())
        })
        .collect();
    assert_eq!(rows.len(), 22, "{text}");
    assert!(rows.iter().any(|l| l.contains("n=0")) && rows.iter().any(|l| l.contains("n=12")));
    for marker in ["  P ", "  gap ", "  n="] {
        let at = |l: &str| l.find(marker).map(|i| l[..i].chars().count());
        let first = at(rows[0]);
        assert!(first.is_some(), "{marker}: {}", rows[0]);
        for l in &rows {
            assert_eq!(at(l), first, "{marker} out of column:\n{}\n{l}", rows[0]);
        }
    }
    // The item text: the first character after the n= cell and its padding.
    let text_at = |l: &str| {
        let n = l.find("  n=").unwrap() + 2;
        let after = l[n..].find(' ').unwrap() + n;
        let start = after + l[after..].find(|c: char| c != ' ').unwrap();
        l[..start].chars().count()
    };
    for l in &rows {
        assert_eq!(
            text_at(l),
            text_at(rows[0]),
            "item text out of column:\n{}\n{l}",
            rows[0]
        );
    }
}

#[test]
fn staff_and_managers_answer_only_their_own_sections_of_the_gaps_questionnaire() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = cxassess::instrument::Instrument::load("gaps").unwrap();
    let count = |role: &str| {
        inst.steps()
            .iter()
            .filter(|s| {
                let a = &inst.sections[s.section].audience;
                a.is_empty() || a.iter().any(|w| w == role)
            })
            .count()
    };
    let (managers, staff) = (count("manager"), count("staff"));
    assert!(managers < inst.steps().len() && staff < inst.steps().len());
    // The gaps questionnaire is answered by managers, staff and marketing, not by customers or
    // consultants; without a role every section is asked.
    assert!(!inst.admits(Some("consultant")) && !inst.admits(Some("customer")));
    assert!(inst.admits(Some("Marketing")) && inst.admits(None));
    assert_eq!(inst.steps_for(None).len(), inst.steps().len());
    assert_eq!(inst.steps_for(Some("Staff")).len(), staff);
    let out = tmp.path().join("g.yaml");
    for (role, who, n) in [("manager", "m1", managers), ("staff", "s1", staff)] {
        let answers = "6\n".repeat(n);
        let shown = cxassess(tmp.path())
            .args([
                "run",
                "gaps",
                "--plain",
                "--role",
                role,
                "--respondent",
                who,
                "--out",
            ])
            .arg(&out)
            .write_stdin(answers)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let shown = String::from_utf8(shown).unwrap();
        assert!(shown.contains(&format!("[{n}/{n}]")), "{role}: {shown}");
    }
    let (results, _) = cxassess::response::read_results(&out).unwrap();
    assert_eq!(results.responses.len(), 2);
    for r in &results.responses {
        assert!(
            r.complete,
            "{} answered every step of their role",
            r.respondent
        );
    }
    // Staff were never asked the managers' research-orientation items, nor managers the staff's
    // teamwork items.
    let staff = &results.responses[1];
    assert!(
        !staff
            .answers
            .keys()
            .any(|k| k.starts_with("research_orientation."))
    );
    assert!(staff.answers.keys().any(|k| k.starts_with("teamwork.")));
    let manager = &results.responses[0];
    assert!(!manager.answers.keys().any(|k| k.starts_with("teamwork.")));
    let json = report_json(tmp.path(), &[&out]);
    let constructs = json["gaps"]["constructs"].as_array().unwrap();
    let research = constructs
        .iter()
        .find(|c| c["id"] == "research_orientation")
        .unwrap();
    assert_eq!(research["n"], 1, "{research}");
}
