//! Evidence (`v`) and confidence (`c`) in the runner: each change is on the response and, once
//! the effect is carried out as the event loop does, in the file read back by the library.

use std::path::{Path, PathBuf};

use super::r;
use crate::Lang;
use crate::instrument::Instrument;
use crate::response::evidence::MAX_EVIDENCE_PER_ANSWER;
use crate::response::{Confidence, Evidence, EvidenceError, EvidenceKind, Response, read_results};
use crate::tui::app::{
    Action, App, Effect, EvidenceProblem, EvidenceStage, Notice, Overlay, update,
};
use crate::tui::session::{Respondent, Session};

/// A pyramid runner saving to `r.yaml` in `dir`.
fn app_in(dir: &Path) -> App {
    let session = Session::new(
        Instrument::load("pyramid").unwrap(),
        dir.join("r.yaml"),
        &Respondent::default(),
        "2026-01-01T00:00:00Z".into(),
    );
    App::runner(session, Lang::En)
}

/// Applies `action` and carries out a save as the event loop does.
fn press(a: &mut App, action: Action) -> Effect {
    let effect = update(a, action);
    if effect == Effect::Save {
        r(a).session.save().unwrap();
    }
    effect
}

fn type_text(a: &mut App, text: &str) {
    for c in text.chars() {
        press(a, Action::Insert(c));
    }
}

/// The response as the file on disk holds it.
fn on_disk(path: &Path) -> Response {
    let (results, _) = read_results(path).unwrap();
    results.responses.into_iter().next().unwrap()
}

fn path(a: &App) -> PathBuf {
    r(a).session.path.clone()
}

fn stage(a: &App) -> EvidenceStage {
    match &r(a).overlay {
        Some(Overlay::Evidence(e)) => e.stage,
        other => panic!("no evidence overlay: {other:?}"),
    }
}

fn problem(a: &App) -> Option<EvidenceProblem> {
    match &r(a).overlay {
        Some(Overlay::Evidence(e)) => e.problem.clone(),
        other => panic!("no evidence overlay: {other:?}"),
    }
}

/// `v`, the reference, Enter, the kind's letter, Enter.
fn add(a: &mut App, reference: &str, kind: EvidenceKind) -> Effect {
    press(a, Action::Evidence);
    if stage(a) == EvidenceStage::List {
        press(a, Action::AddEvidence);
    }
    type_text(a, reference);
    press(a, Action::Confirm);
    press(a, Action::Mark(kind));
    press(a, Action::Confirm)
}

fn ev(reference: &str, kind: EvidenceKind) -> Evidence {
    Evidence::new(reference, kind).unwrap()
}

#[test]
fn evidence_is_added_to_an_unanswered_question_and_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_in(dir.path());
    assert_eq!(press(&mut a, Action::Evidence), Effect::None);
    // No entries yet: straight into typing the reference.
    assert_eq!(stage(&a), EvidenceStage::Reference);
    type_text(&mut a, "  docs/cx-strategy.pdf ");
    press(&mut a, Action::Confirm);
    assert_eq!(stage(&a), EvidenceStage::Kind);
    // ←/→ switch the kind; c marks it contradicting.
    press(&mut a, Action::Next);
    press(&mut a, Action::Next);
    press(&mut a, Action::Mark(EvidenceKind::Contradicts));
    assert_eq!(press(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(r(&a).overlay, None);
    assert!(r(&a).changed);
    assert_eq!(r(&a).cursor, 0, "the question stays on screen");
    let want = vec![ev("docs/cx-strategy.pdf", EvidenceKind::Contradicts)];
    assert_eq!(r(&a).session.evidence(0), want.as_slice());
    assert_eq!(on_disk(&path(&a)).evidence_on("respect.1"), want.as_slice());
    assert!(matches!(
        r(&a).notice,
        Some(Notice::EvidenceAdded {
            step: 0,
            kind: EvidenceKind::Contradicts,
            ..
        })
    ));
}

#[test]
fn a_duplicate_an_empty_reference_and_one_too_many_are_refused_in_the_overlay() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_in(dir.path());
    assert_eq!(
        add(&mut a, "rota.xlsx", EvidenceKind::Supports),
        Effect::Save
    );
    // The same reference with the same kind: refused, back at the reference to change it.
    assert_eq!(
        add(&mut a, "rota.xlsx", EvidenceKind::Supports),
        Effect::None
    );
    assert_eq!(problem(&a), Some(EvidenceProblem::Duplicate));
    assert_eq!(stage(&a), EvidenceStage::Reference);
    // The problem goes with the next key.
    press(&mut a, Action::CursorEnd);
    assert_eq!(problem(&a), None);
    press(&mut a, Action::Close);
    assert_eq!(stage(&a), EvidenceStage::List);
    // An empty reference is refused before the kind is asked.
    press(&mut a, Action::AddEvidence);
    type_text(&mut a, "   ");
    press(&mut a, Action::Confirm);
    assert_eq!(
        problem(&a),
        Some(EvidenceProblem::Refused(EvidenceError::EmptyRef))
    );
    assert_eq!(stage(&a), EvidenceStage::Reference);
    press(&mut a, Action::Close);
    press(&mut a, Action::Close);
    assert_eq!(r(&a).overlay, None);
    // The most an answer carries, then one more.
    for k in 1..MAX_EVIDENCE_PER_ANSWER {
        assert_eq!(
            add(&mut a, &format!("doc-{k}"), EvidenceKind::Supports),
            Effect::Save
        );
    }
    press(&mut a, Action::Evidence);
    assert_eq!(press(&mut a, Action::AddEvidence), Effect::None);
    assert_eq!(
        problem(&a),
        Some(EvidenceProblem::Refused(EvidenceError::TooMany {
            max: MAX_EVIDENCE_PER_ANSWER
        }))
    );
    assert_eq!(stage(&a), EvidenceStage::List);
    let file = on_disk(&path(&a));
    assert_eq!(file.evidence_on("respect.1").len(), MAX_EVIDENCE_PER_ANSWER);
    assert_eq!(
        file.evidence_on("respect.1")[0],
        ev("rota.xlsx", EvidenceKind::Supports)
    );
}

