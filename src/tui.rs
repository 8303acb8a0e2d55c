//! The full-screen runner and home screen, and the plain line runner beside them. This module
//! and `cli` are the only ones that know about terminals.
//!
//! The runner follows The Elm Architecture: [`input`] turns a key into an [`app::Action`],
//! [`app::update`] changes the state and returns an [`app::Effect`], the event loop here carries
//! the effect out (writing the results file *before* the next frame), and [`view`] draws the
//! state as a pure function. [`session`] is the respondent's answers and their file, shared with
//! the [`plain`] mode so the same answers give the same bytes. [`terminal`] takes the terminal
//! over and always gives it back.

pub mod app;
pub mod consensus;
pub mod home;
pub mod input;
pub mod interview;
pub mod kano_builder;
pub mod keys;
pub mod mouse;
pub mod outside;
pub mod plain;
pub mod session;
pub mod terminal;
pub mod text_input;
pub mod theme;
pub mod view;
pub mod words;
pub mod wrap;

use std::io::{self, IsTerminal as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use ratatui::Terminal;
use ratatui::backend::Backend;

use self::app::{Action, App, Effect, Notice, Overlay, Runner, update};
use self::home::Home;
use self::mouse::HitMap;
use self::session::{Respondent, Session, Start};
use self::terminal::{Signals, TerminalGuard};
use crate::error::{Error, Result};
use crate::instrument::Instrument;
use crate::lang::Lang;

/// `cxassess` with no command: the home screen (`plain`: the line mode on stdin/stdout).
/// Returns the messages to show once the terminal is given back.
pub fn home(lang: Lang, plain: bool) -> Result<Vec<String>> {
    if plain {
        plain::home(lang, plain_input(), io::stdout().lock())?;
        return Ok(Vec::new());
    }
    require_terminal(lang)?;
    let mut app = App::home(Home::load()?, lang);
    run_app(&mut app)
}

/// `cxassess run`: answers `start` in the full-screen runner, or in the line mode when `plain`.
/// Returns the messages to show once the terminal is given back.
pub fn run(start: &Start, lang: Lang, plain: bool) -> Result<Vec<String>> {
    if !plain {
        // Before the session is opened, which takes (and may create) its file's place.
        require_terminal(lang)?;
    }
    let mut session = Session::open(start)?;
    if plain {
        plain::run(&mut session, lang, plain_input(), io::stdout().lock())?;
        return Ok(Vec::new());
    }
    let mut app = App::runner(session, lang);
    run_app(&mut app)
}

/// `cxassess run <INSTRUMENT> --consensus`: the consensus workshop on the disputed items of the
/// engagement at `dir`, full screen or (`plain`) in the line mode. Returns the messages to show
/// once the terminal is given back (or, when nothing is disputed, the message that says so).
pub fn consensus(dir: &Path, instrument: &str, lang: Lang, plain: bool) -> Result<Vec<String>> {
    if !plain {
        require_terminal(lang)?;
    }
    let (mut session, panel) = match consensus::open(dir, instrument, lang)? {
        consensus::Opened::Agreed(message) => return Ok(vec![message]),
        consensus::Opened::Workshop(session, panel) => (*session, *panel),
    };
    if plain {
        plain::consensus::run(
            &mut session,
            &panel,
            lang,
            plain_input(),
            io::stdout().lock(),
        )?;
        return Ok(Vec::new());
    }
    let mut app = App {
        lang,
        home: None,
        runner: Some(Runner::consensus(session, panel, lang)),
    };
    run_app(&mut app)
}

/// Standard input for the plain line mode, with the termination signals turned into the end of
/// the session (saved, exit 130) instead of the end of the process.
fn plain_input() -> plain::signalled::SignalledStdin {
    let signals = Signals::register();
    signals.enforce();
    plain::signalled::SignalledStdin::start(signals)
}

/// The full-screen modes need a terminal on both ends; say what to use instead.
fn require_terminal(lang: Lang) -> Result<()> {
    if io::stdin().is_terminal() && io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(Error::Environment(crate::tr!(lang, "tui-no-terminal")))
    }
}

/// How the event loop ended.
#[derive(Debug)]
enum Exit {
    /// Left normally, with the last session left (for the message on stderr).
    Quit(Option<Left>),
    /// Ctrl-C or a termination signal; the file the answers are in.
    Interrupted(PathBuf),
}

/// The last session left, for the message printed after the terminal is restored.
#[derive(Debug)]
struct Left {
    instrument: String,
    /// The consensus workshop, resumed with `--consensus`.
    consensus: bool,
    answered: usize,
    total: usize,
    path: PathBuf,
}

impl Left {
    fn of(runner: &Runner) -> Left {
        let session = &runner.session;
        Left {
            instrument: session.instrument.id.clone(),
            consensus: runner.consensus.is_some(),
            answered: session.answered_count(),
            total: session.steps.len(),
            path: session.path.clone(),
        }
    }
}

