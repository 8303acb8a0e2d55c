//! The experience pyramid (DOMAIN.md §1): experience scores on 0–100, tier scores, the staircase
//! of achieved tiers, the foundation warning and the priorities.
//!
//! Policies (stated in every report):
//! - experience score of a respondent = (mean of answered items − scale min) / (max − min) × 100
//!   (1–5 items: (mean − 1) / 4 × 100); N/A and unanswered items are left out; reverse-keyed
//!   items count as min + max − x;
//! - an experience's score is the mean of its respondents' scores (respondent first);
//! - tier score = mean of its experiences' scores;
//! - a tier is achieved when every experience in it scores ≥ the pass mark AND the tier below
//!   is achieved; an experience nobody answered blocks its tier;
//! - priorities: experiences below the pass mark, lowest tier first, then by shortfall weighted by
//!   mean importance (1–5) where importance was asked; an experience whose importance nobody
//!   rated counts at the midpoint of the importance scale (3 on 1–5: neither raised nor lowered
//!   — flagged `importance_imputed`); an experience nobody answered has no shortfall (`None`, not
//!   the whole pass mark) and comes after the scored ones of its tier: it needs assessing first;
//! - the weakest statements of an experience below the pass mark (what to work on first): its
//!   statements scoring below the pass mark, lowest first, up to [`WEAKEST_STATEMENTS`]; when none
//!   scores below it (answers missing unevenly), the lowest one. A statement's score is the mean of
//!   its answers rescaled like the experience's (0–100);
//! - 95% intervals: Student t on the respondents' experience scores (n ≥ 2, scores that vary),
//!   cut to 0–100; a tier's on the respondents' tier scores (mean of their experience scores in
//!   the tier), given only when every respondent counted in the tier scored every experience of
//!   it — then the tier score is exactly the mean of those respondent scores.

use serde::Serialize;

use super::stats::{Interval, Moments, t_interval_within};
use crate::instrument::{Instrument, QuestionKind, Scale};
use crate::response::{Answer, Response};

/// The tiers, bottom first.
pub const TIERS: [&str; 3] = ["basic", "performance", "excitement"];

/// How many of an experience's weakest statements a priority names.
pub const WEAKEST_STATEMENTS: usize = 3;

/// One statement's figures: the mean of its answers on the experience's 0–100 scale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementScore {
    /// Question id.
    pub id: String,
    /// (mean answer − min) / (max − min) × 100 (reverse-keyed items reversed); `None` when
    /// nobody answered it.
    pub score: Option<f64>,
    /// Respondents who answered it (N/A and unanswered left out).
    pub n: usize,
}

/// One experience's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExperienceScore {
    /// Experience id.
    pub id: String,
    /// Tier id.
    pub tier: String,
    /// 0–100, `None` when nobody answered.
    pub score: Option<f64>,
    /// Respondents with at least one valid item.
    pub n: usize,
    /// Mean self-stated importance (on the importance scale), if asked.
    pub importance: Option<f64>,
    /// Respondents who rated importance.
    pub importance_n: usize,
    /// Whether the score reaches the pass mark (`false` when nobody answered: see
    /// [`ExperienceScore::passed_mark`] for the three-valued answer).
    pub passed: bool,
    /// Sample SD of the respondents' scores.
    pub sd: Option<f64>,
    /// 95% t interval of the score, on 0–100.
    pub interval: Option<Interval>,
}

impl ExperienceScore {
    /// Whether the score reaches the pass mark; `None` when nobody answered.
    pub fn passed_mark(&self) -> Option<bool> {
        self.score.map(|_| self.passed)
    }
}

/// One tier's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierScore {
    /// Tier id.
    pub id: String,
    /// Mean of its experiences' scores.
    pub score: Option<f64>,
    /// Every experience at or above the pass mark, and the tier below achieved.
    pub achieved: bool,
    /// Experiences in the tier with a score: the ones `score` averages. Fewer than
    /// `experiences_in_tier` when an experience was not answered (all N/A or blank).
    pub experiences_scored: usize,
    /// Experiences in the tier.
    pub experiences_in_tier: usize,
    /// 95% t interval on the respondents' tier scores; `None` unless every respondent counted in
    /// the tier scored all of its experiences (and n ≥ 2).
    pub interval: Option<Interval>,
    /// Respondents with a tier score (every experience of the tier scored).
    pub n: usize,
    /// Sample SD of the respondents' tier scores, when every respondent counted in the tier
    /// scored all of it (then the tier score is their mean).
    pub sd: Option<f64>,
}

