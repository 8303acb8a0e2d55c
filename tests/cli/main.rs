//! End-to-end tests of the `cxassess` binary and its library, one test binary with a module per
//! area. Fixtures live beside them in `fixtures/`.

mod common;
mod compare;
mod csv_export;
mod csv_import;
mod determinism;
mod files;
mod hostile;
mod html;
mod invalid;
mod kano;
mod list;
mod maturity;
mod na_text;
mod pulse;
mod pyramid;
mod servqual;
mod tui_plain;
mod tui_pty;
mod tui_screens;
