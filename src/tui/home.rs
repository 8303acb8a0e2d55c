//! The home screen's state: the built-in instruments to start, the instruments saved in the
//! data folder's `instruments/` (your own, e.g. Kano studies made here), the unfinished sessions
//! to resume, the complete results to open, the small form that asks who is answering before a
//! new session starts, and the Kano study builder; inside an engagement, the interview screen
//! ([`Interview`]) instead. Loading and saving read and write the data folder; [`Home::update`] itself does no I/O and returns an [`Effect`] for the event loop, like
//! the runner.

use std::path::{Path, PathBuf};

use super::app::{Action, Effect, Notice, edit_line};
use super::interview::Interview;
use super::kano_builder::{Builder, Outcome, SavedStudy};
use super::session::Respondent;
use super::text_input::TextInput;
use super::words::ROLES;
use crate::error::Result;
use crate::instrument::{Instrument, builtin};
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

/// An instrument file in the data folder's `instruments/`: its entry (with the path as id, so
/// sessions record the file as their source), or why it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomEntry {
    /// The file.
    pub path: PathBuf,
    /// The instrument, or the reason it is unreadable.
    pub instrument: std::result::Result<InstrumentEntry, String>,
}

impl CustomEntry {
    /// The entry of a file and what loading it gave.
    pub fn new(path: PathBuf, loaded: Result<Instrument>) -> CustomEntry {
        CustomEntry {
            instrument: loaded
                .map(|i| InstrumentEntry {
                    id: path.display().to_string(),
                    title: i.title.clone(),
                    description: i.description.clone(),
                    questions: i.questions.len(),
                })
                .map_err(|e| e.to_string()),
            path,
        }
    }

    /// The file name, for display.
    pub fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

/// One selectable row of the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// `instruments[i]`: start a new session.
    Instrument(usize),
    /// `custom[i]`: start a new session of an instrument file (or say why it is unreadable).
    Custom(usize),
    /// Open the Kano study builder.
    NewKano,
    /// `unfinished[i]`: resume it.
    Unfinished(usize),
    /// `complete[i]`: open its report.
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
    /// The wave's label (2026-Q4).
    Period,
    /// The assessment date, YYYY-MM-DD.
    Date,
}

