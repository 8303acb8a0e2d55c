//! The home screen's Kano study builder: a title, a list of feature names typed one per line, the
//! importance and evaluation-table settings, and a live preview of the questions
//! [`crate::instrument::kano_study`] writes. [`Builder::update`] changes the state and says what
//! the home screen must do ([`Outcome`]); writing the file is the event loop's job, so nothing
//! here touches the disk or the terminal.

use std::path::PathBuf;

use super::app::{Action, Notice, edit_line};
use super::text_input::TextInput;
use crate::instrument::KanoTable;
use crate::instrument::kano_study::{self, MAX_FEATURES, MAX_NAME_CHARS, StudyError, StudySpec};
use crate::lang::Text;

/// The part of the builder that takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The study's title.
    Title,
    /// The feature list and the line a feature is typed on.
    Features,
    /// Whether importance (1–9) is asked.
    Importance,
    /// The evaluation table.
    Table,
}

const ORDER: [Focus; 4] = [
    Focus::Title,
    Focus::Features,
    Focus::Importance,
    Focus::Table,
];

/// The study once it is saved and loaded back.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedStudy {
    /// The file written.
    pub path: PathBuf,
    /// The instrument's title, as loaded.
    pub title: Text,
    /// How many features (Kano questions) it has.
    pub features: usize,
}

/// What the home screen must do after a builder update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Stay in the builder.
    Stay,
    /// Write this instrument YAML as a new file named after `id`.
    Save {
        /// The study id (the file's name).
        id: String,
        /// The instrument file's text.
        yaml: String,
    },
    /// Back to the home screen.
    Leave,
    /// Start answering the saved study.
    Answer {
        /// Its file.
        path: PathBuf,
        /// Its title.
        title: Text,
    },
}

/// The builder's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Builder {
    /// What takes the keys.
    pub focus: Focus,
    /// The title being typed.
    pub title: TextInput,
    /// The features added, as typed (`English | Chinese` or one name).
    pub features: Vec<String>,
    /// The selected feature (an index into `features` when there are any).
    pub selected: usize,
    /// The feature being typed (a new one, or the one taken back to edit).
    pub input: TextInput,
    /// The feature being edited, when one was taken back with Backspace.
    pub editing: Option<usize>,
    /// Whether importance is asked.
    pub importance: bool,
    /// The evaluation table.
    pub table: KanoTable,
    /// Asking whether to discard what was typed.
    pub confirm_discard: bool,
    /// Set once the study is saved: the confirmation is shown.
    pub saved: Option<SavedStudy>,
    /// The message line.
    pub notice: Option<Notice>,
    /// The instruments folder, for display.
    pub dir: String,
    /// File names (without `.yaml`) already in the instruments folder.
    pub taken: Vec<String>,
}

impl Builder {
    /// An empty builder saving into `dir`, where files named `taken` exist already.
    pub fn new(dir: String, taken: Vec<String>) -> Builder {
        Builder {
            focus: Focus::Title,
            title: TextInput::line(""),
            features: Vec::new(),
            selected: 0,
            input: TextInput::line(""),
            editing: None,
            importance: true,
            table: KanoTable::Standard,
            confirm_discard: false,
            saved: None,
            notice: None,
            dir,
            taken,
        }
    }

    /// The study as typed so far.
    pub fn spec(&self) -> StudySpec {
        StudySpec {
            title: self.title.text().trim().to_string(),
            features: self.features.clone(),
            importance: self.importance,
            table: self.table,
        }
    }

    /// Whether anything was typed that leaving would lose.
    pub fn is_dirty(&self) -> bool {
        self.saved.is_none()
            && (!self.title.text().trim().is_empty()
                || !self.features.is_empty()
                || !self.input.text().trim().is_empty())
    }

    /// The feature name the preview shows: the one being typed, else the selected one.
    pub fn previewed(&self) -> Option<&str> {
        let typed = self.input.text().trim();
        if typed.is_empty() {
            self.features.get(self.selected).map(String::as_str)
        } else {
            Some(typed)
        }
    }

