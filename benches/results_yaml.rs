//! Reading a results file of 30,000 Kano respondents (the shape `cxassess import` writes,
//! about 25 MB), generated here: the canonical layout read line by line, and the same file
//! with a comment on its first line, which only the YAML event reader takes (issue 16).

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use cxassess::instrument::Instrument;
use cxassess::response::{Answer, KanoWord, Response, Results, read_results_str, to_yaml};

const RESPONDENTS: usize = 30_000;

fn kano_results(inst: &Instrument, n: usize) -> String {
    let mut results = Results::new(inst);
    // A fixed linear congruential sequence: the same bytes every run.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |m: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) as usize % m
    };
    results.responses = (0..n)
        .map(|i| {
            let mut respondent = String::new();
            let _ = write!(respondent, "r{i:07}");
            Response {
                respondent,
                complete: true,
                answers: inst
                    .questions
                    .iter()
                    .map(|q| {
                        let answer = Answer::Kano {
                            functional: Some(KanoWord::ALL[next(5)]),
                            dysfunctional: Some(KanoWord::ALL[next(5)]),
                            importance: Some(1 + next(9) as i32),
                        };
                        (q.id.clone(), answer)
                    })
                    .collect(),
                ..Response::default()
            }
        })
        .collect();
    to_yaml(&results, inst)
}

fn bench(c: &mut Criterion) {
    let inst = Instrument::load("kano").expect("built-in");
    let yaml = kano_results(&inst, RESPONDENTS);
    let commented = format!("# not in the canonical layout\n{yaml}");
    let mut g = c.benchmark_group("results_yaml");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(yaml.len() as u64));
    g.bench_function("read_30k_kano_respondents_canonical", |b| {
        b.iter(|| read_results_str("r.yaml", black_box(&yaml), None).expect("reads"));
    });
    g.bench_function("read_30k_kano_respondents_events", |b| {
        b.iter(|| read_results_str("r.yaml", black_box(&commented), None).expect("reads"));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
