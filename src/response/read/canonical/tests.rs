//! The canonical reader against the event reader: random results of every kind written by
//! `to_yaml` read the same both ways (or, where the event reader refuses them, are declined and
//! give its message); edited files are read the same or declined; and the canonical files are
//! really read here, not declined.

use proptest::prelude::*;

use super::{Fast, read};
use crate::instrument::{Instrument, QuestionKind};
use crate::response::read::{read_against, read_events};
use crate::response::{
    Answer, Assessment, Confidence, Evidence, EvidenceKind, KanoWord, PartValue, Response, Results,
    read_results_str, to_yaml,
};

const KINDS: [&str; 6] = ["pyramid", "maturity", "kano", "servqual", "gaps", "pulse"];

/// The event reader alone.
fn general(src: &str, instrument: &Instrument) -> crate::error::Result<Results> {
    read_against(read_events, "t.yaml", src, instrument)
}

/// The canonical reader alone: `None` when it declines.
fn fast(src: &str, instrument: &Instrument) -> Option<Results> {
    let mut responses = Vec::new();
    match read(src, &mut |_, _| Ok(instrument.clone()), &mut |_, r| {
        responses.push(r);
        true
    }) {
        Fast::Read(read) => Some(Results {
            instrument: read.0.instrument,
            assessment: read.0.assessment,
            responses,
        }),
        Fast::Declined { .. } => None,
    }
}

/// What `read_results_str` says, as comparable text.
fn public(src: &str) -> Result<Results, String> {
    read_results_str("t.yaml", src, None)
        .map(|(r, _)| r)
        .map_err(|e| e.to_string())
}

/// Text that needs quoting, or looks like another type, or is nearly plain.
fn awkward() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z0-9 ._/()@+-]{1,12}",
        1 => "[a-z0-9 :#@\"'\\\\\n\t{},\\[\\]&*!|>%`?éü中\u{85}\u{2028}\u{7f}\u{0}\u{8}\u{c}\u{feff}-]{0,12}",
        1 => proptest::sample::select(vec![
            "true", "False", "na", "N/A", "null", "~", "1.5", "007", "0x1f", "-3", ".inf",
            "2026-01-01", "2026-12-07T10:00:00Z", "y", "on", "a: b", "a #b", "-", "- a", "@x",
            "(x)", "a  b", "a - b", "a -", "a ?", "a -1", "x (y)", "a/b c", "a.b c:d", " lead", "trail ", "", "\"", "中文 名字", "x\u{2028}y",
        ])
        .prop_map(str::to_string),
    ]
}

fn answer(kind: &QuestionKind, allow_na: bool, pick: u32, text: &str) -> Answer {
    if allow_na && pick % 7 == 0 {
        return Answer::Na((pick % 2 == 0).then(|| text.to_string()));
    }
    let p = pick as i32;
    match kind {
        QuestionKind::Scale(s) => Answer::Value(s.min + p.rem_euclid(s.max - s.min + 1)),
        QuestionKind::Rubric(levels) => Answer::Value(1 + p.rem_euclid(levels.len() as i32)),
        QuestionKind::Kano { importance, .. } => Answer::Kano {
            functional: (pick % 3 != 0).then_some(KanoWord::ALL[(pick % 5) as usize]),
            dysfunctional: (pick % 4 != 1).then_some(KanoWord::ALL[(pick / 5 % 5) as usize]),
            importance: importance
                .as_ref()
                .filter(|_| pick % 5 != 2)
                .map(|s| s.min + p.rem_euclid(s.max - s.min + 1)),
        },
        QuestionKind::Pair { parts, scale, .. } => Answer::Parts(
            parts
                .iter()
                .enumerate()
                .filter(|(i, _)| (pick >> i) & 3 != 0)
                .map(|(i, part)| {
                    let v = if (pick >> (i + 3)) % 9 == 0 {
                        PartValue::Na
                    } else {
                        PartValue::Num(f64::from(scale.min + (p + i as i32).rem_euclid(7)))
                    };
                    (part.clone(), v)
                })
                .collect(),
        ),
        QuestionKind::Allocation { parts, .. } => Answer::Parts(
            parts
                .iter()
                .enumerate()
                .map(|(i, part)| {
                    (
                        part.id.clone(),
                        PartValue::Num(f64::from(pick % 40) / (1.0 + i as f64)),
                    )
                })
                .collect(),
        ),
        QuestionKind::Text => Answer::Text(text.to_string()),
    }
}

