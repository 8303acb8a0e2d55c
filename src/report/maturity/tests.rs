use super::ladder::Ladder;
use super::*;
use crate::instrument::Origin;
use crate::report::chart::ChartKind;
use crate::report::doc::Drawing;
use crate::report::svg::{text_px, well_formed};
use crate::report::text::width;
use crate::report::write::{self, Options};
use crate::response::{Answer, Response};

fn respondent(who: &str, role: &str, answers: &[(String, i32)]) -> Response {
    let mut r = Response {
        respondent: who.into(),
        role: Some(role.into()),
        ..Response::default()
    };
    for (id, v) in answers {
        r.answers.insert(id.clone(), Answer::Value(*v));
    }
    r
}

/// Every item of `inst` at `level`, except the overrides.
fn all_at(inst: &Instrument, level: i32, overrides: &[(&str, i32)]) -> Vec<(String, i32)> {
    inst.questions
        .iter()
        .map(|q| {
            let v = overrides
                .iter()
                .find(|(id, _)| *id == q.id)
                .map_or(level, |(_, v)| *v);
            (q.id.clone(), v)
        })
        .collect()
}

fn builtin() -> Instrument {
    Instrument::load("maturity").expect("builtin")
}

fn text_of(report: &Report<'_>, lang: Lang, width: usize) -> String {
    let Scored::Maturity(s) = &report.scoring.overall else {
        panic!("maturity")
    };
    let doc = document(report, s, lang);
    write::text::write(
        &doc,
        Options {
            lang,
            width,
            color: false,
        },
    )
}

fn markdown_of(report: &Report<'_>, lang: Lang) -> String {
    let Scored::Maturity(s) = &report.scoring.overall else {
        panic!("maturity")
    };
    write::markdown::write(&document(report, s, lang), lang)
}

fn score_of<'r>(report: &'r Report<'_>) -> &'r MaturityScore {
    match &report.scoring.overall {
        Scored::Maturity(s) => s,
        _ => panic!("maturity"),
    }
}

#[test]
fn level_names_come_from_the_questionnaire() {
    let inst = builtin();
    assert_eq!(level_name(&inst, 1, Lang::En), "Ad hoc");
    assert_eq!(level_label(&inst, 5, Lang::Zh), "5 引领");
    // A maturity questionnaire that names no levels: reports say "level 2", never a name the
    // questionnaire did not give.
    let unnamed_src = inst.source.replace("settings:\n  levels:", "x_levels:");
    let unnamed_src = unnamed_src
        .lines()
        .filter(|l| !l.starts_with("x_levels:") && !l.starts_with("    - {en: \""))
        .collect::<Vec<_>>()
        .join("\n");
    let unnamed = Instrument::parse(&unnamed_src, Origin::File("mine.yaml".into())).unwrap();
    assert_eq!(unnamed.level_name(2, Lang::En), None);
    assert_eq!(level_label(&unnamed, 2, Lang::En), "level 2");
    assert_eq!(level_label(&unnamed, 2, Lang::Zh), "级别 2");
    let responses = [respondent("a", "manager", &all_at(&unnamed, 2, &[]))];
    let report = Report::new(&unnamed, &responses);
    let text = text_of(&report, Lang::En, 100);
    assert!(
        text.contains("Stage level 2 · maturity index 25.0 / 100"),
        "{text}"
    );
    assert!(
        text.contains("What to do next — to reach stage 3\n"),
        "{text}"
    );
    assert!(!text.contains("Emerging"), "{text}");
    let json = json(&unnamed, score_of(&report), Lang::En);
    assert_eq!(json["stage"], 2);
    assert_eq!(json["stage_name"], Value::Null);
}

#[test]
fn roadmap_texts_are_the_next_level_and_the_current_levels_suggestion() {
    let inst = builtin();
    let responses = [respondent(
        "t",
        "manager",
        &all_at(&inst, 3, &[("measurement.1", 2)]),
    )];
    let report = Report::new(&inst, &responses);
    let s = score_of(&report);
    // measurement: (2+3+3+3)/4 = 2.75 < 3 → stage 2; measurement.1 at 2 → step to 3
    assert_eq!(s.stage, Some(2));
    let step = &s.roadmap[0];
    let (next, suggestion) = step_texts(&inst, step, Lang::En);
    let QuestionKind::Rubric(levels) = &inst.question("measurement.1").expect("q").kind else {
        panic!("rubric")
    };
    assert_eq!(next, levels[2].text.en);
    assert_eq!(suggestion, levels[1].suggestion.en);
    for text in [
        text_of(&report, Lang::En, 100),
        markdown_of(&report, Lang::En),
    ] {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&levels[1].suggestion.en), "{text}");
        assert!(flat.contains(&levels[2].text.en), "{text}");
        assert!(
            flat.contains("measurement.1 Core metrics (NPS, CSAT, CES) defined and measured regularly — now 2.0 (Emerging, n=1) → 3 Defined"),
            "{text}"
        );
    }
}

