use super::*;
use crate::error::Place;

const GOOD: &str = "format: cxassess-engagement/1
client: Harbour Appliances
period: 2026-Q4
date: 2026-11-20
instruments: [maturity, gaps, servqual]
roster:
  - respondent: zhang.min
    role: manager
    name: 张敏
    instruments: [maturity, gaps]
  - respondent: c-01
    role: customer
targets:
  maturity: {strategy: 4, closed_loop: 3}
  pyramid: {tier: performance}
actions:
  - {id: a1, title: \"Weekly closed-loop review\", dimension: closed_loop, owner: li.na, due: 2027-01-31, status: open}
  - {id: a2, title: \"CX in appraisals\", due: 2026-10-01, status: done}
";

#[test]
fn a_full_engagement_reads_back_every_field() {
    let e = parse("engagement.yaml", GOOD).expect("valid");
    assert_eq!(e.client, "Harbour Appliances");
    assert_eq!(e.period.as_deref(), Some("2026-Q4"));
    assert_eq!(e.date.as_deref(), Some("2026-11-20"));
    assert_eq!(e.instruments, ["maturity", "gaps", "servqual"]);
    assert_eq!(e.roster[0].name.as_deref(), Some("张敏"));
    assert_eq!(e.instruments_of(&e.roster[0]), ["maturity", "gaps"]);
    assert_eq!(
        e.instruments_of(&e.roster[1]),
        ["maturity", "gaps", "servqual"]
    );
    assert!((e.targets["maturity"]["strategy"] - 4.0).abs() < 1e-12);
    assert!(
        (e.targets["pyramid"]["tier"] - 2.0).abs() < 1e-12,
        "performance is the second tier"
    );
    assert_eq!(e.actions[0].status, ActionStatus::Open);
    assert!(e.actions[0].overdue("2027-02-01"));
    assert!(
        !e.actions[0].overdue("2027-01-31"),
        "due today is not overdue"
    );
    assert!(!e.actions[1].overdue("2027-02-01"), "done is never overdue");
}

#[test]
fn every_problem_is_named_with_its_line_and_column() {
    let bad = "format: cxassess-engagement/1
client: \"\"
date: 2026-13-45
instruments: [maturity, nonsense]
roster:
  - respondent: a
    instruments: [pulse]
  - respondent: a
targets:
  maturity: {strategy: 7, nowhere: 2}
actions:
  - {id: a1, title: x, status: finished}
";
    let Err(crate::Error::Invalid(problems)) = parse("e.yaml", bad) else {
        panic!("invalid");
    };
    let at = |line: usize| {
        problems
            .iter()
            .filter(|p| matches!(p.place, Place::Yaml { line: l, .. } if l == line))
            .map(|p| p.what.clone())
            .collect::<Vec<_>>()
    };
    assert!(at(2).iter().any(|w| w.contains("client")), "{problems:#?}");
    assert!(
        at(3).iter().any(|w| w.contains("not a date")),
        "{problems:#?}"
    );
    assert!(
        at(4).iter().any(|w| w.contains("nonsense")),
        "{problems:#?}"
    );
    assert!(at(7).iter().any(|w| w.contains("pulse")), "{problems:#?}");
    assert!(at(8).iter().any(|w| w.contains("twice")), "{problems:#?}");
    assert!(
        at(10).iter().any(|w| w.contains("strategy")),
        "{problems:#?}"
    );
    assert!(
        at(10).iter().any(|w| w.contains("nowhere")),
        "{problems:#?}"
    );
    assert!(
        at(12).iter().any(|w| w.contains("finished")),
        "{problems:#?}"
    );
    assert!(problems.iter().all(|p| !p.fix.is_empty()));
}

#[test]
fn names_become_safe_file_names() {
    assert_eq!(file_safe("zhang.min"), "zhang.min");
    assert_eq!(file_safe("张敏"), "张敏");
    assert_eq!(file_safe("../etc/passwd"), "-etc-passwd");
    assert_eq!(file_safe("Li Wei (CS)"), "Li-Wei--CS-");
    assert_eq!(file_safe(""), "anonymous");
    assert_eq!(file_safe("..."), "anonymous");
}

#[test]
fn a_new_file_is_a_valid_engagement() {
    let text = Engagement::new_file("Acme: \"East\"", Some("2026-Q4"), Some("2026-11-20"));
    let e = parse("new.yaml", &text).expect("valid");
    assert_eq!(e.client, "Acme: \"East\"");
    assert_eq!(e.period.as_deref(), Some("2026-Q4"));
    let bare = Engagement::new_file("Acme", None, None);
    assert!(parse("new.yaml", &bare).is_ok());
}
