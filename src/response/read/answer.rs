//! Answer values: what one answer in a results file (or an answers file) means for its
//! question. Works on a small `serde_yaml::Value` of the answer alone.

use std::collections::BTreeMap;

use serde_yaml::{Mapping, Value};

use crate::instrument::{Question, QuestionKind};
use crate::lang::messages;
use crate::response::{Answer, KanoWord, PartValue};
use crate::tr;
use crate::yaml::{QUOTE_CHARS, clip};

pub(super) fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn is_na_word(s: &str) -> bool {
    matches!(s.trim().to_ascii_lowercase().as_str(), "na" | "n/a")
}

/// A not-applicable answer in any of its written forms: `na`, `{na: "reason"}`, `{na: null}`
/// (text questions take the mapping forms only).
/// The outer `Option` says whether the value is N/A, the inner one carries the reason.
#[allow(clippy::option_option)]
fn na_form(v: &Value) -> Option<Option<String>> {
    match v {
        Value::String(s) if is_na_word(s) => Some(None),
        Value::Mapping(m) if m.len() == 1 => {
            let (k, val) = m.iter().next()?;
            if k.as_str().is_some_and(is_na_word) {
                Some(match val {
                    Value::Null | Value::Bool(true) => None,
                    other => scalar_string(other).filter(|s| !s.is_empty()),
                })
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A whole number in `[min, max]`.
fn point(v: &Value, min: i32, max: i32) -> Result<i32, (String, String)> {
    let n = match v {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64)),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    };
    match n {
        Some(n) if n >= i64::from(min) && n <= i64::from(max) => Ok(n as i32),
        Some(n) => Err((
            tr!(
                messages(),
                "err-answer-outside-scale",
                value = n.to_string(),
                min = min.to_string(),
                max = max.to_string()
            ),
            point_fix(min, max),
        )),
        None => Err((
            tr!(messages(), "err-answer-not-point", value = display(v)),
            point_fix(min, max),
        )),
    }
}

/// The value as quoted in a message: at most [`QUOTE_CHARS`] characters of it.
fn point_fix(min: i32, max: i32) -> String {
    tr!(
        messages(),
        "err-answer-point-fix",
        min = min.to_string(),
        max = max.to_string()
    )
}

fn display(v: &Value) -> String {
    let shown = match v {
        Value::Null => "null".into(),
        Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    };
    clip(&shown, QUOTE_CHARS).into_owned()
}

/// Reads the answer to `q` from a YAML value. `Ok(None)` means unanswered (`null`).
pub fn parse_answer_value(q: &Question, v: &Value) -> Result<Option<Answer>, (String, String)> {
    if v.is_null() {
        return Ok(None);
    }
    // On a text question a string is always the respondent's words, "NA" included; its not
    // applicable is only the mapping form (`{na: null}`, `{na: "reason"}`), which is what is
    // written for it, so the text "NA" and N/A can never be mistaken for each other.
    let na = match (&q.kind, v) {
        (QuestionKind::Text, Value::String(_)) => None,
        _ => na_form(v),
    };
    if let Some(reason) = na {
        if !q.allow_na {
            return Err((
                tr!(messages(), "err-answer-na-not-allowed"),
                tr!(messages(), "err-answer-na-not-allowed-fix"),
            ));
        }
        return Ok(Some(Answer::Na(reason)));
    }
    match &q.kind {
        QuestionKind::Scale(s) => point(v, s.min, s.max).map(|n| Some(Answer::Value(n))),
        QuestionKind::Rubric(levels) => {
            point(v, 1, levels.len() as i32).map(|n| Some(Answer::Value(n)))
        }
        QuestionKind::Text => match scalar_string(v) {
            Some(s) => Ok(Some(Answer::Text(s))),
            None => Err((
                tr!(messages(), "err-answer-text"),
                tr!(messages(), "err-answer-text-fix"),
            )),
        },
        QuestionKind::Kano { importance, .. } => {
            let Value::Mapping(m) = v else {
                return Err((
                    tr!(messages(), "err-answer-not-kano", value = display(v)),
                    tr!(messages(), "err-answer-not-kano-fix"),
                ));
            };
            let mut functional = None;
            let mut dysfunctional = None;
            let mut imp = None;
            for (k, val) in m {
                let key = k.as_str().unwrap_or_default();
                match key {
                    "functional" | "dysfunctional" => {
                        if val.is_null() {
                            continue;
                        }
                        let text = scalar_string(val).unwrap_or_default();
                        // The words results files are written with, matched as they are
                        // before any other wording is normalised.
                        let exact = KanoWord::ALL.into_iter().find(|w| w.word() == text);
                        let Some(word) = exact.or_else(|| KanoWord::parse(&text)) else {
                            return Err((
                                tr!(
                                    messages(),
                                    "err-answer-kano-word",
                                    part = key,
                                    value = clip(&text, QUOTE_CHARS)
                                ),
                                tr!(messages(), "err-answer-kano-word-fix"),
                            ));
                        };
                        if key == "functional" {
                            functional = Some(word);
                        } else {
                            dysfunctional = Some(word);
                        }
                    }
                    "importance" => {
                        if val.is_null() {
                            continue;
                        }
                        let Some(scale) = importance else {
                            return Err((
                                tr!(messages(), "err-answer-no-importance"),
                                tr!(messages(), "err-answer-no-importance-fix"),
                            ));
                        };
                        imp = Some(point(val, scale.min, scale.max).map_err(|(w, f)| {
                            (tr!(messages(), "err-answer-importance", what = w), f)
                        })?);
                    }
                    other => {
                        return Err((
                            tr!(
                                messages(),
                                "err-answer-unknown-part",
                                part = clip(other, QUOTE_CHARS)
                            ),
                            tr!(messages(), "err-answer-kano-parts-fix"),
                        ));
                    }
                }
            }
            Ok(Some(Answer::Kano {
                functional,
                dysfunctional,
                importance: imp,
            }))
        }
        QuestionKind::Pair { parts, scale, .. } => {
            let Value::Mapping(m) = v else {
                return Err((
                    tr!(
                        messages(),
                        "err-answer-not-pair",
                        value = display(v),
                        parts = parts.join("/")
                    ),
                    tr!(
                        messages(),
                        "err-answer-not-pair-fix",
                        example = format!(
                            "{{{}}}",
                            parts
                                .iter()
                                .map(|p| format!("{p}: {}", scale.max))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    ),
                ));
            };
            let values = compound(m, parts, |val| {
                if matches!(val, Value::String(s) if is_na_word(s)) {
                    return Ok(PartValue::Na);
                }
                point(val, scale.min, scale.max).map(|n| PartValue::Num(f64::from(n)))
            })?;
            Ok(Some(Answer::Parts(values)))
        }
        QuestionKind::Allocation { parts, .. } => {
            let Value::Mapping(m) = v else {
                return Err((
                    tr!(messages(), "err-answer-not-allocation", value = display(v)),
                    tr!(messages(), "err-answer-not-allocation-fix"),
                ));
            };
            let ids: Vec<String> = parts.iter().map(|p| p.id.clone()).collect();
            let values = compound(m, &ids, |val| {
                let n = match val {
                    Value::Number(n) => n.as_f64(),
                    Value::String(s) => s.trim().parse::<f64>().ok(),
                    _ => None,
                };
                match n {
                    Some(x) if x.is_finite() && x >= 0.0 => Ok(PartValue::Num(x)),
                    _ => Err((
                        tr!(messages(), "err-answer-not-points", value = display(val)),
                        tr!(messages(), "err-answer-not-points-fix"),
                    )),
                }
            })?;
            Ok(Some(Answer::Parts(values)))
        }
    }
}

fn compound(
    m: &Mapping,
    parts: &[String],
    read: impl Fn(&Value) -> Result<PartValue, (String, String)>,
) -> Result<Vec<(String, PartValue)>, (String, String)> {
    let mut found: BTreeMap<&str, PartValue> = BTreeMap::new();
    for (k, val) in m {
        let key = k.as_str().unwrap_or_default();
        let Some(p) = parts.iter().find(|p| *p == key) else {
            return Err((
                tr!(
                    messages(),
                    "err-answer-unknown-part",
                    part = clip(key, QUOTE_CHARS)
                ),
                tr!(
                    messages(),
                    "err-answer-parts-fix",
                    parts = crate::error::list(parts)
                ),
            ));
        };
        if val.is_null() {
            continue;
        }
        let v = read(val)
            .map_err(|(w, f)| (tr!(messages(), "err-answer-part", part = key, what = w), f))?;
        found.insert(p.as_str(), v);
    }
    Ok(parts
        .iter()
        .filter_map(|p| found.get(p.as_str()).map(|v| (p.clone(), *v)))
        .collect())
}
