//! The five-gap JSON report: the usual envelope with the member `gaps` in SPEC's shape, both
//! instruments, and the notes and N/A reasons of both halves.

use serde_json::{Value, json};

use super::{FiveGapReport, policies};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::gaps::{self, gap_name};
use crate::score::Scored;
use crate::score::fivegap::WORST_DIMENSIONS;

pub fn json_report(fr: &FiveGapReport<'_>, lang: Lang) -> Value {
    let s = &fr.score;
    let pinst = fr.provider.instrument;
    let cinst = fr.customer.instrument;
    let gaps: Vec<Value> = s
        .gaps
        .iter()
        .map(|g| {
            json!({
                "id": g.id,
                "score": g.score,
                "name": gap_name(g.gap, lang),
                "measure": g.measure,
                "direct": g.direct,
                "weighted": g.weighted,
                "mean_absolute_error": g.mean_absolute_error,
                "weakest": g.weakest,
            })
        })
        .collect();
    let gap1_dimensions: Vec<Value> = s
        .gap1_dimensions
        .iter()
        .map(|d| {
            json!({
                "id": d.id,
                "gap": d.gap,
                "customers": d.customers,
                "managers": d.managers,
                "mean_absolute_error": d.mean_absolute_error,
                "staff": d.staff,
                "gap6": d.gap6,
                "gap6_mae": d.gap6_mae,
                "gap7": d.gap7,
                "gap7_mae": d.gap7_mae,
            })
        })
        .collect();
    let mut member = json!({
        "gaps": gaps,
        "gap1_dimensions": gap1_dimensions,
        "constructs": gaps::constructs_json(pinst, &s.constructs, lang),
        "gap1_items": s.gap1_items,
        "gap1_mae": s.gap1_mae,
        "gap6_mae": s.gap6_mae,
        "gap7_mae": s.gap7_mae,
        "dimensions": s.dimensions,
        "worst_dimensions": s.worst_dimensions,
        "worst_dimensions_shown": WORST_DIMENSIONS,
        "customers": s.customers,
        "managers": s.managers,
        "staff": s.staff,
        "variant": s.variant,
        "policies": policies(fr, lang),
    });
    if !fr.provider.scoring.by_role.is_empty() {
        // The management side per role (managers, staff …): their driver and gap scores.
        let by_role: serde_json::Map<String, Value> = fr
            .provider
            .scoring
            .by_role
            .iter()
            .filter_map(|(role, sc)| match sc {
                Scored::Gaps(g) => Some((role.clone(), gaps::json(pinst, g, lang))),
                _ => None,
            })
            .collect();
        if let Value::Object(m) = &mut member {
            m.insert("by_role".into(), Value::Object(by_role));
        }
    }
    let inst_json = |i: &Instrument, n: usize| json!({"id": i.id, "version": i.version, "title": i.title.get(lang), "kind": i.kind.id(), "respondents": n});
    let mut top = serde_json::Map::new();
    top.insert("cxassess".into(), json!(crate::report::VERSION));
    top.insert(
        "instrument".into(),
        json!({"id": pinst.id, "version": pinst.version, "title": pinst.title.get(lang), "kind": pinst.kind.id()}),
    );
    top.insert(
        "instruments".into(),
        json!([inst_json(cinst, s.customers), inst_json(pinst, s.providers)]),
    );
    top.insert("respondents".into(), json!(s.customers + s.providers));
    let mut roles = fr.customer.scoring.roles.clone();
    for (r, n) in &fr.provider.scoring.roles {
        *roles.entry(r.clone()).or_default() += n;
    }
    top.insert("roles".into(), json!(roles));
    if let Some(o) = &fr.customer.organization {
        top.insert("organization".into(), json!(o));
    }
    if let Some(d) = &fr.customer.date {
        top.insert("date".into(), json!(d));
    }
    top.insert("gaps".into(), member);
    // Notes and N/A reasons of both halves: the customers', then the managers' and staff's.
    let (c, p) = (&fr.customer.scoring.voices, &fr.provider.scoring.voices);
    let notes: Vec<_> = c.notes.iter().chain(&p.notes).collect();
    let na: Vec<_> = c.na_reasons.iter().chain(&p.na_reasons).collect();
    top.insert("notes".into(), json!(notes));
    top.insert("na_reasons".into(), json!(na));
    crate::report::evidence_json(&mut top, &[c, p]);
    // The evidence coverage of both halves, as their sections show it.
    let coverage: Vec<Value> = [&fr.customer, &fr.provider]
        .into_iter()
        .filter_map(|r| crate::report::parts::coverage_json(r, lang))
        .flatten()
        .collect();
    if !coverage.is_empty() {
        top.insert("evidence_coverage".into(), Value::Array(coverage));
    }
    if c.omitted + p.omitted > 0 {
        top.insert("voices_omitted".into(), json!(c.omitted + p.omitted));
    }
    Value::Object(top)
}
