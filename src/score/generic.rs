//! Any questionnaire without a dedicated model: per group, the mean of respondents' mean scale
//! positions on 0–100 (respondent first), with n. Text answers are counted, not scored.

use serde::Serialize;

use super::stats::Moments;
use crate::instrument::{Instrument, QuestionKind, Scale};
use crate::response::{Answer, Response};

/// One group's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupScore {
    /// Group id.
    pub id: String,
    /// 0–100.
    pub score: Option<f64>,
    /// Respondents with a valid answer in the group.
    pub n: usize,
    /// Sample SD of the respondents' group scores.
    pub sd: Option<f64>,
}

/// Generic figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GenericScore {
    /// Per group, in order of first use.
    pub groups: Vec<GroupScore>,
    /// Differences between segments (`--by`), when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<super::segments::SegmentComparison>,
}

#[derive(Debug, Clone)]
struct Group {
    id: String,
    items: Vec<(String, Scale, bool)>,
    scores: Moments,
}

/// Accumulates generic responses.
#[derive(Debug, Clone)]
pub struct Accumulator {
    groups: Vec<Group>,
}

impl Accumulator {
    /// For any instrument.
    pub fn new(instrument: &Instrument, _options: &super::ScoreOptions) -> Self {
        let groups = instrument
            .used_groups()
            .into_iter()
            .map(|g| Group {
                id: g.to_string(),
                items: instrument
                    .questions
                    .iter()
                    .filter(|q| q.group == g)
                    .filter_map(|q| match &q.kind {
                        QuestionKind::Scale(s) => Some((q.id.clone(), s.clone(), q.reverse)),
                        QuestionKind::Rubric(levels) => Some((
                            q.id.clone(),
                            Scale {
                                min: 1,
                                max: levels.len() as i32,
                                labels: std::collections::BTreeMap::new(),
                            },
                            q.reverse,
                        )),
                        _ => None,
                    })
                    .collect(),
                scores: Moments::default(),
            })
            .filter(|g| !g.items.is_empty())
            .collect();
        Self { groups }
    }

    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        for g in &mut self.groups {
            let mut sum = 0.0;
            let mut n = 0;
            for (id, s, reverse) in &g.items {
                if let Some(Answer::Value(v)) = response.answers.get(id) {
                    let x = if *reverse { s.min + s.max - v } else { *v };
                    sum += f64::from(x - s.min) / f64::from(s.max - s.min) * 100.0;
                    n += 1;
                }
            }
            if n > 0 {
                g.scores.push(sum / f64::from(n));
            }
        }
    }

    /// The figures.
    pub fn finish(self) -> GenericScore {
        GenericScore {
            groups: self
                .groups
                .into_iter()
                .map(|g| GroupScore {
                    id: g.id,
                    score: g.scores.mean(),
                    n: g.scores.n() as usize,
                    sd: g.scores.sd(),
                })
                .collect(),
            segments: None,
        }
    }
}

impl super::KindScore for GenericScore {
    fn segments_mut(&mut self) -> &mut Option<super::segments::SegmentComparison> {
        &mut self.segments
    }

    fn headlines(&self) -> Vec<super::segments::Headline> {
        use super::segments::Headline;
        self.groups
            .iter()
            .map(|x| Headline::mean(format!("group.{}", x.id), x.n, x.score, x.sd))
            .collect()
    }
}
