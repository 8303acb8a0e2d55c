//! Snapshots of every runner and home screen, drawn into a `TestBackend` from state built by
//! feeding actions through `update`, in English and Chinese, at 80×24 and 140×40. A snapshot is
//! exactly the characters a respondent sees (colours aside).

use std::path::PathBuf;

use cxassess::Lang;
use cxassess::instrument::{Instrument, builtin};
use cxassess::report::doc::{Block, Document, Inline};
use cxassess::response::store::SessionInfo;
use cxassess::tui::app::{Action, App, update};
use cxassess::tui::home::{CustomEntry, Home, InstrumentEntry};
use cxassess::tui::kano_builder::SavedStudy;
use cxassess::tui::session::{Respondent, Session};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod evidence;
mod interview;

const SIZES: [(u16, u16); 2] = [(80, 24), (140, 40)];
const LANGS: [Lang; 2] = [Lang::En, Lang::Zh];

/// A runner on built-in `id` for respondent li.wei, writing nowhere (nothing is saved here).
fn runner(id: &str, lang: Lang) -> App {
    let session = Session::new(
        Instrument::load(id).expect("built-in"),
        PathBuf::from(format!("/data/sessions/{id}-20261122-090000-li.wei.yaml")),
        &Respondent {
            name: Some("li.wei".into()),
            role: Some("manager".into()),
            org: Some("Acme Service Center".into()),
        },
        "2026-11-22T09:00:00Z".into(),
    );
    App::runner(session, lang)
}

fn feed(app: &mut App, actions: &[Action]) {
    for a in actions {
        update(app, *a);
    }
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Action::Insert).collect()
}

/// The step index of question `id` (its first part).
fn step_of(app: &App, id: &str) -> usize {
    let s = &app.runner.as_ref().unwrap().session;
    s.steps
        .iter()
        .position(|st| s.instrument.questions[st.question].id == id)
        .unwrap_or_else(|| panic!("no step for {id}"))
}

/// Jumps to step `i` through the overview, as a user would.
fn go_to(app: &mut App, i: usize) {
    update(app, Action::Overview);
    update(app, Action::First);
    for _ in 0..i {
        update(app, Action::Down);
    }
    update(app, Action::Confirm);
}

fn draw(app: &App, w: u16, h: u16) -> TestBackend {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal.backend().clone()
}

/// Snapshots the screen `build` makes, in both languages at both sizes.
fn snap(name: &str, build: impl Fn(Lang) -> App) {
    for lang in LANGS {
        let app = build(lang);
        for (w, h) in SIZES {
            let backend = draw(&app, w, h);
            insta::assert_snapshot!(format!("{name}_{}_{w}x{h}", lang.code()), backend);
        }
    }
}

#[test]
fn question_scale_unanswered_shows_no_preselected_answer() {
    snap("scale", |lang| runner("pyramid", lang));
}

#[test]
fn question_scale_answered_and_highlighted() {
    snap("scale_answered", |lang| {
        let mut app = runner("pyramid", lang);
        feed(
            &mut app,
            &[Action::Digit(4), Action::Prev, Action::Down, Action::Down],
        );
        app
    });
}

#[test]
fn question_scale_zero_to_ten() {
    snap("scale_0_10", |lang| runner("pulse", lang));
}

#[test]
fn question_rubric() {
    snap("rubric", |lang| runner("maturity", lang));
    snap("rubric_highlighted", |lang| {
        let mut app = runner("maturity", lang);
        feed(&mut app, &[Action::Down, Action::Down, Action::Down]);
        app
    });
}

#[test]
fn question_kano_functional_dysfunctional_importance() {
    snap("kano_functional", |lang| runner("kano", lang));
    snap("kano_dysfunctional", |lang| {
        let mut app = runner("kano", lang);
        feed(&mut app, &[Action::Digit(1)]);
        app
    });
    snap("kano_importance", |lang| {
        let mut app = runner("kano", lang);
        feed(&mut app, &[Action::Digit(1), Action::Digit(5)]);
        app
    });
}

