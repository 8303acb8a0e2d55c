//! Merging two SERVQUAL accumulators (two parts of a survey folded on two threads): counts and
//! exact sums add, so the figures are one pass's exactly; the weights' running moments (and any
//! value that is not a whole number) merge by the pairwise formulas (Chan et al.).

use super::{Accumulator, CHANNELS};

impl Accumulator {
    /// Adds the respondents `other` has seen, as if they came after this one's.
    pub fn merge(&mut self, other: &Self) {
        self.respondents += other.respondents;
        self.scored += other.scored;
        self.weights_n += other.weights_n;
        self.renormalised += other.renormalised;
        self.weights_unusable += other.weights_unusable;
        self.weights_incomplete += other.weights_incomplete;
        for c in 0..CHANNELS {
            self.weighted[c].merge(&other.weighted[c]);
        }
        for (a, b) in self.items.iter_mut().zip(&other.items) {
            for c in 0..CHANNELS {
                a.moments[c].merge(&b.moments[c]);
            }
            a.expected_all.merge(&b.expected_all);
            a.zone.add(&b.zone);
        }
        for (x, y) in self.pair_counts.iter_mut().zip(&other.pair_counts) {
            *x += y;
        }
        let chans = self.channels();
        for (a, b) in self.dimensions.iter_mut().zip(&other.dimensions) {
            for c in 0..CHANNELS {
                a.moments[c].merge(&b.moments[c]);
                a.alpha[c].merge(&b.alpha[c]);
            }
            // The other's cases still in its lanes (this one's stay in its own).
            if let Some(lanes) = &b.lanes {
                lanes.add_to(&mut a.alpha, chans);
            }
            a.weights.merge(&b.weights);
        }
    }
}
