//! The Kano report over the demo results (snapshots in both languages), JSON names, HTML, and
//! the generator of the demo file itself (a test helper: `CXASSESS_UPDATE_DEMO=1 cargo test
//! --lib report::kano` rewrites `demo/kano.yaml`).

use super::*;
use crate::instrument::KanoTable;
use crate::response::{Answer, KanoWord, Response, Results};
use crate::score::{ScoreOptions, score};
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

fn demo_report<'a>(inst: &'a Instrument, by: Option<&str>) -> Report<'a> {
    let (results, _) =
        crate::response::read_results_str("<demo kano>", &demo_yaml(), None).unwrap();
    Report {
        instrument: inst,
        scoring: score(
            inst,
            &results.responses,
            ScoreOptions {
                segment_by: by.map(str::to_string),
            },
        ),
        organization: results.assessment.organization.clone(),
        date: results.assessment.date.clone(),
        sources: vec!["demo:kano".into()],
        input_notes: Vec::new(),
    }
}

fn kano(report: &Report<'_>) -> KanoScore {
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

#[test]
fn text_report_in_english() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, None);
    let out = text(&r, &kano(&r), Lang::En, Painter { color: false });
    assert!(out.contains("Better/Worse"));
    assert!(out.contains("M/O"));
    insta::assert_snapshot!("kano_text_en", out);
}

#[test]
fn text_report_in_chinese_aligns_by_display_width() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, Some("plan"));
    let out = text(&r, &kano(&r), Lang::Zh, Painter { color: false });
    // The table rows and the legend rows each have one display width, whatever the width of
    // the Chinese names in them.
    let lines: Vec<&str> = out.lines().collect();
    let table = lines
        .iter()
        .position(|l| *l == "按行动优先顺序排列的功能")
        .unwrap()
        + 2;
    let widths: Vec<usize> = lines[table..table + 9].iter().map(|l| width(l)).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}\n{out}");
    assert!(lines[table].contains("7×24小时服务热线"));
    let legend = lines
        .iter()
        .position(|l| l.contains("|Worse|（缺失时的不满意度）"))
        .unwrap()
        + 1;
    let widths: Vec<usize> = lines[legend..legend + 9].iter().map(|l| width(l)).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}\n{out}");
    let at = |l: &str| width(&l[..l.find("|Worse|").unwrap()]);
    assert!(
        lines[legend..legend + 9]
            .iter()
            .all(|l| at(l) == at(lines[legend]))
    );
    insta::assert_snapshot!("kano_text_zh_by_plan", out);
}

#[test]
fn markdown_report() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, None);
    let out = markdown(&r, &kano(&r), Lang::En);
    assert!(out.contains("```text"));
    assert!(
        out.contains("| Like | Q | A | A | A | O |")
            || out.contains("| I like it | Q | A | A | A | O |")
    );
    insta::assert_snapshot!("kano_markdown_en", out);
}

#[test]
fn json_uses_the_names_of_the_spec() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, Some("plan"));
    let v = crate::report::json_report(&r, Lang::En);
    let k = &v["kano"];
    let f = &k["features"][0];
    for key in [
        "id",
        "n",
        "counts",
        "category",
        "better",
        "worse",
        "category_strength",
        "total_strength",
        "significant",
        "functional_mean",
        "dysfunctional_mean",
        "importance_mean",
    ] {
        assert!(f.get(key).is_some(), "missing {key}");
    }
    for key in ["A", "O", "M", "I", "R", "Q"] {
        assert!(f["counts"][key].is_u64(), "counts.{key}");
    }
    assert_eq!(f["id"], "hotline_24x7");
    assert_eq!(f["category"], "M");
    assert_eq!(f["n"], 64);
    assert_eq!(f["significant"], true);
    let progress = k["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "progress_notifications")
        .unwrap();
    assert_eq!(progress["category"], "M");
    assert_eq!(progress["dual_category"], "M/O");
    assert_eq!(progress["significant"], false);
    assert_eq!(k["table"], "standard");
    assert_eq!(k["segments"]["field"], "plan");
    assert_eq!(k["segments"]["segments"].as_array().unwrap().len(), 2);
    assert!(k["policies"].as_array().unwrap().len() >= 8);
}

#[test]
fn html_draws_both_plots_as_inline_svg() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, Some("plan"));
    let out = html(&r, &kano(&r), Lang::Zh);
    assert_eq!(out.matches("<svg").count(), 2);
    assert!(out.contains("魅力型") && out.contains("必备型"));
    assert!(html::well_formed(&out), "{out}");
    assert!(
        !out.contains("http://")
            || out.matches("http://").count()
                == out.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
    );
}

