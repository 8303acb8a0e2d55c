//! NPS, CSAT and CES (DOMAIN.md §5): counts, shares, the three metrics and their 95% intervals,
//! and the "why" texts behind the NPS answers. Streaming: one response at a time, memory bounded
//! (counts per scale point, Welford moments, and at most [`REASONS_KEPT`] texts per NPS group).
//!
//! Policies (stated in every report):
//! - NPS (question `nps`, 0–10): promoters 9–10, passives 7–8, detractors 0–6;
//!   NPS = 100 × (promoters − detractors) / n, passives count in n. −100..+100.
//! - NPS 95% interval: adjusted Wald (Rocks 2016): add ¾ promoter and ¾ detractor and 3 to n,
//!   p̃P = (P + ¾)/(n + 3), p̃D = (D + ¾)/(n + 3), centre 100·(p̃P − p̃D),
//!   half-width 1.96 · 100 · √((p̃P + p̃D − (p̃P − p̃D)²) / (n + 3)), cut to −100..100 (flagged
//!   `clipped`).
//!   Unlike the plain Wald interval it does not collapse to a point when every answer is in one
//!   group (all passives give NPS 0 with a real interval around it).
//! - CSAT (question `csat`, 1–5): share answering 4 or 5, × 100; 95% Wilson score interval.
//! - CES 2.0 (question `ces`, 1–7 agreement): mean and share answering 5–7 (× 100); 95%
//!   Student-t interval for the mean, mean ± t(0.975, n−1) · s/√n with the exact t quantile,
//!   cut to 1–7 and flagged `clipped` when it runs past the scale.
//! - Every interval needs n ≥ 2; the CES interval also needs answers that vary (s > 0), since a
//!   zero-width interval would claim a certainty one sample cannot give. Otherwise `None`.
//! - n = 0: every figure is `None` (`null`, "n/a"), never 0.
//! - A question on another scale than the metric's (e.g. a CES 1.0 item, 1–5, lower = better)
//!   is not scored: the metrics are never mixed; a note says why.

use serde::Serialize;

use super::ScoreOptions;
pub use super::stats::{Interval, Z975};
use super::stats::{Moments, interval, t_interval_within, wilson};
use crate::instrument::{Instrument, QuestionKind};
use crate::response::{Answer, Response};

/// How many "why" texts are kept per NPS group (the rest are counted).
pub const REASONS_KEPT: usize = 50;

/// Net Promoter Score figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NpsScore {
    /// %promoters − %detractors, −100..100; `None` when n = 0.
    pub score: Option<f64>,
    /// Respondents who answered `nps`.
    pub n: usize,
    /// Answers 9–10.
    pub promoters: usize,
    /// Answers 7–8.
    pub passives: usize,
    /// Answers 0–6.
    pub detractors: usize,
    /// promoters / n × 100.
    pub promoter_share: Option<f64>,
    /// passives / n × 100.
    pub passive_share: Option<f64>,
    /// detractors / n × 100.
    pub detractor_share: Option<f64>,
    /// Adjusted-Wald 95% interval (n ≥ 2).
    pub interval: Option<Interval>,
    /// Answers per point 0..=10.
    pub counts: Vec<usize>,
}

/// Customer satisfaction figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CsatScore {
    /// Share answering 4 or 5, × 100; `None` when n = 0.
    pub score: Option<f64>,
    /// Respondents who answered `csat`.
    pub n: usize,
    /// Answers 4–5.
    pub satisfied: usize,
    /// Mean answer (1–5).
    pub mean: Option<f64>,
    /// Wilson 95% interval of the score (n ≥ 2).
    pub interval: Option<Interval>,
    /// Answers per point 1..=5.
    pub counts: Vec<usize>,
}

/// Customer effort (CES 2.0) figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CesScore {
    /// Mean agreement, 1–7; `None` when n = 0.
    pub mean: Option<f64>,
    /// Share answering 5–7, × 100.
    pub share_easy: Option<f64>,
    /// Respondents who answered `ces`.
    pub n: usize,
    /// Answers 5–7.
    pub easy: usize,
    /// Sample standard deviation (n ≥ 2).
    pub sd: Option<f64>,
    /// Student-t 95% interval of the mean (n ≥ 2 and answers that vary), cut to the 1–7 scale;
    /// `clipped` says it was cut (few or widely spread answers: the t approximation is poor).
    pub interval: Option<Interval>,
    /// Answers per point 1..=7.
    pub counts: Vec<usize>,
}

/// One "why" text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// Who wrote it.
    pub respondent: String,
    /// Their NPS answer, when they gave one.
    pub nps: Option<i32>,
    /// The text.
    pub text: String,
}

