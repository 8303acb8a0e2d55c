//! Kano classification (DOMAIN.md §3): per feature the counts of the six categories, the
//! category, the Better/Worse coefficients, category and total strength, Fong's significance
//! test, the continuous analysis of Berger et al. 1993 (functional/dysfunctional means and
//! SDs, mean importance) and the same figures per respondent segment.
//!
//! Policies (stated in every report):
//! - classification by the evaluation table of the instrument's `kano_table` setting
//!   (`standard`, or `pouliot`), rows = functional answer, columns = dysfunctional answer;
//! - a feature counts a respondent only when both of its questions are answered (n = A + O + M +
//!   I + R + Q); N/A and half-answered features are left out;
//! - category = the most frequent of the six; exact ties broken M > O > A > I > R > Q;
//! - Better = (A + O) / (A + O + M + I), Worse = −(O + M) / (A + O + M + I); R and Q never in the
//!   denominator; both undefined (`None`) when A + O + M + I = 0; Worse is never −0;
//! - category strength = largest − second-largest share, shares = count / n over O, A, M, I, R
//!   (Q is in n but not among the shares); total strength = (A + O + M) / n;
//! - the runner-up is the most frequent of A, O, M, I, R after the category (never Q, which the
//!   strength leaves out too), so the lead, the dual "I/O" and the strength speak of the same two;
//! - the lead is tested from [`MIN_N`] answers on, by the exact two-sided binomial test of the
//!   two counts a, b (p < 0.05); below, "too few answers to test" and no verdict. When tested and
//!   not significant both categories are shown ("I/O"). Fong's inequality |a − b| ≥ 1.65 ·
//!   √((a + b)(2n − a − b) / (2n)) is kept as a screen (with truly tied leaders it calls a winner
//!   in 16–18% of samples against a nominal 10%);
//! - Better and |Worse| carry Wilson 95% intervals (Worse's negated); null below 2 answers in
//!   A + O + M + I;
//! - continuous analysis over the respondents with both answers: functional Like 4, Must-be 2,
//!   Neutral 0, Live-with −1, Dislike −2; dysfunctional Like −2, Must-be −1, Neutral 0,
//!   Live-with 2, Dislike 4; mean and sample SD; mean importance over whoever rated it;
//! - fewer than [`MIN_N`] answers per feature: a warning (the category is fragile);
//! - what to do first: must-be features (largest |Worse| first), then one-dimensional and
//!   attractive together by Better (largest first), then indifferent, reverse, questionable,
//!   and features nobody answered.
//!
//! Everything is kept as integer counts and sums, so the figures are exact, do not depend on
//! the order of respondents, and take O(features × segments) memory whatever the row count.

mod counts;
mod merge;
mod table;

use std::collections::BTreeMap;

use serde::Serialize;

pub use counts::{Counts, Lead};
pub use table::{Category, classify, table_id};

use super::ScoreOptions;
use super::stats::Interval;
use crate::instrument::{Instrument, KanoTable, QuestionKind, Scale};
use crate::response::{Answer, KanoWord, Response};

/// Below this many answers to a feature, its category is fragile: reports warn.
pub const MIN_N: u64 = 30;

/// The one-sided z of Fong's test (α = 0.05).
pub const FONG_Z: f64 = 1.65;

/// At most this many segments are kept apart; respondents of further values are pooled.
pub const MAX_SEGMENTS: usize = 50;

/// The segment name of respondents without a value in the segment field.
pub const UNSPECIFIED_SEGMENT: &str = "unspecified";

/// The continuous-analysis functional score of an answer ("if it HAS the feature").
pub fn functional_score(w: KanoWord) -> i64 {
    match w {
        KanoWord::Like => 4,
        KanoWord::MustBe => 2,
        KanoWord::Neutral => 0,
        KanoWord::LiveWith => -1,
        KanoWord::Dislike => -2,
    }
}

