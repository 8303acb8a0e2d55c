//! Differences between segments of one report (`report --by FIELD`), for every kind: each
//! segment's headline figures with what an interval needs (n, mean and SD of respondent-level
//! scores; counts for proportions and NPS), the difference of every figure between every pair of
//! segments with its 95% interval — Welch for means, Newcombe's hybrid score for proportions, the
//! difference of two adjusted-Wald NPS — and, for Kano, a test of each feature's category mix
//! across the segments (chi-square, or the exact Fisher–Freeman–Halton test when expected counts
//! are small). Figure keys are those `diff` and `trend` use (`experience.respect`,
//! `kano.<feature>.better`, `nps` …).
//!
//! Policies: `difference` is the later segment minus the earlier one (`b − a`, in segment
//! order); pairs are formed among the first [`MAX_COMPARED_SEGMENTS`] segments only (the rest
//! are counted as omitted); no correction for multiple comparisons is made — with many figures
//! and pairs some "significant" differences are expected by chance. Figures that average other
//! figures (the maturity index, SERVQUAL's unweighted overall, gap scores) are not compared: they
//! have no respondent-level score to compare.

use serde::Serialize;

use super::kano::{Category, FeatureScore};
use super::stats::change::{newcombe, nps_change, welch};
use super::stats::contingency::{IndependenceTest, independence};
use super::stats::{Change, MeanSummary, NpsCounts};

/// Pairs are formed among at most this many segments.
pub const MAX_COMPARED_SEGMENTS: usize = 10;

/// What a figure's interval is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Sample {
    /// A mean of respondent-level scores.
    Mean(MeanSummary),
    /// A proportion k / n, shown × `factor` (100 for a percentage), negated for Kano Worse.
    Proportion {
        /// Successes.
        k: u64,
        /// Trials.
        n: u64,
        /// Display factor.
        factor: f64,
        /// The figure is −k/n (Kano Worse).
        negated: bool,
    },
    /// NPS from its counts.
    Nps(NpsCounts),
}

/// How a difference's interval was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// Welch's t interval for two means.
    Welch,
    /// Newcombe's hybrid score interval (method 10) for two proportions.
    Newcombe,
    /// The difference of two adjusted-Wald NPS.
    AdjustedWaldNps,
}

/// One headline figure with its sample.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Headline {
    /// The figure's key (as `diff` names it).
    pub key: String,
    /// Its value.
    pub value: Option<f64>,
    /// What its interval needs.
    pub sample: Sample,
}

impl Headline {
    pub(crate) fn mean(key: String, n: usize, mean: Option<f64>, sd: Option<f64>) -> Self {
        Self {
            key,
            value: mean,
            sample: Sample::Mean(MeanSummary {
                n: n as u64,
                mean,
                sd,
            }),
        }
    }

    pub(crate) fn proportion(key: String, k: u64, n: u64, factor: f64, negated: bool) -> Self {
        let sign = if negated { -1.0 } else { 1.0 };
        Self {
            key,
            value: (n > 0).then(|| sign * factor * k as f64 / n as f64),
            sample: Sample::Proportion {
                k,
                n,
                factor,
                negated,
            },
        }
    }
}

/// The change `b − a` of one figure between two samples of it; `None` when the samples are of
/// different kinds.
pub fn difference(a: &Sample, b: &Sample) -> Option<(Method, Change)> {
    match (a, b) {
        (Sample::Mean(a), Sample::Mean(b)) => Some((Method::Welch, welch(b, a))),
        (
            Sample::Proportion {
                k: ka,
                n: na,
                factor,
                negated,
            },
            Sample::Proportion { k: kb, n: nb, .. },
        ) => {
            let sign = if *negated { -1.0 } else { 1.0 };
            let c = newcombe(*kb, *nb, *ka, *na).scaled(factor * sign);
            // A negated figure turns its interval round.
            let interval = c.interval.map(|i| {
                if *negated {
                    super::stats::Interval::new(i.high, i.low)
                } else {
                    i
                }
            });
            Some((Method::Newcombe, Change { interval, ..c }))
        }
        (Sample::Nps(a), Sample::Nps(b)) => Some((Method::AdjustedWaldNps, nps_change(b, a))),
        _ => None,
    }
}

