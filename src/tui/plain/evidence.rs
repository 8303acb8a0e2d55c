//! Evidence and confidence in the plain line mode: at any prompt `v` asks for a reference, then
//! whether it supports or contradicts the answer; `c` asks for the confidence. Both letters are
//! commands everywhere, as `q` and `b` are (no scale, Kano word or list of numbers is a single
//! `v` or `c`). An empty line leaves things as they were; the question is then asked again.

use std::io::{BufRead, Write};

use super::{Io, Reply};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::response::{Confidence, EvidenceKind};
use crate::tr;
use crate::tui::app::CONFIDENCE_CHOICES;
use crate::tui::session::Session;
use crate::tui::words;

/// The kind a typed line names: `s` or `c`, the results-file word, or the word in `lang`.
fn kind(line: &str, lang: Lang) -> Option<EvidenceKind> {
    let t = line.trim();
    match t {
        "s" | "S" => Some(EvidenceKind::Supports),
        "c" | "C" => Some(EvidenceKind::Contradicts),
        _ => EvidenceKind::parse(t).or_else(|| {
            EvidenceKind::ALL
                .into_iter()
                .find(|k| words::kind_word(lang, *k) == t)
        }),
    }
}

/// The confidence a typed line names, as an index into [`CONFIDENCE_CHOICES`] (the last is
/// none): a word (in English or in `lang`) or a digit (1–3, 0 for none).
fn level(line: &str, lang: Lang) -> Option<usize> {
    let t = line.trim();
    let none = CONFIDENCE_CHOICES.len() - 1;
    match t.parse::<usize>() {
        Ok(0) => return Some(none),
        Ok(d) if d <= none => return Some(d - 1),
        Ok(_) => return None,
        Err(_) => {}
    }
    if t.eq_ignore_ascii_case("none") || t.eq_ignore_ascii_case("n") {
        return Some(none);
    }
    // The first letter of the English word, as `s`/`c` stand for supports/contradicts.
    let initial = match t.to_ascii_lowercase().as_str() {
        "l" => Some(Confidence::Low),
        "m" => Some(Confidence::Medium),
        "h" => Some(Confidence::High),
        _ => None,
    };
    if let Some(level) = initial {
        return CONFIDENCE_CHOICES.iter().position(|l| *l == Some(level));
    }
    let named = Confidence::parse(t);
    CONFIDENCE_CHOICES
        .iter()
        .position(|l| (named.is_some() && *l == named) || words::level_word(lang, *l) == t)
}

/// Asks for a piece of evidence on step `i`'s question and records it. `Ok(Some(changed))`
/// once done (or cancelled), `Ok(None)` at the end of input.
fn ask_evidence<R: BufRead, W: Write>(
    session: &mut Session,
    i: usize,
    lang: Lang,
    io: &mut Io<R, W>,
) -> Result<Option<bool>> {
    io.say(&tr!(lang, "tui-plain-evidence-reference"))?;
    let Some(reference) = io.read()? else {
        return Ok(None);
    };
    if reference.trim().is_empty() {
        return Ok(Some(false));
    }
    let kind = loop {
        io.say(&tr!(lang, "tui-plain-evidence-kind"))?;
        let Some(line) = io.read()? else {
            return Ok(None);
        };
        if line.trim().is_empty() {
            return Ok(Some(false));
        }
        match kind(&line, lang) {
            Some(kind) => break kind,
            None => io.say(&tr!(
                lang,
                "tui-plain-evidence-not-kind",
                input = line.trim()
            ))?,
        }
    };
    match session.add_evidence(i, &reference, kind) {
        Ok(true) => {
            io.say(&tr!(
                lang,
                "tui-evidence-added",
                n = i + 1,
                kind = words::kind_word(lang, kind),
                reference = reference.trim()
            ))?;
            Ok(Some(true))
        }
        Ok(false) => {
            io.say(&tr!(lang, "tui-evidence-duplicate"))?;
            Ok(Some(false))
        }
        Err(e) => {
            io.say(&words::evidence_error(lang, &e))?;
            Ok(Some(false))
        }
    }
}