#[test]
fn the_radar_has_an_axis_per_dimension_rings_one_to_five_and_a_shape_per_role() {
    let inst = builtin();
    let responses = [
        respondent("a", "manager", &all_at(&inst, 3, &[])),
        respondent("b", "staff", &all_at(&inst, 2, &[])),
    ];
    let report = Report::new(&inst, &responses);
    let roles = parts::roles(&report, |x| match x {
        Scored::Maturity(m) => Some(m),
        _ => None,
    });
    let blocks = tables::profile(&inst, score_of(&report), &roles, Lang::En);
    let Some(Block::Chart(radar)) = blocks.get(1) else {
        panic!("a radar: {blocks:?}")
    };
    let ChartKind::Radar {
        axes,
        series,
        range,
        rings,
    } = &radar.kind
    else {
        panic!("radar")
    };
    assert_eq!(axes.len(), 8);
    assert_eq!(axes[3], "Metrics");
    assert_eq!(*range, (0.0, 5.0));
    assert_eq!(rings, &[1.0, 2.0, 3.0, 4.0, 5.0]);
    let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["all respondents", "manager", "staff"]);
    assert_eq!(series[0].values[0], Some(2.5));
    assert_eq!(series[2].values[0], Some(2.0));
    assert!(
        radar.caption.contains("Stage: 2 Emerging"),
        "{}",
        radar.caption
    );
}

fn ladder_for(answers: &[(String, i32)], lang: Lang) -> Ladder {
    let inst = builtin();
    let responses = [respondent("a", "manager", answers)];
    let report = Report::new(&inst, &responses);
    Ladder::new(&inst, score_of(&report), lang)
}

#[test]
fn the_ladder_fits_every_terminal_width_in_both_languages() {
    let inst = builtin();
    let answers = all_at(&inst, 3, &[("measurement.1", 1)]);
    for lang in [Lang::En, Lang::Zh] {
        let ladder = ladder_for(&answers, lang);
        for w in 10..=140 {
            let Some(lines) = ladder.text(w) else {
                assert!(
                    w < 25,
                    "{lang:?}: a {w}-column terminal has room for the ladder"
                );
                continue;
            };
            assert_eq!(
                lines.iter().filter(|l| l.text().contains('░')).count(),
                3,
                "{lang:?} at {w}: rungs 3–5 are not reached"
            );
            for l in &lines {
                assert!(width(&l.text()) <= w, "{lang:?} at {w}: {:?}", l.text());
            }
            let all: String = lines.iter().map(|l| l.text() + " ").collect();
            let flat = all.split_whitespace().collect::<String>();
            let mark = tr!(lang, "maturity-ladder-reached").replace(' ', "");
            assert!(flat.contains(&mark), "{lang:?} at {w}: {all}");
        }
    }
    // Wide: the markers beside their rungs, four cells per level.
    let wide = ladder_for(&answers, Lang::En).text(100).unwrap();
    let texts: Vec<String> = wide.iter().map(Inline::text).collect();
    assert_eq!(texts[0], format!("  5 Embedded  {}", "░".repeat(20)));
    assert!(
        texts[3].starts_with("  2 Emerging  ████████") && texts[3].ends_with("◀ stage reached"),
        "{texts:?}"
    );
    assert!(
        texts[2].ends_with("← next stage: Metrics is below it"),
        "one blocking dimension is named: {texts:?}"
    );
}

/// (x, anchor, size, text) of every `<text>` in `svg`.
fn texts(svg: &str) -> Vec<(f64, String, f64, String)> {
    let attr = |tag: &str, name: &str| {
        let start = tag.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
        tag[start..start + tag[start..].find('"').expect("end")].to_string()
    };
    svg.split("<text ")
        .skip(1)
        .map(|t| {
            let (tag, rest) = t.split_once('>').expect("tag");
            let tag = format!(" {tag}");
            let body = rest.split("</text>").next().expect("body");
            (
                attr(&tag, "x").parse().expect("x"),
                attr(&tag, "text-anchor"),
                attr(&tag, "font-size").parse().expect("size"),
                body.replace("&amp;", "&"),
            )
        })
        .collect()
}

