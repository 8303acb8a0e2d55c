//! The column model: which answer each header cell names. A header is `respondent`, `role`, a
//! question id (single-value questions) or `<question-id>.<part>` (compound questions). Question
//! ids contain dots themselves (`estimate.tangibles.1`), so the whole name is tried as a question
//! id first, and only then is the last segment split off as a part. Everything about a column that
//! does not change from row to row (its scale, its accepted labels, the hint shown when a cell is
//! wrong) is worked out here once, so reading a row does no lookups by name.

use std::collections::HashMap;

use csv::StringRecord;

use super::place;
use crate::error::Problem;
use crate::instrument::{Instrument, Kind, MATURITY_LEVELS, Question, QuestionKind, Scale};
use crate::lang::messages;
use crate::response::kano_words::normalise;
use crate::tr;
use target::target_of;

mod target;

/// The Kano part names, in step order.
pub(super) const KANO_PARTS: [&str; 3] = ["functional", "dysfunctional", "importance"];

/// One answer path of an instrument: the column name, the question and the part it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerPath {
    /// The column name, e.g. `respect.1`, `online_tracking.functional`, `weights.reliability`.
    pub name: String,
    /// Index into [`Instrument::questions`].
    pub question: usize,
    /// The part: Kano 0 functional / 1 dysfunctional / 2 importance, or the index into a pair's
    /// or an allocation's parts; `None` for single-value questions.
    pub part: Option<usize>,
}

/// Every answer path of `instrument`, in questionnaire order: the columns of the import sheet.
pub fn answer_paths(instrument: &Instrument) -> Vec<AnswerPath> {
    let mut paths = Vec::new();
    for (qi, q) in instrument.questions.iter().enumerate() {
        let mut push = |suffix: Option<&str>, part: Option<usize>| {
            let name = match suffix {
                Some(s) => format!("{}.{s}", q.id),
                None => q.id.clone(),
            };
            paths.push(AnswerPath {
                name,
                question: qi,
                part,
            });
        };
        match &q.kind {
            QuestionKind::Scale(_) | QuestionKind::Rubric(_) | QuestionKind::Text => {
                push(None, None);
            }
            QuestionKind::Kano { importance, .. } => {
                let n = if importance.is_some() { 3 } else { 2 };
                for (i, part) in KANO_PARTS.iter().enumerate().take(n) {
                    push(Some(part), Some(i));
                }
            }
            QuestionKind::Pair { parts, .. } => {
                for (i, part) in parts.iter().enumerate() {
                    push(Some(part), Some(i));
                }
            }
            QuestionKind::Allocation { parts, .. } => {
                for (i, part) in parts.iter().enumerate() {
                    push(Some(&part.id), Some(i));
                }
            }
        }
    }
    paths
}

/// What a column names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Target {
    /// The respondent's name.
    Respondent,
    /// The respondent's role.
    Role,
    /// An answer, or one part of it.
    Answer {
        question: usize,
        part: Option<usize>,
    },
    /// The evidence (`<question>.evidence`), confidence (`<question>.confidence`), note
    /// (`<question>.note`) or N/A reason (`<question>.na_reason`) of an answer.
    Extra { question: usize, what: ExtraKind },
}

/// What an extra column of a question holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum ExtraKind {
    /// Evidence entries, `supports: … | contradicts: …`.
    Evidence,
    /// `low`, `medium` or `high`.
    Confidence,
    /// The note on the question, as written.
    Note,
    /// The reason of an N/A answer.
    NaReason,
}

impl ExtraKind {
    /// Every extra kind, in the order `export` writes their columns.
    pub const ALL: [ExtraKind; 4] = [
        ExtraKind::Evidence,
        ExtraKind::Confidence,
        ExtraKind::Note,
        ExtraKind::NaReason,
    ];

    /// The column name's last segment.
    pub fn suffix(self) -> &'static str {
        match self {
            ExtraKind::Evidence => "evidence",
            ExtraKind::Confidence => "confidence",
            ExtraKind::Note => "note",
            ExtraKind::NaReason => "na_reason",
        }
    }
}

/// A whole-number cell: a scale point, a rubric level, a pair part, a Kano importance.
#[derive(Debug, Clone)]
pub(super) struct PointSpec {
    pub min: i32,
    pub max: i32,
    /// Accepted labels, normalised, with their points.
    pub labels: Vec<(String, i32)>,
    /// What to write instead, for error messages.
    pub hint: String,
}

/// What a cell of a column holds.
#[derive(Debug, Clone)]
pub(super) enum CellKind {
    /// A whole number in range, or a label of the scale.
    Point(PointSpec),
    /// A Kano answer word, label or code.
    Kano,
    /// Allocated points: a non-negative number.
    Points,
    /// Free text.
    Text,
}

