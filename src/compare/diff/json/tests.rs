//! The JSON of a diff, text for text: it is written as the diff is serialised, entry by entry,
//! and must read exactly as the sorted value tree it was once built as.

use super::json;
use crate::compare::diff::diff;
use crate::compare::diff::tests::one_file_wave;
use crate::compare::waves::Wave;
use crate::lang::Lang;
use crate::response::read_results_str;

/// ann: an answer changed, one newly N/A with a reason, one note changed and one added; bob:
/// an answer carried over unchanged, one newly N/A, one recorded as carried but changed; a
/// second ann, who answered a question anew; cy only in the older wave, dee only in the newer.
const OLD: &str = r#"format: cxassess-results/1
instrument:
  id: maturity
  version: 1
  source: builtin
  digest: 710621388fc1718afb05dee231cb6fc6150e3358d979a7e5a2d39f1db1fc1e41
assessment: {}
responses:
  - respondent: ann
    complete: false
    answers:
      strategy.1: 2
      strategy.2: 3
      insight.1: 4
    notes:
      strategy.1: "said twice"
  - respondent: bob
    role: manager
    complete: false
    answers:
      strategy.1: 3
      strategy.2: 3
      insight.1: 2
  - respondent: cy
    role: staff
    complete: false
    answers:
      strategy.1: 4
  - respondent: ann
    complete: false
    answers:
      strategy.1: 1
"#;

const NEW: &str = r#"format: cxassess-results/1
instrument:
  id: maturity
  version: 1
  source: builtin
  digest: 710621388fc1718afb05dee231cb6fc6150e3358d979a7e5a2d39f1db1fc1e41
assessment: {}
responses:
  - respondent: bob
    role: manager
    complete: false
    carried_from: "old.yaml"
    carried:
      - strategy.1
      - insight.1
    answers:
      strategy.1: 3
      strategy.2: na
      insight.1: 4
  - respondent: ann
    complete: false
    answers:
      strategy.1: 5
      strategy.2: {na: "no strategy yet"}
      insight.1: 4
    notes:
      strategy.1: "said \"twice\""
      insight.1: "new note"
  - respondent: dee
    role: staff
    complete: false
    answers:
      strategy.1: 2
  - respondent: ann
    complete: false
    answers:
      strategy.1: 1
      strategy.2: 2
"#;

fn wave(label: &str, yaml: &str) -> Wave {
    let (results, instrument) =
        read_results_str(&format!("{label}.yaml"), yaml, None).expect("reads");
    one_file_wave(label, instrument, results)
}

/// The lines of `text` from the one that starts with `from` up to (without) the one that
/// starts with `to`, or to the end.
fn lines<'t>(text: &'t str, from: &str, to: Option<&str>) -> &'t str {
    let start = text.find(&format!("\n{from}")).expect("from") + 1;
    let end = to.map_or(text.len(), |to| {
        start + text[start..].find(&format!("\n{to}")).expect("to") + 1
    });
    &text[start..end]
}

#[test]
fn changed_answers_notes_and_respondents_are_written_exactly() {
    let d = diff(
        &wave("old", OLD),
        &wave("new", NEW),
        None,
        "2026-12-07",
        Lang::En,
    )
    .expect("compares");
    let mut text = serde_json::to_string_pretty(&json(&d, None, Lang::En)).expect("writes");
    text.push('\n');
    assert_eq!(
        lines(&text, "  \"answers\": [", Some("  \"cxassess\"")),
        r#"  "answers": [
    {
      "carried": false,
      "new": "5",
      "old": "2",
      "question": "strategy.1",
      "respondent": "ann"
    },
    {
      "carried": false,
      "new": "{na: no strategy yet}",
      "old": "3",
      "question": "strategy.2",
      "respondent": "ann"
    },
    {
      "carried": false,
      "new": "na",
      "old": "3",
      "question": "strategy.2",
      "respondent": "bob"
    },
    {
      "carried": true,
      "new": "4",
      "old": "2",
      "question": "insight.1",
      "respondent": "bob"
    },
    {
      "carried": false,
      "new": "2",
      "old": null,
      "question": "strategy.2",
      "respondent": "ann #2"
    }
  ],
  "answers_unchanged": {
    "carried": 1,
    "confirmed": 2
  },
"#
    );
    assert_eq!(
        lines(&text, "  \"notes\": [", Some("  \"old\"")),
        r#"  "notes": [
    {
      "carried": false,
      "new": "said \"twice\"",
      "old": "said twice",
      "question": "strategy.1",
      "respondent": "ann"
    },
    {
      "carried": false,
      "new": "new note",
      "old": null,
      "question": "insight.1",
      "respondent": "ann"
    }
  ],
"#
    );
    assert_eq!(
        lines(&text, "  \"respondents_added\"", None),
        r#"  "respondents_added": [
    {
      "answers": 1,
      "respondent": "dee",
      "role": "staff"
    }
  ],
  "respondents_removed": [
    {
      "answers": 1,
      "respondent": "cy",
      "role": "staff"
    }
  ]
}
"#
    );
}

#[test]
fn every_object_is_written_with_its_keys_in_order() {
    let d = diff(
        &wave("old", OLD),
        &wave("new", NEW),
        None,
        "2026-12-07",
        Lang::En,
    )
    .expect("compares");
    let gate = Some(crate::compare::diff::Gate {
        points: 0.0,
        significant: false,
    });
    let streamed = serde_json::to_string_pretty(&json(&d, gate, Lang::En)).expect("writes");
    // The same document as a value tree, whose maps are sorted: the text must not change.
    let tree: serde_json::Value = serde_json::from_str(&streamed).expect("parses");
    assert_eq!(
        streamed,
        serde_json::to_string_pretty(&tree).expect("writes")
    );
    assert!(streamed.contains("\"failed\""), "{streamed}");
}
