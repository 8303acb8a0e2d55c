//! Merging two Kano accumulators: the figures of two parts of a survey, folded on two threads,
//! as one pass over both gives them. Every sum is an exact integer, so the merge is exact.

use super::{Accumulator, Counts, FeatureAcc, Tally};

impl Accumulator {
    /// Whether [`Self::merge`] gives one pass's figures: not when segmenting, where the values
    /// that get a segment of their own (at most `MAX_SEGMENTS`) are the first ones met.
    pub fn mergeable(&self) -> bool {
        self.segment_by.is_none()
    }

    /// Adds the respondents `other` has seen, as if they came after this one's.
    pub fn merge(&mut self, other: &Self) {
        debug_assert!(self.mergeable() && other.mergeable());
        self.respondents += other.respondents;
        for (a, b) in self.overall.iter_mut().zip(&other.overall) {
            a.merge(b);
        }
    }
}

impl FeatureAcc {
    fn merge(&mut self, o: &Self) {
        self.counts.merge(&o.counts);
        self.functional.merge(&o.functional);
        self.dysfunctional.merge(&o.dysfunctional);
        self.importance.merge(&o.importance);
        for (a, b) in self.pairs.iter_mut().zip(&o.pairs) {
            *a += b;
        }
    }
}

impl Counts {
    fn merge(&mut self, o: &Self) {
        self.a += o.a;
        self.o += o.o;
        self.m += o.m;
        self.i += o.i;
        self.r += o.r;
        self.q += o.q;
    }
}

impl Tally {
    fn merge(&mut self, o: &Self) {
        self.n += o.n;
        self.sum += o.sum;
        self.sum_sq += o.sum_sq;
    }
}
