//! The gaps report's pieces: the weakest statements of weak drivers, in order and capped, with
//! the questionnaire's action; dimension names from the catalog or the questionnaire.

use super::*;
use crate::score::gaps::StatementScore;

fn construct(id: &str, score: f64, statements: &[(&str, f64)]) -> ConstructScore {
    ConstructScore {
        id: id.into(),
        gap: 1,
        score: Some(score),
        n: 1,
        sd: None,
        items: statements.len(),
        reverse_items: 0,
        shown_healthy: false,
        alpha: crate::score::servqual::Alpha {
            alpha: None,
            cases: 0,
        },
        statements: statements
            .iter()
            .map(|(id, s)| StatementScore {
                id: (*id).into(),
                score: Some(*s),
                n: 1,
            })
            .collect(),
    }
}

#[test]
fn weak_statements_come_from_weak_drivers_weakest_first_two_per_driver() {
    let cs = [
        construct("a", 3.5, &[("a.1", 3.0), ("a.2", 5.0), ("a.3", 2.0)]),
        construct("b", 2.0, &[("b.1", 1.0), ("b.2", 1.5), ("b.3", 1.2)]),
        // At the midpoint: not weak.
        construct("c", 4.0, &[("c.1", 1.0)]),
    ];
    let got: Vec<&str> = weak_statements(&cs)
        .iter()
        .map(|(_, s)| s.id.as_str())
        .collect();
    assert_eq!(got, ["b.1", "b.3", "a.3", "a.1"]);
}

#[test]
fn a_statement_step_gives_the_questionnaires_action() {
    let inst = Instrument::load("gaps").expect("built-in");
    let c = construct("management_layers", 1.67, &[("management_layers.1", 1.0)]);
    let en = statement_step(&inst, &c, &c.statements[0], Lang::En);
    assert!(
        en.starts_with("Flat structure (1.67): “There are too many levels"),
        "{en}"
    );
    assert!(en.contains("reverse-keyed — Map who stands"), "{en}");
    let zh = statement_step(&inst, &c, &c.statements[0], Lang::Zh);
    assert!(zh.contains("反向计分——梳理一线员工"), "{zh}");
    // Every driver statement of the built-in has an action in both languages.
    for q in &inst.questions {
        let group = inst.group(&q.group).expect("a group");
        if group.gap.is_some() {
            let improve = q.improve.as_ref().unwrap_or_else(|| panic!("{}", q.id));
            assert!(!improve.get(Lang::En).is_empty() && !improve.get(Lang::Zh).is_empty());
        }
    }
}

#[test]
fn dimension_names_come_from_the_catalog_or_the_questionnaire() {
    let inst = Instrument::load("gaps").expect("built-in");
    assert_eq!(dimension_name(&inst, "reliability", Lang::Zh), "可靠性");
    assert_eq!(
        dimension_name(&inst, "reliability", Lang::En),
        "Reliability"
    );
    assert_eq!(dimension_name(&inst, "speed", Lang::En), "speed");
}
