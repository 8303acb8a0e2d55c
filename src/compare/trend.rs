//! `trend FILES…`: the headline figures of several results files of one instrument, in time order,
//! as a table with one column per file and a sparkline per figure.
//!
//! Order (*policy*): by `assessment.date`; a file without one falls back to the latest `updated`
//! time of its responses; files with neither come last; ties are broken by file name, then by the
//! path as given. Dates compare as text, so ISO dates (YYYY-MM-DD) and RFC 3339 times sort in
//! time order.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::figures::{self, Unit, Value, display};
use crate::instrument::Instrument;
use crate::lang::{Lang, Text};
use crate::report::text::{Color, Painter, pad, pad_left, width};
use crate::response::Results;
use crate::score::{self, ScoreOptions};

/// The sparkline glyphs, lowest first.
pub const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// One results file in the trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    /// The file as given.
    pub file: String,
    /// `assessment.date`, when set.
    pub date: Option<String>,
    /// What the file was ordered by (the date, or the latest `updated`).
    pub ordered_by: Option<String>,
    /// Instrument version.
    pub version: u32,
    /// Respondents.
    pub respondents: usize,
}

impl Column {
    /// The column heading: the date (or time's date part), else the file name.
    pub fn heading(&self) -> String {
        match &self.ordered_by {
            Some(k) => k.chars().take(10).collect(),
            None => std::path::Path::new(&self.file)
                .file_stem()
                .map_or_else(|| self.file.clone(), |s| s.to_string_lossy().into_owned()),
        }
    }
}

/// One figure over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Stable key.
    pub key: String,
    /// What it is.
    pub label: Text,
    /// What it measures.
    pub unit: Unit,
    /// One value per column; `Number(None)` where a file lacks the figure.
    pub values: Vec<Value>,
    /// ▁…█ per column, scaled from the row's lowest to its highest value; `·` where undefined;
    /// empty for labels.
    pub sparkline: String,
}

/// The trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    /// Instrument id.
    pub instrument: String,
    /// Title (of the latest file's instrument).
    pub title: Text,
    /// Files in time order.
    pub columns: Vec<Column>,
    /// Figures.
    pub rows: Vec<Row>,
}

/// What a file is ordered by.
pub fn order_key(results: &Results) -> Option<String> {
    results
        .assessment
        .date
        .clone()
        .filter(|d| !d.trim().is_empty())
        .or_else(|| {
            results
                .responses
                .iter()
                .filter_map(|r| r.updated.clone())
                .max()
        })
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

/// Builds the trend over `files` (file name, results, instrument), in any order.
pub fn trend(files: Vec<(String, &Results, &Instrument)>) -> Trend {
    let mut files = files;
    files.sort_by(|(fa, ra, _), (fb, rb, _)| {
        let (ka, kb) = (order_key(ra), order_key(rb));
        let name = |f: &str| {
            std::path::Path::new(f)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        ka.is_none()
            .cmp(&kb.is_none())
            .then(ka.cmp(&kb))
            .then(name(fa).cmp(&name(fb)))
            .then(fa.cmp(fb))
    });
    let scored: Vec<Vec<figures::Figure>> = files
        .iter()
        .map(|(_, r, i)| {
            figures::headline(i, &score::score(i, &r.responses, ScoreOptions::default()))
        })
        .collect();
    let mut keys: Vec<&figures::Figure> = Vec::new();
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
            let values: Vec<Value> = scored
                .iter()
                .map(|figs| {
                    figs.iter()
                        .find(|f| f.key == k.key)
                        .map_or(Value::Number(None), |f| f.value.clone())
                })
                .collect();
            let sparkline = if matches!(k.value, Value::Label(_)) {
                String::new()
            } else {
                sparkline(&values.iter().map(Value::number).collect::<Vec<_>>())
            };
            Row {
                key: k.key.clone(),
                label: k.label.clone(),
                unit: k.unit,
                values,
                sparkline,
            }
        })
        .collect();
    let columns = files
        .iter()
        .map(|(f, r, i)| Column {
            file: f.clone(),
            date: r.assessment.date.clone(),
            ordered_by: order_key(r),
            version: i.version,
            respondents: r.responses.len(),
        })
        .collect();
    let (id, title) = files
        .last()
        .map(|(_, _, i)| (i.id.clone(), i.title.clone()))
        .unwrap_or_default();
    Trend {
        instrument: id,
        title,
        columns,
        rows,
    }
}

