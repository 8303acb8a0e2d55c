//! Any bytes as a CSV export of each built-in instrument: rows are read or refused, never a
//! panic.
#![no_main]

use std::sync::OnceLock;

use cxassess::instrument::Instrument;
use cxassess::instrument::builtin::BUILTINS;
use cxassess::response::csv::CsvResponses;
use libfuzzer_sys::fuzz_target;

/// The built-ins are parsed once, so the fuzzer spends its time in the CSV reader.
fn instruments() -> &'static [Instrument] {
    static ALL: OnceLock<Vec<Instrument>> = OnceLock::new();
    ALL.get_or_init(|| BUILTINS.iter().filter_map(|b| b.instrument().ok()).collect())
}

fuzz_target!(|data: &[u8]| {
    for instrument in instruments() {
        if let Ok(rows) = CsvResponses::from_reader(instrument, "fuzz.csv", data) {
            for row in rows.take(10_000) {
                let _ = row;
            }
        }
    }
});
