//! CX maturity end to end: `fill` respondents, `report` them merged (respondent first, the stage
//! edge, the roadmap), the JSON field names of SPEC.md, `demo maturity`, and snapshots of the
//! text and Markdown reports in both languages.

use std::fmt::Write as _;

use predicates::prelude::*;
use serde_json::Value;

use crate::common::cxassess;

/// Answers for every maturity item: `level` everywhere, except the overrides (`None` = N/A).
fn answers(who: &str, role: &str, level: i32, overrides: &[(&str, Option<i32>)]) -> String {
    let inst = cxassess::instrument::Instrument::load("maturity").unwrap();
    let mut out = format!("respondent: {who}\nrole: {role}\nanswers:\n");
    for q in &inst.questions {
        let value = overrides
            .iter()
            .find(|(id, _)| *id == q.id)
            .map_or(Some(level), |(_, v)| *v);
        let _ = match value {
            Some(v) => writeln!(out, "  {}: {v}", q.id),
            None => writeln!(out, "  {}: {{na: \"not our business\"}}", q.id),
        };
    }
    out
}

/// Fills one results file per answer set and returns their paths.
fn fill(
    data: &std::path::Path,
    dir: &std::path::Path,
    sets: &[(&str, String)],
) -> Vec<std::path::PathBuf> {
    sets.iter()
        .map(|(name, text)| {
            let a = dir.join(format!("{name}-answers.yaml"));
            let r = dir.join(format!("{name}.yaml"));
            std::fs::write(&a, text).unwrap();
            cxassess(data)
                .args(["fill", "maturity", "--answers"])
                .arg(&a)
                .arg("--out")
                .arg(&r)
                .assert()
                .success();
            r
        })
        .collect()
}

fn json_report(data: &std::path::Path, files: &[std::path::PathBuf]) -> Value {
    let out = cxassess(data)
        .arg("report")
        .args(files)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

fn dimension<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["maturity"]["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
        .unwrap()
}

fn close(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-9)
}

/// r1 answers strategy.1 = 5 and marks strategy.2–4 N/A; everything else 4.
/// r2 answers 2 everywhere, strategy 1.
fn two_views() -> (String, String) {
    let r1 = answers(
        "chen",
        "manager",
        4,
        &[
            ("strategy.1", Some(5)),
            ("strategy.2", None),
            ("strategy.3", None),
            ("strategy.4", None),
        ],
    );
    let r2 = answers(
        "zhao",
        "consultant",
        2,
        &[
            ("strategy.1", Some(1)),
            ("strategy.2", Some(1)),
            ("strategy.3", Some(1)),
            ("strategy.4", Some(1)),
        ],
    );
    (r1, r2)
}

#[test]
fn report_over_two_files_merges_them_respondent_first() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (r1, r2) = two_views();
    let files = fill(data.path(), dir.path(), &[("chen", r1), ("zhao", r2)]);
    let v = json_report(data.path(), &files);
    assert_eq!(v["respondents"], 2);
    // strategy: r1 = 5 / 1 = 5.0 (three N/A left out), r2 = (1+1+1+1)/4 = 1.0
    // respondent first: (5 + 1) / 2 = 3.0 — the pooled item mean (5+1+1+1+1)/5 = 1.8 is NOT it.
    let strategy = dimension(&v, "strategy");
    assert!(close(&strategy["score"], 3.0), "{strategy}");
    assert_eq!(strategy["n"], 2);
    assert!(close(&strategy["min"], 1.0) && close(&strategy["max"], 5.0));
    // sample SD of {5, 1} = sqrt(((5−3)² + (1−3)²) / 1) = sqrt(8)
    assert!(close(&strategy["sd"], 8f64.sqrt()));
    assert_eq!(strategy["na"], 3);
    // every other dimension: (4 + 2) / 2 = 3.0; all eight exactly 3.0 → stage 3 (a level counts)
    for d in v["maturity"]["dimensions"].as_array().unwrap() {
        assert!(close(&d["score"], 3.0), "{d}");
    }
    assert_eq!(v["maturity"]["stage"], 3);
    assert_eq!(v["maturity"]["stage_name"], "Defined");
    // index = (3.0 − 1) / 4 × 100 = 50
    assert!(close(&v["maturity"]["index"], 50.0));
    // next stage 4: all eight are 1.0 short
    assert_eq!(v["maturity"]["blocking"].as_array().unwrap().len(), 8);
    // two roles: headline figures per role
    let by_role = &v["maturity"]["by_role"];
    // manager: strategy 5, others 4 → mean (5 + 7×4)/8 = 33/8 = 4.125 → index 78.125, stage 4
    assert!(
        close(&by_role["manager"]["index"], 78.125),
        "{}",
        by_role["manager"]["index"]
    );
    assert_eq!(by_role["manager"]["stage"], 4);
    // consultant: strategy 1, others 2 → mean 15/8 = 1.875 → index 21.875, stage 1
    assert!(close(&by_role["consultant"]["index"], 21.875));
    assert_eq!(by_role["consultant"]["stage"], 1);
    assert_eq!(by_role["consultant"]["weakest"], "strategy");
}

