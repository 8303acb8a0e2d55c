//! CX maturity (DOMAIN.md §2): dimension scores on the 1–5 rubric scale, the maturity index, the
//! gated stage, the dimensions that block the next stage, the roadmap of next steps, and the
//! spread between respondents. Pure: answers in, figures out; texts (level descriptions,
//! suggestions) stay in the instrument and are looked up by the report.
//!
//! Policies (stated in every report):
//! - an item's value is the level chosen, 1 (Ad hoc) to 5 (Embedded);
//! - a respondent's dimension score = mean of the levels of the items they answered in it;
//!   N/A and unanswered items are left out of numerator and denominator;
//! - a dimension's score = mean of its respondents' scores (respondent first — NOT the pooled mean
//!   of every item answer); n = respondents with at least one valid item; the spread is the
//!   lowest and highest respondent score and the sample SD (n − 1) across respondents;
//! - maturity index = (mean of the dimension scores − 1) / 4 × 100; undefined (`None`) while any
//!   dimension has no answer — the mean over the assessed dimensions is kept separately as
//!   `assessed_index`, to be shown labelled as partial;
//! - stage = the highest level L such that every dimension scores ≥ L, compared at full precision
//!   (a tolerance of 1e-9 only absorbs floating-point noise, so 3.0 computed as 2.999…9 counts as
//!   3 but 2.99 does not); the stage is undefined while any dimension has no answer, and a
//!   `provisional_stage` over the assessed dimensions is kept;
//! - 95% interval of a dimension score: Student t on the respondents' dimension scores (n ≥ 2,
//!   scores that vary), cut to 1–5 and flagged when cut;
//! - `provisional`: the index and stage are undetermined (a dimension has no answers) and the
//!   figures shown are over the assessed dimensions only — every report labels them so;
//! - blocking dimensions: those below the next stage's level (stage + 1), largest shortfall first;
//!   dimensions without answers block too;
//! - roadmap: in each blocking dimension, every item whose mean level (over the respondents who
//!   answered it, exact) is below the next stage's level; its current level is that mean rounded
//!   down, and the step is ONE level up: the next level's description and the suggestion the
//!   rubric gives at the current level. When rounding leaves no item below the next stage in a
//!   blocking dimension (possible with N/A: respondents weigh items differently), its lowest item
//!   is listed.

use serde::Serialize;

use crate::instrument::{Instrument, MATURITY_LEVELS, QuestionKind};
use crate::response::{Answer, Response};

use super::ScoreOptions;
use super::stats::{Interval, Moments, t_interval_within};

/// The highest level of a rubric.
pub const TOP_LEVEL: u8 = MATURITY_LEVELS.len() as u8;

/// Floating-point slack when comparing a score with a level: far below any difference a rubric
/// can produce (the smallest is 1 / (items × respondents)), far above rounding noise.
const EPSILON: f64 = 1e-9;

/// How many notes and N/A reasons a score keeps (the rest are counted), so a streamed import of
/// any size holds bounded memory.
pub const EVIDENCE_LIMIT: usize = 200;

/// Whether `score` reaches `level`.
pub fn reaches(score: f64, level: u8) -> bool {
    score >= f64::from(level) - EPSILON
}

/// The level a score stands at: the highest level it reaches (1 at least).
pub fn level_of(score: f64) -> u8 {
    (1..=TOP_LEVEL)
        .rev()
        .find(|&l| reaches(score, l))
        .unwrap_or(1)
}

/// Orders two scores, treating differences within floating-point noise as ties. Both are snapped
/// to a 1e-9 grid first, so the order stays total (a sort never sees an inconsistent comparator).
fn compare_scores(a: f64, b: f64) -> std::cmp::Ordering {
    let snap = |x: f64| (x / EPSILON).round();
    snap(a).total_cmp(&snap(b))
}

/// The maturity index of a mean dimension score: (mean − 1) / 4 × 100.
pub fn index_of(mean_score: f64) -> f64 {
    (mean_score - 1.0) / f64::from(TOP_LEVEL - 1) * 100.0
}

/// One rubric item's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemScore {
    /// Question id.
    pub id: String,
    /// Its dimension.
    pub dimension: String,
    /// Mean level over the respondents who answered it.
    pub mean: Option<f64>,
    /// Respondents who chose a level.
    pub n: usize,
    /// Respondents who answered not applicable.
    pub na: usize,
    /// The mean rounded down: the level the item stands at.
    pub level: Option<u8>,
}