/// The new-session form.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// The instrument to start.
    pub instrument: String,
    /// Its title.
    pub title: Text,
    /// Its description (which says how to answer), shown in full above the fields.
    pub description: Option<Text>,
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
    /// The wave's label, written to `assessment.period`.
    pub period: TextInput,
    /// The assessment date, written to `assessment.date`.
    pub date: TextInput,
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
    /// Instrument files in the data folder's `instruments/`, by file name.
    pub custom: Vec<CustomEntry>,
    /// That folder, for display.
    pub instruments_dir: String,
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
    /// The Kano study builder, while it is open.
    pub builder: Option<Builder>,
    /// The message line.
    pub notice: Option<Notice>,
    /// Inside an engagement: the interview screen (the roster × its instruments), shown
    /// instead of the lists.
    pub interview: Option<Interview>,
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
        let custom = store::list_instruments()?
            .into_iter()
            .map(|(path, loaded)| CustomEntry::new(path, loaded))
            .collect();
        let instruments_dir = store::instruments_dir()?.display().to_string();
        Ok(Home::new(
            instruments,
            &sessions,
            broken
                .iter()
                .map(|(p, _)| p.display().to_string())
                .collect(),
            data_dir,
        )
        .with_custom(custom, instruments_dir)
        .with_interview(Interview::here()?))
    }

    /// This home screen in interview mode (inside an engagement) when `interview` is given.
    #[must_use]
    pub fn with_interview(mut self, interview: Option<Interview>) -> Home {
        self.interview = interview;
        self
    }

    /// This home screen with the instrument files of `instruments_dir` listed.
    #[must_use]
    pub fn with_custom(mut self, custom: Vec<CustomEntry>, instruments_dir: String) -> Home {
        self.custom = custom;
        self.instruments_dir = instruments_dir;
        self
    }

    /// A home screen over the given lists.
    pub fn new(
        instruments: Vec<InstrumentEntry>,
        sessions: &[SessionInfo],
        broken: Vec<String>,
        data_dir: String,
    ) -> Home {
        // The instruments folder is the sessions folder's sibling; `with_custom` names it exactly.
        let instruments_dir = Path::new(&data_dir)
            .parent()
            .map(|p| p.join("instruments").display().to_string())
            .unwrap_or_default();
        Home {
            instruments,
            custom: Vec::new(),
            instruments_dir,
            unfinished: sessions.iter().filter(|s| !s.complete).cloned().collect(),
            complete: sessions.iter().filter(|s| s.complete).cloned().collect(),
            broken,
            data_dir,
            selected: 0,
            form: None,
            builder: None,
            notice: None,
            interview: None,
        }
    }

    /// Reads the data folder again (after a session was left), keeping the selection in range.
    pub fn reload(&mut self) -> Result<()> {
        let fresh = Home::load()?;
        let selected = self.selected;
        let interview = self.interview.take();
        *self = fresh;
        self.selected = selected.min(self.items().len().saturating_sub(1));
        if let (Some(now), Some(before)) = (self.interview.as_mut(), interview.as_ref()) {
            now.came_back(before);
        }
        Ok(())
    }

    /// Writes the study the builder made as a new file in the instruments folder (never over an
    /// existing one), loads it back to prove it is a valid instrument, lists it, and shows the
    /// builder's confirmation, or the reason on the builder's message line.
    pub fn save_study(&mut self, id: &str, yaml: &str) -> Result<()> {
        let saved = store::instruments_dir()
            .and_then(|dir| store::save_new_instrument(&dir, id, yaml))
            .map(|path| std::path::absolute(&path).unwrap_or(path))
            .and_then(|path| Instrument::load(&path.display().to_string()).map(|i| (path, i)));
        let builder = self.builder.take();
        self.reload()?;
        self.builder = builder;
        if let Some(b) = self.builder.as_mut() {
            match saved {
                Ok((path, instrument)) => {
                    b.saved = Some(SavedStudy {
                        path,
                        title: instrument.title.clone(),
                        features: instrument.questions.len(),
                    });
                }
                Err(e) => b.notice = Some(Notice::SaveFailed(e.to_string())),
            }
        }
        Ok(())
    }

    /// The selectable rows, in screen order.
    pub fn items(&self) -> Vec<Item> {
        (0..self.instruments.len())
            .map(Item::Instrument)
            .chain(std::iter::once(Item::NewKano))
            .chain((0..self.custom.len()).map(Item::Custom))
            .chain((0..self.unfinished.len()).map(Item::Unfinished))
            .chain((0..self.complete.len()).map(Item::Complete))
            .collect()
    }

    /// The instrument selected, if the selection is one (built-in or readable file).
    pub fn selected_instrument(&self) -> Option<&InstrumentEntry> {
        match self.items().get(self.selected) {
            Some(Item::Instrument(i)) => self.instruments.get(*i),
            Some(Item::Custom(i)) => self.custom.get(*i).and_then(|c| c.instrument.as_ref().ok()),
            _ => None,
        }
    }

    /// The names (without `.yaml`) of the files in the instruments folder.
    fn taken_names(&self) -> Vec<String> {
        self.custom
            .iter()
            .filter_map(|c| c.path.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .collect()
    }

    fn open_builder(&mut self) {
        self.builder = Some(Builder::new(
            self.instruments_dir.clone(),
            self.taken_names(),
        ));
    }

    fn open_form(&mut self, instrument: String, title: Text, description: Option<Text>) {
        self.form = Some(Form {
            instrument,
            title,
            description,
            field: Field::Name,
            name: TextInput::line(""),
            role: 0,
            other_role: TextInput::line(""),
            org: TextInput::line(""),
            period: TextInput::line(""),
            date: TextInput::line(""),
        });
    }

    /// Selects the row of instrument file `path`, when it is listed.
    fn select_custom(&mut self, path: &Path) {
        if let Some(i) = self.custom.iter().position(|c| c.path == path) {
            if let Some(row) = self.items().iter().position(|x| *x == Item::Custom(i)) {
                self.selected = row;
            }
        }
    }

    fn update_builder(&mut self, mut builder: Builder, action: Action) -> Effect {
        let saved = builder.saved.as_ref().map(|s| s.path.clone());
        match builder.update(action) {
            Outcome::Stay => self.builder = Some(builder),
            Outcome::Save { id, yaml } => {
                self.builder = Some(builder);
                return Effect::SaveStudy { id, yaml };
            }
            Outcome::Leave => {
                if let Some(path) = saved {
                    self.select_custom(&path);
                }
            }
            Outcome::Answer { path, title } => {
                self.select_custom(&path);
                self.open_form(path.display().to_string(), title, None);
            }
        }
        Effect::None
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) -> Effect {
        self.notice = None;
        if let Some(interview) = self.interview.as_mut() {
            return interview.update(action, &mut self.notice);
        }
        if let Some(builder) = self.builder.take() {
            return self.update_builder(builder, action);
        }
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
            Action::NewStudy => self.open_builder(),
            Action::Choose(row) if row <= last => {
                self.selected = row;
                return self.update(Action::Confirm);
            }
            Action::Confirm => match self.items().get(self.selected).copied() {
                Some(Item::Instrument(i)) => {
                    let entry = &self.instruments[i];
                    let description = entry.description.clone();
                    self.open_form(entry.id.clone(), entry.title.clone(), description);
                }
                Some(Item::Custom(i)) => match &self.custom[i].instrument {
                    Ok(entry) => {
                        let description = entry.description.clone();
                        self.open_form(entry.id.clone(), entry.title.clone(), description);
                    }
                    Err(reason) => self.notice = Some(Notice::OpenFailed(reason.clone())),
                },
                Some(Item::NewKano) => self.open_builder(),
                Some(Item::Unfinished(i)) => return Effect::Open(self.unfinished[i].path.clone()),
                Some(Item::Complete(i)) => {
                    return Effect::OpenResult(self.complete[i].path.clone());
                }
                None => {}
            },
            Action::Quit | Action::Close => return Effect::Quit,
            _ => {}
        }
        Effect::None
    }

    fn update_form(&mut self, form: &mut Form, action: Action) -> Effect {
        const FIELDS: [Field; 5] = [
            Field::Name,
            Field::Role,
            Field::Org,
            Field::Period,
            Field::Date,
        ];
        let n = FIELDS.len();
        let at = FIELDS.iter().position(|f| *f == form.field).unwrap_or(0);
        match action {
            Action::NextField | Action::Down => form.field = FIELDS[(at + 1) % n],
            Action::PrevField | Action::Up => form.field = FIELDS[(at + n - 1) % n],
            Action::Confirm => {
                let name = form.name.text().trim().to_string();
                if name.is_empty() {
                    form.field = Field::Name;
                    self.notice = Some(Notice::NeedName);
                    return Effect::None;
                }
                let date = form.date.text().trim().to_string();
                if !date.is_empty() && !is_date(&date) {
                    form.field = Field::Date;
                    self.notice = Some(Notice::BadDate);
                    return Effect::None;
                }
                let given = |input: &TextInput| {
                    Some(input.text().trim().to_string()).filter(|t| !t.is_empty())
                };
                return Effect::Start {
                    instrument: form.instrument.clone(),
                    who: Respondent {
                        name: Some(name),
                        role: form.role_word(),
                        org: given(&form.org),
                    },
                    period: given(&form.period),
                    date: given(&form.date),
                };
            }
            Action::Close => {}
            other => match form.field {
                Field::Name => edit_line(&mut form.name, other),
                Field::Org => edit_line(&mut form.org, other),
                Field::Period => edit_line(&mut form.period, other),
                Field::Date => edit_line(&mut form.date, other),
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

/// Whether `s` is a calendar date written YYYY-MM-DD.
fn is_date(s: &str) -> bool {
    s.len() == 10 && s.parse::<jiff::civil::Date>().is_ok()
}

#[cfg(test)]
mod tests;