#[test]
fn one_dimension_just_below_a_level_holds_the_stage_back_with_the_right_suggestion() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (r1, _) = two_views();
    // as before, but r2 gives culture.3 a 1: r2's culture = (2+2+1)/3 = 5/3
    // culture = (4 + 5/3) / 2 = 17/6 = 2.8333… < 3 → stage 2; shortfall 3 − 17/6 = 1/6
    let r2 = answers(
        "zhao",
        "consultant",
        2,
        &[
            ("strategy.1", Some(1)),
            ("strategy.2", Some(1)),
            ("strategy.3", Some(1)),
            ("strategy.4", Some(1)),
            ("culture.3", Some(1)),
        ],
    );
    let files = fill(data.path(), dir.path(), &[("chen", r1), ("zhao", r2)]);
    let v = json_report(data.path(), &files);
    let m = &v["maturity"];
    assert!(close(&dimension(&v, "culture")["score"], 17.0 / 6.0));
    assert_eq!(m["stage"], 2);
    assert_eq!(m["next_stage"], 3);
    let blocking = m["blocking"].as_array().unwrap();
    assert_eq!(blocking.len(), 1, "{blocking:?}");
    assert_eq!(blocking[0]["id"], "culture");
    assert!(close(&blocking[0]["shortfall"], 1.0 / 6.0));
    // index = ((7 × 3 + 17/6) / 8 − 1) / 4 × 100 = (143/48 − 1) / 4 × 100 = 95/192 × 100
    assert!(close(&m["index"], 9500.0 / 192.0), "{}", m["index"]);
    // roadmap: culture.3's mean (4 + 1)/2 = 2.5 → level 2 → level 3, with the level-2 suggestion
    let roadmap = m["roadmap"].as_array().unwrap();
    assert_eq!(roadmap.len(), 1, "{roadmap:?}");
    assert_eq!(roadmap[0]["item"], "culture.3");
    assert_eq!(roadmap[0]["level"], 2);
    assert_eq!(roadmap[0]["target"], 3);
    let inst = cxassess::instrument::Instrument::load("maturity").unwrap();
    let cxassess::instrument::QuestionKind::Rubric(levels) =
        &inst.question("culture.3").unwrap().kind
    else {
        panic!("culture.3 is a rubric")
    };
    assert_eq!(roadmap[0]["suggestion"], levels[1].suggestion.en.as_str());
    assert_eq!(roadmap[0]["next_level"], levels[2].text.en.as_str());

    // The text report says it in words.
    cxassess(data.path())
        .arg("report")
        .args(&files)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Stage 2 Emerging · maturity index 49.5 / 100",
        ))
        .stdout(predicate::str::contains("◀ 0.2 below 3"))
        .stdout(predicate::str::contains(
            "culture.3 Staff recognised for CX",
        ))
        .stdout(predicate::str::contains(
            "Set up a regular recognition scheme",
        ));
}

