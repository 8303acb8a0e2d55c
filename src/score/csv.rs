//! Scoring a CSV file in the import layout, for `report --instrument X data.csv`. Kano and
//! SERVQUAL files (without segments) take the fast path: the rows' cells go straight into the
//! accumulators by question index ([`KanoRows`], [`ServqualRows`]), no response built per row,
//! in the same parts as the general two-part fold. Any problem in the file, or anything the
//! fast path leaves to the general reader, and the file is read the general way, whose errors
//! name every problem's row and column; so the figures and the errors are the general path's
//! whichever path reads the file (the tests hold the two to each other).

use std::path::Path;

use super::kano::KanoParts;
use super::servqual::CellSlots;
use super::{Accumulator, Scorer};
use crate::error::Result;
use crate::instrument::{Instrument, Kind, QuestionKind};
use crate::response::csv::{
    AnswerPath, Cell, CsvSummary, Gaps, RowSink, SPLIT_MIN_BYTES, fold_csv_parts_at, fold_fast_at,
    read_csv_responses,
};

/// Folds the CSV file at `path` into `scorer` (after what it holds). Memory stays flat
/// whatever the row count; every row is checked, and with any problem nothing is added and
/// the error names every problem's row and column. Kinds whose accumulators merge fold a
/// large file in two parts on two threads.
pub fn fold_csv(
    instrument: &Instrument,
    path: &Path,
    scorer: &mut Scorer<'_>,
) -> Result<CsvSummary> {
    fold_csv_at(instrument, path, scorer, SPLIT_MIN_BYTES, true)
}

/// [`fold_csv`], splitting files from `split_bytes` on, through the fast path when `fast`.
pub(crate) fn fold_csv_at(
    instrument: &Instrument,
    path: &Path,
    scorer: &mut Scorer<'_>,
    split_bytes: u64,
    fast: bool,
) -> Result<CsvSummary> {
    if !scorer.mergeable() {
        return read_csv_responses(instrument, path, |r| scorer.add(r));
    }
    let folded = if fast {
        fast_parts(instrument, path, scorer, split_bytes)
    } else {
        None
    };
    let (parts, summary) = if let Some(done) = folded {
        done
    } else {
        let fresh = scorer.fresh();
        fold_csv_parts_at(
            instrument,
            path,
            &|| fresh.fresh(),
            &|s: &mut Scorer<'_>, r| s.add(r),
            split_bytes,
        )?
    };
    for part in parts {
        scorer.merge(part);
    }
    Ok(summary)
}

/// The fast path's scorers, one per part, for the kinds it serves.
fn fast_parts<'a>(
    instrument: &Instrument,
    path: &Path,
    scorer: &Scorer<'a>,
    split_bytes: u64,
) -> Option<(Vec<Scorer<'a>>, CsvSummary)> {
    match instrument.kind {
        Kind::Kano => {
            let fresh = |paths: &[AnswerPath]| Some(KanoRows::new(scorer.fresh(), paths));
            let (sinks, summary) = fold_fast_at(instrument, path, &fresh, split_bytes)?;
            Some((
                sinks.into_iter().map(KanoRows::into_scorer).collect(),
                summary,
            ))
        }
        Kind::Servqual => {
            let fresh = |paths: &[AnswerPath]| ServqualRows::new(scorer.fresh(), paths);
            let (sinks, summary) = fold_fast_at(instrument, path, &fresh, split_bytes)?;
            Some((
                sinks.into_iter().map(ServqualRows::into_scorer).collect(),
                summary,
            ))
        }
        _ => None,
    }
}

/// Kano rows into a scorer: per feature, the slots of its functional, dysfunctional and
/// importance cells.
#[derive(Debug)]
pub(crate) struct KanoRows<'a> {
    scorer: Scorer<'a>,
    counted: AnswerCounts,
    slots: Vec<[Option<usize>; 3]>,
    answers: Vec<KanoParts>,
}

impl<'a> KanoRows<'a> {
    pub(crate) fn new(scorer: Scorer<'a>, paths: &[AnswerPath]) -> Self {
        let features: Vec<usize> = scorer
            .instrument()
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| matches!(q.kind, QuestionKind::Kano { .. }))
            .map(|(i, _)| i)
            .collect();
        let mut slots = vec![[None; 3]; features.len()];
        for (slot, p) in paths.iter().enumerate() {
            if let (Some(f), Some(part @ 0..=2)) =
                (features.iter().position(|&q| q == p.question), p.part)
            {
                slots[f][part] = Some(slot);
            }
        }
        KanoRows {
            counted: AnswerCounts::new(scorer.instrument(), paths),
            answers: vec![(None, None, None); features.len()],
            scorer,
            slots,
        }
    }
}

