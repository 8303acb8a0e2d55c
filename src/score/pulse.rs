//! NPS, CSAT and CES (DOMAIN.md §5): counts, shares, the three metrics and their 95% intervals,
//! and the "why" texts behind the NPS answers. Streaming: one response at a time, memory bounded
//! (counts per scale point, Welford moments, and at most [`REASONS_KEPT`] texts per NPS group).
//!
//! Policies (stated in every report):
//! - NPS (question `nps`, 0–10): promoters 9–10, passives 7–8, detractors 0–6;
//!   NPS = 100 × (promoters − detractors) / n, passives count in n. −100..+100.
//! - NPS 95% interval: adjusted Wald (Rocks 2016): add ¾ promoter and ¾ detractor and 3 to n,
//!   p̃P = (P + ¾)/(n + 3), p̃D = (D + ¾)/(n + 3), centre 100·(p̃P − p̃D),
//!   half-width 1.96 · 100 · √((p̃P + p̃D − (p̃P − p̃D)²) / (n + 3)), clipped to −100..100.
//!   Unlike the plain Wald interval it does not collapse to a point when every answer is in one
//!   group (all passives give NPS 0 with a real interval around it).
//! - CSAT (question `csat`, 1–5): share answering 4 or 5, × 100; 95% Wilson score interval.
//! - CES 2.0 (question `ces`, 1–7 agreement): mean and share answering 5–7 (× 100); 95%
//!   Student-t interval for the mean, mean ± t(0.975, n−1) · s/√n.
//! - Every interval needs n ≥ 2; the CES interval also needs answers that vary (s > 0), since a
//!   zero-width interval would claim a certainty one sample cannot give. Otherwise `None`.
//! - n = 0: every figure is `None` (`null`, "n/a"), never 0.
//! - A question on another scale than the metric's (e.g. a CES 1.0 item, 1–5, lower = better)
//!   is not scored: the metrics are never mixed; a note says why.

use serde::Serialize;

use super::ScoreOptions;
use super::stats::{Moments, t975};
use crate::instrument::{Instrument, QuestionKind};
use crate::response::{Answer, Response};

/// The normal 97.5% quantile used by the NPS and CSAT intervals.
pub const Z975: f64 = 1.959_963_984_540_054;

/// How many "why" texts are kept per NPS group (the rest are counted).
pub const REASONS_KEPT: usize = 50;

/// A 95% interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
}

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
    /// Student-t 95% interval of the mean (n ≥ 2 and answers that vary).
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
    let n = promoters + passives + detractors;
    if n < 2 {
        return None;
    }
    let n_adj = n as f64 + 3.0;
    let p = (promoters as f64 + 0.75) / n_adj;
    let d = (detractors as f64 + 0.75) / n_adj;
    let centre = p - d;
    let variance = p + d - centre * centre;
    let half = Z975 * (variance / n_adj).sqrt();
    Some(Interval {
        low: (100.0 * (centre - half)).max(-100.0),
        high: (100.0 * (centre + half)).min(100.0),
    })
}

/// The 95% critical difference of NPS between two independent waves of the size and make-up of
/// this one, in points: z·√(2·var) with the adjusted-Wald variance (DOMAIN.md §8). A change
/// smaller than this is within the noise. `None` when n < 2.
pub fn nps_critical_difference(
    promoters: usize,
    passives: usize,
    detractors: usize,
) -> Option<f64> {
    let n = promoters + passives + detractors;
    if n < 2 {
        return None;
    }
    let n_adj = n as f64 + 3.0;
    let p = (promoters as f64 + 0.75) / n_adj;
    let d = (detractors as f64 + 0.75) / n_adj;
    let variance = (p + d - (p - d) * (p - d)) / n_adj;
    Some(100.0 * Z975 * (2.0 * variance).sqrt())
}

/// The Wilson score 95% interval of a proportion `k / n`, × 100; `None` when n < 2.
pub fn wilson_interval(k: usize, n: usize) -> Option<Interval> {
    if n < 2 || k > n {
        return None;
    }
    let nf = n as f64;
    let p = k as f64 / nf;
    let z2 = Z975 * Z975;
    let denom = 1.0 + z2 / nf;
    let centre = (p + z2 / (2.0 * nf)) / denom;
    let half = Z975 * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt() / denom;
    Some(Interval {
        low: (100.0 * (centre - half)).max(0.0),
        high: (100.0 * (centre + half)).min(100.0),
    })
}

