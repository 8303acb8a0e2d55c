//! Moments and co-moments kept as exact integer sums. Rating-scale answers are small whole
//! numbers, and a respondent's mean over k of them is a whole number of `1/L`-ths for
//! `L = lcm(1..=K)`; summing such values and their products as integers is exact, so the
//! figures do not depend on the order the values came in or on how a file was cut into parts
//! for two threads, and the running update is a few integer additions instead of a division
//! per value (Welford's update, [`Moments::push`]).
//!
//! A value that is not a whole number of `1/L`-ths within [`LIMIT`] goes to a Welford
//! accumulator beside the sums, and the two are combined by the pairwise formula at the end,
//! so any value is taken. The sums are `i64`: with every summed value at most [`LIMIT`]
//! (2¹⁵) in size, a sum of squares stays below 2⁶³ for [`FLUSH_AT`] (2³²) values, and at that
//! count the sums are handed over to the Welford side and start again.

use super::{AlphaAccumulator, Moments};

/// The largest size of a value summed exactly (in `1/L`-ths).
pub const LIMIT: i64 = 1 << 15;

/// Values summed before the sums are handed over to the Welford side (no overflow below).
const FLUSH_AT: u64 = 1 << 32;

/// Cases summed before α's product sums are handed over (they stay exact in f64 below).
const ALPHA_FLUSH_AT: u64 = 1 << 22;

/// `x` as a whole number of size at most `limit`, if it is one: a round trip through i64 (a
/// cast, not a call like `fract`, which is a library call on baseline x86-64).
#[inline]
#[allow(clippy::float_cmp)] // exactly a whole number is what is asked
pub fn as_whole(x: f64, limit: i64) -> Option<i64> {
    let i = x as i64;
    (i as f64 == x && i.abs() <= limit).then_some(i)
}

/// `x` as a whole number of `1/l`-ths within [`LIMIT`], if it is one.
#[inline]
fn whole(x: f64, l: i64) -> Option<i64> {
    // The product of a whole number and l is exact in f64 at these sizes.
    as_whole(x * l as f64, LIMIT)
}

/// The Moments of `n` values (in `1/l`-ths) whose sum is `s` and sum of squares `q`.
fn moments_of(n: u64, s: i64, q: i64, l: i64) -> Moments {
    if n == 0 {
        return Moments::default();
    }
    let (nf, lf) = (n as f64, l as f64);
    // n·q − s² is exact in i128; m2 = (n·q − s²) / (n·l²).
    let num = i128::from(n) * i128::from(q) - i128::from(s) * i128::from(s);
    Moments::from_parts(n, s as f64 / (nf * lf), num as f64 / (nf * lf * lf))
}

/// Running moments of values that are usually whole numbers of `1/l`-ths (see the module
/// documentation): mean and variance equal to the exact figures of the values given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExactMoments {
    /// The unit is `1/l`; `0` when no value is summed exactly (every value goes to `other`).
    l: i64,
    n: u64,
    s: i64,
    q: i64,
    /// The values that are not whole numbers of `1/l`-ths, and flushed sums.
    other: Moments,
}

impl Default for ExactMoments {
    fn default() -> Self {
        Self::new(1)
    }
}

impl ExactMoments {
    /// For values in units of `1/l` (`l` = 1: whole numbers); `l` = 0 sums nothing exactly.
    pub fn new(l: i64) -> Self {
        Self {
            l,
            n: 0,
            s: 0,
            q: 0,
            other: Moments::default(),
        }
    }

    /// The unit `l` whose `1/l`-ths hold the mean of up to `k` whole numbers of size up to
    /// `size`: `lcm(1..=k)`, or 0 when those would not stay within [`LIMIT`].
    pub fn unit_for_means(k: usize, size: i64) -> i64 {
        let mut l: i64 = 1;
        for i in 1..=k as i64 {
            l = l / gcd(l, i) * i;
            if l.saturating_mul(size.max(1)) > LIMIT {
                return 0;
            }
        }
        l
    }

    /// Adds one value.
    #[inline]
    pub fn push(&mut self, x: f64) {
        match whole(x, self.l) {
            Some(y) if self.l != 0 => self.push_units(y),
            _ => self.other.push(x),
        }
    }