/// Asks for the confidence of step `i`'s answer and records it. `Ok(Some(changed))` once done
/// (or left as it was), `Ok(None)` at the end of input.
fn ask_confidence<R: BufRead, W: Write>(
    session: &mut Session,
    i: usize,
    lang: Lang,
    io: &mut Io<R, W>,
) -> Result<Option<bool>> {
    loop {
        io.say(&tr!(lang, "tui-plain-confidence"))?;
        let Some(line) = io.read()? else {
            return Ok(None);
        };
        if line.trim().is_empty() {
            return Ok(Some(false));
        }
        let Some(chosen) = level(&line, lang).map(|k| CONFIDENCE_CHOICES[k]) else {
            io.say(&tr!(
                lang,
                "tui-plain-confidence-not-level",
                input = line.trim()
            ))?;
            continue;
        };
        let changed = session.set_confidence(i, chosen);
        io.say(&if chosen.is_some() {
            tr!(
                lang,
                "tui-confidence-set",
                n = i + 1,
                level = words::level_word(lang, chosen)
            )
        } else {
            tr!(lang, "tui-confidence-cleared", n = i + 1)
        })?;
        return Ok(Some(changed));
    }
}

/// Carries out `v` (`command` is [`Reply::Evidence`]) or `c` on step `i`, saving what changed.
/// `Ok(false)` when the input ended in between: the sitting is then ended (and saved), as it
/// is at any prompt; an interruption ends it too and is passed on naming the file.
pub(super) fn command<R: BufRead, W: Write>(
    command: &Reply,
    session: &mut Session,
    i: usize,
    lang: Lang,
    io: &mut Io<R, W>,
    changed: &mut bool,
) -> Result<bool> {
    let asked = if *command == Reply::Evidence {
        ask_evidence(session, i, lang, io)
    } else {
        ask_confidence(session, i, lang, io)
    };
    match asked {
        Ok(Some(saved)) => {
            if saved {
                session.save()?;
                *changed = true;
            }
            Ok(true)
        }
        Ok(None) => {
            session.end_sitting(*changed)?;
            Ok(false)
        }
        Err(Error::Interrupted(_)) => {
            session.end_sitting(*changed)?;
            Err(Error::Interrupted(session.path.clone()))
        }
        Err(e) => Err(e),
    }
}

/// The prompt legend's entries for evidence and confidence: the keys, then what is recorded.
pub(super) fn legend(session: &Session, i: usize, lang: Lang) -> Vec<String> {
    let mut out = vec![
        tr!(lang, "tui-plain-evidence"),
        tr!(lang, "tui-plain-confidence-key"),
    ];
    out.extend(words::evidence_summary(session, lang, i));
    out.extend(words::confidence_summary(session, lang, i));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_levels_are_read_as_letters_words_and_digits() {
        assert_eq!(kind("s", Lang::En), Some(EvidenceKind::Supports));
        assert_eq!(kind(" C ", Lang::En), Some(EvidenceKind::Contradicts));
        assert_eq!(
            kind("contradicts", Lang::Zh),
            Some(EvidenceKind::Contradicts)
        );
        assert_eq!(kind("反驳", Lang::Zh), Some(EvidenceKind::Contradicts));
        assert_eq!(kind("maybe", Lang::En), None);
        let level = |t: &str, lang| level(t, lang).map(|k| CONFIDENCE_CHOICES[k]);
        assert_eq!(level("1", Lang::En), Some(Some(Confidence::Low)));
        assert_eq!(level("0", Lang::En), Some(None));
        assert_eq!(level("4", Lang::En), None);
        assert_eq!(level("High", Lang::En), Some(Some(Confidence::High)));
        assert_eq!(level("none", Lang::En), Some(None));
        assert_eq!(level("中", Lang::Zh), Some(Some(Confidence::Medium)));
        assert_eq!(level("无", Lang::Zh), Some(None));
        assert_eq!(level("sure", Lang::En), None);
        // First letters, as s and c are for the kind of evidence.
        assert_eq!(level("l", Lang::En), Some(Some(Confidence::Low)));
        assert_eq!(level("M", Lang::Zh), Some(Some(Confidence::Medium)));
        assert_eq!(level("h", Lang::En), Some(Some(Confidence::High)));
        assert_eq!(level("n", Lang::En), Some(None));
        // "none" in English is not the word "low" in another language, nor the reverse.
        assert_eq!(level("低", Lang::En), None);
    }
}
