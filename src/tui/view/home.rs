//! The home screen: the instruments to start, your own instrument files, the sessions to resume,
//! the completed results, the description of the selected row, and the new-assessment form.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::{
    centered, clear_for_dialog, clip, fields, kano_builder, rows, spread, table_bar, wrapped,
};
use crate::lang::Lang;
use crate::tr;
use crate::tui::home::{Field, Home, Item};
use crate::tui::keys;
use crate::tui::mouse::{HitMap, Target};
use crate::tui::text_input::TextInput;
use crate::tui::theme;
use crate::tui::words::{self, ROLES};
use crate::tui::wrap::{truncate, width};

/// What the footer says about the selected home row: an instrument's description, the file an
/// instrument of yours is in, why a file is unreadable, what the study builder does.
fn home_description(home: &Home, lang: Lang) -> Option<String> {
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
        Item::NewKano => Some(tr!(
            lang,
            "tui-home-new-kano-hint",
            dir = home.instruments_dir.as_str()
        )),
        Item::Unfinished(_) | Item::Complete(_) => None,
    }
}

/// The rows of the home screen's list: `(item, line)`, headings and notes having no item.
fn list_rows(home: &Home, lang: Lang, lw: usize) -> Vec<(Option<usize>, Line<'static>)> {
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
    rows_out.push((
        None,
        Line::styled(tr!(lang, "tui-home-start"), theme::LIST_HEADING),
    ));
    for e in &home.instruments {
        rows_out.push(row(
            n,
            e.title.get(lang).to_string(),
            tr!(lang, "tui-questions", n = e.questions),
        ));
        n += 1;
    }
    rows_out.push(row(
        n,
        tr!(lang, "tui-home-new-kano"),
        tr!(lang, "tui-home-new-kano-right"),
    ));
    n += 1;
    if !home.custom.is_empty() {
        rows_out.push((None, Line::raw("")));
        rows_out.push((
            None,
            Line::styled(tr!(lang, "tui-home-custom"), theme::LIST_HEADING),
        ));
    }
    for c in &home.custom {
        let (left, right) = match &c.instrument {
            Ok(e) => (
                e.title.get(lang).to_string(),
                format!(
                    "{}  {}",
                    tr!(lang, "tui-questions", n = e.questions),
                    c.file_name()
                ),
            ),
            Err(_) => (c.file_name(), tr!(lang, "tui-home-custom-unreadable")),
        };
        rows_out.push(row(n, left, right));
        n += 1;
    }
    rows_out.push((None, Line::raw("")));
    rows_out.push((
        None,
        Line::styled(tr!(lang, "tui-home-resume"), theme::LIST_HEADING),
    ));
    if home.unfinished.is_empty() {
        rows_out.push((
            None,
            Line::styled(format!("  {}", tr!(lang, "tui-home-none")), theme::DIM),
        ));
    }
    for u in &home.unfinished {
        rows_out.push(row(
            n,
            session_label(u, lang),
            format!(
                "{}  {}",
                tr!(lang, "tui-progress", answered = u.answered, total = u.total),
                u.modified
            ),
        ));
        n += 1;
    }
    rows_out.push((None, Line::raw("")));
    rows_out.push((
        None,
        Line::styled(tr!(lang, "tui-home-results"), theme::LIST_HEADING),
    ));
    if home.complete.is_empty() {
        rows_out.push((
            None,
            Line::styled(format!("  {}", tr!(lang, "tui-home-none")), theme::DIM),
        ));
    }
    for c in &home.complete {
        rows_out.push(row(n, session_label(c, lang), c.modified.clone()));
        n += 1;
    }
    for b in &home.broken {
        rows_out.push((
            None,
            Line::styled(
                truncate(
                    &format!("  {}", tr!(lang, "tui-unreadable", path = b.as_str())),
                    lw,
                ),
                theme::DIM,
            ),
        ));
    }
    rows_out
}

/// A session as the lists name it: instrument, respondent, and whose assessment it is
/// (organisation · period) when the file says, so two clients' sessions never look the same.
fn session_label(s: &crate::response::store::SessionInfo, lang: Lang) -> String {
    if s.context.is_empty() {
        format!("{} · {}", s.title.get(lang), s.respondent)
    } else {
        format!("{} · {} · {}", s.title.get(lang), s.respondent, s.context)
    }
}

/// The description of the selected row in at most `room` lines (at least three); when it is
/// longer, its last line says that Enter shows it all (the form does, before anything starts).
fn description_lines(home: &Home, lang: Lang, cols: usize, room: usize) -> Vec<Line<'static>> {
    let Some(d) = home_description(home, lang) else {
        return Vec::new();
    };
    let room = room.max(3);
    let mut lines = wrapped(&d, cols, theme::HELP_TEXT);
    if lines.len() > room {
        let more = tr!(lang, "tui-home-more");
        let mut last = truncate(
            &lines[room - 1].to_string(),
            cols.saturating_sub(width(&more) + 2),
        );
        if !last.ends_with('…') {
            last.push('…');
        }
        lines.truncate(room - 1);
        lines.push(Line::from(vec![
            Span::styled(format!("{last} "), theme::HELP_TEXT),
            Span::styled(more, theme::DIM),
        ]));
    }
    lines
}

