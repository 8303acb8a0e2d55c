//! A diff as a report document: terminal text through the width-aware writer, Markdown ready to
//! paste into a pull request, HTML. The gate's verdict comes first (it is what a reviewer looks
//! for), then each instrument's figures with their changes and intervals, the answers, the
//! notes, the actions, and the method. Long lists are summarised unless `--verbose` is given:
//! more than [`RESPONDENT_LIST`] respondents added and removed are counted, and more than
//! [`ANSWER_LIST`] changed answers are counted question by question.

use super::{Diff, FigureChange, Gate, SideInfo, WaveDiff};
use crate::compare::actions;
use crate::compare::change::Direction;
use crate::compare::figures::fixed;
use crate::compare::section::{Section, cell, partial_line};
use crate::compare::waves::WaveInfo;
use crate::lang::Lang;
use crate::report::doc::{Block, Cell, Column, Document, Inline, Table, Tone};
use crate::report::parts::role_name;
use crate::tr;

/// Respondents added and removed are listed by name up to this many (together).
pub const RESPONDENT_LIST: usize = 10;

/// Changed answers are listed one by one up to this many.
pub const ANSWER_LIST: usize = 30;

/// What the document shows besides the diff itself.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Options {
    /// `--fail-on-drop`, when given.
    pub gate: Option<Gate>,
    /// List every respondent and changed answer, however many.
    pub verbose: bool,
}

/// A number of points as a reader writes it: `5`, `2.5`.
pub fn points(p: f64) -> String {
    let s = fixed(p, 1);
    s.strip_suffix(".0").map_or(s.clone(), str::to_string)
}

/// The gate's verdict: whether it failed, and its lines (the first is the message of a failed
/// gate).
pub fn verdict(d: &WaveDiff, gate: Gate, lang: Lang) -> (bool, Vec<String>) {
    let drops = gate.drops(d);
    let list = |drops: &[super::Drop<'_>]| {
        drops
            .iter()
            .map(|x| {
                let name = if d.diffs.len() > 1 {
                    format!("{} {}", x.instrument, x.figure.label)
                } else {
                    x.figure.label.clone()
                };
                format!("{name} (−{})", fixed(x.points, 1))
            })
            .collect::<Vec<_>>()
            .join(&tr!(lang, "report-list-separator"))
    };
    // A number, so that the catalog can say "1 point" and "5 points".
    let p = gate.points;
    let key = match (drops.is_empty(), gate.significant) {
        (true, false) => "compare-gate-pass",
        (true, true) => "compare-gate-pass-significant",
        (false, false) => "compare-gate-fail",
        (false, true) => "compare-gate-fail-significant",
    };
    let mut lines = vec![tr!(
        lang,
        key,
        n = drops.len(),
        points = p,
        drops = list(&drops)
    )];
    let noise = gate.within_noise(d);
    if !noise.is_empty() {
        lines.push(tr!(
            lang,
            "compare-gate-noise",
            n = noise.len(),
            points = p,
            drops = list(&noise)
        ));
    }
    if d.diffs.iter().any(has_kano) {
        lines.push(tr!(lang, "compare-kano-rule"));
    }
    (!drops.is_empty(), lines)
}

fn has_kano(d: &Diff) -> bool {
    d.figures.iter().any(|f| f.key.starts_with("kano."))
}

/// The message of a failed gate, `None` when it passed.
pub fn drop_message(d: &WaveDiff, gate: Gate, lang: Lang) -> Option<String> {
    let (failed, lines) = verdict(d, gate, lang);
    failed.then(|| lines.into_iter().next().unwrap_or_default())
}

/// Where a wave's files are: its folder, its one file, or how many files.
fn place(folder: Option<&String>, files: &[String], lang: Lang) -> String {
    match (folder, files) {
        (Some(f), _) => f.clone(),
        (None, [one]) => one.clone(),
        (None, many) => tr!(lang, "compare-files", n = many.len()),
    }
}

fn dated(label: &str, date: Option<&String>) -> String {
    match date {
        Some(d) if d != label => format!("{label} · {d}"),
        _ => label.to_string(),
    }
}

/// "2026-Q3 · 2026-08-20 · v1 · 12 respondents · 2026-Q3/".
fn side_line(s: &SideInfo, folder: Option<&String>, lang: Lang) -> String {
    format!(
        "{} · v{} · {} · {}",
        dated(&s.label, s.date.as_ref()),
        s.version,
        tr!(lang, "report-respondents", n = s.respondents),
        place(folder, &s.files, lang)
    )
}

