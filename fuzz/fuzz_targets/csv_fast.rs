//! Any bytes as a CSV export of the Kano and SERVQUAL built-ins, read the way `report
//! --instrument` reads it (the fast path, which leaves anything it does not take to the general
//! reader) and the general way, a response per row: the same figures and counts, or the same
//! error; never a panic.
#![no_main]

use std::sync::OnceLock;

use cxassess::instrument::builtin::BUILTINS;
use cxassess::instrument::{Instrument, Kind};
use cxassess::response::csv::read_csv_responses;
use cxassess::score::csv::fold_csv;
use cxassess::score::{ScoreOptions, Scorer};
use libfuzzer_sys::fuzz_target;

/// The built-ins the fast path reads, parsed once.
fn instruments() -> &'static [Instrument] {
    static ALL: OnceLock<Vec<Instrument>> = OnceLock::new();
    ALL.get_or_init(|| {
        BUILTINS
            .iter()
            .filter_map(|b| b.instrument().ok())
            .filter(|i| matches!(i.kind, Kind::Kano | Kind::Servqual))
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    // The readers take a path: one file per fuzzing process, written anew for each input.
    let path = std::env::temp_dir().join(format!("cxassess-fuzz-{}.csv", std::process::id()));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    for instrument in instruments() {
        let mut fast = Scorer::new(instrument, ScoreOptions::default());
        let fast_read = fold_csv(instrument, &path, &mut fast);
        let mut general = Scorer::new(instrument, ScoreOptions::default());
        let general_read = read_csv_responses(instrument, &path, |r| general.add(r));
        match (fast_read, general_read) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b);
                assert_eq!(fast.finish(), general.finish());
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
            (a, b) => panic!("fast {a:?}\ngeneral {b:?}"),
        }
    }
});
