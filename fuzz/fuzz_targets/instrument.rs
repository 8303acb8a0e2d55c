//! Any bytes as an instrument file: parse and validate must return, never panic.
#![no_main]

use cxassess::instrument::{Instrument, Origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Instrument::parse(text, Origin::File("fuzz.yaml".into()));
    }
});
