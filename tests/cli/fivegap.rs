//! The five-gap report end to end: one `servqual` and one `gaps` results file in either order,
//! figures checked against hand computations, the model drawn in every format, snapshots of the
//! diagram in both languages.

use crate::common::cxassess;
use crate::servqual::{CUSTOMERS, PROVIDERS, close, num, report_json, report_text, results};

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
    // Markdown leaves drawings out (the document model's rule: their numbers are in the tables);
    // the diagram's key and every gap's row are there.
    assert!(
        md.contains("| Gap 5 — Customer gap | expected service ↔ perceived service | -0.73 |")
            && md.contains("| Gap 1 — Listening gap |")
            && md.contains("Gap 5: P − E (negative = shortfall)")
            && !md.contains("┌──"),
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
        cxassess::report::svg::well_formed(&html),
        "the page is well formed"
    );
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