#[test]
fn question_pair_expected_and_perceived() {
    snap("pair_expected", |lang| runner("servqual", lang));
    snap("pair_perceived", |lang| {
        let mut app = runner("servqual", lang);
        let weights = step_of(&app, "weights");
        go_to(&mut app, weights + 1);
        app
    });
}

#[test]
fn question_allocation_shows_points_left() {
    snap("allocation", |lang| {
        let mut app = runner("servqual", lang);
        let weights = step_of(&app, "weights");
        go_to(&mut app, weights);
        feed(
            &mut app,
            &[
                Action::Digit(1),
                Action::Digit(0),
                Action::Down,
                Action::Digit(4),
                Action::Digit(0),
                Action::Down,
            ],
        );
        app
    });
    snap("allocation_refused", |lang| {
        let mut app = runner("servqual", lang);
        let weights = step_of(&app, "weights");
        go_to(&mut app, weights);
        feed(
            &mut app,
            &[Action::Digit(9), Action::Digit(0), Action::Confirm],
        );
        app
    });
}

#[test]
fn question_text() {
    snap("text", |lang| {
        let mut app = runner("pulse", lang);
        feed(&mut app, &[Action::Digit(9)]);
        feed(&mut app, &typed("Quick, friendly and 很专业"));
        app
    });
}

#[test]
fn na_reason_prompt() {
    snap("na_reason", |lang| {
        let mut app = runner("pyramid", lang);
        feed(&mut app, &[Action::NotApplicable]);
        feed(&mut app, &typed("we sell no physical product"));
        app
    });
}

#[test]
fn note_editor() {
    snap("note_editor", |lang| {
        let mut app = runner("pyramid", lang);
        feed(&mut app, &[Action::EditNote]);
        feed(&mut app, &typed("Complaints desk answers within a day."));
        feed(&mut app, &[Action::NewLine]);
        feed(&mut app, &typed("投诉台一天内答复。"));
        app
    });
}

fn partly_answered(lang: Lang) -> App {
    let mut app = runner("pyramid", lang);
    feed(
        &mut app,
        &[Action::Digit(4), Action::Digit(5), Action::NotApplicable],
    );
    feed(&mut app, &typed("no complaints desk"));
    feed(
        &mut app,
        &[Action::Confirm, Action::Digit(2), Action::EditNote],
    );
    feed(&mut app, &typed("staff are kind"));
    feed(
        &mut app,
        &[
            Action::SaveNote,
            Action::Next,
            Action::Next,
            Action::Digit(3),
        ],
    );
    app
}

#[test]
fn overview_of_all_questions() {
    snap("overview", |lang| {
        let mut app = partly_answered(lang);
        feed(&mut app, &[Action::Overview]);
        app
    });
}

#[test]
fn review_of_all_answers() {
    snap("review", |lang| {
        let mut app = partly_answered(lang);
        feed(&mut app, &[Action::Review, Action::First]);
        app
    });
}

#[test]
fn help_overlay() {
    snap("help", |lang| {
        let mut app = runner("pyramid", lang);
        feed(&mut app, &[Action::Help]);
        app
    });
}

/// The completion screen shows the summary the report module computes; here it is fixed so the
/// snapshot checks the screen, not the scoring (tested in `runner_completion_uses_report_summary`).
fn with_fixed_summary(mut app: App) -> App {
    let r = app.runner.as_mut().unwrap();
    r.summary = Some(
        "Customer satisfaction (CSAT): 100\nNet Promoter Score: 100 (1 promoter)\n客户费力度 CES: 6.0"
            .into(),
    );
    app
}

#[test]
fn completion_screen() {
    snap("complete", |lang| {
        let mut app = runner("pulse", lang);
        feed(&mut app, &[Action::Digit(9)]);
        feed(&mut app, &typed("Quick"));
        feed(
            &mut app,
            &[Action::Confirm, Action::Digit(5), Action::Digit(6)],
        );
        with_fixed_summary(app)
    });
    snap("complete_missing", |lang| {
        let mut app = runner("pulse", lang);
        feed(
            &mut app,
            &[
                Action::Digit(9),
                Action::Close,
                Action::Next,
                Action::Next,
                Action::Digit(6),
            ],
        );
        with_fixed_summary(app)
    });
}

