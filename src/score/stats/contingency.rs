//! Is a category distribution the same across groups? A test of independence on an r × c table
//! of counts (rows = segments, columns = categories): Pearson's chi-square where its large-sample
//! approximation holds (Cochran's rule: no expected count below 1 and at most a fifth below 5),
//! otherwise the exact Fisher–Freeman–Halton test (every table with the same margins, summing
//! the probabilities of those no more likely than the one observed) while the tables can be
//! counted, otherwise no test ("too few answers to test").

use serde::Serialize;

use super::dist::chi_square_sf;

/// How many tables the exact test may visit before it gives up.
const EXACT_BUDGET: u64 = 2_000_000;

/// Relative slack when comparing table probabilities (as R's `fisher.test` does).
const RELATIVE_TOLERANCE: f64 = 1e-7;

/// Which test gave the p-value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IndependenceMethod {
    /// Pearson's chi-square.
    ChiSquare,
    /// Fisher–Freeman–Halton exact test.
    FisherFreemanHalton,
}

/// The result of a test of independence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndependenceTest {
    /// Whether a test could be made.
    pub testable: bool,
    /// Why not, when it could not.
    pub reason: Option<String>,
    /// The test used.
    pub method: Option<IndependenceMethod>,
    /// Pearson's X² (also given when the exact test decided).
    pub chi_square: Option<f64>,
    /// (r − 1)(c − 1) over the non-empty rows and columns.
    pub df: Option<u64>,
    /// The p-value.
    pub p: Option<f64>,
    /// p < 0.05.
    pub significant: Option<bool>,
}

impl IndependenceTest {
    fn untestable(reason: &str) -> Self {
        Self {
            testable: false,
            reason: Some(reason.to_string()),
            method: None,
            chi_square: None,
            df: None,
            p: None,
            significant: None,
        }
    }
}

/// Tests independence of rows and columns of `table` (rows of equal length). Empty rows and
/// columns are left out first; fewer than two of either leaves nothing to test.
pub fn independence(table: &[Vec<u64>]) -> IndependenceTest {
    let cols = table.first().map_or(0, Vec::len);
    let keep_cols: Vec<usize> = (0..cols)
        .filter(|&j| table.iter().any(|r| r.get(j).copied().unwrap_or(0) > 0))
        .collect();
    let rows: Vec<Vec<u64>> = table
        .iter()
        .filter(|r| r.iter().any(|&x| x > 0))
        .map(|r| keep_cols.iter().map(|&j| r[j]).collect())
        .collect();
    if rows.len() < 2 || keep_cols.len() < 2 {
        return IndependenceTest::untestable(
            "too few answers to test: at least two groups and two categories need answers",
        );
    }
    let row_sums: Vec<u64> = rows.iter().map(|r| r.iter().sum()).collect();
    let col_sums: Vec<u64> = (0..keep_cols.len())
        .map(|j| rows.iter().map(|r| r[j]).sum())
        .collect();
    let total: u64 = row_sums.iter().sum();
    let nf = total as f64;
    let mut x2 = 0.0;
    let mut below_five = 0usize;
    let mut below_one = false;
    for (i, r) in rows.iter().enumerate() {
        for (j, &o) in r.iter().enumerate() {
            let e = row_sums[i] as f64 * col_sums[j] as f64 / nf;
            x2 += (o as f64 - e).powi(2) / e;
            below_five += usize::from(e < 5.0);
            below_one |= e < 1.0;
        }
    }
    let cells = rows.len() * keep_cols.len();
    let df = ((rows.len() - 1) * (keep_cols.len() - 1)) as u64;
    let approximation_holds = !below_one && below_five * 5 <= cells;
    let (method, p) = if approximation_holds {
        (IndependenceMethod::ChiSquare, chi_square_sf(x2, df as f64))
    } else {
        match fisher_freeman_halton(&rows, &row_sums, &col_sums) {
            Some(p) => (IndependenceMethod::FisherFreemanHalton, Some(p)),
            None => {
                return IndependenceTest::untestable(
                    "too few answers to test: expected counts are too small for chi-square and the table too large for the exact test",
                );
            }
        }
    };
    IndependenceTest {
        testable: p.is_some(),
        reason: None,
        method: Some(method),
        chi_square: Some(x2),
        df: Some(df),
        p,
        significant: p.map(|p| p < 0.05),
    }
}

/// ln(k!) for k = 0..=n.
fn log_factorials(n: u64) -> Vec<f64> {
    let mut out = Vec::with_capacity(n as usize + 1);
    let mut acc = 0.0;
    out.push(0.0);
    for k in 1..=n {
        acc += (k as f64).ln();
        out.push(acc);
    }
    out
}

/// The exact p-value of the Fisher–Freeman–Halton test, or `None` past [`EXACT_BUDGET`] tables.
fn fisher_freeman_halton(rows: &[Vec<u64>], row_sums: &[u64], col_sums: &[u64]) -> Option<f64> {
    let total: u64 = row_sums.iter().sum();
    let lf = log_factorials(total);
    let constant: f64 = row_sums.iter().map(|&r| lf[r as usize]).sum::<f64>()
        + col_sums.iter().map(|&c| lf[c as usize]).sum::<f64>()
        - lf[total as usize];
    let observed: f64 = constant - rows.iter().flatten().map(|&x| lf[x as usize]).sum::<f64>();
    let mut search = Search {
        lf: &lf,
        col_sums,
        r: row_sums.len(),
        c: col_sums.len(),
        threshold: observed + RELATIVE_TOLERANCE.ln_1p(),
        constant,
        p: 0.0,
        visited: 0,
    };
    let mut remaining_rows = row_sums.to_vec();
    search
        .column(0, &mut remaining_rows, 0.0)
        .then_some(search.p.min(1.0))
}

struct Search<'a> {
    lf: &'a [f64],
    col_sums: &'a [u64],
    r: usize,
    c: usize,
    threshold: f64,
    constant: f64,
    p: f64,
    visited: u64,
}

impl Search<'_> {
    /// Fills column `j` (and the ones after it); `false` when the budget ran out.
    fn column(&mut self, j: usize, rows: &mut [u64], log_cells: f64) -> bool {
        if j + 1 == self.c {
            // The last column is what the rows have left.
            let last: f64 = rows.iter().map(|&x| self.lf[x as usize]).sum();
            let log_p = self.constant - log_cells - last;
            if log_p <= self.threshold {
                self.p += log_p.exp();
            }
            self.visited += 1;
            return self.visited <= EXACT_BUDGET;
        }
        self.cell(j, 0, self.col_sums[j], rows, log_cells)
    }

    /// Chooses the count of row `i` in column `j`, `left` of the column still to place.
    fn cell(&mut self, j: usize, i: usize, left: u64, rows: &mut [u64], log_cells: f64) -> bool {
        if i + 1 == self.r {
            if left > rows[i] {
                return true;
            }
            rows[i] -= left;
            let ok = self.column(j + 1, rows, log_cells + self.lf[left as usize]);
            rows[i] += left;
            return ok;
        }
        let capacity_below: u64 = rows[i + 1..].iter().sum();
        let lo = left.saturating_sub(capacity_below);
        let hi = left.min(rows[i]);
        for x in lo..=hi {
            rows[i] -= x;
            let ok = self.cell(j, i + 1, left - x, rows, log_cells + self.lf[x as usize]);
            rows[i] += x;
            if !ok {
                return false;
            }
        }
        true
    }
}
