//! Drawing. `impl Widget for &App` draws the whole screen as a pure function of the state, one
//! `render_*` function per region, as in ratatui's demo2: no state changes here, no I/O, so a
//! `TestBackend` buffer is a faithful snapshot of what a respondent sees. Styles come from
//! [`theme`], words from [`strings`], widths from [`wrap`] (Chinese takes two columns a
//! character, and nothing is sliced by bytes).

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

mod kano_builder;

use super::app::{App, Choice, Editor, Notice, Overlay, Runner};
use super::home::{Field, Home, Item};
use super::session::Session;
use super::strings::{KeyTable, ROLES, Strings, strings};
use super::theme;
use super::wrap::{pad, truncate, width, wrap};
use crate::instrument::{Kind, MATURITY_LEVELS, QuestionKind};
use crate::lang::Lang;
use crate::response::number;

/// The smallest terminal the runner draws in; below it only a message is shown.
pub const MIN_WIDTH: u16 = 60;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 16;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            render_too_small(self.lang, area, buf);
        } else if let Some(runner) = &self.runner {
            runner.render(area, buf);
        } else if let Some(home) = &self.home {
            render_home(home, self.lang, area, buf);
        }
    }
}

fn render_too_small(lang: Lang, area: Rect, buf: &mut Buffer) {
    let text = (strings(lang).too_small)(MIN_WIDTH, MIN_HEIGHT, area.width, area.height);
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

/// The key help bar: the entries of `table`, laid out in at most two lines of `cols` columns.
fn key_bar(table: &[(String, &str)], cols: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for (key, desc) in table {
        let entry_w = width(key) + 2 + 1 + width(desc) + 2;
        if used + entry_w > cols && used > 0 {
            if lines.len() == 2 {
                break;
            }
            lines.push(Vec::new());
            used = 0;
        }
        let line = lines.last_mut().expect("one line");
        line.push(Span::styled(format!(" {key} "), theme::KEY));
        line.push(Span::styled(format!(" {desc}  "), theme::KEY_DESC));
        used += entry_w;
    }
    lines.into_iter().map(Line::from).collect()
}

fn notice_text(s: &Strings, notice: &Notice) -> String {
    match notice {
        Notice::Refused(r) => (s.refusal)(r),
        Notice::ChooseFirst => s.choose_first.into(),
        Notice::NoDigits => s.no_digits_here.into(),
        Notice::NoteSaved => s.note_saved.into(),
        Notice::NoteRemoved => s.note_removed.into(),
        Notice::NeedName => s.form_need_name.into(),
        Notice::OpenFailed(e) => (s.open_failed)(e),
        Notice::Study(e) => (s.study_problem)(e),
        Notice::DuplicateFeature(name) => (s.study_duplicate)(name),
        Notice::SaveFailed(e) => (s.study_save_failed)(e),
    }
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

/// Kano wording: upper-case words (HAS, NOT) and 【bracketed】 text stand out in `emph`, so the
/// functional and dysfunctional questions cannot be mistaken for each other.
fn emphasised(lines: Vec<String>, base: Style, emph: Style) -> Vec<Line<'static>> {
    let mut in_bracket = false;
    lines
        .into_iter()
        .map(|line| {
            let chars: Vec<char> = line.chars().collect();
            let mut marks = vec![false; chars.len()];
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if c == '【' {
                    in_bracket = true;
                }
                if in_bracket {
                    marks[i] = true;
                }
                if c == '】' {
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

fn gauge(ratio: f64, cols: usize) -> Vec<Span<'static>> {
    let filled = ((ratio.clamp(0.0, 1.0) * cols as f64).round() as usize).min(cols);
    vec![
        Span::styled("━".repeat(filled), theme::GAUGE_FILLED),
        Span::styled("─".repeat(cols - filled), theme::GAUGE_EMPTY),
    ]
}

impl Runner {
    fn strings(&self) -> &'static Strings {
        strings(self.lang)
    }

    /// The key table for what has the focus, with the digit range of the current scale.
    fn keys(&self) -> Vec<(String, &'static str)> {
        let s = self.strings();
        let table: KeyTable = match (&self.overlay, &self.editor) {
            (Some(Overlay::Help { .. }), _) => s.keys_help,
            (Some(Overlay::NaReason(_)), _) => s.keys_na,
            (Some(Overlay::Note(_)), _) => s.keys_note,
            (Some(Overlay::Overview { .. } | Overlay::Review { .. }), _) => s.keys_list,
            (None, Editor::Complete { .. }) => s.keys_complete,
            (None, Editor::Allocation { .. }) => s.keys_allocation,
            (None, Editor::Text { typing: true, .. }) => s.keys_text_typing,
            (None, Editor::Text { typing: false, .. }) => s.keys_text_idle,
            (None, Editor::Choice { .. }) => s.keys_question,
        };
        let digits = self
            .session
            .steps
            .get(self.cursor)
            .and_then(|_| self.session.scale(self.cursor))
            .map(|sc| format!("{}–{}", sc.min.max(0), sc.max.min(9)));
        let na_allowed = self.at_end() || self.session.question(self.cursor).allow_na;
        table
            .iter()
            .filter(|(k, _)| na_allowed || *k != "n")
            .map(|(k, d)| match (&digits, *k) {
                (Some(range), "1–9") => (range.clone(), *d),
                _ => ((*k).to_string(), *d),
            })
            .collect()
    }

    fn render_header(&self, area: Rect, buf: &mut Buffer) {
        let s = self.strings();
        let lang = self.lang;
        let session = &self.session;
        let total = session.steps.len();
        let cols = area.width as usize;
        let pos = (self.cursor + 1).min(total);
        let title = Line::from(vec![
            Span::raw(" "),
            Span::raw(session.instrument.title.get(lang).to_string()),
        ]);
        let progress = vec![Span::styled(format!("{pos}/{total} "), theme::PROGRESS)];
        let top = spread(title.spans, progress, cols, theme::TITLE);
        let mut left = Vec::new();
        let mut right = Vec::new();
        if let Some(step) = session.steps.get(self.cursor) {
            let section = &session.instrument.sections[step.section];
            left.push(Span::styled(
                format!(" {}", section.title.get(lang)),
                theme::SECTION,
            ));
            if !section.audience.is_empty() {
                left.push(Span::styled(
                    format!(" · {}", (s.audience)(&section.audience)),
                    theme::AUDIENCE,
                ));
            }
            right.push(Span::styled(
                format!("  {}  ", session.question(self.cursor).id),
                theme::QUESTION_ID,
            ));
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

    /// The lines above a step's options: subject, badge, question, then its help.
    fn question_lines(&self, cols: usize) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
        let s = self.strings();
        let lang = self.lang;
        let i = self.cursor;
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
                        s.kano_has,
                        theme::KANO_HAS,
                        functional.get(lang).to_string(),
                        theme::EMPHASIS_HAS,
                    ),
                    Some(1) => (
                        s.kano_has_not,
                        theme::KANO_HAS_NOT,
                        dysfunctional.get(lang).to_string(),
                        theme::EMPHASIS_HAS_NOT,
                    ),
                    _ => (
                        s.kano_importance,
                        theme::BADGE,
                        (s.kano_importance_question)(feature.get(lang)),
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
                    Span::styled(format!(" {} ", (s.pair_part)(&parts[part])), theme::BADGE),
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

    fn intro_lines(&self, cols: usize) -> Vec<Line<'static>> {
        let i = self.cursor;
        let steps = &self.session.steps;
        let first_of_section = i == 0 || steps[i - 1].section != steps[i].section;
        let section = &self.session.instrument.sections[steps[i].section];
        match (&section.intro, first_of_section) {
            (Some(intro), true) => wrapped(intro.get(self.lang), cols, theme::INTRO),
            _ => Vec::new(),
        }
    }

    fn note_lines(&self, cols: usize) -> Vec<Line<'static>> {
        let s = self.strings();
        match self.session.note(self.cursor) {
            Some(note) => wrap(&format!("✎ {}: {note}", s.note), cols)
                .into_iter()
                .map(|l| Line::styled(l, theme::NOTE))
                .collect(),
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

    fn render_question(&self, area: Rect, buf: &mut Buffer) {
        let cols = area.width as usize;
        let h = area.height as usize;
        let mut intro = self.intro_lines(cols);
        let (top, mut help) = self.question_lines(cols);
        let mut note = self.note_lines(cols);
        let options = self.options_min_height();
        let need = |intro: &Vec<Line>, help: &Vec<Line>, note: &Vec<Line>| {
            intro.len()
                + usize::from(!intro.is_empty())
                + top.len()
                + help.len()
                + 1
                + options
                + if note.is_empty() { 0 } else { note.len() + 1 }
        };
        if need(&intro, &help, &note) > h {
            intro.clear();
        }
        if need(&intro, &help, &note) > h {
            help = clip(help, 2, cols);
        }
        if need(&intro, &help, &note) > h {
            note = clip(note, 1, cols);
        }
        if need(&intro, &help, &note) > h {
            help = clip(help, 1, cols);
        }
        if need(&intro, &help, &note) > h {
            help.clear();
        }
        let mut lines = Vec::new();
        if !intro.is_empty() {
            lines.extend(intro);
            lines.push(Line::raw(""));
        }
        lines.extend(top);
        lines.extend(help);
        lines.push(Line::raw(""));
        let head = (lines.len() as u16).min(area.height);
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
                    self.render_rubric(*highlight, options_area, buf);
                } else {
                    self.render_choices(*highlight, options_area, buf);
                }
            }
            Editor::Allocation { selected, entries } => {
                self.render_allocation(*selected, entries, options_area, buf);
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
        let s = self.strings();
        let i = self.cursor;
        match choice {
            Choice::Na => s.not_applicable.to_string(),
            Choice::Point(v) => match &self.session.question(i).kind {
                QuestionKind::Rubric(levels) => {
                    let text = levels
                        .get((v - 1) as usize)
                        .map(|l| l.text.get(self.lang).to_string())
                        .unwrap_or_default();
                    if self.session.instrument.kind == Kind::Maturity {
                        let (en, zh) = MATURITY_LEVELS[((v - 1) as usize).min(4)];
                        format!("{}: {text}", self.lang.pick(en, zh))
                    } else {
                        text
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

    fn render_choices(&self, highlight: Option<usize>, area: Rect, buf: &mut Buffer) {
        let i = self.cursor;
        let choices = self.choices(i);
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
            .map(|(n, &c)| {
                let is_hl = highlight == Some(n);
                let is_ans = answered == Some(c);
                let mut spans = option_prefix(c, is_hl, is_ans, key_w);
                let used: usize = spans.iter().map(|s| width(&s.content)).sum();
                let label = truncate(&self.choice_label(c), cols.saturating_sub(used));
                let style = if is_hl {
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
    fn render_rubric(&self, highlight: Option<usize>, area: Rect, buf: &mut Buffer) {
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
                lines.push(Line::from(spans));
            }
        }
        Paragraph::new(lines).render(area, buf);
    }

    fn render_allocation(&self, selected: usize, entries: &[String], area: Rect, buf: &mut Buffer) {
        let s = self.strings();
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
            let is_sel = k == selected;
            let name = self.session.instrument.group_name(&part.id, lang);
            let label = if part.label.get(lang).is_empty() {
                name
            } else {
                format!("{name}{}{}", lang.pick(": ", "："), part.label.get(lang))
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
            Span::styled((s.allocation_total)(sum, *total), theme::PROGRESS),
            Span::raw(" · "),
            Span::styled((s.allocation_left)(sum, *total), left_style),
        ]));
        Paragraph::new(lines).render(area, buf);
    }

    fn render_text_answer(
        &self,
        input: &super::text_input::TextInput,
        typing: bool,
        area: Rect,
        buf: &mut Buffer,
    ) {
        let s = self.strings();
        let inner_w = area.width.saturating_sub(2) as usize;
        let (lines, cursor_line) = input.lines(inner_w, typing, s.text_placeholder);
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
                format!("✔ {}", s.not_applicable),
                theme::OPTION_ANSWERED,
            ));
        }
        if !typing {
            below.push(Line::styled(s.text_idle, theme::DIM));
        }
        Paragraph::new(below).render(parts[1], buf);
    }

    fn render_complete(&self, scroll: u16, area: Rect, buf: &mut Buffer) {
        let s = self.strings();
        let cols = area.width as usize;
        let total = self.session.steps.len();
        let missing = total - self.session.answered_count();
        let headline = if missing == 0 {
            wrapped(
                &(s.complete_all)(self.session.question_count()),
                cols,
                theme::DONE,
            )
        } else {
            wrapped(&(s.complete_missing)(missing, total), cols, theme::MISSING)
        };
        let saved = wrapped(
            &format!(
                "{}{}{}",
                s.saved_to,
                s.colon_space,
                self.session.path.display()
            ),
            cols,
            theme::DIM,
        );
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
        Paragraph::new(Line::styled(s.summary_title, theme::SECTION)).render(parts[1], buf);
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

    /// A one-line description of step `i` for lists.
    fn step_title(&self, i: usize) -> String {
        let s = self.strings();
        let lang = self.lang;
        let step = self.session.steps[i];
        let q = self.session.question(i);
        match &q.kind {
            QuestionKind::Kano { feature, .. } => format!(
                "{} · {}",
                feature.get(lang),
                s.kano_parts[step.part.unwrap_or(0).min(2)]
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

    fn answer_words(&self, i: usize) -> Option<String> {
        answer_words(&self.session, self.lang, i)
    }

    /// Rows of a list of steps grouped by section: `(step, line)`, headings having no step.
    fn step_rows(
        &self,
        selected: usize,
        cols: usize,
        review: bool,
    ) -> Vec<(Option<usize>, Line<'static>)> {
        let s = self.strings();
        let mut out = Vec::new();
        let mut section = usize::MAX;
        let total = self.session.steps.len();
        let num_w = total.to_string().len();
        let answer_w = if review { (cols / 3).clamp(12, 40) } else { 0 };
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
            let text_w = cols.saturating_sub(3 + num_w + 2 + answer_w + usize::from(review) * 2);
            let mut spans = vec![
                mark,
                Span::styled(num, theme::DIM),
                Span::raw(pad(&self.step_title(i), text_w)),
            ];
            if review {
                spans.push(Span::raw("  "));
                let words = self.answer_words(i);
                let style = if words.is_some() {
                    theme::OPTION_ANSWERED
                } else {
                    theme::MARK_TODO
                };
                spans.push(Span::styled(
                    pad(&words.unwrap_or_else(|| s.unanswered.to_string()), answer_w),
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

    fn render_step_list(&self, selected: usize, review: bool, area: Rect, buf: &mut Buffer) {
        let s = self.strings();
        let title = if review {
            s.review_title
        } else {
            s.overview_title
        };
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
        let lines: Vec<Line> = all
            .into_iter()
            .skip(offset)
            .take(list_h)
            .map(|(_, l)| l)
            .collect();
        Paragraph::new(lines).render(parts[0], buf);
        let legend = (s.overview_legend)(self.session.answered_count(), self.session.steps.len());
        Paragraph::new(Line::styled(legend, theme::DIM)).render(parts[1], buf);
    }

    /// A panel over the whole body, for the help and the note editor.
    fn panel(title: Span<'static>, area: Rect, buf: &mut Buffer) -> Rect {
        clear_for_dialog(area, buf);
        let block = Block::bordered().title(title).border_style(theme::BORDER);
        let inner = block.inner(area).inner(Margin::new(1, 0));
        block.render(area, buf);
        inner
    }

    fn render_help(&self, scroll: u16, area: Rect, buf: &mut Buffer) {
        let s = self.strings();
        let inner = Self::panel(Span::styled(s.help_title, theme::DIALOG_TITLE), area, buf);
        let cols = inner.width as usize;
        let key_w = s
            .help
            .iter()
            .flat_map(|(_, t)| t.iter())
            .map(|(k, _)| width(k))
            .max()
            .unwrap_or(4)
            + 2;
        let mut lines = Vec::new();
        for (heading, table) in s.help {
            if !lines.is_empty() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(*heading, theme::LIST_HEADING));
            for (k, d) in *table {
                let desc = wrap(d, cols.saturating_sub(key_w).max(10));
                for (row, text) in desc.into_iter().enumerate() {
                    let key = if row == 0 {
                        pad(k, key_w)
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
        for note in s.help_notes {
            lines.extend(wrapped(note, cols, theme::HELP_TEXT));
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

    fn render_na_reason(&self, input: &super::text_input::TextInput, area: Rect, buf: &mut Buffer) {
        let s = self.strings();
        let popup = centered(area, 64, 8);
        clear_for_dialog(popup, buf);
        let block = Block::bordered()
            .title(Span::styled(s.na_title, theme::DIALOG_TITLE))
            .border_style(theme::BORDER);
        let inner = block.inner(popup).inner(Margin::new(1, 0));
        block.render(popup, buf);
        let cols = inner.width as usize;
        let mut lines = wrapped(s.na_prompt, cols, theme::QUESTION);
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

    fn render_note(&self, input: &super::text_input::TextInput, area: Rect, buf: &mut Buffer) {
        let s = self.strings();
        let id = self.session.question(self.cursor).id.clone();
        let inner = Self::panel(
            Span::styled((s.note_title)(&id), theme::DIALOG_TITLE),
            area,
            buf,
        );
        let cols = inner.width as usize;
        let (question, _) = self.question_lines(cols);
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
        let (lines, cursor_line) = input.lines(cols, true, "");
        let room = parts[1].height as usize;
        let skip = (cursor_line + 1).saturating_sub(room);
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()).render(parts[1], buf);
    }
}

impl Widget for &Runner {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let s = self.strings();
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
            (Some(Overlay::Overview { selected }), _) => {
                self.render_step_list(*selected, false, parts[1], buf);
            }
            (Some(Overlay::Review { selected }), _) => {
                self.render_step_list(*selected, true, parts[1], buf);
            }
            (_, Editor::Complete { scroll }) => self.render_complete(*scroll, body, buf),
            _ => self.render_question(body, buf),
        }
        match &self.overlay {
            Some(Overlay::Help { scroll }) => self.render_help(*scroll, parts[1], buf),
            Some(Overlay::NaReason(input)) => self.render_na_reason(input, parts[1], buf),
            Some(Overlay::Note(input)) => self.render_note(input, parts[1], buf),
            _ => {}
        }
        let message = match &self.notice {
            Some(n) => Line::styled(format!(" {}", notice_text(s, n)), theme::MESSAGE),
            None if self.overlay.is_none()
                && !self.at_end()
                && matches!(self.editor, Editor::Choice { highlight: None })
                && matches!(
                    self.session.question(self.cursor).kind,
                    QuestionKind::Rubric(_)
                ) =>
            {
                Line::styled(format!(" {}", s.rubric_hint), theme::DIM)
            }
            None => Line::raw(""),
        };
        Paragraph::new(message).render(parts[2], buf);
        Paragraph::new(keys).render(parts[3], buf);
    }
}

/// The answer to step `i` in words (for the review and the plain mode), `None` when unanswered.
pub fn answer_words(session: &Session, lang: Lang, i: usize) -> Option<String> {
    let s = strings(lang);
    if session.is_na(i) {
        return Some(match session.na_reason(i) {
            Some(r) => format!("{} ({r})", s.not_applicable),
            None => s.not_applicable.to_string(),
        });
    }
    if let Some(v) = session.point(i) {
        let label = match &session.question(i).kind {
            QuestionKind::Rubric(_) if session.instrument.kind == Kind::Maturity => {
                let (en, zh) = MATURITY_LEVELS[((v - 1).max(0) as usize).min(4)];
                lang.pick(en, zh).to_string()
            }
            QuestionKind::Rubric(_) => String::new(),
            _ => session
                .scale(i)
                .and_then(|sc| sc.label(v, lang).map(str::to_string))
                .unwrap_or_default(),
        };
        return Some(if label.is_empty() {
            v.to_string()
        } else {
            format!("{v} {label}")
        });
    }
    if let Some(t) = session.text(i) {
        return Some(format!("“{t}”"));
    }
    session.allocation(i).map(|vals| {
        vals.iter()
            .map(|v| v.map_or_else(|| "–".to_string(), number))
            .collect::<Vec<_>>()
            .join(" / ")
    })
}

/// What the footer says about the selected home row: an instrument's description, the file an
/// instrument of yours is in, why a file is unreadable, what the study builder does.
fn home_description(home: &Home, lang: Lang) -> Option<String> {
    let s = strings(lang);
    match home.items().get(home.selected)? {
        Item::Instrument(i) => home.instruments[*i]
            .description
            .as_ref()
            .map(|d| d.get(lang).to_string()),
        Item::Custom(i) => {
            let c = &home.custom[*i];
            Some(match &c.instrument {
                Ok(e) => match &e.description {
                    Some(d) => format!("{}\n{}", c.path.display(), d.get(lang)),
                    None => c.path.display().to_string(),
                },
                Err(reason) => reason.clone(),
            })
        }
        Item::NewKano => Some((s.home_new_kano_hint)(&home.instruments_dir)),
        Item::Unfinished(_) | Item::Complete(_) => None,
    }
}

fn render_home(home: &Home, lang: Lang, area: Rect, buf: &mut Buffer) {
    if let Some(builder) = &home.builder {
        kano_builder::render(builder, lang, area, buf);
        return;
    }
    let s = strings(lang);
    let table: Vec<(String, &str)> = if home.form.is_some() {
        s.keys_form
    } else {
        s.keys_home
    }
    .iter()
    .map(|(k, d)| ((*k).to_string(), *d))
    .collect();
    let keys = key_bar(&table, area.width as usize);
    let cols = area.width.saturating_sub(2) as usize;
    let description: Vec<Line> = home_description(home, lang)
        .map(|d| clip(wrapped(&d, cols, theme::HELP_TEXT), 3, cols))
        .unwrap_or_default();
    let footer_h = description.len() as u16 + 2;
    let parts = rows(
        area,
        &[
            1,
            area.height
                .saturating_sub(1 + footer_h + 1 + keys.len() as u16),
            footer_h,
            1,
            0,
        ],
    );
    let title = spread(
        vec![Span::raw(s.home_title)],
        Vec::new(),
        area.width as usize,
        theme::TITLE,
    );
    Paragraph::new(title).render(parts[0], buf);

    let list = parts[1].inner(Margin::new(1, 0));
    let list = Rect {
        y: list.y + 1,
        height: list.height.saturating_sub(1),
        ..list
    };
    let lw = list.width as usize;
    let items = home.items();
    let mut rows_out: Vec<(Option<usize>, Line)> = Vec::new();
    let row = |n: usize, left: String, right: String| -> (Option<usize>, Line<'static>) {
        let selected = items.get(home.selected) == items.get(n) && home.selected == n;
        let mark = if selected { "▶ " } else { "  " };
        let line = spread(
            vec![Span::raw(format!("{mark}{left}"))],
            vec![Span::styled(
                format!("  {right}"),
                if selected { Style::new() } else { theme::DIM },
            )],
            lw,
            if selected {
                theme::LIST_SELECTED
            } else {
                Style::new()
            },
        );
        (Some(n), line)
    };
    let mut n = 0;
    rows_out.push((None, Line::styled(s.home_start, theme::LIST_HEADING)));
    for e in &home.instruments {
        rows_out.push(row(
            n,
            e.title.get(lang).to_string(),
            (s.questions)(e.questions),
        ));
        n += 1;
    }
    rows_out.push(row(
        n,
        s.home_new_kano.to_string(),
        s.home_new_kano_right.to_string(),
    ));
    n += 1;
    if !home.custom.is_empty() {
        rows_out.push((None, Line::raw("")));
        rows_out.push((None, Line::styled(s.home_custom, theme::LIST_HEADING)));
    }
    for c in &home.custom {
        let (left, right) = match &c.instrument {
            Ok(e) => (
                e.title.get(lang).to_string(),
                format!("{}  {}", (s.questions)(e.questions), c.file_name()),
            ),
            Err(_) => (c.file_name(), s.home_custom_unreadable.to_string()),
        };
        rows_out.push(row(n, left, right));
        n += 1;
    }
    rows_out.push((None, Line::raw("")));
    rows_out.push((None, Line::styled(s.home_resume, theme::LIST_HEADING)));
    if home.unfinished.is_empty() {
        rows_out.push((None, Line::styled(format!("  {}", s.home_none), theme::DIM)));
    }
    for u in &home.unfinished {
        rows_out.push(row(
            n,
            format!("{} · {}", u.title.get(lang), u.respondent),
            format!("{}  {}", (s.progress)(u.answered, u.total), u.modified),
        ));
        n += 1;
    }
    rows_out.push((None, Line::raw("")));
    rows_out.push((None, Line::styled(s.home_results, theme::LIST_HEADING)));
    if home.complete.is_empty() {
        rows_out.push((None, Line::styled(format!("  {}", s.home_none), theme::DIM)));
    }
    for c in &home.complete {
        rows_out.push(row(
            n,
            format!("{} · {}", c.title.get(lang), c.respondent),
            c.modified.clone(),
        ));
        n += 1;
    }
    for b in &home.broken {
        rows_out.push((
            None,
            Line::styled(
                truncate(&format!("  {}", (s.unreadable)(b)), lw),
                theme::DIM,
            ),
        ));
    }
    let h = list.height as usize;
    let sel_row = rows_out
        .iter()
        .position(|(k, _)| *k == Some(home.selected))
        .unwrap_or(0);
    let offset = sel_row
        .saturating_sub(h.saturating_sub(2))
        .min(rows_out.len().saturating_sub(h));
    let offset = if sel_row < h { 0 } else { offset };
    Paragraph::new(
        rows_out
            .into_iter()
            .skip(offset)
            .take(h)
            .map(|(_, l)| l)
            .collect::<Vec<_>>(),
    )
    .render(list, buf);

    let mut footer = description;
    footer.push(Line::raw(""));
    footer.push(Line::styled(
        truncate(&(s.data_dir)(&home.data_dir), cols),
        theme::DIM,
    ));
    Paragraph::new(footer).render(parts[2].inner(Margin::new(1, 0)), buf);
    let message = home
        .notice
        .as_ref()
        .map(|n| Line::styled(format!(" {}", notice_text(s, n)), theme::MESSAGE))
        .unwrap_or_default();
    Paragraph::new(message).render(parts[3], buf);
    Paragraph::new(keys).render(parts[4], buf);
    if home.form.is_some() {
        render_form(home, lang, area, buf);
    }
}

fn render_form(home: &Home, lang: Lang, area: Rect, buf: &mut Buffer) {
    let s = strings(lang);
    let Some(form) = &home.form else { return };
    let popup = centered(area, 72, 12);
    clear_for_dialog(popup, buf);
    let block = Block::bordered()
        .title(Span::styled(
            (s.form_title)(form.title.get(lang)),
            theme::DIALOG_TITLE,
        ))
        .border_style(theme::BORDER);
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    let cols = inner.width as usize;
    let label = |text: &str, field: Field| {
        let focused = form.field == field;
        Line::styled(
            format!("{}{text}", if focused { "▶ " } else { "  " }),
            if focused {
                theme::LIST_HEADING
            } else {
                theme::DIM
            },
        )
    };
    let input_line = |input: &super::text_input::TextInput, focused: bool| {
        let (mut lines, cursor) = input.lines(cols.saturating_sub(4), focused, "");
        let mut line = if lines.is_empty() {
            Line::raw("")
        } else {
            lines.swap_remove(cursor.min(lines.len() - 1))
        };
        line.spans.insert(0, Span::raw("    "));
        line
    };
    let mut lines = vec![
        label(s.form_name, Field::Name),
        input_line(&form.name, form.field == Field::Name),
        label(s.form_role, Field::Role),
    ];
    let mut roles = vec![Span::raw("    ")];
    for (k, word) in ROLES.iter().enumerate() {
        let text = (s.role)(word);
        if k == form.role {
            roles.push(Span::styled(format!("[{text}]"), theme::LIST_SELECTED));
        } else {
            roles.push(Span::raw(format!(" {text} ")));
        }
        roles.push(Span::raw(" "));
    }
    let other_selected = form.role == ROLES.len();
    let other_label = if other_selected {
        format!("[{}", s.form_other)
    } else {
        format!(" {}", s.form_other)
    };
    roles.push(Span::styled(
        other_label,
        if other_selected {
            theme::LIST_SELECTED
        } else {
            Style::new()
        },
    ));
    let (other, _) = form
        .other_role
        .lines(16, other_selected && form.field == Field::Role, "____");
    if let Some(first) = other.into_iter().next() {
        roles.extend(first.spans);
    }
    if other_selected {
        roles.push(Span::styled("]", theme::LIST_SELECTED));
    }
    lines.push(Line::from(roles));
    lines.push(label(s.form_org, Field::Org));
    lines.push(input_line(&form.org, form.field == Field::Org));
    let mut spaced = Vec::new();
    for (k, l) in lines.into_iter().enumerate() {
        if k == 2 || k == 4 {
            spaced.push(Line::raw(""));
        }
        spaced.push(l);
    }
    Paragraph::new(spaced).render(inner, buf);
}
