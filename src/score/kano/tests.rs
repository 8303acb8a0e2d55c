//! Kano scoring against the evaluation table written out by hand and worked examples computed
//! by hand (the arithmetic is in the comments).

use proptest::prelude::*;

use super::*;
use crate::instrument::Instrument;
use crate::response::KanoWord::{Dislike, Like, LiveWith, MustBe, Neutral};

/// The tables of DOMAIN.md §3, rows = functional (Like, Must-be, Neutral, Live-with, Dislike),
/// columns = dysfunctional in the same order.
const STANDARD_TABLE: [&str; 5] = [
    "Q A A A O", //
    "R I I I M", //
    "R I I I M", //
    "R I I I M", //
    "R R R R Q", //
];
const POULIOT_TABLE: [&str; 5] = [
    "Q A A A O", //
    "R Q I I M", // (Must-be, Must-be) is Q
    "R I I I M", //
    "R I I Q M", // (Live-with, Live-with) is Q
    "R R R R Q", //
];

fn check_table(table: KanoTable, literal: [&str; 5]) {
    let mut cells = 0;
    for (r, row) in literal.iter().enumerate() {
        let letters: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(letters.len(), 5);
        for (c, want) in letters.iter().enumerate() {
            let got = classify(table, KanoWord::ALL[r], KanoWord::ALL[c]);
            assert_eq!(
                got.letter(),
                *want,
                "{table:?}: functional {:?}, dysfunctional {:?}",
                KanoWord::ALL[r],
                KanoWord::ALL[c]
            );
            cells += 1;
        }
    }
    assert_eq!(cells, 25);
}

#[test]
fn all_25_cells_of_the_standard_table() {
    check_table(KanoTable::Standard, STANDARD_TABLE);
}

#[test]
fn all_25_cells_of_the_pouliot_table() {
    check_table(KanoTable::Pouliot, POULIOT_TABLE);
    // Exactly the two documented cells differ.
    let differing: Vec<(KanoWord, KanoWord)> = KanoWord::ALL
        .iter()
        .flat_map(|f| KanoWord::ALL.iter().map(move |d| (*f, *d)))
        .filter(|(f, d)| {
            classify(KanoTable::Standard, *f, *d) != classify(KanoTable::Pouliot, *f, *d)
        })
        .collect();
    assert_eq!(differing, vec![(MustBe, MustBe), (LiveWith, LiveWith)]);
}

#[test]
fn the_table_is_read_functional_by_dysfunctional_not_transposed() {
    // Likes having it, dislikes missing it: one-dimensional. Read transposed, the same answers
    // would be "dislikes having it, likes missing it": reverse.
    assert_eq!(
        classify(KanoTable::Standard, Like, Dislike),
        Category::OneDimensional
    );
    assert_eq!(
        classify(KanoTable::Standard, Dislike, Like),
        Category::Reverse
    );
    assert_eq!(
        classify(KanoTable::Standard, Like, Neutral),
        Category::Attractive
    );
    assert_eq!(
        classify(KanoTable::Standard, Neutral, Like),
        Category::Reverse
    );
    assert_eq!(
        classify(KanoTable::Standard, MustBe, Dislike),
        Category::MustBe
    );
    assert_eq!(
        classify(KanoTable::Standard, Dislike, MustBe),
        Category::Reverse
    );
    // A transposed lookup turns every A, O and M into R, in both variants.
    for table in [KanoTable::Standard, KanoTable::Pouliot] {
        let mut seen = 0;
        for f in KanoWord::ALL {
            for d in KanoWord::ALL {
                let right = classify(table, f, d);
                let transposed = classify(table, d, f);
                if matches!(
                    right,
                    Category::Attractive | Category::OneDimensional | Category::MustBe
                ) {
                    assert_eq!(transposed, Category::Reverse, "{f:?}/{d:?}");
                    seen += 1;
                }
            }
        }
        // 3 A + 1 O + 3 M cells.
        assert_eq!(seen, 7);
    }
}

