//! The interview home screen: the engagement's client, period and date in the title; the roster
//! × instruments grid with each interview's progress; what the selected cell is and what Enter
//! does (or, after an interview, which one is next); and the add-an-interviewee form.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::{centered, clear_for_dialog, fields, rows, spread, table_bar};
use crate::lang::Lang;
use crate::tr;
use crate::tui::home::Home;
use crate::tui::interview::{Cell, Interview, MemberField, Row};
use crate::tui::keys;
use crate::tui::mouse::{HitMap, Target};
use crate::tui::text_input::TextInput;
use crate::tui::theme;
use crate::tui::words::{self, ROLES};
use crate::tui::wrap::{pad, truncate, width, wrap};

/// "Zhang Min (zhang.min)": the display name with the respondent, or the respondent alone.
fn who(row: &Row, lang: Lang) -> String {
    match &row.name {
        Some(name) => tr!(
            lang,
            "tui-interview-name",
            name = name.as_str(),
            respondent = row.respondent.as_str()
        ),
        None => row.respondent.clone(),
    }
}

/// A cell in words: "—", "not started", "3/31", "✓ 31/31".
fn cell_text(cell: &Cell, lang: Lang) -> String {
    match cell {
        Cell::NotAsked => "—".to_string(),
        Cell::Asked(p) if p.complete => format!("✓ {}/{}", p.answered, p.asked),
        Cell::Asked(p) if p.updated.is_none() => tr!(lang, "tui-interview-not-started"),
        Cell::Asked(p) => format!("{}/{}", p.answered, p.asked),
    }
}

fn cell_style(cell: &Cell) -> Style {
    match cell {
        Cell::NotAsked => theme::DIM,
        Cell::Asked(p) if p.complete => theme::DONE,
        Cell::Asked(p) if p.updated.is_none() => theme::MARK_TODO,
        Cell::Asked(_) => theme::PROGRESS,
    }
}

/// "2026-11-22 09:40" of an RFC 3339 time.
fn when(rfc3339: &str) -> String {
    rfc3339.replace('T', " ").chars().take(16).collect()
}

/// What the selected cell is (who, which instrument) and its state with what Enter does.
fn describe(screen: &Interview, lang: Lang) -> (String, String) {
    let (Some(row), Some(column)) = (screen.rows.get(screen.row), screen.columns.get(screen.col))
    else {
        return (tr!(lang, "tui-interview-empty"), String::new());
    };
    let mut person = who(row, lang);
    if let Some(role) = &row.role {
        person = tr!(
            lang,
            "tui-interview-who-role",
            who = person,
            role = words::role(lang, role)
        );
    }
    let title = column.instrument.title.get(lang);
    let state = match screen.cell(screen.row, screen.col) {
        Some(Cell::Asked(p)) if p.complete => tr!(
            lang,
            "tui-interview-complete",
            answered = p.answered,
            asked = p.asked,
            updated = when(p.updated.as_deref().unwrap_or_default())
        ),
        Some(Cell::Asked(p)) if p.updated.is_none() => {
            tr!(lang, "tui-interview-start", asked = p.asked)
        }
        Some(Cell::Asked(p)) => tr!(
            lang,
            "tui-interview-resume",
            answered = p.answered,
            asked = p.asked,
            updated = when(p.updated.as_deref().unwrap_or_default())
        ),
        _ => tr!(lang, "tui-interview-not-listed"),
    };
    (
        tr!(lang, "tui-interview-cell", who = person, title = title),
        state,
    )
}

/// "Next: Enter starts li.na · gaps", after an interview.
fn offer(screen: &Interview, lang: Lang) -> Option<String> {
    let (done, all) = screen.done();
    if all > 0 && done == all {
        return Some(tr!(lang, "tui-interview-all-done", n = all));
    }
    if !screen.offer {
        return None;
    }
    let row = screen.rows.get(screen.row)?;
    let column = screen.columns.get(screen.col)?;
    let started = screen.cell(screen.row, screen.col)?.started();
    Some(tr!(
        lang,
        if started {
            "tui-interview-next-resume"
        } else {
            "tui-interview-next-start"
        },
        who = row.respondent.as_str(),
        instrument = crate::report::status::short_title(&column.instrument.id, lang)
    ))
}

