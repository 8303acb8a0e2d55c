//! The consensus workshop's table under a disputed item: every rater's rating and note side by
//! side, then the spread of the ratings. Words come from the same helpers as the plain mode's.

use ratatui::text::{Line, Span};

use crate::tr;
use crate::tui::app::Runner;
use crate::tui::plain::consensus::spread;
use crate::tui::theme;
use crate::tui::words;
use crate::tui::wrap::{pad, truncate, width};

impl Runner {
    /// The raters' table for the item on screen (nothing outside the consensus workshop).
    pub(super) fn panel_lines(&self, cols: usize) -> Vec<Line<'static>> {
        let Some(panel) = &self.consensus else {
            return Vec::new();
        };
        let lang = self.lang;
        let i = self.cursor;
        let id = &self.session.question(i).id;
        let rows: Vec<(String, String, String)> = panel
            .ratings(id)
            .into_iter()
            .map(|r| {
                let rating = r
                    .answer
                    .and_then(|a| words::answer_of(&self.session, lang, i, a))
                    .unwrap_or_else(|| tr!(lang, "tui-consensus-unrated"));
                let note = r.note.unwrap_or_default().replace('\n', " ");
                (words::respondent(lang, r.respondent, r.role), rating, note)
            })
            .collect();
        let head = (
            tr!(lang, "tui-consensus-rater"),
            tr!(lang, "tui-consensus-rating"),
            tr!(lang, "tui-consensus-note"),
        );
        let widest = |f: &dyn Fn(&(String, String, String)) -> usize, cap: usize| {
            rows.iter()
                .chain(std::iter::once(&head))
                .map(f)
                .max()
                .unwrap_or(0)
                .min(cap)
        };
        let body = cols.saturating_sub(2 + 2 + 2);
        let w1 = widest(&|r| width(&r.0), body / 3);
        let w2 = widest(&|r| width(&r.1), body / 3);
        let w3 = body.saturating_sub(w1 + w2);
        let line = |r: &(String, String, String), styles: [ratatui::style::Style; 3]| {
            let mut spans = vec![
                Span::raw("  "),
                Span::styled(pad(&truncate(&r.0, w1), w1), styles[0]),
                Span::raw("  "),
                Span::styled(pad(&truncate(&r.1, w2), w2), styles[1]),
            ];
            if w3 >= 8 && !r.2.is_empty() {
                spans.push(Span::raw("  "));
                spans.push(Span::styled(truncate(&r.2, w3), styles[2]));
            }
            Line::from(spans)
        };
        let mut out = vec![line(&head, [theme::DIM; 3])];
        for r in &rows {
            out.push(line(r, [theme::OPTION, theme::OPTION_KEY, theme::NOTE]));
        }
        if let Some(item) = panel.item(id) {
            out.push(Line::styled(
                format!("  {}", spread(item, lang)),
                theme::DIM,
            ));
        }
        out
    }
}