#[test]
fn a_scorer_with_a_transposed_lookup_would_report_other_figures() {
    // Ten customers answer (Like, Dislike) and ten answer (Must-be, Dislike): O = 10, M = 10.
    let pairs: Vec<(KanoWord, KanoWord)> = [(Like, Dislike); 10]
        .into_iter()
        .chain([(MustBe, Dislike); 10])
        .collect();
    let mut right = Counts::default();
    let mut transposed = Counts::default();
    for (f, d) in &pairs {
        right.add(classify(KanoTable::Standard, *f, *d));
        transposed.add(classify(KanoTable::Standard, *d, *f));
    }
    assert_eq!(right, Counts::new([0, 10, 10, 0, 0, 0]));
    assert_eq!(transposed, Counts::new([0, 0, 0, 0, 20, 0]));
    assert_eq!(right.better(), Some(0.5));
    assert_eq!(transposed.better(), None);
}

#[test]
fn exact_ties_follow_m_o_a_i_r_q() {
    // A = O = M = I = 5: M wins the tie, O is second; a = b = 5 fails Fong's screen, and with
    // 20 answers the lead is not tested at all (no verdict, no dual).
    let f = FeatureScore::from_counts("tie", Counts::new([5, 5, 5, 5, 0, 0]));
    assert_eq!(f.n, 20);
    assert_eq!(f.category, Some(Category::MustBe));
    assert_eq!(f.second, Some(Category::OneDimensional));
    assert_eq!(f.fong_screen, Some(false));
    assert_eq!(f.significant, None);
    assert!(!f.lead.testable && f.small_n);
    assert_eq!(f.dual_category(), None);
    // The same shares at n = 40 are tested: 10 vs 10, p = 1 → M/O.
    let f40 = FeatureScore::from_counts("tie", Counts::new([10, 10, 10, 10, 0, 0]));
    assert_eq!(f40.significant, Some(false));
    assert_eq!(f40.dual_category().as_deref(), Some("M/O"));
    // Better = (5 + 5) / 20 = 0.5; Worse = −(5 + 5) / 20 = −0.5.
    assert_eq!(f.better, Some(0.5));
    assert_eq!(f.worse, Some(-0.5));
    // Category strength = 5/20 − 5/20 = 0; total strength = 15/20 = 0.75.
    assert_eq!(f.category_strength, Some(0.0));
    assert_eq!(f.total_strength, Some(0.75));

    let order = |counts: [u64; 6]| Counts::new(counts).ranked().map(Category::letter).join("");
    assert_eq!(order([8, 8, 2, 2, 0, 0]), "OAMIRQ"); // O before A
    assert_eq!(order([3, 0, 0, 3, 0, 0]), "AIMORQ"); // A before I, zeros in tie order
    assert_eq!(order([0, 0, 0, 4, 4, 0]), "IRMOAQ"); // I before R
    assert_eq!(order([0, 0, 0, 0, 2, 2]), "RQMOAI"); // R before Q
    assert_eq!(order([1, 1, 1, 1, 1, 1]), "MOAIRQ");
}

#[test]
fn an_all_reverse_feature_has_no_better_or_worse() {
    // R = 12: A + O + M + I = 0, so Better and Worse are undefined, not 0.
    let f = FeatureScore::from_counts("r", Counts::new([0, 0, 0, 0, 12, 0]));
    assert_eq!(f.category, Some(Category::Reverse));
    assert_eq!(f.better, None);
    assert_eq!(f.worse, None);
    // Shares over O, A, M, I, R: 12/12 − 0 = 1; total strength (0 + 0 + 0) / 12 = 0.
    assert_eq!(f.category_strength, Some(1.0));
    assert_eq!(f.total_strength, Some(0.0));
    // Fong: |12 − 0| = 12 ≥ 1.65·√(12·12/24) = 1.65·2.449 = 4.04: passes the screen, but 12
    // answers are too few to test.
    assert_eq!(f.fong_screen, Some(true));
    assert_eq!(f.significant, None);
    assert_eq!(f.second, None);
    assert_eq!(f.shown_category(), "R");

    let json = serde_json::to_value(&f).unwrap();
    assert!(json["better"].is_null());
    assert!(json["worse"].is_null());
}

