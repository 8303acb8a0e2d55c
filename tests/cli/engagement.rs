//! Engagements end to end: `init` starts a folder, interviews land in its layout, `status` shows
//! who has answered what (text and JSON, both languages), and the shell integration commands.

use std::path::Path;

use serde_json::Value;

use crate::common::cxassess;

fn cx(dir: &Path) -> assert_cmd::Command {
    let mut cmd = cxassess(dir);
    cmd.current_dir(dir).env("CXASSESS_TODAY", "2026-12-01");
    cmd
}

/// An engagement in `dir/eng` with a roster of three and one overdue action.
fn engagement(dir: &Path) -> std::path::PathBuf {
    cx(dir)
        .args([
            "init",
            "eng",
            "--client",
            "Harbour Appliances",
            "--period",
            "2026-Q4",
            "--date",
            "2026-11-20",
        ])
        .assert()
        .success();
    let eng = dir.join("eng");
    let mut text = std::fs::read_to_string(eng.join("engagement.yaml")).expect("written");
    text.push_str(
        "instruments: [maturity, gaps, servqual]\nroster:\n  - respondent: zhang.min\n    role: manager\n    name: 张敏\n    instruments: [maturity, gaps]\n  - respondent: li.na\n    role: staff\n    instruments: [gaps]\n  - respondent: c-01\n    role: customer\n    instruments: [servqual]\nactions:\n  - {id: a1, title: \"Weekly closed-loop review\", owner: li.na, due: 2026-11-30, status: open}\n  - {id: a2, title: \"CX in appraisals\", due: 2026-10-01, status: done}\n",
    );
    std::fs::write(eng.join("engagement.yaml"), text).expect("write");
    eng
}

#[test]
fn init_writes_a_valid_engagement_and_refuses_to_overwrite_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = engagement(dir.path());
    let text = std::fs::read_to_string(eng.join("engagement.yaml")).expect("file");
    assert!(
        text.starts_with("format: cxassess-engagement/1\nclient: Harbour Appliances\n"),
        "{text}"
    );
    assert!(
        text.contains("period: \"2026-Q4\"") && text.contains("date: 2026-11-20"),
        "{text}"
    );
    let again = cx(dir.path())
        .args(["init", "eng", "--client", "Other"])
        .output()
        .expect("runs");
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let bad = cx(dir.path())
        .args(["init", "x", "--client", "C", "--date", "2026-02-30"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("YYYY-MM-DD"));
    assert!(
        !dir.path().join("x").exists(),
        "nothing written for a bad date"
    );
}

#[test]
fn a_broken_engagement_file_is_named_with_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = engagement(dir.path());
    let path = eng.join("engagement.yaml");
    let text = std::fs::read_to_string(&path)
        .expect("file")
        .replace("status: done", "status: finished");
    std::fs::write(&path, text).expect("write");
    let out = cx(&eng).arg("status").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("engagement.yaml:") && err.contains("'finished'"),
        "{err}"
    );
    assert!(
        err.contains("fix: use one of open, in-progress, done, dropped"),
        "{err}"
    );
}

