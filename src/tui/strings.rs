//! Every string the runner, the home screen and the plain mode show, in English ([`EN`]) and
//! Chinese ([`ZH`]). One struct, two values: a string missing in one language does not compile.
//! Texts with numbers or names in them are functions. Questionnaire texts are not here; they come
//! from the instrument. Nothing here draws or decides anything.

use super::session::Refusal;
use crate::instrument::kano_study::StudyError;
use crate::lang::Lang;
use crate::response::number;

/// A key help table: (keys, what they do).
pub type KeyTable = &'static [(&'static str, &'static str)];

/// The strings of one language.
#[derive(Debug)]
pub struct Strings {
    // ---- Question screen ----
    /// The option for "not applicable".
    pub not_applicable: &'static str,
    /// The word for a step without an answer.
    pub unanswered: &'static str,
    /// Label before a note.
    pub note: &'static str,
    /// "Answered by: …" from a section's audience words.
    pub audience: fn(&[String]) -> String,
    /// A role word in this language (unknown words are shown as they are).
    pub role: fn(&str) -> String,
    /// Badge of the Kano functional question.
    pub kano_has: &'static str,
    /// Badge of the Kano dysfunctional question.
    pub kano_has_not: &'static str,
    /// Badge of the Kano importance question.
    pub kano_importance: &'static str,
    /// The importance question for a feature.
    pub kano_importance_question: fn(&str) -> String,
    /// Short names of the three Kano steps, for lists.
    pub kano_parts: [&'static str; 3],
    /// The label of a pair part (a SERVQUAL battery).
    pub pair_part: fn(&str) -> String,
    /// The allocation's running total.
    pub allocation_total: fn(f64, f64) -> String,
    /// How far the allocation is from its total.
    pub allocation_left: fn(f64, f64) -> String,
    /// Placeholder of an empty text answer.
    pub text_placeholder: &'static str,
    /// Shown under a text answer that is not being typed.
    pub text_idle: &'static str,
    /// The level names of maturity rubrics are shown after the number.
    pub rubric_hint: &'static str,
    /// Why an answer was refused.
    pub refusal: fn(&Refusal) -> String,
    /// Enter pressed before anything was chosen.
    pub choose_first: &'static str,
    /// A digit pressed where the step takes none.
    pub no_digits_here: &'static str,
    /// A note was saved.
    pub note_saved: &'static str,
    /// A note was removed.
    pub note_removed: &'static str,
    /// The terminal is smaller than the runner needs: need w×h, have w×h.
    pub too_small: fn(u16, u16, u16, u16) -> String,

    // ---- Dialogs and lists ----
    /// Title of the N/A reason prompt.
    pub na_title: &'static str,
    /// The N/A reason question.
    pub na_prompt: &'static str,
    /// Title of the note editor.
    pub note_title: fn(&str) -> String,
    /// Title of the overview.
    pub overview_title: &'static str,
    /// Legend of the overview marks.
    pub overview_legend: fn(usize, usize) -> String,
    /// Title of the review.
    pub review_title: &'static str,
    /// Title of the help overlay.
    pub help_title: &'static str,
    /// The help overlay: every key, under headings.
    pub help: &'static [(&'static str, KeyTable)],
    /// Extra help lines after the tables.
    pub help_notes: &'static [&'static str],

    // ---- Completion ----
    /// Every step answered.
    pub complete_all: fn(usize) -> String,
    /// Some steps unanswered: (unanswered, total).
    pub complete_missing: fn(usize, usize) -> String,
    /// Heading of the summary.
    pub summary_title: &'static str,
    /// Label before the results file's path.
    pub saved_to: &'static str,
    /// Ends a heading: ":" in English, the full-width "：" in Chinese.
    pub colon: &'static str,
    /// Between a label and its value: ": " in English, "：" (no space) in Chinese.
    pub colon_space: &'static str,

    // ---- Home ----
    /// The home screen's title.
    pub home_title: &'static str,
    /// Heading: built-in instruments.
    pub home_start: &'static str,
    /// Heading: unfinished sessions.
    pub home_resume: &'static str,
    /// Heading: complete results.
    pub home_results: &'static str,
    /// An empty list.
    pub home_none: &'static str,
    /// A question count.
    pub questions: fn(usize) -> String,
    /// A session's progress: (answered, total).
    pub progress: fn(usize, usize) -> String,
    /// A session file that could not be read.
    pub unreadable: fn(&str) -> String,
    /// Where sessions are kept.
    pub data_dir: fn(&str) -> String,
    /// A session could not be opened.
    pub open_failed: fn(&str) -> String,
    /// Title of the new-session form.
    pub form_title: fn(&str) -> String,
    /// Form field: name.
    pub form_name: &'static str,
    /// Form field: role.
    pub form_role: &'static str,
    /// The role choice that is typed.
    pub form_other: &'static str,
    /// Form field: organisation.
    pub form_org: &'static str,
    /// The form was confirmed without a name.
    pub form_need_name: &'static str,
    /// Heading: instrument files in the data folder.
    pub home_custom: &'static str,
    /// The row that opens the Kano study builder.
    pub home_new_kano: &'static str,
    /// What that row does, at its right.
    pub home_new_kano_right: &'static str,
    /// What the builder does and where it saves: (instruments folder).
    pub home_new_kano_hint: fn(&str) -> String,
    /// At the right of an instrument file that could not be read.
    pub home_custom_unreadable: &'static str,

    // ---- Kano study builder ----
    /// The builder's title bar.
    pub study_title: &'static str,
    /// How many features: (count).
    pub study_count: fn(usize) -> String,
    /// Label of the title field.
    pub study_title_label: &'static str,
    /// Placeholder of the empty title.
    pub study_title_placeholder: &'static str,
    /// Label of the feature list: (count, most).
    pub study_features_label: fn(usize, usize) -> String,
    /// Placeholder of the empty feature line.
    pub study_feature_placeholder: &'static str,
    /// The feature list is empty.
    pub study_no_features: &'static str,
    /// Label of the importance toggle.
    pub study_importance: &'static str,
    /// The two importance choices: asked, not asked.
    pub study_importance_choices: [&'static str; 2],
    /// Label of the evaluation-table choice.
    pub study_table: &'static str,
    /// The two tables: standard, Pouliot.
    pub study_table_choices: [&'static str; 2],
    /// Heading of the preview: (feature name).
    pub study_preview: fn(&str) -> String,
    /// The preview with no feature to show.
    pub study_preview_empty: &'static str,
    /// Where Ctrl-S saves: (path).
    pub study_file: fn(&str) -> String,
    /// Title of the discard question.
    pub study_discard_title: &'static str,
    /// The discard question.
    pub study_discard_prompt: &'static str,
    /// The study was saved: (title, features).
    pub study_saved: fn(&str, usize) -> String,
    /// Label before the saved file's path.
    pub study_saved_file: &'static str,
    /// Label before the commands to run and check it.
    pub study_saved_commands: &'static str,
    /// Where the saved study is listed and how to change it.
    pub study_saved_notes: &'static [&'static str],
    /// Why the study cannot be made as it is.
    pub study_problem: fn(&StudyError) -> String,
    /// The feature typed is already listed: (name).
    pub study_duplicate: fn(&str) -> String,
    /// The study could not be saved: (reason).
    pub study_save_failed: fn(&str) -> String,

    // ---- Plain line mode ----
    /// First line: (title, questions, answers asked for, path). The two counts differ where a
    /// question takes several answers (a Kano feature, a SERVQUAL item), and the line says both.
    pub plain_intro: fn(&str, usize, usize, &str) -> String,
    /// Resuming: (answered, total).
    pub plain_resuming: fn(usize, usize) -> String,
    /// Legend entries.
    pub plain_na: &'static str,
    /// Legend: back.
    pub plain_back: &'static str,
    /// Legend: quit.
    pub plain_quit: &'static str,
    /// Legend: skip.
    pub plain_skip: &'static str,
    /// Legend of a Kano answer.
    pub plain_kano: &'static str,
    /// Legend of an allocation: (part ids, total).
    pub plain_allocation: fn(&str, f64) -> String,
    /// Legend of a text answer.
    pub plain_text: &'static str,
    /// Input that is not a point: (input, min, max).
    pub plain_not_point: fn(&str, i32, i32) -> String,
    /// Input that is not a Kano answer.
    pub plain_not_kano: fn(&str) -> String,
    /// Input that is not a list of numbers.
    pub plain_not_numbers: fn(&str) -> String,
    /// `b` on the first question.
    pub plain_at_start: &'static str,
    /// The answer a step already has.
    pub plain_current: fn(&str) -> String,
    /// Steps still unanswered at the end.
    pub plain_unanswered: fn(usize) -> String,
    /// Home: choose an entry.
    pub plain_choose: &'static str,
    /// Home: not a listed number.
    pub plain_bad_choice: fn(&str) -> String,
    /// Home: the name question.
    pub plain_name: &'static str,
    /// Home: the role question.
    pub plain_role: &'static str,

    // ---- Messages on stderr and errors ----
    /// After leaving: (answered, total, path).
    pub saved: fn(usize, usize, &str) -> String,
    /// How to resume: (instrument, path).
    pub resume_hint: fn(&str, &str) -> String,
    /// Plain mode whose output was closed mid-session: (the error).
    pub plain_output_closed: fn(&str) -> String,
    /// `run` or home without a terminal and without `--plain`.
    pub no_terminal: &'static str,

    // ---- Key help tables ----
    /// Choosing a point.
    pub keys_question: KeyTable,
    /// The allocation editor.
    pub keys_allocation: KeyTable,
    /// Typing a text answer.
    pub keys_text_typing: KeyTable,
    /// A text answer not being typed.
    pub keys_text_idle: KeyTable,
    /// The N/A reason prompt.
    pub keys_na: KeyTable,
    /// The note editor.
    pub keys_note: KeyTable,
    /// Overview and review.
    pub keys_list: KeyTable,
    /// The help overlay.
    pub keys_help: KeyTable,
    /// The completion screen.
    pub keys_complete: KeyTable,
    /// The home screen.
    pub keys_home: KeyTable,
    /// The new-session form.
    pub keys_form: KeyTable,
    /// The builder, on the title.
    pub keys_study_title: KeyTable,
    /// The builder, on the feature list.
    pub keys_study_features: KeyTable,
    /// The builder, on a setting.
    pub keys_study_setting: KeyTable,
    /// The discard question.
    pub keys_study_discard: KeyTable,
    /// The confirmation after saving.
    pub keys_study_saved: KeyTable,
}

