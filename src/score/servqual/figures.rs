//! The SERVQUAL figures: what [`super::Accumulator::finish`] returns, serialised as the JSON
//! report's `servqual` member.

use serde::Serialize;

use crate::instrument::ServqualVariant;
use crate::score::stats::{Interval, ItemFit, TTest};

/// Where perceived service falls against the zone of tolerance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ZonePosition {
    /// P < A: below adequate service.
    Below,
    /// A ≤ P ≤ D (P = D included).
    Within,
    /// P > D: above desired service.
    Above,
}

impl ZonePosition {
    /// Classifies perceived service `p` against adequate `a` and desired `d`, at full precision.
    pub fn classify(a: f64, d: f64, p: f64) -> Self {
        if p < a {
            ZonePosition::Below
        } else if p > d {
            ZonePosition::Above
        } else {
            ZonePosition::Within
        }
    }
}

/// How many answers fell below, within and above the zone of tolerance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ZoneCounts {
    /// P < A.
    pub below: u64,
    /// A ≤ P ≤ D.
    pub within: u64,
    /// P > D.
    pub above: u64,
    /// Answers with the adequate level above the desired level (an inverted zone).
    pub inverted: u64,
}

impl ZoneCounts {
    /// Counts one answer with adequate `a`, desired `d` and perceived `p`.
    pub(super) fn count(&mut self, a: f64, d: f64, p: f64) {
        if a > d {
            self.inverted += 1;
        }
        match ZonePosition::classify(a, d, p) {
            ZonePosition::Below => self.below += 1,
            ZonePosition::Within => self.within += 1,
            ZonePosition::Above => self.above += 1,
        }
    }

    pub(super) fn add(&mut self, other: &ZoneCounts) {
        self.below += other.below;
        self.within += other.within;
        self.above += other.above;
        self.inverted += other.inverted;
    }
}

/// Cronbach's α of one scale and the cases it was computed on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Alpha {
    /// α; `None` when undefined.
    pub alpha: Option<f64>,
    /// Listwise-complete cases.
    pub cases: u64,
}

/// One item's figures (means over respondents with a valid answer to the item).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemScore {
    /// Item id, e.g. `reliability.3`.
    pub id: String,
    /// Dimension id.
    pub dimension: String,
    /// Respondents with a valid item (both E and P; every part for the zone).
    pub n: usize,
    /// Mean E over valid pairs (zone: mean desired level).
    pub expected: Option<f64>,
    /// Mean P over valid pairs.
    pub perceived: Option<f64>,
    /// Mean item gap P − E (zone: MSS = P − D); `None` for SERVPERF.
    pub gap: Option<f64>,
    /// Zone: mean adequate level.
    pub adequate: Option<f64>,
    /// Zone: mean MSA = P − A.
    pub msa: Option<f64>,
    /// Mean of every expectation given for this item, P or not (zone: desired) — what gap 1
    /// compares managers' estimates with.
    pub expected_all: Option<f64>,
    /// Respondents behind `expected_all`.
    pub expected_all_n: usize,
    /// Zone: answers below, within and above the zone.
    pub zone: Option<ZoneCounts>,
    /// Rank of the item's headline figure, 1 = worst.
    pub rank: usize,
}

