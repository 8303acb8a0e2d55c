use std::cell::Cell as Counter;
use std::io::{self, Read};
use std::rc::Rc;

use super::*;
use crate::instrument::Origin;
use crate::response::{Answer, KanoWord, PartValue};

/// A custom instrument with dotted ids, a question whose id is another's prefix, a three-part
/// pair, an allocation, text, and a Kano feature that allows N/A.
const CUSTOM: &str = r#"format: cxassess-instrument/1
id: custom
version: 1
kind: generic
title: {en: "Custom", zh: "自定义"}
scales:
  agree5:
    min: 1
    max: 5
    labels:
      1: {en: "Strongly disagree", zh: "非常不同意"}
      5: {en: "Strongly agree", zh: "非常同意"}
sections:
  - id: main
    title: {en: "Main", zh: "主要"}
    questions:
      - id: estimate.tangibles
        type: scale
        scale: agree5
        text: {en: "Overall", zh: "总体"}
      - id: estimate.tangibles.1
        type: scale
        scale: agree5
        text: {en: "First", zh: "第一"}
      - id: zone.1
        type: pair
        parts: [adequate, desired, perceived]
        texts:
          adequate: {en: "Adequate", zh: "适当"}
          desired: {en: "Desired", zh: "期望"}
          perceived: {en: "Perceived", zh: "感知"}
        scale: {min: 1, max: 9}
      - id: split
        type: allocation
        total: 100
        text: {en: "Split", zh: "分配"}
        parts:
          - {id: a, label: {en: "A", zh: "甲"}}
          - {id: b, label: {en: "B", zh: "乙"}}
          - {id: c, label: {en: "C", zh: "丙"}}
      - id: comment
        type: text
        text: {en: "Comment", zh: "意见"}
      - id: tracking
        type: kano
        feature: {en: "Tracking", zh: "跟踪"}
        functional: {en: "Has it?", zh: "有?"}
        dysfunctional: {en: "Lacks it?", zh: "没有?"}
        importance: true
"#;

fn custom() -> Instrument {
    Instrument::parse(CUSTOM, Origin::File("custom.yaml".into())).expect("test instrument is valid")
}

fn read_all(instrument: &Instrument, text: &str) -> Result<Vec<Response>> {
    CsvResponses::from_reader(instrument, "t.csv", text.as_bytes())?.collect()
}

fn problems(instrument: &Instrument, text: &str) -> Vec<Problem> {
    let mut found = Vec::new();
    match CsvResponses::from_reader(instrument, "t.csv", text.as_bytes()) {
        Err(Error::Invalid(ps)) => found.extend(ps),
        Err(e) => panic!("unexpected error {e}"),
        Ok(rows) => {
            for item in rows {
                match item {
                    Err(Error::Invalid(ps)) => found.extend(ps),
                    Err(e) => panic!("unexpected error {e}"),
                    Ok(_) => {}
                }
            }
        }
    }
    found
}

fn at(p: &Problem) -> (u64, usize, &str) {
    match &p.place {
        Place::Csv {
            row,
            column,
            header,
        } => (*row, *column, header.as_str()),
        other => panic!("not a CSV place: {other:?} ({p})"),
    }
}

#[test]
fn dotted_ids_resolve_whole_first_then_by_last_segment() {
    let inst = custom();
    let rows = read_all(
        &inst,
        "estimate.tangibles.1,estimate.tangibles,zone.1.desired,split.b,split.a,split.c\n2,4,7,50,25,25\n",
    )
    .expect("valid");
    let a = &rows[0].answers;
    assert_eq!(a["estimate.tangibles.1"], Answer::Value(2));
    assert_eq!(a["estimate.tangibles"], Answer::Value(4));
    assert_eq!(
        a["zone.1"],
        Answer::Parts(vec![("desired".into(), PartValue::Num(7.0))])
    );
    assert_eq!(
        a["split"],
        Answer::Parts(vec![
            ("a".into(), PartValue::Num(25.0)),
            ("b".into(), PartValue::Num(50.0)),
            ("c".into(), PartValue::Num(25.0)),
        ])
    );
    assert_eq!(rows[0].respondent, "row-2");
}

