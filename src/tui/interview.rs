//! Interview mode: the home screen inside an engagement (SPEC "Engagements"). A consultant runs
//! `cxassess` in the engagement folder and sees who is to be interviewed on what — the roster ×
//! the instruments, each cell with its progress (questions answered of those asked, ✓ when
//! complete, not started) — with the client and period in the title. Enter on a cell starts or
//! resumes that person's instrument in the engagement's layout
//! (`<DIR>/<instrument>/<respondent>.yaml`, `assessment` filled from the engagement); `a` adds an
//! interviewee to the roster (written back to `engagement.yaml`, see [`roster`]); after an
//! interview the next unfinished one is offered.
//!
//! Loading reads the folder; [`Interview::update`] does no I/O and returns an [`Effect`] for the
//! event loop, like the rest of the home screen.

pub mod form;
pub mod roster;

use std::path::Path;

use super::app::{Action, Effect, Notice};
use super::session::{Respondent, Start};
use crate::engagement::status::{Progress, progress};
use crate::engagement::{CONSENSUS, Engagement};
use crate::error::Result;
use crate::instrument::{Instrument, builtin};
use crate::response::{Results, read_results};

pub use form::{MemberField, MemberForm};

/// One instrument of the engagement: a column of the grid.
#[derive(Debug, Clone)]
pub struct Column {
    /// As the engagement names it: a built-in id or a path relative to the folder.
    pub spec: String,
    /// The instrument.
    pub instrument: Instrument,
}

impl Column {
    /// What `run` loads: a built-in id, or the instrument file's path.
    pub fn load_spec(&self, dir: &Path) -> String {
        load_spec(&self.spec, dir)
    }
}

/// What `run` loads for an instrument the engagement names: a built-in id as it is, a path
/// relative to the engagement folder.
fn load_spec(spec: &str, dir: &Path) -> String {
    if builtin::ids().contains(&spec) {
        spec.to_string()
    } else {
        dir.join(spec).display().to_string()
    }
}

/// One person's progress on one instrument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Not on this person's list (the roster names their instruments).
    NotAsked,
    /// To be answered: the progress (`updated` is `None` before the first answer is saved).
    Asked(Progress),
}

impl Cell {
    /// Asked and not complete.
    pub fn unfinished(&self) -> bool {
        matches!(self, Cell::Asked(p) if !p.complete)
    }

    /// Asked and started (the file holds the response).
    pub fn started(&self) -> bool {
        matches!(self, Cell::Asked(p) if p.updated.is_some())
    }
}

/// One interviewee: a row of the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The respondent's name or code.
    pub respondent: String,
    /// Their role.
    pub role: Option<String>,
    /// Their display name.
    pub name: Option<String>,
    /// On the roster (or only found in the folder).
    pub on_roster: bool,
    /// One cell per column.
    pub cells: Vec<Cell>,
}

/// The interview home screen's state.
#[derive(Debug, Clone)]
pub struct Interview {
    /// The engagement.
    pub engagement: Engagement,
    /// Its instruments.
    pub columns: Vec<Column>,
    /// The roster, then respondents found in the folder but not on it.
    pub rows: Vec<Row>,
    /// The selected row.
    pub row: usize,
    /// The selected column.
    pub col: usize,
    /// The selected cell is offered as the next interview (after one ended).
    pub offer: bool,
    /// The interview last started here: (respondent, instrument spec).
    pub last: Option<(String, String)>,
    /// The add-an-interviewee form, while it is open.
    pub form: Option<MemberForm>,
    /// Files and instruments that could not be read, as display lines.
    pub problems: Vec<String>,
}