#[test]
fn status_counts_questions_per_role_and_lists_who_has_not_started() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = engagement(dir.path());
    std::fs::create_dir(eng.join("maturity")).expect("mkdir");
    cx(&eng)
        .args([
            "run",
            "maturity",
            "--plain",
            "--respondent",
            "zhang.min",
            "--role",
            "manager",
            "--out",
            "maturity/zhang.min.yaml",
        ])
        .write_stdin("3\n2\n4\n")
        .assert()
        .success();
    // From a subfolder: the engagement is found upward, as git finds .git.
    let out = cx(&eng.join("maturity"))
        .arg("status")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.starts_with("Harbour Appliances · 2026-Q4 · 2026-11-20\n"),
        "{text}"
    );
    let row = text.lines().find(|l| l.contains("zhang.min")).expect("row");
    assert!(
        row.contains("张敏 (zhang.min)") && row.contains("3/31"),
        "{row}"
    );
    assert!(text.contains("Not started (2): li.na, c-01"), "{text}");
    let a1 = text
        .lines()
        .find(|l| l.contains("Weekly closed-loop"))
        .expect("a1");
    assert!(a1.trim_end().ends_with("overdue"), "{a1}");
    let a2 = text
        .lines()
        .find(|l| l.contains("CX in appraisals"))
        .expect("a2");
    assert!(
        a2.trim_end().ends_with("done"),
        "done is never overdue: {a2}"
    );
    for line in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 100, "{line}");
    }

    let json: Value = serde_json::from_slice(
        &cx(&eng)
            .args(["status", "--format", "json"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("json");
    assert_eq!(json["client"], "Harbour Appliances");
    assert_eq!(json["period"], "2026-Q4");
    let zhang = &json["respondents"][0];
    assert_eq!(zhang["respondent"], "zhang.min");
    assert_eq!(zhang["instruments"]["maturity"]["answered"], 3);
    assert_eq!(zhang["instruments"]["maturity"]["asked"], 31);
    assert_eq!(zhang["instruments"]["maturity"]["complete"], false);
    assert_eq!(zhang["instruments"]["gaps"]["answered"], 0);
    let customer = &json["respondents"][2];
    assert_eq!(customer["instruments"]["servqual"]["answered"], 0);
    assert_eq!(json["actions"][0]["overdue"], true);
    assert_eq!(json["actions"][1]["overdue"], false);

    let zh = cx(&eng)
        .args(["status", "--lang", "zh"])
        .output()
        .expect("runs");
    let zh = String::from_utf8(zh.stdout).expect("utf-8");
    assert!(
        zh.contains("尚未开始（2）：li.na, c-01") && zh.contains("已逾期"),
        "{zh}"
    );
    insta::assert_snapshot!("status_en", text);
    insta::assert_snapshot!("status_zh", zh);
}

#[test]
fn status_outside_an_engagement_says_how_to_start_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = cx(dir.path()).arg("status").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not inside an engagement") && err.contains("cxassess init"),
        "{err}"
    );
}

#[test]
fn completions_offer_built_in_ids_and_the_man_page_lists_every_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = cx(dir.path())
            .args(["completions", shell])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).expect("utf-8");
        assert!(
            script.contains("report") && script.contains("fail-on-drop"),
            "{shell}"
        );
        assert!(
            script.contains("servqual"),
            "{shell} offers the built-in ids"
        );
        // Added to clap's PowerShell and Elvish scripts, which complete commands and flags only:
        // the ids go where a command takes an instrument.
        match shell {
            "powershell" => assert!(
                script.contains("'cxassess;run' {\n            [CompletionResult]::new('pyramid'"),
                "{script}"
            ),
            "elvish" => assert!(
                script.contains("&'cxassess;demo'= {\n            cand pyramid 'pyramid'"),
                "{script}"
            ),
            _ => {}
        }
    }
    let man = cx(dir.path()).arg("man").output().expect("runs");
    let man = String::from_utf8(man.stdout).expect("utf-8");
    assert!(man.contains(".TH cxassess 1"), "{man}");
    for cmd in [
        "LIST",
        "RUN",
        "FILL",
        "REPORT",
        "DIFF",
        "TREND",
        "IMPORT",
        "EXPORT",
        "VALIDATE",
        "TEMPLATE",
        "DEMO",
        "INIT",
        "STATUS",
        "COMPLETIONS",
        "MAN",
    ] {
        assert!(man.contains(&format!(".SH \"CXASSESS {cmd}\"")), "{cmd}");
    }
}

#[test]
fn a_role_outside_an_instruments_audience_is_refused_naming_who_answers_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let out = cx(d)
        .args([
            "run",
            "gaps",
            "--plain",
            "--respondent",
            "c-01",
            "--role",
            "customer",
            "--out",
            "g.yaml",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "a customer does not answer gaps: it is answered by manager, staff, marketing"
        ),
        "{err}"
    );
    assert!(!d.join("g.yaml").exists(), "nothing written");
    std::fs::write(
        d.join("c.yaml"),
        "respondent: c-02\nrole: customer\nanswers:\n  teamwork.1: 5\n",
    )
    .expect("write");
    let out = cx(d)
        .args(["fill", "gaps", "--answers", "c.yaml", "--out", "g.yaml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    std::fs::write(
        d.join("g.csv"),
        "respondent,role,teamwork.1\nm-1,manager,5\nc-1,customer,4\n",
    )
    .expect("write");
    let out = cx(d)
        .args(["import", "gaps", "g.csv", "--out", "g.yaml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("g.csv: row 3, column 2 (role): 'customer' does not answer gaps"),
        "{err}"
    );
    assert!(!d.join("g.yaml").exists(), "nothing written");
}

#[test]
fn staff_skip_the_sections_for_managers_and_a_contradicting_role_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let inst = cxassess::instrument::Instrument::load("gaps").expect("built-in");
    let staff = inst.steps_for(Some("staff")).len();
    assert!(
        staff > 0 && staff < inst.steps().len(),
        "the sections answered by managers only are skipped"
    );
    let out = cx(d)
        .args([
            "run",
            "gaps",
            "--plain",
            "--respondent",
            "ann",
            "--role",
            "staff",
            "--out",
            "g.yaml",
        ])
        .write_stdin("3\n".repeat(staff))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(d.join("g.yaml")).expect("saved");
    assert!(
        text.contains("complete: true"),
        "a staff member is complete after the staff items: {text}"
    );
    let out = cx(d)
        .args([
            "run",
            "gaps",
            "--plain",
            "--respondent",
            "ann",
            "--role",
            "manager",
            "--out",
            "g.yaml",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "role manager for ann contradicts the role recorded for them in g.yaml (staff)"
        ),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("g.yaml")).expect("kept"),
        text
    );
}

