//! The Kano document in every format: JSON names, HTML, the new figures (intervals, "too few
//! answers to test", flags) in both languages, narrow terminals, the evaluation table.

use super::*;
use crate::report::text::{width, wrap};

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
        "better_interval",
        "worse",
        "worse_interval",
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
    // The next steps are the report's sentences.
    assert!(
        k["next_steps"][0]
            .as_str()
            .unwrap()
            .starts_with("Guarantee first — must-be: 24/7 service hotline")
    );
}

#[test]
fn html_draws_both_plots_as_inline_svg() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, Some("plan"));
    let out = html(&r, &kano(&r), Lang::Zh);
    assert_eq!(out.matches("<svg").count(), 2);
    assert!(out.contains("魅力型") && out.contains("必备型"));
    assert!(crate::report::svg::well_formed(&out), "{out}");
    assert!(!out.contains("http://") && !out.contains("https://"));
    // Both scatters carry the features' markers and names, and the segment tests are there.
    assert!(out.contains("1 7×24小时服务热线"), "{out}");
    assert!(out.contains("按 plan 分群"));
    assert!(out.contains("类别构成检验"));
}

#[test]
fn intervals_flags_and_the_lead_test_in_text_and_markdown_in_both_languages() {
    let inst = Instrument::load("kano").unwrap();
    let r = demo_report(&inst, None);
    let s = kano(&r);
    // Hotline: Better 19/61 with Wilson (0.2094, 0.4359); Worse −44/61 with −(0.8181, 0.5983).
    // 64 answers: the lead M 30 over O 14 is tested, p = 0.0226 (exact binomial, 2 · P(X ≥ 30 | 44, ½)).
    for (lang, interval, worse, lead) in [
        (
            Lang::En,
            "0.21 to 0.44",
            "-0.82 to -0.60",
            "vs O: p = 0.023",
        ),
        (
            Lang::Zh,
            "0.21 至 0.44",
            "-0.82 至 -0.60",
            "对 O：p = 0.023",
        ),
    ] {
        let t = text(&r, &s, lang, 100);
        let md = markdown(&r, &s, lang);
        for out in [&t, &md] {
            assert!(out.contains(interval), "{lang:?}: {out}");
            assert!(out.contains(worse), "{lang:?}: {out}");
            assert!(out.contains(lead), "{lang:?}: {out}");
            // 64 answers: nothing is flagged, nothing is "too few".
            assert!(!out.contains('⚠') || out.contains("⚠ fewer") || out.contains("⚠ 答案"));
        }
        assert!(
            md.contains(&format!("| 0.31 | {interval} | -0.72 | {worse} |")),
            "{md}"
        );
    }

    // Six and eight answers: no lead is tested, the category is flagged beside it.
    let rs: Vec<Response> = (0..6)
        .map(|i| {
            let mut r = one(&[("hotline_24x7", MustBe, Dislike)]);
            r.respondent = format!("r{i}");
            r
        })
        .collect();
    let r = Report::new(&inst, &rs);
    let s = kano(&r);
    for (lang, too_few, flag) in [
        (Lang::En, "too few answers to test (n < 30)", "M ⚠"),
        (Lang::Zh, "答案太少，无法检验（n < 30）", "M ⚠"),
    ] {
        let t = text(&r, &s, lang, 100);
        // Markdown writes `<` as an entity, so that nothing in a report becomes HTML.
        let md_too_few = too_few.replace('<', "&lt;");
        let md = markdown(&r, &s, lang);
        for (out, too_few) in [(&t, too_few), (&md, md_too_few.as_str())] {
            assert!(out.contains(too_few), "{lang:?}: {out}");
            assert!(out.contains(flag), "{lang:?}: {out}");
            // The score type's English reason never reaches the reader.
            assert!(!out.contains("a lead is tested from"), "{out}");
        }
        let row = md
            .lines()
            .find(|l| l.starts_with("| 1 |"))
            .expect("the first feature's row");
        assert!(
            row.contains(&format!("| 6 | {flag} | {md_too_few} |")),
            "{row}"
        );
        let line = t
            .lines()
            .find(|l| l.contains(too_few))
            .expect("the first feature's line");
        assert!(line.contains(&format!("6  {flag}")), "{line}");
    }
}

