//! Building blocks for terminal text: padding by display width (so Chinese text lines up), bars,
//! wrapping and number formatting. Plain strings in, plain strings out; no terminal library is
//! involved (colour is the text writer's, `write::text`).

use unicode_width::UnicodeWidthStr;

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

/// Closing punctuation: a line never starts with one of these (the Chinese line-breaking rule
/// that keeps a closing mark off the start of a line), so the character before it moves down
/// with it. The full-width marks are written as escapes: the full-width comma, full stop,
/// enumeration comma, semicolon, colon, question and exclamation marks, the closing
/// parenthesis, corner brackets, double and single angle brackets, lenticular and tortoise-shell
/// brackets, then closing quotation marks, the ellipsis and their ASCII counterparts.
const CLOSING: &str = "\u{ff0c}\u{3002}\u{3001}\u{ff1b}\u{ff1a}\u{ff1f}\u{ff01}\u{ff09}\u{300d}\u{300f}\u{300b}\u{3009}\u{3011}\u{3015}\u{201d}\u{2019}\u{2026},.;:?!)]}%";

/// Opening punctuation: a line never ends with one of these (the matching rule for opening
/// marks): the full-width opening parenthesis and brackets, opening quotation marks, and their
/// ASCII counterparts.
const OPENING: &str = "\u{ff08}\u{300c}\u{300e}\u{300a}\u{3008}\u{3010}\u{3014}\u{201c}\u{2018}([{";

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
/// none is lost. No line starts with closing punctuation (a full stop, a comma, a closing
/// bracket …) or ends with opening punctuation (an opening bracket or quotation mark): the word or
/// character next to it moves to the next line too.
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

#[cfg(test)]
mod tests;
