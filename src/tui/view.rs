//! Drawing. `impl Widget for &App` draws the whole screen as a pure function of the state, one
//! `render_*` function per region, as in ratatui's demo2: no state changes here, no I/O, so a
//! `TestBackend` buffer is a faithful snapshot of what a respondent sees. Styles come from
//! [`theme`], words from the catalogs, widths from [`wrap`] (Chinese takes two columns a
//! character, and nothing is sliced by bytes). The question screen is drawn in [`question`],
//! the dialogs and lists over it in [`overlays`], the completion screen in [`complete`], the
//! home screen in [`home`], the Kano study builder in [`kano_builder`].

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

mod complete;
mod consensus;
mod evidence;
mod fields;
mod home;
mod interview;
mod kano_builder;
mod overlays;
mod question;
mod report;

use super::app::{App, Choice, Editor, EvidenceStage, Overlay, Runner};
use super::keys::{self, KeyTable};
use super::mouse::HitMap;
use super::session::Session;
use super::theme;
use super::words;
use super::wrap::{truncate, width, wrap};
use crate::instrument::QuestionKind;
use crate::lang::Lang;
use crate::tr;

/// The smallest terminal the runner draws in; below it only a message is shown.
pub const MIN_WIDTH: u16 = 60;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 16;

/// Draws `app` into `buf`, recording in `hits` where the clickable things went.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer, hits: &HitMap) {
    hits.clear();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render_too_small(app.lang, area, buf);
    } else if let Some(runner) = &app.runner {
        runner.draw(area, buf, hits);
    } else if let Some(home) = &app.home {
        match &home.interview {
            Some(screen) => interview::render(home, screen, app.lang, area, buf, hits),
            None => home::render(home, app.lang, area, buf, hits),
        }
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(self, area, buf, &HitMap::default());
    }
}

fn render_too_small(lang: Lang, area: Rect, buf: &mut Buffer) {
    let need = format!("{MIN_WIDTH}×{MIN_HEIGHT}");
    let have = format!("{}×{}", area.width, area.height);
    let text = format!(
        "{}\n{}",
        tr!(lang, "tui-too-small", need = need, have = have),
        tr!(lang, "tui-too-small-fix")
    );
    let lines: Vec<Line> = text
        .lines()
        .flat_map(|l| wrap(l, area.width as usize))
        .map(|l| Line::styled(l, theme::TOO_SMALL).centered())
        .collect();
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    let rect = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    Paragraph::new(lines).render(rect, buf);
}

/// Splits `area` into rows of the given heights from the top; the last row takes the rest.
fn rows(area: Rect, heights: &[u16]) -> Vec<Rect> {
    let mut out = Vec::new();
    let mut y = area.y;
    let bottom = area.y + area.height;
    for (i, h) in heights.iter().enumerate() {
        let h = if i + 1 == heights.len() {
            bottom.saturating_sub(y)
        } else {
            (*h).min(bottom.saturating_sub(y))
        };
        out.push(Rect {
            x: area.x,
            y,
            width: area.width,
            height: h,
        });
        y += h;
    }
    out
}