impl<'a> KanoRows<'a> {
    /// The scorer, with the answers counted for the evidence coverage.
    fn into_scorer(mut self) -> Scorer<'a> {
        self.counted.into_scorer(&mut self.scorer);
        self.scorer
    }
}

impl RowSink for KanoRows<'_> {
    fn row(&mut self, role: Option<&str>, cells: &[Cell], gaps: Gaps) {
        self.counted.row(cells, gaps);
        let cell = |s: Option<usize>| s.map(|s| cells[s]);
        for (answer, s) in self.answers.iter_mut().zip(&self.slots) {
            let word = |s| match cell(s) {
                Some(Cell::Kano(w)) => Some(w),
                _ => None,
            };
            let importance = match cell(s[2]) {
                Some(Cell::Point(v)) => Some(v),
                _ => None,
            };
            *answer = (word(s[0]), word(s[1]), importance);
        }
        let answers = &self.answers;
        self.scorer.add_folded(role, |acc| {
            if let Accumulator::Kano(k) = acc {
                k.add_answers(answers);
            }
        });
    }
}

/// SERVQUAL rows into a scorer: per item, the slots of its expected, perceived, adequate and
/// desired parts; per part of the allocation the weights come from, its slot.
#[derive(Debug)]
pub(crate) struct ServqualRows<'a> {
    scorer: Scorer<'a>,
    counted: AnswerCounts,
    items: CellSlots,
    allocation: Vec<Option<usize>>,
    points: Vec<Option<f64>>,
}

impl<'a> ServqualRows<'a> {
    pub(crate) fn new(scorer: Scorer<'a>, paths: &[AnswerPath]) -> Option<Self> {
        let inst = scorer.instrument();
        let Accumulator::Servqual(acc) = Accumulator::new(inst, &super::ScoreOptions::default())
        else {
            return None;
        };
        let items: Vec<usize> = acc
            .item_ids()
            .map(|id| inst.question_index(id))
            .collect::<Option<_>>()?;
        let mut slots = vec![[None; 4]; items.len()];
        let (alloc_question, alloc_parts) = match acc.allocation() {
            Some((id, parts)) => (inst.question_index(id), parts.len()),
            None => (None, 0),
        };
        let mut allocation = vec![None; alloc_parts];
        for (slot, p) in paths.iter().enumerate() {
            let Some(part) = p.part else { continue };
            if let Some(i) = items.iter().position(|&q| q == p.question) {
                let QuestionKind::Pair { parts, .. } = &inst.questions[p.question].kind else {
                    return None;
                };
                let role = match parts.get(part).map(String::as_str) {
                    Some("expected") => 0,
                    Some("perceived") => 1,
                    Some("adequate") => 2,
                    Some("desired") => 3,
                    _ => continue,
                };
                slots[i][role] = Some(slot);
            } else if alloc_question == Some(p.question) {
                *allocation.get_mut(part)? = Some(slot);
            }
        }
        Some(ServqualRows {
            counted: AnswerCounts::new(inst, paths),
            points: vec![None; alloc_parts],
            scorer,
            items: CellSlots::new(slots),
            allocation,
        })
    }
}

impl<'a> ServqualRows<'a> {
    /// The scorer, with the answers counted for the evidence coverage.
    fn into_scorer(mut self) -> Scorer<'a> {
        self.counted.into_scorer(&mut self.scorer);
        self.scorer
    }
}

impl RowSink for ServqualRows<'_> {
    fn row(&mut self, role: Option<&str>, cells: &[Cell], gaps: Gaps) {
        self.counted.row(cells, gaps);
        // The allocation's answer: N/A in any part is the whole allocation N/A, no cell at
        // all is unanswered; otherwise the points given, a part missing where not.
        let mut na = false;
        let mut given = false;
        for (p, s) in self.points.iter_mut().zip(&self.allocation) {
            *p = None;
            match s.map(|s| cells[s]) {
                Some(Cell::Points(v)) => {
                    *p = Some(v);
                    given = true;
                }
                Some(Cell::Na) => na = true,
                _ => {}
            }
        }
        let points = (given && !na).then_some(self.points.as_slice());
        let slots = &self.items;
        self.scorer.add_folded(role, |acc| {
            if let Accumulator::Servqual(s) = acc {
                s.add_cells(cells, slots, points);
            }
        });
    }
}