/// The strings of `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

fn role_en(word: &str) -> String {
    word.to_string()
}

fn role_zh(word: &str) -> String {
    match word {
        "manager" => "管理者".into(),
        "staff" => "员工".into(),
        "customer" => "客户".into(),
        "consultant" => "顾问".into(),
        other => other.into(),
    }
}

/// The role words the home form offers.
pub const ROLES: [&str; 4] = ["manager", "staff", "customer", "consultant"];

fn pair_part_en(part: &str) -> String {
    match part {
        "expected" => "Expectations (excellent firms)".into(),
        "perceived" => "Perceptions (this organisation)".into(),
        "adequate" => "Adequate service (the least you accept)".into(),
        "desired" => "Desired service (what you hope for)".into(),
        other => other.into(),
    }
}

fn pair_part_zh(part: &str) -> String {
    match part {
        "expected" => "期望（优秀企业）".into(),
        "perceived" => "感知（本企业）".into(),
        "adequate" => "合格服务（可接受的最低水平）".into(),
        "desired" => "理想服务（您希望的水平）".into(),
        other => other.into(),
    }
}

fn refusal_en(r: &Refusal) -> String {
    match r {
        Refusal::OffScale { value, min, max } => {
            format!("{value} is not on this scale: choose {min}–{max}")
        }
        Refusal::NaNotAllowed => {
            "This question needs an answer: not applicable is not offered".into()
        }
        Refusal::AllocationSum { sum, total } => format!(
            "Not saved: the points add up to {}, and they must add up to {}",
            number(*sum),
            number(*total)
        ),
        Refusal::AllocationCount { given, parts } => {
            format!("{given} numbers given; there are {parts} parts, one number each")
        }
        Refusal::NotAPoint => "This question is not answered with a scale point".into(),
    }
}

