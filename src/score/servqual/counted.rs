//! The usual CSV respondent of SERVQUAL or SERVPERF on a scale whose pairs are counted
//! (`joint.rs`): each item's two parts as buckets of the scale (one byte each) straight from
//! the row's cells, one count per item, and per dimension the sums of the respondent's mean
//! and α's case, the case in 16-bit lanes where the scale is small ([`Lanes`]). What the
//! whole-number fold (`whole.rs`) does with the same points, in fewer steps: the sums are the
//! same whole numbers, so the figures are the same to the last bit (the tests check).

use super::joint::Shape;
use super::{Accumulator, E, G, P, ServqualVariant};
use crate::response::csv::Cell;
use crate::score::stats::lanes::Lanes;

/// Where each item's parts are in a CSV row's cells: per item, the cells of its expected,
/// perceived, adequate and desired parts (`None`: no column); and the first two again as
/// plain indices for the counted fold ([`NO_CELL`]: no column, a cell no row has).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellSlots {
    parts: Vec<[Option<usize>; 4]>,
    pairs: Vec<[usize; 2]>,
}

/// The index of a part without a column.
const NO_CELL: usize = usize::MAX;

impl CellSlots {
    /// Item i's parts (expected, perceived, adequate, desired) in the cells `parts[i]`.
    pub fn new(parts: Vec<[Option<usize>; 4]>) -> Self {
        let pairs = parts
            .iter()
            .map(|s| [s[0].unwrap_or(NO_CELL), s[1].unwrap_or(NO_CELL)])
            .collect();
        CellSlots { parts, pairs }
    }

    /// Per item, the cells of its parts.
    pub fn parts(&self) -> &[[Option<usize>; 4]] {
        &self.parts
    }
}

impl Accumulator {
    /// Hands every dimension's α lanes over to its sums.
    pub(super) fn settle_lanes(&mut self) {
        // Lanes hold the channels the variant fills ([`Self::fold_counted`]'s `chans`).
        let chans = self.channels();
        for d in &mut self.dimensions {
            if let Some(lanes) = &mut d.lanes {
                lanes.settle(&mut d.alpha, chans);
            }
        }
    }

    /// [`Self::add_cells`] for a respondent whose parts are all on the scale: `false` (nothing
    /// added) when some point is off it.
    pub(super) fn add_counted(
        &mut self,
        shape: Shape,
        cells: &[Cell],
        slots: &CellSlots,
        allocation: Option<&[Option<f64>]>,
    ) -> bool {
        let pairs = &slots.pairs;
        if pairs.len() != self.items.len() {
            return false;
        }
        let mut buckets = std::mem::take(&mut self.bucket_buf);
        buckets.resize(pairs.len(), (0, 0));
        let on_scale = buckets.iter_mut().zip(pairs).all(|(b, &[e, p])| {
            let parts = (
                shape.bucket_of_cell(cells.get(e)),
                shape.bucket_of_cell(cells.get(p)),
            );
            if let (Some(e), Some(p)) = parts {
                *b = (e, p);
            }
            parts.0.is_some() && parts.1.is_some()
        });
        let weighted = allocation.is_some();
        let taken = on_scale
            && match self.variant {
                ServqualVariant::Servqual => {
                    self.fold_counted(shape, &buckets, [E, P, G], weighted);
                    true
                }
                ServqualVariant::Servperf => {
                    self.fold_counted(shape, &buckets, [P], weighted);
                    true
                }
                // Pairs are not counted for the zone form.
                ServqualVariant::Zone => false,
            };
        self.bucket_buf = buckets;
        if taken {
            self.add_allocation(allocation);
        }
        taken
    }

    /// The respondent whose items' parts are in `buckets`, on channels `chans` ([E, P, G] or
    /// [P], as [`Self::channels`]). `weighted`: the respondent allocated weights (the dimension
    /// means are needed then).
    fn fold_counted<const N: usize>(
        &mut self,
        shape: Shape,
        buckets: &[(u8, u8)],
        chans: [usize; N],
        weighted: bool,
    ) {
        // SERVQUAL's item is valid with both parts given, SERVPERF's with the perception.
        let both = self.variant == ServqualVariant::Servqual;
        let width = shape.buckets();
        let base = shape.base();
        self.respondents += 1;
        let mut any = false;
        for (counts, &(e, p)) in self
            .pair_counts
            .chunks_exact_mut(shape.cells())
            .zip(buckets)
        {
            counts[usize::from(e) * width + usize::from(p)] += 1;
            any |= p != 0 && (e != 0 || !both);
        }
        if any {
            self.scored += 1;
        }
        let mut sq = std::mem::take(&mut self.sq_buf);
        let mut wide = std::mem::take(&mut self.case_buf);
        sq.clear();
        for d in &mut self.dimensions {
            let len = d.items.len();
            // α's case: written in the lanes' batch, or (values too large for lanes) channel
            // by channel in `wide`.
            let mut case = d.lanes.as_mut().map(Lanes::case);
            if case.is_none() {
                wide.resize(N * len, 0);
            }
            let mut sum = [0i64; N];
            let mut k = 0usize;
            for (j, &i) in d.items.iter().enumerate() {
                let (e, p) = buckets[i];
                if p == 0 || (both && e == 0) {
                    continue;
                }
                k += 1;
                let (e, p) = (base + i64::from(e), base + i64::from(p));
                let v = [e, p, p - e];
                for (ci, (s, c)) in sum.iter_mut().zip(chans).enumerate() {
                    *s += v[c];
                    match &mut case {
                        // Lanes exist only for values that fit in 16 bits, and k ≤ MAX_ITEMS.
                        Some(case) => case[ci][j] = v[c] as i16,
                        None => wide[ci * len + j] = v[c],
                    }
                }
            }
            if k == 0 {
                sq.push(None);
                continue;
            }
            if k == len {
                // Listwise complete: a case for α on every channel.
                match &mut d.lanes {
                    Some(l) => l.commit(&mut d.alpha, chans),
                    None => {
                        // Within the exact sums' limit: the validator keeps scales within ±100.
                        for (c, one) in chans.into_iter().zip(wide.chunks_exact(len)) {
                            d.alpha[c].push_whole(one);
                        }
                    }
                }
            }
            sq.push(Some(d.push_means(sum, k, chans, weighted)));
        }
        self.sq_buf = sq;
        self.case_buf = wide;
    }
}
