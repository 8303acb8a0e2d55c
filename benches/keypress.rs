//! One keypress through the runner: `update` alone, and `update` plus a full render into an
//! 80×24 `TestBackend` — the work between a key and the next frame (the file write excepted,
//! which is the disk's time, not ours).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use cxassess::Lang;
use cxassess::instrument::Instrument;
use cxassess::tui::app::{Action, App, update};
use cxassess::tui::session::{Respondent, Session};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app(id: &str, lang: Lang) -> App {
    let instrument = Instrument::load(id).expect("built-in instrument");
    let session = Session::new(
        instrument,
        PathBuf::from("bench-results.yaml"),
        &Respondent {
            name: Some("bench".into()),
            role: Some("manager".into()),
            org: None,
        },
        "2026-01-01T00:00:00Z".into(),
    );
    App::runner(session, lang)
}

fn keypress(c: &mut Criterion) {
    // Up and Down move the highlight: a keypress that changes state but writes nothing, so the
    // measurement is the runner's own work.
    let mut a = app("pyramid", Lang::En);
    c.bench_function("update: move highlight", |b| {
        b.iter(|| {
            black_box(update(&mut a, black_box(Action::Down)));
            black_box(update(&mut a, black_box(Action::Up)));
        });
    });

    for (name, id, lang) in [
        ("update + render 80x24: pyramid en", "pyramid", Lang::En),
        ("update + render 80x24: maturity zh", "maturity", Lang::Zh),
    ] {
        let mut a = app(id, lang);
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test backend");
        c.bench_function(name, |b| {
            b.iter(|| {
                black_box(update(&mut a, black_box(Action::Down)));
                terminal
                    .draw(|f| f.render_widget(&a, f.area()))
                    .expect("draw");
            });
        });
    }
}

criterion_group!(benches, keypress);
criterion_main!(benches);