/// The "why" texts, grouped by the writer's NPS group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Reasons {
    /// From promoters (first [`REASONS_KEPT`]).
    pub promoters: Vec<Reason>,
    /// From passives.
    pub passives: Vec<Reason>,
    /// From detractors.
    pub detractors: Vec<Reason>,
    /// From respondents who gave no NPS answer.
    pub unrated: Vec<Reason>,
    /// Texts not kept because a group already had [`REASONS_KEPT`].
    pub omitted: usize,
}

/// The pulse figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PulseScore {
    /// Net Promoter Score.
    pub nps: NpsScore,
    /// Customer satisfaction.
    pub csat: CsatScore,
    /// Customer effort.
    pub ces: CesScore,
    /// The `nps_reason` texts.
    pub reasons: Reasons,
    /// Metrics not scored, and why (English; the report translates the known ones).
    pub unscored: Vec<Unscored>,
    /// Differences between segments (`--by`), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<super::segments::SegmentComparison>,
}

/// A metric the instrument asks on a scale the metric does not use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unscored {
    /// `nps`, `csat` or `ces`.
    pub metric: String,
    /// The scale the instrument uses.
    pub min: i32,
    /// Its top.
    pub max: i32,
}

/// The NPS group of an answer 0–10.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpsGroup {
    /// 9–10.
    Promoter,
    /// 7–8.
    Passive,
    /// 0–6.
    Detractor,
}

/// The group of an NPS answer.
pub fn nps_group(v: i32) -> NpsGroup {
    match v {
        9.. => NpsGroup::Promoter,
        7..=8 => NpsGroup::Passive,
        _ => NpsGroup::Detractor,
    }
}

/// NPS from counts: 100 × (P − D) / n, `None` when n = 0.
pub fn nps_value(promoters: usize, passives: usize, detractors: usize) -> Option<f64> {
    let n = promoters + passives + detractors;
    (n > 0).then(|| 100.0 * (promoters as f64 - detractors as f64) / n as f64)
}

/// The adjusted-Wald 95% interval of NPS (Rocks 2016), on −100..100; `None` when n < 2.
pub fn nps_interval(promoters: usize, passives: usize, detractors: usize) -> Option<Interval> {
    interval::nps_interval(promoters as u64, passives as u64, detractors as u64)
}

/// The Wilson score 95% interval of a proportion `k / n`, × 100; `None` when n < 2.
pub fn wilson_interval(k: usize, n: usize) -> Option<Interval> {
    wilson(k as u64, n as u64).map(|i| i.scaled(100.0))
}

/// Accumulates pulse responses.
#[derive(Debug, Clone)]
pub struct Accumulator {
    nps_counts: Option<[usize; 11]>,
    csat_counts: Option<[usize; 5]>,
    ces_counts: Option<[usize; 7]>,
    csat_moments: Moments,
    ces_moments: Moments,
    reasons: Reasons,
    unscored: Vec<Unscored>,
}

/// Whether `instrument` asks `id` on the scale `min..=max`; records a mismatch.
fn metric_on_scale(
    instrument: &Instrument,
    id: &str,
    min: i32,
    max: i32,
    unscored: &mut Vec<Unscored>,
) -> bool {
    match instrument.question(id).map(|q| &q.kind) {
        Some(QuestionKind::Scale(s)) if s.min == min && s.max == max => true,
        Some(QuestionKind::Scale(s)) => {
            unscored.push(Unscored {
                metric: id.to_string(),
                min: s.min,
                max: s.max,
            });
            false
        }
        _ => false,
    }
}