#[derive(Debug, Clone)]
struct Seed {
    picks: Vec<u32>,
    texts: Vec<String>,
    flags: u32,
}

fn seed() -> impl Strategy<Value = Seed> {
    (
        proptest::collection::vec(any::<u32>(), 40),
        proptest::collection::vec(awkward(), 12),
        any::<u32>(),
    )
        .prop_map(|(picks, texts, flags)| Seed {
            picks,
            texts,
            flags,
        })
}

/// A response to `instrument` made from `s`: some questions answered, some with notes,
/// evidence and confidence, the respondent's fields awkward text.
fn response(instrument: &Instrument, s: &Seed, n: usize) -> Response {
    let text = |i: usize| s.texts[(i + n) % s.texts.len()].clone();
    let pick = |i: usize| s.picks[(i + n) % s.picks.len()].wrapping_mul(2_654_435_761 + n as u32);
    let mut r = Response {
        respondent: text(0),
        role: (s.flags & 1 != 0).then(|| text(1)),
        started: (s.flags & 2 != 0).then(|| "2026-12-07T10:00:00Z".to_string()),
        updated: (s.flags & 4 != 0).then(|| text(2)),
        complete: s.flags & 8 != 0,
        carried_from: (s.flags & 16 != 0).then(|| text(3)),
        ..Response::default()
    };
    if s.flags & 32 != 0 {
        r.fields.insert("segment".into(), text(4));
        r.fields.insert(text(5), text(6));
    }
    for (i, q) in instrument.questions.iter().enumerate() {
        let p = pick(i);
        if p % 5 == 4 && s.flags & 64 == 0 {
            continue;
        }
        r.answers.insert(
            q.id.clone(),
            answer(&q.kind, q.allow_na, p >> 3, &text(i + 7)),
        );
        if p % 11 == 3 {
            r.notes.insert(q.id.clone(), text(i + 8));
        }
        if p % 13 == 5 {
            r.evidence.insert(
                q.id.clone(),
                vec![
                    Evidence {
                        reference: text(i + 9),
                        kind: EvidenceKind::Supports,
                    },
                    Evidence {
                        reference: format!("ref {i}"),
                        kind: EvidenceKind::ALL[(p as usize) % EvidenceKind::ALL.len()],
                    },
                ],
            );
        }
        if p % 17 == 6 {
            r.confidence.insert(
                q.id.clone(),
                Confidence::ALL[(p as usize) % Confidence::ALL.len()],
            );
        }
        if p % 19 == 7 && s.flags & 16 != 0 {
            r.carried.push(q.id.clone());
        }
    }
    r
}

fn results(kind: usize, s: &Seed, n: usize) -> (Results, Instrument) {
    let instrument = Instrument::load(KINDS[kind]).expect("a built-in instrument");
    let mut results = Results::new(&instrument);
    if s.flags & 128 != 0 {
        results.assessment = Assessment {
            organization: Some(s.texts[0].clone()),
            period: Some("2026-Q4".into()),
            date: Some("2026-12-07".into()),
            fields: [(s.texts[1].clone(), s.texts[2].clone())].into(),
        };
    }
    results.responses = (0..n).map(|i| response(&instrument, s, i)).collect();
    (results, instrument)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Whatever `to_yaml` writes, the canonical reader reads as the event reader does, or
    /// declines (and then `read_results_str` gives the event reader's answer).
    #[test]
    fn written_results_read_as_the_event_reader_reads_them(
        kind in 0..KINDS.len(), s in seed(), n in 0usize..4,
    ) {
        let (results, instrument) = results(kind, &s, n);
        let src = to_yaml(&results, &instrument);
        let general = general(&src, &instrument);
        if let Some(fast) = fast(&src, &instrument) {
            prop_assert_eq!(Some(&fast), general.as_ref().ok(), "read here, refused there");
        }
        prop_assert_eq!(public(&src), general.map_err(|e| e.to_string()));
    }
}

