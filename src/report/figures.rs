//! Headline figures: the few numbers (and labels) of a scored result that a reader compares over
//! time, for every kind, with their names, units and precision — and, where the figure has one,
//! the respondent-level sample its change's interval is computed from (taken from
//! [`crate::score::segments::headlines`], the one list of figures with samples). `diff` matches
//! figures by key between two waves; `trend` lines them up over many. Keys are stable ids
//! (`tier.basic`, `experience.respect`, `kano.online_tracking.better`), so waves answered on
//! different instrument versions still compare figure by figure.
//!
//! Which figures count for `diff --fail-on-drop` (SPEC: "any headline score — tier, dimension,
//! gap, coefficient ×100"): pyramid tiers and experiences, maturity dimensions and index, Kano
//! Better (×100), SERVQUAL dimension gaps and the unweighted and weighted totals, the five-gap
//! drivers' gap and construct scores, NPS, CSAT, CES mean and share easy, and generic group scores.
//! Counts, levels, stages, categories and the NPS group shares are shown but never fail a diff.
//!
//! Kano Worse is shown but never fails a diff either: it is a dissatisfaction coefficient, and a
//! more negative Worse says the feature's absence would hurt more (customers have come to expect
//! it), not that the service got worse. Better falling — fewer customers delighted by having the
//! feature — is the Kano drop.

use serde::Serialize;

use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::Scoring;
use crate::score::segments::{self, Sample};
use crate::tr;

/// What a figure measures, which fixes how it is shown and how a drop is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A 0–100 score (pyramid, maturity index, CSAT, generic).
    Score,
    /// NPS, −100..+100.
    Nps,
    /// A share in percent.
    Percent,
    /// A mean on a rating scale (maturity 1–5, CES 1–7, gap drivers 1–7).
    Mean,
    /// A signed difference on a rating scale (SERVQUAL P − E).
    Gap,
    /// A Kano coefficient, −1..1 (×100 for `--fail-on-drop`).
    Coefficient,
    /// A count (respondents, n).
    Count,
    /// The pyramid level: 0 none, 1 basic, 2 performance, 3 excitement.
    TierLevel,
    /// The maturity stage, 1–5.
    Stage,
    /// A Kano category (a label).
    Category,
}

impl Unit {
    /// The factor that turns a change into "points" for `--fail-on-drop`.
    pub fn points_factor(self) -> f64 {
        match self {
            Unit::Coefficient => 100.0,
            _ => 1.0,
        }
    }

    /// Decimals shown.
    pub fn decimals(self) -> usize {
        match self {
            Unit::Score | Unit::Nps | Unit::Percent => 1,
            Unit::Mean | Unit::Gap | Unit::Coefficient => 2,
            Unit::Count | Unit::TierLevel | Unit::Stage | Unit::Category => 0,
        }
    }
}

/// A figure's value: a number, or a label (a Kano category); `None` when undefined.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number.
    Number(Option<f64>),
    /// A label.
    Label(Option<String>),
}

impl Value {
    /// The number, if this is a defined number.
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Number(v) => v.filter(|x| x.is_finite()),
            Value::Label(_) => None,
        }
    }
}

/// One headline figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Stable key, e.g. `tier.basic`.
    pub key: String,
    /// What it is, in the language asked for.
    pub label: String,
    /// The value.
    pub value: Value,
    /// The value as shown (to the unit's precision; levels and stages by name).
    pub text: String,
    /// What it measures.
    pub unit: Unit,
    /// Whether a drop counts for `--fail-on-drop`.
    pub score: bool,
    /// What the interval of its change is computed from; `None` for figures without a
    /// respondent-level sample (counts, levels, figures that average other figures).
    pub sample: Option<Sample>,
}