fn run_app(app: &mut App) -> Result<Vec<String>> {
    let lang = app.lang;
    let outcome = {
        let mut guard = TerminalGuard::enter().map_err(|e| Error::io("<terminal>", e))?;
        event_loop(guard.terminal(), app)
        // The guard drops here: the terminal is restored before anything is printed.
    };
    match outcome? {
        Exit::Quit(Some(left)) => {
            let path = left.path.display().to_string();
            let mut messages = vec![words::saved(lang, left.answered, left.total, &path)];
            if left.answered < left.total {
                messages.push(if left.consensus {
                    crate::tr!(
                        lang,
                        "tui-consensus-resume",
                        instrument = left.instrument.as_str()
                    )
                } else {
                    words::resume_hint(lang, &left.instrument, &path)
                });
            }
            Ok(messages)
        }
        Exit::Quit(None) => Ok(Vec::new()),
        Exit::Interrupted(path) => Err(Error::Interrupted(path)),
    }
}

fn io_error(e: impl Into<io::Error>) -> Error {
    Error::io("<terminal>", e.into())
}

/// How long a digit that may begin a two-digit point waits for the second digit.
const SECOND_DIGIT: Duration = Duration::from_secs(1);

/// Draws, waits for a key (or a click, a resize, a signal, the end of a digit's second),
/// updates, carries out the effect; again.
fn event_loop<B: Backend>(terminal: &mut Terminal<B>, app: &mut App) -> Result<Exit>
where
    B::Error: Into<io::Error>,
{
    let signals = Signals::register();
    signals.watch();
    let hits = HitMap::default();
    let mut dirty = true;
    // When the digit now waiting for a second one was typed.
    let mut pending_since: Option<Instant> = None;
    loop {
        // A signal is looked at before drawing: after a hangup there is no terminal to draw on.
        let action = if signals.raised() {
            Some(Action::Interrupt)
        } else {
            if dirty {
                let drawn =
                    terminal.draw(|frame| view::draw(app, frame.area(), frame.buffer_mut(), &hits));
                if let Err(e) = drawn {
                    // A closed window cannot be drawn on: end the session as a hangup does.
                    if terminal::gone() {
                        signals.raise();
                        continue;
                    }
                    return Err(io_error(e));
                }
                dirty = false;
            }
            let deadline = pending_since.map(|since| since + SECOND_DIGIT);
            match next_action(app, &hits, deadline) {
                Ok(action) => action,
                Err(_) if terminal::gone() => {
                    signals.raise();
                    continue;
                }
                Err(e) => return Err(e),
            }
        };
        if action.is_some() {
            dirty = true;
        }
        let Some(action) = action else { continue };
        let effect = update(app, action);
        let waiting = app.runner.as_ref().is_some_and(|r| r.pending.is_some());
        pending_since = match (waiting, pending_since) {
            (true, Some(since)) => Some(since),
            (true, None) => Some(Instant::now()),
            (false, _) => None,
        };
        if effect == Effect::ExternalEditor {
            edit_note_outside(terminal, app)?;
            continue;
        }
        if let Some(exit) = carry_out(app, effect)? {
            return Ok(exit);
        }
    }
}

/// The action of the next event within a tenth of a second (or by `deadline`, when a digit
/// waits for a second one: then the timeout itself), if any. A resize is no action but is
/// redrawn; a signal interrupting the wait is no error (the loop then sees its flag).
fn next_action(app: &App, hits: &HitMap, deadline: Option<Instant>) -> Result<Option<Action>> {
    let interrupted = |e: &io::Error| e.kind() == io::ErrorKind::Interrupted;
    let mut wait = Duration::from_millis(100);
    if let Some(deadline) = deadline {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(Some(Action::DigitTimeout));
        }
        wait = wait.min(left);
    }
    match event::poll(wait) {
        Ok(true) => {}
        Ok(false) => return Ok(None),
        Err(e) if interrupted(&e) => return Ok(None),
        Err(e) => return Err(io_error(e)),
    }
    match event::read() {
        Ok(Event::Key(key)) => Ok(input::action(app, key)),
        Ok(Event::Mouse(m)) => Ok(mouse::action(app, m, hits)),
        Ok(Event::Resize(..)) => Ok(Some(Action::Redraw)),
        Ok(_) => Ok(None),
        Err(e) if interrupted(&e) => Ok(None),
        Err(e) => Err(io_error(e)),
    }
}

/// Gives the terminal to `$VISUAL`/`$EDITOR` on the note being edited, takes it back, and puts
/// what was written into the note editor (unsaved: Ctrl-S saves it as typing would). A missing
/// or failing editor is a message on the message line.
fn edit_note_outside<B: Backend>(terminal: &mut Terminal<B>, app: &mut App) -> Result<()>
where
    B::Error: Into<io::Error>,
{
    let Some(runner) = app.runner.as_mut() else {
        return Ok(());
    };
    let Some(Overlay::Note(editor)) = &runner.overlay else {
        return Ok(());
    };
    let text = editor.input.text().to_string();
    let edited = if let Err(e) = outside::edit_check() {
        Err(e)
    } else {
        terminal::suspend().map_err(io_error)?;
        let edited = outside::edit(&text);
        terminal::resume().map_err(io_error)?;
        // Both buffers blank, on a cleared screen: the next frame is drawn whole. (Terminal::clear
        // would ask the terminal where its cursor is, which some terminals never answer.)
        terminal.swap_buffers();
        terminal.swap_buffers();
        edited
    };
    match edited {
        Ok(text) => runner.set_note_text(&text),
        Err(outside::EditorError::NotSet) => runner.notice = Some(Notice::NoEditor),
        Err(outside::EditorError::Failed(e)) => runner.notice = Some(Notice::EditorFailed(e)),
    }
    Ok(())
}

