//! The form that adds an interviewee to the roster: the respondent's name or code (as results
//! files name them), a display name, the role, and the instruments they answer. Confirming
//! checks what the engagement file would refuse (an empty or taken name, no instrument, a role
//! an instrument is not answered by) and asks the event loop to write the roster item.

use super::Interview;
use crate::engagement::{CONSENSUS, Member};
use crate::tui::app::{Action, Effect, Notice, edit_line};
use crate::tui::text_input::TextInput;
use crate::tui::words::ROLES;

/// The fields of the form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberField {
    /// The respondent's name or code.
    Respondent,
    /// The display name (optional).
    Name,
    /// The role.
    Role,
    /// The instruments they answer.
    Instruments,
}

const FIELDS: [MemberField; 4] = [
    MemberField::Respondent,
    MemberField::Name,
    MemberField::Role,
    MemberField::Instruments,
];

/// The add-an-interviewee form.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberForm {
    /// The focused field.
    pub field: MemberField,
    /// Name or code, as in results files.
    pub respondent: TextInput,
    /// Display name.
    pub name: TextInput,
    /// The role chosen: an index into [`ROLES`], or `ROLES.len()` for a typed role.
    pub role: usize,
    /// The typed role.
    pub other_role: TextInput,
    /// Per instrument column, whether they answer it.
    pub chosen: Vec<bool>,
    /// The instrument under the cursor.
    pub at: usize,
}

impl MemberForm {
    /// An empty form over `columns` instruments, none chosen.
    pub fn new(columns: usize) -> MemberForm {
        MemberForm {
            field: MemberField::Respondent,
            respondent: TextInput::line(""),
            name: TextInput::line(""),
            role: 0,
            other_role: TextInput::line(""),
            chosen: vec![false; columns],
            at: 0,
        }
    }

    /// The role word chosen, if any.
    pub fn role_word(&self) -> Option<String> {
        match ROLES.get(self.role) {
            Some(r) => Some((*r).to_string()),
            None => Some(self.other_role.text().trim().to_string()).filter(|r| !r.is_empty()),
        }
    }

    /// Applies one action; [`Effect::AddMember`] when confirmed with what the roster accepts.
    pub fn update(
        &mut self,
        action: Action,
        screen: &Interview,
        notice: &mut Option<Notice>,
    ) -> Effect {
        let at = FIELDS.iter().position(|f| *f == self.field).unwrap_or(0);
        match action {
            Action::NextField | Action::Down => self.field = FIELDS[(at + 1) % FIELDS.len()],
            Action::PrevField | Action::Up => {
                self.field = FIELDS[(at + FIELDS.len() - 1) % FIELDS.len()];
            }
            Action::Confirm => return self.confirm(screen, notice),
            Action::Close => {}
            other => match self.field {
                MemberField::Respondent => edit_line(&mut self.respondent, other),
                MemberField::Name => edit_line(&mut self.name, other),
                MemberField::Role => match other {
                    Action::CursorLeft => self.role = self.role.saturating_sub(1),
                    Action::CursorRight => self.role = (self.role + 1).min(ROLES.len()),
                    Action::Insert(_) | Action::Backspace | Action::Delete => {
                        self.role = ROLES.len();
                        edit_line(&mut self.other_role, other);
                    }
                    _ => {}
                },
                MemberField::Instruments => match other {
                    Action::CursorLeft => self.at = self.at.saturating_sub(1),
                    Action::CursorRight => {
                        self.at = (self.at + 1).min(self.chosen.len().saturating_sub(1));
                    }
                    Action::Insert(' ') => {
                        if let Some(c) = self.chosen.get_mut(self.at) {
                            *c = !*c;
                        }
                    }
                    _ => {}
                },
            },
        }
        Effect::None
    }

    /// The member to add, or the notice that says what is missing.
    fn confirm(&mut self, screen: &Interview, notice: &mut Option<Notice>) -> Effect {
        let respondent = self.respondent.text().trim().to_string();
        if respondent.is_empty() {
            self.field = MemberField::Respondent;
            *notice = Some(Notice::NeedName);
            return Effect::None;
        }
        if respondent == CONSENSUS || screen.has(&respondent) {
            self.field = MemberField::Respondent;
            *notice = Some(Notice::MemberTaken(respondent));
            return Effect::None;
        }
        let columns: Vec<&super::Column> = screen
            .columns
            .iter()
            .zip(&self.chosen)
            .filter_map(|(c, chosen)| chosen.then_some(c))
            .collect();
        if columns.is_empty() {
            self.field = MemberField::Instruments;
            *notice = Some(Notice::NoInstrumentChosen);
            return Effect::None;
        }
        let role = self.role_word();
        // Refused: a role the instrument is not for, or one every section of it leaves out.
        if let Some(c) = columns
            .iter()
            .find(|c| crate::audience::check_asked(&c.instrument, role.as_deref()).is_err())
        {
            self.field = MemberField::Role;
            let audience = if c.instrument.admits(role.as_deref()) {
                crate::audience::section_roles(&c.instrument)
            } else {
                c.instrument.audience.clone()
            };
            *notice = Some(Notice::RoleRefused {
                role: role.unwrap_or_default(),
                instrument: c.instrument.id.clone(),
                audience,
            });
            return Effect::None;
        }
        Effect::AddMember(Box::new(Member {
            respondent,
            role,
            name: Some(self.name.text().trim().to_string()).filter(|n| !n.is_empty()),
            instruments: columns.iter().map(|c| c.spec.clone()).collect(),
        }))
    }
}