/// "2026-Q3 · 2026-08-20 · 2026-Q3/".
fn wave_line(w: &WaveInfo, lang: Lang) -> String {
    format!(
        "{} · {}",
        dated(&w.label, w.date.as_ref()),
        place(w.folder.as_ref(), &w.files, lang)
    )
}

/// The title and the two waves: of the instrument when there is one (`single`), else of the
/// waves.
fn head(d: &WaveDiff, single: Option<&Diff>, lang: Lang) -> Document {
    let (title, old, new) = if let Some(x) = single {
        let title = tr!(
            lang,
            "compare-diff-title",
            title = x.title.clone(),
            id = x.instrument.clone()
        );
        let old = side_line(&x.old, d.old.folder.as_ref(), lang);
        (title, old, side_line(&x.new, d.new.folder.as_ref(), lang))
    } else {
        let title = tr!(
            lang,
            "compare-diff-waves-title",
            old = d.old.label.clone(),
            new = d.new.label.clone()
        );
        (title, wave_line(&d.old, lang), wave_line(&d.new, lang))
    };
    let mut doc = Document::new(title);
    doc.meta.push(tr!(lang, "compare-old", wave = old).into());
    doc.meta.push(tr!(lang, "compare-new", wave = new).into());
    doc
}

/// The diff as a document.
pub fn document(d: &WaveDiff, options: &Options, lang: Lang) -> Document {
    let single = d.diffs.len() == 1 && d.only_old.is_empty() && d.only_new.is_empty();
    let mut doc = head(d, d.diffs.first().filter(|_| single), lang);
    if let Some(gate) = options.gate {
        let (failed, lines) = verdict(d, gate, lang);
        let mut title = format!("--fail-on-drop {}", points(gate.points));
        if gate.significant {
            title.push_str(" --significant");
        }
        doc.push(Block::Callout {
            tone: if failed { Tone::Bad } else { Tone::Good },
            title: Some(title),
            lines: lines.into_iter().map(Inline::from).collect(),
        });
    }
    for x in &d.diffs {
        let level = if single {
            2
        } else {
            doc.heading(2, format!("{} ({})", x.title, x.instrument));
            doc.paragraph(format!(
                "{} → {}",
                side_line(&x.old, None, lang),
                side_line(&x.new, None, lang)
            ));
            3
        };
        let mut s = Section {
            doc: &mut doc,
            level,
        };
        instrument(&mut s, x, options.verbose, lang);
    }
    let mut s = Section {
        doc: &mut doc,
        level: 2,
    };
    for (ids, key, wave) in [
        (&d.only_old, "compare-instruments-only", &d.old.label),
        (&d.only_new, "compare-instruments-only", &d.new.label),
    ] {
        if !ids.is_empty() {
            s.paragraph(tr!(lang, key, wave = wave.clone(), ids = ids.join(", ")));
        }
    }
    if let Some(a) = &d.actions {
        actions::section(&mut s, a, lang);
    }
    s.heading(tr!(lang, "report-method"));
    let mut method = vec![
        tr!(lang, "compare-method-waves"),
        tr!(lang, "compare-method-matching"),
        tr!(lang, "compare-method-intervals"),
    ];
    if let Some(g) = options.gate.filter(|g| g.significant) {
        method.push(tr!(
            lang,
            "compare-method-significant-gate",
            points = g.points
        ));
    }
    s.push(Block::Method(method));
    doc
}

/// The change cell: direction, signed change, and `*` when significant.
fn change_cell(f: &FigureChange) -> Cell {
    let tone = match f.step.direction {
        Direction::Up => Tone::Good,
        Direction::Down => Tone::Bad,
        _ => Tone::Dim,
    };
    let mut text = Inline::toned(f.step.direction.symbol(), tone);
    let change = f.step.text(f.unit);
    if !change.is_empty() {
        text = text.then(format!(" {change}"), Tone::Plain);
    }
    if f.step.significant == Some(true) {
        text = text.then(" *", Tone::Warn);
    }
    Cell::Text(text)
}

fn interval_cell(f: &FigureChange, lang: Lang) -> Cell {
    match f.step.interval_text(f.unit, lang) {
        Some(t) => cell(t),
        None if f.measured && f.step.change.is_some() => cell("n/a"),
        None => cell(""),
    }
}

