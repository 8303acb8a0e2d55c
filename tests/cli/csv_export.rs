//! `export --format csv` and `template --format csv`, and the round trip: export → import gives
//! back the same answers, end to end and as a property over random responses.

use std::collections::BTreeMap;

use cxassess::Result;
use cxassess::instrument::{Instrument, QuestionKind};
use cxassess::response::csv::{CsvResponses, header_row, to_csv};
use cxassess::response::{Answer, KanoWord, PartValue, Response};
use predicates::prelude::*;
use proptest::prelude::*;

use crate::common::{cxassess, fixtures};

#[test]
fn template_csv_is_the_header_row_in_questionnaire_order() {
    let data = tempfile::tempdir().unwrap();
    let assert = cxassess(data.path())
        .args(["template", "servqual", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "respondent,role,tangibles.1.expected,tangibles.1.perceived,tangibles.2.expected,",
        ))
        .stdout(predicate::str::ends_with(
            ",empathy.5.perceived,weights.tangibles,weights.reliability,weights.responsiveness,weights.assurance,weights.empathy\n",
        ));
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert_eq!(stdout.lines().count(), 1);
    let inst = Instrument::load("servqual").unwrap();
    assert_eq!(stdout, header_row(&inst).unwrap());
    // 22 pair items of two parts, five weights, and the two respondent columns.
    assert_eq!(stdout.trim_end().split(',').count(), 2 + 44 + 5);

    cxassess(data.path())
        .args(["template", "kano", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "respondent,role,online_tracking.functional,online_tracking.dysfunctional,online_tracking.importance,free_returns.functional,",
        ));
}

#[test]
fn export_writes_codes_and_import_of_the_export_gives_the_same_file() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.yaml");
    cxassess(data.path())
        .args(["import", "kano"])
        .arg(fixtures().join("csv/kano_tabs_chinese.tsv"))
        .arg("--out")
        .arg(&first)
        .assert()
        .success();
    let assert = cxassess(data.path())
        .args(["export"])
        .arg(&first)
        .args(["--format", "csv"])
        .assert()
        .success();
    let csv = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("respondent,role,online_tracking.functional,")
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("c-01,,like,dislike,7,like,dislike,,,,"),
        "{csv}"
    );
    let exported = dir.path().join("exported.csv");
    cxassess(data.path())
        .args(["export"])
        .arg(&first)
        .args(["--format", "csv", "--out"])
        .arg(&exported)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    assert_eq!(std::fs::read_to_string(&exported).unwrap(), csv);
    let second = dir.path().join("second.yaml");
    cxassess(data.path())
        .args(["import", "kano"])
        .arg(&exported)
        .arg("--out")
        .arg(&second)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        std::fs::read_to_string(&second).unwrap()
    );
}

#[test]
fn export_of_an_invalid_results_file_exits_2_and_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "format: cxassess-results/1\ninstrument: {id: pyramid, version: 1, source: builtin}\nresponses:\n  - respondent: a\n    answers: {respect.1: 9}\n").unwrap();
    let out = dir.path().join("out.csv");
    cxassess(data.path())
        .arg("export")
        .arg(&bad)
        .args(["--format", "csv", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.yaml"));
    assert!(!out.exists());
}

/// Texts that stress CSV quoting, and words that mean N/A in other cells but are text here;
/// none is blank or `#N/A` (those cannot round-trip).
const TEXTS: [&str; 11] = [
    "NA",
    "n/a",
    "N/A",
    "不适用",
    "fine",
    "commas, \"quotes\" and; semicolons",
    "two\nlines",
    " leading and trailing ",
    "服务很好，谢谢",
    "tab\tinside",
    "NA is what they wrote",
];

/// A deterministic source of choices from proptest's random words.
struct Dice<'a> {
    words: &'a [u32],
    at: usize,
}

impl Dice<'_> {
    fn roll(&mut self, n: u32) -> u32 {
        let w = self
            .words
            .get(self.at % self.words.len().max(1))
            .copied()
            .unwrap_or(0);
        self.at += 1;
        w.wrapping_add((self.at as u32).wrapping_mul(2_654_435_761)) % n.max(1)
    }

    /// A whole number from `min` to `max`.
    fn between(&mut self, min: i32, max: i32) -> i32 {
        let span = u32::try_from(max - min + 1).unwrap();
        min + i32::try_from(self.roll(span)).unwrap()
    }
}

