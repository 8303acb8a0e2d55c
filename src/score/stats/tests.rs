//! Reference tests. Fixtures marked "scipy" were computed with SciPy 1.17.1 in a venv
//! (`python -m venv v && v/bin/pip install scipy statsmodels krippendorff`), by the one-liner
//! given beside each; the rest are by hand.

use super::agreement::krippendorff_ordinal;
use super::change::{NpsCounts, newcombe, nps_change, nps_critical_difference, welch};
use super::contingency::{IndependenceMethod, independence};
use super::dist::{binomial_half_two_sided_p, chi_square_sf, normal_quantile, t_two_sided_p, t975};
use super::*;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() < tol
}

#[track_caller]
fn assert_close(a: Option<f64>, b: f64, tol: f64) {
    let a = a.expect("a value");
    assert!(close(a, b, tol), "{a} vs {b}");
}

#[test]
fn moments_match_the_textbook_formulas() {
    let xs = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    let mut m = Moments::default();
    for x in xs {
        m.push(x);
    }
    assert_close(m.mean(), 5.0, 1e-12);
    // Σ(x−5)² = 32, sample variance 32/7.
    assert_close(m.variance(), 32.0 / 7.0, 1e-12);
    assert_close(sd(&xs), (32.0f64 / 7.0).sqrt(), 1e-12);
    let mut a = Moments::default();
    let mut b = Moments::default();
    for x in &xs[..3] {
        a.push(*x);
    }
    for x in &xs[3..] {
        b.push(*x);
    }
    a.merge(&b);
    assert_close(a.variance(), 32.0 / 7.0, 1e-12);
    assert_eq!(Moments::default().mean(), None);
}

/// `n` copies of each listed case.
fn alpha_of(cases: &[[f64; 2]], copies: usize) -> AlphaAccumulator {
    let mut acc = AlphaAccumulator::new(2);
    for _ in 0..copies {
        for c in cases {
            acc.push(&[Some(c[0]), Some(c[1])]);
        }
    }
    acc
}

#[test]
fn alpha_by_hand_negative_undefined_and_its_minimum_n() {
    // Two items, cases (1,2), (2,3), (3,4), each 4 times (12 cases): item variances equal,
    // totals perfectly correlated: α = 2 · (1 − 2v / 4v) = 1.
    assert_close(
        alpha_of(&[[1.0, 2.0], [2.0, 3.0], [3.0, 4.0]], 4).alpha(),
        1.0,
        1e-12,
    );
    // Opposed items (1,3), (2,2), (3,1): totals all 4 → variance 0 → undefined, not 0.
    assert_eq!(
        alpha_of(&[[1.0, 3.0], [2.0, 2.0], [3.0, 1.0]], 4).alpha(),
        None
    );
    // Negatively related (1,3), (2,1), (3,2): per copy var 1, 1 and totals 4, 3, 5 → var 1:
    // α = 2 · (1 − 2/1) = −2, reported as is (the same ratio with 4 copies).
    assert_close(
        alpha_of(&[[1.0, 3.0], [2.0, 1.0], [3.0, 2.0]], 4).alpha(),
        -2.0,
        1e-12,
    );
    // The same perfectly consistent items from 3 cases (the old minimum): not shown.
    let three = alpha_of(&[[1.0, 2.0], [2.0, 3.0], [3.0, 4.0]], 1);
    assert_eq!(three.cases(), 3);
    assert_eq!(three.alpha(), None, "α needs {MIN_ALPHA_CASES} cases");
    // Incomplete cases are left out.
    let mut acc = alpha_of(&[[1.0, 2.0]], 1);
    acc.push(&[Some(1.0), None]);
    assert_eq!(acc.cases(), 1);
}

#[test]
fn item_diagnostics_by_hand() {
    // Three items over 10 cases; item 3 runs against the other two.
    // x1 = x2 = 1..5 twice; x3 = 6 − x1.
    let mut acc = AlphaAccumulator::new(3);
    for _ in 0..2 {
        for x in 1..=5 {
            let x = f64::from(x);
            acc.push(&[Some(x), Some(x), Some(6.0 - x)]);
        }
    }
    let fit = acc.item_fit();
    // Item 3 against x1 + x2 = 2x: correlation −1; without item 3, x1 and x2 agree: α = 1.
    assert_close(fit[2].item_total, -1.0, 1e-12);
    assert_close(fit[2].alpha_if_deleted, 1.0, 1e-12);
    // Item 1 against x2 + x3 = 6 (constant): no variance, correlation undefined; without item 1,
    // x2 + x3 is constant too: α undefined.
    assert_eq!(fit[0].item_total, None);
    assert_eq!(fit[0].alpha_if_deleted, None);
    // The whole scale: v = var(x) each, total x + 6 has var v: α = 3/2 · (1 − 3v/v) = −3.
    assert_close(acc.alpha(), -3.0, 1e-12);
}