/// Texts the canonical reader takes, in every form `yaml_string` and `serde_json` write (a
/// plain text with a colon, a timestamp, is declined inside a flow mapping: not in here).
const TAKEN: [&str; 12] = [
    "Ann Lee",
    "r0001",
    "2026-12-07",
    "say \"no\" \\ then: #1",
    "line\nbreak\ttab \u{0}\u{8}\u{c}\r",
    "中文 名字",
    "bom\u{feff} nel\u{85} sep\u{2028} del\u{7f}",
    "true",
    "007",
    " padded ",
    "na",
    "x-1.5/(a)@b+c",
];

/// A response with every part a response can have, its texts from [`TAKEN`].
fn full(instrument: &Instrument, n: usize) -> Response {
    let seed = Seed {
        picks: (0..40).map(|i| (i * 7 + 3) as u32).collect(),
        texts: TAKEN.iter().map(ToString::to_string).collect(),
        flags: 0xff,
    };
    response(instrument, &seed, n)
}

/// Every kind's canonical file, each part of a response in it, is read here, as the event
/// reader reads it: the fast path is taken, not declined into the general one.
#[test]
fn canonical_files_are_read_here_as_the_event_reader_reads_them() {
    let mut all = String::new();
    for kind in KINDS {
        let instrument = Instrument::load(kind).unwrap();
        let mut results = Results::new(&instrument);
        results.assessment.organization = Some("Client A".into());
        results.assessment.period = Some("2026-Q4".into());
        results
            .assessment
            .fields
            .insert("owner".into(), TAKEN[3].into());
        results.responses = (0..12).map(|n| full(&instrument, n)).collect();
        let src = to_yaml(&results, &instrument);
        all.push_str(&src);
        let read = fast(&src, &instrument);
        assert!(read.is_some(), "{kind}: declined\n{src}");
        assert_eq!(
            read.as_ref(),
            general(&src, &instrument).as_ref().ok(),
            "{kind}"
        );
        assert_eq!(read.ok_or(String::new()), public(&src), "{kind}");
    }
    for part in [
        "notes:",
        "evidence:",
        "confidence:",
        "carried:",
        "role: ",
        "\\u0000",
        "{na: ",
        ": na\n",
        "{expected: ",
        "{functional: ",
        "\"2026-Q4\"",
        "中文 名字:",
    ] {
        assert!(all.contains(part), "the files have {part}");
    }
}

/// A file large enough to be read in two parts reads as in one, and a part that declines
/// hands each response on once.
#[test]
fn two_parts_read_as_one() {
    let instrument = Instrument::load("kano").unwrap();
    let mut results = Results::new(&instrument);
    results.responses = (0..2_500).map(|n| full(&instrument, n)).collect();
    let src = to_yaml(&results, &instrument);
    assert!(src.len() > super::SPLIT_BYTES, "{} bytes", src.len());
    let general = general(&src, &instrument).unwrap();
    assert_eq!(fast(&src, &instrument).as_ref(), Some(&general));
    assert_eq!(public(&src).as_ref(), Ok(&general));
    // A comment in either part: declined there, read by events, nothing handed on twice.
    let lines: Vec<&str> = src.lines().collect();
    for at in [lines.len() / 4, lines.len() * 3 / 4, lines.len() - 1] {
        let mut edited = lines.clone();
        edited.insert(at, "# checked");
        let edited = edited.join("\n") + "\n";
        assert!(fast(&edited, &instrument).is_none());
        assert_eq!(
            public(&edited).as_ref(),
            Ok(&general),
            "comment at line {at}"
        );
    }
}

