//! Respondents of two waves matched by name, in linear time: each side is keyed once (a repeated
//! name gets `#2`, `#3` … in file order), the newer side goes into a hash map, and each older
//! respondent is looked up there. Answers are compared as values first and written out as YAML
//! only when they differ, so two waves of 30,000 respondents compare in about the time it takes
//! to read them. An answer the newer wave records as carried over (`carried:`) and that equals
//! the older one is counted as carried; an equal answer given anew as confirmed.

use std::collections::{HashMap, HashSet};

use super::{AnswerChange, RespondentChange, Unchanged};
use crate::response::{Response, answer_yaml};

/// What matching found: answer and note changes in the older wave's respondent order and the
/// questionnaire order, the answers that stayed, then the respondents only one side has.
#[derive(Debug, Default)]
pub(super) struct Matched {
    pub answers: Vec<AnswerChange>,
    pub notes: Vec<AnswerChange>,
    pub unchanged: Unchanged,
    pub added: Vec<RespondentChange>,
    pub removed: Vec<RespondentChange>,
}

/// Responses keyed by respondent name, with `#2`, `#3` … for repeated names, in file order.
pub(super) fn keyed(responses: &[Response]) -> Vec<(String, &Response)> {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(responses.len());
    responses
        .iter()
        .map(|r| {
            let k = seen.entry(r.respondent.as_str()).or_insert(0);
            *k += 1;
            let name = if *k == 1 {
                r.respondent.clone()
            } else {
                format!("{} #{k}", r.respondent)
            };
            (name, r)
        })
        .collect()
}

fn change(name: &str, r: &Response) -> RespondentChange {
    RespondentChange {
        respondent: name.to_string(),
        role: r.role.clone(),
        answers: r.answers.len(),
    }
}

/// Matches `old` against `new`; `order` is every question id (with whether it is a text
/// question) in the order changes are listed.
pub(super) fn match_respondents(
    old: &[Response],
    new: &[Response],
    order: &[(&str, bool)],
) -> Matched {
    let old_r = keyed(old);
    let new_r = keyed(new);
    // A keyed name is unique within its side, so each maps to one response.
    let by_name: HashMap<&str, &Response> = new_r.iter().map(|(k, r)| (k.as_str(), *r)).collect();
    let mut m = Matched::default();
    let mut matched_new = 0usize;
    for (name, o) in &old_r {
        let Some(n) = by_name.get(name.as_str()) else {
            m.removed.push(change(name, o));
            continue;
        };
        matched_new += 1;
        let carried: HashSet<&str> = n.carried.iter().map(String::as_str).collect();
        for &(q, is_text) in order {
            let (a, b) = (o.answers.get(q), n.answers.get(q));
            // Equal answers write equal YAML; only different ones are written to compare
            // them as a reader sees them (4 and 4.0000000001 points both read 4).
            let differs = a != b && {
                let (a, b) = (
                    a.map(|a| answer_yaml(a, is_text)),
                    b.map(|b| answer_yaml(b, is_text)),
                );
                let differs = a != b;
                if differs {
                    m.answers.push(AnswerChange {
                        respondent: name.clone(),
                        question: q.to_string(),
                        old: a,
                        new: b,
                        carried: carried.contains(q),
                    });
                }
                differs
            };
            if !differs && b.is_some() {
                if carried.contains(q) {
                    m.unchanged.carried += 1;
                } else {
                    m.unchanged.confirmed += 1;
                }
            }
            let (a, b) = (o.notes.get(q), n.notes.get(q));
            if a != b {
                m.notes.push(AnswerChange {
                    respondent: name.clone(),
                    question: q.to_string(),
                    old: a.cloned(),
                    new: b.cloned(),
                    carried: false,
                });
            }
        }
    }
    if matched_new < new_r.len() {
        let old_names: HashSet<&str> = old_r.iter().map(|(k, _)| k.as_str()).collect();
        m.added = new_r
            .iter()
            .filter(|(k, _)| !old_names.contains(k.as_str()))
            .map(|(k, r)| change(k, r))
            .collect();
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::Answer;

    fn person(name: &str, v: i32) -> Response {
        Response {
            respondent: name.into(),
            answers: [("q".to_string(), Answer::Value(v))].into_iter().collect(),
            ..Response::default()
        }
    }

    #[test]
    fn repeated_names_are_matched_in_file_order_and_one_sided_people_listed() {
        let old = [
            person("ann", 1),
            person("bob", 2),
            person("ann", 3),
            person("cy", 4),
        ];
        let new = [
            person("ann", 1),
            person("ann", 5),
            person("dee", 2),
            person("bob", 2),
        ];
        let m = match_respondents(&old, &new, &[("q", false)]);
        assert_eq!(m.answers.len(), 1);
        assert_eq!(m.answers[0].respondent, "ann #2");
        assert_eq!(m.answers[0].old.as_deref(), Some("3"));
        assert_eq!(m.answers[0].new.as_deref(), Some("5"));
        let names =
            |v: &[RespondentChange]| v.iter().map(|r| r.respondent.clone()).collect::<Vec<_>>();
        assert_eq!(names(&m.removed), ["cy"]);
        assert_eq!(names(&m.added), ["dee"]);
        assert_eq!(
            (m.unchanged.carried, m.unchanged.confirmed),
            (0, 2),
            "ann and bob gave the same answer again"
        );
    }

    #[test]
    fn carried_answers_are_told_from_confirmed_and_changed_ones() {
        let mut old = person("ann", 3);
        old.answers.insert("r".into(), Answer::Value(2));
        old.answers.insert("s".into(), Answer::Value(5));
        let mut new = person("ann", 3);
        new.answers.insert("r".into(), Answer::Value(2));
        new.answers.insert("s".into(), Answer::Value(4));
        new.carried = vec!["q".into()];
        let m = match_respondents(&[old], &[new], &[("q", false), ("r", false), ("s", false)]);
        assert_eq!((m.unchanged.carried, m.unchanged.confirmed), (1, 1));
        assert_eq!(m.answers.len(), 1);
        assert_eq!(m.answers[0].question, "s");
        assert!(!m.answers[0].carried);
    }

    #[test]
    fn changed_points_are_written_as_the_file_has_them() {
        let parts = |x: f64| Answer::Parts(vec![("a".into(), crate::response::PartValue::Num(x))]);
        let mut a = person("ann", 1);
        let mut b = person("ann", 1);
        a.answers.insert("w".into(), parts(40.0));
        b.answers.insert("w".into(), parts(12.5));
        let m = match_respondents(&[a], &[b], &[("q", false), ("w", false)]);
        assert_eq!(m.answers.len(), 1, "{:?}", m.answers);
        assert_eq!(m.answers[0].old.as_deref(), Some("{a: 40}"));
        assert_eq!(m.answers[0].new.as_deref(), Some("{a: 12.5}"));
    }
}
