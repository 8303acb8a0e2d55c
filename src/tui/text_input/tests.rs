//! Unit tests of `text_input`.

use super::*;

#[test]
fn editing_counts_characters_not_bytes() {
    let mut t = TextInput::line("客户");
    t.insert('好');
    assert_eq!(t.text(), "客户好");
    t.left();
    t.left();
    t.backspace();
    assert_eq!(t.text(), "户好");
    t.delete();
    assert_eq!(t.text(), "好");
    t.insert('\n');
    assert_eq!(t.text(), "好", "single-line inputs refuse newlines");
}

#[test]
fn multiline_cursor_moves_between_lines() {
    let mut t = TextInput::multiline("first\nsecond line");
    t.up();
    assert_eq!(t.cursor(), 5);
    t.home();
    assert_eq!(t.cursor(), 0);
    t.down();
    assert_eq!(t.cursor(), 6);
    t.end();
    t.insert('!');
    assert_eq!(t.text(), "first\nsecond line!");
}

#[test]
fn layout_wraps_by_width_and_reports_the_cursor_line() {
    let t = TextInput::multiline("abcdef\n客户体验");
    let (lines, cursor_line) = t.lines(4, true, "");
    let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
    assert_eq!(text, vec!["abcd", "ef ", "客户", "体验", " "]);
    assert_eq!(cursor_line, 4);
}