/// Files edited by hand are read as the event reader reads them, or declined so that its
/// message is the one given.
#[test]
fn edited_files_read_the_same_or_give_the_event_readers_message() {
    let instrument = Instrument::load("kano").unwrap();
    let mut results = Results::new(&instrument);
    results.responses = (0..3).map(|n| full(&instrument, n)).collect();
    let src = to_yaml(&results, &instrument);
    let answer = src
        .lines()
        .find(|l| l.contains("{functional: "))
        .unwrap()
        .to_string();
    let id = answer.trim().split(':').next().unwrap().to_string();
    let edits: Vec<(&str, String, bool)> = vec![
        (
            "comment line",
            src.replacen("responses:\n", "responses:\n# hi\n", 1),
            false,
        ),
        (
            "comment after",
            src.replacen(&answer, &format!("{answer} # hi"), 1),
            false,
        ),
        (
            "indent",
            src.replacen(&answer, &format!("  {answer}"), 1),
            true,
        ),
        ("outdent", src.replacen(&answer, &answer[2..], 1), true),
        ("crlf", src.replace('\n', "\r\n"), false),
        ("tab", src.replacen("complete:", "complete:\t", 1), false),
        ("no last newline", src.trim_end().to_string(), false),
        (
            "blank line",
            src.replacen("answers:\n", "answers:\n\n", 1),
            false,
        ),
        ("document start", format!("---\n{src}"), false),
        (
            "reordered head",
            src.replacen("format: cxassess-results/1\ninstrument:", "instrument:", 1)
                .replacen("assessment:", "format: cxassess-results/1\nassessment:", 1),
            false,
        ),
        (
            "answers reversed",
            {
                let mut lines: Vec<&str> = src.lines().collect();
                let at = lines.iter().position(|l| *l == answer).unwrap();
                lines.swap(at, at + 1);
                lines.join("\n") + "\n"
            },
            false,
        ),
        (
            "complete first",
            src.replacen(
                "  - respondent: ",
                "  - complete: false\n    respondent: ",
                1,
            ),
            false,
        ),
        (
            "importance out of range",
            src.replacen(
                &answer,
                &format!("      {id}: {{functional: like, importance: 10}}"),
                1,
            ),
            true,
        ),
        (
            "unknown word",
            src.replacen(&answer, &format!("      {id}: {{functional: lovely}}"), 1),
            true,
        ),
        (
            "unknown question",
            src.replacen(&answer, &format!("{answer}\n      nosuch: 3"), 1),
            true,
        ),
        (
            "answer twice",
            src.replacen(&answer, &format!("{answer}\n{answer}"), 1),
            true,
        ),
        (
            "part twice",
            src.replacen(
                &answer,
                &format!("      {id}: {{functional: like, functional: like}}"),
                1,
            ),
            true,
        ),
        (
            "single quotes",
            src.replacen("  - respondent: ", "  - respondent: 'x'\n    role: ", 1),
            false,
        ),
        (
            "anchor",
            src.replacen(&answer, &format!("      {id}: &a {{functional: like}}"), 1),
            false,
        ),
        (
            "role twice",
            src.replacen("complete:", "role: a\n    role: b\n    complete:", 1),
            true,
        ),
        (
            "complete not a boolean",
            src.replacen("complete: true", "complete: yes", 1),
            true,
        ),
        (
            "carried not answered",
            src.replacen("    carried:\n", "    carried:\n      - nosuch\n", 1),
            true,
        ),
        (
            "bad confidence",
            src.replacen(
                "confidence:\n      ",
                "confidence:\n      x: sure\n      ",
                1,
            ),
            true,
        ),
        (
            "bad escape",
            src.replacen("notes:\n      ", "notes:\n      x: \"\\q\"\n      ", 1),
            true,
        ),
        (
            "version 0",
            src.replacen("version: 1", "version: 0", 1),
            true,
        ),
        (
            "flow list",
            src.replacen("    carried:\n", "    carried: []\n", 1),
            false,
        ),
    ];
    for (what, edited, refused) in edits {
        assert_ne!(edited, src, "{what}: the edit changed the file");
        assert!(fast(&edited, &instrument).is_none(), "{what}: declined");
        let general = general(&edited, &instrument).map_err(|e| e.to_string());
        assert_eq!(public(&edited), general, "{what}");
        if refused {
            assert!(general.is_err(), "{what}: the event reader refuses it");
        }
    }
}

/// Through `read_results`, from a file on disk beside its instrument file: the canonical file
/// reads as the event reader reads it, and the same file edited by hand (a comment) too.
#[test]
fn read_results_reads_a_written_file_as_the_event_reader_does() {
    let dir = tempfile::tempdir().unwrap();
    let instrument = Instrument::load("servqual").unwrap();
    let mut results = Results::new(&instrument);
    results.responses = (0..20).map(|n| full(&instrument, n)).collect();
    let src = to_yaml(&results, &instrument);
    let general = general(&src, &instrument).unwrap();
    let path = dir.path().join("r.yaml");
    std::fs::write(&path, &src).unwrap();
    assert!(fast(&src, &instrument).is_some());
    assert_eq!(crate::response::read_results(&path).unwrap().0, general);
    std::fs::write(&path, format!("# by hand\n{src}")).unwrap();
    assert_eq!(crate::response::read_results(&path).unwrap().0, general);
}
