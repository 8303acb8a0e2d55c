//! The Kano report's tables: the features with their category and lead test, the answers per
//! category with the strengths, Better and Worse with their intervals, the continuous analysis,
//! the features per segment (or role), and the evaluation table in use. Wide tables mark their
//! secondary columns optional, so a narrow terminal leaves them out rather than cutting names.

use super::{category_tone, feature_name, fmt2, list, marker, ranked};
use crate::instrument::{Instrument, KanoTable, QuestionKind};
use crate::lang::Lang;
use crate::report::Report;
use crate::report::doc::{Block, Cell, Column, Document, Formats, Inline, Table, Tone};
use crate::report::parts::{self, role_name};
use crate::report::text::{pad, pad_left};
use crate::response::KanoWord;
use crate::score::Scored;
use crate::score::kano::{Category, FeatureScore, KanoScore, MIN_N, UNSPECIFIED_SEGMENT, classify};
use crate::score::stats::Interval;
use crate::tr;

/// The flag beside a figure from fewer than [`MIN_N`] answers.
const FLAG: &str = " ⚠";

/// The first two columns of every feature table: the marker (as in the plots) and the name.
fn lead_columns(lang: Lang, name_optional: bool) -> Vec<Column> {
    let name = Column::text(tr!(lang, "kano-col-feature"));
    vec![
        Column::number("#"),
        if name_optional { name.optional() } else { name },
    ]
}

fn lead_cells(inst: &Instrument, rank: usize, f: &FeatureScore, lang: Lang) -> Vec<Cell> {
    vec![marker(rank).into(), feature_name(inst, &f.id, lang).into()]
}

/// The category as shown ("M", "M/O", "–"), in its colour, flagged when it rests on fewer than
/// [`MIN_N`] answers.
fn category_cell(f: &FeatureScore) -> Inline {
    let cell = Inline::toned(f.shown_category(), category_tone(f.category));
    if f.small_n() && f.n > 0 {
        cell.then(FLAG, Tone::Warn)
    } else {
        cell
    }
}

/// A p-value as "= 0.237" or "< 0.001".
fn p_text(p: f64) -> String {
    if p < 0.001 {
        "< 0.001".to_string()
    } else {
        format!("= {p:.3}")
    }
}

/// The test of the category's lead over its runner-up, or why there is none.
fn lead_cell(f: &FeatureScore, lang: Lang) -> Inline {
    if f.n == 0 {
        return Inline::plain("–");
    }
    if !f.lead.testable {
        return Inline::toned(
            tr!(lang, "kano-lead-too-few", min = f.lead.min_n.to_string()),
            Tone::Dim,
        );
    }
    let Some(p) = f.lead.p else {
        return Inline::plain("–");
    };
    let text = if let Some(second) = f.second {
        tr!(
            lang,
            "kano-lead-versus",
            second = second.letter(),
            p = p_text(p)
        )
    } else {
        tr!(lang, "kano-lead-alone", p = p_text(p))
    };
    if f.significant == Some(true) {
        Inline::toned(text, Tone::Strong).then(" *", Tone::Warn)
    } else {
        Inline::plain(text)
    }
}

/// Features in the order of what to do: n, category, the lead test, Fong's screen.
pub(super) fn features(inst: &Instrument, s: &KanoScore, lang: Lang) -> Table {
    let mut cols = lead_columns(lang, false);
    cols.extend([
        Column::number("n"),
        Column::label(tr!(lang, "kano-col-category")),
        Column::text(tr!(lang, "kano-col-lead")),
        Column::label(tr!(lang, "kano-col-fong")).optional(),
    ]);
    let mut t = Table::new(cols);
    for (rank, f) in ranked(s) {
        let mut cells = lead_cells(inst, rank, f, lang);
        let n = if f.small_n() {
            Inline::toned(f.n.to_string(), Tone::Warn)
        } else {
            Inline::plain(f.n.to_string())
        };
        let fong = match f.fong_screen {
            Some(true) => tr!(lang, "kano-fong-passes"),
            Some(false) => tr!(lang, "kano-fong-fails"),
            None => "–".to_string(),
        };
        cells.extend([
            n.into(),
            category_cell(f).into(),
            lead_cell(f, lang).into(),
            fong.into(),
        ]);
        t.row(cells);
    }
    t
}