/// A centred rectangle of at most `w`×`h` inside `area`.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Blanks `area` for a dialog. A wide character just left of it would still cover the dialog's
/// first column (its right half lies inside), so that character is blanked too.
fn clear_for_dialog(area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    if area.x == 0 {
        return;
    }
    for y in area.y..area.y + area.height {
        if let Some(cell) = buf.cell_mut((area.x - 1, y)) {
            if width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

/// A line with `left` at the start and `right` at the end of `cols` columns, all in `style`
/// (the spans' own styles patched over it). `left` is cut when both do not fit.
fn spread(
    left: Vec<Span<'static>>,
    right: Vec<Span<'static>>,
    cols: usize,
    style: Style,
) -> Line<'static> {
    let right_w: usize = right.iter().map(|s| width(&s.content)).sum();
    let room = cols.saturating_sub(right_w);
    let mut spans = Vec::new();
    let mut used = 0;
    for s in left {
        let w = width(&s.content);
        if used + w <= room {
            used += w;
            spans.push(s);
        } else {
            let cut = truncate(&s.content, room - used);
            used += width(&cut);
            spans.push(Span::styled(cut, s.style));
            break;
        }
    }
    spans.push(Span::raw(" ".repeat(room - used)));
    spans.extend(right);
    Line::from(spans).style(style)
}

/// The columns an entry of the key bar takes.
fn entry_width((key, desc): &(String, String)) -> usize {
    width(key) + 2 + 1 + width(desc) + 2
}

/// How many lines of `cols` columns `table` needs.
fn bar_lines(table: &[(String, String)], cols: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    for entry in table {
        let w = entry_width(entry);
        if used + w > cols && used > 0 {
            lines += 1;
            used = 0;
        }
        used += w;
    }
    lines
}

/// The key help bar: the entries of `table`, in at most two lines of `cols` columns. When they
/// do not all fit, entries are left out from the end of the table, but never its last entry
/// (quit, close or leave), `q`, `Ctrl-S` (save) nor `?` (which lists every key).
fn key_bar(table: &[(String, String)], cols: usize) -> Vec<Line<'static>> {
    let mut shown: Vec<(String, String)> = table.to_vec();
    while bar_lines(&shown, cols) > 2 {
        let essential = |i: usize, (k, _): &(String, String)| {
            i + 1 == shown.len() || matches!(k.as_str(), "?" | "q" | "Ctrl-S")
        };
        match (0..shown.len()).rev().find(|&i| !essential(i, &shown[i])) {
            Some(i) => {
                shown.remove(i);
            }
            None => break,
        }
    }
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for entry in &shown {
        let entry_w = entry_width(entry);
        if used + entry_w > cols && used > 0 {
            if lines.len() == 2 {
                break;
            }
            lines.push(Vec::new());
            used = 0;
        }
        let line = lines.last_mut().expect("one line");
        line.push(Span::styled(format!(" {} ", entry.0), theme::KEY));
        line.push(Span::styled(format!(" {}  ", entry.1), theme::KEY_DESC));
        used += entry_w;
    }
    lines.into_iter().map(Line::from).collect()
}

/// [`key_bar`] of a fixed table.
fn table_bar(lang: Lang, table: KeyTable, cols: usize) -> Vec<Line<'static>> {
    key_bar(&keys::entries(lang, table), cols)
}

/// The lines of `text` wrapped to `cols`, each in `style`.
fn wrapped(text: &str, cols: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, cols)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// Cuts `lines` to `max`, ending the last kept line with `…` when some were dropped.
fn clip(mut lines: Vec<Line<'static>>, max: usize, cols: usize) -> Vec<Line<'static>> {
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let text: String = last.to_string();
            let style = last.spans.first().map_or(last.style, |s| s.style);
            *last = Line::styled(truncate(&format!("{text} …"), cols), style);
            if !last.to_string().ends_with('…') {
                *last = Line::styled(
                    format!("{}…", truncate(&text, cols.saturating_sub(1))),
                    style,
                );
            }
        }
    }
    lines
}

/// Kano wording: upper-case words (HAS, NOT) and bracketed text (U+3010 … U+3011) stand out in
/// `emph`, so the functional and dysfunctional questions cannot be mistaken for each other.
fn emphasised(lines: Vec<String>, base: Style, emph: Style) -> Vec<Line<'static>> {
    const OPEN: char = '\u{3010}';
    const CLOSE: char = '\u{3011}';
    let mut in_bracket = false;
    lines
        .into_iter()
        .map(|line| {
            let chars: Vec<char> = line.chars().collect();
            let mut marks = vec![false; chars.len()];
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if c == OPEN {
                    in_bracket = true;
                }
                if in_bracket {
                    marks[i] = true;
                }
                if c == CLOSE {
                    in_bracket = false;
                }
                if c.is_ascii_alphabetic() {
                    let start = i;
                    while i < chars.len() && chars[i].is_ascii_alphabetic() {
                        i += 1;
                    }
                    let word = &chars[start..i];
                    if word.len() >= 2 && word.iter().all(char::is_ascii_uppercase) {
                        marks[start..i].iter_mut().for_each(|m| *m = true);
                    }
                    continue;
                }
                i += 1;
            }
            let mut spans = Vec::new();
            let mut run = String::new();
            let mut run_mark = false;
            for (c, m) in chars.into_iter().zip(marks) {
                if m != run_mark && !run.is_empty() {
                    let style = if run_mark { emph } else { base };
                    spans.push(Span::styled(std::mem::take(&mut run), style));
                }
                run_mark = m;
                run.push(c);
            }
            if !run.is_empty() {
                spans.push(Span::styled(run, if run_mark { emph } else { base }));
            }
            Line::from(spans)
        })
        .collect()
}

fn gauge(ratio: f64, cols: usize) -> Vec<Span<'static>> {
    let filled = ((ratio.clamp(0.0, 1.0) * cols as f64).round() as usize).min(cols);
    vec![
        Span::styled("━".repeat(filled), theme::GAUGE_FILLED),
        Span::styled("─".repeat(cols - filled), theme::GAUGE_EMPTY),
    ]
}

