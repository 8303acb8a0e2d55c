//! The rules each scoring model sets on a questionnaire's shape: pyramid items are scales of a
//! declared experience, maturity items rubrics, a Kano instrument has Kano questions, SERVQUAL
//! items have the variant's parts and allocation parts name dimensions, pulse metrics keep their
//! standard scales.

use std::collections::{HashMap, HashSet};

use super::Checker;
use crate::instrument::{Group, Kind, Question, QuestionKind, ServqualVariant, Settings};
use crate::yaml::Seg;
use crate::ypath;

pub(super) fn check(
    c: &mut Checker<'_>,
    kind: Kind,
    settings: &Settings,
    groups: &[Group],
    questions: &[Question],
    ids: &HashMap<String, Vec<Seg>>,
) {
    let at_q = |c: &mut Checker<'_>, q: &Question, what: String, fix: &str| {
        let path = ids.get(&q.id).cloned().unwrap_or_default();
        c.at(&path, what, fix);
    };
    let declared: HashSet<&str> = groups.iter().map(|g| g.id.as_str()).collect();
    match kind {
        Kind::Pyramid => {
            for q in questions {
                if !declared.contains(q.group.as_str()) {
                    at_q(
                        c,
                        q,
                        format!(
                            "question '{}' belongs to experience '{}', which is not declared under `groups:`",
                            q.id, q.group
                        ),
                        "declare the experience with its tier, or correct the id",
                    );
                }
                if !matches!(q.kind, QuestionKind::Scale(_) | QuestionKind::Text) {
                    at_q(
                        c,
                        q,
                        format!(
                            "pyramid question '{}' is a {} question",
                            q.id,
                            q.kind.type_name()
                        ),
                        "pyramid items are `type: scale`",
                    );
                }
            }
        }
        Kind::Maturity => {
            for q in questions {
                if !matches!(q.kind, QuestionKind::Rubric(_) | QuestionKind::Text) {
                    at_q(
                        c,
                        q,
                        format!(
                            "maturity question '{}' is a {} question",
                            q.id,
                            q.kind.type_name()
                        ),
                        "maturity items are `type: rubric` with five levels",
                    );
                }
            }
        }
        Kind::Kano => {
            if !questions
                .iter()
                .any(|q| matches!(q.kind, QuestionKind::Kano { .. }))
            {
                c.at(
                    &ypath!["sections"],
                    "a Kano instrument has no kano questions",
                    "add questions with `type: kano`",
                );
            }
        }
        Kind::Servqual => {
            let want: &[&str] = match settings.variant {
                ServqualVariant::Zone => &["adequate", "desired", "perceived"],
                ServqualVariant::Servqual | ServqualVariant::Servperf => &["expected", "perceived"],
            };
            for q in questions {
                match &q.kind {
                    QuestionKind::Pair { parts, .. }
                        if parts.iter().map(String::as_str).ne(want.iter().copied()) =>
                    {
                        at_q(
                            c,
                            q,
                            format!("SERVQUAL item '{}' has parts [{}]", q.id, parts.join(", ")),
                            &format!("this variant's items have parts [{}]", want.join(", ")),
                        );
                    }
                    QuestionKind::Allocation { parts, .. } => {
                        for p in parts {
                            if !questions.iter().any(|x| {
                                x.group == p.id && matches!(x.kind, QuestionKind::Pair { .. })
                            }) {
                                at_q(
                                    c,
                                    q,
                                    format!(
                                        "allocation part '{}' is not a dimension of any item",
                                        p.id
                                    ),
                                    "name the parts after the item groups (tangibles, reliability, …)",
                                );
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Kind::Gaps | Kind::Generic => {}
        Kind::Pulse => {
            for id in ["nps", "csat", "ces"] {
                match questions.iter().find(|q| q.id == id) {
                    None => {}
                    Some(q) => {
                        let expect = match id {
                            "nps" => (0, 10),
                            "csat" => (1, 5),
                            _ => (1, 7),
                        };
                        let ok =
                            matches!(&q.kind, QuestionKind::Scale(s) if (s.min, s.max) == expect);
                        if !ok {
                            at_q(
                                c,
                                q,
                                format!("'{id}' must be a scale from {} to {}", expect.0, expect.1),
                                "keep the standard scale so the metric means what it says",
                            );
                        }
                    }
                }
            }
        }
    }
}
