//! The rules each scoring model sets on a questionnaire's shape: pyramid items are scales of a
//! declared experience, maturity items rubrics, a Kano instrument has Kano questions, SERVQUAL
//! items have the variant's parts and allocation parts name dimensions, pulse metrics keep their
//! standard scales.

use std::collections::{HashMap, HashSet};

use super::Checker;
use crate::instrument::{Group, Kind, Question, QuestionKind, ServqualVariant, Settings};
use crate::lang::messages;
use crate::tr;
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
    let at_q = |c: &mut Checker<'_>, q: &Question, what: String, fix: String| {
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
                        tr!(
                            messages(),
                            "err-instrument-experience-undeclared",
                            id = q.id.as_str(),
                            group = q.group.as_str()
                        ),
                        tr!(messages(), "err-instrument-experience-undeclared-fix"),
                    );
                }
                if !matches!(q.kind, QuestionKind::Scale(_) | QuestionKind::Text) {
                    at_q(
                        c,
                        q,
                        tr!(
                            messages(),
                            "err-instrument-pyramid-type",
                            id = q.id.as_str(),
                            kind = q.kind.type_name()
                        ),
                        tr!(messages(), "err-instrument-pyramid-type-fix"),
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
                        tr!(
                            messages(),
                            "err-instrument-maturity-type",
                            id = q.id.as_str(),
                            kind = q.kind.type_name()
                        ),
                        tr!(messages(), "err-instrument-maturity-type-fix"),
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
                    tr!(messages(), "err-instrument-kano-none"),
                    tr!(messages(), "err-instrument-kano-none-fix"),
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
                            tr!(
                                messages(),
                                "err-instrument-servqual-parts",
                                id = q.id.as_str(),
                                parts = parts.join(", ")
                            ),
                            tr!(
                                messages(),
                                "err-instrument-servqual-parts-fix",
                                parts = want.join(", ")
                            ),
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
                                    tr!(
                                        messages(),
                                        "err-instrument-allocation-dimension",
                                        part = p.id.as_str()
                                    ),
                                    tr!(messages(), "err-instrument-allocation-dimension-fix"),
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
                                tr!(
                                    messages(),
                                    "err-instrument-pulse-scale",
                                    id = id,
                                    min = expect.0.to_string(),
                                    max = expect.1.to_string()
                                ),
                                tr!(messages(), "err-instrument-pulse-scale-fix"),
                            );
                        }
                    }
                }
            }
        }
    }
}
