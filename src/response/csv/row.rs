//! One record read against the layout: each question's cells combined into its answer, with
//! every problem at its row and column.

use csv::ByteRecord;

use super::cells::{self, Cell};
use super::columns::{Layout, QuestionColumns};
use super::place;
use super::stream::text;
use crate::error::Problem;
use crate::instrument::{Question, QuestionKind};
use crate::lang::messages;
use crate::response::{Answer, PartValue, number};
use crate::tr;

/// One record, being read against the layout.
pub(super) struct RowReader<'r> {
    pub file: &'r str,
    pub row: u64,
    pub layout: &'r Layout,
    pub record: &'r ByteRecord,
    /// The record's answer cells, parsed as it was read (`None`: a problem, or no answer column).
    pub cells: &'r [Option<Cell>],
    pub parsed: &'r mut Vec<QuestionCell>,
    /// Whether a complete allocation off its total is scaled to it (see
    /// [`super::CsvResponses::allocations_as_given`]).
    pub rescale_allocations: bool,
}

/// A parsed cell of a question, with its column and part.
#[derive(Debug, Clone, Copy)]
pub(super) struct QuestionCell {
    /// The column in the record.
    column: usize,
    /// See [`columns::AnswerColumn::part`].
    part: Option<usize>,
    cell: Cell,
}

