//! The two-part fold gives the one pass's figures and errors, whatever the file holds around
//! its middle.

use std::io::Write as _;

use super::*;
use crate::score::{ScoreOptions, Scorer};

/// A Kano CSV of the built-in study, `rows` rows of codes, with `middle` written in place of
/// the row nearest the middle; `eol` ends each line.
fn kano_csv(rows: usize, middle: Option<&str>, eol: &str) -> Vec<u8> {
    let inst = Instrument::load("kano").unwrap();
    let header: Vec<String> = super::super::answer_paths(&inst)
        .into_iter()
        .map(|p| p.name)
        .collect();
    let mut out = Vec::new();
    write!(out, "respondent,role,{}{eol}", header.join(",")).unwrap();
    let mut x: u64 = 1;
    for r in 0..rows {
        if r == rows / 2 {
            if let Some(m) = middle {
                write!(out, "{m}{eol}").unwrap();
                continue;
            }
        }
        write!(
            out,
            "p{r},{}",
            if r % 3 == 0 { "staff" } else { "customer" }
        )
        .unwrap();
        for p in 0..header.len() {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let n = (x >> 33) % if p % 3 == 2 { 9 } else { 5 };
            write!(out, ",{}", n + 1).unwrap();
        }
        out.extend_from_slice(eol.as_bytes());
    }
    out
}

fn one_pass(inst: &Instrument, path: &Path) -> Result<crate::score::Scoring> {
    let mut s = Scorer::new(inst, ScoreOptions::default());
    read_csv_responses(inst, path, |r| s.add(r))?;
    Ok(s.finish())
}

fn two_parts(inst: &Instrument, path: &Path) -> Result<(usize, crate::score::Scoring, CsvSummary)> {
    let fresh = || Scorer::new(inst, ScoreOptions::default());
    let (parts, summary) = fold_csv_parts(inst, path, &fresh, &|s: &mut Scorer<'_>, r| s.add(r))?;
    let n = parts.len();
    let mut whole = fresh();
    for p in parts {
        assert!(whole.merge(p));
    }
    Ok((n, whole.finish(), summary))
}

#[test]
fn a_large_file_is_read_in_two_parts_with_the_one_pass_figures() {
    let inst = Instrument::load("kano").unwrap();
    let dir = tempfile::tempdir().unwrap();
    for eol in ["\n", "\r\n"] {
        let path = dir.path().join("big.csv");
        let bytes = kano_csv(90_000, None, eol);
        assert!(bytes.len() as u64 > SPLIT_MIN_BYTES);
        std::fs::write(&path, &bytes).unwrap();
        let (parts, merged, summary) = two_parts(&inst, &path).unwrap();
        if std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get) > 1 {
            assert_eq!(parts, 2, "split ({eol:?})");
        }
        assert_eq!(merged, one_pass(&inst, &path).unwrap());
        assert_eq!(summary.rows, 90_000);
        assert_eq!(summary.responses, 90_000);
        assert_eq!(merged.respondents, 90_000);
    }
}

#[test]
fn a_cut_inside_a_quoted_cell_falls_back_to_one_pass() {
    let inst = Instrument::load("kano").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quoted.csv");
    // A respondent name of 200,000 lines around the middle: the cut lands inside it.
    let name = format!(
        "\"{}\",customer{}",
        "line\n".repeat(200_000),
        ",".repeat(27)
    );
    std::fs::write(&path, kano_csv(60_000, Some(&name), "\n")).unwrap();
    let (parts, merged, summary) = two_parts(&inst, &path).unwrap();
    assert_eq!(parts, 1, "the first part steps over the cut");
    assert_eq!(merged, one_pass(&inst, &path).unwrap());
    assert_eq!(summary.rows, 60_000);
}

#[test]
fn problems_in_either_part_are_reported_as_one_pass_reports_them() {
    let inst = Instrument::load("kano").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    let mut bytes = kano_csv(60_000, Some("late,customer,9"), "\n");
    // And one in the first part, which must come first.
    let text = String::from_utf8(bytes.clone()).unwrap();
    let at = text.find("\np100,").unwrap() + 1;
    let end = at + text[at..].find('\n').unwrap();
    bytes.splice(at..end, b"p100,customer,7".iter().copied());
    std::fs::write(&path, &bytes).unwrap();
    let split = two_parts(&inst, &path).map(|_| ()).unwrap_err().to_string();
    let one = one_pass(&inst, &path).map(|_| ()).unwrap_err().to_string();
    assert_eq!(split, one);
    assert!(
        split.find("row 102").unwrap() < split.find("row 30002").unwrap(),
        "{split}"
    );
}
