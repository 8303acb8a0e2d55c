//! Reading one cell: a code or a label, `NA`, or empty. Cells are trimmed (free text is kept as
//! written); labels are matched after normalising case, whitespace and apostrophes.

use std::collections::HashMap;

use super::columns::{CellKind, PointSpec};
use crate::lang::messages;
use crate::response::KanoWord;
use crate::response::kano_words::normalise;
use crate::tr;

/// What a cell holds, before the cells of a question are combined into an answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// Unanswered.
    Empty,
    /// Not applicable.
    Na,
    /// A scale point or rubric level.
    Point(i32),
    /// A Kano answer.
    Kano(KanoWord),
    /// Allocated points.
    Points(f64),
    /// Free text: the cell as written (the record holds it).
    Text,
}

/// `NA`, `N/A` (any case), or the Chinese 不适用.
pub(super) fn is_na(cell: &str) -> bool {
    let t = cell.trim();
    t.eq_ignore_ascii_case("na") || t.eq_ignore_ascii_case("n/a") || t == "不适用"
}

/// The bad value as quoted in a message: trimmed and cut short.
pub(super) fn quote(cell: &str) -> String {
    let t = cell.trim();
    if t.chars().count() > 60 {
        let short: String = t.chars().take(57).collect();
        format!("'{short}…'")
    } else {
        format!("'{t}'")
    }
}

/// Reads a cell of a column of `kind`; the error is (what is wrong, how to fix it).
pub(super) fn parse(kind: &CellKind, raw: &str) -> Result<Cell, (String, String)> {
    let cell = raw.trim();
    if cell.is_empty() {
        return Ok(Cell::Empty);
    }
    if let CellKind::Text = kind {
        // Free text is the respondent's words, "NA" included; only the marker that export
        // writes for a text question's N/A means not applicable.
        let na = cell.eq_ignore_ascii_case(super::TEXT_NA);
        return Ok(if na { Cell::Na } else { Cell::Text });
    }
    if is_na(cell) {
        return Ok(Cell::Na);
    }
    match kind {
        CellKind::Text => Ok(Cell::Text),
        CellKind::Point(spec) => point(spec, cell).map(Cell::Point),
        CellKind::Kano => kano(cell).map(Cell::Kano),
        CellKind::Points => points(cell).map(Cell::Points),
    }
}

/// The labels already read in one column and the cells they gave. Survey exports repeat a
/// few dozen labels ("I like it that way", "Strongly agree") a million times, and matching a
/// label means normalising it first; a hash lookup of the cell's bytes as written is far
/// cheaper, and a cell found there needs no UTF-8 check either (it was checked when it was
/// remembered).
#[derive(Debug, Clone, Default)]
pub(super) struct Memo {
    entries: HashMap<Box<[u8]>, Cell, foldhash::fast::FixedState>,
}

/// Distinct cells a column remembers; past this, further cells are parsed every time.
const MEMO_LIMIT: usize = 256;

/// Why a cell could not be read ahead: not UTF-8 (the whole row is then a problem), or a bad
/// value (read again, with its message, by the reader of the row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unread {
    NotUtf8,
    Bad,
}

/// [`parse`] for a cell as the CSV reader gives it, in bytes, remembering in `memo` what each
/// scale or Kano cell gave. Only successful cells are remembered, so every problem is still
/// reported with the row it is on.
pub(super) fn parse_bytes(kind: &CellKind, bytes: &[u8], memo: &mut Memo) -> Result<Cell, Unread> {
    // A one-digit code, the commonest cell of all (scale points, importance, Kano codes), is
    // read directly: cheaper than hashing it.
    if let &[b] = bytes {
        let v = i32::from(b.wrapping_sub(b'0'));
        match kind {
            CellKind::Point(spec) if b.is_ascii_digit() && (spec.min..=spec.max).contains(&v) => {
                return Ok(Cell::Point(v));
            }
            CellKind::Kano if b.is_ascii_digit() => {
                if let Some(w) = KanoWord::from_code(i64::from(v)) {
                    return Ok(Cell::Kano(w));
                }
            }
            _ => {}
        }
    }
    let remember = matches!(kind, CellKind::Point(_) | CellKind::Kano);
    if remember {
        if let Some(c) = memo.entries.get(bytes) {
            return Ok(*c);
        }
    }
    let raw = std::str::from_utf8(bytes).map_err(|_| Unread::NotUtf8)?;
    let cell = parse(kind, raw).map_err(|_| Unread::Bad)?;
    if remember && memo.entries.len() < MEMO_LIMIT {
        memo.entries.insert(bytes.into(), cell);
    }
    Ok(cell)
}