/// Per question, how many rows answered it (not N/A), as the general reader's responses
/// count in [`super::voices::Voices`]: the evidence coverage of a file without evidence.
#[derive(Debug)]
struct AnswerCounts {
    /// Per question with a column: its id, how its N/A reads, its slots, the rows answering.
    questions: Vec<Counted>,
    /// Rows with every cell an answer (none empty, none N/A): rows answering every question.
    full: usize,
    /// Every slot is below 64: a row's empty and N/A cells are two bit sets, and each
    /// question's count is a few tests of them against its slots' bits.
    by_bits: bool,
}

#[derive(Debug)]
struct Counted {
    id: String,
    na: NaRule,
    slots: Vec<usize>,
    /// The slots as bits (when [`AnswerCounts::by_bits`]).
    bits: u64,
    answers: usize,
}

/// When a row's cells of a question make the answer N/A rather than an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NaRule {
    /// NA in any cell (a single value, a Kano feature, an allocation).
    Any,
    /// NA in every part, all of them in the file (a pair).
    EveryPart,
    /// NA in every part, but some part has no column: never N/A.
    Never,
}

impl AnswerCounts {
    fn new(instrument: &Instrument, paths: &[AnswerPath]) -> Self {
        let mut questions: Vec<(usize, Counted)> = Vec::new();
        for (slot, p) in paths.iter().enumerate() {
            if let Some((_, c)) = questions.iter_mut().find(|(q, _)| *q == p.question) {
                c.slots.push(slot);
                continue;
            }
            let q = &instrument.questions[p.question];
            let na = if matches!(q.kind, QuestionKind::Pair { .. }) {
                NaRule::EveryPart
            } else {
                NaRule::Any
            };
            let counted = Counted {
                id: q.id.clone(),
                na,
                slots: vec![slot],
                bits: 0,
                answers: 0,
            };
            questions.push((p.question, counted));
        }
        let questions = questions
            .into_iter()
            .map(|(q, mut c)| {
                if let QuestionKind::Pair { parts, .. } = &instrument.questions[q].kind {
                    if c.slots.len() != parts.len() {
                        c.na = NaRule::Never;
                    }
                }
                c.bits = c
                    .slots
                    .iter()
                    .filter_map(|&s| 1u64.checked_shl(u32::try_from(s).ok()?))
                    .fold(0, |b, bit| b | bit);
                c
            })
            .collect();
        AnswerCounts {
            questions,
            full: 0,
            by_bits: paths.len() <= 64,
        }
    }

    /// Counts one valid row (`gaps`: see [`RowSink::row`]).
    fn row(&mut self, cells: &[Cell], gaps: Gaps) {
        match gaps {
            Gaps::None => {
                self.full += 1;
                return;
            }
            Gaps::Empty(empty) if self.by_bits => {
                // No N/A: a question is answered when any of its cells is given.
                for q in &mut self.questions {
                    q.answers += usize::from(q.bits & !empty != 0);
                }
                return;
            }
            Gaps::Empty(_) | Gaps::Unknown => {}
        }
        if self.by_bits {
            let (mut empty, mut na) = (0u64, 0u64);
            for (i, c) in cells.iter().enumerate().take(64) {
                empty |= u64::from(matches!(c, Cell::Empty)) << i;
                na |= u64::from(matches!(c, Cell::Na)) << i;
            }
            for q in &mut self.questions {
                // Some cell given; any N/A; every cell N/A (as the loop below).
                let given = q.bits & !empty != 0;
                let is_na = match q.na {
                    NaRule::Any => q.bits & na != 0,
                    NaRule::EveryPart => q.bits & !na == 0,
                    NaRule::Never => false,
                };
                q.answers += usize::from(given && !is_na);
            }
            return;
        }
        for q in &mut self.questions {
            let (mut given, mut na, mut all_na) = (false, false, true);
            for &s in &q.slots {
                match cells[s] {
                    Cell::Empty => all_na = false,
                    Cell::Na => {
                        given = true;
                        na = true;
                    }
                    _ => {
                        given = true;
                        all_na = false;
                    }
                }
            }
            let is_na = match q.na {
                NaRule::Any => na,
                NaRule::EveryPart => all_na,
                NaRule::Never => false,
            };
            if given && !is_na {
                q.answers += 1;
            }
        }
    }

    fn into_scorer(self, scorer: &mut Scorer<'_>) {
        for q in self.questions {
            scorer.count_answers(&q.id, q.answers + self.full);
        }
    }
}

#[cfg(test)]
mod tests;