/// Writes the HTML report beside the results file and hands it to the system's opener; the
/// message line says where it is.
fn write_html(runner: &mut Runner) {
    let path = outside::html_path(&runner.session.path);
    let html = app::html(&runner.session, runner.consensus.as_deref(), runner.lang);
    runner.notice = Some(match outside::write_html(&path, &html) {
        Ok(()) => Notice::HtmlWritten {
            opened: outside::open(&path),
            path,
        },
        Err(e) => Notice::HtmlFailed(e.to_string()),
    });
}

/// Carries out an effect; `Some` ends the loop.
fn carry_out(app: &mut App, effect: Effect) -> Result<Option<Exit>> {
    let lang = app.lang;
    match effect {
        Effect::None | Effect::ExternalEditor => {}
        Effect::Save => {
            if let Some(runner) = &app.runner {
                runner.session.save()?;
            }
        }
        Effect::WriteHtml => {
            if let Some(runner) = app.runner.as_mut() {
                write_html(runner);
            }
        }
        Effect::Finish => {
            if let Some(runner) = app.runner.as_mut() {
                runner.session.end_sitting(runner.changed)?;
            }
        }
        Effect::Quit => {
            let Some(mut runner) = app.runner.take() else {
                return Ok(Some(Exit::Quit(None)));
            };
            runner.session.end_sitting(runner.changed)?;
            let left = Left::of(&runner);
            match app.home.as_mut() {
                Some(home) => home.reload()?,
                None => return Ok(Some(Exit::Quit(Some(left)))),
            }
        }
        Effect::Interrupted => {
            return Ok(Some(match app.runner.as_mut() {
                Some(runner) => {
                    runner.session.end_sitting(runner.changed)?;
                    Exit::Interrupted(runner.session.path.clone())
                }
                None => Exit::Interrupted(crate::response::store::sessions_dir()?),
            }));
        }
        Effect::Start {
            instrument,
            who,
            period,
            date,
        } => {
            let started = Instrument::load(&instrument)
                .and_then(|i| Session::start(i, &who))
                .map(|s| s.dated(period, date));
            open_runner(app, started, lang);
        }
        Effect::Open(path) => {
            let opened = Session::resume(&path, None, &Respondent::default());
            open_runner(app, opened, lang);
        }
        Effect::OpenResult(path) => {
            let opened = Session::resume(&path, None, &Respondent::default());
            open_runner(app, opened, lang);
            if let Some(runner) = app.runner.as_mut() {
                runner.open_report(true);
            }
        }
        Effect::Interview(start) => {
            let opened = open_interview(&start);
            open_runner(app, opened, lang);
        }
        Effect::AddMember(member) => {
            if let Some(home) = app.home.as_mut() {
                add_member(home, &member)?;
            }
        }
        Effect::SaveStudy { id, yaml } => {
            if let Some(home) = app.home.as_mut() {
                home.save_study(&id, &yaml)?;
            }
        }
    }
    Ok(None)
}

/// Opens an interview started from the interview home screen: the instrument's folder in the
/// engagement is made, and a role the instrument is not answered by (or asks nothing of) is
/// refused as `run` refuses it.
fn open_interview(start: &Start) -> Result<Session> {
    let instrument = Instrument::load(&start.instrument)?;
    crate::audience::check_asked(&instrument, start.who.role.as_deref())?;
    if let Some(dir) = start.out.as_deref().and_then(Path::parent) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    Session::open(start)
}

/// Appends `member` to the roster of the engagement on the home screen, reads it again and
/// selects them; a roster that cannot be edited is a message, not an exit.
fn add_member(home: &mut Home, member: &crate::engagement::Member) -> Result<()> {
    let Some(dir) = home.interview.as_ref().map(|i| i.engagement.dir.clone()) else {
        return Ok(());
    };
    match interview::roster::add(&dir, member) {
        Ok(()) => {
            home.reload()?;
            if let Some(screen) = home.interview.as_mut() {
                screen.select(&member.respondent);
                screen.offer = false;
            }
            home.notice = Some(Notice::MemberAdded(member.respondent.clone()));
        }
        Err(e) => home.notice = Some(Notice::OpenFailed(e.to_string())),
    }
    Ok(())
}

fn open_runner(app: &mut App, session: Result<Session>, lang: Lang) {
    match session {
        Ok(session) => app.runner = Some(Runner::new(session, lang)),
        Err(e) => {
            if let Some(home) = app.home.as_mut() {
                home.notice = Some(Notice::OpenFailed(e.to_string()));
            }
        }
    }
}