/// The continuous-analysis dysfunctional score of an answer ("if it does NOT have the feature").
pub fn dysfunctional_score(w: KanoWord) -> i64 {
    match w {
        KanoWord::Like => -2,
        KanoWord::MustBe => -1,
        KanoWord::Neutral => 0,
        KanoWord::LiveWith => 2,
        KanoWord::Dislike => 4,
    }
}

/// One feature's answers from one respondent: functional, dysfunctional, importance.
pub type KanoParts = (Option<KanoWord>, Option<KanoWord>, Option<i32>);

/// Exact running sums of small integer scores: order-free mean and sample SD.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Tally {
    n: u64,
    sum: i64,
    sum_sq: i64,
}

impl Tally {
    fn push(&mut self, x: i64) {
        self.n += 1;
        self.sum += x;
        self.sum_sq += x * x;
    }

    /// `k` times [`Self::push`] of `x`.
    fn push_n(&mut self, x: i64, k: u64) {
        let n = k as i64;
        self.n += k;
        self.sum += n * x;
        self.sum_sq += n * x * x;
    }

    fn mean(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum as f64 / self.n as f64)
    }

    /// Sample SD: √((n Σx² − (Σx)²) / (n (n − 1))), the numerator in exact integers.
    fn sd(&self) -> Option<f64> {
        if self.n < 2 {
            return None;
        }
        let n = i128::from(self.n);
        let num = n * i128::from(self.sum_sq) - i128::from(self.sum) * i128::from(self.sum);
        Some((num as f64 / (n * (n - 1)) as f64).max(0.0).sqrt())
    }
}

/// One feature's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeatureScore {
    /// The feature's question id.
    pub id: String,
    /// Respondents with both answers.
    pub n: u64,
    /// Respondents per category.
    pub counts: Counts,
    /// The most frequent category (ties M > O > A > I > R > Q); `None` when n = 0.
    pub category: Option<Category>,
    /// The runner-up among A, O, M, I, R, when anyone chose one.
    pub second: Option<Category>,
    /// The lead is significant (exact binomial test, p < 0.05); `None` when not testable
    /// (fewer than [`MIN_N`] answers) or n = 0.
    pub significant: Option<bool>,
    /// The lead test in full.
    pub lead: Lead,
    /// Fong's screen of the lead (not a test: see [`Counts::fong_screen`]).
    pub fong_screen: Option<bool>,
    /// Fong's critical difference for the category and its runner-up.
    pub fong_critical: Option<f64>,
    /// (A + O) / (A + O + M + I).
    pub better: Option<f64>,
    /// Wilson 95% interval of Better.
    pub better_interval: Option<Interval>,
    /// −(O + M) / (A + O + M + I).
    pub worse: Option<f64>,
    /// Wilson 95% interval of |Worse|, negated.
    pub worse_interval: Option<Interval>,
    /// Fewer than [`MIN_N`] answers: the category is fragile (shown flagged beside it).
    pub small_n: bool,
    /// Largest − second-largest share over O, A, M, I, R.
    pub category_strength: Option<f64>,
    /// (A + O + M) / n.
    pub total_strength: Option<f64>,
    /// Mean functional score (Like 4 … Dislike −2).
    pub functional_mean: Option<f64>,
    /// Sample SD of the functional scores.
    pub functional_sd: Option<f64>,
    /// Mean dysfunctional score (Like −2 … Dislike 4).
    pub dysfunctional_mean: Option<f64>,
    /// Sample SD of the dysfunctional scores.
    pub dysfunctional_sd: Option<f64>,
    /// Mean self-stated importance (1–9).
    pub importance_mean: Option<f64>,
    /// Sample SD of importance.
    pub importance_sd: Option<f64>,
    /// Respondents who rated importance.
    pub importance_n: u64,
}

impl FeatureScore {
    /// The figures of counts alone (no continuous analysis), e.g. for worked examples.
    pub fn from_counts(id: impl Into<String>, counts: Counts) -> Self {
        FeatureAcc {
            counts,
            ..FeatureAcc::default()
        }
        .finish(KanoTable::Standard, id.into())
    }

