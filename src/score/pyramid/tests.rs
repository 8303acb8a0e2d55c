//! Pyramid figures against hand-computed values.
#![allow(clippy::float_cmp)] // expected scores are exact binary fractions, computed by hand

use super::*;
use crate::instrument::{Instrument, Origin};
use crate::response::Answer;
use crate::score::{ScoreOptions, Scored, score};

/// Four experiences over three tiers, two items each (one for identity), 1–5 items, and an
/// importance question for respect and trust.
fn instrument(pass_mark: f64) -> Instrument {
    let src = format!(
        r"
format: cxassess-instrument/1
id: mini-pyramid
version: 1
kind: pyramid
title: {{en: Mini, zh: 迷你}}
settings: {{pass_mark: {pass_mark}}}
scales:
  t5: {{min: 1, max: 5}}
groups:
  - {{id: respect, name: {{en: Respect, zh: 尊重}}, tier: basic}}
  - {{id: trust, name: {{en: Trust, zh: 信任}}, tier: basic}}
  - {{id: choice, name: {{en: Choice, zh: 选择}}, tier: performance}}
  - {{id: identity, name: {{en: Identity, zh: 身份}}, tier: excitement}}
sections:
  - id: all
    title: {{en: All, zh: 全部}}
    questions:
      - {{id: respect.1, type: scale, scale: t5, text: {{en: a, zh: 甲}}}}
      - {{id: respect.2, type: scale, scale: t5, text: {{en: b, zh: 乙}}}}
      - {{id: respect.importance, type: scale, scale: t5, text: {{en: i, zh: 重}}}}
      - {{id: trust.1, type: scale, scale: t5, text: {{en: c, zh: 丙}}}}
      - {{id: trust.2, type: scale, scale: t5, text: {{en: d, zh: 丁}}}}
      - {{id: trust.importance, type: scale, scale: t5, text: {{en: j, zh: 要}}}}
      - {{id: choice.1, type: scale, scale: t5, text: {{en: e, zh: 戊}}}}
      - {{id: choice.2, type: scale, scale: t5, text: {{en: f, zh: 己}}}}
      - {{id: identity.1, type: scale, scale: t5, text: {{en: g, zh: 庚}}}}
"
    );
    Instrument::parse(&src, Origin::File("mini.yaml".into())).expect("test instrument is valid")
}

fn response(role: &str, answers: &[(&str, Answer)]) -> Response {
    Response {
        respondent: format!("{role}-1"),
        role: Some(role.to_string()),
        answers: answers
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect(),
        ..Response::default()
    }
}

fn v(x: i32) -> Answer {
    Answer::Value(x)
}

fn pyramid(s: &Scored) -> &PyramidScore {
    match s {
        Scored::Pyramid(p) => p,
        other => panic!("expected pyramid scores, got {other:?}"),
    }
}

fn exp<'a>(p: &'a PyramidScore, id: &str) -> &'a ExperienceScore {
    p.experiences
        .iter()
        .find(|e| e.id == id)
        .expect("experience present")
}

fn tier<'a>(p: &'a PyramidScore, id: &str) -> &'a TierScore {
    p.tiers.iter().find(|t| t.id == id).expect("tier present")
}

#[test]
fn not_applicable_is_left_out_and_unanswered_is_not_zero() {
    let inst = instrument(60.0);
    let r = response(
        "manager",
        &[
            ("respect.1", v(4)),
            ("respect.2", Answer::Na(Some("no counter service".into()))),
            ("trust.1", v(5)),
            // trust.2 unanswered
        ],
    );
    let s = score(&inst, &[r], ScoreOptions::default());
    let p = pyramid(&s.overall);
    // respect: only item 1 counts: (4 − 1) / 4 × 100 = 75. Counting N/A as 0 would give
    // ((4+0)/2 − 1)/4 × 100 = 25; counting it as 1 would give 62.5.
    assert_eq!(exp(p, "respect").score, Some(75.0));
    // trust: (5 − 1) / 4 × 100 = 100; an unanswered item counted as 0 would give 37.5.
    assert_eq!(exp(p, "trust").score, Some(100.0));
    // choice and identity: nobody answered → no score, n = 0, and they block their tiers.
    assert_eq!(exp(p, "choice").score, None);
    assert_eq!(exp(p, "choice").n, 0);
    assert_eq!(tier(p, "performance").score, None);
    assert!(!tier(p, "performance").achieved);
    // basic = (75 + 100) / 2 = 87.5, achieved.
    assert_eq!(tier(p, "basic").score, Some(87.5));
    assert!(tier(p, "basic").achieved);
    assert_eq!(p.level.as_deref(), Some("basic"));
}

