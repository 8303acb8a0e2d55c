//! The agreement report (`cxassess agree`): α overall and per group with its interpretation band,
//! the disputed items ranked for the workshop with every rater's rating, a rater × item heat map,
//! every item's figures, and the method with its source.

use std::sync::Arc;

use super::doc::{Block, Cell, Column, Document, Drawing, Inline, Table, Tone};
use super::parts::role_name;
use super::svg::{Anchor, INK, MUTED, Svg, text_px};
use super::text::{pad, width};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::agree::{Agreement, Band, DISPUTED_SPAN, ItemAgreement, band};
use crate::tr;

fn alpha_text(a: Option<f64>) -> String {
    a.map_or_else(|| "n/a".to_string(), |v| format!("{v:.3}"))
}

/// The interpretation band of `a` in words, with its tone.
fn band_words(a: Option<f64>, lang: Lang) -> (String, Tone) {
    match band(a) {
        Band::Reliable => (tr!(lang, "agree-band-reliable"), Tone::Good),
        Band::Tentative => (tr!(lang, "agree-band-tentative"), Tone::Warn),
        Band::Unreliable => (tr!(lang, "agree-band-unreliable"), Tone::Bad),
        Band::Undefined => (tr!(lang, "agree-band-undefined"), Tone::Dim),
    }
}

fn band_cell(a: Option<f64>, lang: Lang) -> Inline {
    let (words, tone) = band_words(a, lang);
    Inline::toned(words, tone)
}

fn item_text(inst: &Instrument, id: &str, lang: Lang) -> String {
    inst.question(id).and_then(|q| q.text.as_ref()).map_or_else(
        || id.to_string(),
        |t| format!("{id} · {}", t.get(lang).trim()),
    )
}

fn num(v: Option<f64>, decimals: usize) -> String {
    v.map_or_else(|| "n/a".to_string(), |x| format!("{x:.decimals$}"))
}

