//! Carrying answers over from an earlier wave (`run --from`). A self-assessment repeated each
//! quarter mostly gives last quarter's answers again; the runner shows each question's previous
//! answer and a keypress keeps it. What is kept is recorded in the response: `carried_from` (where
//! the previous answers came from) and `carried` (the questions whose answer was kept unchanged),
//! so a report can say how much was carried over and `diff` can tell carried answers from
//! re-assessed ones. A carried answer that is answered anew stops being carried.
//!
//! Only data here: finding the earlier wave's file is `compare::carry`'s, showing the answer the
//! runner's.

use super::{Answer, PartValue, Response, answer_yaml, parse_answer_value};
use crate::instrument::{Instrument, Question, QuestionKind};

/// One respondent's answers in an earlier wave.
#[derive(Debug, Clone, PartialEq)]
pub struct Previous {
    /// Where they were read: the results file, as given.
    pub source: String,
    /// The response.
    pub response: Response,
}

impl Previous {
    /// The previous answer to `q`, when it still answers `q` as the instrument asks it now (a
    /// question whose scale or parts changed between versions gets no previous answer).
    pub fn answer(&self, q: &Question) -> Option<Answer> {
        let old = self.response.answers.get(&q.id)?;
        let text = answer_yaml(old, matches!(q.kind, QuestionKind::Text));
        let value: serde_yaml::Value = serde_yaml::from_str(&text).ok()?;
        parse_answer_value(q, &value).ok().flatten()
    }
}

/// Keeps the previous answer to question `question` (an index into `instrument.questions`) in
/// `response`, with its note when `response` has none, and records the question as carried.
/// Nothing happens when `response` already answers the question or there is no previous answer
/// to keep; returns whether the answer was carried.
pub fn carry(
    response: &mut Response,
    previous: &Previous,
    instrument: &Instrument,
    question: usize,
) -> bool {
    let q = &instrument.questions[question];
    if response.answers.contains_key(&q.id) {
        return false;
    }
    let Some(answer) = previous.answer(q) else {
        return false;
    };
    response.answers.insert(q.id.clone(), answer);
    if let Some(note) = previous.response.notes.get(&q.id) {
        response
            .notes
            .entry(q.id.clone())
            .or_insert_with(|| note.clone());
    }
    if response.carried_from.is_none() {
        response.carried_from = Some(previous.source.clone());
    }
    if !response.carried.contains(&q.id) {
        response.carried.push(q.id.clone());
        let order = |id: &String| instrument.questions.iter().position(|x| &x.id == id);
        response.carried.sort_by_key(order);
    }
    true
}

/// Question `id` was answered anew (or its answer removed): it is no longer carried over.
pub fn reassessed(response: &mut Response, id: &str) {
    response.carried.retain(|c| c != id);
}

