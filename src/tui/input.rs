//! Keys to actions. What a key means depends on what has the focus: on a scale question `q`
//! quits, in a text input it is a letter; digits answer a scale but type points in an
//! allocation. This module only translates; [`super::app::update`] decides what happens.
//! Ctrl-C is [`Action::Interrupt`] everywhere.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Action, App, Editor, EvidenceStage, Overlay, Runner};
use super::home::Home;
use super::interview::Interview;
use super::kano_builder::{Builder, Focus};

/// The action `key` asks for in the current state of `app`, if any.
pub fn action(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'C')) {
        return Some(Action::Interrupt);
    }
    if let Some(runner) = &app.runner {
        runner_action(runner, key, ctrl)
    } else if let Some(home) = &app.home {
        home_action(home, key)
    } else {
        None
    }
}

fn runner_action(runner: &Runner, key: KeyEvent, ctrl: bool) -> Option<Action> {
    if runner.report.is_some() {
        return match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Enter => Some(Action::Down),
            KeyCode::PageUp | KeyCode::Char('b') => Some(Action::PageUp),
            KeyCode::PageDown | KeyCode::Char(' ') => Some(Action::PageDown),
            KeyCode::Home | KeyCode::Char('g') => Some(Action::First),
            KeyCode::End | KeyCode::Char('G') => Some(Action::Last),
            KeyCode::Char('o') => Some(Action::WriteHtml),
            KeyCode::Esc | KeyCode::Char('q' | 'v') | KeyCode::Left => Some(Action::Close),
            _ => None,
        };
    }
    match &runner.overlay {
        Some(Overlay::NaReason(_)) => return line_input(key, ctrl),
        Some(Overlay::Note(editor)) if editor.confirm => {
            return match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Action::SaveNote),
                KeyCode::Char('s' | 'S') if ctrl => Some(Action::SaveNote),
                KeyCode::Char('n' | 'N') => Some(Action::Discard),
                KeyCode::Esc => Some(Action::Close),
                _ => None,
            };
        }
        Some(Overlay::Note(_)) => {
            return match key.code {
                KeyCode::Char('s' | 'S') if ctrl => Some(Action::SaveNote),
                KeyCode::Char('u' | 'U') if ctrl => Some(Action::ClearText),
                KeyCode::Char('e' | 'E') if ctrl => Some(Action::ExternalEditor),
                KeyCode::Esc => Some(Action::Close),
                KeyCode::Enter => Some(Action::NewLine),
                KeyCode::Up => Some(Action::CursorUp),
                KeyCode::Down => Some(Action::CursorDown),
                _ => line_input(key, ctrl),
            };
        }
        Some(Overlay::Evidence(editor)) => return evidence_action(editor.stage, key, ctrl),
        Some(Overlay::Confidence(_)) => {
            return match key.code {
                KeyCode::Char(c @ '0'..='3') => Some(Action::Digit(c as u8 - b'0')),
                KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
                KeyCode::Enter => Some(Action::Confirm),
                KeyCode::Esc | KeyCode::Char('c' | 'q') => Some(Action::Close),
                _ => None,
            };
        }
        Some(Overlay::Overview { .. } | Overlay::Review { .. }) => {
            return match key.code {
                KeyCode::Char(c @ '0'..='9') => Some(Action::Digit(c as u8 - b'0')),
                KeyCode::Backspace => Some(Action::Backspace),
                KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
                KeyCode::PageUp => Some(Action::PageUp),
                KeyCode::PageDown | KeyCode::Char(' ') => Some(Action::PageDown),
                KeyCode::Home => Some(Action::First),
                KeyCode::End => Some(Action::Last),
                KeyCode::Enter => Some(Action::Confirm),
                KeyCode::Esc | KeyCode::Char('q') => Some(Action::Close),
                KeyCode::Char('g') => Some(Action::Overview),
                KeyCode::Char('r') => Some(Action::Review),
                KeyCode::Char('?') => Some(Action::Help),
                _ => None,
            };
        }
        Some(Overlay::Help { .. }) => {
            return match key.code {
                KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
                KeyCode::PageUp => Some(Action::PageUp),
                KeyCode::PageDown | KeyCode::Char(' ') => Some(Action::PageDown),
                KeyCode::Esc | KeyCode::Char('?' | 'q') | KeyCode::Enter => Some(Action::Close),
                _ => None,
            };
        }
        None => {}
    }
    match &runner.editor {
        Editor::Text { typing: true, .. } => {
            return match key.code {
                KeyCode::Enter => Some(Action::Confirm),
                KeyCode::Esc => Some(Action::Close),
                _ => line_input(key, ctrl),
            };
        }
        Editor::Allocation { .. } => match key.code {
            KeyCode::Backspace | KeyCode::Delete => return Some(Action::Backspace),
            KeyCode::Up | KeyCode::Char('k') => return Some(Action::Up),
            KeyCode::Down | KeyCode::Char('j') => return Some(Action::Down),
            _ => {}
        },
        Editor::Complete { .. } => match key.code {
            KeyCode::Char('v') => return Some(Action::OpenReport),
            KeyCode::Char('o') => return Some(Action::WriteHtml),
            _ => {}
        },
        _ => {}
    }
    match key.code {
        KeyCode::Char(c @ '0'..='9') => Some(Action::Digit(c as u8 - b'0')),
        KeyCode::Left | KeyCode::Char('h') => Some(Action::Prev),
        KeyCode::Right | KeyCode::Char('l') => Some(Action::Next),
        KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::PageDown => Some(Action::PageDown),
        KeyCode::Enter => Some(Action::Confirm),
        KeyCode::Backspace => Some(Action::Backspace),
        KeyCode::Char('n') => Some(Action::NotApplicable),
        KeyCode::Char('e') => Some(Action::EditNote),
        KeyCode::Char('v') => Some(Action::Evidence),
        KeyCode::Char('c') => Some(Action::Confidence),
        KeyCode::Char('g') => Some(Action::Overview),
        KeyCode::Char('r') => Some(Action::Review),
        KeyCode::Char('?') => Some(Action::Help),
        KeyCode::Char('q') => Some(Action::Quit),
        KeyCode::Esc => Some(Action::Close),
        _ => None,
    }
}