    /// Adds the mean of `k` whole numbers whose sum is `sum`, given `per = l / k` (a caller
    /// adding many means keeps the quotients, sparing a division per value).
    #[inline]
    pub fn push_mean_per(&mut self, sum: i64, k: usize, per: i64) {
        let y = sum * per;
        if per != 0 && y.abs() <= LIMIT {
            self.push_units(y);
        } else {
            self.other.push(sum as f64 / k as f64);
        }
    }

    /// Adds the mean of `k` whole numbers whose sum is `sum` (the value `sum / k`).
    #[inline]
    pub fn push_mean(&mut self, sum: i64, k: usize) {
        let k = k as i64;
        if k > 0 && self.l % k == 0 && (sum * (self.l / k)).abs() <= LIMIT {
            self.push_units(sum * (self.l / k));
        } else {
            self.other.push(sum as f64 / k as f64);
        }
    }

    /// Adds the mean of `k` values whose sum is `sum`: exactly when the sum is a whole number.
    #[inline]
    pub fn push_sum(&mut self, sum: f64, k: usize) {
        if let Some(whole) = as_whole(sum, LIMIT) {
            self.push_mean(whole, k);
        } else {
            self.other.push(sum / k as f64);
        }
    }

    /// Adds the whole number `x` (for `l` = 1) `times` times.
    pub fn add_whole_times(&mut self, x: i64, times: u64) {
        if self.l != 1 || x.abs() > LIMIT {
            for _ in 0..times {
                self.push(x as f64);
            }
            return;
        }
        if self.n + times >= FLUSH_AT {
            self.flush();
        }
        if times >= FLUSH_AT {
            // That many equal values: mean x, no spread.
            self.other.merge(&Moments::from_parts(times, x as f64, 0.0));
            return;
        }
        // Below 2³² values of at most 2¹⁵: no overflow.
        let t = times as i64;
        self.n += times;
        self.s += t * x;
        self.q += t * x * x;
    }

    /// Adds a whole number (for `l` = 1, the unit of items).
    #[inline]
    pub fn push_whole(&mut self, x: i64) {
        if self.l == 1 && x.abs() <= LIMIT {
            self.push_units(x);
        } else {
            self.push(x as f64);
        }
    }

    #[inline]
    fn push_units(&mut self, y: i64) {
        self.n += 1;
        self.s += y;
        self.q += y * y;
        if self.n == FLUSH_AT {
            self.flush();
        }
    }

    /// Hands the sums over to the Welford side.
    fn flush(&mut self) {
        self.other
            .merge(&moments_of(self.n, self.s, self.q, self.l.max(1)));
        (self.n, self.s, self.q) = (0, 0, 0);
    }

    /// Adds the values `other` has seen.
    pub fn merge(&mut self, other: &Self) {
        if self.l == other.l && self.n + other.n < FLUSH_AT {
            self.n += other.n;
            self.s += other.s;
            self.q += other.q;
        } else {
            self.other
                .merge(&moments_of(other.n, other.s, other.q, other.l.max(1)));
        }
        self.other.merge(&other.other);
    }

