//! The `servqual` member of the JSON report: the score types with SPEC.md's field names, the
//! zone's own names for its figures, and the intervals, tests and diagnostics as computed.

use serde_json::{Value, json};

use crate::instrument::{Instrument, ServqualVariant};
use crate::lang::Lang;
use crate::score::servqual::{ServqualScore, TTest, ZoneCounts};
use crate::score::stats::MIN_ALPHA_CASES;

fn t_json(t: Option<&TTest>) -> Value {
    json!(t)
}

fn zone_json(z: Option<&ZoneCounts>) -> Value {
    z.map_or(
        Value::Null,
        |z| json!({"below": z.below, "within": z.within, "above": z.above, "inverted": z.inverted}),
    )
}

/// The `servqual` member of the JSON report.
pub fn json(inst: &Instrument, s: &ServqualScore, lang: Lang) -> Value {
    let zone = s.variant == ServqualVariant::Zone;
    let dimensions: Vec<Value> = s
        .dimensions
        .iter()
        .map(|d| {
            let negative = [&d.alpha_expected, &d.alpha_perceived, &d.alpha_gap]
                .iter()
                .any(|a| a.alpha.is_some_and(|x| x < 0.0));
            let mut v = json!({
                "id": d.id,
                "name": inst.group_name(&d.id, lang),
                "expected": d.expected,
                "perceived": d.perceived,
                "gap": d.gap,
                "n": d.n,
                "items": d.items,
                "sd": d.sd,
                "t": d.t.as_ref().map(|t| t.t),
                "df": d.t.as_ref().map(|t| t.df),
                "significant": d.t.as_ref().and_then(|t| t.significant),
                "t_test": d.t,
                "gap_interval": d.gap_interval,
                "perceived_interval": d.perceived_interval,
                "diagnostics": d.diagnostics,
                "alpha_expected": d.alpha_expected.alpha,
                "alpha_perceived": d.alpha_perceived.alpha,
                "alpha_gap": d.alpha_gap.alpha,
                "alpha_cases": d.alpha_gap.cases.max(d.alpha_perceived.cases),
                "alpha_min_cases": MIN_ALPHA_CASES,
                "alpha_negative": negative,
                "weight": d.weight,
            });
            if zone {
                if let Value::Object(m) = &mut v {
                    m.insert("adequate".into(), json!(d.adequate));
                    m.insert("desired".into(), json!(d.expected));
                    m.insert("msa".into(), json!(d.msa));
                    m.insert("mss".into(), json!(d.gap));
                    m.insert("t_msa".into(), t_json(d.t_msa.as_ref()));
                    m.insert("zone".into(), json!(d.zone));
                    m.insert("zone_counts".into(), zone_json(d.zone_counts.as_ref()));
                }
            }
            v
        })
        .collect();
    let items: Vec<Value> = s
        .items
        .iter()
        .map(|i| {
            let mut v = json!({
                "id": i.id,
                "dimension": i.dimension,
                "expected": i.expected,
                "perceived": i.perceived,
                "gap": i.gap,
                "n": i.n,
                "rank": i.rank,
                "expected_all": i.expected_all,
                "expected_all_n": i.expected_all_n,
            });
            if zone {
                if let Value::Object(m) = &mut v {
                    m.insert("adequate".into(), json!(i.adequate));
                    m.insert("desired".into(), json!(i.expected));
                    m.insert("msa".into(), json!(i.msa));
                    m.insert("mss".into(), json!(i.gap));
                    m.insert("zone_counts".into(), zone_json(i.zone.as_ref()));
                }
            }
            v
        })
        .collect();
    let mut out = json!({
        "variant": s.variant,
        "scale": s.scale.map(|(lo, hi)| json!({"min": lo, "max": hi})),
        "respondents_scored": s.scored,
        "dimensions": dimensions,
        "unweighted": s.unweighted,
        "unweighted_dimensions": s.unweighted_dimensions,
        "weighted": s.weighted,
        "weighted_n": s.weighted_n,
        "weighted_interval": s.weighted_interval,
        "aggregate_shortcut": s.aggregate_shortcut,
        "weights": {
            "asked": s.has_weights,
            "total": s.weights_total,
            "n": s.weights_n,
            "renormalised": s.renormalised,
            "unusable": s.weights_unusable,
            "incomplete": s.weights_incomplete,
        },
        "items": items,
        "ranked": s.ranked,
    });
    crate::report::parts::with_segments(&mut out, s.segments.as_ref());
    if zone {
        if let Value::Object(m) = &mut out {
            m.insert("unweighted_msa".into(), json!(s.unweighted_msa));
            m.insert("weighted_msa".into(), json!(s.weighted_msa));
            m.insert("zone_counts".into(), zone_json(s.zone_counts.as_ref()));
        }
    }
    out
}
