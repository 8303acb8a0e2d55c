//! Respondents of two waves matched by name, in linear time: each side is keyed once (a repeated
//! name gets `#2`, `#3` … in file order), the newer side goes into a hash map, and each older
//! respondent is looked up there; a pair's answers are found by walking both sorted maps once.
//! Answers are compared as values first and written out as YAML only when they differ —
//! straight into the text of the [`Changes`] (scale points and Kano answers once each, see
//! [`super::answer_text`]), where a pair that reads the same as written is taken back — so two
//! waves of 30,000 respondents compare in a small part of the time it takes to read them. An
//! answer the newer wave records as carried over (`carried:`) and that equals the older one is
//! counted as carried; an equal answer given anew as confirmed.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::answer_text::{Written, push_answer};
use super::changes::{Changes, Row, Span};
use super::{RespondentChange, Unchanged};
use crate::response::{Answer, Response};

/// What matching found: answer and note changes in the older wave's respondent order and the
/// questionnaire order, the answers that stayed, then the respondents only one side has.
#[derive(Debug, Default)]
pub(super) struct Matched {
    pub answers: Changes,
    pub notes: Changes,
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

/// The changes of one matched pair, written into a [`Matched`].
struct Pair<'r> {
    name: &'r str,
    old: &'r Response,
    new: &'r Response,
}

/// Questions' answers found by position in the questionnaire order: a response's answers (a
/// map sorted by id) are walked once beside the ids sorted, instead of a look-up per question.
struct Slots<'o, 'r> {
    order: &'o [(&'o str, bool)],
    /// Positions in `order`, by id.
    sorted: Vec<usize>,
    old: Vec<Option<&'r Answer>>,
    new: Vec<Option<&'r Answer>>,
}

impl<'o, 'r> Slots<'o, 'r> {
    fn new(order: &'o [(&'o str, bool)]) -> Self {
        let mut sorted: Vec<usize> = (0..order.len()).collect();
        sorted.sort_by(|&a, &b| order[a].0.cmp(order[b].0));
        Slots {
            order,
            sorted,
            old: Vec::new(),
            new: Vec::new(),
        }
    }

    fn fill(&mut self, old: &'r BTreeMap<String, Answer>, new: &'r BTreeMap<String, Answer>) {
        let (order, sorted) = (self.order, &self.sorted);
        for (slots, answers) in [(&mut self.old, old), (&mut self.new, new)] {
            slots.clear();
            slots.resize(order.len(), None);
            let mut ids = sorted.iter().copied().peekable();
            for (id, answer) in answers {
                while let Some(i) = ids.peek().copied() {
                    match order[i].0.cmp(id.as_str()) {
                        Ordering::Less => {
                            ids.next();
                        }
                        Ordering::Equal => {
                            slots[i] = Some(answer);
                            ids.next();
                        }
                        Ordering::Greater => break,
                    }
                }
            }
        }
    }
}

