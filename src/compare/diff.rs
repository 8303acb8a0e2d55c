//! `diff OLD NEW`: two waves compared, instrument by instrument. First every headline figure
//! (matched by key, so instrument versions may differ) with old, new, change, direction, the 95%
//! interval of the change and whether it is significant, and the figures only one side has; then
//! what people answered differently (respondents matched by name), how many answers were carried
//! over unchanged or confirmed, and the notes that changed; between two engagement waves, the
//! actions closed, opened and overdue. [`Gate`] is `--fail-on-drop`: a drop of more than P points
//! in any headline score (with `--significant`, only a drop whose interval lies wholly below 0)
//! fails the diff.

mod answer_text;
pub mod changes;
pub mod document;
pub mod json;
mod matching;

use serde::Serialize;

pub use changes::{AnswerChange, Changes};

use super::actions::{self, ActionChanges};
use super::change::Step;
use super::figures::{self, Figure, Unit, Value};
use super::waves::{Pooled, Wave, WaveInfo};
use crate::error::{Error, Result};
use crate::instrument::{Instrument, QuestionKind};
use crate::lang::Lang;
use crate::score::{self, ScoreOptions};

/// One instrument in one wave, as a diff names it.
#[derive(Debug, Clone, PartialEq)]
pub struct SideInfo {
    /// The wave's label.
    pub label: String,
    /// Its period.
    pub period: Option<String>,
    /// Its date.
    pub date: Option<String>,
    /// The files of this instrument in it.
    pub files: Vec<String>,
    /// The instrument's version.
    pub version: u32,
    /// Respondents.
    pub respondents: usize,
    /// Responses counted that are not complete.
    pub partial: usize,
    /// Responses not complete left out (`--complete-only`).
    pub left_out: usize,
}

/// One headline figure on both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureChange {
    /// Stable key.
    pub key: String,
    /// What it is.
    pub label: String,
    /// What it measures.
    pub unit: Unit,
    /// Whether a drop counts for `--fail-on-drop`.
    pub score: bool,
    /// Before.
    pub old: Value,
    /// After.
    pub new: Value,
    /// Before, as shown.
    pub old_text: String,
    /// After, as shown.
    pub new_text: String,
    /// The change, its interval and significance.
    pub step: Step,
    /// Whether the figure has a respondent-level sample on both sides, so that its change can
    /// have an interval (it has none when a wave has fewer than 2 answers).
    pub measured: bool,
}

impl FigureChange {
    /// The drop in points (coefficients ×100), when this is a score that went down.
    pub fn drop_points(&self) -> Option<f64> {
        let c = self.step.change?;
        (self.score && c < 0.0).then(|| -c * self.unit.points_factor())
    }
}

/// A respondent on one side only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RespondentChange {
    /// Respondent.
    pub respondent: String,
    /// Their role.
    pub role: Option<String>,
    /// How many answers they gave.
    pub answers: usize,
}

/// The JSON object of SPEC.md, its keys in alphabetical order (as they have always been
/// written: the object used to be a sorted map).
impl Serialize for RespondentChange {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut s = serializer.serialize_struct("RespondentChange", 3)?;
        s.serialize_field("answers", &self.answers)?;
        s.serialize_field("respondent", &self.respondent)?;
        s.serialize_field("role", &self.role)?;
        s.end()
    }
}

/// The answers of respondents in both waves that did not change (its JSON keys, in field
/// order, are in alphabetical order too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Unchanged {
    /// Carried over from the earlier wave and kept (`carried:` in the newer file).
    pub carried: usize,
    /// Given anew, the same as before.
    pub confirmed: usize,
}

/// One instrument compared between two waves.
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    /// Instrument id.
    pub instrument: String,
    /// Instrument title (of the newer wave's version).
    pub title: String,
    /// The earlier wave.
    pub old: SideInfo,
    /// The later wave.
    pub new: SideInfo,
    /// Figures on both sides, in the newer wave's order.
    pub figures: Vec<FigureChange>,
    /// Figures only the earlier wave has.
    pub only_old: Vec<Figure>,
    /// Figures only the later wave has.
    pub only_new: Vec<Figure>,
    /// Respondents only in the later wave.
    pub added: Vec<RespondentChange>,
    /// Respondents only in the earlier wave.
    pub removed: Vec<RespondentChange>,
    /// Answers that differ, respondent by respondent, in questionnaire order.
    pub answers: Changes,
    /// Answers that stayed.
    pub unchanged: Unchanged,
    /// Notes that differ.
    pub notes: Changes,
}

