use proptest::prelude::*;

use super::*;

fn ev(reference: &str, kind: EvidenceKind) -> Evidence {
    Evidence::new(reference, kind).unwrap()
}

#[test]
fn a_cell_lists_each_piece_with_its_kind_and_doubles_pipes() {
    let list = [
        ev("docs/cx-strategy-2026.pdf", EvidenceKind::Supports),
        ev("interview: 'nobody | owns it'", EvidenceKind::Contradicts),
    ];
    let cell = evidence_cell(&list);
    assert_eq!(
        cell,
        "supports: docs/cx-strategy-2026.pdf | contradicts: interview: 'nobody || owns it'"
    );
    assert_eq!(parse_evidence_cell(&cell).unwrap(), list);
}

#[test]
fn cells_written_by_hand_are_read_leniently_but_never_guessed() {
    assert_eq!(
        parse_evidence_cell("Supports:a.pdf|CONTRADICTS :  b  ").unwrap(),
        [
            ev("a.pdf", EvidenceKind::Supports),
            ev("b", EvidenceKind::Contradicts)
        ]
    );
    assert_eq!(parse_evidence_cell("  ").unwrap(), []);
    let err = parse_evidence_cell("supports: a | maybe: b").unwrap_err();
    assert!(err.contains("entry 2") && err.contains("'maybe'"), "{err}");
    let err = parse_evidence_cell("supports: a | just words").unwrap_err();
    assert!(
        err.contains("entry 2") && err.contains("supports:"),
        "{err}"
    );
    let err = parse_evidence_cell("supports:   | contradicts: b").unwrap_err();
    assert!(
        err.contains("entry 1") && err.contains("no reference"),
        "{err}"
    );
    let many = vec!["supports: x"; MAX_EVIDENCE_PER_ANSWER + 1].join(" | ");
    assert!(parse_evidence_cell(&many).unwrap_err().contains("at most"));
}

#[test]
fn evidence_is_checked_when_made() {
    assert_eq!(
        Evidence::new("   ", EvidenceKind::Supports),
        Err(EvidenceError::EmptyRef)
    );
    let long = "x".repeat(MAX_REF_CHARS + 1);
    assert_eq!(
        Evidence::new(&long, EvidenceKind::Supports),
        Err(EvidenceError::LongRef {
            chars: MAX_REF_CHARS + 1,
            max: MAX_REF_CHARS
        })
    );
    assert_eq!(
        Evidence::new("  a.pdf ", EvidenceKind::Supports)
            .unwrap()
            .reference,
        "a.pdf"
    );
}

#[test]
fn words_are_read_in_any_case() {
    assert_eq!(Confidence::parse(" LOW "), Some(Confidence::Low));
    assert_eq!(Confidence::parse("certain"), None);
    assert_eq!(
        EvidenceKind::parse("Contradicts"),
        Some(EvidenceKind::Contradicts)
    );
    assert_eq!(EvidenceKind::parse("refutes"), None);
}

#[test]
fn the_runner_adds_removes_and_rates_through_checked_methods() {
    let inst = Instrument::load("maturity").unwrap();
    let q = inst.questions[0].id.clone();
    let mut r = Response::default();
    let doc = ev("docs/a.pdf", EvidenceKind::Supports);
    assert_eq!(r.add_evidence(&inst, &q, doc.clone()), Ok(true));
    assert_eq!(r.add_evidence(&inst, &q, doc.clone()), Ok(false), "no twin");
    assert_eq!(
        r.add_evidence(&inst, "nope.1", doc.clone()),
        Err(EvidenceError::NoQuestion("nope.1".into()))
    );
    for i in 1..MAX_EVIDENCE_PER_ANSWER {
        let e = ev(&format!("doc{i}"), EvidenceKind::Contradicts);
        assert_eq!(r.add_evidence(&inst, &q, e), Ok(true));
    }
    assert_eq!(
        r.add_evidence(&inst, &q, ev("one more", EvidenceKind::Supports)),
        Err(EvidenceError::TooMany {
            max: MAX_EVIDENCE_PER_ANSWER
        })
    );
    assert_eq!(r.evidence_on(&q).len(), MAX_EVIDENCE_PER_ANSWER);
    assert_eq!(r.remove_evidence(&q, 0), Some(doc));
    assert_eq!(r.remove_evidence(&q, 99), None);
    while r.remove_evidence(&q, 0).is_some() {}
    assert!(r.evidence.is_empty(), "an empty list leaves no entry");
    assert_eq!(r.set_confidence(&inst, &q, Some(Confidence::Low)), Ok(true));
    assert_eq!(
        r.set_confidence(&inst, &q, Some(Confidence::Low)),
        Ok(false)
    );
    assert_eq!(r.confidence[&q], Confidence::Low);
    assert_eq!(r.set_confidence(&inst, &q, None), Ok(true));
    assert!(r.confidence.is_empty());
}

fn reference() -> impl Strategy<Value = String> {
    // Pipes, colons, quotes, spaces inside, wide characters: everything a reference may hold.
    "[a-z|: '\"/\\\\.中文\\n]{0,30}[a-z|/中]"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("a reference has text", |s| !s.is_empty())
}

proptest! {
    /// Reading a cell gives back exactly the evidence that was written to it.
    #[test]
    fn cells_round_trip(list in proptest::collection::vec(
        (reference(), prop::bool::ANY), 0..6)
    ) {
        let list: Vec<Evidence> = list
            .into_iter()
            .map(|(r, s)| ev(&r, if s { EvidenceKind::Supports } else { EvidenceKind::Contradicts }))
            .collect();
        prop_assert_eq!(parse_evidence_cell(&evidence_cell(&list)).unwrap(), list);
    }
}
