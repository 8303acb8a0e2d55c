//! The report view: the report document laid out for the width of the screen by the terminal
//! writer (`report::write::text::lines`), its tones in the theme's styles, scrolled; the line
//! under it says which lines are shown.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::{clear_for_dialog, rows};
use crate::lang::Lang;
use crate::report::doc::Document;
use crate::report::write::text::lines as report_lines;
use crate::tr;
use crate::tui::app::{ReportView, Runner};
use crate::tui::theme;

/// `content` as lines of at most `cols` columns.
fn layout(doc: &Document, cols: usize, lang: Lang) -> Vec<Line<'static>> {
    report_lines(doc, cols, lang)
        .into_iter()
        .map(|inline| {
            Line::from(
                inline
                    .0
                    .into_iter()
                    .map(|span| Span::styled(span.text, theme::tone(span.tone)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}

impl Runner {
    /// Draws the report over the body. Records how far it can scroll and how many lines a page
    /// holds, for the keys that scroll it.
    pub(super) fn render_report(&self, view: &ReportView, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        clear_for_dialog(area, buf);
        let block = Block::bordered()
            .title(Span::styled(
                format!(" {} ", tr!(lang, "tui-report-title")),
                theme::DIALOG_TITLE,
            ))
            .border_style(theme::BORDER);
        let inner = block.inner(area).inner(Margin::new(1, 0));
        block.render(area, buf);
        let parts = rows(inner, &[inner.height.saturating_sub(1), 0]);
        let lines = layout(&view.content, parts[0].width as usize, lang);
        let height = parts[0].height as usize;
        let max = lines.len().saturating_sub(height);
        view.max_scroll.set(max);
        view.page.set(height.saturating_sub(1).max(1));
        let first = view.scroll.min(max);
        let total = lines.len();
        let shown: Vec<Line> = lines.into_iter().skip(first).take(height).collect();
        let last = first + shown.len();
        Paragraph::new(shown).render(parts[0], buf);
        let position = tr!(
            lang,
            "tui-report-position",
            first = (first + 1).min(total),
            last = last,
            total = total
        );
        Paragraph::new(Line::styled(position, theme::DIM).right_aligned()).render(parts[1], buf);
    }
}
