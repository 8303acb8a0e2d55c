//! What is drawn over the question screen: the overview of all questions (`g`), the review of all
//! answers (`r`), the help (`?`, which begins with the instrument's description), the reason for
//! "not applicable", and the note editor (titled with the question it belongs to). Both lists
//! flag (⚑) the questions whose required evidence is missing.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::{centered, clear_for_dialog, clip, rows, wrapped};
use crate::instrument::QuestionKind;
use crate::tr;
use crate::tui::app::{NoteEditor, Runner};
use crate::tui::keys;
use crate::tui::mouse::{HitMap, Target};
use crate::tui::text_input::TextInput;
use crate::tui::theme;
use crate::tui::words;
use crate::tui::wrap::{pad, truncate, width, wrap};

impl Runner {
    /// A one-line description of step `i` for lists.
    fn step_title(&self, i: usize) -> String {
        let lang = self.lang;
        let step = self.session.steps[i];
        let q = self.session.question(i);
        match &q.kind {
            QuestionKind::Kano { feature, .. } => format!(
                "{} · {}",
                feature.get(lang),
                words::kano_part(lang, step.part.unwrap_or(0))
            ),
            QuestionKind::Pair { texts, .. } => texts
                .get(step.part.unwrap_or(0))
                .map(|t| t.get(lang).to_string())
                .unwrap_or_default(),
            _ => q
                .text
                .as_ref()
                .map(|t| t.get(lang).to_string())
                .unwrap_or_default(),
        }
    }

    /// What step `i` is about, in a few words: the Kano feature, the question's group (an
    /// experience, a dimension), or the question itself.
    pub(super) fn step_subject(&self, i: usize) -> String {
        let lang = self.lang;
        let q = self.session.question(i);
        match &q.kind {
            QuestionKind::Kano { feature, .. } => feature.get(lang).to_string(),
            _ if self.session.instrument.group(&q.group).is_some() => {
                self.session.instrument.group_name(&q.group, lang)
            }
            _ => self.step_title(i),
        }
    }

    fn answer_words(&self, i: usize) -> Option<String> {
        super::answer_words(&self.session, self.lang, i)
    }

    /// Rows of a list of steps grouped by section: `(step, line)`, headings having no step.
    fn step_rows(
        &self,
        selected: usize,
        cols: usize,
        review: bool,
    ) -> Vec<(Option<usize>, Line<'static>)> {
        let mut out = Vec::new();
        let mut section = usize::MAX;
        let total = self.session.steps.len();
        let num_w = total.to_string().len();
        let answer_w = if review { (cols / 3).clamp(12, 40) } else { 0 };
        // Room for the mark of required evidence missing, when the instrument requires any.
        let flag_w = if self
            .session
            .instrument
            .questions
            .iter()
            .any(|q| q.evidence_required)
        {
            2
        } else {
            0
        };
        for (i, step) in self.session.steps.iter().enumerate() {
            if step.section != section {
                section = step.section;
                let title = self.session.instrument.sections[section]
                    .title
                    .get(self.lang);
                out.push((
                    None,
                    Line::styled(truncate(title, cols), theme::LIST_HEADING),
                ));
            }
            let done = self.session.is_answered(i);
            let pointer = if i == selected { "▶" } else { " " };
            let mark = if done {
                Span::styled(format!("{pointer}✔ "), theme::MARK_DONE)
            } else {
                Span::styled(format!("{pointer}· "), theme::MARK_TODO)
            };
            let num = format!("{:>num_w$}  ", i + 1);
            let text_w =
                cols.saturating_sub(3 + num_w + 2 + answer_w + usize::from(review) * 2 + flag_w);
            let mut spans = vec![
                mark,
                Span::styled(num, theme::DIM),
                Span::raw(pad(&self.step_title(i), text_w)),
            ];
            if flag_w > 0 {
                let flag = if self.session.evidence_missing(i) {
                    " ⚑"
                } else {
                    "  "
                };
                spans.push(Span::styled(flag, theme::MISSING));
            }
            if review {
                spans.push(Span::raw("  "));
                let words = self.answer_words(i);
                let style = if words.is_some() {
                    theme::OPTION_ANSWERED
                } else {
                    theme::MARK_TODO
                };
                spans.push(Span::styled(
                    pad(
                        &words.unwrap_or_else(|| tr!(self.lang, "tui-unanswered")),
                        answer_w,
                    ),
                    style,
                ));
            }
            let mut line = Line::from(spans);
            if i == selected {
                line = line.style(theme::LIST_SELECTED);
            }
            out.push((Some(i), line));
            if review {
                if let Some(note) = self.session.note(i) {
                    let indent = 3 + num_w + 2;
                    out.push((
                        None,
                        Line::styled(
                            format!(
                                "{}{}",
                                " ".repeat(indent),
                                truncate(&format!("✎ {note}"), cols - indent)
                            ),
                            theme::NOTE,
                        ),
                    ));
                }
            }
        }
        out
    }

