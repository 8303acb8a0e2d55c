//! The pyramid end to end: `fill` two viewpoints, `report` them merged in every format, `demo`.

use predicates::prelude::*;
use std::path::PathBuf;

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::common::cxassess;

/// Answers for every pyramid item: `basic` for basic-tier items, `other` for the rest,
/// importance 4.
pub fn answers(basic: i32, other: i32, role: &str, who: &str) -> String {
    let inst = cxassess::instrument::Instrument::load("pyramid").unwrap();
    let mut out = format!("respondent: {who}\nrole: {role}\nanswers:\n");
    for q in &inst.questions {
        let tier = inst
            .group(&q.group)
            .and_then(|g| g.tier.clone())
            .unwrap_or_default();
        let v = if q.id.ends_with(".importance") {
            4
        } else if tier == "basic" {
            basic
        } else {
            other
        };
        out.push_str(&format!("  {}: {v}\n", q.id));
    }
    out
}

#[test]
fn two_roles_filled_then_reported_in_every_format() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("manager.yaml");
    let c = dir.path().join("customer.yaml");
    std::fs::write(&m, answers(5, 4, "manager", "li.wei")).unwrap();
    std::fs::write(&c, answers(3, 4, "customer", "c-07")).unwrap();
    let results_m = dir.path().join("m-results.yaml");
    let results_c = dir.path().join("c-results.yaml");
    for (a, r) in [(&m, &results_m), (&c, &results_c)] {
        cxassess(data.path())
            .args(["fill", "pyramid", "--answers"])
            .arg(a)
            .arg("--out")
            .arg(r)
            .assert()
            .success();
    }
    let written = std::fs::read_to_string(&results_m).unwrap();
    assert!(written.contains("    complete: true\n"), "{written}");
    assert!(written.contains("      respect.1: 5\n"));
    assert!(written.contains("started: 2026-11-22T09:00:00Z"));

    // Basic items: manager 5 → 100, customer 3 → 50; merged respondent-first 75.
    // Other tiers 4 → 75 for both. Basic (75) ≥ 60 achieved, performance 75 achieved,
    // excitement 75 achieved: level excitement overall; the customer alone reaches none (50 < 60).
    let out = cxassess(data.path())
        .args(["report", "--format", "json"])
        .arg(&results_m)
        .arg(&results_c)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["respondents"], 2);
    assert_eq!(json["instrument"]["id"], "pyramid");
    let p = &json["pyramid"];
    let respect = p["experiences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "respect")
        .unwrap();
    assert_eq!(respect["score"], 75.0);
    assert_eq!(respect["n"], 2);
    assert_eq!(respect["tier"], "basic");
    assert_eq!(p["tiers"][0]["id"], "basic");
    assert_eq!(p["tiers"][0]["achieved"], true);
    assert_eq!(p["level"], "excitement");
    assert_eq!(p["by_role"]["customer"]["level"], Value::Null);
    assert_eq!(p["by_role"]["manager"]["tiers"][0]["score"], 100.0);
    assert!(json["cxassess"].is_string());

    cxassess(data.path())
        .arg("report")
        .arg(&results_m)
        .arg(&results_c)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2 respondents (customer 1, manager 1)",
        ))
        .stdout(predicate::str::contains("level reached: Excitement"))
        .stdout(predicate::str::contains("Viewpoints side by side"))
        .stdout(predicate::str::contains("-50.0"))
        .stdout(predicate::str::contains("\x1b[").not());
    cxassess(data.path())
        .args(["report", "--format", "markdown", "--lang", "zh"])
        .arg(&results_m)
        .arg(&results_c)
        .assert()
        .success()
        .stdout(predicate::str::contains("| 尊重体验 |"))
        .stdout(predicate::str::contains("## 方法说明"));
    let html = dir.path().join("report.html");
    cxassess(data.path())
        .args(["report", "--format", "html", "--out"])
        .arg(&html)
        .arg(&results_m)
        .assert()
        .success();
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "self-contained"
    );
}

#[test]
fn fill_replaces_the_same_respondent_and_adds_another() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    let out = dir.path().join("team.yaml");
    std::fs::write(&a, answers(5, 4, "manager", "li.wei")).unwrap();
    for _ in 0..2 {
        cxassess(data.path())
            .args(["fill", "pyramid", "--answers"])
            .arg(&a)
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
    }
    std::fs::write(&a, answers(2, 2, "staff", "wang.fang")).unwrap();
    cxassess(data.path())
        .args(["fill", "pyramid", "--answers"])
        .arg(&a)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let (results, _) = cxassess::response::read_results(&out).unwrap();
    let names: Vec<&str> = results
        .responses
        .iter()
        .map(|r| r.respondent.as_str())
        .collect();
    assert_eq!(names, vec!["li.wei", "wang.fang"]);
}

