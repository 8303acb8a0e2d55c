//! Core benchmarks: loading and validating every built-in instrument, scoring 10,000 pyramid
//! responses, and reading + writing a results file. Figures are in BENCHMARKS.md with the
//! command that reproduces them.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cxassess::instrument::{Instrument, builtin};
use cxassess::response::{Answer, Response};
use cxassess::score::{ScoreOptions, score};

fn load_builtins(c: &mut Criterion) {
    c.bench_function("load_and_validate_all_builtins", |b| {
        b.iter(|| {
            for bi in builtin::BUILTINS {
                black_box(bi.instrument().expect("built-ins are valid"));
            }
        });
    });
}

/// 10,000 respondents answering every pyramid item with a deterministic spread of values.
fn pyramid_responses(inst: &Instrument, n: usize) -> Vec<Response> {
    (0..n)
        .map(|i| Response {
            respondent: format!("r{i}"),
            role: Some(if i % 3 == 0 { "manager" } else { "customer" }.to_string()),
            answers: inst
                .questions
                .iter()
                .enumerate()
                .map(|(qi, q)| {
                    let v = ((i * 7 + qi * 3) % 5) as i32 + 1;
                    let a = if (i + qi) % 17 == 0 {
                        Answer::Na(None)
                    } else {
                        Answer::Value(v)
                    };
                    (q.id.clone(), a)
                })
                .collect(),
            ..Response::default()
        })
        .collect()
}

fn score_pyramid(c: &mut Criterion) {
    let inst = Instrument::load("pyramid").expect("pyramid");
    let responses = pyramid_responses(&inst, 10_000);
    c.bench_function("score_10000_pyramid_responses", |b| {
        b.iter(|| black_box(score(&inst, black_box(&responses), ScoreOptions::default())));
    });
}

fn results_round_trip(c: &mut Criterion) {
    let inst = Instrument::load("pyramid").expect("pyramid");
    let mut results = cxassess::response::Results::new(&inst);
    results.responses = pyramid_responses(&inst, 50);
    let text = cxassess::response::to_yaml(&results, &inst);
    c.bench_function("read_and_write_50_response_results_file", |b| {
        b.iter(|| {
            let (r, i) = cxassess::response::read_results_str("bench.yaml", black_box(&text), None)
                .expect("valid");
            black_box(cxassess::response::to_yaml(&r, &i));
        });
    });
}

criterion_group!(benches, load_builtins, score_pyramid, results_round_trip);
criterion_main!(benches);