fn one(answers: &[(&str, KanoWord, KanoWord)]) -> Response {
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
fn a_single_respondents_report_shows_their_categories() {
    let inst = Instrument::load("kano").unwrap();
    let r = Report::new(
        &inst,
        &[one(&[
            ("hotline_24x7", MustBe, Dislike),
            ("fault_alerts", Like, Neutral),
        ])],
    );
    let s = kano(&r);
    let sum = summary(&inst, &s, Lang::En);
    assert!(
        sum.contains("Must-be:") && sum.contains("24/7 service hotline"),
        "{sum}"
    );
    assert!(
        sum.contains("Attractive:") && sum.contains("Proactive fault alerts"),
        "{sum}"
    );
    let zh = summary(&inst, &s, Lang::Zh);
    assert!(
        zh.contains("必备型") && zh.contains("7×24小时服务热线"),
        "{zh}"
    );
}

#[test]
fn an_all_reverse_feature_reads_n_a_and_is_not_plotted() {
    let mut inst = Instrument::load("kano").unwrap();
    inst.settings.kano_table = KanoTable::Standard;
    let rs: Vec<Response> = (0..3)
        .map(|_| one(&[("loyalty_tiers", Dislike, Like)]))
        .collect();
    let r = Report::new(&inst, &rs);
    let s = kano(&r);
    let out = text(&r, &s, Lang::En, Painter { color: false });
    let row = out
        .lines()
        .find(|l| l.contains("Loyalty membership tiers") && l.contains(" R "))
        .unwrap();
    assert!(row.contains("n/a"), "{row}");
    assert!(out.contains("Better/Worse n/a (no A, O, M or I answers): not plotted"));
    assert!(out.contains("Fewer than 30 answers"));
    let v = json(&inst, &s, Lang::En);
    let f = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "loyalty_tiers")
        .unwrap();
    assert!(f["better"].is_null() && f["worse"].is_null());
}

#[test]
fn the_pouliot_table_is_stated_and_printed() {
    let mut inst = Instrument::load("kano").unwrap();
    inst.settings.kano_table = KanoTable::Pouliot;
    let r = Report::new(&inst, &[one(&[("hotline_24x7", MustBe, MustBe)])]);
    let s = kano(&r);
    assert!(policies(&s, Lang::En)[0].contains("Pouliot"));
    let md = markdown(&r, &s, Lang::En);
    assert!(
        md.contains("| I expect it (must be) | R | Q | I | I | M |")
            || md.contains("| I expect it | R | Q | I | I | M |"),
        "{md}"
    );
}

/// The header names the evaluation table in the report's language, in every format.
#[test]
fn the_table_is_named_in_chinese_in_a_chinese_report() {
    for (table, zh, en) in [
        (KanoTable::Standard, "评价表：标准表", "table: standard"),
        (KanoTable::Pouliot, "评价表：Pouliot 变体", "table: pouliot"),
    ] {
        let mut inst = Instrument::load("kano").unwrap();
        inst.settings.kano_table = table;
        let r = Report::new(&inst, &[one(&[("hotline_24x7", MustBe, Dislike)])]);
        let s = kano(&r);
        let outputs = [
            text(&r, &s, Lang::Zh, Painter { color: false }),
            markdown(&r, &s, Lang::Zh),
            html(&r, &s, Lang::Zh),
        ];
        for out in &outputs {
            assert!(out.contains(zh), "{out}");
            assert!(!out.contains("评价表：standard") && !out.contains("评价表：pouliot"));
        }
        assert!(text(&r, &s, Lang::En, Painter { color: false }).contains(en));
    }
}

#[test]
fn two_decimals_never_show_negative_zero() {
    assert_eq!(fmt2(Some(-0.001)), "0.00");
    assert_eq!(fmt2(Some(0.838_607)), "0.84");
    assert_eq!(fmt2(None), "n/a");
    assert_eq!(marker(1), "1");
    assert_eq!(marker(10), "a");
    assert_eq!(marker(36), "+");
}

#[test]
fn wrapping_keeps_the_spacing_of_both_scripts() {
    let zh = "首先保证——必备型：7×24小时服务热线、服务进度通知。客户视之为理所当然：缺失会带来不满（|Worse| 最高 0.72），做得更多也难以加分。";
    let lines = wrap(zh, 30);
    assert!(lines.len() > 2);
    for l in &lines {
        assert!(width(l) <= 30, "{l}");
        assert!(!l.starts_with(['，', '。', '：', '）', '、']), "{l}");
        assert!(!l.ends_with('（'), "{l}");
    }
    // Nothing added or removed: joining the lines gives the text back (Chinese breaks drop
    // nothing; the one break at a space drops that space).
    assert_eq!(lines.concat().replace(' ', ""), zh.replace(' ', ""));
    assert!(lines.concat().contains("不满（|Worse|"));
    let en = "Guarantee first — must-be: 24/7 service hotline, Service progress notifications.";
    let lines = wrap(en, 30);
    assert_eq!(lines.join(" "), en);
    assert!(lines.iter().all(|l| width(l) <= 30));
}
