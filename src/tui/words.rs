//! The runner's, the home screen's and the plain mode's words that need more than one catalog
//! lookup: a refusal or a notice in words, a role, the audience of a section, a pair part's
//! label. Every word comes from the catalogs (`locales/<code>/tui*.ftl`, looked up with
//! [`tr!`](crate::tr)); questionnaire texts come from the instrument. Nothing here draws.

mod evidence;

pub use evidence::{
    confidence_summary, evidence_error, evidence_problem, evidence_status, evidence_summary,
    kind_word, level_word,
};

use super::app::Notice;
use super::session::{Refusal, Session};
use crate::instrument::kano_study::StudyError;
use crate::instrument::{Instrument, QuestionKind, Step};
use crate::lang::Lang;
use crate::lang::catalog::{catalog, message};
use crate::response::{Answer, number};
use crate::tr;

/// The role words the home form offers.
pub const ROLES: [&str; 4] = ["manager", "staff", "customer", "consultant"];

/// `key` of the catalogs when it exists in English (the catalog of reference), else `None`.
fn known(lang: Lang, key: &str) -> Option<String> {
    catalog(Lang::En).has(key).then(|| message(lang, key, None))
}

/// A role word in `lang`, from the catalogs' `role-…` entries; a word they do not know is shown
/// as it is.
pub fn role(lang: Lang, word: &str) -> String {
    known(lang, &format!("role-{word}")).unwrap_or_else(|| word.to_string())
}

/// "answered by manager, consultant" from a section's audience words.
pub fn audience(lang: Lang, words: &[String]) -> String {
    let roles: Vec<String> = words.iter().map(|w| role(lang, w)).collect();
    let sep = tr!(lang, "tui-list-separator");
    tr!(lang, "tui-audience", roles = roles.join(&sep))
}

/// The label of a pair part (a SERVQUAL battery); an unknown part id is shown as it is.
pub fn pair_part(lang: Lang, part: &str) -> String {
    known(lang, &format!("tui-pair-part-{part}")).unwrap_or_else(|| part.to_string())
}

/// The question of `step` as a person names it, with the id that finds it in the YAML —
/// "Respect 4 (respect.4)": its group's name (an experience, a dimension) and its number in the
/// group, or, outside a declared group, its section's title and its number there; the number
/// left out when it is the only one; a Kano feature by its name. Returns (name, label).
pub fn question_label(instrument: &Instrument, step: &Step, lang: Lang) -> (String, String) {
    let q = &instrument.questions[step.question];
    let id = q.id.as_str();
    let (name, n, of) = match (&q.kind, instrument.group(&q.group)) {
        (QuestionKind::Kano { feature, .. }, _) => (feature.get(lang).to_string(), 1, 1),
        (_, Some(g)) => {
            let same: Vec<usize> = (0..instrument.questions.len())
                .filter(|&k| instrument.questions[k].group == q.group)
                .collect();
            let n = same.iter().position(|&k| k == step.question).unwrap_or(0) + 1;
            (g.name.get(lang).to_string(), n, same.len())
        }
        (_, None) => {
            let s = &instrument.sections[step.section];
            let n = s
                .questions
                .iter()
                .position(|&k| k == step.question)
                .unwrap_or(0)
                + 1;
            (s.title.get(lang).to_string(), n, s.questions.len())
        }
    };
    let label = if of > 1 {
        tr!(
            lang,
            "tui-question-label",
            name = name.as_str(),
            n = n.to_string(),
            id = id
        )
    } else {
        tr!(lang, "tui-question-named", name = name.as_str(), id = id)
    };
    (name, label)
}

/// The short name of a Kano step (0 functional, 1 dysfunctional, 2 importance), for lists.
pub fn kano_part(lang: Lang, part: usize) -> String {
    match part {
        0 => tr!(lang, "tui-kano-part-has"),
        1 => tr!(lang, "tui-kano-part-has-not"),
        _ => tr!(lang, "tui-kano-part-importance"),
    }
}

/// The name the instrument gives rubric level `level` (`settings.levels`), if it names its
/// levels.
pub fn level_name(instrument: &Instrument, lang: Lang, level: i32) -> Option<String> {
    let level = u8::try_from(level).ok()?;
    instrument.level_name(level, lang).map(str::to_string)
}