fn refusal_zh(r: &Refusal) -> String {
    match r {
        Refusal::OffScale { value, min, max } => {
            format!("{value} 不在量表范围内：请选择 {min}–{max}")
        }
        Refusal::NaNotAllowed => "此题必须作答：不提供“不适用”选项".into(),
        Refusal::AllocationSum { sum, total } => format!(
            "未保存：各项合计为 {}，必须正好等于 {}",
            number(*sum),
            number(*total)
        ),
        Refusal::AllocationCount { given, parts } => {
            format!("输入了 {given} 个数；共有 {parts} 项，每项一个数")
        }
        Refusal::NotAPoint => "此题不是用量表分值作答的".into(),
    }
}

fn allocation_left_en(sum: f64, total: f64) -> String {
    let left = total - sum;
    if left.abs() < 1e-9 {
        format!("Adds up to {}: press Enter to confirm", number(total))
    } else if left > 0.0 {
        format!("{} points left to reach {}", number(left), number(total))
    } else {
        format!(
            "{} points over {}: take some away",
            number(-left),
            number(total)
        )
    }
}

fn allocation_left_zh(sum: f64, total: f64) -> String {
    let left = total - sum;
    if left.abs() < 1e-9 {
        format!("合计正好 {}：按 Enter 确认", number(total))
    } else if left > 0.0 {
        format!("还差 {} 分达到 {}", number(left), number(total))
    } else {
        format!("超出 {} 共 {} 分：请减少", number(total), number(-left))
    }
}

