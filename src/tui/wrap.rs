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

/// Punctuation that must not begin a line (the Chinese line-breaking rule "bi tou"): full-width
/// comma, full stop, enumeration comma, semicolon, colon, question and exclamation marks, closing
/// brackets and quotes, ellipsis, dash, per cent; and their ASCII counterparts.
const CLOSING: &str = "\u{ff0c}\u{3002}\u{3001}\u{ff1b}\u{ff1a}\u{ff1f}\u{ff01}\u{ff09}\u{3011}\u{300d}\u{300f}\u{300b}\u{3009}\u{3015}\u{201d}\u{2019}\u{2026}\u{2014}\u{ff05},.;:?!)]}%";

/// Punctuation that must not end a line ("bi wei"): opening brackets and quotes, full-width and
/// ASCII.
const OPENING: &str = "\u{ff08}\u{3010}\u{300c}\u{300e}\u{201c}\u{2018}\u{300a}\u{3008}\u{3014}([{";

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
mod tests;
