//! `cxassess`: customer-experience assessment in the terminal.
//!
//! Data flows one way: **instrument → response → score → report**.
//! - [`instrument`] reads questionnaires (built-in or YAML files) and validates them.
//! - [`response`] reads and writes results files and CSV, atomically, in questionnaire order.
//! - [`score`] turns responses into scores, one pure module per model; no I/O, no terminal.
//! - [`report`] renders scored results as text, Markdown, JSON or HTML.
//! - [`compare`] diffs two results files and draws trends over many.
//! - [`tui`] is the full-screen runner and home screen, and the plain line runner beside it.
//! - [`cli`] parses arguments and calls the rest; `main.rs` maps errors to exit codes.
//! - [`sanitize`] makes untrusted text safe to show on a terminal or in Markdown; it sits below
//!   everything else and every layer that shows data uses it.
//!
//! Only `tui` and `cli` know about terminals.

#![forbid(unsafe_code)]

pub mod cli;
pub mod compare;
pub mod engagement;
pub mod error;
pub mod instrument;
pub mod lang;
pub mod report;
pub mod response;
pub mod sanitize;
pub mod score;
pub mod tui;
pub mod yaml;

pub use error::{Error, Problem, Result};
pub use lang::{Lang, Text};