#[test]
fn demo_shows_a_report_at_once_in_both_languages() {
    let data = tempfile::tempdir().unwrap();
    cxassess(data.path())
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Experience pyramid — Harbour Appliance Service Centre",
        ))
        .stdout(predicate::str::contains("Foundation warning"))
        .stdout(predicate::str::contains("What to do next"))
        .stdout(predicate::str::contains(
            "1. Convenience (basic) scores 53.1",
        ));
    cxassess(data.path())
        .args(["demo", "--lang", "zh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("客户体验金字塔"))
        .stdout(predicate::str::contains("地基警示"));
}

#[test]
fn a_results_file_read_and_written_is_unchanged() {
    let src = include_str!("../../demo/pyramid.yaml");
    let (results, inst) = cxassess::response::read_results_str("demo", src, None).unwrap();
    assert_eq!(cxassess::response::to_yaml(&results, &inst), src);
}

#[test]
fn an_experience_whose_exact_mean_is_the_pass_mark_passes_despite_rounding_noise() {
    // Five respondents answer commitment.1–3 with (5,3,5), (4,5,2), (4,5,4), (5,2,3), (2,1,1);
    // every other basic item 4. Respondent first: (mean − 1)/4 × 100 gives 83⅓, 66⅔, 83⅓,
    // 58⅓, 8⅓, whose mean is exactly 60 — the pass mark — but sums to 59.99999999999999 in
    // floating point. "≥ the pass mark" is decided on the exact value: commitment passes.
    let dir = tempfile::tempdir().unwrap();
    let inst = cxassess::instrument::Instrument::load("pyramid").unwrap();
    let basic: Vec<String> = inst
        .questions
        .iter()
        .filter(|q| {
            inst.group(&q.group).and_then(|g| g.tier.as_deref()) == Some("basic")
                && !q.id.ends_with(".importance")
        })
        .map(|q| q.id.clone())
        .collect();
    assert!(basic.iter().any(|id| id == "commitment.3"));
    let mut csv = format!("respondent,{}\n", basic.join(","));
    let commitment = [[5, 3, 5], [4, 5, 2], [4, 5, 4], [5, 2, 3], [2, 1, 1]];
    for (r, c) in commitment.iter().enumerate() {
        let cells: Vec<String> = basic
            .iter()
            .map(|id| match id.strip_prefix("commitment.") {
                Some(n) => c[n.parse::<usize>().unwrap() - 1].to_string(),
                None => "4".to_string(),
            })
            .collect();
        csv.push_str(&format!("r{r},{}\n", cells.join(",")));
    }
    let path = dir.path().join("edge.csv");
    std::fs::write(&path, csv).unwrap();
    let out = cxassess(dir.path())
        .args(["report", "--instrument", "pyramid", "--format", "json"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    let exps = json["pyramid"]["experiences"].as_array().unwrap();
    let commitment = exps.iter().find(|e| e["id"] == "commitment").unwrap();
    let score = commitment["score"].as_f64().unwrap();
    assert!((score - 60.0).abs() < 1e-9, "{score}");
    assert_eq!(commitment["passed"], true, "{commitment}");
    let tiers = json["pyramid"]["tiers"].as_array().unwrap();
    let basic_tier = tiers.iter().find(|t| t["id"] == "basic").unwrap();
    assert_eq!(basic_tier["achieved"], true, "{basic_tier}");
}

/// Fills `answers` (a `fill --answers` body) into a results file in `dir`, named `name`.
pub fn filled(data: &std::path::Path, dir: &std::path::Path, name: &str, answers: &str) -> PathBuf {
    let a = dir.join(format!("{name}-answers.yaml"));
    let r = dir.join(format!("{name}.yaml"));
    std::fs::write(&a, answers).unwrap();
    cxassess(data)
        .args(["fill", "pyramid", "--answers"])
        .arg(&a)
        .arg("--out")
        .arg(&r)
        .assert()
        .success();
    r
}

/// The display column where each run of non-space characters in `line` ends.
fn cell_ends(line: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut col = 0;
    let mut in_cell = false;
    for c in line.chars() {
        if c == ' ' && in_cell {
            ends.push(col);
        }
        in_cell = c != ' ';
        col += UnicodeWidthStr::width(c.to_string().as_str());
    }
    if in_cell {
        ends.push(col);
    }
    ends
}

/// Checks that every figure of `rows` ends in the column where a heading of `header` ends, and
/// that each row has `cells` figures (the label ends at the first double space).
fn aligned_under(header: &str, rows: &[&str], cells: usize) {
    let head = cell_ends(header);
    for row in rows {
        let label = 2 + row[2..].find("  ").unwrap();
        let offset = UnicodeWidthStr::width(&row[..label]);
        let ends: Vec<usize> = cell_ends(&row[label..])
            .into_iter()
            .map(|e| e + offset)
            .collect();
        assert_eq!(ends.len(), cells, "{row}");
        for e in ends {
            assert!(
                head.contains(&e),
                "{e} not a heading's end:\n{header}\n{row}"
            );
        }
    }
}

#[test]
fn viewpoint_columns_are_as_wide_as_long_role_names_in_both_languages() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let customer = filled(
        data.path(),
        dir.path(),
        "c",
        &answers(4, 4, "customer", "c-01"),
    );
    let manager = filled(
        data.path(),
        dir.path(),
        "k",
        &answers(5, 5, "manager", "k-01"),
    );
    // No role at all: shown as "unspecified" / "未注明".
    let none = answers(3, 3, "x", "n-01").replace("role: x\n", "");
    let none = filled(data.path(), dir.path(), "n", &none);
    for lang in ["en", "zh"] {
        let run = |format: &str| {
            let out = cxassess(data.path())
                .args(["report", "--lang", lang, "--format", format])
                .args([&customer, &manager, &none])
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            String::from_utf8(out).unwrap()
        };
        let out = run("text");
        let lines: Vec<&str> = out.lines().collect();
        let at = lines
            .iter()
            .position(|l| *l == "Viewpoints side by side" || *l == "不同视角对比")
            .unwrap();
        // The terminal shows each role's scores, then (two roles beside the customer) the
        // perception gaps in a table of their own, each column headed by its role.
        let header = lines[at + 1];
        let gaps = lines
            .iter()
            .position(|l| {
                l.starts_with("Perception gap: the customer score minus")
                    || l.starts_with("感知差距：客户得分减去")
            })
            .unwrap_or_else(|| panic!("no gap table in\n{out}"));
        let gap_header = lines[gaps + 2];
        if lang == "en" {
            for h in [header, gap_header] {
                assert!(h.contains(" manager"), "{h}");
                assert!(h.ends_with(" unspecified"), "{h}");
            }
            assert!(header.contains(" customer "), "{header}");
            assert!(!gap_header.contains("customer"), "{gap_header}");
        } else {
            assert!(
                header.contains("管理者") && header.contains("未注明"),
                "{header}"
            );
            assert!(gap_header.contains("管理者") && gap_header.contains("未注明"));
        }
        // Every figure ends in the column where its heading ends, in the score rows, in the
        // "level reached" row (whose label is longer than any experience name), and in the gaps.
        aligned_under(header, &lines[at + 2..at + 13], 3);
        assert!(
            lines[at + 12].contains("level reached") || lines[at + 12].contains("达到层级"),
            "{}",
            lines[at + 12]
        );
        aligned_under(gap_header, &lines[gaps + 3..gaps + 13], 2);
        // Customers (75) experience 25 points less than the manager (100) believes: marked.
        assert!(lines[gaps + 3].contains("-25.0▼"), "{}", lines[gaps + 3]);
        assert!(lines[gaps + 3].contains("+25.0"), "{}", lines[gaps + 3]);
        // Markdown has room for one table: every role, then every gap against the customer.
        let markdown = run("markdown");
        let head = if lang == "en" {
            "| experience | customer | manager | unspecified | gap vs manager | gap vs unspecified |"
        } else {
            "| 体验 | 客户 | 管理者 | 未注明 | 与管理者的差距 | 与未注明的差距 |"
        };
        assert!(markdown.contains(head), "{markdown}");
    }
}

#[test]
fn the_chinese_report_names_experiences_and_words_the_rules_in_chinese() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["demo", "pyramid", "--lang", "zh"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    // The drawn pyramid lists each tier's experiences by their Chinese names.
    // Recognition is 识别体验: 认知 would read as the perception gap (感知差距).
    assert!(out.contains("身份体验 · 有益体验 · 识别体验"), "{out}");
    assert!(!out.contains("认知"), "{out}");
    assert!(out.contains("感知差距 = 客户得分 − 其他角色得分"), "{out}");
    assert!(
        out.contains("尊重体验 · 信任体验 · 便利体验 · 承诺体验"),
        "{out}"
    );
    // Question ids appear beside their text (notes, where to start); experience ids never do.
    for id in ["identity", "beneficial", "respect", "trust", "convenience"] {
        let without_questions = out.replace(&format!("{id}."), "");
        assert!(!without_questions.contains(id), "{id} in\n{out}");
    }
    // "The tier below", not "the next tier"; full-width punctuation in Chinese sentences.
    assert!(!out.contains("下一层级"), "{out}");
    assert!(out.contains("且其下方的层级也已达成"), "{out}");
    assert!(
        out.contains("高级体验得分 65.3，但中级体验（60.8）尚未达成："),
        "{out}"
    );
    assert!(out.contains("多位答卷人：先为每位答卷人计分，"), "{out}");
    assert!(out.contains("达到层级：无"), "{out}");
    // No ASCII comma, semicolon or colon beside a Chinese character, and no ASCII parenthesis
    // right after one (formulas keep their ASCII brackets: "= (已答题目均值 − 1) / 4").
    let wide =
        |c: Option<char>| c.is_some_and(|c| UnicodeWidthStr::width(c.to_string().as_str()) == 2);
    for l in out.lines() {
        for (i, c) in l.char_indices() {
            let before = l[..i].chars().next_back();
            let after = l[i + c.len_utf8()..].chars().next();
            let bad = match c {
                ',' | ';' | ':' => wide(before) || wide(after),
                '(' => wide(before),
                _ => false,
            };
            assert!(!bad, "ASCII {c} beside Chinese in: {l}");
        }
    }
    insta::assert_snapshot!("pyramid_demo_text_zh", out);
}

#[test]
fn a_tier_scored_over_fewer_experiences_says_so_in_every_format() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Every trust item not applicable: Basic is the mean of 3 of its 4 experiences.
    let mut a = String::new();
    for l in answers(4, 4, "customer", "c-01").lines() {
        if l.starts_with("  trust.") && !l.contains("importance") {
            let id = l.trim().split(':').next().unwrap();
            a.push_str(&format!("  {id}: {{na: no contracts}}\n"));
        } else {
            a.push_str(l);
            a.push('\n');
        }
    }
    let r = filled(data.path(), dir.path(), "r", &a);
    let report = |format: &str, lang: &str| {
        let out = cxassess(data.path())
            .args(["report", "--format", format, "--lang", lang])
            .arg(&r)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let text = report("text", "en");
    // In the drawn pyramid, and beside the score in the tiers table — where no respondent has a
    // score for the whole tier, so there is no tier interval and no tier n.
    assert!(
        text.contains("Basic         75.0  not achieved  (3 of 4 experiences)"),
        "{text}"
    );
    let row = text
        .lines()
        .find(|l| l.starts_with("  Basic ") && l.contains("75.0"))
        .unwrap_or_else(|| panic!("no Basic row in\n{text}"));
    assert!(
        row.contains("75.0 (3 of 4 experiences)")
            && row.contains("n/a (incomplete)")
            && row.ends_with("not achieved"),
        "{row}"
    );
    // Tiers where every experience counts say nothing more.
    assert_eq!(text.matches("experiences)").count(), 2, "{text}");
    let markdown = report("markdown", "en");
    assert!(
        markdown.contains(
            "| Basic | 75.0 (3 of 4 experiences) | n/a (incomplete) | — | not achieved |"
        ),
        "{markdown}"
    );
    assert!(report("html", "en").contains("3 of 4 experiences"));
    let zh = report("text", "zh");
    assert!(
        zh.contains("初级体验   75.0  未达成  （4 种体验中的 3 种）"),
        "{zh}"
    );
    assert!(zh.contains("75.0（4 种体验中的 3 种）"), "{zh}");
    let json: Value = serde_json::from_str(&report("json", "en")).unwrap();
    let basic = &json["pyramid"]["tiers"][0];
    assert_eq!(basic["id"], "basic");
    assert_eq!(basic["score"], 75.0);
    assert_eq!(basic["achieved"], false);
    assert_eq!(basic["experiences_scored"], 3);
    assert_eq!(basic["experiences_in_tier"], 4);
    assert_eq!(json["pyramid"]["tiers"][1]["experiences_scored"], 3);
}

#[test]
fn json_priorities_do_not_score_an_unanswered_experience_as_zero() {
    // One respondent answers respect only (4 on every item → 75) and rates nothing else. Every
    // other experience has no answers: no shortfall, no weighted shortfall, `passed` null —
    // not "60 points short" (the whole pass mark, as if it scored 0).
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let inst = cxassess::instrument::Instrument::load("pyramid").unwrap();
    let mut body = "respondent: solo\nrole: manager\nanswers:\n".to_string();
    for q in inst.questions.iter().filter(|q| q.group == "trust") {
        if !q.id.ends_with(".importance") {
            body.push_str(&format!("  {}: 2\n", q.id));
        }
    }
    let r = filled(data.path(), dir.path(), "solo", &body);
    let out = cxassess(data.path())
        .args(["report", "--format", "json"])
        .arg(&r)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    let p = &json["pyramid"];
    let respect = p["experiences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "respect")
        .unwrap();
    assert_eq!(respect["passed"], Value::Null, "{respect}");
    assert_eq!(respect["interval"], Value::Null);
    let priorities = p["priorities"].as_array().unwrap();
    // Trust (25, shortfall 35) first; the unanswered basic experiences after it, unscored.
    assert_eq!(priorities[0]["experience"], "trust");
    assert_eq!(priorities[0]["shortfall"], 35.0);
    let unanswered = priorities
        .iter()
        .find(|p| p["experience"] == "respect")
        .unwrap();
    assert_eq!(unanswered["shortfall"], Value::Null, "{unanswered}");
    assert_eq!(unanswered["weighted_shortfall"], Value::Null);
    for pr in &priorities[1..] {
        assert_eq!(pr["shortfall"], Value::Null, "{pr}");
    }
}

#[test]
fn by_role_gives_every_headline_difference_with_its_interval() {
    // Two managers (basic 5 and 4 → 100, 75) and two customers (3 and 2 → 50, 25): the basic
    // tier differs by customer − manager = 37.5 − 87.5 = −50, Welch with sd 17.68 on each side:
    // se 17.68, df 2 → −50 ± 4.3027 · 17.68 = −50 ± 76.07 (not significant).
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = [
        (5, "manager", "m1"),
        (4, "manager", "m2"),
        (3, "customer", "c1"),
        (2, "customer", "c2"),
    ]
    .iter()
    .map(|(basic, role, who)| filled(data.path(), dir.path(), who, &answers(*basic, 4, role, who)))
    .collect();
    let out = cxassess(data.path())
        .args(["report", "--by", "role", "--format", "json"])
        .args(&files)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    let seg = &json["pyramid"]["segments"];
    assert_eq!(seg["field"], "role");
    let diffs = seg["differences"].as_array().unwrap();
    let basic = diffs.iter().find(|d| d["figure"] == "tier.basic").unwrap();
    assert_eq!(
        (basic["a"].as_str(), basic["b"].as_str()),
        (Some("customer"), Some("manager"))
    );
    // b − a = manager − customer = +50.
    assert!(
        (basic["difference"].as_f64().unwrap() - 50.0).abs() < 1e-9,
        "{basic}"
    );
    assert_eq!(basic["method"], "welch");
    let half = 4.302_652_729_749_462 * (312.5f64).sqrt();
    assert!(
        (basic["interval"]["low"].as_f64().unwrap() - (50.0 - half)).abs() < 1e-6,
        "{basic}"
    );
    assert_eq!(basic["significant"], false);
    // Other tiers: everyone 75 → no variation: a difference of 0 and no interval.
    let perf = diffs
        .iter()
        .find(|d| d["figure"] == "tier.performance")
        .unwrap();
    assert_eq!(perf["difference"], 0.0);
    assert_eq!(perf["interval"], Value::Null);
    // Without --by: no segments member.
    let out = cxassess(data.path())
        .args(["report", "--format", "json"])
        .args(&files)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert!(json["pyramid"].get("segments").is_none());
}

#[test]
fn the_english_demo_report_reads_as_reviewed() {
    let data = tempfile::tempdir().unwrap();
    let out = cxassess(data.path())
        .args(["demo", "pyramid"])
        .env("COLUMNS", "100")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    // The priorities name the weakest statements with their scores and what to do.
    assert!(out.contains("What to do next"), "{out}");
    insta::assert_snapshot!("pyramid_demo_text_en", out);
}
