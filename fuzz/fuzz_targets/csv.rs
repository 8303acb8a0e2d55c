//! Any bytes as a CSV export of each built-in instrument: rows are read or refused, never a
//! panic.
#![no_main]

use cxassess::instrument::builtin::BUILTINS;
use cxassess::response::csv::CsvResponses;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for b in BUILTINS {
        let Ok(instrument) = b.instrument() else { continue };
        if let Ok(rows) = CsvResponses::from_reader(&instrument, "fuzz.csv", data) {
            for row in rows.take(10_000) {
                let _ = row;
            }
        }
    }
});
