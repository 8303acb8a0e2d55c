//! The gaps questionnaire (management and staff) end to end: who answers which sections, the
//! drivers under their healthy names, the completion summary.

use crate::common::cxassess;
use crate::servqual::{PROVIDERS, close, report_json, report_text, results};

#[test]
fn gaps_alone_shows_reverse_keyed_constructs_under_healthy_names() {
    let tmp = tempfile::tempdir().unwrap();
    let p = results(tmp.path(), "staff.yaml", "gaps", "builtin", PROVIDERS);
    let v = report_json(tmp.path(), &[&p]);
    let layers = v["gaps"]["constructs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "management_layers")
        .unwrap()
        .clone();
    // 8 − 7 = 1, 8 − 6 = 2, 2 → 5/3, and not reversed again (8 − 5/3 = 6.33).
    assert!(close(&layers["score"], 5.0 / 3.0));
    assert_eq!(layers["name"], "Flat structure");
    assert!(
        v["gaps"]["gaps"][4]["score"].is_null(),
        "gap 5 needs the customers"
    );
    let text = report_text(tmp.path(), &[&p], "en");
    assert!(
        text.contains("Flat structure") && text.contains("reverse-scored"),
        "{text}"
    );
    assert!(text.contains("not validated psychometric scales"), "{text}");
}

/// The completion summary of the plain runner puts every gap's driver score in one column,
/// however long the gap's name ("Gap 4 — Communication gap").
#[test]
fn the_plain_gaps_summary_lines_its_scores_up() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "zh"] {
        let file = dir.path().join(format!("g-{lang}.yaml"));
        let out = cxassess(data.path())
            .args(["run", "gaps", "--plain", "--lang", lang, "--out"])
            .arg(&file)
            .write_stdin("5\n".repeat(100))
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        let rows: Vec<&str> = out
            .lines()
            .filter(|l| l.starts_with("Gap ") || l.starts_with("差距"))
            .filter(|l| l.contains("  4."))
            .collect();
        assert_eq!(rows.len(), 4, "{out}");
        let score_at = |l: &str| {
            let i = l.find("  4.").unwrap();
            unicode_width::UnicodeWidthStr::width(&l[..i])
        };
        assert!(
            rows.iter().all(|l| score_at(l) == score_at(rows[0])),
            "{rows:#?}"
        );
    }
}

#[test]
fn staff_and_managers_answer_only_their_own_sections_of_the_gaps_questionnaire() {
    let tmp = tempfile::tempdir().unwrap();
    let inst = cxassess::instrument::Instrument::load("gaps").unwrap();
    let count = |role: &str| {
        inst.steps()
            .iter()
            .filter(|s| {
                let a = &inst.sections[s.section].audience;
                a.is_empty() || a.iter().any(|w| w == role)
            })
            .count()
    };
    let (managers, staff) = (count("manager"), count("staff"));
    assert!(managers < inst.steps().len() && staff < inst.steps().len());
    // The gaps questionnaire is answered by managers, staff and marketing, not by customers or
    // consultants; without a role every section is asked.
    assert!(!inst.admits(Some("consultant")) && !inst.admits(Some("customer")));
    assert!(inst.admits(Some("Marketing")) && inst.admits(None));
    assert_eq!(inst.steps_for(None).len(), inst.steps().len());
    assert_eq!(inst.steps_for(Some("Staff")).len(), staff);
    let out = tmp.path().join("g.yaml");
    for (role, who, n) in [("manager", "m1", managers), ("staff", "s1", staff)] {
        let answers = "6\n".repeat(n);
        let shown = cxassess(tmp.path())
            .args([
                "run",
                "gaps",
                "--plain",
                "--role",
                role,
                "--respondent",
                who,
                "--out",
            ])
            .arg(&out)
            .write_stdin(answers)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let shown = String::from_utf8(shown).unwrap();
        assert!(shown.contains(&format!("[{n}/{n}]")), "{role}: {shown}");
    }
    let (results, _) = cxassess::response::read_results(&out).unwrap();
    assert_eq!(results.responses.len(), 2);
    for r in &results.responses {
        assert!(
            r.complete,
            "{} answered every step of their role",
            r.respondent
        );
    }
    // Staff were never asked the managers' research-orientation items, nor managers the staff's
    // teamwork items.
    let staff = &results.responses[1];
    assert!(
        !staff
            .answers
            .keys()
            .any(|k| k.starts_with("research_orientation."))
    );
    assert!(staff.answers.keys().any(|k| k.starts_with("teamwork.")));
    let manager = &results.responses[0];
    assert!(!manager.answers.keys().any(|k| k.starts_with("teamwork.")));
    let json = report_json(tmp.path(), &[&out]);
    let constructs = json["gaps"]["constructs"].as_array().unwrap();
    let research = constructs
        .iter()
        .find(|c| c["id"] == "research_orientation")
        .unwrap();
    assert_eq!(research["n"], 1, "{research}");
}

#[test]
fn the_gaps_demo_report_says_what_to_do_in_both_languages() {
    let data = tempfile::tempdir().unwrap();
    for lang in ["en", "zh"] {
        let out = cxassess(data.path())
            .args(["demo", "gaps", "--lang", lang])
            .env("COLUMNS", "100")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        insta::assert_snapshot!(format!("gaps_demo_text_{lang}"), out);
    }
}
