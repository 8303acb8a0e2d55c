//! Waves over time end to end: three quarterly engagement folders in a git repository (labels and
//! order in `trend`, `diff` of two folders with carried answers and actions), results files
//! grouped into waves by their period, the period and date written by `fill` and `import`, long
//! lists summarised, and carried answers read, checked and reported.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::common::cxassess;

fn cx(dir: &Path) -> assert_cmd::Command {
    let mut cmd = cxassess(dir);
    cmd.current_dir(dir).env("CXASSESS_TODAY", "2026-12-15");
    cmd
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=cx", "-c", "user.email=cx@example.com"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn json(cmd: &mut assert_cmd::Command) -> Value {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// `fill maturity` inside the quarter's folder, into its layout.
fn interview(quarter: &Path, answers: &str) {
    let name = answers
        .lines()
        .find_map(|l| l.strip_prefix("respondent: "))
        .expect("respondent");
    let file = quarter.join(format!("{name}.answers.yaml"));
    std::fs::write(&file, answers).expect("answers written");
    cx(quarter)
        .args(["fill", "maturity", "--answers"])
        .arg(&file)
        .args(["--out", &format!("maturity/{name}.yaml")])
        .assert()
        .success();
    std::fs::remove_file(file).expect("answers removed");
}

fn levels(name: &str, strategy: (i32, i32), closed_loop: i32) -> String {
    format!(
        "respondent: {name}\nrole: manager\nanswers:\n  strategy.1: {}\n  strategy.2: {}\n  closed_loop.1: {closed_loop}\n",
        strategy.0, strategy.1
    )
}

/// Three quarters of one client, each committed: Q2 and Q3 interviewed afresh, Q4 with li's
/// answers carried over from Q3 (two kept, one changed) and actions moved on.
fn quarters(repo: &Path) -> [PathBuf; 3] {
    git(repo, &["init", "-q"]);
    let mut out = Vec::new();
    for (q, date, li, wang) in [
        (
            "2026-Q2",
            "2026-05-20",
            levels("li", (2, 2), 1),
            levels("wang", (1, 2), 2),
        ),
        (
            "2026-Q3",
            "2026-08-20",
            levels("li", (2, 3), 2),
            levels("wang", (2, 3), 2),
        ),
        (
            "2026-Q4",
            "2026-11-20",
            String::new(),
            levels("wang", (3, 4), 3),
        ),
    ] {
        cx(repo)
            .args([
                "init", q, "--client", "Harbour", "--period", q, "--date", date,
            ])
            .assert()
            .success();
        let dir = repo.join(q);
        let actions = match q {
            "2026-Q3" => {
                "actions:\n  - {id: a1, title: \"Weekly closed-loop review\", owner: li, due: 2026-10-31, status: open}\n"
            }
            "2026-Q4" => {
                "actions:\n  - {id: a1, title: \"Weekly closed-loop review\", owner: li, due: 2026-10-31, status: done}\n  - {id: a2, title: \"Strategy one-pager\", owner: wang, due: 2026-12-01, status: open}\n"
            }
            _ => "",
        };
        let mut e = std::fs::read_to_string(dir.join("engagement.yaml")).expect("engagement");
        e.push_str(actions);
        std::fs::write(dir.join("engagement.yaml"), e).expect("write");
        if li.is_empty() {
            // Kept strategy.1 and closed_loop.1 as they were in Q3; re-assessed strategy.2.
            interview(
                &dir,
                "respondent: li\nrole: manager\ncarried_from: ../2026-Q3/maturity/li.yaml\ncarried: [closed_loop.1, strategy.1]\nanswers:\n  strategy.1: 2\n  strategy.2: 4\n  closed_loop.1: 2\n",
            );
        } else {
            interview(&dir, &li);
        }
        interview(&dir, &wang);
        git(repo, &["add", "-A"]);
        git(repo, &["commit", "-q", "-m", q]);
        out.push(dir);
    }
    out.try_into().expect("three quarters")
}

#[test]
fn three_quarters_in_git_trend_diff_and_carry() {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path();
    let [q2, q3, q4] = quarters(repo);
    // Interviews inside an engagement take client, period and date from it.
    let li = std::fs::read_to_string(q4.join("maturity/li.yaml")).expect("li");
    assert!(
        li.contains(
            "assessment:\n  organization: Harbour\n  period: \"2026-Q4\"\n  date: 2026-11-20\n"
        ),
        "{li}"
    );
    assert!(
        li.contains("    carried_from: \"../2026-Q3/maturity/li.yaml\"\n    carried:\n      - strategy.1\n      - closed_loop.1\n"),
        "carried answers in questionnaire order: {li}"
    );
    // trend: folders given out of order come out labelled by period, in date order.
    let v = json(
        cx(repo)
            .arg("trend")
            .args(["2026-Q4", "2026-Q2", "2026-Q3"])
            .args(["--format", "json"]),
    );
    let labels: Vec<&str> = v["waves"]
        .as_array()
        .expect("waves")
        .iter()
        .map(|w| w["label"].as_str().expect("label"))
        .collect();
    assert_eq!(labels, ["2026-Q2", "2026-Q3", "2026-Q4"]);
    assert_eq!(v["waves"][0]["folder"], "2026-Q2");
    assert_eq!(v["waves"][2]["date"], "2026-11-20");
    // Strategy: li (2,2)→2, wang (1,2)→1.5: 1.75; then 2.5 and 2.5: 2.5; then li (2,4)→3, wang
    // (3,4)→3.5: 3.25.
    let strategy = v["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == "dimension.strategy")
        .expect("strategy");
    assert_eq!(strategy["values"], serde_json::json!([1.75, 2.5, 3.25]));
    let text = cx(repo)
        .arg("trend")
        .args(["2026-Q4", "2026-Q2", "2026-Q3"])
        .output()
        .expect("runs");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(
        text.contains("#1 2026-Q2 · 2026-05-20 · 2026-Q2 (2 files)"),
        "{text}"
    );
    // In HTML the scores are drawn over the waves.
    let html = cx(repo)
        .args(["trend", "2026-Q2", "2026-Q3", "2026-Q4", "--format", "html"])
        .output()
        .expect("runs");
    let html = String::from_utf8(html.stdout).expect("utf-8");
    assert!(
        html.contains("<title>CX maturity: headline figures over the waves</title>"),
        "{html}"
    );
    // diff of two folders: answers carried, confirmed and changed told apart; actions.
    let v = json(
        cx(repo)
            .arg("diff")
            .args(["2026-Q3", "2026-Q4"])
            .args(["--format", "json"]),
    );
    assert_eq!(v["old"]["label"], "2026-Q3");
    assert_eq!(v["new"]["label"], "2026-Q4");
    assert_eq!(v["new"]["files"].as_array().map(Vec::len), Some(2));
    // li: strategy.1 and closed_loop.1 carried, strategy.2 3 → 4; wang: all three changed.
    assert_eq!(v["answers_unchanged"]["carried"], 2);
    assert_eq!(v["answers_unchanged"]["confirmed"], 0);
    assert_eq!(v["answers"].as_array().map(Vec::len), Some(4));
    let ids = |list: &Value| -> Vec<String> {
        list.as_array()
            .expect("list")
            .iter()
            .map(|a| a["id"].as_str().expect("id").to_string())
            .collect()
    };
    assert_eq!(ids(&v["actions"]["closed"]), ["a1"]);
    assert_eq!(ids(&v["actions"]["opened"]), ["a2"]);
    assert_eq!(
        ids(&v["actions"]["overdue"]),
        ["a2"],
        "due 2026-12-01, today 2026-12-15"
    );
    let text = cx(repo)
        .arg("diff")
        .args(["2026-Q3", "2026-Q4"])
        .output()
        .expect("runs");
    // Lines wrap at the terminal's width: compare the words.
    let text = String::from_utf8(text.stdout)
        .expect("utf-8")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("2 respondents answered in both waves: 4 answers changed, 2 carried over unchanged, 0 re-assessed and kept."),
        "{text}"
    );
    assert!(
        text.contains("1 closed, 1 opened, 1 overdue on 2026-12-15."),
        "{text}"
    );
    // The report says how many answers were carried over.
    let report = cx(repo)
        .args(["report", "2026-Q4/maturity/li.yaml"])
        .output()
        .expect("runs");
    let report = String::from_utf8(report.stdout).expect("utf-8");
    assert!(
        report.contains("2 answers were carried over unchanged from an earlier wave."),
        "{report}"
    );
    let v = json(cx(repo).args([
        "report",
        "2026-Q4/maturity/li.yaml",
        "2026-Q4/maturity/wang.yaml",
        "--format",
        "json",
    ]));
    assert_eq!(v["answers_carried"], 2, "{v:#}");
    // `run --from` finds li in the earlier wave's folder; someone it does not hold is refused.
    let out = cx(&q4)
        .args(["run", "maturity", "--plain", "--from"])
        .arg(&q3)
        .args(["--respondent", "zhao", "--out", "maturity/zhao.yaml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no answers of 'zhao' to 'maturity'"), "{err}");
    let out = cx(&q4)
        .args(["run", "maturity", "--plain", "--from"])
        .arg(&q2)
        .args(["--respondent", "li", "--out", "maturity/li-again.yaml"])
        .write_stdin("q\n")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The history is in git: one commit per wave.
    let log = Command::new("git")
        .current_dir(repo)
        .args(["log", "--format=%s"])
        .output()
        .expect("git log");
    assert_eq!(
        String::from_utf8_lossy(&log.stdout),
        "2026-Q4\n2026-Q3\n2026-Q2\n"
    );
}

/// `fill` with `--period` (and a date) outside any engagement.
fn fill(dir: &Path, out: &str, answers: &str, period: &str) -> PathBuf {
    let file = dir.join(format!("{out}.answers.yaml"));
    std::fs::write(&file, answers).expect("write");
    cx(dir)
        .args(["fill", "pulse", "--answers"])
        .arg(&file)
        .args(["--out", out, "--period", period, "--date"])
        .arg(format!("{}-15", &period[..7].replace("-Q", "-0")))
        .assert()
        .success();
    dir.join(out)
}

#[test]
fn files_sharing_a_period_are_one_wave() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let nps = |who: &str, v: i32| format!("respondent: {who}\nanswers:\n  nps: {v}\n");
    let files = [
        fill(d, "q4-b.yaml", &nps("b", 9), "2026-Q4"),
        fill(d, "q3-a.yaml", &nps("a", 10), "2026-Q3"),
        fill(d, "q4-a.yaml", &nps("a", 6), "2026-Q4"),
        fill(d, "q3-b.yaml", &nps("b", 10), "2026-Q3"),
    ];
    let text = std::fs::read_to_string(&files[0]).expect("read");
    assert!(
        text.contains("assessment:\n  period: \"2026-Q4\"\n  date: 2026-04-15\n"),
        "{text}"
    );
    let v = json(cx(d).arg("trend").args(&files).args(["--format", "json"]));
    let waves = v["waves"].as_array().expect("waves");
    assert_eq!(waves.len(), 2);
    assert_eq!(waves[0]["label"], "2026-Q3");
    assert_eq!(waves[0]["respondents"], 2);
    let nps_values = v["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == "nps")
        .expect("nps")["values"]
        .clone();
    // Q3: two promoters, +100; Q4: a promoter and a detractor, 0.
    assert_eq!(nps_values, serde_json::json!([100.0, 0.0]));
    // diff takes the four files as two waves, in time order.
    let v = json(cx(d).arg("diff").args(&files).args(["--format", "json"]));
    assert_eq!(
        (v["old"]["label"].as_str(), v["new"]["label"].as_str()),
        (Some("2026-Q3"), Some("2026-Q4"))
    );
    // A third period makes three waves: diff refuses, naming them.
    let q1 = fill(d, "q1.yaml", &nps("c", 7), "2026-Q1");
    let out = cx(d)
        .arg("diff")
        .args(&files)
        .arg(&q1)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("3 (2026-Q1, 2026-Q3, 2026-Q4)"));
    // The same respondent twice in one wave is refused, naming both files.
    let again = fill(d, "q3-a-again.yaml", &nps("a", 3), "2026-Q3");
    let out = cx(d)
        .arg("trend")
        .args(&files)
        .arg(&again)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("respondent 'a' is in both ")
            && err.contains("q3-a.yaml and ")
            && err.contains("q3-a-again.yaml"),
        "{err}"
    );
    // A date that is not YYYY-MM-DD is refused before anything is written.
    let out = cx(d)
        .args(["fill", "pulse", "--answers"])
        .arg(d.join("q1.yaml.answers.yaml"))
        .args(["--out", "x.yaml", "--date", "2026-13-01"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(!d.join("x.yaml").exists());
}

#[test]
fn long_lists_are_summarised_unless_verbose() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let wave = |name: &str, people: &[String], value: i32| {
        let mut text = String::new();
        for p in people {
            text.push_str(&format!(
                "  - respondent: {p}\n    complete: true\n    answers:\n      nps: {value}\n"
            ));
        }
        let path = d.join(name);
        let digest = cxassess::instrument::builtin::latest("pulse")
            .expect("built in")
            .instrument()
            .expect("parses")
            .digest;
        std::fs::write(
            &path,
            format!("format: cxassess-results/1\ninstrument:\n  id: pulse\n  version: 1\n  source: builtin\n  digest: {digest}\nassessment: {{}}\nresponses:\n{text}"),
        )
        .expect("write");
        path
    };
    let both: Vec<String> = (0..31).map(|i| format!("r{i:02}")).collect();
    let mut old_people = both.clone();
    old_people.extend((0..3).map(|i| format!("gone{i}")));
    let mut new_people = both;
    new_people.extend((0..24).map(|i| format!("new{i:02}")));
    let old = wave("old.yaml", &old_people, 9);
    let new = wave("new.yaml", &new_people, 7);
    let text = |verbose: bool| {
        let mut c = cx(d);
        c.arg("diff").args([&old, &new]);
        if verbose {
            c.arg("--verbose");
        }
        String::from_utf8(c.output().expect("runs").stdout).expect("utf-8")
    };
    let short = text(false);
    assert!(
        short.contains("24 respondent(s) added, 3 removed (--verbose lists them)."),
        "{short}"
    );
    assert!(!short.contains("new07"), "{short}");
    assert!(
        short.contains("31 changed answers, counted by question (--verbose lists each one)."),
        "{short}"
    );
    let nps_row = short
        .lines()
        .find(|l| l.split_whitespace().collect::<Vec<_>>() == ["nps", "31"]);
    assert!(nps_row.is_some(), "{short}");
    let long = text(true);
    assert!(long.contains("+ new07 (added, —, 1 answer)"), "{long}");
    assert!(
        long.contains("− gone2 (removed, —, had 1 answer)"),
        "{long}"
    );
    assert_eq!(long.matches(" nps ").count(), 31, "{long}");
    // JSON always lists everyone.
    let v = json(
        cx(d)
            .arg("diff")
            .args([&old, &new])
            .args(["--format", "json"]),
    );
    assert_eq!(v["respondents_added"].as_array().map(Vec::len), Some(24));
    assert_eq!(v["answers"].as_array().map(Vec::len), Some(31));
}

