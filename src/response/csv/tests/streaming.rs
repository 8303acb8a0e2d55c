//! Reading rows as a stream: responses before the reader ends, reading ahead on a thread,
//! reused responses, export, and completeness against the runner's steps.

use std::cell::Cell as Counter;
use std::io::Read;
use std::rc::Rc;

use super::*;
#[test]
fn responses_stream_before_the_reader_is_exhausted() {
    let inst = custom();
    let made = Rc::new(Counter::new(0));
    let total = 100_000;
    let reader = LazyRows {
        made: Rc::clone(&made),
        total,
        pending: Vec::new(),
        header_sent: false,
    };
    let mut rows = CsvResponses::from_reader(&inst, "lazy", reader).expect("header");
    let first = rows.next().expect("a row").expect("valid");
    assert_eq!(first.respondent, "r0");
    assert!(
        made.get() < total / 10,
        "the first response needed {} of {total} rows read",
        made.get()
    );
    let after_first = made.get();
    let tenth = rows.nth(8).expect("a row").expect("valid");
    assert_eq!(tenth.respondent, "r9");
    assert!(made.get() - after_first < total / 10);
    assert_eq!(rows.count(), total - 10);
}

#[test]
fn export_writes_the_template_header_and_codes() {
    let inst = custom();
    let header = header_row(&inst).expect("header");
    assert_eq!(
        header,
        "respondent,role,estimate.tangibles,estimate.tangibles.1,zone.1.adequate,zone.1.desired,zone.1.perceived,split.a,split.b,split.c,comment,tracking.functional,tracking.dysfunctional,tracking.importance\n"
    );
    let rows = read_all(
        &inst,
        "respondent,role,tracking.functional,tracking.dysfunctional,tracking.importance,comment,zone.1.desired,split.a,split.b,split.c\n\
         \"Li, Wei\",manager,I like it that way,我不喜欢,7,\"said \"\"hi\"\"\",NA,33.3,33.3,33.4\n",
    )
    .expect("valid");
    let csv = to_csv(&inst, &rows).expect("csv");
    assert_eq!(
        csv.lines().nth(1),
        Some("\"Li, Wei\",manager,,,,NA,,33.3,33.3,33.4,\"said \"\"hi\"\"\",like,dislike,7")
    );
    assert_eq!(read_all(&inst, &csv).expect("valid"), rows);
}

/// Every item of a stream, as text, so two streams can be compared: responses in full, problems
/// with their place and message, I/O errors.
fn items<R: Read>(mut rows: CsvResponses<'_, R>) -> Vec<String> {
    let mut out = Vec::new();
    while let Some(item) = rows.advance() {
        out.push(match item {
            Ok(()) => format!("{:?}", rows.current()),
            Err(Error::Invalid(ps)) => format!("{ps:?}"),
            Err(e) => format!("error {e}"),
        });
    }
    out
}

/// A file of `n` rows mixing every kind of cell, gap and problem: ragged rows, a cell that is not
/// UTF-8, bad values, empty rows, renormalised allocations, labels in several wordings.
fn mixed_rows(n: usize) -> Vec<u8> {
    let mut out = b"respondent,role,estimate.tangibles,estimate.tangibles.1,zone.1.adequate,zone.1.desired,zone.1.perceived,split.a,split.b,split.c,comment,tracking.functional,tracking.dysfunctional,tracking.importance\n".to_vec();
    let words = [
        "I like it that way",
        "must-be",
        "3",
        "I can live with it that way",
        "Dislike",
        "我喜欢",
    ];
    for i in 0..n {
        let line = match i % 17 {
            3 => format!("r{i},,,,,,,,,,,,,\n"),
            5 => ",,,,,,,,,,,,,\n".to_string(),
            7 => format!("r{i},staff,9,1,1,1,1,50,50,0,,like,like,5\n"),
            9 => format!("r{i},staff,5,5,NA,NA,NA,NA,NA,NA,ok,NA,,\n"),
            11 => format!("r{i},customer,2,3\n"),
            13 => format!(
                "r{i},,Strongly AGREE,1,2,4,5,30,30,30,\"fine, thanks\",{},x,2\n",
                words[i % 6]
            ),
            15 => format!(
                "r{i},,Strongly AGREE,1,2,4,5,30,30,40,\"fine, thanks\",{},dislike,2\n",
                words[i % 6]
            ),
            _ => format!(
                "r{i},{},{},3,3,{},{},20,30,50,,{},{},{}\n",
                if i % 2 == 0 { "customer" } else { "" },
                1 + i % 5,
                1 + i % 9,
                if i % 4 == 0 {
                    String::new()
                } else {
                    (1 + i % 9).to_string()
                },
                words[i % 6],
                words[(i / 6) % 6],
                if i % 3 == 0 {
                    String::new()
                } else {
                    (1 + i % 9).to_string()
                },
            ),
        };
        out.extend_from_slice(line.as_bytes());
        if i % 19 == 18 {
            out.extend_from_slice(b"r-bad,customer,\xff,1,1,1,1,20,30,50,,,,\n");
        }
    }
    out
}

