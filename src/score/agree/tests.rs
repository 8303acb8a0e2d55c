use super::*;
use crate::response::Answer;

fn rater(inst: &Instrument, name: &str, values: &[(&str, Option<i32>)]) -> Response {
    let _ = inst;
    Response {
        respondent: name.into(),
        role: Some("manager".into()),
        answers: values
            .iter()
            .map(|(id, v)| {
                (
                    (*id).to_string(),
                    v.map_or(Answer::Na(Some("not here".into())), Answer::Value),
                )
            })
            .collect(),
        ..Response::default()
    }
}

#[test]
fn items_give_n_median_range_sd_and_disputed_by_hand() {
    let inst = Instrument::load("maturity").expect("built-in");
    let rs = [
        rater(
            &inst,
            "a",
            &[("strategy.1", Some(2)), ("strategy.2", Some(3))],
        ),
        rater(
            &inst,
            "b",
            &[("strategy.1", Some(4)), ("strategy.2", Some(4))],
        ),
        rater(&inst, "c", &[("strategy.1", Some(5)), ("strategy.2", None)]),
        // A consensus response is not a rater.
        rater(
            &inst,
            CONSENSUS,
            &[("strategy.1", Some(1)), ("strategy.2", Some(1))],
        ),
    ];
    let a = agreement(&inst, &rs);
    assert_eq!(a.raters, 3);
    assert_eq!(a.rater_names, ["a", "b", "c"]);
    let s1 = a.items.iter().find(|i| i.id == "strategy.1").expect("item");
    assert_eq!((s1.n, s1.min, s1.max), (3, Some(2), Some(5)));
    assert_eq!(s1.median, Some(4.0));
    // SD of 2, 4, 5: mean 11/3, squares 25/9 + 1/9 + 16/9 = 42/9, / 2 = 7/3.
    assert!((s1.sd.expect("sd") - (7.0_f64 / 3.0).sqrt()).abs() < 1e-12);
    assert!(s1.disputed, "2 to 5 spans 3 points");
    let s2 = a.items.iter().find(|i| i.id == "strategy.2").expect("item");
    assert_eq!(
        (s2.n, s2.median, s2.disputed),
        (2, Some(3.5), false),
        "N/A is missing"
    );
    assert_eq!(
        a.disputed().first().map(|i| i.id.as_str()),
        Some("strategy.1")
    );
    let strategy = a
        .dimensions
        .iter()
        .find(|d| d.id == "strategy")
        .expect("group");
    assert_eq!((strategy.raters, strategy.pairable_units), (3, 2));
    // Pairable values: strategy.1 (2, 4, 5) and strategy.2 (3, 4); the stats module's α over
    // exactly these units.
    let expected = krippendorff_ordinal(&[vec![2, 4, 5], vec![3, 4]]).alpha;
    assert_eq!(strategy.alpha, expected);
    assert_eq!(a.alpha, expected, "no other item was rated by two");
}

#[test]
fn identical_raters_agree_perfectly_and_nothing_is_disputed() {
    let inst = Instrument::load("pyramid").expect("built-in");
    let answers: Vec<(&str, Option<i32>)> = inst
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), Some(1 + (i as i32 % 5))))
        .collect();
    let rs: Vec<Response> = ["x", "y", "z"]
        .iter()
        .map(|n| rater(&inst, n, &answers))
        .collect();
    let a = agreement(&inst, &rs);
    assert_eq!(a.alpha, Some(1.0));
    assert!(a.items.iter().all(|i| !i.disputed));
    assert!(
        a.items.iter().all(|i| !i.id.ends_with(".importance")),
        "importance is not a rating of the organisation"
    );
    assert_eq!(band(a.alpha), Band::Reliable);
}

#[test]
fn bands_follow_krippendorff() {
    assert_eq!(band(Some(0.8)), Band::Reliable);
    assert_eq!(band(Some(0.7999)), Band::Tentative);
    assert_eq!(band(Some(0.667)), Band::Tentative);
    assert_eq!(band(Some(0.6669)), Band::Unreliable);
    assert_eq!(band(Some(-0.2)), Band::Unreliable);
    assert_eq!(band(None), Band::Undefined);
}
