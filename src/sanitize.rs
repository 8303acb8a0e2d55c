//! Untrusted text made safe to show. Respondent names, notes, organisations, instrument titles
//! and file names come from files anyone may have written; printed as they are, an escape
//! sequence in them can retitle a terminal window, clear the screen or hide text, and raw HTML in
//! a Markdown report runs when the Markdown is rendered. Every piece of such text written to a
//! terminal or a text report goes through one of the functions here.
//!
//! The rule is *show, never obey*: a character that would steer the terminal is written as a
//! visible escape (`ESC` as `\x1b`, a right-to-left override as `\u{202e}`), so the reader sees
//! that it was there and nothing is silently dropped. Backslashes are not doubled: the output is
//! for eyes, not for parsing back, and Windows paths stay readable.
//!
//! This module depends on nothing else in the crate, so every layer (errors, reports, the CLI,
//! the TUI) can use it.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` is a character that changes how the text around it is shown rather than being
/// shown itself: the C0 and C1 control characters and DEL (`char::is_control`), the bidirectional
/// formatting characters (which reorder what follows them: "Trojan Source"), and the Unicode line
/// and paragraph separators (line breaks that some terminals take and line counts miss).
fn steers(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The visible form of a character that [`steers`]: `\xNN` below U+0100, `\u{NNNN}` above.
fn push_escaped(out: &mut String, c: char) {
    let code = u32::from(c);
    if code < 0x100 {
        let _ = write!(out, "\\x{code:02x}");
    } else {
        let _ = write!(out, "\\u{{{code:04x}}}");
    }
}

/// `s` with every character for which `escape` holds replaced by `replace`'s output; borrowed
/// when nothing needed replacing (the usual case costs no allocation).
fn rewrite(
    s: &str,
    escape: impl Fn(char) -> bool,
    replace: impl Fn(&mut String, char),
) -> Cow<'_, str> {
    let Some(first) = s.find(|c: char| escape(c)) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        if escape(c) {
            replace(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for a terminal or a plain-text report, where line breaks and tabs are layout.
///
/// Contract: the result contains no character that steers a terminal — no C0 or C1 control
/// character other than `\n` (U+000A) and `\t` (U+0009), no DEL, no bidirectional formatting
/// character, no U+2028/U+2029 — so in particular never the ESC byte. Each such character is
/// replaced by its visible escape (`\r` → `\x0d`, ESC → `\x1b`, U+202E → `\u{202e}`); every
/// other character, backslashes included, is kept as it is. Text that needs no change is
/// returned borrowed, and applying the function twice gives the same as once.
pub fn terminal(s: &str) -> Cow<'_, str> {
    rewrite(s, |c| steers(c) && c != '\n' && c != '\t', push_escaped)
}

/// Text that must stay on one line (a table cell, a list row, a prompt): as [`terminal`], and
/// `\n` and `\t` are escaped too (`\x0a`, `\x09`).
pub fn terminal_line(s: &str) -> Cow<'_, str> {
    rewrite(s, steers, push_escaped)
}

/// Text for a Markdown document.
///
/// Contract: as [`terminal`] (no character that steers a terminal survives; `\n` and `\t` are
/// kept), and in addition the HTML-significant characters are written as character references —
/// `&` as `&amp;`, `<` as `&lt;`, `>` as `&gt;` — so that no tag, comment or entity from the data
/// reaches a Markdown renderer: `<img src=x onerror=…>` renders as the text it is. Markdown's own
/// syntax characters (`*`, `_`, `|`, `[`, backticks) are left to the writer that places the text,
/// which knows whether it is in a table cell, a heading or a code span.
pub fn markdown(s: &str) -> Cow<'_, str> {
    rewrite(
        s,
        |c| (steers(c) && c != '\n' && c != '\t') || matches!(c, '&' | '<' | '>'),
        |out, c| match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => push_escaped(out, c),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const RLO: char = '\u{202e}';

    /// Any text, rich in what matters here: controls, ESC, bidi overrides, HTML characters.
    /// (`any::<String>()` alone never produces a control character.)
    fn hostile() -> impl Strategy<Value = String> {
        let c = prop_oneof![
            any::<char>(),
            (0u32..0xa0).prop_map(|n| char::from_u32(n).unwrap_or('?')),
            Just('\u{1b}'),
            Just(RLO),
            Just('\u{2028}'),
            prop::sample::select(vec!['<', '>', '&', '\n', '\t', '\\', ';']),
        ];
        prop::collection::vec(c, 0..64).prop_map(|v| v.into_iter().collect())
    }

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        assert_eq!(
            terminal("ann\u{1b}]0;pwned\u{7}\u{1b}[2J"),
            "ann\\x1b]0;pwned\\x07\\x1b[2J"
        );
        assert_eq!(terminal("a\rb\u{7f}c\u{9b}d"), "a\\x0db\\x7fc\\x9bd");
        assert_eq!(terminal("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(terminal("line 1\nline 2\tend"), "line 1\nline 2\tend");
        assert_eq!(
            terminal_line("line 1\nline 2\tend"),
            "line 1\\x0aline 2\\x09end"
        );
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        for s in [
            "",
            "li.wei",
            "王小明 · 线上服务",
            r"C:\data\r.yaml",
            "x & y < z",
        ] {
            assert!(matches!(terminal(s), Cow::Borrowed(t) if t == s), "{s}");
        }
        assert!(matches!(markdown("Ünïcödé 中文"), Cow::Borrowed(_)));
    }

    #[test]
    fn markdown_makes_html_inert() {
        assert_eq!(
            markdown("<img src=x onerror=alert(1)> & co\u{1b}[31m"),
            "&lt;img src=x onerror=alert(1)&gt; &amp; co\\x1b[31m"
        );
        assert_eq!(markdown("&lt;"), "&amp;lt;");
    }

    proptest! {
        #[test]
        fn no_escape_byte_ever_survives(s in hostile()) {
            for out in [terminal(&s), terminal_line(&s), markdown(&s)] {
                prop_assert!(!out.as_bytes().contains(&0x1b));
                prop_assert!(!out.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
                prop_assert!(!out.contains(RLO), "right-to-left override kept");
            }
            prop_assert!(!terminal_line(&s).contains(['\n', '\t']));
            let md = markdown(&s);
            prop_assert!(!md.contains(['<', '>']));
            prop_assert_eq!(md.matches('&').count(), md.matches("&amp;").count()
                + md.matches("&lt;").count() + md.matches("&gt;").count());
        }

        #[test]
        fn sanitising_twice_is_sanitising_once(s in hostile()) {
            let once = terminal(&s).into_owned();
            prop_assert_eq!(terminal(&once), once.as_str());
            let once = terminal_line(&s).into_owned();
            prop_assert_eq!(terminal_line(&once), once.as_str());
        }

        #[test]
        fn control_free_text_is_kept_exactly(s in "[a-zA-Z0-9 .,:;!?'\"/\\\\()中文\n\t-]*") {
            prop_assert_eq!(terminal(&s), s.as_str());
        }
    }
}
