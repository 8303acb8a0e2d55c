//! Several cxassess processes on one results file, and the file's surroundings: every writer
//! keeps every other writer's answers or is refused naming who holds the file; links, owners,
//! permissions survive a save; what a killed process left behind is tidied; the data folder is
//! private.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use crate::common::{cxassess, process};

/// [`cxassess`] run in `data`, where the tests' files are.
fn cx(data: &Path) -> assert_cmd::Command {
    let mut cmd = cxassess(data);
    cmd.current_dir(data);
    cmd
}

fn respondents(path: &Path) -> Vec<String> {
    let (results, _) = cxassess::response::read_results(path).expect("a readable results file");
    results
        .responses
        .into_iter()
        .map(|r| r.respondent)
        .collect()
}

/// A plain runner on `out` for `who`, stopped at its first question (so it holds the file).
fn runner_at_first_question(data: &Path, out: &str, who: &str) -> Child {
    let mut child = process(data)
        .args(["run", "pulse", "--plain", "--respondent", who, "--out", out])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the runner");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    while !line.starts_with("[1/4]") {
        line.clear();
        let n = lines.read_line(&mut line).expect("read a prompt");
        assert!(n > 0, "the runner ended before its first question");
    }
    // The rest of its output is not needed; dropping the reader would close the pipe under it.
    std::thread::spawn(move || std::io::copy(&mut lines, &mut std::io::sink()));
    child
}

#[test]
fn twenty_parallel_fills_into_one_file_keep_all_twenty_respondents() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    for k in 0..20 {
        std::fs::write(
            d.join(format!("a{k}.yaml")),
            format!("respondent: r{k:02}\nanswers:\n  nps: {}\n", k % 11),
        )
        .expect("write answers");
    }
    let children: Vec<Child> = (0..20)
        .map(|k| {
            process(d)
                .args(["fill", "pulse", "--out", "r.yaml", "--answers"])
                .arg(format!("a{k}.yaml"))
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn fill")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("fill ends");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut kept = respondents(&d.join("r.yaml"));
    kept.sort();
    let expected: Vec<String> = (0..20).map(|k| format!("r{k:02}")).collect();
    assert_eq!(kept, expected);
    let leftovers: Vec<String> = std::fs::read_dir(d)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("cxassess-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_second_runner_or_writer_on_a_file_in_session_exits_1_naming_the_holder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut alice = runner_at_first_question(d, "r.yaml", "alice");
    let pid = alice.id().to_string();

    let holder = |out: &std::process::Output| {
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("r.yaml"), "{stderr}");
        assert!(stderr.contains(&format!("process {pid} on ")), "{stderr}");
        assert!(stderr.contains("respondent 'alice'"), "{stderr}");
        assert!(stderr.contains("since 20"), "{stderr}");
    };
    let bob = process(d)
        .args(["run", "pulse", "--plain", "--respondent", "bob"])
        .args(["--out", "r.yaml"])
        .stdin(Stdio::null())
        .output()
        .expect("second runner");
    holder(&bob);
    std::fs::write(d.join("a.yaml"), "respondent: carol\nanswers:\n  nps: 3\n").expect("write");
    let fill = process(d)
        .args(["fill", "pulse", "--answers", "a.yaml", "--out", "r.yaml"])
        .output()
        .expect("fill");
    holder(&fill);

    // Alice's answers are all hers, and carol can fill once alice has left.
    alice
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"9\nquick\nq\n")
        .expect("answer");
    assert!(alice.wait().expect("runner ends").success());
    assert_eq!(respondents(&d.join("r.yaml")), ["alice"]);
    cx(d)
        .args(["fill", "pulse", "--answers", "a.yaml", "--out", "r.yaml"])
        .assert()
        .success();
    assert_eq!(respondents(&d.join("r.yaml")), ["alice", "carol"]);
}

#[test]
fn two_sessions_for_one_respondent_in_one_second_get_two_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    // The clock is pinned, so both sessions start "in the same second".
    let mut first = process(d)
        .args(["run", "pulse", "--plain", "--respondent", "ann"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn");
    let second = process(d)
        .args(["run", "pulse", "--plain", "--respondent", "ann"])
        .write_stdin_and_wait("4\n");
    assert!(second.success());
    first
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"7\n")
        .expect("answer");
    assert!(first.wait().expect("ends").success());
    let mut files: Vec<String> = std::fs::read_dir(d.join("sessions"))
        .expect("sessions")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "pulse-20261122-090000-ann-2.yaml",
            "pulse-20261122-090000-ann.yaml"
        ]
    );
    let mut nps: Vec<String> = files
        .iter()
        .map(|f| {
            let (r, _) =
                cxassess::response::read_results(&d.join("sessions").join(f)).expect("readable");
            cxassess::response::answer_yaml(&r.responses[0].answers["nps"], false)
        })
        .collect();
    nps.sort();
    assert_eq!(nps, ["4", "7"]);
}

/// Runs a command with `input` on its stdin and waits for it.
trait WriteStdinAndWait {
    fn write_stdin_and_wait(&mut self, input: &str) -> std::process::ExitStatus;
}

