//! Any bytes as a results file (against the built-in instruments): never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = cxassess::response::read_results_str("fuzz.yaml", text, None);
    }
});