#[test]
fn deleting_asks_first_and_n_keeps_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_in(dir.path());
    add(&mut a, "first.pdf", EvidenceKind::Supports);
    add(
        &mut a,
        "interview: 'nobody owns it'",
        EvidenceKind::Contradicts,
    );
    press(&mut a, Action::Evidence);
    assert_eq!(stage(&a), EvidenceStage::List);
    press(&mut a, Action::Down);
    assert_eq!(press(&mut a, Action::Remove), Effect::None);
    assert_eq!(stage(&a), EvidenceStage::ConfirmDelete);
    // n (or Esc): nothing is deleted.
    assert_eq!(press(&mut a, Action::Close), Effect::None);
    assert_eq!(stage(&a), EvidenceStage::List);
    assert_eq!(r(&a).session.evidence(0).len(), 2);
    press(&mut a, Action::Remove);
    assert_eq!(press(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(stage(&a), EvidenceStage::List, "the list stays open");
    let want = vec![ev("first.pdf", EvidenceKind::Supports)];
    assert_eq!(r(&a).session.evidence(0), want.as_slice());
    assert_eq!(on_disk(&path(&a)).evidence_on("respect.1"), want.as_slice());
    // The last one too: the question then has no evidence left in the file.
    press(&mut a, Action::Remove);
    press(&mut a, Action::Confirm);
    assert!(on_disk(&path(&a)).evidence.is_empty());
    assert_eq!(
        press(&mut a, Action::Remove),
        Effect::None,
        "nothing to delete"
    );
    assert_eq!(stage(&a), EvidenceStage::List);
}

#[test]
fn confidence_is_set_with_a_digit_or_the_arrows_and_cleared_with_0() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_in(dir.path());
    press(&mut a, Action::Confidence);
    assert!(matches!(r(&a).overlay, Some(Overlay::Confidence(_))));
    assert_eq!(press(&mut a, Action::Digit(1)), Effect::Save);
    assert_eq!(r(&a).overlay, None);
    assert_eq!(r(&a).session.confidence(0), Some(Confidence::Low));
    assert_eq!(
        on_disk(&path(&a)).confidence.get("respect.1"),
        Some(&Confidence::Low)
    );
    // ↓ from the level recorded, then Enter: medium.
    press(&mut a, Action::Confidence);
    press(&mut a, Action::Down);
    assert_eq!(press(&mut a, Action::Confirm), Effect::Save);
    assert_eq!(
        on_disk(&path(&a)).confidence.get("respect.1"),
        Some(&Confidence::Medium)
    );
    // The same level again changes nothing; Esc leaves it.
    press(&mut a, Action::Confidence);
    assert_eq!(press(&mut a, Action::Digit(2)), Effect::None);
    press(&mut a, Action::Confidence);
    assert_eq!(press(&mut a, Action::Close), Effect::None);
    assert_eq!(r(&a).session.confidence(0), Some(Confidence::Medium));
    press(&mut a, Action::Confidence);
    assert_eq!(press(&mut a, Action::Digit(0)), Effect::Save);
    assert_eq!(r(&a).session.confidence(0), None);
    assert!(on_disk(&path(&a)).confidence.is_empty());
    assert_eq!(
        r(&a).notice,
        Some(Notice::ConfidenceSet {
            step: 0,
            level: None
        })
    );
}

#[test]
fn right_after_an_answer_both_keys_are_on_the_question_just_answered() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app_in(dir.path());
    press(&mut a, Action::Digit(4));
    assert_eq!(r(&a).cursor, 1);
    press(&mut a, Action::Confidence);
    press(&mut a, Action::Digit(3));
    assert_eq!(r(&a).session.confidence(0), Some(Confidence::High));
    // Another key came between: now the question on screen.
    press(&mut a, Action::Confidence);
    press(&mut a, Action::Digit(1));
    assert_eq!(r(&a).session.confidence(1), Some(Confidence::Low));
    let file = on_disk(&path(&a));
    assert_eq!(file.confidence.get("respect.1"), Some(&Confidence::High));
    assert_eq!(file.confidence.get("respect.2"), Some(&Confidence::Low));
}
