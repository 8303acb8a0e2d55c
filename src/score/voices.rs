//! Voices: the notes and N/A reasons respondents gave, and the evidence and confidence they
//! recorded, attributed to respondent, role and question, for the "Notes and N/A reasons"
//! section every report has. Collected while scoring, up to a bound (a survey export of a
//! million rows could carry a note on every row): past it they are counted, not kept. Beside
//! them, per question, how many answers there are and how many carry evidence (the evidence
//! coverage a report gives per group).

use serde::Serialize;

use crate::response::{Answer, Confidence, EvidenceKind, Response};

/// How many notes and how many N/A reasons are kept.
pub const KEPT: usize = 2_000;

/// One note or N/A reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Voice {
    /// Who wrote it.
    pub respondent: String,
    /// Their role, when recorded.
    pub role: Option<String>,
    /// The question it is on.
    pub question: String,
    /// The words.
    pub text: String,
}

/// One piece of evidence, attributed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceVoice {
    /// Who recorded it.
    pub respondent: String,
    /// Their role, when recorded.
    pub role: Option<String>,
    /// The question whose answer it bears on.
    pub question: String,
    /// The reference: a path, a URL, quoted words.
    #[serde(rename = "ref")]
    pub reference: String,
    /// Whether it supports or contradicts the answer.
    pub kind: EvidenceKind,
}

/// The confidence of one answer, attributed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfidenceVoice {
    /// Whose answer.
    pub respondent: String,
    /// Their role, when recorded.
    pub role: Option<String>,
    /// The question.
    pub question: String,
    /// How sure the answer is.
    pub level: Confidence,
}

/// How far the answers to one question rest on evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Coverage {
    /// Answers given (not N/A).
    pub answers: usize,
    /// Of them, answers with at least one piece of evidence.
    pub with_evidence: usize,
    /// Pieces of evidence that support answers.
    pub supports: usize,
    /// Pieces of evidence that contradict answers.
    pub contradicts: usize,
}

impl Coverage {
    /// Adds `other`'s counts.
    pub fn add(&mut self, other: &Coverage) {
        self.answers += other.answers;
        self.with_evidence += other.with_evidence;
        self.supports += other.supports;
        self.contradicts += other.contradicts;
    }
}

/// Every note, N/A reason, piece of evidence and confidence, in the order the responses came.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Voices {
    /// Notes (evidence, quotes).
    pub notes: Vec<Voice>,
    /// Reasons given for "not applicable".
    pub na_reasons: Vec<Voice>,
    /// Evidence recorded on answers.
    pub evidence: Vec<EvidenceVoice>,
    /// Confidence recorded on answers.
    pub confidence: Vec<ConfidenceVoice>,
    /// Per question id, in id order: answers and their evidence, counted (never bounded: one
    /// entry per question).
    pub coverage: Vec<(String, Coverage)>,
    /// Notes, reasons, evidence and confidence counted but not kept (past [`KEPT`] of a kind).
    pub omitted: usize,
}

impl Voices {
    /// Adds the notes, N/A reasons, evidence and confidence of `response`, and counts its
    /// answers.
    pub fn add(&mut self, response: &Response) {
        let voice = |question: &str, text: &str| Voice {
            respondent: response.respondent.clone(),
            role: response.role.clone(),
            question: question.to_string(),
            text: text.to_string(),
        };
        for (question, text) in &response.notes {
            if text.trim().is_empty() {
                continue;
            }
            if self.notes.len() < KEPT {
                self.notes.push(voice(question, text));
            } else {
                self.omitted += 1;
            }
        }
        // One pass over the answers: N/A reasons kept, the others counted for the coverage.
        let has_evidence = !response.evidence.is_empty();
        let mut at = 0;
        for (question, answer) in &response.answers {
            if let Answer::Na(reason) = answer {
                if let Some(reason) = reason.as_deref().filter(|r| !r.trim().is_empty()) {
                    if self.na_reasons.len() < KEPT {
                        self.na_reasons.push(voice(question, reason));
                    } else {
                        self.omitted += 1;
                    }
                }
                continue;
            }
            // The usual case, inline: the entry at the cursor is this question's.
            let c = match self.coverage.get_mut(at) {
                Some((id, c)) if id == question => {
                    at += 1;
                    c
                }
                _ => {
                    let i = self.entry(question, &mut at);
                    &mut self.coverage[i].1
                }
            };
            c.answers += 1;
            if has_evidence
                && response
                    .evidence
                    .get(question)
                    .is_some_and(|l| !l.is_empty())
            {
                c.with_evidence += 1;
            }
        }
        if !has_evidence && response.confidence.is_empty() {
            return;
        }
        let mut at = 0;
        for (question, list) in &response.evidence {
            let i = self.entry(question, &mut at);
            let c = &mut self.coverage[i].1;
            for e in list {
                match e.kind {
                    EvidenceKind::Supports => c.supports += 1,
                    EvidenceKind::Contradicts => c.contradicts += 1,
                }
                if self.evidence.len() < KEPT {
                    self.evidence.push(EvidenceVoice {
                        respondent: response.respondent.clone(),
                        role: response.role.clone(),
                        question: question.clone(),
                        reference: e.reference.clone(),
                        kind: e.kind,
                    });
                } else {
                    self.omitted += 1;
                }
            }
        }
        for (question, level) in &response.confidence {
            if self.confidence.len() < KEPT {
                self.confidence.push(ConfidenceVoice {
                    respondent: response.respondent.clone(),
                    role: response.role.clone(),
                    question: question.clone(),
                    level: *level,
                });
            } else {
                self.omitted += 1;
            }
        }
    }

