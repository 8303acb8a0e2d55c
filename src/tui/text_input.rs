//! A small text input: the N/A reason, notes, text answers and the home form's fields. It holds
//! the text and a cursor (a character index, never a byte index) and lays itself out by display
//! width for drawing. Multi-line inputs keep newlines; single-line ones refuse them.

use ratatui::text::{Line, Span};

use super::theme;
use super::wrap::width;
use unicode_width::UnicodeWidthChar;

/// Text being typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextInput {
    text: String,
    /// Cursor position in characters from the start.
    cursor: usize,
    multiline: bool,
}

impl TextInput {
    /// A single-line input holding `text`, cursor at the end.
    pub fn line(text: &str) -> Self {
        Self {
            text: text.replace('\n', " "),
            cursor: text.chars().count(),
            multiline: false,
        }
    }

    /// A multi-line input holding `text`, cursor at the end.
    pub fn multiline(text: &str) -> Self {
        Self {
            text: text.to_string(),
            cursor: text.chars().count(),
            multiline: true,
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor, in characters.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, char_index: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_index)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// Inserts `c` at the cursor (a newline only in a multi-line input; control characters
    /// never).
    pub fn insert(&mut self, c: char) {
        if c == '\n' && !self.multiline || c != '\n' && c.is_control() {
            return;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Deletes the character before the cursor.
    pub fn backspace(&mut self) {
        if self.cursor == 0 {
            return;
        }
        self.cursor -= 1;
        let at = self.byte_at(self.cursor);
        self.text.remove(at);
    }

    /// Deletes the character under the cursor.
    pub fn delete(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    /// Moves the cursor one character left.
    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    /// Moves the cursor one character right.
    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    /// Moves the cursor to the start of its line.
    pub fn home(&mut self) {
        let (line, _) = self.line_col();
        self.cursor = self.line_start(line);
    }

    /// Moves the cursor to the end of its line.
    pub fn end(&mut self) {
        let (line, _) = self.line_col();
        self.cursor = self.line_start(line) + self.line_len(line);
    }

    /// Moves the cursor to the line above, keeping the column where it can.
    pub fn up(&mut self) {
        let (line, col) = self.line_col();
        if line > 0 {
            self.cursor = self.line_start(line - 1) + col.min(self.line_len(line - 1));
        }
    }

    /// Moves the cursor to the line below, keeping the column where it can.
    pub fn down(&mut self) {
        let (line, col) = self.line_col();
        if line + 1 < self.text.split('\n').count() {
            self.cursor = self.line_start(line + 1) + col.min(self.line_len(line + 1));
        }
    }

    /// Cursor line and column, in characters.
    fn line_col(&self) -> (usize, usize) {
        let before: String = self.text.chars().take(self.cursor).collect();
        let line = before.matches('\n').count();
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
        (line, col)
    }

    fn line_start(&self, line: usize) -> usize {
        self.text
            .split('\n')
            .take(line)
            .map(|l| l.chars().count() + 1)
            .sum()
    }

    fn line_len(&self, line: usize) -> usize {
        self.text
            .split('\n')
            .nth(line)
            .map_or(0, |l| l.chars().count())
    }

    /// The text laid out in lines of at most `cols` columns (hard-wrapped, so the cursor lands
    /// exactly), with the cursor drawn when `focused`, and the line the cursor is on. An empty
    /// input shows `placeholder`.
    pub fn lines(
        &self,
        cols: usize,
        focused: bool,
        placeholder: &str,
    ) -> (Vec<Line<'static>>, usize) {
        let cols = cols.max(2);
        if self.text.is_empty() {
            let mut spans = Vec::new();
            if focused {
                spans.push(Span::styled(" ", theme::CURSOR));
            }
            spans.push(Span::styled(placeholder.to_string(), theme::PLACEHOLDER));
            return (vec![Line::from(spans)], 0);
        }
        let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
        let mut run = String::new();
        let mut col = 0;
        let mut cursor_line = 0;
        let flush = |run: &mut String, lines: &mut Vec<Vec<Span<'static>>>| {
            if !run.is_empty() {
                lines
                    .last_mut()
                    .expect("at least one line")
                    .push(Span::raw(std::mem::take(run)));
            }
        };
        for (i, c) in self.text.chars().chain(std::iter::once(' ')).enumerate() {
            let is_end = i == self.text.chars().count();
            let shown = if c == '\n' { ' ' } else { c };
            let cw = UnicodeWidthChar::width(shown).unwrap_or(0);
            if col + cw > cols {
                flush(&mut run, &mut lines);
                lines.push(Vec::new());
                col = 0;
            }
            if focused && i == self.cursor {
                flush(&mut run, &mut lines);
                lines
                    .last_mut()
                    .expect("at least one line")
                    .push(Span::styled(shown.to_string(), theme::CURSOR));
                cursor_line = lines.len() - 1;
            } else if !is_end {
                run.push(shown);
            }
            col += cw;
            if c == '\n' {
                flush(&mut run, &mut lines);
                lines.push(Vec::new());
                col = 0;
            }
        }
        flush(&mut run, &mut lines);
        (lines.into_iter().map(Line::from).collect(), cursor_line)
    }

    /// The display width of the text.
    pub fn width(&self) -> usize {
        width(&self.text)
    }
}

#[cfg(test)]
mod tests;
