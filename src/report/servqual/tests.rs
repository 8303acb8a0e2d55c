//! The SERVQUAL document's pieces: number formats, the paired t cell below and above its minimum
//! n, α below its minimum cases, the zone drawing fitted to the width.

use super::tables::test_cell;
use super::zone::ZoneDrawing;
use super::*;
use crate::report::doc::{Cell, Drawing};
use crate::score::servqual::TTest;

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Text(i) => i.text(),
        Cell::Bar(_) => String::new(),
    }
}

fn t(t: f64, df: u64, p: Option<f64>) -> TTest {
    let testable = p.is_some();
    TTest {
        t,
        df,
        p,
        testable,
        min_n: MIN_T_N,
        reason: (!testable).then(|| "too few answers to test: English from the score".into()),
        significant: p.map(|p| p < 0.05),
    }
}

#[test]
fn numbers_are_never_negative_zero() {
    assert_eq!(fmt2(Some(-0.004)), "0.00");
    assert_eq!(fmt2s(Some(-0.004)), "0.00");
    assert_eq!(fmt2s(Some(0.25)), "+0.25");
    assert_eq!(fmt2s(None), "n/a");
}

#[test]
fn a_t_test_below_its_minimum_n_says_so_in_the_catalogs_words() {
    // t = −21 with df = 1 was starred as significant; below 10 respondents no test is made.
    let few = t(-21.0, 1, None);
    assert_eq!(
        cell_text(&test_cell(Some(&few), Lang::En)),
        "too few answers to test (n < 10)"
    );
    assert_eq!(
        cell_text(&test_cell(Some(&few), Lang::Zh)),
        "答案太少，无法检验（n < 10）"
    );
    let sig = t(-6.333, 11, Some(0.00005));
    assert_eq!(
        cell_text(&test_cell(Some(&sig), Lang::En)),
        "t -6.33, df 11, p < 0.001 *"
    );
    let not = t(0.39, 11, Some(0.704));
    assert_eq!(
        cell_text(&test_cell(Some(&not), Lang::En)),
        "t 0.39, df 11, p = 0.704"
    );
    assert_eq!(cell_text(&test_cell(None, Lang::En)), "n/a");
}

#[test]
fn alpha_is_shown_from_ten_complete_cases_and_flagged_when_negative() {
    let a = |alpha, cases| Alpha { alpha, cases };
    assert_eq!(fmt_alpha(&a(None, 3), Lang::En), "n < 10");
    assert_eq!(fmt_alpha(&a(None, 12), Lang::En), "n/a");
    assert_eq!(fmt_alpha(&a(Some(-1.333), 12), Lang::En), "-1.33!");
    assert_eq!(fmt_alpha(&a(Some(-0.004), 12), Lang::En), "-0.00!");
    assert_eq!(fmt_alpha(&a(Some(0.876), 12), Lang::Zh), "0.88");
}

fn zone_score() -> ServqualScore {
    let inst = crate::instrument::Instrument::parse(
        include_str!("../../../questionnaires/servqual-zone.yaml"),
        crate::instrument::Origin::Builtin,
    )
    .expect("the zone form parses");
    let mut acc =
        crate::score::servqual::Accumulator::new(&inst, &crate::score::ScoreOptions::default());
    let mut r = crate::response::Response {
        respondent: "z".into(),
        ..Default::default()
    };
    let part = |k: &str, v: f64| (k.to_string(), crate::response::PartValue::Num(v));
    r.answers.insert(
        "tangibles.1".into(),
        crate::response::Answer::Parts(vec![
            part("adequate", 3.0),
            part("desired", 6.0),
            part("perceived", 2.0),
        ]),
    );
    acc.add(&r);
    acc.finish()
}

#[test]
fn the_zone_drawing_fits_the_width_and_marks_where_perception_falls() {
    let s = zone_score();
    for lang in [Lang::En, Lang::Zh] {
        let names: Vec<String> = s
            .dimensions
            .iter()
            .map(|d| format!("{} dimension with a long name", d.id))
            .collect();
        let d = ZoneDrawing::new(&s, names, lang);
        for w in 40..=120 {
            for l in d.text(w).expect("a terminal form") {
                assert!(width(&l.text()) <= w, "{w}: {}", l.text());
            }
        }
        let svg = d.svg("t", "d");
        assert!(crate::report::svg::well_formed(&svg), "{svg}");
    }
    // Tangibles: P 2 below A 3 … D 6 → below the zone, the dot before the band.
    let d = ZoneDrawing::new(&s, vec!["Tangibles".into(); 5], Lang::En);
    let lines: Vec<String> = d.text(100).unwrap().iter().map(Inline::text).collect();
    let row = lines
        .iter()
        .find(|l| l.contains('●') && l.contains("Tangibles"))
        .expect("a dot");
    assert!(row.find('●') < row.find('▒'), "{row}");
    assert!(row.ends_with("below the zone"), "{row}");
}
