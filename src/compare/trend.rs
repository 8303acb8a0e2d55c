//! `trend A B C…`: the headline figures of several waves, in time order (see [`super::waves`]),
//! instrument by instrument: a column per wave that has the instrument, a sparkline per figure,
//! and each step from one wave to the next with its 95% interval — the steps whose interval
//! excludes 0 are marked.

pub mod document;

use serde::Serialize;

use super::change::Step;
use super::figures::{self, Figure, Unit, Value};
use super::waves::{Wave, WaveInfo};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::score::{self, ScoreOptions};

/// The sparkline glyphs, lowest first.
pub const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// One wave of one instrument's trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    /// The wave.
    #[serde(flatten)]
    pub wave: WaveInfo,
    /// The instrument's version in it.
    pub version: u32,
    /// Respondents.
    pub respondents: usize,
    /// Responses counted that are not complete.
    pub partial: usize,
    /// Responses not complete left out (`--complete-only`).
    pub left_out: usize,
}

/// One figure over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Stable key.
    pub key: String,
    /// What it is.
    pub label: String,
    /// What it measures.
    pub unit: Unit,
    /// Whether it is a score (drawn over the waves in HTML).
    pub score: bool,
    /// One value per column; `Number(None)` where a wave lacks the figure.
    pub values: Vec<Value>,
    /// The values as shown.
    pub texts: Vec<String>,
    /// ▁…█ per column, scaled from the row's lowest to its highest value; `·` where undefined;
    /// empty for labels.
    pub sparkline: String,
    /// The step into each column from the one before (none into the first, nor where either
    /// wave lacks the figure).
    pub steps: Vec<Option<Step>>,
}

/// One instrument over the waves.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// Instrument id.
    pub instrument: String,
    /// Title (of the latest wave's version).
    pub title: String,
    /// The waves that have the instrument, in time order.
    pub columns: Vec<Column>,
    /// Figures.
    pub rows: Vec<Row>,
}

/// Every instrument over the waves.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendSet {
    /// Every wave, in time order.
    pub waves: Vec<WaveInfo>,
    /// One trend per instrument, in the order first seen.
    pub trends: Vec<Trend>,
}

/// A sparkline over `values`.
pub fn sparkline(values: &[Option<f64>]) -> String {
    let defined: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .collect();
    let min = defined.iter().copied().fold(f64::INFINITY, f64::min);
    let max = defined.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| match v {
            Some(v) if v.is_finite() => {
                if max - min <= f64::EPSILON * max.abs().max(1.0) {
                    SPARKS[3]
                } else {
                    SPARKS[(((v - min) / (max - min)) * 7.0).round().clamp(0.0, 7.0) as usize]
                }
            }
            _ => '·',
        })
        .collect()
}

/// One instrument's trend over the waves that have it.
fn one(id: &str, waves: &[Wave], lang: Lang) -> Trend {
    let present: Vec<(&Wave, &super::waves::Pooled)> = waves
        .iter()
        .filter_map(|w| w.instrument(id).map(|p| (w, p)))
        .collect();
    let scored: Vec<Vec<Figure>> = present
        .iter()
        .map(|(_, p)| {
            let s = score::score(&p.instrument, &p.results.responses, ScoreOptions::default());
            figures::headline(&p.instrument, &s, lang)
        })
        .collect();
    // Keys in the latest wave's order, then those only earlier waves have.
    let mut keys: Vec<&Figure> = Vec::new();
    for figs in scored.iter().rev() {
        for f in figs {
            if !keys.iter().any(|k| k.key == f.key) {
                keys.push(f);
            }
        }
    }
    let rows = keys
        .iter()
        .map(|k| {
            let cells: Vec<Option<&Figure>> = scored
                .iter()
                .map(|figs| figs.iter().find(|f| f.key == k.key))
                .collect();
            let values: Vec<Value> = cells
                .iter()
                .map(|f| f.map_or(Value::Number(None), |f| f.value.clone()))
                .collect();
            let texts = cells
                .iter()
                .map(|f| f.map_or_else(|| "—".to_string(), |f| f.text.clone()))
                .collect();
            let sparkline = if matches!(k.value, Value::Label(_)) {
                String::new()
            } else {
                sparkline(&values.iter().map(Value::number).collect::<Vec<_>>())
            };
            let steps = (0..cells.len())
                .map(
                    |i| match (i.checked_sub(1).and_then(|j| cells[j]), cells[i]) {
                        (Some(a), Some(b)) => Some(Step::between(a, b)),
                        _ => None,
                    },
                )
                .collect();
            Row {
                key: k.key.clone(),
                label: k.label.clone(),
                unit: k.unit,
                score: k.score,
                values,
                texts,
                sparkline,
                steps,
            }
        })
        .collect();
    let columns = present
        .iter()
        .map(|(w, p)| Column {
            wave: w.info.clone(),
            version: p.instrument.version,
            respondents: p.results.responses.len(),
            partial: p.partial,
            left_out: p.left_out,
        })
        .collect();
    let title = present
        .last()
        .map(|(_, p)| p.instrument.title.get(lang).to_string())
        .unwrap_or_default();
    Trend {
        instrument: id.to_string(),
        title,
        columns,
        rows,
    }
}

/// The trend of every instrument (or only `only`) over `waves`, which are in time order.
/// Several waves without an instrument in common, or without `only`, are a usage error (exit 2)
/// naming what each holds.
pub fn trend(waves: &[Wave], only: Option<&str>, lang: Lang) -> Result<TrendSet> {
    let mut ids: Vec<&str> = Vec::new();
    for w in waves {
        for p in &w.instruments {
            let id = p.instrument.id.as_str();
            if only.is_none_or(|o| o == id) && !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    let in_waves = |id: &str| waves.iter().filter(|w| w.instrument(id).is_some()).count();
    if ids.is_empty() || (waves.len() > 1 && ids.iter().all(|id| in_waves(id) < 2)) {
        let held: Vec<String> = waves
            .iter()
            .map(|w| {
                let ids: Vec<&str> = w
                    .instruments
                    .iter()
                    .map(|p| p.instrument.id.as_str())
                    .collect();
                crate::tr!(
                    crate::lang::messages(),
                    "err-compare-holds",
                    wave = w.info.label.as_str(),
                    ids = ids.join("', '")
                )
            })
            .collect();
        let held = held.join("; ");
        return Err(Error::Usage(match only {
            None => crate::tr!(
                crate::lang::messages(),
                "err-compare-trend-none",
                held = held
            ),
            Some(o) => crate::tr!(
                crate::lang::messages(),
                "err-compare-trend-missing",
                id = o,
                held = held
            ),
        }));
    }
    Ok(TrendSet {
        waves: waves.iter().map(|w| w.info.clone()).collect(),
        trends: ids.iter().map(|id| one(id, waves, lang)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_scale_each_row_and_mark_gaps() {
        assert_eq!(sparkline(&[Some(0.0), Some(50.0), Some(100.0)]), "▁▅█");
        assert_eq!(sparkline(&[Some(3.0), None, Some(3.0)]), "▄·▄");
        assert_eq!(sparkline(&[None]), "·");
        assert_eq!(sparkline(&[]), "");
        // 60 → 0/7, 64 → 7·4/10 = 2.8 → 3, 70 → 7.
        assert_eq!(sparkline(&[Some(60.0), Some(64.0), Some(70.0)]), "▁▄█");
    }
}