fn point(spec: &PointSpec, cell: &str) -> Result<i32, (String, String)> {
    let number = cell.parse::<i64>().ok().or_else(|| {
        cell.parse::<f64>()
            .ok()
            .filter(|f| f.fract() == 0.0 && f.abs() < 1e12)
            .map(|f| f as i64)
    });
    if let Some(n) = number {
        return i32::try_from(n)
            .ok()
            .filter(|v| (spec.min..=spec.max).contains(v))
            .ok_or_else(|| {
                (
                    tr!(
                        messages(),
                        "err-csv-outside-scale",
                        value = quote(cell),
                        min = spec.min.to_string(),
                        max = spec.max.to_string()
                    ),
                    spec.hint.clone(),
                )
            });
    }
    if cell.parse::<f64>().is_ok() {
        return Err((
            tr!(messages(), "err-csv-not-whole", value = quote(cell)),
            spec.hint.clone(),
        ));
    }
    let norm = normalise(cell);
    spec.labels
        .iter()
        .find(|(label, _)| *label == norm)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            (
                tr!(
                    messages(),
                    "err-csv-not-point-or-label",
                    value = quote(cell)
                ),
                spec.hint.clone(),
            )
        })
}

fn kano(cell: &str) -> Result<KanoWord, (String, String)> {
    // Codes and the results-file words are most of real data: match them without normalising.
    if let Some(word) = KanoWord::ALL
        .into_iter()
        .find(|w| cell.eq_ignore_ascii_case(w.word()))
        .or_else(|| cell.parse::<i64>().ok().and_then(KanoWord::from_code))
        .or_else(|| KanoWord::parse(cell))
    {
        return Ok(word);
    }
    let what = if cell.parse::<f64>().is_ok() {
        tr!(messages(), "err-csv-not-kano-code", value = quote(cell))
    } else {
        tr!(messages(), "err-csv-not-kano", value = quote(cell))
    };
    Err((what, tr!(messages(), "err-csv-kano-fix")))
}

