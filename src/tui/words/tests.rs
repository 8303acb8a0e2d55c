//! Unit tests of `words`.

use super::*;

#[test]
fn roles_and_parts_the_catalog_does_not_know_show_as_written() {
    assert_eq!(role(Lang::Zh, "manager"), "\u{7ba1}\u{7406}\u{8005}");
    assert_eq!(role(Lang::Zh, "auditor"), "auditor");
    assert_eq!(pair_part(Lang::En, "other"), "other");
    assert_eq!(
        audience(Lang::En, &["manager".into(), "consultant".into()]),
        "answered by manager, consultant"
    );
}

#[test]
fn allocation_distance_says_left_exact_or_over() {
    assert_eq!(
        allocation_left(Lang::En, 90.0, 100.0),
        "10 points left to reach 100"
    );
    assert_eq!(
        allocation_left(Lang::En, 100.0, 100.0),
        "Adds up to 100: press Enter to confirm"
    );
    assert_eq!(
        allocation_left(Lang::En, 105.0, 100.0),
        "5 points over 100: take some away"
    );
}

/// The step of question `id` of `inst`, in the first section that asks it.
fn step_of(inst: &Instrument, id: &str) -> Step {
    let question = inst.question_index(id).expect("the question exists");
    let section = inst
        .sections
        .iter()
        .position(|s| s.questions.contains(&question))
        .expect("a section asks it");
    Step {
        section,
        question,
        part: None,
    }
}

#[test]
fn a_question_is_named_by_its_group_and_number_with_its_id() {
    let pyramid = Instrument::load("pyramid").expect("built-in");
    let respect = step_of(&pyramid, "respect.4");
    let (name, label) = question_label(&pyramid, &respect, Lang::En);
    assert_eq!(
        (name.as_str(), label.as_str()),
        ("Respect", "Respect 4 (respect.4)")
    );
    let (name, label) = question_label(&pyramid, &respect, Lang::Zh);
    assert_eq!(label, format!("{name} 4\u{ff08}respect.4\u{ff09}"));
    assert_eq!(name, pyramid.group_name("respect", Lang::Zh));
    // A Kano feature by its name; a question alone in its section without its number.
    let kano = Instrument::load("kano").expect("built-in");
    let feature = &kano.questions[0];
    let (_, label) = question_label(&kano, &step_of(&kano, &feature.id), Lang::En);
    assert!(label.ends_with(&format!(" ({})", feature.id)), "{label}");
    assert!(!label.starts_with(&feature.id), "{label}");
    let servqual = Instrument::load("servqual").expect("built-in");
    let (_, label) = question_label(&servqual, &step_of(&servqual, "weights"), Lang::En);
    assert_eq!(label, "Importance of the five service features (weights)");
}

#[test]
fn rubric_level_names_come_from_the_questionnaire() {
    let mut maturity = Instrument::load("maturity").expect("built in");
    assert_eq!(
        level_name(&maturity, Lang::En, 1).as_deref(),
        maturity.settings.levels[0].get(Lang::En).into()
    );
    maturity.settings.levels[0] = crate::lang::Text::new("Chaotic", "混乱");
    assert_eq!(
        level_name(&maturity, Lang::En, 1).as_deref(),
        Some("Chaotic")
    );
    assert_eq!(level_name(&maturity, Lang::Zh, 1).as_deref(), Some("混乱"));
    assert_eq!(level_name(&maturity, Lang::En, 9), None);
    // An instrument that does not name its levels shows the number alone.
    maturity.settings.levels.clear();
    assert_eq!(level_name(&maturity, Lang::En, 1), None);
}
