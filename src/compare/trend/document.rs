//! A trend as a report document (terminal text, Markdown, HTML) and as JSON. The document lists
//! the waves in order, then one table per instrument: a column per wave, the sparkline, and ▲ or
//! ▼ beside a value whose step from the wave before is significant (its 95% interval excludes
//! 0). JSON gives every step with its interval: `figures[].steps[]` {`from`, `to`, `change`,
//! `change_interval`, `significant`, `method`}.

use serde_json::{Value as Json, json};

use super::{Row, Trend, TrendSet};
use crate::compare::change::Direction;
use crate::compare::figures::{Unit, Value};
use crate::compare::section::{Section, cell, partial_line};
use crate::compare::waves::{Placed, WaveInfo};
use crate::lang::Lang;
use crate::report::chart::{Chart, ChartKind, Series};
use crate::report::doc::{Block, Cell, Column, Document, Formats, Inline, Table, Tone};
use crate::tr;

/// "#2 2026-Q3 · 2026-08-20 · 2026-Q3/ (5 files)", and how it was placed when not by date.
fn wave_line(i: usize, w: &WaveInfo, lang: Lang) -> String {
    let mut s = format!("#{} {}", i + 1, w.label);
    if let Some(d) = w.date.as_ref().filter(|d| **d != w.label) {
        s.push_str(&format!(" · {d}"));
    }
    s.push_str(" · ");
    s.push_str(&match (&w.folder, w.files.as_slice()) {
        (Some(f), files) => format!("{f} ({})", tr!(lang, "compare-files", n = files.len())),
        (None, [one]) => one.clone(),
        (None, files) => tr!(lang, "compare-files", n = files.len()),
    });
    match w.placed_by {
        Placed::Date => {}
        Placed::LatestAnswer => s.push_str(&tr!(lang, "compare-placed-by-answer")),
        Placed::Unknown => s.push_str(&tr!(lang, "compare-placed-last")),
    }
    s
}

fn value_cell(r: &Row, i: usize) -> Cell {
    let mut text = Inline::plain(r.texts[i].clone());
    if let Some(step) = r.steps[i].filter(|s| s.significant == Some(true)) {
        let (mark, tone) = match step.direction {
            Direction::Down => (" ▼", Tone::Bad),
            _ => (" ▲", Tone::Good),
        };
        text = text.then(mark, tone);
    }
    Cell::Text(text)
}

fn table(s: &mut Section<'_>, t: &Trend, lang: Lang) {
    let mut columns = vec![Column::label(tr!(lang, "report-figure"))];
    columns.extend(
        t.columns
            .iter()
            .map(|c| Column::number(c.wave.label.clone())),
    );
    columns.push(Column::label(tr!(lang, "compare-trend")).optional());
    let mut table = Table::new(columns);
    for r in &t.rows {
        let mut cells = vec![cell(r.label.clone())];
        cells.extend((0..r.values.len()).map(|i| value_cell(r, i)));
        cells.push(cell(r.sparkline.clone()));
        table.row(cells);
    }
    s.table(table);
}

/// Series drawn on one chart at most (one colour each).
const SERIES_PER_CHART: usize = 6;

/// The axis of a unit: its scale, or the data's range for means and gaps.
fn range(unit: Unit, rows: &[&Row]) -> (f64, f64) {
    match unit {
        Unit::Nps => (-100.0, 100.0),
        Unit::Coefficient => (-1.0, 1.0),
        Unit::Mean | Unit::Gap => {
            let values = rows
                .iter()
                .flat_map(|r| r.values.iter().filter_map(Value::number));
            let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
            if lo > hi {
                (0.0, 1.0)
            } else {
                (lo.floor().min(hi.ceil() - 1.0), hi.ceil())
            }
        }
        _ => (0.0, 100.0),
    }
}

/// Line charts of the scores over the waves (HTML): one per unit, at most
/// [`SERIES_PER_CHART`] figures each; none over a single wave.
fn charts(t: &Trend, lang: Lang) -> Vec<Block> {
    if t.columns.len() < 2 {
        return Vec::new();
    }
    let x_labels: Vec<String> = t.columns.iter().map(|c| c.wave.label.clone()).collect();
    let mut by_unit: Vec<(Unit, Vec<&Row>)> = Vec::new();
    for r in t.rows.iter().filter(|r| r.score) {
        if r.values.iter().all(|v| v.number().is_none()) {
            continue;
        }
        match by_unit.iter_mut().find(|(u, _)| *u == r.unit) {
            Some((_, rows)) => rows.push(r),
            None => by_unit.push((r.unit, vec![r])),
        }
    }
    let mut out = Vec::new();
    for (unit, rows) in by_unit {
        let range = range(unit, &rows);
        for chunk in rows.chunks(SERIES_PER_CHART) {
            let names: Vec<&str> = chunk.iter().map(|r| r.label.as_str()).collect();
            out.push(Block::Chart(Box::new(Chart {
                title: tr!(lang, "compare-trend-chart", title = t.title.clone()),
                desc: tr!(lang, "compare-trend-chart-desc", figures = names.join(", ")),
                caption: String::new(),
                kind: ChartKind::Lines {
                    x_labels: x_labels.clone(),
                    series: chunk
                        .iter()
                        .enumerate()
                        .map(|(i, r)| Series {
                            name: r.label.clone(),
                            tone: Tone::Series(i as u8),
                            values: r.values.iter().map(Value::number).collect(),
                        })
                        .collect(),
                    range,
                },
            })));
        }
    }
    out
}