#[test]
fn header_problems_name_every_bad_column() {
    let inst = custom();
    let ps = problems(
        &inst,
        "respondent,estimate.tangibls.1,split,zone.1.expected,comment.x,comment,Comment,,tracking.importance\n",
    );
    let places: Vec<_> = ps.iter().map(at).collect();
    assert_eq!(
        places,
        vec![
            (1, 2, "estimate.tangibls.1"),
            (1, 3, "split"),
            (1, 4, "zone.1.expected"),
            (1, 5, "comment.x"),
            (1, 7, "Comment"),
        ]
    );
    assert!(
        ps[0].fix.contains("did you mean 'estimate.tangibles.1'"),
        "{}",
        ps[0].fix
    );
    assert!(
        ps[1].fix.contains("split.a, split.b, split.c"),
        "{}",
        ps[1].fix
    );
    assert!(ps[2].fix.contains("zone.1.adequate"), "{}", ps[2].fix);
    assert!(
        ps[4].what.contains("unknown column 'Comment'"),
        "{}",
        ps[4].what
    );
    assert!(
        ps[4].fix.contains("did you mean 'comment'"),
        "{}",
        ps[4].fix
    );
}

#[test]
fn columns_without_a_header_are_ignored_while_empty() {
    let inst = custom();
    let text = "respondent,comment,,\nann,hi,,\nbob,ho,,stray\n";
    let ps = problems(&inst, text);
    assert_eq!(ps.len(), 1);
    assert_eq!(at(&ps[0]), (3, 4, "no header"));
    assert!(ps[0].what.contains("'stray'"), "{}", ps[0].what);
    let rows: Vec<_> = CsvResponses::from_reader(&inst, "t.csv", text.as_bytes())
        .expect("header")
        .filter_map(std::result::Result::ok)
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].answers["comment"], Answer::Text("hi".into()));
}

#[test]
fn a_duplicate_column_names_both() {
    let inst = custom();
    let ps = problems(&inst, "comment,respondent,comment\n");
    assert_eq!(ps.len(), 1);
    assert_eq!(at(&ps[0]), (1, 3, "comment"));
    assert!(ps[0].what.contains("column 1"), "{}", ps[0].what);
}

#[test]
fn delimiters_are_detected_outside_quotes() {
    assert_eq!(stream::detect_delimiter(b"a,b,c\n"), b',');
    assert_eq!(stream::detect_delimiter(b"a;b;c\r\n"), b';');
    assert_eq!(stream::detect_delimiter(b"a\tb\tc"), b'\t');
    assert_eq!(stream::detect_delimiter(b"\"a,b,c\";d;e\n"), b';');
    assert_eq!(stream::detect_delimiter(b"single\n"), b',');
}

#[test]
fn bom_semicolons_crlf_and_quoted_line_breaks_are_read() {
    let inst = custom();
    let text = "\u{feff}respondent;comment;estimate.tangibles\r\nann;\"two\r\nlines; and a semicolon\";Strongly AGREE\r\n";
    let rows = read_all(&inst, text).expect("valid");
    assert_eq!(rows[0].respondent, "ann");
    assert_eq!(
        rows[0].answers["comment"],
        Answer::Text("two\r\nlines; and a semicolon".into())
    );
    assert_eq!(rows[0].answers["estimate.tangibles"], Answer::Value(5));
}

#[test]
fn allocations_off_their_total_are_renormalised_and_noted() {
    let inst = custom();
    let mut rows = CsvResponses::from_reader(
        &inst,
        "t.csv",
        "split.a,split.b,split.c\n45,27,18\n50,50,0\n".as_bytes(),
    )
    .expect("header");
    let first = rows.next().expect("row").expect("valid");
    assert_eq!(
        first.answers["split"],
        Answer::Parts(vec![
            ("a".into(), PartValue::Num(50.0)),
            ("b".into(), PartValue::Num(30.0)),
            ("c".into(), PartValue::Num(20.0)),
        ])
    );
    assert_eq!(
        first.notes["split"],
        "renormalised from 90 to 100 points on import"
    );
    let second = rows.next().expect("row").expect("valid");
    assert!(second.notes.is_empty());
    assert!(rows.next().is_none());
    assert_eq!(rows.renormalised(), 1);

    let ps = problems(&inst, "respondent,split.a,split.b\nx,0,0\ny,NA,10\n");
    assert_eq!(ps.len(), 2);
    assert_eq!(at(&ps[0]), (2, 2, "split.a"));
    assert!(ps[0].what.contains("add up to 0"), "{}", ps[0].what);
    assert_eq!(at(&ps[1]), (3, 2, "split.a"));
}

