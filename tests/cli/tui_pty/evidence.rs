//! Evidence and confidence typed into the full-screen runner in a real terminal: `v`, a
//! reference, Enter, `s`, Enter; `c`, `1`; `q` — and the results file holds both, which a
//! resumed session shows.

use cxassess::response::{Confidence, Evidence, EvidenceKind};

use super::{Tty, answers, out_path};

#[test]
fn evidence_and_confidence_typed_in_the_runner_are_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(&dir);
    let out_s = out.to_str().unwrap();
    let mut tty = Tty::spawn(
        &["run", "pyramid", "--out", out_s, "--respondent", "li.wei"],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.send("v");
    tty.wait_for("Evidence on question 1");
    tty.wait_for("Reference (a path");
    tty.send("docs/complaints rota.xlsx");
    tty.wait_for("docs/complaints rota.xlsx");
    tty.send("\r");
    tty.wait_for("support or contradict");
    tty.send("s");
    tty.send("\r");
    tty.wait_for("✔ Evidence on question 1: supports");
    tty.send("c");
    tty.wait_for("How sure is this answer?");
    tty.send("1");
    tty.wait_for("Evidence: 1 (1 supports, 0 contradicts) · Confidence: low");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert_eq!(
        r.evidence_on("respect.1"),
        [Evidence::new("docs/complaints rota.xlsx", EvidenceKind::Supports).unwrap()]
    );
    assert_eq!(r.confidence.get("respect.1"), Some(&Confidence::Low));
    assert!(r.answers.is_empty(), "no answer was given, only evidence");

    // Resumed, the question shows what was recorded.
    let mut tty = Tty::spawn(
        &["run", "pyramid", "--out", out_s, "--respondent", "li.wei"],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.wait_for("Evidence: 1 (1 supports, 0 contradicts) · Confidence: low");
    tty.send("q");
    tty.expect_exit(0);
}
