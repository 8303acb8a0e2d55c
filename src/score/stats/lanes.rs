//! Cronbach's α's sums for cases of small whole numbers, a block at a time in 16-bit lanes.
//!
//! A rating scale's answers, and the gaps between two of them, are small: on a seven-point
//! scale no value is beyond 7 in size, so no product beyond 49. A block of cases is summed in
//! `i16` lanes, eight to a row of the k × k products (a square, so every row has the same shape
//! and each is one multiplication and one addition of eight lanes), and handed over to the
//! [`ExactAlpha`] sums (whole numbers too) before a lane could overflow. The sums are the same
//! whole numbers whichever way they are added, so α is the same to the last bit (below 2²²
//! complete cases, where the exact sums go to the Welford side a few hundred cases apart).
//!
//! The channels a block's cases go to (`chans`) are the caller's to keep the same from
//! [`Lanes::commit`] to [`Lanes::settle`].
//!
//! Cases are written in place, value by value, into a batch ([`Lanes::case`]) and summed a
//! batch at a time: a case read back as a whole right after its values were written one by one
//! would wait for those writes to land (the processor cannot forward many narrow writes to one
//! wide read), and by the time a batch is summed they have.

use super::exact::ExactAlpha;

/// Items a block takes at most (one row of lanes per item).
pub const MAX_ITEMS: usize = 8;

/// Channels (sets of cases sharing their items, such as expectations, perceptions and gaps)
/// a block takes at most.
pub const MAX_CHANNELS: usize = 3;

/// Cases written before they are summed.
const BATCH: usize = 16;

/// The fewest cases a block should take between handovers to be worth it (at least a batch,
/// so that a batch never overflows the lanes: see `sum_batch`).
const MIN_CASES: i32 = 64;
const _: () = assert!(MIN_CASES as usize >= BATCH);

/// One case of every channel: per channel, the values of the items (lanes past the items 0).
pub type Case = [[i16; MAX_ITEMS]; MAX_CHANNELS];

const ZERO: Case = [[0; MAX_ITEMS]; MAX_CHANNELS];

/// Per channel, the sums and products of the cases added since the last handover, and the
/// cases written but not summed yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Lanes {
    k: usize,
    /// Cases a block takes before its sums are handed over (no lane overflows below).
    cap: i32,
    /// Cases summed in the lanes.
    n: i32,
    sums: [[i16; MAX_ITEMS]; MAX_CHANNELS],
    products: [[[i16; MAX_ITEMS]; MAX_ITEMS]; MAX_CHANNELS],
    /// Cases written; the first `pending` are complete, the next is being written.
    batch: [Case; BATCH],
    pending: usize,
}

impl Lanes {
    /// For cases of `k` items whose values are at most `size` in size; `None` when such cases
    /// are not small enough (or too many items) for the lanes to be worth it.
    pub fn new(k: usize, size: i64) -> Option<Self> {
        let square = size.checked_mul(size)?.max(1);
        let cap = i32::try_from(i64::from(i16::MAX) / square).ok()?;
        (k <= MAX_ITEMS && cap >= MIN_CASES).then_some(Lanes {
            k,
            cap,
            n: 0,
            sums: [[0; MAX_ITEMS]; MAX_CHANNELS],
            products: [[[0; MAX_ITEMS]; MAX_ITEMS]; MAX_CHANNELS],
            batch: [ZERO; BATCH],
            pending: 0,
        })
    }

    /// The next case to write, every value 0: per channel, item j's value in lane j (each at
    /// most the `size` given to [`Self::new`]). It counts once [`Self::commit`]ted; otherwise
    /// the next call gives it again, emptied.
    #[inline]
    pub fn case(&mut self) -> &mut Case {
        let case = &mut self.batch[self.pending];
        *case = ZERO;
        case
    }

