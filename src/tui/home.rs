//! The home screen's state: the built-in instruments to start, the unfinished sessions to
//! resume, the complete results to open, and the small form that asks who is answering before a
//! new session starts. Loading reads the data folder; [`Home::update`] itself does no I/O and
//! returns an [`Effect`] for the event loop, like the runner.

use super::app::{Action, Effect, Notice, edit_line};
use super::session::Respondent;
use super::strings::ROLES;
use super::text_input::TextInput;
use crate::error::Result;
use crate::instrument::builtin;
use crate::lang::Text;
use crate::response::store::{self, SessionInfo};

/// A built-in instrument offered on the home screen.
#[derive(Debug, Clone, PartialEq)]
pub struct InstrumentEntry {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: Text,
    /// Its description.
    pub description: Option<Text>,
    /// How many questions it has.
    pub questions: usize,
}

/// One selectable row of the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// `instruments[i]`: start a new session.
    Instrument(usize),
    /// `unfinished[i]`: resume it.
    Unfinished(usize),
    /// `complete[i]`: open its summary.
    Complete(usize),
}

/// The fields of the new-session form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The respondent's name or code.
    Name,
    /// The role: one of [`ROLES`] or a typed word.
    Role,
    /// The organisation assessed.
    Org,
}

/// The new-session form.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// The instrument to start.
    pub instrument: String,
    /// Its title.
    pub title: Text,
    /// The focused field.
    pub field: Field,
    /// Name or code.
    pub name: TextInput,
    /// The role chosen: an index into [`ROLES`], or `ROLES.len()` for a typed role.
    pub role: usize,
    /// The typed role.
    pub other_role: TextInput,
    /// The organisation.
    pub org: TextInput,
}

impl Form {
    /// The role word chosen, if any.
    pub fn role_word(&self) -> Option<String> {
        match ROLES.get(self.role) {
            Some(r) => Some((*r).to_string()),
            None => Some(self.other_role.text().trim().to_string()).filter(|r| !r.is_empty()),
        }
    }
}

/// The home screen.
#[derive(Debug, Clone)]
pub struct Home {
    /// Built-in instruments.
    pub instruments: Vec<InstrumentEntry>,
    /// Sessions not yet complete, newest first.
    pub unfinished: Vec<SessionInfo>,
    /// Complete sessions, newest first.
    pub complete: Vec<SessionInfo>,
    /// Session files that could not be read, as display lines.
    pub broken: Vec<String>,
    /// The sessions folder, for display.
    pub data_dir: String,
    /// The selected row, an index into [`Home::items`].
    pub selected: usize,
    /// The form, while it is open.
    pub form: Option<Form>,
    /// The message line.
    pub notice: Option<Notice>,
}

impl Home {
    /// The home screen over the built-in instruments and the data folder's sessions.
    pub fn load() -> Result<Home> {
        let mut instruments = Vec::new();
        for id in builtin::ids() {
            if let Some(b) = builtin::latest(id) {
                let i = b.instrument()?;
                instruments.push(InstrumentEntry {
                    id: i.id.clone(),
                    title: i.title.clone(),
                    description: i.description.clone(),
                    questions: i.questions.len(),
                });
            }
        }
        let (sessions, broken) = store::list_sessions()?;
        let data_dir = store::sessions_dir()?.display().to_string();
        Ok(Home::new(
            instruments,
            &sessions,
            broken
                .iter()
                .map(|(p, _)| p.display().to_string())
                .collect(),
            data_dir,
        ))
    }

    /// A home screen over the given lists.
    pub fn new(
        instruments: Vec<InstrumentEntry>,
        sessions: &[SessionInfo],
        broken: Vec<String>,
        data_dir: String,
    ) -> Home {
        Home {
            instruments,
            unfinished: sessions.iter().filter(|s| !s.complete).cloned().collect(),
            complete: sessions.iter().filter(|s| s.complete).cloned().collect(),
            broken,
            data_dir,
            selected: 0,
            form: None,
            notice: None,
        }
    }

    /// Reads the data folder again (after a session was left), keeping the selection in range.
    pub fn reload(&mut self) -> Result<()> {
        let fresh = Home::load()?;
        let selected = self.selected;
        *self = fresh;
        self.selected = selected.min(self.items().len().saturating_sub(1));
        Ok(())
    }

    /// The selectable rows, in screen order.
    pub fn items(&self) -> Vec<Item> {
        (0..self.instruments.len())
            .map(Item::Instrument)
            .chain((0..self.unfinished.len()).map(Item::Unfinished))
            .chain((0..self.complete.len()).map(Item::Complete))
            .collect()
    }

    /// The instrument selected, if the selection is one.
    pub fn selected_instrument(&self) -> Option<&InstrumentEntry> {
        match self.items().get(self.selected) {
            Some(Item::Instrument(i)) => self.instruments.get(*i),
            _ => None,
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) -> Effect {
        self.notice = None;
        if let Some(mut form) = self.form.take() {
            let effect = self.update_form(&mut form, action);
            if !matches!(effect, Effect::Start { .. }) && action != Action::Close {
                self.form = Some(form);
            }
            return effect;
        }
        let last = self.items().len().saturating_sub(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(5),
            Action::PageDown => self.selected = (self.selected + 5).min(last),
            Action::First => self.selected = 0,
            Action::Last => self.selected = last,
            Action::Confirm => match self.items().get(self.selected) {
                Some(Item::Instrument(i)) => {
                    let entry = &self.instruments[*i];
                    self.form = Some(Form {
                        instrument: entry.id.clone(),
                        title: entry.title.clone(),
                        field: Field::Name,
                        name: TextInput::line(""),
                        role: 0,
                        other_role: TextInput::line(""),
                        org: TextInput::line(""),
                    });
                }
                Some(Item::Unfinished(i)) => return Effect::Open(self.unfinished[*i].path.clone()),
                Some(Item::Complete(i)) => return Effect::Open(self.complete[*i].path.clone()),
                None => {}
            },
            Action::Quit | Action::Close => return Effect::Quit,
            _ => {}
        }
        Effect::None
    }

    fn update_form(&mut self, form: &mut Form, action: Action) -> Effect {
        const FIELDS: [Field; 3] = [Field::Name, Field::Role, Field::Org];
        let at = FIELDS.iter().position(|f| *f == form.field).unwrap_or(0);
        match action {
            Action::NextField | Action::Down => form.field = FIELDS[(at + 1) % 3],
            Action::PrevField | Action::Up => form.field = FIELDS[(at + 2) % 3],
            Action::Confirm => {
                let name = form.name.text().trim().to_string();
                if name.is_empty() {
                    form.field = Field::Name;
                    self.notice = Some(Notice::NeedName);
                    return Effect::None;
                }
                let org = form.org.text().trim().to_string();
                return Effect::Start {
                    instrument: form.instrument.clone(),
                    who: Respondent {
                        name: Some(name),
                        role: form.role_word(),
                        org: Some(org).filter(|o| !o.is_empty()),
                    },
                };
            }
            Action::Close => {}
            other => match form.field {
                Field::Name => edit_line(&mut form.name, other),
                Field::Org => edit_line(&mut form.org, other),
                Field::Role => match other {
                    Action::CursorLeft => form.role = form.role.saturating_sub(1),
                    Action::CursorRight => form.role = (form.role + 1).min(ROLES.len()),
                    Action::Insert(_) | Action::Backspace | Action::Delete => {
                        form.role = ROLES.len();
                        edit_line(&mut form.other_role, other);
                    }
                    _ => {}
                },
            },
        }
        Effect::None
    }
}