#[test]
fn reading_ahead_on_a_thread_gives_the_same_items_as_reading_inline() {
    let inst = custom();
    // More rows than several batches, so batches are reused and errors fall at their edges.
    let bytes = mixed_rows(2000);
    let inline = items(CsvResponses::from_reader(&inst, "t.csv", &bytes[..]).expect("header"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(&path, &bytes).unwrap();
    let shown = path.display().to_string();
    let ahead: Vec<String> = items(CsvResponses::open(&inst, &path).expect("header"))
        .into_iter()
        .map(|i| i.replace(&shown, "t.csv"))
        .collect();
    assert!(inline.len() > 1900, "{}", inline.len());
    assert!(inline.iter().any(|i| i.contains("not UTF-8")));
    assert!(
        inline
            .iter()
            .any(|i| i.contains("cell(s) but the header row has"))
    );
    assert!(
        inline
            .iter()
            .any(|i| i.contains("'x' is not a Kano answer"))
    );
    assert_eq!(inline, ahead);
}

#[test]
fn a_reused_response_carries_nothing_over_from_the_row_before() {
    let inst = custom();
    let text = "respondent,role,estimate.tangibles,split.a,split.b,split.c,comment,tracking.functional,tracking.dysfunctional\n\
                ann,manager,4,30,30,30,hello,like,dislike\n\
                ,,,,,,,must-be,\n";
    let rows = read_all(&inst, text).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].role.as_deref(), Some("manager"));
    assert_eq!(rows[0].notes.len(), 1, "the allocation was renormalised");
    assert_eq!(rows[0].answers.len(), 4);
    let second = &rows[1];
    assert_eq!(second.respondent, "row-3");
    assert_eq!(second.role, None);
    assert!(second.notes.is_empty());
    assert_eq!(
        second.answers.keys().collect::<Vec<_>>(),
        ["tracking"],
        "{second:?}"
    );
    assert_eq!(
        second.answers["tracking"],
        Answer::Kano {
            functional: Some(KanoWord::MustBe),
            dysfunctional: None,
            importance: None
        }
    );
}

#[test]
fn complete_agrees_with_the_runner_steps_for_every_row() {
    let inst = custom();
    let bytes = mixed_rows(400);
    let mut rows = CsvResponses::from_reader(&inst, "t.csv", &bytes[..]).expect("header");
    // A free-text comment left empty does not make a row partial.
    let steps = crate::audience::needed_steps(&inst);
    let (mut complete, mut incomplete) = (0, 0);
    while let Some(item) = rows.advance() {
        if item.is_err() {
            continue;
        }
        let r = rows.current();
        let by_steps = steps
            .iter()
            .all(|s| crate::response::step_answered(&inst, r, *s));
        assert_eq!(r.complete, by_steps, "{r:?}");
        if by_steps {
            complete += 1;
        } else {
            incomplete += 1;
        }
    }
    assert!(complete > 0 && incomplete > 0, "{complete} {incomplete}");
    // A file without some question's columns has no complete row.
    let text = "respondent,estimate.tangibles\nann,3\n";
    assert!(read_all(&inst, text).unwrap().iter().all(|r| !r.complete));
}
