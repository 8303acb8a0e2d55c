use super::*;
use crate::compare::change::Direction;
use crate::compare::waves::Placed;
use crate::instrument::builtin;
use crate::response::{Answer, Response, Results};

fn pulse() -> Instrument {
    builtin::latest("pulse")
        .expect("built in")
        .instrument()
        .expect("parses")
}

/// A wave of one results file, `{label}.yaml`, holding `results` of `instrument`.
pub(super) fn one_file_wave(label: &str, instrument: Instrument, results: Results) -> Wave {
    let file = format!("{label}.yaml");
    Wave {
        info: WaveInfo {
            label: label.into(),
            period: None,
            date: None,
            ordered_by: None,
            placed_by: Placed::Unknown,
            folder: None,
            files: vec![file.clone()],
        },
        engagement: None,
        instruments: vec![Pooled::new(instrument, results, vec![file], false)],
    }
}

fn wave(inst: &Instrument, label: &str, nps: &[i32]) -> Wave {
    let mut results = Results::new(inst);
    results.responses = nps
        .iter()
        .enumerate()
        .map(|(i, v)| Response {
            respondent: format!("r{i}"),
            answers: [("nps".to_string(), Answer::Value(*v))]
                .into_iter()
                .collect(),
            ..Response::default()
        })
        .collect();
    one_file_wave(label, inst.clone(), results)
}

fn nps(d: &WaveDiff) -> &FigureChange {
    d.diffs[0]
        .figures
        .iter()
        .find(|f| f.key == "nps")
        .expect("nps")
}

proptest::proptest! {
    /// Swapping OLD and NEW negates every change and its interval and flips every direction; a
    /// wave against itself changes nothing and drops nothing.
    #[test]
    fn swapping_sides_negates_changes(
        a in proptest::collection::vec(0i32..=10, 0..12),
        b in proptest::collection::vec(0i32..=10, 0..12),
    ) {
        let inst = pulse();
        let (wa, wb) = (wave(&inst, "a", &a), wave(&inst, "b", &b));
        let ab = diff(&wa, &wb, None, "2026-12-01", Lang::En).expect("diff");
        let ba = diff(&wb, &wa, None, "2026-12-01", Lang::En).expect("diff");
        for (x, y) in ab.diffs[0].figures.iter().zip(&ba.diffs[0].figures) {
            proptest::prop_assert_eq!(&x.key, &y.key);
            match (x.step.change, y.step.change) {
                (Some(p), Some(q)) => proptest::prop_assert!((p + q).abs() < 1e-9),
                (p, q) => proptest::prop_assert_eq!(p, q),
            }
            match (x.step.interval, y.step.interval) {
                (Some(p), Some(q)) => proptest::prop_assert!(
                    (p.low + q.high).abs() < 1e-9 && (p.high + q.low).abs() < 1e-9
                ),
                (p, q) => proptest::prop_assert_eq!(p, q),
            }
            proptest::prop_assert_eq!(x.step.significant, y.step.significant);
            let flipped = match x.step.direction {
                Direction::Up => Direction::Down,
                Direction::Down => Direction::Up,
                other => other,
            };
            proptest::prop_assert_eq!(flipped, y.step.direction);
        }
        let aa = diff(&wa, &wa, None, "2026-12-01", Lang::En).expect("diff");
        let x = &aa.diffs[0];
        proptest::prop_assert!(x.figures.iter().all(|f| f.step.direction == Direction::Same));
        proptest::prop_assert!(x.figures.iter().all(|f| f.step.significant != Some(true)));
        let gate = Gate { points: 0.0, significant: false };
        proptest::prop_assert!(x.answers.is_empty() && gate.drops(&aa).is_empty());
    }
}

#[test]
fn the_gate_counts_only_significant_drops_when_asked() {
    let inst = pulse();
    // 20 promoters, then 20 detractors: −200 points, far beyond noise. Then 2 promoters and 1
    // detractor, against 1 promoter and 2 detractors: −66.7 points, within noise at n = 3.
    let all_promoters = wave(&inst, "a", &[10; 20]);
    let all_detractors = wave(&inst, "b", &[0; 20]);
    let d = diff(
        &all_promoters,
        &all_detractors,
        None,
        "2026-12-01",
        Lang::En,
    )
    .expect("diff");
    assert!(nps(&d).step.significant_fall());
    let plain = Gate {
        points: 50.0,
        significant: false,
    };
    let strict = Gate {
        significant: true,
        ..plain
    };
    assert_eq!(plain.drops(&d).len(), 1);
    assert_eq!(strict.drops(&d).len(), 1);
    let small = diff(
        &wave(&inst, "a", &[10, 10, 0]),
        &wave(&inst, "b", &[10, 0, 0]),
        None,
        "2026-12-01",
        Lang::En,
    )
    .expect("diff");
    assert_eq!(nps(&small).step.significant, Some(false));
    assert_eq!(plain.drops(&small).len(), 1);
    assert!(strict.drops(&small).is_empty());
    assert_eq!(strict.within_noise(&small).len(), 1);
    assert!(plain.within_noise(&small).is_empty());
}
