//! The evidence overlay (`v`: the entries on a question, a new one being typed and marked, the
//! question before deleting one) and the confidence chooser (`c`). Both name the question they
//! are on, as the note editor does: right after an answer it is the question just answered.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::{centered, clear_for_dialog, clip, option_prefix, rows, wrapped};
use crate::response::EvidenceKind;
use crate::tr;
use crate::tui::app::{
    CONFIDENCE_CHOICES, Choice, ConfidenceChooser, EvidenceEditor, EvidenceStage, Runner,
};
use crate::tui::theme;
use crate::tui::words;
use crate::tui::wrap::{pad, truncate, width};

impl Runner {
    /// The dialog title for `step`: "<what> on question n: subject", saying when it is the
    /// question just answered.
    fn evidence_title(&self, step: usize, on_step: &str, on_answered: &str) -> String {
        let key = if step == self.cursor {
            on_step
        } else {
            on_answered
        };
        tr!(
            self.lang,
            key,
            n = step + 1,
            title = self.step_subject(step)
        )
    }

    pub(super) fn render_evidence(&self, editor: &EvidenceEditor, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        let step = editor.step;
        let title = self.evidence_title(
            step,
            "tui-evidence-title-step",
            "tui-evidence-title-answered",
        );
        let inner = Self::panel(
            Span::styled(
                format!(
                    " {} ",
                    truncate(&title, area.width.saturating_sub(4) as usize)
                ),
                theme::DIALOG_TITLE,
            ),
            area,
            buf,
        );
        let cols = inner.width as usize;
        let mut foot = Vec::new();
        match editor.stage {
            EvidenceStage::List => {}
            EvidenceStage::Reference | EvidenceStage::Kind => {
                foot.push(Line::raw(""));
                foot.extend(wrapped(
                    &tr!(lang, "tui-evidence-reference"),
                    cols,
                    theme::QUESTION,
                ));
                let typing = editor.stage == EvidenceStage::Reference;
                let (lines, cursor_line) = editor.input.lines(cols, typing, "");
                let skip = (cursor_line + 1).saturating_sub(2);
                foot.extend(lines.into_iter().skip(skip).take(2));
                if !typing {
                    foot.push(Line::raw(""));
                    foot.extend(wrapped(
                        &tr!(lang, "tui-evidence-kind"),
                        cols,
                        theme::QUESTION,
                    ));
                    let mut spans = Vec::new();
                    for kind in EvidenceKind::ALL {
                        let chosen = kind == editor.kind;
                        spans.push(Span::styled(
                            if chosen { "▶ " } else { "  " },
                            theme::OPTION_HIGHLIGHT_MARK,
                        ));
                        spans.push(Span::styled(
                            words::kind_word(lang, kind),
                            if chosen {
                                theme::OPTION_HIGHLIGHT
                            } else {
                                theme::OPTION
                            },
                        ));
                        spans.push(Span::raw("   "));
                    }
                    foot.push(Line::from(spans));
                }
            }
            EvidenceStage::ConfirmDelete => {
                foot.push(Line::raw(""));
                foot.extend(wrapped(
                    &tr!(lang, "tui-evidence-delete"),
                    cols,
                    theme::QUESTION,
                ));
            }
        }
        if let Some(problem) = &editor.problem {
            foot.push(Line::raw(""));
            foot.extend(wrapped(
                &words::evidence_problem(lang, problem),
                cols,
                theme::MISSING,
            ));
        }
        // The question gives way first, so that what is asked always shows.
        let room = (inner.height as usize).saturating_sub(foot.len() + 2);
        let (question, _) = self.question_lines(step, cols);
        let mut head: Vec<Line> = clip(
            question
                .into_iter()
                .map(|l| Line::styled(l.to_string(), theme::DIM))
                .collect(),
            room.min(2),
            cols,
        );
        if self.session.evidence_missing(step) {
            head.extend(wrapped(
                &tr!(lang, "tui-evidence-required"),
                cols,
                theme::MISSING,
            ));
        }
        if !head.is_empty() {
            head.push(Line::raw(""));
        }
        let list_h = (inner.height as usize).saturating_sub(head.len() + foot.len());
        let parts = rows(inner, &[head.len() as u16, list_h as u16, 0]);
        Paragraph::new(head).render(parts[0], buf);
        Paragraph::new(self.evidence_rows(editor, cols, list_h)).render(parts[1], buf);
        Paragraph::new(foot).render(parts[2], buf);
    }

