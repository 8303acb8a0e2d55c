//! SERVQUAL, the customer gap (gap 5) of the five-gap model (DOMAIN.md §4.2), in its three forms:
//! SERVQUAL (expectations and perceptions), SERVPERF (perceptions only) and the zone of tolerance
//! (adequate, desired and perceived service).
//!
//! Policies (stated in every report):
//! - item gap `g_ri` = `P_ri` − `E_ri`, always P − E (negative = shortfall); it exists only when the
//!   respondent gave both E and P for that item (pairwise); N/A is neither;
//! - respondent first: `SQ_rd` = mean of r's valid item gaps in d; `SQ_d` = mean over respondents of
//!   `SQ_rd`; a dimension's n counts the respondents with at least one valid item gap in it;
//! - unweighted SQ = mean of the dimension scores `SQ_d` — NOT the mean of the 22 item gaps;
//! - mean E and mean P (per item and per dimension) are taken over the same valid pairs as the
//!   gap, so that P − E equals the gap exactly;
//! - weights `w_rd` = `points_rd` / 100 from the respondent's own allocation; an allocation that
//!   does not sum to its total is renormalised (`w_rd` = `points_rd` / sum) and counted; one with
//!   a missing part or a zero sum is not used;
//! - `WSQ_r = Σ_d w_rd · SQ_rd`, only for respondents with a usable allocation and an `SQ_rd` in
//!   every allocated dimension; WSQ = mean over those respondents;
//! - the aggregate shortcut `Σ_d mean(w_d) · SQ_d` is a different statistic and is labelled so;
//! - Cronbach's α per dimension for E, P and the gap over respondents who answered every part of
//!   every item of the dimension (listwise); negative α is reported and flagged, undefined α
//!   (fewer than [`super::stats::MIN_ALPHA_CASES`] such respondents, or no variance) is `None`,
//!   never clamped;
//! - paired t per dimension: the respondents' `SQ_rd` against 0, df = n − 1, two-sided exact
//!   p; no test below [`super::stats::MIN_T_N`] respondents ("too few answers to test");
//! - 95% intervals: Student t on respondent-level scores — `SQ_rd` for a dimension's gap,
//!   `WSQ_r` for the weighted overall — cut to the possible range (±(max − min) for gaps, the
//!   scale for P) and flagged when cut;
//! - item diagnostics per dimension (corrected item–total correlation, α if deleted) on the
//!   headline scale from [`MIN_DIAGNOSTIC_CASES`] listwise-complete respondents on;
//! - SERVPERF: the same aggregation on P alone; zone of tolerance: MSA = P − A, MSS = P − D over
//!   items with all three parts, below the zone when P < A, above when P > D, within otherwise
//!   (P = D is within); MSS is the zone's headline gap (desired service plays the role of E);
//! - exact sums: answers are whole scale points, so the item and dimension moments and α's
//!   co-moments are kept as integer sums (`stats::exact`; a respondent's dimension mean in units
//!   of `1/lcm(1..=k)`) and the figures are the exact ones whatever the order of the respondents
//!   or the parts a file was read in; two items with the same gap tie exactly and keep
//!   questionnaire order in the ranking;
//! - full precision throughout; figures are classified before any rounding (rounding happens only
//!   in `report`).
//!
//! The accumulator keeps O(items) state, so CSV input of any length streams through it.

use super::ScoreOptions;
mod figures;

pub use super::stats::TTest;
use super::stats::exact::{ExactAlpha, ExactMoments};
use super::stats::lanes::Lanes;
use super::stats::{AlphaAccumulator, Moments, paired_t_test, t_interval_within};
use crate::instrument::{Instrument, QuestionKind, ServqualVariant};
pub use figures::{
    Alpha, DimensionScore, ItemDiagnostic, ItemScore, ServqualScore, ZoneCounts, ZonePosition,
};

/// Item diagnostics (item–total correlation, α if deleted) need this many complete cases.
pub const MIN_DIAGNOSTIC_CASES: u64 = 30;