/// Keys of the evidence overlay: its list, the reference being typed (letters are text), the
/// choice of supports or contradicts, the question before deleting.
fn evidence_action(stage: EvidenceStage, key: KeyEvent, ctrl: bool) -> Option<Action> {
    use crate::response::EvidenceKind::{Contradicts, Supports};
    match stage {
        EvidenceStage::List => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
            KeyCode::Char('a') | KeyCode::Enter | KeyCode::Insert => Some(Action::AddEvidence),
            KeyCode::Char('d') | KeyCode::Delete => Some(Action::Remove),
            KeyCode::Esc | KeyCode::Char('q' | 'v') => Some(Action::Close),
            _ => None,
        },
        EvidenceStage::Reference => line_input(key, ctrl),
        EvidenceStage::Kind => match key.code {
            KeyCode::Char('s' | 'S') => Some(Action::Mark(Supports)),
            KeyCode::Char('c' | 'C') => Some(Action::Mark(Contradicts)),
            KeyCode::Left | KeyCode::Char('h') => Some(Action::Prev),
            KeyCode::Right | KeyCode::Char('l') => Some(Action::Next),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::Close),
            _ => None,
        },
        EvidenceStage::ConfirmDelete => match key.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::Close),
            _ => None,
        },
    }
}

/// Keys of a one-line text input.
fn line_input(key: KeyEvent, ctrl: bool) -> Option<Action> {
    match key.code {
        KeyCode::Enter => Some(Action::Confirm),
        KeyCode::Esc => Some(Action::Close),
        KeyCode::Backspace => Some(Action::Backspace),
        KeyCode::Delete => Some(Action::Delete),
        KeyCode::Left => Some(Action::CursorLeft),
        KeyCode::Right => Some(Action::CursorRight),
        KeyCode::Home => Some(Action::CursorHome),
        KeyCode::End => Some(Action::CursorEnd),
        KeyCode::Char('a') if ctrl => Some(Action::CursorHome),
        KeyCode::Char('e') if ctrl => Some(Action::CursorEnd),
        KeyCode::Char(c) if !ctrl => Some(Action::Insert(c)),
        _ => None,
    }
}

