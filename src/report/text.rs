//! Building blocks for terminal text: optional ANSI colour, padding by display width (so Chinese
//! text lines up), bars and number formatting. Plain strings in, plain strings out; no terminal
//! library is involved.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use crate::lang::Lang;

/// A colour for terminal text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    /// Basic tier, expectations.
    Blue,
    /// Performance tier, good.
    Green,
    /// Excitement tier.
    Magenta,
    /// Warnings.
    Yellow,
    /// Bad.
    Red,
    /// Secondary text.
    Dim,
    /// Headings.
    Bold,
}

/// Paints text when colour is on.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    /// Whether to emit ANSI escapes.
    pub color: bool,
}

impl Painter {
    /// `s` in colour `c` (unchanged when colour is off).
    pub fn paint(&self, s: &str, c: Color) -> String {
        if !self.color || s.is_empty() {
            return s.to_string();
        }
        let code = match c {
            Color::Blue => "34",
            Color::Green => "32",
            Color::Magenta => "35",
            Color::Yellow => "33",
            Color::Red => "31",
            Color::Dim => "2",
            Color::Bold => "1",
        };
        format!("\x1b[{code}m{s}\x1b[0m")
    }
}

/// Display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces on the right to `w` columns (never cut).
pub fn pad(s: &str, w: usize) -> String {
    let mut out = s.to_string();
    out.push_str(&" ".repeat(w.saturating_sub(width(s))));
    out
}

/// `s` padded on the left to `w` columns.
pub fn pad_left(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width(s))))
}

/// `s` centred in `w` columns.
pub fn center(s: &str, w: usize) -> String {
    let total = w.saturating_sub(width(s));
    let left = total / 2;
    format!("{}{s}{}", " ".repeat(left), " ".repeat(total - left))
}

/// A score for display: one decimal, `n/a` when undefined, `-0.0` shown as `0.0`.
pub fn fmt1(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => {
            let s = format!("{x:.1}");
            if s == "-0.0" { "0.0".to_string() } else { s }
        }
        _ => "n/a".to_string(),
    }
}

/// A signed difference for display: `+3.2`, `-1.0`, `0.0`, `n/a`.
pub fn fmt_signed(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => {
            let s = format!("{x:+.1}");
            if s == "-0.0" || s == "+0.0" {
                "0.0".to_string()
            } else {
                s
            }
        }
        _ => "n/a".to_string(),
    }
}

/// A figure with two decimals; `n/a` when undefined; never `-0.00`.
pub fn fmt2(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => {
            let s = format!("{x:.2}");
            if s == "-0.00" { "0.00".to_string() } else { s }
        }
        _ => "n/a".to_string(),
    }
}

/// A signed figure with two decimals: `+0.25`, `-1.03`, `0.00`, `n/a`.
pub fn fmt2s(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => {
            let s = format!("{x:+.2}");
            if s == "-0.00" || s == "+0.00" {
                "0.00".to_string()
            } else {
                s
            }
        }
        _ => "n/a".to_string(),
    }
}

/// A horizontal bar of `cells` columns for `value` in 0..=`max`, with a `│` tick at `mark`.
pub fn bar(value: Option<f64>, max: f64, cells: usize, mark: Option<f64>) -> String {
    let filled = value.map_or(0, |v| {
        ((v / max).clamp(0.0, 1.0) * cells as f64).round() as usize
    });
    let tick = mark.map(|m| ((m / max).clamp(0.0, 1.0) * cells as f64).round() as usize);
    (0..cells)
        .map(|i| {
            if Some(i) == tick && i >= filled {
                '│'
            } else if i < filled {
                '█'
            } else {
                '░'
            }
        })
        .collect()
}

/// Closing punctuation: a line never starts with one of these (Chinese line breaking, 避头), so
/// the character before it moves down with it.
const CLOSING: &str = "，。、；：？！）」』》〉】〕”’…,.;:?!)]}%";

/// Opening punctuation: a line never ends with one of these (避尾).
const OPENING: &str = "（「『《〈【〔“‘([{";

/// Whether a line may not break between `prev` and `next` (`next_spaced`: a space separates
/// them, and a space is always a break opportunity).
fn keeps_together(prev: &str, next: &str, next_spaced: bool) -> bool {
    !next_spaced
        && (next.chars().next().is_some_and(|c| CLOSING.contains(c))
            || prev
                .chars()
                .next_back()
                .is_some_and(|c| OPENING.contains(c)))
}