#[test]
fn na_rules_per_question_kind() {
    let inst = custom();
    let rows = read_all(
        &inst,
        "tracking.functional,tracking.dysfunctional,tracking.importance,zone.1.adequate,zone.1.desired,zone.1.perceived,split.a,split.b,split.c\n\
         NA,,,NA,5,NA,NA,NA,NA\n\
         like,must-be,,NA,NA,NA,,,\n",
    )
    .expect("valid");
    assert_eq!(rows[0].answers["tracking"], Answer::Na(None));
    assert_eq!(
        rows[0].answers["zone.1"],
        Answer::Parts(vec![
            ("adequate".into(), PartValue::Na),
            ("desired".into(), PartValue::Num(5.0)),
            ("perceived".into(), PartValue::Na),
        ])
    );
    assert_eq!(rows[0].answers["split"], Answer::Na(None));
    assert_eq!(
        rows[1].answers["tracking"],
        Answer::Kano {
            functional: Some(KanoWord::Like),
            dysfunctional: Some(KanoWord::MustBe),
            importance: None
        }
    );
    assert_eq!(rows[1].answers["zone.1"], Answer::Na(None));
    assert!(!rows[1].answers.contains_key("split"));

    let ps = problems(
        &inst,
        "tracking.functional,tracking.dysfunctional\nlike,NA\n",
    );
    assert_eq!(ps.len(), 1);
    assert_eq!(at(&ps[0]), (2, 2, "tracking.dysfunctional"));
    assert!(ps[0].what.contains("contradicts"), "{}", ps[0].what);

    let kano = Instrument::load("kano").expect("built-in");
    let ps = problems(
        &kano,
        "online_tracking.functional,online_tracking.dysfunctional\nNA,\n",
    );
    assert_eq!(ps.len(), 1);
    assert!(ps[0].what.contains("does not allow"), "{}", ps[0].what);
}

#[test]
fn cell_problems_name_row_column_header_and_value() {
    let inst = custom();
    let ps = problems(
        &inst,
        "respondent,estimate.tangibles,tracking.functional,tracking.importance\nann,6,maybe,10\nbob,3,like,9\ncy,sometimes,1,1\n",
    );
    let places: Vec<_> = ps.iter().map(at).collect();
    assert_eq!(
        places,
        vec![
            (2, 2, "estimate.tangibles"),
            (2, 3, "tracking.functional"),
            (2, 4, "tracking.importance"),
            (4, 2, "estimate.tangibles")
        ]
    );
    assert_eq!(ps[0].what, "'6' is outside the scale 1–5");
    assert!(
        ps[0].fix.contains("'Strongly disagree'/'非常不同意'"),
        "{}",
        ps[0].fix
    );
    assert_eq!(ps[1].what, "'maybe' is not a Kano answer");
    assert!(ps[3].what.contains("'sometimes'"), "{}", ps[3].what);
    let shown = ps[0].to_string();
    assert!(
        shown.starts_with("t.csv: row 2, column 2 (estimate.tangibles): '6'"),
        "{shown}"
    );
}

#[test]
fn a_ragged_row_is_named_and_reading_goes_on() {
    let inst = custom();
    let mut rows = CsvResponses::from_reader(
        &inst,
        "t.csv",
        "respondent,comment\na,x\nb,y,z\nc\nd,w\n".as_bytes(),
    )
    .expect("header");
    assert_eq!(rows.next().expect("a").expect("valid").respondent, "a");
    let Some(Err(Error::Invalid(ps))) = rows.next() else {
        panic!("row 3 is ragged")
    };
    assert_eq!(at(&ps[0]), (3, 3, "beyond the header"));
    assert!(ps[0].what.contains("3 cell(s)"), "{}", ps[0].what);
    let Some(Err(Error::Invalid(ps))) = rows.next() else {
        panic!("row 4 is short")
    };
    assert_eq!(at(&ps[0]), (4, 2, "comment"));
    assert_eq!(rows.next().expect("d").expect("valid").respondent, "d");
    assert!(rows.next().is_none());
}