#[test]
fn a_tier_says_how_many_of_its_experiences_its_score_averages() {
    let inst = instrument(60.0);
    let r = response(
        "customer",
        &[
            ("respect.1", v(4)),
            ("respect.2", v(4)),
            ("trust.1", Answer::Na(None)),
            ("trust.2", Answer::Na(None)),
            ("choice.1", v(5)),
        ],
    );
    let s = score(&inst, &[r], ScoreOptions::default());
    let p = pyramid(&s.overall);
    // Basic is scored over respect alone (trust all N/A): 75 from 1 of 2 experiences.
    let basic = tier(p, "basic");
    assert_eq!(basic.score, Some(75.0));
    assert_eq!(
        (basic.experiences_scored, basic.experiences_in_tier),
        (1, 2)
    );
    assert!(!basic.achieved, "an unanswered experience blocks its tier");
    let performance = tier(p, "performance");
    assert_eq!(
        (
            performance.experiences_scored,
            performance.experiences_in_tier
        ),
        (1, 1)
    );
    let excitement = tier(p, "excitement");
    assert_eq!(excitement.score, None);
    assert_eq!(
        (
            excitement.experiences_scored,
            excitement.experiences_in_tier
        ),
        (0, 1)
    );
}

#[test]
fn a_tier_exactly_at_the_pass_mark_is_achieved_and_just_below_is_not() {
    // respect (3 + 4)/2 = 3.5 → (3.5 − 1)/4 × 100 = 62.5, exactly the pass mark.
    let inst = instrument(62.5);
    let at = response(
        "manager",
        &[
            ("respect.1", v(3)),
            ("respect.2", v(4)),
            ("trust.1", v(5)),
            ("trust.2", v(5)),
        ],
    );
    let s = score(&inst, &[at], ScoreOptions::default());
    let p = pyramid(&s.overall);
    assert_eq!(exp(p, "respect").score, Some(62.5));
    assert!(exp(p, "respect").passed);
    assert!(tier(p, "basic").achieved);
    // respect (3 + 3)/2 = 3 → 50, below 62.5: basic not achieved even though trust is 100.
    let below = response(
        "manager",
        &[
            ("respect.1", v(3)),
            ("respect.2", v(3)),
            ("trust.1", v(5)),
            ("trust.2", v(5)),
        ],
    );
    let s = score(&inst, &[below], ScoreOptions::default());
    let p = pyramid(&s.overall);
    assert_eq!(exp(p, "respect").score, Some(50.0));
    assert!(!tier(p, "basic").achieved);
    assert_eq!(p.level, None);
}

#[test]
fn a_higher_tier_above_an_unachieved_lower_one_warns_and_is_not_achieved() {
    let inst = instrument(60.0);
    let r = response(
        "manager",
        &[
            ("respect.1", v(2)),
            ("respect.2", v(3)), // respect (2.5 − 1)/4 × 100 = 37.5
            ("trust.1", v(4)),
            ("trust.2", v(4)), // trust 75 → basic = (37.5 + 75)/2 = 56.25
            ("choice.1", v(5)),
            ("choice.2", v(5)),   // choice 100 → performance 100
            ("identity.1", v(4)), // identity 75 → excitement 75
        ],
    );
    let s = score(&inst, &[r], ScoreOptions::default());
    let p = pyramid(&s.overall);
    assert_eq!(tier(p, "basic").score, Some(56.25));
    assert!(!tier(p, "basic").achieved);
    // Every performance experience passes, but the staircase needs the tier below.
    assert!(exp(p, "choice").passed);
    assert!(!tier(p, "performance").achieved);
    assert_eq!(p.level, None);
    // Warnings: performance (100) and excitement (75) above basic (56.25); excitement (75)
    // is not above performance (100).
    let pairs: Vec<(&str, &str)> = p
        .warnings
        .iter()
        .map(|w| (w.lower.as_str(), w.higher.as_str()))
        .collect();
    assert_eq!(
        pairs,
        vec![("basic", "performance"), ("basic", "excitement")]
    );
    // Priorities: only respect is below the pass mark: shortfall 60 − 37.5 = 22.5.
    assert_eq!(p.priorities.len(), 1);
    assert_eq!(p.priorities[0].experience, "respect");
    assert_eq!(p.priorities[0].shortfall, Some(22.5));
}

