//! Statistics the reports use (DOMAIN.md §6, §8): means, sample standard deviations, streaming
//! moments, Cronbach's α with its item diagnostics, paired t, and — in the submodules — exact
//! distributions, intervals on one figure, changes between two samples, tests of independence
//! and Krippendorff's α. Full precision; undefined results are `None`, never NaN or 0.

pub mod agreement;
pub mod change;
pub mod contingency;
pub mod dist;
pub mod exact;
pub mod interval;
pub mod lanes;

pub use change::{Change, MeanSummary, NpsCounts};
pub use dist::{Z975, t975};
pub use interval::{Interval, t_interval, t_interval_within, wilson};

use serde::Serialize;

/// Running mean and variance (Welford), for streaming data.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Moments {
    n: u64,
    mean: f64,
    m2: f64,
}

impl Moments {
    /// Adds one value.
    pub fn push(&mut self, x: f64) {
        self.n += 1;
        let delta = x - self.mean;
        self.mean += delta / self.n as f64;
        self.m2 += delta * (x - self.mean);
    }

    /// Count.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// Mean, if any value was pushed.
    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then_some(self.mean)
    }

    /// Sample variance (n − 1 denominator), if n ≥ 2.
    pub fn variance(&self) -> Option<f64> {
        (self.n > 1).then(|| self.m2 / (self.n - 1) as f64)
    }

    /// Sample standard deviation, if n ≥ 2.
    pub fn sd(&self) -> Option<f64> {
        self.variance().map(f64::sqrt)
    }

    /// The moments of `n` values with this mean and sum of squared deviations `m2`.
    pub(crate) fn from_parts(n: u64, mean: f64, m2: f64) -> Self {
        Moments { n, mean, m2 }
    }

    /// Combines two partial results.
    pub fn merge(&mut self, other: &Moments) {
        if other.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *other;
            return;
        }
        let n = self.n + other.n;
        let delta = other.mean - self.mean;
        let mean = self.mean + delta * other.n as f64 / n as f64;
        let m2 = self.m2 + other.m2 + delta * delta * (self.n as f64 * other.n as f64) / n as f64;
        *self = Moments { n, mean, m2 };
    }
}

/// Mean of a slice, `None` when empty.
pub fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// Sample standard deviation, `None` when fewer than two values.
pub fn sd(xs: &[f64]) -> Option<f64> {
    let m = mean(xs)?;
    (xs.len() > 1)
        .then(|| (xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt())
}

/// Below this many listwise-complete cases Cronbach's α is not shown (*policy*): with fewer, one
/// respondent moves α by more than the difference between "acceptable" and "poor".
pub const MIN_ALPHA_CASES: u64 = 10;

/// Below this many respondents a paired t test is not made (*policy*): the test leans on the
/// mean being near-normal, which a handful of 7-point answers cannot show.
pub const MIN_T_N: u64 = 10;

/// Cronbach's α from the item variances and the variance of the total score, over
/// listwise-complete cases. `None` when undefined or not shown: fewer than [`MIN_ALPHA_CASES`]
/// cases, fewer than 2 items, or a total variance of 0. May be negative; never clamped.
pub fn cronbach_alpha(item_variances: &[f64], total_variance: f64, cases: u64) -> Option<f64> {
    let k = item_variances.len();
    if cases < MIN_ALPHA_CASES || k < 2 || total_variance <= 0.0 || !total_variance.is_finite() {
        return None;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - item_variances.iter().sum::<f64>() / total_variance))
}

/// How one item of a scale fits the others.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ItemFit {
    /// Corrected item–total correlation: the item against the sum of the OTHER items.
    pub item_total: Option<f64>,
    /// α of the scale without this item.
    pub alpha_if_deleted: Option<f64>,
}

/// Streaming accumulator for Cronbach's α over k items, keeping the items' co-moments
/// (O(k²) memory) so that item diagnostics come from the same listwise-complete cases.
#[derive(Debug, Clone, PartialEq)]
pub struct AlphaAccumulator {
    k: usize,
    n: u64,
    means: Vec<f64>,
    /// Co-moments Σ (x_i − mean_i)(x_j − mean_j), row-major k × k.
    comoments: Vec<f64>,
    delta: Vec<f64>,
}

impl AlphaAccumulator {
    /// For `k` items.
    pub fn new(k: usize) -> Self {
        Self {
            k,
            n: 0,
            means: vec![0.0; k],
            comoments: vec![0.0; k * k],
            delta: vec![0.0; k],
        }
    }

    /// The accumulator of `n` cases of `k` items with these means and co-moments (row-major
    /// k × k).
    pub(crate) fn from_parts(k: usize, n: u64, means: Vec<f64>, comoments: Vec<f64>) -> Self {
        Self {
            k,
            n,
            means,
            comoments,
            delta: vec![0.0; k],
        }
    }

    /// Adds one case; cases with a missing item are left out (listwise).
    pub fn push(&mut self, values: &[Option<f64>]) {
        if values.len() != self.k || values.iter().any(Option::is_none) {
            return;
        }
        self.n += 1;
        let n = self.n as f64;
        for (i, v) in values.iter().enumerate() {
            let v = v.unwrap_or_default();
            self.delta[i] = v - self.means[i];
            self.means[i] += self.delta[i] / n;
        }
        // Welford's co-moment update: C_ij += (x_i − old mean_i)(x_j − new mean_j).
        for (i, row) in self.comoments.chunks_mut(self.k).enumerate() {
            for ((c, v), mean) in row.iter_mut().zip(values).zip(&self.means) {
                *c += self.delta[i] * (v.unwrap_or_default() - mean);
            }
        }
    }