/// Kano Better and Worse of each feature.
pub fn kano_headlines(features: &[FeatureScore]) -> Vec<Headline> {
    let mut out = Vec::new();
    for f in features {
        let c = f.counts;
        let d = c.a + c.o + c.m + c.i;
        out.push(Headline::proportion(
            format!("kano.{}.better", f.id),
            c.a + c.o,
            d,
            1.0,
            false,
        ));
        out.push(Headline::proportion(
            format!("kano.{}.worse", f.id),
            c.o + c.m,
            d,
            1.0,
            true,
        ));
    }
    out
}

/// One segment's headline figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentFigures {
    /// The field's value.
    pub value: String,
    /// Respondents in the segment.
    pub respondents: u64,
    /// Whether it pools the values past the segment limit.
    pub pooled: bool,
    /// Its figures.
    pub figures: Vec<Headline>,
}

/// The difference of one figure between two segments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    /// The figure's key.
    pub figure: String,
    /// The earlier segment.
    pub a: String,
    /// The later segment; `difference` = b − a.
    pub b: String,
    /// How the interval was computed.
    pub method: Method,
    /// The difference, its interval and whether it excludes 0.
    #[serde(flatten)]
    pub change: Change,
}

/// Whether one Kano feature's category mix differs between the segments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryTest {
    /// The feature.
    pub feature: String,
    /// The test of independence of segment and category (A, O, M, I, R, Q).
    #[serde(flatten)]
    pub test: IndependenceTest,
}

/// Segments compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentComparison {
    /// The field segmented by.
    pub field: String,
    /// Each segment's figures, in segment order.
    pub segments: Vec<SegmentFigures>,
    /// Every figure between every pair of the first [`MAX_COMPARED_SEGMENTS`] segments.
    pub differences: Vec<Difference>,
    /// Segments left out of the pairs.
    pub segments_not_compared: usize,
    /// Kano: per feature, the test of the category mix across segments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tests: Vec<CategoryTest>,
}

/// One segment to compare: its value, respondents, whether pooled, and its figures.
pub type SegmentInput = (String, u64, bool, Vec<Headline>);

/// Compares the segments' figures pairwise.
pub fn compare(field: &str, segments: Vec<SegmentInput>) -> SegmentComparison {
    let segments: Vec<SegmentFigures> = segments
        .into_iter()
        .map(|(value, respondents, pooled, figures)| SegmentFigures {
            value,
            respondents,
            pooled,
            figures,
        })
        .collect();
    let compared = segments.len().min(MAX_COMPARED_SEGMENTS);
    let mut differences = Vec::new();
    for i in 0..compared {
        for j in i + 1..compared {
            let (a, b) = (&segments[i], &segments[j]);
            for fa in &a.figures {
                let Some(fb) = b.figures.iter().find(|f| f.key == fa.key) else {
                    continue;
                };
                if let Some((method, change)) = difference(&fa.sample, &fb.sample) {
                    differences.push(Difference {
                        figure: fa.key.clone(),
                        a: a.value.clone(),
                        b: b.value.clone(),
                        method,
                        change,
                    });
                }
            }
        }
    }
    SegmentComparison {
        field: field.to_string(),
        segments_not_compared: segments.len() - compared,
        segments,
        differences,
        tests: Vec::new(),
    }
}

/// Kano: per feature, the category mix (A, O, M, I, R, Q) tested across the segments.
pub fn kano_category_tests(segments: &[&[FeatureScore]]) -> Vec<CategoryTest> {
    let Some(first) = segments.first() else {
        return Vec::new();
    };
    first
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let table: Vec<Vec<u64>> = segments
                .iter()
                .filter_map(|features| features.get(i))
                .map(|g| {
                    Category::TIE_ORDER
                        .iter()
                        .map(|&c| g.counts.get(c))
                        .collect()
                })
                .collect();
            CategoryTest {
                feature: f.id.clone(),
                test: independence(&table),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
