//! Who answers what, and when a response is complete — one rule for every way answers come in
//! (the runner, `fill`, `import`) and every place that counts them (`status`, `check`, reports).
//!
//! - A role answers the steps of the sections whose `audience` names it (or that name none); a
//!   respondent without a role answers every step ([`Instrument::steps_for`]).
//! - A role with nothing to answer in an instrument is refused before anything is written
//!   ([`check_asked`]), and so is an answer to a question whose section the role does not answer
//!   ([`outside`]).
//! - A response is complete when every step of its role that needs an answer has one; a free-text
//!   question (a comment) never needs one ([`is_complete`]).

use crate::error::{Error, Result};
use crate::instrument::{Instrument, QuestionKind, Step};
use crate::response::{Response, step_answered};

/// Whether `step` needs an answer for a response to be complete: every step but a free-text
/// comment, which a respondent may leave empty.
pub fn needs_answer(instrument: &Instrument, step: Step) -> bool {
    !matches!(instrument.questions[step.question].kind, QuestionKind::Text)
}

/// The steps of `instrument` (asked of anyone) that need an answer.
pub fn needed_steps(instrument: &Instrument) -> Vec<Step> {
    let mut steps = instrument.steps();
    steps.retain(|s| needs_answer(instrument, *s));
    steps
}

/// Whether `response` answers every step of its role that needs an answer. A role asked
/// nothing (a consensus, a role every section leaves out) is never complete by this rule: nothing
/// asked is nothing done.
pub fn is_complete(instrument: &Instrument, response: &Response) -> bool {
    let mut needed = instrument
        .steps_for(response.role.as_deref())
        .into_iter()
        .filter(|s| needs_answer(instrument, *s))
        .peekable();
    needed.peek().is_some() && needed.all(|s| step_answered(instrument, response, s))
}

/// Who answers `instrument`'s sections, in order of first mention: the roles a respondent must
/// have to be asked anything. Empty when some section is for anyone.
pub fn section_roles(instrument: &Instrument) -> Vec<String> {
    let mut roles: Vec<String> = Vec::new();
    for s in &instrument.sections {
        if s.audience.is_empty() {
            return Vec::new();
        }
        for w in &s.audience {
            if !roles.iter().any(|r| r.eq_ignore_ascii_case(w)) {
                roles.push(w.clone());
            }
        }
    }
    roles
}

/// Refuses (exit 2) a role that does not answer `instrument`, or that the instrument asks
/// nothing of (every section is for other roles), naming who answers it. A respondent without a
/// role is asked everything.
pub fn check_asked(instrument: &Instrument, role: Option<&str>) -> Result<()> {
    instrument.check_role(role)?;
    let Some(role) = role.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(());
    };
    if !instrument.steps_for(Some(role)).is_empty() {
        return Ok(());
    }
    let (what, fix) = nothing_asked(instrument, role);
    Err(Error::Usage(with_fix(&what, &fix)))
}

/// What is wrong and how to fix it, for [`check_asked`]'s refusal.
pub fn nothing_asked(instrument: &Instrument, role: &str) -> (String, String) {
    let roles = section_roles(instrument).join(", ");
    let lang = crate::lang::messages();
    (
        crate::tr!(
            lang,
            "err-role-nothing-asked",
            role = role,
            id = instrument.id.as_str(),
            roles = roles.as_str()
        ),
        crate::tr!(lang, "err-role-nothing-asked-fix", roles = roles.as_str()),
    )
}

/// A one-line refusal followed by its `fix:` line, as file problems are shown.
pub fn with_fix(what: &str, fix: &str) -> String {
    let fix = crate::tr!(crate::lang::messages(), "error-fix", fix = fix);
    format!("{what}\n  {fix}")
}

/// An answer given to a question the respondent's role is not asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outside {
    /// The question's id.
    pub question: String,
    /// The id of the (first) section that asks it.
    pub section: String,
    /// Who answers that section.
    pub roles: Vec<String>,
}

impl Outside {
    /// What is wrong, in the language of messages.
    pub fn what(&self, role: &str) -> String {
        crate::tr!(
            crate::lang::messages(),
            "err-answer-outside-audience",
            role = role,
            question = self.question.as_str(),
            section = self.section.as_str(),
            roles = self.roles.join(", ")
        )
    }

    /// How to fix it.
    pub fn fix(&self) -> String {
        crate::tr!(
            crate::lang::messages(),
            "err-answer-outside-audience-fix",
            question = self.question.as_str(),
            roles = self.roles.join(", ")
        )
    }
}

/// The answers of `response` to questions its role is not asked, in questionnaire order. A
/// respondent without a role is not restricted.
pub fn outside(instrument: &Instrument, response: &Response) -> Vec<Outside> {
    let Some(role) = response.role.as_deref().filter(|r| !r.trim().is_empty()) else {
        return Vec::new();
    };
    let mut asked = vec![false; instrument.questions.len()];
    for s in instrument.steps_for(Some(role)) {
        asked[s.question] = true;
    }
    let mut out = Vec::new();
    for (qi, q) in instrument.questions.iter().enumerate() {
        if asked[qi] || !response.answers.contains_key(&q.id) {
            continue;
        }
        let section = instrument
            .sections
            .iter()
            .find(|s| s.questions.contains(&qi) && !s.audience.is_empty());
        out.push(Outside {
            question: q.id.clone(),
            section: section.map(|s| s.id.clone()).unwrap_or_default(),
            roles: section.map(|s| s.audience.clone()).unwrap_or_default(),
        });
    }
    out
}

#[cfg(test)]
mod tests;
