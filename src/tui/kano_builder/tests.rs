//! Unit tests of `kano_builder`.

use super::*;

fn typed(b: &mut Builder, text: &str) {
    for c in text.chars() {
        b.update(Action::Insert(c));
    }
}

fn with_three() -> Builder {
    let mut b = Builder::new("/data/instruments".into(), Vec::new());
    typed(&mut b, "Online service");
    b.update(Action::Confirm);
    for f in ["Live chat", "Free returns | 免费退货", "实时订单跟踪"] {
        typed(&mut b, f);
        b.update(Action::Confirm);
    }
    b
}

#[test]
fn enter_adds_features_and_the_last_added_is_selected() {
    let b = with_three();
    assert_eq!(b.focus, Focus::Features);
    assert_eq!(b.title.text(), "Online service");
    assert_eq!(
        b.features,
        ["Live chat", "Free returns | 免费退货", "实时订单跟踪"]
    );
    assert_eq!(b.selected, 2);
    assert_eq!(b.previewed(), Some("实时订单跟踪"));
    assert_eq!(b.planned_file(), "online_service.yaml");
}

#[test]
fn arrows_select_and_leave_the_list_at_its_ends() {
    let mut b = with_three();
    b.update(Action::Up);
    b.update(Action::Up);
    assert_eq!(b.selected, 0);
    b.update(Action::Up);
    assert_eq!(b.focus, Focus::Title);
    b.update(Action::Down);
    assert_eq!(b.focus, Focus::Features);
    b.update(Action::Last);
    b.update(Action::Down);
    assert_eq!(b.focus, Focus::Importance);
    b.update(Action::Insert(' '));
    assert!(!b.importance);
    b.update(Action::NextField);
    b.update(Action::CursorRight);
    assert_eq!(b.table, KanoTable::Pouliot);
    b.update(Action::NextField);
    assert_eq!(b.focus, Focus::Title, "Tab goes round");
}

#[test]
fn delete_and_ctrl_d_remove_backspace_takes_a_feature_back_to_edit() {
    let mut b = with_three();
    b.update(Action::Up);
    b.update(Action::Delete);
    assert_eq!(b.features, ["Live chat", "实时订单跟踪"]);
    assert_eq!(b.selected, 1);
    b.update(Action::Remove);
    assert_eq!(b.features, ["Live chat"]);
    assert_eq!(b.selected, 0);
    // Backspace on the empty line: edit "Live chat".
    b.update(Action::Backspace);
    assert_eq!(b.editing, Some(0));
    assert_eq!(b.input.text(), "Live chat");
    b.update(Action::Backspace);
    typed(&mut b, "t | 在线聊天");
    b.update(Action::Confirm);
    assert_eq!(b.features, ["Live chat | 在线聊天"]);
    assert_eq!(b.editing, None);
    // Esc while editing puts nothing back and changes nothing.
    b.update(Action::Backspace);
    typed(&mut b, "xyz");
    b.update(Action::Close);
    assert_eq!(b.features, ["Live chat | 在线聊天"]);
    assert!(!b.confirm_discard);
}

#[test]
fn duplicates_empty_names_and_the_41st_feature_are_refused() {
    let mut b = with_three();
    typed(&mut b, "live CHAT");
    b.update(Action::Confirm);
    assert_eq!(b.notice, Some(Notice::DuplicateFeature("live CHAT".into())));
    assert_eq!(b.features.len(), 3);
    b.input = TextInput::line(" | ");
    b.update(Action::Confirm);
    assert_eq!(
        b.notice,
        Some(Notice::Study(StudyError::EmptyFeature { position: 4 }))
    );
    b.input = TextInput::line("");
    for n in 4..=40 {
        typed(&mut b, &format!("Feature {n}"));
        b.update(Action::Confirm);
    }
    assert_eq!(b.features.len(), 40);
    typed(&mut b, "One too many");
    b.update(Action::Confirm);
    assert_eq!(
        b.notice,
        Some(Notice::Study(StudyError::TooMany { count: 41, max: 40 }))
    );
}

#[test]
fn save_generates_the_study_or_says_what_is_missing() {
    let mut b = Builder::new(String::new(), Vec::new());
    assert_eq!(b.update(Action::SaveStudy), Outcome::Stay);
    assert_eq!(b.notice, Some(Notice::Study(StudyError::NoTitle)));
    assert_eq!(b.focus, Focus::Title);
    typed(&mut b, "Kano");
    assert_eq!(b.update(Action::SaveStudy), Outcome::Stay);
    assert_eq!(b.notice, Some(Notice::Study(StudyError::NoFeatures)));
    assert_eq!(b.focus, Focus::Features);
    // A feature typed but not added is added by Ctrl-S.
    typed(&mut b, "Live chat");
    let Outcome::Save { id, yaml } = b.update(Action::SaveStudy) else {
        panic!("saved");
    };
    assert_eq!(id, "kano_study");
    assert!(yaml.contains("If the service HAS live chat, how do you feel?"));
    assert_eq!(b.features, ["Live chat"]);
}

#[test]
fn esc_asks_before_losing_what_was_typed() {
    let mut b = Builder::new(String::new(), Vec::new());
    assert_eq!(b.update(Action::Close), Outcome::Leave, "nothing typed");
    typed(&mut b, "T");
    assert_eq!(b.update(Action::Close), Outcome::Stay);
    assert!(b.confirm_discard);
    assert_eq!(b.update(Action::Close), Outcome::Stay, "n keeps editing");
    assert!(!b.confirm_discard);
    b.update(Action::Close);
    assert_eq!(b.update(Action::Confirm), Outcome::Leave, "y discards");
}

#[test]
fn the_planned_file_name_skips_taken_names() {
    let mut b = Builder::new(String::new(), vec!["live".into(), "live_2".into()]);
    typed(&mut b, "Live");
    assert_eq!(b.planned_file(), "live_3.yaml");
}

#[test]
fn after_saving_enter_answers_and_esc_leaves() {
    let mut b = with_three();
    b.saved = Some(SavedStudy {
        path: "/data/instruments/online_service.yaml".into(),
        title: Text::new("Online service", "Online service"),
        features: 3,
    });
    assert!(!b.is_dirty());
    assert_eq!(b.update(Action::Insert('x')), Outcome::Stay);
    assert!(matches!(b.update(Action::Confirm), Outcome::Answer { .. }));
    assert_eq!(b.update(Action::Close), Outcome::Leave);
}
