//! The interview screen's state and the roster edit, without a terminal or a folder.

use super::roster::append;
use super::*;
use crate::engagement::Member;
use crate::response::Response;

const ENGAGEMENT: &str = "format: cxassess-engagement/1
client: Harbour Appliances
period: 2026-Q4
instruments: [maturity, gaps]
roster:   # who is to be interviewed
  - respondent: zhang.min
    role: manager
    instruments: [maturity]
  - respondent: li.na
    role: staff
    instruments: [gaps]

# targets come after the workshop
targets:
  maturity: {strategy: 4}
";

fn member() -> Member {
    Member {
        respondent: "wang.lei".into(),
        role: Some("staff".into()),
        name: Some("王磊".into()),
        instruments: vec!["maturity".into(), "gaps".into()],
    }
}

#[test]
fn a_member_is_appended_after_the_last_roster_item_and_nothing_else_moves() {
    let edited = append(ENGAGEMENT, &member()).expect("appended");
    let item = "  - respondent: wang.lei\n    role: staff\n    name: 王磊\n    instruments: [maturity, gaps]\n";
    // After the last item, before the blank line and the comment that follow the roster.
    let at = ENGAGEMENT.find("\n# targets").expect("blank line");
    assert_eq!(
        edited,
        format!("{}{item}{}", &ENGAGEMENT[..at], &ENGAGEMENT[at..])
    );
    let e = crate::engagement::parse("engagement.yaml", &edited).expect("still valid");
    assert_eq!(e.roster.len(), 3);
    assert_eq!(e.member("wang.lei"), Some(&member()));
    assert!((e.targets["maturity"]["strategy"] - 4.0).abs() < 1e-12);
}

#[test]
fn a_roster_is_started_where_there_is_none_and_an_empty_one_is_opened() {
    let none = "format: cxassess-engagement/1\nclient: Acme\n# roster:\n#   - respondent: x";
    let edited = append(none, &member()).expect("appended");
    assert!(
        edited.starts_with(none) && edited.ends_with("x\nroster:\n  - respondent: wang.lei\n    role: staff\n    name: 王磊\n    instruments: [maturity, gaps]\n"),
        "{edited}"
    );
    let empty =
        "format: cxassess-engagement/1\nclient: Acme\nroster: []  # nobody yet\nactions: []\n";
    let edited = append(empty, &member()).expect("appended");
    assert!(
        edited.contains("roster:   # nobody yet\n  - respondent: wang.lei\n")
            && edited.ends_with("actions: []\n"),
        "{edited}"
    );
    let flush = "client: Acme\nroster:\n- respondent: a\n  role: staff\ntargets: {}\n";
    let edited = append(flush, &member()).expect("appended");
    assert!(
        edited.contains("  role: staff\n- respondent: wang.lei\n  role: staff\n"),
        "items at the key's own indentation stay there: {edited}"
    );
    let crlf = "client: Acme\r\nroster:\r\n  - respondent: a\r\n";
    assert!(
        append(crlf, &member())
            .expect("appended")
            .ends_with("  - respondent: a\r\n  - respondent: wang.lei\r\n    role: staff\r\n    name: 王磊\r\n    instruments: [maturity, gaps]\r\n")
    );
    assert!(append("roster: [{respondent: a}]\n", &member()).is_err());
}

fn screen() -> Interview {
    let mut e = crate::engagement::parse("engagement.yaml", ENGAGEMENT).expect("valid");
    e.dir = "/work/eng".into();
    let columns: Vec<Column> = ["maturity", "gaps"]
        .into_iter()
        .map(|id| Column {
            spec: id.into(),
            instrument: Instrument::load(id).expect("built-in"),
        })
        .collect();
    let maturity = columns[0].instrument.clone();
    let mut results = Results::new(&maturity);
    results.responses.push(Response {
        respondent: "zhang.min".into(),
        role: Some("manager".into()),
        updated: Some("2026-11-22T09:40:00Z".into()),
        complete: true,
        ..Response::default()
    });
    results.responses.push(Response {
        respondent: "consensus".into(),
        ..Response::default()
    });
    Interview::new(e, columns, &[(results, maturity)], Vec::new())
}

