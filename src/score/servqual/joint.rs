//! Per item, how many respondents gave each (expected, perceived) pair — "not given" being a
//! value of its own — for SERVQUAL and SERVPERF on a scale of up to [`MAX_WIDTH`] points. A
//! respondent adds one count per item instead of a sum and a square per channel, and the
//! counts give the item's exact sums at the end ([`Accumulator::settle_joint`]): the same
//! figures the per-value sums give, bit for bit.

use super::{Accumulator, E, G, P, ServqualVariant};
use crate::response::csv::Cell;

/// The widest scale counted by pairs: (width + 1)² counters per item.
const MAX_WIDTH: i64 = 31;

/// The scale's lowest point and the number of buckets per part (the points and "not given").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape {
    min: i64,
    max: i64,
    buckets: usize,
}

impl Shape {
    /// The shape for `variant` on `scale`, when pairs are counted for it.
    pub(super) fn new(variant: ServqualVariant, scale: Option<(i32, i32)>) -> Option<Self> {
        let (lo, hi) = scale?;
        let (min, max) = (i64::from(lo), i64::from(hi));
        let counted = matches!(
            variant,
            ServqualVariant::Servqual | ServqualVariant::Servperf
        );
        (counted && min <= max && max - min < MAX_WIDTH).then(|| Shape {
            min,
            max,
            buckets: (max - min + 2) as usize,
        })
    }

    /// Counters per item.
    pub(super) fn cells(self) -> usize {
        self.buckets * self.buckets
    }

    /// The bucket of a part: 0 when not given, `None` when off the scale.
    #[inline]
    fn bucket(self, x: Option<i64>) -> Option<usize> {
        match x {
            None => Some(0),
            Some(v) if (self.min..=self.max).contains(&v) => Some((v - self.min + 1) as usize),
            Some(_) => None,
        }
    }

    /// Counters per part: the scale's points and "not given".
    pub(super) fn buckets(self) -> usize {
        self.buckets
    }

    /// The value of bucket 1 less one: bucket `b > 0` holds the value `base + b`.
    pub(super) fn base(self) -> i64 {
        self.min - 1
    }

    /// The bucket of a CSV cell read as a part: a scale point's own, 0 for anything else (the
    /// part not given, as [`super::Accumulator::add_cells`] reads it); `None` for a point off
    /// the scale.
    #[inline]
    pub(super) fn bucket_of_cell(self, cell: Option<&Cell>) -> Option<u8> {
        match cell {
            // At most MAX_WIDTH + 1 buckets: a u8.
            Some(&Cell::Point(v)) => self.bucket(Some(i64::from(v))).map(|b| b as u8),
            _ => Some(0),
        }
    }

    /// The counter of an (expected, perceived) pair; `None` when a part is off the scale.
    #[inline]
    pub(super) fn cell(self, expected: Option<i64>, perceived: Option<i64>) -> Option<usize> {
        Some(self.bucket(expected)? * self.buckets + self.bucket(perceived)?)
    }
}

impl Accumulator {
    /// Moves each item's pair counts into its sums (and empties them).
    pub(super) fn settle_joint(&mut self) {
        let Some(shape) = self.joint else { return };
        let servqual = self.variant == ServqualVariant::Servqual;
        let per_item = self.pair_counts.chunks_exact_mut(shape.cells());
        for (item, counts) in self.items.iter_mut().zip(per_item) {
            for (cell, count) in counts.iter_mut().enumerate() {
                let c = std::mem::take(count);
                if c == 0 {
                    continue;
                }
                let (be, bp) = (cell / shape.buckets, cell % shape.buckets);
                let e = (be > 0).then(|| shape.min + be as i64 - 1);
                let p = (bp > 0).then(|| shape.min + bp as i64 - 1);
                if let Some(e) = e {
                    item.expected_all.add_whole_times(e, c);
                }
                match (e, p) {
                    (Some(e), Some(p)) if servqual => {
                        item.moments[E].add_whole_times(e, c);
                        item.moments[P].add_whole_times(p, c);
                        item.moments[G].add_whole_times(p - e, c);
                    }
                    (_, Some(p)) if !servqual => item.moments[P].add_whole_times(p, c),
                    _ => {}
                }
            }
        }
    }
}
