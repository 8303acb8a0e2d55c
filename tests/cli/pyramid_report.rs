//! The pyramid report's new content end to end: the weakest statements with their improvement
//! actions (every format, both languages), intervals and flags beside the figures, notes and N/A
//! reasons everywhere, and text that fits the terminal.

use std::path::{Path, PathBuf};

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::common::cxassess;
use crate::pyramid::{answers, filled};

/// `body` with item `id` answered `value` (a number, or `{na: …}`).
fn set(body: &str, id: &str, value: &str) -> String {
    let prefix = format!("  {id}: ");
    let out: Vec<String> = body
        .lines()
        .map(|l| {
            if l.starts_with(&prefix) {
                format!("{prefix}{value}")
            } else {
                l.to_string()
            }
        })
        .collect();
    assert_ne!(out.join("\n") + "\n", body, "{id} is not in the answers");
    out.join("\n") + "\n"
}

/// The report of `files` in `format` and `lang`, with `COLUMNS` set when given.
fn report(
    data: &Path,
    files: &[PathBuf],
    format: &str,
    lang: &str,
    columns: Option<u16>,
) -> String {
    let mut cmd = cxassess(data);
    cmd.args(["report", "--format", format, "--lang", lang])
        .args(files);
    if let Some(c) = columns {
        cmd.env("COLUMNS", c.to_string());
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("utf-8")
}

/// The built-in pyramid's improvement action for `id` in `lang`.
fn action(id: &str, lang: cxassess::lang::Lang) -> String {
    let inst = cxassess::instrument::Instrument::load("pyramid").expect("built-in");
    let improve = inst.question(id).and_then(|q| q.improve.as_ref());
    improve
        .unwrap_or_else(|| panic!("{id} has no improvement action"))
        .get(lang)
        .to_string()
}

/// One customer: every item 4 (75), but convenience 2, 1, 5, 3 → 25, 0, 100, 50: the
/// experience is (mean 2.75 − 1)/4 × 100 = 43.75, 16.25 below the pass mark, importance 4.
fn weak_convenience(data: &Path, dir: &Path) -> PathBuf {
    let mut body = answers(4, 4, "customer", "c-01");
    for (id, v) in [
        ("convenience.1", "2"),
        ("convenience.2", "1"),
        ("convenience.3", "5"),
        ("convenience.4", "3"),
    ] {
        body = set(&body, id, v);
    }
    filled(data, dir, "weak", &body)
}

#[test]
fn the_weakest_statements_come_with_their_actions_in_every_format() {
    use cxassess::lang::Lang;
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = vec![weak_convenience(data.path(), dir.path())];

    // JSON: the three statements below the pass mark, lowest first, on 0–100, each with the
    // questionnaire's action in the report language; convenience.3 (100) is not one of them.
    for (lang, code) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
        let json: Value =
            serde_json::from_str(&report(data.path(), &files, "json", code, None)).unwrap();
        let p = &json["pyramid"]["priorities"][0];
        assert_eq!(p["experience"], "convenience");
        assert_eq!(p["shortfall"], 16.25);
        let statements = p["statements"].as_array().unwrap();
        let got: Vec<(&str, f64)> = statements
            .iter()
            .map(|s| (s["id"].as_str().unwrap(), s["score"].as_f64().unwrap()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("convenience.2", 0.0),
                ("convenience.1", 25.0),
                ("convenience.4", 50.0)
            ]
        );
        for s in statements {
            let id = s["id"].as_str().unwrap();
            assert_eq!(s["action"], action(id, lang), "{id} ({code})");
            assert_eq!(s["n"], 1);
        }
    }

    // Text: the step says where to start; each statement stands over its action.
    let text = report(data.path(), &files, "text", "en", Some(300));
    assert!(
        text.contains(
            "1. Convenience (basic) scores 43.8 — 16.2 points below the pass mark; importance 4.0 \
             (weighted shortfall 65.0). Work first on its weakest statements: each is listed \
             below with an action."
        ),
        "{text}"
    );
    assert!(
        text.contains("Convenience (43.8): where to start"),
        "{text}"
    );
    let start = text.find("where to start").unwrap();
    let first = action("convenience.2", Lang::En);
    let first_words: String = first.split(' ').take(6).collect::<Vec<_>>().join(" ");
    assert!(
        text[start..].contains(&format!("→ {first_words}")),
        "{}",
        &text[start..]
    );
    let order: Vec<usize> = ["convenience.2", "convenience.1", "convenience.4"]
        .iter()
        .map(|id| text[start..].find(id).unwrap_or_else(|| panic!("{id}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(!text[start..].contains("convenience.3"), "{text}");
    assert!(
        text[start..].contains("0.0 (n=1) convenience.2 Customers can deal"),
        "{text}"
    );

    // Markdown and HTML: a table of statement, score, n and action.
    let md = report(data.path(), &files, "markdown", "en", None);
    assert!(
        md.contains("### Convenience (43.8): where to start"),
        "{md}"
    );
    assert!(
        md.contains("| statement | score | n | what to do |"),
        "{md}"
    );
    assert!(md.contains(&format!("| 0.0 | 1 | {first} |")), "{md}");
    let zh_md = report(data.path(), &files, "markdown", "zh", None);
    assert!(
        zh_md.contains("### 便利体验（43.8）：从哪里入手"),
        "{zh_md}"
    );
    assert!(
        zh_md.contains(&format!(
            "| 0.0 | 1 | {} |",
            action("convenience.2", Lang::Zh)
        )),
        "{zh_md}"
    );
    let html = report(data.path(), &files, "html", "en", None);
    assert!(html.contains(&first), "{html}");
    assert!(cxassess::report::svg::well_formed(&html));

    // The completion screen names the first priority and its first action.
    let (results, inst) = cxassess::response::read_results(&files[0]).unwrap();
    let summary = cxassess::report::summary_text(&inst, &results.responses, Lang::En);
    assert!(summary.contains("First priority: Convenience"), "{summary}");
    assert!(
        summary.contains(&format!("Start with: {first}")),
        "{summary}"
    );
}

#[test]
fn intervals_and_flags_stand_beside_the_figures_in_both_languages() {
    // Four customers: basic items 3, 3, 4, 4 (→ 50, 50, 75, 75), the rest 4 (75 each).
    // Respect: mean 62.5, s = √(625/3) = 14.434, t₀.₉₇₅,₃ = 3.182446: 62.5 ± 22.97 =
    // 39.53 … 85.47, which contains the pass mark 60 (†). Choice: every score 75, no spread.
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = [3, 3, 4, 4]
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let who = format!("c-{i}");
            filled(
                data.path(),
                dir.path(),
                &who,
                &answers(*b, 4, "customer", &who),
            )
        })
        .collect();
    let text = report(data.path(), &files, "text", "en", Some(300));
    // A row of a table, its cells one space apart.
    let row = |t: &str, name: &str| -> String {
        let line = t
            .lines()
            .find(|l| l.starts_with(&format!("  {name} ")) && l.contains('.'))
            .unwrap_or_else(|| panic!("no {name} row in\n{t}"));
        line.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let respect = row(&text, "Respect");
    assert!(
        respect.ends_with(" 62.5 39.5 to 85.5 † 4 ✓ 4.0 14.4"),
        "{respect}"
    );
    assert!(row(&text, "Choice").contains("n/a (all equal)"), "{text}");
    assert!(
        text.contains("† The 95% interval contains the pass mark"),
        "{text}"
    );
    // The basic tier: every respondent scored all of it, so it has its own interval (the same
    // numbers), and no † — a tier is achieved by its experiences, not by its mean.
    let basic = row(&text, "Basic");
    assert_eq!(basic, "Basic 62.5 39.5 to 85.5 4 achieved");
    let md = report(data.path(), &files, "markdown", "en", None);
    assert!(
        md.contains("| Respect | 62.5 | 39.5 to 85.5 † | 4 | ✓ | 4.0 | 14.4 |"),
        "{md}"
    );
    assert!(
        md.contains("| Basic | 62.5 | 39.5 to 85.5 | 4 | achieved |"),
        "{md}"
    );
    let zh = report(data.path(), &files, "text", "zh", Some(300));
    assert!(
        row(&zh, "尊重体验").ends_with(" 62.5 39.5 至 85.5 † 4 ✓ 4.0 14.4"),
        "{zh}"
    );
    assert!(zh.contains("† 95% 区间包含及格线"), "{zh}");
    let zh_md = report(data.path(), &files, "markdown", "zh", None);
    assert!(
        zh_md.contains("| 尊重体验 | 62.5 | 39.5 至 85.5 † | 4 | ✓ | 4.0 | 14.4 |"),
        "{zh_md}"
    );
    // The step that follows from it: more answers before deciding.
    assert!(
        text.contains("the 95% interval contains the pass mark: ask more respondents"),
        "{text}"
    );

    // One respondent: no interval, and the report says why instead of printing one.
    let one = &files[..1];
    let text = report(data.path(), one, "text", "en", Some(300));
    assert!(row(&text, "Respect").contains("n/a (1 answer)"), "{text}");
    let md = report(data.path(), one, "markdown", "zh", None);
    assert!(md.contains("| n/a（仅 1 个答案） |"), "{md}");
    // And no customer view to compare with yet? There is one here: no such step.
    assert!(!text.contains("No customer has answered yet"), "{text}");
}

#[test]
fn a_perception_gap_of_ten_points_or_more_is_marked_in_text_and_markdown() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = vec![
        filled(
            data.path(),
            dir.path(),
            "m",
            &answers(5, 4, "manager", "m-1"),
        ),
        filled(
            data.path(),
            dir.path(),
            "c",
            &answers(3, 4, "customer", "c-1"),
        ),
    ];
    for (lang, head) in [("en", "gap vs manager"), ("zh", "与管理者的差距")] {
        let text = report(data.path(), &files, "text", lang, Some(80));
        assert!(text.contains(head), "{text}");
        // Basic: customer 50 − manager 100 = −50, marked; performance 0.0, not marked.
        let marked: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("▼") && l.contains("-50.0"))
            .collect();
        assert_eq!(marked.len(), 4, "the four basic experiences:\n{text}");
        assert!(
            !text
                .lines()
                .any(|l| l.contains("0.0▼") && !l.contains("-50.0▼")),
            "{text}"
        );
        let md = report(data.path(), &files, "markdown", lang, None);
        assert!(md.contains("| 50.0 | 100.0 | -50.0▼ |"), "{md}");
    }
    let text = report(data.path(), &files, "text", "en", Some(300));
    assert!(
        text.contains("Customers rate Respect, Trust, Convenience at least 10 points lower"),
        "{text}"
    );
}

