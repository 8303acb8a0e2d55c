//! The change of a figure between two independent samples — two waves (DOMAIN.md §8), or two
//! segments of one wave — with its 95% interval: Welch's t for means, Newcombe's hybrid score
//! interval (method 10) for proportions, the difference of two adjusted-Wald NPS. A change is
//! significant when its interval excludes 0; everything is `None` when either side has n < 2.
//! Always `new − old` (or `a − b`).

use serde::Serialize;

use super::Moments;
use super::dist::{Z975, t975};
use super::interval::{AdjustedNps, Interval, wilson};

/// A difference with its 95% interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    /// The point difference (`None` when either side has no figure).
    pub difference: Option<f64>,
    /// Its 95% interval (`None` when either side has n < 2, or the method cannot apply).
    pub interval: Option<Interval>,
    /// Whether the interval excludes 0 (`None` without an interval).
    pub significant: Option<bool>,
}

impl Change {
    fn of(difference: Option<f64>, interval: Option<Interval>) -> Self {
        Self {
            difference,
            interval,
            significant: interval.map(|i| i.excludes_zero()),
        }
    }

    /// Every part × `factor` (e.g. proportions as percentage points).
    #[must_use]
    pub fn scaled(self, factor: f64) -> Self {
        Self {
            difference: self.difference.map(|d| d * factor),
            interval: self.interval.map(|i| i.scaled(factor)),
            significant: self.significant,
        }
    }
}

/// n, mean and sample SD of respondent-level scores.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MeanSummary {
    /// Respondents.
    pub n: u64,
    /// Mean (`None` when n = 0).
    pub mean: Option<f64>,
    /// Sample SD (`None` when n < 2).
    pub sd: Option<f64>,
}

impl MeanSummary {
    /// From streaming moments.
    pub fn of(m: &Moments) -> Self {
        Self {
            n: m.n(),
            mean: m.mean(),
            sd: m.sd(),
        }
    }
}

/// Welch's interval for the difference of two means `a − b`: se = √(s₁²/n₁ + s₂²/n₂), df by
/// Welch–Satterthwaite, (m₁ − m₂) ± t₀.₉₇₅,df · se. No interval when either n < 2 or neither
/// sample varies (se = 0).
pub fn welch(a: &MeanSummary, b: &MeanSummary) -> Change {
    let difference = a.mean.zip(b.mean).map(|(x, y)| x - y);
    let interval = (|| {
        if a.n < 2 || b.n < 2 {
            return None;
        }
        let (d, sa, sb) = (difference?, a.sd?, b.sd?);
        let va = sa * sa / a.n as f64;
        let vb = sb * sb / b.n as f64;
        let var = va + vb;
        if var <= 0.0 {
            return None;
        }
        let df = var * var / (va * va / (a.n - 1) as f64 + vb * vb / (b.n - 1) as f64);
        let half = t975(df)? * var.sqrt();
        Some(Interval::new(d - half, d + half))
    })();
    Change::of(difference, interval)
}

/// Newcombe's hybrid score interval (method 10) for the difference of two proportions
/// `k₁/n₁ − k₂/n₂`, on −1..1: with Wilson intervals (l₁, u₁) and (l₂, u₂),
/// low = δ − √((p₁ − l₁)² + (u₂ − p₂)²), high = δ + √((u₁ − p₁)² + (p₂ − l₂)²).
pub fn newcombe(k1: u64, n1: u64, k2: u64, n2: u64) -> Change {
    let p = |k: u64, n: u64| (n > 0 && k <= n).then(|| k as f64 / n as f64);
    let (p1, p2) = (p(k1, n1), p(k2, n2));
    let difference = p1.zip(p2).map(|(x, y)| x - y);
    let interval = (|| {
        let (p1, p2, d) = (p1?, p2?, difference?);
        let (w1, w2) = (wilson(k1, n1)?, wilson(k2, n2)?);
        let low = d - ((p1 - w1.low).powi(2) + (w2.high - p2).powi(2)).sqrt();
        let high = d + ((w1.high - p1).powi(2) + (p2 - w2.low).powi(2)).sqrt();
        Some(Interval::new(low, high))
    })();
    Change::of(difference, interval)
}

/// Promoter, passive and detractor counts of one sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct NpsCounts {
    /// Answers 9–10.
    pub promoters: u64,
    /// Answers 7–8.
    pub passives: u64,
    /// Answers 0–6.
    pub detractors: u64,
}

impl NpsCounts {
    /// n.
    pub fn n(&self) -> u64 {
        self.promoters + self.passives + self.detractors
    }

    /// NPS, −100..100; `None` when n = 0.
    pub fn nps(&self) -> Option<f64> {
        let n = self.n();
        (n > 0).then(|| 100.0 * (self.promoters as f64 - self.detractors as f64) / n as f64)
    }

    fn adjusted(&self) -> Option<AdjustedNps> {
        AdjustedNps::new(self.promoters, self.passives, self.detractors)
    }
}

/// The change of NPS `a − b` in points: the plain difference of the two NPS, with the interval
/// (s_a − s_b) ± z · √(var_a + var_b) × 100 of the two adjusted-Wald estimates.
pub fn nps_change(a: &NpsCounts, b: &NpsCounts) -> Change {
    let difference = a.nps().zip(b.nps()).map(|(x, y)| x - y);
    let interval = a.adjusted().zip(b.adjusted()).map(|(x, y)| {
        let centre = 100.0 * (x.centre - y.centre);
        let half = 100.0 * Z975 * (x.variance + y.variance).sqrt();
        Interval::new(centre - half, centre + half)
    });
    Change::of(difference, interval)
}

/// The smallest NPS change, in points, that would be significant between a wave like `wave`
/// and another of `other_n` respondents with the same make-up: z · √(var₁ + var₂) × 100 (about
/// 1/√2 of the sum of the two half-widths when the waves are alike — not one interval's width).
/// `None` when either n < 2.
pub fn nps_critical_difference(wave: &NpsCounts, other_n: u64) -> Option<f64> {
    let a = wave.adjusted()?;
    if other_n < 2 {
        return None;
    }
    let n = wave.n() as f64;
    // The same adjusted shares, on the other wave's size: var scales with 1/(n + 3).
    let other_var = a.variance * (n + 3.0) / (other_n as f64 + 3.0);
    Some(100.0 * Z975 * (a.variance + other_var).sqrt())
}