fn file_line(i: usize, c: &Column, lang: Lang) -> String {
    let ordered = match (&c.date, &c.ordered_by) {
        (Some(_), _) => String::new(),
        (None, Some(_)) => lang
            .pick(
                " (no assessment date: ordered by the latest answer)",
                "（无评估日期：按最近答题时间排序）",
            )
            .to_string(),
        (None, None) => lang
            .pick(
                " (no date: ordered last, by file name)",
                "（无日期：按文件名排在最后）",
            )
            .to_string(),
    };
    match lang {
        Lang::En => format!(
            "#{} {}  {}  v{} · {} respondent{}{ordered}",
            i + 1,
            c.heading(),
            c.file,
            c.version,
            c.respondents,
            if c.respondents == 1 { "" } else { "s" }
        ),
        Lang::Zh => format!(
            "#{} {}  {}  第 {} 版 · {} 位答卷人{ordered}",
            i + 1,
            c.heading(),
            c.file,
            c.version,
            c.respondents
        ),
    }
}

/// The text form.
pub fn text(t: &Trend, lang: Lang, p: Painter) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        p.paint(
            &match lang {
                Lang::En => format!(
                    "Trend: {} ({}) — {} files",
                    t.title.get(lang),
                    t.instrument,
                    t.columns.len()
                ),
                Lang::Zh => format!(
                    "趋势：{}（{}）——{} 个文件",
                    t.title.get(lang),
                    t.instrument,
                    t.columns.len()
                ),
            },
            Color::Bold
        )
    );
    for (i, c) in t.columns.iter().enumerate() {
        let _ = writeln!(out, "  {}", file_line(i, c, lang));
    }
    out.push('\n');
    let label_w = t
        .rows
        .iter()
        .map(|r| width(r.label.get(lang)))
        .max()
        .unwrap_or(10)
        .clamp(10, 48);
    let col_w: Vec<usize> = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            t.rows
                .iter()
                .map(|r| width(&display(&r.values[i], r.unit, lang)))
                .max()
                .unwrap_or(0)
                .max(width(&c.heading()))
        })
        .collect();
    let mut header = pad(lang.pick("figure", "指标"), label_w);
    for (c, w) in t.columns.iter().zip(&col_w) {
        header.push_str("  ");
        header.push_str(&pad_left(&c.heading(), *w));
    }
    header.push_str("  ");
    header.push_str(lang.pick("trend", "走势"));
    let _ = writeln!(out, "{}", p.paint(&header, Color::Bold));
    for r in &t.rows {
        let mut line = pad(r.label.get(lang), label_w);
        for (v, w) in r.values.iter().zip(&col_w) {
            line.push_str("  ");
            line.push_str(&pad_left(&display(v, r.unit, lang), *w));
        }
        line.push_str("  ");
        line.push_str(&r.sparkline);
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

/// The Markdown form.
pub fn markdown(t: &Trend, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        match lang {
            Lang::En => format!("Trend: {} ({})", t.title.get(lang), t.instrument),
            Lang::Zh => format!("趋势：{}（{}）", t.title.get(lang), t.instrument),
        }
    );
    for (i, c) in t.columns.iter().enumerate() {
        let _ = writeln!(out, "- {}", file_line(i, c, lang).replace('|', "\\|"));
    }
    let _ = write!(out, "\n| {} |", lang.pick("figure", "指标"));
    for c in &t.columns {
        let _ = write!(out, " {} |", c.heading().replace('|', "\\|"));
    }
    let _ = writeln!(out, " {} |", lang.pick("trend", "走势"));
    let _ = writeln!(out, "|---|{}---|", "---:|".repeat(t.columns.len()));
    for r in &t.rows {
        let _ = write!(out, "| {} |", r.label.get(lang).replace('|', "\\|"));
        for v in &r.values {
            let _ = write!(out, " {} |", display(v, r.unit, lang).replace('|', "\\|"));
        }
        let _ = writeln!(out, " {} |", r.sparkline);
    }
    out
}

/// The JSON form.
pub fn json(t: &Trend, lang: Lang) -> Json {
    let rows: Vec<Json> = t
        .rows
        .iter()
        .map(|r| {
            json!({
                "key": r.key,
                "label": r.label.get(lang),
                "unit": r.unit,
                "values": r.values,
                "sparkline": r.sparkline,
            })
        })
        .collect();
    json!({
        "cxassess": crate::report::VERSION,
        "instrument": {"id": t.instrument, "title": t.title.get(lang)},
        "files": t.columns,
        "figures": rows,
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
