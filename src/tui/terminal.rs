//! Taking over the terminal and giving it back. [`TerminalGuard`] enters raw mode and the
//! alternate screen; dropping it restores both, so every way out of the runner (quit, Ctrl-C,
//! an error travelling up with `?`) leaves a usable shell. A panic hook restores the terminal
//! before the panic message is printed, so the message is readable and the shell is not left in
//! raw mode. Termination signals are turned into a flag the event loop polls, so they end the
//! session the way Ctrl-C does (answers are on disk after every answer anyway).

use std::io::{self, Stdout, Write as _};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::cursor::{Hide, Show};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal while the runner owns it.
#[derive(Debug)]
pub struct TerminalGuard {
    /// The ratatui terminal drawing on stdout.
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen, and installs the panic hook.
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        enable_raw_mode()?;
        if let Err(e) = execute!(io::stdout(), EnterAlternateScreen, Hide) {
            let _ = restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                let _ = restore();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = restore();
    }
}

/// Leaves the alternate screen and raw mode and shows the cursor. Safe to call more than once.
pub fn restore() -> io::Result<()> {
    let raw = disable_raw_mode();
    let mut out = io::stdout();
    let screen = execute!(out, LeaveAlternateScreen, Show);
    let _ = out.flush();
    raw.and(screen)
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

    /// Whether a termination signal arrived.
    pub fn raised(&self) -> bool {
        self.raised.load(Ordering::Relaxed)
    }
}
