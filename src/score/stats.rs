//! Statistics the reports use (DOMAIN.md §6): means, sample standard deviations, streaming
//! moments, Cronbach's α, paired t, and intervals. Full precision; undefined results are `None`,
//! never NaN or 0.

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

/// Cronbach's α from the item variances and the variance of the total score, over
/// listwise-complete cases. `None` when undefined: fewer than 3 cases, fewer than 2 items, or a
/// total variance of 0. May be negative; never clamped.
pub fn cronbach_alpha(item_variances: &[f64], total_variance: f64, cases: u64) -> Option<f64> {
    let k = item_variances.len();
    if cases < 3 || k < 2 || total_variance <= 0.0 || !total_variance.is_finite() {
        return None;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - item_variances.iter().sum::<f64>() / total_variance))
}

/// Streaming accumulator for Cronbach's α over k items.
#[derive(Debug, Clone, PartialEq)]
pub struct AlphaAccumulator {
    items: Vec<Moments>,
    total: Moments,
}

impl AlphaAccumulator {
    /// For `k` items.
    pub fn new(k: usize) -> Self {
        Self {
            items: vec![Moments::default(); k],
            total: Moments::default(),
        }
    }

    /// Adds one case; cases with a missing item are left out (listwise).
    pub fn push(&mut self, values: &[Option<f64>]) {
        if values.len() != self.items.len() || values.iter().any(Option::is_none) {
            return;
        }
        let mut sum = 0.0;
        for (m, v) in self.items.iter_mut().zip(values) {
            let v = v.unwrap_or_default();
            m.push(v);
            sum += v;
        }
        self.total.push(sum);
    }

    /// Complete cases seen.
    pub fn cases(&self) -> u64 {
        self.total.n()
    }

    /// Adds the cases `other` has seen (pairwise merge of every running moment).
    pub fn merge(&mut self, other: &AlphaAccumulator) {
        for (a, b) in self.items.iter_mut().zip(&other.items) {
            a.merge(b);
        }
        self.total.merge(&other.total);
    }

    /// α, or `None` when undefined.
    pub fn alpha(&self) -> Option<f64> {
        let vars: Option<Vec<f64>> = self.items.iter().map(Moments::variance).collect();
        cronbach_alpha(&vars?, self.total.variance()?, self.total.n())
    }
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

/// Two-sided 97.5% quantile of Student's t with `df` degrees of freedom (for 95% intervals).
/// Exact table values to df 30, then the normal approximation with a Cornish–Fisher correction.
pub fn t975(df: u64) -> f64 {
    const TABLE: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
        2.052, 2.048, 2.045, 2.042,
    ];
    match df {
        0 => f64::INFINITY,
        1..=30 => TABLE[(df - 1) as usize],
        _ => {
            let z = 1.959_963_984_540_054_f64;
            let d = df as f64;
            z + (z.powi(3) + z) / (4.0 * d)
                + (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / (96.0 * d * d)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn moments_match_the_textbook_formulas() {
        let xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
        let mut m = Moments::default();
        for x in xs {
            m.push(x);
        }
        assert!(close(m.mean().unwrap(), 5.0));
        // Σ(x−5)² = 32, sample variance 32/7.
        assert!(close(m.variance().unwrap(), 32.0 / 7.0));
        assert!(close(sd(&xs).unwrap(), (32.0f64 / 7.0).sqrt()));
        let mut a = Moments::default();
        let mut b = Moments::default();
        for x in &xs[..3] {
            a.push(*x);
        }
        for x in &xs[3..] {
            b.push(*x);
        }
        a.merge(&b);
        assert!(close(a.variance().unwrap(), 32.0 / 7.0));
        assert_eq!(Moments::default().mean(), None);
    }

    #[test]
    fn alpha_by_hand_negative_and_undefined() {
        // Two items, three cases: (1,2), (2,3), (3,4): item variances 1 and 1; totals 3,5,7 with
        // variance 4. α = 2/1 · (1 − 2/4) = 1.
        let mut acc = AlphaAccumulator::new(2);
        for (a, b) in [(1.0, 2.0), (2.0, 3.0), (3.0, 4.0)] {
            acc.push(&[Some(a), Some(b)]);
        }
        assert!(close(acc.alpha().unwrap(), 1.0));
        // Opposed items: (1,3), (2,2), (3,1): item variances 1, 1; totals all 4 → variance 0.
        let mut flat = AlphaAccumulator::new(2);
        for (a, b) in [(1.0, 3.0), (2.0, 2.0), (3.0, 1.0)] {
            flat.push(&[Some(a), Some(b)]);
        }
        assert_eq!(
            flat.alpha(),
            None,
            "zero total variance is undefined, not 0"
        );
        // Negatively related: (1,3), (2,1), (3,2): var 1, 1; totals 4, 3, 5 → var 1.
        // α = 2 · (1 − 2/1) = −2, reported as is.
        let mut neg = AlphaAccumulator::new(2);
        for (a, b) in [(1.0, 3.0), (2.0, 1.0), (3.0, 2.0)] {
            neg.push(&[Some(a), Some(b)]);
        }
        assert!(close(neg.alpha().unwrap(), -2.0));
        // Two cases: undefined.
        let mut two = AlphaAccumulator::new(2);
        two.push(&[Some(1.0), Some(2.0)]);
        two.push(&[Some(2.0), Some(4.0)]);
        assert_eq!(two.alpha(), None);
        // Incomplete cases are left out.
        two.push(&[Some(1.0), None]);
        assert_eq!(two.cases(), 2);
    }

    #[test]
    fn paired_t_by_hand() {
        // d = 1, 2, 3: mean 2, sd 1, t = 2 / (1/√3) = 2√3.
        let mut d = Moments::default();
        for x in [1.0, 2.0, 3.0] {
            d.push(x);
        }
        let (t, df) = paired_t(&d).unwrap();
        assert!(close(t, 2.0 * 3f64.sqrt()));
        assert_eq!(df, 2);
    }

    #[test]
    fn t_quantiles() {
        assert!(close(t975(1), 12.706));
        assert!((t975(1000) - 1.962).abs() < 1e-3);
    }
}