impl RowReader<'_> {
    /// The cell in `column` as text.
    fn text(&self, column: usize) -> &str {
        text(self.record.get(column).unwrap_or_default())
    }

    fn problem(&self, column: usize, what: String, fix: String) -> Problem {
        place(
            self.file,
            self.row,
            column,
            &self.layout.header(column),
            what,
            fix,
        )
    }

    /// The answer to `q` in this row, with a note when an allocation was renormalised; `None`
    /// when unanswered or when a problem was found (and pushed).
    /// The answer goes into `spare`, which holds an earlier row's answer to the same question
    /// (or nothing): a pair answer reuses its part list, so a row of pairs allocates nothing.
    /// `Some(note)` when answered.
    #[allow(clippy::option_option)]
    pub fn answer(
        &mut self,
        q: &Question,
        qc: &QuestionColumns,
        problems: &mut Vec<Problem>,
        spare: &mut Option<Answer>,
    ) -> Option<Option<String>> {
        if self.whole(q, qc, spare) {
            return Some(None);
        }
        let before = problems.len();
        self.parsed.clear();
        for column in &qc.columns {
            let parsed = match self.cells.get(column.column) {
                Some(Some(cell)) => Ok(*cell),
                // A problem: read the cell again for its message.
                _ => cells::parse(&column.kind, self.text(column.column)),
            };
            match parsed {
                Ok(cell) => self.parsed.push(QuestionCell {
                    column: column.column,
                    part: column.part,
                    cell,
                }),
                Err((what, fix)) => problems.push(self.problem(column.column, what, fix)),
            }
        }
        if problems.len() > before || self.parsed.iter().all(|c| c.cell == Cell::Empty) {
            return None;
        }
        let cells: &[QuestionCell] = self.parsed;
        let result = match &q.kind {
            QuestionKind::Scale(_) | QuestionKind::Rubric(_) | QuestionKind::Text => {
                self.single(q, &cells[0])
            }
            QuestionKind::Kano { .. } => self.kano(q, cells),
            QuestionKind::Pair { parts, .. } => {
                return match self.pair(q, parts, cells, spare) {
                    Ok(()) => Some(None),
                    Err(p) => {
                        problems.extend(p);
                        None
                    }
                };
            }
            QuestionKind::Allocation { total, parts } => {
                let (answer, note) = self.allocation(q, *total, parts.len(), cells, problems)?;
                *spare = Some(answer);
                return Some(note);
            }
        };
        match result {
            Ok(answer) => {
                *spare = Some(answer);
                Some(None)
            }
            Err(p) => {
                problems.extend(p);
                None
            }
        }
    }

    /// The usual row, read directly: a Kano question with every answer (and the importance it
    /// asks) given as words and a number, or a pair with every part a scale point whose
    /// earlier answer in `spare` is a whole part list to overwrite. False for anything else
    /// (an empty cell, NA, a problem), which [`Self::answer`] then reads the general way.
    fn whole(&self, q: &Question, qc: &QuestionColumns, spare: &mut Option<Answer>) -> bool {
        let cell = |column: usize| self.cells.get(column).copied().flatten();
        match &q.kind {
            QuestionKind::Kano { importance, .. } => {
                let (mut functional, mut dysfunctional, mut rating) = (None, None, None);
                for c in &qc.columns {
                    match (c.part, cell(c.column)) {
                        (Some(0), Some(Cell::Kano(w))) => functional = Some(w),
                        (Some(1), Some(Cell::Kano(w))) => dysfunctional = Some(w),
                        (Some(2), Some(Cell::Point(v))) => rating = Some(v),
                        _ => return false,
                    }
                }
                if functional.is_none()
                    || dysfunctional.is_none()
                    || importance.is_some() != rating.is_some()
                {
                    return false;
                }
                *spare = Some(Answer::Kano {
                    functional,
                    dysfunctional,
                    importance: rating,
                });
                true
            }
            QuestionKind::Pair { parts, .. } if qc.columns.len() == parts.len() => {
                // A whole list made by `pair` for this question has every name in part order.
                let Some(Answer::Parts(kept)) = spare else {
                    return false;
                };
                if kept.len() != parts.len()
                    || !qc
                        .columns
                        .iter()
                        .all(|c| matches!(cell(c.column), Some(Cell::Point(_))))
                {
                    return false;
                }
                for c in &qc.columns {
                    if let (Some(p), Some(Cell::Point(v))) = (c.part, cell(c.column)) {
                        if let Some((_, value)) = kept.get_mut(p) {
                            *value = PartValue::Num(f64::from(v));
                        }
                    }
                }
                true
            }
            _ => false,
        }
    }

    fn na_not_allowed(&self, q: &Question, column: usize) -> Problem {
        self.problem(
            column,
            tr!(messages(), "err-csv-na-not-allowed", id = q.id.as_str()),
            tr!(messages(), "err-csv-na-not-allowed-fix"),
        )
    }

    fn single(&self, q: &Question, p: &QuestionCell) -> std::result::Result<Answer, Vec<Problem>> {
        match p.cell {
            Cell::Na if q.allow_na => Ok(Answer::Na(None)),
            Cell::Na => Err(vec![self.na_not_allowed(q, p.column)]),
            Cell::Point(v) => Ok(Answer::Value(v)),
            Cell::Text => Ok(Answer::Text(self.text(p.column).to_string())),
            // Columns of single-value questions never hold these.
            Cell::Empty | Cell::Kano(_) | Cell::Points(_) => Err(Vec::new()),
        }
    }

    fn kano(
        &self,
        q: &Question,
        cells: &[QuestionCell],
    ) -> std::result::Result<Answer, Vec<Problem>> {
        let na = cells.iter().find(|c| c.cell == Cell::Na);
        let given = cells
            .iter()
            .find(|c| !matches!(c.cell, Cell::Na | Cell::Empty));
        if let Some(na) = na {
            if !q.allow_na {
                // The importance column holds a 1–9 rating, the other two a Kano answer.
                let part = if na.part == Some(2) {
                    "importance"
                } else {
                    "answer"
                };
                return Err(vec![self.problem(
                    na.column,
                    tr!(
                        messages(),
                        "err-csv-kano-na",
                        part = part,
                        id = q.id.as_str()
                    ),
                    tr!(messages(), "err-csv-kano-na-fix", part = part),
                )]);
            }
            if let Some(given) = given {
                return Err(vec![self.problem(
                    na.column,
                    tr!(
                        messages(),
                        "err-csv-kano-na-mixed",
                        column = (given.column + 1).to_string(),
                        header = self.layout.header(given.column)
                    ),
                    tr!(messages(), "err-csv-kano-na-mixed-fix", id = q.id.as_str()),
                )]);
            }
            return Ok(Answer::Na(None));
        }
        let word = |part: usize| {
            cells.iter().find_map(|c| match (c.part, c.cell) {
                (Some(p), Cell::Kano(w)) if p == part => Some(w),
                _ => None,
            })
        };
        let importance = cells.iter().find_map(|c| match (c.part, c.cell) {
            (Some(2), Cell::Point(v)) => Some(v),
            _ => None,
        });
        Ok(Answer::Kano {
            functional: word(0),
            dysfunctional: word(1),
            importance,
        })
    }

    fn pair(
        &self,
        q: &Question,
        names: &[String],
        cells: &[QuestionCell],
        spare: &mut Option<Answer>,
    ) -> std::result::Result<(), Vec<Problem>> {
        if !q.allow_na {
            let problems: Vec<Problem> = cells
                .iter()
                .filter(|c| c.cell == Cell::Na)
                .map(|c| self.na_not_allowed(q, c.column))
                .collect();
            if !problems.is_empty() {
                return Err(problems);
            }
        }
        // NA in every part is the whole question not applicable, as export writes it.
        if cells.len() == names.len() && cells.iter().all(|c| c.cell == Cell::Na) {
            *spare = Some(Answer::Na(None));
            return Ok(());
        }
        // At most a handful of parts: on the stack, in part order.
        let mut parts = [(usize::MAX, PartValue::Na); 8];
        let mut n = 0;
        let mut overflow = Vec::new();
        for c in cells {
            let value = match c.cell {
                Cell::Na => PartValue::Na,
                Cell::Point(v) => PartValue::Num(f64::from(v)),
                _ => continue,
            };
            let part = (c.part.unwrap_or(0), value);
            if n < parts.len() {
                parts[n] = part;
                n += 1;
            } else {
                overflow.push(part);
            }
        }
        let mut given: Vec<(usize, PartValue)>;
        let given: &mut [(usize, PartValue)] = if overflow.is_empty() {
            &mut parts[..n]
        } else {
            given = parts[..n].to_vec();
            given.extend(overflow);
            &mut given
        };
        given.sort_by_key(|(i, _)| *i);
        let given: &[(usize, PartValue)] = given;
        // The row before answered the same parts (the usual case): its list is overwritten.
        if let Some(Answer::Parts(kept)) = spare {
            // Both lists were made here for this question, names in part order: when every
            // part is given in both, the names are the same without comparing them.
            let same = kept.len() == given.len()
                && (given.len() == names.len()
                    || kept
                        .iter()
                        .zip(given)
                        .all(|((name, _), (i, _))| names.get(*i) == Some(name)));
            if same {
                for ((_, value), (_, v)) in kept.iter_mut().zip(given) {
                    *value = *v;
                }
                return Ok(());
            }
        }
        *spare = Some(Answer::Parts(
            given
                .iter()
                .filter_map(|(i, v)| Some((names.get(*i)?.clone(), *v)))
                .collect(),
        ));
        Ok(())
    }

    fn allocation(
        &self,
        q: &Question,
        total: f64,
        part_count: usize,
        cells: &[QuestionCell],
        problems: &mut Vec<Problem>,
    ) -> Option<(Answer, Option<String>)> {
        let first = cells[0].column;
        let na = cells.iter().find(|c| c.cell == Cell::Na);
        let given = cells.iter().find(|c| matches!(c.cell, Cell::Points(_)));
        if let Some(na) = na {
            match given {
                Some(given) => problems.push(self.problem(
                    na.column,
                    tr!(
                        messages(),
                        "err-csv-allocation-na-mixed",
                        column = (given.column + 1).to_string(),
                        header = self.layout.header(given.column)
                    ),
                    tr!(messages(), "err-csv-allocation-na-mixed-fix"),
                )),
                None if q.allow_na => return Some((Answer::Na(None), None)),
                None => problems.push(self.na_not_allowed(q, na.column)),
            }
            return None;
        }
        let mut values: Vec<(usize, f64)> = cells
            .iter()
            .filter_map(|c| match c.cell {
                Cell::Points(v) => Some((c.part.unwrap_or(0), v)),
                _ => None,
            })
            .collect();
        values.sort_by_key(|(i, _)| *i);
        let sum: f64 = values.iter().map(|(_, v)| v).sum();
        if sum <= 0.0 || !sum.is_finite() {
            problems.push(self.problem(
                first,
                tr!(
                    messages(),
                    "err-csv-allocation-sum",
                    id = q.id.as_str(),
                    sum = number(sum)
                ),
                tr!(
                    messages(),
                    "err-csv-allocation-sum-fix",
                    total = number(total),
                    parts = part_count.to_string(),
                    id = q.id.as_str()
                ),
            ));
            return None;
        }
        let mut note = None;
        // Only a complete allocation is rescaled: one with a part missing is kept as given (the
        // scorer does not use it), never stretched to the total over the parts that are there.
        let complete = values.len() == part_count;
        if self.rescale_allocations && complete && (sum - total).abs() > total.abs().max(1.0) * 1e-9
        {
            for (_, v) in &mut values {
                *v = *v * total / sum;
            }
            note = Some(format!(
                "renormalised from {} to {} points on import",
                number(sum),
                number(total)
            ));
        }
        let QuestionKind::Allocation { parts, .. } = &q.kind else {
            return None;
        };
        let parts = values
            .into_iter()
            .filter_map(|(i, v)| Some((parts.get(i)?.id.clone(), PartValue::Num(v))))
            .collect();
        Some((Answer::Parts(parts), note))
    }
}
