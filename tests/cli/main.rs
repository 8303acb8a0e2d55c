//! End-to-end tests of the `cxassess` binary and its library, one test binary with a module per
//! area. Fixtures live beside them in `fixtures/`.

mod agree;
mod audience;
mod check;
mod common;
mod compare;
mod concurrency;
mod consensus;
mod csv_export;
mod csv_import;
mod determinism;
mod engagement;
mod evidence;
mod files;
mod fivegap;
mod gaps;
mod hostile;
mod hostile_text;
mod html;
mod intervals;
mod invalid;
mod kano;
mod list;
mod maturity;
mod messages;
mod na_text;
mod pulse;
mod pyramid;
mod pyramid_report;
mod servqual;
mod servqual_report;
mod tui_plain;
mod tui_pty;
mod tui_screens;
mod waves;
