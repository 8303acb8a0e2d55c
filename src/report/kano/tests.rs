//! The Kano report over the demo results (snapshots in both languages), JSON names, HTML, and
//! the generator of the demo file itself (a test helper: `CXASSESS_UPDATE_DEMO=1 cargo test
//! --lib report::kano` rewrites `demo/kano.yaml`).

mod formats;

use super::*;
use crate::instrument::KanoTable;
use crate::report::write::{self, Options};
use crate::response::{Answer, KanoWord, Response, Results};
use crate::score::kano::Category;
use crate::score::{ScoreOptions, Scored, score};
use KanoWord::{Dislike, Like, LiveWith, MustBe, Neutral};

/// Per feature, the counts A O M I R Q the demo's 64 customers give (by construction).
const DEMO_COUNTS: [(&str, [u64; 6]); 9] = [
    ("online_tracking", [12, 28, 14, 9, 1, 0]),
    ("free_returns", [20, 22, 8, 12, 2, 0]),
    ("recommendations", [18, 6, 4, 26, 8, 2]),
    ("expert_support", [10, 30, 14, 10, 0, 0]),
    ("loyalty_tiers", [14, 6, 4, 34, 6, 0]),
    ("fault_alerts", [32, 12, 4, 14, 2, 0]),
    ("hotline_24x7", [5, 14, 30, 12, 1, 2]),
    ("video_guides", [26, 6, 4, 24, 2, 2]),
    ("progress_notifications", [6, 20, 24, 12, 0, 2]),
];
const DEMO_RESPONDENTS: usize = 64;

/// A small deterministic generator (xorshift64*), so the demo is the same bytes every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Answer pairs that fall in each category (standard table), and an importance range.
fn pairs(c: Category) -> (&'static [(KanoWord, KanoWord)], (i32, i32)) {
    match c {
        Category::Attractive => (
            &[
                (Like, MustBe),
                (Like, Neutral),
                (Like, LiveWith),
                (Like, Neutral),
            ],
            (4, 8),
        ),
        Category::OneDimensional => (&[(Like, Dislike)], (6, 9)),
        Category::MustBe => (
            &[
                (MustBe, Dislike),
                (Neutral, Dislike),
                (MustBe, Dislike),
                (LiveWith, Dislike),
            ],
            (7, 9),
        ),
        Category::Indifferent => (
            &[
                (Neutral, Neutral),
                (MustBe, Neutral),
                (Neutral, LiveWith),
                (LiveWith, LiveWith),
                (MustBe, MustBe),
            ],
            (1, 5),
        ),
        Category::Reverse => (
            &[(Dislike, Like), (Neutral, Like), (LiveWith, Like)],
            (1, 3),
        ),
        Category::Questionable => (&[(Like, Like), (Dislike, Dislike)], (3, 6)),
    }
}

/// The demo's 64 customers: per feature the categories of `DEMO_COUNTS`, dealt to respondents
/// in a shuffled order, each as a concrete answer pair of that category.
fn demo_responses() -> Vec<Response> {
    let mut rng = Rng(0x6b61_6e6f_2026_1120);
    let mut responses: Vec<Response> = (0..DEMO_RESPONDENTS)
        .map(|i| {
            let mut r = Response {
                respondent: format!("customer-{:02}", i + 1),
                role: Some("customer".into()),
                started: Some(format!(
                    "2026-11-{:02}T{:02}:00:00Z",
                    10 + i % 10,
                    8 + i % 9
                )),
                complete: true,
                ..Response::default()
            };
            r.updated = r.started.as_ref().map(|s| s.replace(":00:00Z", ":12:00Z"));
            r.fields.insert(
                "plan".into(),
                if i % 2 == 0 {
                    "premium".into()
                } else {
                    "basic".into()
                },
            );
            r
        })
        .collect();
    for (id, counts) in DEMO_COUNTS {
        assert_eq!(counts.iter().sum::<u64>(), DEMO_RESPONDENTS as u64, "{id}");
        let mut deck: Vec<Category> = Category::ALL
            .iter()
            .zip(counts)
            .flat_map(|(c, k)| std::iter::repeat_n(*c, k as usize))
            .collect();
        for i in (1..deck.len()).rev() {
            let j = rng.below(i + 1);
            deck.swap(i, j);
        }
        for (r, c) in responses.iter_mut().zip(deck) {
            let (options, (lo, hi)) = pairs(c);
            let (f, d) = options[rng.below(options.len())];
            let importance =
                lo + i32::try_from(rng.below((hi - lo + 1).unsigned_abs() as usize)).unwrap_or(0);
            r.answers.insert(
                id.to_string(),
                Answer::Kano {
                    functional: Some(f),
                    dysfunctional: Some(d),
                    importance: Some(importance),
                },
            );
        }
    }
    responses
}

fn demo_yaml() -> String {
    let inst = Instrument::load("kano").unwrap();
    let mut results = Results::new(&inst);
    results.assessment.organization = Some("Harbour Appliance Service Centre".into());
    results.assessment.date = Some("2026-11-20".into());
    results.responses = demo_responses();
    crate::response::to_yaml(&results, &inst)
}

