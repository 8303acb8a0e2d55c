//! The fast path against the general one: for random valid Kano and SERVQUAL files (every
//! wording, spacing, quoting, delimiter, line ending, role layout, N/A and allocation shape)
//! the fast path reads the file and gives exactly the general path's figures and counts, in
//! one pass and in two parts; for the same files with a problem put in, it declines and the
//! error is the general path's, word for word.

use std::fmt::Write as _;
use std::path::Path;

use super::*;
use crate::error::Error;
use crate::instrument::Origin;
use crate::response::csv::answer_paths;
use crate::score::{ScoreOptions, Scoring};

/// A Kano study with a feature that refuses N/A, one without importance, a scale question
/// that refuses N/A and a text question: every check of the row reader has something to do.
const KANO: &str = r#"format: cxassess-instrument/1
id: kfast
version: 1
kind: kano
title: {en: "K", zh: "K"}
settings:
  kano_table: TABLE
sections:
  - id: main
    title: {en: "Main", zh: "主要"}
    questions:
      - id: track.web
        type: kano
        feature: {en: "A", zh: "甲"}
        functional: {en: "Has?", zh: "有?"}
        dysfunctional: {en: "Lacks?", zh: "没有?"}
        importance: true
        allow_na: false
      - id: returns
        type: kano
        feature: {en: "B", zh: "乙"}
        functional: {en: "Has?", zh: "有?"}
        dysfunctional: {en: "Lacks?", zh: "没有?"}
      - id: hotline
        type: kano
        feature: {en: "C", zh: "丙"}
        functional: {en: "Has?", zh: "有?"}
        dysfunctional: {en: "Lacks?", zh: "没有?"}
        importance: true
      - id: overall
        type: scale
        scale: {min: 1, max: 5}
        text: {en: "Overall", zh: "总体"}
        allow_na: false
      - id: comment
        type: text
        text: {en: "Comment", zh: "意见"}
"#;

fn kano_instrument(table: &str) -> Instrument {
    Instrument::parse(&KANO.replace("TABLE", table), Origin::File("k.yaml".into()))
        .expect("test instrument is valid")
}

