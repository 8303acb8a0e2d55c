//! Over time: waves of results compared. [`waves`] groups results files and engagement folders
//! into waves and puts them in time order; [`figures`] gives the headline figures of any scored
//! result (every kind) with what their intervals need; [`change`] is one figure's change between
//! two waves with its 95% interval; [`diff`] compares two waves figure by figure, answer by
//! answer and action by action ([`actions`]); [`trend`] lines many waves up; [`carry`] finds an
//! earlier wave's answers for `run --from`. Pure functions from results to plain data and report
//! documents; `cli` reads the files and writes.

pub mod actions;
pub mod carry;
pub mod change;
pub mod diff;
/// Headline figures live with the report sections that name them.
pub use crate::report::figures;
pub mod section;
pub mod trend;
pub mod waves;