/// One dimension's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    /// Dimension id.
    pub id: String,
    /// The published competency it maps to.
    pub maps_to: Option<String>,
    /// 1.0–5.0, mean of respondents' scores; `None` when nobody answered an item.
    pub score: Option<f64>,
    /// Respondents with at least one valid item.
    pub n: usize,
    /// Lowest respondent score.
    pub min: Option<f64>,
    /// Highest respondent score.
    pub max: Option<f64>,
    /// Sample standard deviation of respondents' scores (n ≥ 2).
    pub sd: Option<f64>,
    /// 95% t interval of the score on respondents' scores, cut to 1–5.
    pub interval: Option<Interval>,
    /// The level the score stands at (its highest reached level).
    pub level: Option<u8>,
    /// Rubric items in the dimension.
    pub items: usize,
    /// Item answers that counted (levels chosen), over all respondents.
    pub answers: usize,
    /// Item answers that were not applicable.
    pub na: usize,
}

/// A dimension that keeps the organisation from the next stage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Blocking {
    /// Dimension id.
    pub id: String,
    /// Its score (`None`: no answers).
    pub score: Option<f64>,
    /// How far below the next stage's level (`None`: no answers).
    pub shortfall: Option<f64>,
}

/// One step of the roadmap: an item to raise by one level.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoadmapStep {
    /// Dimension id.
    pub dimension: String,
    /// Question id.
    pub item: String,
    /// The item's mean level.
    pub mean: f64,
    /// Respondents behind the mean.
    pub n: usize,
    /// The level it stands at (mean rounded down).
    pub level: u8,
    /// The level to reach next (`level` + 1).
    pub target: u8,
}

/// Whether a remark is a note or the reason given for N/A.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RemarkKind {
    /// A note (evidence, quote).
    Note,
    /// The reason an item was marked not applicable.
    NaReason,
}

/// A respondent's note or N/A reason on an item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Remark {
    /// Question id.
    pub item: String,
    /// Who wrote it.
    pub respondent: String,
    /// Their role.
    pub role: Option<String>,
    /// Note or N/A reason.
    pub kind: RemarkKind,
    /// The level chosen, when one was.
    pub level: Option<i32>,
    /// The text.
    pub text: String,
}

/// The maturity figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaturityScore {
    /// Respondents seen.
    pub respondents: usize,
    /// Per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// Per rubric item, in questionnaire order.
    pub items: Vec<ItemScore>,
    /// 0–100; `None` while any dimension has no answer.
    pub index: Option<f64>,
    /// The index over the dimensions that have answers (equals `index` when all do).
    pub assessed_index: Option<f64>,
    /// The stage reached, 1–5; `None` while any dimension has no answer.
    pub stage: Option<u8>,
    /// The stage over the assessed dimensions (equals `stage` when all have answers).
    pub provisional_stage: Option<u8>,
    /// Some dimension has no answers: `index` and `stage` are `None`, and `assessed_index` and
    /// `provisional_stage` are over the assessed dimensions only — to be shown as provisional.
    pub provisional: bool,
    /// Dimensions nobody answered.
    pub unscored: Vec<String>,
    /// The stage to work towards (`None` at the top).
    pub next_stage: Option<u8>,
    /// Dimensions below the next stage's level, largest shortfall first.
    pub blocking: Vec<Blocking>,
    /// What to do next, by blocking dimension.
    pub roadmap: Vec<RoadmapStep>,
    /// The lowest-scoring dimension.
    pub weakest: Option<String>,
    /// Notes and N/A reasons, in the order read (at most [`EVIDENCE_LIMIT`]).
    pub remarks: Vec<Remark>,
    /// Notes and reasons beyond the limit.
    pub remarks_omitted: usize,
    /// Differences between segments (`--by`), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<super::segments::SegmentComparison>,
}

#[derive(Debug, Clone, Default)]
struct ItemTally {
    id: String,
    sum: i64,
    n: usize,
    na: usize,
}

#[derive(Debug, Clone)]
struct Dimension {
    id: String,
    maps_to: Option<String>,
    /// Indices into `Accumulator::items`.
    items: Vec<usize>,
    /// Sum of respondents' scores (the mean is taken from it, exactly as written by hand).
    sum: f64,
    moments: Moments,
    min: Option<f64>,
    max: Option<f64>,
    answers: usize,
    na: usize,
}

/// Accumulates maturity responses, one respondent at a time.
#[derive(Debug, Clone)]
pub struct Accumulator {
    respondents: usize,
    items: Vec<ItemTally>,
    dimensions: Vec<Dimension>,
    remarks: Vec<Remark>,
    remarks_omitted: usize,
}