/// The engagement's instruments, then those of roster members not among them.
fn specs(e: &Engagement) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in e
        .instruments
        .iter()
        .chain(e.roster.iter().flat_map(|m| &m.instruments))
    {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

impl Interview {
    /// The interview screen of the engagement holding the current folder, if there is one.
    pub fn here() -> Result<Option<Interview>> {
        let Ok(cwd) = std::env::current_dir() else {
            return Ok(None);
        };
        Engagement::find(&cwd)
            .map(|d| Interview::load(&d))
            .transpose()
    }

    /// Reads the engagement at `dir`, its instruments and its results files. A file that cannot
    /// be read is listed as a problem, not an error: the others still show.
    pub fn load(dir: &Path) -> Result<Interview> {
        let e = Engagement::load(dir)?;
        let mut problems = Vec::new();
        let mut columns = Vec::new();
        for spec in specs(&e) {
            match Instrument::load(&load_spec(&spec, &e.dir)) {
                Ok(instrument) => columns.push(Column { spec, instrument }),
                Err(err) => problems.push(err.to_string()),
            }
        }
        let mut files = Vec::new();
        for (_, path) in e.results_files()? {
            match read_results(&path) {
                Ok(read) => files.push(read),
                Err(err) => problems.push(err.to_string()),
            }
        }
        Ok(Interview::new(e, columns, &files, problems))
    }

    /// The screen over what was read: the engagement, its instruments, its results files.
    pub fn new(
        engagement: Engagement,
        columns: Vec<Column>,
        files: &[(Results, Instrument)],
        problems: Vec<String>,
    ) -> Interview {
        let mut rows: Vec<Row> = engagement
            .roster
            .iter()
            .map(|m| Row {
                respondent: m.respondent.clone(),
                role: m.role.clone(),
                name: m.name.clone(),
                on_roster: true,
                cells: columns
                    .iter()
                    .map(|c| {
                        if engagement.instruments_of(m).contains(&c.spec) {
                            Cell::Asked(progress(&c.instrument, m.role.as_deref(), None))
                        } else {
                            Cell::NotAsked
                        }
                    })
                    .collect(),
            })
            .collect();
        for (results, inst) in files {
            let Some(col) = columns.iter().position(|c| c.instrument.id == inst.id) else {
                continue;
            };
            for r in results
                .responses
                .iter()
                .filter(|r| r.respondent != CONSENSUS)
            {
                let at = rows.iter().position(|x| x.respondent == r.respondent);
                let at = at.unwrap_or_else(|| {
                    rows.push(Row {
                        respondent: r.respondent.clone(),
                        role: r.role.clone(),
                        name: None,
                        on_roster: false,
                        cells: vec![Cell::NotAsked; columns.len()],
                    });
                    rows.len() - 1
                });
                let row = &mut rows[at];
                let role = r.role.clone().or_else(|| row.role.clone());
                row.cells[col] = Cell::Asked(progress(inst, role.as_deref(), Some(r)));
            }
        }
        let mut screen = Interview {
            engagement,
            columns,
            rows,
            row: 0,
            col: 0,
            offer: false,
            last: None,
            form: None,
            problems,
        };
        screen.col = screen.first_asked(0).unwrap_or(0);
        screen
    }

    /// The cell at row `r`, column `c`.
    pub fn cell(&self, r: usize, c: usize) -> Option<&Cell> {
        self.rows.get(r)?.cells.get(c)
    }

    /// The first column row `r` is asked, if any.
    fn first_asked(&self, r: usize) -> Option<usize> {
        let row = self.rows.get(r)?;
        row.cells.iter().position(|c| *c != Cell::NotAsked)
    }

    /// How many interviews are complete, of how many asked.
    pub fn done(&self) -> (usize, usize) {
        let asked = self.rows.iter().flat_map(|r| &r.cells);
        let (mut done, mut all) = (0, 0);
        for c in asked {
            if let Cell::Asked(p) = c {
                all += 1;
                done += usize::from(p.complete);
            }
        }
        (done, all)
    }

    /// The next unfinished interview after row `r`, column `c`, in reading order (wrapping),
    /// `(r, c)` itself last.
    pub fn next_unfinished(&self, r: usize, c: usize) -> Option<(usize, usize)> {
        let cols = self.columns.len();
        let total = self.rows.len() * cols;
        if total == 0 {
            return None;
        }
        let at = r * cols + c;
        (1..=total)
            .map(|k| (at + k) % total)
            .map(|n| (n / cols, n % cols))
            .find(|&(r, c)| self.cell(r, c).is_some_and(Cell::unfinished))
    }

    /// Where the screen should be after coming back to it: on the interview just left when it
    /// is still unfinished, else on the next unfinished one — offered either way. Without an
    /// interview started here, the selection `previous` had (kept in range).
    pub fn came_back(&mut self, previous: &Interview) {
        self.row = previous.row.min(self.rows.len().saturating_sub(1));
        self.col = previous.col.min(self.columns.len().saturating_sub(1));
        let Some((who, spec)) = &previous.last else {
            return;
        };
        let Some(r) = self.rows.iter().position(|x| &x.respondent == who) else {
            return;
        };
        let Some(c) = self.columns.iter().position(|x| &x.spec == spec) else {
            return;
        };
        let next = if self.cell(r, c).is_some_and(Cell::unfinished) {
            Some((r, c))
        } else {
            self.next_unfinished(r, c)
        };
        if let Some((r, c)) = next {
            (self.row, self.col) = (r, c);
            self.offer = true;
        } else {
            (self.row, self.col) = (r, c);
        }
    }

    /// What `run` would be asked for the selected cell: the instrument, the file in the
    /// engagement's layout, who answers, and the wave from the engagement.
    pub fn start(&self, r: usize, c: usize) -> Option<Start> {
        let row = self.rows.get(r)?;
        let column = self.columns.get(c)?;
        let e = &self.engagement;
        Some(Start {
            instrument: column.load_spec(&e.dir),
            out: Some(e.results_path(&column.instrument.id, &row.respondent)),
            who: Respondent {
                name: Some(row.respondent.clone()),
                role: row.role.clone(),
                org: Some(e.client.clone()),
            },
            period: e.period.clone(),
            date: e.date.clone(),
            from: None,
        })
    }

    /// Applies one action (the form's, while it is open).
    pub fn update(&mut self, action: Action, notice: &mut Option<Notice>) -> Effect {
        if let Some(mut form) = self.form.take() {
            let effect = form.update(action, self, notice);
            if !matches!(effect, Effect::AddMember(_)) && action != Action::Close {
                self.form = Some(form);
            }
            return effect;
        }
        let last_row = self.rows.len().saturating_sub(1);
        let last_col = self.columns.len().saturating_sub(1);
        let moved = match action {
            Action::Up => Some((self.row.saturating_sub(1), self.col)),
            Action::Down => Some(((self.row + 1).min(last_row), self.col)),
            Action::Prev => Some((self.row, self.col.saturating_sub(1))),
            Action::Next => Some((self.row, (self.col + 1).min(last_col))),
            Action::PageUp | Action::First => Some((0, self.col)),
            Action::PageDown | Action::Last => Some((last_row, self.col)),
            _ => None,
        };
        if let Some((r, c)) = moved {
            (self.row, self.col) = (r, c);
            self.offer = false;
            return Effect::None;
        }
        match action {
            Action::Choose(n) if !self.columns.is_empty() => {
                let cols = self.columns.len();
                if n / cols <= last_row {
                    (self.row, self.col) = (n / cols, n % cols);
                    return self.update(Action::Confirm, notice);
                }
                Effect::None
            }
            Action::Confirm => self.open_selected(notice),
            Action::AddMember => {
                self.form = Some(MemberForm::new(self.columns.len()));
                Effect::None
            }
            Action::Quit | Action::Close => Effect::Quit,
            _ => Effect::None,
        }
    }

    /// Enter on the selected cell: start or resume it, or say why not.
    fn open_selected(&mut self, notice: &mut Option<Notice>) -> Effect {
        let (r, c) = (self.row, self.col);
        let (Some(row), Some(column)) = (self.rows.get(r), self.columns.get(c)) else {
            return Effect::None;
        };
        if self.cell(r, c) == Some(&Cell::NotAsked) {
            *notice = Some(Notice::NotAsked {
                who: row.respondent.clone(),
                instrument: column.instrument.id.clone(),
            });
            return Effect::None;
        }
        let Some(start) = self.start(r, c) else {
            return Effect::None;
        };
        self.last = Some((row.respondent.clone(), column.spec.clone()));
        self.offer = false;
        Effect::Interview(Box::new(start))
    }

    /// Whether `respondent` is on the grid already (the roster, or found in the folder).
    pub fn has(&self, respondent: &str) -> bool {
        self.rows.iter().any(|r| r.respondent == respondent)
    }

    /// Selects the first instrument of `respondent`'s row (after adding them).
    pub fn select(&mut self, respondent: &str) {
        if let Some(r) = self.rows.iter().position(|x| x.respondent == respondent) {
            self.row = r;
            self.col = self.first_asked(r).unwrap_or(0);
        }
    }
}

#[cfg(test)]
mod tests;
