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
    /// Experiences in the tier with a score: the ones `score` averages. Fewer than
    /// `experiences_in_tier` when an experience was not answered (all N/A or blank).
    pub experiences_scored: usize,
    /// Experiences in the tier.
    pub experiences_in_tier: usize,
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
                experiences_scored: scores.len(),
                experiences_in_tier: members.len(),
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
                let shortfall = pass - e.score.unwrap_or(0.0);
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
fn respondent_experience_score(
    items: &[(String, Scale, bool)],
    response: &Response,
) -> Option<f64> {
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

#[cfg(test)]
#[allow(clippy::float_cmp)] // expected scores are exact binary fractions, computed by hand
mod tests {
    use super::*;
    use crate::instrument::{Instrument, Origin};
    use crate::response::Answer;
    use crate::score::{ScoreOptions, Scored, score};

    /// Four experiences over three tiers, two items each (one for identity), 1–5 items, and an
    /// importance question for respect and trust.
    fn instrument(pass_mark: f64) -> Instrument {
        let src = format!(
            r"
format: cxassess-instrument/1
id: mini-pyramid
version: 1
kind: pyramid
title: {{en: Mini, zh: 迷你}}
settings: {{pass_mark: {pass_mark}}}
scales:
  t5: {{min: 1, max: 5}}
groups:
  - {{id: respect, name: {{en: Respect, zh: 尊重}}, tier: basic}}
  - {{id: trust, name: {{en: Trust, zh: 信任}}, tier: basic}}
  - {{id: choice, name: {{en: Choice, zh: 选择}}, tier: performance}}
  - {{id: identity, name: {{en: Identity, zh: 身份}}, tier: excitement}}
sections:
  - id: all
    title: {{en: All, zh: 全部}}
    questions:
      - {{id: respect.1, type: scale, scale: t5, text: {{en: a, zh: 甲}}}}
      - {{id: respect.2, type: scale, scale: t5, text: {{en: b, zh: 乙}}}}
      - {{id: respect.importance, type: scale, scale: t5, text: {{en: i, zh: 重}}}}
      - {{id: trust.1, type: scale, scale: t5, text: {{en: c, zh: 丙}}}}
      - {{id: trust.2, type: scale, scale: t5, text: {{en: d, zh: 丁}}}}
      - {{id: trust.importance, type: scale, scale: t5, text: {{en: j, zh: 要}}}}
      - {{id: choice.1, type: scale, scale: t5, text: {{en: e, zh: 戊}}}}
      - {{id: choice.2, type: scale, scale: t5, text: {{en: f, zh: 己}}}}
      - {{id: identity.1, type: scale, scale: t5, text: {{en: g, zh: 庚}}}}
"
        );
        Instrument::parse(&src, Origin::File("mini.yaml".into())).expect("test instrument is valid")
    }

    fn response(role: &str, answers: &[(&str, Answer)]) -> Response {
        Response {
            respondent: format!("{role}-1"),
            role: Some(role.to_string()),
            answers: answers
                .iter()
                .map(|(k, v)| ((*k).to_string(), v.clone()))
                .collect(),
            ..Response::default()
        }
    }

    fn v(x: i32) -> Answer {
        Answer::Value(x)
    }

    fn pyramid(s: &Scored) -> &PyramidScore {
        match s {
            Scored::Pyramid(p) => p,
            other => panic!("expected pyramid scores, got {other:?}"),
        }
    }

    fn exp<'a>(p: &'a PyramidScore, id: &str) -> &'a ExperienceScore {
        p.experiences
            .iter()
            .find(|e| e.id == id)
            .expect("experience present")
    }

    fn tier<'a>(p: &'a PyramidScore, id: &str) -> &'a TierScore {
        p.tiers.iter().find(|t| t.id == id).expect("tier present")
    }

    #[test]
    fn not_applicable_is_left_out_and_unanswered_is_not_zero() {
        let inst = instrument(60.0);
        let r = response(
            "manager",
            &[
                ("respect.1", v(4)),
                ("respect.2", Answer::Na(Some("no counter service".into()))),
                ("trust.1", v(5)),
                // trust.2 unanswered
            ],
        );
        let s = score(&inst, &[r], ScoreOptions::default());
        let p = pyramid(&s.overall);
        // respect: only item 1 counts: (4 − 1) / 4 × 100 = 75. Counting N/A as 0 would give
        // ((4+0)/2 − 1)/4 × 100 = 25; counting it as 1 would give 62.5.
        assert_eq!(exp(p, "respect").score, Some(75.0));
        // trust: (5 − 1) / 4 × 100 = 100; an unanswered item counted as 0 would give 37.5.
        assert_eq!(exp(p, "trust").score, Some(100.0));
        // choice and identity: nobody answered → no score, n = 0, and they block their tiers.
        assert_eq!(exp(p, "choice").score, None);
        assert_eq!(exp(p, "choice").n, 0);
        assert_eq!(tier(p, "performance").score, None);
        assert!(!tier(p, "performance").achieved);
        // basic = (75 + 100) / 2 = 87.5, achieved.
        assert_eq!(tier(p, "basic").score, Some(87.5));
        assert!(tier(p, "basic").achieved);
        assert_eq!(p.level.as_deref(), Some("basic"));
    }

    #[test]
    fn a_tier_says_how_many_of_its_experiences_its_score_averages() {
        let inst = instrument(60.0);
        let r = response(
            "customer",
            &[
                ("respect.1", v(4)),
                ("respect.2", v(4)),
                ("trust.1", Answer::Na(None)),
                ("trust.2", Answer::Na(None)),
                ("choice.1", v(5)),
            ],
        );
        let s = score(&inst, &[r], ScoreOptions::default());
        let p = pyramid(&s.overall);
        // Basic is scored over respect alone (trust all N/A): 75 from 1 of 2 experiences.
        let basic = tier(p, "basic");
        assert_eq!(basic.score, Some(75.0));
        assert_eq!(
            (basic.experiences_scored, basic.experiences_in_tier),
            (1, 2)
        );
        assert!(!basic.achieved, "an unanswered experience blocks its tier");
        let performance = tier(p, "performance");
        assert_eq!(
            (
                performance.experiences_scored,
                performance.experiences_in_tier
            ),
            (1, 1)
        );
        let excitement = tier(p, "excitement");
        assert_eq!(excitement.score, None);
        assert_eq!(
            (
                excitement.experiences_scored,
                excitement.experiences_in_tier
            ),
            (0, 1)
        );
    }

    #[test]
    fn a_tier_exactly_at_the_pass_mark_is_achieved_and_just_below_is_not() {
        // respect (3 + 4)/2 = 3.5 → (3.5 − 1)/4 × 100 = 62.5, exactly the pass mark.
        let inst = instrument(62.5);
        let at = response(
            "manager",
            &[
                ("respect.1", v(3)),
                ("respect.2", v(4)),
                ("trust.1", v(5)),
                ("trust.2", v(5)),
            ],
        );
        let s = score(&inst, &[at], ScoreOptions::default());
        let p = pyramid(&s.overall);
        assert_eq!(exp(p, "respect").score, Some(62.5));
        assert!(exp(p, "respect").passed);
        assert!(tier(p, "basic").achieved);
        // respect (3 + 3)/2 = 3 → 50, below 62.5: basic not achieved even though trust is 100.
        let below = response(
            "manager",
            &[
                ("respect.1", v(3)),
                ("respect.2", v(3)),
                ("trust.1", v(5)),
                ("trust.2", v(5)),
            ],
        );
        let s = score(&inst, &[below], ScoreOptions::default());
        let p = pyramid(&s.overall);
        assert_eq!(exp(p, "respect").score, Some(50.0));
        assert!(!tier(p, "basic").achieved);
        assert_eq!(p.level, None);
    }

    #[test]
    fn a_higher_tier_above_an_unachieved_lower_one_warns_and_is_not_achieved() {
        let inst = instrument(60.0);
        let r = response(
            "manager",
            &[
                ("respect.1", v(2)),
                ("respect.2", v(3)), // respect (2.5 − 1)/4 × 100 = 37.5
                ("trust.1", v(4)),
                ("trust.2", v(4)), // trust 75 → basic = (37.5 + 75)/2 = 56.25
                ("choice.1", v(5)),
                ("choice.2", v(5)),   // choice 100 → performance 100
                ("identity.1", v(4)), // identity 75 → excitement 75
            ],
        );
        let s = score(&inst, &[r], ScoreOptions::default());
        let p = pyramid(&s.overall);
        assert_eq!(tier(p, "basic").score, Some(56.25));
        assert!(!tier(p, "basic").achieved);
        // Every performance experience passes, but the staircase needs the tier below.
        assert!(exp(p, "choice").passed);
        assert!(!tier(p, "performance").achieved);
        assert_eq!(p.level, None);
        // Warnings: performance (100) and excitement (75) above basic (56.25); excitement (75)
        // is not above performance (100).
        let pairs: Vec<(&str, &str)> = p
            .warnings
            .iter()
            .map(|w| (w.lower.as_str(), w.higher.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![("basic", "performance"), ("basic", "excitement")]
        );
        // Priorities: only respect is below the pass mark: shortfall 60 − 37.5 = 22.5.
        assert_eq!(p.priorities.len(), 1);
        assert_eq!(p.priorities[0].experience, "respect");
        assert_eq!(p.priorities[0].shortfall, 22.5);
    }

    #[test]
    fn two_roles_merge_respondent_first_and_stay_side_by_side() {
        let inst = instrument(60.0);
        let manager = response("manager", &[("respect.1", v(5))]);
        let customer = response("customer", &[("respect.1", v(3)), ("respect.2", v(1))]);
        let s = score(&inst, &[manager, customer], ScoreOptions::default());
        let p = pyramid(&s.overall);
        // manager 100; customer (2 − 1)/4 × 100 = 25; respondent first: (100 + 25)/2 = 62.5.
        // Pooling the three items instead would give ((5+3+1)/3 − 1)/4 × 100 = 50.
        assert_eq!(exp(p, "respect").score, Some(62.5));
        assert_eq!(exp(p, "respect").n, 2);
        assert_eq!(s.respondents, 2);
        assert_eq!(s.by_role.len(), 2);
        assert_eq!(
            exp(pyramid(&s.by_role["manager"]), "respect").score,
            Some(100.0)
        );
        assert_eq!(
            exp(pyramid(&s.by_role["customer"]), "respect").score,
            Some(25.0)
        );
    }

    #[test]
    fn priorities_go_lowest_tier_first_then_by_importance_weighted_shortfall() {
        let inst = instrument(60.0);
        let r = response(
            "manager",
            &[
                ("respect.1", v(2)),
                ("respect.2", v(2)),          // 25 → shortfall 35
                ("respect.importance", v(2)), // weighted 70
                ("trust.1", v(3)),
                ("trust.2", v(2)),          // 37.5 → shortfall 22.5
                ("trust.importance", v(5)), // weighted 112.5: first despite the smaller shortfall
                ("choice.1", v(1)),
                ("choice.2", v(1)), // 0 → shortfall 60, but performance comes after basic
                ("identity.1", v(5)),
            ],
        );
        let s = score(&inst, &[r], ScoreOptions::default());
        let order: Vec<&str> = pyramid(&s.overall)
            .priorities
            .iter()
            .map(|p| p.experience.as_str())
            .collect();
        assert_eq!(order, vec!["trust", "respect", "choice"]);
        let trust = &pyramid(&s.overall).priorities[0];
        assert_eq!(trust.weighted_shortfall, Some(112.5));
    }

    #[test]
    fn importance_questions_do_not_count_in_the_experience_score() {
        let inst = instrument(60.0);
        let r = response(
            "manager",
            &[("respect.1", v(5)), ("respect.importance", v(1))],
        );
        let s = score(&inst, &[r], ScoreOptions::default());
        let p = pyramid(&s.overall);
        assert_eq!(exp(p, "respect").score, Some(100.0));
        assert_eq!(exp(p, "respect").importance, Some(1.0));
    }
}