#[test]
fn empty_rows_are_skipped_and_no_input_panics() {
    let inst = custom();
    let rows = read_all(&inst, "respondent,comment\n,\n\nann,hi\n , \n").expect("valid");
    assert_eq!(rows.len(), 1);
    for text in [
        "",
        "\u{feff}",
        "\n\n",
        "\"",
        "respondent",
        "comment\n\"unclosed",
        "comment\n\u{0}\u{1}",
    ] {
        let _ = problems_or_rows(&inst, text.as_bytes());
    }
    let _ = problems_or_rows(&inst, b"comment\n\xff\xfe\n");
    let _ = problems_or_rows(&inst, b"\xff,\xfe\n1,2\n");
}

fn problems_or_rows(inst: &Instrument, bytes: &[u8]) -> usize {
    match CsvResponses::from_reader(inst, "t.csv", bytes) {
        Ok(rows) => rows.count(),
        Err(_) => 0,
    }
}

#[test]
fn invalid_utf8_is_a_problem_at_its_cell() {
    let inst = custom();
    let mut rows =
        CsvResponses::from_reader(&inst, "t.csv", &b"respondent,comment\nann,caf\xe9\n"[..])
            .expect("header");
    let Some(Err(Error::Invalid(ps))) = rows.next() else {
        panic!("not UTF-8")
    };
    assert_eq!(at(&ps[0]), (2, 2, "comment"));
}

/// A reader that makes rows only when asked, counting how many it has made.
struct LazyRows {
    made: Rc<Counter<usize>>,
    total: usize,
    pending: Vec<u8>,
    header_sent: bool,
}

impl Read for LazyRows {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pending.is_empty() {
            if !self.header_sent {
                self.header_sent = true;
                self.pending
                    .extend_from_slice(b"respondent,estimate.tangibles,comment\n");
            } else if self.made.get() < self.total {
                let n = self.made.get();
                self.made.set(n + 1);
                self.pending
                    .extend_from_slice(format!("r{n},{},\"row {n}\"\n", n % 5 + 1).as_bytes());
            } else {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}

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

#[test]
fn rows_answering_the_same_questions_each_get_their_own_answers() {
    // Both rows leave `comment` (between `split` and `tracking` in id order) unanswered, so the
    // second row reuses the first row's keys: every answer must still land on its own question.
    let inst = custom();
    let text = "respondent,estimate.tangibles,split.a,split.b,split.c,comment,tracking.functional,tracking.dysfunctional\n\
                ann,1,50,50,0,,like,dislike\n\
                bob,5,0,50,50,,dislike,like\n";
    let rows = read_all(&inst, text).unwrap();
    assert_eq!(rows[1].answers["estimate.tangibles"], Answer::Value(5));
    assert_eq!(
        rows[1].answers["tracking"],
        Answer::Kano {
            functional: Some(KanoWord::Dislike),
            dysfunctional: Some(KanoWord::Like),
            importance: None
        }
    );
    assert_eq!(
        rows[1].answers["split"],
        Answer::Parts(vec![
            ("a".into(), PartValue::Num(0.0)),
            ("b".into(), PartValue::Num(50.0)),
            ("c".into(), PartValue::Num(50.0)),
        ])
    );
}

#[test]
fn na_in_a_kano_importance_column_asks_for_an_importance_rating() {
    let inst = crate::instrument::Instrument::load("kano").expect("built-in");
    let text = "respondent,online_tracking.functional,online_tracking.dysfunctional,online_tracking.importance\n\
                ann,like,dislike,NA\n\
                bob,NA,dislike,4\n";
    let found = problems(&inst, text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].what.contains("NA is not an importance rating"),
        "{}",
        found[0].what
    );
    assert!(
        found[0].fix.contains("the importance (1–9)"),
        "{}",
        found[0].fix
    );
    assert!(
        found[1].what.contains("NA is not a Kano answer"),
        "{}",
        found[1].what
    );
    assert!(
        found[1].fix.contains("1–5 or a Kano wording"),
        "{}",
        found[1].fix
    );
}
