//! Scoring: pure functions from an instrument and responses to figures. One module per model,
//! each with an accumulator that takes one response at a time (so a million CSV rows are scored
//! without holding them) and a `finish` that returns plain data. Nothing here reads files,
//! writes output or knows about terminals; rounding happens only in `report`.
//!
//! The multi-respondent policy of DOMAIN.md §7 applies to every model: each respondent is scored
//! first, then respondents' scores are averaged; a respondent with no valid answer in a group
//! does not count in that group's n.

pub mod agree;
pub mod csv;
pub mod fivegap;
pub mod gaps;
pub mod generic;
pub mod kano;
pub mod maturity;
pub mod pulse;
pub mod pyramid;
pub mod segments;
pub mod servqual;
pub mod stats;
pub mod voices;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::instrument::{Instrument, Kind};
use crate::response::Response;

/// Options that change how responses are grouped.
#[derive(Debug, Clone, Default)]
pub struct ScoreOptions {
    /// Segment by this respondent field (`--by`, every kind): the overall figures then carry
    /// each segment's headline figures and their differences; `role` is always available.
    pub segment_by: Option<String>,
}

/// What the shared machinery asks of every kind's figures.
pub trait KindScore {
    /// Where the comparison of segments (`--by`) goes.
    fn segments_mut(&mut self) -> &mut Option<segments::SegmentComparison>;
    /// The headline figures that have a respondent-level sample, for the comparison of
    /// segments and the change between waves.
    fn headlines(&self) -> Vec<segments::Headline>;
}