impl Runner {
    /// The key table for what has the focus, with the digit range of the current scale.
    fn keys(&self) -> Vec<(String, String)> {
        let table: KeyTable = match (&self.report, &self.overlay, &self.editor) {
            (Some(_), _, _) => keys::REPORT,
            (None, Some(Overlay::Help { .. }), _) => keys::HELP,
            (None, Some(Overlay::NaReason(_)), _) => keys::NA,
            (None, Some(Overlay::Note(e)), _) if e.confirm => keys::NOTE_CONFIRM,
            (None, Some(Overlay::Note(_)), _) => keys::NOTE,
            (None, Some(Overlay::Evidence(e)), _) => match e.stage {
                EvidenceStage::List => keys::EVIDENCE_LIST,
                EvidenceStage::Reference => keys::EVIDENCE_REFERENCE,
                EvidenceStage::Kind => keys::EVIDENCE_KIND,
                EvidenceStage::ConfirmDelete => keys::EVIDENCE_DELETE,
            },
            (None, Some(Overlay::Confidence(_)), _) => keys::CONFIDENCE,
            (None, Some(Overlay::Overview { .. } | Overlay::Review { .. }), _) => keys::LIST,
            (None, None, Editor::Complete { .. }) => keys::COMPLETE,
            (None, None, Editor::Allocation { .. }) => keys::ALLOCATION,
            (None, None, Editor::Text { typing: true, .. }) => keys::TEXT_TYPING,
            (None, None, Editor::Text { typing: false, .. }) => keys::TEXT_IDLE,
            (None, None, Editor::Choice { .. }) => keys::QUESTION,
        };
        let digits = self
            .session
            .steps
            .get(self.cursor)
            .and_then(|_| self.session.scale(self.cursor))
            .map(|sc| format!("{}–{}", sc.min, sc.max));
        let na_allowed = self.at_end() || self.session.question(self.cursor).allow_na;
        table
            .iter()
            .filter(|(k, _)| na_allowed || *k != "n")
            .map(|(k, d)| {
                let key = match (&digits, *k) {
                    (Some(range), "1–9") => range.clone(),
                    _ => keys::cap(self.lang, k),
                };
                (key, tr!(self.lang, d))
            })
            .collect()
    }

    /// The title bar (instrument, progress, who answers) and the line under it (section,
    /// audience, the question named with its id, progress gauge).
    fn render_header(&self, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        let session = &self.session;
        let total = session.steps.len();
        let cols = area.width as usize;
        let pos = (self.cursor + 1).min(total);
        let title = session.instrument.title.get(lang);
        let title = match &self.consensus {
            Some(_) => tr!(lang, "tui-consensus-title", title = title),
            None => title.to_string(),
        };
        let title = vec![Span::raw(format!(" {title}"))];
        let response = session.response();
        let who = match &self.consensus {
            Some(panel) => tr!(lang, "tui-consensus-who", n = panel.raters.len()),
            None => words::respondent(lang, &response.respondent, response.role.as_deref()),
        };
        let progress = vec![
            Span::styled(format!("{pos}/{total}"), theme::PROGRESS),
            Span::raw(format!(" · {who} ")),
        ];
        let top = spread(title, progress, cols, theme::TITLE);
        let mut left = Vec::new();
        let mut right = Vec::new();
        if let Some(step) = session.steps.get(self.cursor) {
            let section = &session.instrument.sections[step.section];
            let (name, mut label) = words::question_label(&session.instrument, step, lang);
            let title = section.title.get(lang);
            // The section's title, unless the question's label already starts with it.
            let mut titled = title != name;
            if width(&label) > cols * 3 / 5 {
                // A long name would push the section out: the id alone still finds the question,
                // and the section names it.
                label.clone_from(&session.question(self.cursor).id);
                titled = true;
            }
            if titled {
                left.push(Span::styled(format!(" {title}"), theme::SECTION));
            }
            if !section.audience.is_empty() {
                let sep = if titled { " · " } else { " " };
                left.push(Span::styled(
                    format!("{sep}{}", words::audience(lang, &section.audience)),
                    theme::AUDIENCE,
                ));
            }
            right.push(Span::styled(format!("  {label}  "), theme::QUESTION_ID));
        }
        let gauge_w = (cols / 4).clamp(10, 30);
        right.extend(gauge(
            session.answered_count() as f64 / total.max(1) as f64,
            gauge_w,
        ));
        right.push(Span::raw(" "));
        let second = spread(left, right, cols, Style::new());
        Paragraph::new(vec![top, second]).render(area, buf);
    }

