//! One question of an instrument file: its type, the fields that type needs and no others, and
//! its scale (named under `scales:` or written inline).

use std::collections::{HashMap, HashSet};

use serde_yaml::Value;

use super::super::raw::{RawAllocationPart, RawQuestion, RawScale};
use super::super::{AllocationPart, Question, QuestionKind, RubricLevel, Scale};
use super::{Checker, valid_id};
use crate::lang::{Text, messages};
use crate::tr;
use crate::yaml::Seg;

/// The question types, as `type:` names them.
const TYPES: [&str; 6] = ["scale", "rubric", "kano", "pair", "allocation", "text"];

#[allow(clippy::too_many_lines)]
pub(super) fn question(
    c: &mut Checker<'_>,
    rq: &RawQuestion,
    path: &[Seg],
    scales: &HashMap<String, Scale>,
) -> Option<Question> {
    let sub = |k: &str| {
        let mut p = path.to_vec();
        p.push(Seg::Key(k.to_string()));
        p
    };
    if let Some(t) = &rq.text {
        c.text(t, &sub("text"));
    }
    if let Some(t) = &rq.help {
        c.text(t, &sub("help"));
    }
    if let Some(t) = &rq.improve {
        c.text(t, &sub("improve"));
    }
    // Fields that belong to other types are mistakes worth naming.
    let present: [(&str, bool); 9] = [
        ("scale", rq.scale.is_some()),
        ("levels", rq.levels.is_some()),
        ("feature", rq.feature.is_some()),
        ("functional", rq.functional.is_some()),
        ("dysfunctional", rq.dysfunctional.is_some()),
        ("importance", rq.importance.is_some()),
        ("parts", rq.parts.is_some()),
        ("texts", rq.texts.is_some()),
        ("total", rq.total.is_some()),
    ];
    let allowed: &[&str] = match rq.kind.as_str() {
        "scale" => &["scale"],
        "rubric" => &["levels"],
        "kano" => &["feature", "functional", "dysfunctional", "importance"],
        "pair" => &["parts", "texts", "scale"],
        "allocation" => &["parts", "total"],
        "text" => &[],
        other => {
            c.at_value(
                &sub("type"),
                tr!(messages(), "err-instrument-type-unknown", kind = other),
                tr!(
                    messages(),
                    "err-instrument-type-unknown-fix",
                    types = crate::error::list(&TYPES)
                ),
            );
            return None;
        }
    };
    for (field, is) in present {
        if is && !allowed.contains(&field) {
            c.at(
                &sub(field),
                tr!(
                    messages(),
                    "err-instrument-field-not-for-type",
                    field = field,
                    kind = rq.kind.as_str()
                ),
                tr!(
                    messages(),
                    "err-instrument-field-not-for-type-fix",
                    types = crate::error::list(&TYPES)
                ),
            );
        }
    }
    let needs_text = matches!(rq.kind.as_str(), "scale" | "rubric" | "allocation" | "text");
    if needs_text && rq.text.is_none() {
        c.at(
            path,
            tr!(
                messages(),
                "err-instrument-question-no-text",
                id = rq.id.as_str()
            ),
            tr!(messages(), "err-instrument-question-no-text-fix"),
        );
    }
    let missing = |c: &mut Checker<'_>, field: &str, example: String| {
        c.at(
            path,
            tr!(
                messages(),
                "err-instrument-field-missing",
                kind = rq.kind.as_str(),
                id = rq.id.as_str(),
                field = field
            ),
            tr!(
                messages(),
                "err-instrument-field-missing-fix",
                field = field,
                example = example
            ),
        );
    };
    let kind = match rq.kind.as_str() {
        "scale" => {
            let Some(v) = &rq.scale else {
                missing(
                    c,
                    "scale",
                    tr!(messages(), "err-instrument-example-scale-labels"),
                );
                return None;
            };
            QuestionKind::Scale(scale_ref(c, v, &sub("scale"), scales)?)
        }
        "rubric" => {
            let Some(levels) = &rq.levels else {
                missing(
                    c,
                    "levels",
                    tr!(messages(), "err-instrument-example-levels"),
                );
                return None;
            };
            if levels.len() != 5 {
                c.at(
                    &sub("levels"),
                    tr!(
                        messages(),
                        "err-instrument-rubric-levels",
                        id = rq.id.as_str(),
                        n = levels.len()
                    ),
                    tr!(messages(), "err-instrument-rubric-levels-fix"),
                );
            }
            let mut out = Vec::new();
            for (i, l) in levels.iter().enumerate() {
                let mut p = sub("levels");
                p.push(Seg::Index(i));
                let mut pt = p.clone();
                pt.push(Seg::Key("text".into()));
                c.text(&l.text, &pt);
                p.push(Seg::Key("suggestion".into()));
                c.text(&l.suggestion, &p);
                out.push(RubricLevel {
                    text: l.text.clone(),
                    suggestion: l.suggestion.clone(),
                });
            }
            QuestionKind::Rubric(out)
        }
        "kano" => {
            let (Some(feature), Some(functional), Some(dysfunctional)) =
                (&rq.feature, &rq.functional, &rq.dysfunctional)
            else {
                c.at(
                    path,
                    tr!(
                        messages(),
                        "err-instrument-kano-missing",
                        kind = rq.kind.as_str(),
                        id = rq.id.as_str()
                    ),
                    tr!(messages(), "err-instrument-kano-missing-fix"),
                );
                return None;
            };
            c.text(feature, &sub("feature"));
            c.text(functional, &sub("functional"));
            c.text(dysfunctional, &sub("dysfunctional"));
            QuestionKind::Kano {
                feature: feature.clone(),
                functional: functional.clone(),
                dysfunctional: dysfunctional.clone(),
                importance: rq
                    .importance
                    .unwrap_or(false)
                    .then(super::super::kano_importance_scale),
            }
        }
        "pair" => pair(c, rq, &sub, scales, &missing)?,
        "allocation" => allocation(c, rq, &sub, &missing)?,
        _ => QuestionKind::Text,
    };
    let group = rq.group.clone().unwrap_or_else(|| match rq.id.rfind('.') {
        Some(i) => rq.id[..i].to_string(),
        None => rq.id.clone(),
    });
    Some(Question {
        id: rq.id.clone(),
        group,
        text: rq.text.clone(),
        help: rq.help.clone(),
        improve: rq.improve.clone(),
        allow_na: rq.allow_na.unwrap_or(true),
        reverse: rq.reverse.unwrap_or(false),
        evidence_required: false,
        references: rq.references.clone(),
        kind,
    })
}

