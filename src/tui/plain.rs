//! The plain line mode (`--plain`, or `ACCESSIBLE` set): one numbered prompt per line on the
//! output, one answer per line from the input, nothing drawn. It is what screen-reader users get
//! and what scripts pipe answers into. It answers through the same [`Session`] as the
//! full-screen runner, saving after every answer, so the same answers give the same file. End of
//! input saves and stops, as `q` does; a termination signal saves and stops with exit 130, as
//! Ctrl-C does in the full-screen runner (see [`signalled`]). Everything printed goes through
//! [`crate::sanitize::terminal`]: questions, names and answers come from files.

pub mod signalled;

use std::io::{BufRead, Write};
use std::path::PathBuf;

use super::session::{Refusal, Respondent, Session};
use super::strings::{Strings, strings};
use super::view::answer_words;
use crate::error::{Error, Result};
use crate::instrument::{Instrument, QuestionKind};
use crate::lang::Lang;
use crate::response::KanoWord;

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
    Na(Option<String>),
    Line(String),
}

/// Reads one typed line. `n` (with an optional reason after it) is "not applicable" where the
/// question takes it; on a text question whose N/A is off, it is just text. `na` is a short way
/// to say N/A too, except on a text question, where it is the respondent's words ("NA").
fn reply(line: &str, na_offered: bool, text_question: bool) -> Reply {
    let t = line.trim();
    match t {
        "q" | "Q" => Reply::Quit,
        "b" | "B" => Reply::Back,
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
    let s = strings(lang);
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
                _ => (s.kano_importance_question)(feature.get(lang)),
            },
        ),
        QuestionKind::Pair { parts, texts, .. } => {
            let part = step.part.unwrap_or(0);
            (
                format!(
                    "{} · {}",
                    instrument.group_name(&q.group, lang),
                    (s.pair_part)(&parts[part])
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
        QuestionKind::Kano { .. } if step.part != Some(2) => legend.push(s.plain_kano.to_string()),
        QuestionKind::Allocation { parts, total } => {
            let ids: Vec<String> = parts.iter().map(|p| p.id.clone()).collect();
            legend.push((s.plain_allocation)(&ids.join(" "), *total));
        }
        QuestionKind::Text => legend.push(s.plain_text.to_string()),
        QuestionKind::Rubric(levels) => legend.push(format!("1–{}", levels.len())),
        _ => {
            if let Some(scale) = session.scale(i) {
                legend.push(scale_legend(&scale, lang));
            }
        }
    }
    if q.allow_na {
        legend.push(s.plain_na.to_string());
    }
    legend.extend([s.plain_back, s.plain_quit, s.plain_skip].map(str::to_string));
    if let Some(current) = answer_words(session, lang, i) {
        legend.push((s.plain_current)(&current));
    }
    let text = text.replace('\n', " ");
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
    s: &Strings,
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
            let values = values.map_err(|()| (s.plain_not_numbers)(line))?;
            debug_assert!(!parts.is_empty());
            session
                .answer_allocation(i, &values)
                .map_err(|r| (s.refusal)(&r))
        }
        QuestionKind::Kano { .. } if step.part != Some(2) => {
            let word = KanoWord::parse(line).ok_or_else(|| (s.plain_not_kano)(line))?;
            session
                .answer_point(i, word.code())
                .map_err(|r| (s.refusal)(&r))
        }
        _ => {
            let scale = session
                .scale(i)
                .ok_or_else(|| (s.refusal)(&Refusal::NotAPoint))?;
            let value = line
                .parse::<i32>()
                .map_err(|_| (s.plain_not_point)(line, scale.min, scale.max))?;
            session.answer_point(i, value).map_err(|r| (s.refusal)(&r))
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
    let s = strings(lang);
    let mut io = Io { input, out };
    let mut changed = false;
    match ask(session, lang, &mut io, &mut changed) {
        Ok(Some(stopped)) => return Ok(stopped),
        Ok(None) => {}
        Err(Error::Io { path, source }) if path.as_os_str() == STDOUT => {
            session.end_sitting(changed)?;
            let where_ = session.path.display().to_string();
            return Err(Error::Environment(format!(
                "{}. {}. {}",
                (s.plain_output_closed)(&source.to_string()),
                (s.saved)(session.answered_count(), session.steps.len(), &where_),
                (s.resume_hint)(&session.instrument.id, &where_)
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
        io.say(&(s.complete_all)(session.question_count()))?;
    } else {
        io.say(&(s.plain_unanswered)(missing.len()))?;
    }
    io.say(&format!("{}{}", s.summary_title, s.colon))?;
    io.say(&summary)?;
    io.say(&format!(
        "{}{}{}",
        s.saved_to,
        s.colon_space,
        session.path.display()
    ))?;
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
    let s = strings(lang);
    let total = session.steps.len();
    // Questions as `list` and the home screen count them; the steps (a Kano feature asks two
    // or three answers) are what the [i/n] progress counts.
    io.say(&(s.plain_intro)(
        session.instrument.title.get(lang),
        session.instrument.questions.len(),
        total,
        &session.path.display().to_string(),
    ))?;
    let answered = session.answered_count();
    if answered > 0 {
        io.say(&(s.plain_resuming)(answered, total))?;
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
                heading = format!("{heading} ({})", (s.audience)(&section.audience));
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
                        io.say(s.plain_at_start)?;
                        continue;
                    }
                    i -= 1;
                }
                Reply::Skip => i += 1,
                Reply::Na(reason) => match session.answer_na(i, reason) {
                    Ok(()) => {
                        session.save()?;
                        *changed = true;
                        i += 1;
                    }
                    Err(r) => {
                        io.say(&(s.refusal)(&r))?;
                        continue;
                    }
                },
                Reply::Line(text) => match answer_line(session, i, &text, s) {
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

/// The home screen in line mode: a numbered list of instruments to start and sessions to resume
/// or read.
pub fn home(lang: Lang, input: impl BufRead, out: impl Write) -> Result<()> {
    home_menu(lang, input, out).map_err(|e| match e {
        // A signal before any session was opened: nothing of a session to name.
        Error::Interrupted(p) if p.as_os_str().is_empty() => {
            Error::Interrupted(crate::response::store::sessions_dir().unwrap_or(p))
        }
        e => e,
    })
}

fn home_menu(lang: Lang, input: impl BufRead, out: impl Write) -> Result<()> {
    let s = strings(lang);
    let home = super::home::Home::load()?;
    let mut io = Io { input, out };
    io.say(s.home_title.trim())?;
    let mut n = 0;
    io.say(&format!("{}{}", s.home_start, s.colon))?;
    for e in &home.instruments {
        n += 1;
        io.say(&format!(
            "  {n}. {} ({})",
            e.title.get(lang),
            (s.questions)(e.questions)
        ))?;
    }
    if !home.custom.is_empty() {
        io.say(&format!("{}{}", s.home_custom, s.colon))?;
    }
    for c in &home.custom {
        match &c.instrument {
            Ok(e) => {
                n += 1;
                io.say(&format!(
                    "  {n}. {} ({}, {})",
                    e.title.get(lang),
                    (s.questions)(e.questions),
                    c.file_name()
                ))?;
            }
            Err(reason) => io.say(&format!("  {}", (s.unreadable)(reason)))?,
        }
    }
    io.say(&format!("{}{}", s.home_resume, s.colon))?;
    for u in &home.unfinished {
        n += 1;
        io.say(&format!(
            "  {n}. {} · {} ({})",
            u.title.get(lang),
            u.respondent,
            (s.progress)(u.answered, u.total)
        ))?;
    }
    io.say(&format!("{}{}", s.home_results, s.colon))?;
    for c in &home.complete {
        n += 1;
        io.say(&format!(
            "  {n}. {} · {} ({})",
            c.title.get(lang),
            c.respondent,
            c.modified
        ))?;
    }
    // The numbers count what can be chosen here: unreadable files and the study builder (a
    // full-screen form) are not numbered.
    let items: Vec<super::home::Item> = home
        .items()
        .into_iter()
        .filter(|item| match item {
            super::home::Item::Custom(k) => home.custom[*k].instrument.is_ok(),
            super::home::Item::NewKano => false,
            _ => true,
        })
        .collect();
    let item = loop {
        io.say(s.plain_choose)?;
        let Some(line) = io.read()? else {
            return Ok(());
        };
        let t = line.trim();
        if t.eq_ignore_ascii_case("q") {
            return Ok(());
        }
        match t
            .parse::<usize>()
            .ok()
            .and_then(|k| k.checked_sub(1))
            .and_then(|k| items.get(k))
        {
            Some(item) => break *item,
            None => io.say(&(s.plain_bad_choice)(t))?,
        }
    };
    let chosen = match item {
        super::home::Item::Instrument(k) => Some(home.instruments[k].id.clone()),
        super::home::Item::Custom(k) => home.custom[k]
            .instrument
            .as_ref()
            .ok()
            .map(|e| e.id.clone()),
        _ => None,
    };
    let mut session = match item {
        super::home::Item::Instrument(_) | super::home::Item::Custom(_) => {
            let name = loop {
                io.say(s.plain_name)?;
                let Some(line) = io.read()? else {
                    return Ok(());
                };
                if !line.trim().is_empty() {
                    break line.trim().to_string();
                }
                io.say(s.form_need_name)?;
            };
            io.say(s.plain_role)?;
            let role = io
                .read()?
                .map(|r| r.trim().to_string())
                .filter(|r| !r.is_empty());
            let instrument = Instrument::load(chosen.as_deref().unwrap_or_default())?;
            let who = Respondent {
                name: Some(name),
                role,
                org: None,
            };
            Session::start(instrument, &who)?
        }
        super::home::Item::Unfinished(k) => {
            Session::resume(&home.unfinished[k].path, None, &Respondent::default())?
        }
        super::home::Item::Complete(k) => {
            let session = Session::resume(&home.complete[k].path, None, &Respondent::default())?;
            let summary = crate::report::summary_text(
                &session.instrument,
                std::slice::from_ref(session.response()),
                lang,
            );
            io.say(&format!("{}{}", s.summary_title, s.colon))?;
            io.say(&summary)?;
            io.say(&format!(
                "{}{}{}",
                s.saved_to,
                s.colon_space,
                session.path.display()
            ))?;
            return Ok(());
        }
        super::home::Item::NewKano => return Ok(()),
    };
    let Io { input, out } = io;
    run(&mut session, lang, input, out).map(|_| ())
}

#[cfg(test)]
mod tests;
