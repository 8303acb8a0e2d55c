//! The question screen: the section's introduction, the question (with the Kano or pair badge),
//! its help text, the answer area (scale options, rubric levels, the allocation editor, the text
//! box) and under it the evidence and confidence line and the note. Long texts give way in a fixed order when the screen is short.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::{clip, emphasised, option_prefix, rows, wrapped};
use crate::instrument::QuestionKind;
use crate::response::number;
use crate::tr;
use crate::tui::app::{Choice, Editor, Runner};
use crate::tui::mouse::{HitMap, Target};
use crate::tui::text_input::TextInput;
use crate::tui::theme;
use crate::tui::words;
use crate::tui::wrap::{pad, truncate, width, wrap};

impl Runner {
    /// The lines above a step's options: subject, badge, question, then its help.
    pub(super) fn question_lines(
        &self,
        i: usize,
        cols: usize,
    ) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
        let lang = self.lang;
        let step = self.session.steps[i];
        let q = self.session.question(i);
        let mut top = Vec::new();
        let text = q
            .text
            .as_ref()
            .map(|t| t.get(lang).to_string())
            .unwrap_or_default();
        match &q.kind {
            QuestionKind::Kano {
                feature,
                functional,
                dysfunctional,
                ..
            } => {
                top.extend(wrapped(feature.get(lang), cols, theme::SUBJECT));
                let (badge, style, question, emph) = match step.part {
                    Some(0) => (
                        format!(" {} ", tr!(lang, "tui-kano-has")),
                        theme::KANO_HAS,
                        functional.get(lang).to_string(),
                        theme::EMPHASIS_HAS,
                    ),
                    Some(1) => (
                        format!(" {} ", tr!(lang, "tui-kano-has-not")),
                        theme::KANO_HAS_NOT,
                        dysfunctional.get(lang).to_string(),
                        theme::EMPHASIS_HAS_NOT,
                    ),
                    _ => (
                        format!(" {} ", tr!(lang, "tui-kano-importance")),
                        theme::BADGE,
                        tr!(
                            lang,
                            "tui-kano-importance-question",
                            feature = feature.get(lang)
                        ),
                        theme::QUESTION,
                    ),
                };
                top.push(Line::from(Span::styled(badge, style)));
                top.extend(emphasised(wrap(&question, cols), theme::QUESTION, emph));
            }
            QuestionKind::Pair { parts, texts, .. } => {
                let part = step.part.unwrap_or(0);
                top.push(Line::from(vec![
                    Span::styled(
                        self.session.instrument.group_name(&q.group, lang),
                        theme::SUBJECT,
                    ),
                    Span::raw("  "),
                    Span::styled(
                        format!(" {} ", words::pair_part(lang, &parts[part])),
                        theme::BADGE,
                    ),
                ]));
                let t = texts.get(part).map(|t| t.get(lang)).unwrap_or_default();
                top.extend(wrapped(t, cols, theme::QUESTION));
            }
            _ => top.extend(wrapped(&text, cols, theme::QUESTION)),
        }
        let help = q
            .help
            .as_ref()
            .map(|h| wrapped(h.get(lang), cols, theme::HELP_TEXT))
            .unwrap_or_default();
        (top, help)
    }

    /// What is said before the question: on the first step, the instrument's description
    /// (which says how to answer); on the first step of a section, the section's introduction.
    fn intro_lines(&self, cols: usize) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
        let i = self.cursor;
        let steps = &self.session.steps;
        let first_of_section = i == 0 || steps[i - 1].section != steps[i].section;
        let section = &self.session.instrument.sections[steps[i].section];
        let about = match (i, &self.session.instrument.description) {
            (0, Some(about)) => wrapped(about.get(self.lang), cols, theme::INTRO),
            _ => Vec::new(),
        };
        let intro = match (&section.intro, first_of_section) {
            (Some(intro), true) => wrapped(intro.get(self.lang), cols, theme::INTRO),
            _ => Vec::new(),
        };
        (about, intro)
    }

    /// The earlier wave's answer (`run --from`), which Enter keeps; or, once kept, that it was.
    fn previous_lines(&self, cols: usize) -> Vec<Line<'static>> {
        let i = self.cursor;
        if let Some(answer) = words::previous(&self.session, self.lang, i) {
            let text = format!("↺ {}", crate::compare::carry::prompt(&answer, self.lang));
            wrapped(&text, cols, theme::PREVIOUS)
        } else if self.session.is_carried(i) {
            wrapped(&tr!(self.lang, "tui-previous-kept"), cols, theme::DIM)
        } else {
            Vec::new()
        }
    }

    fn note_lines(&self, cols: usize) -> Vec<Line<'static>> {
        match self.session.note(self.cursor) {
            Some(note) => wrap(&format!("✎ {}: {note}", tr!(self.lang, "tui-note")), cols)
                .into_iter()
                .map(|l| Line::styled(l, theme::NOTE))
                .collect(),
            None => Vec::new(),
        }
    }

    /// The evidence and confidence of the question on screen in one line, or that it requires
    /// evidence and has none; nothing when there is nothing to say.
    fn evidence_lines(&self, cols: usize) -> Vec<Line<'static>> {
        match words::evidence_status(&self.session, self.lang, self.cursor) {
            Some((text, missing)) => vec![Line::styled(
                truncate(&text, cols),
                if missing { theme::MISSING } else { theme::NOTE },
            )],
            None => Vec::new(),
        }
    }

    /// The fewest lines the step's answer area needs.
    fn options_min_height(&self) -> usize {
        match &self.editor {
            Editor::Choice { .. } => self.choices(self.cursor).len(),
            Editor::Allocation { entries, .. } => entries.len() + 2,
            Editor::Text { .. } => 4,
            Editor::Complete { .. } => 0,
        }
    }

    pub(super) fn render_question(&self, area: Rect, buf: &mut Buffer, hits: &HitMap) {
        let cols = area.width as usize;
        let h = area.height as usize;
        let (mut about, mut intro) = self.intro_lines(cols);
        let (mut top, mut help) = self.question_lines(self.cursor, cols);
        top.extend(self.previous_lines(cols));
        let panel = self.panel_lines(cols);
        if !panel.is_empty() {
            top.push(Line::raw(""));
            top.extend(panel);
        }
        let mut note = self.note_lines(cols);
        let status = self.evidence_lines(cols);
        let options = self.options_min_height();
        let block = |lines: &Vec<Line>| {
            if lines.is_empty() { 0 } else { lines.len() + 1 }
        };
        // The evidence line and the note share one block under the answer.
        let under = |note: &Vec<Line>| match note.len() + status.len() {
            0 => 0,
            n => n + 1,
        };
        let need = |about: &Vec<Line>, intro: &Vec<Line>, help: &Vec<Line>, note: &Vec<Line>| {
            block(about) + block(intro) + top.len() + help.len() + 1 + options + under(note)
        };
        // What gives way when the screen is short, in order: the help text down to a line and
        // the note down to a line; then the instrument's description (the help overlay has it
        // all), the section's introduction, and the help text.
        let fits = |about: &Vec<Line>, intro: &Vec<Line>, help: &Vec<Line>, note: &Vec<Line>| {
            need(about, intro, help, note) <= h
        };
        if !fits(&about, &intro, &help, &note) {
            help = clip(help, 2, cols);
        }
        if !fits(&about, &intro, &help, &note) {
            note = clip(note, 1, cols);
        }
        if !fits(&about, &intro, &help, &note) {
            help = clip(help, 1, cols);
        }
        if !fits(&about, &intro, &help, &note) && !about.is_empty() {
            // The room left, less the blank line under the description.
            let room = h.saturating_sub(need(&Vec::new(), &intro, &help, &note) + 1);
            about = if room >= 2 {
                about.truncate(room - 1);
                about.push(Line::styled(tr!(self.lang, "tui-about-more"), theme::DIM));
                about
            } else {
                Vec::new()
            };
        }
        if !fits(&about, &intro, &help, &note) {
            intro.clear();
        }
        if !fits(&about, &intro, &help, &note) {
            help.clear();
        }
        let mut lines = Vec::new();
        for part in [about, intro] {
            if !part.is_empty() {
                lines.extend(part);
                lines.push(Line::raw(""));
            }
        }
        lines.extend(top);
        lines.extend(help);
        lines.push(Line::raw(""));
        let head = (lines.len() as u16).min(area.height);
        let note: Vec<Line> = status.into_iter().chain(note).collect();
        let note_h = if note.is_empty() {
            0
        } else {
            note.len() as u16 + 1
        };
        let parts = rows(area, &[head, area.height.saturating_sub(head + note_h), 0]);
        Paragraph::new(lines).render(parts[0], buf);
        let options_area = parts[1];
        match &self.editor {
            Editor::Choice { highlight } => {
                if matches!(
                    self.session.question(self.cursor).kind,
                    QuestionKind::Rubric(_)
                ) {
                    self.render_rubric(*highlight, options_area, buf, hits);
                } else {
                    self.render_choices(*highlight, options_area, buf, hits);
                }
            }
            Editor::Allocation { selected, entries } => {
                self.render_allocation(*selected, entries, options_area, buf, hits);
            }
            Editor::Text { input, typing } => {
                self.render_text_answer(input, *typing, options_area, buf);
            }
            Editor::Complete { .. } => {}
        }
        if !note.is_empty() {
            let mut with_gap = vec![Line::raw("")];
            with_gap.extend(note);
            Paragraph::new(with_gap).render(parts[2], buf);
        }
    }

    fn choice_label(&self, choice: Choice) -> String {
        let i = self.cursor;
        match choice {
            Choice::Na => tr!(self.lang, "tui-not-applicable"),
            Choice::Point(v) => match &self.session.question(i).kind {
                QuestionKind::Rubric(levels) => {
                    let text = levels
                        .get((v - 1) as usize)
                        .map(|l| l.text.get(self.lang).to_string())
                        .unwrap_or_default();
                    match words::level_name(&self.session.instrument, self.lang, v) {
                        Some(name) => format!("{name}: {text}"),
                        None => text,
                    }
                }
                _ => self
                    .session
                    .scale(i)
                    .and_then(|sc| sc.label(v, self.lang).map(str::to_string))
                    .unwrap_or_default(),
            },
        }
    }

    fn render_choices(
        &self,
        highlight: Option<usize>,
        area: Rect,
        buf: &mut Buffer,
        hits: &HitMap,
    ) {
        let i = self.cursor;
        let choices = self.choices(i);
        let pending = self.pending.map(|d| Choice::Point(i32::from(d)));
        let answered = self.answered_choice(i);
        let key_w = choices
            .iter()
            .map(|c| match c {
                Choice::Point(v) => v.to_string().len(),
                Choice::Na => 1,
            })
            .max()
            .unwrap_or(1);
        let cols = area.width as usize;
        let h = area.height as usize;
        let offset = match highlight {
            Some(hl) if choices.len() > h => (hl + 1).saturating_sub(h),
            _ => 0,
        };
        let lines: Vec<Line> = choices
            .iter()
            .enumerate()
            .skip(offset)
            .take(h)
            .map(|(n, &c)| {
                let row = (n - offset) as u16;
                hits.add(
                    Rect {
                        y: area.y + row,
                        height: 1,
                        ..area
                    },
                    Target::Option(n),
                );
                let is_hl = highlight == Some(n);
                let is_ans = answered == Some(c);
                let mut spans = option_prefix(c, is_hl, is_ans, key_w);
                let used: usize = spans.iter().map(|s| width(&s.content)).sum();
                let label = truncate(&self.choice_label(c), cols.saturating_sub(used));
                let style = if pending == Some(c) {
                    theme::OPTION_PENDING
                } else if is_hl {
                    theme::OPTION_HIGHLIGHT
                } else if is_ans {
                    theme::OPTION_ANSWERED
                } else {
                    theme::OPTION
                };
                spans.push(Span::styled(label, style));
                Line::from(spans)
            })
            .collect();
        Paragraph::new(lines).render(area, buf);
    }

    /// Rubric levels are long: every level gets at least one line, the highlighted one is shown
    /// in full when it fits, and spare lines are shared out when nothing is highlighted.
    fn render_rubric(&self, highlight: Option<usize>, area: Rect, buf: &mut Buffer, hits: &HitMap) {
        let i = self.cursor;
        let choices = self.choices(i);
        let answered = self.answered_choice(i);
        let cols = area.width as usize;
        let h = area.height as usize;
        let prefix_w = 2 + 2 + 1 + 2;
        let text_w = cols.saturating_sub(prefix_w).max(10);
        let full: Vec<Vec<String>> = choices
            .iter()
            .map(|&c| wrap(&self.choice_label(c), text_w))
            .collect();
        let total: usize = full.iter().map(Vec::len).sum();
        let n = choices.len();
        let budget: Vec<usize> = if total <= h {
            full.iter().map(Vec::len).collect()
        } else if let Some(hl) = highlight {
            (0..n)
                .map(|k| {
                    if k == hl {
                        full[k].len().min(h.saturating_sub(n - 1)).max(1)
                    } else {
                        1
                    }
                })
                .collect()
        } else {
            let each = (h / n.max(1)).max(1);
            full.iter().map(|f| f.len().min(each)).collect()
        };
        let mut lines = Vec::new();
        for (k, &c) in choices.iter().enumerate() {
            let is_hl = highlight == Some(k);
            let is_ans = answered == Some(c);
            let style = if is_hl {
                theme::OPTION_HIGHLIGHT
            } else if is_ans {
                theme::OPTION_ANSWERED
            } else if budget[k] < full[k].len() {
                theme::OPTION_DIM
            } else {
                theme::OPTION
            };
            let shown = budget[k];
            for (row, text) in full[k].iter().take(shown).enumerate() {
                let text = if row + 1 == shown && shown < full[k].len() {
                    let rest: String = full[k][row..].join(" ");
                    truncate(&rest, text_w)
                } else {
                    text.clone()
                };
                let mut spans = if row == 0 {
                    option_prefix(c, is_hl, is_ans, 1)
                } else {
                    vec![Span::raw(" ".repeat(prefix_w))]
                };
                spans.push(Span::styled(text, style));
                if lines.len() < h {
                    let y = area.y + lines.len() as u16;
                    hits.add(
                        Rect {
                            y,
                            height: 1,
                            ..area
                        },
                        Target::Option(k),
                    );
                }
                lines.push(Line::from(spans));
            }
        }
        Paragraph::new(lines).render(area, buf);
    }

    fn render_allocation(
        &self,
        selected: usize,
        entries: &[String],
        area: Rect,
        buf: &mut Buffer,
        hits: &HitMap,
    ) {
        let lang = self.lang;
        let QuestionKind::Allocation { total, parts } = &self.session.question(self.cursor).kind
        else {
            return;
        };
        let cols = area.width as usize;
        let field_w = 8;
        let label_w = cols.saturating_sub(2 + field_w + 2);
        let mut lines = Vec::new();
        for (k, (part, entry)) in parts.iter().zip(entries).enumerate() {
            if k < area.height as usize {
                let y = area.y + k as u16;
                hits.add(
                    Rect {
                        y,
                        height: 1,
                        ..area
                    },
                    Target::Option(k),
                );
            }
            let is_sel = k == selected;
            let name = self.session.instrument.group_name(&part.id, lang);
            let label = if part.label.get(lang).is_empty() {
                name
            } else {
                words::labelled(lang, &name, part.label.get(lang))
            };
            let style = if is_sel {
                theme::OPTION_HIGHLIGHT
            } else {
                theme::OPTION
            };
            let mut spans = vec![
                Span::styled(
                    if is_sel { "▶ " } else { "  " },
                    theme::OPTION_HIGHLIGHT_MARK,
                ),
                Span::styled(pad(&label, label_w), style),
                Span::raw("  "),
                Span::styled("[", theme::DIM),
            ];
            let shown = if entry.is_empty() && !is_sel {
                "0".to_string()
            } else {
                entry.clone()
            };
            let value_w = field_w - 2 - usize::from(is_sel);
            spans.push(Span::styled(
                format!("{shown:>value_w$}"),
                theme::OPTION_KEY,
            ));
            if is_sel {
                spans.push(Span::styled(" ", theme::CURSOR));
            }
            spans.push(Span::styled("]", theme::DIM));
            lines.push(Line::from(spans));
        }
        let sum: f64 = entries
            .iter()
            .map(|e| e.parse::<f64>().unwrap_or(0.0))
            .sum();
        lines.push(Line::raw(""));
        let left_style = if (sum - total).abs() < 1e-9 {
            theme::DONE
        } else {
            theme::MISSING
        };
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(
                tr!(
                    lang,
                    "tui-allocation-total",
                    sum = number(sum),
                    total = number(*total)
                ),
                theme::PROGRESS,
            ),
            Span::raw(" · "),
            Span::styled(words::allocation_left(lang, sum, *total), left_style),
        ]));
        Paragraph::new(lines).render(area, buf);
    }

    fn render_text_answer(&self, input: &TextInput, typing: bool, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        let inner_w = area.width.saturating_sub(2) as usize;
        let (lines, cursor_line) = input.lines(inner_w, typing, &tr!(lang, "tui-text-placeholder"));
        let box_h = (lines.len() as u16 + 2).clamp(3, area.height.saturating_sub(1).max(3));
        let parts = rows(area, &[box_h, 0]);
        let visible = box_h.saturating_sub(2) as usize;
        let skip = (cursor_line + 1).saturating_sub(visible);
        let block = Block::bordered().border_style(if typing { theme::BORDER } else { theme::DIM });
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>())
            .block(block)
            .render(parts[0], buf);
        let mut below = Vec::new();
        if self.session.is_na(self.cursor) {
            below.push(Line::styled(
                format!("✔ {}", tr!(lang, "tui-not-applicable")),
                theme::OPTION_ANSWERED,
            ));
        }
        if !typing {
            below.push(Line::styled(tr!(lang, "tui-text-idle"), theme::DIM));
        }
        Paragraph::new(below).render(parts[1], buf);
    }
}