pub(super) fn render(home: &Home, lang: Lang, area: Rect, buf: &mut Buffer, hits: &HitMap) {
    if let Some(builder) = &home.builder {
        kano_builder::render(builder, lang, area, buf);
        return;
    }
    let table = if home.form.is_some() {
        keys::FORM
    } else {
        keys::HOME
    };
    let keys = table_bar(lang, table, area.width as usize);
    let cols = area.width.saturating_sub(2) as usize;
    let rows_out = list_rows(home, lang, cols);
    // The description takes the room the list leaves (the list scrolls below three lines).
    let fixed = 1 + 1 + 2 + 1 + keys.len();
    let room = (area.height as usize).saturating_sub(fixed + rows_out.len());
    let description = description_lines(home, lang, cols, room);
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
        vec![Span::raw(format!(" {} ", tr!(lang, "tui-home-title")))],
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
    let h = list.height as usize;
    let sel_row = rows_out
        .iter()
        .position(|(k, _)| *k == Some(home.selected))
        .unwrap_or(0);
    let offset = sel_row
        .saturating_sub(h.saturating_sub(2))
        .min(rows_out.len().saturating_sub(h));
    let offset = if sel_row < h { 0 } else { offset };
    let mut shown = Vec::new();
    for (row, (item, line)) in rows_out.into_iter().skip(offset).take(h).enumerate() {
        if let (Some(item), None, None) = (item, &home.form, &home.builder) {
            let y = list.y + row as u16;
            hits.add(
                Rect {
                    y,
                    height: 1,
                    ..list
                },
                Target::Row(item),
            );
        }
        shown.push(line);
    }
    Paragraph::new(shown).render(list, buf);

    let mut footer = description;
    footer.push(Line::raw(""));
    footer.push(Line::styled(
        truncate(
            &tr!(lang, "tui-data-dir", dir = home.data_dir.as_str()),
            cols,
        ),
        theme::DIM,
    ));
    Paragraph::new(footer).render(parts[2].inner(Margin::new(1, 0)), buf);
    let message = home
        .notice
        .as_ref()
        .map(|n| Line::styled(format!(" {}", words::notice(lang, n)), theme::MESSAGE))
        .unwrap_or_default();
    Paragraph::new(message).render(parts[3], buf);
    Paragraph::new(keys).render(parts[4], buf);
    if home.form.is_some() {
        render_form(home, lang, area, buf);
    }
}

fn render_form(home: &Home, lang: Lang, area: Rect, buf: &mut Buffer) {
    let Some(form) = &home.form else { return };
    let width = area.width.saturating_sub(4).clamp(72, 100);
    let about: Vec<Line> = form
        .description
        .as_ref()
        .map(|d| {
            let mut lines = wrapped(
                d.get(lang),
                width.saturating_sub(4) as usize,
                theme::HELP_TEXT,
            );
            lines.push(Line::raw(""));
            lines
        })
        .unwrap_or_default();
    // Fields and borders take 12 lines; the key bar stays in sight.
    let height = (12 + about.len() as u16).min(area.height.saturating_sub(2));
    let popup = centered(area, width, height);
    clear_for_dialog(popup, buf);
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " {} ",
                tr!(lang, "tui-form-title", title = form.title.get(lang))
            ),
            theme::DIALOG_TITLE,
        ))
        .border_style(theme::BORDER);
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    let cols = inner.width as usize;
    let label = |text: &str, field: Field| fields::label(text, form.field == field);
    let input_line = |input: &TextInput, focused: bool| fields::input_line(input, cols, focused);
    let mut lines = vec![
        label(&tr!(lang, "tui-form-name"), Field::Name),
        input_line(&form.name, form.field == Field::Name),
        label(&tr!(lang, "tui-form-role"), Field::Role),
    ];
    let mut roles = vec![Span::raw("    ")];
    for (k, word) in ROLES.iter().enumerate() {
        let text = words::role(lang, word);
        if k == form.role {
            roles.push(Span::styled(format!("[{text}]"), theme::LIST_SELECTED));
        } else {
            roles.push(Span::raw(format!(" {text} ")));
        }
        roles.push(Span::raw(" "));
    }
    let other_selected = form.role == ROLES.len();
    let other_label = if other_selected {
        format!("[{}", tr!(lang, "tui-form-other"))
    } else {
        format!(" {}", tr!(lang, "tui-form-other"))
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
    lines.push(label(&tr!(lang, "tui-form-org"), Field::Org));
    lines.push(input_line(&form.org, form.field == Field::Org));
    // Period and date share a line: short values, both optional.
    let mut wave = Vec::new();
    for (field, key, input, room) in [
        (Field::Period, "tui-form-period", &form.period, 12),
        (Field::Date, "tui-form-date", &form.date, 10),
    ] {
        let focused = form.field == field;
        let (mark, style) = fields::label_parts(focused);
        wave.push(Span::styled(format!("{mark}{} ", tr!(lang, key)), style));
        let (shown, _) = input.lines(room, focused, &"_".repeat(room));
        if let Some(first) = shown.into_iter().next() {
            wave.extend(first.spans);
        }
        wave.push(Span::raw("  "));
    }
    lines.push(Line::from(wave));
    // The fields always show; the description above them keeps what room is left.
    let room = (inner.height as usize).saturating_sub(10);
    let mut spaced = if about.len() > room {
        clip(about, room.saturating_sub(1), cols)
            .into_iter()
            .chain(room.checked_sub(1).map(|_| Line::raw("")))
            .collect()
    } else {
        about
    };
    for (k, l) in lines.into_iter().enumerate() {
        if k == 2 || k == 4 {
            spaced.push(Line::raw(""));
        }
        spaced.push(l);
    }
    Paragraph::new(spaced).render(inner, buf);
}
