//! The readers' per-row paths: a results file read as events (no document tree), the nesting
//! scan every YAML file passes first, and a large CSV folded in two parts on two threads beside
//! the one-pass fold. The side-by-side table against pandas and polars is `scripts/bench.sh`
//! (BENCHMARKS.md).

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use cxassess::instrument::Instrument;
use cxassess::response::csv::{answer_paths, fold_csv_parts, read_csv_responses};
use cxassess::response::{Answer, KanoWord, Response, Results, read_results_str, to_yaml};
use cxassess::score::{ScoreOptions, Scorer};

const WORDS: [&str; 5] = ["like", "must-be", "neutral", "live-with", "dislike"];

fn kano_results(inst: &Instrument, n: usize) -> String {
    let mut results = Results::new(inst);
    results.responses = (0..n)
        .map(|i| Response {
            respondent: format!("r{i:06}"),
            role: Some("customer".into()),
            complete: true,
            answers: inst
                .questions
                .iter()
                .enumerate()
                .map(|(j, q)| {
                    let answer = Answer::Kano {
                        functional: Some(KanoWord::ALL[(i + j) % 5]),
                        dysfunctional: Some(KanoWord::ALL[(i * 7 + j * 3) % 5]),
                        importance: Some(i32::try_from((i + j) % 9).unwrap_or(0) + 1),
                    };
                    (q.id.clone(), answer)
                })
                .collect(),
            ..Response::default()
        })
        .collect();
    to_yaml(&results, inst)
}

fn kano_csv(inst: &Instrument, rows: usize) -> String {
    let paths = answer_paths(inst);
    let mut out = String::from("respondent");
    for p in &paths {
        out.push(',');
        out.push_str(&p.name);
    }
    out.push('\n');
    for r in 0..rows {
        let _ = write!(out, "r{r}");
        for (j, p) in paths.iter().enumerate() {
            match p.part {
                Some(2) => {
                    let _ = write!(out, ",{}", 1 + (r + j) % 9);
                }
                _ => {
                    let _ = write!(out, ",{}", WORDS[(r * 7 + j * 3) % 5]);
                }
            }
        }
        out.push('\n');
    }
    out
}

fn bench(c: &mut Criterion) {
    let inst = Instrument::load("kano").expect("built-in");
    let yaml = kano_results(&inst, 5_000);
    let mut g = c.benchmark_group("readers");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(yaml.len() as u64));
    g.bench_function("results_yaml_5000_kano_respondents", |b| {
        b.iter(|| read_results_str("r.yaml", black_box(&yaml), None).expect("reads"));
    });
    g.bench_function("depth_scan_5000_kano_respondents", |b| {
        b.iter(|| cxassess::yaml::too_deep(black_box(&yaml)));
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("k.csv");
    let text = kano_csv(&inst, 100_000);
    std::fs::write(&path, &text).expect("written");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("csv_one_pass_100k_kano_rows", |b| {
        b.iter(|| {
            let mut s = Scorer::new(&inst, ScoreOptions::default());
            read_csv_responses(&inst, &path, |r| s.add(r)).expect("reads");
            s.finish()
        });
    });
    g.bench_function("csv_two_parts_100k_kano_rows", |b| {
        b.iter(|| {
            let fresh = || Scorer::new(&inst, ScoreOptions::default());
            let (parts, _) =
                fold_csv_parts(&inst, &path, &fresh, &|s: &mut Scorer<'_>, r| s.add(r))
                    .expect("reads");
            let mut whole = fresh();
            for p in parts {
                whole.merge(p);
            }
            whole.finish()
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
