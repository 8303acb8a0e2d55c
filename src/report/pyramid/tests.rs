//! The pyramid document: what each format shows, in both languages.

use super::*;
use crate::instrument::Instrument;
use crate::response::read_results_str;

fn demo() -> (Instrument, Vec<crate::response::Response>) {
    let src = include_str!("../../../demo/pyramid.yaml");
    let (results, inst) = read_results_str("demo", src, None).expect("the demo reads");
    (inst, results.responses)
}
