//! The Kano report's notes and N/A reasons in every format, and its text at the terminal's width
//! (`COLUMNS`) in both languages.

use std::path::{Path, PathBuf};

use crate::common::{cxassess, fixtures};

/// A Kano instrument of two features that allow N/A.
const TWO_FEATURES: &str = r#"format: cxassess-instrument/1
id: kano-two
version: 1
kind: kano
title: {en: "Two features", zh: "两项功能"}
sections:
  - id: features
    title: {en: "Features", zh: "功能"}
    questions:
      - id: hotline
        type: kano
        feature: {en: "Service hotline", zh: "服务热线"}
        functional: {en: "If it HAS a hotline?", zh: "如果【提供】热线？"}
        dysfunctional: {en: "If it does NOT have a hotline?", zh: "如果【不提供】热线？"}
      - id: returns
        type: kano
        feature: {en: "Free returns", zh: "免费退货"}
        functional: {en: "If it HAS free returns?", zh: "如果【提供】免费退货？"}
        dysfunctional: {en: "If it does NOT have free returns?", zh: "如果【不提供】免费退货？"}
"#;

fn ok(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Two respondents' results: one wrote a note and gave a reason for N/A.
fn results(dir: &Path) -> PathBuf {
    let inst = dir.join("kano-two.yaml");
    std::fs::write(&inst, TWO_FEATURES).unwrap();
    let out = dir.join("results.yaml");
    let answers = [
        "respondent: li.wei\nrole: customer\nanswers:\n  hotline: {functional: must-be, dysfunctional: dislike}\n  returns: {na: \"we sell no physical product\"}\nnotes:\n  hotline: \"台风季节工单 #4412\"\n",
        "respondent: bo\nrole: customer\nanswers:\n  hotline: {functional: like, dysfunctional: dislike}\n  returns: {functional: like, dysfunctional: neutral}\n",
    ];
    for (i, a) in answers.iter().enumerate() {
        let file = dir.join(format!("a{i}.yaml"));
        std::fs::write(&file, a).unwrap();
        ok(cxassess(dir)
            .arg("fill")
            .arg(&inst)
            .arg("--answers")
            .arg(&file)
            .arg("--out")
            .arg(&out));
    }
    out
}

#[test]
fn notes_and_na_reasons_appear_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let file = results(dir.path());
    let report = |format: &str, lang: &str| {
        ok(cxassess(dir.path())
            .args(["report", "--lang", lang, "--format", format])
            .arg(&file))
    };
    for (format, lang, heading, na) in [
        (
            "text",
            "en",
            "Notes and N/A reasons",
            "N/A: we sell no physical product",
        ),
        (
            "markdown",
            "en",
            "## Notes and N/A reasons",
            "N/A: we sell no physical product",
        ),
        (
            "html",
            "en",
            "Notes and N/A reasons",
            "N/A: we sell no physical product",
        ),
        (
            "text",
            "zh",
            "备注与“不适用”原因",
            "不适用：we sell no physical product",
        ),
        (
            "markdown",
            "zh",
            "备注与“不适用”原因",
            "不适用：we sell no physical product",
        ),
        (
            "html",
            "zh",
            "备注与“不适用”原因",
            "不适用：we sell no physical product",
        ),
    ] {
        let out = report(format, lang);
        let what = format!("{format} ({lang})");
        assert!(out.contains(heading), "{what}: {out}");
        assert!(out.contains("台风季节工单 #4412"), "{what}: {out}");
        assert!(out.contains(na), "{what}: {out}");
        assert!(out.contains("li.wei"), "{what}: attributed");
        if format == "html" {
            assert!(cxassess::report::svg::well_formed(&out), "{what}");
            assert_eq!(out.matches("<svg").count(), 2, "{what}");
        }
    }
    let json: serde_json::Value = serde_json::from_str(&report("json", "en")).unwrap();
    assert_eq!(json["notes"][0]["text"], "台风季节工单 #4412");
    assert_eq!(json["notes"][0]["respondent"], "li.wei");
    assert_eq!(json["notes"][0]["question"], "hotline");
    assert_eq!(json["na_reasons"][0]["text"], "we sell no physical product");
    assert_eq!(json["na_reasons"][0]["question"], "returns");
}

/// Every line of `out` at most `w` columns wide (display width: Chinese counts two).
fn fits(out: &str, w: usize, what: &str) {
    for l in out.lines() {
        let cols = unicode_width::UnicodeWidthStr::width(l);
        assert!(cols <= w, "{what}: {cols} > {w}: {l:?}");
    }
}

#[test]
fn text_reports_fit_80_and_60_columns_in_both_languages() {
    let data = tempfile::tempdir().unwrap();
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/kano.yaml");
    let survey = fixtures().join("kano").join("survey.csv");
    for w in [80, 60] {
        for lang in ["en", "zh"] {
            let by_plan = ok(cxassess(data.path())
                .env("COLUMNS", w.to_string())
                .args(["report", "--lang", lang, "--by", "plan"])
                .arg(&demo));
            fits(&by_plan, w, &format!("demo --by plan, {lang} at {w}"));
            // The figures survive the narrowing: intervals, the lead test, both plots.
            assert!(by_plan.contains("-0.82"), "{lang} at {w}: {by_plan}");
            assert!(by_plan.contains("0.5┼") && by_plan.contains("2.0┼"));
            let small = ok(cxassess(data.path())
                .env("COLUMNS", w.to_string())
                .args(["report", "--lang", lang, "--instrument", "kano"])
                .arg(&survey));
            fits(&small, w, &format!("survey, {lang} at {w}"));
            assert!(small.contains('⚠'), "{lang} at {w}: {small}");
        }
    }
}