#[test]
fn the_grid_has_the_roster_by_instrument_and_offers_the_next_unfinished() {
    let s = screen();
    assert_eq!(s.rows.len(), 2, "the consensus is not an interviewee");
    assert!(matches!(s.cell(0, 0), Some(Cell::Asked(p)) if p.complete));
    assert_eq!(s.cell(0, 1), Some(&Cell::NotAsked));
    assert!(matches!(s.cell(1, 1), Some(Cell::Asked(p)) if p.updated.is_none() && p.asked > 0));
    assert_eq!(s.done(), (1, 2));
    assert_eq!(s.next_unfinished(0, 0), Some((1, 1)));
    let mut before = s.clone();
    before.last = Some(("zhang.min".into(), "maturity".into()));
    let mut now = screen();
    now.came_back(&before);
    assert_eq!((now.row, now.col, now.offer), (1, 1, true));
    let start = now.start(1, 1).expect("a cell");
    assert_eq!(
        start.out.as_deref(),
        Some(Path::new("/work/eng/gaps/li.na.yaml"))
    );
    assert_eq!(start.who.role.as_deref(), Some("staff"));
    assert_eq!(start.who.org.as_deref(), Some("Harbour Appliances"));
    assert_eq!(start.period.as_deref(), Some("2026-Q4"));
}

#[test]
fn enter_starts_an_asked_cell_and_explains_one_not_asked() {
    let mut s = screen();
    let mut notice = None;
    s.update(Action::Next, &mut notice);
    assert_eq!(s.update(Action::Confirm, &mut notice), Effect::None);
    assert!(matches!(notice, Some(Notice::NotAsked { .. })));
    s.update(Action::Down, &mut notice);
    let Effect::Interview(start) = s.update(Action::Confirm, &mut notice) else {
        panic!("an interview starts")
    };
    assert_eq!(start.who.name.as_deref(), Some("li.na"));
    assert_eq!(s.last, Some(("li.na".into(), "gaps".into())));
}

#[test]
fn the_form_refuses_what_the_roster_would_not_take() {
    let mut s = screen();
    let mut notice = None;
    s.update(Action::AddMember, &mut notice);
    s.update(Action::Confirm, &mut notice);
    assert_eq!(notice, Some(Notice::NeedName));
    for c in "li.na".chars() {
        s.update(Action::Insert(c), &mut notice);
    }
    s.update(Action::Confirm, &mut notice);
    assert_eq!(notice, Some(Notice::MemberTaken("li.na".into())));
    for _ in 0..5 {
        s.update(Action::Backspace, &mut notice);
    }
    s.update(Action::Insert('c'), &mut notice);
    s.update(Action::Confirm, &mut notice);
    assert_eq!(notice, Some(Notice::NoInstrumentChosen));
    // Role: customer (two to the right); gaps is not answered by customers.
    let form = s.form.as_mut().expect("open");
    form.role = 2;
    form.chosen = vec![false, true];
    s.update(Action::Confirm, &mut notice);
    assert!(
        matches!(&notice, Some(Notice::RoleRefused { instrument, .. }) if instrument == "gaps")
    );
    // Staff on maturity: every section is for managers and consultants, so it is refused too,
    // naming them.
    let form = s.form.as_mut().expect("open");
    form.role = 1;
    form.chosen = vec![true, false];
    s.update(Action::Confirm, &mut notice);
    assert!(
        matches!(&notice, Some(Notice::RoleRefused { instrument, audience, .. })
            if instrument == "maturity" && audience == &["manager", "consultant"]),
        "{notice:?}"
    );
    let form = s.form.as_mut().expect("open");
    form.chosen = vec![false, true];
    let Effect::AddMember(m) = s.update(Action::Confirm, &mut notice) else {
        panic!("added")
    };
    assert_eq!(m.respondent, "c");
    assert_eq!(m.role.as_deref(), Some("staff"));
    assert_eq!(m.instruments, ["gaps"]);
    assert!(s.form.is_none());
}
