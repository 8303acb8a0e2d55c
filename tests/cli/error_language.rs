//! Error messages in the user's language (issue 17 item 6): with `--lang zh` or a Chinese
//! `LANG`, what is wrong and how to fix it are said in Chinese for a bad instrument, a bad results
//! file, a bad CSV and a missing file, with the exit codes of SPEC.md; in English they are as
//! they always were.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::common::{cxassess, fixtures};

/// The ways a user asks for Chinese: the flag, and the environment.
fn in_chinese(data: &Path) -> [Command; 2] {
    let mut flag = cxassess(data);
    flag.args(["--lang", "zh"]);
    let mut env = cxassess(data);
    env.env("LANG", "zh_CN.UTF-8");
    [flag, env]
}

/// Runs `args` in Chinese both ways and in English, expecting `code` and the given lines (each
/// line is looked for whole, between line breaks or at the start after the "error" label).
fn check(args: &[&str], code: i32, zh: &[&str], en: &[&str]) {
    let data = tempfile::tempdir().unwrap();
    for mut cmd in in_chinese(data.path()) {
        let mut assert = cmd.args(args).assert().code(code);
        for line in zh {
            assert = assert.stderr(predicate::str::contains(*line));
        }
        // The frame is Chinese too, and no English sentence is left in what or fix.
        assert
            .stderr(predicate::str::contains("错误"))
            .stderr(predicate::str::contains("fix:").not())
            .stderr(predicate::str::contains(" is ").not());
    }
    let mut assert = cxassess(data.path()).args(args).assert().code(code);
    for line in en {
        assert = assert.stderr(predicate::str::contains(*line));
    }
}

fn fixture(folder: &str, file: &str) -> String {
    fixtures().join(folder).join(file).display().to_string()
}

#[test]
fn a_bad_instrument_is_explained_in_chinese_with_exit_2() {
    let file = fixture("invalid", "unknown_type.yaml");
    check(
        &["validate", &file],
        2,
        &[
            "unknown_type.yaml:11:15: 未知的题型 'slider'\n",
            "\n  修正：使用以下之一：scale、rubric、kano、pair、allocation、text\n",
            "unknown_type.yaml:7:5: 部分 'main' 没有题目\n  修正：添加题目，或删除该部分\n",
            "\n共 2 个问题",
        ],
        &[
            "unknown_type.yaml:11:15: unknown question type 'slider'\n",
            "\n  fix: use one of: scale, rubric, kano, pair, allocation, text\n",
            "unknown_type.yaml:7:5: section 'main' has no questions\n  fix: add questions or remove the section\n",
            "\n2 problems",
        ],
    );
}

#[test]
fn the_yaml_readers_usual_messages_are_said_in_chinese_too() {
    let file = fixture("invalid", "missing_translation.yaml");
    check(
        &["validate", &file],
        2,
        &[
            "missing_translation.yaml:12:9: sections[0].questions[0].text：缺少字段 `zh`\n  修正：添加缺少的字段",
        ],
        &[
            "missing_translation.yaml:12:9: sections[0].questions[0].text: missing field `zh`\n  fix: add the missing field",
        ],
    );
}

#[test]
fn a_bad_results_file_is_explained_in_chinese_with_exit_2() {
    let file = fixture("invalid", "results_out_of_range.yaml");
    check(
        &["report", &file],
        2,
        &[
            "results_out_of_range.yaml:14:18: 题目 'respect.2' 的答案：7 超出量表 1–5\n",
            "\n  修正：给出 1 到 5 之间的整数，或 `na`",
        ],
        &[
            "results_out_of_range.yaml:14:18: answer to 'respect.2': 7 is outside the scale 1–5\n",
            "\n  fix: give a whole number from 1 to 5, or `na`",
        ],
    );
    // The instrument a results file names, checked against the one it holds.
    let file = fixture("invalid", "results_unknown_version.yaml");
    check(
        &["report", &file],
        2,
        &["results_unknown_version.yaml:4:3: 内置问卷 'pyramid' 没有版本 99\n"],
        &[
            "results_unknown_version.yaml:4:3: built-in instrument 'pyramid' version 99 is unknown\n",
        ],
    );
}

#[test]
fn a_bad_csv_is_explained_in_chinese_with_exit_2_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.yaml");
    let out = out.display().to_string();
    let file = fixture("csv", "out_of_range.csv");
    check(
        &["import", "pyramid", &file, "--out", &out],
        2,
        &[
            "out_of_range.csv: 第 3 行，第 2 列（respect.1）：'7' 超出量表 1–5\n",
            "\n  修正：填写 1 到 5 之间的整数，或标签（1 'Not at all true'/'完全不符合'、",
            "'完全且一贯符合'）；不适用时写 NA；未作答则留空",
        ],
        &[
            "out_of_range.csv: row 3, column 2 (respect.1): '7' is outside the scale 1–5\n",
            "\n  fix: give a whole number from 1 to 5 or a label (1 'Not at all true'/'完全不符合', ",
            "'完全且一贯符合'), NA if not applicable, or leave the cell empty if it was not answered",
        ],
    );
    assert!(!Path::new(&out).exists(), "a bad CSV writes nothing");
    // A header naming no question: the column's name is quoted as it is, the rest is Chinese.
    let file = fixture("csv", "unknown_column.csv");
    let data = tempfile::tempdir().unwrap();
    for mut cmd in in_chinese(data.path()) {
        cmd.args(["import", "pyramid", &file, "--out", &out])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("未知的列 '"))
            .stderr(predicate::str::contains(
                "pyramid 版本 1 中没有这个题目或答案项",
            ))
            .stderr(predicate::str::contains(
                "`cxassess template pyramid --format csv` 会列出所有列名",
            ));
    }
}

#[test]
fn a_missing_file_is_named_in_chinese_with_exit_1() {
    let data = tempfile::tempdir().unwrap();
    let missing = data.path().join("no-such-results.yaml");
    let missing = missing.display().to_string();
    check(
        &["report", &missing],
        1,
        &["no-such-results.yaml: 找不到该文件或文件夹（系统错误 "],
        &["no-such-results.yaml: No such file or directory (os error "],
    );
}
