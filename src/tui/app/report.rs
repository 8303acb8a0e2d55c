//! The full report in the runner: the same document `cxassess report` makes of the results file,
//! kept here and laid out for the terminal's width each time it is drawn, scrolled with the
//! keys or the wheel. Opened from the completion screen, or straight from a completed result
//! on the home screen (leaving it then goes home).

use std::cell::Cell;

use super::{Action, Effect, Runner};
use crate::lang::Lang;
use crate::report::doc::Document;
use crate::report::write::Options;
use crate::report::{self, Format, Report};
use crate::tui::consensus::Panel;
use crate::tui::session::Session;

/// The report view's state.
#[derive(Debug, Clone)]
pub struct ReportView {
    /// The report document, laid out for the width on each draw.
    pub content: Box<Document>,
    /// The first line shown.
    pub scroll: usize,
    /// Opened from the home screen: leaving it leaves the session too.
    pub from_home: bool,
    /// The last line that can be first, as the last drawing found (the layout depends on the
    /// width, known only when drawing); scrolling stops there.
    pub max_scroll: Cell<usize>,
    /// The lines a page holds, as the last drawing found.
    pub page: Cell<usize>,
}

/// The report of `session`'s results file, as `cxassess report <file>` writes it; in the
/// consensus workshop, of the raters' files with it.
fn report_of<'a>(session: &'a Session, panel: Option<&Panel>) -> Report<'a> {
    if let Some(panel) = panel {
        return panel.report(session);
    }
    let results = &session.results;
    let mut report = Report::new(&session.instrument, &results.responses);
    report
        .organization
        .clone_from(&results.assessment.organization);
    report.date.clone_from(&results.assessment.date);
    report.sources = vec![session.path.display().to_string()];
    report
}

/// The HTML report of `session`'s results file (with the raters' files in the consensus
/// workshop).
pub fn html(session: &Session, panel: Option<&Panel>, lang: Lang) -> String {
    report::render(
        &report_of(session, panel),
        Format::Html,
        Options::plain(lang),
    )
}

impl ReportView {
    /// The view of `session`'s report, at its top.
    pub fn new(
        session: &Session,
        panel: Option<&Panel>,
        lang: Lang,
        from_home: bool,
    ) -> ReportView {
        let report = report_of(session, panel);
        let content = Box::new(report::document(&report, lang));
        ReportView {
            content,
            scroll: 0,
            from_home,
            max_scroll: Cell::new(usize::MAX),
            page: Cell::new(10),
        }
    }
}

impl Runner {
    /// Shows the full report.
    pub fn open_report(&mut self, from_home: bool) {
        self.report = Some(ReportView::new(
            &self.session,
            self.consensus.as_deref(),
            self.lang,
            from_home,
        ));
    }

    pub(super) fn update_report(&mut self, mut view: ReportView, action: Action) -> Effect {
        let max = view.max_scroll.get();
        let page = view.page.get().max(1);
        let at = view.scroll.min(max);
        view.scroll = match action {
            Action::Up => at.saturating_sub(1),
            Action::Down => at.saturating_add(1).min(max),
            Action::PageUp => at.saturating_sub(page),
            Action::PageDown => at.saturating_add(page).min(max),
            Action::First => 0,
            Action::Last => max,
            Action::WriteHtml => {
                self.report = Some(view);
                return Effect::WriteHtml;
            }
            Action::Close | Action::Quit | Action::OpenReport => {
                return if view.from_home {
                    Effect::Quit
                } else {
                    Effect::None
                };
            }
            _ => at,
        };
        self.report = Some(view);
        Effect::None
    }
}
