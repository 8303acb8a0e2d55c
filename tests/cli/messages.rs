//! cxassess's own messages follow `--lang` (and the environment): usage errors, notices and
//! clap's tips in Chinese, exit codes as in English, English words unchanged.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::common::cxassess;

#[test]
fn a_usage_error_is_said_in_chinese_with_exit_2() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("eng");
    let dir = dir.to_str().unwrap();
    cxassess(data.path())
        .args(["--lang", "zh", "init", dir, "--client", " "])
        .assert()
        .code(2)
        .stderr("错误: --client 为空：请写明所评估的客户\n");
    // The environment asks for Chinese as well as --lang does.
    cxassess(data.path())
        .env("LANG", "zh_CN.UTF-8")
        .args(["diff", "--fail-on-drop=-1", "a.yaml", "b.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--fail-on-drop -1：请给出可接受的最大下降分数",
        ))
        .stderr(predicate::str::contains("drop you accept").not());
    cxassess(data.path())
        .args(["--lang", "zh", "demo", "nosuch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "没有 'nosuch' 的示例：有示例的是 pyramid",
        ))
        .stderr(predicate::str::contains("fivegap"));
}

#[test]
fn the_same_errors_in_english_are_unchanged() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("eng");
    let dir = dir.to_str().unwrap();
    cxassess(data.path())
        .args(["init", dir, "--client", " "])
        .assert()
        .code(2)
        .stderr("error: --client is empty: name the client assessed\n");
    cxassess(data.path())
        .args(["diff", "--fail-on-drop=-1", "a.yaml", "b.yaml"])
        .assert()
        .code(2)
        .stderr(
            "error: --fail-on-drop -1: give the largest drop you accept, in points, as a number ≥ 0 (e.g. --fail-on-drop 5)\n",
        );
}

#[test]
fn a_notice_of_what_was_done_is_said_in_chinese() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("eng");
    let shown = dir.display().to_string();
    cxassess(data.path())
        .args(["--lang", "zh", "init", &shown, "--client", "ACME"])
        .assert()
        .success()
        .stderr(predicate::str::starts_with(format!("已新建 {shown}：")));
    // The same again is refused, naming the file, in Chinese.
    cxassess(data.path())
        .args(["--lang", "zh", "init", &shown, "--client", "ACME"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("已存在：此文件夹已是项目"));
}

#[test]
fn clap_tips_are_in_chinese_and_unchanged_in_english() {
    let data = tempfile::tempdir().unwrap();
    cxassess(data.path())
        .args(["--lang", "zh", "import", "--instrument", "kano", "x.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "提示： 要把 '--instrument' 作为值传入，请写成 '-- --instrument'",
        ))
        .stderr(predicate::str::contains("to pass").not());
    cxassess(data.path())
        .args(["import", "--instrument", "kano", "x.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\n  tip: to pass '--instrument' as a value, use '-- --instrument'\n",
        ));
}

/// A results file of `instrument` in `dir` from one answers text, via `fill`.
fn filled(dir: &Path, name: &str, instrument: &str, answers: &str) -> PathBuf {
    let a = dir.join(format!("{name}.answers.yaml"));
    std::fs::write(&a, answers).expect("answers written");
    let out = dir.join(name);
    cxassess(dir)
        .args(["fill", instrument, "--answers"])
        .arg(&a)
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stderr(format!("wrote {}\n", out.display()));
    out
}

#[test]
fn comparing_waves_refuses_in_chinese() {
    let data = tempfile::tempdir().unwrap();
    let pulse = filled(
        data.path(),
        "a.yaml",
        "pulse",
        "respondent: a\nanswers:\n  nps: 9\n",
    );
    let pyramid = filled(
        data.path(),
        "b.yaml",
        "pyramid",
        "respondent: a\nanswers:\n  respect.1: 3\n",
    );
    cxassess(data.path())
        .args(["--lang", "zh", "diff"])
        .arg(&pulse)
        .arg(&pyramid)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "属于 'pyramid'：diff 比较同一问卷在两轮之间的结果",
        ));
    cxassess(data.path())
        .args(["--lang", "zh", "trend"])
        .arg(&pulse)
        .arg(&pyramid)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("没有一份问卷出现在两轮中"))
        .stderr(predicate::str::contains("含有 'pulse'"));
    // Three files without a period are three waves.
    let third = data.path().join("c.yaml");
    std::fs::copy(&pulse, &third).expect("copied");
    cxassess(data.path())
        .args(["--lang", "zh", "diff"])
        .arg(&pulse)
        .arg(&third)
        .arg(&pyramid)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "diff 比较两轮，但这些输入构成 3 轮（a, b, c）",
        ));
}
