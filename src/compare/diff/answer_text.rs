//! Changed answers as the results file writes them ([`answer_yaml`]), written into the text of
//! a [`Changes`]. Most answers are one of few: a Kano answer (6 × 6 × 10 forms) or a scale
//! point. Each of those is written once and its span shared by every change that gives it, so
//! 300,000 changed Kano answers cost a few hundred texts, not 30 MB of them.

use super::changes::{Changes, Span};
use crate::response::{Answer, answer_yaml};

/// Scale points from 0 to this are written once.
const POINTS: usize = 10;

/// Kano answers: functional and dysfunctional each absent or one of five words, importance
/// absent or 1–9.
const KANO: usize = 6 * 6 * 10;

/// The spans of the answers written once so far.
pub(super) struct Written {
    spans: Vec<Option<Span>>,
}

impl Written {
    pub(super) fn new() -> Self {
        Written {
            spans: vec![None; POINTS + 1 + KANO],
        }
    }

    /// The span of `answer` when it is one of the answers written once (writing it the first
    /// time), else `None`.
    pub(super) fn shared(&mut self, list: &mut Changes, answer: &Answer) -> Option<Span> {
        let slot = self.spans.get_mut(slot(answer)?)?;
        Some(*slot.get_or_insert_with(|| {
            let from = list.mark();
            push_answer(list.text(), answer, false);
            list.since(from)
        }))
    }
}

/// Where an answer written once is kept.
fn slot(answer: &Answer) -> Option<usize> {
    match answer {
        Answer::Value(v) => usize::try_from(*v).ok().filter(|v| *v <= POINTS),
        Answer::Kano {
            functional,
            dysfunctional,
            importance,
        } => {
            let word = |w: &Option<crate::response::KanoWord>| w.map_or(0, |w| w as usize + 1);
            let importance = match importance {
                None => 0,
                Some(i) => usize::try_from(*i).ok().filter(|i| (1..=9).contains(i))?,
            };
            Some(POINTS + 1 + (word(functional) * 6 + word(dysfunctional)) * 10 + importance)
        }
        _ => None,
    }
}

/// Writes an answer as [`answer_yaml`] does, at the end of `out` (nearly every answer is one
/// of those [`Written`] keeps, so this runs a few hundred times, not once per change).
pub(super) fn push_answer(out: &mut String, answer: &Answer, is_text_question: bool) {
    out.push_str(&answer_yaml(answer, is_text_question));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::diff::AnswerChange;
    use crate::response::KanoWord;

    fn every_answer() -> Vec<Answer> {
        let words = || std::iter::once(None).chain(KanoWord::ALL.into_iter().map(Some));
        let mut all: Vec<Answer> = [-3, 0, 9, 10, 11, 250]
            .into_iter()
            .map(Answer::Value)
            .collect();
        all.extend([
            Answer::Na(None),
            Answer::Na(Some("not: here".into())),
            Answer::Text("say \"hi\"".into()),
        ]);
        for functional in words() {
            for dysfunctional in words() {
                for importance in [None, Some(0), Some(1), Some(9), Some(10)] {
                    all.push(Answer::Kano {
                        functional,
                        dysfunctional,
                        importance,
                    });
                }
            }
        }
        all
    }

    #[test]
    fn answers_are_written_as_the_results_file_writes_them() {
        let mut out = String::from("before");
        for a in &every_answer() {
            for is_text in [false, true] {
                out.truncate(6);
                push_answer(&mut out, a, is_text);
                assert_eq!(out[6..], answer_yaml(a, is_text), "{a:?}");
            }
        }
    }

    #[test]
    fn answers_written_once_read_as_written_and_apart() {
        let all = every_answer();
        let mut list = Changes::default();
        let mut written = Written::new();
        let mut seen = std::collections::HashMap::new();
        for _ in 0..2 {
            for a in &all {
                let Some(span) = written.shared(&mut list, a) else {
                    continue;
                };
                let text = answer_yaml(a, false);
                // The same answer gets the same span every time, another answer another one.
                assert_eq!(*seen.entry(text.clone()).or_insert(span), span, "{a:?}");
                let old = AnswerChange {
                    respondent: "r",
                    question: "q",
                    old: Some(&text),
                    new: None,
                    carried: false,
                };
                let mut one = Changes::default();
                one.push(old);
                let r = list.add("r");
                let q = list.add("q");
                list.push_row(super::super::changes::Row {
                    respondent: r,
                    question: q,
                    old: Some(span),
                    new: None,
                    carried: false,
                });
                assert_eq!(list.get(list.len() - 1), one.get(0), "{a:?}");
            }
        }
        // Scale points 0–10 and Kano answers with importance absent or 1–9 are shared.
        assert_eq!(seen.len(), 3 + 6 * 6 * 3, "{:?}", seen.keys());
    }
}