#[test]
fn a_manager_alone_is_asked_for_the_customer_view() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = vec![filled(
        data.path(),
        dir.path(),
        "m",
        &answers(2, 4, "manager", "m-1"),
    )];
    let text = report(data.path(), &files, "text", "en", Some(80));
    assert!(text.contains("No customer has answered yet"), "{text}");
    let zh = report(data.path(), &files, "text", "zh", Some(80));
    assert!(zh.contains("尚无客户作答"), "{zh}");
}

#[test]
fn notes_and_na_reasons_appear_in_every_format() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut body = answers(4, 4, "manager", "li.wei");
    body = set(&body, "trust.2", "{na: \"we keep no personal data\"}");
    body.push_str("notes:\n  respect.3: \"台风期间工单 #4412 延误\"\n");
    let files = vec![filled(data.path(), dir.path(), "n", &body)];
    for format in ["text", "markdown", "html"] {
        for lang in ["en", "zh"] {
            let out = report(data.path(), &files, format, lang, None);
            assert!(
                out.contains("台风期间工单 #4412 延误"),
                "{format} {lang}:\n{out}"
            );
            assert!(out.contains("we keep no personal data"), "{format} {lang}");
            assert!(out.contains("li.wei"), "{format} {lang}");
            assert!(out.contains("respect.3"), "{format} {lang}");
            assert!(out.contains("trust.2"), "{format} {lang}");
        }
    }
    let json: Value =
        serde_json::from_str(&report(data.path(), &files, "json", "en", None)).unwrap();
    assert_eq!(json["notes"][0]["question"], "respect.3");
    assert_eq!(json["notes"][0]["respondent"], "li.wei");
    assert_eq!(json["na_reasons"][0]["question"], "trust.2");
    assert_eq!(json["na_reasons"][0]["text"], "we keep no personal data");
}