    pub(super) fn render_step_list(
        &self,
        selected: usize,
        typed: Option<usize>,
        review: bool,
        area: Rect,
        buf: &mut Buffer,
        hits: &HitMap,
    ) {
        let title = format!(
            " {} ",
            if review {
                tr!(self.lang, "tui-review-title")
            } else {
                tr!(self.lang, "tui-overview-title")
            }
        );
        let block = Block::bordered()
            .title(Span::styled(title, theme::DIALOG_TITLE))
            .border_style(theme::BORDER);
        let inner = block.inner(area);
        block.render(area, buf);
        let parts = rows(inner, &[inner.height.saturating_sub(1), 0]);
        let list_h = parts[0].height as usize;
        let all = self.step_rows(selected, parts[0].width as usize, review);
        let sel_row = all
            .iter()
            .position(|(st, _)| *st == Some(selected))
            .unwrap_or(0);
        let max_offset = all.len().saturating_sub(list_h);
        let offset = sel_row.saturating_sub(list_h / 2).min(max_offset);
        let mut lines = Vec::new();
        for (row, (step, line)) in all.into_iter().skip(offset).take(list_h).enumerate() {
            if let Some(step) = step {
                let y = parts[0].y + row as u16;
                hits.add(
                    Rect {
                        y,
                        height: 1,
                        ..parts[0]
                    },
                    Target::Row(step),
                );
            }
            lines.push(line);
        }
        Paragraph::new(lines).render(parts[0], buf);
        let legend = if let Some(n) = typed {
            Line::styled(tr!(self.lang, "tui-go-to-number", n = n), theme::MESSAGE)
        } else {
            let mut spans = vec![Span::styled(
                tr!(
                    self.lang,
                    "tui-overview-legend",
                    answered = self.session.answered_count(),
                    total = self.session.steps.len()
                ),
                theme::DIM,
            )];
            let missing = (0..self.session.steps.len())
                .filter(|&i| self.session.evidence_missing(i))
                .count();
            if missing > 0 {
                spans.push(Span::styled(
                    format!("   {}", tr!(self.lang, "tui-evidence-legend", n = missing)),
                    theme::MISSING,
                ));
            }
            Line::from(spans)
        };
        Paragraph::new(legend).render(parts[1], buf);
    }

    /// A panel over the whole body, for the help and the note editor.
    pub(super) fn panel(title: Span<'static>, area: Rect, buf: &mut Buffer) -> Rect {
        clear_for_dialog(area, buf);
        let block = Block::bordered().title(title).border_style(theme::BORDER);
        let inner = block.inner(area).inner(Margin::new(1, 0));
        block.render(area, buf);
        inner
    }