/// Answers per category (A O M I R Q), n, and the category and total strengths.
pub(super) fn counts(inst: &Instrument, s: &KanoScore, lang: Lang) -> Table {
    let mut cols = lead_columns(lang, false);
    cols.extend(Category::ALL.iter().map(|c| Column::number(c.letter())));
    cols.extend([
        Column::number("n"),
        Column::number(tr!(lang, "kano-col-strength")).optional(),
        Column::number(tr!(lang, "kano-col-total-strength")).optional(),
    ]);
    let mut t = Table::new(cols);
    for (rank, f) in ranked(s) {
        let mut cells = lead_cells(inst, rank, f, lang);
        cells.extend(
            Category::ALL
                .iter()
                .map(|c| f.counts.get(*c).to_string().into()),
        );
        cells.extend([
            f.n.to_string().into(),
            fmt2(f.category_strength).into(),
            fmt2(f.total_strength).into(),
        ]);
        t.row(cells);
    }
    t
}

/// An interval with two decimals; bounds within rounding of 0 are 0 (never "-0.00").
fn interval_text(i: Option<Interval>, lang: Lang) -> String {
    let zero = |v: f64| if v.abs() < 0.005 { 0.0 } else { v };
    parts::interval(
        i.map(|i| Interval {
            low: zero(i.low),
            high: zero(i.high),
            ..i
        }),
        2,
        lang,
    )
}

/// Better and Worse, each with its Wilson 95% interval beside it.
pub(super) fn better_worse(inst: &Instrument, s: &KanoScore, lang: Lang) -> Table {
    let mut cols = lead_columns(lang, true);
    cols.extend([
        Column::number(tr!(lang, "kano-col-better")),
        Column::number(tr!(lang, "kano-col-interval")),
        Column::number(tr!(lang, "kano-col-worse")),
        Column::number(tr!(lang, "kano-col-interval")),
    ]);
    let mut t = Table::new(cols);
    for (rank, f) in ranked(s) {
        let mut cells = lead_cells(inst, rank, f, lang);
        cells.extend([
            fmt2(f.better).into(),
            interval_text(f.better_interval, lang).into(),
            fmt2(f.worse).into(),
            interval_text(f.worse_interval, lang).into(),
        ]);
        t.row(cells);
    }
    t
}

/// What the Better/Worse plot leaves out, and why.
pub(super) fn better_worse_notes(inst: &Instrument, s: &KanoScore, lang: Lang) -> Vec<Block> {
    let mut out: Vec<Inline> = s
        .ordered()
        .filter(|f| f.n > 0 && f.better.is_none())
        .map(|f| {
            Inline::toned(
                tr!(
                    lang,
                    "kano-bw-not-plotted",
                    feature = feature_name(inst, &f.id, lang)
                ),
                Tone::Dim,
            )
        })
        .collect();
    out.extend(unanswered(inst, s, lang));
    if out.is_empty() {
        Vec::new()
    } else {
        vec![Block::Bullets(out)]
    }
}

/// "No answers, not plotted: …", when some features have no answers.
fn unanswered(inst: &Instrument, s: &KanoScore, lang: Lang) -> Option<Inline> {
    let none: Vec<String> = s
        .ordered()
        .filter(|f| f.n == 0)
        .map(|f| feature_name(inst, &f.id, lang))
        .collect();
    (!none.is_empty()).then(|| {
        Inline::toned(
            tr!(
                lang,
                "kano-no-answers-not-plotted",
                features = list(&none, lang)
            ),
            Tone::Dim,
        )
    })
}

/// Whether the instrument asks the importance of any feature.
fn asks_importance(inst: &Instrument) -> bool {
    inst.questions.iter().any(|q| {
        matches!(
            &q.kind,
            QuestionKind::Kano {
                importance: Some(_),
                ..
            }
        )
    })
}

/// "mean ± SD", or the mean alone without an SD, or n/a.
fn mean_sd(mean: Option<f64>, sd: Option<f64>) -> String {
    match (mean, sd) {
        (Some(_), Some(_)) => format!("{} ± {}", fmt2(mean), fmt2(sd)),
        _ => fmt2(mean),
    }
}

