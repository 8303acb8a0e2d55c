//! Exact quantiles and p-values of the distributions the reports use — Student t (also with the
//! fractional degrees of freedom of Welch's test), the standard normal, chi-square and the
//! binomial — from `statrs`, never from a printed table. Undefined arguments give `None`.

use statrs::distribution::{Binomial, ChiSquared, ContinuousCDF, DiscreteCDF, Normal, StudentsT};

/// The standard normal 97.5% quantile, z₀.₉₇₅ (for 95% intervals).
pub const Z975: f64 = 1.959_963_984_540_054;

/// The `p` quantile of Student's t with `df` degrees of freedom (`df` > 0, may be fractional).
pub fn t_quantile(p: f64, df: f64) -> Option<f64> {
    if !(df > 0.0 && df.is_finite() && p > 0.0 && p < 1.0) {
        return None;
    }
    StudentsT::new(0.0, 1.0, df).ok().map(|t| t.inverse_cdf(p))
}

/// t₀.₉₇₅,df: the multiplier of a two-sided 95% t interval.
pub fn t975(df: f64) -> Option<f64> {
    t_quantile(0.975, df)
}

/// The two-sided p-value of a t statistic with `df` degrees of freedom.
pub fn t_two_sided_p(t: f64, df: f64) -> Option<f64> {
    if !(df > 0.0 && df.is_finite() && t.is_finite()) {
        return None;
    }
    let dist = StudentsT::new(0.0, 1.0, df).ok()?;
    Some((2.0 * dist.sf(t.abs())).min(1.0))
}

/// The `p` quantile of the standard normal distribution.
pub fn normal_quantile(p: f64) -> Option<f64> {
    if !(p > 0.0 && p < 1.0) {
        return None;
    }
    Normal::new(0.0, 1.0).ok().map(|n| n.inverse_cdf(p))
}

/// The upper tail P(X ≥ x) of chi-square with `df` degrees of freedom.
pub fn chi_square_sf(x: f64, df: f64) -> Option<f64> {
    if !(df > 0.0 && df.is_finite() && x.is_finite()) {
        return None;
    }
    if x <= 0.0 {
        return Some(1.0);
    }
    ChiSquared::new(df).ok().map(|c| c.sf(x))
}

/// The exact two-sided binomial p-value of `k` successes in `n` trials when the chance is ½:
/// 2 · P(X ≥ max(k, n − k)), at most 1 (equal to the "sum of outcomes no more likely" rule, as
/// the distribution is symmetric). `None` when n = 0 or k > n.
pub fn binomial_half_two_sided_p(k: u64, n: u64) -> Option<f64> {
    if n == 0 || k > n {
        return None;
    }
    let upper = k.max(n - k);
    let dist = Binomial::new(0.5, n).ok()?;
    // P(X ≥ upper) = sf(upper − 1); upper ≥ 1 whenever n ≥ 1.
    Some((2.0 * dist.sf(upper - 1)).min(1.0))
}