/// The widest line of `text`, in terminal columns.
fn widest(text: &str) -> (usize, String) {
    text.lines()
        .map(|l| (UnicodeWidthStr::width(l), l.to_string()))
        .max_by_key(|(w, _)| *w)
        .unwrap_or_default()
}

#[test]
fn text_reports_fit_80_and_60_columns_in_english_and_chinese() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Three viewpoints (customer, manager, no role) and a tier scored over 3 of its 4
    // experiences, beside the demo.
    let mut customer = answers(4, 3, "customer", "c-01");
    for i in 1..=4 {
        customer = set(&customer, &format!("trust.{i}"), "{na: no contracts}");
    }
    let three = vec![
        filled(data.path(), dir.path(), "c", &customer),
        filled(
            data.path(),
            dir.path(),
            "k",
            &answers(5, 5, "manager", "k-01"),
        ),
        filled(
            data.path(),
            dir.path(),
            "n",
            &answers(3, 3, "x", "n-01").replace("role: x\n", ""),
        ),
    ];
    for columns in [80u16, 60] {
        for lang in ["en", "zh"] {
            let demo = cxassess(data.path())
                .env("COLUMNS", columns.to_string())
                .args(["demo", "pyramid", "--lang", lang])
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let demo = String::from_utf8(demo).unwrap();
            let (w, line) = widest(&demo);
            assert!(
                w <= usize::from(columns),
                "demo {lang} at {columns}: {w}\n{line}"
            );
            // The drawn pyramid is there at both widths.
            assert!(demo.contains("░░░░░░░░░░░░░"), "{demo}");
            let text = report(data.path(), &three, "text", lang, Some(columns));
            let (w, line) = widest(&text);
            assert!(
                w <= usize::from(columns),
                "{lang} at {columns}: {w}\n{line}\n{text}"
            );
        }
    }
}