/// The continuous analysis: functional and dysfunctional means with their SDs, importance when
/// the questionnaire asks it, n.
pub(super) fn continuous(inst: &Instrument, s: &KanoScore, lang: Lang) -> Table {
    let importance = asks_importance(inst);
    let mut cols = lead_columns(lang, true);
    cols.extend([
        Column::number(tr!(lang, "kano-col-functional")),
        Column::number(tr!(lang, "kano-col-dysfunctional")),
    ]);
    if importance {
        cols.push(Column::number(tr!(lang, "kano-col-importance")).optional());
    }
    cols.push(Column::number("n"));
    let mut t = Table::new(cols);
    for (rank, f) in ranked(s) {
        let mut cells = lead_cells(inst, rank, f, lang);
        cells.push(mean_sd(f.functional_mean, f.functional_sd).into());
        cells.push(mean_sd(f.dysfunctional_mean, f.dysfunctional_sd).into());
        if importance {
            cells.push(mean_sd(f.importance_mean, f.importance_sd).into());
        }
        cells.push(f.n.to_string().into());
        t.row(cells);
    }
    t
}

/// What the continuous plot draws at its edge or leaves out.
pub(super) fn continuous_notes(inst: &Instrument, s: &KanoScore, lang: Lang) -> Vec<Block> {
    let outside = |v: Option<f64>| v.is_some_and(|v| !(0.0..=4.0).contains(&v));
    let edge: Vec<String> = s
        .ordered()
        .filter(|f| outside(f.functional_mean) || outside(f.dysfunctional_mean))
        .map(|f| feature_name(inst, &f.id, lang))
        .collect();
    let mut out = Vec::new();
    if !edge.is_empty() {
        out.push(Inline::toned(
            tr!(lang, "kano-cont-edge", features = list(&edge, lang)),
            Tone::Dim,
        ));
    }
    out.extend(unanswered(inst, s, lang));
    if out.is_empty() {
        Vec::new()
    } else {
        vec![Block::Bullets(out)]
    }
}

/// One segment (or role) as its table shows it: the heading and its features.
struct View<'r> {
    head: String,
    features: &'r [FeatureScore],
}