/// `answer` at step `i` of `session` in words — "4 Mostly true", "Not applicable (no shop)",
/// "“text”", "10 / 40 / 20 / 20 / 10" — or `None` when it gives nothing at that step (a Kano
/// feature's dysfunctional part not answered yet).
pub fn answer_of(session: &Session, lang: Lang, i: usize, answer: &Answer) -> Option<String> {
    if session.is_na_of(i, answer) {
        let na = tr!(lang, "tui-not-applicable");
        return Some(match answer {
            Answer::Na(Some(r)) => format!("{na} ({r})"),
            _ => na,
        });
    }
    if let Some(v) = session.point_of(i, answer) {
        let label = match &session.question(i).kind {
            QuestionKind::Rubric(_) => level_name(&session.instrument, lang, v).unwrap_or_default(),
            _ => session
                .scale(i)
                .and_then(|sc| sc.label(v, lang).map(str::to_string))
                .unwrap_or_default(),
        };
        return Some(if label.is_empty() {
            v.to_string()
        } else {
            format!("{v} {label}")
        });
    }
    if let Answer::Text(t) = answer {
        return Some(format!("“{t}”"));
    }
    session.allocation_of(i, answer).map(|vals| {
        vals.iter()
            .map(|v| v.map_or_else(|| "–".to_string(), number))
            .collect::<Vec<_>>()
            .join(" / ")
    })
}

/// The earlier wave's answer at step `i` in words, when the step offers it to be kept.
pub fn previous(session: &Session, lang: Lang, i: usize) -> Option<String> {
    if !session.offers_previous(i) {
        return None;
    }
    let answer = session.previous_answer(i)?;
    let q = session.question(i);
    answer_of(session, lang, i, &answer).or_else(|| {
        Some(crate::response::carry::step_text(
            &answer,
            q,
            session.steps[i].part,
        ))
    })
}

/// "li.wei (manager)": who answers, with the role in `lang` when there is one.
pub fn respondent(lang: Lang, name: &str, role: Option<&str>) -> String {
    match role {
        Some(r) => tr!(
            lang,
            "tui-respondent",
            name = name,
            role = self::role(lang, r)
        ),
        None => name.to_string(),
    }
}

/// `label: text` with the language's colon.
pub fn labelled(lang: Lang, label: &str, text: &str) -> String {
    tr!(lang, "tui-label", label = label, text = text)
}

/// "Saved 5/47 answers to …", printed once the terminal is given back.
pub fn saved(lang: Lang, answered: usize, total: usize, path: &str) -> String {
    tr!(
        lang,
        "tui-saved",
        answered = answered,
        total = total,
        path = path
    )
}

/// How to resume a session left unfinished.
pub fn resume_hint(lang: Lang, instrument: &str, path: &str) -> String {
    tr!(
        lang,
        "tui-resume-hint",
        instrument = instrument,
        path = path
    )
}

/// Why an answer was refused.
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    match r {
        Refusal::OffScale { value, min, max } => tr!(
            lang,
            "tui-refused-off-scale",
            value = *value,
            min = *min,
            max = *max
        ),
        Refusal::NaNotAllowed => tr!(lang, "tui-refused-na"),
        Refusal::AllocationSum { sum, total } => tr!(
            lang,
            "tui-refused-sum",
            sum = number(*sum),
            total = number(*total)
        ),
        Refusal::AllocationCount { given, parts } => {
            tr!(lang, "tui-refused-count", given = *given, parts = *parts)
        }
        Refusal::NotAPoint => tr!(lang, "tui-refused-not-a-point"),
    }
}

/// How far an allocation is from its total.
pub fn allocation_left(lang: Lang, sum: f64, total: f64) -> String {
    let left = total - sum;
    if left.abs() < 1e-9 {
        tr!(lang, "tui-allocation-exact", total = number(total))
    } else if left > 0.0 {
        tr!(
            lang,
            "tui-allocation-left",
            left = number(left),
            total = number(total)
        )
    } else {
        tr!(
            lang,
            "tui-allocation-over",
            over = number(-left),
            total = number(total)
        )
    }
}

