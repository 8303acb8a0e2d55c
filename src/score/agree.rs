//! Agreement between raters (`cxassess agree`): several respondents rating the same 1–5 items of
//! a `pyramid` or `maturity` instrument. Krippendorff's alpha for ordinal data overall and per
//! group (dimension, experience), and per item the ratings' n, median, range and SD, an item being
//! *disputed* when its ratings span 2 points or more (DOMAIN.md §8). N/A and unanswered ratings
//! are missing, never a value. A consensus response (respondent `consensus`) is not a rater.

use serde::Serialize;

use super::stats::agreement::{KrippendorffAlpha, krippendorff_ordinal};
use crate::instrument::{Instrument, QuestionKind};
use crate::response::{Answer, Response};

/// An item is disputed when its ratings span this many points or more.
pub const DISPUTED_SPAN: i32 = 2;

/// The respondent name of a consensus response, which is not a rater.
pub const CONSENSUS: &str = "consensus";

/// Agreement on one group of items.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupAgreement {
    /// The group (dimension or experience) id.
    pub id: String,
    /// Krippendorff's ordinal alpha over the group's items.
    pub alpha: Option<f64>,
    /// Raters with at least one rating in the group.
    pub raters: usize,
    /// Items with at least two ratings.
    pub pairable_units: usize,
}

/// One item's ratings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemAgreement {
    /// Question id.
    pub id: String,
    /// Its group.
    pub group: String,
    /// Ratings given.
    pub n: usize,
    /// Median rating.
    pub median: Option<f64>,
    /// Lowest rating.
    pub min: Option<i32>,
    /// Highest rating.
    pub max: Option<i32>,
    /// Sample SD of the ratings (n ≥ 2).
    pub sd: Option<f64>,
    /// Ratings span [`DISPUTED_SPAN`] points or more.
    pub disputed: bool,
    /// Each rater's rating, in rater order (`None`: N/A or unanswered).
    #[serde(skip)]
    pub ratings: Vec<Option<i32>>,
}

/// Agreement between the raters of one instrument.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// Instrument id.
    pub instrument: String,
    /// Number of raters.
    pub raters: usize,
    /// The raters, in the order of the files.
    pub rater_names: Vec<String>,
    /// Each rater's role, when recorded.
    #[serde(skip)]
    pub rater_roles: Vec<Option<String>>,
    /// Krippendorff's ordinal alpha over every item.
    pub alpha: Option<f64>,
    /// The method's name.
    pub alpha_method: &'static str,
    /// What α was computed on.
    pub alpha_detail: KrippendorffAlpha,
    /// Per group, in questionnaire order.
    pub dimensions: Vec<GroupAgreement>,
    /// Per item, in questionnaire order.
    pub items: Vec<ItemAgreement>,
}

impl Agreement {
    /// The disputed items ranked for the workshop: widest span first, then largest SD, then
    /// most ratings, then questionnaire order.
    pub fn disputed(&self) -> Vec<&ItemAgreement> {
        let mut out: Vec<&ItemAgreement> = self.items.iter().filter(|i| i.disputed).collect();
        out.sort_by(|a, b| {
            let span = |i: &ItemAgreement| i.max.unwrap_or(0) - i.min.unwrap_or(0);
            span(b)
                .cmp(&span(a))
                .then(b.sd.unwrap_or(0.0).total_cmp(&a.sd.unwrap_or(0.0)))
                .then(b.n.cmp(&a.n))
        });
        out
    }
}

/// The rated items of `instrument`: rubric items, and scale items rated 1–5 (a pyramid's
/// importance questions are not ratings of the organisation and are left out).
pub fn rated_items(instrument: &Instrument) -> Vec<usize> {
    instrument
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| match &q.kind {
            QuestionKind::Rubric(levels) => levels.len() == 5,
            QuestionKind::Scale(s) => s.min == 1 && s.max == 5 && !q.id.ends_with(".importance"),
            _ => false,
        })
        .map(|(i, _)| i)
        .collect()
}