#[test]
fn paired_t_by_hand_and_gated_by_n() {
    // d = 1, 2, 3: mean 2, sd 1, t = 2 / (1/√3) = 2√3, df 2 — computed, but not tested.
    let mut d = Moments::default();
    for x in [1.0, 2.0, 3.0] {
        d.push(x);
    }
    let (t, df) = paired_t(&d).unwrap();
    assert!(close(t, 2.0 * 3f64.sqrt(), 1e-12));
    assert_eq!(df, 2);
    let test = paired_t_test(&d).unwrap();
    assert!(!test.testable);
    assert_eq!((test.p, test.significant), (None, None));
    assert!(test.reason.unwrap().contains("at least 10 respondents"));
    // 1..=10: mean 5.5, sd √(55/6), t = 5.5 / (sd/√10); p from Student t with 9 df.
    let mut ten = Moments::default();
    for x in 1..=10 {
        ten.push(f64::from(x));
    }
    let test = paired_t_test(&ten).unwrap();
    assert!(test.testable && test.significant == Some(true));
    let t = 5.5 / ((55.0f64 / 6.0).sqrt() / 10f64.sqrt());
    assert!(close(test.t, t, 1e-12));
    assert_close(test.p, t_two_sided_p(t, 9.0).unwrap(), 1e-15);
}

#[test]
fn exact_quantiles_and_p_values_match_scipy() {
    // scipy: stats.t.ppf(0.975, df)
    for (df, q) in [
        (1.0, 12.706_204_736_174_694),
        (2.0, 4.302_652_729_749_462),
        (3.0, 3.182_446_305_283_707_8),
        (10.0, 2.228_138_851_986_274),
        (29.0, 2.045_229_642_132_703),
        (30.0, 2.042_272_456_301_237_8),
        (31.0, 2.039_513_446_396_408),
        (100.0, 1.983_971_518_523_551_8),
        (1000.0, 1.962_339_080_826_408_3),
        (7.5, 2.333_039_626_864_974),
        (12.345, 2.172_078_654_226_029_3),
    ] {
        assert_close(t975(df), q, 1e-9);
    }
    assert_eq!(t975(0.0), None);
    // scipy: 2 * stats.t.sf(abs(t), df)
    assert_close(t_two_sided_p(-21.0, 1.0), 0.030_292_344_376_736_29, 1e-12);
    assert_close(t_two_sided_p(2.0, 9.0), 0.076_552_823_770_701_01, 1e-12);
    assert_close(t_two_sided_p(1.5, 30.0), 0.144_065_929_128_646, 1e-12);
    // scipy: stats.norm.ppf(0.975), stats.norm.ppf(0.05)
    assert_close(normal_quantile(0.975), Z975, 1e-12);
    assert_close(normal_quantile(0.05), -1.644_853_626_951_472_9, 1e-12);
    // scipy: stats.chi2.sf(x, df)
    assert_close(chi_square_sf(3.84, 1.0), 0.050_043_521_248_705_19, 1e-12);
    assert_close(chi_square_sf(10.0, 4.0), 0.040_427_681_994_512_79, 1e-12);
    assert_close(chi_square_sf(25.0, 10.0), 0.005_345_505_487_134_069, 1e-12);
    // scipy: stats.binomtest(k, n, 0.5).pvalue
    assert_close(binomial_half_two_sided_p(2, 2), 0.5, 1e-12);
    assert_close(binomial_half_two_sided_p(6, 6), 0.031_25, 1e-12);
    assert_close(binomial_half_two_sided_p(5, 6), 0.218_75, 1e-12);
    assert_close(
        binomial_half_two_sided_p(10, 16),
        0.454_498_291_015_625,
        1e-12,
    );
    assert_close(binomial_half_two_sided_p(3, 7), 1.0, 1e-12);
    assert_close(
        binomial_half_two_sided_p(20, 30),
        0.098_737_146_705_389_05,
        1e-12,
    );
}

