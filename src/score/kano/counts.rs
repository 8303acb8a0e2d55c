//! Category counts of one feature and the figures that come from counts alone: the category
//! and its runner-up, Better and Worse with their Wilson intervals, the strengths, Fong's screen
//! and the exact binomial test of the lead.

use serde::Serialize;

use super::{Category, FONG_Z, MIN_N};
use crate::score::stats::dist::binomial_half_two_sided_p;
use crate::score::stats::{Interval, wilson};

/// How many respondents fell in each category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    /// Attractive.
    #[serde(rename = "A")]
    pub a: u64,
    /// One-dimensional.
    #[serde(rename = "O")]
    pub o: u64,
    /// Must-be.
    #[serde(rename = "M")]
    pub m: u64,
    /// Indifferent.
    #[serde(rename = "I")]
    pub i: u64,
    /// Reverse.
    #[serde(rename = "R")]
    pub r: u64,
    /// Questionable.
    #[serde(rename = "Q")]
    pub q: u64,
}

impl Counts {
    /// Counts from A, O, M, I, R, Q in that order.
    pub fn new(c: [u64; 6]) -> Self {
        Self {
            a: c[0],
            o: c[1],
            m: c[2],
            i: c[3],
            r: c[4],
            q: c[5],
        }
    }

    /// The count of `c`.
    pub fn get(&self, c: Category) -> u64 {
        match c {
            Category::Attractive => self.a,
            Category::OneDimensional => self.o,
            Category::MustBe => self.m,
            Category::Indifferent => self.i,
            Category::Reverse => self.r,
            Category::Questionable => self.q,
        }
    }

    /// Adds one respondent in `c`.
    pub fn add(&mut self, c: Category) {
        self.add_n(c, 1);
    }

    /// Adds `k` respondents in `c`.
    pub(super) fn add_n(&mut self, c: Category, k: u64) {
        let slot = match c {
            Category::Attractive => &mut self.a,
            Category::OneDimensional => &mut self.o,
            Category::MustBe => &mut self.m,
            Category::Indifferent => &mut self.i,
            Category::Reverse => &mut self.r,
            Category::Questionable => &mut self.q,
        };
        *slot += k;
    }

    /// n = A + O + M + I + R + Q.
    pub fn n(&self) -> u64 {
        self.a + self.o + self.m + self.i + self.r + self.q
    }

    /// The six categories, most frequent first, exact ties in the order M > O > A > I > R > Q.
    pub fn ranked(&self) -> [Category; 6] {
        let mut cats = Category::TIE_ORDER;
        // A stable sort keeps the tie order among equal counts.
        cats.sort_by_key(|c| std::cmp::Reverse(self.get(*c)));
        cats
    }

    /// The most frequent category, `None` when nobody answered.
    pub fn category(&self) -> Option<Category> {
        (self.n() > 0).then(|| self.ranked()[0])
    }

    /// The runner-up among the categories the strength compares (A, O, M, I, R — never Q:
    /// questionable answers are not a category to treat a feature as), `None` when nobody chose
    /// one.
    pub fn second(&self) -> Option<Category> {
        let first = self.category()?;
        self.ranked()
            .into_iter()
            .find(|&c| c != first && c != Category::Questionable)
            .filter(|&c| self.get(c) > 0)
    }

    /// |Worse| = (O + M) / (A + O + M + I); `None` when A + O + M + I = 0.
    fn worse_share(&self) -> Option<(u64, u64)> {
        let d = self.a + self.o + self.m + self.i;
        (d > 0).then_some((self.o + self.m, d))
    }

    /// Wilson 95% interval of Better; `None` when A + O + M + I < 2.
    pub fn better_interval(&self) -> Option<Interval> {
        wilson(self.a + self.o, self.a + self.o + self.m + self.i)
    }

    /// Wilson 95% interval of |Worse|, negated (so that it brackets Worse); `None` when
    /// A + O + M + I < 2.
    pub fn worse_interval(&self) -> Option<Interval> {
        let (k, n) = self.worse_share()?;
        wilson(k, n).map(Interval::negated)
    }