#[test]
fn carried_answers_are_checked_with_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let answers = d.join("a.yaml");
    std::fs::write(
        &answers,
        "respondent: li\ncarried_from: q3.yaml\ncarried: [nps, no.such, csat]\nanswers:\n  nps: 9\n",
    )
    .expect("write");
    let out = cx(d)
        .args(["fill", "pulse", "--answers"])
        .arg(&answers)
        .args(["--out", "x.yaml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a.yaml:3:16"), "{err}");
    assert!(
        err.contains("carried answer 'no.such' is not a question of pulse"),
        "{err}"
    );
    assert!(err.contains("a.yaml:3:25"), "{err}");
    assert!(
        err.contains("'csat' is listed as carried over but has no answer"),
        "{err}"
    );
    // A good one round-trips byte for byte, and an older file without any of it still reads.
    std::fs::write(
        &answers,
        "respondent: li\ncarried_from: q3.yaml\ncarried: [nps]\nanswers:\n  nps: 9\n",
    )
    .expect("write");
    cx(d)
        .args(["fill", "pulse", "--answers"])
        .arg(&answers)
        .args(["--out", "x.yaml", "--period", "2026-Q4"])
        .assert()
        .success();
    let written = std::fs::read_to_string(d.join("x.yaml")).expect("read");
    assert!(
        written.contains("    carried_from: q3.yaml\n    carried:\n      - nps\n"),
        "{written}"
    );
    cx(d).args(["validate", "x.yaml"]).assert().success();
    let csv = cx(d)
        .args(["export", "x.yaml", "--format", "csv"])
        .output()
        .expect("runs");
    std::fs::write(d.join("x.csv"), &csv.stdout).expect("write");
    cx(d)
        .args([
            "import", "pulse", "x.csv", "--out", "y.yaml", "--period", "2026-Q4",
        ])
        .assert()
        .success();
    let imported = std::fs::read_to_string(d.join("y.yaml")).expect("read");
    assert!(imported.contains("  period: \"2026-Q4\"\n"), "{imported}");
}

