//! "What to do next": the roadmap to the next stage. For each blocking dimension its shortfall,
//! then each lagging item one level up — what the next level looks like and what the rubric
//! suggests doing at the current one.

use super::{blocking_phrase, item_text, level_label, level_name, step_texts};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::doc::{Block, Column, Document, Formats, Inline, Span, Table, Tone};
use crate::report::parts;
use crate::report::text::fmt1;
use crate::score::maturity::{MaturityScore, RoadmapStep, TOP_LEVEL};
use crate::tr;

/// The section's heading: "What to do next — to reach stage 3 Defined".
fn heading(inst: &Instrument, target: u8, lang: Lang) -> String {
    let stage = target.to_string();
    inst.level_name(target, lang).map_or_else(
        || tr!(lang, "maturity-next-to-unnamed", stage = stage.clone()),
        |name| tr!(lang, "maturity-next-to", stage = stage.clone(), name = name),
    )
}

/// The item and where it stands: "measurement.4 Drivers analysed — now 1.8 (Ad hoc, n=4) → 2
/// Emerging".
fn item_line(inst: &Instrument, step: &RoadmapStep, lang: Lang) -> String {
    tr!(
        lang,
        "maturity-next-item",
        item = step.item.clone(),
        text = item_text(inst, &step.item, lang),
        mean = fmt1(Some(step.mean)),
        level = level_name(inst, step.level, lang),
        n = step.n.to_string(),
        target = level_label(inst, step.target, lang)
    )
}

/// "Looks like:" the next level's description and "Do:" the suggestion at the current level
/// (either left out when the rubric has no text).
fn details(inst: &Instrument, step: &RoadmapStep, lang: Lang) -> Vec<(String, String)> {
    let (next, suggestion) = step_texts(inst, step, lang);
    [("maturity-looks-like", next), ("maturity-do", suggestion)]
        .into_iter()
        .filter(|(_, text)| !text.is_empty())
        .map(|(key, text)| (tr!(lang, key), text))
        .collect()
}

/// "Looks like: …" — the label dimmed; a full-width colon (U+FF1A) carries its own space.
fn labelled(label: &str, text: String) -> Inline {
    let gap = if label.ends_with('\u{ff1a}') { "" } else { " " };
    Inline::toned(format!("{label}{gap}"), Tone::Dim).then(text, Tone::Plain)
}

/// A blocking dimension's steps in the terminal: a bullet column and a text column, so an item
/// and its details wrap under one another, beside the bullet.
fn steps_table(inst: &Instrument, steps: &[&RoadmapStep], lang: Lang) -> Table {
    let mut t = Table::new(vec![Column::label(""), Column::text("")]);
    for step in steps {
        t.row(vec![
            "·".into(),
            Inline::toned(item_line(inst, step, lang), Tone::Strong).into(),
        ]);
        for (label, text) in details(inst, step, lang) {
            t.row(vec!["".into(), labelled(&label, text).into()]);
        }
    }
    t
}

/// The same steps for Markdown and HTML: one numbered step each, the item in bold, its details
/// after.
fn steps_list(inst: &Instrument, steps: &[&RoadmapStep], lang: Lang) -> Vec<Inline> {
    steps
        .iter()
        .map(|step| {
            let mut out = Inline::toned(item_line(inst, step, lang), Tone::Strong);
            for (label, text) in details(inst, step, lang) {
                out.0.push(Span {
                    text: " ".into(),
                    tone: Tone::Plain,
                });
                out.0.extend(labelled(&label, text).0);
            }
            out
        })
        .collect()
}

/// The roadmap section (or the one step there is when nothing blocks).
pub(super) fn section(doc: &mut Document, inst: &Instrument, s: &MaturityScore, lang: Lang) {
    if s.respondents == 0 {
        parts::next_steps(
            doc,
            vec![tr!(lang, "maturity-next-answer-first").into()],
            lang,
        );
        return;
    }
    match s.next_stage {
        Some(target) => doc.section(heading(inst, target, lang)),
        // Nothing assessed yet: only dimensions to assess.
        None if !s.unscored.is_empty() => doc.section(tr!(lang, "report-next-steps")),
        None => {
            let top = level_label(inst, TOP_LEVEL, lang);
            parts::next_steps(
                doc,
                vec![tr!(lang, "maturity-next-top", stage = top).into()],
                lang,
            );
            return;
        }
    }
    for b in &s.blocking {
        let name = inst.group_name(&b.id, lang);
        let Some(score) = b.score else {
            doc.paragraph(Inline::toned(
                tr!(lang, "maturity-next-unassessed", name = name),
                Tone::Warn,
            ));
            continue;
        };
        doc.heading(
            3,
            tr!(
                lang,
                "maturity-next-dimension",
                name = name,
                score = fmt1(Some(score)),
                shortfall = blocking_phrase(b, s.next_stage, lang)
            ),
        );
        let steps: Vec<&RoadmapStep> = s.roadmap.iter().filter(|r| r.dimension == b.id).collect();
        if !steps.is_empty() {
            doc.only(
                Formats::TEXT,
                vec![Block::Table(steps_table(inst, &steps, lang))],
            );
            doc.only(
                Formats::WRITTEN,
                vec![Block::Steps(steps_list(inst, &steps, lang))],
            );
        }
    }
}

/// "Roadmap to the targets" (when the engagement sets them): for each dimension below its
/// target, every level from the one above where it stands up to the target, and at each level
/// the items not there yet — what that level looks like and what to do to reach it.
pub(super) fn to_targets(
    doc: &mut Document,
    inst: &Instrument,
    s: &MaturityScore,
    targets: &std::collections::BTreeMap<String, f64>,
    lang: Lang,
) {
    let below: Vec<(&str, f64, u8)> = s
        .dimensions
        .iter()
        .filter_map(|d| {
            let target = *targets.get(&d.id)?;
            let score = d.score?;
            (score < target).then(|| (d.id.as_str(), score, target.ceil().clamp(1.0, 5.0) as u8))
        })
        .collect();
    if below.is_empty() {
        return;
    }
    doc.section(tr!(lang, "maturity-targets"));
    for (id, score, target) in below {
        doc.heading(
            3,
            tr!(
                lang,
                "maturity-target-dimension",
                name = inst.group_name(id, lang),
                score = fmt1(Some(score)),
                target = level_label(inst, target, lang)
            ),
        );
        let items: Vec<_> = s.items.iter().filter(|i| i.dimension == id).collect();
        let from = (score.floor() as u8).clamp(1, TOP_LEVEL);
        for level in (from + 1)..=target {
            let steps: Vec<RoadmapStep> = items
                .iter()
                .filter_map(|i| {
                    let current = i.level?;
                    (current < level).then(|| RoadmapStep {
                        dimension: id.to_string(),
                        item: i.id.clone(),
                        mean: i.mean.unwrap_or(f64::from(current)),
                        n: i.n,
                        level: level - 1,
                        target: level,
                    })
                })
                .collect();
            if steps.is_empty() {
                continue;
            }
            let refs: Vec<&RoadmapStep> = steps.iter().collect();
            doc.paragraph(Inline::toned(
                tr!(
                    lang,
                    "maturity-target-level",
                    level = level_label(inst, level, lang)
                ),
                Tone::Strong,
            ));
            doc.only(
                Formats::TEXT,
                vec![Block::Table(steps_table(inst, &refs, lang))],
            );
            doc.only(
                Formats::WRITTEN,
                vec![Block::Steps(steps_list(inst, &refs, lang))],
            );
        }
    }
}