    /// Counts the case written (see [`Self::case`]), summing the batch when it is full: on the
    /// first `N` channels, channel `c` handed over to `alphas[chans[c]]` every `cap` cases.
    #[inline]
    pub fn commit<const N: usize>(&mut self, alphas: &mut [ExactAlpha], chans: [usize; N]) {
        self.pending += 1;
        if self.pending == BATCH {
            self.sum_batch(alphas, chans);
        }
    }

    /// Sums the complete cases of the batch into the lanes.
    fn sum_batch<const N: usize>(&mut self, alphas: &mut [ExactAlpha], chans: [usize; N]) {
        let cases = std::mem::take(&mut self.pending);
        if self.n + cases as i32 > self.cap {
            self.hand_over(alphas, &chans);
        }
        let k = self.k;
        for case in &self.batch[..cases] {
            let channels = self.sums.iter_mut().zip(&mut self.products).zip(case);
            for ((sums, products), x) in channels.take(N) {
                add_case(sums, products, x, k);
            }
        }
        self.n += cases as i32;
    }

    /// Adds the lanes' sums to `alphas`, channel `c` to `alphas[chans[c]]`, and empties them.
    fn hand_over(&mut self, alphas: &mut [ExactAlpha], chans: &[usize]) {
        self.add_lanes_to(alphas, chans);
        self.empty_lanes();
    }

    fn empty_lanes(&mut self) {
        self.n = 0;
        self.sums = [[0; MAX_ITEMS]; MAX_CHANNELS];
        self.products = [[[0; MAX_ITEMS]; MAX_ITEMS]; MAX_CHANNELS];
    }

    /// Adds the cases summed in the lanes to `alphas`, channel `c` to `alphas[chans[c]]`.
    fn add_lanes_to(&self, alphas: &mut [ExactAlpha], chans: &[usize]) {
        if self.n == 0 {
            return;
        }
        let k = self.k;
        for ((&c, sums), products) in chans.iter().zip(&self.sums).zip(&self.products) {
            let sums: Vec<i64> = sums[..k].iter().map(|&s| i64::from(s)).collect();
            let products: Vec<i64> = products[..k]
                .iter()
                .flat_map(|row| row[..k].iter().map(|&p| i64::from(p)))
                .collect();
            if let Some(alpha) = alphas.get_mut(c) {
                alpha.add_sums(self.n.unsigned_abs().into(), &sums, &products);
            }
        }
    }

    /// Adds every case committed to `alphas`, channel `c` to `alphas[chans[c]]`; the lanes
    /// keep them (see [`Self::settle`]).
    pub fn add_to(&self, alphas: &mut [ExactAlpha], chans: &[usize]) {
        self.add_lanes_to(alphas, chans);
        for case in &self.batch[..self.pending] {
            for (&c, x) in chans.iter().zip(case) {
                let values: Vec<i64> = x[..self.k].iter().map(|&v| i64::from(v)).collect();
                if let Some(alpha) = alphas.get_mut(c) {
                    alpha.push_whole(&values);
                }
            }
        }
    }

    /// Hands every case committed over to `alphas` (as [`Self::add_to`]) and empties the
    /// lanes.
    pub fn settle(&mut self, alphas: &mut [ExactAlpha], chans: &[usize]) {
        self.add_to(alphas, chans);
        self.pending = 0;
        self.empty_lanes();
    }
}

/// Adds one channel's case `x` of `k` items to its sums and products.
#[inline]
fn add_case(
    sums: &mut [i16; MAX_ITEMS],
    products: &mut [[i16; MAX_ITEMS]; MAX_ITEMS],
    x: &[i16; MAX_ITEMS],
    k: usize,
) {
    // Whole rows of eight lanes as values (one multiplication and one addition each).
    let x = *x;
    *sums = add(*sums, x);
    for (row, &xi) in products.iter_mut().zip(&x).take(k) {
        *row = add(*row, x.map(|xj| xi * xj));
    }
}