#[test]
fn too_small() {
    for lang in LANGS {
        let app = runner("pyramid", lang);
        insta::assert_snapshot!(
            format!("too_small_{}_50x12", lang.code()),
            draw(&app, 50, 12)
        );
    }
}

fn home(lang: Lang) -> App {
    let instruments = builtin::ids()
        .into_iter()
        .map(|id| {
            let i = Instrument::load(id).unwrap();
            InstrumentEntry {
                id: i.id.clone(),
                title: i.title.clone(),
                description: i.description.clone(),
                questions: i.questions.len(),
            }
        })
        .collect();
    let info = |id: &str, who: &str, context: &str, answered, total, complete| {
        let i = Instrument::load(id).unwrap();
        SessionInfo {
            path: PathBuf::from(format!("/data/sessions/{id}-{who}.yaml")),
            instrument: id.into(),
            title: i.title.clone(),
            respondent: who.into(),
            context: context.into(),
            answered,
            total,
            complete,
            modified: "2026-11-22 09:40".into(),
        }
    };
    let sessions = vec![
        info(
            "pyramid",
            "li.wei",
            "Harbour Appliances · 2026-Q4",
            12,
            47,
            false,
        ),
        info("kano", "王芳", "", 3, 27, false),
        info("servqual", "acme-2026", "Acme · 2026-Q3", 45, 45, true),
    ];
    App::home(
        Home::new(
            instruments,
            &sessions,
            vec!["/data/sessions/broken.yaml".into()],
            "/data/sessions".into(),
        ),
        lang,
    )
}

#[test]
fn home_screen() {
    snap("home", home);
    snap("home_form", |lang| {
        let mut app = home(lang);
        feed(&mut app, &[Action::Confirm]);
        feed(&mut app, &typed("li.wei"));
        feed(
            &mut app,
            &[Action::NextField, Action::CursorRight, Action::CursorRight],
        );
        app
    });
}

/// The home screen with two files in the instruments folder: a study made earlier, and a file
/// that does not validate.
fn home_with_custom(lang: Lang) -> App {
    let mut app = home(lang);
    let study =
        cxassess::instrument::kano_study::generate(&cxassess::instrument::kano_study::StudySpec {
            title: "Online service | 线上服务".into(),
            features: vec!["Live chat | 在线客服".into(), "Free returns".into()],
            importance: true,
            table: cxassess::instrument::KanoTable::Standard,
        })
        .unwrap();
    let path = "/data/instruments/online_service.yaml";
    let readable = CustomEntry::new(
        PathBuf::from(path),
        Instrument::parse(&study, cxassess::instrument::Origin::File(path.into())),
    );
    let broken_path = "/data/instruments/draft.yaml";
    let broken = CustomEntry::new(
        PathBuf::from(broken_path),
        Instrument::parse(
            "format: cxassess-instrument/1\nid: draft\nversion: 1\nkind: kano\ntitle: {en: Draft, zh: 草稿}\nsections: []\n",
            cxassess::instrument::Origin::File(broken_path.into()),
        ),
    );
    let h = app.home.take().unwrap();
    app.home = Some(h.with_custom(vec![broken, readable], "/data/instruments".into()));
    app
}

#[test]
fn home_screen_lists_your_instruments_and_says_why_one_is_unreadable() {
    snap("home_custom", |lang| {
        let mut app = home_with_custom(lang);
        // Past the six built-ins and the builder's row: the unreadable file, then the study.
        feed(&mut app, &[Action::Down; 7]);
        app
    });
    snap("home_custom_selected", |lang| {
        let mut app = home_with_custom(lang);
        feed(&mut app, &[Action::Down; 8]);
        app
    });
}

