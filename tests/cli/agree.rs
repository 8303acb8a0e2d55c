//! `cxassess agree`: Krippendorff's worked example through the binary, the disputed items, the
//! heat map, both languages, and the refusals.

use std::path::Path;

use serde_json::Value;

use crate::common::cxassess;

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units,
/// values 1–5, `0` missing. Ordinal α = 0.8153875037548814.
const EXAMPLE: [[i32; 12]; 4] = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3],
    [0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0],
];

/// The first 12 maturity items, each rater in their own results file, missing values N/A.
fn raters(dir: &Path) -> Vec<String> {
    let items = [
        "strategy.1",
        "strategy.2",
        "strategy.3",
        "strategy.4",
        "insight.1",
        "insight.2",
        "insight.3",
        "insight.4",
        "journey.1",
        "journey.2",
        "journey.3",
        "journey.4",
    ];
    let mut files = Vec::new();
    for (k, row) in EXAMPLE.iter().enumerate() {
        let mut answers = String::new();
        for (item, v) in items.iter().zip(row) {
            if *v == 0 {
                answers.push_str(&format!("  {item}: {{na: \"not seen\"}}\n"));
            } else {
                answers.push_str(&format!("  {item}: {v}\n"));
            }
        }
        let name = ["ann", "bob", "cao", "dai"][k];
        std::fs::write(
            dir.join(format!("{name}.answers.yaml")),
            format!("respondent: {name}\nrole: manager\nanswers:\n{answers}"),
        )
        .expect("write");
        let out = format!("{name}.yaml");
        cxassess(dir)
            .current_dir(dir)
            .args([
                "fill",
                "maturity",
                "--answers",
                &format!("{name}.answers.yaml"),
                "--out",
                &out,
            ])
            .assert()
            .success();
        files.push(out);
    }
    files
}

#[test]
fn the_worked_example_gives_its_alpha_through_the_binary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = raters(dir.path());
    let out = cxassess(dir.path())
        .current_dir(dir.path())
        .arg("agree")
        .args(&files)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["instrument"], "maturity");
    assert_eq!(v["raters"], 4);
    assert_eq!(v["alpha_method"], "krippendorff-ordinal");
    let alpha = v["alpha"].as_f64().expect("alpha");
    assert!((alpha - 0.815_387_503_754_881_4).abs() < 1e-12, "{alpha}");
    assert_eq!(v["band"], "reliable");
    // Unit 6 was rated 1, 2, 3, 4: the only one spanning 2 points or more.
    let items = v["items"].as_array().expect("items");
    let disputed: Vec<&str> = items
        .iter()
        .filter(|i| i["disputed"] == true)
        .map(|i| i["id"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(disputed, ["insight.2"]);
    let unit6 = items.iter().find(|i| i["id"] == "insight.2").expect("item");
    assert_eq!(
        (
            unit6["n"].as_u64(),
            unit6["min"].as_i64(),
            unit6["max"].as_i64()
        ),
        (Some(4), Some(1), Some(4))
    );
    assert_eq!(unit6["median"], 2.5);
    let strategy = v["dimensions"]
        .as_array()
        .expect("dims")
        .iter()
        .find(|d| d["id"] == "strategy")
        .expect("strategy");
    assert_eq!(strategy["raters"], 4);

    let text = cxassess(dir.path())
        .current_dir(dir.path())
        .arg("agree")
        .args(&files)
        .env("COLUMNS", "80")
        .output()
        .expect("runs");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(
        text.contains("4 raters: ann (manager), bob (manager), cao (manager), dai (manager)"),
        "{text}"
    );
    assert!(text.contains("0.815 · reliable"), "{text}");
    assert!(text.contains("1 disputed item, for the workshop"), "{text}");
    // The heat map: bob's row, N/A as a dot.
    assert!(text.contains("  bob  1233 2241 25·3 ····"), "{text}");
    for line in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "{line}");
    }
    let zh = cxassess(dir.path())
        .current_dir(dir.path())
        .args(["agree", "--lang", "zh"])
        .args(&files)
        .output()
        .expect("runs");
    let zh = String::from_utf8(zh.stdout).expect("utf-8");
    assert!(
        zh.contains("4 位评分者") && zh.contains("可靠") && zh.contains("有争议的题目 1 道"),
        "{zh}"
    );
    // Every item by its id and words, the columns in the reader's language.
    let items = zh.rsplit("全部题目").next().expect("the item table");
    assert!(items.contains("最低") && items.contains("标准差"), "{zh}");
    assert!(!items.contains(" SD "), "{zh}");
    assert!(items.contains("strategy.1 · "), "{zh}");
}

#[test]
fn the_same_rater_in_two_files_and_the_wrong_instrument_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = raters(dir.path());
    std::fs::copy(dir.path().join(&files[0]), dir.path().join("copy.yaml")).expect("copy");
    let out = cxassess(dir.path())
        .current_dir(dir.path())
        .args(["agree", &files[0], "copy.yaml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("'ann' is in both ann.yaml and copy.yaml"),
        "{err}"
    );
    std::fs::write(
        dir.path().join("p.answers.yaml"),
        "respondent: p\nanswers:\n  nps: 9\n",
    )
    .expect("write");
    cxassess(dir.path())
        .current_dir(dir.path())
        .args([
            "fill",
            "pulse",
            "--answers",
            "p.answers.yaml",
            "--out",
            "pulse.yaml",
        ])
        .assert()
        .success();
    let out = cxassess(dir.path())
        .current_dir(dir.path())
        .args(["agree", "pulse.yaml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no pyramid or maturity results"));
}
