//! Line breaking and truncation by display width, so Chinese (two columns a character) and
//! English wrap and align alike. Latin words break at spaces; CJK text may break between any
//! two characters, as Chinese typesetting does. Nothing here slices bytes.
//!
//! Text from data (questions, names, notes, answers) reaches the screen through these functions,
//! so they show it through [`crate::sanitize::terminal`]: a control character is drawn as its
//! visible escape (`\x1b`) and measured as such. (ratatui itself drops graphemes holding a
//! control character, so none reaches the terminal either way; here they are also seen.)

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

fn char_width(c: char) -> usize {
    UnicodeWidthChar::width(c).unwrap_or(0)
}

/// Whether a line may break before and after `c` without a space (wide characters: CJK).
fn breaks_anywhere(c: char) -> bool {
    char_width(c) >= 2
}

/// `text` broken into lines of at most `max` columns. Explicit newlines are kept; a word longer
/// than a line is split.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let text = crate::sanitize::terminal(text);
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, max, &mut lines);
    }
    lines
}

/// Punctuation that must not begin a line (Chinese line-breaking rules, 避头).
const CLOSING: &str = "，。、；：？！）】」』》〉〕”’…—％,.;:?!)]}%";

/// Punctuation that must not end a line (避尾).
const OPENING: &str = "（【「『“‘《〈〔([{";

/// Whether the line may not break between tokens `prev` and `next`: `next` opens with closing
/// punctuation or `prev` ends with opening punctuation. A space is always a break opportunity.
fn keeps_together(prev: &str, next: &str) -> bool {
    prev != " "
        && next != " "
        && (next.chars().next().is_some_and(|c| CLOSING.contains(c))
            || prev
                .chars()
                .next_back()
                .is_some_and(|c| OPENING.contains(c)))
}

fn wrap_paragraph(text: &str, max: usize, lines: &mut Vec<String>) {
    // Tokens: a run of narrow non-space characters, one wide character, or one space.
    let mut tokens: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c == ' ' || breaks_anywhere(c) {
            if let Some(s) = start.take() {
                tokens.push(&text[s..i]);
            }
            tokens.push(&text[i..i + c.len_utf8()]);
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        tokens.push(&text[s..]);
    }
    let mut line: Vec<&str> = Vec::new();
    let line_width = |line: &Vec<&str>| line.iter().map(|t| width(t)).sum::<usize>();
    let finish = |line: &mut Vec<&str>, lines: &mut Vec<String>| {
        lines.push(line.concat().trim_end().to_string());
        line.clear();
    };
    for token in tokens {
        let w = width(token);
        if token == " " {
            if !line.is_empty() && line_width(&line) < max {
                line.push(" ");
            }
            continue;
        }
        if line_width(&line) + w > max && !line.is_empty() {
            // Break before `token`, or earlier so that no line starts with a closing mark or
            // ends with an opening one: the word or character beside the mark moves down with
            // it. When the line allows no break at all, break before `token` anyway.
            let mut k = line.len();
            while k > 1 && keeps_together(line[k - 1], line.get(k).copied().unwrap_or(token)) {
                k -= 1;
            }
            if k == 1 && line.len() > 1 && keeps_together(line[0], line[1]) {
                k = line.len();
            }
            let carried = line.split_off(k);
            finish(&mut line, lines);
            line.extend(carried);
        }
        if w > max {
            // A word wider than the line: split it by characters.
            let mut avail = max - line_width(&line);
            let (mut seg_start, mut seg_w) = (0, 0);
            for (i, c) in token.char_indices() {
                let cw = char_width(c);
                if seg_w + cw > avail && (seg_w > 0 || !line.is_empty()) {
                    if i > seg_start {
                        line.push(&token[seg_start..i]);
                    }
                    finish(&mut line, lines);
                    seg_start = i;
                    seg_w = 0;
                    avail = max;
                }
                seg_w += cw;
            }
            line.push(&token[seg_start..]);
            continue;
        }
        line.push(token);
    }
    finish(&mut line, lines);
}

/// `text` cut to at most `max` columns, ending in `…` when something was cut. Newlines become
/// spaces.
pub fn truncate(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let flat = crate::sanitize::terminal(&flat).into_owned();
    if width(&flat) <= max {
        return flat;
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in flat.chars() {
        let cw = char_width(c);
        if w + cw > max - 1 {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// `text` padded with spaces to `cols` columns (or truncated to them).
pub fn pad(text: &str, cols: usize) -> String {
    let t = truncate(text, cols);
    let w = width(&t);
    format!("{t}{}", " ".repeat(cols.saturating_sub(w)))
}

#[cfg(test)]
mod tests {
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
}