    /// The moments of every value added.
    pub fn moments(&self) -> Moments {
        let mut m = moments_of(self.n, self.s, self.q, self.l.max(1));
        m.merge(&self.other);
        m
    }
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

/// The [`AlphaAccumulator`] of `n` cases of `k` items whose values sum to `sums` and whose
/// products sum to `product(i, j)` (for j ≥ i).
fn alpha_of_sums(
    k: usize,
    n: u64,
    sums: &[i64],
    product: impl Fn(usize, usize) -> i128,
) -> AlphaAccumulator {
    if n == 0 {
        return AlphaAccumulator::new(k);
    }
    let nf = n as f64;
    let means = sums.iter().map(|&s| s as f64 / nf).collect();
    let mut comoments = vec![0.0; k * k];
    for i in 0..k {
        for j in i..k {
            // C_ij = Σ x_i x_j − Σ x_i Σ x_j / n = (n Σ x_i x_j − Σ x_i Σ x_j) / n.
            let num = i128::from(n) * product(i, j) - i128::from(sums[i]) * i128::from(sums[j]);
            let c = num as f64 / nf;
            comoments[i * k + j] = c;
            comoments[j * k + i] = c;
        }
    }
    AlphaAccumulator::from_parts(k, n, means, comoments)
}

/// Cronbach's α's co-moments over listwise-complete cases of whole numbers, as exact sums:
/// the values of each item and the products of each pair. Cases that are not whole numbers
/// within [`LIMIT`] go to a Welford [`AlphaAccumulator`] beside them.
#[derive(Debug, Clone, PartialEq)]
pub struct ExactAlpha {
    k: usize,
    n: u64,
    sums: Vec<i64>,
    /// Σ x_i·x_j, row-major k × k, upper triangle (j ≥ i) only. Kept in f64, exactly: each
    /// product is at most 2³⁰ and there are at most [`ALPHA_FLUSH_AT`] (2²²) of them in a sum,
    /// so every sum is a whole number below 2⁵³ (and f64 arithmetic on them is exact, and
    /// cheaper than i64 products, which SSE2 has no instruction for).
    products: Vec<f64>,
    /// The case being added, as whole numbers.
    case: Vec<i64>,
    other: AlphaAccumulator,
}

impl ExactAlpha {
    /// For `k` items.
    pub fn new(k: usize) -> Self {
        Self {
            k,
            n: 0,
            sums: vec![0; k],
            products: vec![0.0; k * k],
            case: vec![0; k],
            other: AlphaAccumulator::new(k),
        }
    }

    /// Adds one case; cases with a missing item are left out (listwise).
    pub fn push(&mut self, values: &[Option<f64>]) {
        if values.len() != self.k {
            return;
        }
        for (slot, v) in self.case.iter_mut().zip(values) {
            match v.map(|x| whole(x, 1)) {
                Some(Some(y)) => *slot = y,
                Some(None) => {
                    self.other.push(values);
                    return;
                }
                None => return,
            }
        }
        let case = std::mem::take(&mut self.case);
        self.push_whole(&case);
        self.case = case;
    }

    /// Adds one complete case of whole numbers within [`LIMIT`] (the caller checks both).
    #[inline]
    pub fn push_whole(&mut self, case: &[i64]) {
        let k = self.k;
        if case.len() != k {
            return;
        }
        self.n += 1;
        // Scales have a handful of items: a loop of known length per size (unrolled, no
        // bounds checks) for the usual ones.
        match k {
            2 => self.add_products::<2>(case),
            3 => self.add_products::<3>(case),
            4 => self.add_products::<4>(case),
            5 => self.add_products::<5>(case),
            6 => self.add_products::<6>(case),
            7 => self.add_products::<7>(case),
            8 => self.add_products::<8>(case),
            _ => {
                for (i, &x) in case.iter().enumerate() {
                    self.sums[i] += x;
                    let row = &mut self.products[i * k + i..(i + 1) * k];
                    let x = x as f64;
                    for (p, &y) in row.iter_mut().zip(&case[i..]) {
                        *p += x * y as f64;
                    }
                }
            }
        }
        if self.n == ALPHA_FLUSH_AT {
            self.flush();
        }
    }

    /// Adds `n` complete cases given as their sums: per item the sum of its values, and per
    /// pair of items (row-major k × k, the upper triangle read) the sum of their products;
    /// whole numbers, each product at most [`LIMIT`]² in size (the caller checks both).
    pub fn add_sums(&mut self, n: u64, sums: &[i64], products: &[i64]) {
        let k = self.k;
        if n == 0 || sums.len() != k || products.len() != k * k {
            return;
        }
        if self.n + n >= ALPHA_FLUSH_AT {
            self.flush();
        }
        if n >= ALPHA_FLUSH_AT {
            // Too many at once for the f64 sums to stay exact: straight to the Welford side,
            // from the i64 sums.
            let product = |i: usize, j: usize| i128::from(products[i * k + j]);
            self.other.merge(&alpha_of_sums(k, n, sums, product));
            return;
        }
        self.n += n;
        for (a, b) in self.sums.iter_mut().zip(sums) {
            *a += b;
        }
        for i in 0..k {
            for j in i..k {
                self.products[i * k + j] += products[i * k + j] as f64;
            }
        }
    }

