//! The files `cxassess` writes are the user's: a replaced file keeps its permissions, a new one
//! gets the usual ones (0666 less the umask), and writing a file that was read changes nothing
//! but what changed — comments and the place of hand-added fields included.

use std::path::Path;

use crate::common::cxassess;

/// `cxassess args…` run under `umask`, through the shell (setting a umask needs no unsafe code
/// there), with the environment of [`cxassess`].
#[cfg(unix)]
fn under_umask(data: &Path, umask: &str, args: &[&str]) {
    let bin = assert_cmd::cargo::cargo_bin("cxassess");
    let built = cxassess(data);
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args)
        .current_dir(data);
    for (k, v) in built.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(p).expect("exists").permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn written_files_keep_or_get_the_usual_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("a.yaml"), "respondent: ann\nanswers:\n  nps: 9\n").expect("write");

    // New files: 0666 less the umask.
    under_umask(
        d,
        "022",
        &["fill", "pulse", "--answers", "a.yaml", "--out", "r.yaml"],
    );
    assert_eq!(mode(&d.join("r.yaml")), 0o644);
    under_umask(
        d,
        "002",
        &["report", "r.yaml", "--format", "html", "--out", "r.html"],
    );
    assert_eq!(mode(&d.join("r.html")), 0o664);
    under_umask(
        d,
        "002",
        &["export", "r.yaml", "--format", "csv", "--out", "r.csv"],
    );
    assert_eq!(mode(&d.join("r.csv")), 0o664);
    under_umask(
        d,
        "022",
        &[
            "run",
            "pulse",
            "--plain",
            "--respondent",
            "bo",
            "--out",
            "new.yaml",
        ],
    );
    assert_eq!(mode(&d.join("new.yaml")), 0o644);

    // A replaced file keeps its permissions, wider or narrower than the umask would give.
    std::fs::set_permissions(d.join("r.yaml"), std::fs::Permissions::from_mode(0o664))
        .expect("chmod");
    under_umask(
        d,
        "077",
        &["fill", "pulse", "--answers", "a.yaml", "--out", "r.yaml"],
    );
    assert_eq!(mode(&d.join("r.yaml")), 0o664);
    std::fs::set_permissions(d.join("r.html"), std::fs::Permissions::from_mode(0o600))
        .expect("chmod");
    under_umask(
        d,
        "000",
        &["report", "r.yaml", "--format", "html", "--out", "r.html"],
    );
    assert_eq!(mode(&d.join("r.html")), 0o600);
    let leftovers = std::fs::read_dir(d)
        .expect("list")
        .filter(|e| {
            e.as_ref()
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .contains("cxassess-")
        })
        .count();
    assert_eq!(leftovers, 0);
}

#[test]
fn writing_a_file_that_was_read_keeps_comments_and_hand_added_fields() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let fill = |answers: &str| {
        std::fs::write(d.join("a.yaml"), answers).expect("write");
        cxassess(d)
            .args(["fill", "pulse", "--answers", "a.yaml", "--out", "r.yaml"])
            .current_dir(d)
            .assert()
            .success();
    };
    fill("respondent: ann\nanswers:\n  nps: 9\n  nps_reason: \"quick # and kind\"\n  csat: 4\n");
    let canonical = std::fs::read_to_string(d.join("r.yaml")).expect("read");
    // By hand: a comment line, a trailing comment, a segment below `complete`.
    let edited = canonical
        .replace(
            "responses:\n",
            "# Wave 3, collected at the front desk\nresponses:\n",
        )
        .replace("      nps: 9\n", "      nps: 9   # asked twice\n")
        .replace(
            "    complete: false\n",
            "    complete: false\n    segment: north\n",
        );
    assert_ne!(edited, canonical);
    std::fs::write(d.join("r.yaml"), &edited).expect("write");

    // Another respondent added: the hand-edited text stays byte for byte, the new one follows.
    fill("respondent: bo\nanswers:\n  nps: 3\n");
    let after = std::fs::read_to_string(d.join("r.yaml")).expect("read");
    assert!(after.starts_with(&edited), "{after}");
    assert!(
        after[edited.len()..].starts_with("  - respondent: bo\n"),
        "{after}"
    );
    let (results, _) = cxassess::response::read_results(&d.join("r.yaml")).expect("reads");
    assert_eq!(results.responses[0].field("segment"), Some("north"));
    assert_eq!(results.responses.len(), 2);

    // A changed answer: that line changes, and loses its trailing comment; the rest stays.
    fill("respondent: ann\nanswers:\n  nps: 10\n  nps_reason: \"quick # and kind\"\n  csat: 4\n");
    let changed = std::fs::read_to_string(d.join("r.yaml")).expect("read");
    assert!(
        changed.contains("# Wave 3, collected at the front desk\nresponses:\n"),
        "{changed}"
    );
    assert!(changed.contains("      nps: 10\n"), "{changed}");
    assert!(!changed.contains("asked twice"), "{changed}");
    assert!(changed.contains("  - respondent: bo\n"), "{changed}");

    // The runner's saves keep them too.
    cxassess(d)
        .args([
            "run",
            "pulse",
            "--plain",
            "--respondent",
            "bo",
            "--out",
            "r.yaml",
        ])
        .current_dir(d)
        .write_stdin("q\n")
        .assert()
        .success();
    let resumed = std::fs::read_to_string(d.join("r.yaml")).expect("read");
    assert!(
        resumed.contains("# Wave 3, collected at the front desk\n"),
        "{resumed}"
    );
}

#[test]
fn list_says_whose_assessment_each_session_is() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::create_dir_all(d.join("sessions")).expect("mkdir");
    for (name, head) in [
        ("a.yaml", "assessment: {organization: Client A}\n"),
        (
            "b.yaml",
            "assessment: {organization: Client B, period: 2026-Q4}\n",
        ),
    ] {
        std::fs::write(
            d.join("sessions").join(name),
            format!(
                "format: cxassess-results/1\ninstrument: {{id: pulse, version: 1, source: builtin}}\n{head}responses:\n  - respondent: zhang.min\n    answers: {{nps: 9}}\n"
            ),
        )
        .expect("write");
    }
    let out = cxassess(d).arg("list").assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let row = |file: &str| {
        text.lines()
            .find(|l| l.ends_with(file))
            .unwrap_or_else(|| panic!("{text}"))
            .to_string()
    };
    assert!(
        row("a.yaml").contains("zhang.min        Client A "),
        "{text}"
    );
    assert!(row("b.yaml").contains("Client B · 2026-Q4"), "{text}");
}