/// The most changes room is made for at once: about 90 MB of address space, of which Linux
/// pages in only what is filled (a system that commits memory on allocation, as Windows does,
/// commits it all).
const MAX_RESERVED: usize = 1 << 20;

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
    // At most one change per answer given on either side (room for up to a bound, past which
    // the list grows as it fills).
    let answers_given: usize = old.iter().chain(new).map(|r| r.answers.len()).sum();
    m.answers.reserve(answers_given.min(MAX_RESERVED));
    // Question ids are written once into each list's text, and shared by its rows.
    let answer_ids: Vec<Span> = order.iter().map(|(q, _)| m.answers.add(q)).collect();
    let note_ids: Vec<Span> = order.iter().map(|(q, _)| m.notes.add(q)).collect();
    let mut carried: HashSet<&str> = HashSet::new();
    let mut slots = Slots::new(order);
    let mut written = Written::new();
    let mut matched_new = 0usize;
    for (name, o) in &old_r {
        let Some(n) = by_name.get(name.as_str()) else {
            m.removed.push(change(name, o));
            continue;
        };
        matched_new += 1;
        carried.clear();
        carried.extend(n.carried.iter().map(String::as_str));
        let pair = Pair {
            name,
            old: o,
            new: n,
        };
        slots.fill(&o.answers, &n.answers);
        answers(&mut m, &pair, &slots, &answer_ids, &carried, &mut written);
        notes(&mut m.notes, &pair, order, &note_ids);
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

/// One pair's answers: changes into `m.answers` (the respondent's name written once, before
/// the first), the rest counted as carried or confirmed.
fn answers(
    m: &mut Matched,
    p: &Pair<'_>,
    slots: &Slots<'_, '_>,
    ids: &[Span],
    carried: &HashSet<&str>,
    written: &mut Written,
) {
    let mut name: Option<Span> = None;
    let each = slots
        .order
        .iter()
        .zip(ids)
        .zip(slots.old.iter().zip(&slots.new));
    for ((&(q, is_text), &id), (&a, &b)) in each {
        // Equal answers write equal YAML; only different ones are written to compare them as a
        // reader sees them.
        let differs = a != b && {
            let list = &mut m.answers;
            // Answers written once first; then, from `start`, the others, taken back when
            // both sides read the same.
            let (old_shared, new_shared) = (
                a.and_then(|x| written.shared(list, x)),
                b.and_then(|x| written.shared(list, x)),
            );
            let start = list.mark();
            let mut side = |x: Option<&Answer>, shared: Option<Span>| {
                x.map(|x| {
                    shared.unwrap_or_else(|| {
                        let from = list.mark();
                        push_answer(list.text(), x, is_text);
                        list.since(from)
                    })
                })
            };
            let (old, new) = (side(a, old_shared), side(b, new_shared));
            let same = match (old, new) {
                (Some(x), Some(y)) => list.same(x, y),
                (None, None) => true,
                _ => false,
            };
            if same {
                list.truncate(start);
            } else {
                let respondent = *name.get_or_insert_with(|| list.add(p.name));
                list.push_row(Row {
                    respondent,
                    question: id,
                    old,
                    new,
                    carried: carried.contains(q),
                });
            }
            !same
        };
        if !differs && b.is_some() {
            if carried.contains(q) {
                m.unchanged.carried += 1;
            } else {
                m.unchanged.confirmed += 1;
            }
        }
    }
}

/// One pair's notes that differ.
fn notes(list: &mut Changes, p: &Pair<'_>, order: &[(&str, bool)], ids: &[Span]) {
    let mut name: Option<Span> = None;
    for (&(q, _), &id) in order.iter().zip(ids) {
        let (a, b) = (p.old.notes.get(q), p.new.notes.get(q));
        if a != b {
            let respondent = *name.get_or_insert_with(|| list.add(p.name));
            let old = a.map(|t| list.add(t));
            let new = b.map(|t| list.add(t));
            list.push_row(Row {
                respondent,
                question: id,
                old,
                new,
                carried: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let a = m.answers.get(0).expect("one change");
        assert_eq!(a.respondent, "ann #2");
        assert_eq!(a.old, Some("3"));
        assert_eq!(a.new, Some("5"));
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
        let a = m.answers.get(0).expect("one change");
        assert_eq!(a.question, "s");
        assert!(!a.carried);
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
        let a = m.answers.get(0).expect("one change");
        assert_eq!(a.old, Some("{a: 40}"));
        assert_eq!(a.new, Some("{a: 12.5}"));
    }

    #[test]
    fn answers_equal_as_written_are_not_changes() {
        let parts = |x: f64| Answer::Parts(vec![("a".into(), crate::response::PartValue::Num(x))]);
        let mut a = person("ann", 1);
        let mut b = person("ann", 2);
        // Not equal as values (NaN is equal to nothing), the same as written: `{a: NaN}`.
        a.answers.insert("w".into(), parts(f64::NAN));
        b.answers.insert("w".into(), parts(f64::NAN));
        let m = match_respondents(&[a], &[b], &[("w", false), ("q", false)]);
        let got: Vec<_> = m
            .answers
            .iter()
            .map(|c| (c.question, c.old, c.new))
            .collect();
        assert_eq!(got, [("q", Some("1"), Some("2"))]);
        assert_eq!(m.unchanged.confirmed, 1, "w is written alike on both sides");
    }
}
