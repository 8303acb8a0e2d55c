//! The plain line mode and the no-terminal rule, through the binary with piped stdin.

use predicates::prelude::*;

use super::common::{cxassess, process};

mod evidence;

fn pyramid_input(n: usize) -> String {
    (0..n).fold(String::new(), |mut s, k| {
        s.push(char::from(b'1' + (k % 5) as u8));
        s.push('\n');
        s
    })
}

#[test]
fn plain_run_with_piped_answers_writes_a_complete_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.yaml");
    cxassess(dir.path())
        .args(["run", "pyramid", "--plain", "--respondent", "li.wei", "--org", "Acme"])
        .arg("--out")
        .arg(&out)
        .write_stdin(pyramid_input(47))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "[1/47] Respect — Every customer gets the same courtesy",
        ))
        .stdout(predicate::str::contains(
            "(1 Not at all true, 2 Mostly not true, 3 Partly true, 4 Mostly true, 5 Fully and consistently true; n = not applicable; b = back; q = quit",
        ))
        .stdout(predicate::str::contains("All 47 questions answered"));
    let (results, _) = cxassess::response::read_results(&out).unwrap();
    let r = &results.responses[0];
    assert!(r.complete);
    assert_eq!(r.answers.len(), 47);
    assert_eq!(results.assessment.organization.as_deref(), Some("Acme"));
    assert_eq!(r.started.as_deref(), Some("2026-11-22T09:00:00Z"));
}

#[test]
fn end_of_input_saves_what_was_answered_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.yaml");
    cxassess(dir.path())
        .args(["run", "pyramid", "--plain", "--respondent", "li.wei"])
        .arg("--out")
        .arg(&out)
        .write_stdin("4\nsix\n9\n4\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("'six' is not an answer here"))
        .stdout(predicate::str::contains(
            "9 is not on this scale: choose 1–5",
        ));
    let (results, _) = cxassess::response::read_results(&out).unwrap();
    let r = &results.responses[0];
    assert_eq!(r.answers.len(), 2);
    assert!(!r.complete);

    // Resuming continues at the third question and keeps the two answers.
    cxassess(dir.path())
        .args(["run", "pyramid", "--plain", "--respondent", "li.wei"])
        .arg("--out")
        .arg(&out)
        .write_stdin("3\nq\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Resuming: 2 of 47 answered"))
        .stdout(predicate::str::contains("[3/47]"));
    let (results, _) = cxassess::response::read_results(&out).unwrap();
    assert_eq!(results.responses[0].answers.len(), 3);
}

#[test]
fn without_a_terminal_run_and_home_exit_1_naming_plain_and_fill() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["run", "pyramid"][..], &[][..]] {
        cxassess(dir.path())
            .args(args)
            .write_stdin("")
            .assert()
            .code(1)
            .stderr(predicate::str::contains("--plain"))
            .stderr(predicate::str::contains("fill"));
    }
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "nothing written"
    );
}

#[test]
fn accessible_selects_plain_mode() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.yaml");
    cxassess(dir.path())
        .env("ACCESSIBLE", "1")
        .args(["run", "pulse", "--respondent", "c1"])
        .arg("--out")
        .arg(&out)
        .write_stdin("10\nQuick and kind\n5\nlike\n6\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("[1/4]"))
        .stdout(predicate::str::contains("'like' is not an answer here"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("      nps: 10\n"), "{text}");
    assert!(
        text.contains("      nps_reason: \"Quick and kind\"\n"),
        "{text}"
    );
    assert!(text.contains("complete: true"), "{text}");
}

#[test]
fn plain_mode_speaks_chinese() {
    let dir = tempfile::tempdir().unwrap();
    cxassess(dir.path())
        .args([
            "run",
            "kano",
            "--plain",
            "--lang",
            "zh",
            "--respondent",
            "王芳",
        ])
        .write_stdin("我喜欢\n理所当然\n9\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "[1/27] 实时订单跟踪 — 如果服务【提供】实时订单跟踪",
        ))
        .stdout(predicate::str::contains(
            "[3/27] 实时订单跟踪 — “实时订单跟踪”对您有多重要？",
        ));
    // Without --out the session lives in the data folder.
    let sessions: Vec<_> = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(sessions.len(), 1);
    let text = std::fs::read_to_string(&sessions[0]).unwrap();
    assert!(
        text.contains("online_tracking: {functional: like, dysfunctional: must-be, importance: 9}"),
        "{text}"
    );
}