    /// The sums and products of one case of `K` (= k) items.
    #[inline]
    fn add_products<const K: usize>(&mut self, case: &[i64]) {
        let (Ok(case), Ok(sums)) = (
            <&[i64; K]>::try_from(case),
            <&mut [i64; K]>::try_from(&mut self.sums[..]),
        ) else {
            return;
        };
        let x: [f64; K] = case.map(|v| v as f64);
        for (i, row) in self.products.chunks_exact_mut(K).enumerate().take(K) {
            sums[i] += case[i];
            let Ok(row) = <&mut [f64; K]>::try_from(row) else {
                return;
            };
            for j in i..K {
                row[j] += x[i] * x[j];
            }
        }
    }

    /// Hands the sums over to the Welford side.
    fn flush(&mut self) {
        self.other.merge(&self.accumulator_of_sums());
        self.n = 0;
        self.sums.fill(0);
        self.products.fill(0.0);
    }

    /// The sums as an [`AlphaAccumulator`].
    fn accumulator_of_sums(&self) -> AlphaAccumulator {
        let k = self.k;
        // The f64 sums are whole numbers below 2⁵³: exact as i128.
        let product = |i: usize, j: usize| self.products[i * k + j] as i128;
        alpha_of_sums(k, self.n, &self.sums, product)
    }

    /// Adds the cases `other` has seen.
    pub fn merge(&mut self, other: &Self) {
        if other.k != self.k {
            return;
        }
        if self.n + other.n < ALPHA_FLUSH_AT {
            self.n += other.n;
            for (a, b) in self.sums.iter_mut().zip(&other.sums) {
                *a += b;
            }
            for (a, b) in self.products.iter_mut().zip(&other.products) {
                *a += b;
            }
        } else {
            self.other.merge(&other.accumulator_of_sums());
        }
        self.other.merge(&other.other);
    }

