//! Snapshots of evidence (`v`) and confidence (`c`) in the runner: the evidence overlay (empty,
//! with entries, choosing the kind, a refusal, the question before deleting), the confidence
//! chooser, the question screen's evidence line and its "evidence required" marker, and the
//! overview and review flagging required evidence that is missing. Chinese references are in
//! the entries, so a cut wide character or a crooked border would show.

use std::path::PathBuf;

use cxassess::Lang;
use cxassess::instrument::Instrument;
use cxassess::response::{Confidence, EvidenceKind};
use cxassess::tui::app::{Action, App};
use cxassess::tui::session::{Respondent, Session};

use super::{feed, runner, snap, typed};

/// A pyramid runner with two pieces of evidence on the first question.
fn with_entries(lang: Lang) -> App {
    let mut app = runner("pyramid", lang);
    let session = &mut app.runner.as_mut().unwrap().session;
    session
        .add_evidence(0, "docs/complaints-rota-2026.xlsx", EvidenceKind::Supports)
        .unwrap();
    session
        .add_evidence(
            0,
            "访谈：“投诉台没有人负责”（李伟，2026-11-20）",
            EvidenceKind::Contradicts,
        )
        .unwrap();
    app
}

/// A pyramid runner whose first three questions require evidence, none given yet.
fn requiring(lang: Lang) -> App {
    let mut instrument = Instrument::load("pyramid").expect("built-in");
    for q in instrument.questions.iter_mut().take(3) {
        q.evidence_required = true;
    }
    let session = Session::new(
        instrument,
        PathBuf::from("/data/sessions/pyramid-20261122-090000-li.wei.yaml"),
        &Respondent {
            name: Some("li.wei".into()),
            role: Some("manager".into()),
            org: None,
        },
        "2026-11-22T09:00:00Z".into(),
    );
    App::runner(session, lang)
}

#[test]
fn evidence_overlay_empty_opens_on_the_reference() {
    snap("evidence_empty", |lang| {
        let mut app = runner("pyramid", lang);
        feed(&mut app, &[Action::Evidence]);
        feed(&mut app, &typed("docs/cx-strategy-2026.pdf"));
        app
    });
}

#[test]
fn evidence_overlay_lists_the_entries() {
    snap("evidence_list", |lang| {
        let mut app = with_entries(lang);
        feed(&mut app, &[Action::Evidence, Action::Down]);
        app
    });
}

#[test]
fn evidence_overlay_asks_supports_or_contradicts() {
    snap("evidence_kind", |lang| {
        let mut app = with_entries(lang);
        feed(&mut app, &[Action::Evidence, Action::AddEvidence]);
        feed(&mut app, &typed("员工手册第 3 章"));
        feed(
            &mut app,
            &[Action::Confirm, Action::Mark(EvidenceKind::Contradicts)],
        );
        app
    });
}

#[test]
fn evidence_overlay_shows_a_refusal() {
    snap("evidence_duplicate", |lang| {
        let mut app = with_entries(lang);
        feed(&mut app, &[Action::Evidence, Action::AddEvidence]);
        feed(&mut app, &typed("docs/complaints-rota-2026.xlsx"));
        feed(&mut app, &[Action::Confirm, Action::Confirm]);
        app
    });
}

#[test]
fn evidence_overlay_asks_before_deleting() {
    snap("evidence_delete", |lang| {
        let mut app = with_entries(lang);
        feed(&mut app, &[Action::Evidence, Action::Down, Action::Remove]);
        app
    });
}

#[test]
fn confidence_chooser() {
    snap("confidence_chooser", |lang| {
        let mut app = with_entries(lang);
        app.runner
            .as_mut()
            .unwrap()
            .session
            .set_confidence(0, Some(Confidence::Medium));
        feed(&mut app, &[Action::Confidence, Action::Up]);
        app
    });
}

#[test]
fn question_shows_the_evidence_and_confidence_line() {
    snap("evidence_line", |lang| {
        let mut app = with_entries(lang);
        feed(&mut app, &[Action::Confidence, Action::Digit(1)]);
        app
    });
}

#[test]
fn question_shows_that_evidence_is_required() {
    snap("evidence_required", requiring);
}

#[test]
fn overview_and_review_flag_missing_required_evidence() {
    snap("evidence_required_overview", |lang| {
        let mut app = requiring(lang);
        app.runner
            .as_mut()
            .unwrap()
            .session
            .add_evidence(1, "docs/x.pdf", EvidenceKind::Supports)
            .unwrap();
        feed(&mut app, &[Action::Overview]);
        app
    });
    snap("evidence_required_review", |lang| {
        let mut app = requiring(lang);
        feed(&mut app, &[Action::Digit(4), Action::Review]);
        app
    });
}

#[test]
fn at_the_minimum_size_the_evidence_overlay_keeps_what_is_asked() {
    for lang in [Lang::En, Lang::Zh] {
        let mut app = with_entries(lang);
        feed(&mut app, &[Action::Evidence, Action::AddEvidence]);
        feed(&mut app, &typed("docs/x.pdf"));
        feed(&mut app, &[Action::Confirm]);
        let backend = super::draw(&app, 60, 16);
        // Beside the other screens' snapshots.
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path("../snapshots");
        settings.bind(|| {
            insta::assert_snapshot!(
                format!("evidence_kind_minimum_{}_60x16", lang.code()),
                backend
            );
        });
    }
}