/// A pair question (SERVQUAL, gaps): its parts, one text per part, its scale.
fn pair(
    c: &mut Checker<'_>,
    rq: &RawQuestion,
    sub: &dyn Fn(&str) -> Vec<Seg>,
    scales: &HashMap<String, Scale>,
    missing: &dyn Fn(&mut Checker<'_>, &str, String),
) -> Option<QuestionKind> {
    let Some(pv) = &rq.parts else {
        missing(c, "parts", "[expected, perceived]".to_string());
        return None;
    };
    let parts: Vec<String> = if let Ok(p) = serde_yaml::from_value(pv.clone()) {
        p
    } else {
        c.at_value(
            &sub("parts"),
            tr!(messages(), "err-instrument-pair-parts-list"),
            tr!(messages(), "err-instrument-pair-parts-fix"),
        );
        return None;
    };
    let mut seen = HashSet::new();
    for p in &parts {
        if !valid_id(p) || p.contains('.') || !seen.insert(p) {
            c.at_value(
                &sub("parts"),
                tr!(messages(), "err-instrument-part-id", part = p.as_str()),
                tr!(messages(), "err-instrument-pair-part-id-fix"),
            );
        }
    }
    if parts.len() < 2 {
        c.at_value(
            &sub("parts"),
            tr!(messages(), "err-instrument-pair-two-parts"),
            tr!(messages(), "err-instrument-pair-parts-fix"),
        );
    }
    let Some(texts) = &rq.texts else {
        missing(
            c,
            "texts",
            tr!(messages(), "err-instrument-example-pair-texts"),
        );
        return None;
    };
    let mut aligned = Vec::new();
    for p in &parts {
        if let Some(t) = texts.get(p) {
            let mut tp = sub("texts");
            tp.push(Seg::Key(p.clone()));
            c.text(t, &tp);
            aligned.push(t.clone());
        } else {
            c.at(
                &sub("texts"),
                tr!(messages(), "err-instrument-pair-no-text", part = p.as_str()),
                tr!(
                    messages(),
                    "err-instrument-pair-no-text-fix",
                    part = p.as_str()
                ),
            );
            aligned.push(Text::default());
        }
    }
    for k in texts.keys() {
        if !parts.contains(k) {
            let mut tp = sub("texts");
            tp.push(Seg::Key(k.clone()));
            c.at(
                &tp,
                tr!(
                    messages(),
                    "err-instrument-pair-extra-text",
                    part = k.as_str()
                ),
                tr!(messages(), "err-instrument-pair-extra-text-fix"),
            );
        }
    }
    let Some(v) = &rq.scale else {
        missing(c, "scale", tr!(messages(), "err-instrument-example-scale"));
        return None;
    };
    let scale = scale_ref(c, v, &sub("scale"), scales)?;
    Some(QuestionKind::Pair {
        parts,
        texts: aligned,
        scale,
    })
}

/// An allocation question: the parts the points are split over, and the total.
fn allocation(
    c: &mut Checker<'_>,
    rq: &RawQuestion,
    sub: &dyn Fn(&str) -> Vec<Seg>,
    missing: &dyn Fn(&mut Checker<'_>, &str, String),
) -> Option<QuestionKind> {
    let Some(pv) = &rq.parts else {
        missing(
            c,
            "parts",
            tr!(messages(), "err-instrument-example-allocation-parts"),
        );
        return None;
    };
    let raw_parts: Vec<RawAllocationPart> = match serde_yaml::from_value(pv.clone()) {
        Ok(p) => p,
        Err(e) => {
            c.at_value(
                &sub("parts"),
                tr!(
                    messages(),
                    "err-instrument-allocation-parts",
                    reason = e.to_string()
                ),
                tr!(messages(), "err-instrument-allocation-parts-fix"),
            );
            return None;
        }
    };
    let mut parts = Vec::new();
    let mut seen = HashSet::new();
    for (i, p) in raw_parts.iter().enumerate() {
        let mut pp = sub("parts");
        pp.push(Seg::Index(i));
        if !valid_id(&p.id) || p.id.contains('.') || !seen.insert(p.id.clone()) {
            c.at(
                &pp,
                tr!(messages(), "err-instrument-part-id", part = p.id.as_str()),
                tr!(messages(), "err-instrument-allocation-part-id-fix"),
            );
        }
        pp.push(Seg::Key("label".into()));
        c.text(&p.label, &pp);
        parts.push(AllocationPart {
            id: p.id.clone(),
            label: p.label.clone(),
        });
    }
    if parts.len() < 2 {
        c.at(
            &sub("parts"),
            tr!(messages(), "err-instrument-allocation-two-parts"),
            tr!(messages(), "err-instrument-allocation-two-parts-fix"),
        );
    }
    let total = rq.total.unwrap_or(100.0);
    if !(total.is_finite() && total > 0.0 && total <= 1_000_000.0) {
        c.at_value(
            &sub("total"),
            tr!(
                messages(),
                "err-instrument-allocation-total",
                total = total.to_string()
            ),
            tr!(messages(), "err-instrument-allocation-total-fix"),
        );
    }
    Some(QuestionKind::Allocation { total, parts })
}

/// The scale a question names (`scale: truth5`) or writes inline (`scale: {min: 1, max: 5}`).
fn scale_ref(
    c: &mut Checker<'_>,
    v: &Value,
    path: &[Seg],
    scales: &HashMap<String, Scale>,
) -> Option<Scale> {
    match v {
        Value::String(name) => {
            if let Some(s) = scales.get(name) {
                Some(s.clone())
            } else {
                let mut known: Vec<&str> = scales.keys().map(String::as_str).collect();
                known.sort_unstable();
                let fix = if known.is_empty() {
                    tr!(messages(), "err-instrument-scale-unknown-fix-none")
                } else {
                    tr!(
                        messages(),
                        "err-instrument-scale-unknown-fix",
                        scales = crate::error::list(&known)
                    )
                };
                c.at_value(
                    path,
                    tr!(
                        messages(),
                        "err-instrument-scale-unknown",
                        name = name.as_str()
                    ),
                    fix,
                );
                None
            }
        }
        Value::Mapping(_) => match serde_yaml::from_value::<RawScale>(v.clone()) {
            Ok(raw) => c.scale(&raw, path),
            Err(e) => {
                c.at_value(
                    path,
                    tr!(
                        messages(),
                        "err-instrument-scale-bad",
                        reason = e.to_string()
                    ),
                    tr!(messages(), "err-instrument-scale-bad-fix"),
                );
                None
            }
        },
        _ => {
            c.at_value(
                path,
                tr!(messages(), "err-instrument-scale-not-scale"),
                tr!(messages(), "err-instrument-scale-not-scale-fix"),
            );
            None
        }
    }
}