fn servqual_instrument(variant: &str) -> Instrument {
    match variant {
        "zone" => Instrument::parse(
            include_str!("../../../questionnaires/servqual-zone.yaml"),
            Origin::File("servqual-zone.yaml".into()),
        )
        .expect("valid"),
        "servperf" => {
            let text = crate::instrument::builtin::find("servqual", 1)
                .expect("built-in")
                .source
                .replace("  variant: servqual", "  variant: servperf")
                .replace("id: servqual", "id: servperf_t");
            Instrument::parse(&text, Origin::File("sp.yaml".into())).expect("valid")
        }
        _ => Instrument::load("servqual").expect("built-in"),
    }
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const KANO_CELLS: &[&str] = &[
    "1",
    "2",
    "3",
    "4",
    "5",
    "like",
    "must-be",
    "neutral",
    "live-with",
    "dislike",
    "Like",
    "MUST-BE",
    " neutral ",
    "I like it that way",
    "It must be that way",
    "I am neutral",
    "I can live with it that way",
    "I dislike it that way",
    "i LIKE it   that way",
    "I dislike it, and I can\u{2019}t accept it",
    "I dislike it, and I can't accept it",
    "This would be very helpful to me",
    "I expect it",
    "我喜欢",
    "理所当然",
    "无所谓",
    "能忍受",
    "我不喜欢",
    "I dislike it, but I can live with it that way.",
    "05",
];

/// One cell as a CSV field: quoted when it holds the delimiter, a quote or a line break
/// (and now and then anyway).
fn field(out: &mut String, cell: &str, delimiter: char, rng: &mut Rng) {
    if cell.contains([delimiter, '"', '\n', '\r']) || (!cell.is_empty() && rng.chance(5)) {
        let _ = write!(out, "\"{}\"", cell.replace('"', "\"\""));
    } else {
        out.push_str(cell);
    }
}

/// What a generated file's columns hold.
enum ColumnKind {
    Respondent,
    Role,
    Unnamed,
    Answer(AnswerPath),
}

/// A random file of `instrument`'s columns (a random subset, in random order), `rows` rows
/// of answers from `answer(rng, question, part)`.
fn file(
    instrument: &Instrument,
    rng: &mut Rng,
    rows: usize,
    answer: &dyn Fn(&mut Rng, &Instrument, &AnswerPath, usize) -> String,
) -> Vec<u8> {
    let delimiter = *[',', ';', '\t'].get(rng.below(3)).unwrap_or(&',');
    let eol = if rng.chance(30) { "\r\n" } else { "\n" };
    let mut columns: Vec<ColumnKind> = answer_paths(instrument)
        .into_iter()
        .filter(|_| rng.chance(90))
        .map(ColumnKind::Answer)
        .collect();
    if columns.is_empty() {
        columns.extend(
            answer_paths(instrument)
                .into_iter()
                .take(1)
                .map(ColumnKind::Answer),
        );
    }
    columns.push(ColumnKind::Respondent);
    if rng.chance(60) {
        columns.push(ColumnKind::Role);
    }
    if rng.chance(20) {
        columns.push(ColumnKind::Unnamed);
    }
    for i in (1..columns.len()).rev() {
        columns.swap(i, rng.below(i + 1));
    }
    let roles: Vec<&str> = [
        ["customer"].as_slice(),
        &["customer", " Staff ", ""],
        &["a", "b", "c", "\"q\""],
    ][rng.below(3)]
    .to_vec();
    let mut out = String::new();
    if rng.chance(10) {
        out.push('\u{feff}');
    }
    let names: Vec<String> = columns
        .iter()
        .map(|c| match c {
            ColumnKind::Respondent => "respondent".to_string(),
            ColumnKind::Role => "role".to_string(),
            ColumnKind::Unnamed => String::new(),
            ColumnKind::Answer(p) => p.name.clone(),
        })
        .collect();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        field(&mut out, name, delimiter, rng);
    }
    out.push_str(eol);
    for r in 0..rows {
        if rng.chance(3) {
            out.push_str(eol);
        }
        let empty = rng.chance(4);
        for (i, c) in columns.iter().enumerate() {
            if i > 0 {
                out.push(delimiter);
            }
            let cell = match c {
                _ if empty => String::new(),
                ColumnKind::Respondent => match rng.below(4) {
                    0 => String::new(),
                    1 => format!("Smith, J{r}"),
                    2 => format!("say \"hi\" {r}"),
                    _ => format!("r{r}"),
                },
                ColumnKind::Role => rng.pick(&roles).to_string(),
                ColumnKind::Unnamed => if rng.chance(50) { "  " } else { "" }.to_string(),
                ColumnKind::Answer(p) => answer(rng, instrument, p, r),
            };
            field(&mut out, &cell, delimiter, rng);
        }
        if r + 1 < rows || rng.chance(70) {
            out.push_str(eol);
        }
    }
    out.into_bytes()
}

/// Whether question `q` is N/A as a whole in row `row` (every part N/A or empty).
fn whole_na(q: usize, row: usize) -> bool {
    (q * 7 + row * 13) % 11 == 0
}

/// A Kano file's cell: a whole feature N/A where allowed, or answers (every wording).
fn kano_answer(rng: &mut Rng, inst: &Instrument, p: &AnswerPath, row: usize) -> String {
    let q = &inst.questions[p.question];
    if q.allow_na && whole_na(p.question, row) {
        return rng.pick(&["NA", "n/a", "不适用", ""]).to_string();
    }
    if rng.chance(8) {
        return String::new();
    }
    match (&q.kind, p.part) {
        (QuestionKind::Kano { .. }, Some(2)) => rng
            .pick(&["1", "5", "9", " 7", "07", "9.0", "3"])
            .to_string(),
        (QuestionKind::Kano { .. }, _) => rng.pick(KANO_CELLS).to_string(),
        (QuestionKind::Scale(_), _) => rng.pick(&["1", "2", "5", " 4 "]).to_string(),
        _ => rng
            .pick(&[
                "fine",
                "not bad, really",
                "NA",
                "#N/A",
                "line one\nline two",
                "\u{00e9}t\u{00e9}",
            ])
            .to_string(),
    }
}

