//! The plain line mode (`--plain`, or `ACCESSIBLE` set): one numbered prompt per line on the
//! output, one answer per line from the input, nothing drawn. It is what screen-reader users get
//! and what scripts pipe answers into. It answers through the same [`Session`] as the
//! full-screen runner, saving after every answer, so the same answers give the same file. End of
//! input saves and stops, as `q` does; a termination signal saves and stops with exit 130, as
//! Ctrl-C does in the full-screen runner (see [`signalled`]). Everything printed goes through
//! [`crate::sanitize::terminal`]: questions, names and answers come from files.

pub mod consensus;
mod evidence;
mod home;
pub mod signalled;

pub use home::home;

use std::io::{BufRead, Write};
use std::path::PathBuf;

use super::session::{Refusal, Session};
use super::view::answer_words;
use super::words;
use crate::error::{Error, Result};
use crate::instrument::QuestionKind;
use crate::lang::Lang;
use crate::response::KanoWord;
use crate::tr;

/// How a plain session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every step was passed.
    Finished,
    /// `q` or end of input before the end.
    Stopped,
}

/// What one typed line asks for.
#[derive(Debug, Clone, PartialEq)]
enum Reply {
    Quit,
    Back,
    Skip,
    Evidence,
    Confidence,
    Na(Option<String>),
    Line(String),
}

/// Reads one typed line. `q`, `b`, `v` (evidence) and `c` (confidence) are commands at every
/// prompt. `n` (with an optional reason after it) is "not applicable" where the
/// question takes it; on a text question whose N/A is off, it is just text. `na` is a short way
/// to say N/A too, except on a text question, where it is the respondent's words ("NA").
fn reply(line: &str, na_offered: bool, text_question: bool) -> Reply {
    let t = line.trim();
    match t {
        "q" | "Q" => Reply::Quit,
        "b" | "B" => Reply::Back,
        "v" | "V" => Reply::Evidence,
        "c" | "C" => Reply::Confidence,
        "" => Reply::Skip,
        _ if na_offered
            && (t == "n" || t == "N" || (!text_question && t.eq_ignore_ascii_case("na"))) =>
        {
            Reply::Na(None)
        }
        _ => match t.strip_prefix("n ").or_else(|| t.strip_prefix("N ")) {
            Some(reason) if na_offered => Reply::Na(Some(reason.trim().to_string())),
            _ => Reply::Line(t.to_string()),
        },
    }
}

struct Io<R, W> {
    input: R,
    out: W,
}

impl<R: BufRead, W: Write> Io<R, W> {
    fn say(&mut self, text: &str) -> Result<()> {
        writeln!(self.out, "{}", crate::sanitize::terminal(text))
            .and_then(|()| self.out.flush())
            .map_err(|e| Error::io(STDOUT, e))
    }

    /// One line of input without its line ending; `None` at end of input.
    fn read(&mut self) -> Result<Option<String>> {
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line.trim_end_matches(['\n', '\r']).to_string())),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => Ok(Some(String::new())),
            // The caller knows which file the answers are in.
            Err(e) if signalled::is_signal(&e) => Err(Error::Interrupted(PathBuf::new())),
            Err(e) => Err(Error::io("<stdin>", e)),
        }
    }
}

/// The legend of a scale: every point with its label, or the labelled points with `…` between
/// them when some points have none.
fn scale_legend(scale: &crate::instrument::Scale, lang: Lang) -> String {
    let all_labelled = (scale.min..=scale.max).all(|v| scale.label(v, lang).is_some());
    let labelled: Vec<String> = (scale.min..=scale.max)
        .filter_map(|v| scale.label(v, lang).map(|l| format!("{v} {l}")))
        .collect();
    if all_labelled {
        labelled.join(", ")
    } else if labelled.is_empty() {
        format!("{}–{}", scale.min, scale.max)
    } else {
        labelled.join(" … ")
    }
}