#[test]
fn a_lead_that_is_not_significant_shows_both_categories() {
    // I = 14, O = 10, A = 4, M = 2: n = 30, a = 14, b = 10.
    // Fong: 1.65·√((14 + 10)(60 − 24) / 60) = 1.65·√14.4 = 1.65·3.7947 = 6.261 > |14 − 10| = 4.
    // Exact binomial: 2 · P(X ≥ 14 | 24, ½) = 0.541256 (scipy binomtest(14, 24)): not significant.
    let f = FeatureScore::from_counts("x", Counts::new([4, 10, 2, 14, 0, 0]));
    assert_eq!(f.category, Some(Category::Indifferent));
    assert_eq!(f.significant, Some(false));
    assert!((f.lead.p.unwrap() - 0.541_256_189_346_313_5).abs() < 1e-12);
    assert_eq!(f.shown_category(), "I/O");
    assert!((f.fong_critical.unwrap() - 6.261_37).abs() < 1e-4);
    // Better = (4 + 10) / 30 = 0.46667; Worse = −(10 + 2) / 30 = −0.4.
    assert!((f.better.unwrap() - 14.0 / 30.0).abs() < 1e-12);
    assert!((f.worse.unwrap() + 0.4).abs() < 1e-12);
    // Category strength = 14/30 − 10/30 = 0.13333; total strength = (4 + 10 + 2) / 30 = 0.53333.
    assert!((f.category_strength.unwrap() - 4.0 / 30.0).abs() < 1e-12);
    assert!((f.total_strength.unwrap() - 16.0 / 30.0).abs() < 1e-12);

    // M = 20, O = 5, A = 3, I = 2: |20 − 5| = 15 ≥ 1.65·√(25·35/60) = 6.301: significant.
    let g = FeatureScore::from_counts("y", Counts::new([3, 5, 20, 2, 0, 0]));
    assert_eq!(g.significant, Some(true));
    assert_eq!(g.shown_category(), "M");
    assert_eq!(g.dual_category(), None);
}

#[test]
fn fong_exactly_at_the_threshold_is_significant() {
    // n = 363, a = 84 (I), b = 66 (O): 800·363·18² = 94 089 600 = 1089·150·576, so
    // |a − b| = 18 equals 1.65·√(150·576/726) exactly; ≥ makes it significant.
    let at = Counts::new([60, 66, 60, 84, 50, 43]);
    assert_eq!(at.n(), 363);
    assert_eq!(at.fong_screen(), Some(true));
    // One O more and one Q fewer: |84 − 67| = 17 < 1.65·√(151·575/726) = 18.03.
    let below = Counts::new([60, 67, 60, 84, 50, 42]);
    assert_eq!(below.fong_screen(), Some(false));
    // A single respondent is never significant: 1 < 1.65·√(1·1/2) = 1.17.
    assert_eq!(Counts::new([1, 0, 0, 0, 0, 0]).fong_screen(), Some(false));
    assert_eq!(Counts::default().fong_screen(), None);
}

#[test]
fn questionable_answers_count_in_n_but_not_in_the_shares_or_coefficients() {
    // Q = 10, A = 6, O = 4: n = 20, category Q.
    let f = FeatureScore::from_counts("q", Counts::new([6, 4, 0, 0, 0, 10]));
    assert_eq!(f.category, Some(Category::Questionable));
    // Shares over O, A, M, I, R only: 6/20 − 4/20 = 0.1 (not 10/20 − 6/20).
    assert!((f.category_strength.unwrap() - 0.1).abs() < 1e-12);
    // Better = (6 + 4) / (6 + 4) = 1; Worse = −4 / 10 = −0.4; total = 10/20 = 0.5.
    assert_eq!(f.better, Some(1.0));
    assert_eq!(f.worse, Some(-0.4));
    assert_eq!(f.total_strength, Some(0.5));
}

#[test]
fn better_is_computed_not_copied_from_a_teaching_page() {
    // A teaching page prints Better 0.82 for counts whose Better is 0.8386. With A = 150,
    // O = 115, M = 31, I = 20: Better = 265 / 316 = 0.838607…, Worse = −146 / 316 = −0.462025…
    let f = FeatureScore::from_counts("page", Counts::new([150, 115, 31, 20, 4, 2]));
    let better = f.better.unwrap();
    assert!((better - 0.8386).abs() < 5e-5, "{better}");
    assert!((better - 0.82).abs() > 0.01);
    assert!((f.worse.unwrap() + 146.0 / 316.0).abs() < 1e-12);
}

