//! 95% intervals on one figure (DOMAIN.md §5, §8 "Intervals on a single figure"): Student t on
//! respondent-level scores for means, Wilson for proportions, adjusted Wald for NPS. Every
//! interval needs n ≥ 2; a t interval also needs scores that vary (a zero-width interval would
//! claim a certainty one sample cannot give). An interval that runs past the figure's possible
//! range is cut to it and says so (`clipped`).

use serde::Serialize;

use super::Moments;
use super::dist::{Z975, t975};

/// A 95% interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
    /// The interval ran past the figure's possible range and was cut to it (e.g. a CES mean's
    /// t interval beyond 1–7): with so few or so spread answers the t approximation is poor.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub clipped: bool,
}

impl Interval {
    /// An interval that was not clipped.
    pub fn new(low: f64, high: f64) -> Self {
        Self {
            low,
            high,
            clipped: false,
        }
    }

    /// Cut to `min..=max`, flagging a cut (not flagged: floating-point noise at a bound).
    #[must_use]
    pub fn within(self, min: f64, max: f64) -> Self {
        const NOISE: f64 = 1e-12;
        let cut = self.low < min - NOISE || self.high > max + NOISE;
        Self {
            low: self.low.max(min),
            high: self.high.min(max),
            clipped: self.clipped || cut,
        }
    }

    /// The interval negated (`−high .. −low`), e.g. for Kano Worse from |Worse|.
    #[must_use]
    pub fn negated(self) -> Self {
        Self {
            low: if self.high == 0.0 { 0.0 } else { -self.high },
            high: if self.low == 0.0 { 0.0 } else { -self.low },
            clipped: self.clipped,
        }
    }

    /// Both bounds × `factor` (e.g. a proportion as a percentage).
    #[must_use]
    pub fn scaled(self, factor: f64) -> Self {
        Self {
            low: self.low * factor,
            high: self.high * factor,
            clipped: self.clipped,
        }
    }

    /// Whether 0 lies outside the interval.
    pub fn excludes_zero(&self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }
}

/// The Student-t 95% interval of a mean, mean ± t₀.₉₇₅,n−1 · s/√n; `None` when n < 2 or the
/// values do not vary.
pub fn t_interval(m: &Moments) -> Option<Interval> {
    let sd = m.sd()?;
    if sd <= 0.0 {
        return None;
    }
    let mean = m.mean()?;
    let half = t975((m.n() - 1) as f64)? * sd / (m.n() as f64).sqrt();
    Some(Interval::new(mean - half, mean + half))
}

/// [`t_interval`] cut to the figure's possible range `min..=max` (flagged when cut).
pub fn t_interval_within(m: &Moments, min: f64, max: f64) -> Option<Interval> {
    t_interval(m).map(|i| i.within(min, max))
}

/// The Wilson score 95% interval of the proportion `k / n` (on 0–1); `None` when n < 2.
pub fn wilson(k: u64, n: u64) -> Option<Interval> {
    if n < 2 || k > n {
        return None;
    }
    let nf = n as f64;
    let p = k as f64 / nf;
    let z2 = Z975 * Z975;
    let denom = 1.0 + z2 / nf;
    let centre = (p + z2 / (2.0 * nf)) / denom;
    let half = Z975 * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt() / denom;
    // Only rounding can push Wilson's bounds past 0 or 1: cut without a flag.
    Some(Interval::new(
        (centre - half).max(0.0),
        (centre + half).min(1.0),
    ))
}

/// NPS with its adjusted-Wald ingredients (Rocks 2016): p̃ = (P + ¾)/(n + 3),
/// d̃ = (D + ¾)/(n + 3), s = p̃ − d̃, var = (p̃ + d̃ − s²)/(n + 3). On the −1..1 scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdjustedNps {
    /// s = p̃ − d̃.
    pub centre: f64,
    /// Its variance.
    pub variance: f64,
}

impl AdjustedNps {
    /// From promoter, passive and detractor counts; `None` when n < 2.
    pub fn new(promoters: u64, passives: u64, detractors: u64) -> Option<Self> {
        let n = promoters + passives + detractors;
        if n < 2 {
            return None;
        }
        let n_adj = n as f64 + 3.0;
        let p = (promoters as f64 + 0.75) / n_adj;
        let d = (detractors as f64 + 0.75) / n_adj;
        let centre = p - d;
        Some(Self {
            centre,
            variance: (p + d - centre * centre) / n_adj,
        })
    }
}

/// The adjusted-Wald 95% interval of NPS on −100..100 (cut to it, flagged when cut); `None`
/// when n < 2.
pub fn nps_interval(promoters: u64, passives: u64, detractors: u64) -> Option<Interval> {
    let a = AdjustedNps::new(promoters, passives, detractors)?;
    let half = Z975 * a.variance.sqrt();
    Some(Interval::new(100.0 * (a.centre - half), 100.0 * (a.centre + half)).within(-100.0, 100.0))
}
