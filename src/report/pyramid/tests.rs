//! The pyramid document: the built-in questionnaire's actions and names, the drawing at every
//! width, and what each format shows.

use super::drawing::Pyramid;
use super::*;
use crate::instrument::{Instrument, QuestionKind};
use crate::report::doc::Drawing;
use crate::report::write::{self, Options};
use crate::report::{Format, svg};
use crate::response::read_results_str;

fn demo() -> Report<'static> {
    let src = include_str!("../../../demo/pyramid.yaml");
    let (results, inst) = read_results_str("demo", src, None).expect("the demo reads");
    let inst: &'static Instrument = Box::leak(Box::new(inst));
    Report::new(inst, &results.responses)
}

fn pyramid(report: &Report<'_>) -> PyramidScore {
    match &report.scoring.overall {
        Scored::Pyramid(p) => p.clone(),
        other => panic!("not a pyramid: {other:?}"),
    }
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_statement_of_the_built_in_pyramid_says_what_to_do_in_both_languages() {
    let inst = Instrument::load("pyramid").expect("built-in");
    let mut seen = std::collections::BTreeSet::new();
    let mut statements = 0;
    for q in &inst.questions {
        let QuestionKind::Scale(_) = &q.kind else {
            continue;
        };
        if q.id.ends_with(".importance") {
            assert!(q.improve.is_none(), "{}: importance has no action", q.id);
            continue;
        }
        statements += 1;
        let improve = q
            .improve
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no improvement action", q.id));
        let (en, zh) = (improve.get(Lang::En), improve.get(Lang::Zh));
        assert!(en.len() > 60 && !has_cjk(en), "{}: {en}", q.id);
        assert!(has_cjk(zh) && zh.chars().count() > 25, "{}: {zh}", q.id);
        // An action, not a restatement of the statement.
        assert_ne!(Some(en), q.text.as_ref().map(|t| t.get(Lang::En)));
        assert!(
            seen.insert(en.to_string()),
            "{}: the same action twice",
            q.id
        );
    }
    assert_eq!(statements, 37);
}

#[test]
fn one_name_per_tier_and_recognition_is_not_called_plainly_cognition() {
    let inst = Instrument::load("pyramid").expect("built-in");
    let description = inst.description.as_ref().expect("described").get(Lang::Zh);
    for tier in ["basic", "performance", "excitement"] {
        let name = tier_name(tier, Lang::Zh);
        assert!(description.contains(name), "{name} in {description}");
    }
    assert!(!description.contains("基础体验"), "{description}");
    assert!(!description.contains("基本体验"), "{description}");
    assert_eq!(inst.group_name("recognition", Lang::Zh), "识别体验");
    // 认知 only where the seed's name is given as the alias.
    for q in &inst.questions {
        for t in [&q.text, &q.help, &q.improve].into_iter().flatten() {
            assert!(
                !t.get(Lang::Zh).contains("认知"),
                "{}: {}",
                q.id,
                t.get(Lang::Zh)
            );
        }
    }
    // The report names the perception gap 感知差距, never 认知.
    let report = demo();
    let doc = document(&report, &pyramid(&report), Lang::Zh);
    let text = write::write(&doc, Format::Text, Options::plain(Lang::Zh));
    assert!(text.contains("感知差距"), "{text}");
    assert!(!text.contains("认知"), "{text}");
}

#[test]
fn the_drawn_pyramid_fits_every_width_or_steps_aside() {
    let report = demo();
    let s = pyramid(&report);
    for lang in Lang::ALL {
        let drawn = Pyramid::overall(report.instrument, &s, lang);
        for w in 20..=140 {
            match drawn.text(w) {
                Some(lines) => {
                    for l in &lines {
                        assert!(
                            crate::report::text::width(&l.text()) <= w,
                            "{w}: {}",
                            l.text()
                        );
                    }
                    // Every tier and every experience is named.
                    let all: String = lines.iter().map(|l| l.text() + "\n").collect();
                    for e in &s.experiences {
                        let name = report.instrument.group_name(&e.id, lang);
                        assert!(all.contains(&name), "{w}: {name}\n{all}");
                    }
                }
                None => assert!(w < 40, "no drawing at {w} columns"),
            }
        }
        // The viewpoint drawing has no character form: the table stands for it.
        let roles = parts::roles(&report, |x| match x {
            Scored::Pyramid(p) => Some(p),
            _ => None,
        });
        assert!(
            Pyramid::roles(report.instrument, &roles, lang)
                .text(100)
                .is_none()
        );
    }
}

#[test]
fn the_svg_pyramids_are_well_formed_and_hatch_what_is_not_achieved() {
    let report = demo();
    let s = pyramid(&report);
    let overall = Pyramid::overall(report.instrument, &s, Lang::En).svg("t", "d");
    assert!(svg::well_formed(&overall), "{overall}");
    assert_eq!(overall.matches("fill=\"url(#pyr-hatch-").count(), 3);
    for name in ["Respect", "Recognition", ">Basic<", ">65.6<"] {
        assert!(overall.contains(name), "{name}");
    }
    let roles = parts::roles(&report, |x| match x {
        Scored::Pyramid(p) => Some(p),
        _ => None,
    });
    let side = Pyramid::roles(report.instrument, &roles, Lang::Zh).svg("t", "d");
    assert!(svg::well_formed(&side));
    // Customer: nothing achieved (hatched); manager: every tier achieved (solid).
    assert!(side.contains("pyr-role0-hatch-basic"));
    assert!(!side.contains("pyr-role1-hatch-"));
    assert!(side.contains("客户 — 层级：无") && side.contains("管理者 — 层级：高级体验"));
}

#[test]
fn a_label_too_wide_for_its_band_is_set_smaller() {
    assert!((drawing::fitted("Basic", 14.0, 400.0) - 14.0).abs() < f64::EPSILON);
    let long = "An unusually long tier name for a narrow band";
    let size = drawing::fitted(long, 14.0, 120.0);
    assert!(size < 14.0);
    assert!(svg::text_px(long, size) * 1.15 <= 120.0 + 1e-9);
}

#[test]
fn markdown_leaves_drawings_out_and_html_draws_them() {
    let report = demo();
    let s = pyramid(&report);
    let doc = document(&report, &s, Lang::En);
    let md = write::write(&doc, Format::Markdown, Options::plain(Lang::En));
    assert!(!md.contains('░') && !md.contains("<svg"), "{md}");
    assert!(md.contains("## Tiers") && md.contains("## Experiences"));
    let html = write::write(&doc, Format::Html, Options::plain(Lang::En));
    assert!(svg::well_formed(&html));
    // The pyramid, the experience chart, the role pyramids, the role chart.
    assert_eq!(html.matches("<svg").count(), 4, "{html}");
    assert!(html.contains("Experience scores by role"));
}

#[test]
fn json_priorities_carry_the_statements_with_their_actions() {
    let report = demo();
    let s = pyramid(&report);
    for lang in Lang::ALL {
        let v = json(report.instrument, &s, lang);
        let st = &v["priorities"][0]["statements"];
        let first = st[0]["id"].as_str().expect("an id");
        let q = report.instrument.question(first).expect("a question");
        assert_eq!(
            st[0]["action"],
            q.improve.as_ref().expect("action").get(lang)
        );
        assert_eq!(st[0]["text"], q.text.as_ref().expect("text").get(lang));
        assert!(st[0]["score"].as_f64().is_some_and(|x| x < s.pass_mark));
    }
}

#[test]
fn every_tier_has_one_name_in_headings_and_a_sentence_form() {
    for lang in Lang::ALL {
        for t in crate::score::pyramid::TIERS {
            assert!(!tier_name(t, lang).is_empty());
            assert!(!tier_inline(t, lang).is_empty());
            assert_ne!(tier_name(t, lang), format!("pyramid-tier-{t}"));
        }
    }
    assert_eq!(tier_name("basic", Lang::Zh), "初级体验");
    assert_eq!(tier_name("unknown", Lang::En), "Other");
    assert_eq!(tier_inline("basic", Lang::En), "basic");
}