    /// The file name the study will get: its id, with `_2`, `_3`… when that is taken. (Saving
    /// checks again, so a file that appears meanwhile is not replaced either.)
    pub fn planned_file(&self) -> String {
        let id = kano_study::study_id(self.title.text());
        let mut name = id.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{id}_{n}");
            n += 1;
        }
        format!("{name}.yaml")
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) -> Outcome {
        self.notice = None;
        if let Some(saved) = &self.saved {
            return match action {
                Action::Confirm => Outcome::Answer {
                    path: saved.path.clone(),
                    title: saved.title.clone(),
                },
                Action::Close | Action::Quit => Outcome::Leave,
                _ => Outcome::Stay,
            };
        }
        if self.confirm_discard {
            self.confirm_discard = false;
            return if action == Action::Confirm {
                Outcome::Leave
            } else {
                Outcome::Stay
            };
        }
        match action {
            Action::SaveStudy => return self.save(),
            Action::Close => {
                if self.editing.is_some() {
                    self.editing = None;
                    self.input = TextInput::line("");
                } else if self.is_dirty() {
                    self.confirm_discard = true;
                } else {
                    return Outcome::Leave;
                }
            }
            Action::NextField => self.move_focus(1),
            Action::PrevField => self.move_focus(ORDER.len() - 1),
            Action::Remove => self.remove_selected(),
            other => match self.focus {
                Focus::Title => match other {
                    Action::Confirm | Action::Down => self.focus = Focus::Features,
                    _ => edit_line(&mut self.title, other),
                },
                Focus::Features => self.update_features(other),
                Focus::Importance => match other {
                    Action::Up => self.focus = Focus::Features,
                    Action::Down => self.focus = Focus::Table,
                    Action::CursorLeft
                    | Action::CursorRight
                    | Action::Confirm
                    | Action::Insert(' ') => self.importance = !self.importance,
                    _ => {}
                },
                Focus::Table => match other {
                    Action::Up => self.focus = Focus::Importance,
                    Action::CursorLeft
                    | Action::CursorRight
                    | Action::Confirm
                    | Action::Insert(' ') => {
                        self.table = match self.table {
                            KanoTable::Standard => KanoTable::Pouliot,
                            KanoTable::Pouliot => KanoTable::Standard,
                        };
                    }
                    _ => {}
                },
            },
        }
        Outcome::Stay
    }

    fn move_focus(&mut self, by: usize) {
        let at = ORDER.iter().position(|f| *f == self.focus).unwrap_or(0);
        self.focus = ORDER[(at + by) % ORDER.len()];
    }

    fn update_features(&mut self, action: Action) {
        let empty = self.input.text().is_empty();
        match action {
            Action::Confirm => {
                if !self.input.text().trim().is_empty() {
                    self.add_typed();
                } else if let Some(i) = self.editing.take() {
                    // Emptied while editing: the feature goes.
                    self.selected = i;
                    self.remove_selected();
                }
            }
            Action::Up if self.editing.is_none() => {
                if self.selected == 0 || self.features.is_empty() {
                    self.focus = Focus::Title;
                } else {
                    self.selected -= 1;
                }
            }
            Action::Down if self.editing.is_none() => {
                if self.selected + 1 >= self.features.len() {
                    self.focus = Focus::Importance;
                } else {
                    self.selected += 1;
                }
            }
            Action::First if self.editing.is_none() => self.selected = 0,
            Action::Last if self.editing.is_none() => {
                self.selected = self.features.len().saturating_sub(1);
            }
            // Backspace on an empty line takes the selected feature back to edit it.
            Action::Backspace if empty && self.editing.is_none() && !self.features.is_empty() => {
                self.editing = Some(self.selected);
                self.input = TextInput::line(&self.features[self.selected]);
            }
            // Delete on an empty line removes the selected feature.
            Action::Delete if empty => self.remove_selected(),
            other => edit_line(&mut self.input, other),
        }
    }

    /// Adds the typed feature (or puts the edited one back), refusing what cannot be asked.
    fn add_typed(&mut self) -> bool {
        let typed = self.input.text().trim().to_string();
        let name = kano_study::split_name(&typed);
        let position = self.editing.map_or(self.features.len() + 1, |i| i + 1);
        if typed.chars().count() > MAX_NAME_CHARS {
            self.notice = Some(Notice::Study(StudyError::TooLong {
                position,
                max: MAX_NAME_CHARS,
            }));
            return false;
        }
        if name.en.is_empty() {
            self.notice = Some(Notice::Study(StudyError::EmptyFeature { position }));
            return false;
        }
        let same = |other: &String| {
            let o = kano_study::split_name(other);
            o.en.to_lowercase() == name.en.to_lowercase()
                && o.zh.to_lowercase() == name.zh.to_lowercase()
        };
        let duplicate = self
            .features
            .iter()
            .enumerate()
            .any(|(i, f)| Some(i) != self.editing && same(f));
        if duplicate {
            self.notice = Some(Notice::DuplicateFeature(typed));
            return false;
        }
        if let Some(i) = self.editing.take() {
            self.features[i] = typed;
            self.selected = i;
        } else {
            if self.features.len() >= MAX_FEATURES {
                self.notice = Some(Notice::Study(StudyError::TooMany {
                    count: self.features.len() + 1,
                    max: MAX_FEATURES,
                }));
                return false;
            }
            self.features.push(typed);
            self.selected = self.features.len() - 1;
        }
        self.input = TextInput::line("");
        true
    }

    fn remove_selected(&mut self) {
        if self.selected < self.features.len() {
            self.features.remove(self.selected);
            if self.editing.take().is_some() {
                self.input = TextInput::line("");
            }
            self.selected = self.selected.min(self.features.len().saturating_sub(1));
        }
    }

    /// Ctrl-S: a feature typed but not yet added is added first, then the study is generated.
    fn save(&mut self) -> Outcome {
        if !self.input.text().trim().is_empty() && !self.add_typed() {
            self.focus = Focus::Features;
            return Outcome::Stay;
        }
        match kano_study::generate(&self.spec()) {
            Ok(yaml) => Outcome::Save {
                id: kano_study::study_id(self.title.text()),
                yaml,
            },
            Err(e) => {
                self.focus = match e {
                    StudyError::NoTitle | StudyError::TooLong { position: 0, .. } => Focus::Title,
                    _ => Focus::Features,
                };
                if let StudyError::EmptyFeature { position }
                | StudyError::TooLong { position, .. } = e
                {
                    self.selected = position.saturating_sub(1);
                }
                self.notice = Some(Notice::Study(e));
                Outcome::Stay
            }
        }
    }
}

#[cfg(test)]
mod tests;