/// The prompt line of step `i`.
fn prompt(session: &Session, i: usize, lang: Lang) -> String {
    let step = session.steps[i];
    let q = session.question(i);
    let instrument = &session.instrument;
    let section = instrument.sections[step.section].title.get(lang);
    let (subject, text) = match &q.kind {
        QuestionKind::Kano {
            feature,
            functional,
            dysfunctional,
            ..
        } => (
            feature.get(lang).to_string(),
            match step.part {
                Some(0) => functional.get(lang).to_string(),
                Some(1) => dysfunctional.get(lang).to_string(),
                _ => tr!(
                    lang,
                    "tui-kano-importance-question",
                    feature = feature.get(lang)
                ),
            },
        ),
        QuestionKind::Pair { parts, texts, .. } => {
            let part = step.part.unwrap_or(0);
            (
                format!(
                    "{} · {}",
                    instrument.group_name(&q.group, lang),
                    words::pair_part(lang, &parts[part])
                ),
                texts
                    .get(part)
                    .map(|t| t.get(lang).to_string())
                    .unwrap_or_default(),
            )
        }
        _ => (
            section.to_string(),
            q.text
                .as_ref()
                .map(|t| t.get(lang).to_string())
                .unwrap_or_default(),
        ),
    };
    let mut legend = Vec::new();
    match &q.kind {
        QuestionKind::Kano { .. } if step.part != Some(2) => {
            legend.push(tr!(lang, "tui-plain-kano"));
        }
        QuestionKind::Allocation { parts, total } => {
            let ids: Vec<String> = parts.iter().map(|p| p.id.clone()).collect();
            legend.push(tr!(
                lang,
                "tui-plain-allocation",
                parts = ids.join(" "),
                total = crate::response::number(*total)
            ));
        }
        QuestionKind::Text => legend.push(tr!(lang, "tui-plain-text")),
        QuestionKind::Rubric(levels) => legend.push(format!("1–{}", levels.len())),
        _ => {
            if let Some(scale) = session.scale(i) {
                legend.push(scale_legend(&scale, lang));
            }
        }
    }
    if q.allow_na {
        legend.push(tr!(lang, "tui-plain-na"));
    }
    let enter = if session.offers_previous(i) {
        "tui-plain-keep"
    } else {
        "tui-plain-skip"
    };
    legend.extend(["tui-plain-back", "tui-plain-quit", enter].map(|k| tr!(lang, k)));
    if let Some(current) = answer_words(session, lang, i) {
        legend.push(tr!(lang, "tui-plain-current", answer = current));
    }
    legend.extend(evidence::legend(session, i, lang));
    let text = text.replace('\n', " ");
    let subject = if q.evidence_required {
        format!("{subject} · {}", tr!(lang, "tui-plain-evidence-required"))
    } else {
        subject
    };
    format!(
        "[{}/{}] {subject} — {text} ({})",
        i + 1,
        session.steps.len(),
        legend.join("; ")
    )
}