    /// The message line: a notice, the digit waiting for a second one, or a hint.
    fn message(&self) -> Line<'static> {
        let lang = self.lang;
        if let Some(n) = &self.notice {
            return Line::styled(format!(" {}", words::notice(lang, n)), theme::MESSAGE);
        }
        if let Some(first) = self.pending {
            let tens = i32::from(first) * 10;
            let points: Vec<i32> = self
                .session
                .scale(self.cursor)
                .map(|sc| (tens..tens + 10).filter(|v| sc.contains(*v)).collect())
                .unwrap_or_default();
            let range = match (points.first(), points.last()) {
                (Some(lo), Some(hi)) if lo != hi => format!("{lo}–{hi}"),
                (Some(lo), _) => lo.to_string(),
                _ => String::new(),
            };
            let text = tr!(
                lang,
                "tui-pending",
                first = first.to_string(),
                range = range
            );
            return Line::styled(format!(" {text}"), theme::MESSAGE);
        }
        let rubric_unhighlighted = self.overlay.is_none()
            && self.report.is_none()
            && !self.at_end()
            && matches!(self.editor, Editor::Choice { highlight: None })
            && matches!(
                self.session.question(self.cursor).kind,
                QuestionKind::Rubric(_)
            );
        if rubric_unhighlighted {
            Line::styled(format!(" {}", tr!(lang, "tui-rubric-hint")), theme::DIM)
        } else {
            Line::raw("")
        }
    }

    /// Draws the runner, recording where options and list rows go in `hits`.
    pub fn draw(&self, area: Rect, buf: &mut Buffer, hits: &HitMap) {
        let keys = key_bar(&self.keys(), area.width as usize);
        let parts = rows(
            area,
            &[
                2,
                area.height.saturating_sub(2 + 1 + keys.len() as u16),
                1,
                0,
            ],
        );
        self.render_header(parts[0], buf);
        let body = parts[1].inner(Margin::new(1, 0));
        let body = Rect {
            y: body.y + 1,
            height: body.height.saturating_sub(1),
            ..body
        };
        match (&self.overlay, &self.editor) {
            (Some(Overlay::Overview { selected, typed }), _) => {
                self.render_step_list(*selected, *typed, false, parts[1], buf, hits);
            }
            (Some(Overlay::Review { selected, typed }), _) => {
                self.render_step_list(*selected, *typed, true, parts[1], buf, hits);
            }
            (_, Editor::Complete { scroll }) => self.render_complete(*scroll, body, buf),
            _ => self.render_question(body, buf, hits),
        }
        let dialog = match &self.overlay {
            Some(Overlay::Help { scroll }) => {
                self.render_help(*scroll, parts[1], buf);
                true
            }
            Some(Overlay::NaReason(input)) => {
                self.render_na_reason(input, parts[1], buf);
                true
            }
            Some(Overlay::Note(editor)) => {
                self.render_note(editor, parts[1], buf);
                true
            }
            Some(Overlay::Evidence(editor)) => {
                self.render_evidence(editor, parts[1], buf);
                true
            }
            Some(Overlay::Confidence(chooser)) => {
                self.render_confidence(*chooser, parts[1], buf);
                true
            }
            _ => false,
        };
        if let Some(view) = &self.report {
            hits.clear();
            self.render_report(view, parts[1], buf);
        } else if dialog {
            // Only what the dialog shows can be clicked.
            hits.clear();
        }
        Paragraph::new(self.message()).render(parts[2], buf);
        Paragraph::new(keys).render(parts[3], buf);
    }
}

/// The answer to step `i` in words (for the review and the plain mode), `None` when unanswered.
pub fn answer_words(session: &Session, lang: Lang, i: usize) -> Option<String> {
    session
        .current(i)
        .and_then(|a| words::answer_of(session, lang, i, a))
}

/// The prefix of an option row: highlight mark, answered mark, key.
fn option_prefix(
    choice: Choice,
    highlighted: bool,
    answered: bool,
    key_w: usize,
) -> Vec<Span<'static>> {
    let key = match choice {
        Choice::Point(v) => v.to_string(),
        Choice::Na => "n".to_string(),
    };
    vec![
        Span::styled(
            if highlighted { "▶ " } else { "  " },
            theme::OPTION_HIGHLIGHT_MARK,
        ),
        Span::styled(if answered { "✔ " } else { "  " }, theme::OPTION_ANSWERED),
        Span::styled(format!("{key:>key_w$}  "), theme::OPTION_KEY),
    ]
}