#[test]
fn two_roles_merge_respondent_first_and_stay_side_by_side() {
    let inst = instrument(60.0);
    let manager = response("manager", &[("respect.1", v(5))]);
    let customer = response("customer", &[("respect.1", v(3)), ("respect.2", v(1))]);
    let s = score(&inst, &[manager, customer], ScoreOptions::default());
    let p = pyramid(&s.overall);
    // manager 100; customer (2 − 1)/4 × 100 = 25; respondent first: (100 + 25)/2 = 62.5.
    // Pooling the three items instead would give ((5+3+1)/3 − 1)/4 × 100 = 50.
    assert_eq!(exp(p, "respect").score, Some(62.5));
    assert_eq!(exp(p, "respect").n, 2);
    assert_eq!(s.respondents, 2);
    assert_eq!(s.by_role.len(), 2);
    assert_eq!(
        exp(pyramid(&s.by_role["manager"]), "respect").score,
        Some(100.0)
    );
    assert_eq!(
        exp(pyramid(&s.by_role["customer"]), "respect").score,
        Some(25.0)
    );
}

#[test]
fn priorities_go_lowest_tier_first_then_by_importance_weighted_shortfall() {
    let inst = instrument(60.0);
    let r = response(
        "manager",
        &[
            ("respect.1", v(2)),
            ("respect.2", v(2)),          // 25 → shortfall 35
            ("respect.importance", v(2)), // weighted 70
            ("trust.1", v(3)),
            ("trust.2", v(2)),          // 37.5 → shortfall 22.5
            ("trust.importance", v(5)), // weighted 112.5: first despite the smaller shortfall
            ("choice.1", v(1)),
            ("choice.2", v(1)), // 0 → shortfall 60, but performance comes after basic
            ("identity.1", v(5)),
        ],
    );
    let s = score(&inst, &[r], ScoreOptions::default());
    let order: Vec<&str> = pyramid(&s.overall)
        .priorities
        .iter()
        .map(|p| p.experience.as_str())
        .collect();
    assert_eq!(order, vec!["trust", "respect", "choice"]);
    let trust = &pyramid(&s.overall).priorities[0];
    assert_eq!(trust.weighted_shortfall, Some(112.5));
}

#[test]
fn importance_questions_do_not_count_in_the_experience_score() {
    let inst = instrument(60.0);
    let r = response(
        "manager",
        &[("respect.1", v(5)), ("respect.importance", v(1))],
    );
    let s = score(&inst, &[r], ScoreOptions::default());
    let p = pyramid(&s.overall);
    assert_eq!(exp(p, "respect").score, Some(100.0));
    assert_eq!(exp(p, "respect").importance, Some(1.0));
}

#[test]
fn an_experience_nobody_answered_has_no_shortfall_and_comes_last_in_its_tier() {
    let inst = instrument(60.0);
    // respect 25 (shortfall 35); trust unanswered; choice 0; identity unanswered.
    let r = response(
        "manager",
        &[("respect.1", v(2)), ("respect.2", v(2)), ("choice.1", v(1))],
    );
    let s = score(&inst, &[r], ScoreOptions::default());
    let p = pyramid(&s.overall);
    let order: Vec<(&str, Option<f64>)> = p
        .priorities
        .iter()
        .map(|p| (p.experience.as_str(), p.shortfall))
        .collect();
    // The old scorer gave trust a shortfall of the whole pass mark (60, as if it scored 0) and
    // put it first.
    assert_eq!(
        order,
        vec![
            ("respect", Some(35.0)),
            ("trust", None),
            ("choice", Some(60.0)),
            ("identity", None)
        ]
    );
    let trust = &p.priorities[1];
    assert_eq!(trust.weighted_shortfall, None);
    assert_eq!(exp(p, "trust").passed_mark(), None);
    assert_eq!(exp(p, "respect").passed_mark(), Some(false));
}