/// `v` with `d` decimals, never `-0`.
pub fn fixed(v: f64, d: usize) -> String {
    let s = format!("{v:.d$}");
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// `v` with a sign and `d` decimals; zero shows unsigned.
pub fn signed(v: f64, d: usize) -> String {
    let s = fixed(v, d);
    if s.starts_with('-') || s.chars().all(|c| c == '0' || c == '.') {
        s
    } else {
        format!("+{s}")
    }
}

/// The level a pyramid reached, as a number: 0 none, 1 basic, 2 performance, 3 excitement.
pub fn tier_level(level: Option<&str>) -> f64 {
    match level {
        Some("basic") => 1.0,
        Some("performance") => 2.0,
        Some("excitement") => 3.0,
        _ => 0.0,
    }
}

/// The value as shown: numbers to the unit's decimals (`n/a` when undefined), tier levels and
/// stages by name (a stage by the instrument's own level names).
pub fn display(value: &Value, unit: Unit, inst: &Instrument, lang: Lang) -> String {
    match value {
        Value::Label(l) => l.clone().unwrap_or_else(|| "n/a".to_string()),
        Value::Number(None) => "n/a".to_string(),
        Value::Number(Some(v)) => match unit {
            Unit::TierLevel => match v.round() as i64 {
                1 => crate::report::pyramid::tier_name("basic", lang).to_string(),
                2 => crate::report::pyramid::tier_name("performance", lang).to_string(),
                3 => crate::report::pyramid::tier_name("excitement", lang).to_string(),
                _ => tr!(lang, "compare-level-none"),
            },
            Unit::Stage => {
                let level = v.round().clamp(0.0, 255.0) as u8;
                match inst.level_name(level, lang) {
                    Some(name) => format!("{level} {name}"),
                    None => level.to_string(),
                }
            }
            Unit::Nps | Unit::Gap => signed(*v, unit.decimals()),
            _ => fixed(*v, unit.decimals()),
        },
    }
}

/// Builds figures in reading order, attaching names, texts and samples: each kind's report
/// section adds its figures (`headline_figures` in `report/<kind>.rs`).
#[derive(Debug)]
pub struct Builder<'a> {
    inst: &'a Instrument,
    lang: Lang,
    samples: Vec<segments::Headline>,
    out: Vec<Figure>,
}

impl<'a> Builder<'a> {
    /// The instrument the figures are of.
    pub fn inst(&self) -> &'a Instrument {
        self.inst
    }

    /// The language of the figures' names.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Adds a figure; `score`: whether a drop counts for `--fail-on-drop`.
    pub fn push(&mut self, key: String, label: String, value: Value, unit: Unit, score: bool) {
        let sample = self.samples.iter().find(|h| h.key == key).map(|h| h.sample);
        let text = display(&value, unit, self.inst, self.lang);
        self.out.push(Figure {
            key,
            label,
            value,
            text,
            unit,
            score,
            sample,
        });
    }

    /// Adds a number, counted for `--fail-on-drop` unless a count, level, stage or share.
    pub fn number(&mut self, key: impl Into<String>, label: String, v: Option<f64>, unit: Unit) {
        let score = !matches!(
            unit,
            Unit::Count | Unit::TierLevel | Unit::Stage | Unit::Percent
        );
        self.push(key.into(), label, Value::Number(v), unit, score);
    }

    /// The name of group `id` in the language of the figures.
    pub fn group(&self, id: &str) -> String {
        self.inst.group_name(id, self.lang)
    }
}

/// The headline figures of a scored result, in reading order, named in `lang`.
pub fn headline(inst: &Instrument, scoring: &Scoring, lang: Lang) -> Vec<Figure> {
    let mut b = Builder {
        inst,
        lang,
        samples: scoring.overall.headlines(),
        out: Vec::new(),
    };
    let t = |key: &str| tr!(lang, key);
    b.number(
        "respondents",
        t("compare-fig-respondents"),
        Some(scoring.respondents as f64),
        Unit::Count,
    );
    crate::report::kind_figures(&mut b, &scoring.overall);
    b.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::builtin;

    #[test]
    fn values_display_by_unit() {
        let maturity = builtin::latest("maturity")
            .expect("built in")
            .instrument()
            .expect("parses");
        let show = |v: f64, unit: Unit| display(&Value::Number(Some(v)), unit, &maturity, Lang::En);
        assert_eq!(show(2.0, Unit::TierLevel), "Performance");
        assert_eq!(
            display(
                &Value::Number(Some(0.0)),
                Unit::TierLevel,
                &maturity,
                Lang::Zh
            ),
            "无"
        );
        // Stage names come from the questionnaire's level names.
        let third = maturity.level_name(3, Lang::En).expect("named levels");
        assert_eq!(show(3.0, Unit::Stage), format!("3 {third}"));
        assert_eq!(show(-0.001, Unit::Gap), "0.00");
        assert_eq!(show(0.25, Unit::Gap), "+0.25");
        assert_eq!(show(-0.4, Unit::Coefficient), "-0.40");
        assert_eq!(show(21.43, Unit::Nps), "+21.4");
        assert_eq!(
            display(&Value::Number(None), Unit::Score, &maturity, Lang::En),
            "n/a"
        );
        assert!((Unit::Coefficient.points_factor() - 100.0).abs() < f64::EPSILON);
    }
}