#[test]
fn worse_is_never_negative_zero() {
    // A = 3, I = 2: O + M = 0, Worse = 0 (positive zero), Better = 3/5.
    let f = FeatureScore::from_counts("a", Counts::new([3, 0, 0, 2, 0, 0]));
    let w = f.worse.unwrap();
    assert_eq!(w.to_bits(), 0.0_f64.to_bits(), "positive zero");
    assert_eq!(serde_json::to_string(&f.worse).unwrap(), "0.0");
    assert_eq!(f.better, Some(0.6));
}

fn kano_answer(f: Option<KanoWord>, d: Option<KanoWord>, importance: Option<i32>) -> Answer {
    Answer::Kano {
        functional: f,
        dysfunctional: d,
        importance,
    }
}

fn respondent(name: &str, answers: &[(&str, Answer)]) -> Response {
    Response {
        respondent: name.to_string(),
        answers: answers
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
        ..Response::default()
    }
}

fn builtin(table: KanoTable) -> Instrument {
    let mut i = Instrument::load("kano").expect("built-in kano");
    i.settings.kano_table = table;
    i
}

fn score(instrument: &Instrument, responses: &[Response], by: Option<&str>) -> KanoScore {
    let mut acc = Accumulator::new(
        instrument,
        &ScoreOptions {
            segment_by: by.map(str::to_string),
        },
    );
    for r in responses {
        acc.add(r);
    }
    acc.finish()
}

#[test]
fn continuous_analysis_means_and_sample_sds() {
    let inst = builtin(KanoTable::Standard);
    let rs = [
        respondent(
            "a",
            &[(
                "online_tracking",
                kano_answer(Some(Like), Some(Dislike), Some(9)),
            )],
        ),
        respondent(
            "b",
            &[(
                "online_tracking",
                kano_answer(Some(MustBe), Some(Dislike), Some(7)),
            )],
        ),
        respondent(
            "c",
            &[(
                "online_tracking",
                kano_answer(Some(Neutral), Some(Neutral), Some(3)),
            )],
        ),
        // Half-answered: not in n nor in the means, but its importance counts.
        respondent(
            "d",
            &[("online_tracking", kano_answer(Some(Like), None, Some(5)))],
        ),
        // Not applicable: left out entirely.
        respondent("e", &[("online_tracking", Answer::Na(None))]),
    ];
    let s = score(&inst, &rs, None);
    assert_eq!(s.respondents, 5);
    let f = s
        .features
        .iter()
        .find(|f| f.id == "online_tracking")
        .unwrap();
    // O (Like/Dislike), M (Must-be/Dislike), I (Neutral/Neutral).
    assert_eq!(f.counts, Counts::new([0, 1, 1, 1, 0, 0]));
    assert_eq!(f.n, 3);
    // Functional scores 4, 2, 0: mean 2, variance ((2² + 0² + 2²) / 2) = 4, SD 2.
    assert_eq!(f.functional_mean, Some(2.0));
    assert_eq!(f.functional_sd, Some(2.0));
    // Dysfunctional scores 4, 4, 0: mean 8/3, variance ((4/3)²·2 + (8/3)²) / 2 = 16/3.
    assert!((f.dysfunctional_mean.unwrap() - 8.0 / 3.0).abs() < 1e-12);
    assert!((f.dysfunctional_sd.unwrap() - (16.0_f64 / 3.0).sqrt()).abs() < 1e-12);
    // Importance 9, 7, 3, 5: mean 6, variance (9 + 1 + 9 + 1) / 3 = 20/3.
    assert_eq!(f.importance_n, 4);
    assert_eq!(f.importance_mean, Some(6.0));
    assert!((f.importance_sd.unwrap() - (20.0_f64 / 3.0).sqrt()).abs() < 1e-12);
    // Features nobody answered: n = 0, everything undefined.
    let none = s.features.iter().find(|f| f.id == "free_returns").unwrap();
    assert_eq!(none.n, 0);
    assert_eq!(none.category, None);
    assert_eq!(none.functional_mean, None);
    assert_eq!(none.significant, None);
    assert_eq!(none.shown_category(), "–");
}

