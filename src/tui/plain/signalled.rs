//! Standard input for the plain line mode that a termination signal can interrupt. A blocked
//! `read` on stdin is restarted by the system after a signal, so the line mode would never see
//! one; here a thread reads stdin and hands its bytes over, while the line mode waits for them a
//! tenth of a second at a time and looks at the signal flag in between. When the flag is up, the
//! next read fails with an error [`is_signal`] recognises, and the session ends as Ctrl-C ends
//! it in the full-screen runner: saved, exit 130.

use std::io::{self, BufRead, Read};
use std::sync::mpsc::{Receiver, RecvTimeoutError, sync_channel};
use std::time::Duration;

use crate::tui::terminal::Signals;

/// The error payload of a read ended by a signal.
#[derive(Debug)]
struct Signalled;

impl std::fmt::Display for Signalled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ended by a signal")
    }
}

impl std::error::Error for Signalled {}

/// Whether a read failed because a termination signal arrived.
pub fn is_signal(e: &io::Error) -> bool {
    matches!(e.get_ref(), Some(inner) if inner.is::<Signalled>())
}

/// Standard input, read by a thread of its own, that gives up when a signal arrives.
#[derive(Debug)]
pub struct SignalledStdin {
    chunks: Receiver<Vec<u8>>,
    buf: Vec<u8>,
    pos: usize,
    signals: Signals,
}

impl SignalledStdin {
    /// Starts reading stdin; reads fail once `signals` is raised.
    pub fn start(signals: Signals) -> SignalledStdin {
        // One chunk in flight at most: what is not asked for yet stays in the system's buffer.
        let (tx, rx) = sync_channel::<Vec<u8>>(1);
        // Without the thread there is no input, which the line mode takes as end of input
        // (it saves and stops).
        let _ = std::thread::Builder::new()
            .name("plain-stdin".into())
            .spawn(move || {
                let mut stdin = io::stdin().lock();
                loop {
                    let mut chunk = vec![0u8; 8192];
                    match stdin.read(&mut chunk) {
                        Ok(0) => break,
                        Ok(n) => {
                            chunk.truncate(n);
                            if tx.send(chunk).is_err() {
                                break;
                            }
                        }
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        Err(_) => break,
                    }
                }
            });
        SignalledStdin {
            chunks: rx,
            buf: Vec::new(),
            pos: 0,
            signals,
        }
    }
}

impl Read for SignalledStdin {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for SignalledStdin {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        loop {
            if self.signals.raised() {
                return Err(io::Error::other(Signalled));
            }
            if self.pos < self.buf.len() {
                return Ok(&self.buf[self.pos..]);
            }
            match self.chunks.recv_timeout(Duration::from_millis(100)) {
                Ok(chunk) => {
                    self.buf = chunk;
                    self.pos = 0;
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(&[]),
            }
        }
    }

    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.buf.len());
    }
}