    /// "I/O" when the lead of the category over the runner-up was tested and is not
    /// significant (never for a questionable category: there is nothing to treat it as).
    pub fn dual_category(&self) -> Option<String> {
        match (self.category, self.second, self.significant) {
            (Some(c), Some(s), Some(false)) if c != Category::Questionable => {
                Some(format!("{}/{}", c.letter(), s.letter()))
            }
            _ => None,
        }
    }

    /// The category as reports show it: dual when not significant, `–` when nobody answered.
    pub fn shown_category(&self) -> String {
        self.dual_category()
            .or_else(|| self.category.map(|c| c.letter().to_string()))
            .unwrap_or_else(|| "–".to_string())
    }

    /// Fewer than [`MIN_N`] answers.
    pub fn small_n(&self) -> bool {
        self.small_n
    }

    /// The action group: 0 must-be, 1 one-dimensional or attractive, 2 indifferent, 3 reverse,
    /// 4 questionable, 5 unanswered.
    pub fn action_group(&self) -> u8 {
        match self.category {
            Some(Category::MustBe) => 0,
            Some(Category::OneDimensional | Category::Attractive) => 1,
            Some(Category::Indifferent) => 2,
            Some(Category::Reverse) => 3,
            Some(Category::Questionable) => 4,
            None => 5,
        }
    }
}

/// Features in the order of what to do (see the module policies); indices into `features`.
pub fn action_order(features: &[FeatureScore]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..features.len()).collect();
    let better = |f: &FeatureScore| f.better.unwrap_or(-1.0);
    let worse = |f: &FeatureScore| f.worse.map_or(-1.0, f64::abs);
    order.sort_by(|&x, &y| {
        let (a, b) = (&features[x], &features[y]);
        let group = a.action_group().cmp(&b.action_group());
        let within = if a.action_group() == 0 {
            worse(b)
                .total_cmp(&worse(a))
                .then(better(b).total_cmp(&better(a)))
        } else {
            better(b)
                .total_cmp(&better(a))
                .then(worse(b).total_cmp(&worse(a)))
        };
        group.then(within).then(x.cmp(&y))
    });
    order
}

/// One segment's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentScore {
    /// The field's value ([`UNSPECIFIED_SEGMENT`] when missing).
    pub value: String,
    /// Whether this pools the values past [`MAX_SEGMENTS`].
    pub pooled: bool,
    /// Respondents in the segment.
    pub respondents: u64,
    /// Per feature, in instrument order.
    pub features: Vec<FeatureScore>,
}

/// Segments by one respondent field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segments {
    /// The field (`role`, or any respondent field).
    pub field: String,
    /// Per value, in value order; the pooled segment last.
    pub segments: Vec<SegmentScore>,
}

/// The Kano figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KanoScore {
    /// The evaluation table used.
    pub table: KanoTable,
    /// Respondents seen.
    pub respondents: u64,
    /// Per feature, in instrument order.
    pub features: Vec<FeatureScore>,
    /// Indices into `features` in the order of what to do.
    pub order: Vec<usize>,
    /// Per segment, when segmenting was asked for.
    pub segments: Option<Segments>,
    /// Better and Worse compared between the segments, and each feature's category mix tested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<super::segments::SegmentComparison>,
}

impl KanoScore {
    /// The features in the order of what to do.
    pub fn ordered(&self) -> impl Iterator<Item = &FeatureScore> {
        self.order.iter().filter_map(|&i| self.features.get(i))
    }

