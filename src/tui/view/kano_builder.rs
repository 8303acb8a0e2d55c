//! Drawing the Kano study builder: the title and feature fields, the settings, the live preview
//! of the selected feature's questions, the discard question, and the confirmation after saving.
//! A pure function of [`Builder`], like the rest of `view`. When the screen is short, blank lines
//! go first, then the file line, then preview lines; the fields themselves always show.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::{centered, clear_for_dialog, clip, emphasised, rows, spread, table_bar, wrapped};
use crate::instrument::KanoTable;
use crate::instrument::kano_study::{self, MAX_FEATURES};
use crate::lang::Lang;
use crate::tr;
use crate::tui::kano_builder::{Builder, Focus, SavedStudy};
use crate::tui::keys;
use crate::tui::text_input::TextInput;
use crate::tui::theme;
use crate::tui::words;
use crate::tui::wrap::{pad, truncate, width, wrap};

/// Columns before a field's content.
const INDENT: usize = 4;

/// Draws the builder over the whole screen.
pub(super) fn render(b: &Builder, lang: Lang, area: Rect, buf: &mut Buffer) {
    let table = if b.saved.is_some() {
        keys::STUDY_SAVED
    } else if b.confirm_discard {
        keys::STUDY_DISCARD
    } else {
        match b.focus {
            Focus::Title => keys::STUDY_TITLE,
            Focus::Features => keys::STUDY_FEATURES,
            Focus::Importance | Focus::Table => keys::STUDY_SETTING,
        }
    };
    let keys = table_bar(lang, table, area.width as usize);
    let parts = rows(
        area,
        &[
            1,
            area.height.saturating_sub(1 + 1 + keys.len() as u16),
            1,
            0,
        ],
    );
    let count = b.saved.as_ref().map_or(b.features.len(), |v| v.features);
    let title = spread(
        vec![Span::raw(format!(" {} ", tr!(lang, "tui-study-title")))],
        vec![Span::raw(format!(
            "{} ",
            tr!(lang, "tui-study-count", n = count)
        ))],
        area.width as usize,
        theme::TITLE,
    );
    Paragraph::new(title).render(parts[0], buf);
    let body = parts[1].inner(Margin::new(1, 0));
    let body = Rect {
        y: body.y + 1,
        height: body.height.saturating_sub(1),
        ..body
    };
    match &b.saved {
        Some(saved) => render_saved(lang, saved, body, buf),
        None => render_fields(b, lang, body, buf),
    }
    let message = b
        .notice
        .as_ref()
        .map(|n| Line::styled(format!(" {}", words::notice(lang, n)), theme::MESSAGE))
        .unwrap_or_default();
    Paragraph::new(message).render(parts[2], buf);
    Paragraph::new(keys).render(parts[3], buf);
    if b.confirm_discard && b.saved.is_none() {
        render_discard(lang, parts[1], buf);
    }
}

/// A field's label, marked when it has the focus.
fn label(text: &str, focused: bool) -> Line<'static> {
    Line::styled(
        format!("{}{text}", if focused { "▶ " } else { "  " }),
        if focused {
            theme::LIST_HEADING
        } else {
            theme::DIM
        },
    )
}

/// The line of `input` the cursor is on, after `prefix`.
fn input_line(
    input: &TextInput,
    prefix: &str,
    cols: usize,
    focused: bool,
    placeholder: &str,
) -> Line<'static> {
    let (mut lines, cursor) = input.lines(cols.saturating_sub(width(prefix)), focused, placeholder);
    let mut line = if lines.is_empty() {
        Line::raw("")
    } else {
        lines.swap_remove(cursor.min(lines.len() - 1))
    };
    line.spans.insert(0, Span::raw(prefix.to_string()));
    line
}