#[test]
fn the_ladder_svg_keeps_every_label_inside_its_own_step() {
    let inst = builtin();
    for lang in [Lang::En, Lang::Zh] {
        for answers in [
            all_at(&inst, 2, &[("culture.1", 1)]),
            all_at(&inst, 5, &[]),
            all_at(&inst, 3, &[]),
        ] {
            let ladder = ladder_for(&answers, lang);
            let svg = ladder.svg("Stage ladder", "five steps");
            assert!(well_formed(&svg), "{svg}");
            let view: Vec<f64> = svg
                .split("viewBox=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .expect("viewBox")
                .split(' ')
                .map(|v| v.parse().expect("number"))
                .collect();
            let steps: Vec<(f64, f64)> = svg
                .split("<rect ")
                .skip(1)
                .map(|r| {
                    let get = |name: &str| -> f64 {
                        let s = r.split(&format!("{name}=\"")).nth(1).expect(name);
                        s[..s.find('"').expect("end")].parse().expect("number")
                    };
                    (get("x"), get("width"))
                })
                .collect();
            assert_eq!(steps.len(), 5);
            for pair in steps.windows(2) {
                assert!(
                    pair[0].0 + pair[0].1 < pair[1].0,
                    "steps overlap: {steps:?}"
                );
            }
            for (x, anchor, size, text) in texts(&svg) {
                assert_eq!(anchor, "middle");
                let half = text_px(&text, size) * 1.1 / 2.0;
                let (left, w) = *steps
                    .iter()
                    .find(|(l, w)| x > *l && x < l + w)
                    .expect("under a step");
                assert!(
                    x - half >= left && x + half <= left + w,
                    "{lang:?}: '{text}' leaves its step"
                );
                assert!(x + half <= view[2], "'{text}' is clipped");
            }
        }
    }
}

#[test]
fn an_interval_shows_beside_the_score_or_says_why_there_is_none() {
    let inst = builtin();
    // One respondent: too few for an interval. Two alike: no spread. Two apart: t interval,
    // cut to 1–5 (mean 3, sd √8, t(0.975, 1) = 12.706 → far past the scale).
    let one = [respondent("a", "manager", &all_at(&inst, 3, &[]))];
    let alike = [
        respondent("a", "manager", &all_at(&inst, 3, &[])),
        respondent("b", "manager", &all_at(&inst, 3, &[])),
    ];
    let apart = [
        respondent("a", "manager", &all_at(&inst, 5, &[])),
        respondent("b", "manager", &all_at(&inst, 1, &[])),
    ];
    let cases: [(&[Response], &str, &str); 3] = [
        (&one, "too few answers (needs 2)", "答案太少（至少需 2 份）"),
        (&alike, "all alike: no interval", "得分相同，无区间"),
        (
            &apart,
            "1.0 to 5.0 (cut to the scale)",
            "1.0 至 5.0（已截至量表范围）",
        ),
    ];
    for (responses, en, zh) in cases {
        let report = Report::new(&inst, responses);
        for (lang, want) in [(Lang::En, en), (Lang::Zh, zh)] {
            for out in [text_of(&report, lang, 120), markdown_of(&report, lang)] {
                let table = &out[out
                    .find(&tr!(lang, "maturity-dimensions"))
                    .expect("dimensions")..];
                let row = table
                    .lines()
                    // Markdown writes "&" as "&amp;": match the name's first part.
                    .find(|l| {
                        l.contains(
                            inst.group_name("strategy", lang)
                                .split('&')
                                .next()
                                .unwrap_or_default()
                                .trim(),
                        )
                    })
                    .unwrap_or_else(|| panic!("no strategy row in\n{out}"));
                assert!(row.contains(want), "{lang:?}: {row}");
            }
        }
    }
}

#[test]
fn a_roles_provisional_figures_say_so_beside_the_figure() {
    let inst = builtin();
    let mut staff = respondent("b", "staff", &all_at(&inst, 3, &[]));
    for id in ["culture.1", "culture.2", "culture.3"] {
        staff.answers.insert(id.into(), Answer::Na(None));
    }
    let responses = [respondent("a", "manager", &all_at(&inst, 4, &[])), staff];
    let report = Report::new(&inst, &responses);
    for (lang, index, stage) in [
        (Lang::En, "50.0 (provisional)", "3 Defined (provisional)"),
        (Lang::Zh, "50.0（暂定）", "3 规范（暂定）"),
    ] {
        for out in [text_of(&report, lang, 100), markdown_of(&report, lang)] {
            let table = &out[out.find(&tr!(lang, "maturity-roles")).expect("roles")..];
            let line = |word: &str| {
                table
                    .lines()
                    .find(|l| l.trim_start_matches(['|', ' ']).starts_with(word))
                    .unwrap_or_else(|| panic!("no {word} row in\n{out}"))
                    .to_string()
            };
            let i = line(&tr!(lang, "maturity-row-index"));
            assert!(i.contains("75.0") && i.contains(index), "{i}");
            assert!(!i.contains(&format!("75.0{}", &index[4..])), "{i}");
            let st = line(&tr!(lang, "maturity-row-stage"));
            assert!(st.contains(stage), "{st}");
        }
    }
}

#[test]
fn every_state_reads_in_every_format_and_fits_the_width() {
    let inst = builtin();
    let mut all_na = respondent("n", "staff", &[]);
    for q in &inst.questions {
        all_na.answers.insert(q.id.clone(), Answer::Na(None));
    }
    let mut culture_na = respondent("c", "manager", &all_at(&inst, 3, &[]));
    for id in ["culture.1", "culture.2", "culture.3"] {
        culture_na
            .answers
            .insert(id.into(), Answer::Na(Some("not ours".into())));
    }
    let states: [(&str, Vec<Response>, &str); 4] = [
        ("nobody", Vec::new(), "No answers yet"),
        (
            "top",
            vec![respondent("a", "manager", &all_at(&inst, 5, &[]))],
            "Every dimension is at stage 5 Embedded",
        ),
        ("all n/a", vec![all_na], "no answers — assess it"),
        (
            "one dimension n/a",
            vec![culture_na],
            "Stage not determined (provisionally 3 Defined)",
        ),
    ];
    for (what, responses, says) in states {
        let report = Report::new(&inst, &responses);
        let s = score_of(&report);
        for lang in [Lang::En, Lang::Zh] {
            for w in [40, 60, 80, 100] {
                let text = text_of(&report, lang, w);
                for l in text.lines() {
                    assert!(width(l) <= w, "{what} {lang:?} at {w}: {l:?}");
                }
                let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if lang == Lang::En {
                    assert!(flat.contains(says), "{what}: {says} in\n{text}");
                }
            }
            let doc = document(&report, s, lang);
            let html = write::html::write(&doc, lang);
            assert!(well_formed(&html), "{what}");
            assert!(!html.contains("NaN"), "{what}");
            let md = markdown_of(&report, lang);
            assert!(md.contains(&tr!(lang, "maturity-ladder")), "{what}");
        }
    }
}

#[test]
fn no_radar_label_of_the_builtin_questionnaire_is_clipped() {
    let inst = builtin();
    let responses = [
        respondent("a", "manager", &all_at(&inst, 3, &[])),
        respondent("b", "staff", &all_at(&inst, 2, &[])),
    ];
    let report = Report::new(&inst, &responses);
    for lang in [Lang::En, Lang::Zh] {
        let roles = parts::roles(&report, |x| match x {
            Scored::Maturity(m) => Some(m),
            _ => None,
        });
        let blocks = tables::profile(&inst, score_of(&report), &roles, lang);
        for block in &blocks {
            let Block::Chart(chart) = block else { continue };
            let svg = crate::report::svg::render(chart);
            let svg = &svg[svg.find("<svg").expect("svg")..];
            let width: f64 = svg
                .split("width=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .and_then(|v| v.parse().ok())
                .expect("width");
            for (x, anchor, size, text) in texts(svg) {
                let w = text_px(&text, size);
                let (left, right) = match anchor.as_str() {
                    "start" => (x, x + w),
                    "end" => (x - w, x),
                    _ => (x - w / 2.0, x + w / 2.0),
                };
                assert!(
                    left >= 0.0 && right <= width,
                    "{lang:?} {}: '{text}' runs from {left} to {right} of {width}",
                    chart.title
                );
            }
        }
    }
}

#[test]
fn wrapping_keeps_the_spacing_of_mixed_scripts() {
    use crate::report::text::wrap;
    let mixed = "measurement.4 分析驱动因素——目前 1.8（起步，n=4）→ 2 萌芽";
    // Wide enough: unchanged, spaces neither lost nor added.
    assert_eq!(wrap(mixed, 100), [mixed]);
    // Narrow: every line fits, and only spaces at breaks disappear.
    let lines = wrap(mixed, 20);
    assert!(lines.len() > 1);
    for l in &lines {
        assert!(width(l) <= 20, "{l}");
    }
    assert_eq!(lines.concat().replace(' ', ""), mixed.replace(' ', ""));
    assert!(lines[0].starts_with("measurement.4 分"), "{lines:?}");
    assert_eq!(wrap("the quick brown fox", 9), ["the quick", "brown fox"]);
    assert!(wrap("", 9).is_empty());
    assert_eq!(
        wrap("a-very-long-word here", 5),
        ["a-very-long-word", "here"]
    );
}