    pub(super) fn render_help(&self, scroll: u16, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        let title = format!(" {} ", tr!(lang, "tui-help-title"));
        let inner = Self::panel(Span::styled(title, theme::DIALOG_TITLE), area, buf);
        let cols = inner.width as usize;
        let key_w = keys::HELP_TABLES
            .iter()
            .flat_map(|(_, t)| t.iter())
            .map(|(k, _)| width(&keys::cap(lang, k)))
            .max()
            .unwrap_or(4)
            + 2;
        let mut lines = Vec::new();
        let instrument = &self.session.instrument;
        if let Some(about) = &instrument.description {
            lines.push(Line::styled(
                tr!(lang, "tui-help-about"),
                theme::LIST_HEADING,
            ));
            lines.extend(wrapped(instrument.title.get(lang), cols, theme::SECTION));
            lines.extend(wrapped(about.get(lang), cols, theme::HELP_TEXT));
        }
        for (heading, table) in keys::HELP_TABLES {
            if !lines.is_empty() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(tr!(lang, heading), theme::LIST_HEADING));
            for (k, d) in keys::entries(lang, table) {
                let desc = wrap(&d, cols.saturating_sub(key_w).max(10));
                for (row, text) in desc.into_iter().enumerate() {
                    let key = if row == 0 {
                        pad(&k, key_w)
                    } else {
                        " ".repeat(key_w)
                    };
                    lines.push(Line::from(vec![
                        Span::styled(key, theme::OPTION_KEY),
                        Span::raw(text),
                    ]));
                }
            }
        }
        lines.push(Line::raw(""));
        for note in keys::HELP_NOTES {
            lines.extend(wrapped(&tr!(lang, note), cols, theme::HELP_TEXT));
        }
        let max_scroll = lines.len().saturating_sub(inner.height as usize) as u16;
        let scroll = scroll.min(max_scroll);
        if scroll < max_scroll {
            // Say that more follows, in the panel's bottom border.
            let more = Line::styled(" ↓ … ", theme::DIALOG_TITLE).right_aligned();
            let bottom = Rect {
                x: area.x + 1,
                y: area.y + area.height.saturating_sub(1),
                width: area.width.saturating_sub(2),
                height: 1,
            };
            Paragraph::new(more).render(bottom, buf);
        }
        Paragraph::new(lines).scroll((scroll, 0)).render(inner, buf);
    }

    pub(super) fn render_na_reason(&self, input: &TextInput, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        let popup = centered(area, 64, 8);
        clear_for_dialog(popup, buf);
        let block = Block::bordered()
            .title(Span::styled(
                format!(" {} ", tr!(lang, "tui-na-title")),
                theme::DIALOG_TITLE,
            ))
            .border_style(theme::BORDER);
        let inner = block.inner(popup).inner(Margin::new(1, 0));
        block.render(popup, buf);
        let cols = inner.width as usize;
        let mut lines = wrapped(&tr!(lang, "tui-na-prompt"), cols, theme::QUESTION);
        lines.push(Line::raw(""));
        let (input_lines, cursor_line) = input.lines(cols, true, "");
        let room = (inner.height as usize).saturating_sub(lines.len()).max(1);
        lines.extend(
            input_lines
                .into_iter()
                .skip((cursor_line + 1).saturating_sub(room)),
        );
        Paragraph::new(lines).render(inner, buf);
    }

    pub(super) fn render_note(&self, editor: &NoteEditor, area: Rect, buf: &mut Buffer) {
        let step = editor.step;
        // A note taken right after an answer is on the question just answered, not the one on
        // screen: the title says which.
        let key = if self.consensus.is_some() {
            "tui-consensus-rationale-title"
        } else if step == self.cursor {
            "tui-note-title-step"
        } else {
            "tui-note-title-answered"
        };
        let title = tr!(
            self.lang,
            key,
            n = step + 1,
            title = self.step_subject(step)
        );
        let inner = Self::panel(
            Span::styled(format!(" {title} "), theme::DIALOG_TITLE),
            area,
            buf,
        );
        let cols = inner.width as usize;
        let (question, _) = self.question_lines(step, cols);
        let context: Vec<Line> = clip(
            question
                .into_iter()
                .map(|l| Line::styled(l.to_string(), theme::DIM))
                .collect(),
            3,
            cols,
        );
        let parts = rows(inner, &[context.len() as u16 + 1, 0]);
        Paragraph::new(context).render(parts[0], buf);
        let (lines, cursor_line) = editor.input.lines(cols, !editor.confirm, "");
        let room = parts[1].height as usize;
        let skip = (cursor_line + 1).saturating_sub(room);
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()).render(parts[1], buf);
        if editor.confirm {
            let popup = centered(area, 60, 6);
            clear_for_dialog(popup, buf);
            let block = Block::bordered().border_style(theme::BORDER);
            let inner = block.inner(popup).inner(Margin::new(1, 0));
            block.render(popup, buf);
            let prompt = wrapped(
                &tr!(self.lang, "tui-note-unsaved"),
                inner.width as usize,
                theme::QUESTION,
            );
            Paragraph::new(prompt).render(
                Rect {
                    y: inner.y + 1,
                    height: inner.height.saturating_sub(1),
                    ..inner
                },
                buf,
            );
        }
    }
}