/// The features per segment: in the terminal, tables of at most three segments with compact
/// cells; in Markdown and HTML, one table with n in every cell.
fn per_segment(inst: &Instrument, s: &KanoScore, views: &[View<'_>], lang: Lang) -> Vec<Block> {
    let find = |v: &View<'_>, id: &str| v.features.iter().find(|g| g.id == id).cloned();
    let table = |views: &[View<'_>], written: bool| {
        let mut cols = lead_columns(lang, false);
        cols.extend(views.iter().map(|v| Column::text(v.head.clone())));
        let mut t = Table::new(cols);
        for (rank, f) in ranked(s) {
            let mut cells = lead_cells(inst, rank, f, lang);
            for v in views {
                let cell = find(v, &f.id).map_or_else(Inline::default, |g| {
                    if g.n == 0 {
                        return Inline::toned("–", Tone::Dim);
                    }
                    let body = if written {
                        tr!(
                            lang,
                            "kano-segment-cell",
                            category = g.shown_category(),
                            better = fmt2(g.better),
                            worse = fmt2(g.worse),
                            n = g.n.to_string()
                        )
                    } else {
                        format!(
                            "{} {} {}",
                            pad(&g.shown_category(), 3),
                            pad_left(&fmt2(g.better), 4),
                            pad_left(&fmt2(g.worse), 5)
                        )
                    };
                    let cell = Inline::toned(body, category_tone(g.category));
                    if g.small_n() {
                        cell.then(FLAG, Tone::Warn)
                    } else {
                        cell
                    }
                });
                cells.push(cell.into());
            }
            t.row(cells);
        }
        Block::Table(t)
    };
    let min = MIN_N.to_string();
    let mut text: Vec<Block> = views.chunks(3).map(|c| table(c, false)).collect();
    text.push(Block::Paragraph(Inline::toned(
        tr!(lang, "kano-segment-key-text", min = min.clone()),
        Tone::Dim,
    )));
    vec![
        Block::Only(Formats::TEXT, text),
        Block::Only(
            Formats::WRITTEN,
            vec![
                table(views, true),
                Block::Paragraph(Inline::toned(
                    tr!(lang, "kano-segment-key-written", min = min),
                    Tone::Dim,
                )),
            ],
        ),
    ]
}

/// A figure's display name for the segment comparison: `kano.<id>.better` → "Name: Better",
/// a feature id → its name.
fn figure_name(inst: &Instrument, key: &str, lang: Lang) -> String {
    let Some(rest) = key.strip_prefix("kano.") else {
        return feature_name(inst, key, lang);
    };
    if let Some(id) = rest.strip_suffix(".better") {
        tr!(
            lang,
            "kano-figure-better",
            feature = feature_name(inst, id, lang)
        )
    } else if let Some(id) = rest.strip_suffix(".worse") {
        tr!(
            lang,
            "kano-figure-worse",
            feature = feature_name(inst, id, lang)
        )
    } else {
        key.to_string()
    }
}

/// Segments (`--by`): the features per segment, then the differences of Better and Worse and
/// the tests of the category mix ([`parts::segments`]); without `--by`, the roles side by side
/// when there are several.
pub(super) fn segments(doc: &mut Document, report: &Report<'_>, s: &KanoScore, lang: Lang) {
    let inst = report.instrument;
    let head = |label: String, n: u64| {
        tr!(
            lang,
            "kano-segment-head",
            segment = label,
            n = n.to_string()
        )
    };
    if let Some(seg) = &s.segments {
        let views: Vec<View<'_>> = seg
            .segments
            .iter()
            .map(|g| {
                let label = if g.pooled {
                    tr!(lang, "kano-segment-other")
                } else if g.value == UNSPECIFIED_SEGMENT {
                    tr!(lang, "kano-segment-unspecified")
                } else if seg.field == "role" {
                    role_name(&g.value, lang)
                } else {
                    g.value.clone()
                };
                View {
                    head: head(label, g.respondents),
                    features: &g.features,
                }
            })
            .collect();
        // Differences and tests in the order of what to do, as every other table.
        let comparison = s.comparison.clone().map(|mut c| {
            let rank = |key: &str| {
                let id = key
                    .strip_prefix("kano.")
                    .and_then(|k| k.rsplit_once('.'))
                    .map_or(key, |(id, _)| id);
                s.order
                    .iter()
                    .position(|&i| s.features.get(i).is_some_and(|f| f.id == id))
                    .unwrap_or(usize::MAX)
            };
            c.differences.sort_by_key(|d| rank(&d.figure));
            c.tests.sort_by_key(|t| rank(&t.feature));
            c
        });
        let mut part = Document::default();
        parts::segments(
            &mut part,
            comparison.as_ref(),
            &|key| figure_name(inst, key, lang),
            &|_| 2,
            lang,
        );
        let tables = per_segment(inst, s, &views, lang);
        if part.blocks.is_empty() {
            doc.section(tr!(lang, "report-segments", field = seg.field.clone()));
            doc.blocks.extend(tables);
            return;
        }
        // The per-segment tables go under the heading and the segment sizes, before the
        // differences and tests.
        let at = match part.blocks.get(1) {
            Some(Block::Paragraph(_)) => 2,
            _ => 1,
        };
        let rest = part.blocks.split_off(at);
        doc.blocks.extend(part.blocks);
        doc.blocks.extend(tables);
        doc.blocks.extend(rest);
        return;
    }
    let roles = parts::roles(report, |x| match x {
        Scored::Kano(k) => Some(k),
        _ => None,
    });
    if roles.len() > 1 {
        let views: Vec<View<'_>> = roles
            .iter()
            .map(|(r, k)| View {
                head: head(role_name(r, lang), k.respondents),
                features: &k.features,
            })
            .collect();
        doc.section(tr!(lang, "kano-by-role"));
        doc.blocks.extend(per_segment(inst, s, &views, lang));
    }
}

/// An answer word as the evaluation table heads its rows and columns.
fn answer_word(w: KanoWord, lang: Lang) -> String {
    tr!(
        lang,
        match w {
            KanoWord::Like => "kano-answer-like",
            KanoWord::MustBe => "kano-answer-must-be",
            KanoWord::Neutral => "kano-answer-neutral",
            KanoWord::LiveWith => "kano-answer-live-with",
            KanoWord::Dislike => "kano-answer-dislike",
        }
    )
}

/// The evaluation table in use: rows the functional answer, columns the dysfunctional one.
pub(super) fn evaluation(table: KanoTable, lang: Lang) -> Table {
    let mut cols = vec![Column::label(tr!(lang, "kano-eval-corner"))];
    cols.extend(
        KanoWord::ALL
            .iter()
            .map(|d| Column::mark(answer_word(*d, lang))),
    );
    let mut t = Table::new(cols);
    for f in KanoWord::ALL {
        let mut cells: Vec<Cell> = vec![answer_word(f, lang).into()];
        for d in KanoWord::ALL {
            let c = classify(table, f, d);
            cells.push(Inline::toned(c.letter(), category_tone(Some(c))).into());
        }
        t.row(cells);
    }
    t
}