#[test]
fn plain_home_starts_a_session_from_a_numbered_list() {
    let dir = tempfile::tempdir().unwrap();
    cxassess(dir.path())
        .arg("--plain")
        .write_stdin("6\nli.wei\ncustomer\n9\n\n4\n5\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1. Experience pyramid (47 questions)",
        ))
        .stdout(predicate::str::contains("[1/4]"));
    let sessions: Vec<_> = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let (results, _) = cxassess::response::read_results(&sessions[0]).unwrap();
    assert_eq!(results.instrument.id, "pulse");
    assert_eq!(results.responses[0].role.as_deref(), Some("customer"));
    assert_eq!(results.responses[0].answers.len(), 3);
}

#[test]
fn plain_home_lists_your_instruments_and_starts_one() {
    let dir = tempfile::tempdir().unwrap();
    let instruments = dir.path().join("instruments");
    std::fs::create_dir_all(&instruments).unwrap();
    let study =
        cxassess::instrument::kano_study::generate(&cxassess::instrument::kano_study::StudySpec {
            title: "Online service | 线上服务".into(),
            features: vec!["Live chat | 在线客服".into(), "Free returns".into()],
            importance: false,
            table: cxassess::instrument::KanoTable::Standard,
        })
        .unwrap();
    let file = instruments.join("online_service.yaml");
    std::fs::write(&file, study).unwrap();
    std::fs::write(instruments.join("broken.yaml"), "format: [\n").unwrap();
    cxassess(dir.path())
        .arg("--plain")
        .write_stdin("7\nc-01\n\n1\n5\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Your instruments:"))
        .stdout(predicate::str::contains(
            "7. Online service (2 questions, online_service.yaml)",
        ))
        .stdout(predicate::str::contains("unreadable: "))
        .stdout(predicate::str::contains("If the service HAS live chat"));
    let sessions: Vec<_> = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let (results, _) = cxassess::response::read_results(&sessions[0]).unwrap();
    assert_eq!(results.instrument.id, "online_service");
    assert_eq!(
        std::path::Path::new(&results.instrument.source),
        std::path::absolute(&file).unwrap()
    );
    assert_eq!(
        cxassess::response::answer_yaml(&results.responses[0].answers["live_chat"], false),
        "{functional: like, dysfunctional: dislike}"
    );
}

/// An output whose reader has gone: the write end of a pipe whose reading process has exited,
/// so the first write fails with a broken pipe, as `… | head -2` gives once head is done.
fn closed_output() -> std::process::Stdio {
    let mut reader = std::process::Command::new("true")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("true runs");
    let write_end = reader.stdin.take().expect("pipe");
    reader.wait().expect("true exits");
    std::process::Stdio::from(write_end)
}