/// One answer column.
#[derive(Debug, Clone)]
pub(super) struct AnswerColumn {
    /// Index of the column in the record.
    pub column: usize,
    /// The part it holds (see [`AnswerPath::part`]).
    pub part: Option<usize>,
    /// What its cells hold.
    pub kind: CellKind,
}

/// The columns of one question, in the order they appear in the file.
#[derive(Debug, Clone)]
pub(super) struct QuestionColumns {
    /// Index into [`Instrument::questions`].
    pub question: usize,
    /// Its columns.
    pub columns: Vec<AnswerColumn>,
}

/// A resolved header row.
#[derive(Debug, Clone)]
pub(super) struct Layout {
    /// The header cells as written (trimmed), for messages.
    pub headers: Vec<String>,
    /// The `respondent` column.
    pub respondent: Option<usize>,
    /// The `role` column.
    pub role: Option<usize>,
    /// The answer columns grouped by question, in questionnaire order.
    pub questions: Vec<QuestionColumns>,
    /// Columns with an empty header (spreadsheets often leave trailing ones): ignored while
    /// their cells are empty.
    pub unnamed: Vec<usize>,
    /// The evidence, confidence, note and N/A reason columns: (column, question, what).
    pub extras: Vec<(usize, usize, ExtraKind)>,
}

impl Layout {
    /// The header of column `index`, or a description for a column beyond the header.
    pub fn header(&self, index: usize) -> std::borrow::Cow<'_, str> {
        match self.headers.get(index) {
            Some(h) => h.as_str().into(),
            None if self.headers.is_empty() => tr!(messages(), "err-csv-header-row").into(),
            None => tr!(messages(), "err-csv-beyond-header").into(),
        }
    }
}

/// How a user gets the column list for this instrument.
pub(super) fn template_hint(instrument: &Instrument) -> String {
    let spec = match instrument.source_label().as_str() {
        "builtin" => instrument.id.clone(),
        path => path.to_string(),
    };
    tr!(messages(), "err-csv-template-hint", spec = spec)
}

/// The longest header read, in characters: headers name answer paths (a few dozen characters).
/// A longer one is refused before it is compared with every answer path for a "did you mean".
pub(super) const MAX_HEADER_CHARS: usize = 256;

/// The most columns read: an instrument's answer paths are a few hundred at most. A wider
/// header is refused before any column is compared with the answer paths.
pub(super) const MAX_COLUMNS: usize = 4096;

