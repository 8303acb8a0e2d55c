//! A diff as JSON: the figures serialised with the field names of SPEC.md (`figures[]` with
//! `change_interval` {`low`, `high`} or `null`, and `significant` true, false or `null`). Numbers
//! are not rounded. One instrument's diff is the top-level object; over several, `diffs[]` holds
//! one such object per instrument, and the waves, actions and gate stay at the top level.
//!
//! Every object's keys are in alphabetical order (they were always written from sorted maps).
//! The small parts are JSON values; the lists that grow with the respondents (changed answers
//! and notes, respondents added and removed) are written straight from the diff, one entry at
//! a time, when the JSON is written: no value tree of 300,000 answers.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};
use serde_json::{Value as Json, json};

use super::document::verdict;
use super::{Changes, Diff, Gate, RespondentChange, SideInfo, WaveDiff};
use crate::compare::figures::Figure;
use crate::compare::waves::WaveInfo;
use crate::lang::Lang;
use crate::tr;

fn side(s: &SideInfo) -> Json {
    json!({
        "label": s.label,
        "period": s.period,
        "date": s.date,
        "files": s.files,
        "version": s.version,
        "respondents": s.respondents,
        "partial": s.partial,
        "partial_left_out": s.left_out,
    })
}

fn wave(w: &WaveInfo) -> Json {
    json!({
        "label": w.label,
        "period": w.period,
        "date": w.date,
        "folder": w.folder,
        "files": w.files,
    })
}

fn only(list: &[Figure]) -> Vec<Json> {
    list.iter()
        .map(|f| json!({"key": f.key, "label": f.label, "unit": f.unit, "value": f.value}))
        .collect()
}

/// A JSON object: keys in alphabetical order.
type Object<'a> = BTreeMap<&'static str, Field<'a>>;

/// One value of an [`Object`].
#[derive(Debug)]
enum Field<'a> {
    /// Written as it is.
    Json(Json),
    /// Changed answers or notes.
    Changes(&'a Changes),
    /// Respondents added or removed.
    People(&'a [RespondentChange]),
    /// One object per instrument.
    Diffs(Vec<Object<'a>>),
}

impl Serialize for Field<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::Json(v) => v.serialize(serializer),
            Field::Changes(c) => c.serialize(serializer),
            Field::People(p) => p.serialize(serializer),
            Field::Diffs(d) => d.serialize(serializer),
        }
    }
}

/// A diff's JSON, written when serialised (with `serde_json::to_writer_pretty`, say).
#[derive(Debug)]
pub struct DiffJson<'a>(Object<'a>);

impl Serialize for DiffJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// One instrument's diff.
fn one(d: &Diff) -> Object<'_> {
    let figures: Vec<Json> = d
        .figures
        .iter()
        .map(|f| {
            json!({
                "key": f.key,
                "label": f.label,
                "unit": f.unit,
                "score": f.score,
                "old": f.old,
                "new": f.new,
                "change": f.step.change,
                "direction": f.step.direction,
                "change_interval": f.step.interval.map(|i| json!({"low": i.low, "high": i.high})),
                "significant": f.step.significant,
                "method": f.step.method,
            })
        })
        .collect();
    Object::from([
        (
            "instrument",
            Field::Json(json!({"id": d.instrument, "title": d.title})),
        ),
        ("old", Field::Json(side(&d.old))),
        ("new", Field::Json(side(&d.new))),
        ("figures", Field::Json(Json::Array(figures))),
        ("only_old", Field::Json(Json::Array(only(&d.only_old)))),
        ("only_new", Field::Json(Json::Array(only(&d.only_new)))),
        ("respondents_added", Field::People(&d.added)),
        ("respondents_removed", Field::People(&d.removed)),
        ("answers", Field::Changes(&d.answers)),
        ("answers_unchanged", Field::Json(json!(d.unchanged))),
        ("notes", Field::Changes(&d.notes)),
    ])
}

/// The JSON form.
pub fn json(d: &WaveDiff, gate: Option<Gate>, lang: Lang) -> DiffJson<'_> {
    let mut top = Object::new();
    let mut put = |key: &'static str, v: Json| top.insert(key, Field::Json(v));
    put("cxassess", json!(crate::report::VERSION));
    if let ([single], true) = (
        d.diffs.as_slice(),
        d.only_old.is_empty() && d.only_new.is_empty(),
    ) {
        top.extend(one(single));
    } else {
        put("old", wave(&d.old));
        put("new", wave(&d.new));
        put("instruments_only_old", json!(d.only_old));
        put("instruments_only_new", json!(d.only_new));
        top.insert("diffs", Field::Diffs(d.diffs.iter().map(one).collect()));
    }
    let mut put = |key: &'static str, v: Json| top.insert(key, Field::Json(v));
    if let Some(a) = &d.actions {
        put("actions", json!(a));
    }
    if let Some(g) = gate {
        let drops: Vec<Json> = g
            .drops(d)
            .iter()
            .map(|x| {
                json!({
                    "instrument": x.instrument,
                    "key": x.figure.key,
                    "label": x.figure.label,
                    "points": x.points,
                    "change_interval": x.figure.step.interval.map(|i| json!({"low": i.low, "high": i.high})),
                })
            })
            .collect();
        put("fail_on_drop", json!(g.points));
        put("significant_only", json!(g.significant));
        put("drops", Json::Array(drops));
        let (failed, lines) = verdict(d, g, lang);
        put("failed", json!(failed));
        put("verdict", json!(lines));
        if d.diffs
            .iter()
            .any(|x| x.figures.iter().any(|f| f.key.starts_with("kano.")))
        {
            put("fail_on_drop_rule", json!(tr!(lang, "compare-kano-rule")));
        }
    }
    DiffJson(top)
}

#[cfg(test)]
mod tests;