/// Why the Kano study cannot be made as it is.
pub fn study_problem(lang: Lang, e: &StudyError) -> String {
    match e {
        StudyError::NoTitle => tr!(lang, "tui-study-no-title"),
        StudyError::NoFeatures => tr!(lang, "tui-study-no-feature"),
        StudyError::TooMany { count, max } => {
            tr!(lang, "tui-study-too-many", count = *count, max = *max)
        }
        StudyError::EmptyFeature { position } => {
            tr!(lang, "tui-study-empty-feature", position = *position)
        }
        StudyError::TooLong { position: 0, max } => {
            tr!(lang, "tui-study-title-too-long", max = *max)
        }
        StudyError::TooLong { position, max } => tr!(
            lang,
            "tui-study-feature-too-long",
            position = *position,
            max = *max
        ),
    }
}

/// A notice on the message line in words.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Answered {
            step,
            answer,
            back: None,
        } => tr!(lang, "tui-answered", n = step + 1, answer = answer.as_str()),
        Notice::Answered {
            step,
            answer,
            back: Some(back),
        } => tr!(
            lang,
            "tui-answered-back",
            n = step + 1,
            answer = answer.as_str(),
            back = back + 1
        ),
        Notice::Kept { step, answer, back } => {
            let kept = tr!(lang, "tui-kept", n = step + 1, answer = answer.as_str());
            match back {
                Some(back) => tr!(lang, "tui-kept-back", kept = kept, back = back + 1),
                None => kept,
            }
        }
        Notice::EvidenceAdded {
            step,
            kind,
            reference,
        } => tr!(
            lang,
            "tui-evidence-added",
            n = step + 1,
            kind = kind_word(lang, *kind),
            reference = reference.as_str()
        ),
        Notice::EvidenceRemoved {
            step,
            kind,
            reference,
        } => tr!(
            lang,
            "tui-evidence-removed",
            n = step + 1,
            kind = kind_word(lang, *kind),
            reference = reference.as_str()
        ),
        Notice::ConfidenceSet { step, level: None } => {
            tr!(lang, "tui-confidence-cleared", n = step + 1)
        }
        Notice::ConfidenceSet { step, level } => tr!(
            lang,
            "tui-confidence-set",
            n = step + 1,
            level = level_word(lang, *level)
        ),
        Notice::NoteDiscarded => tr!(lang, "tui-note-discarded"),
        Notice::NoEditor => tr!(lang, "tui-no-editor"),
        Notice::EditorFailed(e) => tr!(lang, "tui-editor-failed", error = e.as_str()),
        Notice::HtmlWritten { path, opened } => tr!(
            lang,
            if *opened {
                "tui-html-opened"
            } else {
                "tui-html-written"
            },
            path = path.display().to_string()
        ),
        Notice::HtmlFailed(e) => tr!(lang, "tui-html-failed", error = e.as_str()),
        Notice::Refused(r) => refusal(lang, r),
        Notice::ChooseFirst => tr!(lang, "tui-choose-first"),
        Notice::NoDigits => tr!(lang, "tui-no-digits"),
        Notice::NoteSaved => tr!(lang, "tui-note-saved"),
        Notice::NoteRemoved => tr!(lang, "tui-note-removed"),
        Notice::NeedName => tr!(lang, "tui-form-need-name"),
        Notice::BadDate => tr!(lang, "tui-form-bad-date"),
        Notice::OpenFailed(e) => tr!(lang, "tui-open-failed", error = e.as_str()),
        Notice::Study(e) => study_problem(lang, e),
        Notice::DuplicateFeature(name) => tr!(lang, "tui-study-duplicate", name = name.as_str()),
        Notice::SaveFailed(e) => tr!(lang, "tui-study-save-failed", error = e.as_str()),
        Notice::NotAsked { who, instrument } => tr!(
            lang,
            "tui-interview-not-asked",
            who = who.as_str(),
            instrument = instrument.as_str()
        ),
        Notice::MemberTaken(name) => tr!(lang, "tui-interview-taken", name = name.as_str()),
        Notice::NoInstrumentChosen => tr!(lang, "tui-interview-no-instrument"),
        Notice::RoleRefused {
            role,
            instrument,
            audience,
        } => {
            let roles: Vec<String> = audience.iter().map(|w| self::role(lang, w)).collect();
            tr!(
                lang,
                "tui-interview-role-refused",
                role = self::role(lang, role),
                instrument = instrument.as_str(),
                roles = roles.join(&tr!(lang, "tui-list-separator"))
            )
        }
        Notice::MemberAdded(name) => tr!(lang, "tui-interview-added", name = name.as_str()),
    }
}

#[cfg(test)]
mod tests;