/// A higher tier scoring above a lower tier that is not achieved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoundationWarning {
    /// The lower, unachieved tier.
    pub lower: String,
    /// Its score.
    pub lower_score: Option<f64>,
    /// The higher tier.
    pub higher: String,
    /// Its score.
    pub higher_score: f64,
}

/// An experience to work on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Priority {
    /// Experience id.
    pub experience: String,
    /// Tier id.
    pub tier: String,
    /// Points below the pass mark; `None` when nobody answered (there is nothing to fall short).
    pub shortfall: Option<f64>,
    /// Shortfall × mean importance, when the questionnaire asks importance.
    pub weighted_shortfall: Option<f64>,
    /// Nobody rated this experience's importance: the midpoint of the importance scale stood in.
    pub importance_imputed: bool,
    /// Its weakest statements, lowest first (empty when nobody answered the experience).
    pub statements: Vec<StatementScore>,
}

/// The pyramid's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PyramidScore {
    /// The pass mark used.
    pub pass_mark: f64,
    /// Per experience, in instrument order.
    pub experiences: Vec<ExperienceScore>,
    /// Per tier, bottom first.
    pub tiers: Vec<TierScore>,
    /// The highest achieved tier, or `None`.
    pub level: Option<String>,
    /// Foundation warnings.
    pub warnings: Vec<FoundationWarning>,
    /// What to work on first.
    pub priorities: Vec<Priority>,
    /// Differences between segments (`--by`), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<super::segments::SegmentComparison>,
}

#[derive(Debug, Clone)]
struct Tier {
    id: &'static str,
    /// Indices into `Accumulator::experiences`.
    members: Vec<usize>,
    /// Respondents' tier scores, from those who scored every experience of the tier.
    complete: Moments,
    /// Respondents who scored some but not all of the tier's experiences.
    partial: usize,
}

#[derive(Debug, Clone)]
struct Experience {
    id: String,
    tier: String,
    items: Vec<(String, Scale, bool)>,
    importance: Option<(String, Scale)>,
    scores: Moments,
    importance_moments: Moments,
    /// One per item, in `items` order: the rescaled (0–100) answers.
    item_moments: Vec<Moments>,
}

/// Accumulates pyramid responses.
#[derive(Debug, Clone)]
pub struct Accumulator {
    pass_mark: f64,
    experiences: Vec<Experience>,
    tiers: Vec<Tier>,
    /// The midpoint of the importance scale, when the questionnaire asks importance.
    importance_midpoint: Option<f64>,
    /// This respondent's experience scores (a reused buffer).
    row: Vec<Option<f64>>,
}

fn is_importance(id: &str) -> bool {
    id.ends_with(".importance")
}