#[test]
fn json_uses_the_field_names_of_the_spec() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["demo", "maturity", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["instrument"]["id"], "maturity");
    assert_eq!(v["respondents"], 4);
    let m = &v["maturity"];
    for d in m["dimensions"].as_array().unwrap() {
        for key in [
            "id", "score", "n", "name", "min", "max", "sd", "maps_to", "level",
        ] {
            assert!(d.get(key).is_some(), "dimension lacks {key}: {d}");
        }
    }
    for key in [
        "index",
        "stage",
        "stage_name",
        "blocking",
        "roadmap",
        "weakest",
        "policies",
        "by_role",
    ] {
        assert!(m.get(key).is_some(), "maturity lacks {key}");
    }
    // Hand-computed from demo/maturity.yaml (respondent dimension scores in brackets):
    // strategy    [7/2, 15/4, 3, 3]     = 53/16
    // insight     [3, 7/2, 3, 3]        = 25/8
    // journey     [3, 10/3, 13/4, 3]    = 151/48   (wang.lei: journey.4 N/A → 10/3 over 3 items)
    // measurement [5/2, 3, 2, 7/4]      = 37/16
    // closed_loop [9/4, 11/4, 5/2, 2]   = 19/8
    // governance  [13/4, 3, 3, 11/4]    = 3        (exactly at level 3: it does not block)
    // culture     [3, 11/3, 3, 8/3]     = 37/12
    // improvement [9/4, 13/4, 5/2, 9/4] = 41/16
    // mean = 275/96; index = (275/96 − 1)/4 × 100 = 4475/96 = 46.6145…
    assert!(close(&dimension(&v, "journey")["score"], 151.0 / 48.0));
    assert!(close(&dimension(&v, "governance")["score"], 3.0));
    assert_eq!(dimension(&v, "journey")["n"], 4);
    assert!(close(&m["index"], 4475.0 / 96.0), "{}", m["index"]);
    assert_eq!(m["stage"], 2);
    assert_eq!(m["stage_name"], "Emerging");
    let blocking: Vec<&str> = m["blocking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    // shortfalls: measurement 11/16, closed_loop 5/8, improvement 7/16 — largest first
    assert_eq!(blocking, ["measurement", "closed_loop", "improvement"]);
    assert_eq!(m["weakest"], "measurement");
    // consultant (zhao.hui) alone: 3, 3, 3, 7/4, 2, 11/4, 8/3, 9/4 → mean 245/96 → index 14900/384
    assert!(close(&m["by_role"]["consultant"]["index"], 14900.0 / 384.0));
    assert_eq!(m["by_role"]["consultant"]["stage"], 1);
    assert!(
        m["policies"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p.as_str().unwrap().starts_with("Stage = the highest level"))
    );
}

#[test]
fn demo_maturity_shows_the_stage_the_blocking_dimensions_and_what_to_do() {
    let data = tempfile::tempdir().unwrap();
    cxassess(data.path())
        .args(["demo", "maturity"])
        .assert()
        .success()
        .stdout(predicate::str::contains("4 respondents (consultant 1, manager 3)"))
        .stdout(predicate::str::contains("Stage 2 Emerging · maturity index 46.6 / 100"))
        .stdout(predicate::str::contains("Weakest dimension: Metrics (2.3)"))
        .stdout(predicate::str::contains("◀ stage reached"))
        .stdout(predicate::str::contains("What to do next — to reach stage 3 Defined"))
        .stdout(predicate::str::contains("measurement.4 Drivers analysed, not just the number — now 1.8 (Ad hoc, n=4) → 2 Emerging"))
        .stdout(predicate::str::contains("Roles side by side"))
        // The N/A reason under its question, attributed to the respondent and role.
        .stdout(predicate::str::contains("journey.4 · Service blueprints linking what customers see"))
        .stdout(predicate::str::contains("“N/A: Sales works through distributors; my unit"))
        .stdout(predicate::str::contains("— wang.lei (manager)"))
        .stdout(predicate::str::contains("Spread between respondents"));
}

