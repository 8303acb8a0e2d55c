//! The management and staff side of the five-gap model (DOMAIN.md §4.3): the driver constructs of
//! gaps 1–4, the gap scores, the optional direct gap 2–4 items per service dimension, and the
//! managers' and staff's estimates of customers' expectations (gap 1 once a customer file is
//! added — see `score::fivegap` — and gap 7, staff vs managers, on their own).
//!
//! Policies (stated in every report):
//! - items marked `reverse: true` are reverse-coded, x' = min + max − x (8 − x on 1–7), before
//!   anything else; a construct's group-level `reverse`/`healthy_name` only says that its raw
//!   construct measures the unhealthy direction and gives the name to show — its items are
//!   already marked, so nothing is reversed twice;
//! - construct score of a respondent = mean of the answered items after reverse-coding (1–7,
//!   higher = healthier, i.e. a smaller gap); the construct's score = mean over respondents
//!   (respondent first); N/A and unanswered items are left out;
//! - gap score (gaps 1–4) = mean of its constructs' scores (constructs nobody answered are left
//!   out and the report says how many entered);
//! - Cronbach's α per construct over the reverse-coded items, listwise;
//! - direct items `gap2.<dimension>` … `gap4.<dimension>`: mean agreement 1–7 (higher = smaller
//!   gap) per dimension, when answered;
//! - estimates: respondents with role `staff` are staff; `manager` and respondents without a
//!   role are managers (the estimates are addressed to managers first); other roles' estimates
//!   are not used. Per item the mean estimate of each group; gap 7 = mean staff estimate − mean
//!   manager estimate per item; a dimension's gap is the mean of its items' gaps and the mean
//!   absolute error (MAE) the mean of |gap| over items;
//! - these driver scores are diagnostics, not validated psychometric scales.

use serde::Serialize;

use super::ScoreOptions;
use super::servqual::Alpha;
use super::stats::{AlphaAccumulator, Moments};
use crate::instrument::{Instrument, QuestionKind};
use crate::response::{Answer, Response};

/// The provider gaps the drivers explain.
pub const PROVIDER_GAPS: [u8; 4] = [1, 2, 3, 4];

/// The prefix of managers' estimate items.
pub const ESTIMATE_PREFIX: &str = "estimate.";

/// How many weakest drivers a gap lists.
pub const WEAKEST: usize = 2;

/// Who gave an estimate of customers' expectations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Estimator {
    /// Managers (role `manager`, or no role).
    Manager,
    /// Front-line staff (role `staff`).
    Staff,
}

impl Estimator {
    /// Which group a respondent's estimates belong to, if any.
    pub fn of(role: Option<&str>) -> Option<Estimator> {
        let role = role.map(|r| r.trim().to_lowercase()).unwrap_or_default();
        match role.as_str() {
            "" | "manager" | "managers" | "management" | super::UNSPECIFIED_ROLE => {
                Some(Estimator::Manager)
            }
            "staff" => Some(Estimator::Staff),
            _ => None,
        }
    }
}

/// One driver construct's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConstructScore {
    /// Construct id.
    pub id: String,
    /// The gap (1–4) it explains.
    pub gap: u8,
    /// Mean over respondents of their construct score, after reverse-coding (higher = healthier).
    pub score: Option<f64>,
    /// Respondents with at least one answered item.
    pub n: usize,
    /// Sample standard deviation of the respondents' scores.
    pub sd: Option<f64>,
    /// Items in the construct.
    pub items: usize,
    /// Items reverse-coded.
    pub reverse_items: usize,
    /// The raw construct measures the unhealthy direction; shown under its healthy name.
    pub shown_healthy: bool,
    /// Cronbach's α over the reverse-coded items.
    pub alpha: Alpha,
    /// Each statement's mean after reverse-coding (higher = healthier), in questionnaire order:
    /// which statements pull a weak driver down.
    pub statements: Vec<StatementScore>,
}

/// One driver statement's mean over the respondents who answered it, after reverse-coding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementScore {
    /// Question id.
    pub id: String,
    /// Mean (1–7, higher = healthier).
    pub score: Option<f64>,
    /// Respondents who answered it.
    pub n: usize,
}

/// One provider gap's driver score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapScore {
    /// 1–4.
    pub gap: u8,
    /// Mean of its constructs' scores (1–7, higher = healthier).
    pub score: Option<f64>,
    /// Constructs that entered the score.
    pub constructs: usize,
    /// Constructs of this gap in the questionnaire.
    pub of: usize,
    /// The lowest-scoring constructs, weakest first.
    pub weakest: Vec<String>,
}