impl Accumulator {
    /// For `instrument`: every group holding rubric items is a dimension, in order of first use.
    pub fn new(instrument: &Instrument, _options: &ScoreOptions) -> Self {
        let mut items = Vec::new();
        let mut dimensions: Vec<Dimension> = Vec::new();
        for group in instrument.used_groups() {
            let mut members = Vec::new();
            for q in instrument.questions.iter().filter(|q| q.group == group) {
                if let QuestionKind::Rubric(_) = q.kind {
                    members.push(items.len());
                    items.push(ItemTally {
                        id: q.id.clone(),
                        ..ItemTally::default()
                    });
                }
            }
            if members.is_empty() {
                continue;
            }
            dimensions.push(Dimension {
                id: group.to_string(),
                maps_to: instrument.group(group).and_then(|g| g.maps_to.clone()),
                items: members,
                sum: 0.0,
                moments: Moments::default(),
                min: None,
                max: None,
                answers: 0,
                na: 0,
            });
        }
        Self {
            respondents: 0,
            items,
            dimensions,
            remarks: Vec::new(),
            remarks_omitted: 0,
        }
    }

    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        self.respondents += 1;
        for d in &mut self.dimensions {
            let mut sum = 0i64;
            let mut count = 0usize;
            for &i in &d.items {
                let item = &mut self.items[i];
                match response.answers.get(&item.id) {
                    Some(Answer::Value(v)) if (1..=i32::from(TOP_LEVEL)).contains(v) => {
                        item.sum += i64::from(*v);
                        item.n += 1;
                        sum += i64::from(*v);
                        count += 1;
                    }
                    Some(Answer::Na(_)) => {
                        item.na += 1;
                        d.na += 1;
                    }
                    _ => {}
                }
            }
            if count > 0 {
                let score = sum as f64 / count as f64;
                d.sum += score;
                d.moments.push(score);
                d.min = Some(d.min.map_or(score, |m| m.min(score)));
                d.max = Some(d.max.map_or(score, |m| m.max(score)));
                d.answers += count;
            }
        }
        self.collect_remarks(response);
    }

    fn collect_remarks(&mut self, response: &Response) {
        for item in &self.items {
            let answer = response.answers.get(&item.id);
            let level = match answer {
                Some(Answer::Value(v)) => Some(*v),
                _ => None,
            };
            let mut found = Vec::new();
            if let Some(Answer::Na(Some(reason))) = answer {
                if !reason.trim().is_empty() {
                    found.push((RemarkKind::NaReason, reason.trim().to_string()));
                }
            }
            if let Some(note) = response.notes.get(&item.id) {
                if !note.trim().is_empty() {
                    found.push((RemarkKind::Note, note.trim().to_string()));
                }
            }
            for (kind, text) in found {
                if self.remarks.len() < EVIDENCE_LIMIT {
                    self.remarks.push(Remark {
                        item: item.id.clone(),
                        respondent: response.respondent.clone(),
                        role: response.role.clone(),
                        kind,
                        level,
                        text,
                    });
                } else {
                    self.remarks_omitted += 1;
                }
            }
        }
    }

    /// The figures.
    pub fn finish(self) -> MaturityScore {
        let items: Vec<ItemScore> = self
            .items
            .iter()
            .zip(self.item_dimensions())
            .map(|(t, dimension)| {
                let mean = (t.n > 0).then(|| t.sum as f64 / t.n as f64);
                // Integer division is exact: 8 / 3 rounds down to 2 with no floating noise.
                let level = (t.n > 0).then(|| {
                    let floor = t.sum.div_euclid(i64::try_from(t.n).unwrap_or(i64::MAX));
                    u8::try_from(floor.clamp(1, i64::from(TOP_LEVEL))).unwrap_or(1)
                });
                ItemScore {
                    id: t.id.clone(),
                    dimension,
                    mean,
                    n: t.n,
                    na: t.na,
                    level,
                }
            })
            .collect();
        let dimensions: Vec<DimensionScore> = self
            .dimensions
            .iter()
            .map(|d| {
                let n = d.moments.n() as usize;
                let score = (n > 0).then(|| d.sum / n as f64);
                DimensionScore {
                    id: d.id.clone(),
                    maps_to: d.maps_to.clone(),
                    score,
                    n,
                    min: d.min,
                    max: d.max,
                    sd: d.moments.sd(),
                    interval: t_interval_within(&d.moments, 1.0, f64::from(TOP_LEVEL)),
                    level: score.map(level_of),
                    items: d.items.len(),
                    answers: d.answers,
                    na: d.na,
                }
            })
            .collect();

        let scored: Vec<f64> = dimensions.iter().filter_map(|d| d.score).collect();
        let unscored: Vec<String> = dimensions
            .iter()
            .filter(|d| d.score.is_none())
            .map(|d| d.id.clone())
            .collect();
        let assessed_index = super::stats::mean(&scored).map(index_of);
        let complete = unscored.is_empty() && !dimensions.is_empty();
        let index = if complete { assessed_index } else { None };
        let provisional_stage = (!scored.is_empty()).then(|| {
            (1..=TOP_LEVEL)
                .rev()
                .find(|&l| scored.iter().all(|&s| reaches(s, l)))
                .unwrap_or(1)
        });
        let stage = if complete { provisional_stage } else { None };
        // Nothing assessed: there is no stage to build on, only dimensions to assess.
        let next_stage = provisional_stage.filter(|&s| s < TOP_LEVEL).map(|s| s + 1);

        let mut blocking: Vec<Blocking> = unscored
            .iter()
            .map(|id| Blocking {
                id: id.clone(),
                score: None,
                shortfall: None,
            })
            .collect();
        if let Some(target) = next_stage {
            let mut below: Vec<Blocking> = dimensions
                .iter()
                .filter_map(|d| {
                    let s = d.score?;
                    (!reaches(s, target)).then(|| Blocking {
                        id: d.id.clone(),
                        score: Some(s),
                        shortfall: Some(f64::from(target) - s),
                    })
                })
                .collect();
            // Stable: equal shortfalls (up to float noise) keep questionnaire order.
            below.sort_by(|a, b| {
                compare_scores(b.shortfall.unwrap_or(0.0), a.shortfall.unwrap_or(0.0))
            });
            blocking.extend(below);
        }

        let roadmap = next_stage.map_or_else(Vec::new, |target| roadmap(&blocking, &items, target));
        let weakest = dimensions
            .iter()
            .filter_map(|d| d.score.map(|s| (d, s)))
            // `min_by` keeps the first of equal minima: questionnaire order breaks ties.
            .min_by(|(_, a), (_, b)| compare_scores(*a, *b))
            .map(|(d, _)| d.id.clone());

        MaturityScore {
            respondents: self.respondents,
            dimensions,
            items,
            index,
            assessed_index,
            stage,
            provisional_stage,
            provisional: !complete && !scored.is_empty(),
            unscored,
            next_stage,
            blocking,
            roadmap,
            weakest,
            remarks: self.remarks,
            remarks_omitted: self.remarks_omitted,
            segments: None,
        }
    }

    /// The dimension id of each item, aligned with `self.items`.
    fn item_dimensions(&self) -> Vec<String> {
        let mut out = vec![String::new(); self.items.len()];
        for d in &self.dimensions {
            for &i in &d.items {
                out[i].clone_from(&d.id);
            }
        }
        out
    }
}

