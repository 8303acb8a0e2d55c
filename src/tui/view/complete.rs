//! The completion screen: whether everything is answered, how to see the full report, the scored
//! summary, where the file is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{rows, wrapped};
use crate::tr;
use crate::tui::app::Runner;
use crate::tui::theme;
use crate::tui::wrap::wrap;

impl Runner {
    pub(super) fn render_complete(&self, scroll: u16, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        let cols = area.width as usize;
        let total = self.session.steps.len();
        let missing = total - self.session.answered_count();
        let consensus = self.consensus.is_some();
        let headline = if missing == 0 {
            let text = if consensus {
                tr!(lang, "tui-consensus-done", n = total)
            } else {
                tr!(lang, "tui-complete-all", n = self.session.question_count())
            };
            wrapped(&text, cols, theme::DONE)
        } else {
            let text = if consensus {
                tr!(
                    lang,
                    "tui-consensus-missing-go",
                    missing = missing,
                    n = total
                )
            } else {
                tr!(lang, "tui-complete-missing", missing = missing, n = total)
            };
            wrapped(&text, cols, theme::MISSING)
        };
        let saved = wrapped(
            &tr!(
                lang,
                "tui-saved-to",
                path = self.session.path.display().to_string()
            ),
            cols,
            theme::DIM,
        );
        let mut headline = headline;
        let carried = self.session.carried_count();
        if carried > 0 {
            headline.extend(wrapped(
                &tr!(lang, "carry-report", n = carried),
                cols,
                theme::HELP_TEXT,
            ));
        }
        headline.extend(wrapped(
            &tr!(lang, "tui-complete-next"),
            cols,
            theme::HELP_TEXT,
        ));
        let parts = rows(
            area,
            &[
                headline.len() as u16 + 1,
                1,
                area.height
                    .saturating_sub(headline.len() as u16 + 2 + saved.len() as u16 + 1),
                1,
                0,
            ],
        );
        Paragraph::new(headline).render(parts[0], buf);
        Paragraph::new(Line::styled(tr!(lang, "tui-summary-title"), theme::SECTION))
            .render(parts[1], buf);
        let summary: Vec<Line> = self
            .summary
            .as_deref()
            .unwrap_or_default()
            .lines()
            .flat_map(|l| wrap(l, cols))
            .map(Line::raw)
            .collect();
        let max_scroll = summary.len().saturating_sub(parts[2].height as usize) as u16;
        Paragraph::new(summary)
            .scroll((scroll.min(max_scroll), 0))
            .render(parts[2], buf);
        Paragraph::new(saved).render(parts[4], buf);
    }
}
