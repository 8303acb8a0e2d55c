//! `cxassess`: customer-experience assessment in the terminal.
//!
//! Data flows one way: **instrument → response → score → report**.
//! - [`lang`] is the languages: bilingual questionnaire texts and the message catalogs
//!   (`locales/<code>/*.ftl`) every word of the program comes from ([`tr!`]).
//! - `kinds` is the registry of instrument kinds: one line per kind wires its questionnaire
//!   kind, score module and report section into every dispatch.
//! - [`instrument`] reads questionnaires (built-in or YAML files) and validates them.
//! - [`response`] reads and writes results files and CSV, atomically and under a lock, in
//!   questionnaire order; evidence and confidence on answers, and a response's open points
//!   (`check`); the data folder's sessions.
//! - [`audience`] is who answers which questions and when a response is complete.
//! - [`engagement`] is one folder per client and period: `engagement.yaml`, its layout, status.
//! - [`score`] turns responses into figures, one pure module per model, plus statistics
//!   (intervals, tests, agreement) and the notes, N/A reasons, evidence and confidence; no I/O,
//!   no terminal.
//! - [`report`] builds one document per kind ([`report::doc`]) and writes any document as
//!   terminal text, Markdown or HTML ([`report::write`]); JSON is the figures serialised.
//! - [`compare`] diffs and trends results over time (waves).
//! - [`tui`] is the full-screen runner and home screen, and the plain line runner beside it.
//! - [`cli`] parses arguments, reads the files and calls the rest with plain values; nothing
//!   below it imports it. `main.rs` maps errors to exit codes.
//! - [`sanitize`] makes untrusted text safe to show on a terminal or in Markdown; it sits below
//!   everything else and every layer that shows data uses it.
//!
//! Only `tui` and `cli` know about terminals.

#![forbid(unsafe_code)]

pub mod audience;
pub mod cli;
pub mod compare;
pub mod engagement;
pub mod error;
pub mod instrument;
mod kinds;
pub mod lang;
pub mod report;
pub mod response;
pub mod sanitize;
pub mod score;
pub mod tui;
pub mod yaml;

pub use error::{Error, Problem, Result};
pub use lang::{Lang, Text};
