//! "What to do next" for the gaps report: the gap with the weakest drivers, then the weakest
//! statements of every weak driver with the improvement action the questionnaire gives for
//! each, who else to ask, and how to read the scores.

use super::{WEAK_DRIVER, construct_name, gap_name};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::doc::Inline;
use crate::report::servqual::fmt2;
use crate::score::gaps::{ConstructScore, GapScore, GapsScore, StatementScore};
use crate::tr;

/// At most this many statements are listed per weak driver.
pub const STATEMENTS_PER_DRIVER: usize = 2;

/// At most this many statements are listed in all.
const STATEMENTS: usize = 6;

/// The statements below the midpoint of the drivers below the midpoint: weakest drivers first,
/// and within a driver its weakest statements first (at most [`STATEMENTS_PER_DRIVER`]).
pub fn weak_statements(constructs: &[ConstructScore]) -> Vec<(&ConstructScore, &StatementScore)> {
    let mut weak: Vec<&ConstructScore> = constructs
        .iter()
        .filter(|c| c.score.is_some_and(|v| v < WEAK_DRIVER))
        .collect();
    weak.sort_by(|a, b| {
        a.score
            .unwrap_or(0.0)
            .total_cmp(&b.score.unwrap_or(0.0))
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut out = Vec::new();
    for c in weak {
        let mut st: Vec<&StatementScore> = c
            .statements
            .iter()
            .filter(|s| s.score.is_some_and(|v| v < WEAK_DRIVER))
            .collect();
        st.sort_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
        out.extend(st.into_iter().take(STATEMENTS_PER_DRIVER).map(|s| (c, s)));
    }
    out.truncate(STATEMENTS);
    out
}

/// One weak statement as a step: the driver, the statement with its score, and what to do.
pub fn statement_step(
    inst: &Instrument,
    c: &ConstructScore,
    st: &StatementScore,
    lang: Lang,
) -> String {
    let q = inst.question(&st.id);
    let statement = q
        .and_then(|q| q.text.as_ref())
        .map_or_else(|| st.id.clone(), |t| t.get(lang).to_string());
    let keyed = if q.is_some_and(|q| q.reverse) {
        tr!(lang, "gaps-reverse-keyed")
    } else {
        String::new()
    };
    let driver = construct_name(inst, &c.id, lang);
    let (score, item, n) = (fmt2(c.score), fmt2(st.score), st.n.to_string());
    if let Some(action) = q.and_then(|q| q.improve.as_ref()) {
        tr!(
            lang,
            "gaps-step-statement",
            driver = driver,
            score = score,
            statement = statement,
            item = item,
            n = n,
            keyed = keyed,
            action = action.get(lang).to_string()
        )
    } else {
        tr!(
            lang,
            "gaps-step-statement-no-action",
            driver = driver,
            score = score,
            statement = statement,
            item = item,
            n = n,
            keyed = keyed
        )
    }
}

/// "Gap 3 (delivery gap) has the weakest drivers (3.50): start with …", for the weakest gap.
pub fn weakest_gap_step(
    inst: &Instrument,
    gaps: &[&GapScore],
    constructs: &[ConstructScore],
    lang: Lang,
) -> Option<String> {
    let g = gaps
        .iter()
        .filter(|g| g.score.is_some())
        .min_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)))?;
    let drivers = driver_scores(inst, constructs, &g.weakest, lang);
    Some(tr!(
        lang,
        "gaps-step-weakest",
        n = g.gap.to_string(),
        name = gap_name(g.gap, lang).to_lowercase(),
        score = fmt2(g.score),
        drivers = drivers.join(&tr!(lang, "gaps-and"))
    ))
}

/// "Name (score)" for each of the drivers `ids`.
pub(super) fn driver_scores(
    inst: &Instrument,
    constructs: &[ConstructScore],
    ids: &[String],
    lang: Lang,
) -> Vec<String> {
    ids.iter()
        .map(|id| {
            let score = constructs
                .iter()
                .find(|c| &c.id == id)
                .and_then(|c| c.score);
            tr!(
                lang,
                "gaps-driver-score",
                name = construct_name(inst, id, lang),
                score = fmt2(score)
            )
        })
        .collect()
}

/// "What to do next", in order.
pub(super) fn steps(inst: &Instrument, s: &GapsScore, lang: Lang) -> Vec<Inline> {
    let mut out = Vec::new();
    let gaps: Vec<&GapScore> = s.gaps.iter().collect();
    match weakest_gap_step(inst, &gaps, &s.constructs, lang) {
        Some(step) => out.push(step),
        None => out.push(tr!(lang, "gaps-step-none")),
    }
    for (c, st) in weak_statements(&s.constructs) {
        out.push(statement_step(inst, c, st, lang));
    }
    if s.staff == 0 && s.constructs.iter().any(|c| c.gap == 3 && c.n == 0) {
        out.push(tr!(lang, "gaps-step-staff"));
    }
    out.push(tr!(lang, "gaps-step-combine"));
    out.push(tr!(lang, "gaps-step-diagnostics"));
    out.into_iter().map(Inline::from).collect()
}
