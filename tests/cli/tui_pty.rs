//! The full-screen runner in a real pseudo-terminal: the binary is started on a pty of its own
//! (so these tests need no terminal of their own and run in CI with no stdin), keys are typed
//! into it, and its output is parsed by a VT100 emulator into the screen a person would see.
//! Waiting is for what appears on the screen, with a generous ceiling; nothing asserts a time.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

use super::common::cxassess;

mod evidence;
mod flow;
mod interview;

const NOW: &str = "2026-11-22T09:00:00Z";

/// The binary running on a pseudo-terminal of 80×24, and the screen it has drawn.
struct Tty {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    master: Box<dyn MasterPty + Send>,
    /// Asks the screen reader to let go of its end of the terminal after its next read.
    stop_reading: Arc<AtomicBool>,
    reading: Option<JoinHandle<()>>,
}

impl Tty {
    fn spawn(args: &[&str], data: &Path) -> Tty {
        Tty::spawn_with(args, data, &[])
    }

    /// [`Tty::spawn`] with more environment variables.
    fn spawn_with(args: &[&str], data: &Path, env: &[(&str, &str)]) -> Tty {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_cxassess"));
        cmd.args(args);
        cmd.cwd(data);
        cmd.env("CXASSESS_DATA_DIR", data);
        cmd.env("CXASSESS_NOW", NOW);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env_remove("ACCESSIBLE");
        // Nothing is opened or edited outside unless a test says so.
        cmd.env("BROWSER", "/nonexistent/browser");
        cmd.env_remove("VISUAL");
        cmd.env_remove("EDITOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn cxassess");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let rows = NonZeroU16::new(24).unwrap();
        let cols = NonZeroU16::new(80).unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let feed = Arc::clone(&screen);
        let stop_reading = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&stop_reading);
        let reading = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => feed.lock().unwrap().process(&buf[..n]),
                }
                if stop.load(Ordering::Relaxed) {
                    break;
                }
            }
        });
        Tty {
            child,
            writer,
            screen,
            master: pty.master,
            stop_reading,
            reading: Some(reading),
        }
    }

    /// Closes the terminal as closing its window does: every handle on the terminal's side is
    /// dropped (the program then reads end-of-file and, as session leader, gets SIGHUP from
    /// the kernel). `redraw` is a key that makes the program draw, so the screen reader wakes
    /// up and lets go of its handle. Returns the program, still to be waited for.
    fn close_window(mut self, redraw: &str) -> Box<dyn Child + Send + Sync> {
        self.stop_reading.store(true, Ordering::Relaxed);
        self.send(redraw);
        if let Some(reading) = self.reading.take() {
            reading.join().expect("the screen reader ends");
        }
        let Tty {
            child,
            writer,
            master,
            ..
        } = self;
        drop(writer);
        drop(master);
        child
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text` (panicking with the screen after a minute).
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let screen = self.contents();
            if screen.contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the screen never showed {text:?}; it shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen no longer shows `text`.
    fn wait_gone(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.contents().contains(text) {
            assert!(
                Instant::now() < deadline,
                "the screen kept showing {text:?}:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Types digits one at a time from step `first` (counted from 0), waiting for each answer
    /// to move the progress on, so that the screen (drawn after the save) proves the file holds
    /// the answer.
    fn answer(&mut self, digits: &str, first: usize, total: usize) {
        for (k, d) in digits.chars().enumerate() {
            self.send(&d.to_string());
            let shown = first + k + 2;
            if shown <= total {
                self.wait_for(&format!(" {shown}/{total} "));
            }
        }
    }

    fn exit_code(&mut self) -> u32 {
        self.child.wait().expect("wait for cxassess").exit_code()
    }

    /// Waits for the exit and checks its code, showing the screen (messages included) if not.
    fn expect_exit(&mut self, code: u32) {
        let got = self.exit_code();
        // The reader thread may still be taking in the last output.
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(
            got,
            code,
            "exit code; the screen shows:\n{}",
            self.contents()
        );
    }

    fn pid(&self) -> u32 {
        self.child.process_id().expect("a process id")
    }
}

fn answers(path: &Path) -> cxassess::response::Response {
    let (results, _) = cxassess::response::read_results(path).expect("a readable results file");
    results.responses.into_iter().next().expect("one response")
}

/// 47 pyramid answers cycling through 1–5.
fn pyramid_digits() -> String {
    (0..47).map(|k| char::from(b'1' + (k % 5) as u8)).collect()
}

fn out_path(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("pyramid-li.yaml")
}

#[test]
fn answering_the_whole_pyramid_with_digits_gives_a_complete_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(&dir);
    let out_s = out.to_str().unwrap();
    let mut tty = Tty::spawn(
        &["run", "pyramid", "--out", out_s, "--respondent", "li.wei"],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.wait_for("Every customer gets the same courtesy");
    tty.answer(&pyramid_digits(), 0, 47);
    tty.wait_for("All 47 questions answered");
    tty.wait_for(out.file_name().unwrap().to_str().unwrap());
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert!(r.complete);
    assert_eq!(r.answers.len(), 47);
    assert_eq!(r.respondent, "li.wei");
    assert_eq!(r.answers["respect.1"], cxassess::response::Answer::Value(1));
    assert_eq!(r.updated.as_deref(), Some(NOW));
}

#[test]
fn quitting_after_five_answers_resumes_at_the_sixth() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(&dir);
    let out_s = out.to_str().unwrap();
    let mut tty = Tty::spawn(
        &["run", "pyramid", "--out", out_s, "--respondent", "li.wei"],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.answer("43215", 0, 47);
    tty.send("q");
    tty.expect_exit(0);
    assert_eq!(answers(&out).answers.len(), 5);
    let saved = std::fs::read(&out).unwrap();

    let mut tty = Tty::spawn(
        &["run", "pyramid", "--out", out_s, "--respondent", "li.wei"],
        dir.path(),
    );
    tty.wait_for(" 6/47 ");
    tty.wait_for("trust.1");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert_eq!(r.answers.len(), 5);
    assert!(!r.complete);
    assert_eq!(
        std::fs::read(&out).unwrap(),
        saved,
        "looking without answering changes nothing"
    );
}

#[test]
fn ctrl_c_saves_and_exits_130() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(&dir);
    let mut tty = Tty::spawn(
        &[
            "run",
            "pyramid",
            "--out",
            out.to_str().unwrap(),
            "--respondent",
            "li.wei",
        ],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.answer("555", 0, 47);
    tty.send("\u{3}");
    tty.expect_exit(130);
    let r = answers(&out);
    assert_eq!(r.answers.len(), 3);
    assert_eq!(r.updated.as_deref(), Some(NOW));
}

#[test]
fn kill_9_after_n_answers_leaves_exactly_n_in_a_readable_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(&dir);
    let mut tty = Tty::spawn(
        &[
            "run",
            "pyramid",
            "--out",
            out.to_str().unwrap(),
            "--respondent",
            "li.wei",
        ],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.answer("1234512", 0, 47);
    let status = std::process::Command::new("kill")
        .args(["-9", &tty.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let _ = tty.exit_code();
    let r = answers(&out);
    assert_eq!(r.answers.len(), 7);
    assert!(!r.complete);
    assert_eq!(r.updated, None, "a killed session never reached its end");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("cxassess-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left behind");

    // The killed session's lock went with its process: the file resumes at once.
    let mut tty = Tty::spawn(
        &[
            "run",
            "pyramid",
            "--out",
            out.to_str().unwrap(),
            "--respondent",
            "li.wei",
        ],
        dir.path(),
    );
    tty.wait_for(" 8/47 ");
    tty.send("q");
    tty.expect_exit(0);
}

#[test]
fn closing_the_terminal_window_ends_the_program_with_the_answers_saved() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(&dir);
    let mut tty = Tty::spawn(
        &[
            "run",
            "pyramid",
            "--out",
            out.to_str().unwrap(),
            "--respondent",
            "li.wei",
        ],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.answer("314", 0, 47);
    let mut child = tty.close_window("?");
    // The program must notice and end by itself: a terminal that is gone reads end-of-file
    // for ever, and an event loop that keeps reading it would spin on a CPU until killed.
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("cxassess was still running 30 s after its terminal was closed");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.exit_code(), 130, "{status:?}");
    let r = answers(&out);
    assert_eq!(r.answers.len(), 3);
    assert!(!r.complete);
}

#[test]
fn hangup_ends_the_session_like_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(&dir);
    let mut tty = Tty::spawn(
        &[
            "run",
            "pyramid",
            "--out",
            out.to_str().unwrap(),
            "--respondent",
            "li.wei",
        ],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.answer("22", 0, 47);
    // A closed terminal window sends SIGHUP. (portable-pty's own kill would follow it with
    // SIGKILL after 200 ms, so the signal is sent by hand.)
    let status = std::process::Command::new("kill")
        .args(["-HUP", &tty.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    tty.expect_exit(130);
    let r = answers(&out);
    assert_eq!(r.answers.len(), 2);
    assert_eq!(r.updated.as_deref(), Some(NOW));
}

#[test]
fn plain_and_full_screen_give_byte_identical_files() {
    let dir = tempfile::tempdir().unwrap();
    let digits = pyramid_digits();

    let plain = dir.path().join("plain.yaml");
    let input: String = digits.chars().flat_map(|d| [d, '\n']).collect();
    cxassess(dir.path())
        .args([
            "run",
            "pyramid",
            "--plain",
            "--respondent",
            "li.wei",
            "--role",
            "manager",
        ])
        .arg("--out")
        .arg(&plain)
        .write_stdin(input)
        .assert()
        .success();

    let full = dir.path().join("full.yaml");
    let mut tty = Tty::spawn(
        &[
            "run",
            "pyramid",
            "--respondent",
            "li.wei",
            "--role",
            "manager",
            "--out",
            full.to_str().unwrap(),
        ],
        dir.path(),
    );
    tty.wait_for(" 1/47 ");
    tty.answer(&digits, 0, 47);
    tty.wait_for("All 47 questions answered");
    tty.send("q");
    tty.expect_exit(0);

    let a = std::fs::read_to_string(&plain).unwrap();
    let b = std::fs::read_to_string(&full).unwrap();
    assert_eq!(a, b);
    assert!(a.contains("complete: true"));
}

#[test]
fn every_question_type_works_through_the_terminal() {
    // SERVQUAL: 22 expectations, the allocation editor, 22 perceptions.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("servqual.yaml");
    let mut tty = Tty::spawn(
        &[
            "run",
            "servqual",
            "--out",
            out.to_str().unwrap(),
            "--respondent",
            "c1",
        ],
        dir.path(),
    );
    tty.wait_for(" 1/45 ");
    tty.wait_for("Expectations (excellent firms)");
    tty.answer(&"7".repeat(22), 0, 45);
    tty.wait_for("points left to reach 100");
    // 10 and 40 and 20 and 20: Enter is refused with the reason.
    tty.send("10");
    tty.send("\x1b[B");
    tty.send("40");
    tty.send("\x1b[B");
    tty.send("20");
    tty.send("\x1b[B");
    tty.send("20");
    tty.wait_for("10 points left to reach 100");
    tty.send("\r");
    tty.wait_for("must add up to 100");
    tty.send("\x1b[B");
    tty.send("10");
    tty.wait_for("Adds up to 100");
    tty.send("\r");
    tty.wait_for(" 24/45 ");
    tty.wait_for("Perceptions (this organisation)");
    tty.answer(&"5".repeat(22), 23, 45);
    tty.wait_for("All 23 questions answered");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert!(r.complete);
    assert_eq!(
        cxassess::response::answer_yaml(&r.answers["weights"], false),
        "{tangibles: 10, reliability: 40, responsiveness: 20, assurance: 20, empathy: 10}"
    );
    assert_eq!(
        cxassess::response::answer_yaml(&r.answers["tangibles.1"], false),
        "{expected: 7, perceived: 5}"
    );

    // Pulse: 0–10 by highlight for 10, then a text answer, a note, N/A refused, the rest.
    let out = dir.path().join("pulse.yaml");
    let mut tty = Tty::spawn(
        &[
            "run",
            "pulse",
            "--out",
            out.to_str().unwrap(),
            "--respondent",
            "c1",
        ],
        dir.path(),
    );
    tty.wait_for(" 1/4 ");
    tty.send("\x1b[A");
    tty.wait_for("▶ ");
    tty.send("\r");
    tty.wait_for(" 2/4 ");
    tty.send("Fast q&a");
    tty.wait_for("Fast q&a");
    tty.send("\r");
    tty.wait_for(" 3/4 ");
    tty.send("n");
    tty.wait_for("not applicable is not offered");
    tty.send("e");
    tty.wait_for("Note on question 3: Customer satisfaction");
    tty.send("kind staff\x13");
    tty.wait_for("Note saved");
    tty.send("4");
    tty.wait_for(" 4/4 ");
    tty.send("6");
    tty.wait_for("All 4 questions answered");
    tty.send("q");
    tty.expect_exit(0);
    let r = answers(&out);
    assert_eq!(r.answers["nps"], cxassess::response::Answer::Value(10));
    assert_eq!(
        r.answers["nps_reason"],
        cxassess::response::Answer::Text("Fast q&a".into())
    );
    assert_eq!(r.notes["csat"], "kind staff");
    assert!(r.complete);
}

#[test]
fn a_kano_study_made_on_the_home_screen_is_saved_valid_and_answered() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    // A file in the way: the study must not replace it, and a broken file must not stop the home
    // screen.
    let instruments = data.join("instruments");
    std::fs::create_dir_all(&instruments).unwrap();
    std::fs::write(instruments.join("online_service.yaml"), "mine\n").unwrap();
    let mut tty = Tty::spawn(&[], data);
    tty.wait_for("Start an assessment");
    tty.wait_for("online_service.yaml");
    tty.wait_for("unreadable");
    tty.send("n");
    tty.wait_for("Study title");
    tty.send("Online service | 线上服务\r");
    for feature in [
        "Real-time order tracking | 实时订单跟踪",
        "Live chat",
        "专家技术支持",
    ] {
        tty.send(feature);
        tty.send("\r");
    }
    tty.wait_for("3 features");
    tty.wait_for("If the service HAS 专家技术支持, how do you feel?");
    tty.wait_for("online_service_2.yaml");
    tty.send("\x13");
    tty.wait_for("checked and ready to answer");
    let file = instruments.join("online_service_2.yaml");
    tty.wait_for("cxassess run");

    // The file holds a valid study, and the file that was there is untouched.
    assert_eq!(
        std::fs::read_to_string(instruments.join("online_service.yaml")).unwrap(),
        "mine\n"
    );
    let path = file.to_str().unwrap();
    let study = cxassess::instrument::Instrument::load(path).expect("a valid instrument");
    assert_eq!(study.kind, cxassess::instrument::Kind::Kano);
    assert_eq!(
        study.title,
        cxassess::Text::new("Online service", "线上服务")
    );
    let texts: Vec<(String, cxassess::Text, cxassess::Text)> = study
        .questions
        .iter()
        .map(|q| match &q.kind {
            cxassess::instrument::QuestionKind::Kano {
                functional,
                dysfunctional,
                ..
            } => (q.id.clone(), functional.clone(), dysfunctional.clone()),
            other => panic!("{} is {}", q.id, other.type_name()),
        })
        .collect();
    let ids: Vec<&str> = texts.iter().map(|t| t.0.as_str()).collect();
    assert_eq!(ids, ["real_time_order_tracking", "live_chat", "feature_3"]);
    for ((_, functional, dysfunctional), (en, zh)) in texts.iter().zip([
        ("real-time order tracking", "实时订单跟踪"),
        ("live chat", "Live chat"),
        ("专家技术支持", "专家技术支持"),
    ]) {
        assert!(
            functional.en.contains(en) && functional.en.contains("HAS"),
            "{functional:?}"
        );
        assert!(dysfunctional.en.contains(en) && dysfunctional.en.contains("NOT"));
        assert!(functional.zh.contains(zh) && functional.zh.contains("【提供】"));
        assert!(dysfunctional.zh.contains(zh) && dysfunctional.zh.contains("【不提供】"));
    }
    cxassess(data).args(["validate", path]).assert().success();

    // Enter starts answering it at once: name, then the three Kano steps of the first feature.
    tty.send("\r");
    tty.wait_for("Your name or code");
    tty.send("c-01\r");
    tty.wait_for(" 1/9 ");
    tty.wait_for("If the service HAS real-time order tracking");
    tty.answer("152", 0, 9);
    tty.send("q");
    tty.wait_for("Continue a session");
    tty.wait_for("Online service · c-01");
    tty.send("q");
    tty.expect_exit(0);

    // The session names the study's file as its source, so it resumes from anywhere.
    let sessions: Vec<PathBuf> = std::fs::read_dir(data.join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(sessions.len(), 1);
    let text = std::fs::read_to_string(&sessions[0]).unwrap();
    assert!(text.contains(&format!("  source: {path}\n")), "{text}");
    let r = answers(&sessions[0]);
    assert_eq!(
        cxassess::response::answer_yaml(&r.answers["real_time_order_tracking"], false),
        "{functional: like, dysfunctional: dislike, importance: 2}"
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let mut tty = Tty::spawn(
        &["run", path, "--out", sessions[0].to_str().unwrap()],
        elsewhere.path(),
    );
    tty.wait_for(" 4/9 ");
    tty.wait_for("If the service HAS live chat");
    tty.send("q");
    tty.expect_exit(0);
}

#[test]
fn leaving_the_study_builder_asks_before_losing_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut tty = Tty::spawn(&[], dir.path());
    tty.wait_for("+ New Kano study");
    tty.send("n");
    tty.wait_for("Study title");
    tty.send("Draft\x1b");
    tty.wait_for("Discard this study?");
    tty.send("n");
    tty.wait_gone("Discard this study?");
    tty.send("\x1b");
    tty.wait_for("Discard this study?");
    tty.send("y");
    tty.wait_for("Start an assessment");
    tty.send("q");
    tty.expect_exit(0);
    assert!(
        !dir.path().join("instruments").exists(),
        "nothing is written without Ctrl-S"
    );
}

/// Sends `signal` to the program (by hand: portable-pty's own kill would follow it with
/// SIGKILL after 200 ms).
fn signal(tty: &Tty, signal: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &tty.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn text_being_typed_is_saved_when_a_signal_ends_the_session() {
    // The note editor opened right after the first answer (so on that question), then
    // SIGTERM, SIGHUP or Ctrl-C.
    for (end, note) in [
        ("TERM", "desk was closed"),
        ("HUP", "queue at noon"),
        ("ctrl-c", "asked twice"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = out_path(&dir);
        let args = ["run", "pyramid", "--respondent", "li.wei", "--out"];
        let mut tty = Tty::spawn(&[&args[..], &[out.to_str().unwrap()]].concat(), dir.path());
        tty.wait_for(" 1/47 ");
        tty.answer("4", 0, 47);
        tty.send("e");
        tty.wait_for("Note on question 1 (just answered)");
        tty.send(note);
        tty.wait_for(note);
        if end == "ctrl-c" {
            tty.send("\u{3}");
        } else {
            signal(&tty, end);
        }
        tty.expect_exit(130);
        let r = answers(&out);
        assert_eq!(
            r.notes.get("respect.1").map(String::as_str),
            Some(note),
            "{end}"
        );
        assert_eq!(r.notes.get("respect.2"), None, "{end}");
        assert_eq!(r.answers.len(), 1, "{end}");
        assert_eq!(r.updated.as_deref(), Some(NOW), "{end}");
    }

    // A reason for "not applicable" being typed answers the question with it.
    let dir = tempfile::tempdir().unwrap();
    let out = out_path(&dir);
    let args = ["run", "pyramid", "--respondent", "li.wei", "--out"];
    let mut tty = Tty::spawn(&[&args[..], &[out.to_str().unwrap()]].concat(), dir.path());
    tty.wait_for(" 1/47 ");
    tty.send("n");
    tty.send("no front desk");
    tty.wait_for("no front desk");
    signal(&tty, "TERM");
    tty.expect_exit(130);
    assert_eq!(
        answers(&out).answers["respect.1"],
        cxassess::response::Answer::Na(Some("no front desk".into()))
    );
}
