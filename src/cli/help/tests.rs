//! Every command and flag is worded in every language, the words follow `--lang`, and clap's
//! errors read in the user's language with clap's context kept.

use std::collections::BTreeSet;
use std::ffi::OsString;

use clap::Command;

use super::*;
use crate::lang::catalog::catalog;

/// Every catalog key the command tree asks for.
fn wanted(cmd: &Command, path: &[String], out: &mut BTreeSet<String>) {
    out.insert(command_key(path));
    for arg in cmd.get_arguments() {
        out.insert(arg_key(path, arg));
    }
    for sub in cmd.get_subcommands() {
        let mut p = path.to_vec();
        p.push(sub.get_name().to_string());
        wanted(sub, &p, out);
    }
}

fn tree_keys() -> BTreeSet<String> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut keys = BTreeSet::new();
    wanted(&cmd, &[], &mut keys);
    keys
}

#[test]
fn every_command_and_flag_has_its_words_in_every_language() {
    let keys = tree_keys();
    for lang in Lang::ALL {
        let missing: Vec<&String> = keys.iter().filter(|k| !catalog(lang).has(k)).collect();
        assert!(
            missing.is_empty(),
            "locales/{}/help.ftl lacks {missing:?}",
            lang.code()
        );
    }
}

#[test]
fn no_description_is_left_over_from_a_command_or_flag_that_is_gone() {
    let keys = tree_keys();
    let text = include_str!("../../../locales/en/help.ftl");
    let stale: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
        .filter(|k| k.starts_with("help-cmd") || k.starts_with("help-arg-"))
        .filter(|k| !keys.contains(*k))
        .collect();
    assert!(stale.is_empty(), "descriptions nobody shows: {stale:?}");
}

fn args(list: &[&str]) -> Vec<OsString> {
    list.iter().map(OsString::from).collect()
}

#[test]
fn the_language_is_read_before_parsing_and_stops_at_the_double_dash() {
    assert_eq!(
        lang_from_args(&args(&["cxassess", "--lang", "zh", "run"])),
        Lang::Zh
    );
    assert_eq!(
        lang_from_args(&args(&["cxassess", "run", "--lang=zh"])),
        Lang::Zh
    );
    assert_eq!(
        lang_from_args(&args(&["cxassess", "--lang=en", "x"])),
        Lang::En
    );
    // After `--` a `--lang` is a value, not the flag; an invalid one is left to clap's error.
    let env = Lang::from_env();
    assert_eq!(
        lang_from_args(&args(&["cxassess", "--", "--lang", "zh"])),
        env
    );
    assert_eq!(lang_from_args(&args(&["cxassess", "--lang", "fr"])), env);
}

fn help_of(lang: Lang, argv: &[&str]) -> String {
    let err = command(lang)
        .try_get_matches_from(argv)
        .expect_err("--help ends the parse");
    assert_eq!(err.kind(), clap::error::ErrorKind::DisplayHelp);
    render_error(&err, lang)
}

#[test]
fn help_is_in_chinese_with_chinese_headings_defaults_and_values() {
    let help = help_of(Lang::Zh, &["cxassess", "report", "--help"]);
    for want in [
        "为结果文件（或导入格式的 CSV）评分并输出报告。",
        "用法: cxassess report",
        "参数:",
        "选项:",
        "[默认: text]",
        "[可选值: text,",
        "markdown, json, html]",
        "显示帮助",
    ] {
        assert!(help.contains(want), "missing {want:?} in:\n{help}");
    }
    assert!(!help.contains("Options:"), "{help}");
    assert!(!help.contains("Print help"), "{help}");
    // Chinese has no spaces for clap to wrap at: every line still fits the 100 columns.
    for argv in [
        &["cxassess", "--help"][..],
        &["cxassess", "run", "--help"],
        &["cxassess", "diff", "--help"],
    ] {
        for line in help_of(Lang::Zh, argv).lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= 100,
                "too wide: {line:?}"
            );
        }
    }
    let top = help_of(Lang::Zh, &["cxassess", "--help"]);
    assert!(top.contains("命令:"), "{top}");
    assert!(top.contains("显示版本"), "{top}");
    assert!(top.contains("退出码"), "{top}");
}

#[test]
fn help_in_english_reads_as_before() {
    let help = help_of(Lang::En, &["cxassess", "diff", "--help"]);
    for want in [
        "Compare two waves",
        "Usage: cxassess diff",
        "Arguments:",
        "Options:",
        "[default: text]",
        "Exit 3 when any headline score dropped",
    ] {
        assert!(help.contains(want), "missing {want:?} in:\n{help}");
    }
}

fn error_of(lang: Lang, argv: &[&str]) -> String {
    let err = command(lang)
        .try_get_matches_from(argv)
        .expect_err("the arguments are wrong");
    render_error(&err, lang)
}

#[test]
fn parse_errors_are_worded_in_the_users_language_with_clap_context() {
    let e = error_of(
        Lang::Zh,
        &["cxassess", "report", "a.yaml", "--format", "pdf"],
    );
    assert!(e.starts_with("错误: "), "{e}");
    assert!(e.contains("'pdf'") && e.contains("--format"), "{e}");
    assert!(e.contains("[可选值: text, markdown, json, html]"), "{e}");
    assert!(e.contains("更多信息请运行 '--help'。"), "{e}");

    let e = error_of(Lang::Zh, &["cxassess", "reprot"]);
    assert!(e.contains("'reprot'") && e.contains("'report'"), "{e}");

    let e = error_of(Lang::Zh, &["cxassess", "report"]);
    assert!(
        e.contains("缺少以下必需参数") && e.contains("<FILES>..."),
        "{e}"
    );
    assert!(e.contains("用法: cxassess report"), "{e}");

    let e = error_of(Lang::En, &["cxassess", "diff", "a", "b", "--significant"]);
    assert!(e.starts_with("error: "), "{e}");
    assert!(e.contains("--fail-on-drop"), "{e}");

    let e = error_of(Lang::En, &["cxassess", "run", "pyramid", "--outt", "x"]);
    assert!(e.contains("unexpected argument '--outt' found"), "{e}");
    assert!(e.contains("a similar argument exists: '--out'"), "{e}");
    assert!(e.contains("For more information, try '--help'."), "{e}");
}

#[test]
fn the_line_mode_is_offered_only_where_there_is_one() {
    for lang in [Lang::En, Lang::Zh] {
        assert!(help_of(lang, &["cxassess", "--help"]).contains("--plain"));
        assert!(help_of(lang, &["cxassess", "run", "--help"]).contains("--plain"));
        for cmd in ["init", "status", "report", "man", "completions"] {
            let help = help_of(lang, &["cxassess", cmd, "--help"]);
            assert!(!help.contains("--plain"), "{cmd}: {help}");
        }
    }
    // Still accepted anywhere, as scripts may pass it.
    assert!(
        command(Lang::En)
            .try_get_matches_from(["cxassess", "status", "--plain"])
            .is_ok()
    );
}
