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
//!   mean importance (1–5) where importance was asked.

use serde::Serialize;

use super::stats::Moments;
use crate::instrument::{Instrument, QuestionKind, Scale};
use crate::response::{Answer, Response};

/// The tiers, bottom first.
pub const TIERS: [&str; 3] = ["basic", "performance", "excitement"];

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
    /// Whether the score reaches the pass mark.
    pub passed: bool,
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
    /// Points below the pass mark (the whole pass mark when unanswered).
    pub shortfall: f64,
    /// Shortfall × mean importance, when importance was asked.
    pub weighted_shortfall: Option<f64>,
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
}

#[derive(Debug, Clone)]
struct Experience {
    id: String,
    tier: String,
    items: Vec<(String, Scale, bool)>,
    importance: Option<(String, Scale)>,
    scores: Moments,
    importance_moments: Moments,
}

/// Accumulates pyramid responses.
#[derive(Debug, Clone)]
pub struct Accumulator {
    pass_mark: f64,
    experiences: Vec<Experience>,
}

fn is_importance(id: &str) -> bool {
    id.ends_with(".importance")
}

impl Accumulator {
    /// For `instrument` (kind pyramid).
    pub fn new(instrument: &Instrument) -> Self {
        let experiences = instrument
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
                    items,
                    importance,
                    scores: Moments::default(),
                    importance_moments: Moments::default(),
                }
            })
            .collect();
        Self {
            pass_mark: instrument.settings.pass_mark,
            experiences,
        }
    }

    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        for e in &mut self.experiences {
            if let Some(score) = respondent_experience_score(&e.items, response) {
                e.scores.push(score);
            }
            if let Some((id, _)) = &e.importance {
                if let Some(Answer::Value(v)) = response.answers.get(id) {
                    e.importance_moments.push(f64::from(*v));
                }
            }
        }
    }

    /// The figures.
    pub fn finish(self) -> PyramidScore {
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
                    passed: score.is_some_and(|s| s >= pass),
                }
            })
            .collect();
        let mut tiers = Vec::new();
        let mut below_achieved = true;
        for tier in TIERS {
            let members: Vec<&ExperienceScore> =
                experiences.iter().filter(|e| e.tier == tier).collect();
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
            });
        }
        let level = tiers.iter().rev().find(|t| t.achieved).map(|t| t.id.clone());
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
                let shortfall = pass - e.score.unwrap_or(0.0);
                let tier_index = TIERS.iter().position(|t| *t == e.tier).unwrap_or(TIERS.len());
                (
                    tier_index,
                    Priority {
                        experience: e.id.clone(),
                        tier: e.tier.clone(),
                        shortfall,
                        weighted_shortfall: e.importance.map(|imp| shortfall * imp),
                    },
                )
            })
            .collect();
        priorities.sort_by(|(ta, a), (tb, b)| {
            let key = |p: &Priority| p.weighted_shortfall.unwrap_or(p.shortfall);
            ta.cmp(tb)
                .then(key(b).total_cmp(&key(a)))
                .then(b.shortfall.total_cmp(&a.shortfall))
        });
        PyramidScore {
            pass_mark: pass,
            experiences,
            tiers,
            level,
            warnings,
            priorities: priorities.into_iter().map(|(_, p)| p).collect(),
        }
    }
}

/// A respondent's 0–100 score for one experience, `None` without a valid item.
fn respondent_experience_score(items: &[(String, Scale, bool)], response: &Response) -> Option<f64> {
    let mut sum = 0.0;
    let mut n = 0usize;
    for (id, scale, reverse) in items {
        if let Some(Answer::Value(v)) = response.answers.get(id) {
            let x = if *reverse {
                f64::from(scale.min + scale.max - v)
            } else {
                f64::from(*v)
            };
            sum += (x - f64::from(scale.min)) / f64::from(scale.max - scale.min) * 100.0;
            n += 1;
        }
    }
    (n > 0).then(|| sum / n as f64)
}
