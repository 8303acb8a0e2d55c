//! One respondent answering one instrument: which results file, which response in it, and how a
//! keypress or a typed line becomes an [`Answer`]. The full-screen runner and the plain line mode
//! both go through this type, so the same answers give the same file byte for byte. It owns no
//! terminal and decides nothing about screens; it never writes unless [`Session::save`] is called.
//!
//! A session opened on a file holds the file's lock ([`ResultsLock`]) until it is dropped, so a
//! second session or writer on the same file is refused naming this one, instead of the two
//! overwriting each other's answers.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::instrument::{Instrument, Question, QuestionKind, Scale, Step};
use crate::response::carry::{self, Previous};
use crate::response::lock::ResultsLock;
use crate::response::{
    self, Answer, KanoWord, PartValue, Response, Results, save_atomic, save_held, step_answered,
    store,
};

/// The respondent name used when none is given.
pub const ANONYMOUS: &str = "anonymous";

/// Why an answer was not taken. The runner explains it on screen; the plain mode prints it.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The number is not a point of the step's scale.
    OffScale {
        /// What was given.
        value: i32,
        /// The scale's lowest point.
        min: i32,
        /// The scale's highest point.
        max: i32,
    },
    /// The question does not accept "not applicable".
    NaNotAllowed,
    /// An allocation does not add up to its total.
    AllocationSum {
        /// The sum given.
        sum: f64,
        /// The sum required.
        total: f64,
    },
    /// An allocation has the wrong number of values.
    AllocationCount {
        /// How many were given.
        given: usize,
        /// How many parts there are.
        parts: usize,
    },
    /// The step takes no scale point (allocation or text).
    NotAPoint,
}

/// What `cxassess run` asks for: an instrument, where to keep the answers, and who answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Start {
    /// A built-in id or an instrument file's path.
    pub instrument: String,
    /// The results file; an existing one is resumed. `None`: a session in the data folder.
    pub out: Option<PathBuf>,
    /// Who answers.
    pub who: Respondent,
    /// The wave's label, written to `assessment.period` (`None` leaves the file's).
    pub period: Option<String>,
    /// The assessment date, YYYY-MM-DD, written to `assessment.date` (`None` leaves the file's).
    pub date: Option<String>,
    /// An earlier wave (results file or engagement folder) whose answers are offered to be kept.
    pub from: Option<PathBuf>,
}

/// Who is answering, for a new response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Respondent {
    /// Name or code.
    pub name: Option<String>,
    /// Role word.
    pub role: Option<String>,
    /// Organisation assessed.
    pub org: Option<String>,
}

/// One respondent's session on one results file.
#[derive(Debug, Clone)]
pub struct Session {
    /// The instrument answered (for a resumed file, the version the file was answered against).
    pub instrument: Instrument,
    /// The instrument's steps, in order.
    pub steps: Vec<Step>,
    /// The whole results file (other respondents' answers are kept as they are).
    pub results: Results,
    /// Which response in `results` is being answered.
    pub index: usize,
    /// Where the file is saved.
    pub path: PathBuf,
    /// The file's lock, held while the session is open (shared by the clones of a session);
    /// `None` for a session made with [`Session::new`] alone, which locks at each save.
    pub lock: Option<Arc<ResultsLock>>,
    /// The respondent's answers in an earlier wave, offered to be kept (`run --from`).
    pub previous: Option<Previous>,
}

impl Session {
    /// A session for `cxassess run`: resumes `--out` when it exists, otherwise starts a new
    /// response (in a new file in the data folder when `--out` is not given). Nothing is written;
    /// the file's lock is taken, and a file another session holds is refused naming it.
    pub fn open(start: &Start) -> Result<Session> {
        let instrument = Instrument::load(&start.instrument)?;
        let who = &start.who;
        let previous = (start.from.as_deref())
            .map(|from| crate::compare::carry::previous(from, &instrument, who.name.as_deref()))
            .transpose()?;
        let Some(path) = &start.out else {
            return Ok(Session::start(instrument, who)?.in_wave(start, previous));
        };
        let lock = ResultsLock::session(path, who.name.as_deref())?;
        // Whether the file exists is asked under the lock: a writer that created it a moment
        // ago has finished, and its answers are read, not overwritten.
        let session = if path.exists() {
            Session::read(path, Some(&instrument.id), who)?
        } else {
            Session::new(instrument, path.clone(), who, response::now_rfc3339())
        };
        Ok(session.holding(lock).in_wave(start, previous))
    }