fn study_problem_en(e: &StudyError) -> String {
    let text = e.to_string();
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn study_problem_zh(e: &StudyError) -> String {
    match e {
        StudyError::NoTitle => {
            "研究还没有标题：请输入，例如“Online service features | 线上服务功能”".into()
        }
        StudyError::NoFeatures => "研究还没有功能：请至少添加一项功能".into(),
        StudyError::TooMany { count, max } => {
            format!("{count} 项功能太多：一项研究最多 {max} 项，请拆分为两项研究")
        }
        StudyError::EmptyFeature { position } => {
            format!("第 {position} 项功能没有名称：请输入名称或删除该项")
        }
        StudyError::TooLong { position: 0, max } => {
            format!("标题超过 {max} 个字符：请缩短")
        }
        StudyError::TooLong { position, max } => {
            format!("第 {position} 项功能超过 {max} 个字符：请缩短（详细说明可写在帮助文字中）")
        }
    }
}

/// English.
pub static EN: Strings = Strings {
    not_applicable: "Not applicable",
    unanswered: "unanswered",
    note: "Note",
    audience: |words| {
        format!(
            "answered by {}",
            words
                .iter()
                .map(|w| role_en(w))
                .collect::<Vec<_>>()
                .join(", ")
        )
    },
    role: role_en,
    kano_has: " IF IT HAS THE FEATURE ",
    kano_has_not: " IF IT DOES NOT HAVE THE FEATURE ",
    kano_importance: " IMPORTANCE ",
    kano_importance_question: |feature| format!("How important is \"{feature}\" to you?"),
    kano_parts: ["has it", "does NOT have it", "importance"],
    pair_part: pair_part_en,
    allocation_total: |sum, total| format!("Total {} of {}", number(sum), number(total)),
    allocation_left: allocation_left_en,
    text_placeholder: "(type your answer)",
    text_idle: "Press Enter to type your answer",
    rubric_hint: "Move the highlight to read a level in full",
    refusal: refusal_en,
    choose_first: "Choose an answer first: a digit, or ↑/↓ then Enter",
    no_digits_here: "Digits do not answer this question: see the keys below",
    note_saved: "Note saved",
    note_removed: "Note removed",
    too_small: |nw, nh, w, h| {
        format!(
            "Terminal too small: need {nw}×{nh}, have {w}×{h}.\nEnlarge the window, or run with --plain."
        )
    },
    na_title: " Not applicable ",
    na_prompt: "Why does this question not apply? (optional; Enter to skip)",
    note_title: |id| format!(" Note on {id} "),
    overview_title: " Go to a question ",
    overview_legend: |answered, total| format!("✔ answered ({answered}/{total})   · not yet"),
    review_title: " Your answers ",
    help_title: " Keys ",
    help: &[
        (
            "Answering",
            &[
                (
                    "1–9",
                    "answer with that point and go on (0 too, on a scale from 0)",
                ),
                (
                    "↑/↓  k/j",
                    "move the highlight; reach 10 of a 0–10 scale this way",
                ),
                ("Enter", "answer with the highlighted option"),
                ("←/→  h/l", "previous / next question (answers are kept)"),
                ("PgUp/PgDn", "previous / next question"),
                ("n", "not applicable, with a reason if you like"),
                ("e", "note on this question (evidence, a quote)"),
                ("g", "go to any question: overview by section"),
                ("r", "review all answers"),
                ("?", "this help"),
                ("q", "save and quit; run the same command to resume"),
                ("Ctrl-C", "save and quit (exit code 130)"),
            ],
        ),
        (
            "Point allocation",
            &[
                ("↑/↓", "choose a part"),
                ("0–9  Backspace", "type or delete its points"),
                ("Enter", "confirm, once the points add up to the total"),
            ],
        ),
        (
            "Text answers and notes",
            &[
                ("letters", "go into the text"),
                ("Enter", "text answer: save and go on; note: new line"),
                ("Ctrl-S  Esc", "note: save and close"),
                (
                    "Esc",
                    "text answer: stop typing (the keys above work again)",
                ),
                ("←/→  Home/End", "move the cursor"),
            ],
        ),
        (
            "Overview (g) and review (r)",
            &[
                ("↑/↓  PgUp/PgDn", "move"),
                ("Enter", "go to the selected question"),
                ("Esc  q", "close"),
            ],
        ),
    ],
    help_notes: &[
        "Kano: 1 like, 2 expect it, 3 neutral, 4 can live with it, 5 dislike; importance 1–9.",
        "Every answer is saved to the results file before the next screen is drawn.",
        "Ctrl-C saves and quits with exit code 130.",
    ],
    complete_all: |n| format!("All {n} questions answered. Thank you!"),
    complete_missing: |missing, n| {
        format!("{missing} of {n} questions not answered yet: press g to go to them")
    },
    summary_title: "Summary",
    saved_to: "Saved to",
    colon: ":",
    colon_space: ": ",
    home_title: " cxassess · customer-experience assessment ",
    home_start: "Start an assessment",
    home_resume: "Continue a session",
    home_results: "Completed results",
    home_none: "none yet",
    questions: |n| format!("{n} questions"),
    progress: |a, t| format!("{a}/{t} answered"),
    unreadable: |p| format!("unreadable: {p}"),
    data_dir: |d| format!("Sessions are kept in {d}"),
    open_failed: |e| format!("Could not open it: {e}"),
    form_title: |t| format!(" New assessment: {t} "),
    form_name: "Your name or code",
    form_role: "Role",
    form_other: "other:",
    form_org: "Organisation assessed (optional)",
    form_need_name: "Type a name or a code first (a code such as R17 keeps answers anonymous)",
    home_custom: "Your instruments",
    home_new_kano: "+ New Kano study…",
    home_new_kano_right: "type your features",
    home_new_kano_hint: |dir| {
        format!(
            "Type a title and your features: the questions are written for you in English and \
             Chinese, and the study is saved as an instrument file in {dir}."
        )
    },
    home_custom_unreadable: "unreadable",
    study_title: " cxassess · New Kano study ",
    study_count: |n| {
        if n == 1 {
            "1 feature ".into()
        } else {
            format!("{n} features ")
        }
    },
    study_title_label: "Study title (English | 中文, or one name for both)",
    study_title_placeholder: "e.g. Online service features | 线上服务功能",
    study_features_label: |n, max| {
        format!("Features ({n} of at most {max}): English | 中文, or one name")
    },
    study_feature_placeholder: "type a feature, Enter adds it",
    study_no_features: "no features yet",
    study_importance: "Ask importance (1–9)",
    study_importance_choices: ["yes", "no"],
    study_table: "Evaluation table",
    study_table_choices: ["standard", "Pouliot"],
    study_preview: |name| format!("Preview · {name}"),
    study_preview_empty: "Preview: type a feature to see its two questions",
    study_file: |path| format!("Ctrl-S saves it as {path}"),
    study_discard_title: " Discard this study? ",
    study_discard_prompt: "What you typed is not saved. y discards it; n goes back to editing.",
    study_saved: |title, n| {
        format!("✔ Saved “{title}”: {n} features, checked and ready to answer.")
    },
    study_saved_file: "File",
    study_saved_commands: "Check it and answer it from a shell",
    study_saved_notes: &[
        "It is listed on the home screen under “Your instruments”.",
        "Edit the file to change any wording or add help texts, then check it with validate; \
         `cxassess template kano` shows a complete example. Once answers are collected, raise \
         `version` when you change a question.",
    ],
    study_problem: study_problem_en,
    study_duplicate: |name| format!("“{name}” is already in the list"),
    study_save_failed: |e| format!("Not saved: {e}"),
    plain_intro: |title, n, steps, path| {
        let answers = if steps == n {
            String::new()
        } else {
            format!(" ({steps} answers)")
        };
        format!(
            "{title}: {n} question{}{answers}. Each answer is saved to {path} as soon as it is given.",
            if n == 1 { "" } else { "s" }
        )
    },
    plain_resuming: |a, t| {
        format!("Resuming: {a} of {t} answered; continuing at the first unanswered question.")
    },
    plain_na: "n = not applicable",
    plain_back: "b = back",
    plain_quit: "q = quit",
    plain_skip: "Enter = skip",
    plain_kano: "1 I like it, 2 I expect it, 3 I am neutral, 4 I can live with it, 5 I dislike it (number or words)",
    plain_allocation: |parts, total| {
        format!(
            "numbers for {parts}, in this order, separated by spaces, adding up to {}",
            number(total)
        )
    },
    plain_text: "type your answer",
    plain_not_point: |input, min, max| {
        format!("'{input}' is not an answer here: type a whole number from {min} to {max}")
    },
    plain_not_kano: |input| {
        format!(
            "'{input}' is not a Kano answer: type 1–5 or like, must-be, neutral, live-with, dislike"
        )
    },
    plain_not_numbers: |input| format!("'{input}' is not a list of numbers"),
    plain_at_start: "This is the first question.",
    plain_current: |a| format!("current answer: {a}"),
    plain_unanswered: |n| {
        format!("{n} questions are still unanswered; run the same command again to answer them.")
    },
    plain_choose: "Type a number and Enter (q = quit):",
    plain_bad_choice: |input| format!("'{input}' is not one of the numbers listed"),
    plain_name: "Your name or code:",
    plain_role: "Role (manager, staff, customer, consultant or any word; Enter = none):",
    saved: |a, t, p| format!("Saved {a}/{t} answers to {p}"),
    resume_hint: |id, p| format!("Resume with: cxassess run {id} --out {p}"),
    plain_output_closed: |e| {
        format!(
            "the output was closed ({e}), so no further question can be shown: stopped; answers \
             without prompts go through `cxassess fill`"
        )
    },
    no_terminal: "the full-screen runner needs a terminal on stdin and stdout: use --plain (or set \
                  ACCESSIBLE=1) to answer line by line, or `cxassess fill` to write a results file \
                  from an answers file",
    keys_question: &[
        ("1–9", "answer"),
        ("←/→", "prev/next"),
        ("↑/↓", "highlight"),
        ("Enter", "confirm"),
        ("n", "N/A"),
        ("e", "note"),
        ("g", "go to"),
        ("r", "review"),
        ("?", "help"),
        ("q", "save & quit"),
    ],
    keys_allocation: &[
        ("↑/↓", "part"),
        ("0–9", "type points"),
        ("Backspace", "delete"),
        ("Enter", "confirm"),
        ("←/→", "prev/next"),
        ("n", "N/A"),
        ("e", "note"),
        ("g", "go to"),
        ("?", "help"),
        ("q", "save & quit"),
    ],
    keys_text_typing: &[
        ("Enter", "save & next"),
        ("Esc", "stop typing"),
        ("←/→", "cursor"),
        ("Backspace", "delete"),
        ("Ctrl-C", "save & quit"),
    ],
    keys_text_idle: &[
        ("Enter", "type"),
        ("←/→", "prev/next"),
        ("n", "N/A"),
        ("e", "note"),
        ("g", "go to"),
        ("r", "review"),
        ("?", "help"),
        ("q", "save & quit"),
    ],
    keys_na: &[("Enter", "save"), ("Esc", "cancel")],
    keys_note: &[
        ("Ctrl-S/Esc", "save"),
        ("Enter", "new line"),
        ("arrows", "move"),
        ("Backspace", "delete"),
    ],
    keys_list: &[
        ("↑/↓", "move"),
        ("PgUp/PgDn", "page"),
        ("Enter", "go there"),
        ("Esc", "close"),
    ],
    keys_help: &[("↑/↓", "scroll"), ("Esc/?", "close")],
    keys_complete: &[
        ("q", "leave"),
        ("g", "go to"),
        ("r", "review"),
        ("←", "back"),
        ("↑/↓", "scroll"),
    ],
    keys_home: &[
        ("↑/↓", "choose"),
        ("Enter", "open"),
        ("n", "new Kano study"),
        ("q", "quit"),
    ],
    keys_form: &[
        ("Tab/↑/↓", "field"),
        ("←/→", "role"),
        ("Enter", "start"),
        ("Esc", "cancel"),
    ],
    keys_study_title: &[
        ("Enter/Tab", "to features"),
        ("Ctrl-S", "save"),
        ("Esc", "back"),
    ],
    keys_study_features: &[
        ("Enter", "add"),
        ("↑/↓", "select"),
        ("Backspace", "edit"),
        ("Del/Ctrl-D", "remove"),
        ("Tab", "next field"),
        ("Ctrl-S", "save"),
        ("Esc", "back"),
    ],
    keys_study_setting: &[
        ("Space/←/→", "change"),
        ("Tab/↑/↓", "field"),
        ("Ctrl-S", "save"),
        ("Esc", "back"),
    ],
    keys_study_discard: &[("y", "discard"), ("n/Esc", "keep editing")],
    keys_study_saved: &[("Enter", "answer it now"), ("Esc", "home")],
};

/// Chinese.
pub static ZH: Strings = Strings {
    not_applicable: "不适用",
    unanswered: "未答",
    note: "备注",
    audience: |words| {
        format!(
            "作答者：{}",
            words
                .iter()
                .map(|w| role_zh(w))
                .collect::<Vec<_>>()
                .join("、")
        )
    },
    role: role_zh,
    kano_has: " 如果【提供】该功能 ",
    kano_has_not: " 如果【不提供】该功能 ",
    kano_importance: " 重要程度 ",
    kano_importance_question: |feature| format!("“{feature}”对您有多重要？"),
    kano_parts: ["提供时", "不提供时", "重要程度"],
    pair_part: pair_part_zh,
    allocation_total: |sum, total| format!("合计 {} / {}", number(sum), number(total)),
    allocation_left: allocation_left_zh,
    text_placeholder: "（请输入您的回答）",
    text_idle: "按 Enter 开始输入",
    rubric_hint: "移动高亮可阅读某一级别的完整描述",
    refusal: refusal_zh,
    choose_first: "请先选择答案：按数字键，或用 ↑/↓ 选中后按 Enter",
    no_digits_here: "此题不能用数字键作答：请看下方按键说明",
    note_saved: "备注已保存",
    note_removed: "备注已删除",
    too_small: |nw, nh, w, h| {
        format!("终端窗口太小：需要 {nw}×{nh}，当前为 {w}×{h}。\n请放大窗口，或使用 --plain 运行。")
    },
    na_title: " 不适用 ",
    na_prompt: "为什么此题不适用？（可不填，直接按 Enter）",
    note_title: |id| format!(" {id} 的备注 "),
    overview_title: " 跳转到题目 ",
    overview_legend: |answered, total| format!("✔ 已答（{answered}/{total}）   · 未答"),
    review_title: " 您的回答 ",
    help_title: " 按键说明 ",
    help: &[
        (
            "作答",
            &[
                ("1–9", "以该分值作答并进入下一题（量表从 0 开始时也可按 0）"),
                ("↑/↓  k/j", "移动高亮；0–10 分量表的 10 分用此方式选择"),
                ("Enter", "以高亮的选项作答"),
                ("←/→  h/l", "上一题 / 下一题（已答内容保留）"),
                ("PgUp/PgDn", "上一题 / 下一题"),
                ("n", "不适用，可填写原因"),
                ("e", "为本题写备注（证据、原话）"),
                ("g", "跳转到任意题目：按部分排列的总览"),
                ("r", "回顾全部回答"),
                ("?", "本帮助"),
                ("q", "保存并退出；再次运行同一命令即可继续"),
                ("Ctrl-C", "保存并退出（退出码 130）"),
            ],
        ),
        (
            "分值分配",
            &[
                ("↑/↓", "选择一项"),
                ("0–9  Backspace", "输入或删除该项分值"),
                ("Enter", "合计等于总分后确认"),
            ],
        ),
        (
            "文字回答与备注",
            &[
                ("文字", "直接输入"),
                ("Enter", "文字回答：保存并进入下一题；备注：换行"),
                ("Ctrl-S  Esc", "备注：保存并关闭"),
                ("Esc", "文字回答：停止输入（上面的按键重新生效）"),
                ("←/→  Home/End", "移动光标"),
            ],
        ),
        (
            "题目总览（g）与回顾（r）",
            &[
                ("↑/↓  PgUp/PgDn", "移动"),
                ("Enter", "前往所选题目"),
                ("Esc  q", "关闭"),
            ],
        ),
    ],
    help_notes: &[
        "卡诺：1 喜欢，2 理所当然，3 无所谓，4 能忍受，5 不喜欢；重要程度 1–9。",
        "每个回答都会在显示下一屏之前保存到结果文件。",
        "Ctrl-C 保存并退出，退出码为 130。",
    ],
    complete_all: |n| format!("全部 {n} 题已作答，谢谢！"),
    complete_missing: |missing, n| format!("{n} 题中还有 {missing} 题未答：按 g 前往作答"),
    summary_title: "结果摘要",
    saved_to: "已保存到",
    colon: "：",
    colon_space: "：",
    home_title: " cxassess · 客户体验评估 ",
    home_start: "开始新的评估",
    home_resume: "继续未完成的会话",
    home_results: "已完成的结果",
    home_none: "暂无",
    questions: |n| format!("{n} 题"),
    progress: |a, t| format!("已答 {a}/{t}"),
    unreadable: |p| format!("无法读取：{p}"),
    data_dir: |d| format!("会话保存在 {d}"),
    open_failed: |e| format!("无法打开：{e}"),
    form_title: |t| format!(" 新评估：{t} "),
    form_name: "您的姓名或编号",
    form_role: "角色",
    form_other: "其他：",
    form_org: "被评估机构（可不填）",
    form_need_name: "请先输入姓名或编号（用 R17 之类的编号可保持匿名）",
    home_custom: "自定义问卷",
    home_new_kano: "+ 新建 Kano 研究…",
    home_new_kano_right: "输入您的功能",
    home_new_kano_hint: |dir| {
        format!("输入标题和功能：系统会用中英文为您写好问题，并把研究保存为问卷文件，位于 {dir}。")
    },
    home_custom_unreadable: "无法读取",
    study_title: " cxassess · 新建 Kano 研究 ",
    study_count: |n| format!("{n} 项功能 "),
    study_title_label: "研究标题（English | 中文，或一个名称两种语言通用）",
    study_title_placeholder: "例如 Online service features | 线上服务功能",
    study_features_label: |n, max| {
        format!("功能（{n} 项，最多 {max} 项）：English | 中文，或一个名称")
    },
    study_feature_placeholder: "输入一项功能，按 Enter 添加",
    study_no_features: "尚无功能",
    study_importance: "询问重要程度（1–9）",
    study_importance_choices: ["是", "否"],
    study_table: "评价表",
    study_table_choices: ["标准", "Pouliot"],
    study_preview: |name| format!("预览 · {name}"),
    study_preview_empty: "预览：输入功能即可看到它的两个问题",
    study_file: |path| format!("按 Ctrl-S 保存为 {path}"),
    study_discard_title: " 放弃此研究？ ",
    study_discard_prompt: "输入的内容尚未保存。按 y 放弃；按 n 继续编辑。",
    study_saved: |title, n| format!("✔ 已保存“{title}”：{n} 项功能，已通过校验，可以作答。"),
    study_saved_file: "文件",
    study_saved_commands: "在命令行中校验和作答",
    study_saved_notes: &[
        "它已列在主界面的“自定义问卷”中。",
        "可编辑该文件修改任何措辞或添加帮助文字，然后用 validate 校验；`cxassess template kano` \
         是一个完整的示例。收集回答之后如再修改题目，请提高 `version`。",
    ],
    study_problem: study_problem_zh,
    study_duplicate: |name| format!("“{name}”已在列表中"),
    study_save_failed: |e| format!("未保存：{e}"),
    plain_intro: |title, n, steps, path| {
        let answers = if steps == n {
            String::new()
        } else {
            format!("（{steps} 个回答）")
        };
        format!("{title}：共 {n} 题{answers}。每个回答一经给出即保存到 {path}。")
    },
    plain_resuming: |a, t| format!("继续作答：已答 {a}/{t}，从第一道未答题开始。"),
    plain_na: "n = 不适用",
    plain_back: "b = 上一题",
    plain_quit: "q = 退出",
    plain_skip: "直接回车 = 跳过",
    plain_kano: "1 我喜欢，2 理所当然，3 无所谓，4 能忍受，5 我不喜欢（数字或文字均可）",
    plain_allocation: |parts, total| {
        format!(
            "按 {parts} 的顺序输入各项分值，用空格分隔，合计 {}",
            number(total)
        )
    },
    plain_text: "请输入您的回答",
    plain_not_point: |input, min, max| {
        format!("“{input}”不是有效答案：请输入 {min} 到 {max} 之间的整数")
    },
    plain_not_kano: |input| {
        format!("“{input}”不是卡诺答案：请输入 1–5，或 我喜欢、理所当然、无所谓、能忍受、我不喜欢")
    },
    plain_not_numbers: |input| format!("“{input}”不是一组数字"),
    plain_at_start: "已经是第一题。",
    plain_current: |a| format!("当前回答：{a}"),
    plain_unanswered: |n| format!("还有 {n} 题未答；再次运行同一命令即可继续作答。"),
    plain_choose: "请输入编号后按回车（q = 退出）：",
    plain_bad_choice: |input| format!("“{input}”不是列出的编号"),
    plain_name: "您的姓名或编号：",
    plain_role: "角色（manager 管理者、staff 员工、customer 客户、consultant 顾问，或任意词；直接回车 = 不填）：",
    saved: |a, t, p| format!("已保存 {a}/{t} 个回答到 {p}"),
    resume_hint: |id, p| format!("继续作答：cxassess run {id} --out {p}"),
    plain_output_closed: |e| {
        format!(
            "输出已关闭（{e}），无法再显示题目，已停止；不看题目直接提交答案请用 `cxassess fill`"
        )
    },
    no_terminal: "全屏作答需要标准输入和标准输出都是终端：请使用 --plain（或设置 ACCESSIBLE=1）逐行作答，\
                  或用 `cxassess fill` 从答案文件生成结果文件",
    keys_question: &[
        ("1–9", "作答"),
        ("←/→", "上/下一题"),
        ("↑/↓", "移动高亮"),
        ("Enter", "确认"),
        ("n", "不适用"),
        ("e", "备注"),
        ("g", "跳转"),
        ("r", "回顾"),
        ("?", "帮助"),
        ("q", "保存退出"),
    ],
    keys_allocation: &[
        ("↑/↓", "选择项"),
        ("0–9", "输入分值"),
        ("Backspace", "删除"),
        ("Enter", "确认"),
        ("←/→", "上/下一题"),
        ("n", "不适用"),
        ("e", "备注"),
        ("g", "跳转"),
        ("?", "帮助"),
        ("q", "保存退出"),
    ],
    keys_text_typing: &[
        ("Enter", "保存并下一题"),
        ("Esc", "停止输入"),
        ("←/→", "移动光标"),
        ("Backspace", "删除"),
        ("Ctrl-C", "保存退出"),
    ],
    keys_text_idle: &[
        ("Enter", "输入"),
        ("←/→", "上/下一题"),
        ("n", "不适用"),
        ("e", "备注"),
        ("g", "跳转"),
        ("r", "回顾"),
        ("?", "帮助"),
        ("q", "保存退出"),
    ],
    keys_na: &[("Enter", "保存"), ("Esc", "取消")],
    keys_note: &[
        ("Ctrl-S/Esc", "保存"),
        ("Enter", "换行"),
        ("方向键", "移动"),
        ("Backspace", "删除"),
    ],
    keys_list: &[
        ("↑/↓", "移动"),
        ("PgUp/PgDn", "翻页"),
        ("Enter", "前往"),
        ("Esc", "关闭"),
    ],
    keys_help: &[("↑/↓", "滚动"), ("Esc/?", "关闭")],
    keys_complete: &[
        ("q", "离开"),
        ("g", "跳转"),
        ("r", "回顾"),
        ("←", "返回"),
        ("↑/↓", "滚动"),
    ],
    keys_home: &[
        ("↑/↓", "选择"),
        ("Enter", "打开"),
        ("n", "新建 Kano 研究"),
        ("q", "退出"),
    ],
    keys_form: &[
        ("Tab/↑/↓", "切换栏目"),
        ("←/→", "选择角色"),
        ("Enter", "开始"),
        ("Esc", "取消"),
    ],
    keys_study_title: &[
        ("Enter/Tab", "转到功能"),
        ("Ctrl-S", "保存"),
        ("Esc", "返回"),
    ],
    keys_study_features: &[
        ("Enter", "添加"),
        ("↑/↓", "选择"),
        ("Backspace", "编辑"),
        ("Del/Ctrl-D", "删除"),
        ("Tab", "下一栏"),
        ("Ctrl-S", "保存"),
        ("Esc", "返回"),
    ],
    keys_study_setting: &[
        ("空格/←/→", "切换"),
        ("Tab/↑/↓", "栏目"),
        ("Ctrl-S", "保存"),
        ("Esc", "返回"),
    ],
    keys_study_discard: &[("y", "放弃"), ("n/Esc", "继续编辑")],
    keys_study_saved: &[("Enter", "立即作答"), ("Esc", "返回主界面")],
};
