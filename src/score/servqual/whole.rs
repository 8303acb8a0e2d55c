//! The usual respondent, every part given a whole number: integer sums only. The item values,
//! the dimension sums and α's cases are whole numbers, so each goes straight into the exact
//! sums ([`ExactMoments`], [`ExactAlpha`]) without the per-value test the general fold makes;
//! the figures are the general fold's to the last bit (both end in the same sums), which the
//! tests check.

use super::{A, Accumulator, CHANNELS, CellSlots, E, G, ItemParts, MSA, P, ServqualVariant};
use crate::response::csv::Cell;
use crate::score::stats::exact::{LIMIT, as_whole};

/// One item's channel values as whole numbers (when the item is valid) and the expectation
/// (zone: desired service) given.
pub(super) type WholeItem = (Option<[i64; CHANNELS]>, Option<i64>);

/// An item's parts as whole numbers: expected, perceived, adequate, desired.
type WholeParts = [Option<i64>; 4];

/// The parts the variant reads (the others are left `None`), each from `part` (0 expected,
/// 1 perceived, 2 adequate, 3 desired; `None`: not a whole number the sums can take).
#[inline]
fn variant_parts(zone: bool, part: impl Fn(usize) -> Option<Option<i64>>) -> Option<WholeParts> {
    Some(if zone {
        [None, part(1)?, part(2)?, part(3)?]
    } else {
        [part(0)?, part(1)?, None, None]
    })
}

/// `x` as a whole number small enough that a gap of two stays within [`LIMIT`].
#[inline]
fn whole(x: Option<f64>) -> Result<Option<i64>, ()> {
    match x {
        None => Ok(None),
        Some(x) => as_whole(x, LIMIT / 2).map(Some).ok_or(()),
    }
}

impl Accumulator {
    /// Each item's whole-number values into `self.whole_buf`, its parts (expected, perceived,
    /// adequate, desired) from `get`; `false` when some part given is not a whole number (or
    /// too large, or off the scale where pairs are counted), and the general fold takes the
    /// respondent.
    #[inline]
    fn whole_values<T>(&mut self, parts: &[T], get: impl Fn(&T) -> Option<WholeParts>) -> bool {
        // Written in place (no push per item): the buffers keep their length between rows.
        self.whole_buf.resize(parts.len(), (None, None));
        self.cell_buf.resize(parts.len(), 0);
        for ((slot, cell_slot), p) in self.whole_buf.iter_mut().zip(&mut self.cell_buf).zip(parts) {
            let Some([e, pp, a, d]) = get(p) else {
                return false;
            };
            let item = match self.variant {
                ServqualVariant::Servqual => (e.zip(pp).map(|(e, pp)| [e, pp, pp - e, 0, 0]), e),
                ServqualVariant::Servperf => (pp.map(|pp| [0, pp, 0, 0, 0]), e),
                ServqualVariant::Zone => {
                    let valid = match (a, d, pp) {
                        (Some(a), Some(d), Some(pp)) => Some([d, pp, pp - d, a, pp - a]),
                        _ => None,
                    };
                    (valid, d)
                }
            };
            if let Some(shape) = self.joint {
                let Some(cell) = shape.cell(item.1, item.0.map(|v| v[P])) else {
                    return false;
                };
                *cell_slot = cell;
            }
            *slot = item;
        }
        true
    }

    /// [`Self::add_parts`] for a respondent whose every part given is a whole number; `false`
    /// (nothing added) otherwise.
    pub(super) fn add_whole(
        &mut self,
        parts: &[ItemParts],
        allocation: Option<&[Option<f64>]>,
    ) -> bool {
        let zone = self.variant == ServqualVariant::Zone;
        let read = |p: &ItemParts| {
            let parts = [p.expected, p.perceived, p.adequate, p.desired];
            variant_parts(zone, |i| whole(parts[i]).ok())
        };
        if parts.len() != self.items.len() || !self.whole_values(parts, read) {
            return false;
        }
        self.fold_variant(allocation);
        true
    }

    /// Adds one respondent straight from a row of CSV cells: item i's parts (expected,
    /// perceived, adequate, desired) are the cells at `slots[i]` (`None`: no column). What
    /// [`Self::add_parts`] does with the points of those cells as numbers.
    pub fn add_cells(
        &mut self,
        cells: &[Cell],
        slots: &CellSlots,
        allocation: Option<&[Option<f64>]>,
    ) {
        if let Some(shape) = self.joint {
            if self.add_counted(shape, cells, slots, allocation) {
                return;
            }
        }
        let slots = slots.parts();
        let point = |s: Option<usize>| match s.and_then(|s| cells.get(s)) {
            Some(Cell::Point(v)) => Some(*v),
            _ => None,
        };
        let zone = self.variant == ServqualVariant::Zone;
        let small = |s: Option<usize>| match point(s) {
            Some(v) if i64::from(v).abs() > LIMIT / 2 => None,
            v => Some(v.map(i64::from)),
        };
        let read = |s: &[Option<usize>; 4]| variant_parts(zone, |i| small(s[i]));
        if slots.len() == self.items.len() && self.whole_values(slots, read) {
            self.fold_variant(allocation);
            return;
        }
        let number = |s: Option<usize>| point(s).map(f64::from);
        let parts: Vec<ItemParts> = slots
            .iter()
            .map(|s| ItemParts {
                expected: number(s[0]),
                perceived: number(s[1]),
                adequate: number(s[2]),
                desired: number(s[3]),
            })
            .collect();
        self.add_general(&parts, allocation);
    }