/// The roadmap: for each scored blocking dimension, its items below `target`, lowest first.
fn roadmap(blocking: &[Blocking], items: &[ItemScore], target: u8) -> Vec<RoadmapStep> {
    let mut out = Vec::new();
    for b in blocking.iter().filter(|b| b.score.is_some()) {
        let mut candidates: Vec<RoadmapStep> = items
            .iter()
            .filter(|i| i.dimension == b.id)
            .filter_map(|i| {
                let (mean, level) = (i.mean?, i.level?);
                (level < TOP_LEVEL).then(|| RoadmapStep {
                    dimension: b.id.clone(),
                    item: i.id.clone(),
                    mean,
                    n: i.n,
                    level,
                    target: level + 1,
                })
            })
            .collect();
        candidates.sort_by(|a, b| compare_scores(a.mean, b.mean));
        let below: Vec<RoadmapStep> = candidates
            .iter()
            .filter(|s| s.level < target)
            .cloned()
            .collect();
        if below.is_empty() {
            out.extend(candidates.into_iter().take(1));
        } else {
            out.extend(below);
        }
    }
    out
}

impl super::KindScore for MaturityScore {
    fn segments_mut(&mut self) -> &mut Option<super::segments::SegmentComparison> {
        &mut self.segments
    }

    fn headlines(&self) -> Vec<super::segments::Headline> {
        use super::segments::Headline;
        self.dimensions
            .iter()
            .map(|d| Headline::mean(format!("dimension.{}", d.id), d.n, d.score, d.sd))
            .collect()
    }
}

#[cfg(test)]
mod tests;
