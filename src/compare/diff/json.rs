//! A diff as JSON: the figures serialised with the field names of SPEC.md (`figures[]` with
//! `change_interval` {`low`, `high`} or `null`, and `significant` true, false or `null`). Numbers
//! are not rounded. One instrument's diff is the top-level object; over several, `diffs[]` holds
//! one such object per instrument, and the waves, actions and gate stay at the top level.

use serde_json::{Value as Json, json};

use super::document::verdict;
use super::{Diff, Gate, SideInfo, WaveDiff};
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

/// One instrument's diff.
fn one(d: &Diff) -> serde_json::Map<String, Json> {
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
    let v = json!({
        "instrument": {"id": d.instrument, "title": d.title},
        "old": side(&d.old),
        "new": side(&d.new),
        "figures": figures,
        "only_old": only(&d.only_old),
        "only_new": only(&d.only_new),
        "respondents_added": d.added,
        "respondents_removed": d.removed,
        "answers": d.answers,
        "answers_unchanged": d.unchanged,
        "notes": d.notes,
    });
    match v {
        Json::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

/// The JSON form.
pub fn json(d: &WaveDiff, gate: Option<Gate>, lang: Lang) -> Json {
    let mut top = serde_json::Map::new();
    top.insert("cxassess".into(), json!(crate::report::VERSION));
    if let ([single], true) = (
        d.diffs.as_slice(),
        d.only_old.is_empty() && d.only_new.is_empty(),
    ) {
        top.extend(one(single));
    } else {
        top.insert("old".into(), wave(&d.old));
        top.insert("new".into(), wave(&d.new));
        let diffs: Vec<Json> = d.diffs.iter().map(|x| Json::Object(one(x))).collect();
        top.insert("diffs".into(), json!(diffs));
        top.insert("instruments_only_old".into(), json!(d.only_old));
        top.insert("instruments_only_new".into(), json!(d.only_new));
    }
    if let Some(a) = &d.actions {
        top.insert("actions".into(), json!(a));
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
        top.insert("fail_on_drop".into(), json!(g.points));
        top.insert("significant_only".into(), json!(g.significant));
        top.insert("drops".into(), json!(drops));
        let (failed, lines) = verdict(d, g, lang);
        top.insert("failed".into(), json!(failed));
        top.insert("verdict".into(), json!(lines));
        if d.diffs
            .iter()
            .any(|x| x.figures.iter().any(|f| f.key.starts_with("kano.")))
        {
            top.insert(
                "fail_on_drop_rule".into(),
                json!(tr!(lang, "compare-kano-rule")),
            );
        }
    }
    Json::Object(top)
}
