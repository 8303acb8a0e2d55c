//! Every style the runner and the home screen use, in one place (as in ratatui's demo2). The
//! palette keeps to the 16 basic colours so that it reads on light and dark terminals, and
//! never carries meaning by colour alone: marks (✔ ▶) and words say the same thing.

use ratatui::style::{Color, Modifier, Style};

use crate::report::doc::Tone;

/// The title bar.
pub const TITLE: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Cyan)
    .add_modifier(Modifier::BOLD);
/// The section line under the title.
pub const SECTION: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// The audience after the section.
pub const AUDIENCE: Style = Style::new().fg(Color::DarkGray);
/// The progress gauge's filled part.
pub const GAUGE_FILLED: Style = Style::new().fg(Color::Cyan);
/// The progress gauge's empty part.
pub const GAUGE_EMPTY: Style = Style::new().fg(Color::DarkGray);
/// The progress label.
pub const PROGRESS: Style = Style::new().add_modifier(Modifier::BOLD);
/// A section's introduction.
pub const INTRO: Style = Style::new()
    .fg(Color::DarkGray)
    .add_modifier(Modifier::ITALIC);
/// The question text.
pub const QUESTION: Style = Style::new().add_modifier(Modifier::BOLD);
/// The question's id.
pub const QUESTION_ID: Style = Style::new().fg(Color::DarkGray);
/// The question's help text.
pub const HELP_TEXT: Style = Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC);
/// An option's key (its digit).
pub const OPTION_KEY: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
/// An option's label.
pub const OPTION: Style = Style::new();
/// The highlighted option.
pub const OPTION_HIGHLIGHT: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Yellow)
    .add_modifier(Modifier::BOLD);
/// The ▶ before the highlighted option.
pub const OPTION_HIGHLIGHT_MARK: Style =
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
/// The mark and label of the option already answered.
pub const OPTION_ANSWERED: Style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
/// Text cut short (a rubric level that is not highlighted).
pub const OPTION_DIM: Style = Style::new().fg(Color::Gray);
/// The Kano "HAS the feature" badge.
pub const KANO_HAS: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Green)
    .add_modifier(Modifier::BOLD);
/// The Kano "does NOT have the feature" badge.
pub const KANO_HAS_NOT: Style = Style::new()
    .fg(Color::White)
    .bg(Color::Red)
    .add_modifier(Modifier::BOLD);
/// The Kano importance badge and a pair's battery badge.
pub const BADGE: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Cyan)
    .add_modifier(Modifier::BOLD);
/// Emphasised words in the functional question.
pub const EMPHASIS_HAS: Style = Style::new()
    .fg(Color::Green)
    .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
/// Emphasised words in the dysfunctional question.
pub const EMPHASIS_HAS_NOT: Style = Style::new()
    .fg(Color::Red)
    .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
/// A feature or dimension name above the question.
pub const SUBJECT: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
/// The earlier wave's answer offered to be kept.
pub const PREVIOUS: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
/// The note under the question.
pub const NOTE: Style = Style::new().fg(Color::Blue);
/// A refusal or a hint on the message line.
pub const MESSAGE: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
/// A key in the help bar.
pub const KEY: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Gray)
    .add_modifier(Modifier::BOLD);
/// A key's description in the help bar.
pub const KEY_DESC: Style = Style::new().fg(Color::Gray);
/// Borders of dialogs and panels.
pub const BORDER: Style = Style::new().fg(Color::Cyan);
/// A dialog's title.
pub const DIALOG_TITLE: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// The text cursor in an input.
pub const CURSOR: Style = Style::new().add_modifier(Modifier::REVERSED);
/// An input's placeholder.
pub const PLACEHOLDER: Style = Style::new().fg(Color::DarkGray);
/// A list heading (a section in the overview, a group on the home screen).
pub const LIST_HEADING: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// The selected row of a list.
pub const LIST_SELECTED: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Yellow)
    .add_modifier(Modifier::BOLD);
/// A mark of an answered step.
pub const MARK_DONE: Style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
/// A mark of an unanswered step.
pub const MARK_TODO: Style = Style::new().fg(Color::DarkGray);
/// Secondary text in lists (ids, counts, dates).
pub const DIM: Style = Style::new().fg(Color::DarkGray);
/// The completion headline when everything is answered.
pub const DONE: Style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
/// The completion headline when steps are missing.
pub const MISSING: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
/// The "terminal too small" message.
pub const TOO_SMALL: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
/// The option a waiting digit would answer with (`1` before a possible `0`).
pub const OPTION_PENDING: Style = Style::new()
    .fg(Color::Yellow)
    .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));

/// The style of a report's toned text in the report view (the terminal writer's colours).
pub fn tone(tone: Tone) -> Style {
    match tone {
        Tone::Plain => Style::new(),
        Tone::Strong => Style::new().add_modifier(Modifier::BOLD),
        Tone::Dim => Style::new().fg(Color::DarkGray),
        Tone::Good | Tone::Series(2) => Style::new().fg(Color::Green),
        Tone::Bad | Tone::Series(5) => Style::new().fg(Color::Red),
        Tone::Warn | Tone::Series(1) => Style::new().fg(Color::Yellow),
        Tone::Series(3) => Style::new().fg(Color::Magenta),
        Tone::Series(4) => Style::new().fg(Color::Cyan),
        Tone::Series(_) => Style::new().fg(Color::Blue),
    }
}