impl Accumulator {
    /// For `instrument` (kind pyramid).
    pub fn new(instrument: &Instrument, _options: &super::ScoreOptions) -> Self {
        let experiences: Vec<Experience> = instrument
            .groups
            .iter()
            .filter(|g| g.tier.is_some())
            .map(|g| {
                let mut items = Vec::new();
                let mut importance = None;
                for q in instrument.questions.iter().filter(|q| q.group == g.id) {
                    if let QuestionKind::Scale(s) = &q.kind {
                        if is_importance(&q.id) {
                            importance = Some((q.id.clone(), s.clone()));
                        } else {
                            items.push((q.id.clone(), s.clone(), q.reverse));
                        }
                    }
                }
                Experience {
                    id: g.id.clone(),
                    tier: g.tier.clone().unwrap_or_default(),
                    item_moments: vec![Moments::default(); items.len()],
                    items,
                    importance,
                    scores: Moments::default(),
                    importance_moments: Moments::default(),
                }
            })
            .collect();
        let tiers = TIERS
            .iter()
            .map(|&id| Tier {
                id,
                members: (0..experiences.len())
                    .filter(|&i| experiences[i].tier == id)
                    .collect(),
                complete: Moments::default(),
                partial: 0,
            })
            .collect();
        let importance_midpoint = experiences
            .iter()
            .find_map(|e| e.importance.as_ref())
            .map(|(_, s)| f64::from(s.min + s.max) / 2.0);
        Self {
            pass_mark: instrument.settings.pass_mark,
            row: vec![None; experiences.len()],
            experiences,
            tiers,
            importance_midpoint,
        }
    }

    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        for (e, slot) in self.experiences.iter_mut().zip(&mut self.row) {
            *slot = respondent_experience_score(&e.items, response);
            for ((id, scale, reverse), m) in e.items.iter().zip(&mut e.item_moments) {
                if let Some(Answer::Value(v)) = response.answers.get(id) {
                    m.push(rescaled(*v, scale, *reverse));
                }
            }
            if let Some(score) = *slot {
                e.scores.push(score);
            }
            if let Some((id, _)) = &e.importance {
                if let Some(Answer::Value(v)) = response.answers.get(id) {
                    e.importance_moments.push(f64::from(*v));
                }
            }
        }
        for t in &mut self.tiers {
            let scored: Vec<f64> = t.members.iter().filter_map(|&i| self.row[i]).collect();
            if scored.len() == t.members.len() && !scored.is_empty() {
                t.complete
                    .push(scored.iter().sum::<f64>() / scored.len() as f64);
            } else if !scored.is_empty() {
                t.partial += 1;
            }
        }
    }

    /// The figures.
    pub fn finish(self) -> PyramidScore {
        const PASS_TOLERANCE: f64 = 1e-9;
        let pass = self.pass_mark;
        let experiences: Vec<ExperienceScore> = self
            .experiences
            .iter()
            .map(|e| {
                let score = e.scores.mean();
                ExperienceScore {
                    id: e.id.clone(),
                    tier: e.tier.clone(),
                    score,
                    n: e.scores.n() as usize,
                    importance: e.importance_moments.mean(),
                    importance_n: e.importance_moments.n() as usize,
                    // "≥ the pass mark" on the exact value: a tolerance of 1e-9 (on 0–100)
                    // only absorbs floating-point noise, so a mean that is exactly the pass
                    // mark but computes as 59.99999999999999 passes.
                    passed: score.is_some_and(|s| s >= pass - PASS_TOLERANCE),
                    sd: e.scores.sd(),
                    interval: t_interval_within(&e.scores, 0.0, 100.0),
                }
            })
            .collect();
        let mut tiers = Vec::new();
        let mut below_achieved = true;
        for t in &self.tiers {
            let tier = t.id;
            let members: Vec<&ExperienceScore> =
                t.members.iter().map(|&i| &experiences[i]).collect();
            if members.is_empty() {
                continue;
            }
            let scores: Vec<f64> = members.iter().filter_map(|e| e.score).collect();
            let score = super::stats::mean(&scores);
            let achieved = below_achieved && members.iter().all(|e| e.passed);
            below_achieved = achieved;
            tiers.push(TierScore {
                id: tier.to_string(),
                score,
                achieved,
                experiences_scored: scores.len(),
                experiences_in_tier: members.len(),
                interval: if t.partial == 0 {
                    t_interval_within(&t.complete, 0.0, 100.0)
                } else {
                    None
                },
                n: t.complete.n() as usize,
                sd: if t.partial == 0 {
                    t.complete.sd()
                } else {
                    None
                },
            });
        }
        let level = tiers
            .iter()
            .rev()
            .find(|t| t.achieved)
            .map(|t| t.id.clone());
        let mut warnings = Vec::new();
        for (i, lower) in tiers.iter().enumerate() {
            if lower.achieved {
                continue;
            }
            for higher in &tiers[i + 1..] {
                if let Some(hs) = higher.score {
                    if lower.score.is_none_or(|ls| hs > ls) {
                        warnings.push(FoundationWarning {
                            lower: lower.id.clone(),
                            lower_score: lower.score,
                            higher: higher.id.clone(),
                            higher_score: hs,
                        });
                    }
                }
            }
        }
        let mut priorities: Vec<(usize, Priority)> = experiences
            .iter()
            .filter(|e| !e.passed)
            .map(|e| {
                let shortfall = e.score.map(|s| pass - s);
                let imputed = e.importance.is_none() && self.importance_midpoint.is_some();
                let importance = e.importance.or(self.importance_midpoint);
                let tier_index = TIERS
                    .iter()
                    .position(|t| *t == e.tier)
                    .unwrap_or(TIERS.len());
                (
                    tier_index,
                    Priority {
                        experience: e.id.clone(),
                        tier: e.tier.clone(),
                        shortfall,
                        weighted_shortfall: shortfall.zip(importance).map(|(s, imp)| s * imp),
                        importance_imputed: imputed && shortfall.is_some(),
                        statements: if shortfall.is_some() {
                            self.weakest(&e.id, pass)
                        } else {
                            Vec::new()
                        },
                    },
                )
            })
            .collect();
        // Within a tier: scored experiences by (weighted) shortfall, largest first, then the
        // unanswered ones in questionnaire order (the sort is stable).
        priorities.sort_by(|(ta, a), (tb, b)| {
            let key = |p: &Priority| p.weighted_shortfall.or(p.shortfall);
            ta.cmp(tb)
                .then(key(a).is_none().cmp(&key(b).is_none()))
                .then(key(b).unwrap_or(0.0).total_cmp(&key(a).unwrap_or(0.0)))
                .then(
                    b.shortfall
                        .unwrap_or(0.0)
                        .total_cmp(&a.shortfall.unwrap_or(0.0)),
                )
        });
        PyramidScore {
            pass_mark: pass,
            experiences,
            tiers,
            level,
            warnings,
            priorities: priorities.into_iter().map(|(_, p)| p).collect(),
            segments: None,
        }
    }
}

