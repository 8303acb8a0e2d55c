//! CSV export → import is the identity for evidence, confidence, notes and N/A reasons too
//! (property-tested over instruments with single, Kano and paired answers), and a bad cell is
//! named by row and column.

use std::collections::BTreeMap;

use cxassess::instrument::Instrument;
use cxassess::response::csv::{CsvResponses, to_csv};
use cxassess::response::{Answer, Confidence, Evidence, EvidenceKind, Response};
use proptest::prelude::*;

use super::answer;
use crate::common::cxassess;

type Person = (
    Vec<u32>,
    Vec<(usize, Vec<(String, bool)>)>,
    Vec<(usize, u8)>,
    Vec<(usize, String)>,
    Vec<String>,
);

fn response(
    inst: &Instrument,
    i: usize,
    (dice, evidence, confidence, notes, reasons): &Person,
) -> Response {
    let mut r = Response {
        respondent: format!("r{i}"),
        role: (i % 2 == 0).then(|| "manager".to_string()),
        ..Response::default()
    };
    let mut reasons = reasons.iter().cycle();
    for (q, n) in inst.questions.iter().zip(dice) {
        if n % 3 != 0 {
            let mut given = answer(q, *n);
            // Some N/A answers carry a reason, some do not.
            if let (Answer::Na(reason), Some(why)) = (&mut given, reasons.next()) {
                *reason = Some(why.clone()).filter(|w| !w.is_empty());
            }
            r.answers.insert(q.id.clone(), given);
        }
    }
    for (k, note) in notes {
        let q = &inst.questions[k % inst.questions.len()].id;
        r.notes.insert(q.clone(), note.clone());
    }
    for (k, list) in evidence {
        let q = &inst.questions[k % inst.questions.len()].id;
        let list: Vec<Evidence> = list
            .iter()
            .map(|(reference, s)| {
                let kind = if *s {
                    EvidenceKind::Supports
                } else {
                    EvidenceKind::Contradicts
                };
                Evidence::new(reference, kind).unwrap()
            })
            .collect();
        r.evidence.insert(q.clone(), list);
    }
    for (k, level) in confidence {
        let q = &inst.questions[k % inst.questions.len()].id;
        r.confidence
            .insert(q.clone(), Confidence::ALL[usize::from(level % 3)]);
    }
    r
}

fn reference() -> impl Strategy<Value = String> {
    // Pipes and colons (the cell's own marks), commas and quotes (CSV's), line breaks, Chinese.
    "[a-z0-9|:,\"' /.\\n中文]{0,24}[a-z|中]".prop_map(|s| s.trim().to_string())
}

fn people() -> impl Strategy<Value = Vec<Person>> {
    prop::collection::vec(
        (
            prop::collection::vec(any::<u32>(), 60),
            prop::collection::vec(
                (
                    any::<usize>(),
                    prop::collection::vec((reference(), any::<bool>()), 1..4),
                ),
                0..4,
            ),
            prop::collection::vec((any::<usize>(), any::<u8>()), 0..4),
            prop::collection::vec((any::<usize>(), reference()), 0..4),
            prop::collection::vec(prop_oneof![Just(String::new()), reference()], 1..4),
        ),
        1..5,
    )
}

fn check(id: &str, people: &[Person]) {
    let inst = Instrument::load(id).unwrap();
    let responses: Vec<Response> = people
        .iter()
        .enumerate()
        .map(|(i, p)| response(&inst, i, p))
        .collect();
    let csv = to_csv(&inst, &responses).unwrap();
    let back: Vec<Response> = CsvResponses::from_reader(&inst, "round-trip.csv", csv.as_bytes())
        .unwrap()
        .collect::<cxassess::Result<_>>()
        .unwrap_or_else(|e| panic!("{e}\n{csv}"));
    assert_eq!(back.len(), responses.len());
    for (a, b) in responses.iter().zip(&back) {
        assert_eq!(a.respondent, b.respondent);
        assert_eq!(a.role, b.role);
        assert_eq!(a.answers, b.answers, "{}", a.respondent);
        let evidence: BTreeMap<_, _> = a.evidence.iter().filter(|(_, l)| !l.is_empty()).collect();
        assert_eq!(evidence, b.evidence.iter().collect(), "{csv}");
        assert_eq!(a.confidence, b.confidence, "{csv}");
        assert_eq!(a.notes, b.notes, "{csv}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn maturity_extras_survive_export_then_import(people in people()) {
        check("maturity", &people);
    }

    #[test]
    fn kano_extras_survive_export_then_import(people in people()) {
        check("kano", &people);
    }

    #[test]
    fn servqual_extras_survive_export_then_import(people in people()) {
        check("servqual", &people);
    }
}

#[test]
fn the_columns_follow_their_question_and_only_where_used() {
    let inst = Instrument::load("kano").unwrap();
    let q = inst.questions[0].id.clone();
    let mut r = Response {
        respondent: "li".into(),
        ..Response::default()
    };
    r.evidence.insert(
        q.clone(),
        vec![Evidence::new("app store reviews", EvidenceKind::Supports).unwrap()],
    );
    let csv = to_csv(&inst, &[r]).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains(&format!(
            "{q}.dysfunctional,{q}.importance,{q}.evidence,{}",
            inst.questions[1].id
        )),
        "{header}"
    );
    assert!(!header.contains(".confidence"), "{header}");
    assert_eq!(header.matches(".evidence").count(), 1);
}

#[test]
fn import_names_a_bad_evidence_or_confidence_cell_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "respondent,strategy.1,strategy.1.evidence,strategy.1.confidence\n\
         a,3,supports: docs/a.pdf | proves: b,low\n\
         b,2,,certain\n",
    )
    .unwrap();
    let out = dir.path().join("r.yaml");
    cxassess(dir.path())
        .args(["import", "maturity"])
        .arg(&csv)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "row 2, column 3 (strategy.1.evidence): entry 2 starts with 'proves', which is not supports or contradicts",
        ))
        .stderr(predicates::str::contains(
            "row 3, column 4 (strategy.1.confidence): 'certain' is not a confidence level",
        ));
    assert!(!out.exists());
}
