//! Unit tests of the plain line mode: prompts, replies, refusals, a closed output.

use super::*;
use crate::instrument::Instrument;
use crate::tui::session::Respondent;

fn session(id: &str, dir: &std::path::Path) -> Session {
    Session::new(
        Instrument::load(id).unwrap(),
        dir.join("r.yaml"),
        &Respondent {
            name: Some("r1".into()),
            role: None,
            org: None,
        },
        "2026-01-01T00:00:00Z".into(),
    )
}

fn run_with(id: &str, input: &str) -> (Session, String, Outcome, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(id, dir.path());
    let mut out = Vec::new();
    let outcome = run(&mut s, Lang::En, input.as_bytes(), &mut out).unwrap();
    (s, String::from_utf8(out).unwrap(), outcome, dir)
}

#[test]
fn invalid_input_is_explained_and_asked_again() {
    let (s, out, outcome, _dir) = run_with("pulse", "11\nx\n9\n");
    assert_eq!(outcome, Outcome::Stopped);
    assert!(
        out.contains("'11' is not an answer") || out.contains("11 is not on this scale"),
        "{out}"
    );
    assert!(out.contains("'x' is not an answer here"), "{out}");
    assert_eq!(s.point(0), Some(9));
    assert!(s.path.exists(), "saved at end of input");
}

#[test]
fn kano_takes_words_or_codes_and_allocation_a_line_of_numbers() {
    let (s, out, _, _dir) = run_with("kano", "like\n5\n7\n");
    assert!(
        out.contains("[1/27] Real-time order tracking — If the service HAS"),
        "{out}"
    );
    assert_eq!(s.point(0), Some(1));
    assert_eq!(s.point(1), Some(5));
    assert_eq!(s.point(2), Some(7));

    let dir = tempfile::tempdir().unwrap();
    let mut sq = session("servqual", dir.path());
    let weights = sq
        .steps
        .iter()
        .position(|st| sq.instrument.questions[st.question].id == "weights")
        .unwrap();
    let mut input = "\n".repeat(weights);
    input.push_str("10 40 20 20\n10, 40, 20, 20, 20\n10 40 20 20 10\nq\n");
    let mut out = Vec::new();
    run(&mut sq, Lang::En, input.as_bytes(), &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("4 numbers given; there are 5 parts"), "{out}");
    assert!(out.contains("the points add up to 110"), "{out}");
    assert_eq!(sq.allocation(weights).unwrap()[1], Some(40.0));
}

#[test]
fn back_and_not_applicable() {
    let (s, out, _, _dir) = run_with("pyramid", "b\n3\nb\nn not our business\n");
    assert!(out.contains("This is the first question."), "{out}");
    assert!(out.contains("current answer: 3"), "{out}");
    assert_eq!(s.na_reason(0), Some("not our business"), "{out}");
}

/// An output that takes `lines` lines, then fails as a closed pipe does.
struct ClosesAfter {
    lines: usize,
}

impl Write for ClosesAfter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.lines == 0 {
            return Err(std::io::ErrorKind::BrokenPipe.into());
        }
        let newlines = buf.iter().fold(0, |n, b| n + usize::from(*b == b'\n'));
        self.lines -= newlines.min(self.lines);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_closed_output_stops_after_the_answers_already_saved() {
    // Everything before the second prompt is shown; the second prompt is not.
    let (_, shown, _, _dir) = run_with("pyramid", "5\n");
    let lines = shown
        .lines()
        .take_while(|l| !l.starts_with("[2/47]"))
        .count();
    let dir = tempfile::tempdir().unwrap();
    let mut s = session("pyramid", dir.path());
    let out = ClosesAfter { lines };
    let err = run(&mut s, Lang::En, "5\n5\n5\nq\n".as_bytes(), out).unwrap_err();
    let Error::Environment(message) = err else {
        panic!("{err:?}")
    };
    assert!(message.contains("the output was closed"), "{message}");
    assert!(message.contains("Saved 1/47 answers to"), "{message}");
    assert_eq!(s.answered_count(), 1);
    let (saved, _) = crate::response::read_results(&s.path).unwrap();
    assert_eq!(saved.responses[0].answers.len(), 1);

    // After the last answer a summary cut short is not an error of the session.
    let answers = "9\nfine\n5\n2\n";
    let (_, shown, _, _dir) = run_with("pulse", answers);
    let lines = shown.lines().take_while(|l| !l.is_empty()).count();
    let pulse_dir = tempfile::tempdir().unwrap();
    let mut p = session("pulse", pulse_dir.path());
    let out = ClosesAfter { lines };
    let outcome = run(&mut p, Lang::En, answers.as_bytes(), out);
    assert_eq!(p.answered_count(), p.steps.len());
    assert!(
        matches!(outcome, Err(Error::Io { ref source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe),
        "{outcome:?}"
    );
}

#[test]
fn scale_legends_list_labels() {
    let inst = Instrument::load("pulse").unwrap();
    let scale = inst.step_scale(inst.steps()[0]).unwrap();
    assert_eq!(
        scale_legend(&scale, Lang::En),
        "0 Not at all likely … 10 Extremely likely"
    );
}