/// Relative tolerance when checking that an allocation adds up to its total.
const SUM_TOLERANCE: f64 = 1e-9;

/// The channels one item yields per respondent, by variant.
/// SERVQUAL: E, P, gap. SERVPERF: P. Zone: D, P, MSS, A, MSA.
const E: usize = 0;
const P: usize = 1;
const G: usize = 2;
const A: usize = 3;
const MSA: usize = 4;
const CHANNELS: usize = 5;

#[derive(Debug, Clone)]
struct Item {
    id: String,
    dimension: usize,
    /// Per channel, over respondents with a valid item (whole numbers: exact sums).
    moments: [ExactMoments; CHANNELS],
    /// Every expectation (zone: desired) given.
    expected_all: ExactMoments,
    zone: ZoneCounts,
}

#[derive(Debug, Clone)]
struct Dimension {
    id: String,
    items: Vec<usize>,
    /// Per channel: respondents' dimension means (exact sums in units of `1/lcm(1..=k)`).
    moments: [ExactMoments; CHANNELS],
    alpha: [ExactAlpha; CHANNELS],
    /// α's cases of the counted fold not yet handed over to `alpha`, when the scale is small
    /// enough for 16-bit lanes (`counted.rs`).
    lanes: Option<Lanes>,
    weights: Moments,
    /// Index of this dimension's part in the allocation.
    weight_part: Option<usize>,
    /// `l / k` for a respondent mean over k items (`l`: the unit of `moments`; 0 where the
    /// unit holds no such mean).
    per_k: Vec<i64>,
}

impl Dimension {
    /// Adds a respondent's means over the `k` items given (whose values on channel
    /// `chans[i]` sum to `sum[i]`); the means, when `weighted` (NaN otherwise).
    #[inline]
    fn push_means<const N: usize>(
        &mut self,
        sum: [i64; N],
        k: usize,
        chans: [usize; N],
        weighted: bool,
    ) -> [f64; CHANNELS] {
        let per = self.per_k[k];
        let mut mean = [f64::NAN; CHANNELS];
        for (s, c) in sum.into_iter().zip(chans) {
            self.moments[c].push_mean_per(s, k, per);
            if weighted {
                mean[c] = s as f64 / k as f64;
            }
        }
        mean
    }
}

#[derive(Debug, Clone)]
struct Allocation {
    id: String,
    total: f64,
    parts: Vec<String>,
}

/// Accumulates SERVQUAL responses, one respondent at a time.
#[derive(Debug, Clone)]
pub struct Accumulator {
    variant: ServqualVariant,
    items: Vec<Item>,
    dimensions: Vec<Dimension>,
    allocation: Option<Allocation>,
    scale: Option<(i32, i32)>,
    respondents: usize,
    scored: usize,
    weighted: [Moments; CHANNELS],
    weights_n: usize,
    renormalised: usize,
    weights_unusable: usize,
    weights_incomplete: usize,
    /// Reused per-respondent buffers (no allocation per respondent): channel values per item,
    /// dimension means, one dimension's cells for α, and the weights.
    row: Vec<Option<[f64; CHANNELS]>>,
    sq_buf: Vec<Option<[f64; CHANNELS]>>,
    cells_buf: Vec<Option<f64>>,
    weights_buf: Vec<f64>,
    /// Reused per-respondent inputs of [`Self::add`]: each item's parts, the allocation's.
    parts_buf: Vec<ItemParts>,
    /// Reused buffers of the whole-number fold (`whole.rs`): the items' values, α's case.
    whole_buf: Vec<whole::WholeItem>,
    case_buf: Vec<i64>,
    allocation_buf: Vec<Option<f64>>,
    /// Indices into `items` in id order (see `lookup.rs`).
    by_id: Vec<usize>,
    /// How pairs are counted per item, when they are (`joint.rs`).
    joint: Option<joint::Shape>,
    /// Per item in turn, respondents per (expected, perceived) pair, when pairs are counted
    /// (`joint.rs`); empty otherwise.
    pair_counts: Vec<u64>,
    /// Reused per-respondent counter of each item's pair (whole-number fold).
    cell_buf: Vec<usize>,
    /// Reused per-respondent buckets of each item's (expected, perceived) (counted fold).
    bucket_buf: Vec<(u8, u8)>,
}