    /// The session with the wave's period and date, and the earlier wave's answers.
    fn in_wave(mut self, start: &Start, previous: Option<Previous>) -> Session {
        let a = &mut self.results.assessment;
        for (field, value) in [(&mut a.period, &start.period), (&mut a.date, &start.date)] {
            if value.is_some() {
                field.clone_from(value);
            }
        }
        self.previous = previous;
        self
    }

    /// The session with the wave's period and date, when given (the home screen's form).
    #[must_use]
    pub fn dated(mut self, period: Option<String>, date: Option<String>) -> Session {
        let a = &mut self.results.assessment;
        if period.is_some() {
            a.period = period;
        }
        if date.is_some() {
            a.date = date;
        }
        self
    }

    /// A new response in a new session file in the data folder (its name claimed and locked).
    pub fn start(instrument: Instrument, who: &Respondent) -> Result<Session> {
        // A role the instrument is not for, or asks nothing of, is refused before a file is made.
        crate::audience::check_asked(&instrument, who.role.as_deref())?;
        let name = who.name.as_deref().unwrap_or(ANONYMOUS);
        let (path, lock) = store::claim_session_path(&instrument.id, name)?;
        Ok(Session::new(instrument, path, who, response::now_rfc3339()).holding(lock))
    }

    /// The session with `lock` held, the lock naming its respondent.
    fn holding(mut self, mut lock: ResultsLock) -> Session {
        lock.set_respondent(&self.response().respondent);
        self.lock = Some(Arc::new(lock));
        self
    }

    /// A new results file at `path` with one new response started at `started`.
    pub fn new(
        instrument: Instrument,
        path: PathBuf,
        who: &Respondent,
        started: String,
    ) -> Session {
        let mut results = Results::new(&instrument);
        results.assessment.organization.clone_from(&who.org);
        results.responses.push(new_response(who, started));
        Session {
            steps: instrument.steps_for(who.role.as_deref()),
            instrument,
            results,
            index: 0,
            path,
            lock: None,
            previous: None,
        }
    }

    /// Resumes the results file at `path`. The response answered is the one whose respondent is
    /// `who.name`; without a name, the first incomplete one, else the first. A name that is not in
    /// the file starts a new response beside the others. `expected` is the instrument id the user
    /// asked for, checked against the file's. The file's lock is taken first, and a file another
    /// session holds is refused naming it.
    pub fn resume(path: &Path, expected: Option<&str>, who: &Respondent) -> Result<Session> {
        let lock = ResultsLock::session(path, who.name.as_deref())?;
        Ok(Session::read(path, expected, who)?.holding(lock))
    }

    /// [`Session::resume`] without the lock.
    fn read(path: &Path, expected: Option<&str>, who: &Respondent) -> Result<Session> {
        let (mut results, instrument) = response::read_results(path)?;
        if let Some(id) = expected.filter(|id| *id != instrument.id) {
            return Err(Error::Usage(crate::tr!(
                crate::lang::messages(),
                "err-tui-other-instrument",
                file = path.display().to_string(),
                held = instrument.id.as_str(),
                id = id
            )));
        }
        let existing = who
            .name
            .as_ref()
            .map(|name| results.responses.iter().position(|r| &r.respondent == name));
        let index = match existing {
            Some(Some(i)) => i,
            None if !results.responses.is_empty() => results
                .responses
                .iter()
                .position(|r| !r.complete)
                .unwrap_or(0),
            // A name not in the file, or a file without responses: a new response beside the
            // others.
            _ => {
                results
                    .responses
                    .push(new_response(who, response::now_rfc3339()));
                results.responses.len() - 1
            }
        };
        if let Some(role) = &who.role {
            results.responses[index].role = Some(role.clone());
        }
        if who.org.is_some() {
            results.assessment.organization.clone_from(&who.org);
        }
        let role = results.responses[index].role.clone();
        Ok(Session {
            steps: instrument.steps_for(role.as_deref()),
            instrument,
            results,
            index,
            path: path.to_path_buf(),
            lock: None,
            previous: None,
        })
    }

    /// The response being answered.
    pub fn response(&self) -> &Response {
        &self.results.responses[self.index]
    }

    pub(super) fn response_mut(&mut self) -> &mut Response {
        &mut self.results.responses[self.index]
    }

    /// The question of step `i`.
    pub fn question(&self, i: usize) -> &Question {
        &self.instrument.questions[self.steps[i].question]
    }

