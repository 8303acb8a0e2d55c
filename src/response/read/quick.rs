//! The answers results files are written with (a scale point, a Kano answer with its words
//! and importance, a pair with every part a point), read from plain text without making a YAML
//! value of them. Both readers use it: the event reader on a [`Node`], the reader of the
//! canonical layout (`canonical.rs`) on the slices of a line. Anything else (null, N/A, other
//! spellings, a value out of range, an unknown part) is `None`, and `parse_answer_value` then
//! reads it with its messages.

use super::node::Node;
use crate::instrument::{Question, QuestionKind};
use crate::response::{Answer, KanoWord, PartValue};

/// Most entries of an answer's mapping read here (a Kano answer has three, a pair two).
pub(super) const MAX_ENTRIES: usize = 8;

/// An answer as written: a plain scalar, or a mapping of plain keys to plain values.
#[derive(Debug, Clone, Copy)]
pub(super) enum Quick<'a> {
    /// A plain (unquoted) scalar.
    Plain(&'a str),
    /// A mapping whose keys are strings and whose values are plain scalars, in file order.
    Map(&'a [(&'a str, &'a str)]),
}

/// A plain whole number without sign or leading zero, as results files write scale points.
fn plain_int(text: &str) -> Option<i32> {
    (!text.is_empty()
        && text.len() <= 9
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text.len() == 1 || !text.starts_with('0')))
    .then(|| text.parse().ok())
    .flatten()
}

/// The answer to `q` read from its node, when it is in a form [`answer`] reads.
pub(super) fn answer_of_node(q: &Question, v: &Node) -> Option<Answer> {
    match v {
        Node::Scalar {
            text, plain: true, ..
        } => answer(q, Quick::Plain(text)),
        Node::Map { entries, .. } if entries.len() <= MAX_ENTRIES => {
            let mut buf = [("", ""); MAX_ENTRIES];
            for (slot, (k, val)) in buf.iter_mut().zip(entries) {
                let Node::Scalar {
                    text, plain: true, ..
                } = val
                else {
                    return None;
                };
                *slot = (k.key_str()?, text.as_str());
            }
            answer(q, Quick::Map(&buf[..entries.len()]))
        }
        _ => None,
    }
}

/// The answer to `q` in the forms results files are written in; `None` for anything else.
pub(super) fn answer(q: &Question, v: Quick<'_>) -> Option<Answer> {
    let in_range = |n: i32, min: i32, max: i32| (min..=max).contains(&n).then_some(n);
    match (&q.kind, v) {
        (QuestionKind::Scale(s), Quick::Plain(text)) => {
            in_range(plain_int(text)?, s.min, s.max).map(Answer::Value)
        }
        (QuestionKind::Rubric(levels), Quick::Plain(text)) => {
            in_range(plain_int(text)?, 1, i32::try_from(levels.len()).ok()?).map(Answer::Value)
        }
        (QuestionKind::Kano { importance, .. }, Quick::Map(entries)) => {
            let (mut functional, mut dysfunctional, mut rating) = (None, None, None);
            for (k, val) in entries {
                let word = || KanoWord::ALL.into_iter().find(|w| w.word() == *val);
                match *k {
                    "functional" => functional = Some(word()?),
                    "dysfunctional" => dysfunctional = Some(word()?),
                    "importance" => {
                        let scale = importance.as_ref()?;
                        rating = Some(in_range(plain_int(val)?, scale.min, scale.max)?);
                    }
                    _ => return None,
                }
            }
            Some(Answer::Kano {
                functional,
                dysfunctional,
                importance: rating,
            })
        }
        (QuestionKind::Pair { parts, scale, .. }, Quick::Map(entries)) => {
            let mut found: [Option<i32>; MAX_ENTRIES] = [None; MAX_ENTRIES];
            if parts.len() > found.len() {
                return None;
            }
            for (k, val) in entries {
                let i = parts.iter().position(|p| p == k)?;
                found[i] = Some(in_range(plain_int(val)?, scale.min, scale.max)?);
            }
            Some(Answer::Parts(
                parts
                    .iter()
                    .zip(found)
                    .filter_map(|(p, n)| Some((p.clone(), PartValue::Num(f64::from(n?)))))
                    .collect(),
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::Instrument;
    use crate::response::read::answer::parse_answer_value;
    use crate::response::read::node::Events;

    fn node(text: &str) -> Node {
        let src = format!("v: {text}\n");
        let expected = crate::yaml::Expected {
            what: "a test file",
            described_in: "the test",
        };
        let mut ev = Events::new("t.yaml", &src, expected).unwrap();
        let mut first = ev.next().unwrap();
        while matches!(
            first.0,
            yaml_rust2::Event::StreamStart | yaml_rust2::Event::DocumentStart
        ) {
            first = ev.next().unwrap();
        }
        ev.node(first).unwrap().get("v").unwrap().clone()
    }

    /// Wherever the direct reading gives an answer, it is the one the general reader gives.
    #[test]
    fn answers_read_directly_are_the_general_readers_answers() {
        let kano = Instrument::load("kano").unwrap();
        let servqual = Instrument::load("servqual").unwrap();
        let pyramid = Instrument::load("pyramid").unwrap();
        let kq = &kano.questions[0];
        let sq = servqual
            .questions
            .iter()
            .find(|q| matches!(q.kind, QuestionKind::Pair { .. }))
            .unwrap();
        let pq = &pyramid.questions[0];
        let cases: Vec<(&Question, &str)> = vec![
            (pq, "4"),
            (pq, "0"),
            (pq, "9"),
            (pq, "007"),
            (pq, "+3"),
            (pq, "na"),
            (pq, "\"4\""),
            (pq, "4.0"),
            (pq, "~"),
            (pq, "{na: x}"),
            (
                kq,
                "{functional: like, dysfunctional: must-be, importance: 7}",
            ),
            (kq, "{functional: like, dysfunctional: dislike}"),
            (
                kq,
                "{dysfunctional: neutral, functional: live-with, importance: 10}",
            ),
            (kq, "{functional: Like, dysfunctional: 2}"),
            (kq, "{functional: like, functional: dislike}"),
            (kq, "{functional: like, extra: 1}"),
            (kq, "{}"),
            (kq, "na"),
            (kq, "{functional: \"like\", dysfunctional: must-be}"),
            (sq, "{expected: 5, perceived: 4}"),
            (sq, "{perceived: 4, expected: 7}"),
            (sq, "{expected: 5}"),
            (sq, "{expected: 8, perceived: 4}"),
            (sq, "{expected: na, perceived: 4}"),
            (sq, "{expected: 5, other: 4}"),
            (sq, "{}"),
            (sq, "{expected: 5, expected: 6}"),
        ];
        let mut direct = 0;
        for (q, text) in cases {
            let n = node(text);
            let general = parse_answer_value(q, &n.value());
            if let Some(answer) = answer_of_node(q, &n) {
                direct += 1;
                assert_eq!(Ok(Some(answer)), general, "{text}");
            }
        }
        assert!(direct >= 10, "the usual forms are read directly ({direct})");
    }
}
