//! The consensus gives the headline; the raters' own figures stand beside it.

use super::*;
use crate::response::Answer;
use crate::score::Scored;

/// A maturity rater answering every item 3, except the items given.
fn rater(inst: &Instrument, name: &str, role: &str, except: &[(&str, i32)]) -> Response {
    Response {
        respondent: name.into(),
        role: Some(role.into()),
        complete: true,
        answers: inst
            .questions
            .iter()
            .map(|q| {
                let v = except
                    .iter()
                    .find(|(id, _)| *id == q.id)
                    .map_or(3, |(_, v)| *v);
                (q.id.clone(), Answer::Value(v))
            })
            .collect(),
        ..Response::default()
    }
}

fn strategy(s: &score::Scored) -> f64 {
    let Scored::Maturity(m) = s else {
        panic!("a maturity score")
    };
    m.dimensions
        .iter()
        .find(|d| d.id == "strategy")
        .and_then(|d| d.score)
        .expect("scored")
}

#[test]
fn the_agreed_ratings_replace_the_raters_own_for_the_headline() {
    let inst = Instrument::load("maturity").expect("built-in");
    let mut responses = vec![
        rater(&inst, "ann", "manager", &[("strategy.1", 1)]),
        rater(&inst, "bob", "manager", &[("strategy.1", 4)]),
        rater(&inst, "cao", "consultant", &[("strategy.1", 3)]),
    ];
    let mut consensus = Response {
        respondent: CONSENSUS.into(),
        role: Some(CONSENSUS.into()),
        ..Response::default()
    };
    consensus
        .answers
        .insert("strategy.1".into(), Answer::Value(4));
    responses.push(consensus);
    let (scoring, note, complete) =
        scoring(&inst, &responses, &ScoreOptions::default()).expect("a consensus");
    assert_eq!(
        note,
        Consensus {
            items: 1,
            raters: 3,
            open: 0
        }
    );
    assert!(!complete);
    // Every rater's strategy.1 becomes 4: (4 + 3 + 3 + 3) / 4 = 3.25 for each of them.
    assert!((strategy(&scoring.overall) - 3.25).abs() < 1e-12);
    assert!((strategy(&scoring.by_role[CONSENSUS]) - 3.25).abs() < 1e-12);
    // The managers' own: ann 2.5 and bob 3.25 → 2.875; the consultant's own 3.
    assert!((strategy(&scoring.by_role["manager"]) - 2.875).abs() < 1e-12);
    assert!((strategy(&scoring.by_role["consultant"]) - 3.0).abs() < 1e-12);
    assert_eq!(scoring.respondents, 3, "the consensus is not a respondent");
    // Without raters, or for another kind, there is nothing to apply.
    assert!(scoring_none(&inst, &responses[3..]));
    let pulse = Instrument::load("pulse").expect("built-in");
    assert!(scoring_none(&pulse, &responses));
}

fn scoring_none(inst: &Instrument, responses: &[Response]) -> bool {
    scoring(inst, responses, &ScoreOptions::default()).is_none()
}

#[test]
fn a_report_says_where_its_headline_comes_from() {
    let inst = Instrument::load("maturity").expect("built-in");
    let one = rater(&inst, "ann", "manager", &[]);
    let mut consensus = rater(&inst, CONSENSUS, CONSENSUS, &[]);
    consensus.answers.retain(|id, _| id == "strategy.2");
    consensus
        .answers
        .insert("strategy.2".into(), Answer::Value(5));
    let report = Report::new(&inst, &[one.clone(), consensus]);
    assert_eq!(
        report.consensus,
        Some(Consensus {
            items: 1,
            raters: 1,
            open: 0
        })
    );
    assert_eq!(
        report.partial, 0,
        "an open consensus is not a partial response"
    );
    let text = crate::report::render(
        &report,
        crate::report::Format::Markdown,
        crate::report::write::Options::plain(crate::Lang::En),
    );
    assert!(
        text.contains("Headline figures: the consensus agreed in the workshop on 1 disputed item"),
        "{text}"
    );
    assert!(
        text.contains("Consensus: the headline figures count"),
        "{text}"
    );
    assert!(Report::new(&inst, &[one]).consensus.is_none());
}

#[test]
fn disputes_left_open_are_counted_and_an_empty_consensus_is_no_rater() {
    let inst = Instrument::load("maturity").expect("built-in");
    let raters = vec![
        rater(
            &inst,
            "ann",
            "manager",
            &[("strategy.1", 1), ("strategy.2", 1)],
        ),
        rater(
            &inst,
            "bob",
            "manager",
            &[("strategy.1", 5), ("strategy.2", 5)],
        ),
    ];
    // Two disputed items, one agreed.
    let mut consensus = Response {
        respondent: CONSENSUS.into(),
        role: Some(CONSENSUS.into()),
        ..Response::default()
    };
    consensus
        .answers
        .insert("strategy.1".into(), Answer::Value(3));
    let mut with = raters.clone();
    with.push(consensus.clone());
    let report = Report::new(&inst, &with);
    assert_eq!(report.consensus.map(|c| (c.items, c.open)), Some((1, 1)));
    let text = crate::report::render(
        &report,
        crate::report::Format::Text,
        crate::report::write::Options::plain(crate::Lang::En),
    );
    assert!(
        text.contains("1 disputed item has no agreed rating yet"),
        "{text}"
    );
    assert!(!text.contains("within a point"), "{text}");
    // A workshop left before anything was agreed: the raters alone, nothing partial added.
    consensus.answers.clear();
    let mut empty = raters.clone();
    empty.push(consensus);
    let report = Report::new(&inst, &empty);
    let alone = Report::new(&inst, &raters);
    assert_eq!(report.consensus, None);
    assert_eq!(report.scoring.respondents, 2);
    assert_eq!(report.scoring.overall, alone.scoring.overall);
    assert_eq!(report.partial, alone.partial);
}
