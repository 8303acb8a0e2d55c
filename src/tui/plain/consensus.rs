//! The consensus workshop in line mode (`run --consensus --plain`): for each disputed item, the
//! question and its levels, every rater's rating and note, then two prompts — the agreed rating
//! and its rationale. Each is saved as soon as it is given; `q` or the end of input saves and
//! stops, and the next run resumes at the first item without an agreed rating.

use std::io::{BufRead, Write};

use super::{Io, Outcome, Reply, details, reply, say_summary};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::tr;
use crate::tui::consensus::Panel;
use crate::tui::session::Session;
use crate::tui::words;

/// The lines under a disputed item: every rater's rating and note, then the spread.
pub fn rating_lines(session: &Session, panel: &Panel, i: usize, lang: Lang) -> Vec<String> {
    let id = &session.question(i).id;
    let mut out = vec![tr!(
        lang,
        "tui-plain-heading",
        heading = tr!(lang, "tui-consensus-ratings")
    )];
    for r in panel.ratings(id) {
        let who = words::respondent(lang, r.respondent, r.role);
        let rating = r
            .answer
            .and_then(|a| words::answer_of(session, lang, i, a))
            .unwrap_or_else(|| tr!(lang, "tui-consensus-unrated"));
        let mut line = format!("  {}", words::labelled(lang, &who, &rating));
        if let Some(note) = r.note {
            line.push_str(&format!(" — “{}”", note.replace('\n', " ")));
        }
        out.push(line);
    }
    if let Some(item) = panel.item(id) {
        out.push(format!("  ({})", spread(item, lang)));
    }
    out
}

/// "ratings 2–5, median 4" for a disputed item.
pub fn spread(item: &crate::score::agree::ItemAgreement, lang: Lang) -> String {
    tr!(
        lang,
        "tui-consensus-spread",
        min = item.min.unwrap_or_default(),
        max = item.max.unwrap_or_default(),
        median = item.median.map(crate::response::number).unwrap_or_default()
    )
}

/// One line of input; `None` when the workshop must stop (end of input, saved). A signal saves
/// and ends with exit 130, naming the file.
fn line<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    session: &mut Session,
    changed: bool,
) -> Result<Option<String>> {
    match io.read() {
        Ok(Some(line)) => Ok(Some(line)),
        Ok(None) => {
            session.end_sitting(changed)?;
            Ok(None)
        }
        Err(Error::Interrupted(_)) => {
            session.end_sitting(changed)?;
            Err(Error::Interrupted(session.path.clone()))
        }
        Err(e) => Err(e),
    }
}

/// Runs the workshop on `session` (its steps are the disputed items) with the raters of `panel`.
pub fn run(
    session: &mut Session,
    panel: &Panel,
    lang: Lang,
    input: impl BufRead,
    out: impl Write,
) -> Result<Outcome> {
    let mut io = Io { input, out };
    let total = session.steps.len();
    io.say(&tr!(
        lang,
        "tui-consensus-intro",
        title = session.instrument.title.get(lang),
        n = total,
        raters = panel.raters.len(),
        path = session.path.display().to_string()
    ))?;
    let agreed = session.answered_count();
    if agreed > 0 {
        io.say(&tr!(
            lang,
            "tui-consensus-resuming",
            agreed = agreed,
            n = total
        ))?;
    }
    let mut changed = false;
    let mut i = session.resume_step();
    while i < total {
        let q = session.question(i).clone();
        let section = session.instrument.sections[session.steps[i].section]
            .title
            .get(lang)
            .to_string();
        let text = q.text.as_ref().map(|t| t.get(lang)).unwrap_or_default();
        io.say("")?;
        io.say(&format!(
            "[{}/{total}] {section} — {}",
            i + 1,
            text.replace('\n', " ")
        ))?;
        for l in details(session, i, lang) {
            io.say(&l)?;
        }
        for l in rating_lines(session, panel, i, lang) {
            io.say(&l)?;
        }
        // An item agreed at an earlier sitting says so: Enter keeps it as it is.
        let earlier = session
            .response()
            .answers
            .get(&q.id)
            .and_then(|a| words::answer_of(session, lang, i, a));
        if let Some(rating) = &earlier {
            let rationale = session.note(i).unwrap_or_default().to_string();
            io.say(&tr!(
                lang,
                "tui-consensus-already",
                rating = rating.as_str(),
                rationale = rationale
            ))?;
        }
        let scale = session.scale(i);
        let (min, max) = scale.map_or((1, 5), |s| (s.min, s.max));
        let answered = loop {
            io.say(&tr!(
                lang,
                "tui-consensus-agreed-prompt",
                min = min,
                max = max
            ))?;
            let Some(typed) = line(&mut io, session, changed)? else {
                return Ok(Outcome::Stopped);
            };
            let result = match reply(&typed, q.allow_na, false) {
                Reply::Quit => {
                    session.end_sitting(changed)?;
                    return Ok(Outcome::Stopped);
                }
                Reply::Back => {
                    i = i.saturating_sub(1);
                    break false;
                }
                Reply::Skip => {
                    i += 1;
                    break false;
                }
                command @ (Reply::Evidence | Reply::Confidence) => {
                    let mut saved = changed;
                    let going =
                        super::evidence::command(&command, session, i, lang, &mut io, &mut saved)?;
                    changed = saved;
                    if !going {
                        return Ok(Outcome::Stopped);
                    }
                    continue;
                }
                Reply::Na(reason) => session
                    .answer_na(i, reason)
                    .map_err(|r| words::refusal(lang, &r)),
                Reply::Line(t) => match t.parse::<i32>() {
                    Ok(v) => session
                        .answer_point(i, v)
                        .map_err(|r| words::refusal(lang, &r)),
                    Err(_) => Err(tr!(
                        lang,
                        "tui-plain-not-point",
                        input = t,
                        min = min,
                        max = max
                    )),
                },
            };
            match result {
                Ok(()) => break true,
                Err(why) => io.say(&why)?,
            }
        };
        if !answered {
            continue;
        }
        session.save()?;
        changed = true;
        io.say(&tr!(lang, "tui-consensus-rationale-prompt"))?;
        let Some(rationale) = line(&mut io, session, changed)? else {
            return Ok(Outcome::Stopped);
        };
        // An empty line keeps a rationale given at an earlier sitting (it never erases one).
        let keep = rationale.trim().is_empty() && session.note(i).is_some();
        if !keep && session.set_note(i, &rationale) {
            session.save()?;
        }
        i += 1;
    }
    session.end_sitting(changed)?;
    io.say("")?;
    let agreed = session.answered_count();
    io.say(&if agreed == total {
        tr!(lang, "tui-consensus-done", n = total)
    } else {
        tr!(
            lang,
            "tui-consensus-missing",
            missing = total - agreed,
            n = total
        )
    })?;
    say_summary(&mut io, lang, &panel.summary(session, lang), session)?;
    Ok(Outcome::Finished)
}