/// The grid's lines, recording where each cell went.
fn grid(
    screen: &Interview,
    lang: Lang,
    area: Rect,
    hits: &HitMap,
    live: bool,
) -> Vec<Line<'static>> {
    let cols = area.width as usize;
    let names: Vec<String> = screen.rows.iter().map(|r| who(r, lang)).collect();
    let roles: Vec<String> = screen
        .rows
        .iter()
        .map(|r| {
            r.role
                .as_deref()
                .map(|x| words::role(lang, x))
                .unwrap_or_default()
        })
        .collect();
    // Columns headed by the instruments' short titles, as `status` heads them.
    let titles: Vec<String> = screen
        .columns
        .iter()
        .map(|c| crate::report::status::short_title(&c.instrument.id, lang))
        .collect();
    let head_who = tr!(lang, "tui-interview-interviewee");
    let head_role = tr!(lang, "tui-interview-role");
    let widths: Vec<usize> = screen
        .columns
        .iter()
        .enumerate()
        .map(|(c, _)| {
            screen
                .rows
                .iter()
                .map(|r| width(&cell_text(&r.cells[c], lang)))
                .chain([width(&titles[c])])
                .max()
                .unwrap_or(1)
        })
        .collect();
    let fixed: usize = 2 + 2 + widths.iter().map(|w| w + 2).sum::<usize>();
    let mut w2 = roles
        .iter()
        .map(|r| width(r))
        .chain([width(&head_role)])
        .max()
        .unwrap_or(0);
    let mut w1 = names
        .iter()
        .map(|n| width(n))
        .chain([width(&head_who)])
        .max()
        .unwrap_or(0);
    w1 = w1.min(cols.saturating_sub(fixed + w2).max(8));
    w2 = w2.min(cols.saturating_sub(fixed + w1).max(4));
    let mut out = vec![Line::raw("")];
    let mut head = vec![
        Span::raw("  "),
        Span::styled(pad(&truncate(&head_who, w1), w1), theme::LIST_HEADING),
        Span::raw("  "),
        Span::styled(pad(&truncate(&head_role, w2), w2), theme::LIST_HEADING),
    ];
    for (title, w) in titles.iter().zip(&widths) {
        head.push(Span::raw("  "));
        head.push(Span::styled(
            pad(&truncate(title, *w), *w),
            theme::LIST_HEADING,
        ));
    }
    out.push(Line::from(head));
    let room = (area.height as usize).saturating_sub(out.len());
    let offset = (screen.row + 1).saturating_sub(room);
    for (r, row) in screen.rows.iter().enumerate().skip(offset).take(room) {
        let selected_row = r == screen.row;
        let name_style = if row.on_roster {
            Style::new()
        } else {
            theme::DIM
        };
        let mut spans = vec![
            Span::styled(
                if selected_row { "▶ " } else { "  " },
                theme::OPTION_HIGHLIGHT_MARK,
            ),
            Span::styled(pad(&truncate(&names[r], w1), w1), name_style),
            Span::raw("  "),
            Span::styled(pad(&truncate(&roles[r], w2), w2), theme::DIM),
        ];
        let y = area.y + out.len() as u16;
        let mut x = 2 + w1 + 2 + w2;
        for (c, (cell, w)) in row.cells.iter().zip(&widths).enumerate() {
            spans.push(Span::raw("  "));
            x += 2;
            let style = if selected_row && c == screen.col {
                theme::LIST_SELECTED
            } else {
                cell_style(cell)
            };
            spans.push(Span::styled(pad(&cell_text(cell, lang), *w), style));
            if live && x < cols {
                hits.add(
                    Rect {
                        x: area.x + x as u16,
                        y,
                        width: (*w).min(cols - x) as u16,
                        height: 1,
                    },
                    Target::Row(r * screen.columns.len() + c),
                );
            }
            x += w;
        }
        out.push(Line::from(spans));
    }
    out
}

pub(super) fn render(
    home: &Home,
    screen: &Interview,
    lang: Lang,
    area: Rect,
    buf: &mut Buffer,
    hits: &HitMap,
) {
    let table = if screen.form.is_some() {
        keys::MEMBER_FORM
    } else {
        keys::INTERVIEW
    };
    let keys = table_bar(lang, table, area.width as usize);
    let cols = area.width.saturating_sub(2) as usize;
    let e = &screen.engagement;
    let mut footer: Vec<Line> = Vec::new();
    if let Some(next) = offer(screen, lang) {
        footer.push(Line::styled(truncate(&next, cols), theme::DONE));
    }
    let (cell, state) = describe(screen, lang);
    footer.push(Line::styled(truncate(&cell, cols), theme::SECTION));
    if !state.is_empty() {
        footer.push(Line::styled(truncate(&state, cols), theme::HELP_TEXT));
    }
    if let Some(start) = screen.start(screen.row, screen.col) {
        if let Some(out) = start.out {
            let shown = out
                .strip_prefix(&e.dir)
                .unwrap_or(&out)
                .display()
                .to_string();
            footer.push(Line::styled(
                truncate(&tr!(lang, "tui-interview-file", path = shown), cols),
                theme::DIM,
            ));
        }
    }
    footer.push(Line::styled(
        truncate(
            &tr!(
                lang,
                "tui-interview-folder",
                dir = e.dir.display().to_string()
            ),
            cols,
        ),
        theme::DIM,
    ));
    let footer_h = footer.len() as u16 + 1;
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
    let mut title = e.client.clone();
    for part in [&e.period, &e.date].into_iter().flatten() {
        title.push_str(" · ");
        title.push_str(part);
    }
    let (done, all) = screen.done();
    let bar = spread(
        vec![Span::raw(format!(
            " {} ",
            tr!(lang, "tui-interview-title", engagement = title)
        ))],
        vec![Span::raw(format!(
            "{} ",
            tr!(lang, "tui-interview-done", done = done, all = all)
        ))],
        area.width as usize,
        theme::TITLE,
    );
    Paragraph::new(bar).render(parts[0], buf);
    let body = parts[1].inner(Margin::new(1, 0));
    let live = screen.form.is_none();
    let mut lines = grid(screen, lang, body, hits, live);
    if screen.rows.is_empty() {
        lines.push(Line::styled(
            format!("  {}", tr!(lang, "tui-interview-no-roster")),
            theme::DIM,
        ));
    }
    lines.push(Line::raw(""));
    for l in wrap(&tr!(lang, "tui-interview-legend"), cols.saturating_sub(2)) {
        lines.push(Line::styled(format!("  {l}"), theme::DIM));
    }
    for p in &screen.problems {
        lines.push(Line::styled(
            truncate(
                &format!("  {}", tr!(lang, "tui-unreadable", path = p.as_str())),
                cols,
            ),
            theme::DIM,
        ));
    }
    Paragraph::new(lines).render(body, buf);
    Paragraph::new(footer).render(
        Rect {
            y: parts[2].y + 1,
            height: parts[2].height.saturating_sub(1),
            ..parts[2].inner(Margin::new(1, 0))
        },
        buf,
    );
    let message = home
        .notice
        .as_ref()
        .map(|n| Line::styled(format!(" {}", words::notice(lang, n)), theme::MESSAGE))
        .unwrap_or_default();
    Paragraph::new(message).render(parts[3], buf);
    Paragraph::new(keys).render(parts[4], buf);
    if screen.form.is_some() {
        render_form(screen, lang, area, buf);
    }
}