/// Lane by lane, `a + b`.
#[inline]
fn add(a: [i16; MAX_ITEMS], b: [i16; MAX_ITEMS]) -> [i16; MAX_ITEMS] {
    std::array::from_fn(|j| a[j] + b[j])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `count` cases of `k` items on `channels` channels with values in `-size..=size` (a
    /// fixed sequence), as lanes and as whole numbers per channel.
    fn cases(k: usize, channels: usize, size: i64, count: usize) -> Vec<Vec<Vec<i64>>> {
        let mut x: u64 = 99;
        (0..count)
            .map(|_| {
                (0..channels)
                    .map(|_| {
                        (0..k)
                            .map(|_| {
                                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                                ((x >> 33) % (2 * size as u64 + 1)) as i64 - size
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect()
    }

    fn as_case(channels: &[Vec<i64>]) -> Case {
        let mut case = ZERO;
        for (lanes, values) in case.iter_mut().zip(channels) {
            for (l, &v) in lanes.iter_mut().zip(values) {
                *l = v as i16;
            }
        }
        case
    }

    /// The cases one at a time into `ExactAlpha`s, per channel.
    fn one_by_one(k: usize, all: &[Vec<Vec<i64>>]) -> Vec<ExactAlpha> {
        let mut alphas = vec![ExactAlpha::new(k); MAX_CHANNELS];
        for case in all {
            for (alpha, values) in alphas.iter_mut().zip(case) {
                alpha.push_whole(values);
            }
        }
        alphas
    }

    #[test]
    fn lanes_give_the_sums_of_the_cases_one_by_one_across_handovers_and_a_pending_batch() {
        // Size 7: lanes take 668 cases, so a handover every 656 (41 batches); 1,500 cases
        // cross two and leave 12 in the batch.
        for (k, size, count) in [(5, 7, 1500), (8, 7, 700), (2, 20, 300), (1, 3, 40)] {
            let all = cases(k, MAX_CHANNELS, size, count);
            let mut lanes = Lanes::new(k, size).expect("small enough");
            let mut alphas = vec![ExactAlpha::new(k); MAX_CHANNELS];
            for case in &all {
                *lanes.case() = as_case(case);
                lanes.commit(&mut alphas, [0, 1, 2]);
            }
            // Merging reads the cases without emptying the lanes; settling hands them over.
            let mut merged = alphas.clone();
            lanes.add_to(&mut merged, &[0, 1, 2]);
            lanes.settle(&mut alphas, &[0, 1, 2]);
            let expected = one_by_one(k, &all);
            for c in 0..MAX_CHANNELS {
                assert_eq!(alphas[c].accumulator(), expected[c].accumulator(), "k {k}");
                assert_eq!(merged[c].accumulator(), expected[c].accumulator(), "k {k}");
            }
            assert_eq!(alphas[0].accumulator().cases(), count as u64);
            // Settled, the lanes are empty: nothing is handed over twice.
            lanes.settle(&mut alphas, &[0, 1, 2]);
            assert_eq!(alphas[0].accumulator().cases(), count as u64);
        }
    }

    #[test]
    fn a_case_written_but_not_committed_does_not_count() {
        let mut lanes = Lanes::new(3, 7).expect("small enough");
        let mut alphas = vec![ExactAlpha::new(3); 1];
        lanes.case()[0] = [7, 7, 7, 0, 0, 0, 0, 0];
        let case = lanes.case();
        assert_eq!(*case, ZERO, "given again, emptied");
        case[0] = [1, 2, 3, 0, 0, 0, 0, 0];
        lanes.commit(&mut alphas, [0]);
        lanes.settle(&mut alphas, &[0]);
        let mut expected = ExactAlpha::new(3);
        expected.push_whole(&[1, 2, 3]);
        assert_eq!(alphas[0].accumulator(), expected.accumulator());
    }

    #[test]
    fn only_small_cases_of_few_items_take_lanes() {
        // 22² · 64 < 2¹⁵ ≤ 23² · 64.
        assert!(Lanes::new(8, 22).is_some());
        assert!(Lanes::new(8, 23).is_none());
        assert!(Lanes::new(9, 7).is_none());
        assert!(Lanes::new(4, i64::MAX).is_none());
    }
}