impl WriteStdinAndWait for Command {
    fn write_stdin_and_wait(&mut self, input: &str) -> std::process::ExitStatus {
        let mut child = self
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("spawn");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
        child.wait().expect("wait")
    }
}

#[cfg(unix)]
#[test]
fn a_symlinked_out_updates_the_file_it_points_to() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::create_dir(d.join("shared")).expect("mkdir");
    std::os::unix::fs::symlink("shared/wave3.yaml", d.join("r.yaml")).expect("symlink");
    std::fs::write(d.join("a.yaml"), "respondent: ann\nanswers:\n  nps: 9\n").expect("write");
    cx(d)
        .args(["fill", "pulse", "--answers", "a.yaml", "--out", "r.yaml"])
        .assert()
        .success();
    cx(d)
        .args([
            "run",
            "pulse",
            "--plain",
            "--respondent",
            "bo",
            "--out",
            "r.yaml",
        ])
        .write_stdin("3\n")
        .assert()
        .success();
    let link = std::fs::symlink_metadata(d.join("r.yaml")).expect("link");
    assert!(link.file_type().is_symlink(), "the link stays a link");
    assert_eq!(respondents(&d.join("shared/wave3.yaml")), ["ann", "bo"]);
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_mode_owner_and_group() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("a.yaml"), "respondent: ann\nanswers:\n  nps: 9\n").expect("write");
    cx(d)
        .args(["fill", "pulse", "--answers", "a.yaml", "--out", "r.yaml"])
        .assert()
        .success();
    let out = d.join("r.yaml");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    // As root (the sandbox, CI) the file is given to nobody:nogroup, as in the report; otherwise
    // it stays ours and the save must keep that.
    let given = std::os::unix::fs::chown(&out, Some(65534), Some(65534)).is_ok();
    let before = std::fs::metadata(&out).expect("meta");
    std::fs::write(d.join("b.yaml"), "respondent: bo\nanswers:\n  nps: 3\n").expect("write");
    cx(d)
        .args(["fill", "pulse", "--answers", "b.yaml", "--out", "r.yaml"])
        .assert()
        .success();
    let after = std::fs::metadata(&out).expect("meta");
    assert_eq!(respondents(&out), ["ann", "bo"]);
    assert_eq!(after.permissions().mode() & 0o7777, 0o640);
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    if given {
        assert_eq!((after.uid(), after.gid()), (65534, 65534));
    }
}

#[test]
fn temporary_files_left_by_a_killed_save_are_removed_at_the_next_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("a.yaml"), "respondent: ann\nanswers:\n  nps: 9\n").expect("write");
    // What `kill -9` between writing and renaming leaves: a full copy of the answers.
    std::fs::write(
        d.join(".r.yaml.cxassess-tmp-Xy12Ab"),
        "format: cxassess-results/1\n",
    )
    .expect("write");
    std::fs::write(d.join(".other.yaml.cxassess-tmp-Xy12Ab"), "someone else's").expect("write");
    cx(d)
        .args(["fill", "pulse", "--answers", "a.yaml", "--out", "r.yaml"])
        .assert()
        .success();
    assert!(!d.join(".r.yaml.cxassess-tmp-Xy12Ab").exists());
    assert!(
        d.join(".other.yaml.cxassess-tmp-Xy12Ab").exists(),
        "another file's are not touched"
    );
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_its_sessions_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mode = |p: &Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
    // The umask is set by a shell (no unsafe code needed), with the environment of `process`.
    std::fs::write(
        dir.path().join("a.yaml"),
        "respondent: bo\nanswers:\n  nps: 9\n",
    )
    .expect("write");
    let mut sh = Command::new("sh");
    for (k, v) in process(dir.path()).get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    let out = sh
        .current_dir(dir.path())
        .env("CXASSESS_DATA_DIR", &data)
        .env("BIN", assert_cmd::cargo::cargo_bin("cxassess"))
        .args([
            "-c",
            "umask 022 && echo 9 | \"$BIN\" run pulse --plain --respondent ann >/dev/null && \
             \"$BIN\" fill pulse --answers a.yaml --out r.yaml",
        ])
        .output()
        .expect("sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("sessions")), 0o700);
    let sessions: Vec<_> = std::fs::read_dir(data.join("sessions"))
        .expect("sessions")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(sessions.len(), 1);
    assert_eq!(mode(&sessions[0]), 0o600);
    // A results file written with --out is the user's: 0666 less the umask, as before.
    assert_eq!(mode(&dir.path().join("r.yaml")), 0o644);

    // A session file and folder made by an older version (0644, 0755) become private at the
    // next save.
    std::fs::set_permissions(&sessions[0], std::fs::Permissions::from_mode(0o644)).expect("chmod");
    std::fs::set_permissions(
        data.join("sessions"),
        std::fs::Permissions::from_mode(0o755),
    )
    .expect("chmod");
    cx(dir.path())
        .env("CXASSESS_DATA_DIR", &data)
        .args(["run", "pulse", "--plain", "--out"])
        .arg(&sessions[0])
        .write_stdin("b\n8\nq\n")
        .assert()
        .success();
    assert_eq!(mode(&sessions[0]), 0o600);
    assert_eq!(mode(&data.join("sessions")), 0o700);
}