#[test]
fn a_narrow_terminal_gets_lines_no_wider_than_itself() {
    let inst = Instrument::load("kano").unwrap();
    for by in [None, Some("plan")] {
        let r = demo_report(&inst, by);
        let s = kano(&r);
        for lang in [Lang::En, Lang::Zh] {
            for w in [60, 80, 100] {
                let out = text(&r, &s, lang, w);
                for l in out.lines() {
                    assert!(width(l) <= w, "{lang:?} at {w}: {l:?}");
                }
                // Both plots are drawn, and the key figures stay.
                assert_eq!(out.matches("0.5┼").count(), 1, "{lang:?} at {w}");
                assert_eq!(out.matches("2.0┼").count(), 1, "{lang:?} at {w}");
                assert!(out.contains("-0.82"), "{lang:?} at {w}");
            }
        }
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
    assert!(sum.contains("First: Guarantee first"), "{sum}");
    let zh = summary(&inst, &s, Lang::Zh);
    assert!(
        zh.contains("必备型：") && zh.contains("7×24小时服务热线"),
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
    let out = text(&r, &s, Lang::En, 100);
    let row = out
        .lines()
        .find(|l| l.contains("Loyalty membership tiers") && l.contains(" R "))
        .unwrap();
    assert!(row.contains("too few answers to test"), "{row}");
    let bw = out
        .lines()
        .filter(|l| l.contains("Loyalty membership tiers"))
        .find(|l| l.contains("n/a"))
        .unwrap();
    assert_eq!(
        bw.matches("n/a").count(),
        4,
        "Better, Worse and both intervals: {bw}"
    );
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
fn means_outside_the_plot_are_drawn_at_its_edge_and_said_so() {
    let inst = Instrument::load("kano").unwrap();
    // Dislike when present (functional −2), like when absent (dysfunctional −2): reverse, and
    // both means below 0.
    let r = Report::new(&inst, &[one(&[("loyalty_tiers", Dislike, Like)])]);
    let s = kano(&r);
    let out = text(&r, &s, Lang::En, 100);
    assert!(
        out.contains("Outside 0–4, drawn at the edge: Loyalty membership tiers."),
        "{out}"
    );
    let zh = markdown(&r, &s, Lang::Zh);
    assert!(zh.contains("超出 0–4、画在边缘：会员等级权益。"), "{zh}");
    // The point is drawn, in the bottom-left corner of the continuous plot.
    let plot: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("Continuous analysis"))
        .collect();
    assert!(plot[16].starts_with("  0.0│1"), "{plot:#?}");
}

#[test]
fn the_pouliot_table_is_stated_and_printed() {
    let mut inst = Instrument::load("kano").unwrap();
    inst.settings.kano_table = KanoTable::Pouliot;
    let r = Report::new(&inst, &[one(&[("hotline_24x7", MustBe, MustBe)])]);
    let s = kano(&r);
    assert!(policies(&inst, &s, Lang::En)[0].contains("Pouliot"));
    let md = markdown(&r, &s, Lang::En);
    assert!(md.contains("| I expect it | R | Q | I | I | M |"), "{md}");
    let zh = markdown(&r, &s, Lang::Zh);
    assert!(zh.contains("| 理所当然 | R | Q | I | I | M |"), "{zh}");
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
            text(&r, &s, Lang::Zh, 100),
            markdown(&r, &s, Lang::Zh),
            html(&r, &s, Lang::Zh),
        ];
        for out in &outputs {
            assert!(out.contains(zh), "{out}");
            assert!(!out.contains("评价表：standard") && !out.contains("评价表：pouliot"));
        }
        for out in [
            text(&r, &s, Lang::En, 100),
            markdown(&r, &s, Lang::En),
            html(&r, &s, Lang::En),
        ] {
            assert!(out.contains(en), "{out}");
        }
    }
}

#[test]
fn roles_stand_side_by_side_without_by() {
    let inst = Instrument::load("kano").unwrap();
    let mut a = one(&[("hotline_24x7", MustBe, Dislike)]);
    a.role = Some("customer".into());
    let mut b = one(&[("hotline_24x7", Like, Dislike)]);
    b.respondent = "other".into();
    b.role = Some("staff".into());
    let r = Report::new(&inst, &[a, b]);
    let s = kano(&r);
    let out = text(&r, &s, Lang::En, 100);
    assert!(out.contains("By role"), "{out}");
    assert!(
        out.contains("customer (1)") && out.contains("staff (1)"),
        "{out}"
    );
    let md = markdown(&r, &s, Lang::Zh);
    assert!(md.contains("## 按角色"), "{md}");
    assert!(md.contains("M · 0.00 / -1.00 · n=1 ⚠"), "{md}");
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