/// Keys of the Kano study builder: letters go into the focused text, so saving is Ctrl-S.
fn builder_action(builder: &Builder, key: KeyEvent, ctrl: bool) -> Option<Action> {
    if builder.saved.is_some() {
        return match key.code {
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc | KeyCode::Char('q') => Some(Action::Close),
            _ => None,
        };
    }
    if builder.confirm_discard {
        return match key.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::Close),
            _ => None,
        };
    }
    match key.code {
        KeyCode::Char('s' | 'S') if ctrl => return Some(Action::SaveStudy),
        KeyCode::Char('d' | 'D') if ctrl => return Some(Action::Remove),
        KeyCode::Tab => return Some(Action::NextField),
        KeyCode::BackTab => return Some(Action::PrevField),
        KeyCode::Up => return Some(Action::Up),
        KeyCode::Down => return Some(Action::Down),
        _ => {}
    }
    match builder.focus {
        Focus::Title | Focus::Features => match key.code {
            KeyCode::PageUp => Some(Action::First),
            KeyCode::PageDown => Some(Action::Last),
            _ => line_input(key, ctrl),
        },
        Focus::Importance | Focus::Table => match key.code {
            KeyCode::Left => Some(Action::CursorLeft),
            KeyCode::Right => Some(Action::CursorRight),
            KeyCode::Char(' ') => Some(Action::Insert(' ')),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::Close),
            _ => None,
        },
    }
}

/// Keys of the interview home screen: the grid, or the add-an-interviewee form.
fn interview_action(screen: &Interview, key: KeyEvent, ctrl: bool) -> Option<Action> {
    if screen.form.is_some() {
        return match key.code {
            KeyCode::Tab | KeyCode::Down => Some(Action::NextField),
            KeyCode::BackTab | KeyCode::Up => Some(Action::PrevField),
            _ => line_input(key, ctrl),
        };
    }
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::Down),
        KeyCode::Left | KeyCode::Char('h') | KeyCode::BackTab => Some(Action::Prev),
        KeyCode::Right | KeyCode::Char('l') | KeyCode::Tab => Some(Action::Next),
        KeyCode::PageUp | KeyCode::Home => Some(Action::First),
        KeyCode::PageDown | KeyCode::End => Some(Action::Last),
        KeyCode::Enter => Some(Action::Confirm),
        KeyCode::Char('a') => Some(Action::AddMember),
        KeyCode::Char('q') | KeyCode::Esc => Some(Action::Quit),
        _ => None,
    }
}