    /// The index of `question`'s coverage at or after `*at` (inserted when new), the cursor
    /// moved past it. Answers and coverage both go in question id order, so an answer usually
    /// finds its entry at the cursor: one comparison, no search (a million survey rows pay
    /// little for the count).
    fn entry(&mut self, question: &str, at: &mut usize) -> usize {
        let i = match self.coverage.get(*at) {
            Some((id, _)) if id == question => *at,
            _ => match self.coverage[*at..].binary_search_by(|(id, _)| id.as_str().cmp(question)) {
                Ok(k) => *at + k,
                Err(k) => {
                    self.coverage
                        .insert(*at + k, (question.to_string(), Coverage::default()));
                    *at + k
                }
            },
        };
        *at = i + 1;
        i
    }

    /// Counts `n` more answers (not N/A) to `question` in its coverage; nothing for `n` = 0.
    pub fn count_answers(&mut self, question: &str, n: usize) {
        if n > 0 {
            let i = self.entry(question, &mut 0);
            self.coverage[i].1.answers += n;
        }
    }

    /// Adds what `other` collected, as if its responses came after this one's (still bounded).
    pub fn merge(&mut self, other: Voices) {
        fn take<T>(mine: &mut Vec<T>, theirs: Vec<T>, omitted: &mut usize) {
            let room = KEPT.saturating_sub(mine.len());
            *omitted += theirs.len().saturating_sub(room);
            mine.extend(theirs.into_iter().take(room));
        }
        take(&mut self.notes, other.notes, &mut self.omitted);
        take(&mut self.na_reasons, other.na_reasons, &mut self.omitted);
        take(&mut self.evidence, other.evidence, &mut self.omitted);
        take(&mut self.confidence, other.confidence, &mut self.omitted);
        let mut at = 0;
        for (question, c) in &other.coverage {
            let i = self.entry(question, &mut at);
            self.coverage[i].1.add(c);
        }
        self.omitted += other.omitted;
    }

    /// Whether there is nothing to show: no note, N/A reason, evidence or confidence.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
            && self.na_reasons.is_empty()
            && self.evidence.is_empty()
            && self.confidence.is_empty()
            && self.omitted == 0
    }

    /// Whether any evidence or confidence was recorded.
    pub fn has_evidence(&self) -> bool {
        !self.evidence.is_empty() || !self.confidence.is_empty()
    }

    /// The coverage of the answers to `question`.
    pub fn coverage_of(&self, question: &str) -> Coverage {
        self.coverage
            .binary_search_by(|(id, _)| id.as_str().cmp(question))
            .map_or_else(|_| Coverage::default(), |i| self.coverage[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::Evidence;

    fn response(
        name: &str,
        answers: &[(&str, Answer)],
        evidence: &[(&str, EvidenceKind)],
    ) -> Response {
        let mut r = Response {
            respondent: name.into(),
            ..Response::default()
        };
        for (q, a) in answers {
            r.answers.insert((*q).to_string(), a.clone());
        }
        for (q, kind) in evidence {
            r.evidence
                .entry((*q).to_string())
                .or_default()
                .push(Evidence::new("doc", *kind).unwrap());
        }
        r
    }

    fn three() -> [Response; 3] {
        use EvidenceKind::{Contradicts, Supports};
        [
            response(
                "a",
                &[("b.1", Answer::Value(3)), ("a.1", Answer::Value(2))],
                &[("a.1", Supports), ("a.1", Contradicts)],
            ),
            response(
                "b",
                &[("a.1", Answer::Na(None)), ("c.1", Answer::Value(1))],
                &[("a.1", Supports), ("c.1", Supports)],
            ),
            response("c", &[("a.1", Answer::Value(4))], &[]),
        ]
    }

    #[test]
    fn coverage_counts_answers_and_the_evidence_they_carry() {
        let mut v = Voices::default();
        for r in &three() {
            v.add(r);
        }
        let c = |answers, with_evidence, supports, contradicts| Coverage {
            answers,
            with_evidence,
            supports,
            contradicts,
        };
        // a.1: answered by a (with evidence) and c; b's N/A is no answer, its evidence counts.
        assert_eq!(v.coverage_of("a.1"), c(2, 1, 2, 1));
        assert_eq!(v.coverage_of("b.1"), c(1, 0, 0, 0));
        assert_eq!(v.coverage_of("c.1"), c(1, 1, 1, 0));
        assert_eq!(v.coverage_of("z.1"), Coverage::default());
        assert_eq!(v.evidence.len(), 4);
        assert!(v.has_evidence() && !v.is_empty());
    }

    #[test]
    fn merged_parts_count_as_one_pass_does() {
        let [a, b, c] = three();
        let mut whole = Voices::default();
        for r in [&a, &b, &c] {
            whole.add(r);
        }
        let (mut first, mut second) = (Voices::default(), Voices::default());
        first.add(&a);
        second.add(&b);
        second.add(&c);
        first.merge(second);
        assert_eq!(first, whole);
    }
}