/// Defines [`Scored`] and [`Accumulator`] from the registry (`src/kinds.rs`).
macro_rules! scoring_enums {
    ($($(#[$doc:meta])* $variant:ident $module:ident $id:literal $score:ident;)*) => {
        /// The figures of one instrument kind.
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[serde(untagged)]
        pub enum Scored {
            $($(#[$doc])* $variant($module::$score),)*
        }

        /// An accumulator for one kind.
        // A scorer holds one overall and one per role or segment (a handful), never a bulk of
        // them: boxing the largest would add a pointer to follow per row and save nothing.
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone)]
        pub enum Accumulator {
            $($(#[$doc])* $variant($module::Accumulator),)*
        }

        impl Scored {
            /// The kind's figures as the shared machinery sees them.
            fn kind(&self) -> &dyn KindScore {
                match self {
                    $(Scored::$variant(s) => s,)*
                }
            }

            /// Attaches the comparison of segments to the figures.
            fn attach(&mut self, comparison: segments::SegmentComparison) {
                let slot = match self {
                    $(Scored::$variant(s) => s.segments_mut(),)*
                };
                *slot = Some(comparison);
            }

            /// The JSON member name of this kind.
            pub fn kind_id(&self) -> &'static str {
                match self {
                    $(Scored::$variant(_) => $id,)*
                }
            }
        }

        impl Accumulator {
            /// A fresh accumulator for `instrument`'s kind.
            pub fn new(instrument: &Instrument, options: &ScoreOptions) -> Self {
                match instrument.kind {
                    $(Kind::$variant => {
                        Accumulator::$variant($module::Accumulator::new(instrument, options))
                    })*
                }
            }

            /// Adds one respondent.
            pub fn add(&mut self, response: &Response) {
                match self {
                    $(Accumulator::$variant(a) => a.add(response),)*
                }
            }

            /// The figures.
            pub fn finish(self) -> Scored {
                match self {
                    $(Accumulator::$variant(a) => Scored::$variant(a.finish()),)*
                }
            }
        }
    };
}

crate::kinds::for_each_kind!(scoring_enums);

impl Scored {
    /// The headline figures of the result that have a respondent-level sample.
    pub fn headlines(&self) -> Vec<segments::Headline> {
        self.kind().headlines()
    }
}

impl Accumulator {
    /// Whether [`Self::merge`] gives the figures of one pass over both sides' respondents
    /// (Kano without segments, SERVQUAL). The other kinds keep lists in the order respondents
    /// come, or name them, so they are folded in one pass.
    pub fn mergeable(&self) -> bool {
        match self {
            Accumulator::Kano(a) => a.mergeable(),
            Accumulator::Servqual(_) => true,
            _ => false,
        }
    }

    /// Adds what `other` has seen, as if its respondents came after this one's; false (and
    /// nothing changed) when the kinds cannot be merged (see [`Self::mergeable`]).
    pub fn merge(&mut self, other: &Accumulator) -> bool {
        match (self, other) {
            (Accumulator::Kano(a), Accumulator::Kano(b)) if a.mergeable() && b.mergeable() => {
                a.merge(b);
                true
            }
            (Accumulator::Servqual(a), Accumulator::Servqual(b)) => {
                a.merge(b);
                true
            }
            _ => false,
        }
    }
}

/// The role a response is counted under when it names none.
pub const UNSPECIFIED_ROLE: &str = "unspecified";

/// Everything a report needs: the overall figures and, when responses come from more than one
/// role, the same figures per role.
#[derive(Debug, Clone, PartialEq)]
pub struct Scoring {
    /// Respondents counted.
    pub respondents: usize,
    /// Respondents per role, in role order.
    pub roles: BTreeMap<String, usize>,
    /// All respondents together.
    pub overall: Scored,
    /// Per role, only when there is more than one role.
    pub by_role: BTreeMap<String, Scored>,
    /// The notes and N/A reasons given.
    pub voices: voices::Voices,
    /// Answers carried over unchanged from an earlier wave (`carried:` of the responses).
    pub carried: usize,
}

/// Folds responses into a [`Scoring`], one at a time.
#[derive(Debug)]
pub struct Scorer<'a> {
    instrument: &'a Instrument,
    options: ScoreOptions,
    /// All respondents together — `None` while every respondent so far has had one role: the
    /// overall figures are then that role's, so each response is folded in once, not twice
    /// (half the work for the usual single-role survey export). A clone of the role's
    /// accumulator takes over when a second role appears.
    overall: Option<Accumulator>,
    roles: BTreeMap<String, (usize, Accumulator)>,
    respondents: usize,
    voices: voices::Voices,
    carried: usize,
    /// Per segment value (`--by`), for every kind but Kano (whose accumulator segments itself).
    segments: Option<SegmentAccumulators>,
}

/// Accumulators per value of the segment field; values past [`kano::MAX_SEGMENTS`] are pooled.
#[derive(Debug)]
struct SegmentAccumulators {
    field: String,
    kept: BTreeMap<String, (u64, Accumulator)>,
    pooled: Option<(u64, Accumulator)>,
}

impl SegmentAccumulators {
    fn add(&mut self, instrument: &Instrument, response: &Response) {
        let value = response
            .field(&self.field)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .unwrap_or(kano::UNSPECIFIED_SEGMENT);
        let fresh = || (0, Accumulator::new(instrument, &ScoreOptions::default()));
        if !self.kept.contains_key(value) && self.kept.len() < kano::MAX_SEGMENTS {
            self.kept.insert(value.to_string(), fresh());
        }
        let (n, acc) = match self.kept.get_mut(value) {
            Some(slot) => slot,
            None => self.pooled.get_or_insert_with(fresh),
        };
        *n += 1;
        acc.add(response);
    }

    fn finish(self) -> segments::SegmentComparison {
        let mut inputs: Vec<segments::SegmentInput> = self
            .kept
            .into_iter()
            .map(|(value, (n, acc))| (value, n, false, acc.finish().headlines()))
            .collect();
        if let Some((n, acc)) = self.pooled {
            inputs.push(("other".into(), n, true, acc.finish().headlines()));
        }
        segments::compare(&self.field, inputs)
    }
}

/// Kano's own segments, compared: Better and Worse pairwise, and each feature's category mix.
fn kano_comparison(k: &kano::KanoScore) -> Option<segments::SegmentComparison> {
    let seg = k.segments.as_ref()?;
    let inputs = seg
        .segments
        .iter()
        .map(|g| {
            (
                g.value.clone(),
                g.respondents,
                g.pooled,
                segments::kano_headlines(&g.features),
            )
        })
        .collect();
    let mut comparison = segments::compare(&seg.field, inputs);
    let features: Vec<&[kano::FeatureScore]> =
        seg.segments.iter().map(|g| g.features.as_slice()).collect();
    comparison.tests = segments::kano_category_tests(&features);
    Some(comparison)
}

impl<'a> Scorer<'a> {
    /// A scorer for `instrument`.
    pub fn new(instrument: &'a Instrument, options: ScoreOptions) -> Self {
        let segments = options
            .segment_by
            .as_deref()
            .map(str::trim)
            .filter(|f| !f.is_empty() && instrument.kind != Kind::Kano)
            .map(|field| SegmentAccumulators {
                field: field.to_string(),
                kept: BTreeMap::new(),
                pooled: None,
            });
        Self {
            overall: None,
            instrument,
            options,
            roles: BTreeMap::new(),
            respondents: 0,
            voices: voices::Voices::default(),
            carried: 0,
            segments,
        }
    }

    /// Adds one respondent.
    pub fn add(&mut self, response: &Response) {
        self.respondents += 1;
        self.carried += response.carried.len();
        self.voices.add(response);
        if let Some(segments) = self.segments.as_mut() {
            segments.add(self.instrument, response);
        }
        self.fold_role(response.role.as_deref(), |acc| acc.add(response));
    }

    /// Adds one respondent of `role` whose answers `fold` adds to each accumulator the
    /// respondent counts in (the overall one and the role's): for readers that hand the
    /// answers on without a [`Response`] (the CSV fast path). Only for a scorer without
    /// segments ([`Self::mergeable`]); such answers carry no notes or N/A reasons.
    pub fn add_folded(&mut self, role: Option<&str>, fold: impl FnMut(&mut Accumulator)) {
        debug_assert!(self.segments.is_none());
        self.respondents += 1;
        self.fold_role(role, fold);
    }

    /// Counts `n` more answers (not N/A) to `question` for the evidence coverage, as
    /// [`Self::add`] counts a response's: for readers that hand answers on without a
    /// [`Response`].
    pub fn count_answers(&mut self, question: &str, n: usize) {
        self.voices.count_answers(question, n);
    }

    fn fold_role(&mut self, role: Option<&str>, mut fold: impl FnMut(&mut Accumulator)) {
        let role = role
            .filter(|r| !r.trim().is_empty())
            .unwrap_or(UNSPECIFIED_ROLE);
        // Look up before inserting: a role seen before needs no new key (a million rows of the
        // same role allocate nothing here).
        if !self.roles.contains_key(role) {
            if self.overall.is_none() {
                // A second role: the first has had every respondent so far, so its figures
                // are the overall ones until now.
                self.overall = self.roles.values().next().map(|(_, acc)| acc.clone());
            }
            self.roles.insert(
                role.to_string(),
                (0, Accumulator::new(self.instrument, &self.options)),
            );
        }
        if let Some(overall) = self.overall.as_mut() {
            fold(overall);
        }
        if let Some((n, acc)) = self.roles.get_mut(role) {
            *n += 1;
            fold(acc);
        }
    }

    /// The instrument scored.
    pub fn instrument(&self) -> &'a Instrument {
        self.instrument
    }

    /// A new, empty scorer of the same instrument and options (for a part to merge later).
    #[must_use]
    pub fn fresh(&self) -> Scorer<'a> {
        Scorer::new(self.instrument, self.options.clone())
    }

    /// Whether [`Self::merge`] can take another scorer of this instrument and options (not with
    /// segments: which values come first decides which are kept apart).
    pub fn mergeable(&self) -> bool {
        self.segments.is_none() && Accumulator::new(self.instrument, &self.options).mergeable()
    }

    /// This scorer's overall figures so far: its overall accumulator, or its only role's.
    fn whole(&self) -> Option<Accumulator> {
        self.overall
            .clone()
            .or_else(|| self.roles.values().next().map(|(_, acc)| acc.clone()))
    }

    /// Adds the respondents `other` has scored, as if they came after this scorer's: the
    /// figures one pass over both gives (exactly for Kano, up to floating-point rounding for
    /// SERVQUAL). False, and nothing changed, when the kind cannot be merged.
    pub fn merge(&mut self, other: Scorer<'_>) -> bool {
        if !self.mergeable() {
            return false;
        }
        let one_role = self.overall.is_none()
            && other.overall.is_none()
            && (self.roles.is_empty()
                || other.roles.is_empty()
                || self.roles.keys().eq(other.roles.keys()));
        if !one_role {
            let mut whole = self
                .whole()
                .unwrap_or_else(|| Accumulator::new(self.instrument, &self.options));
            if let Some(theirs) = other.whole() {
                whole.merge(&theirs);
            }
            self.overall = Some(whole);
        }
        for (role, (n, acc)) in other.roles {
            match self.roles.get_mut(&role) {
                Some((mine, kept)) => {
                    *mine += n;
                    kept.merge(&acc);
                }
                None => {
                    self.roles.insert(role, (n, acc));
                }
            }
        }
        self.respondents += other.respondents;
        self.voices.merge(other.voices);
        true
    }

    /// The figures.
    pub fn finish(self) -> Scoring {
        let roles: BTreeMap<String, usize> = self
            .roles
            .iter()
            .map(|(k, (n, _))| (k.clone(), *n))
            .collect();
        let (overall, by_role) = match self.overall {
            Some(overall) => (
                overall,
                self.roles
                    .into_iter()
                    .map(|(k, (_, acc))| (k, acc.finish()))
                    .collect(),
            ),
            // One role (or none): its figures are the overall ones.
            None => (
                self.roles.into_values().next().map_or_else(
                    || Accumulator::new(self.instrument, &self.options),
                    |(_, acc)| acc,
                ),
                BTreeMap::new(),
            ),
        };
        let mut overall = overall.finish();
        let comparison = match (&overall, self.segments) {
            (_, Some(segments)) => Some(segments.finish()),
            (Scored::Kano(k), None) => kano_comparison(k),
            _ => None,
        };
        if let Some(c) = comparison {
            overall.attach(c);
        }
        Scoring {
            respondents: self.respondents,
            roles,
            overall,
            by_role,
            voices: self.voices,
            carried: self.carried,
        }
    }
}

/// Scores a slice of responses.
pub fn score(instrument: &Instrument, responses: &[Response], options: ScoreOptions) -> Scoring {
    let mut scorer = Scorer::new(instrument, options);
    for r in responses {
        scorer.add(r);
    }
    scorer.finish()
}

#[cfg(test)]
mod tests;