/// The `<svg>` whose accessible name is `title`.
fn svg_titled<'a>(html: &'a str, title: &str) -> &'a str {
    let at = html
        .find(&format!("<title>{title}</title>"))
        .unwrap_or_else(|| panic!("no drawing titled {title}"));
    let start = html[..at].rfind("<svg").expect("an svg");
    let end = at + html[at..].find("</svg>").expect("closed");
    &html[start..end]
}

#[test]
fn html_has_a_self_contained_radar_and_ladder() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["demo", "maturity", "--format", "html"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let html = String::from_utf8(out).unwrap();
    assert!(cxassess::report::svg::well_formed(&html));
    // The radar: eight axes, five rings, the overall shape plus one per role.
    let radar = svg_titled(&html, "Maturity radar");
    assert_eq!(radar.matches("<line ").count(), 8);
    assert_eq!(radar.matches("<polygon").count(), 5 + 3);
    for name in [
        "Vision &amp; strategy",
        "Metrics",
        "Continuous improvement &amp; innovation",
    ] {
        assert!(radar.contains(&format!(">{name}</text>")), "{name}");
    }
    assert!(html.contains("Dimension scores on rings 1–5. Stage: 2 Emerging."));
    // The ladder: five steps, two filled, the next one outlined, each level named.
    let ladder = svg_titled(&html, "Stage ladder");
    assert_eq!(ladder.matches("<rect ").count(), 5);
    let steps: Vec<&str> = ladder.lines().filter(|l| l.starts_with("<rect ")).collect();
    assert_eq!(
        steps
            .iter()
            .filter(|l| l.contains("fill=\"#059669\""))
            .count(),
        2
    );
    assert_eq!(ladder.matches("stroke-dasharray").count(), 1);
    for label in [
        "1 Ad hoc",
        "3 Defined",
        "5 Embedded",
        "stage reached",
        "next: 3 dimensions to lift",
    ] {
        assert!(ladder.contains(&format!(">{label}</text>")), "{label}");
    }
    // Each dimension's interval is drawn, and written in the table.
    assert!(html.contains("<title>Dimension scores with 95% intervals</title>"));
    assert!(
        html.contains("<td class=\"num\">1.4 to 3.2</td>"),
        "Metrics' interval"
    );
    assert!(!html.contains("<script"));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
}

#[test]
fn completion_summary_names_stage_index_and_weakest_dimension() {
    let (results, inst) = cxassess::response::read_results_str(
        "demo",
        include_str!("../../demo/maturity.yaml"),
        None,
    )
    .unwrap();
    let en = cxassess::report::summary_text(&inst, &results.responses, cxassess::lang::Lang::En);
    assert!(en.contains("Stage: 2 Emerging"), "{en}");
    assert!(en.contains("Maturity index: 46.6 / 100"), "{en}");
    assert!(en.contains("Weakest dimension: Metrics (2.3)"), "{en}");
    let zh = cxassess::report::summary_text(&inst, &results.responses, cxassess::lang::Lang::Zh);
    assert!(zh.contains("阶段：2 萌芽"), "{zh}");
    assert!(zh.contains("最弱维度：指标体系（2.3）"), "{zh}");
}

#[test]
fn a_dimension_all_not_applicable_leaves_the_stage_undetermined() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let na: Vec<(&str, Option<i32>)> = ["culture.1", "culture.2", "culture.3"]
        .iter()
        .map(|id| (*id, None))
        .collect();
    let files = fill(
        data.path(),
        dir.path(),
        &[("solo", answers("solo", "manager", 3, &na))],
    );
    let v = json_report(data.path(), &files);
    let m = &v["maturity"];
    assert_eq!(m["stage"], Value::Null);
    assert_eq!(m["index"], Value::Null);
    assert_eq!(m["provisional_stage"], 3);
    // seven dimensions at 3.0 → (3 − 1)/4 × 100 = 50 over the assessed ones
    assert!(close(&m["assessed_index"], 50.0));
    assert_eq!(dimension(&v, "culture")["n"], 0);
    cxassess(data.path())
        .arg("report")
        .args(&files)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Stage not determined (provisionally 3 Defined)",
        ))
        .stdout(predicate::str::contains("Culture & employees: no answers"));
}