#[test]
fn run_names_the_wave_it_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    cx(d)
        .args([
            "run",
            "pulse",
            "--plain",
            "--respondent",
            "li",
            "--out",
            "p.yaml",
        ])
        .args([
            "--period",
            "2026-Q4",
            "--date",
            "2026-11-20",
            "--org",
            "Acme",
        ])
        .write_stdin("9\n")
        .assert()
        .success();
    let text = std::fs::read_to_string(d.join("p.yaml")).expect("written");
    assert!(
        text.contains(
            "assessment:\n  organization: Acme\n  period: \"2026-Q4\"\n  date: 2026-11-20\n"
        ),
        "{text}"
    );
    let out = cx(d)
        .args([
            "run",
            "pulse",
            "--plain",
            "--out",
            "q.yaml",
            "--date",
            "20.11.2026",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

/// The runner's side of carrying (the library part `run --from` gives the runners): the
/// previous answer is offered while the question is unanswered, keeping it records the question
/// as carried, and answering it anew takes it off the list.
#[test]
fn a_session_carries_the_previous_answer_and_forgets_it_when_answered_anew() {
    use cxassess::instrument::builtin;
    use cxassess::response::Answer;
    use cxassess::response::carry::Previous;
    use cxassess::tui::session::{Respondent, Session};

    let dir = tempfile::tempdir().expect("tempdir");
    let instrument = builtin::latest("maturity")
        .expect("built in")
        .instrument()
        .expect("parses");
    let mut session = Session::new(
        instrument,
        dir.path().join("li.yaml"),
        &Respondent {
            name: Some("li".into()),
            role: Some("manager".into()),
            org: None,
        },
        "2026-11-22T09:00:00Z".into(),
    );
    let step = |s: &Session, id: &str| {
        (0..s.steps.len())
            .find(|&i| s.question(i).id == id)
            .expect("step")
    };
    let (s1, s2) = (step(&session, "strategy.1"), step(&session, "strategy.2"));
    assert!(
        !session.carry(s1),
        "nothing to carry without an earlier wave"
    );
    session.previous = Some(Previous {
        source: "../2026-Q3/maturity/li.yaml".into(),
        response: cxassess::response::Response {
            respondent: "li".into(),
            answers: [
                ("strategy.1".to_string(), Answer::Value(3)),
                ("strategy.2".to_string(), Answer::Value(2)),
            ]
            .into_iter()
            .collect(),
            ..Default::default()
        },
    });
    assert_eq!(session.previous_answer(s1), Some(Answer::Value(3)));
    assert!(session.carry(s1) && session.carry(s2));
    assert!(!session.carry(s1), "an answered question keeps its answer");
    assert_eq!(session.response().carried, ["strategy.1", "strategy.2"]);
    assert_eq!(
        session.response().carried_from.as_deref(),
        Some("../2026-Q3/maturity/li.yaml")
    );
    session.answer_point(s2, 4).expect("on the scale");
    assert_eq!(session.response().carried, ["strategy.1"]);
    session.save().expect("saved");
    let text = std::fs::read_to_string(dir.path().join("li.yaml")).expect("written");
    assert!(
        text.contains("    carried:\n      - strategy.1\n    answers:\n      strategy.1: 3\n      strategy.2: 4\n"),
        "{text}"
    );
}