fn median(sorted: &[i32]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(f64::from(sorted[n / 2])),
        _ => Some(f64::midpoint(
            f64::from(sorted[n / 2 - 1]),
            f64::from(sorted[n / 2]),
        )),
    }
}

fn sd(values: &[i32]) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let n = values.len() as f64;
    let mean = values.iter().map(|v| f64::from(*v)).sum::<f64>() / n;
    let ss: f64 = values.iter().map(|v| (f64::from(*v) - mean).powi(2)).sum();
    Some((ss / (n - 1.0)).sqrt())
}

/// Agreement between `responses` (each a rater; a consensus response is skipped).
pub fn agreement(instrument: &Instrument, responses: &[Response]) -> Agreement {
    let raters: Vec<&Response> = responses
        .iter()
        .filter(|r| r.respondent != CONSENSUS)
        .collect();
    let rating = |r: &Response, id: &str| match r.answers.get(id) {
        Some(Answer::Value(v)) => Some(*v),
        _ => None,
    };
    let items: Vec<ItemAgreement> = rated_items(instrument)
        .into_iter()
        .map(|qi| {
            let q = &instrument.questions[qi];
            let ratings: Vec<Option<i32>> = raters.iter().map(|r| rating(r, &q.id)).collect();
            let mut given: Vec<i32> = ratings.iter().flatten().copied().collect();
            given.sort_unstable();
            let (min, max) = (given.first().copied(), given.last().copied());
            ItemAgreement {
                id: q.id.clone(),
                group: q.group.clone(),
                n: given.len(),
                median: median(&given),
                min,
                max,
                sd: sd(&given),
                disputed: matches!((min, max), (Some(a), Some(b)) if b - a >= DISPUTED_SPAN),
                ratings,
            }
        })
        .collect();
    let units = |filter: &dyn Fn(&ItemAgreement) -> bool| -> Vec<Vec<i32>> {
        items
            .iter()
            .filter(|i| filter(i))
            .map(|i| i.ratings.iter().flatten().copied().collect())
            .collect()
    };
    let overall = krippendorff_ordinal(&units(&|_| true));
    let mut groups: Vec<String> = Vec::new();
    for i in &items {
        if !groups.contains(&i.group) {
            groups.push(i.group.clone());
        }
    }
    let dimensions = groups
        .into_iter()
        .map(|g| {
            let a = krippendorff_ordinal(&units(&|i| i.group == g));
            let raters_in = (0..raters.len())
                .filter(|&k| items.iter().any(|i| i.group == g && i.ratings[k].is_some()))
                .count();
            GroupAgreement {
                id: g,
                alpha: a.alpha,
                raters: raters_in,
                pairable_units: a.pairable_units,
            }
        })
        .collect();
    Agreement {
        instrument: instrument.id.clone(),
        raters: raters.len(),
        rater_names: raters.iter().map(|r| r.respondent.clone()).collect(),
        rater_roles: raters.iter().map(|r| r.role.clone()).collect(),
        alpha: overall.alpha,
        alpha_method: "krippendorff-ordinal",
        alpha_detail: overall,
        dimensions,
        items,
    }
}

/// The interpretation band of α (Krippendorff 2004): reliable from 0.800, tentative from 0.667.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// α ≥ 0.800: the group's ratings can be reported as one figure.
    Reliable,
    /// 0.667 ≤ α < 0.800: tentative conclusions only.
    Tentative,
    /// α < 0.667: do not report one figure for the group.
    Unreliable,
    /// α undefined (no pairable items, or no variation).
    Undefined,
}

/// The band of `alpha`.
pub fn band(alpha: Option<f64>) -> Band {
    match alpha {
        Some(a) if a >= 0.8 => Band::Reliable,
        Some(a) if a >= 0.667 => Band::Tentative,
        Some(_) => Band::Unreliable,
        None => Band::Undefined,
    }
}

#[cfg(test)]
mod tests;