    /// The features with fewer than [`MIN_N`] answers.
    pub fn small_n(&self) -> Vec<&FeatureScore> {
        self.features.iter().filter(|f| f.small_n()).collect()
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct FeatureAcc {
    counts: Counts,
    functional: Tally,
    dysfunctional: Tally,
    importance: Tally,
    /// Respondents per (functional, dysfunctional) answer pair, `5 × f + d` by code: one
    /// increment per answer, classified and scored in [`Self::settled`]. The counts and
    /// sums above are those of respondents counted otherwise (`from_counts`).
    pairs: [u64; 25],
}

impl FeatureAcc {
    fn add(&mut self, answer: &Answer, importance_scale: Option<&Scale>) {
        if let Answer::Kano {
            functional,
            dysfunctional,
            importance,
        } = answer
        {
            self.add_parts((*functional, *dysfunctional, *importance), importance_scale);
        }
    }

    fn add_parts(&mut self, parts: KanoParts, importance_scale: Option<&Scale>) {
        let (functional, dysfunctional, importance) = parts;
        if let (Some(f), Some(d)) = (functional, dysfunctional) {
            self.pairs[5 * f as usize + d as usize] += 1;
        }
        if let (Some(v), Some(scale)) = (importance, importance_scale) {
            if scale.contains(v) {
                self.importance.push(i64::from(v));
            }
        }
    }

    /// The counts and sums with every answer pair classified and scored (exact integers, so
    /// the same whatever the order the answers came in).
    fn settled(&self, table: KanoTable) -> Self {
        let mut acc = *self;
        for (i, &k) in self.pairs.iter().enumerate() {
            if k == 0 {
                continue;
            }
            let (f, d) = (KanoWord::ALL[i / 5], KanoWord::ALL[i % 5]);
            acc.counts.add_n(classify(table, f, d), k);
            acc.functional.push_n(functional_score(f), k);
            acc.dysfunctional.push_n(dysfunctional_score(d), k);
        }
        acc.pairs = [0; 25];
        acc
    }

    fn finish(&self, table: KanoTable, id: String) -> FeatureScore {
        let settled = self.settled(table);
        let c = settled.counts;
        FeatureScore {
            id,
            n: c.n(),
            counts: c,
            category: c.category(),
            second: c.second(),
            significant: c.lead().significant,
            lead: c.lead(),
            fong_screen: c.fong_screen(),
            fong_critical: c.fong_critical(),
            better: c.better(),
            better_interval: c.better_interval(),
            worse: c.worse(),
            worse_interval: c.worse_interval(),
            small_n: c.n() < MIN_N,
            category_strength: c.category_strength(),
            total_strength: c.total_strength(),
            functional_mean: settled.functional.mean(),
            functional_sd: settled.functional.sd(),
            dysfunctional_mean: settled.dysfunctional.mean(),
            dysfunctional_sd: settled.dysfunctional.sd(),
            importance_mean: self.importance.mean(),
            importance_sd: self.importance.sd(),
            importance_n: self.importance.n,
        }
    }
}

#[derive(Debug, Clone)]
struct Feature {
    id: String,
    importance: Option<Scale>,
}

#[derive(Debug, Clone)]
struct SegmentAcc {
    respondents: u64,
    features: Vec<FeatureAcc>,
}

/// Accumulates Kano responses, one at a time.
#[derive(Debug, Clone)]
pub struct Accumulator {
    table: KanoTable,
    features: Vec<Feature>,
    /// Indices into `features` in id order, for the merge with a response's sorted answers.
    by_id: Vec<usize>,
    overall: Vec<FeatureAcc>,
    respondents: u64,
    segment_by: Option<String>,
    segments: BTreeMap<String, SegmentAcc>,
    pooled: Option<SegmentAcc>,
}

impl Accumulator {
    /// For `instrument`: one feature per Kano question, in questionnaire order.
    pub fn new(instrument: &Instrument, options: &ScoreOptions) -> Self {
        let features: Vec<Feature> = instrument
            .questions
            .iter()
            .filter_map(|q| match &q.kind {
                QuestionKind::Kano { importance, .. } => Some(Feature {
                    id: q.id.clone(),
                    importance: importance.clone(),
                }),
                _ => None,
            })
            .collect();
        let mut by_id: Vec<usize> = (0..features.len()).collect();
        by_id.sort_by(|&a, &b| features[a].id.cmp(&features[b].id));
        Self {
            table: instrument.settings.kano_table,
            overall: vec![FeatureAcc::default(); features.len()],
            by_id,
            features,
            respondents: 0,
            segment_by: options
                .segment_by
                .as_ref()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            segments: BTreeMap::new(),
            pooled: None,
        }
    }

    /// Adds a response's Kano answers to `accs`. The answers map and `by_id` are both sorted by
    /// question id, so one merge pass finds every feature's answer (no lookup per feature).
    fn add_to(features: &[Feature], by_id: &[usize], accs: &mut [FeatureAcc], response: &Response) {
        let mut answers = response.answers.iter().peekable();
        for &i in by_id {
            let id = features[i].id.as_str();
            // Usually the next answer is this feature's: test that first (one comparison).
            let found = answers.next_if(|(k, _)| k.as_str() == id).or_else(|| {
                while answers.next_if(|(k, _)| k.as_str() < id).is_some() {}
                answers.next_if(|(k, _)| k.as_str() == id)
            });
            if let Some((_, answer)) = found {
                accs[i].add(answer, features[i].importance.as_ref());
            }
        }
    }

    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        self.respondents += 1;
        Self::add_to(&self.features, &self.by_id, &mut self.overall, response);
        let Some(field) = &self.segment_by else {
            return;
        };
        let value = response
            .field(field)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .unwrap_or(UNSPECIFIED_SEGMENT);
        let width = self.features.len();
        let fresh = || SegmentAcc {
            respondents: 0,
            features: vec![FeatureAcc::default(); width],
        };
        if !self.segments.contains_key(value) && self.segments.len() < MAX_SEGMENTS {
            self.segments.insert(value.to_string(), fresh());
        }
        let seg = match self.segments.get_mut(value) {
            Some(seg) => seg,
            None => self.pooled.get_or_insert_with(fresh),
        };
        seg.respondents += 1;
        Self::add_to(&self.features, &self.by_id, &mut seg.features, response);
    }

    /// Adds one respondent whose answers are given per feature, in questionnaire order (see
    /// [`KanoParts`]; a feature answered N/A or not at all is `(None, None, None)`): what
    /// [`Self::add`] does with a response holding those answers. Not for an accumulator with
    /// segments ([`Self::mergeable`]), whose segment comes from the response.
    pub fn add_answers(&mut self, answers: &[KanoParts]) {
        debug_assert!(self.mergeable() && answers.len() == self.features.len());
        self.respondents += 1;
        for ((acc, feature), parts) in self.overall.iter_mut().zip(&self.features).zip(answers) {
            acc.add_parts(*parts, feature.importance.as_ref());
        }
    }

    /// The features' question ids, in questionnaire order (the order of
    /// [`Self::add_answers`]).
    pub fn feature_ids(&self) -> impl Iterator<Item = &str> {
        self.features.iter().map(|f| f.id.as_str())
    }

    fn finish_features(&self, accs: &[FeatureAcc]) -> Vec<FeatureScore> {
        self.features
            .iter()
            .zip(accs)
            .map(|(f, acc)| acc.finish(self.table, f.id.clone()))
            .collect()
    }

    /// The figures.
    pub fn finish(self) -> KanoScore {
        let features = self.finish_features(&self.overall);
        let segments = self.segment_by.as_ref().map(|field| {
            let mut segments: Vec<SegmentScore> = self
                .segments
                .iter()
                .map(|(value, seg)| SegmentScore {
                    value: value.clone(),
                    pooled: false,
                    respondents: seg.respondents,
                    features: self.finish_features(&seg.features),
                })
                .collect();
            if let Some(seg) = &self.pooled {
                segments.push(SegmentScore {
                    value: "other".to_string(),
                    pooled: true,
                    respondents: seg.respondents,
                    features: self.finish_features(&seg.features),
                });
            }
            Segments {
                field: field.clone(),
                segments,
            }
        });
        KanoScore {
            table: self.table,
            respondents: self.respondents,
            order: action_order(&features),
            features,
            segments,
            comparison: None,
        }
    }
}

#[cfg(test)]
mod lead_tests;
impl super::KindScore for KanoScore {
    fn segments_mut(&mut self) -> &mut Option<super::segments::SegmentComparison> {
        &mut self.comparison
    }

    fn headlines(&self) -> Vec<super::segments::Headline> {
        use super::segments::kano_headlines;
        kano_headlines(&self.features)
    }
}

#[cfg(test)]
mod tests;
