//! Unit tests of `wrap`.

use super::*;

#[test]
fn control_characters_are_drawn_as_their_escapes() {
    assert_eq!(wrap("a\u{1b}[2Jb\nc", 80), ["a\\x1b[2Jb", "c"]);
    assert_eq!(truncate("ann\u{1b}]0;x\u{7}", 80), "ann\\x1b]0;x\\x07");
    assert_eq!(truncate("ann\u{1b}]0;x", 6), "ann\\x…");
}

#[test]
fn latin_text_breaks_at_spaces() {
    assert_eq!(
        wrap("Every customer gets the same courtesy", 16),
        vec!["Every customer", "gets the same", "courtesy"]
    );
}

#[test]
fn chinese_text_breaks_between_characters_by_width() {
    let lines = wrap("每位客户都能得到同样的礼遇和服务标准", 10);
    assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
    assert_eq!(lines.concat(), "每位客户都能得到同样的礼遇和服务标准");
    assert_eq!(lines[0], "每位客户都");
}

#[test]
fn mixed_text_keeps_latin_words_whole() {
    let lines = wrap("如果服务【提供】real-time tracking，您感觉如何？", 20);
    assert!(lines.iter().all(|l| width(l) <= 20), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("real-time")));
}

#[test]
fn chinese_punctuation_never_starts_a_line() {
    let lines = wrap("总分必须正好等于100；对您完全不重要的特征可以给0分。", 24);
    assert!(lines.iter().all(|l| width(l) <= 24), "{lines:?}");
    assert!(
        lines
            .iter()
            .all(|l| !l.starts_with('。') && !l.starts_with('；')),
        "{lines:?}"
    );
    assert_eq!(
        lines.concat(),
        "总分必须正好等于100；对您完全不重要的特征可以给0分。"
    );
    let lines = wrap("请设想本行业中【优秀】的企业", 14);
    assert!(lines.iter().all(|l| !l.ends_with('【')), "{lines:?}");
}

/// Closing marks after a Latin word or after another mark, and opening marks, at every
/// width: no line starts with a closing mark or ends with an opening one, none is wider than
/// the screen, and no character is lost.
#[test]
fn chinese_punctuation_rules_hold_at_every_width() {
    let samples = [
        "差距 4 位于实际交付的服务与对外沟通的承诺之间。",
        "总分必须正好等于100。对您不重要的特征可以给0分（或不适用）。",
        "请参阅《服务标准》与「客户之声」，再决定下一步：先改进可靠性；",
    ];
    for s in samples {
        for max in 6..=40 {
            let lines = wrap(s, max);
            for l in &lines {
                assert!(width(l) <= max, "{max}: {lines:?}");
                let first = l.chars().next().unwrap_or(' ');
                let last = l.chars().next_back().unwrap_or(' ');
                assert!(
                    !"，。、；：？！）」』》".contains(first),
                    "{max}: {lines:?}"
                );
                assert!(!"（「『《".contains(last), "{max}: {lines:?}");
            }
            assert_eq!(lines.concat().replace(' ', ""), s.replace(' ', ""));
        }
    }
    assert_eq!(wrap("等于100。", 8), vec!["等于", "100。"]);
    assert_eq!(wrap("不适用）。", 8), vec!["不适", "用）。"]);
}

#[test]
fn long_words_and_newlines() {
    assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    assert_eq!(wrap("a\n\nb", 4), vec!["a", "", "b"]);
}

#[test]
fn truncation_counts_columns_not_bytes() {
    assert_eq!(truncate("客户体验金字塔", 7), "客户体…");
    assert_eq!(truncate("short", 10), "short");
    assert_eq!(truncate("longer text", 6), "longe…");
    assert_eq!(width(&pad("客户", 6)), 6);
}