#[test]
fn a_missing_importance_rating_counts_at_the_midpoint_not_as_1() {
    let inst = instrument(60.0);
    // respect 25 → shortfall 35, importance 2 → 70. trust 40 → shortfall 20, importance not
    // rated although asked: midpoint 3 → 60. choice has no importance question: 3 as well.
    let r = response(
        "manager",
        &[
            ("respect.1", v(2)),
            ("respect.2", v(2)),
            ("respect.importance", v(2)),
            ("trust.1", v(3)),
            ("trust.2", v(2)),
        ],
    );
    let s = score(&inst, &[r], ScoreOptions::default());
    let p = pyramid(&s.overall);
    let trust = p
        .priorities
        .iter()
        .find(|p| p.experience == "trust")
        .unwrap();
    assert_eq!(trust.shortfall, Some(22.5));
    assert_eq!(trust.weighted_shortfall, Some(67.5));
    assert!(trust.importance_imputed);
    let respect = &p.priorities[0];
    assert_eq!(
        (respect.experience.as_str(), respect.weighted_shortfall),
        ("respect", Some(70.0))
    );
    assert!(!respect.importance_imputed);
    // With trust's importance rated 5 it would lead (112.5); rated at the midpoint it stays
    // second — and not last because "unrated" used to count as importance 1 (22.5).
    assert_eq!(p.priorities[1].experience, "trust");
}

#[test]
fn experience_and_tier_intervals_are_t_on_respondent_scores() {
    let inst = instrument(60.0);
    // Respect item scores per respondent: 25, 50, 75 (answers 2, 3, 4 on both items):
    // mean 50, sd 25, t(0.975, 2) = 4.302652729749462 → 50 ± 4.3027 · 25/√3 = 50 ± 62.10:
    // cut to 0 .. 100 and flagged.
    let people: Vec<Response> = [2, 3, 4]
        .iter()
        .map(|&x| {
            response(
                "customer",
                &[
                    ("respect.1", v(x)),
                    ("respect.2", v(x)),
                    ("trust.1", v(x)),
                    ("trust.2", v(x + 1)),
                ],
            )
        })
        .collect();
    let s = score(&inst, &people, ScoreOptions::default());
    let p = pyramid(&s.overall);
    let respect = exp(p, "respect");
    assert_eq!(respect.sd, Some(25.0));
    let i = respect.interval.unwrap();
    assert_eq!((i.low, i.high, i.clipped), (0.0, 100.0, true));
    // Trust 37.5, 62.5, 87.5: the same spread. Basic per respondent: 31.25, 56.25, 81.25 →
    // mean 56.25 (= the tier score), sd 25 → 56.25 ± 62.10, cut to 0..100.
    let basic = tier(p, "basic");
    assert_eq!(basic.score, Some(56.25));
    let half = 4.302_652_729_749_462 * 25.0 / 3f64.sqrt();
    assert!(basic.interval.unwrap().clipped && half > 56.25);
    // A fourth respondent who answers respect only: the tier's respondent scores no longer
    // average to the tier score, so no tier interval.
    let mut more = people.clone();
    more.push(response("customer", &[("respect.1", v(5))]));
    let s = score(&inst, &more, ScoreOptions::default());
    assert_eq!(tier(pyramid(&s.overall), "basic").interval, None);
    assert!(exp(pyramid(&s.overall), "respect").interval.is_some());
    // One respondent: no interval.
    let s = score(&inst, &people[..1], ScoreOptions::default());
    assert_eq!(exp(pyramid(&s.overall), "respect").interval, None);
}

#[test]
fn a_narrow_experience_interval_by_hand() {
    let inst = instrument(60.0);
    // Respect scores 50, 75, 50, 75 (answers 3 or 4 on both items): mean 62.5, sd 14.4338,
    // t(0.975, 3) = 3.182446305283708 (scipy) → 62.5 ± 22.9670.
    let people: Vec<Response> = [3, 4, 3, 4]
        .iter()
        .map(|&x| response("customer", &[("respect.1", v(x)), ("respect.2", v(x))]))
        .collect();
    let s = score(&inst, &people, ScoreOptions::default());
    let i = exp(pyramid(&s.overall), "respect").interval.unwrap();
    let half = 3.182_446_305_283_708 * (625.0f64 / 3.0).sqrt() / 2.0;
    assert!((i.low - (62.5 - half)).abs() < 1e-9 && (i.high - (62.5 + half)).abs() < 1e-9);
    assert!(!i.clipped);
}