    /// Whether step `i` has an answer.
    pub fn is_answered(&self, i: usize) -> bool {
        step_answered(&self.instrument, self.response(), self.steps[i])
    }

    /// How many questions this respondent is asked (a Kano feature's two or three answers are
    /// one question; a section of another role's is not asked).
    pub fn question_count(&self) -> usize {
        let mut questions: Vec<usize> = self.steps.iter().map(|s| s.question).collect();
        questions.sort_unstable();
        questions.dedup();
        questions.len()
    }

    /// How many steps have an answer.
    pub fn answered_count(&self) -> usize {
        (0..self.steps.len())
            .filter(|&i| self.is_answered(i))
            .count()
    }

    /// The first step without an answer.
    pub fn first_unanswered(&self) -> Option<usize> {
        (0..self.steps.len()).find(|&i| !self.is_answered(i))
    }

    /// Whether every step of this session that needs an answer has one (a comment may stay
    /// empty): the response is complete.
    pub fn needs_nothing(&self) -> bool {
        (0..self.steps.len())
            .filter(|&i| crate::audience::needs_answer(&self.instrument, self.steps[i]))
            .all(|i| self.is_answered(i))
    }

    /// Where to put the cursor when the session opens: the first unanswered step, or the end.
    pub fn resume_step(&self) -> usize {
        self.first_unanswered().unwrap_or(self.steps.len())
    }

    /// The scale step `i` is answered on (`None` for allocation and text).
    pub fn scale(&self, i: usize) -> Option<Scale> {
        self.instrument.step_scale(self.steps[i])
    }

    /// The note on step `i`'s question.
    pub fn note(&self, i: usize) -> Option<&str> {
        self.response()
            .notes
            .get(&self.question(i).id)
            .map(String::as_str)
    }

    /// Answers step `i` with scale point `value` (a rubric level, a Kano code 1–5, an
    /// importance, a pair part's point).
    pub fn answer_point(&mut self, i: usize, value: i32) -> Result<(), Refusal> {
        let scale = self.scale(i).ok_or(Refusal::NotAPoint)?;
        if !scale.contains(value) {
            return Err(Refusal::OffScale {
                value,
                min: scale.min,
                max: scale.max,
            });
        }
        let step = self.steps[i];
        let q = self.question(i).clone();
        let previous = self.response().answers.get(&q.id).cloned();
        let answer = match &q.kind {
            QuestionKind::Scale(_) | QuestionKind::Rubric(_) => Answer::Value(value),
            QuestionKind::Kano { .. } => {
                let (mut functional, mut dysfunctional, mut importance) = match previous {
                    Some(Answer::Kano {
                        functional,
                        dysfunctional,
                        importance,
                    }) => (functional, dysfunctional, importance),
                    _ => (None, None, None),
                };
                match step.part {
                    Some(0) => functional = KanoWord::from_code(i64::from(value)),
                    Some(1) => dysfunctional = KanoWord::from_code(i64::from(value)),
                    _ => importance = Some(value),
                }
                Answer::Kano {
                    functional,
                    dysfunctional,
                    importance,
                }
            }
            QuestionKind::Pair { parts, .. } => {
                let part = step.part.unwrap_or(0);
                set_part(
                    previous.as_ref(),
                    parts,
                    part,
                    PartValue::Num(f64::from(value)),
                )
            }
            QuestionKind::Allocation { .. } | QuestionKind::Text => return Err(Refusal::NotAPoint),
        };
        self.put(&q.id, answer);
        Ok(())
    }

    /// Answers step `i` "not applicable". A pair step marks only its own part (a part has no
    /// room for a reason); any other step marks the whole question, with the reason if given.
    pub fn answer_na(&mut self, i: usize, reason: Option<String>) -> Result<(), Refusal> {
        let q = self.question(i).clone();
        if !q.allow_na {
            return Err(Refusal::NaNotAllowed);
        }
        let reason = reason
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        let answer = match &q.kind {
            QuestionKind::Pair { parts, .. } => {
                let previous = self.response().answers.get(&q.id);
                set_part(
                    previous,
                    parts,
                    self.steps[i].part.unwrap_or(0),
                    PartValue::Na,
                )
            }
            _ => Answer::Na(reason),
        };
        self.put(&q.id, answer);
        Ok(())
    }

    /// Whether step `i` is a pair part, whose "not applicable" takes no reason.
    pub fn na_takes_reason(&self, i: usize) -> bool {
        !matches!(self.question(i).kind, QuestionKind::Pair { .. })
    }