fn moments(xs: &[f64]) -> Moments {
    let mut m = Moments::default();
    for &x in xs {
        m.push(x);
    }
    m
}

#[test]
fn t_intervals_match_scipy_and_are_clipped_to_the_scale() {
    // The n = 3 CES case, answers 2, 5, 6. scipy: m ± stats.t.ppf(0.975, 2) · s/√3
    // = −0.8378116792089294 .. 9.504478345875595 (the old table gave −0.8382290461071822).
    let ces = moments(&[2.0, 5.0, 6.0]);
    let raw = t_interval(&ces).unwrap();
    assert!(close(raw.low, -0.837_811_679_208_929_4, 1e-12));
    assert!(close(raw.high, 9.504_478_345_875_595, 1e-12));
    assert!(!raw.clipped);
    let cut = t_interval_within(&ces, 1.0, 7.0).unwrap();
    assert_eq!((cut.low, cut.high, cut.clipped), (1.0, 7.0, true));
    // Answers 1 and 4: −16.55930710426204 .. 21.55930710426204 unclipped (scipy, as above).
    let two = t_interval(&moments(&[1.0, 4.0])).unwrap();
    assert!(close(two.low, -16.559_307_104_262_04, 1e-9));
    // A narrow interval inside the scale is not flagged.
    let inside = t_interval_within(&moments(&[4.0, 5.0, 4.0, 5.0, 4.0, 5.0]), 1.0, 7.0).unwrap();
    assert!(!inside.clipped && inside.low > 3.9 && inside.high < 5.1);
    // n < 2 and no variation: no interval.
    assert_eq!(t_interval(&moments(&[3.0])), None);
    assert_eq!(t_interval(&moments(&[3.0, 3.0])), None);
}

#[test]
fn wilson_matches_statsmodels_and_negation_keeps_zero_unsigned() {
    // statsmodels: proportion_confint(7, 10, method='wilson')
    let w = wilson(7, 10).unwrap();
    assert!(close(w.low, 0.396_778_147_461_145_37, 1e-12));
    assert!(close(w.high, 0.892_208_732_593_698_9, 1e-12));
    assert_eq!(wilson(1, 1), None);
    let zero = wilson(0, 5).unwrap().negated();
    assert!(zero.high.to_bits() == 0.0f64.to_bits(), "never −0");
    assert!(zero.low < 0.0);
}

#[test]
fn welch_matches_scipy() {
    // scipy: r = stats.ttest_ind([3,4,5,6,7], [1,2,2,3], equal_var=False);
    // r.confidence_interval(0.95) = (1.0171419094761849, 4.982858090523815), df 6.1935…
    let a = MeanSummary::of(&moments(&[3.0, 4.0, 5.0, 6.0, 7.0]));
    let b = MeanSummary::of(&moments(&[1.0, 2.0, 2.0, 3.0]));
    let c = welch(&a, &b);
    assert_close(c.difference, 3.0, 1e-12);
    let i = c.interval.unwrap();
    assert!(close(i.low, 1.017_141_909_476_184_9, 1e-9));
    assert!(close(i.high, 4.982_858_090_523_815, 1e-9));
    assert_eq!(c.significant, Some(true));
    // n = 1 on one side: a difference, no interval, no verdict.
    let one = MeanSummary::of(&moments(&[4.0]));
    let c = welch(&a, &one);
    assert_close(c.difference, 1.0, 1e-12);
    assert_eq!((c.interval, c.significant), (None, None));
    // n = 0: nothing.
    let none = MeanSummary::of(&Moments::default());
    assert_eq!(welch(&a, &none).difference, None);
    // Equal samples: the interval straddles 0.
    assert_eq!(welch(&a, &a).significant, Some(false));
}

#[test]
fn newcombe_matches_the_paper_and_statsmodels() {
    // Newcombe (1998) example 56/70 − 48/80: 0.0524 to 0.3339; statsmodels:
    // confint_proportions_2indep(k1, n1, k2, n2, method='newcomb', compare='diff').
    for (k1, n1, k2, n2, lo, hi) in [
        (
            56,
            70,
            48,
            80,
            0.052_431_472_402_364_98,
            0.333_872_654_036_906_14,
        ),
        (9, 10, 3, 10, 0.170_522_723_934_502_9, 0.809_017_973_535_488),
        (
            5,
            56,
            0,
            29,
            -0.038_137_147_903_536_936,
            0.192_560_013_855_111_65,
        ),
        (
            0,
            10,
            0,
            20,
            -0.161_125_158_052_819_4,
            0.277_532_799_862_889_26,
        ),
    ] {
        let c = newcombe(k1, n1, k2, n2);
        let i = c.interval.unwrap();
        assert!(
            close(i.low, lo, 1e-9),
            "{k1}/{n1} − {k2}/{n2}: {} vs {lo}",
            i.low
        );
        assert!(
            close(i.high, hi, 1e-9),
            "{k1}/{n1} − {k2}/{n2}: {} vs {hi}",
            i.high
        );
    }
    assert_eq!(newcombe(1, 1, 3, 10).interval, None);
}