/// `label` padded to `label_w`, then the two choices with the chosen one in brackets.
fn choice_line(
    text: &str,
    focused: bool,
    label_w: usize,
    choices: &[String; 2],
    chosen: usize,
) -> Line<'static> {
    let mut spans = label(&pad(text, label_w), focused).spans;
    for (k, c) in choices.iter().enumerate() {
        if k == chosen {
            spans.push(Span::styled(format!("[{c}]"), theme::LIST_SELECTED));
        } else {
            spans.push(Span::raw(format!(" {c} ")));
        }
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

/// The rows of the feature list: number, name(s), and the id the question will get.
fn feature_rows(b: &Builder, lang: Lang, cols: usize) -> Vec<Line<'static>> {
    if b.features.is_empty() {
        return vec![Line::styled(
            format!(
                "{}{}",
                " ".repeat(INDENT),
                tr!(lang, "tui-study-no-features")
            ),
            theme::DIM,
        )];
    }
    let ids = kano_study::features(&b.features);
    let focused = b.focus == Focus::Features;
    b.features
        .iter()
        .zip(ids)
        .enumerate()
        .map(|(i, (_, feature))| {
            let selected = i == b.selected;
            let mark = match (b.editing == Some(i), selected && focused) {
                (true, _) => "  ✎ ",
                (false, true) => "  ▶ ",
                (false, false) => "    ",
            };
            let name = if feature.name.en == feature.name.zh {
                feature.name.en.clone()
            } else {
                format!("{} · {}", feature.name.en, feature.name.zh)
            };
            let highlight = selected && focused;
            spread(
                vec![Span::raw(format!("{mark}{:>2}. {name}", i + 1))],
                vec![Span::styled(
                    format!("  {}", feature.id),
                    if highlight { Style::new() } else { theme::DIM },
                )],
                cols,
                if highlight {
                    theme::LIST_SELECTED
                } else {
                    Style::new()
                },
            )
        })
        .collect()
}

/// The preview of the feature typed or selected: a heading, then its questions in `lang`.
fn preview_lines(b: &Builder, lang: Lang, cols: usize) -> Vec<Line<'static>> {
    let Some(typed) = b.previewed() else {
        return vec![Line::styled(
            tr!(lang, "tui-study-preview-empty"),
            theme::DIM,
        )];
    };
    let name = kano_study::split_name(typed);
    let shown = name.get(lang).to_string();
    let mut lines = vec![Line::styled(
        truncate(&tr!(lang, "tui-study-preview", name = shown.as_str()), cols),
        theme::SECTION,
    )];
    let inner = cols.saturating_sub(2).max(10);
    let indent = |mut l: Line<'static>| {
        l.spans.insert(0, Span::raw("  "));
        l
    };
    let functional = kano_study::functional(&name);
    let dysfunctional = kano_study::dysfunctional(&name);
    lines.extend(
        emphasised(
            wrap(functional.get(lang), inner),
            theme::QUESTION,
            theme::EMPHASIS_HAS,
        )
        .into_iter()
        .map(indent),
    );
    lines.extend(
        emphasised(
            wrap(dysfunctional.get(lang), inner),
            theme::QUESTION,
            theme::EMPHASIS_HAS_NOT,
        )
        .into_iter()
        .map(indent),
    );
    if b.importance {
        let question = tr!(
            lang,
            "tui-study-importance-scale",
            question = tr!(
                lang,
                "tui-kano-importance-question",
                feature = shown.as_str()
            )
        );
        lines.extend(
            wrapped(&question, inner, theme::HELP_TEXT)
                .into_iter()
                .map(indent),
        );
    }
    lines
}