#[test]
fn the_demo_file_is_what_the_generator_makes() {
    let want = demo_yaml();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/demo/kano.yaml");
    if std::env::var_os("CXASSESS_UPDATE_DEMO").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "demo/kano.yaml is stale: run CXASSESS_UPDATE_DEMO=1 cargo test --lib report::kano"
    );
}

pub(super) fn demo_report<'a>(inst: &'a Instrument, by: Option<&str>) -> Report<'a> {
    let (results, _) =
        crate::response::read_results_str("<demo kano>", &demo_yaml(), None).unwrap();
    let mut report = Report::scored(
        inst,
        score(
            inst,
            &results.responses,
            ScoreOptions {
                segment_by: by.map(str::to_string),
            },
        ),
    );
    report
        .organization
        .clone_from(&results.assessment.organization);
    report.date.clone_from(&results.assessment.date);
    report.sources = vec!["demo:kano".into()];
    report
}

pub(super) fn kano(report: &Report<'_>) -> KanoScore {
    match &report.scoring.overall {
        Scored::Kano(k) => k.clone(),
        other => panic!("not kano: {other:?}"),
    }
}

#[test]
fn demo_figures_match_the_counts_it_was_built_from() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, None);
    let s = kano(&r);
    assert_eq!(s.respondents, 64);
    for (id, c) in DEMO_COUNTS {
        let f = s.features.iter().find(|f| f.id == id).unwrap();
        assert_eq!(f.counts, crate::score::kano::Counts::new(c), "{id}");
        assert!(!f.small_n(), "{id}: 64 answers, no warning");
    }
    let hotline = s.features.iter().find(|f| f.id == "hotline_24x7").unwrap();
    // Better = (5 + 14) / (5 + 14 + 30 + 12) = 19/61 = 0.3115; Worse = −(14 + 30)/61 = −0.7213.
    assert!((hotline.better.unwrap() - 19.0 / 61.0).abs() < 1e-12);
    assert!((hotline.worse.unwrap() + 44.0 / 61.0).abs() < 1e-12);
    // Fong: |30 − 14| = 16 ≥ 1.65·√(44·84/128) = 8.87: must-be, significant.
    assert_eq!(hotline.shown_category(), "M");
    // Progress notifications: M 24 vs O 20, |4| < 8.87: both shown.
    let progress = s
        .features
        .iter()
        .find(|f| f.id == "progress_notifications")
        .unwrap();
    assert_eq!(progress.shown_category(), "M/O");
    // Must-be first, by |Worse|: hotline 44/61 = 0.721 before progress (20+24)/62 = 0.710.
    let order: Vec<&str> = s.ordered().map(|f| f.id.as_str()).collect();
    assert_eq!(&order[..2], ["hotline_24x7", "progress_notifications"]);
}

/// The report as terminal text `width` columns wide, without colour.
pub(super) fn text(report: &Report<'_>, s: &KanoScore, lang: Lang, width: usize) -> String {
    write::text::write(
        &document(report, s, lang),
        Options {
            lang,
            width,
            color: false,
        },
    )
}

/// The report as Markdown.
pub(super) fn markdown(report: &Report<'_>, s: &KanoScore, lang: Lang) -> String {
    write::markdown::write(&document(report, s, lang), lang)
}

/// The report as an HTML page.
pub(super) fn html(report: &Report<'_>, s: &KanoScore, lang: Lang) -> String {
    write::html::write(&document(report, s, lang), lang)
}

pub(super) fn one(answers: &[(&str, KanoWord, KanoWord)]) -> Response {
    Response {
        respondent: "solo".into(),
        answers: answers
            .iter()
            .map(|(id, f, d)| {
                (
                    (*id).to_string(),
                    Answer::Kano {
                        functional: Some(*f),
                        dysfunctional: Some(*d),
                        importance: None,
                    },
                )
            })
            .collect(),
        ..Response::default()
    }
}

#[test]
fn text_report_in_english() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, None);
    let out = text(&r, &kano(&r), Lang::En, 100);
    assert!(out.contains("Better/Worse"));
    assert!(out.contains("M/O"));
    insta::assert_snapshot!("kano_text_en", out);
}

#[test]
fn text_report_in_chinese_aligns_by_display_width() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, Some("plan"));
    let out = text(&r, &kano(&r), Lang::Zh, 100);
    // The rows of the counts table (whose last column is a figure) each have one display width,
    // whatever the width of the Chinese names in them.
    let lines: Vec<&str> = out.lines().collect();
    let table = lines
        .iter()
        .position(|l| l.trim() == "各类别的答案数与强度")
        .unwrap()
        + 2;
    let widths: Vec<usize> = lines[table..table + 9].iter().map(|l| width(l)).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}\n{out}");
    assert!(lines[table].contains("7×24小时服务热线"), "{out}");
    // In the Better/Worse table the figures end in one column too.
    let bw = lines
        .iter()
        .position(|l| l.contains("Better") && l.contains("95% 区间"))
        .unwrap()
        + 1;
    let widths: Vec<usize> = lines[bw..bw + 9].iter().map(|l| width(l)).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}\n{out}");
    insta::assert_snapshot!("kano_text_zh_by_plan", out);
}

#[test]
fn markdown_report() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, None);
    let out = markdown(&r, &kano(&r), Lang::En);
    assert!(out.contains("| I like it | Q | A | A | A | O |"), "{out}");
    insta::assert_snapshot!("kano_markdown_en", out);
}