#[test]
fn nps_change_and_critical_difference_by_hand() {
    let counts = |p, a, d| NpsCounts {
        promoters: p,
        passives: a,
        detractors: d,
    };
    // Wave 1: 6 promoters, 4 passives, 4 detractors (n 14): p̃ = 6.75/17, d̃ = 4.75/17.
    let w = counts(6, 4, 4);
    let (p, d): (f64, f64) = (6.75 / 17.0, 4.75 / 17.0);
    let var = (p + d - (p - d) * (p - d)) / 17.0;
    // Two waves alike of 14: z · √(2 var) × 100.
    let cd = nps_critical_difference(&w, 14).unwrap();
    assert!(close(cd, 100.0 * Z975 * (2.0 * var).sqrt(), 1e-9));
    // It is 1/√2 of the sum of the two half-widths, i.e. of one interval's width.
    let width = {
        let i = interval::nps_interval(6, 4, 4).unwrap();
        i.high - i.low
    };
    assert!(close(cd, width / 2f64.sqrt(), 1e-9));
    // A change: all promoters (n 10) against wave 1.
    let all = counts(10, 0, 0);
    let c = nps_change(&all, &w);
    assert_close(c.difference, 100.0 - 100.0 * 2.0 / 14.0, 1e-9);
    let (pa, da): (f64, f64) = (10.75 / 13.0, 0.75 / 13.0);
    let var_a = (pa + da - (pa - da) * (pa - da)) / 13.0;
    let centre = 100.0 * ((pa - da) - (p - d));
    let half = 100.0 * Z975 * (var_a + var).sqrt();
    let i = c.interval.unwrap();
    assert!(close(i.low, centre - half, 1e-9) && close(i.high, centre + half, 1e-9));
    assert_eq!(c.significant, Some(i.low > 0.0));
    // n = 1: no interval.
    assert_eq!(nps_change(&counts(1, 0, 0), &w).interval, None);
    assert_eq!(nps_critical_difference(&w, 1), None);
}

#[test]
fn krippendorff_ordinal_reproduces_the_2011_worked_example() {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units,
    // missing data; ordinal α = 0.815 (krippendorff package: 0.8153875037548814).
    let a = [
        Some(1),
        Some(2),
        Some(3),
        Some(3),
        Some(2),
        Some(1),
        Some(4),
        Some(1),
        Some(2),
        None,
        None,
        None,
    ];
    let b = [
        Some(1),
        Some(2),
        Some(3),
        Some(3),
        Some(2),
        Some(2),
        Some(4),
        Some(1),
        Some(2),
        Some(5),
        None,
        Some(3),
    ];
    let c = [
        None,
        Some(3),
        Some(3),
        Some(3),
        Some(2),
        Some(3),
        Some(4),
        Some(2),
        Some(2),
        Some(5),
        Some(1),
        None,
    ];
    let d = [
        Some(1),
        Some(2),
        Some(3),
        Some(3),
        Some(2),
        Some(4),
        Some(4),
        Some(1),
        Some(2),
        Some(5),
        Some(1),
        None,
    ];
    let units: Vec<Vec<i32>> = (0..12)
        .map(|u| [a[u], b[u], c[u], d[u]].into_iter().flatten().collect())
        .collect();
    let k = krippendorff_ordinal(&units);
    assert_close(k.alpha, 0.815_387_503_754_881_4, 1e-12);
    // Unit 12 has one value: not pairable.
    assert_eq!((k.pairable_units, k.pairable_values), (11, 40));
    // Identical raters: α = 1.
    let same: Vec<Vec<i32>> = (1..=5).map(|v| vec![v, v, v]).collect();
    assert_close(krippendorff_ordinal(&same).alpha, 1.0, 1e-12);
    // Everyone gives 3: D_e = 0, undefined.
    let flat: Vec<Vec<i32>> = (0..4).map(|_| vec![3, 3]).collect();
    assert_eq!(krippendorff_ordinal(&flat).alpha, None);
    // Nothing pairable.
    assert_eq!(krippendorff_ordinal(&[vec![1], vec![2]]).alpha, None);
}