fn home_action(home: &Home, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if let Some(screen) = &home.interview {
        return interview_action(screen, key, ctrl);
    }
    if let Some(builder) = &home.builder {
        return builder_action(builder, key, ctrl);
    }
    if home.form.is_some() {
        return match key.code {
            KeyCode::Tab | KeyCode::Down => Some(Action::NextField),
            KeyCode::BackTab | KeyCode::Up => Some(Action::PrevField),
            _ => line_input(key, ctrl),
        };
    }
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(Action::Up),
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Some(Action::Down),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::PageDown => Some(Action::PageDown),
        KeyCode::Home => Some(Action::First),
        KeyCode::End => Some(Action::Last),
        KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => Some(Action::Confirm),
        KeyCode::Char('n') => Some(Action::NewStudy),
        KeyCode::Char('q') | KeyCode::Esc => Some(Action::Quit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::App;
    use crate::tui::session::{Respondent, Session};

    fn app(id: &str) -> App {
        let instrument = crate::instrument::Instrument::load(id).unwrap();
        let session = Session::new(
            instrument,
            "/nonexistent/x.yaml".into(),
            &Respondent::default(),
            "2026-01-01T00:00:00Z".into(),
        );
        App::runner(session, crate::Lang::En)
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn keys_mean_what_the_focus_says() {
        let mut a = app("pyramid");
        assert_eq!(action(&a, key(KeyCode::Char('4'))), Some(Action::Digit(4)));
        assert_eq!(action(&a, key(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(action(&a, key(KeyCode::Char('l'))), Some(Action::Next));
        assert_eq!(
            action(&a, KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Interrupt)
        );
        a.runner.as_mut().unwrap().overlay =
            Some(Overlay::Note(crate::tui::app::NoteEditor::new(0, "")));
        assert_eq!(
            action(&a, key(KeyCode::Char('q'))),
            Some(Action::Insert('q'))
        );
        assert_eq!(action(&a, key(KeyCode::Enter)), Some(Action::NewLine));
        assert_eq!(action(&a, key(KeyCode::Esc)), Some(Action::Close));
        assert_eq!(
            action(&a, KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)),
            Some(Action::ClearText)
        );
        assert_eq!(
            action(&a, KeyEvent::new(KeyCode::Char('e'), KeyModifiers::CONTROL)),
            Some(Action::ExternalEditor)
        );
        assert_eq!(
            action(&a, KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            Some(Action::SaveNote)
        );
    }

    #[test]
    fn v_and_c_clash_with_no_key_of_any_focus() {
        use crate::response::EvidenceKind;
        use crate::tui::app::{ConfidenceChooser, EvidenceEditor};
        let press = |a: &App, c: char| action(a, key(KeyCode::Char(c)));
        let mut a = app("pyramid");
        assert_eq!(press(&a, 'v'), Some(Action::Evidence));
        assert_eq!(press(&a, 'c'), Some(Action::Confidence));
        let runner = a.runner.as_mut().unwrap();
        // Typing a reference: letters are text.
        runner.overlay = Some(Overlay::Evidence(EvidenceEditor::new(0, 0)));
        assert_eq!(press(&a, 'c'), Some(Action::Insert('c')));
        assert_eq!(press(&a, 'q'), Some(Action::Insert('q')));
        let runner = a.runner.as_mut().unwrap();
        let mut editor = EvidenceEditor::new(0, 0);
        editor.stage = EvidenceStage::Kind;
        runner.overlay = Some(Overlay::Evidence(editor));
        assert_eq!(
            press(&a, 'c'),
            Some(Action::Mark(EvidenceKind::Contradicts))
        );
        assert_eq!(press(&a, 's'), Some(Action::Mark(EvidenceKind::Supports)));
        let runner = a.runner.as_mut().unwrap();
        runner.overlay = Some(Overlay::Evidence(EvidenceEditor::new(0, 2)));
        assert_eq!(press(&a, 'd'), Some(Action::Remove));
        assert_eq!(press(&a, 'v'), Some(Action::Close));
        let runner = a.runner.as_mut().unwrap();
        runner.overlay = Some(Overlay::Confidence(ConfidenceChooser {
            step: 0,
            highlight: 3,
        }));
        assert_eq!(press(&a, '2'), Some(Action::Digit(2)));
        assert_eq!(press(&a, '7'), None);
        // A text answer being typed takes both letters; the completion screen's v is the report.
        let mut t = app("pulse");
        let runner = t.runner.as_mut().unwrap();
        runner.editor = Editor::Text {
            input: crate::tui::text_input::TextInput::line(""),
            typing: true,
        };
        assert_eq!(press(&t, 'v'), Some(Action::Insert('v')));
        assert_eq!(press(&t, 'c'), Some(Action::Insert('c')));
        let runner = t.runner.as_mut().unwrap();
        runner.editor = Editor::Text {
            input: crate::tui::text_input::TextInput::line(""),
            typing: false,
        };
        assert_eq!(press(&t, 'v'), Some(Action::Evidence));
        let runner = t.runner.as_mut().unwrap();
        runner.editor = Editor::Complete { scroll: 0 };
        assert_eq!(press(&t, 'v'), Some(Action::OpenReport));
    }
}
