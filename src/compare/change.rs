//! The change of one headline figure between two waves, with its 95% interval and whether it is
//! significant (DOMAIN.md §8). The interval comes from the figures' respondent-level samples
//! through [`crate::score::segments::difference`] — Welch's t for means, Newcombe's hybrid score
//! interval for proportions, the difference of two adjusted-Wald NPS — the one implementation
//! `report --by` uses too. A change is significant when its interval excludes 0; it has no
//! interval (`None`, JSON `null`) when either wave has fewer than 2 answers, when neither varies,
//! or when the figure has no respondent-level sample (counts, levels, stages, Kano categories,
//! and figures that average other figures: the maturity index, SERVQUAL's
//! unweighted total, the five gaps' driver scores).

use serde::Serialize;

use super::figures::{Figure, Unit, Value, fixed, signed};
use crate::lang::Lang;
use crate::score::segments::{Method, difference};
use crate::score::stats::Interval;
use crate::tr;

/// Which way a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher than before (at the precision shown).
    Up,
    /// Lower than before.
    Down,
    /// No change at the precision shown.
    Same,
    /// A label that changed (e.g. a Kano category).
    Changed,
    /// Undefined on one side.
    Undefined,
}

impl Direction {
    /// ▲ ▼ = ≠ or a dot.
    pub fn symbol(self) -> &'static str {
        match self {
            Direction::Up => "▲",
            Direction::Down => "▼",
            Direction::Same => "=",
            Direction::Changed => "≠",
            Direction::Undefined => "·",
        }
    }
}

/// A figure's change from one wave to the next.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Step {
    /// new − old, full precision, when both are numbers.
    pub change: Option<f64>,
    /// Which way it moved.
    pub direction: Direction,
    /// The change's 95% interval, in the figure's units.
    #[serde(rename = "change_interval")]
    pub interval: Option<Interval>,
    /// Whether the interval excludes 0.
    pub significant: Option<bool>,
    /// How the interval was computed.
    pub method: Option<Method>,
}

impl Step {
    /// The change of `old` to `new` (figures of one key).
    pub fn between(old: &Figure, new: &Figure) -> Step {
        let (change, direction) = direction(new.unit, &old.value, &new.value);
        let computed = match (&old.sample, &new.sample, change) {
            (Some(a), Some(b), Some(_)) => difference(a, b),
            _ => None,
        };
        let (method, interval, significant) = match computed {
            Some((method, c)) if c.interval.is_some() => (Some(method), c.interval, c.significant),
            _ => (None, None, None),
        };
        Step {
            change,
            direction,
            interval,
            significant,
            method,
        }
    }

    /// The change as shown: signed, to the unit's precision; empty when unchanged or undefined.
    pub fn text(&self, unit: Unit) -> String {
        match self.change {
            Some(c) if self.direction != Direction::Same => signed(c, unit.decimals()),
            _ => String::new(),
        }
    }

    /// The interval as shown ("-3.2 to +12.5"), or `None` without one.
    pub fn interval_text(&self, unit: Unit, lang: Lang) -> Option<String> {
        let i = self.interval?;
        let d = unit.decimals();
        Some(tr!(
            lang,
            "report-interval",
            low = signed(i.low, d),
            high = signed(i.high, d)
        ))
    }

    /// Whether the change is a significant fall: its interval lies wholly below 0.
    pub fn significant_fall(&self) -> bool {
        self.interval.is_some_and(|i| i.high < 0.0)
    }
}

fn direction(unit: Unit, old: &Value, new: &Value) -> (Option<f64>, Direction) {
    match (old, new) {
        (Value::Number(a), Value::Number(b)) => match (a, b) {
            (Some(a), Some(b)) if a.is_finite() && b.is_finite() => {
                let c = b - a;
                let shown = fixed(c.abs(), unit.decimals());
                let dir = if shown.chars().all(|ch| ch == '0' || ch == '.') {
                    Direction::Same
                } else if c > 0.0 {
                    Direction::Up
                } else {
                    Direction::Down
                };
                (Some(c), dir)
            }
            (None, None) => (None, Direction::Same),
            _ => (None, Direction::Undefined),
        },
        (Value::Label(a), Value::Label(b)) => match (a, b) {
            (Some(_), Some(_)) | (None, None) if a == b => (None, Direction::Same),
            (Some(_), Some(_)) => (None, Direction::Changed),
            _ => (None, Direction::Undefined),
        },
        _ => (None, Direction::Changed),
    }
}