    /// Complete cases seen.
    pub fn cases(&self) -> u64 {
        self.n
    }

    /// Adds the cases `other` has seen: the pairwise (Chan et al.) merge of means and
    /// co-moments, so two halves folded apart equal one pass.
    pub fn merge(&mut self, other: &AlphaAccumulator) {
        if other.n == 0 || other.k != self.k {
            return;
        }
        if self.n == 0 {
            self.n = other.n;
            self.means.clone_from(&other.means);
            self.comoments.clone_from(&other.comoments);
            return;
        }
        let (na, nb) = (self.n as f64, other.n as f64);
        let n = na + nb;
        let delta: Vec<f64> = self
            .means
            .iter()
            .zip(&other.means)
            .map(|(a, b)| b - a)
            .collect();
        for (i, row) in self.comoments.chunks_mut(self.k).enumerate() {
            for (j, c) in row.iter_mut().enumerate() {
                *c += other.comoments[i * self.k + j] + delta[i] * delta[j] * na * nb / n;
            }
        }
        for (mean, d) in self.means.iter_mut().zip(&delta) {
            *mean += d * nb / n;
        }
        self.n += other.n;
    }

    fn covariance(&self, i: usize, j: usize) -> f64 {
        self.comoments[i * self.k + j] / (self.n - 1) as f64
    }

    /// α over the items `keep` (indices), or `None` when undefined or not shown.
    fn alpha_over(&self, keep: &[usize]) -> Option<f64> {
        if self.n < 2 {
            return None;
        }
        let vars: Vec<f64> = keep.iter().map(|&i| self.covariance(i, i)).collect();
        let total: f64 = keep
            .iter()
            .flat_map(|&i| keep.iter().map(move |&j| (i, j)))
            .map(|(i, j)| self.covariance(i, j))
            .sum();
        cronbach_alpha(&vars, total, self.n)
    }

    /// α, or `None` when undefined or not shown.
    pub fn alpha(&self) -> Option<f64> {
        let all: Vec<usize> = (0..self.k).collect();
        self.alpha_over(&all)
    }

    /// Per item: the corrected item–total correlation and α if the item is deleted (`None`
    /// parts where undefined: fewer than 2 cases or no variance; α also below
    /// [`MIN_ALPHA_CASES`] and with fewer than 3 items).
    pub fn item_fit(&self) -> Vec<ItemFit> {
        (0..self.k)
            .map(|i| {
                let others: Vec<usize> = (0..self.k).filter(|&j| j != i).collect();
                let item_total = (self.n >= 2 && !others.is_empty())
                    .then(|| {
                        let cov: f64 = others.iter().map(|&j| self.covariance(i, j)).sum();
                        let var_rest: f64 = others
                            .iter()
                            .flat_map(|&a| others.iter().map(move |&b| (a, b)))
                            .map(|(a, b)| self.covariance(a, b))
                            .sum();
                        let var_i = self.covariance(i, i);
                        (var_i > 0.0 && var_rest > 0.0).then(|| cov / (var_i * var_rest).sqrt())
                    })
                    .flatten();
                ItemFit {
                    item_total,
                    alpha_if_deleted: self.alpha_over(&others),
                }
            })
            .collect()
    }
}

/// A paired t test of respondent-level differences against 0, made only from [`MIN_T_N`]
/// respondents on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TTest {
    /// t = mean / (sd / √n).
    pub t: f64,
    /// n − 1.
    pub df: u64,
    /// Two-sided p-value (exact Student t); `None` when not testable.
    pub p: Option<f64>,
    /// Whether n reaches [`MIN_T_N`].
    pub testable: bool,
    /// The smallest n tested.
    pub min_n: u64,
    /// Why no test was made, when it was not.
    pub reason: Option<String>,
    /// p < 0.05; `None` when not testable.
    pub significant: Option<bool>,
}

/// The paired t test of the differences' moments against 0; `None` when t is undefined (n < 2,
/// or the differences do not vary). Below [`MIN_T_N`] the statistic is kept but no test is made.
pub fn paired_t_test(diffs: &Moments) -> Option<TTest> {
    let (t, df) = paired_t(diffs)?;
    let testable = diffs.n() >= MIN_T_N;
    let p = if testable {
        dist::t_two_sided_p(t, df as f64)
    } else {
        None
    };
    Some(TTest {
        t,
        df,
        p,
        testable,
        min_n: MIN_T_N,
        reason: (!testable).then(|| {
            format!("too few answers to test: a paired t test needs at least {MIN_T_N} respondents")
        }),
        significant: p.map(|p| p < 0.05),
    })
}

/// Paired t statistic and degrees of freedom from the differences' moments; `None` when n < 2
/// or the differences do not vary.
pub fn paired_t(diffs: &Moments) -> Option<(f64, u64)> {
    let n = diffs.n();
    let sd = diffs.sd()?;
    if sd == 0.0 {
        return None;
    }
    Some((diffs.mean()? / (sd / (n as f64).sqrt()), n - 1))
}

#[cfg(test)]
mod tests;