/// The trend as a document.
pub fn document(set: &TrendSet, lang: Lang) -> Document {
    let single = set.trends.len() == 1;
    let title = if let [t] = set.trends.as_slice() {
        tr!(
            lang,
            "compare-trend-title",
            title = t.title.clone(),
            id = t.instrument.clone(),
            n = t.columns.len()
        )
    } else {
        tr!(lang, "compare-trend-waves-title", n = set.waves.len())
    };
    let mut doc = Document::new(title);
    doc.push(Block::Bullets(
        set.waves
            .iter()
            .enumerate()
            .map(|(i, w)| Inline::plain(wave_line(i, w, lang)))
            .collect(),
    ));
    for t in &set.trends {
        let level = if single {
            2
        } else {
            doc.heading(2, format!("{} ({})", t.title, t.instrument));
            3
        };
        let mut s = Section {
            doc: &mut doc,
            level,
        };
        if single {
            s.heading(tr!(lang, "compare-headline-figures"));
        }
        table(&mut s, t, lang);
        for c in &t.columns {
            if let Some(line) =
                partial_line(&c.wave.label, c.partial, c.left_out, c.respondents, lang)
            {
                s.push(Block::Paragraph(line));
            }
        }
        let charts = charts(t, lang);
        s.doc.only(Formats::HTML, charts);
    }
    doc.push(Block::Paragraph(Inline::toned(
        tr!(lang, "compare-trend-legend"),
        Tone::Dim,
    )));
    doc.section(tr!(lang, "report-method"));
    doc.push(Block::Method(vec![
        tr!(lang, "compare-method-waves"),
        tr!(lang, "compare-method-intervals"),
    ]));
    doc
}

fn wave(w: &WaveInfo) -> Json {
    json!({
        "label": w.label,
        "period": w.period,
        "date": w.date,
        "ordered_by": w.ordered_by,
        "placed_by": w.placed_by,
        "folder": w.folder,
        "files": w.files,
    })
}

fn one(t: &Trend) -> serde_json::Map<String, Json> {
    let labels: Vec<&str> = t.columns.iter().map(|c| c.wave.label.as_str()).collect();
    let figures: Vec<Json> = t
        .rows
        .iter()
        .map(|r| {
            let steps: Vec<Json> = r
                .steps
                .iter()
                .enumerate()
                .filter_map(|(i, s)| Some((i, (*s)?)))
                .map(|(i, s)| {
                    json!({
                        "from": labels[i - 1],
                        "to": labels[i],
                        "change": s.change,
                        "direction": s.direction,
                        "change_interval": s.interval.map(|i| json!({"low": i.low, "high": i.high})),
                        "significant": s.significant,
                        "method": s.method,
                    })
                })
                .collect();
            json!({
                "key": r.key,
                "label": r.label,
                "unit": r.unit,
                "values": r.values,
                "sparkline": r.sparkline,
                "steps": steps,
            })
        })
        .collect();
    let waves: Vec<Json> = t
        .columns
        .iter()
        .map(|c| {
            let mut w = wave(&c.wave);
            if let Json::Object(m) = &mut w {
                m.insert("version".into(), json!(c.version));
                m.insert("respondents".into(), json!(c.respondents));
                m.insert("partial".into(), json!(c.partial));
                m.insert("partial_left_out".into(), json!(c.left_out));
            }
            w
        })
        .collect();
    let v = json!({
        "instrument": {"id": t.instrument, "title": t.title},
        "waves": waves,
        "figures": figures,
    });
    match v {
        Json::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

/// The JSON form: one instrument's trend at the top level; over several, `trends[]`.
pub fn json(set: &TrendSet) -> Json {
    let mut top = serde_json::Map::new();
    top.insert("cxassess".into(), json!(crate::report::VERSION));
    match set.trends.as_slice() {
        [t] => top.extend(one(t)),
        many => {
            top.insert(
                "waves".into(),
                json!(set.waves.iter().map(wave).collect::<Vec<_>>()),
            );
            let trends: Vec<Json> = many.iter().map(|t| Json::Object(one(t))).collect();
            top.insert("trends".into(), json!(trends));
        }
    }
    Json::Object(top)
}
