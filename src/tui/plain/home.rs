//! The home screen in line mode: a numbered list of the instruments to start, the sessions to
//! resume and the results to read; the chosen one is answered (or its summary printed) in the
//! same line mode.

use std::io::{BufRead, Write};

use super::{Io, run, say_summary};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::tr;
use crate::tui::home::{Home, Item};
use crate::tui::session::{Respondent, Session};

/// `heading:` in the language's punctuation.
fn heading(lang: Lang, key: &str) -> String {
    tr!(lang, "tui-plain-heading", heading = tr!(lang, key))
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
    let home = Home::load()?;
    let mut io = Io { input, out };
    io.say(&tr!(lang, "tui-home-title"))?;
    let mut n = 0;
    io.say(&heading(lang, "tui-home-start"))?;
    for e in &home.instruments {
        n += 1;
        io.say(&format!(
            "  {n}. {} ({})",
            e.title.get(lang),
            tr!(lang, "tui-questions", n = e.questions)
        ))?;
    }
    if !home.custom.is_empty() {
        io.say(&heading(lang, "tui-home-custom"))?;
    }
    for c in &home.custom {
        match &c.instrument {
            Ok(e) => {
                n += 1;
                io.say(&format!(
                    "  {n}. {} ({}, {})",
                    e.title.get(lang),
                    tr!(lang, "tui-questions", n = e.questions),
                    c.file_name()
                ))?;
            }
            Err(reason) => io.say(&format!(
                "  {}",
                tr!(lang, "tui-unreadable", path = reason.as_str())
            ))?,
        }
    }
    io.say(&heading(lang, "tui-home-resume"))?;
    for u in &home.unfinished {
        n += 1;
        io.say(&format!(
            "  {n}. {} · {} ({})",
            u.title.get(lang),
            u.respondent,
            tr!(lang, "tui-progress", answered = u.answered, total = u.total)
        ))?;
    }
    io.say(&heading(lang, "tui-home-results"))?;
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
    let items: Vec<Item> = home
        .items()
        .into_iter()
        .filter(|item| match item {
            Item::Custom(k) => home.custom[*k].instrument.is_ok(),
            Item::NewKano => false,
            _ => true,
        })
        .collect();
    let item = loop {
        io.say(&tr!(lang, "tui-plain-choose"))?;
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
            None => io.say(&tr!(lang, "tui-plain-bad-choice", input = t))?,
        }
    };
    let chosen = match item {
        Item::Instrument(k) => Some(home.instruments[k].id.clone()),
        Item::Custom(k) => home.custom[k]
            .instrument
            .as_ref()
            .ok()
            .map(|e| e.id.clone()),
        _ => None,
    };
    let mut session = match item {
        Item::Instrument(_) | Item::Custom(_) => {
            let name = loop {
                io.say(&tr!(lang, "tui-plain-name"))?;
                let Some(line) = io.read()? else {
                    return Ok(());
                };
                if !line.trim().is_empty() {
                    break line.trim().to_string();
                }
                io.say(&tr!(lang, "tui-form-need-name"))?;
            };
            io.say(&tr!(lang, "tui-plain-role"))?;
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
        Item::Unfinished(k) => {
            Session::resume(&home.unfinished[k].path, None, &Respondent::default())?
        }
        Item::Complete(k) => {
            let session = Session::resume(&home.complete[k].path, None, &Respondent::default())?;
            let summary = crate::report::summary_text(
                &session.instrument,
                std::slice::from_ref(session.response()),
                lang,
            );
            return say_summary(&mut io, lang, &summary, &session);
        }
        Item::NewKano => return Ok(()),
    };
    let Io { input, out } = io;
    run(&mut session, lang, input, out).map(|_| ())
}