    /// Answers allocation step `i` with one value per part, in part order.
    pub fn answer_allocation(&mut self, i: usize, values: &[f64]) -> Result<(), Refusal> {
        let q = self.question(i).clone();
        let QuestionKind::Allocation { total, parts } = &q.kind else {
            return Err(Refusal::NotAPoint);
        };
        if values.len() != parts.len() {
            return Err(Refusal::AllocationCount {
                given: values.len(),
                parts: parts.len(),
            });
        }
        let sum: f64 = values.iter().sum();
        if (sum - total).abs() > 1e-9 {
            return Err(Refusal::AllocationSum { sum, total: *total });
        }
        let answer = Answer::Parts(
            parts
                .iter()
                .zip(values)
                .map(|(p, v)| (p.id.clone(), PartValue::Num(*v)))
                .collect(),
        );
        self.put(&q.id, answer);
        Ok(())
    }

    /// Answers text step `i`. Empty text (after trimming) leaves the question unanswered, so
    /// that skipping a comment box does not record an empty answer. Returns whether the file
    /// changed.
    pub fn answer_text(&mut self, i: usize, text: &str) -> bool {
        let id = self.question(i).id.clone();
        let text = text.trim();
        if text.is_empty() {
            carry::reassessed(self.response_mut(), &id);
            return self.response_mut().answers.remove(&id).is_some();
        }
        if self.text(i) == Some(text) {
            return false;
        }
        self.put(&id, Answer::Text(text.to_string()));
        true
    }

    /// Sets (or, when empty, removes) the note on step `i`'s question. Returns whether the file
    /// changed.
    pub fn set_note(&mut self, i: usize, note: &str) -> bool {
        let id = self.question(i).id.clone();
        let note = note.trim_end();
        let notes = &mut self.response_mut().notes;
        if note.trim().is_empty() {
            return notes.remove(&id).is_some();
        }
        if notes.get(&id).map(String::as_str) == Some(note) {
            return false;
        }
        notes.insert(id, note.to_string());
        true
    }

    pub(super) fn put(&mut self, id: &str, answer: Answer) {
        carry::reassessed(self.response_mut(), id);
        self.response_mut().answers.insert(id.to_string(), answer);
        if self.needs_nothing() {
            self.response_mut().complete = true;
        }
    }

    /// Ends a sitting: stamps `updated` with `now`, and marks the response complete when every
    /// step is answered. Call [`Session::save`] after it.
    pub fn finish(&mut self, now: String) {
        let complete = self.needs_nothing();
        let r = self.response_mut();
        r.updated = Some(now);
        if complete {
            r.complete = true;
        }
    }

    /// Ends a sitting the same way in every mode: when something changed (or the file does not
    /// exist yet) stamp `updated` and write; otherwise leave the file byte for byte as it was.
    pub fn end_sitting(&mut self, changed: bool) -> Result<()> {
        // A consensus workshop left before anything was agreed leaves no file: an empty
        // consensus would count as a respondent.
        let empty_consensus = self.response().respondent == crate::score::agree::CONSENSUS
            && self.response().answers.is_empty();
        if changed || (!self.path.exists() && !empty_consensus) {
            self.finish(response::now_rfc3339());
            self.save()?;
        }
        Ok(())
    }

    /// Writes the results file atomically, under the session's lock.
    pub fn save(&self) -> Result<()> {
        match &self.lock {
            Some(lock) => save_held(lock, &self.results, &self.instrument),
            None => save_atomic(&self.path, &self.results, &self.instrument),
        }
    }
}

fn new_response(who: &Respondent, started: String) -> Response {
    Response {
        respondent: who
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .unwrap_or(ANONYMOUS)
            .to_string(),
        role: who.role.clone().filter(|r| !r.trim().is_empty()),
        started: Some(started),
        ..Response::default()
    }
}

/// A pair answer with part `part` set to `value`, other parts kept, in the question's part order.
fn set_part(previous: Option<&Answer>, parts: &[String], part: usize, value: PartValue) -> Answer {
    let mut values: Vec<Option<PartValue>> = match previous {
        Some(a @ Answer::Parts(_)) => parts.iter().map(|p| a.part(p)).collect(),
        _ => vec![None; parts.len()],
    };
    values[part] = Some(value);
    Answer::Parts(
        parts
            .iter()
            .zip(values)
            .filter_map(|(p, v)| v.map(|v| (p.clone(), v)))
            .collect(),
    )
}

mod answers;
mod carrying;
mod evidence;

#[cfg(test)]
mod tests;