fn render_fields(b: &Builder, lang: Lang, area: Rect, buf: &mut Buffer) {
    let cols = area.width as usize;
    let h = area.height as usize;
    let list = feature_rows(b, lang, cols);
    let preview = preview_lines(b, lang, cols);
    // Seven lines always show: two per text field, the feature list's first row, two settings.
    let mut rest = h.saturating_sub(7);
    let mut take = |want: usize| {
        let t = want.min(rest);
        rest -= t;
        t
    };
    let preview_first = take(if h >= 10 { preview.len().min(3) } else { 0 });
    let list_extra = take(list.len().saturating_sub(1));
    let file_n = take(1);
    let blanks = take(3);
    let preview_n = preview_first + take(preview.len() - preview_first);

    let mut lines = vec![
        label(&tr!(lang, "tui-study-title-label"), b.focus == Focus::Title),
        input_line(
            &b.title,
            &" ".repeat(INDENT),
            cols,
            b.focus == Focus::Title,
            &tr!(lang, "tui-study-title-placeholder"),
        ),
    ];
    if blanks >= 1 {
        lines.push(Line::raw(""));
    }
    lines.push(label(
        &tr!(
            lang,
            "tui-study-features-label",
            n = b.features.len(),
            max = MAX_FEATURES
        ),
        b.focus == Focus::Features,
    ));
    // The window of the list that keeps the selected row in sight.
    let shown = 1 + list_extra;
    let offset = (b.selected + 1)
        .saturating_sub(shown)
        .min(list.len().saturating_sub(shown));
    lines.extend(list.into_iter().skip(offset).take(shown));
    let prefix = if b.editing.is_some() {
        "    ✎ "
    } else {
        "    + "
    };
    lines.push(input_line(
        &b.input,
        prefix,
        cols,
        b.focus == Focus::Features,
        &tr!(lang, "tui-study-feature-placeholder"),
    ));
    if blanks >= 2 {
        lines.push(Line::raw(""));
    }
    let importance = tr!(lang, "tui-study-importance");
    let table = tr!(lang, "tui-study-table");
    let label_w = width(&importance).max(width(&table)) + 3;
    lines.push(choice_line(
        &importance,
        b.focus == Focus::Importance,
        label_w,
        &[tr!(lang, "tui-study-yes"), tr!(lang, "tui-study-no")],
        usize::from(!b.importance),
    ));
    lines.push(choice_line(
        &table,
        b.focus == Focus::Table,
        label_w,
        &[
            tr!(lang, "tui-study-table-standard"),
            tr!(lang, "tui-study-table-pouliot"),
        ],
        usize::from(b.table == KanoTable::Pouliot),
    ));
    if blanks >= 3 && preview_n > 0 {
        lines.push(Line::raw(""));
    }
    lines.extend(clip(preview, preview_n, cols).into_iter().take(preview_n));
    Paragraph::new(lines).render(area, buf);
    if file_n > 0 {
        let path = format!("{}{}{}", b.dir, std::path::MAIN_SEPARATOR, b.planned_file());
        let line = Line::styled(
            truncate(&tr!(lang, "tui-study-file", path = path.as_str()), cols),
            theme::DIM,
        );
        let bottom = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        Paragraph::new(line).render(bottom, buf);
    }
}

/// A path as one shell word: as it is when it needs no quoting, else in single quotes.
fn shell_word(path: &str) -> String {
    if path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:=@%,".contains(c))
    {
        path.to_string()
    } else {
        format!("'{}'", path.replace('\'', r"'\''"))
    }
}

fn render_saved(lang: Lang, saved: &SavedStudy, area: Rect, buf: &mut Buffer) {
    let cols = area.width as usize;
    let path = saved.path.display().to_string();
    let word = shell_word(&path);
    let mut lines = wrapped(
        &tr!(
            lang,
            "tui-study-saved",
            title = saved.title.get(lang),
            n = saved.features
        ),
        cols,
        theme::DONE,
    );
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr!(lang, "tui-study-saved-file"),
        theme::SECTION,
    ));
    lines.extend(
        wrapped(&path, cols.saturating_sub(2), Style::new())
            .into_iter()
            .map(|mut l| {
                l.spans.insert(0, Span::raw("  "));
                l
            }),
    );
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr!(lang, "tui-study-saved-commands"),
        theme::SECTION,
    ));
    for command in [
        format!("cxassess validate {word}"),
        format!("cxassess run {word}"),
    ] {
        lines.extend(
            wrapped(&command, cols.saturating_sub(2), theme::OPTION_KEY)
                .into_iter()
                .map(|mut l| {
                    l.spans.insert(0, Span::raw("  "));
                    l
                }),
        );
    }
    for note in ["tui-study-saved-listed", "tui-study-saved-edit"] {
        lines.push(Line::raw(""));
        lines.extend(wrapped(&tr!(lang, note), cols, theme::HELP_TEXT));
    }
    Paragraph::new(lines).render(area, buf);
}

fn render_discard(lang: Lang, area: Rect, buf: &mut Buffer) {
    let popup = centered(area, 60, 6);
    clear_for_dialog(popup, buf);
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", tr!(lang, "tui-study-discard-title")),
            theme::DIALOG_TITLE,
        ))
        .border_style(theme::BORDER);
    let inner = block.inner(popup).inner(Margin::new(1, 0));
    block.render(popup, buf);
    let lines = wrapped(
        &tr!(lang, "tui-study-discard-prompt"),
        inner.width as usize,
        theme::QUESTION,
    );
    Paragraph::new(lines).render(
        Rect {
            y: inner.y + 1,
            height: inner.height.saturating_sub(1),
            ..inner
        },
        buf,
    );
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn paths_are_quoted_for_the_shell_only_when_needed() {
        assert_eq!(
            shell_word("/data/instruments/a_b.yaml"),
            "/data/instruments/a_b.yaml"
        );
        assert_eq!(
            shell_word("/Users/li wei/it's.yaml"),
            r"'/Users/li wei/it'\''s.yaml'"
        );
    }
}