#[test]
fn partial_responses_are_counted_and_said_and_complete_only_leaves_them_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(
        d.join("a.yaml"),
        "respondent: a\nanswers:\n  nps: 9\n  nps_reason: fast\n  csat: 5\n  ces: 6\n",
    )
    .expect("write");
    std::fs::write(d.join("b.yaml"), "respondent: b\nanswers:\n  nps: 3\n").expect("write");
    for (answers, out) in [("a.yaml", "pa.yaml"), ("b.yaml", "pb.yaml")] {
        cx(d)
            .args(["fill", "pulse", "--answers", answers, "--out", out])
            .assert()
            .success();
    }
    let both = cx(d)
        .args(["report", "pa.yaml", "pb.yaml", "--format", "markdown"])
        .output()
        .expect("runs");
    let both = String::from_utf8(both.stdout).expect("utf-8");
    assert!(both.contains("2 respondents"), "{both}");
    assert!(both.contains("1 of 2 responses are partial"), "{both}");
    let complete = cx(d)
        .args([
            "report",
            "pa.yaml",
            "pb.yaml",
            "--complete-only",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&complete.stdout).expect("json");
    assert_eq!(v["respondents"], 1);
    assert_eq!(v["pulse"]["nps"]["promoters"], 1);
    assert_eq!(v["pulse"]["nps"]["detractors"], 0);
}

/// An engagement holding the demo results of maturity, gaps, servqual and pulse, a target and an
/// action.
fn demo_engagement(dir: &Path) -> std::path::PathBuf {
    let eng = engagement(dir);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for kind in ["maturity", "gaps", "servqual", "pulse"] {
        std::fs::create_dir_all(eng.join(kind)).expect("mkdir");
        std::fs::copy(
            root.join("demo").join(format!("{kind}.yaml")),
            eng.join(kind).join("demo.yaml"),
        )
        .expect("copy");
    }
    let path = eng.join("engagement.yaml");
    let text = std::fs::read_to_string(&path).expect("file").replace(
        "instruments: [maturity, gaps, servqual]",
        "instruments: [maturity, gaps, servqual, pulse]",
    );
    std::fs::write(&path, text).expect("write");
    eng
}