/// The ratings of one item, by rater: "zhang.min 2 · li.na 4 · wang.lei N/A".
fn ratings(a: &Agreement, item: &ItemAgreement) -> String {
    a.rater_names
        .iter()
        .zip(&item.ratings)
        .map(|(name, r)| {
            format!(
                "{name} {}",
                r.map_or_else(|| "–".to_string(), |v| v.to_string())
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The agreement report as a document.
pub fn document(inst: &Instrument, a: &Agreement, lang: Lang) -> Document {
    let mut doc = Document::new(tr!(
        lang,
        "agree-title",
        instrument = inst.title.get(lang).to_string()
    ));
    let raters: Vec<String> = a
        .rater_names
        .iter()
        .zip(&a.rater_roles)
        .map(|(n, r)| match r {
            Some(r) => tr!(
                lang,
                "agree-rater",
                name = n.clone(),
                role = role_name(r, lang)
            ),
            None => n.clone(),
        })
        .collect();
    doc.meta.push(Inline::plain(tr!(
        lang,
        "agree-raters",
        n = a.raters,
        names = raters.join(&tr!(lang, "report-list-separator"))
    )));
    doc.push(Block::Figures(vec![super::doc::Figure {
        label: tr!(lang, "agree-alpha"),
        // The figure, then what it means: "0.815 · reliable".
        value: {
            let (words, tone) = band_words(a.alpha, lang);
            Inline::toned(alpha_text(a.alpha), Tone::Strong).then(format!(" · {words}"), tone)
        },
        details: vec![tr!(
            lang,
            "agree-alpha-detail",
            units = a.alpha_detail.pairable_units,
            values = a.alpha_detail.pairable_values
        )],
    }]));
    doc.paragraph(match band(a.alpha) {
        Band::Reliable => tr!(lang, "agree-verdict-reliable"),
        Band::Tentative => tr!(lang, "agree-verdict-tentative"),
        Band::Unreliable => tr!(lang, "agree-verdict-unreliable"),
        Band::Undefined => tr!(lang, "agree-verdict-undefined"),
    });

    doc.section(tr!(lang, "agree-by-group"));
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "agree-group")),
        Column::number("α"),
        Column::label(tr!(lang, "agree-band")),
        Column::number(tr!(lang, "agree-raters-column")),
        Column::number(tr!(lang, "agree-units")),
    ]);
    for g in &a.dimensions {
        t.row(vec![
            inst.group_name(&g.id, lang).into(),
            alpha_text(g.alpha).into(),
            band_cell(g.alpha, lang).into(),
            g.raters.to_string().into(),
            g.pairable_units.to_string().into(),
        ]);
    }
    doc.push(Block::Table(t));

    let disputed = a.disputed();
    doc.section(tr!(lang, "agree-disputed", n = disputed.len()));
    if disputed.is_empty() {
        doc.paragraph(tr!(lang, "agree-none-disputed"));
    } else {
        let mut t = Table::new(vec![
            Column::number("#"),
            Column::text(tr!(lang, "agree-item")),
            Column::number(tr!(lang, "agree-median")),
            Column::label(tr!(lang, "agree-range")),
            Column::text(tr!(lang, "agree-ratings")).optional(),
        ]);
        for (k, i) in disputed.iter().enumerate() {
            t.row(vec![
                (k + 1).to_string().into(),
                item_text(inst, &i.id, lang).into(),
                num(i.median, 1).into(),
                Inline::toned(
                    format!("{}–{}", i.min.unwrap_or(0), i.max.unwrap_or(0)),
                    Tone::Warn,
                )
                .into(),
                ratings(a, i).into(),
            ]);
        }
        doc.push(Block::Table(t));
        doc.paragraph(Inline::toned(tr!(lang, "agree-next-consensus"), Tone::Dim));
    }

    doc.section(tr!(lang, "agree-heat-map"));
    doc.push(Block::Drawing {
        drawing: Arc::new(HeatMap::of(a)),
        title: tr!(lang, "agree-heat-map"),
        desc: tr!(lang, "agree-heat-map-desc"),
        caption: tr!(lang, "agree-heat-map-desc"),
    });

    doc.section(tr!(lang, "agree-items"));
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "agree-item")),
        Column::number("n"),
        Column::number(tr!(lang, "agree-median")),
        Column::number(tr!(lang, "agree-min")),
        Column::number(tr!(lang, "agree-max")),
        Column::number(tr!(lang, "agree-sd")),
        Column::mark(tr!(lang, "agree-disputed-column")),
    ]);
    for i in &a.items {
        t.row(vec![
            item_text(inst, &i.id, lang).into(),
            i.n.to_string().into(),
            num(i.median, 1).into(),
            i.min.map_or_else(|| "n/a".into(), |v| v.to_string()).into(),
            i.max.map_or_else(|| "n/a".into(), |v| v.to_string()).into(),
            num(i.sd, 2).into(),
            if i.disputed {
                Cell::Text(Inline::toned("!", Tone::Warn))
            } else {
                Cell::from("")
            },
        ]);
    }
    doc.push(Block::Table(t));
    super::parts::method(
        &mut doc,
        vec![
            tr!(lang, "agree-method-alpha"),
            tr!(lang, "agree-method-bands"),
            tr!(lang, "agree-method-disputed", span = DISPUTED_SPAN),
            tr!(lang, "agree-method-missing"),
        ],
        lang,
    );
    doc
}

/// The rater × item heat map: a digit per rating, coloured from 1 (red) to 5 (green); `·` where a
/// rater gave none. Items are grouped by dimension.
#[derive(Debug, Clone)]
struct HeatMap {
    raters: Vec<String>,
    /// (group, item ids) in order.
    groups: Vec<(String, Vec<usize>)>,
    /// ratings[item][rater].
    ratings: Vec<Vec<Option<i32>>>,
}

impl HeatMap {
    fn of(a: &Agreement) -> Self {
        let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
        for (k, i) in a.items.iter().enumerate() {
            match groups.last_mut() {
                Some((g, items)) if *g == i.group => items.push(k),
                _ => groups.push((i.group.clone(), vec![k])),
            }
        }
        Self {
            raters: a.rater_names.clone(),
            groups,
            ratings: a.items.iter().map(|i| i.ratings.clone()).collect(),
        }
    }
}