impl Accumulator {
    /// For `instrument` (kind pulse): reads questions `nps`, `csat`, `ces` and `nps_reason`.
    pub fn new(instrument: &Instrument, _options: &ScoreOptions) -> Self {
        let mut unscored = Vec::new();
        let nps = metric_on_scale(instrument, "nps", 0, 10, &mut unscored);
        let csat = metric_on_scale(instrument, "csat", 1, 5, &mut unscored);
        let ces = metric_on_scale(instrument, "ces", 1, 7, &mut unscored);
        Self {
            nps_counts: nps.then_some([0; 11]),
            csat_counts: csat.then_some([0; 5]),
            ces_counts: ces.then_some([0; 7]),
            csat_moments: Moments::default(),
            ces_moments: Moments::default(),
            reasons: Reasons::default(),
            unscored,
        }
    }

    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        let value = |id: &str| match response.answers.get(id) {
            Some(Answer::Value(v)) => Some(*v),
            _ => None,
        };
        let nps = value("nps").filter(|v| (0..=10).contains(v));
        if let (Some(counts), Some(v)) = (&mut self.nps_counts, nps) {
            counts[v as usize] += 1;
        }
        if let (Some(counts), Some(v)) = (&mut self.csat_counts, value("csat")) {
            if (1..=5).contains(&v) {
                counts[(v - 1) as usize] += 1;
                self.csat_moments.push(f64::from(v));
            }
        }
        if let (Some(counts), Some(v)) = (&mut self.ces_counts, value("ces")) {
            if (1..=7).contains(&v) {
                counts[(v - 1) as usize] += 1;
                self.ces_moments.push(f64::from(v));
            }
        }
        if let Some(Answer::Text(t)) = response.answers.get("nps_reason") {
            let text = t.trim();
            if !text.is_empty() {
                let nps = nps.filter(|_| self.nps_counts.is_some());
                let list = match nps.map(nps_group) {
                    Some(NpsGroup::Promoter) => &mut self.reasons.promoters,
                    Some(NpsGroup::Passive) => &mut self.reasons.passives,
                    Some(NpsGroup::Detractor) => &mut self.reasons.detractors,
                    None => &mut self.reasons.unrated,
                };
                if list.len() < REASONS_KEPT {
                    list.push(Reason {
                        respondent: response.respondent.clone(),
                        nps,
                        text: text.to_string(),
                    });
                } else {
                    self.reasons.omitted += 1;
                }
            }
        }
    }

    /// The figures.
    pub fn finish(self) -> PulseScore {
        let share = |k: usize, n: usize| (n > 0).then(|| 100.0 * k as f64 / n as f64);
        let nps_counts = self.nps_counts.unwrap_or([0; 11]);
        let detractors: usize = nps_counts[..=6].iter().sum();
        let passives: usize = nps_counts[7..=8].iter().sum();
        let promoters: usize = nps_counts[9..].iter().sum();
        let n = promoters + passives + detractors;
        let nps = NpsScore {
            score: nps_value(promoters, passives, detractors),
            n,
            promoters,
            passives,
            detractors,
            promoter_share: share(promoters, n),
            passive_share: share(passives, n),
            detractor_share: share(detractors, n),
            interval: nps_interval(promoters, passives, detractors),
            counts: nps_counts.to_vec(),
        };
        let csat_counts = self.csat_counts.unwrap_or([0; 5]);
        let csat_n: usize = csat_counts.iter().sum();
        let satisfied = csat_counts[3] + csat_counts[4];
        let csat = CsatScore {
            score: share(satisfied, csat_n),
            n: csat_n,
            satisfied,
            mean: self.csat_moments.mean(),
            interval: wilson_interval(satisfied, csat_n),
            counts: csat_counts.to_vec(),
        };
        let ces_counts = self.ces_counts.unwrap_or([0; 7]);
        let ces_n: usize = ces_counts.iter().sum();
        let easy = ces_counts[4..].iter().sum();
        let ces = CesScore {
            mean: self.ces_moments.mean(),
            share_easy: share(easy, ces_n),
            n: ces_n,
            easy,
            sd: self.ces_moments.sd(),
            interval: t_interval_within(&self.ces_moments, 1.0, 7.0),
            counts: ces_counts.to_vec(),
        };
        PulseScore {
            nps,
            csat,
            ces,
            reasons: self.reasons,
            unscored: self.unscored,
            segments: None,
        }
    }
}

impl super::KindScore for PulseScore {
    fn segments_mut(&mut self) -> &mut Option<super::segments::SegmentComparison> {
        &mut self.segments
    }

    fn headlines(&self) -> Vec<super::segments::Headline> {
        use super::segments::{Headline, Sample};
        // A share in percent of `n` answers.
        let share = |key: &str, k: usize, n: usize| {
            Headline::proportion(key.into(), k as u64, n as u64, 100.0, false)
        };
        let (nps, csat, ces) = (&self.nps, &self.csat, &self.ces);
        vec![
            Headline {
                key: "nps".into(),
                value: nps.score,
                sample: Sample::Nps(super::stats::NpsCounts {
                    promoters: nps.promoters as u64,
                    passives: nps.passives as u64,
                    detractors: nps.detractors as u64,
                }),
            },
            share("nps.promoters", nps.promoters, nps.n),
            share("nps.passives", nps.passives, nps.n),
            share("nps.detractors", nps.detractors, nps.n),
            share("csat", csat.satisfied, csat.n),
            Headline::mean("ces".into(), ces.n, ces.mean, ces.sd),
            share("ces.easy", ces.easy, ces.n),
        ]
    }
}

#[cfg(test)]
mod tests;