/// A random valid, CSV-representable answer to each question (or none).
fn random_response(inst: &Instrument, name: &str, role: Option<&str>, words: &[u32]) -> Response {
    let mut dice = Dice { words, at: 0 };
    let mut answers = BTreeMap::new();
    for q in &inst.questions {
        let state = dice.roll(6);
        if state == 0 {
            continue;
        }
        if state == 1 && q.allow_na {
            answers.insert(q.id.clone(), Answer::Na(None));
            continue;
        }
        let answer = match &q.kind {
            QuestionKind::Scale(s) => Answer::Value(dice.between(s.min, s.max)),
            QuestionKind::Rubric(levels) => {
                Answer::Value(dice.between(1, i32::try_from(levels.len()).unwrap()))
            }
            QuestionKind::Text => {
                Answer::Text(TEXTS[dice.roll(TEXTS.len() as u32) as usize].to_string())
            }
            QuestionKind::Kano { importance, .. } => {
                let word = |d: &mut Dice<'_>| match d.roll(6) {
                    0 => None,
                    i => Some(KanoWord::ALL[(i - 1) as usize]),
                };
                let mut functional = word(&mut dice);
                let dysfunctional = word(&mut dice);
                let importance = importance
                    .as_ref()
                    .and_then(|s| (dice.roll(3) > 0).then(|| dice.between(s.min, s.max)));
                if functional.is_none() && dysfunctional.is_none() && importance.is_none() {
                    functional = Some(KanoWord::Neutral);
                }
                Answer::Kano {
                    functional,
                    dysfunctional,
                    importance,
                }
            }
            QuestionKind::Pair { parts, scale, .. } => {
                let mut values: Vec<(String, PartValue)> = Vec::new();
                for p in parts {
                    let v = match dice.roll(5) {
                        0 => continue,
                        1 if q.allow_na => PartValue::Na,
                        _ => PartValue::Num(f64::from(dice.between(scale.min, scale.max))),
                    };
                    values.push((p.clone(), v));
                }
                if values.len() == parts.len() && values.iter().all(|(_, v)| *v == PartValue::Na) {
                    values[0].1 = PartValue::Num(f64::from(scale.max));
                }
                if values.is_empty() {
                    values.push((parts[0].clone(), PartValue::Num(f64::from(scale.min))));
                }
                Answer::Parts(values)
            }
            QuestionKind::Allocation { total, parts } => {
                // Shares of the total: whole points, or thirds when three parts are chosen.
                let chosen: Vec<&str> = parts
                    .iter()
                    .filter(|_| dice.roll(4) > 0)
                    .map(|p| p.id.as_str())
                    .collect();
                let chosen = if chosen.is_empty() {
                    vec![parts[0].id.as_str()]
                } else {
                    chosen
                };
                let values: Vec<f64> = if chosen.len() == 3 && dice.roll(2) == 0 {
                    vec![total / 3.0; 3]
                } else {
                    let mut left = *total as i64;
                    let mut v = Vec::new();
                    for i in 0..chosen.len() {
                        let give = if i + 1 == chosen.len() {
                            left
                        } else {
                            i64::from(dice.roll(left as u32 + 1))
                        };
                        left -= give;
                        v.push(give as f64);
                    }
                    v
                };
                Answer::Parts(
                    chosen
                        .into_iter()
                        .zip(values)
                        .map(|(k, v)| (k.to_string(), PartValue::Num(v)))
                        .collect(),
                )
            }
        };
        answers.insert(q.id.clone(), answer);
    }
    Response {
        respondent: name.to_string(),
        role: role.map(str::to_string),
        answers,
        ..Response::default()
    }
}

fn round_trip(inst: &Instrument, responses: &[Response]) -> Result<Vec<Response>> {
    let csv = to_csv(inst, responses)?;
    CsvResponses::from_reader(inst, "round-trip.csv", csv.as_bytes())?.collect()
}

fn check_round_trip(id: &str, people: &[(String, Option<String>, Vec<u32>)]) {
    let inst = Instrument::load(id).unwrap();
    let responses: Vec<Response> = people
        .iter()
        .map(|(name, role, words)| random_response(&inst, name, role.as_deref(), words))
        .collect();
    let back = round_trip(&inst, &responses).unwrap_or_else(|e| panic!("{e}"));
    // A response with no answers and no role exports as a row of one name: still read back.
    assert_eq!(back.len(), responses.len());
    for (a, b) in responses.iter().zip(&back) {
        assert_eq!(a.respondent, b.respondent);
        assert_eq!(a.role, b.role);
        assert_eq!(a.answers, b.answers, "respondent {}", a.respondent);
        assert!(
            b.notes.is_empty(),
            "nothing was renormalised: {:?}",
            b.notes
        );
    }
}

fn people() -> impl Strategy<Value = Vec<(String, Option<String>, Vec<u32>)>> {
    prop::collection::vec(
        (
            "[a-z][a-z0-9._ ,\"-]{0,10}[a-z0-9]|李[伟娜]",
            prop::option::of("manager|staff|customer|front desk"),
            prop::collection::vec(any::<u32>(), 8..64),
        ),
        1..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn pyramid_export_then_import_is_the_identity(people in people()) {
        check_round_trip("pyramid", &people);
    }

    #[test]
    fn kano_export_then_import_is_the_identity(people in people()) {
        check_round_trip("kano", &people);
    }

    #[test]
    fn servqual_export_then_import_is_the_identity(people in people()) {
        check_round_trip("servqual", &people);
    }

    #[test]
    fn pulse_export_then_import_is_the_identity(people in people()) {
        check_round_trip("pulse", &people);
    }
}