#[test]
fn the_instrument_setting_chooses_the_table() {
    let rs = [respondent(
        "a",
        &[(
            "online_tracking",
            kano_answer(Some(MustBe), Some(MustBe), None),
        )],
    )];
    let standard = score(&builtin(KanoTable::Standard), &rs, None);
    let pouliot = score(&builtin(KanoTable::Pouliot), &rs, None);
    assert_eq!(standard.features[0].category, Some(Category::Indifferent));
    assert_eq!(pouliot.features[0].category, Some(Category::Questionable));
    assert_eq!(pouliot.table, KanoTable::Pouliot);
}

#[test]
fn segments_by_any_respondent_field() {
    let inst = builtin(KanoTable::Standard);
    let mut rs = Vec::new();
    for (i, (plan, f, d)) in [
        ("premium", Like, Dislike),
        ("premium", Like, Dislike),
        ("basic", MustBe, Dislike),
        ("", Neutral, Neutral),
    ]
    .into_iter()
    .enumerate()
    {
        let mut r = respondent(
            &format!("r{i}"),
            &[("hotline_24x7", kano_answer(Some(f), Some(d), None))],
        );
        if !plan.is_empty() {
            r.fields.insert("plan".into(), plan.into());
        }
        rs.push(r);
    }
    let s = score(&inst, &rs, Some("plan"));
    let seg = s.segments.as_ref().unwrap();
    assert_eq!(seg.field, "plan");
    let values: Vec<&str> = seg.segments.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values, ["basic", "premium", UNSPECIFIED_SEGMENT]);
    let hotline = |v: &str| {
        let sg = seg.segments.iter().find(|x| x.value == v).unwrap();
        sg.features
            .iter()
            .find(|f| f.id == "hotline_24x7")
            .unwrap()
            .clone()
    };
    assert_eq!(hotline("premium").counts, Counts::new([0, 2, 0, 0, 0, 0]));
    assert_eq!(hotline("basic").counts, Counts::new([0, 0, 1, 0, 0, 0]));
    assert_eq!(
        hotline("unspecified").counts,
        Counts::new([0, 0, 0, 1, 0, 0])
    );
    // The overall figures are the sum of the segments.
    let all = s.features.iter().find(|f| f.id == "hotline_24x7").unwrap();
    assert_eq!(all.counts, Counts::new([0, 2, 1, 1, 0, 0]));
    // Role works the same way; no --by, no segments.
    assert!(score(&inst, &rs, None).segments.is_none());
}

#[test]
fn segments_past_the_limit_are_pooled() {
    let inst = builtin(KanoTable::Standard);
    let rs: Vec<Response> = (0..MAX_SEGMENTS + 5)
        .map(|i| {
            respondent(
                &format!("r{i}"),
                &[("video_guides", kano_answer(Some(Like), Some(Neutral), None))],
            )
        })
        .collect();
    let s = score(&inst, &rs, Some("respondent"));
    let seg = s.segments.unwrap();
    assert_eq!(seg.segments.len(), MAX_SEGMENTS + 1);
    let pooled = seg.segments.last().unwrap();
    assert!(pooled.pooled);
    assert_eq!(pooled.respondents, 5);
}

#[test]
fn what_to_do_order_must_be_then_performance_by_better_then_the_rest() {
    let f = |id: &str, c: [u64; 6]| FeatureScore::from_counts(id, Counts::new(c));
    let features = vec![
        f("indifferent", [1, 0, 0, 9, 0, 0]),
        f("attractive_hi", [9, 1, 0, 0, 0, 0]), // Better 1.0
        f("must_mild", [0, 0, 5, 4, 0, 0]),     // |Worse| 5/9
        f("nobody", [0, 0, 0, 0, 0, 0]),
        f("one_dim", [2, 6, 2, 0, 0, 0]),     // Better 0.8
        f("must_strong", [0, 1, 8, 0, 0, 0]), // |Worse| 1.0
        f("reverse", [0, 0, 0, 0, 5, 0]),
        f("questionable", [0, 0, 0, 0, 0, 5]),
    ];
    let order: Vec<&str> = action_order(&features)
        .iter()
        .map(|&i| features[i].id.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "must_strong",
            "must_mild",
            "attractive_hi",
            "one_dim",
            "indifferent",
            "reverse",
            "questionable",
            "nobody"
        ]
    );
}