/// Wraps `s` to lines of at most `w` columns, breaking at spaces, or between any two wide (CJK)
/// characters. Spacing is kept as written: no space is added between Chinese and Latin text, and
/// none is lost. No line starts with closing punctuation (`。` `，` `）` …) or ends with opening
/// punctuation (`（` `「` …): the word or character next to it moves to the next line too.
pub fn wrap(s: &str, w: usize) -> Vec<String> {
    // Tokens: a run of narrow non-space characters, or one wide character; each remembers
    // whether a space preceded it.
    let mut tokens: Vec<(bool, String)> = Vec::new();
    let mut space = false;
    let mut narrow = String::new();
    let flush = |tokens: &mut Vec<(bool, String)>, narrow: &mut String, space: &mut bool| {
        if !narrow.is_empty() {
            tokens.push((*space, std::mem::take(narrow)));
            *space = false;
        }
    };
    for ch in s.chars() {
        if ch == ' ' {
            flush(&mut tokens, &mut narrow, &mut space);
            space = true;
        } else if unicode_width::UnicodeWidthChar::width(ch).unwrap_or(1) >= 2 {
            flush(&mut tokens, &mut narrow, &mut space);
            tokens.push((space, ch.to_string()));
            space = false;
        } else {
            narrow.push(ch);
        }
    }
    flush(&mut tokens, &mut narrow, &mut space);

    let render = |line: &[(bool, String)]| {
        let mut out = String::new();
        for (i, (space_before, token)) in line.iter().enumerate() {
            if i > 0 && *space_before {
                out.push(' ');
            }
            out.push_str(token);
        }
        out
    };
    let mut lines = Vec::new();
    let mut line: Vec<(bool, String)> = Vec::new();
    let mut line_w = 0;
    for (space_before, token) in tokens {
        let sep = usize::from(space_before && !line.is_empty());
        if !line.is_empty() && line_w + sep + width(&token) > w {
            // Break before `token`, or earlier when that would start the next line with a
            // closing mark or end this one with an opening mark. When the line allows no break
            // at all (a very narrow column), the token hangs past the width instead.
            let mut k = line.len();
            while k > 0 && {
                let (next, spaced) = line
                    .get(k)
                    .map_or((token.as_str(), space_before), |(s, t)| (t.as_str(), *s));
                keeps_together(&line[k - 1].1, next, spaced)
            } {
                k -= 1;
            }
            if k > 0 {
                let carried = line.split_off(k);
                lines.push(render(&line));
                line = carried;
                line_w = width(&render(&line));
            }
        }
        let sep = usize::from(space_before && !line.is_empty());
        line_w += sep + width(&token);
        line.push((space_before, token));
    }
    if !line.is_empty() {
        lines.push(render(&line));
    }
    lines
}

/// A text report's "What to do next": the steps numbered, each wrapped to `w` columns and
/// indented under its number.
pub fn next_steps_section(out: &mut String, steps: &[String], w: usize, lang: Lang, p: Painter) {
    let _ = writeln!(
        out,
        "{}",
        p.paint(lang.pick("What to do next", "下一步"), Color::Bold)
    );
    for (k, step) in steps.iter().enumerate() {
        for (i, l) in wrap(step, w).into_iter().enumerate() {
            if i == 0 {
                let _ = writeln!(out, "  {}. {l}", k + 1);
            } else {
                let _ = writeln!(out, "     {l}");
            }
        }
    }
}

/// A text report's "Method": each stated policy a dimmed bullet, wrapped to `w` columns.
pub fn method_section(out: &mut String, policies: &[String], w: usize, lang: Lang, p: Painter) {
    let _ = writeln!(
        out,
        "{}",
        p.paint(lang.pick("Method", "方法说明"), Color::Dim)
    );
    for pol in policies {
        for (i, l) in wrap(pol, w).into_iter().enumerate() {
            let _ = writeln!(
                out,
                "  {} {}",
                if i == 0 { "·" } else { " " },
                p.paint(&l, Color::Dim)
            );
        }
    }
}

#[cfg(test)]
mod tests {
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
}
