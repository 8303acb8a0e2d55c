//! Taking over the terminal and giving it back. [`TerminalGuard`] enters raw mode, the
//! alternate screen and mouse capture; dropping it restores all three, so every way out of the
//! runner (quit, Ctrl-C, an error travelling up with `?`) leaves a usable shell. [`suspend`] and
//! [`resume`] give the terminal to another program (the note's `$EDITOR`) and take it back. A panic hook restores the terminal
//! before the panic message is printed, so the message is readable and the shell is not left in
//! raw mode. Termination signals are turned into a flag the event loop polls, so they end the
//! session the way Ctrl-C does (answers are on disk after every answer anyway); a watchdog
//! makes sure a closed terminal window ends the process even when the event loop cannot see
//! the flag (see [`Signals::watch`]).

use std::io::{self, Stdout, Write as _};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal while the runner owns it.
#[derive(Debug)]
pub struct TerminalGuard {
    /// The ratatui terminal drawing on stdout (taken only when the guard drops).
    terminal: Option<Terminal<CrosstermBackend<Stdout>>>,
}

impl TerminalGuard {
    /// Enters raw mode, the alternate screen and mouse capture, and installs the panic hook.
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        if let Err(e) = resume() {
            let _ = restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(TerminalGuard {
                terminal: Some(terminal),
            }),
            Err(e) => {
                let _ = restore();
                Err(e)
            }
        }
    }
}

impl TerminalGuard {
    /// The ratatui terminal.
    pub fn terminal(&mut self) -> &mut Terminal<CrosstermBackend<Stdout>> {
        self.terminal
            .as_mut()
            .expect("the terminal is only taken when the guard drops")
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = restore();
        if let Some(mut terminal) = self.terminal.take() {
            // ratatui shows a hidden cursor when its terminal drops and prints with `eprintln!`
            // when it cannot, which panics when stderr is a terminal that has gone away (a
            // closed window). Show it here; if that fails there is no terminal left to tidy,
            // so the terminal value is forgotten instead of dropped.
            if terminal.show_cursor().is_err() {
                std::mem::forget(terminal);
            }
        }
    }
}

/// Whether the terminal has gone away (its window closed): a hung-up terminal fails every
/// request, its size included. (`window_size` asks the terminal only; `size` would fall back
/// to running `tput`, which answers from the terminfo database whatever the terminal's state.)
#[cfg(unix)]
pub fn gone() -> bool {
    crossterm::terminal::window_size().is_err()
}

/// Elsewhere a vanished console is not detected this way (crossterm cannot ask its size the
/// same way there).
#[cfg(not(unix))]
pub fn gone() -> bool {
    false
}

/// Leaves mouse capture, the alternate screen and raw mode, and shows the cursor. Safe to call
/// more than once.
pub fn restore() -> io::Result<()> {
    let raw = disable_raw_mode();
    let mut out = io::stdout();
    let screen = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = out.flush();
    raw.and(screen)
}

/// Takes the terminal (again): raw mode, the alternate screen (cleared), mouse capture, no
/// cursor.
pub fn resume() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        Clear(ClearType::All),
        EnableMouseCapture,
        Hide
    )
}

/// Gives the terminal to another program for a while, as it was before cxassess took it; call
/// [`resume`] after.
pub fn suspend() -> io::Result<()> {
    restore()
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = restore();
            previous(info);
        }));
    });
}

/// A flag raised by SIGTERM, SIGHUP or an outside SIGINT, for the event loop to poll.
#[derive(Debug, Clone, Default)]
pub struct Signals {
    raised: Arc<AtomicBool>,
}

impl Signals {
    /// Registers the termination signals (on Unix; elsewhere the flag never rises).
    pub fn register() -> Signals {
        let signals = Signals::default();
        #[cfg(unix)]
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
        ] {
            // Registration fails only for forbidden signals, which these are not; without it
            // the default action still ends the process, and answers are already on disk.
            let _ = signal_hook::flag::register(sig, Arc::clone(&signals.raised));
        }
        signals
    }

    /// Raises the flag, as a termination signal does.
    pub fn raise(&self) {
        self.raised.store(true, Ordering::Relaxed);
    }

    /// Whether a termination signal arrived.
    pub fn raised(&self) -> bool {
        self.raised.load(Ordering::Relaxed)
    }

    /// Starts a watchdog thread for a terminal that goes away. When a terminal window is
    /// closed, its terminal reads end-of-file for ever, and crossterm's event reading then
    /// loops inside itself without returning (crossterm-rs/crossterm#793), so the event loop
    /// never sees the SIGHUP flag and the process would spin on a CPU until killed. The
    /// watchdog raises the flag when the terminal's size can no longer be read (a hung-up
    /// terminal fails every request), and when the flag has been up for [`GRACE`] and the
    /// process still runs, it ends the process with exit code 130, as Ctrl-C does. Every
    /// answer is on disk before the next screen is drawn, so nothing answered is lost.
    pub fn watch(&self) {
        self.watchdog(true);
    }

    /// Starts the watchdog without the terminal check, for the plain line mode, whose output may
    /// be a pipe or a file: a process that has not ended [`GRACE`] after the flag went up (its
    /// output blocked, say) is ended with exit code 130.
    pub fn enforce(&self) {
        self.watchdog(false);
    }

    fn watchdog(&self, check_terminal: bool) {
        let raised = Arc::clone(&self.raised);
        // Without a thread there is no watchdog; the event loop still ends on every signal it
        // can see.
        let _ = std::thread::Builder::new()
            .name("terminal-watchdog".into())
            .spawn(move || {
                let mut failures = 0;
                let mut since: Option<Instant> = None;
                loop {
                    std::thread::sleep(Duration::from_millis(100));
                    if !raised.load(Ordering::Relaxed) {
                        if !check_terminal {
                            continue;
                        }
                        failures = if gone() { failures + 1 } else { 0 };
                        if failures >= 2 {
                            raised.store(true, Ordering::Relaxed);
                        }
                        continue;
                    }
                    if since.get_or_insert_with(Instant::now).elapsed() >= GRACE {
                        if check_terminal {
                            give_back_briefly();
                        }
                        std::process::exit(130);
                    }
                }
            });
    }
}

/// Gives the terminal back (mouse capture off above all) before the watchdog ends the process,
/// waiting at most a moment: the main thread may hold the output, blocked on a terminal that is
/// gone, and then there is nothing left to give back anyway.
fn give_back_briefly() {
    let (done, wait) = std::sync::mpsc::channel();
    let _ = std::thread::Builder::new()
        .name("terminal-restore".into())
        .spawn(move || {
            let _ = restore();
            let _ = done.send(());
        });
    let _ = wait.recv_timeout(Duration::from_millis(200));
}

/// How long the event loop has to end a session by itself once the flag is up, before the
/// watchdog ends the process.
pub const GRACE: Duration = Duration::from_secs(2);
