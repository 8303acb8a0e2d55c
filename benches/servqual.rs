//! SERVQUAL benchmarks: 100,000 customer rows from CSV into the JSON report, read the way
//! `cxassess report --instrument servqual data.csv` reads them (the fast path: the rows' cells
//! straight into the accumulator, on two threads) and the general way (a response per row, as
//! for a file the fast path leaves alone); the accumulator alone over in-memory responses; and
//! the five-gap report of the demo pair. The CSV is generated in the setup, in a temporary folder. Figures are in BENCHMARKS.md
//! with the command that reproduces them.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use cxassess::instrument::{Instrument, QuestionKind};
use cxassess::lang::Lang;
use cxassess::report::Format;
use cxassess::report::fivegap::Pair;
use cxassess::report::{Report, json_report};
use cxassess::response::csv::read_csv_responses;
use cxassess::response::{Answer, PartValue, Response};
use cxassess::score::csv::fold_csv;
use cxassess::score::{ScoreOptions, Scorer};

/// Rows of the big CSV.
const ROWS: usize = 100_000;

fn items(inst: &Instrument) -> Vec<String> {
    inst.questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Pair { .. }))
        .map(|q| q.id.clone())
        .collect()
}

const DIMENSIONS: [&str; 5] = [
    "tangibles",
    "reliability",
    "responsiveness",
    "assurance",
    "empathy",
];

/// A deterministic spread of answers: E mostly 5–7, P 2–7, one expectation in 23 left empty,
/// one allocation in 50 adding up to 90 (renormalised on import).
fn csv(inst: &Instrument, rows: usize) -> String {
    let ids = items(inst);
    let mut out = String::from("respondent,role");
    for id in &ids {
        let _ = write!(out, ",{id}.expected,{id}.perceived");
    }
    for d in DIMENSIONS {
        let _ = write!(out, ",weights.{d}");
    }
    out.push('\n');
    for i in 0..rows {
        let _ = write!(out, "r{i},customer");
        for j in 0..ids.len() {
            let e = 5 + (i + j) % 3;
            let p = 2 + (i * 7 + j * 3) % 6;
            if (i + j) % 23 == 0 {
                let _ = write!(out, ",,{p}");
            } else {
                let _ = write!(out, ",{e},{p}");
            }
        }
        let w = if i % 50 == 0 {
            [10, 30, 20, 20, 10]
        } else {
            [10 + i % 5, 30, 20, 20, 20 - i % 5]
        };
        for x in w {
            let _ = write!(out, ",{x}");
        }
        out.push('\n');
    }
    out
}

fn responses(inst: &Instrument, n: usize) -> Vec<Response> {
    let ids = items(inst);
    (0..n)
        .map(|i| {
            let mut answers: std::collections::BTreeMap<String, Answer> = ids
                .iter()
                .enumerate()
                .map(|(j, id)| {
                    let e = (5 + (i + j) % 3) as f64;
                    let p = (2 + (i * 7 + j * 3) % 6) as f64;
                    (
                        id.clone(),
                        Answer::Parts(vec![
                            ("expected".into(), PartValue::Num(e)),
                            ("perceived".into(), PartValue::Num(p)),
                        ]),
                    )
                })
                .collect();
            answers.insert(
                "weights".into(),
                Answer::Parts(
                    DIMENSIONS
                        .iter()
                        .zip([10.0, 30.0, 20.0, 20.0, 20.0])
                        .map(|(d, w)| ((*d).to_string(), PartValue::Num(w)))
                        .collect(),
                ),
            );
            Response {
                respondent: format!("r{i}"),
                role: Some("customer".into()),
                answers,
                ..Response::default()
            }
        })
        .collect()
}

/// CSV → responses → scorer → JSON: the general way, a response per row.
fn stream_report(inst: &Instrument, path: &Path) -> String {
    let mut scorer = Scorer::new(inst, ScoreOptions::default());
    read_csv_responses(inst, path, |r| scorer.add(r)).expect("valid CSV");
    json(inst, scorer, path)
}

/// CSV → scorer → JSON as `report --instrument servqual data.csv` does it: the fast path.
fn fast_report(inst: &Instrument, path: &Path) -> String {
    let mut scorer = Scorer::new(inst, ScoreOptions::default());
    fold_csv(inst, path, &mut scorer).expect("valid CSV");
    json(inst, scorer, path)
}

/// The JSON report of `scorer`.
fn json(inst: &Instrument, scorer: Scorer<'_>, path: &Path) -> String {
    let mut report = Report::scored(inst, scorer.finish());
    report.sources = vec![path.display().to_string()];
    json_report(&report, Lang::En).to_string()
}

/// The row count: [`ROWS`], or `CXASSESS_BENCH_ROWS`.
fn rows() -> usize {
    std::env::var("CXASSESS_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ROWS)
}

fn csv_100k(c: &mut Criterion) {
    let inst = Instrument::load("servqual").expect("built-in");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("servqual-bench.csv");
    let rows = rows();
    let text = csv(&inst, rows);
    std::fs::write(&path, &text).expect("write CSV");
    // `CXASSESS_BENCH_CSV=FILE` keeps a copy, to time the binary on it (BENCHMARKS.md).
    if let Some(keep) = std::env::var_os("CXASSESS_BENCH_CSV") {
        std::fs::write(&keep, &text).expect("write the kept CSV");
    }
    drop(text);
    let mut group = c.benchmark_group("servqual_csv");
    group.sample_size(10);
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_function(format!("fast_score_json_{rows}_rows"), |b| {
        b.iter(|| black_box(fast_report(&inst, black_box(&path))));
    });
    group.bench_function(format!("stream_score_json_{rows}_rows"), |b| {
        b.iter(|| black_box(stream_report(&inst, black_box(&path))));
    });
    group.finish();
}

fn accumulate(c: &mut Criterion) {
    let inst = Instrument::load("servqual").expect("built-in");
    let rs = responses(&inst, 10_000);
    let mut group = c.benchmark_group("servqual_score");
    group.throughput(Throughput::Elements(rs.len() as u64));
    group.bench_function("accumulate_10000_in_memory", |b| {
        b.iter(|| {
            let mut scorer = Scorer::new(&inst, ScoreOptions::default());
            for r in &rs {
                scorer.add(black_box(r));
            }
            black_box(scorer.finish())
        });
    });
    group.finish();
}

fn five_gap(c: &mut Criterion) {
    let pair = Pair::demo().expect("demo pair");
    c.bench_function("five_gap_demo_score_and_text", |b| {
        b.iter(|| {
            let fr = pair.report();
            black_box(cxassess::report::fivegap::render(
                &fr,
                Format::Text,
                cxassess::report::write::Options::plain(Lang::En),
            ))
        });
    });
}

criterion_group!(benches, csv_100k, accumulate, five_gap);
criterion_main!(benches);