/// One dimension's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    /// Dimension id.
    pub id: String,
    /// Items in the dimension.
    pub items: usize,
    /// Respondents with at least one valid item in the dimension.
    pub n: usize,
    /// Mean over respondents of their mean E (zone: desired level).
    pub expected: Option<f64>,
    /// Mean over respondents of their mean P.
    pub perceived: Option<f64>,
    /// `SQ_d`: mean over respondents of `SQ_rd` (zone: MSS); `None` for SERVPERF.
    pub gap: Option<f64>,
    /// Sample standard deviation of the respondents' headline figure (gap; P for SERVPERF).
    pub sd: Option<f64>,
    /// 95% t interval of `gap` on the respondents' `SQ_rd` (zone: MSS), cut to the possible
    /// range ±(max − min); `None` for SERVPERF.
    pub gap_interval: Option<Interval>,
    /// 95% t interval of `perceived` on the respondents' mean P, cut to the scale.
    pub perceived_interval: Option<Interval>,
    /// Zone: mean adequate level.
    pub adequate: Option<f64>,
    /// Zone: MSA = P − A, respondent first.
    pub msa: Option<f64>,
    /// Paired t of the headline gap against 0 (not for SERVPERF).
    pub t: Option<TTest>,
    /// Zone: paired t of MSA against 0.
    pub t_msa: Option<TTest>,
    /// α of the expectation items (zone: desired).
    pub alpha_expected: Alpha,
    /// α of the perception items.
    pub alpha_perceived: Alpha,
    /// α of the item gaps (zone: MSS); undefined for SERVPERF.
    pub alpha_gap: Alpha,
    /// Zone: where the dimension's mean perceived service falls (from MSA and MSS).
    pub zone: Option<ZonePosition>,
    /// Zone: answers below, within and above the zone over the dimension's items.
    pub zone_counts: Option<ZoneCounts>,
    /// Mean importance weight `w_d` over respondents with a usable allocation.
    pub weight: Option<f64>,
    /// Which item breaks the scale: per item of the headline scale (gaps; P for SERVPERF), the
    /// corrected item–total correlation and α if deleted — only from
    /// [`super::MIN_DIAGNOSTIC_CASES`] listwise-complete cases on (`None` below).
    pub diagnostics: Option<Vec<ItemDiagnostic>>,
}

/// How one item fits its dimension's scale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemDiagnostic {
    /// Item id.
    pub id: String,
    /// Corrected item–total correlation and α without the item.
    #[serde(flatten)]
    pub fit: ItemFit,
}

/// The SERVQUAL figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServqualScore {
    /// The form scored.
    pub variant: ServqualVariant,
    /// Respondents seen.
    pub respondents: usize,
    /// Respondents with at least one valid item.
    pub scored: usize,
    /// Per dimension, in instrument order.
    pub dimensions: Vec<DimensionScore>,
    /// Per item, in instrument order.
    pub items: Vec<ItemScore>,
    /// Item ids, worst headline figure first.
    pub ranked: Vec<String>,
    /// Unweighted overall: mean of the dimension scores (gap; P for SERVPERF; MSS for the zone).
    pub unweighted: Option<f64>,
    /// Dimensions that entered `unweighted`.
    pub unweighted_dimensions: usize,
    /// Weighted overall: mean over respondents of `WSQ_r`.
    pub weighted: Option<f64>,
    /// Respondents in `weighted`.
    pub weighted_n: usize,
    /// 95% t interval of `weighted` on the respondents' `WSQ_r`.
    pub weighted_interval: Option<Interval>,
    /// Sample SD of the respondents' `WSQ_r`.
    pub weighted_sd: Option<f64>,
    /// Zone: unweighted MSA.
    pub unweighted_msa: Option<f64>,
    /// Zone: weighted MSA.
    pub weighted_msa: Option<f64>,
    /// Zone: answers below, within and above the zone over every item.
    pub zone_counts: Option<ZoneCounts>,
    /// The aggregate shortcut `Σ_d mean(w_d) · SQ_d` — a different statistic from `weighted`.
    pub aggregate_shortcut: Option<f64>,
    /// Whether the instrument has a point allocation.
    pub has_weights: bool,
    /// Respondents with a usable allocation.
    pub weights_n: usize,
    /// Allocations that did not sum to their total and were renormalised.
    pub renormalised: usize,
    /// Allocations given but not usable (a part missing, or every part 0).
    pub weights_unusable: usize,
    /// Usable allocations whose respondent lacked a dimension gap, so `WSQ_r` is undefined.
    pub weights_incomplete: usize,
    /// The allocation's total (100 in the built-in questionnaire).
    pub weights_total: Option<f64>,
    /// Scale of the items (min, max).
    pub scale: Option<(i32, i32)>,
    /// Differences between segments (`--by`), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<crate::score::segments::SegmentComparison>,
}

impl ServqualScore {
    /// The headline figure of a dimension: the gap, or P for SERVPERF.
    pub fn headline(&self, d: &DimensionScore) -> Option<f64> {
        match self.variant {
            ServqualVariant::Servperf => d.perceived,
            _ => d.gap,
        }
    }

    /// The headline figure of an item: the gap, or P for SERVPERF.
    pub fn item_headline(&self, i: &ItemScore) -> Option<f64> {
        match self.variant {
            ServqualVariant::Servperf => i.perceived,
            _ => i.gap,
        }
    }

    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.id == id)
    }
}
