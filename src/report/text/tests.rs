//! Width, padding, wrapping and number formatting for terminal text.

use super::*;

#[test]
fn wide_characters_pad_by_columns() {
    assert_eq!(width("尊重体验"), 8);
    assert_eq!(pad("尊重体验", 10), "尊重体验  ");
    assert_eq!(pad("Respect", 10), "Respect   ");
    assert_eq!(pad_left("信任", 5), " 信任");
}

#[test]
fn numbers_never_show_negative_zero() {
    assert_eq!(fmt1(Some(-0.04)), "0.0");
    assert_eq!(fmt1(None), "n/a");
    assert_eq!(fmt_signed(Some(-0.01)), "0.0");
    assert_eq!(fmt_signed(Some(2.25)), "+2.2");
    assert_eq!(fmt1(Some(f64::NAN)), "n/a");
}

#[test]
fn bars_fill_and_mark() {
    assert_eq!(bar(Some(50.0), 100.0, 10, Some(60.0)), "█████░│░░░");
    assert_eq!(bar(None, 100.0, 4, None), "░░░░");
    assert_eq!(bar(Some(100.0), 100.0, 4, Some(60.0)), "████");
}

#[test]
fn wrapping_respects_width_in_both_scripts() {
    for l in wrap("the quick brown fox jumps over the lazy dog", 10) {
        assert!(width(&l) <= 10, "{l}");
    }
    for l in wrap("尊重体验是客户与企业交易过程中最基本的期望", 10) {
        assert!(width(&l) <= 10, "{l}");
    }
    // Mixed scripts keep their spacing exactly.
    assert_eq!(wrap("measurement.4 分析", 80), vec!["measurement.4 分析"]);
    assert_eq!(wrap("起步,n=4", 80), vec!["起步,n=4"]);
    assert_eq!(wrap("体验NPS得分", 80), vec!["体验NPS得分"]);
    assert_eq!(wrap("ab cd", 2), vec!["ab", "cd"]);
}

/// No line starts with closing punctuation or ends with opening punctuation, whatever the
/// width, and nothing is lost or added.
#[test]
fn chinese_punctuation_keeps_to_its_neighbour() {
    let samples = [
        "差距 4 位于实际交付的服务与对外沟通的承诺之间。",
        "总分必须正好等于100。对您不重要的特征可以给0分（或不适用）。",
        "请参阅《服务标准》与「客户之声」，再决定下一步：先改进可靠性；",
        "目前 2.2（萌芽，n=4）→ 3 规范",
    ];
    for s in samples {
        for w in 4..=40 {
            let lines = wrap(s, w);
            for l in &lines {
                let first = l.chars().next().unwrap_or(' ');
                let last = l.chars().next_back().unwrap_or(' ');
                assert!(!"，。、；：？！）」』》".contains(first), "{w}: {lines:?}");
                assert!(!"（「『《".contains(last), "{w}: {lines:?}");
            }
            if w >= 8 {
                assert!(lines.iter().all(|l| width(l) <= w), "{w}: {lines:?}");
            }
            let joined: String = lines.concat();
            assert_eq!(joined.replace(' ', ""), s.replace(' ', ""), "{w}");
        }
    }
    // The character before the full stop moves down with it; the line stays in width.
    assert_eq!(wrap("甲乙丙丁。", 8), vec!["甲乙丙", "丁。"]);
    assert_eq!(wrap("等于100。", 8), vec!["等于", "100。"]);
    assert_eq!(wrap("阅读《标准》", 6), vec!["阅读", "《标", "准》"]);
}