/// Resolves the header row against `instrument`, reporting every bad column at once (up to
/// [`super::MAX_PROBLEMS`]; past them the rest are counted, not examined).
pub(super) fn resolve(
    instrument: &Instrument,
    file: &str,
    header: &StringRecord,
) -> Result<Layout, Vec<Problem>> {
    if header.len() > MAX_COLUMNS {
        return Err(vec![Problem::file(
            file,
            tr!(
                messages(),
                "err-csv-too-many-columns",
                n = header.len().to_string(),
                max = MAX_COLUMNS.to_string()
            ),
            tr!(
                messages(),
                "err-csv-too-many-columns-fix",
                hint = template_hint(instrument)
            ),
        )]);
    }
    let headers: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let mut problems = Vec::new();
    let mut unexamined = 0usize;
    let mut seen: HashMap<Target, usize> = HashMap::new();
    let mut respondent = None;
    let mut role = None;
    let mut unnamed = Vec::new();
    let mut extras = Vec::new();
    let mut by_question: Vec<Vec<AnswerColumn>> = vec![Vec::new(); instrument.questions.len()];
    let paths = answer_paths(instrument);
    for (index, name) in headers.iter().enumerate() {
        if problems.len() >= super::MAX_PROBLEMS {
            unexamined += 1;
            continue;
        }
        let shown = crate::yaml::clip(name, 60);
        let bad = |what: String, fix: String| place(file, 1, index, &shown, what, fix);
        if name.is_empty() {
            unnamed.push(index);
            continue;
        }
        let chars = name.chars().count();
        if chars > MAX_HEADER_CHARS {
            problems.push(bad(
                tr!(
                    messages(),
                    "err-csv-header-too-long",
                    n = chars.to_string(),
                    begins = super::cells::quote(name)
                ),
                tr!(
                    messages(),
                    "err-csv-header-too-long-fix",
                    hint = template_hint(instrument)
                ),
            ));
            continue;
        }
        let target = match target_of(instrument, &paths, name) {
            Ok(t) => t,
            Err((what, fix)) => {
                problems.push(bad(what, fix));
                continue;
            }
        };
        if let Some(first) = seen.get(&target) {
            problems.push(bad(
                tr!(
                    messages(),
                    "err-csv-column-twice",
                    name = name.as_str(),
                    column = (first + 1).to_string(),
                    other = headers[*first].as_str()
                ),
                tr!(messages(), "err-csv-column-twice-fix"),
            ));
            continue;
        }
        seen.insert(target, index);
        match target {
            Target::Respondent => respondent = Some(index),
            Target::Role => role = Some(index),
            Target::Extra { question, what } => extras.push((index, question, what)),
            Target::Answer { question, part } => {
                let q = &instrument.questions[question];
                by_question[question].push(AnswerColumn {
                    column: index,
                    part,
                    kind: cell_kind(instrument, q, part),
                });
            }
        }
    }
    if unexamined > 0 {
        problems.push(Problem::file(
            file,
            tr!(
                messages(),
                "err-csv-columns-and-more",
                n = unexamined.to_string(),
                problems = super::MAX_PROBLEMS.to_string()
            ),
            tr!(messages(), "err-csv-and-more-fix"),
        ));
    }
    if problems.is_empty() && by_question.iter().all(Vec::is_empty) {
        problems.push(Problem::file(
            file,
            tr!(
                messages(),
                "err-csv-no-answer-columns",
                id = instrument.id.as_str(),
                found = quoted_list(&headers)
            ),
            tr!(
                messages(),
                "err-csv-no-answer-columns-fix",
                hint = template_hint(instrument)
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let questions = by_question
        .into_iter()
        .enumerate()
        .filter(|(_, columns)| !columns.is_empty())
        .map(|(question, columns)| QuestionColumns { question, columns })
        .collect();
    Ok(Layout {
        headers,
        respondent,
        role,
        questions,
        unnamed,
        extras,
    })
}

fn quoted_list(items: &[String]) -> String {
    let mut shown: Vec<String> = items
        .iter()
        .take(6)
        .map(|h| super::cells::quote(h))
        .collect();
    if items.len() > 6 {
        shown.push("…".to_string());
    }
    crate::error::list(&shown)
}

/// What the cells of the column for `part` of `q` hold.
fn cell_kind(instrument: &Instrument, q: &Question, part: Option<usize>) -> CellKind {
    match &q.kind {
        QuestionKind::Scale(scale) | QuestionKind::Pair { scale, .. } => {
            CellKind::Point(scale_spec(scale, q.allow_na))
        }
        QuestionKind::Rubric(levels) => {
            let max = i32::try_from(levels.len()).unwrap_or(i32::MAX);
            let mut labels: Vec<(String, i32)> = Vec::new();
            for (level, l) in (1..).zip(levels) {
                labels.push((normalise(&l.text.en), level));
                labels.push((normalise(&l.text.zh), level));
            }
            let mut hint = tr!(
                messages(),
                "err-csv-hint-number",
                min = "1",
                max = max.to_string()
            );
            if instrument.kind == Kind::Maturity && levels.len() == MATURITY_LEVELS.len() {
                let mut names = Vec::new();
                for (level, (en, zh)) in (1..).zip(MATURITY_LEVELS) {
                    labels.push((normalise(en), level));
                    labels.push((normalise(zh), level));
                    names.push(format!("{level} '{en}'/'{zh}'"));
                }
                hint = tr!(
                    messages(),
                    "err-csv-hint-level-names",
                    hint = hint,
                    names = crate::error::list(&names)
                );
            }
            CellKind::Point(PointSpec {
                min: 1,
                max,
                labels,
                hint: finish_hint(hint, q.allow_na),
            })
        }
        QuestionKind::Kano { importance, .. } => match (part, importance) {
            (Some(2), Some(scale)) => CellKind::Point(scale_spec(scale, false)),
            _ => CellKind::Kano,
        },
        QuestionKind::Allocation { .. } => CellKind::Points,
        QuestionKind::Text => CellKind::Text,
    }
}

fn scale_spec(scale: &Scale, allow_na: bool) -> PointSpec {
    let mut labels = Vec::new();
    let mut shown = Vec::new();
    for (point, text) in &scale.labels {
        labels.push((normalise(&text.en), *point));
        labels.push((normalise(&text.zh), *point));
        shown.push(format!("{point} '{}'/'{}'", text.en, text.zh));
    }
    let mut hint = tr!(
        messages(),
        "err-csv-hint-number",
        min = scale.min.to_string(),
        max = scale.max.to_string()
    );
    if !shown.is_empty() {
        hint = tr!(
            messages(),
            "err-csv-hint-labels",
            hint = hint,
            labels = crate::error::list(&shown)
        );
    }
    PointSpec {
        min: scale.min,
        max: scale.max,
        labels,
        hint: finish_hint(hint, allow_na),
    }
}

fn finish_hint(hint: String, allow_na: bool) -> String {
    tr!(
        messages(),
        "err-csv-hint-end",
        hint = hint,
        na = if allow_na { "yes" } else { "no" }
    )
}