fn tone_of(v: i32) -> Tone {
    match v {
        1 => Tone::Bad,
        2 => Tone::Series(1),
        3 => Tone::Dim,
        4 => Tone::Series(4),
        _ => Tone::Good,
    }
}

impl Drawing for HeatMap {
    fn text(&self, w: usize) -> Option<Vec<Inline>> {
        let cells: usize = self.groups.iter().map(|(_, i)| i.len() + 1).sum();
        let label_w = self
            .raters
            .iter()
            .map(|r| width(r))
            .max()
            .unwrap_or(0)
            .min(w.saturating_sub(cells + 2))
            .max(4);
        if label_w + 2 + cells > w {
            return None;
        }
        let mut out = Vec::new();
        for (r, name) in self.raters.iter().enumerate() {
            let mut shown: String = name.chars().take(label_w).collect();
            if width(&shown) > label_w {
                shown = name.chars().take(label_w / 2).collect();
            }
            let mut line = Inline::plain(format!("  {}", pad(&shown, label_w)));
            for (_, items) in &self.groups {
                line = line.then(" ", Tone::Plain);
                for &i in items {
                    line = match self.ratings[i][r] {
                        Some(v) => line.then(v.to_string(), tone_of(v)),
                        None => line.then("·", Tone::Dim),
                    };
                }
            }
            out.push(line);
        }
        Some(out)
    }

    fn svg(&self, title: &str, desc: &str) -> String {
        let (cell, gap) = (18.0, 8.0);
        let label_w = self
            .raters
            .iter()
            .map(|r| text_px(r, 12.0))
            .fold(40.0, f64::max)
            + 12.0;
        let items: usize = self.groups.iter().map(|(_, i)| i.len()).sum();
        let width = label_w + items as f64 * cell + self.groups.len() as f64 * gap + 10.0;
        let height = 24.0 + self.raters.len() as f64 * cell + 10.0;
        let mut svg = Svg::new(width, height);
        let mut x = label_w;
        for (g, list) in &self.groups {
            let span = list.len() as f64 * cell;
            let mut label = g.clone();
            while text_px(&label, 10.0) > span + gap && label.chars().count() > 1 {
                label.pop();
            }
            svg.text(
                (x + span / 2.0, 14.0),
                Anchor::Middle,
                10.0,
                MUTED,
                400,
                &label,
            );
            for (k, &i) in list.iter().enumerate() {
                for r in 0..self.raters.len() {
                    let (cx, cy) = (x + k as f64 * cell, 22.0 + r as f64 * cell);
                    match self.ratings[i][r] {
                        Some(v) => {
                            svg.rect(
                                cx + 1.0,
                                cy + 1.0,
                                cell - 2.0,
                                cell - 2.0,
                                tone_of(v).hex(),
                                "rx=\"2\"",
                            );
                            svg.text(
                                (cx + cell / 2.0, cy + 13.0),
                                Anchor::Middle,
                                10.0,
                                "#fff",
                                700,
                                &v.to_string(),
                            );
                        }
                        None => svg.rect(
                            cx + 1.0,
                            cy + 1.0,
                            cell - 2.0,
                            cell - 2.0,
                            "#f3f4f6",
                            "rx=\"2\"",
                        ),
                    }
                }
            }
            x += span + gap;
        }
        for (r, name) in self.raters.iter().enumerate() {
            svg.text(
                (label_w - 8.0, 22.0 + r as f64 * cell + 13.0),
                Anchor::End,
                12.0,
                INK,
                400,
                name,
            );
        }
        svg.finish(title, desc)
    }
}

/// The JSON of SPEC "Agreement and consensus".
pub fn json(a: &Agreement) -> serde_json::Value {
    let mut v = serde_json::to_value(a).unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(m) = &mut v {
        m.insert("cxassess".into(), serde_json::json!(super::VERSION));
        m.insert(
            "band".into(),
            serde_json::to_value(band(a.alpha)).unwrap_or(serde_json::Value::Null),
        );
    }
    v
}
