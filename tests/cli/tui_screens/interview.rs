//! Snapshots of the screens of consultants and waves: the interview home screen inside an
//! engagement (the roster × instruments, the next interview offered, the add-an-interviewee
//! form), the consensus workshop (every rater's rating and note under the disputed item, the
//! rationale editor), and an earlier wave's answer offered to be kept (`run --from`).

use std::path::PathBuf;

use cxassess::Lang;
use cxassess::engagement::{self, CONSENSUS};
use cxassess::instrument::Instrument;
use cxassess::response::carry::Previous;
use cxassess::response::{Answer, Response, Results};
use cxassess::score::agree::agreement;
use cxassess::tui::app::{Action, App, Runner};
use cxassess::tui::consensus::Panel;
use cxassess::tui::home::Home;
use cxassess::tui::interview::{Column, Interview};
use cxassess::tui::session::{Respondent, Session};

use super::{feed, snap, typed};

const ENGAGEMENT: &str = "format: cxassess-engagement/1
client: Harbour Appliances
period: 2026-Q4
date: 2026-11-20
instruments: [maturity, gaps, servqual]
roster:
  - respondent: zhang.min
    role: manager
    name: 张敏
    instruments: [maturity, gaps]
  - respondent: li.na
    role: staff
    instruments: [gaps]
  - respondent: c-01
    role: customer
    instruments: [servqual]
";

/// A response answering the first `n` scale questions of `inst` with `v`.
fn response(inst: &Instrument, who: &str, role: &str, n: usize, v: i32) -> Response {
    let answers = inst
        .questions
        .iter()
        .filter(|q| inst.step_scale(inst.steps_for(None)[0]).is_some() && q.id.contains('.'))
        .take(n)
        .map(|q| (q.id.clone(), Answer::Value(v)))
        .collect();
    Response {
        respondent: who.into(),
        role: Some(role.into()),
        started: Some("2026-11-22T09:00:00Z".into()),
        updated: Some("2026-11-22T09:40:00Z".into()),
        answers,
        ..Response::default()
    }
}

/// The interview screen of Harbour Appliances: 张敏 has finished maturity and begun gaps.
fn screen() -> Interview {
    let mut e = engagement::parse("engagement.yaml", ENGAGEMENT).expect("valid");
    e.dir = PathBuf::from("/work/harbour-2026-q4");
    let columns: Vec<Column> = ["maturity", "gaps", "servqual"]
        .into_iter()
        .map(|id| Column {
            spec: id.into(),
            instrument: Instrument::load(id).expect("built-in"),
        })
        .collect();
    let maturity = columns[0].instrument.clone();
    let gaps = columns[1].instrument.clone();
    let mut done = Results::new(&maturity);
    let mut r = response(&maturity, "zhang.min", "manager", 31, 3);
    r.complete = true;
    done.responses.push(r);
    let mut begun = Results::new(&gaps);
    begun
        .responses
        .push(response(&gaps, "zhang.min", "manager", 12, 4));
    Interview::new(e, columns, &[(done, maturity), (begun, gaps)], Vec::new())
}

fn home_in(screen: Interview, lang: Lang) -> App {
    App::home(
        Home::new(Vec::new(), &[], Vec::new(), "/data/sessions".into())
            .with_interview(Some(screen)),
        lang,
    )
}

#[test]
fn the_interview_home_screen_shows_the_roster_by_instrument() {
    snap("interview_home", |lang| home_in(screen(), lang));
    snap("interview_next", |lang| {
        // Back from 张敏's maturity interview: the next unfinished one is offered.
        let mut before = screen();
        before.last = Some(("zhang.min".into(), "maturity".into()));
        let mut now = screen();
        now.came_back(&before);
        home_in(now, lang)
    });
    snap("interview_add", |lang| {
        let mut app = home_in(screen(), lang);
        feed(&mut app, &[Action::AddMember]);
        feed(&mut app, &typed("wang.lei"));
        feed(&mut app, &[Action::NextField]);
        feed(&mut app, &typed("王磊"));
        feed(
            &mut app,
            &[Action::NextField, Action::CursorRight, Action::NextField],
        );
        feed(&mut app, &[Action::CursorRight, Action::Insert(' ')]);
        app
    });
}

/// Three raters of maturity, two items disputed; the consensus workshop on them.
fn workshop(lang: Lang, answered: bool) -> App {
    let inst = Instrument::load("maturity").expect("built-in");
    let rater = |who: &str, role: &str, s1: i32, i2: i32, note: Option<&str>| {
        let mut r = response(&inst, who, role, 31, 3);
        r.answers.insert("strategy.1".into(), Answer::Value(s1));
        r.answers.insert("insight.2".into(), Answer::Value(i2));
        if let Some(note) = note {
            r.notes.insert("strategy.1".into(), note.into());
        }
        r
    };
    let raters = vec![
        rater(
            "zhang.min",
            "manager",
            1,
            2,
            Some("no one owns the vision; 没有负责人"),
        ),
        rater(
            "li.wei",
            "manager",
            4,
            3,
            Some("approved by the board in May"),
        ),
        rater("wang.fang", "consultant", 3, 5, None),
    ];
    let a = agreement(&inst, &raters);
    let items = a.disputed().into_iter().cloned().collect::<Vec<_>>();
    let mut session = Session::new(
        inst,
        PathBuf::from("/work/harbour-2026-q4/maturity/consensus.yaml"),
        &Respondent {
            name: Some(CONSENSUS.into()),
            role: Some(CONSENSUS.into()),
            org: Some("Harbour Appliances".into()),
        },
        "2026-11-22T09:00:00Z".into(),
    );
    let all = session.instrument.steps();
    session.steps = items
        .iter()
        .flat_map(|item| {
            all.iter()
                .filter(|s| session.instrument.questions[s.question].id == item.id)
                .copied()
                .collect::<Vec<_>>()
        })
        .collect();
    let panel = Panel {
        raters,
        items,
        sources: Vec::new(),
    };
    let mut app = App {
        lang,
        home: None,
        runner: Some(Runner::consensus(session, panel, lang)),
    };
    if answered {
        feed(&mut app, &[Action::Digit(3)]);
        feed(
            &mut app,
            &typed("The vision exists but is not yet in the plans"),
        );
    }
    app
}

#[test]
fn the_consensus_workshop_shows_every_rating_and_note() {
    snap("consensus", |lang| workshop(lang, false));
    snap("consensus_rationale", |lang| workshop(lang, true));
}

#[test]
fn the_previous_answer_is_offered_and_kept() {
    let build = |lang: Lang, keep: bool| {
        let inst = Instrument::load("pyramid").expect("built-in");
        let first = inst.questions[0].id.clone();
        let mut session = Session::new(
            inst,
            PathBuf::from("/work/2026-Q4/pyramid/li.wei.yaml"),
            &Respondent {
                name: Some("li.wei".into()),
                role: Some("manager".into()),
                org: None,
            },
            "2026-11-22T09:00:00Z".into(),
        );
        let mut previous = Response {
            respondent: "li.wei".into(),
            ..Response::default()
        };
        previous.answers.insert(first, Answer::Value(4));
        session.previous = Some(Previous {
            source: "../2026-Q3/pyramid/li.wei.yaml".into(),
            response: previous,
        });
        let mut app = App::runner(session, lang);
        if keep {
            feed(&mut app, &[Action::Confirm, Action::Prev]);
        }
        app
    };
    snap("previous_answer", |lang| build(lang, false));
    snap("previous_kept", |lang| build(lang, true));
}