impl Accumulator {
    /// The weakest statements of experience `id`: those below `pass`, lowest first (ties in
    /// questionnaire order), at most [`WEAKEST_STATEMENTS`]; the lowest one when none is below.
    fn weakest(&self, id: &str, pass: f64) -> Vec<StatementScore> {
        let Some(e) = self.experiences.iter().find(|e| e.id == id) else {
            return Vec::new();
        };
        let mut scored: Vec<StatementScore> = e
            .items
            .iter()
            .zip(&e.item_moments)
            .filter_map(|((id, _, _), m)| {
                m.mean().map(|score| StatementScore {
                    id: id.clone(),
                    score: Some(score),
                    n: m.n() as usize,
                })
            })
            .collect();
        scored.sort_by(|a, b| {
            a.score
                .unwrap_or_default()
                .total_cmp(&b.score.unwrap_or_default())
        });
        let below = scored
            .iter()
            .filter(|s| s.score.is_some_and(|v| v < pass))
            .count();
        scored.truncate(below.clamp(1, WEAKEST_STATEMENTS));
        scored
    }
}

/// An answer on the 0–100 scale of its item: (x − min) / (max − min) × 100, reversed first when
/// the item is reverse-keyed.
fn rescaled(v: i32, scale: &Scale, reverse: bool) -> f64 {
    let x = if reverse {
        f64::from(scale.min + scale.max - v)
    } else {
        f64::from(v)
    };
    (x - f64::from(scale.min)) / f64::from(scale.max - scale.min) * 100.0
}

/// A respondent's 0–100 score for one experience, `None` without a valid item.
fn respondent_experience_score(
    items: &[(String, Scale, bool)],
    response: &Response,
) -> Option<f64> {
    let mut sum = 0.0;
    let mut n = 0usize;
    for (id, scale, reverse) in items {
        if let Some(Answer::Value(v)) = response.answers.get(id) {
            sum += rescaled(*v, scale, *reverse);
            n += 1;
        }
    }
    (n > 0).then(|| sum / n as f64)
}

impl super::KindScore for PyramidScore {
    fn segments_mut(&mut self) -> &mut Option<super::segments::SegmentComparison> {
        &mut self.segments
    }

    fn headlines(&self) -> Vec<super::segments::Headline> {
        use super::segments::Headline;
        self.tiers
            .iter()
            .map(|t| Headline::mean(format!("tier.{}", t.id), t.n, t.score, t.sd))
            .chain(
                self.experiences
                    .iter()
                    .map(|e| Headline::mean(format!("experience.{}", e.id), e.n, e.score, e.sd)),
            )
            .collect()
    }
}

#[cfg(test)]
mod tests;