/// A SERVQUAL file's cell: N/A parts where allowed, whole allocations N/A now and then.
fn servqual_answer(rng: &mut Rng, inst: &Instrument, p: &AnswerPath, row: usize) -> String {
    let q = &inst.questions[p.question];
    if rng.chance(6) {
        return String::new();
    }
    match &q.kind {
        QuestionKind::Allocation { .. } if q.allow_na && whole_na(p.question, row) => {
            "NA".to_string()
        }
        QuestionKind::Allocation { .. } => rng
            .pick(&["20", "10", "12.5", "40 %", "0", "33.3", "25"])
            .to_string(),
        _ if q.allow_na && rng.chance(3) => "n/a".to_string(),
        QuestionKind::Pair { scale, .. } if rng.chance(5) => {
            let labels: Vec<&str> = scale.labels.values().map(|t| t.en.as_str()).collect();
            rng.pick(&labels).to_uppercase()
        }
        _ => rng
            .pick(&["1", "2", "3", "4", "5", "6", "7", " 6", "07"])
            .to_string(),
    }
}

fn score_with(
    inst: &Instrument,
    path: &Path,
    split: u64,
    fast: bool,
) -> crate::error::Result<(Scoring, CsvSummary)> {
    let mut scorer = Scorer::new(inst, ScoreOptions::default());
    let summary = fold_csv_at(inst, path, &mut scorer, split, fast)?;
    Ok((scorer.finish(), summary))
}

/// Whether the fast path reads the file itself (rather than leaving it to the general one).
fn fast_reads(inst: &Instrument, path: &Path, split: u64) -> bool {
    let scorer = Scorer::new(inst, ScoreOptions::default());
    fast_parts(inst, path, &scorer, split).is_some()
}

/// Fast and general agree on the file: the same figures and counts, or the same error.
fn agree(inst: &Instrument, bytes: &[u8]) -> (Option<String>, bool) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(&path, bytes).unwrap();
    let mut read = Vec::new();
    for split in [u64::MAX, 0] {
        let general = score_with(inst, &path, split, false);
        let fast = score_with(inst, &path, split, true);
        match (&general, &fast) {
            (Ok(g), Ok(f)) => assert_eq!(g, f, "{}", String::from_utf8_lossy(bytes)),
            (Err(Error::Invalid(g)), Err(Error::Invalid(f))) => assert_eq!(
                g.iter().map(ToString::to_string).collect::<Vec<_>>(),
                f.iter().map(ToString::to_string).collect::<Vec<_>>()
            ),
            _ => panic!(
                "general {general:?}\nfast {fast:?}\n{}",
                String::from_utf8_lossy(bytes)
            ),
        }
        read.push(fast_reads(inst, &path, split));
    }
    let general = score_with(inst, &path, u64::MAX, false)
        .err()
        .map(|e| e.to_string());
    (general, read.iter().all(|r| *r))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Random valid Kano files: the fast path reads every one, and its figures are the
    /// general path's exactly.
    #[test]
    fn kano_files_score_as_the_general_path_scores_them(seed in 1u64.., rows in 0usize..60) {
        let mut rng = Rng(seed);
        let inst = kano_instrument(if rng.chance(50) { "standard" } else { "pouliot" });
        let bytes = file(&inst, &mut rng, rows, &kano_answer);
        let (error, fast) = agree(&inst, &bytes);
        proptest::prop_assert!(error.is_none(), "{error:?}\n{}", String::from_utf8_lossy(&bytes));
        proptest::prop_assert!(fast, "the fast path declined a valid file:\n{}", String::from_utf8_lossy(&bytes));
    }

    /// Random valid SERVQUAL files (SERVQUAL, SERVPERF and zone of tolerance, with and without
    /// allocations): the fast path reads every one, and its figures are the general path's to
    /// the last bit.
    #[test]
    fn servqual_files_score_as_the_general_path_scores_them(seed in 1u64.., rows in 0usize..50) {
        let mut rng = Rng(seed);
        let inst = servqual_instrument(rng.pick(&["servqual", "zone", "servperf"]));
        let bytes = file(&inst, &mut rng, rows, &|rng, inst, p, row| {
            let cell = servqual_answer(rng, inst, p, row);
            // Allocations of nothing at all are a problem; valid files give each part points.
            if cell == "0" { "5".to_string() } else { cell }
        });
        let (error, fast) = agree(&inst, &bytes);
        proptest::prop_assert!(error.is_none(), "{error:?}\n{}", String::from_utf8_lossy(&bytes));
        proptest::prop_assert!(fast, "the fast path declined a valid file:\n{}", String::from_utf8_lossy(&bytes));
    }

    /// The same files with problems put in (N/A where refused or beside answers, out-of-range
    /// and unknown values, ragged rows, a cell in a column without a header, bytes that are
    /// not UTF-8, a quote inside a cell, an allocation of nothing): whatever the fast path
    /// makes of them, the result is the general path's, errors word for word.
    #[test]
    fn files_with_problems_give_the_general_paths_errors(seed in 1u64.., rows in 1usize..40) {
        let mut rng = Rng(seed);
        let kano = rng.chance(50);
        let inst = if kano { kano_instrument("standard") } else { servqual_instrument("servqual") };
        let answer: &dyn Fn(&mut Rng, &Instrument, &AnswerPath, usize) -> String =
            if kano { &kano_answer } else { &servqual_answer };
        let mut bytes = file(&inst, &mut rng, rows, answer);
        for _ in 0..=rng.below(3) {
            let at = rng.below(bytes.len().max(1));
            let bad: &[u8] = match rng.below(9) {
                0 => b",",
                1 => b"\n",
                2 => b"\xff",
                3 => b"6",
                4 => b"x\"y",
                5 => b"maybe",
                6 => b"NA",
                7 => b"\"",
                _ => b"99",
            };
            let at = at.min(bytes.len());
            bytes.splice(at..at, bad.iter().copied());
        }
        agree(&inst, &bytes);
    }
}