/// The Kano study builder with a title and three features (one Chinese only), the first
/// selected so its two questions are previewed.
fn study_with_three_features(lang: Lang) -> App {
    let mut app = home(lang);
    feed(&mut app, &[Action::NewStudy]);
    feed(&mut app, &typed("Online service features | 线上服务功能"));
    feed(&mut app, &[Action::Confirm]);
    for feature in [
        "Real-time order tracking | 实时订单跟踪",
        "Live chat",
        "专家技术支持",
    ] {
        feed(&mut app, &typed(feature));
        feed(&mut app, &[Action::Confirm]);
    }
    feed(&mut app, &[Action::Up, Action::Up]);
    app
}

#[test]
fn kano_study_builder() {
    snap("study_empty", |lang| {
        let mut app = home(lang);
        // The builder's row comes after the six built-ins.
        feed(&mut app, &[Action::Last, Action::First]);
        feed(&mut app, &[Action::Down; 6]);
        feed(&mut app, &[Action::Confirm]);
        app
    });
    snap("study_three_features", study_with_three_features);
    snap("study_typing_previews_live", |lang| {
        let mut app = study_with_three_features(lang);
        feed(&mut app, &typed("Video guides | 视频指导"));
        app
    });
    snap("study_settings", |lang| {
        let mut app = study_with_three_features(lang);
        feed(
            &mut app,
            &[
                Action::NextField,
                Action::Insert(' '),
                Action::NextField,
                Action::CursorRight,
            ],
        );
        app
    });
    snap("study_discard", |lang| {
        let mut app = study_with_three_features(lang);
        feed(&mut app, &[Action::Close]);
        app
    });
    snap("study_refused", |lang| {
        let mut app = home(lang);
        feed(&mut app, &[Action::NewStudy]);
        feed(&mut app, &typed("Online service"));
        feed(&mut app, &[Action::SaveStudy]);
        app
    });
    snap("study_saved", |lang| {
        let mut app = study_with_three_features(lang);
        let builder = app.home.as_mut().unwrap().builder.as_mut().unwrap();
        builder.saved = Some(SavedStudy {
            path: PathBuf::from("/data/instruments/online_service_features.yaml"),
            title: cxassess::Text::new("Online service features", "线上服务功能"),
            features: 3,
        });
        app
    });
}

#[test]
fn kano_study_builder_degrades_below_the_minimum_size() {
    for lang in LANGS {
        let app = study_with_three_features(lang);
        insta::assert_snapshot!(
            format!("study_too_small_{}_50x12", lang.code()),
            draw(&app, 50, 12)
        );
        insta::assert_snapshot!(
            format!("study_minimum_{}_60x16", lang.code()),
            draw(&app, 60, 16)
        );
    }
}

#[test]
fn runner_completion_uses_report_summary() {
    let mut app = runner("pulse", Lang::En);
    feed(&mut app, &[Action::Digit(9)]);
    feed(&mut app, &typed("Quick"));
    feed(
        &mut app,
        &[Action::Confirm, Action::Digit(5), Action::Digit(6)],
    );
    let r = app.runner.as_ref().unwrap();
    assert!(r.at_end());
    assert_eq!(
        r.summary.as_deref(),
        Some(
            cxassess::report::summary_text(
                &r.session.instrument,
                std::slice::from_ref(r.session.response()),
                Lang::En
            )
            .as_str()
        )
    );
}

#[test]
fn escape_sequences_in_a_note_are_drawn_as_text() {
    // As a note read from a file (the editor itself takes no control characters).
    let mut app = runner("pyramid", Lang::En);
    let runner = app.runner.as_mut().expect("a runner");
    assert!(runner.session.set_note(0, "seen \u{1b}[2J twice"));
    let backend = draw(&app, 80, 24);
    let screen: String = backend
        .buffer()
        .content()
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    assert!(screen.contains(r"seen \x1b[2J twice"), "{backend}");
    assert!(!screen.contains('\u{1b}'));
}

