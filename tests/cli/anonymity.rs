//! `report DIR --anonymize`: no respondent's name in any format — not in the voices, not in the
//! five-gap model's list of files (the layout names each file after its respondent), not as an
//! action's owner.

use std::path::{Path, PathBuf};

use crate::common::cxassess;

fn cx(dir: &Path) -> assert_cmd::Command {
    let mut cmd = cxassess(dir);
    cmd.current_dir(dir).env("CXASSESS_TODAY", "2026-12-15");
    cmd
}

/// An engagement with the demo results of four instruments imported one file per respondent,
/// a roster and an action owned by a respondent; returns it and every respondent's name.
fn engagement(dir: &Path) -> (PathBuf, Vec<String>) {
    cx(dir)
        .args(["init", "eng", "--client", "Acme", "--period", "2026-Q4"])
        .assert()
        .success();
    let eng = dir.join("eng");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo");
    let mut names = Vec::new();
    for kind in ["maturity", "gaps", "servqual", "pulse"] {
        let results = demo.join(format!("{kind}.yaml"));
        let text = std::fs::read_to_string(&results).expect("demo read");
        names.extend(
            text.lines()
                .filter_map(|l| l.trim().strip_prefix("- respondent: "))
                .map(|n| n.trim().to_string()),
        );
        let csv = dir.join(format!("{kind}.csv"));
        cx(dir)
            .args(["export"])
            .arg(&results)
            .args(["--format", "csv", "--out"])
            .arg(&csv)
            .assert()
            .success();
        cx(dir)
            .args(["import", kind])
            .arg(&csv)
            .arg("--engagement")
            .arg(&eng)
            .assert()
            .success();
    }
    let path = eng.join("engagement.yaml");
    let text = std::fs::read_to_string(&path).expect("engagement read");
    let text = format!(
        "{text}instruments: [maturity, gaps, servqual, pulse]\nroster:\n  - {{respondent: zhang.min, role: manager, name: 张敏}}\n  - {{respondent: li.wei, role: manager, name: 李伟}}\nactions:\n  - {{id: a1, title: \"Weekly review\", owner: li.wei, due: 2027-01-31, status: open}}\n  - {{id: a2, title: \"Survey plan\", owner: zhang.min, due: 2027-02-28, status: open}}\n"
    );
    std::fs::write(&path, text).expect("engagement written");
    names.extend(["zhang.min", "张敏", "李伟"].map(String::from));
    names.sort();
    names.dedup();
    (eng, names)
}

fn report(eng: &Path, args: &[&str]) -> String {
    let out = cx(eng)
        .arg("report")
        .arg(".")
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn anonymized_engagement_reports_name_nobody_in_any_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (eng, names) = engagement(dir.path());
    assert!(names.len() > 30, "{names:?}");
    // Without --anonymize the names are there (so the search below can find them).
    let plain = report(&eng, &[]);
    assert!(
        plain.contains("customer-01") && plain.contains("li.wei"),
        "{plain}"
    );
    for lang in ["en", "zh"] {
        for format in ["text", "markdown", "json", "html"] {
            let out = report(&eng, &["--anonymize", "--lang", lang, "--format", format]);
            for name in &names {
                assert!(
                    !out.contains(name.as_str()),
                    "{name} in the {lang} {format} report:\n{}",
                    out.lines()
                        .filter(|l| l.contains(name.as_str()))
                        .collect::<Vec<_>>()
                        .join("\n")
                );
            }
        }
    }
    let text = report(&eng, &["--anonymize"]);
    // The five-gap model's inputs: each folder and how many files.
    assert!(
        text.contains("12 customers (servqual/, 12 files)"),
        "{text}"
    );
    assert!(text.contains("gaps/, 5 files)"), "{text}");
    // li.wei was interviewed (gaps): their code; zhang.min is on the roster only: the role.
    let a1 = text
        .lines()
        .find(|l| l.contains("Weekly review"))
        .expect("a1");
    assert!(a1.contains("manager 1"), "{a1}");
    let a2 = text
        .lines()
        .find(|l| l.contains("Survey plan"))
        .expect("a2");
    assert!(a2.contains("manager"), "{a2}");
}