/// One instrument's figures, answers and notes.
fn instrument(s: &mut Section<'_>, x: &Diff, verbose: bool, lang: Lang) {
    for side in [&x.old, &x.new] {
        if let Some(line) = partial_line(
            &side.label,
            side.partial,
            side.left_out,
            side.respondents,
            lang,
        ) {
            s.push(Block::Paragraph(line));
        }
    }
    s.heading(tr!(lang, "compare-headline-figures"));
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "report-figure")),
        Column::number(x.old.label.clone()),
        Column::number(x.new.label.clone()),
        Column::label(tr!(lang, "compare-change")),
        Column::number(tr!(lang, "compare-interval")).optional(),
    ]);
    for f in &x.figures {
        t.row(vec![
            cell(f.label.clone()),
            cell(f.old_text.clone()),
            cell(f.new_text.clone()),
            change_cell(f),
            interval_cell(f, lang),
        ]);
    }
    s.table(t);
    s.push(Block::Paragraph(Inline::toned(
        tr!(lang, "compare-significant-legend"),
        Tone::Dim,
    )));
    for (list, wave) in [(&x.only_old, &x.old.label), (&x.only_new, &x.new.label)] {
        if !list.is_empty() {
            s.paragraph(tr!(lang, "compare-figures-only", wave = wave.clone()));
            s.push(Block::Bullets(
                list.iter()
                    .map(|f| Inline::plain(format!("{}: {}", f.label, f.text)))
                    .collect(),
            ));
        }
    }
    answers(s, x, verbose, lang);
    if !x.notes.is_empty() {
        s.heading(tr!(lang, "compare-notes"));
        let quoted = |v: Option<&str>| v.map_or_else(|| "—".to_string(), |n| format!("“{n}”"));
        s.push(Block::Bullets(
            x.notes
                .iter()
                .map(|n| {
                    Inline::plain(format!(
                        "{} · {}: {} → {}",
                        n.respondent,
                        n.question,
                        quoted(n.old),
                        quoted(n.new)
                    ))
                })
                .collect(),
        ));
    }
}

/// "+ carol (added, customer, 1 answer)".
fn respondent_line(r: &super::RespondentChange, added: bool, lang: Lang) -> Inline {
    let role = r
        .role
        .as_deref()
        .map_or_else(|| "—".to_string(), |x| role_name(x, lang));
    let (key, tone) = if added {
        ("compare-respondent-added", Tone::Good)
    } else {
        ("compare-respondent-removed", Tone::Bad)
    };
    Inline::toned(
        tr!(
            lang,
            key,
            respondent = r.respondent.clone(),
            role = role,
            n = r.answers
        ),
        tone,
    )
}

fn answers(s: &mut Section<'_>, x: &Diff, verbose: bool, lang: Lang) {
    s.heading(tr!(lang, "compare-answers"));
    let both = x.new.respondents.saturating_sub(x.added.len());
    s.paragraph(tr!(
        lang,
        "compare-answers-summary",
        both = both,
        changed = x.answers.len(),
        carried = x.unchanged.carried,
        confirmed = x.unchanged.confirmed
    ));
    let people = x.added.len() + x.removed.len();
    if people > 0 && (verbose || people <= RESPONDENT_LIST) {
        let mut lines: Vec<Inline> = x
            .added
            .iter()
            .map(|r| respondent_line(r, true, lang))
            .collect();
        lines.extend(x.removed.iter().map(|r| respondent_line(r, false, lang)));
        s.push(Block::Bullets(lines));
    } else if people > 0 {
        s.paragraph(tr!(
            lang,
            "compare-respondents-counted",
            added = x.added.len(),
            removed = x.removed.len()
        ));
    }
    if x.answers.is_empty() {
        return;
    }
    if verbose || x.answers.len() <= ANSWER_LIST {
        let mut t = Table::new(vec![
            Column::label(tr!(lang, "compare-respondent")),
            Column::label(tr!(lang, "compare-question")),
            Column::text(x.old.label.clone()),
            Column::text(x.new.label.clone()),
        ]);
        let shown = |v: Option<&str>| v.unwrap_or("—").to_string();
        for a in x.answers.iter() {
            let mut new = Inline::plain(shown(a.new));
            if a.carried {
                new = new.then(format!(" ({})", tr!(lang, "compare-carried")), Tone::Dim);
            }
            t.row(vec![
                cell(a.respondent),
                cell(a.question),
                cell(shown(a.old)),
                Cell::Text(new),
            ]);
        }
        s.table(t);
        return;
    }
    // Counted question by question, in questionnaire order.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for a in x.answers.iter() {
        match counts.iter_mut().find(|(q, _)| *q == a.question) {
            Some((_, k)) => *k += 1,
            None => counts.push((a.question, 1)),
        }
    }
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "compare-question")),
        Column::number(tr!(lang, "compare-changed-by")),
    ]);
    for (q, k) in counts {
        t.row(vec![cell(q), cell(k.to_string())]);
    }
    s.table(t);
    s.paragraph(Inline::toned(
        tr!(lang, "compare-answers-counted", n = x.answers.len()),
        Tone::Dim,
    ));
}