/// The previous answer at one step of a question, as a results file writes it: a compound
/// answer's part (`like`, `7`, `na`) for a step that asks one part (`part`), else the whole
/// answer (`4`, `{na: "no shop"}`, `{tangibles: 10, …}`).
pub fn step_text(answer: &Answer, q: &Question, part: Option<usize>) -> String {
    match (answer, &q.kind, part) {
        (
            Answer::Kano {
                functional,
                dysfunctional,
                importance,
            },
            _,
            Some(p),
        ) => match p {
            0 => functional.map(|w| w.word().to_string()),
            1 => dysfunctional.map(|w| w.word().to_string()),
            _ => importance.map(|v| v.to_string()),
        }
        .unwrap_or_else(|| "—".to_string()),
        (Answer::Parts(_), QuestionKind::Pair { parts, .. }, Some(p)) => {
            match parts.get(p).and_then(|name| answer.part(name)) {
                Some(PartValue::Num(v)) => super::number(v),
                Some(PartValue::Na) => "na".to_string(),
                None => "—".to_string(),
            }
        }
        _ => answer_yaml(answer, matches!(q.kind, QuestionKind::Text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::builtin;

    fn previous(answers: &[(&str, Answer)]) -> Previous {
        Previous {
            source: "2026-Q3/maturity/li.yaml".into(),
            response: Response {
                respondent: "li".into(),
                answers: answers
                    .iter()
                    .map(|(k, a)| ((*k).to_string(), a.clone()))
                    .collect(),
                notes: [("strategy.2".to_string(), "board minutes".to_string())]
                    .into_iter()
                    .collect(),
                ..Response::default()
            },
        }
    }

    #[test]
    fn carrying_keeps_the_answer_and_note_in_questionnaire_order_once() {
        let inst = builtin::latest("maturity")
            .expect("built in")
            .instrument()
            .expect("parses");
        let at = |id: &str| inst.questions.iter().position(|q| q.id == id).expect("id");
        let prev = previous(&[
            ("strategy.1", Answer::Value(3)),
            ("strategy.2", Answer::Na(Some("no strategy yet".into()))),
        ]);
        let mut r = Response::default();
        assert!(carry(&mut r, &prev, &inst, at("strategy.2")));
        assert!(carry(&mut r, &prev, &inst, at("strategy.1")));
        assert!(
            !carry(&mut r, &prev, &inst, at("strategy.1")),
            "already answered"
        );
        assert!(
            !carry(&mut r, &prev, &inst, at("strategy.3")),
            "nothing to carry"
        );
        assert_eq!(r.carried, ["strategy.1", "strategy.2"]);
        assert_eq!(r.answers["strategy.1"], Answer::Value(3));
        assert_eq!(r.notes["strategy.2"], "board minutes");
        assert_eq!(r.carried_from.as_deref(), Some("2026-Q3/maturity/li.yaml"));
        reassessed(&mut r, "strategy.1");
        assert_eq!(r.carried, ["strategy.2"]);
    }

    #[test]
    fn an_answer_the_question_no_longer_takes_is_not_offered() {
        let inst = builtin::latest("maturity")
            .expect("built in")
            .instrument()
            .expect("parses");
        let q = inst.question("strategy.1").expect("question");
        // Rubric levels are 1–5: a 9 from a hand-edited or older file is not offered.
        assert_eq!(
            previous(&[("strategy.1", Answer::Value(9))]).answer(q),
            None
        );
        assert_eq!(
            previous(&[("strategy.1", Answer::Value(4))]).answer(q),
            Some(Answer::Value(4))
        );
    }

    /// `assessment.period`, `carried_from` and `carried` are written and read back as they
    /// were; a file without them reads as before.
    #[test]
    fn the_wave_and_carried_answers_round_trip() {
        let inst = builtin::latest("maturity")
            .expect("built in")
            .instrument()
            .expect("parses");
        let mut results = crate::response::Results::new(&inst);
        results.assessment.period = Some("2026-Q4".into());
        results.assessment.date = Some("2026-11-20".into());
        let prev = previous(&[("strategy.1", Answer::Value(3))]);
        let mut r = Response {
            respondent: "li".into(),
            ..Response::default()
        };
        assert!(carry(&mut r, &prev, &inst, 0));
        results.responses.push(r);
        let text = crate::response::to_yaml(&results, &inst);
        let (back, _) = crate::response::read_results_str("r.yaml", &text, None).expect("reads");
        assert_eq!(back, results);
        assert_eq!(crate::response::to_yaml(&back, &inst), text);
        let older: String = text
            .lines()
            .filter(|l| !l.contains("period:") && !l.contains("carried"))
            .filter(|l| !l.trim_start().starts_with("- strategy"))
            .flat_map(|l| [l, "\n"])
            .collect();
        let (old, _) = crate::response::read_results_str("o.yaml", &older, None).expect("reads");
        assert_eq!(old.assessment.period, None);
        assert!(old.responses[0].carried.is_empty() && old.responses[0].carried_from.is_none());
    }

    #[test]
    fn a_step_shows_its_own_part() {
        let inst = builtin::latest("kano")
            .expect("built in")
            .instrument()
            .expect("parses");
        let q = &inst.questions[0];
        let a = Answer::Kano {
            functional: Some(crate::response::KanoWord::Like),
            dysfunctional: None,
            importance: Some(7),
        };
        assert_eq!(step_text(&a, q, Some(0)), "like");
        assert_eq!(step_text(&a, q, Some(1)), "—");
        assert_eq!(step_text(&a, q, Some(2)), "7");
        assert_eq!(step_text(&Answer::Value(4), q, None), "4");
    }
}
