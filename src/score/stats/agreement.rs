//! Krippendorff's alpha for ordinal data with missing values (DOMAIN.md §8; Krippendorff 2004,
//! "Computing Krippendorff's Alpha-Reliability" 2011). Units are items, coders are raters,
//! values are ratings; a missing rating (N/A, unanswered) is simply absent from its unit.
//!
//! Coincidences: in a unit with m_u ≥ 2 values, every ordered pair of values from two different
//! raters adds 1/(m_u − 1) to o_ck (units with fewer than 2 values are not pairable and are
//! dropped). n_c = Σ_k o_ck, n = Σ_c n_c. Ordinal metric δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
//! D_o = (1/n) Σ o_ck δ²_ck, D_e = (1/(n(n−1))) Σ n_c n_k δ²_ck, α = 1 − D_o / D_e — undefined
//! when D_e = 0 (every pairable value the same: there is no variation to agree on).

use serde::Serialize;

/// Krippendorff's alpha with what it was computed on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KrippendorffAlpha {
    /// α; `None` when undefined (no pairable unit, or D_e = 0).
    pub alpha: Option<f64>,
    /// Units with at least two values.
    pub pairable_units: usize,
    /// Pairable values n (Σ m_u over pairable units).
    pub pairable_values: usize,
    /// Observed disagreement D_o.
    pub observed: Option<f64>,
    /// Expected disagreement D_e.
    pub expected: Option<f64>,
}

/// α for ordinal ratings: `units[u]` holds the ratings given to unit u (missing ones left out).
pub fn krippendorff_ordinal(units: &[Vec<i32>]) -> KrippendorffAlpha {
    let mut values: Vec<i32> = units
        .iter()
        .filter(|u| u.len() >= 2)
        .flatten()
        .copied()
        .collect();
    values.sort_unstable();
    values.dedup();
    let k = values.len();
    let index = |v: i32| values.binary_search(&v).unwrap_or(0);
    // Coincidence matrix, k × k.
    let mut o = vec![0.0_f64; k * k];
    let mut pairable_units = 0;
    let mut pairable_values = 0;
    for unit in units.iter().filter(|u| u.len() >= 2) {
        pairable_units += 1;
        pairable_values += unit.len();
        let weight = 1.0 / (unit.len() - 1) as f64;
        for (i, &a) in unit.iter().enumerate() {
            for (j, &b) in unit.iter().enumerate() {
                if i != j {
                    o[index(a) * k + index(b)] += weight;
                }
            }
        }
    }
    let marginals: Vec<f64> = (0..k).map(|c| o[c * k..(c + 1) * k].iter().sum()).collect();
    let n: f64 = marginals.iter().sum();
    let undefined = KrippendorffAlpha {
        alpha: None,
        pairable_units,
        pairable_values,
        observed: None,
        expected: None,
    };
    if n < 2.0 {
        return undefined;
    }
    let delta2 = |c: usize, e: usize| {
        let (lo, hi) = (c.min(e), c.max(e));
        let span: f64 = marginals[lo..=hi].iter().sum();
        (span - f64::midpoint(marginals[c], marginals[e])).powi(2)
    };
    let mut d_o = 0.0;
    let mut d_e = 0.0;
    for c in 0..k {
        for e in 0..k {
            let d2 = delta2(c, e);
            d_o += o[c * k + e] * d2;
            d_e += marginals[c] * marginals[e] * d2;
        }
    }
    d_o /= n;
    d_e /= n * (n - 1.0);
    KrippendorffAlpha {
        alpha: (d_e > 0.0).then(|| 1.0 - d_o / d_e),
        observed: Some(d_o),
        expected: Some(d_e),
        ..undefined
    }
}