    /// The respondent in `self.whole_buf` and its allocation.
    fn fold_variant(&mut self, allocation: Option<&[Option<f64>]>) {
        let weighted = allocation.is_some();
        match self.variant {
            ServqualVariant::Servqual => self.fold_whole([E, P, G], weighted),
            ServqualVariant::Servperf => self.fold_whole([P], weighted),
            ServqualVariant::Zone => self.fold_whole([E, P, G, A, MSA], weighted),
        }
        self.add_allocation(allocation);
    }

    /// The items and dimensions of the respondent in `self.whole_buf`, on channels `chans`.
    /// `weighted`: the respondent allocated weights (the dimension means are needed then).
    fn fold_whole<const N: usize>(&mut self, chans: [usize; N], weighted: bool) {
        self.respondents += 1;
        let values = std::mem::take(&mut self.whole_buf);
        let zone = self.variant == ServqualVariant::Zone;
        let mut any = false;
        if let Some(shape) = self.joint {
            // One count per item; the sums come from the counts at the end.
            for ((counts, &cell), (valid, _)) in self
                .pair_counts
                .chunks_exact_mut(shape.cells())
                .zip(&self.cell_buf)
                .zip(&values)
            {
                counts[cell] += 1;
                any |= valid.is_some();
            }
        }
        let per_value = if self.joint.is_some() {
            0
        } else {
            values.len()
        };
        for (item, &(valid, expected)) in self.items.iter_mut().zip(&values[..per_value]) {
            if let Some(e) = expected {
                item.expected_all.push_whole(e);
            }
            let Some(v) = valid else { continue };
            any = true;
            for c in chans {
                item.moments[c].push_whole(v[c]);
            }
            if zone {
                // v = [D, P, P − D, A, P − A].
                item.zone.count(v[A] as f64, v[E] as f64, v[P] as f64);
            }
        }
        if any {
            self.scored += 1;
        }
        let mut sq = std::mem::take(&mut self.sq_buf);
        let mut case = std::mem::take(&mut self.case_buf);
        sq.clear();
        for d in &mut self.dimensions {
            // One pass over the items: the sums per channel, and α's cases (channel by
            // channel, `len` values each) while every item so far is valid.
            let len = d.items.len();
            case.resize(N * len, 0);
            let mut sum = [0i64; N];
            let mut k = 0usize;
            for (j, &i) in d.items.iter().enumerate() {
                if let Some(v) = &values[i].0 {
                    k += 1;
                    for (ci, (s, c)) in sum.iter_mut().zip(chans).enumerate() {
                        *s += v[c];
                        case[ci * len + j] = v[c];
                    }
                }
            }
            if k == 0 {
                sq.push(None);
                continue;
            }
            if k == len {
                // Listwise complete: a case for α on every channel.
                for (c, one) in chans.into_iter().zip(case.chunks_exact(len)) {
                    d.alpha[c].push_whole(one);
                }
            }
            sq.push(Some(d.push_means(sum, k, chans, weighted)));
        }
        self.sq_buf = sq;
        self.case_buf = case;
        self.whole_buf = values;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{instrument, instrument_on};
    use super::*;
    use crate::score::ScoreOptions;
    use crate::score::servqual::ServqualScore;

    /// One respondent's item parts and allocation.
    type Respondent = (Vec<ItemParts>, Option<Vec<Option<f64>>>);

    /// Respondents with every shape of answer: parts missing, items missing, allocations
    /// given, off their total and absent (a fixed sequence, so a failure repeats).
    fn respondents(parts: usize, (lo, hi): (i32, i32), count: usize) -> Vec<Respondent> {
        let mut x: u32 = 12345;
        let mut next = |m: u32| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) % m
        };
        (0..count)
            .map(|_| {
                let mut value = || match next(9) {
                    0 => None,
                    _ => Some(f64::from(lo + next((hi - lo + 1) as u32) as i32)),
                };
                let items = (0..5)
                    .map(|_| {
                        let (e, p) = (value(), value());
                        if parts == 3 {
                            ItemParts {
                                adequate: value(),
                                desired: e,
                                perceived: p,
                                ..ItemParts::default()
                            }
                        } else {
                            ItemParts {
                                expected: e,
                                perceived: p,
                                ..ItemParts::default()
                            }
                        }
                    })
                    .collect();
                let alloc = match next(3) {
                    0 => None,
                    1 => Some(vec![Some(40.0), Some(60.0)]),
                    _ => Some(vec![Some(f64::from(next(50))), Some(30.0)]),
                };
                (items, alloc)
            })
            .collect()
    }

    /// Parts given in whole numbers as a CSV row's cells (item i's parts in cells 4i..4i+4)
    /// and the slots of each item's parts.
    fn as_cells(items: &[ItemParts]) -> (Vec<Cell>, CellSlots) {
        let cell = |x: Option<f64>| x.map_or(Cell::Empty, |v| Cell::Point(v as i32));
        let cells = items
            .iter()
            .flat_map(|p| [p.expected, p.perceived, p.adequate, p.desired].map(cell))
            .collect();
        let slots = (0..items.len())
            .map(|i| [0, 1, 2, 3].map(|k| Some(4 * i + k)))
            .collect();
        let slots = CellSlots::new(slots);
        (cells, slots)
    }

    /// Every way in, on every shape of scale: 1–7 (pairs counted, α in lanes, which hand over
    /// every 656 complete cases: 3,000 rows cross that at least twice per dimension, and once
    /// in the first of two parts, and end with cases pending), 90–96 (pairs counted, α's values
    /// too large for lanes), SERVPERF and the zone form (pairs not counted).
    #[test]
    fn the_whole_number_fold_gives_the_general_folds_figures_bit_for_bit() {
        for (variant, parts, (lo, hi)) in [
            ("servqual", 2, (1, 7)),
            ("servqual", 2, (90, 96)),
            ("servperf", 2, (1, 7)),
            ("zone", 3, (1, 9)),
        ] {
            let max = format!("{lo}–{hi}");
            let inst = instrument_on(variant, lo, hi);
            let fresh = || Accumulator::new(&inst, &ScoreOptions::default());
            let (mut fast, mut general, mut first, mut second, mut points) =
                (fresh(), fresh(), fresh(), fresh(), fresh());
            let (mut cells_first, mut cells_second) = (fresh(), fresh());
            let rows = respondents(parts, (lo, hi), 3000);
            for (i, (items, alloc)) in rows.iter().enumerate() {
                assert!(
                    fast.add_whole(items, alloc.as_deref()),
                    "{variant}: row {i}"
                );
                general.add_general(items, alloc.as_deref());
                let (cells, slots) = as_cells(items);
                points.add_cells(&cells, &slots, alloc.as_deref());
                let half = if i < 1234 { &mut first } else { &mut second };
                half.add_parts(items, alloc.as_deref());
                let half = if i < 1500 {
                    &mut cells_first
                } else {
                    &mut cells_second
                };
                half.add_cells(&cells, &slots, alloc.as_deref());
            }
            first.merge(&second);
            cells_first.merge(&cells_second);
            let (fast, general, halves) = (fast.finish(), general.finish(), first.finish());
            assert_eq!(fast, general, "{variant} on {max}");
            assert_eq!(
                points.finish(),
                general,
                "{variant} on {max}: from a CSV row's cells"
            );
            // Two parts merged: the exact sums give the same figures; the weights are
            // fractions, merged by the pairwise formula (equal up to rounding).
            let exact = |mut s: ServqualScore| {
                s.weighted = s.weighted.map(|w| (w * 1e9).round());
                s.weighted_msa = s.weighted_msa.map(|w| (w * 1e9).round());
                (s.weighted_interval, s.weighted_sd, s.aggregate_shortcut) = (None, None, None);
                for d in &mut s.dimensions {
                    d.weight = d.weight.map(|w| (w * 1e9).round());
                }
                s
            };
            assert_eq!(
                exact(halves),
                exact(general.clone()),
                "{variant} on {max}: two parts merged"
            );
            assert_eq!(
                exact(cells_first.finish()),
                exact(general.clone()),
                "{variant} on {max}: two parts of CSV rows merged"
            );
            assert!(
                fast.dimensions
                    .iter()
                    .all(|d| d.gap.is_some() || variant == "servperf")
            );
        }
    }

    #[test]
    fn a_respondent_with_a_fraction_or_a_point_off_the_scale_goes_the_general_way() {
        let inst = instrument("servqual");
        let mut acc = Accumulator::new(&inst, &ScoreOptions::default());
        let mut items = vec![
            ItemParts {
                expected: Some(4.0),
                perceived: Some(5.0),
                ..ItemParts::default()
            };
            5
        ];
        assert!(acc.add_whole(&items, None));
        items[0].expected = Some(4.5);
        assert!(!acc.add_whole(&items, None));
        items[0].expected = Some(40.0);
        assert!(!acc.add_whole(&items, None));
        // The same points as a CSV row's cells: off the scale, the general way.
        let mut from_cells = Accumulator::new(&inst, &ScoreOptions::default());
        let (cells, slots) = as_cells(&items);
        from_cells.add_cells(&cells, &slots, None);
        assert_eq!(from_cells.finish().items[0].gap, Some(5.0 - 40.0));
        // Taken by add_parts all the same: the mean gap of item 1 is (1 + (5 − 4.5) + (5 − 40)) / 3.
        acc.add_parts(&items, None);
        items[0].expected = Some(4.5);
        acc.add_parts(&items, None);
        let score = acc.finish();
        assert_eq!(score.respondents, 3);
        let gap = score.items[0].gap.unwrap();
        assert!((gap - (1.0 + 0.5 - 35.0) / 3.0).abs() < 1e-12, "{gap}");
    }
}