fn points(cell: &str) -> Result<f64, (String, String)> {
    let fix = || tr!(messages(), "err-csv-points-fix");
    let body = cell.strip_suffix('%').map_or(cell, str::trim_end);
    let value = body.parse::<f64>().ok().or_else(|| {
        // A decimal comma, as semicolon-separated exports from European locales write it.
        (body.matches(',').count() == 1 && !body.contains('.'))
            .then(|| body.replace(',', "."))
            .and_then(|b| b.parse::<f64>().ok())
    });
    match value {
        Some(v) if v.is_finite() && v >= 0.0 => Ok(v),
        Some(_) => Err((
            tr!(messages(), "err-csv-negative-points", value = quote(cell)),
            fix(),
        )),
        None => Err((
            tr!(messages(), "err-csv-not-points", value = quote(cell)),
            fix(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> PointSpec {
        PointSpec {
            min: 1,
            max: 7,
            labels: vec![
                (normalise("Strongly disagree"), 1),
                (normalise("非常同意"), 7),
            ],
            hint: "hint".into(),
        }
    }

    #[test]
    fn scale_cells_take_numbers_and_labels() {
        let kind = CellKind::Point(spec());
        assert_eq!(parse(&kind, " 4 "), Ok(Cell::Point(4)));
        assert_eq!(parse(&kind, "4.0"), Ok(Cell::Point(4)));
        assert_eq!(parse(&kind, "STRONGLY   disagree"), Ok(Cell::Point(1)));
        assert_eq!(parse(&kind, "非常同意"), Ok(Cell::Point(7)));
        assert_eq!(parse(&kind, "n/a"), Ok(Cell::Na));
        assert_eq!(parse(&kind, "  "), Ok(Cell::Empty));
        let (what, _) = parse(&kind, "8").unwrap_err();
        assert_eq!(what, "'8' is outside the scale 1–7");
        let (what, _) = parse(&kind, "4.5").unwrap_err();
        assert_eq!(what, "'4.5' is not a whole number");
        let (what, _) = parse(&kind, "99999999999999999999").unwrap_err();
        assert!(
            what.contains("not a whole number") || what.contains("outside"),
            "{what}"
        );
        assert!(parse(&kind, "sometimes").is_err());
    }

    #[test]
    fn allocation_cells_take_non_negative_numbers() {
        assert_eq!(parse(&CellKind::Points, "12.5"), Ok(Cell::Points(12.5)));
        assert_eq!(parse(&CellKind::Points, "12,5"), Ok(Cell::Points(12.5)));
        assert_eq!(parse(&CellKind::Points, "40 %"), Ok(Cell::Points(40.0)));
        assert!(parse(&CellKind::Points, "-5").is_err());
        assert!(parse(&CellKind::Points, "NaN").is_err());
        assert!(parse(&CellKind::Points, "inf").is_err());
        assert!(parse(&CellKind::Points, "lots").is_err());
    }

    #[test]
    fn kano_cells_take_every_wording() {
        assert_eq!(
            parse(&CellKind::Kano, "2"),
            Ok(Cell::Kano(KanoWord::MustBe))
        );
        assert_eq!(
            parse(&CellKind::Kano, "I CAN\u{2019}T accept it"),
            Err((
                "'I CAN\u{2019}T accept it' is not a Kano answer".to_string(),
                parse(&CellKind::Kano, "x").unwrap_err().1
            ))
        );
        assert_eq!(
            parse(&CellKind::Kano, "能忍受"),
            Ok(Cell::Kano(KanoWord::LiveWith))
        );
        assert!(parse(&CellKind::Kano, "6").unwrap_err().0.contains("code"));
    }

    #[test]
    fn text_is_kept_as_written() {
        assert_eq!(parse(&CellKind::Text, " fine, thanks "), Ok(Cell::Text));
    }

    #[test]
    fn a_remembered_label_gives_the_same_cell_and_problems_are_not_remembered() {
        let kind = CellKind::Point(spec());
        let mut memo = Memo::default();
        for _ in 0..3 {
            assert_eq!(
                parse_bytes(&kind, b"STRONGLY   disagree", &mut memo),
                Ok(Cell::Point(1))
            );
            assert_eq!(
                parse_bytes(&kind, b"sometimes", &mut memo),
                Err(Unread::Bad)
            );
            assert_eq!(
                parse_bytes(&kind, b"caf\xe9", &mut memo),
                Err(Unread::NotUtf8)
            );
        }
        assert_eq!(memo.entries.len(), 1);
        // Past the limit cells are still read, only no longer remembered.
        for v in 1..=7 {
            for pad in 1..40 {
                let raw = format!("{}{v}", " ".repeat(pad));
                assert_eq!(
                    parse_bytes(&kind, raw.as_bytes(), &mut memo),
                    Ok(Cell::Point(v))
                );
            }
            // One digit is read without the memo.
            assert_eq!(
                parse_bytes(&kind, v.to_string().as_bytes(), &mut memo),
                Ok(Cell::Point(v))
            );
        }
        assert_eq!(memo.entries.len(), MEMO_LIMIT);
        let mut kano = Memo::default();
        let label = "I dislike it, and I can\u{2019}t accept it".as_bytes();
        for _ in 0..2 {
            assert_eq!(
                parse_bytes(&CellKind::Kano, label, &mut kano),
                Ok(Cell::Kano(KanoWord::Dislike))
            );
        }
        assert_eq!(kano.entries.len(), 1);
    }
}
