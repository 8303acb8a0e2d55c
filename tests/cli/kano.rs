//! Kano end to end: a survey export in mixed wordings streamed through `report` in every
//! format (figures computed by hand below), segments, the Pouliot table from an instrument
//! file, a bad label named by row and column, `demo kano` and `template kano`.

use predicates::prelude::*;
use serde_json::Value;

use crate::common::{cxassess, fixtures};

mod voices;

fn kano_fixture(name: &str) -> std::path::PathBuf {
    fixtures().join("kano").join(name)
}

fn json_of(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("JSON report")
}

fn feature<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["kano"]["features"]
        .as_array()
        .expect("features[]")
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no feature {id}"))
}

fn close(v: &Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-9)
}

#[test]
fn a_csv_export_in_mixed_wordings_is_streamed_and_scored() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["report", "--instrument", "kano", "--format", "json"])
        .arg(kano_fixture("survey.csv"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["respondents"], 8);

    // Hotline: c01 (expect, dislike) M; c02 (must be, major problem) M; c03 (2, 5) M;
    // c04 (like, DISLIKE) O; c05 (I’m neutral, 我不喜欢) M; c06 (能忍受, 能忍受) I; c07 blank;
    // c08 half-answered. A0 O1 M4 I1 R0 Q0, n = 6.
    let h = feature(&v, "hotline_24x7");
    assert_eq!(h["n"], 6);
    assert_eq!(
        h["counts"],
        serde_json::json!({"A": 0, "O": 1, "M": 4, "I": 1, "R": 0, "Q": 0})
    );
    assert_eq!(h["category"], "M");
    // Better = (0 + 1) / 6; Worse = −(1 + 4) / 6.
    assert!(close(&h["better"], 1.0 / 6.0));
    assert!(close(&h["worse"], -5.0 / 6.0));
    // Fong: |4 − 1| = 3 ≥ 1.65·√(5·7/12) = 2.818 passes the screen, but 6 answers are too few
    // to test a lead (30 needed): no verdict.
    assert_eq!(h["fong_screen"], true);
    assert_eq!(h["significant"], serde_json::Value::Null);
    assert_eq!(h["lead"]["testable"], false);
    assert_eq!(h["small_n"], true);
    // Wilson intervals on Better (1 of 6) and |Worse| (5 of 6), Worse's negated.
    assert!(h["better_interval"]["low"].as_f64().unwrap() < 1.0 / 6.0);
    assert!(h["worse_interval"]["high"].as_f64().unwrap() > -5.0 / 6.0);
    // Category strength 4/6 − 1/6 = 0.5; total strength (0 + 1 + 4)/6.
    assert!(close(&h["category_strength"], 0.5));
    assert!(close(&h["total_strength"], 5.0 / 6.0));
    // Functional 2, 2, 2, 4, 0, −1: mean 9/6 = 1.5, SD √((6·29 − 81)/30) = √3.1.
    assert!(close(&h["functional_mean"], 1.5));
    assert!(close(&h["functional_sd"], 3.1_f64.sqrt()));
    // Dysfunctional 4, 4, 4, 4, 4, 2: mean 22/6, SD √((6·84 − 484)/30) = √(2/3).
    assert!(close(&h["dysfunctional_mean"], 22.0 / 6.0));
    assert!(close(&h["dysfunctional_sd"], (2.0_f64 / 3.0).sqrt()));
    // Importance 9, 8, 7, 9, 6, 2 and c08's 5: 46 / 7.
    assert!(close(&h["importance_mean"], 46.0 / 7.0));
    assert_eq!(h["importance_n"], 7);

    // Free returns: A c01 c03 c07 c08, O c02, I c04, R c05, Q c06: n = 8.
    let f = feature(&v, "free_returns");
    assert_eq!(
        f["counts"],
        serde_json::json!({"A": 4, "O": 1, "M": 0, "I": 1, "R": 1, "Q": 1})
    );
    // Better = 5/6, Worse = −1/6 (R and Q not in the denominator).
    assert!(close(&f["better"], 5.0 / 6.0));
    assert!(close(&f["worse"], -1.0 / 6.0));
    // Fong's screen: 800·8·3² = 57 600 < 1089·5·11 = 59 895 fails; O wins the 1-1-1-1 tie for
    // runner-up. 8 answers are too few to test: no verdict, no "A/O".
    assert_eq!(f["fong_screen"], false);
    assert_eq!(f["second_category"], "O");
    assert_eq!(f["significant"], serde_json::Value::Null);
    assert_eq!(f["dual_category"], serde_json::Value::Null);
    assert!(close(&f["category_strength"], 3.0 / 8.0));
    assert!(close(&f["total_strength"], 5.0 / 8.0));
    // Nobody answered the others: null, not 0.
    let t = feature(&v, "online_tracking");
    assert_eq!(t["n"], 0);
    assert!(t["better"].is_null() && t["category"].is_null() && t["functional_mean"].is_null());

    // Two roles: the headline figures per role (customers: hotline M 3 of 3, Worse −1).
    let customers = &v["kano"]["by_role"]["customer"];
    let ch = customers["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "hotline_24x7")
        .unwrap();
    assert_eq!(ch["counts"]["M"], 3);
    assert!(close(&ch["better"], 0.0));
    assert!(close(&ch["worse"], -1.0));
    // Must-be first in the order of what to do.
    assert_eq!(v["kano"]["features"][0]["id"], "hotline_24x7");
    assert_eq!(v["kano"]["features"][0]["rank"], 1);
}

#[test]
fn the_text_report_draws_both_plots_and_warns_about_small_n() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["report", "--instrument", "kano"])
        .arg(kano_fixture("survey.csv"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Better/Worse"), "{text}");
    assert!(text.contains("Continuous analysis (DuMouchel)"));
    assert!(text.contains("|Worse| (dissatisfaction when absent)"));
    assert!(text.contains("Fewer than 30 answers"));
    assert!(text.contains("too few to test"), "{text}");
    // The hotline sits bottom right (|Worse| 0.83, Better 0.17): must-be quadrant.
    let grid_row = text
        .lines()
        .find(|l| l.contains('│') && l.contains('1') && !l.contains("1.0"))
        .unwrap();
    let at = grid_row.find('1').unwrap();
    assert!(at > grid_row.find('│').unwrap() + 23, "{grid_row}");
    assert!(!text.contains("\u{1b}["), "no colour when NO_COLOR is set");
}

#[test]
fn chinese_text_report_snapshot() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .env("LANG", "zh_CN.UTF-8")
        .args(["report", "--instrument", "kano"])
        .arg(kano_fixture("survey.csv"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("按行动优先顺序排列的功能"));
    insta::assert_snapshot!("kano_survey_csv_zh", text);
}

#[test]
fn markdown_and_html_reports() {
    let data = tempfile::tempdir().unwrap();
    let md = cxassess(data.path())
        .args(["report", "--instrument", "kano", "--format", "markdown"])
        .arg(kano_fixture("survey.csv"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    // The hotline: 6 answers, must-be flagged as resting on too few answers, no lead test; its
    // counts and strengths; Better 1/6 and Worse −5/6 with their Wilson intervals.
    for row in [
        "| 1 | 24/7 service hotline | 6 | M ⚠ | too few answers to test (n &lt; 30) | passes |",
        "| 1 | 24/7 service hotline | 0 | 1 | 4 | 1 | 0 | 0 | 6 | 0.50 | 0.83 |",
        "| 1 | 24/7 service hotline | 0.17 | 0.03 to 0.56 | -0.83 | -0.97 to -0.44 |",
    ] {
        assert!(md.contains(row), "{row}\n{md}");
    }
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("kano.html");
    cxassess(data.path())
        .args([
            "report",
            "--instrument",
            "kano",
            "--format",
            "html",
            "--out",
        ])
        .arg(&html)
        .arg(kano_fixture("survey.csv"))
        .assert()
        .success();
    let page = std::fs::read_to_string(&html).unwrap();
    assert_eq!(
        page.matches("<svg").count(),
        2,
        "Better/Worse and continuous plots"
    );
    assert!(page.contains("Must-be") && page.contains("One-dimensional"));
    assert!(cxassess::report::svg::well_formed(&page));
    assert!(page.contains("0.03 to 0.56"), "Better's interval in HTML");
}

#[test]
fn segments_by_any_respondent_field() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["report", "--by", "plan", "--format", "json"])
        .arg(kano_fixture("plans.yaml"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    // Overall: A a d, O b, I c → Better 3/4, Worse −1/4.
    let f = feature(&v, "fault_alerts");
    assert!(close(&f["better"], 0.75));
    assert!(close(&f["worse"], -0.25));
    let segs = v["kano"]["segments"]["segments"].as_array().unwrap();
    assert_eq!(v["kano"]["segments"]["field"], "plan");
    // Better and Worse compared between plans (Newcombe), and each feature's category mix tested
    // across them — with a handful of answers, by the exact test or not at all.
    let differences = v["kano"]["segments"]["differences"].as_array().unwrap();
    let better = differences
        .iter()
        .find(|d| d["figure"] == "kano.fault_alerts.better")
        .unwrap();
    assert_eq!(better["method"], "newcombe");
    let tests = v["kano"]["segments"]["tests"].as_array().unwrap();
    let alerts = tests
        .iter()
        .find(|t| t["feature"] == "fault_alerts")
        .unwrap();
    assert!(
        alerts["method"] == "fisher-freeman-halton" || alerts["testable"] == false,
        "{alerts}"
    );
    let seg = |value: &str| {
        segs.iter().find(|s| s["value"] == value).unwrap()["features"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "fault_alerts")
            .unwrap()
            .clone()
    };
    // Premium: A 1, O 1 → O wins the tie (M > O > A); two answers are too few to test the lead,
    // so no verdict and no dual; Better 1, Worse −0.5.
    let premium = seg("premium");
    assert_eq!(premium["category"], "O");
    assert_eq!(premium["dual_category"], serde_json::Value::Null);
    assert_eq!(premium["significant"], serde_json::Value::Null);
    assert!(close(&premium["better"], 1.0));
    assert!(close(&premium["worse"], -0.5));
    // Basic: A 1, I 1 → A (no test at n = 2); Better 1/2, Worse 0.
    let basic = seg("basic");
    assert_eq!(basic["shown_category"], "A");
    assert!(close(&basic["worse"], 0.0));

    let text = cxassess(data.path())
        .args(["report", "--by", "plan"])
        .arg(kano_fixture("plans.yaml"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("Segments by plan"), "{text}");
    assert!(text.contains("premium (2)") && text.contains("basic (2)"));
}

#[test]
fn the_pouliot_table_comes_from_the_instrument_file() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["report", "--format", "json", "--instrument"])
        .arg(kano_fixture("pouliot.yaml"))
        .arg(kano_fixture("pouliot.csv"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    // (must-be, must-be) and (live-with, live-with) are Q under Pouliot; (must-be, dislike) M.
    let h = feature(&v, "hotline_24x7");
    assert_eq!(
        h["counts"],
        serde_json::json!({"A": 0, "O": 0, "M": 1, "I": 0, "R": 0, "Q": 2})
    );
    assert_eq!(h["category"], "Q");
    assert_eq!(v["kano"]["table"], "pouliot");
    // Better = 0 / 1, Worse = −1 / 1.
    assert!(close(&h["better"], 0.0));
    assert!(close(&h["worse"], -1.0));
    assert!(
        v["kano"]["policies"][0]
            .as_str()
            .unwrap()
            .contains("Pouliot")
    );
}

#[test]
fn a_bad_label_names_its_row_and_column_and_nothing_is_reported() {
    let data = tempfile::tempdir().unwrap();
    cxassess(data.path())
        .args(["report", "--instrument", "kano", "--format", "json"])
        .arg(kano_fixture("bad_label.csv"))
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "row 4, column 3 (hotline_24x7.dysfunctional)",
        ))
        .stderr(predicate::str::contains("I would hate it"));
}

#[test]
fn demo_kano_reports_embedded_results_without_a_warning() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["demo", "kano", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["instrument"]["id"], "kano");
    assert!(v["respondents"].as_u64().unwrap() >= 30);
    let features = v["kano"]["features"].as_array().unwrap();
    assert_eq!(features.len(), 9);
    assert!(
        features
            .iter()
            .all(|f| f["n"].as_u64().unwrap() >= 30 && f["small_n"] == false)
    );
    assert!(v["kano"]["warnings"].as_array().unwrap().is_empty());
    cxassess(data.path())
        .args(["demo", "kano"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Continuous analysis (DuMouchel)"))
        .stdout(predicate::str::contains("Fewer than 30 answers:").not());
    cxassess(data.path())
        .args(["demo", "kano", "--lang", "zh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("必备型"));
}

#[test]
fn template_kano_is_an_instrument_to_edit() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("my-kano.yaml");
    cxassess(data.path())
        .args(["template", "kano", "--out"])
        .arg(&out)
        .assert()
        .success();
    let yaml = std::fs::read_to_string(&out).unwrap();
    assert!(yaml.contains("kano_table: standard"));
    assert!(yaml.contains("id: online_tracking"));
    cxassess(data.path())
        .arg("validate")
        .arg(&out)
        .assert()
        .success();
}

/// The plain runner counts Kano questions as `list` and the home screen do (one per feature),
/// and says how many answers that takes.
#[test]
fn the_plain_runner_counts_features_as_questions() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("k.yaml");
    cxassess(data.path())
        .args(["run", "kano", "--plain", "--out"])
        .arg(&out)
        .write_stdin("1\n".repeat(27))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Kano feature study (service example): 9 questions (27 answers).",
        ))
        .stdout(predicate::str::contains("All 9 questions answered."))
        .stdout(predicate::str::contains("27 questions").not());
    let out = dir.path().join("k-zh.yaml");
    cxassess(data.path())
        .args(["run", "kano", "--plain", "--lang", "zh", "--out"])
        .arg(&out)
        .write_stdin("1\n".repeat(27))
        .assert()
        .success()
        .stdout(predicate::str::contains("：共 9 题（27 个回答）。"))
        .stdout(predicate::str::contains("全部 9 题已作答"));
    // Where every question takes one answer, the line says only the questions.
    let out = dir.path().join("p.yaml");
    cxassess(data.path())
        .args(["run", "pulse", "--plain", "--out"])
        .arg(&out)
        .write_stdin("q\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(": 4 questions. Each answer"));
}
