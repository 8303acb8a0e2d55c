//! Kano benchmarks: the evaluation table, the accumulator over in-memory responses, and the
//! whole streaming path (CSV with word labels → responses → scorer → JSON report). The
//! million-row figure with peak memory is in BENCHMARKS.md (`examples/gen_kano.rs`).

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use cxassess::instrument::{Instrument, KanoTable};
use cxassess::report::{Report, json_report};
use cxassess::response::csv::read_csv_responses;
use cxassess::response::{Answer, KanoWord, Response};
use cxassess::score::kano::classify;
use cxassess::score::{ScoreOptions, Scorer};

const LABELS: [[&str; 5]; 3] = [
    [
        "I like it that way",
        "It must be that way",
        "I am neutral",
        "I can live with it that way",
        "I dislike it that way",
    ],
    [
        "This would be very helpful to me",
        "This is a basic requirement for me",
        "This would not affect me",
        "This would be a minor inconvenience",
        "This would be a major problem for me",
    ],
    ["我喜欢", "理所当然", "无所谓", "能忍受", "我不喜欢"],
];

fn feature_ids(inst: &Instrument) -> Vec<String> {
    inst.questions.iter().map(|q| q.id.clone()).collect()
}

fn responses(inst: &Instrument, n: usize) -> Vec<Response> {
    let ids = feature_ids(inst);
    (0..n)
        .map(|i| Response {
            respondent: format!("r{i}"),
            role: Some("customer".into()),
            answers: ids
                .iter()
                .enumerate()
                .map(|(j, id)| {
                    (
                        id.clone(),
                        Answer::Kano {
                            functional: Some(KanoWord::ALL[(i + j) % 5]),
                            dysfunctional: Some(KanoWord::ALL[(i * 7 + j * 3) % 5]),
                            importance: Some(i32::try_from((i + j) % 9).unwrap_or(0) + 1),
                        },
                    )
                })
                .collect(),
            ..Response::default()
        })
        .collect()
}

fn csv(inst: &Instrument, rows: usize) -> String {
    let ids = feature_ids(inst);
    let mut out = String::from("respondent,role");
    for id in &ids {
        let _ = write!(out, ",{id}.functional,{id}.dysfunctional,{id}.importance");
    }
    out.push('\n');
    for i in 0..rows {
        let _ = write!(out, "r{i},customer");
        for j in 0..ids.len() {
            let set = &LABELS[(i + j) % LABELS.len()];
            let _ = write!(
                out,
                ",{},{},{}",
                set[(i + j) % 5],
                set[(i * 7 + j * 3) % 5],
                (i + j) % 9 + 1
            );
        }
        out.push('\n');
    }
    out
}

fn bench(c: &mut Criterion) {
    let inst = Instrument::load("kano").expect("built-in kano");
    c.bench_function("kano/classify_25_cells", |b| {
        b.iter(|| {
            let mut k = 0usize;
            for f in KanoWord::ALL {
                for d in KanoWord::ALL {
                    k += classify(black_box(KanoTable::Pouliot), f, d).index();
                }
            }
            k
        });
    });

    let rs = responses(&inst, 10_000);
    let mut g = c.benchmark_group("kano");
    g.throughput(Throughput::Elements(rs.len() as u64));
    g.bench_function("score_10k_respondents", |b| {
        b.iter(|| {
            let mut s = Scorer::new(&inst, ScoreOptions::default());
            for r in &rs {
                s.add(r);
            }
            s.finish()
        });
    });
    g.bench_function("score_10k_respondents_by_segment", |b| {
        b.iter(|| {
            let mut s = Scorer::new(
                &inst,
                ScoreOptions {
                    segment_by: Some("role".into()),
                },
            );
            for r in &rs {
                s.add(r);
            }
            s.finish()
        });
    });

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kano.csv");
    std::fs::write(&path, csv(&inst, 10_000)).expect("write csv");
    g.sample_size(20);
    g.bench_function("csv_fast_to_json_10k_rows", |b| {
        b.iter(|| {
            // What `report --instrument kano data.csv` does: the rows' cells straight into the
            // accumulator.
            let mut s = Scorer::new(&inst, ScoreOptions::default());
            cxassess::score::csv::fold_csv(&inst, &path, &mut s).expect("valid csv");
            let report = Report::scored(&inst, s.finish());
            json_report(&report, cxassess::lang::Lang::En)
        });
    });
    g.bench_function("csv_stream_to_json_10k_rows", |b| {
        b.iter(|| {
            let mut s = Scorer::new(&inst, ScoreOptions::default());
            read_csv_responses(&inst, &path, |r| s.add(r)).expect("valid csv");
            let report = Report::scored(&inst, s.finish());
            json_report(&report, cxassess::lang::Lang::En)
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
