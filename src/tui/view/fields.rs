//! The pieces every dialog form draws: a field's label (marked when focused) and the line of
//! its text input.

use ratatui::text::{Line, Span};

use crate::tui::text_input::TextInput;
use crate::tui::theme;

/// The marker and style of a field's label: `▶ ` and the heading style when focused.
pub(super) fn label_parts(focused: bool) -> (&'static str, ratatui::style::Style) {
    if focused {
        ("▶ ", theme::LIST_HEADING)
    } else {
        ("  ", theme::DIM)
    }
}

/// A field's label on its own line.
pub(super) fn label(text: &str, focused: bool) -> Line<'static> {
    let (mark, style) = label_parts(focused);
    Line::styled(format!("{mark}{text}"), style)
}

/// The line of `input` that holds the cursor, indented under its label, in `cols` columns.
pub(super) fn input_line(input: &TextInput, cols: usize, focused: bool) -> Line<'static> {
    let (mut lines, cursor) = input.lines(cols.saturating_sub(4), focused, "");
    let mut line = if lines.is_empty() {
        Line::raw("")
    } else {
        lines.swap_remove(cursor.min(lines.len() - 1))
    };
    line.spans.insert(0, Span::raw("    "));
    line
}