    /// The entries on the editor's question, the highlighted one kept in view in `h` rows.
    fn evidence_rows(&self, editor: &EvidenceEditor, cols: usize, h: usize) -> Vec<Line<'static>> {
        let lang = self.lang;
        let evidence = self.session.evidence(editor.step);
        if evidence.is_empty() {
            return vec![Line::styled(tr!(lang, "tui-evidence-none"), theme::DIM)];
        }
        let kind_w = EvidenceKind::ALL
            .iter()
            .map(|k| width(&words::kind_word(lang, *k)))
            .max()
            .unwrap_or(0);
        let show_highlight =
            editor.stage != EvidenceStage::Reference && editor.stage != EvidenceStage::Kind;
        let offset = (editor.selected + 1).saturating_sub(h.max(1));
        evidence
            .iter()
            .enumerate()
            .skip(offset)
            .take(h.max(1))
            .map(|(k, e)| {
                let highlighted = show_highlight && k == editor.selected;
                let kind_style = match e.kind {
                    EvidenceKind::Supports => theme::DONE,
                    EvidenceKind::Contradicts => theme::MISSING,
                };
                let reference = truncate(
                    &e.reference.replace('\n', " "),
                    cols.saturating_sub(2 + kind_w + 2),
                );
                let line = Line::from(vec![
                    Span::styled(
                        if highlighted { "▶ " } else { "  " },
                        theme::OPTION_HIGHLIGHT_MARK,
                    ),
                    Span::styled(pad(&words::kind_word(lang, e.kind), kind_w), kind_style),
                    Span::raw("  "),
                    Span::raw(reference),
                ]);
                if highlighted {
                    line.style(theme::LIST_SELECTED)
                } else {
                    line
                }
            })
            .collect()
    }

    pub(super) fn render_confidence(
        &self,
        chooser: ConfidenceChooser,
        area: Rect,
        buf: &mut Buffer,
    ) {
        let lang = self.lang;
        let popup = centered(area, 60, 9);
        clear_for_dialog(popup, buf);
        let title = self.evidence_title(
            chooser.step,
            "tui-confidence-title-step",
            "tui-confidence-title-answered",
        );
        let block = Block::bordered()
            .title(Span::styled(
                format!(
                    " {} ",
                    truncate(&title, popup.width.saturating_sub(4) as usize)
                ),
                theme::DIALOG_TITLE,
            ))
            .border_style(theme::BORDER);
        let inner = block.inner(popup).inner(Margin::new(1, 0));
        block.render(popup, buf);
        let cols = inner.width as usize;
        let current = self.session.confidence(chooser.step);
        let mut lines = wrapped(&tr!(lang, "tui-confidence-prompt"), cols, theme::QUESTION);
        lines.truncate(2);
        lines.push(Line::raw(""));
        for (k, level) in CONFIDENCE_CHOICES.iter().enumerate() {
            let key = if level.is_some() { k + 1 } else { 0 };
            let highlighted = k == chooser.highlight;
            let mut spans = option_prefix(
                Choice::Point(i32::try_from(key).unwrap_or(0)),
                highlighted,
                *level == current,
                1,
            );
            let style = if highlighted {
                theme::OPTION_HIGHLIGHT
            } else {
                theme::OPTION
            };
            let label = if level.is_some() {
                words::level_word(lang, *level)
            } else {
                tr!(lang, "tui-confidence-clear")
            };
            spans.push(Span::styled(label, style));
            lines.push(Line::from(spans));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}
