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
use super::stats::Moments;

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
            unscored,
            next_stage,
            blocking,
            roadmap,
            weakest,
            remarks: self.remarks,
            remarks_omitted: self.remarks_omitted,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::Origin;

    /// A small maturity instrument: dimensions a (3 items), b (2 items), c (1 item).
    fn instrument() -> Instrument {
        let level = |n: u8| {
            format!(
                "          - text: {{en: \"L{n}\", zh: \"L{n}\"}}\n            suggestion: {{en: \"S{n}\", zh: \"S{n}\"}}\n"
            )
        };
        let levels: String = (1..=5).map(level).collect();
        let item = |id: &str| {
            format!(
                "      - id: {id}\n        type: rubric\n        allow_na: true\n        text: {{en: \"{id}\", zh: \"{id}\"}}\n        levels:\n{levels}"
            )
        };
        let mut src = String::from(
            "format: cxassess-instrument/1\nid: mtest\nversion: 1\nkind: maturity\ntitle: {en: T, zh: T}\n\
groups:\n  - id: a\n    name: {en: A, zh: A}\n    maps_to: \"XM: Lead\"\n  - id: b\n    name: {en: B, zh: B}\n  - id: c\n    name: {en: C, zh: C}\n\
sections:\n  - id: s\n    title: {en: S, zh: S}\n    questions:\n",
        );
        for id in ["a.1", "a.2", "a.3", "b.1", "b.2", "c.1"] {
            src.push_str(&item(id));
        }
        Instrument::parse(&src, Origin::File("mtest.yaml".into()))
            .expect("test instrument is valid")
    }

    fn response(name: &str, answers: &[(&str, Option<i32>)]) -> Response {
        let mut r = Response {
            respondent: name.into(),
            ..Response::default()
        };
        for (id, v) in answers {
            let a = v.map_or(Answer::Na(None), Answer::Value);
            r.answers.insert((*id).to_string(), a);
        }
        r
    }

    fn score(responses: &[Response]) -> MaturityScore {
        let inst = instrument();
        let mut acc = Accumulator::new(&inst, &ScoreOptions::default());
        for r in responses {
            acc.add(r);
        }
        acc.finish()
    }

    fn dim<'a>(s: &'a MaturityScore, id: &str) -> &'a DimensionScore {
        s.dimensions.iter().find(|d| d.id == id).expect("dimension")
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-12)
    }

    #[test]
    fn na_is_left_out_of_numerator_and_denominator() {
        // a: 4, N/A, 2 → (4 + 2) / 2 = 3.0 (N/A as 0 would give 2.0; as a third item 6/3 = 2.0)
        let s = score(&[response(
            "r",
            &[
                ("a.1", Some(4)),
                ("a.2", None),
                ("a.3", Some(2)),
                ("b.1", Some(5)),
                ("c.1", Some(1)),
            ],
        )]);
        let a = dim(&s, "a");
        assert!(close(a.score, 3.0), "{:?}", a.score);
        assert_eq!((a.n, a.answers, a.na), (1, 2, 1));
        // b: only b.1 answered (b.2 unanswered) → 5.0
        assert!(close(dim(&s, "b").score, 5.0));
        let a2 = s.items.iter().find(|i| i.id == "a.2").expect("item");
        assert_eq!((a2.mean, a2.n, a2.na, a2.level), (None, 0, 1, None));
    }

    #[test]
    fn respondent_first_mean_differs_from_pooled_mean() {
        // r1 answers a.1 = 5 only (a.2, a.3 N/A): r1's a = 5.0
        // r2 answers a.1 = a.2 = a.3 = 1:           r2's a = 1.0
        // respondent first: (5 + 1) / 2 = 3.0; pooled over the 4 answers: (5+1+1+1)/4 = 2.0
        let s = score(&[
            response("r1", &[("a.1", Some(5)), ("a.2", None), ("a.3", None)]),
            response(
                "r2",
                &[("a.1", Some(1)), ("a.2", Some(1)), ("a.3", Some(1))],
            ),
        ]);
        let a = dim(&s, "a");
        assert!(close(a.score, 3.0), "{:?}", a.score);
        assert_eq!(a.n, 2);
        assert!(close(a.min, 1.0) && close(a.max, 5.0));
        // sample SD of {5, 1}: sqrt(((5−3)² + (1−3)²) / 1) = sqrt(8)
        assert!(close(a.sd, 8f64.sqrt()), "{:?}", a.sd);
    }

    #[test]
    fn index_is_the_mean_dimension_score_on_0_100() {
        // a = (3+4+5)/3 = 4.0, b = (2+3)/2 = 2.5, c = 1.0
        // mean = 7.5 / 3 = 2.5 → (2.5 − 1) / 4 × 100 = 37.5
        let s = score(&[response(
            "r",
            &[
                ("a.1", Some(3)),
                ("a.2", Some(4)),
                ("a.3", Some(5)),
                ("b.1", Some(2)),
                ("b.2", Some(3)),
                ("c.1", Some(1)),
            ],
        )]);
        assert!(close(s.index, 37.5), "{:?}", s.index);
        assert_eq!(s.stage, Some(1));
        assert_eq!(s.weakest.as_deref(), Some("c"));
    }

    #[test]
    fn a_dimension_exactly_at_a_level_counts() {
        // a = (3+3+3)/3 = 3.0, b = (4+2)/2 = 3.0, c = 3 → every dimension ≥ 3 → stage 3
        let s = score(&[response(
            "r",
            &[
                ("a.1", Some(3)),
                ("a.2", Some(3)),
                ("a.3", Some(3)),
                ("b.1", Some(4)),
                ("b.2", Some(2)),
                ("c.1", Some(3)),
            ],
        )]);
        assert_eq!(s.stage, Some(3));
        assert_eq!(s.next_stage, Some(4));
        // all three are below 4: 1.0 short each
        assert_eq!(s.blocking.len(), 3);
    }

    #[test]
    fn a_dimension_just_below_a_level_blocks_it() {
        // r1: a = (3+3+3)/3 = 3, b = (3+3)/2 = 3, c = 3
        // r2: a = (3+3+2)/3 = 8/3, b = 3, c = 3
        // a = (3 + 8/3) / 2 = 17/6 = 2.8333… < 3 → stage 2, a blocks stage 3 by 1/6
        let s = score(&[
            response(
                "r1",
                &[
                    ("a.1", Some(3)),
                    ("a.2", Some(3)),
                    ("a.3", Some(3)),
                    ("b.1", Some(3)),
                    ("b.2", Some(3)),
                    ("c.1", Some(3)),
                ],
            ),
            response(
                "r2",
                &[
                    ("a.1", Some(3)),
                    ("a.2", Some(3)),
                    ("a.3", Some(2)),
                    ("b.1", Some(3)),
                    ("b.2", Some(3)),
                    ("c.1", Some(3)),
                ],
            ),
        ]);
        assert_eq!(s.stage, Some(2));
        assert_eq!(s.next_stage, Some(3));
        assert_eq!(s.blocking.len(), 1);
        assert_eq!(s.blocking[0].id, "a");
        assert!(
            close(s.blocking[0].shortfall, 1.0 / 6.0),
            "{:?}",
            s.blocking[0].shortfall
        );
        // Roadmap: a.3's mean is (2+3)/2 = 2.5 → level 2 → step to 3; a.1, a.2 are at 3.
        assert_eq!(s.roadmap.len(), 1);
        let step = &s.roadmap[0];
        assert_eq!((step.item.as_str(), step.level, step.target), ("a.3", 2, 3));
        assert!((step.mean - 2.5).abs() < 1e-12);
    }

    #[test]
    fn thirds_that_sum_to_a_level_count_despite_float_noise() {
        // a: r1 (4+4+4)/3 = 4, r2 (4+4+5)/3 = 13/3, r3 (4+4+3)/3 = 11/3
        // a = (4 + 13/3 + 11/3) / 3 = 4 exactly, but in f64 the sum comes to 3.9999999999999996.
        let row = |x: i32| {
            vec![
                ("a.1", Some(4)),
                ("a.2", Some(4)),
                ("a.3", Some(x)),
                ("b.1", Some(4)),
                ("b.2", Some(4)),
                ("c.1", Some(4)),
            ]
        };
        let s = score(&[
            response("r1", &row(4)),
            response("r2", &row(5)),
            response("r3", &row(3)),
        ]);
        let a = dim(&s, "a").score.expect("scored");
        assert!((a - 4.0).abs() < 1e-12, "{a}");
        assert_eq!(s.stage, Some(4));
        assert_eq!(dim(&s, "a").level, Some(4));
    }

    #[test]
    fn roadmap_steps_one_level_up_from_each_items_rounded_down_mean() {
        // a = (1+2+4)/3 = 7/3 = 2.33, b = (2+2)/2 = 2, c = 4 → stage 2, next 3; a and b block.
        // Shortfalls: a 3 − 7/3 = 0.67, b 1.0 → b listed first.
        // Roadmap for b: b.1 (2 → 3), b.2 (2 → 3); for a: a.1 (1 → 2), a.2 (2 → 3); a.3 at 4 is not.
        let s = score(&[response(
            "r",
            &[
                ("a.1", Some(1)),
                ("a.2", Some(2)),
                ("a.3", Some(4)),
                ("b.1", Some(2)),
                ("b.2", Some(2)),
                ("c.1", Some(4)),
            ],
        )]);
        assert_eq!(s.stage, Some(2));
        let ids: Vec<&str> = s.blocking.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        let steps: Vec<(&str, u8, u8)> = s
            .roadmap
            .iter()
            .map(|r| (r.item.as_str(), r.level, r.target))
            .collect();
        assert_eq!(
            steps,
            [("b.1", 2, 3), ("b.2", 2, 3), ("a.1", 1, 2), ("a.2", 2, 3)]
        );
    }

    #[test]
    fn item_level_rounds_the_mean_down() {
        // a.1: 2, 3, 3 → 8/3 = 2.67 → level 2 (not 3 by rounding to nearest)
        let s = score(&[
            response("r1", &[("a.1", Some(2))]),
            response("r2", &[("a.1", Some(3))]),
            response("r3", &[("a.1", Some(3))]),
        ]);
        let i = s.items.iter().find(|i| i.id == "a.1").expect("item");
        assert_eq!(i.level, Some(2));
        assert!(close(i.mean, 8.0 / 3.0));
    }

    #[test]
    fn an_unanswered_dimension_leaves_stage_and_index_undefined() {
        // c has no answer (N/A). a = 4, b = 3 → provisional stage 3; assessed index
        // = ((4 + 3)/2 − 1)/4 × 100 = 62.5
        let s = score(&[response(
            "r",
            &[("a.1", Some(4)), ("b.1", Some(3)), ("c.1", None)],
        )]);
        assert_eq!(s.stage, None);
        assert_eq!(s.index, None);
        assert_eq!(s.provisional_stage, Some(3));
        assert!(close(s.assessed_index, 62.5));
        assert_eq!(s.unscored, ["c"]);
        assert_eq!(s.blocking[0].id, "c");
        assert_eq!(s.blocking[0].score, None);
        // b (3.0) is below the provisional next stage 4 as well
        assert!(s.blocking.iter().any(|b| b.id == "b"));
    }

    #[test]
    fn top_stage_has_nothing_blocking() {
        let all5: Vec<(&str, Option<i32>)> = ["a.1", "a.2", "a.3", "b.1", "b.2", "c.1"]
            .iter()
            .map(|id| (*id, Some(5)))
            .collect();
        let s = score(&[response("r", &all5)]);
        assert_eq!(s.stage, Some(5));
        assert_eq!(s.next_stage, None);
        assert!(s.blocking.is_empty() && s.roadmap.is_empty());
        assert!(close(s.index, 100.0));
    }

    #[test]
    fn no_respondents_gives_no_figures_and_no_panic() {
        let s = score(&[]);
        assert_eq!((s.index, s.stage, s.provisional_stage), (None, None, None));
        assert_eq!(s.next_stage, None);
        // every dimension is listed as blocking, without a score
        assert_eq!(s.blocking.len(), 3);
        assert!(s.blocking.iter().all(|b| b.score.is_none()));
        assert_eq!(s.unscored.len(), 3);
        assert!(s.roadmap.is_empty());
        assert_eq!(s.weakest, None);
    }

    #[test]
    fn out_of_range_levels_are_ignored() {
        let s = score(&[response(
            "r",
            &[("a.1", Some(9)), ("a.2", Some(0)), ("a.3", Some(2))],
        )]);
        assert!(close(dim(&s, "a").score, 2.0));
    }

    #[test]
    fn notes_and_na_reasons_are_kept_with_who_wrote_them() {
        let mut r = response("li", &[("a.1", Some(2))]);
        r.role = Some("manager".into());
        r.answers
            .insert("a.2".into(), Answer::Na(Some("no stores".into())));
        r.notes.insert("a.1".into(), "survey deck from 2025".into());
        let s = score(&[r]);
        assert_eq!(s.remarks.len(), 2);
        assert_eq!(s.remarks[0].kind, RemarkKind::Note);
        assert_eq!(s.remarks[0].level, Some(2));
        assert_eq!(s.remarks[1].kind, RemarkKind::NaReason);
        assert_eq!(s.remarks[1].text, "no stores");
    }

    #[test]
    fn the_maturity_questionnaire_has_eight_dimensions() {
        let inst = crate::instrument::Instrument::load("maturity").expect("builtin");
        let acc = Accumulator::new(&inst, &ScoreOptions::default());
        let ids: Vec<&str> = acc.dimensions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "strategy",
                "insight",
                "journey",
                "measurement",
                "closed_loop",
                "governance",
                "culture",
                "improvement"
            ]
        );
        assert!(
            acc.dimensions
                .iter()
                .all(|d| (3..=4).contains(&d.items.len()))
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn answers() -> impl Strategy<Value = Vec<Vec<Option<i32>>>> {
            // Up to 6 respondents × 6 items; None = N/A, 0 = unanswered.
            prop::collection::vec(prop::collection::vec(prop::option::of(0..=5i32), 6), 0..6)
        }

        fn build(rows: &[Vec<Option<i32>>]) -> Vec<Response> {
            let ids = ["a.1", "a.2", "a.3", "b.1", "b.2", "c.1"];
            rows.iter()
                .enumerate()
                .map(|(k, row)| {
                    let mut r = Response {
                        respondent: format!("r{k}"),
                        ..Response::default()
                    };
                    for (id, v) in ids.iter().zip(row) {
                        match v {
                            Some(0) => {}
                            Some(x) => {
                                r.answers.insert((*id).into(), Answer::Value(*x));
                            }
                            None => {
                                r.answers.insert((*id).into(), Answer::Na(None));
                            }
                        }
                    }
                    r
                })
                .collect()
        }

        proptest! {
            #[test]
            fn stage_never_exceeds_the_weakest_dimension(rows in answers()) {
                let s = score(&build(&rows));
                if let Some(stage) = s.stage {
                    for d in &s.dimensions {
                        prop_assert!(reaches(d.score.unwrap_or(0.0), stage));
                    }
                    if let Some(next) = s.next_stage {
                        prop_assert!(s.dimensions.iter().any(|d| !reaches(d.score.unwrap_or(0.0), next)));
                    }
                }
                if let Some(i) = s.index {
                    prop_assert!((0.0..=100.0).contains(&i));
                }
                for d in &s.dimensions {
                    if let (Some(lo), Some(hi), Some(sc)) = (d.min, d.max, d.score) {
                        prop_assert!(lo <= sc + 1e-12 && sc <= hi + 1e-12);
                    }
                }
            }

            #[test]
            fn respondent_order_changes_nothing(rows in answers()) {
                let forward = score(&build(&rows));
                let mut reversed_rows = rows.clone();
                reversed_rows.reverse();
                let backward = score(&build(&reversed_rows));
                prop_assert_eq!(forward.stage, backward.stage);
                prop_assert_eq!(&forward.blocking.iter().map(|b| &b.id).collect::<Vec<_>>(),
                                &backward.blocking.iter().map(|b| &b.id).collect::<Vec<_>>());
                for (f, b) in forward.dimensions.iter().zip(&backward.dimensions) {
                    prop_assert_eq!(f.n, b.n);
                    match (f.score, b.score) {
                        (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9),
                        (x, y) => prop_assert_eq!(x, y),
                    }
                }
            }
        }
    }
}