/// Two waves compared.
#[derive(Debug, Clone, PartialEq)]
pub struct WaveDiff {
    /// The earlier wave.
    pub old: WaveInfo,
    /// The later wave.
    pub new: WaveInfo,
    /// One diff per instrument both waves have.
    pub diffs: Vec<Diff>,
    /// Instruments only the earlier wave has (ids).
    pub only_old: Vec<String>,
    /// Instruments only the later wave has.
    pub only_new: Vec<String>,
    /// The actions' changes, when both waves are engagements.
    pub actions: Option<ActionChanges>,
}

/// Question ids in the newer instrument's order, then those only the older one has.
fn question_order<'i>(old: &'i Instrument, new: &'i Instrument) -> Vec<(&'i str, bool)> {
    let mut out: Vec<(&str, bool)> = new
        .questions
        .iter()
        .map(|q| (q.id.as_str(), matches!(q.kind, QuestionKind::Text)))
        .collect();
    for q in &old.questions {
        if new.question(&q.id).is_none() {
            out.push((q.id.as_str(), matches!(q.kind, QuestionKind::Text)));
        }
    }
    out
}

fn side(wave: &WaveInfo, p: &Pooled) -> SideInfo {
    SideInfo {
        label: wave.label.clone(),
        period: wave.period.clone(),
        date: wave.date.clone(),
        files: p.files.clone(),
        version: p.instrument.version,
        respondents: p.results.responses.len(),
        partial: p.partial,
        left_out: p.left_out,
    }
}

/// Compares one instrument's results in two waves.
pub fn diff_one(old: (&WaveInfo, &Pooled), new: (&WaveInfo, &Pooled), lang: Lang) -> Diff {
    let figures_of = |p: &Pooled| {
        let scoring = score::score(&p.instrument, &p.results.responses, ScoreOptions::default());
        figures::headline(&p.instrument, &scoring, lang)
    };
    let (old_figs, new_figs) = (figures_of(old.1), figures_of(new.1));
    let mut figures = Vec::new();
    let mut only_new = Vec::new();
    for nf in &new_figs {
        match old_figs.iter().find(|of| of.key == nf.key) {
            Some(of) => figures.push(FigureChange {
                key: nf.key.clone(),
                label: nf.label.clone(),
                unit: nf.unit,
                score: nf.score && of.score,
                old: of.value.clone(),
                new: nf.value.clone(),
                old_text: of.text.clone(),
                new_text: nf.text.clone(),
                step: Step::between(of, nf),
                measured: of.sample.is_some() && nf.sample.is_some(),
            }),
            None => only_new.push(nf.clone()),
        }
    }
    let only_old: Vec<Figure> = old_figs
        .into_iter()
        .filter(|of| !new_figs.iter().any(|nf| nf.key == of.key))
        .collect();
    let order = question_order(&old.1.instrument, &new.1.instrument);
    let m = matching::match_respondents(&old.1.results.responses, &new.1.results.responses, &order);
    Diff {
        instrument: new.1.instrument.id.clone(),
        title: new.1.instrument.title.get(lang).to_string(),
        old: side(old.0, old.1),
        new: side(new.0, new.1),
        figures,
        only_old,
        only_new,
        added: m.added,
        removed: m.removed,
        answers: m.answers,
        unchanged: m.unchanged,
        notes: m.notes,
    }
}