fn demo(lang: &str, format: &str) -> String {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["demo", "maturity", "--lang", lang, "--format", format])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn text_report_snapshot_english() {
    insta::assert_snapshot!("maturity_text_en", demo("en", "text"));
}

#[test]
fn text_report_snapshot_chinese() {
    insta::assert_snapshot!("maturity_text_zh", demo("zh", "text"));
}

#[test]
fn markdown_report_snapshot_english() {
    insta::assert_snapshot!("maturity_markdown_en", demo("en", "markdown"));
}

#[test]
fn markdown_report_snapshot_chinese() {
    insta::assert_snapshot!("maturity_markdown_zh", demo("zh", "markdown"));
}

#[test]
fn a_roles_provisional_index_is_marked_and_the_difference_is_signed() {
    // The consultant leaves culture N/A: the consultant column's index and stage are provisional
    // (over seven dimensions) and say so; the JSON per role says provisional too. With two roles
    // the difference is manager − consultant (the second minus the first), signed.
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let na: Vec<(&str, Option<i32>)> = ["culture.1", "culture.2", "culture.3"]
        .iter()
        .map(|id| (*id, None))
        .collect();
    let files = fill(
        data.path(),
        dir.path(),
        &[
            ("boss", answers("boss", "manager", 4, &[])),
            ("clerk", answers("clerk", "consultant", 3, &na)),
        ],
    );
    let v = json_report(data.path(), &files);
    let consultant = &v["maturity"]["by_role"]["consultant"];
    assert_eq!(consultant["index"], Value::Null);
    assert_eq!(consultant["provisional"], true);
    assert_eq!(v["maturity"]["by_role"]["manager"]["provisional"], false);
    // Two respondents who differ: each dimension's interval is t on two scores, cut to 1–5.
    let strategy = dimension(&v, "strategy");
    assert_eq!(strategy["interval"]["clipped"], true, "{strategy}");
    let out = cxassess(data.path())
        .arg("report")
        .args(&files)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let table = &text[text
        .find("Roles side by side")
        .expect("a side-by-side table")..];
    let line = |start: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("no line {start} in\n{text}"))
            .to_string()
    };
    assert!(
        line("dimension").ends_with("manager − consultant"),
        "{text}"
    );
    assert!(line("Vision & strategy").ends_with("+1.0"), "{text}");
    // consultant: seven dimensions at 3 → 50.0, provisional, and it says so beside the figure;
    // manager: 75.0.
    // The index's difference, 50.0 − 75.0, rests on the provisional index: provisional too.
    assert!(
        line("index").contains("75.0")
            && line("index").contains("50.0 (provisional)")
            && line("index").ends_with("+25.0 (provisional)"),
        "{text}"
    );
    assert!(!line("index").contains("75.0 (provisional)"), "{text}");
    // A stage has no difference: "—".
    assert!(
        line("stage").contains("3 Defined (provisional)") && line("stage").ends_with('—'),
        "{text}"
    );
    assert!(
        text.contains("Provisional: the role left a dimension unanswered"),
        "{text}"
    );
}