#[test]
fn headers_alone_blank_lines_and_empty_rows_count_as_the_general_path_counts_them() {
    let inst = kano_instrument("standard");
    for text in [
        "respondent,returns.functional,returns.dysfunctional\n",
        "respondent,returns.functional,returns.dysfunctional",
        "respondent,returns.functional,returns.dysfunctional\n\n\r\n,,\n  ,,\nann,,\n",
        "respondent,returns.functional,returns.dysfunctional\nann,like,dislike",
        "\u{feff}respondent;returns.functional;returns.dysfunctional\r\nann;1;5\r\n",
    ] {
        let (error, fast) = agree(&inst, text.as_bytes());
        assert!(error.is_none() && fast, "{text:?}: {error:?}");
    }
}

#[test]
fn a_file_the_fast_path_declines_still_reports() {
    let inst = kano_instrument("standard");
    // A quote inside an unquoted cell: csv reads it as part of the cell; the fast path
    // leaves it to the general reader, which takes the row.
    let text =
        "respondent,returns.functional,returns.dysfunctional\nann \"the\" first,like,dislike\n";
    let (error, fast) = agree(&inst, text.as_bytes());
    assert!(error.is_none() && !fast, "{error:?}");
}

#[test]
fn evidence_and_confidence_columns_send_the_file_the_general_way() {
    let inst = kano_instrument("standard");
    // The fast path reads answers only; the evidence part of the report needs these columns.
    let text = "respondent,returns.functional,returns.dysfunctional,returns.confidence\n\
                ann,like,dislike,high\n";
    let (error, fast) = agree(&inst, text.as_bytes());
    assert!(error.is_none() && !fast, "{error:?}");
    let bad = "respondent,returns.functional,returns.dysfunctional,returns.confidence\n\
               ann,like,dislike,certain\n";
    let (error, fast) = agree(&inst, bad.as_bytes());
    assert!(error.is_some() && !fast, "{error:?}");
}

#[test]
fn a_crlf_file_cut_right_at_a_line_feed_is_read_in_the_parts_the_general_fold_reads() {
    // The cut's line feed first in the window read from the middle: the fast path must land
    // on it (or not) exactly as the general fold does, whose figures depend on the parts.
    let inst = servqual_instrument("servqual");
    let header = "respondent,tangibles.1.expected,tangibles.1.perceived\r\n";
    let mut found = 0;
    for pad in 0..40 {
        let mut text = header.to_string();
        for r in 0..60 {
            let name = if r == 0 {
                "x".repeat(pad)
            } else {
                format!("r{r}")
            };
            let _ = write!(text, "{name},{},{}\r\n", 1 + r % 7, 1 + (r * 3) % 7);
        }
        let bytes = text.as_bytes();
        if bytes[bytes.len() / 2] != b'\n' {
            continue;
        }
        found += 1;
        let (error, fast) = agree(&inst, bytes);
        assert!(error.is_none() && fast, "{error:?}");
    }
    assert!(found > 0, "no file cut at a line feed");
}