#[test]
fn a_digit_waiting_for_a_second_one_is_shown() {
    snap("pending_digit", |lang| {
        let mut app = runner("pulse", lang);
        feed(&mut app, &[Action::Digit(1)]);
        app
    });
}

#[test]
fn a_note_right_after_an_answer_names_the_question_answered() {
    snap("answered", |lang| {
        let mut app = runner("pyramid", lang);
        feed(&mut app, &[Action::Digit(4)]);
        app
    });
    snap("note_just_answered", |lang| {
        let mut app = runner("pyramid", lang);
        feed(&mut app, &[Action::Digit(4), Action::EditNote]);
        feed(&mut app, &typed("desk was closed at noon"));
        app
    });
}

#[test]
fn leaving_a_changed_note_asks_first() {
    snap("note_unsaved", |lang| {
        let mut app = runner("pyramid", lang);
        feed(&mut app, &[Action::EditNote]);
        feed(&mut app, &typed("half a thought"));
        feed(&mut app, &[Action::Close]);
        app
    });
}

#[test]
fn go_to_shows_the_number_typed() {
    snap("go_to_number", |lang| {
        let mut app = partly_answered(lang);
        feed(
            &mut app,
            &[Action::Overview, Action::Digit(4), Action::Digit(3)],
        );
        app
    });
}

#[test]
fn after_a_fix_from_the_review_the_runner_is_back_where_it_was() {
    snap("returned", |lang| {
        let mut app = partly_answered(lang);
        feed(&mut app, &[Action::Review, Action::First, Action::Confirm]);
        feed(&mut app, &[Action::Digit(2)]);
        app
    });
}

/// The report view with a fixed report text (the report's own content is checked by the
/// report snapshots; here the view: border, scrolling, the position line, the keys).
fn with_fixed_report(mut app: App, scroll: usize) -> App {
    let r = app.runner.as_mut().unwrap();
    r.open_report(false);
    let view = r.report.as_mut().unwrap();
    let mut doc = Document::new("Report");
    doc.push(Block::Bullets(
        (1..=60)
            .map(|n| Inline::plain(format!("Report line {n}: 客户体验 {n}")))
            .collect(),
    ));
    *view.content = doc;
    view.scroll = scroll;
    app
}

#[test]
fn the_full_report_in_a_scrollable_view() {
    let finished = |lang| {
        let mut app = runner("pulse", lang);
        feed(&mut app, &[Action::Digit(9)]);
        feed(&mut app, &typed("Quick"));
        feed(
            &mut app,
            &[Action::Confirm, Action::Digit(5), Action::Digit(6)],
        );
        app
    };
    snap("report_view", |lang| with_fixed_report(finished(lang), 0));
    snap("report_view_scrolled", |lang| {
        with_fixed_report(finished(lang), 30)
    });
    // The real report: the same document `cxassess report` makes of the file.
    let mut app = finished(Lang::En);
    feed(&mut app, &[Action::OpenReport]);
    let screen = draw(&app, 140, 40)
        .buffer()
        .content()
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect::<String>();
    assert!(screen.contains("Net Promoter Score"), "{screen}");
    assert!(screen.contains("Pulse: NPS, CSAT and CES"), "{screen}");
}

#[test]
fn at_the_minimum_size_the_key_help_keeps_quit() {
    for lang in LANGS {
        let app = runner("pyramid", lang);
        let backend = draw(&app, 60, 16);
        let screen: String = backend
            .buffer()
            .content()
            .iter()
            .map(ratatui::buffer::Cell::symbol)
            .collect();
        // Wide characters leave a blank cell behind them: compare without blanks.
        let quit = if lang == Lang::Zh {
            "q保存退出"
        } else {
            "qsave&quit"
        };
        assert!(screen.replace(' ', "").contains(quit), "{backend}");
        assert!(screen.contains("li.wei"), "{backend}");
        insta::assert_snapshot!(format!("scale_minimum_{}_60x16", lang.code()), backend);
    }
}