#[test]
fn a_closed_output_stops_the_plain_runner_with_exit_1_keeping_saved_answers() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.yaml");
    cxassess(dir.path())
        .args([
            "run",
            "pyramid",
            "--plain",
            "--respondent",
            "li.wei",
            "--out",
        ])
        .arg(&out)
        .write_stdin("5\nq\n")
        .assert()
        .success();
    let before = std::fs::read_to_string(&out).unwrap();

    // The prompts cannot be shown: the runner stops rather than answering blind.
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("cxassess"));
    for (k, v) in cxassess(dir.path()).get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let answers = dir.path().join("answers.txt");
    std::fs::write(&answers, "4\n4\nq\n").unwrap();
    let run = cmd
        .args(["run", "pyramid", "--plain", "--out"])
        .arg(&out)
        .stdin(std::fs::File::open(&answers).unwrap())
        .stdout(closed_output())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("the output was closed"), "{stderr}");
    assert!(stderr.contains("Saved 1/47 answers to"), "{stderr}");
    assert!(
        stderr.contains("Resume with: cxassess run pyramid --out"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let (results, _) = cxassess::response::read_results(&out).unwrap();
    assert_eq!(results.responses[0].answers.len(), 1);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_termination_signal_saves_and_exits_130() {
    use std::io::{BufRead as _, BufReader, Write as _};
    use std::process::Stdio;
    for signal in ["TERM", "HUP", "INT"] {
        let dir = tempfile::tempdir().unwrap();
        let mut child = process(dir.path())
            .args([
                "run",
                "pulse",
                "--plain",
                "--respondent",
                "ann",
                "--out",
                "r.yaml",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"9\n").unwrap();
        // The second question on screen: the first answer is on disk, the runner waits.
        let mut lines = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while !line.starts_with("[2/4]") {
            line.clear();
            assert!(
                lines.read_line(&mut line).unwrap() > 0,
                "{signal}: ended early"
            );
        }
        let status = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{signal}: {stderr}");
        assert!(
            stderr.contains("answers saved to r.yaml"),
            "{signal}: {stderr}"
        );
        drop(stdin);
        let (results, _) = cxassess::response::read_results(&dir.path().join("r.yaml")).unwrap();
        let r = &results.responses[0];
        assert_eq!(r.answers.len(), 1, "{signal}");
        assert_eq!(
            r.updated.as_deref(),
            Some("2026-11-22T09:00:00Z"),
            "{signal}"
        );
        assert!(
            !dir.path().join(".r.yaml.cxassess-lock").exists(),
            "{signal}: the lock is let go"
        );
    }
}

/// `run --from` in line mode: each question shows the earlier wave's answer; an empty line keeps
/// it (recorded in `carried:` with `carried_from:`), a typed answer replaces it (not carried),
/// and the report says how many answers were carried over.
#[test]
fn an_empty_line_keeps_the_previous_answer_and_a_typed_one_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let q3 = dir.path().join("q3.yaml");
    let mut answers = String::from("respondent: li\nrole: manager\nanswers:\n");
    let inst = cxassess::instrument::Instrument::load("maturity").unwrap();
    for q in &inst.questions {
        answers.push_str(&format!("  {}: 3\n", q.id));
    }
    answers.push_str("notes:\n  strategy.1: \"vision in the annual plan\"\n");
    std::fs::write(dir.path().join("q3.answers.yaml"), answers).unwrap();
    cxassess(dir.path())
        .current_dir(dir.path())
        .args([
            "fill",
            "maturity",
            "--answers",
            "q3.answers.yaml",
            "--out",
            "q3.yaml",
        ])
        .assert()
        .success();
    let q4 = dir.path().join("q4.yaml");
    let run = |input: &str| {
        cxassess(dir.path())
            .current_dir(dir.path())
            .args([
                "run",
                "maturity",
                "--plain",
                "--respondent",
                "li",
                "--role",
                "manager",
            ])
            .arg("--from")
            .arg(&q3)
            .arg("--out")
            .arg(&q4)
            .write_stdin(input.to_string())
            .output()
            .unwrap()
    };
    let out = run("\n5\nq\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("  ↺ previous answer: 3 Defined (Enter keeps it)\n[1/31] "),
        "{text}"
    );
    assert!(text.contains("Enter = keep the previous answer"), "{text}");
    let (results, _) = cxassess::response::read_results(&q4).unwrap();
    let r = &results.responses[0];
    assert_eq!(r.carried, ["strategy.1"], "kept: carried; changed: not");
    assert_eq!(r.carried_from.as_deref(), Some(q3.to_str().unwrap()));
    assert_eq!(
        r.answers["strategy.1"],
        cxassess::response::Answer::Value(3)
    );
    assert_eq!(
        r.answers["strategy.2"],
        cxassess::response::Answer::Value(5)
    );
    assert_eq!(
        r.notes["strategy.1"], "vision in the annual plan",
        "the note comes along"
    );
    // Resumed: every remaining question kept with an empty line.
    let out = run(&"\n".repeat(29));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("All 31 questions answered"), "{text}");
    assert!(
        text.contains("30 answers were carried over unchanged from an earlier wave."),
        "{text}"
    );
    let report = cxassess(dir.path())
        .current_dir(dir.path())
        .args(["report", "q4.yaml"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&report.stdout)
            .contains("30 answers were carried over unchanged from an earlier wave."),
        "{}",
        String::from_utf8_lossy(&report.stdout)
    );
}

#[test]
fn the_intro_counts_the_questions_of_the_respondents_role_and_says_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, asked, others) in [
        (
            "en",
            "65 questions.",
            "28 more questions are for other roles",
        ),
        ("zh", "共 65 题。", "另有 28 题由其他角色作答"),
    ] {
        let out = dir.path().join(format!("g-{lang}.yaml"));
        cxassess(dir.path())
            .args(["run", "gaps", "--plain", "--respondent", "li.na"])
            .args(["--role", "staff", "--lang", lang, "--out"])
            .arg(&out)
            .write_stdin("q\n")
            .assert()
            .success()
            .stdout(predicate::str::contains(asked))
            .stdout(predicate::str::contains(others));
    }
    // Kano: questions are features, each asked in three answers.
    cxassess(dir.path())
        .args(["run", "kano", "--plain", "--respondent", "x", "--out"])
        .arg(dir.path().join("k.yaml"))
        .write_stdin("q\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("9 questions (27 answers)"))
        .stdout(predicate::str::contains("other roles").not());
}