fn demo_at(lang: &str, columns: usize) -> String {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .env("COLUMNS", columns.to_string())
        .args(["demo", "maturity", "--lang", lang])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_text_report_fits_80_and_60_columns_in_both_languages() {
    for lang in ["en", "zh"] {
        for columns in [80, 60] {
            let text = demo_at(lang, columns);
            for line in text.lines() {
                assert!(
                    cxassess::report::text::width(line) <= columns,
                    "{lang} at {columns}: {line:?}"
                );
            }
            // Nothing is lost to the width: the ladder, every roadmap step, the notes.
            let flat: String = text.split_whitespace().collect();
            let (reached, step, note) = if lang == "en" {
                (
                    "◀stagereached",
                    "improvement.3Peak-enddesign",
                    "“N/A:Salesworks",
                )
            } else {
                (
                    "◀已达到的阶段",
                    "improvement.3峰终设计",
                    "“不适用：Salesworks",
                )
            };
            for want in [reached, step, note] {
                assert!(
                    flat.contains(want),
                    "{lang} at {columns}: {want} in\n{text}"
                );
            }
        }
    }
}

#[test]
fn notes_and_na_reasons_appear_in_every_format() {
    let text = demo("en", "text");
    assert!(text.contains(
        "    “The CEO opened the November dealer conference with three customer stories.”"
    ));
    assert!(text.contains(
        "“N/A: Sales works through distributors; my unit delivers no service of its own"
    ));
    let md = demo("en", "markdown");
    assert!(md.contains("\n### journey.4 · Service blueprints linking what customers see to the work behind it\n"), "{md}");
    assert!(md.contains("- “N/A: Sales works through distributors; my unit delivers no service of its own to blueprint.” — wang.lei (manager)"), "{md}");
    assert!(md.contains("- “The CEO opened the November dealer conference with three customer stories.” — wang.lei (manager)"), "{md}");
    let zh = demo("zh", "markdown");
    assert!(
        zh.contains("- “不适用：Sales works through distributors"),
        "{zh}"
    );
    let html = demo("en", "html");
    assert!(
        html.contains("<blockquote class=\"muted\">“N/A: Sales works through distributors"),
        "{html}"
    );
    assert!(
        html.contains("<div class=\"who\">— chen.jing (manager)</div>"),
        "{html}"
    );
    assert!(cxassess::report::svg::well_formed(&html));
    let v: Value = serde_json::from_str(&demo("en", "json")).unwrap();
    let na = v["na_reasons"].as_array().unwrap();
    assert!(na.iter().any(|r| {
        r["respondent"] == "wang.lei"
            && r["role"] == "manager"
            && r["question"] == "journey.4"
            && r["text"]
                .as_str()
                .unwrap()
                .starts_with("Sales works through distributors")
    }));
    assert_eq!(v["notes"].as_array().unwrap().len(), 5);
}

#[test]
fn intervals_and_too_few_answers_in_text_and_markdown_in_both_languages() {
    // The demo: Metrics 2.3 with its t interval over four respondents.
    for (lang, want) in [("en", "1.4 to 3.2"), ("zh", "1.4 至 3.2")] {
        for format in ["text", "markdown"] {
            let out = demo(lang, format);
            let metrics = if lang == "en" {
                "Metrics"
            } else {
                "指标体系"
            };
            let table = &out[out
                .find(if lang == "en" {
                    "Dimensions"
                } else {
                    "各维度"
                })
                .unwrap()..];
            let row = table.lines().find(|l| l.contains(metrics)).unwrap();
            assert!(
                row.contains("2.3") && row.contains(want),
                "{lang} {format}: {row}"
            );
        }
    }
    // One respondent: no interval can be given, and the report says why.
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = fill(
        data.path(),
        dir.path(),
        &[("solo", answers("solo", "manager", 3, &[]))],
    );
    for (lang, want) in [
        ("en", "too few answers (needs 2)"),
        ("zh", "答案太少（至少需 2 份）"),
    ] {
        for format in ["text", "markdown"] {
            let out = cxassess(data.path())
                .arg("report")
                .args(&files)
                .args(["--lang", lang, "--format", format])
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let out = String::from_utf8(out).unwrap();
            assert_eq!(
                out.matches(want).count(),
                8,
                "{lang} {format}: every dimension\n{out}"
            );
        }
    }
}

#[test]
fn report_by_role_gives_each_dimensions_difference_between_segments() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (r1, r2) = two_views();
    let files = fill(data.path(), dir.path(), &[("chen", r1), ("zhao", r2)]);
    let out = cxassess(data.path())
        .arg("report")
        .args(&files)
        .args(["--by", "role", "--format", "markdown"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(out).unwrap();
    assert!(md.contains("## Segments by role"), "{md}");
    // strategy: manager 5.0 − consultant 1.0 = +4.0; one respondent each, so no interval.
    assert!(
        md.contains("| Vision &amp; strategy | manager − consultant | +4.0 | n/a |"),
        "{md}"
    );
}