    /// The accumulator of every case added.
    pub fn accumulator(&self) -> AlphaAccumulator {
        let mut a = self.accumulator_of_sums();
        a.merge(&self.other);
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The textbook two-pass figures of `xs`.
    fn two_pass(xs: &[f64]) -> (f64, f64) {
        let n = xs.len() as f64;
        let mean = xs.iter().sum::<f64>() / n;
        let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
        (mean, var)
    }

    #[test]
    fn means_of_whole_numbers_are_exact() {
        // Respondent means 1/3, 1/2 and 1/4 (of 3, 2 and 4 items): mean 13/36, exactly the
        // closest double, and the variance (1/3−13/36)²+(1/2−13/36)²+(1/4−13/36)² over 2.
        let l = ExactMoments::unit_for_means(4, 6);
        assert_eq!(l, 12);
        let mut m = ExactMoments::new(l);
        m.push_mean(1, 3);
        m.push_mean(1, 2);
        m.push_mean(1, 4);
        let got = m.moments();
        assert_eq!(got.n(), 3);
        assert_eq!(got.mean(), Some(13.0 / 36.0));
        let var: f64 = (1.0 / 1296.0 + 25.0 / 1296.0 + 16.0 / 1296.0) / 2.0;
        assert!((got.variance().unwrap() - var).abs() < 1e-17);
        // 0.125 is a tie at two decimals: the exact sums give it exactly.
        let mut t = ExactMoments::new(1);
        for x in [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0] {
            t.push(x);
        }
        assert_eq!(t.moments().mean(), Some(0.125));
    }

    #[test]
    fn fractions_and_huge_values_go_to_the_welford_side_and_combine() {
        let xs = [1.0, 2.5, 7.0, 1e9, -3.0, 4.0];
        let mut m = ExactMoments::new(1);
        for x in xs {
            m.push(x);
        }
        let (mean, var) = two_pass(&xs);
        let got = m.moments();
        assert_eq!(got.n(), 6);
        assert!((got.mean().unwrap() - mean).abs() < 1e-6);
        assert!((got.variance().unwrap() / var - 1.0).abs() < 1e-12);
        // A mean the unit cannot hold (of 5 items, unit 12) is taken too.
        let mut d = ExactMoments::new(12);
        d.push_mean(3, 5);
        d.push_mean(1, 2);
        assert_eq!(d.moments().mean(), Some(f64::midpoint(0.6, 0.5)));
        assert_eq!(ExactMoments::unit_for_means(30, 6), 0);
    }

    #[test]
    fn a_value_added_many_times_counts_as_many_values() {
        let mut m = ExactMoments::new(1);
        m.add_whole_times(3, 4);
        m.push(5.0);
        // 3, 3, 3, 3, 5: mean 17/5, variance (4·(3 − 3.4)² + 1.6²) / 4 = 0.8.
        let got = m.moments();
        assert_eq!((got.n(), got.mean()), (5, Some(3.4)));
        assert!((got.variance().unwrap() - 0.8).abs() < 1e-15);
        // More than the sums take at once: handed over whole.
        let mut big = ExactMoments::new(1);
        big.add_whole_times(3, 1 << 33);
        big.add_whole_times(5, 1 << 33);
        let got = big.moments();
        assert_eq!((got.n(), got.mean()), (1 << 34, Some(4.0)));
        assert!((got.variance().unwrap() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn parts_merged_equal_one_pass_exactly() {
        let xs: Vec<f64> = (0..101).map(|i| f64::from((i * 7 + 3) % 7 + 1)).collect();
        let mut one = ExactMoments::new(1);
        let (mut a, mut b) = (ExactMoments::new(1), ExactMoments::new(1));
        for (i, &x) in xs.iter().enumerate() {
            one.push(x);
            if i < 40 { a.push(x) } else { b.push(x) }
        }
        a.merge(&b);
        assert_eq!(a.moments(), one.moments());
    }

    #[test]
    fn cases_added_as_sums_count_as_the_cases_one_by_one() {
        let cases = [[1, 4, 2], [3, 3, 5], [-2, 0, 7], [6, 6, 1], [2, 5, 5]];
        let mut one_by_one = ExactAlpha::new(3);
        for c in &cases {
            one_by_one.push_whole(c);
        }
        let sums: Vec<i64> = (0..3).map(|i| cases.iter().map(|c| c[i]).sum()).collect();
        let products: Vec<i64> = (0..9)
            .map(|ij| cases.iter().map(|c| c[ij / 3] * c[ij % 3]).sum())
            .collect();
        let mut in_two = ExactAlpha::new(3);
        in_two.push_whole(&cases[0]);
        let rest_sums: Vec<i64> = (0..3).map(|i| sums[i] - cases[0][i]).collect();
        let rest_products: Vec<i64> = (0..9)
            .map(|ij| products[ij] - cases[0][ij / 3] * cases[0][ij % 3])
            .collect();
        in_two.add_sums(4, &rest_sums, &rest_products);
        assert_eq!(in_two.accumulator(), one_by_one.accumulator());
        // Sums of more cases than stay exact in f64 go by the pairwise formula: counted all
        // the same, mean unchanged.
        let mut many = ExactAlpha::new(3);
        let n = ALPHA_FLUSH_AT;
        many.add_sums(
            n,
            &[n as i64, 2 * n as i64, 0],
            &[n as i64, 0, 0, 0, 4 * n as i64, 0, 0, 0, 0],
        );
        many.push_whole(&[1, 2, 0]);
        assert_eq!(many.accumulator().cases(), n + 1);
        assert_eq!(many.accumulator().alpha(), None, "no item varies");
    }

    #[test]
    fn alpha_from_sums_equals_alpha_from_welford() {
        let cases: Vec<[Option<f64>; 3]> = (0..40)
            .map(|i| {
                let f = |m: i32| Some(f64::from((i * m + 1) % 7 + 1));
                [f(3), f(5), if i % 9 == 0 { None } else { f(2) }]
            })
            .collect();
        let (mut exact, mut welford) = (ExactAlpha::new(3), AlphaAccumulator::new(3));
        for c in &cases {
            exact.push(c);
            welford.push(c);
        }
        let got = exact.accumulator();
        assert_eq!(got.cases(), welford.cases());
        let (x, y) = (got.alpha().unwrap(), welford.alpha().unwrap());
        assert!((x - y).abs() < 1e-12, "{x} {y}");
        // A case of fractions goes to the Welford side; halves merged equal one pass.
        let mut half = ExactAlpha::new(3);
        half.push(&[Some(1.5), Some(2.0), Some(3.0)]);
        let mut rest = ExactAlpha::new(3);
        for c in &cases {
            rest.push(c);
        }
        half.merge(&rest);
        assert_eq!(half.accumulator().cases(), welford.cases() + 1);
    }
}