/// A choice among words, the chosen one in brackets.
fn choices(
    words: &[String],
    chosen: &dyn Fn(usize) -> bool,
    at: Option<usize>,
) -> Vec<Span<'static>> {
    let mut spans = vec![Span::raw("    ")];
    for (k, word) in words.iter().enumerate() {
        let text = if chosen(k) {
            format!("[{word}]")
        } else {
            format!(" {word} ")
        };
        let style = if at == Some(k) {
            theme::LIST_SELECTED
        } else if chosen(k) {
            theme::OPTION_ANSWERED
        } else {
            Style::new()
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" "));
    }
    spans
}

fn render_form(screen: &Interview, lang: Lang, area: Rect, buf: &mut Buffer) {
    let Some(form) = &screen.form else { return };
    let width_ = area.width.saturating_sub(4).clamp(56, 90);
    let hint = wrap(
        &tr!(lang, "tui-interview-form-hint"),
        width_.saturating_sub(4) as usize,
    );
    let height = 11 + hint.len() as u16;
    let popup = centered(area, width_, height.min(area.height.saturating_sub(2)));
    clear_for_dialog(popup, buf);
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " {} ",
                tr!(
                    lang,
                    "tui-interview-form-title",
                    client = screen.engagement.client.as_str()
                )
            ),
            theme::DIALOG_TITLE,
        ))
        .border_style(theme::BORDER);
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    let cols = inner.width as usize;
    let label = |text: String, field: MemberField| fields::label(&text, form.field == field);
    let input_line = |input: &TextInput, focused: bool| fields::input_line(input, cols, focused);
    let role_words: Vec<String> = ROLES.iter().map(|r| words::role(lang, r)).collect();
    let mut role = choices(&role_words, &|k| k == form.role, None);
    let other_selected = form.role == ROLES.len();
    let other = tr!(lang, "tui-form-other");
    role.push(Span::styled(
        if other_selected {
            format!("[{other}")
        } else {
            format!(" {other}")
        },
        if other_selected {
            theme::LIST_SELECTED
        } else {
            Style::new()
        },
    ));
    let (typed, _) = form.other_role.lines(
        16,
        other_selected && form.field == MemberField::Role,
        "____",
    );
    if let Some(first) = typed.into_iter().next() {
        role.extend(first.spans);
    }
    if other_selected {
        role.push(Span::styled("]", theme::LIST_SELECTED));
    }
    let ids: Vec<String> = screen
        .columns
        .iter()
        .map(|c| c.instrument.id.clone())
        .collect();
    let on_list = form.field == MemberField::Instruments;
    let instruments = choices(
        &ids,
        &|k| form.chosen.get(k).copied().unwrap_or(false),
        on_list.then_some(form.at),
    );
    let mut lines = vec![
        label(
            tr!(lang, "tui-interview-form-respondent"),
            MemberField::Respondent,
        ),
        input_line(&form.respondent, form.field == MemberField::Respondent),
        label(tr!(lang, "tui-interview-form-name"), MemberField::Name),
        input_line(&form.name, form.field == MemberField::Name),
        label(tr!(lang, "tui-form-role"), MemberField::Role),
        Line::from(role),
        label(
            tr!(lang, "tui-interview-form-instruments"),
            MemberField::Instruments,
        ),
        Line::from(instruments),
        Line::raw(""),
    ];
    lines.extend(hint.into_iter().map(|l| Line::styled(l, theme::DIM)));
    Paragraph::new(lines).render(inner, buf);
}