fn word() -> impl Strategy<Value = KanoWord> {
    (0usize..5).prop_map(|i| KanoWord::ALL[i])
}

fn answers() -> impl Strategy<Value = Vec<(Option<KanoWord>, Option<KanoWord>, Option<i32>)>> {
    prop::collection::vec(
        (
            prop::option::weighted(0.9, word()),
            prop::option::weighted(0.9, word()),
            prop::option::of(1i32..=9),
        ),
        0..60,
    )
}

proptest! {
    #[test]
    fn better_and_worse_stay_in_range(c in prop::array::uniform6(0u64..1000)) {
        let counts = Counts::new(c);
        if let Some(b) = counts.better() {
            prop_assert!((0.0..=1.0).contains(&b));
        }
        if let Some(w) = counts.worse() {
            prop_assert!((-1.0..=0.0).contains(&w));
            prop_assert!(w != 0.0 || w.is_sign_positive());
        }
        prop_assert_eq!(counts.better().is_none(), c[0] + c[1] + c[2] + c[3] == 0);
        if let (Some(cs), Some(ts)) = (counts.category_strength(), counts.total_strength()) {
            prop_assert!((0.0..=1.0).contains(&cs));
            prop_assert!((0.0..=1.0).contains(&ts));
        }
    }

    #[test]
    fn respondent_order_changes_nothing(
        (list, perm) in answers().prop_flat_map(|v| {
            let n = v.len();
            (Just(v), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        }),
        pouliot in any::<bool>(),
    ) {
        let inst = builtin(if pouliot { KanoTable::Pouliot } else { KanoTable::Standard });
        let respondents: Vec<Response> = list
            .iter()
            .enumerate()
            .map(|(i, (f, d, imp))| {
                let mut r = respondent(&format!("r{i}"), &[("fault_alerts", kano_answer(*f, *d, *imp))]);
                r.fields.insert("plan".into(), if i % 3 == 0 { "a".into() } else { "b".into() });
                r
            })
            .collect();
        // Whole respondents move, so segment membership travels with the answers.
        let shuffled: Vec<Response> = perm.iter().map(|&i| respondents[i].clone()).collect();
        let s = score(&inst, &respondents, Some("plan"));
        prop_assert_eq!(&s, &score(&inst, &shuffled, Some("plan")));
        let f = &s.features[s.features.iter().position(|f| f.id == "fault_alerts").unwrap()];
        if let Some(b) = f.better { prop_assert!((0.0..=1.0).contains(&b)); }
        if let Some(w) = f.worse { prop_assert!((-1.0..=0.0).contains(&w)); }
    }
}

#[test]
fn every_feature_of_a_response_is_found_among_other_answers() {
    // The accumulator merges the sorted answers with the features in id order: answers before,
    // between and after the features must not hide any of them.
    let inst = builtin(KanoTable::Standard);
    let mut answers: Vec<(&str, Answer)> = inst
        .questions
        .iter()
        .map(|q| {
            (
                q.id.as_str(),
                kano_answer(Some(Like), Some(Dislike), Some(5)),
            )
        })
        .collect();
    answers.push(("aaa_note", Answer::Text("x".into())));
    answers.push(("m_between", Answer::Value(3)));
    answers.push(("zzz_after", Answer::Value(1)));
    let s = score(&inst, &[respondent("all", &answers)], None);
    assert_eq!(s.features.len(), 9);
    for f in &s.features {
        assert_eq!(f.counts, Counts::new([0, 1, 0, 0, 0, 0]), "{}", f.id);
        assert_eq!(f.importance_n, 1, "{}", f.id);
    }
}