#[test]
fn a_priority_names_its_weakest_statements_lowest_first_on_the_experience_scale() {
    // Four respect statements, so there is something to leave out.
    let inst = Instrument::parse(
        r"
format: cxassess-instrument/1
id: mini-statements
version: 1
kind: pyramid
title: {en: Mini, zh: 迷你}
settings: {pass_mark: 60}
scales:
  t5: {min: 1, max: 5}
groups:
  - {id: respect, name: {en: Respect, zh: 尊重}, tier: basic}
  - {id: trust, name: {en: Trust, zh: 信任}, tier: basic}
sections:
  - id: all
    title: {en: All, zh: 全部}
    questions:
      - {id: respect.1, type: scale, scale: t5, text: {en: a, zh: 甲}}
      - {id: respect.2, type: scale, scale: t5, text: {en: b, zh: 乙}}
      - {id: respect.3, type: scale, scale: t5, text: {en: c, zh: 丙}}
      - {id: respect.4, type: scale, scale: t5, text: {en: d, zh: 丁}}
      - {id: trust.1, type: scale, scale: t5, text: {en: e, zh: 戊}}
",
        Origin::File("mini.yaml".into()),
    )
    .expect("valid");
    // Two respondents. respect.1: 2 and 3 → (2.5 − 1)/4 × 100 = 37.5; respect.2: 1 and N/A →
    // only 1 counts: 0; respect.3: 5 and 4 → 87.5 (above the pass mark: not named);
    // respect.4: 3 and 2 → 37.5 (ties respect.1: questionnaire order). Trust: 5 → 100, passes.
    let a = response(
        "customer",
        &[
            ("respect.1", v(2)),
            ("respect.2", v(1)),
            ("respect.3", v(5)),
            ("respect.4", v(3)),
            ("trust.1", v(5)),
        ],
    );
    let b = response(
        "customer",
        &[
            ("respect.1", v(3)),
            ("respect.2", Answer::Na(None)),
            ("respect.3", v(4)),
            ("respect.4", v(2)),
        ],
    );
    let s = score(&inst, &[a, b], ScoreOptions::default());
    let p = pyramid(&s.overall);
    assert_eq!(p.priorities.len(), 1);
    let weakest: Vec<(&str, Option<f64>, usize)> = p.priorities[0]
        .statements
        .iter()
        .map(|st| (st.id.as_str(), st.score, st.n))
        .collect();
    assert_eq!(
        weakest,
        vec![
            ("respect.2", Some(0.0), 1),
            ("respect.1", Some(37.5), 2),
            ("respect.4", Some(37.5), 2),
        ]
    );
}

#[test]
fn when_no_statement_is_below_the_pass_mark_the_lowest_one_is_named() {
    // Respondent first, the experience can fall below the pass mark while every statement's mean
    // is above it. a answers respect.1 only (1 → 0), d respect.2 only (1 → 0), and three more
    // answer both with 5 (→ 100): respect = (0 + 0 + 3 × 100)/5 = 60 < 65, while respect.1 and
    // respect.2 each average (0 + 3 × 100)/4 = 75. The lowest (a tie: the first) is named.
    let inst = instrument(65.0);
    let mut rs = vec![
        response("customer", &[("respect.1", v(1))]),
        response("customer", &[("respect.2", v(1))]),
    ];
    for _ in 0..3 {
        rs.push(response(
            "customer",
            &[("respect.1", v(5)), ("respect.2", v(5))],
        ));
    }
    let s = score(&inst, &rs, ScoreOptions::default());
    let p = pyramid(&s.overall);
    assert_eq!(exp(p, "respect").score, Some(60.0));
    let respect = p
        .priorities
        .iter()
        .find(|pr| pr.experience == "respect")
        .expect("respect is a priority");
    let named: Vec<(&str, Option<f64>)> = respect
        .statements
        .iter()
        .map(|s| (s.id.as_str(), s.score))
        .collect();
    assert_eq!(named, vec![("respect.1", Some(75.0))]);
    // An experience nobody answered names no statement.
    let choice = p
        .priorities
        .iter()
        .find(|pr| pr.experience == "choice")
        .expect("choice is unanswered");
    assert!(choice.statements.is_empty());
}