#[test]
fn independence_uses_chi_square_when_it_holds_and_the_exact_test_otherwise() {
    // scipy: stats.chi2_contingency([[20,15,10],[10,18,25]], correction=False)
    // → 9.44450797280986, dof 2, p 0.008895106486768835.
    let t = independence(&[vec![20, 15, 10], vec![10, 18, 25]]);
    assert_eq!(t.method, Some(IndependenceMethod::ChiSquare));
    assert_close(t.chi_square, 9.444_507_972_809_86, 1e-9);
    assert_eq!(t.df, Some(2));
    assert_close(t.p, 0.008_895_106_486_768_835, 1e-12);
    assert_eq!(t.significant, Some(true));
    // Small tables: Fisher–Freeman–Halton. 2 × 2 equals Fisher's exact test
    // (scipy: stats.fisher_exact([[3,1],[1,3]]).pvalue = 0.48571428571428565).
    let t = independence(&[vec![3, 1], vec![1, 3]]);
    assert_eq!(t.method, Some(IndependenceMethod::FisherFreemanHalton));
    assert_close(t.p, 0.485_714_285_714_285_65, 1e-12);
    assert_close(
        independence(&[vec![8, 2], vec![1, 5]]).p,
        0.034_965_034_965_034_975,
        1e-12,
    );
    // 2 × 3 by full enumeration in Python (every table with these margins, summing the
    // probabilities no larger than the observed one): 1/30.
    assert_close(
        independence(&[vec![3, 1, 0], vec![0, 2, 4]]).p,
        1.0 / 30.0,
        1e-12,
    );
    // Empty categories are dropped: the same table with a column of zeros.
    assert_close(
        independence(&[vec![3, 0, 1, 0], vec![0, 0, 2, 4]]).p,
        1.0 / 30.0,
        1e-12,
    );
    // One group, or one category: nothing to test.
    let one = independence(&[vec![3, 1, 0], vec![0, 0, 0]]);
    assert!(!one.testable && one.reason.unwrap().starts_with("too few answers to test"));
}

#[test]
fn the_demo_pulse_critical_difference_is_about_51_5_points_not_one_intervals_width() {
    // The pulse demo: 6 promoters, 5 passives, 3 detractors (n 14). Issue 12: two waves of 14
    // differ significantly from about 51.5 points, while one interval is about 73 points wide.
    let demo = NpsCounts {
        promoters: 6,
        passives: 5,
        detractors: 3,
    };
    let cd = nps_critical_difference(&demo, 14).unwrap();
    assert!((cd - 51.484_269_861_599_31).abs() < 1e-9, "{cd}");
    let i = interval::nps_interval(6, 5, 3).unwrap();
    assert!((i.high - i.low - 72.809_752_687_150_14).abs() < 1e-9);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Raters who agree on every unit give α = 1, whatever the values, the number of raters
    /// per unit (missing ratings included) and the number of units, as long as the values
    /// vary (else α is undefined).
    #[test]
    fn identical_raters_give_alpha_one(
        units in proptest::collection::vec((1..=5i32, 2..=6usize), 2..30),
    ) {
        let data: Vec<Vec<i32>> = units.iter().map(|&(v, raters)| vec![v; raters]).collect();
        let k = krippendorff_ordinal(&data);
        let varied = units.iter().any(|&(v, _)| v != units[0].0);
        if varied {
            let alpha = k.alpha.expect("defined when the values vary");
            proptest::prop_assert!((alpha - 1.0).abs() < 1e-12, "{alpha}");
        } else {
            proptest::prop_assert_eq!(k.alpha, None);
        }
    }

    /// One rater's disagreement on one unit brings α below 1.
    #[test]
    fn one_disagreement_brings_alpha_below_one(
        units in proptest::collection::vec(1..=5i32, 3..30),
        at in 0usize..30,
    ) {
        let mut data: Vec<Vec<i32>> = units.iter().map(|&v| vec![v, v, v]).collect();
        let at = at % data.len();
        data[at][0] = if data[at][0] == 5 { 1 } else { 5 };
        if let Some(alpha) = krippendorff_ordinal(&data).alpha {
            proptest::prop_assert!(alpha < 1.0, "{alpha}");
        }
    }
}
