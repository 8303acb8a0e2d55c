//! The lead test, the runner-up and the Wilson intervals of Better and Worse, by hand.

use super::*;

#[test]
fn two_answers_alike_are_not_a_significant_lead() {
    // I = 2 of 2: Fong's screen passes (2 ≥ 1.65 · √(2·2/4) = 1.65), and the old report called
    // it a significant lead; the exact binomial p is 0.5, and 2 answers are too few to test.
    let f = FeatureScore::from_counts("x", Counts::new([0, 0, 0, 2, 0, 0]));
    assert_eq!(f.fong_screen, Some(true));
    assert_eq!(f.significant, None);
    assert!(!f.lead.testable);
    assert!(
        f.lead
            .reason
            .as_deref()
            .unwrap()
            .starts_with("too few answers to test")
    );
    assert_eq!(f.shown_category(), "I");
    assert!(f.small_n);
}

#[test]
fn questionable_is_never_the_runner_up_so_the_lead_and_the_strength_agree() {
    // M = 12, Q = 12, A = 6 (n 30): M wins the M/Q tie; the runner-up is A, not Q, as in the
    // strength (12 − 6)/30 = 0.2. Lead 12 vs 6: 2 · P(X ≥ 12 | 18, ½) = 0.237885 (scipy
    // binomtest(12, 18)): not significant → "M/A", never "treat it as both M and Q".
    let f = FeatureScore::from_counts("x", Counts::new([6, 0, 12, 0, 0, 12]));
    assert_eq!(f.category, Some(Category::MustBe));
    assert_eq!(f.second, Some(Category::Attractive));
    assert!((f.category_strength.unwrap() - 0.2).abs() < 1e-12);
    assert!((f.lead.p.unwrap() - 0.237_884_521_484_375).abs() < 1e-12);
    assert_eq!(f.dual_category().as_deref(), Some("M/A"));
    // Q most frequent: no dual (there is nothing to treat the feature as).
    let q = FeatureScore::from_counts("q", Counts::new([10, 0, 0, 0, 0, 20]));
    assert_eq!(q.category, Some(Category::Questionable));
    assert_eq!(q.second, Some(Category::Attractive));
    assert_eq!(q.dual_category(), None);
}

#[test]
fn better_and_worse_carry_wilson_intervals() {
    // A = 7, M = 3 (n 10): Better 0.7 with Wilson (0.396778, 0.892209) (statsmodels
    // proportion_confint(7, 10, method='wilson')); |Worse| = 0.3 → Wilson (0.107791, 0.603222),
    // negated: Worse −0.3 in (−0.603222, −0.107791).
    let f = FeatureScore::from_counts("x", Counts::new([7, 0, 3, 0, 0, 0]));
    let b = f.better_interval.unwrap();
    assert!((b.low - 0.396_778_147_461_145_37).abs() < 1e-12);
    assert!((b.high - 0.892_208_732_593_698_9).abs() < 1e-12);
    let w = f.worse_interval.unwrap();
    assert!((w.low + 0.603_221_852_538_854_6).abs() < 1e-12, "{w:?}");
    assert!((w.high + 0.107_791_267_406_301_1).abs() < 1e-12, "{w:?}");
    // R and Q only: no interval.
    let none = FeatureScore::from_counts("r", Counts::new([0, 0, 0, 0, 5, 5]));
    assert_eq!((none.better_interval, none.worse_interval), (None, None));
}