impl Accumulator {
    /// For `instrument` (kind servqual).
    pub fn new(instrument: &Instrument, _options: &ScoreOptions) -> Self {
        let variant = instrument.settings.variant;
        let mut dimensions: Vec<Dimension> = Vec::new();
        let mut items = Vec::new();
        let mut scale = None;
        for q in &instrument.questions {
            let QuestionKind::Pair { scale: s, .. } = &q.kind else {
                continue;
            };
            scale.get_or_insert((s.min, s.max));
            let d = if let Some(d) = dimensions.iter().position(|d| d.id == q.group) {
                d
            } else {
                dimensions.push(Dimension {
                    id: q.group.clone(),
                    items: Vec::new(),
                    moments: [ExactMoments::default(); CHANNELS],
                    alpha: std::array::from_fn(|_| ExactAlpha::new(0)),
                    lanes: None,
                    weights: Moments::default(),
                    weight_part: None,
                    per_k: Vec::new(),
                });
                dimensions.len() - 1
            };
            dimensions[d].items.push(items.len());
            items.push(Item {
                id: q.id.clone(),
                dimension: d,
                moments: [ExactMoments::default(); CHANNELS],
                expected_all: ExactMoments::default(),
                zone: ZoneCounts::default(),
            });
        }
        // The largest value a channel takes: a scale point or a gap between two.
        let size = scale.map_or(0, |(lo, hi): (i32, i32)| {
            i64::from(lo)
                .abs()
                .max(i64::from(hi).abs())
                .max(i64::from(hi) - i64::from(lo))
        });
        let joint = joint::Shape::new(variant, scale);
        for d in &mut dimensions {
            d.alpha = std::array::from_fn(|_| ExactAlpha::new(d.items.len()));
            d.lanes = joint.and_then(|_| Lanes::new(d.items.len(), size));
            let unit = ExactMoments::unit_for_means(d.items.len(), size);
            d.moments = [ExactMoments::new(unit); CHANNELS];
            d.per_k = (0..=d.items.len() as i64)
                .map(|k| if k > 0 && unit % k == 0 { unit / k } else { 0 })
                .collect();
        }
        let allocation = instrument.questions.iter().find_map(|q| match &q.kind {
            QuestionKind::Allocation { total, parts } => Some(Allocation {
                id: q.id.clone(),
                total: *total,
                parts: parts.iter().map(|p| p.id.clone()).collect(),
            }),
            _ => None,
        });
        if let Some(a) = &allocation {
            for d in &mut dimensions {
                d.weight_part = a.parts.iter().position(|p| *p == d.id);
            }
        }
        let pair_counts = joint.map_or_else(Vec::new, |shape| vec![0; shape.cells() * items.len()]);
        let n_items = items.len();
        Self {
            by_id: lookup::by_id(&items),
            variant,
            items,
            dimensions,
            allocation,
            scale,
            respondents: 0,
            scored: 0,
            weighted: [Moments::default(); CHANNELS],
            weights_n: 0,
            renormalised: 0,
            weights_unusable: 0,
            weights_incomplete: 0,
            row: vec![None; n_items],
            sq_buf: Vec::new(),
            cells_buf: Vec::new(),
            weights_buf: Vec::new(),
            parts_buf: Vec::new(),
            whole_buf: Vec::new(),
            joint,
            pair_counts,
            cell_buf: Vec::new(),
            bucket_buf: Vec::new(),
            case_buf: Vec::new(),
            allocation_buf: Vec::new(),
        }
    }