/// Managers' and staff's estimates for one customer item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EstimateItem {
    /// The customer item id (`tangibles.1`).
    pub id: String,
    /// Dimension id.
    pub dimension: String,
    /// Mean manager estimate.
    pub managers: Option<f64>,
    /// Managers who answered.
    pub managers_n: usize,
    /// Mean staff estimate.
    pub staff: Option<f64>,
    /// Staff who answered.
    pub staff_n: usize,
    /// Gap 7 = staff − managers.
    pub gap7: Option<f64>,
}

/// Estimates per dimension: means of the items' figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EstimateDimension {
    /// Dimension id.
    pub id: String,
    /// Mean of the items' mean manager estimates.
    pub managers: Option<f64>,
    /// Mean of the items' mean staff estimates.
    pub staff: Option<f64>,
    /// Mean of the items' gap 7.
    pub gap7: Option<f64>,
    /// Mean of |gap 7| over the items.
    pub gap7_mae: Option<f64>,
}

/// A direct gap item's mean for one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DirectScore {
    /// Mean agreement (1–7, higher = smaller gap).
    pub score: Option<f64>,
    /// Respondents who answered.
    pub n: usize,
}

/// The direct gap 2–4 items of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DirectDimension {
    /// Dimension id.
    pub id: String,
    /// "We have specific, customer-defined standards".
    pub gap2: DirectScore,
    /// "Our actual service meets those standards".
    pub gap3: DirectScore,
    /// "What we promise matches what we deliver".
    pub gap4: DirectScore,
}

impl DirectDimension {
    /// The direct score for gap 2, 3 or 4.
    pub fn get(&self, gap: u8) -> Option<&DirectScore> {
        match gap {
            2 => Some(&self.gap2),
            3 => Some(&self.gap3),
            4 => Some(&self.gap4),
            _ => None,
        }
    }
}

/// The gaps figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapsScore {
    /// Respondents seen.
    pub respondents: usize,
    /// Respondents counted as managers for the estimates.
    pub managers: usize,
    /// Respondents counted as staff.
    pub staff: usize,
    /// Respondents of other roles.
    pub others: usize,
    /// The item scale (min, max).
    pub scale: Option<(i32, i32)>,
    /// Driver constructs, in questionnaire order.
    pub constructs: Vec<ConstructScore>,
    /// Gaps 1–4.
    pub gaps: Vec<GapScore>,
    /// Estimates per item.
    pub estimates: Vec<EstimateItem>,
    /// Estimates per dimension.
    pub estimate_dimensions: Vec<EstimateDimension>,
    /// Mean |gap 7| over items with both estimates.
    pub gap7_mae: Option<f64>,
    /// Direct gap items per dimension (dimensions with at least one direct item).
    pub direct: Vec<DirectDimension>,
    /// Differences between segments (`--by`), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<super::segments::SegmentComparison>,
}

impl GapsScore {
    /// The construct with this id.
    pub fn construct(&self, id: &str) -> Option<&ConstructScore> {
        self.constructs.iter().find(|c| c.id == id)
    }

    /// The score of gap 1–4.
    pub fn gap(&self, gap: u8) -> Option<&GapScore> {
        self.gaps.iter().find(|g| g.gap == gap)
    }

    /// The direct items of a dimension.
    pub fn direct(&self, dimension: &str) -> Option<&DirectDimension> {
        self.direct.iter().find(|d| d.id == dimension)
    }
}

#[derive(Debug, Clone)]
struct ScaleItem {
    id: String,
    min: i32,
    max: i32,
    reverse: bool,
}

