//! `diff` of two waves of Kano results in which every answer differs: what `diff` does beyond
//! reading the two files (matching respondents, the change records, the JSON written out and
//! the text report), beside reading the two files, the measure the target of issue 16 is set
//! against (`diff` within 1.5× of reading both).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cxassess::compare::diff::{self, document};
use cxassess::compare::waves::{Placed, Pooled, Wave, WaveInfo};
use cxassess::instrument::Instrument;
use cxassess::lang::Lang;
use cxassess::report::Format;
use cxassess::report::write::{self, Options};
use cxassess::response::{Answer, KanoWord, Response, Results, read_results_str, to_yaml};

const RESPONDENTS: usize = 10_000;

/// The YAML of a wave; `shift` moves every answer, so that two shifts differ everywhere.
fn kano_results(inst: &Instrument, n: usize, shift: usize) -> String {
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
                    let k = i + j + shift;
                    let answer = Answer::Kano {
                        functional: Some(KanoWord::ALL[k % 5]),
                        dysfunctional: Some(KanoWord::ALL[(k * 7 + j * 3) % 5]),
                        importance: Some(i32::try_from(k % 9).unwrap_or(0) + 1),
                    };
                    (q.id.clone(), answer)
                })
                .collect(),
            ..Response::default()
        })
        .collect();
    to_yaml(&results, inst)
}

fn wave(label: &str, inst: &Instrument, results: Results) -> Wave {
    let files = vec![format!("{label}.yaml")];
    Wave {
        info: WaveInfo {
            label: label.into(),
            period: None,
            date: None,
            ordered_by: None,
            placed_by: Placed::Unknown,
            folder: None,
            files: files.clone(),
        },
        engagement: None,
        instruments: vec![Pooled::new(inst.clone(), results, files, false)],
    }
}

fn bench(c: &mut Criterion) {
    let inst = Instrument::load("kano").expect("built-in");
    let (a, b) = (
        kano_results(&inst, RESPONDENTS, 0),
        kano_results(&inst, RESPONDENTS, 1),
    );
    let read = |name: &str, yaml: &str| read_results_str(name, yaml, None).expect("reads").0;
    let old = wave("a", &inst, read("a.yaml", &a));
    let new = wave("b", &inst, read("b.yaml", &b));
    let lang = Lang::En;
    let mut g = c.benchmark_group("diff");
    g.sample_size(10);
    g.bench_function("read_both_10000_kano_respondents", |bench| {
        bench.iter(|| (read("a.yaml", black_box(&a)), read("b.yaml", black_box(&b))));
    });
    g.bench_function(
        "json_10000_kano_respondents_every_answer_changed",
        |bench| {
            bench.iter(|| {
                let d = diff::diff(&old, &new, None, "2026-12-07", lang).expect("compares");
                serde_json::to_writer_pretty(std::io::sink(), &diff::json::json(&d, None, lang))
                    .expect("writes");
                d.diffs[0].answers.len()
            });
        },
    );
    g.bench_function(
        "text_10000_kano_respondents_every_answer_changed",
        |bench| {
            bench.iter(|| {
                let d = diff::diff(&old, &new, None, "2026-12-07", lang).expect("compares");
                let doc = document::document(&d, &document::Options::default(), lang);
                write::write(&doc, Format::Text, Options::plain(lang)).len()
            });
        },
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