    /// The figures.
    pub fn finish(mut self) -> ServqualScore {
        self.settle_joint();
        self.settle_lanes();
        let variant = self.variant;
        let zone = variant == ServqualVariant::Zone;
        let servperf = variant == ServqualVariant::Servperf;
        let headline = if servperf { P } else { G };
        let gap_of = |m: &[Moments; CHANNELS], c: usize| {
            if servperf && c != P {
                None
            } else {
                m[c].mean()
            }
        };
        let t_of = paired_t_test;
        let (lo, hi) = self
            .scale
            .map_or((1.0, 7.0), |(l, h)| (f64::from(l), f64::from(h)));
        let span = hi - lo;
        let diagnostics = |d: &Dimension, a: &AlphaAccumulator| {
            (a.cases() >= MIN_DIAGNOSTIC_CASES && d.items.len() > 1).then(|| {
                d.items
                    .iter()
                    .zip(a.item_fit())
                    .map(|(&i, fit)| ItemDiagnostic {
                        id: self.items[i].id.clone(),
                        fit,
                    })
                    .collect()
            })
        };
        let alpha_of = |a: &AlphaAccumulator| Alpha {
            alpha: a.alpha(),
            cases: a.cases(),
        };
        let mut items: Vec<ItemScore> = self
            .items
            .iter()
            .map(|it| (it, it.moments.each_ref().map(ExactMoments::moments)))
            .map(|(it, moments)| ItemScore {
                id: it.id.clone(),
                dimension: self.dimensions[it.dimension].id.clone(),
                n: moments[P].n() as usize,
                expected: gap_of(&moments, E),
                perceived: moments[P].mean(),
                gap: gap_of(&moments, G),
                adequate: if zone { moments[A].mean() } else { None },
                msa: if zone { moments[MSA].mean() } else { None },
                expected_all: it.expected_all.moments().mean(),
                expected_all_n: it.expected_all.moments().n() as usize,
                zone: zone.then_some(it.zone),
                rank: 0,
            })
            .collect();
        let mut order: Vec<usize> = (0..items.len()).collect();
        let key = |i: &ItemScore| if servperf { i.perceived } else { i.gap };
        order.sort_by(|&a, &b| match (key(&items[a]), key(&items[b])) {
            (Some(x), Some(y)) => x
                .total_cmp(&y)
                .then_with(|| {
                    let (ma, mb) = (items[a].msa, items[b].msa);
                    ma.zip(mb)
                        .map_or(std::cmp::Ordering::Equal, |(p, q)| p.total_cmp(&q))
                })
                .then(a.cmp(&b)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.cmp(&b),
        });
        for (rank, &i) in order.iter().enumerate() {
            items[i].rank = rank + 1;
        }
        let ranked = order.iter().map(|&i| items[i].id.clone()).collect();

        let dimensions: Vec<DimensionScore> = self
            .dimensions
            .iter()
            .map(|d| {
                let moments = d.moments.each_ref().map(ExactMoments::moments);
                let alpha = d.alpha.each_ref().map(ExactAlpha::accumulator);
                let zone_counts = zone.then(|| {
                    let mut z = ZoneCounts::default();
                    for &i in &d.items {
                        z.add(&self.items[i].zone);
                    }
                    z
                });
                let position = if zone {
                    match (moments[MSA].mean(), moments[G].mean()) {
                        (Some(msa), _) if msa < 0.0 => Some(ZonePosition::Below),
                        (Some(_), Some(mss)) if mss > 0.0 => Some(ZonePosition::Above),
                        (Some(_), Some(_)) => Some(ZonePosition::Within),
                        _ => None,
                    }
                } else {
                    None
                };
                DimensionScore {
                    id: d.id.clone(),
                    items: d.items.len(),
                    n: moments[P].n() as usize,
                    expected: gap_of(&moments, E),
                    perceived: moments[P].mean(),
                    gap: gap_of(&moments, G),
                    sd: moments[headline].sd(),
                    adequate: if zone { moments[A].mean() } else { None },
                    msa: if zone { moments[MSA].mean() } else { None },
                    t: if servperf { None } else { t_of(&moments[G]) },
                    t_msa: if zone { t_of(&moments[MSA]) } else { None },
                    alpha_expected: if servperf {
                        Alpha {
                            alpha: None,
                            cases: 0,
                        }
                    } else {
                        alpha_of(&alpha[E])
                    },
                    alpha_perceived: alpha_of(&alpha[P]),
                    alpha_gap: if servperf {
                        Alpha {
                            alpha: None,
                            cases: 0,
                        }
                    } else {
                        alpha_of(&alpha[G])
                    },
                    zone: position,
                    zone_counts,
                    weight: d.weights.mean(),
                    gap_interval: if servperf {
                        None
                    } else {
                        t_interval_within(&moments[G], -span, span)
                    },
                    perceived_interval: t_interval_within(&moments[P], lo, hi),
                    diagnostics: diagnostics(d, &alpha[headline]),
                }
            })
            .collect();
        let head = |d: &DimensionScore| if servperf { d.perceived } else { d.gap };
        let present: Vec<f64> = dimensions.iter().filter_map(head).collect();
        let unweighted = super::stats::mean(&present);
        let msas: Vec<f64> = dimensions.iter().filter_map(|d| d.msa).collect();
        // Σ_d mean(w_d) · SQ_d over the allocated dimensions, when every one of them has both.
        let shortcut: Option<f64> = if self.weights_n > 0 {
            dimensions
                .iter()
                .zip(&self.dimensions)
                .filter(|(_, raw)| raw.weight_part.is_some())
                .map(|(d, _)| Some(d.weight? * head(d)?))
                .sum()
        } else {
            None
        };
        let zone_counts = zone.then(|| {
            let mut z = ZoneCounts::default();
            for it in &self.items {
                z.add(&it.zone);
            }
            z
        });
        ServqualScore {
            variant,
            respondents: self.respondents,
            scored: self.scored,
            unweighted_dimensions: present.len(),
            unweighted,
            weighted: self.weighted[headline].mean(),
            weighted_n: self.weighted[headline].n() as usize,
            weighted_sd: self.weighted[headline].sd(),
            weighted_interval: t_interval_within(
                &self.weighted[headline],
                if servperf { lo } else { -span },
                if servperf { hi } else { span },
            ),
            unweighted_msa: if zone {
                super::stats::mean(&msas)
            } else {
                None
            },
            weighted_msa: if zone {
                self.weighted[MSA].mean()
            } else {
                None
            },
            zone_counts,
            aggregate_shortcut: shortcut,
            has_weights: self.allocation.is_some(),
            weights_n: self.weights_n,
            renormalised: self.renormalised,
            weights_unusable: self.weights_unusable,
            weights_incomplete: self.weights_incomplete,
            weights_total: self.allocation.as_ref().map(|a| a.total),
            scale: self.scale,
            segments: None,
            dimensions,
            items,
            ranked,
        }
    }
}

mod counted;
mod joint;
mod lookup;
mod merge;
mod row;
mod whole;

pub use counted::CellSlots;
pub use row::ItemParts;

#[cfg(test)]
mod interval_tests;
impl super::KindScore for ServqualScore {
    fn segments_mut(&mut self) -> &mut Option<super::segments::SegmentComparison> {
        &mut self.segments
    }

    fn headlines(&self) -> Vec<super::segments::Headline> {
        use super::segments::Headline;
        self.dimensions
            .iter()
            .map(|d| {
                Headline::mean(
                    format!("dimension.{}.gap", d.id),
                    d.n,
                    self.headline(d),
                    d.sd,
                )
            })
            .chain(std::iter::once(Headline::mean(
                "servqual.weighted".into(),
                self.weighted_n,
                self.weighted,
                self.weighted_sd,
            )))
            .collect()
    }
}

#[cfg(test)]
mod tests;