#[test]
fn the_engagement_report_gathers_every_instrument_the_five_gap_model_actions_and_voices() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = demo_engagement(dir.path());
    let out = cx(&eng)
        .args(["report", "."])
        .env("COLUMNS", "100")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.starts_with("Engagement report — Harbour Appliances · 2026-Q4 · 2026-11-20\n"),
        "{text}"
    );
    let summary = &text[..text.find("\nCX maturity — ").expect("the maturity part")];
    for part in [
        "Executive summary",
        "CX maturity",
        "SERVQUAL",
        "Pulse",
        "Five-gap model",
        "2 agreed actions, 1 overdue.",
    ] {
        assert!(summary.contains(part), "{part} in the summary:\n{summary}");
    }
    let voices = &text[text
        .find("Voices: notes and N/A reasons")
        .expect("voices at the end")..];
    assert!(voices.contains("chen.jing (manager)"), "{voices}");
    assert!(
        text.matches("Notes and N/A reasons").count() == 0,
        "no voices inside the parts"
    );
    for line in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 100, "{line}");
    }

    // Anonymised: role codes, the same person the same code everywhere, names nowhere.
    let anon = cx(&eng)
        .args(["report", ".", "--anonymize"])
        .output()
        .expect("runs");
    let anon = String::from_utf8(anon.stdout).expect("utf-8");
    assert!(
        !anon.contains("chen.jing") && !anon.contains("c-0141"),
        "names hidden"
    );
    assert!(
        anon.contains("manager 1") && anon.contains("customer 1"),
        "{anon}"
    );

    let json: Value = serde_json::from_slice(
        &cx(&eng)
            .args(["report", ".", "--format", "json"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("json");
    assert_eq!(json["engagement"]["client"], "Harbour Appliances");
    assert_eq!(json["engagement"]["period"], "2026-Q4");
    let reports = json["reports"].as_array().expect("reports");
    let kinds: Vec<String> = reports
        .iter()
        .map(|r| {
            if r.get("instruments").is_some() {
                "fivegap".to_string()
            } else {
                r["instrument"]["id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            }
        })
        .collect();
    assert_eq!(
        kinds,
        ["maturity", "gaps", "servqual", "pulse", "fivegap"],
        "{kinds:?}"
    );
    // Each element is what `report` prints for that instrument's files alone.
    let alone: Value = serde_json::from_slice(
        &cx(&eng)
            .args(["report", "pulse/demo.yaml", "--format", "json"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("json");
    assert_eq!(reports[3]["pulse"], alone["pulse"]);
    assert_eq!(json["actions"][0]["overdue"], true);

    let html = cx(&eng)
        .args(["report", ".", "--format", "html"])
        .output()
        .expect("runs");
    let html = String::from_utf8(html.stdout).expect("utf-8");
    assert!(
        html.contains("<nav class=\"toc\">") && html.contains("href=\"#fivegap\""),
        "contents"
    );
    assert!(
        html.matches("<section class=\"part\">").count() >= 6,
        "a page break before each part"
    );
    assert!(cxassess::report::svg::well_formed(&html));

    let zh = cx(&eng)
        .args(["report", ".", "--lang", "zh"])
        .output()
        .expect("runs");
    let zh = String::from_utf8(zh.stdout).expect("utf-8");
    assert!(
        zh.starts_with("项目报告 — Harbour Appliances") && zh.contains("摘要"),
        "{zh}"
    );
    let head = |t: &str| t.lines().take(40).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("engagement_report_en", head(&text));
    insta::assert_snapshot!("engagement_report_zh", head(&zh));
}

#[test]
fn targets_give_the_distance_and_a_roadmap_through_every_level_up_to_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = demo_engagement(dir.path());
    let path = eng.join("engagement.yaml");
    let mut text = std::fs::read_to_string(&path).expect("file");
    text.push_str("targets:\n  maturity: {strategy: 4, closed_loop: 3, measurement: 5}\n");
    std::fs::write(&path, text).expect("write");
    let json: Value = serde_json::from_slice(
        &cx(&eng)
            .args(["report", "maturity/demo.yaml", "--format", "json"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("json");
    let dims = json["maturity"]["dimensions"]
        .as_array()
        .expect("dimensions");
    let strategy = dims
        .iter()
        .find(|d| d["id"] == "strategy")
        .expect("strategy");
    let score = strategy["score"].as_f64().expect("score");
    assert_eq!(strategy["target"], 4.0);
    assert!((strategy["to_target"].as_f64().expect("to_target") - (4.0 - score)).abs() < 1e-12);
    let insight = dims.iter().find(|d| d["id"] == "insight").expect("insight");
    assert!(insight.get("target").is_none(), "no target, no field");
    let out = cx(&eng)
        .args(["report", "maturity/demo.yaml"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let roadmap = &text[text.find("Roadmap to the targets").expect("roadmap")..];
    // Metrics stands at 2.3: the roadmap walks levels 3, 4 and 5.
    let metrics = &roadmap[roadmap
        .find("Metrics: 2.3 now → target 5 Embedded")
        .expect("metrics")..];
    let a = metrics.find("To reach 3 Defined:").expect("level 3");
    let b = metrics.find("To reach 4 Managed:").expect("level 4");
    let c = metrics.find("To reach 5 Embedded:").expect("level 5");
    assert!(a < b && b < c, "{metrics}");
    let head = text
        .lines()
        .find(|l| l.contains("dimension") && l.contains("target"))
        .expect("table");
    assert!(head.contains("to target"), "{head}");
}

#[test]
fn interviews_inside_an_engagement_go_into_its_layout_with_the_rosters_role() {
    let dir = tempfile::tempdir().expect("tempdir");
    let eng = engagement(dir.path());
    // From a subfolder, no --out, no --role: the roster says zhang.min is a manager.
    std::fs::create_dir(eng.join("notes")).expect("mkdir");
    cx(&eng.join("notes"))
        .args(["run", "maturity", "--plain", "--respondent", "zhang.min"])
        .write_stdin("3\n2\n")
        .assert()
        .success();
    let file = eng.join("maturity/zhang.min.yaml");
    let text = std::fs::read_to_string(&file).expect("written into the layout");
    assert!(text.contains("assessment:\n  organization: Harbour Appliances\n  period: \"2026-Q4\"\n  date: 2026-11-20\n"), "{text}");
    assert!(text.contains("role: manager"), "{text}");
    // A role that contradicts the roster, and an interview without a respondent, are refused.
    let out = cx(&eng)
        .args([
            "run",
            "gaps",
            "--plain",
            "--respondent",
            "li.na",
            "--role",
            "manager",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("role manager contradicts the roster"));
    let out = cx(&eng)
        .args(["run", "gaps", "--plain"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--respondent NAME"));

    // fill without --out: the respondent and role from the answers file, its own file.
    std::fs::write(
        dir.path().join("c.yaml"),
        "respondent: c-01\nanswers:\n  tangibles.1: {expected: 7, perceived: 5}\n",
    )
    .expect("write");
    cx(dir.path())
        .args([
            "fill",
            "servqual",
            "--answers",
            "c.yaml",
            "--engagement",
            "eng",
        ])
        .assert()
        .success();
    let c = std::fs::read_to_string(eng.join("servqual/c-01.yaml")).expect("layout");
    assert!(c.contains("role: customer"), "the roster's role: {c}");

    // import without --out: one file per respondent.
    std::fs::write(
        eng.join("staff.csv"),
        "respondent,role,teamwork.1\nli.na,staff,5\nwu.fei,staff,3\n",
    )
    .expect("write");
    cx(&eng)
        .args(["import", "gaps", "staff.csv"])
        .assert()
        .success();
    assert!(eng.join("gaps/li.na.yaml").is_file() && eng.join("gaps/wu.fei.yaml").is_file());
    let status: Value = serde_json::from_slice(
        &cx(&eng)
            .args(["status", "--format", "json"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("json");
    let names: Vec<&str> = status["respondents"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["respondent"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        ["zhang.min", "li.na", "c-01", "wu.fei"],
        "the roster first, then others found"
    );
}

#[test]
fn two_branches_each_adding_a_respondent_merge_in_git_without_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(repo)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    git(&["init", "-q", "-b", "main"]);
    let eng = engagement(repo);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "engagement"]);
    git(&["checkout", "-q", "-b", "ann"]);
    cx(&eng)
        .args(["run", "maturity", "--plain", "--respondent", "zhang.min"])
        .write_stdin("4\n")
        .assert()
        .success();
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "zhang.min"]);
    git(&["checkout", "-q", "main"]);
    git(&["checkout", "-q", "-b", "bob"]);
    cx(&eng)
        .args(["run", "gaps", "--plain", "--respondent", "li.na"])
        .write_stdin("5\n")
        .assert()
        .success();
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "li.na"]);
    git(&["checkout", "-q", "main"]);
    git(&["merge", "-q", "--no-edit", "ann"]);
    git(&["merge", "-q", "--no-edit", "bob"]);
    assert!(eng.join("maturity/zhang.min.yaml").is_file() && eng.join("gaps/li.na.yaml").is_file());
    assert!(git(&["status", "--porcelain"]).is_empty(), "merged cleanly");
}

#[test]
fn help_and_parse_errors_follow_the_language_of_the_flag_or_the_environment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = cx(dir.path())
        .args(["--lang", "zh", "diff", "--help"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).expect("utf-8");
    assert!(help.contains("对比两轮评估"), "{help}");
    assert!(help.contains("用法: cxassess diff"), "{help}");
    assert!(help.contains("[默认: text]"), "{help}");

    // LANG=zh_CN with a misspelt command: the error and its tip in Chinese, exit 2.
    let out = cx(dir.path())
        .env("LANG", "zh_CN.UTF-8")
        .arg("reprot")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.starts_with("错误: 无法识别的命令 'reprot'"), "{err}");
    assert!(err.contains("'report'"), "{err}");

    // --lang on the command line wins over the environment, even after the command.
    let out = cx(dir.path())
        .env("LANG", "zh_CN.UTF-8")
        .args(["report", "--lang", "en"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.starts_with("error: the following required arguments were not provided:"),
        "{err}"
    );

    // The man page follows --lang too.
    let man = cx(dir.path())
        .args(["--lang", "zh", "man"])
        .output()
        .expect("runs");
    let man = String::from_utf8(man.stdout).expect("utf-8");
    assert!(
        man.contains("为结果文件（或导入格式的 CSV）评分并输出报告。"),
        "{man}"
    );
}