/// Compares two waves: every instrument both have (or only `only`), and, between two
/// engagements, their actions as of `today`. Waves with no instrument in common, or without
/// `only`, are a usage error (exit 2) that names what each holds.
pub fn diff(
    old: &Wave,
    new: &Wave,
    only: Option<&str>,
    today: &str,
    lang: Lang,
) -> Result<WaveDiff> {
    let ids = |w: &Wave| -> Vec<String> {
        w.instruments
            .iter()
            .map(|p| p.instrument.id.clone())
            .filter(|id| only.is_none_or(|o| o == id))
            .collect()
    };
    let (old_ids, new_ids) = (ids(old), ids(new));
    let both: Vec<&String> = new_ids.iter().filter(|id| old_ids.contains(id)).collect();
    if both.is_empty() {
        return Err(no_common_instrument(old, new, only));
    }
    let diffs = both
        .iter()
        .filter_map(|id| Some((old.instrument(id)?, new.instrument(id)?)))
        .map(|(o, n)| diff_one((&old.info, o), (&new.info, n), lang))
        .collect();
    let actions = match (&old.engagement, &new.engagement) {
        (Some(o), Some(n)) => Some(actions::compare(&o.actions, &n.actions, today)),
        _ => None,
    };
    Ok(WaveDiff {
        old: old.info.clone(),
        new: new.info.clone(),
        diffs,
        only_old: old_ids
            .iter()
            .filter(|id| !new_ids.contains(id))
            .cloned()
            .collect(),
        only_new: new_ids
            .iter()
            .filter(|id| !old_ids.contains(id))
            .cloned()
            .collect(),
        actions,
    })
}

/// The instrument ids a wave holds.
fn ids(w: &Wave) -> Vec<&str> {
    w.instruments
        .iter()
        .map(|p| p.instrument.id.as_str())
        .collect()
}

fn no_common_instrument(old: &Wave, new: &Wave, only: Option<&str>) -> Error {
    let name = |w: &Wave| match w.info.files.as_slice() {
        [one] if w.info.folder.is_none() => one.clone(),
        _ => w
            .info
            .folder
            .clone()
            .unwrap_or_else(|| w.info.label.clone()),
    };
    let lang = crate::lang::messages();
    let held = |w: &Wave| match ids(w).as_slice() {
        [] => crate::tr!(lang, "err-compare-holds-nothing", wave = name(w)),
        list => crate::tr!(
            lang,
            "err-compare-holds",
            wave = name(w),
            ids = list.join("', '")
        ),
    };
    Error::Usage(match (only, ids(old).as_slice(), ids(new).as_slice()) {
        (Some(id), _, _) => crate::tr!(
            lang,
            "err-compare-diff-missing",
            id = id,
            old = held(old),
            new = held(new)
        ),
        (None, [a], [b]) => crate::tr!(
            lang,
            "err-compare-diff-different",
            old = name(old),
            old_id = *a,
            new = name(new),
            new_id = *b
        ),
        (None, _, _) => crate::tr!(
            lang,
            "err-compare-diff-none",
            old = held(old),
            new = held(new)
        ),
    })
}

/// `--fail-on-drop P [--significant]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gate {
    /// The largest drop accepted, in points.
    pub points: f64,
    /// Only drops whose 95% interval lies wholly below 0 count.
    pub significant: bool,
}

/// A score that fell by more than the gate accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Drop<'a> {
    /// The instrument.
    pub instrument: &'a str,
    /// The figure.
    pub figure: &'a FigureChange,
    /// The drop, in points.
    pub points: f64,
}

impl Gate {
    /// Every score that dropped by more than the points, significant or not.
    fn larger<'a>(&self, d: &'a WaveDiff) -> impl Iterator<Item = Drop<'a>> {
        d.diffs.iter().flat_map(move |diff| {
            diff.figures.iter().filter_map(move |f| {
                f.drop_points()
                    .filter(|p| *p > self.points)
                    .map(|points| Drop {
                        instrument: &diff.instrument,
                        figure: f,
                        points,
                    })
            })
        })
    }

    /// The drops that fail the diff.
    pub fn drops<'a>(&self, d: &'a WaveDiff) -> Vec<Drop<'a>> {
        self.larger(d)
            .filter(|x| !self.significant || x.figure.step.significant_fall())
            .collect()
    }

    /// With `--significant`, the drops larger than the points that do not fail: within the
    /// noise, or without an interval.
    pub fn within_noise<'a>(&self, d: &'a WaveDiff) -> Vec<Drop<'a>> {
        if !self.significant {
            return Vec::new();
        }
        self.larger(d)
            .filter(|x| !x.figure.step.significant_fall())
            .collect()
    }
}

#[cfg(test)]
mod tests;