impl ScaleItem {
    fn value(&self, response: &Response) -> Option<f64> {
        match response.answers.get(&self.id) {
            Some(Answer::Value(v)) => Some(f64::from(if self.reverse {
                self.min + self.max - v
            } else {
                *v
            })),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
struct Construct {
    id: String,
    gap: u8,
    shown_healthy: bool,
    items: Vec<ScaleItem>,
    scores: Moments,
    alpha: AlphaAccumulator,
    /// Per item, over the respondents who answered it.
    item_scores: Vec<Moments>,
}

#[derive(Debug, Clone)]
struct Estimate {
    item: String,
    dimension: String,
    question: ScaleItem,
    managers: Moments,
    staff: Moments,
}

#[derive(Debug, Clone)]
struct Direct {
    gap: u8,
    dimension: String,
    question: ScaleItem,
    moments: Moments,
}

/// Accumulates gaps responses, one respondent at a time.
#[derive(Debug, Clone)]
pub struct Accumulator {
    constructs: Vec<Construct>,
    estimates: Vec<Estimate>,
    direct: Vec<Direct>,
    dimensions: Vec<String>,
    scale: Option<(i32, i32)>,
    respondents: usize,
    managers: usize,
    staff: usize,
    others: usize,
}

/// `gap2.tangibles` → (2, `tangibles`).
fn direct_id(id: &str) -> Option<(u8, &str)> {
    let (head, dim) = id.split_once('.')?;
    let gap = match head {
        "gap2" => 2,
        "gap3" => 3,
        "gap4" => 4,
        _ => return None,
    };
    (!dim.is_empty()).then_some((gap, dim))
}

impl Accumulator {
    /// For `instrument` (kind gaps).
    pub fn new(instrument: &Instrument, _options: &ScoreOptions) -> Self {
        let scale_item = |q: &crate::instrument::Question| match &q.kind {
            QuestionKind::Scale(s) => Some(ScaleItem {
                id: q.id.clone(),
                min: s.min,
                max: s.max,
                reverse: q.reverse,
            }),
            _ => None,
        };
        let mut scale = None;
        let constructs = instrument
            .groups
            .iter()
            .filter_map(|g| {
                let gap = g.gap.filter(|n| PROVIDER_GAPS.contains(n))?;
                let items: Vec<ScaleItem> = instrument
                    .questions
                    .iter()
                    .filter(|q| q.group == g.id)
                    .filter_map(scale_item)
                    .collect();
                if let Some(i) = items.first() {
                    scale.get_or_insert((i.min, i.max));
                }
                Some(Construct {
                    id: g.id.clone(),
                    gap,
                    shown_healthy: g.reverse,
                    alpha: AlphaAccumulator::new(items.len()),
                    item_scores: vec![Moments::default(); items.len()],
                    items,
                    scores: Moments::default(),
                })
            })
            .collect();
        let mut dimensions: Vec<String> = Vec::new();
        let mut estimates = Vec::new();
        let mut direct = Vec::new();
        for q in &instrument.questions {
            let Some(item) = scale_item(q) else {
                continue;
            };
            if let Some(rest) = q.id.strip_prefix(ESTIMATE_PREFIX) {
                let dimension = q.group.strip_prefix(ESTIMATE_PREFIX).map_or_else(
                    || rest.rsplit_once('.').map_or(rest, |(d, _)| d).to_string(),
                    str::to_string,
                );
                if !dimensions.contains(&dimension) {
                    dimensions.push(dimension.clone());
                }
                estimates.push(Estimate {
                    item: rest.to_string(),
                    dimension,
                    question: item,
                    managers: Moments::default(),
                    staff: Moments::default(),
                });
            } else if let Some((gap, dim)) = direct_id(&q.id) {
                if !dimensions.iter().any(|d| d == dim) {
                    dimensions.push(dim.to_string());
                }
                direct.push(Direct {
                    gap,
                    dimension: dim.to_string(),
                    question: item,
                    moments: Moments::default(),
                });
            }
        }
        Self {
            constructs,
            estimates,
            direct,
            dimensions,
            scale,
            respondents: 0,
            managers: 0,
            staff: 0,
            others: 0,
        }
    }

    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        self.respondents += 1;
        let estimator = Estimator::of(response.role.as_deref());
        match estimator {
            Some(Estimator::Manager) => self.managers += 1,
            Some(Estimator::Staff) => self.staff += 1,
            None => self.others += 1,
        }
        for c in &mut self.constructs {
            let values: Vec<Option<f64>> = c.items.iter().map(|i| i.value(response)).collect();
            c.alpha.push(&values);
            for (m, v) in c.item_scores.iter_mut().zip(&values) {
                if let Some(v) = v {
                    m.push(*v);
                }
            }
            let answered: Vec<f64> = values.into_iter().flatten().collect();
            if let Some(m) = super::stats::mean(&answered) {
                c.scores.push(m);
            }
        }
        for e in &mut self.estimates {
            if let Some(v) = e.question.value(response) {
                match estimator {
                    Some(Estimator::Manager) => e.managers.push(v),
                    Some(Estimator::Staff) => e.staff.push(v),
                    None => {}
                }
            }
        }
        for d in &mut self.direct {
            if let Some(v) = d.question.value(response) {
                d.moments.push(v);
            }
        }
    }

    /// The figures.
    pub fn finish(self) -> GapsScore {
        let constructs: Vec<ConstructScore> = self
            .constructs
            .iter()
            .map(|c| ConstructScore {
                id: c.id.clone(),
                gap: c.gap,
                score: c.scores.mean(),
                n: c.scores.n() as usize,
                sd: c.scores.sd(),
                items: c.items.len(),
                reverse_items: c.items.iter().filter(|i| i.reverse).count(),
                shown_healthy: c.shown_healthy,
                alpha: Alpha {
                    alpha: c.alpha.alpha(),
                    cases: c.alpha.cases(),
                },
                statements: c
                    .items
                    .iter()
                    .zip(&c.item_scores)
                    .map(|(i, m)| StatementScore {
                        id: i.id.clone(),
                        score: m.mean(),
                        n: m.n() as usize,
                    })
                    .collect(),
            })
            .collect();
        let gaps = PROVIDER_GAPS
            .iter()
            .map(|&gap| {
                let mut members: Vec<&ConstructScore> =
                    constructs.iter().filter(|c| c.gap == gap).collect();
                let of = members.len();
                members.retain(|c| c.score.is_some());
                let scores: Vec<f64> = members.iter().filter_map(|c| c.score).collect();
                let mut weakest = members.clone();
                weakest.sort_by(|a, b| {
                    a.score
                        .unwrap_or(f64::INFINITY)
                        .total_cmp(&b.score.unwrap_or(f64::INFINITY))
                });
                GapScore {
                    gap,
                    score: super::stats::mean(&scores),
                    constructs: scores.len(),
                    of,
                    weakest: weakest.iter().take(WEAKEST).map(|c| c.id.clone()).collect(),
                }
            })
            .collect();
        let estimates: Vec<EstimateItem> = self
            .estimates
            .iter()
            .map(|e| {
                let (m, s) = (e.managers.mean(), e.staff.mean());
                EstimateItem {
                    id: e.item.clone(),
                    dimension: e.dimension.clone(),
                    managers: m,
                    managers_n: e.managers.n() as usize,
                    staff: s,
                    staff_n: e.staff.n() as usize,
                    gap7: s.zip(m).map(|(s, m)| s - m),
                }
            })
            .collect();
        let estimate_dimensions = self
            .dimensions
            .iter()
            .filter(|d| estimates.iter().any(|e| &e.dimension == *d))
            .map(|d| {
                let of = |f: &dyn Fn(&EstimateItem) -> Option<f64>| -> Vec<f64> {
                    estimates
                        .iter()
                        .filter(|e| &e.dimension == d)
                        .filter_map(f)
                        .collect()
                };
                EstimateDimension {
                    id: d.clone(),
                    managers: super::stats::mean(&of(&|e| e.managers)),
                    staff: super::stats::mean(&of(&|e| e.staff)),
                    gap7: super::stats::mean(&of(&|e| e.gap7)),
                    gap7_mae: super::stats::mean(&of(&|e| e.gap7.map(f64::abs))),
                }
            })
            .collect();
        let all7: Vec<f64> = estimates
            .iter()
            .filter_map(|e| e.gap7.map(f64::abs))
            .collect();
        let direct = self
            .dimensions
            .iter()
            .filter(|d| self.direct.iter().any(|x| &x.dimension == *d))
            .map(|d| {
                let get = |gap: u8| {
                    self.direct
                        .iter()
                        .find(|x| &x.dimension == d && x.gap == gap)
                        .map_or(DirectScore { score: None, n: 0 }, |x| DirectScore {
                            score: x.moments.mean(),
                            n: x.moments.n() as usize,
                        })
                };
                DirectDimension {
                    id: d.clone(),
                    gap2: get(2),
                    gap3: get(3),
                    gap4: get(4),
                }
            })
            .collect();
        GapsScore {
            respondents: self.respondents,
            managers: self.managers,
            staff: self.staff,
            others: self.others,
            scale: self.scale,
            constructs,
            gaps,
            estimates,
            estimate_dimensions,
            gap7_mae: super::stats::mean(&all7),
            direct,
            segments: None,
        }
    }
}

impl super::KindScore for GapsScore {
    fn segments_mut(&mut self) -> &mut Option<super::segments::SegmentComparison> {
        &mut self.segments
    }

    fn headlines(&self) -> Vec<super::segments::Headline> {
        use super::segments::Headline;
        self.constructs
            .iter()
            .map(|c| Headline::mean(format!("construct.{}", c.id), c.n, c.score, c.sd))
            .collect()
    }
}

#[cfg(test)]
mod tests;
