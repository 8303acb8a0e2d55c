//! What the SERVQUAL, gaps and five-gap reports say and how they are laid out, end to end: the
//! 95% intervals and small-n flags beside the headline figures, "too few answers to test" where
//! a test cannot be made, the item diagnostics, notes and N/A reasons in every format, text that
//! fits 80 and 60 columns in English and Chinese, and HTML that stays one well-formed file.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

use crate::common::cxassess;
use crate::servqual::{CUSTOMERS, PROVIDERS, dim, results};

/// `cxassess ARGS` in `data`, its stdout.
fn run(data: &Path, args: &[&str], columns: Option<usize>) -> String {
    let mut cmd = cxassess(data);
    if let Some(c) = columns {
        cmd.env("COLUMNS", c.to_string());
    }
    let out = cmd
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

/// `cxassess report FILES --format FORMAT --lang LANG`.
fn report(data: &Path, files: &[&Path], format: &str, lang: &str) -> String {
    let mut args: Vec<String> = vec!["report".into()];
    args.extend(files.iter().map(|f| f.display().to_string()));
    args.extend(["--format", format, "--lang", lang].map(String::from));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run(data, &refs, None)
}

fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

#[test]
fn headline_figures_carry_their_interval_and_the_small_n_flag() {
    let tmp = tempfile::tempdir().unwrap();
    for (lang, want) in [
        (
            "en",
            [
                "95% interval: -1.22 to -0.57",
                "indicative: fewer than 30 respondents",
                "-2.38 to -1.15",
            ],
        ),
        (
            "zh",
            [
                "95% 区间：-1.22 至 -0.57",
                "仅供参考：答卷人少于 30 位",
                "-2.38 至 -1.15",
            ],
        ),
    ] {
        let text = run(tmp.path(), &["demo", "servqual", "--lang", lang], None);
        let md = run(
            tmp.path(),
            &["demo", "servqual", "--lang", lang, "--format", "markdown"],
            None,
        );
        for w in want {
            assert!(text.contains(w), "{lang} text lacks {w:?}:\n{text}");
            assert!(md.contains(w), "{lang} Markdown lacks {w:?}:\n{md}");
        }
    }
    // Beside the figure, not in a footnote: the weighted figure's row holds its interval.
    let md = run(
        tmp.path(),
        &["demo", "servqual", "--format", "markdown"],
        None,
    );
    assert!(
        md.contains(
            "| Overall gap, weighted by each respondent's own importance | **-0.89** | 95% interval: -1.22 to -0.57 · n = 12 of 12 · indicative: fewer than 30 respondents |"
        ),
        "{md}"
    );
    // Reliability: gap -1.76 with its interval and the exact test on the same row.
    let text = run(tmp.path(), &["demo", "servqual"], None);
    let row = text
        .lines()
        .find(|l| l.trim_start().starts_with("Reliability") && l.contains(" to "))
        .expect("the reliability row");
    assert!(
        row.contains("-1.76") && row.contains("-2.38 to -1.15") && row.contains("p < 0.001 *"),
        "{row}"
    );
}

#[test]
fn below_ten_respondents_no_t_test_is_made_and_nothing_is_starred() {
    let tmp = tempfile::tempdir().unwrap();
    // Two customers: reliability gaps -3 and -1 give t = -2 (df 1), which the old report
    // printed as a t value; below 10 respondents the test is not made.
    let f = results(tmp.path(), "c.yaml", "servqual", "builtin", CUSTOMERS);
    let json: Value = serde_json::from_str(&report(tmp.path(), &[&f], "json", "en")).unwrap();
    let rel = dim(&json["servqual"], "reliability");
    assert_eq!(rel["t_test"]["testable"], false, "{rel}");
    for (lang, format, want) in [
        ("en", "text", "too few answers to test (n < 10)"),
        ("en", "markdown", "too few answers to test (n &lt; 10)"),
        ("zh", "text", "答案太少，无法检验（n < 10）"),
        ("zh", "markdown", "答案太少，无法检验（n &lt; 10）"),
    ] {
        // Wide enough that the row is one line.
        let out = run(
            tmp.path(),
            &[
                "report",
                &f.display().to_string(),
                "--format",
                format,
                "--lang",
                lang,
            ],
            Some(200),
        );
        let row = out
            .lines()
            .find(|l| {
                l.contains(if lang == "en" {
                    "Reliability"
                } else {
                    "可靠性"
                }) && l.contains(want)
            })
            .unwrap_or_else(|| panic!("{lang} {format}: no reliability row with {want:?}:\n{out}"));
        assert!(!row.contains('*'), "{row}");
        // The score type's English reason is data for JSON, never report text.
        assert!(!out.contains("a paired t test needs at least"), "{out}");
    }
    // α is not shown below 10 complete cases, and the report says why.
    let text = report(tmp.path(), &[&f], "text", "en");
    assert!(text.contains("n < 10"), "{text}");
    assert!(
        text.contains(
            "α of Reliability is not shown: 0 respondents answered every item, and α needs 10."
        ),
        "{text}"
    );
}

/// 30 respondents answer the four tangibles items: gaps b − 2 on items 1–3 and
/// (5, 3, 6, 4, 2)[b] − 4 on item 4, for b = r mod 5.
fn thirty_on_tangibles() -> String {
    let p4 = [5, 3, 6, 4, 2];
    let mut body = String::new();
    for r in 0..30 {
        let b = r % 5;
        let _ = writeln!(body, "  - respondent: r{r}\n    answers:");
        for i in 1..=3 {
            let _ = writeln!(
                body,
                "      tangibles.{i}: {{expected: 4, perceived: {}}}",
                b + 2
            );
        }
        let _ = writeln!(
            body,
            "      tangibles.4: {{expected: 4, perceived: {}}}",
            p4[b]
        );
    }
    body
}

#[test]
fn item_diagnostics_name_the_item_that_breaks_a_scale() {
    let tmp = tempfile::tempdir().unwrap();
    let f = results(
        tmp.path(),
        "c.yaml",
        "servqual",
        "builtin",
        &thirty_on_tangibles(),
    );
    // By hand (sample covariances of the 30 cases): α of the four gaps = 0.571; without
    // item 4, items 1–3 are identical, α = 1; item 4 against the sum of the others r = −0.50,
    // items 1–3 r = 0.866 and α without one of them 0.
    let md = report(tmp.path(), &[&f], "markdown", "en");
    for want in [
        "| **Tangibles: α 0.57, 30 complete cases** |",
        "| tangibles.4 | -0.50 | 1.00 | raises α when deleted |",
        "| tangibles.1 | 0.87 | 0.00 | fits |",
        "In Tangibles, tangibles.4 does not hang together with the other items (α 1.00 without it, 0.57 with it)",
    ] {
        assert!(md.contains(want), "lacks {want:?}:\n{md}");
    }
    let zh = report(tmp.path(), &[&f], "text", "zh");
    assert!(
        zh.contains("哪道题拖累了量表") && zh.contains("删除后 α 上升"),
        "{zh}"
    );
    // With fewer complete cases the report says what is missing instead.
    let few = results(tmp.path(), "few.yaml", "servqual", "builtin", CUSTOMERS);
    let text = report(tmp.path(), &[&few], "text", "en");
    assert!(
        text.contains("Item diagnostics (item–total correlation, α if deleted) need at least 30"),
        "{text}"
    );
}

/// Every line of `text` at most `w` columns wide.
fn assert_fits(text: &str, w: usize, what: &str) {
    for l in text.lines() {
        assert!(width(l) <= w, "{what}: {} columns > {w}:\n{l}", width(l));
    }
}

#[test]
fn text_reports_fit_80_and_60_columns_in_english_and_chinese() {
    let tmp = tempfile::tempdir().unwrap();
    let zone = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/servqual-zone.yaml");
    let z = results(
        tmp.path(),
        "z.yaml",
        "servqual-zone",
        &zone.display().to_string(),
        "  - respondent: z1\n    answers:\n      tangibles.1: {adequate: 3, desired: 6, perceived: 6}\n      reliability.1: {adequate: 3, desired: 5, perceived: 8}\n  - respondent: z2\n    answers:\n      tangibles.1: {adequate: 4, desired: 7, perceived: 2}\n",
    );
    let c = results(tmp.path(), "c.yaml", "servqual", "builtin", CUSTOMERS);
    let p = results(tmp.path(), "p.yaml", "gaps", "builtin", PROVIDERS);
    let (z, c, p) = (
        z.display().to_string(),
        c.display().to_string(),
        p.display().to_string(),
    );
    for columns in [80, 60] {
        for lang in ["en", "zh"] {
            for args in [
                vec!["demo", "servqual"],
                vec!["demo", "gaps"],
                vec!["demo", "fivegap"],
                vec!["report", z.as_str()],
                vec!["report", c.as_str(), p.as_str()],
            ] {
                let mut a = args.clone();
                a.extend(["--lang", lang]);
                let out = run(tmp.path(), &a, Some(columns));
                assert_fits(&out, columns, &format!("{args:?} {lang} at {columns}"));
            }
        }
    }
    // At 80 columns the five-gap model is still drawn in boxes; the table of gaps follows.
    let out = run(tmp.path(), &["demo", "fivegap"], Some(80));
    assert!(
        out.contains("┌") && out.contains("Expected service"),
        "{out}"
    );
}

/// A customer's note and N/A reason, and a manager's.
const VOICES_CUSTOMERS: &str = "  - respondent: c1
    role: customer
    answers:
      tangibles.1: {expected: 7, perceived: 5}
      empathy.2: {na: \"we only ever use the app\"}
    notes:
      tangibles.1: \"The waiting room was closed for repairs.\"
";
const VOICES_PROVIDERS: &str = "  - respondent: m1
    role: manager
    answers:
      research_orientation.1: 3
      commitment.4: {na: \"no budget cycle this year\"}
    notes:
      research_orientation.1: \"Survey paused since the merger.\"
";

#[test]
fn notes_and_na_reasons_appear_in_every_format_of_every_report() {
    let tmp = tempfile::tempdir().unwrap();
    let c = results(
        tmp.path(),
        "c.yaml",
        "servqual",
        "builtin",
        VOICES_CUSTOMERS,
    );
    let p = results(tmp.path(), "p.yaml", "gaps", "builtin", VOICES_PROVIDERS);
    let customer = [
        "The waiting room was closed for repairs.",
        "we only ever use the app",
    ];
    let provider = [
        "Survey paused since the merger.",
        "no budget cycle this year",
    ];
    let cases: [(&[&Path], Vec<&str>); 3] = [
        (&[c.as_path()], customer.to_vec()),
        (&[p.as_path()], provider.to_vec()),
        (&[c.as_path(), p.as_path()], [customer, provider].concat()),
    ];
    for (files, words) in cases {
        for format in ["text", "markdown", "html", "json"] {
            let out = report(tmp.path(), files, format, "en");
            for w in &words {
                assert!(out.contains(w), "{format} of {files:?} lacks {w:?}:\n{out}");
            }
            if format == "json" {
                let v: Value = serde_json::from_str(&out).unwrap();
                assert_eq!(
                    v["notes"].as_array().map(Vec::len),
                    Some(words.len() / 2),
                    "{v}"
                );
                assert_eq!(
                    v["na_reasons"].as_array().map(Vec::len),
                    Some(words.len() / 2)
                );
            }
        }
        let zh = report(tmp.path(), files, "text", "zh");
        assert!(zh.contains("备注与“不适用”原因"), "{zh}");
    }
}

#[test]
fn html_reports_are_self_contained_and_well_formed() {
    let tmp = tempfile::tempdir().unwrap();
    for lang in ["en", "zh"] {
        for id in ["servqual", "gaps", "fivegap"] {
            let page = run(
                tmp.path(),
                &["demo", id, "--format", "html", "--lang", lang],
                None,
            );
            let what = format!("{id} {lang}");
            assert!(cxassess::report::svg::well_formed(&page), "{what}");
            assert!(page.contains("<svg") && page.contains("<table"), "{what}");
            for forbidden in ["<script", "http://", "https://", "src=", "NaN"] {
                assert!(!page.contains(forbidden), "{what}: {forbidden}");
            }
        }
    }
    // Driver names are never clipped: the drivers chart's label column is as wide as the
    // longest name, which is written whole.
    let page = run(tmp.path(), &["demo", "gaps", "--format", "html"], None);
    assert!(
        page.contains(">Management commitment to service quality</text>"),
        "{page}"
    );
}

#[test]
fn weak_drivers_list_their_weakest_statements_with_the_questionnaires_actions() {
    let tmp = tempfile::tempdir().unwrap();
    let p = results(tmp.path(), "p.yaml", "gaps", "builtin", PROVIDERS);
    // Flat structure: items 7 and 6 are reverse-keyed → 1 and 2, item 3 is 2 → 5/3, weak.
    // Its weakest statements: management_layers.1 (1.00), then .2 (2.00, before .3 by order).
    let md = report(tmp.path(), &[&p], "markdown", "en");
    assert!(
        md.contains("Flat structure (1.67): “There are too many levels of management between the people who serve customers and top management.” scores 1.00 (n=1), reverse-keyed — Map who stands between a frontline employee and a decision-maker"),
        "{md}"
    );
    assert!(
        md.contains("“Information about customers passes through several layers"),
        "{md}"
    );
    assert!(
        !md.contains("“A frontline employee can quickly reach"),
        "at most two per driver"
    );
    let zh = report(tmp.path(), &[&p], "markdown", "zh");
    assert!(
        zh.contains("扁平结构（1.67）：“服务客户的员工与高层管理者之间的管理层级过多。”得分 1.00（n=1），反向计分——梳理一线员工与决策者之间隔着哪些层级"),
        "{zh}"
    );
    let v: Value = serde_json::from_str(&report(tmp.path(), &[&p], "json", "en")).unwrap();
    let layers = v["gaps"]["constructs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "management_layers")
        .unwrap();
    let first = &layers["statements"][0];
    assert_eq!(first["id"], "management_layers.1");
    assert_eq!(first["score"], 1.0);
    assert!(
        first["action"]
            .as_str()
            .unwrap()
            .starts_with("Map who stands"),
        "{first}"
    );
}

#[test]
fn the_zone_of_tolerance_is_drawn_in_the_terminal_and_in_html() {
    let tmp = tempfile::tempdir().unwrap();
    let zone = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/servqual-zone.yaml");
    let z = results(
        tmp.path(),
        "z.yaml",
        "servqual-zone",
        &zone.display().to_string(),
        "  - respondent: z1\n    answers:\n      tangibles.1: {adequate: 3, desired: 6, perceived: 2}\n",
    );
    let text = report(tmp.path(), &[&z], "text", "en");
    let row = text
        .lines()
        .find(|l| l.contains('●') && l.contains("Tangibles"))
        .expect("a zone track");
    // A 3 … D 6 on 1–7 with P 2 below the band: the dot left of the ▒ band, in the same row as
    // the figures.
    assert!(row.find('●') < row.find('▒'), "{row}");
    assert!(
        row.contains("A 3.00  D 6.00  P 2.00  below the zone"),
        "{row}"
    );
    let html = report(tmp.path(), &[&z], "html", "zh");
    assert!(
        html.contains("各维度的容忍区间") && html.contains("低于容忍区"),
        "{html}"
    );
}

#[test]
fn segments_name_their_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let p = results(tmp.path(), "p.yaml", "gaps", "builtin", PROVIDERS);
    let out = run(
        tmp.path(),
        &["report", &p.display().to_string(), "--by", "role"],
        None,
    );
    assert!(out.contains("Segments by role"), "{out}");
    assert!(
        !out.contains("construct."),
        "figures by name, not key:\n{out}"
    );
    let c = results(tmp.path(), "c.yaml", "servqual", "builtin", CUSTOMERS);
    let out = run(
        tmp.path(),
        &["report", &c.display().to_string(), "--by", "role"],
        None,
    );
    assert!(out.contains("Segments by role"), "{out}");
    assert!(!out.contains("dimension.reliability"), "{out}");
}