    /// Better = (A + O) / (A + O + M + I); `None` when A + O + M + I = 0.
    pub fn better(&self) -> Option<f64> {
        let d = self.a + self.o + self.m + self.i;
        (d > 0).then(|| (self.a + self.o) as f64 / d as f64)
    }

    /// Worse = −(O + M) / (A + O + M + I); `None` when A + O + M + I = 0; never −0.
    pub fn worse(&self) -> Option<f64> {
        let d = self.a + self.o + self.m + self.i;
        let num = self.o + self.m;
        (d > 0).then(|| {
            if num == 0 {
                0.0
            } else {
                -(num as f64 / d as f64)
            }
        })
    }

    /// Largest − second-largest share, shares = count / n over O, A, M, I, R; `None` when n = 0.
    pub fn category_strength(&self) -> Option<f64> {
        let n = self.n();
        if n == 0 {
            return None;
        }
        let mut c: Vec<u64> = Category::STRENGTH.iter().map(|k| self.get(*k)).collect();
        c.sort_unstable_by(|x, y| y.cmp(x));
        Some((c[0] - c[1]) as f64 / n as f64)
    }

    /// (A + O + M) / n; `None` when n = 0.
    pub fn total_strength(&self) -> Option<f64> {
        let n = self.n();
        (n > 0).then(|| (self.a + self.o + self.m) as f64 / n as f64)
    }

    /// The counts of the category and of its runner-up (a ≥ b; b = 0 without a runner-up).
    fn top_two(&self) -> (u64, u64) {
        let a = self.category().map_or(0, |c| self.get(c));
        let b = self.second().map_or(0, |c| self.get(c));
        (a, b)
    }

    /// Fong's critical difference 1.65 · √((a + b)(2n − a − b) / (2n)), a and b the counts of
    /// the category and its runner-up; `None` when n = 0.
    pub fn fong_critical(&self) -> Option<f64> {
        let n = self.n();
        if n == 0 {
            return None;
        }
        let (a, b) = self.top_two();
        let (a, b, n) = (a as f64, b as f64, n as f64);
        Some(FONG_Z * ((a + b) * (2.0 * n - a - b) / (2.0 * n)).sqrt())
    }

    /// Fong's screen: whether the category's lead over the runner-up passes Fong's inequality;
    /// `None` when n = 0. A screen, not a test: with truly tied leaders it calls a winner in
    /// 16–18% of samples against a nominal 10%. Compared in integers — 800·n·(a − b)² ≥
    /// 1089·(a + b)(2n − a − b), as 1.65² = 1089/400 — so a difference exactly at the threshold
    /// is not at the mercy of rounding.
    pub fn fong_screen(&self) -> Option<bool> {
        let n = self.n();
        if n == 0 {
            return None;
        }
        let (a, b) = self.top_two();
        let (a, b, n) = (u128::from(a), u128::from(b), u128::from(n));
        let d = a - b;
        Some(800 * n * d * d >= 1089 * (a + b) * (2 * n - a - b))
    }
}

/// The test of a category's lead over its runner-up: the exact two-sided binomial test of the
/// two counts (under equal popularity each of the a + b answers is either with chance ½), made
/// only from [`MIN_N`] answers to the feature on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lead {
    /// Whether n reaches [`MIN_N`].
    pub testable: bool,
    /// The smallest n tested.
    pub min_n: u64,
    /// Why no test was made, when it was not.
    pub reason: Option<String>,
    /// The exact binomial p-value of a against b.
    pub p: Option<f64>,
    /// p < 0.05; `None` when not testable.
    pub significant: Option<bool>,
}

impl Counts {
    /// The lead test (see [`Lead`]).
    pub fn lead(&self) -> Lead {
        let n = self.n();
        let testable = n >= MIN_N;
        let (a, b) = self.top_two();
        let p = if testable {
            binomial_half_two_sided_p(a, a + b)
        } else {
            None
        };
        Lead {
            testable,
            min_n: MIN_N,
            reason: (!testable).then(|| {
                format!(
                    "too few answers to test: a lead is tested from {MIN_N} answers to the feature"
                )
            }),
            p,
            significant: p.map(|p| p < 0.05),
        }
    }
}
