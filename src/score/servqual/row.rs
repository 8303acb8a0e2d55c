//! One respondent into the accumulator: each item's parts and the allocation's points, from a
//! response ([`Accumulator::add`]) or handed on as they are by a reader that builds no
//! response ([`Accumulator::add_parts`], the CSV fast path). Both go through the same fold,
//! so the same answers give the same figures to the last bit.

use super::lookup::{self, part_of};
use super::{A, Accumulator, CHANNELS, E, P, SUM_TOLERANCE, ServqualVariant};
use crate::response::{Answer, PartValue, Response};

/// The parts of one item a respondent gave, as numbers (`None`: not given, or N/A). Only the
/// parts of the instrument's variant are read: expected and perceived (SERVQUAL, SERVPERF),
/// adequate, desired and perceived (zone of tolerance).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ItemParts {
    /// Expected service.
    pub expected: Option<f64>,
    /// Perceived service.
    pub perceived: Option<f64>,
    /// Adequate service (zone of tolerance).
    pub adequate: Option<f64>,
    /// Desired service (zone of tolerance).
    pub desired: Option<f64>,
}

impl Accumulator {
    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        let mut parts = std::mem::take(&mut self.parts_buf);
        parts.clear();
        let mut found = [None; lookup::WALKED_ITEMS];
        let walked = lookup::walk(&self.by_id, &self.items, response, &mut found);
        for (i, item) in self.items.iter().enumerate() {
            let answer = if walked {
                found[i]
            } else {
                response.answers.get(&item.id)
            };
            parts.push(self.parts_of(answer));
        }
        let mut allocation = std::mem::take(&mut self.allocation_buf);
        allocation.clear();
        let given = self.allocation.as_ref().and_then(|alloc| {
            let answer = response.answers.get(&alloc.id).filter(|a| !a.is_na())?;
            allocation.extend(
                alloc
                    .parts
                    .iter()
                    .map(|p| answer.part(p).and_then(PartValue::num)),
            );
            Some(())
        });
        self.add_parts(&parts, given.map(|()| allocation.as_slice()));
        self.parts_buf = parts;
        self.allocation_buf = allocation;
    }

    /// The parts of an item's answer this variant reads.
    fn parts_of(&self, answer: Option<&Answer>) -> ItemParts {
        let part = |name: &str| {
            answer
                .and_then(|a| part_of(a, name))
                .and_then(PartValue::num)
        };
        match self.variant {
            ServqualVariant::Servqual | ServqualVariant::Servperf => ItemParts {
                expected: part("expected"),
                perceived: part("perceived"),
                ..ItemParts::default()
            },
            ServqualVariant::Zone => ItemParts {
                adequate: part("adequate"),
                desired: part("desired"),
                perceived: part("perceived"),
                ..ItemParts::default()
            },
        }
    }

    /// The item ids, in questionnaire order (the order of [`Self::add_parts`]'s items).
    pub fn item_ids(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|i| i.id.as_str())
    }

    /// The allocation question the weights come from and its parts, in order, if any.
    pub fn allocation(&self) -> Option<(&str, &[String])> {
        self.allocation
            .as_ref()
            .map(|a| (a.id.as_str(), a.parts.as_slice()))
    }

    /// Adds one respondent from each item's parts (in questionnaire order) and the points of
    /// the allocation's parts (in its order; `None` when the allocation was not answered or
    /// was answered N/A): what [`Self::add`] does with a response holding those answers.
    pub fn add_parts(&mut self, parts: &[ItemParts], allocation: Option<&[Option<f64>]>) {
        if !self.add_whole(parts, allocation) {
            self.add_general(parts, allocation);
        }
    }

    /// [`Self::add_parts`] for any values: each goes to the exact sums when it is a whole
    /// number (of `1/l`-ths), to the Welford side otherwise.
    pub(super) fn add_general(&mut self, parts: &[ItemParts], allocation: Option<&[Option<f64>]>) {
        self.respondents += 1;
        let channels = self.channels();
        let mut row = std::mem::take(&mut self.row);
        let mut any = false;
        for (i, slot) in row.iter_mut().enumerate() {
            let (values, expected) = self.item_values(&parts[i]);
            let item = &mut self.items[i];
            if let Some(e) = expected {
                item.expected_all.push(e);
            }
            if let Some(v) = values {
                any = true;
                for &c in channels {
                    item.moments[c].push(v[c]);
                }
                if self.variant == ServqualVariant::Zone {
                    item.zone.count(v[A], v[E], v[P]);
                }
            }
            *slot = values;
        }
        if any {
            self.scored += 1;
        }
        // Respondent first: SQ_rd per channel.
        let mut sq = std::mem::take(&mut self.sq_buf);
        let mut cells = std::mem::take(&mut self.cells_buf);
        sq.clear();
        for d in &mut self.dimensions {
            let mut sum = [0.0; CHANNELS];
            let mut k = 0usize;
            for &i in &d.items {
                if let Some(v) = &row[i] {
                    k += 1;
                    for &c in channels {
                        sum[c] += v[c];
                    }
                }
            }
            for &c in channels {
                cells.clear();
                cells.extend(d.items.iter().map(|&i| row[i].map(|v| v[c])));
                d.alpha[c].push(&cells);
            }
            if k == 0 {
                sq.push(None);
                continue;
            }
            let mut mean = [f64::NAN; CHANNELS];
            for &c in channels {
                mean[c] = sum[c] / k as f64;
                d.moments[c].push_sum(sum[c], k);
            }
            sq.push(Some(mean));
        }
        self.row = row;
        self.cells_buf = cells;
        self.sq_buf = sq;
        self.add_allocation(allocation);
    }

    /// The respondent's allocation, with the dimension means in `self.sq_buf`: the weights and
    /// the weighted score.
    pub(super) fn add_allocation(&mut self, allocation: Option<&[Option<f64>]>) {
        let channels = self.channels();
        let sq = std::mem::take(&mut self.sq_buf);
        if allocation.is_some_and(|points| self.weights(points)) {
            let w = &self.weights_buf;
            self.weights_n += 1;
            let mut wsq = [0.0; CHANNELS];
            let mut complete = true;
            for (d, dim) in self.dimensions.iter_mut().enumerate() {
                let Some(part) = dim.weight_part else {
                    continue;
                };
                dim.weights.push(w[part]);
                match &sq[d] {
                    Some(m) => {
                        for &c in channels {
                            wsq[c] += w[part] * m[c];
                        }
                    }
                    None => complete = false,
                }
            }
            if complete {
                for &c in channels {
                    self.weighted[c].push(wsq[c]);
                }
            } else {
                self.weights_incomplete += 1;
            }
        }
        self.sq_buf = sq;
    }

    /// Fills `self.weights_buf` with the respondent's weights `w_rd` per allocation part from
    /// the points given; `false` (and counted) when the allocation is not usable (a part
    /// missing, or nothing allocated), `false` when the instrument has none.
    fn weights(&mut self, points: &[Option<f64>]) -> bool {
        let Some(alloc) = self.allocation.as_ref() else {
            return false;
        };
        self.weights_buf.clear();
        for p in points {
            match *p {
                Some(x) if x.is_finite() && x >= 0.0 => self.weights_buf.push(x),
                _ => {
                    self.weights_unusable += 1;
                    return false;
                }
            }
        }
        let sum: f64 = self.weights_buf.iter().sum();
        if sum <= 0.0 || !sum.is_finite() {
            self.weights_unusable += 1;
            return false;
        }
        if (sum - alloc.total).abs() > alloc.total.abs().max(1.0) * SUM_TOLERANCE {
            self.renormalised += 1;
        }
        // w = points / sum: equal to points / 100 when the allocation adds up to 100.
        for x in &mut self.weights_buf {
            *x /= sum;
        }
        true
    }
}