/// Lines printed before a step's prompt: rubric levels and allocation parts, one per line.
fn details(session: &Session, i: usize, lang: Lang) -> Vec<String> {
    let q = session.question(i);
    match &q.kind {
        QuestionKind::Rubric(levels) => levels
            .iter()
            .enumerate()
            .map(|(k, l)| format!("  {}. {}", k + 1, l.text.get(lang).replace('\n', " ")))
            .collect(),
        QuestionKind::Allocation { parts, .. } => parts
            .iter()
            .map(|p| {
                format!(
                    "  {} — {}: {}",
                    p.id,
                    session.instrument.group_name(&p.id, lang),
                    p.label.get(lang)
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Applies a typed line to step `i`. `Err` carries the explanation to print.
fn answer_line(
    session: &mut Session,
    i: usize,
    line: &str,
    lang: Lang,
) -> std::result::Result<(), String> {
    let step = session.steps[i];
    let kind = session.question(i).kind.clone();
    match kind {
        QuestionKind::Text => {
            session.answer_text(i, line);
            Ok(())
        }
        QuestionKind::Allocation { parts, .. } => {
            let values: std::result::Result<Vec<f64>, _> = line
                .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
                .filter(|t| !t.is_empty())
                .map(|t| {
                    t.parse::<f64>()
                        .ok()
                        .filter(|v| v.is_finite() && *v >= 0.0)
                        .ok_or(())
                })
                .collect();
            let values = values.map_err(|()| tr!(lang, "tui-plain-not-numbers", input = line))?;
            debug_assert!(!parts.is_empty());
            session
                .answer_allocation(i, &values)
                .map_err(|r| words::refusal(lang, &r))
        }
        QuestionKind::Kano { .. } if step.part != Some(2) => {
            let word = KanoWord::parse(line)
                .ok_or_else(|| tr!(lang, "tui-plain-not-kano", input = line))?;
            session
                .answer_point(i, word.code())
                .map_err(|r| words::refusal(lang, &r))
        }
        _ => {
            let scale = session
                .scale(i)
                .ok_or_else(|| words::refusal(lang, &Refusal::NotAPoint))?;
            let value = line.parse::<i32>().map_err(|_| {
                tr!(
                    lang,
                    "tui-plain-not-point",
                    input = line,
                    min = scale.min,
                    max = scale.max
                )
            })?;
            session
                .answer_point(i, value)
                .map_err(|r| words::refusal(lang, &r))
        }
    }
}

/// Where prompts go, as errors name it.
const STDOUT: &str = "<stdout>";

/// Runs `session` in line mode, reading answers from `input` and writing prompts to `out`.
///
/// When the output closes before the last question (`… | head`), the questions can no longer be
/// shown, and answering blind would be guessing: the runner saves and stops with an
/// [`Error::Environment`] (exit 1) that says what was kept. A summary that cannot be printed
/// after the last answer is only a report cut short, which the caller treats as it does
/// `report | head`.
pub fn run(
    session: &mut Session,
    lang: Lang,
    input: impl BufRead,
    out: impl Write,
) -> Result<Outcome> {
    let mut io = Io { input, out };
    let mut changed = false;
    match ask(session, lang, &mut io, &mut changed) {
        Ok(Some(stopped)) => return Ok(stopped),
        Ok(None) => {}
        Err(Error::Io { path, source }) if path.as_os_str() == STDOUT => {
            session.end_sitting(changed)?;
            let where_ = session.path.display().to_string();
            return Err(Error::Environment(tr!(
                lang,
                "err-tui-output-closed",
                closed = tr!(lang, "tui-plain-output-closed", error = source.to_string()),
                saved = words::saved(lang, session.answered_count(), session.steps.len(), &where_),
                resume = words::resume_hint(lang, &session.instrument.id, &where_)
            )));
        }
        Err(e) => return Err(e),
    }
    let total = session.steps.len();
    let summary = crate::report::summary_text(
        &session.instrument,
        std::slice::from_ref(session.response()),
        lang,
    );
    io.say("")?;
    // Counted in questions, as the first line counts them: a Kano feature with its dysfunctional
    // answer missing is one unanswered question.
    let mut missing: Vec<usize> = (0..total)
        .filter(|&i| !session.is_answered(i))
        .map(|i| session.steps[i].question)
        .collect();
    missing.dedup();
    if missing.is_empty() {
        io.say(&tr!(lang, "tui-complete-all", n = session.question_count()))?;
    } else {
        io.say(&tr!(lang, "tui-plain-unanswered", n = missing.len()))?;
    }
    let carried = session.carried_count();
    if carried > 0 {
        io.say(&tr!(lang, "carry-report", n = carried))?;
    }
    say_summary(&mut io, lang, &summary, session)?;
    Ok(Outcome::Finished)
}

/// Asks every step from where the session resumes. `Some(Stopped)` when the respondent left
/// (`q` or end of input), `None` after the last step; either way the sitting is saved.
fn ask<R: BufRead, W: Write>(
    session: &mut Session,
    lang: Lang,
    io: &mut Io<R, W>,
    changed: &mut bool,
) -> Result<Option<Outcome>> {
    let total = session.steps.len();
    // Questions as `list` and the home screen count them; the steps (a Kano feature asks two
    // or three answers) are what the [i/n] progress counts.
    // A respondent is asked the questions of the sections for their role: those are counted,
    // and the others said to be for other roles, so the numbers never contradict each other.
    let mut asked: Vec<usize> = session.steps.iter().map(|s| s.question).collect();
    asked.sort_unstable();
    asked.dedup();
    let questions = asked.len();
    let others = session.instrument.questions.len().saturating_sub(questions);
    let key = if total == questions {
        "tui-plain-intro"
    } else {
        "tui-plain-intro-answers"
    };
    io.say(&tr!(
        lang,
        key,
        title = session.instrument.title.get(lang),
        n = questions,
        steps = total,
        path = session.path.display().to_string()
    ))?;
    if others > 0 {
        io.say(&tr!(lang, "tui-plain-intro-others", n = others))?;
    }
    let answered = session.answered_count();
    if answered > 0 {
        io.say(&tr!(
            lang,
            "tui-plain-resuming",
            answered = answered,
            total = total
        ))?;
    }
    let mut i = session.resume_step();
    let mut shown_section = None;
    while i < total {
        let step = session.steps[i];
        if shown_section != Some(step.section) {
            shown_section = Some(step.section);
            let section = &session.instrument.sections[step.section];
            let mut heading = format!("== {} ==", section.title.get(lang));
            if !section.audience.is_empty() {
                heading = format!("{heading} ({})", words::audience(lang, &section.audience));
            }
            io.say(&heading)?;
            if let Some(intro) = &section.intro {
                io.say(&intro.get(lang).replace('\n', " "))?;
            }
        }
        if let Some(help) = &session.question(i).help {
            io.say(&format!("  ({})", help.get(lang).replace('\n', " ")))?;
        }
        for line in details(session, i, lang) {
            io.say(&line)?;
        }
        if let Some(previous) = words::previous(session, lang, i) {
            io.say(&format!(
                "  ↺ {}",
                crate::compare::carry::prompt(&previous, lang)
            ))?;
        }
        io.say(&prompt(session, i, lang))?;
        // On a text question only an offered N/A takes `n`; elsewhere `n` is always read as
        // N/A, so that a refusal can explain that it is not offered.
        let text_question = matches!(session.question(i).kind, QuestionKind::Text);
        let na_offered = session.question(i).allow_na || !text_question;
        loop {
            let line = match io.read() {
                Ok(Some(line)) => line,
                Ok(None) => {
                    session.end_sitting(*changed)?;
                    return Ok(Some(Outcome::Stopped));
                }
                Err(Error::Interrupted(_)) => {
                    session.end_sitting(*changed)?;
                    return Err(Error::Interrupted(session.path.clone()));
                }
                Err(e) => return Err(e),
            };
            match reply(&line, na_offered, text_question) {
                Reply::Quit => {
                    session.end_sitting(*changed)?;
                    return Ok(Some(Outcome::Stopped));
                }
                Reply::Back => {
                    if i == 0 {
                        io.say(&tr!(lang, "tui-plain-at-start"))?;
                        continue;
                    }
                    i -= 1;
                }
                Reply::Skip if session.offers_previous(i) => {
                    // An empty line keeps the earlier wave's answer (`run --from`).
                    if session.carry(i) {
                        session.save()?;
                        *changed = true;
                    }
                    i = session.question_end(i) + 1;
                }
                Reply::Skip => i += 1,
                command @ (Reply::Evidence | Reply::Confidence) => {
                    if !evidence::command(&command, session, i, lang, io, changed)? {
                        return Ok(Some(Outcome::Stopped));
                    }
                    io.say(&prompt(session, i, lang))?;
                    continue;
                }
                Reply::Na(reason) => match session.answer_na(i, reason) {
                    Ok(()) => {
                        session.save()?;
                        *changed = true;
                        i += 1;
                    }
                    Err(r) => {
                        io.say(&words::refusal(lang, &r))?;
                        continue;
                    }
                },
                Reply::Line(text) => match answer_line(session, i, &text, lang) {
                    Ok(()) => {
                        session.save()?;
                        *changed = true;
                        i += 1;
                    }
                    Err(why) => {
                        io.say(&why)?;
                        continue;
                    }
                },
            }
            break;
        }
    }
    session.end_sitting(*changed)?;
    Ok(None)
}

/// Prints the summary of `session` after a heading, and where its file is.
fn say_summary<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    lang: Lang,
    summary: &str,
    session: &Session,
) -> Result<()> {
    io.say(&tr!(
        lang,
        "tui-plain-heading",
        heading = tr!(lang, "tui-summary-title")
    ))?;
    io.say(summary)?;
    io.say(&tr!(
        lang,
        "tui-saved-to",
        path = session.path.display().to_string()
    ))
}

#[cfg(test)]
mod tests;