/// The Student-t 95% interval of a mean; `None` when n < 2 or the values do not vary.
pub fn t_interval(m: &Moments) -> Option<Interval> {
    let sd = m.sd()?;
    if sd <= 0.0 {
        return None;
    }
    let mean = m.mean()?;
    let half = t975(m.n() - 1) * sd / (m.n() as f64).sqrt();
    Some(Interval {
        low: mean - half,
        high: mean + half,
    })
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
            interval: t_interval(&self.ces_moments),
            counts: ces_counts.to_vec(),
        };
        PulseScore {
            nps,
            csat,
            ces,
            reasons: self.reasons,
            unscored: self.unscored,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::builtin;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn pulse() -> Instrument {
        builtin::latest("pulse")
            .expect("pulse is built in")
            .instrument()
            .expect("pulse parses")
    }

    fn respondent(name: &str, answers: &[(&str, Answer)]) -> Response {
        Response {
            respondent: name.to_string(),
            answers: answers
                .iter()
                .map(|(k, v)| ((*k).to_string(), v.clone()))
                .collect(),
            ..Response::default()
        }
    }

    fn score_all(responses: &[Response]) -> PulseScore {
        let inst = pulse();
        let mut acc = Accumulator::new(&inst, &ScoreOptions::default());
        for r in responses {
            acc.add(r);
        }
        acc.finish()
    }

    fn nps_only(values: &[i32]) -> PulseScore {
        let rs: Vec<Response> = values
            .iter()
            .enumerate()
            .map(|(i, v)| respondent(&format!("r{i}"), &[("nps", Answer::Value(*v))]))
            .collect();
        score_all(&rs)
    }

    #[test]
    fn nps_by_hand_with_passives_in_the_total() {
        // Answers 10 10 9 9 9 8 7 6 2 0: promoters 5, passives 2, detractors 3, n = 10.
        // NPS = 100 · (5 − 3) / 10 = 20. Shares 50, 20, 30.
        let s = nps_only(&[10, 10, 9, 9, 9, 8, 7, 6, 2, 0]);
        assert_eq!(
            (s.nps.promoters, s.nps.passives, s.nps.detractors, s.nps.n),
            (5, 2, 3, 10)
        );
        assert!(close(s.nps.score.unwrap(), 20.0));
        assert!(close(s.nps.promoter_share.unwrap(), 50.0));
        assert!(close(s.nps.passive_share.unwrap(), 20.0));
        assert!(close(s.nps.detractor_share.unwrap(), 30.0));
        // Adjusted Wald: n' = 13, p = 5.75/13 = 0.442308, d = 3.75/13 = 0.288462,
        // centre = 2/13 = 0.153846, var = p + d − centre² = 9.5/13 − 4/169 = 0.730769 − 0.023669
        // = 0.707101; se = √(0.707101/13) = 0.233220; half = 1.959964 · 0.233220 = 0.457102.
        // Interval ×100 = 15.3846 ± 45.7102 = [−30.3256, 61.0948].
        let i = s.nps.interval.unwrap();
        let centre: f64 = 2.0 / 13.0;
        let var = 9.5 / 13.0 - centre * centre;
        let half = Z975 * (var / 13.0).sqrt();
        assert!(close(i.low, 100.0 * (centre - half)));
        assert!(close(i.high, 100.0 * (centre + half)));
        assert!((i.low - -30.3256).abs() < 1e-3, "{i:?}");
        assert!((i.high - 61.0948).abs() < 1e-3, "{i:?}");
        assert_eq!(s.nps.counts, vec![1, 0, 1, 0, 0, 0, 1, 1, 1, 3, 2]);
    }

    #[test]
    fn all_passive_is_zero_with_a_real_interval() {
        // 4 passives: NPS = 100 · (0 − 0) / 4 = 0. Adjusted Wald: n' = 7, p = d = 0.75/7,
        // centre 0, var = 1.5/7, se = √(1.5/7 / 7) = √1.5 / 7 = 0.174964; half = 34.2924 points.
        let s = nps_only(&[7, 8, 8, 7]);
        assert_eq!(s.nps.score, Some(0.0));
        assert_eq!(s.nps.passives, 4);
        let i = s.nps.interval.unwrap();
        let half = 100.0 * Z975 * 1.5f64.sqrt() / 7.0;
        assert!(close(i.high, half) && close(i.low, -half), "{i:?}");
        assert!((half - 34.2924).abs() < 1e-3);
    }

    #[test]
    fn all_promoters_stay_inside_the_scale() {
        // 3 promoters: NPS 100. n' = 6, p = 3.75/6 = 0.625, d = 0.125, centre 0.5,
        // var = 0.75 − 0.25 = 0.5, se = √(0.5/6) = 0.288675, half = 0.565795 → [−6.58, 100 (clipped)].
        let s = nps_only(&[9, 10, 10]);
        assert_eq!(s.nps.score, Some(100.0));
        let i = s.nps.interval.unwrap();
        assert!(close(i.high, 100.0));
        assert!(close(i.low, 100.0 * (0.5 - Z975 * (0.5f64 / 6.0).sqrt())));
    }

    #[test]
    fn nothing_answered_is_null_not_zero() {
        let s = score_all(&[
            respondent("a", &[]),
            respondent("b", &[("nps_reason", Answer::Text("x".into()))]),
        ]);
        assert_eq!(s.nps.n, 0);
        assert_eq!(s.nps.score, None);
        assert_eq!(s.nps.promoter_share, None);
        assert_eq!(s.nps.interval, None);
        assert_eq!(s.csat.score, None);
        assert_eq!(s.csat.interval, None);
        assert_eq!(s.ces.mean, None);
        assert_eq!(s.ces.share_easy, None);
        assert_eq!(s.ces.interval, None);
        assert_eq!(
            s.reasons.unrated.len(),
            1,
            "a reason without a score is kept, unrated"
        );
    }

    #[test]
    fn one_answer_has_a_score_but_no_interval() {
        let s = nps_only(&[3]);
        assert_eq!(s.nps.score, Some(-100.0));
        assert_eq!(s.nps.interval, None);
    }

    #[test]
    fn csat_share_and_wilson_interval_by_hand() {
        // CSAT answers 5 4 4 3 2: satisfied 3 of 5 → 60. Mean = 18/5 = 3.6.
        // Wilson: p = 0.6, z² = 3.841459, denom = 1 + z²/5 = 1.768292,
        // centre = (0.6 + z²/10)/denom = 0.984146/1.768292 = 0.556547,
        // half = z · √(0.24/5 + z²/100)/denom = 1.959964 · √(0.048 + 0.038415)/1.768292
        //      = 1.959964 · 0.293964/1.768292 = 0.325825 → [23.07, 88.24].
        let rs: Vec<Response> = [5, 4, 4, 3, 2]
            .iter()
            .enumerate()
            .map(|(i, v)| respondent(&format!("r{i}"), &[("csat", Answer::Value(*v))]))
            .collect();
        let s = score_all(&rs);
        assert_eq!((s.csat.n, s.csat.satisfied), (5, 3));
        assert!(close(s.csat.score.unwrap(), 60.0));
        assert!(close(s.csat.mean.unwrap(), 3.6));
        let i = s.csat.interval.unwrap();
        assert!((i.low - 23.07).abs() < 0.01, "{i:?}");
        assert!((i.high - 88.24).abs() < 0.01, "{i:?}");
    }

    #[test]
    fn ces_mean_share_and_t_interval_by_hand() {
        // CES answers 7 6 5 3: mean 21/4 = 5.25; easy (5–7) 3 of 4 → 75.
        // Deviations 1.75, 0.75, −0.25, −2.25; squares 3.0625 + 0.5625 + 0.0625 + 5.0625 = 8.75;
        // s² = 8.75/3 = 2.916667, s = 1.707825; t(0.975, 3) = 3.182;
        // half = 3.182 · 1.707825 / 2 = 2.717149 → [2.532851, 7.967149].
        let rs: Vec<Response> = [7, 6, 5, 3]
            .iter()
            .enumerate()
            .map(|(i, v)| respondent(&format!("r{i}"), &[("ces", Answer::Value(*v))]))
            .collect();
        let s = score_all(&rs);
        assert!(close(s.ces.mean.unwrap(), 5.25));
        assert!(close(s.ces.share_easy.unwrap(), 75.0));
        assert_eq!((s.ces.n, s.ces.easy), (4, 3));
        let i = s.ces.interval.unwrap();
        let half = 3.182 * (8.75f64 / 3.0).sqrt() / 2.0;
        assert!(
            close(i.low, 5.25 - half) && close(i.high, 5.25 + half),
            "{i:?}"
        );
        assert!((half - 2.717_149).abs() < 1e-5);
    }

    #[test]
    fn identical_ces_answers_have_no_interval() {
        let rs: Vec<Response> = (0..5)
            .map(|i| respondent(&format!("r{i}"), &[("ces", Answer::Value(6))]))
            .collect();
        let s = score_all(&rs);
        assert_eq!(s.ces.mean, Some(6.0));
        assert_eq!(s.ces.sd, Some(0.0));
        assert_eq!(s.ces.interval, None);
    }

    #[test]
    fn reasons_are_grouped_by_the_writers_nps() {
        let s = score_all(&[
            respondent(
                "p",
                &[
                    ("nps", Answer::Value(10)),
                    ("nps_reason", Answer::Text("fast".into())),
                ],
            ),
            respondent(
                "q",
                &[
                    ("nps", Answer::Value(7)),
                    ("nps_reason", Answer::Text(" ok ".into())),
                ],
            ),
            respondent(
                "d",
                &[
                    ("nps", Answer::Value(2)),
                    ("nps_reason", Answer::Text("slow".into())),
                ],
            ),
            respondent(
                "e",
                &[
                    ("nps", Answer::Value(3)),
                    ("nps_reason", Answer::Text("  ".into())),
                ],
            ),
        ]);
        assert_eq!(s.reasons.promoters[0].text, "fast");
        assert_eq!(s.reasons.passives[0].text, "ok");
        assert_eq!(s.reasons.detractors.len(), 1, "blank texts are left out");
        assert_eq!(s.reasons.detractors[0].nps, Some(2));
    }

    #[test]
    fn reasons_are_bounded_for_streaming() {
        let rs: Vec<Response> = (0..REASONS_KEPT + 7)
            .map(|i| {
                respondent(
                    &format!("r{i}"),
                    &[
                        ("nps", Answer::Value(10)),
                        ("nps_reason", Answer::Text(format!("t{i}"))),
                    ],
                )
            })
            .collect();
        let s = score_all(&rs);
        assert_eq!(s.reasons.promoters.len(), REASONS_KEPT);
        assert_eq!(s.reasons.omitted, 7);
        assert_eq!(s.nps.n, REASONS_KEPT + 7);
    }

    #[test]
    fn a_ces_one_item_is_not_mixed_in() {
        // The validator rejects such a file; the scorer still refuses to mix CES 1.0 into 2.0
        // if an instrument reaches it another way.
        let mut inst = pulse();
        for q in &mut inst.questions {
            if let (true, QuestionKind::Scale(s)) = (q.id == "ces", &mut q.kind) {
                s.max = 5;
            }
        }
        let mut acc = Accumulator::new(&inst, &ScoreOptions::default());
        acc.add(&respondent("a", &[("ces", Answer::Value(2))]));
        let s = acc.finish();
        assert_eq!(s.ces.n, 0);
        assert_eq!(
            s.unscored,
            vec![Unscored {
                metric: "ces".into(),
                min: 1,
                max: 5
            }]
        );
    }

    proptest::proptest! {
        /// Whatever the answers: NPS within −100..100, shares summing to 100, intervals ordered,
        /// inside their scales, and the same figures for any order of respondents.
        #[test]
        fn figures_stay_in_range_and_ignore_order(
            answers in proptest::collection::vec((0i32..=10, 1i32..=5, 1i32..=7), 0..40),
            rotate in 0usize..40,
        ) {
            let rs: Vec<Response> = answers
                .iter()
                .enumerate()
                .map(|(i, (n, c, e))| {
                    respondent(
                        &format!("r{i}"),
                        &[("nps", Answer::Value(*n)), ("csat", Answer::Value(*c)), ("ces", Answer::Value(*e))],
                    )
                })
                .collect();
            let s = score_all(&rs);
            if let Some(v) = s.nps.score {
                proptest::prop_assert!((-100.0..=100.0).contains(&v));
                let total = s.nps.promoter_share.unwrap_or(0.0)
                    + s.nps.passive_share.unwrap_or(0.0)
                    + s.nps.detractor_share.unwrap_or(0.0);
                proptest::prop_assert!((total - 100.0).abs() < 1e-9);
            } else {
                proptest::prop_assert!(answers.is_empty());
            }
            for (i, lo, hi) in [
                (s.nps.interval, -100.0, 100.0),
                (s.csat.interval, 0.0, 100.0),
                (s.ces.interval, f64::NEG_INFINITY, f64::INFINITY),
            ] {
                if let Some(i) = i {
                    proptest::prop_assert!(i.low <= i.high && i.low >= lo && i.high <= hi, "{i:?}");
                }
            }
            if let (Some(i), Some(v)) = (s.csat.interval, s.csat.score) {
                // The Wilson interval always contains the observed share.
                proptest::prop_assert!(i.low <= v + 1e-9 && v <= i.high + 1e-9);
            }
            let mut rotated = rs.clone();
            if !rotated.is_empty() {
                let k = rotate % rotated.len();
                rotated.rotate_left(k);
            }
            let t = score_all(&rotated);
            proptest::prop_assert_eq!((s.nps.n, s.nps.score), (t.nps.n, t.nps.score));
            proptest::prop_assert_eq!(s.csat.score, t.csat.score);
            let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                (a, b) => a == b,
            };
            proptest::prop_assert!(close(s.ces.mean, t.ces.mean));
        }
    }
}
