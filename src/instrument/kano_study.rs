//! A new Kano study from a title and a list of feature names: the instrument file a consultant
//! would otherwise write by hand from `cxassess template kano`. Each feature's two questions are
//! written from template sentences in English and Chinese (the wording and the 【】 / upper-case
//! emphasis of the built-in `kano` questionnaire), ids are made from the names, and the result is
//! YAML text in the `cxassess-instrument/1` schema, ready to be validated and saved.
//!
//! This module is pure: no files, no terminal. The home screen's study builder previews with
//! [`functional`] and [`dysfunctional`], and saves what [`generate`] returns.

use std::fmt::Write as _;

use super::{FORMAT, KanoTable, builtin};
use crate::lang::{Lang, Text};

/// The most features a study may have: beyond this a respondent will not answer with care
/// (each feature is two or three questions).
pub const MAX_FEATURES: usize = 40;

/// The longest feature name or title, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// The longest id made from a name, in characters.
const MAX_ID_CHARS: usize = 48;

/// The id of a study whose title gives no ASCII letters or digits.
pub const FALLBACK_ID: &str = "kano_study";

/// What a study is made from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StudySpec {
    /// The title, `English | 中文` or one name for both languages.
    pub title: String,
    /// Feature names, each `English | 中文` or one name for both languages, in the order asked.
    pub features: Vec<String>,
    /// Whether each feature's importance (1–9) is asked after its two questions.
    pub importance: bool,
    /// The evaluation table the study is scored with.
    pub table: KanoTable,
}

/// Why a study cannot be made. Positions count from 1, as the user sees the list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StudyError {
    /// The title is empty.
    #[error("the study has no title: type one, e.g. \"Online service features | 线上服务功能\"")]
    NoTitle,
    /// The list of features is empty.
    #[error("the study has no features: add at least one feature name")]
    NoFeatures,
    /// More than [`MAX_FEATURES`] features.
    #[error("{count} features are too many: a study has at most {max}; split it into two studies")]
    TooMany {
        /// How many were given.
        count: usize,
        /// The most allowed.
        max: usize,
    },
    /// A feature name is empty (or only a `|`).
    #[error("feature {position} has no name: type a name or remove it")]
    EmptyFeature {
        /// Its place in the list, from 1.
        position: usize,
    },
    /// A feature name or the title is longer than [`MAX_NAME_CHARS`].
    #[error(
        "{} is longer than {max} characters: shorten it (details belong in a help text)",
        what_is_long(*.position)
    )]
    TooLong {
        /// The feature's place in the list, from 1; 0 for the title.
        position: usize,
        /// The most allowed.
        max: usize,
    },
}

fn what_is_long(position: usize) -> String {
    if position == 0 {
        "the title".to_string()
    } else {
        format!("feature {position}")
    }
}

/// One feature of a study, with the id its question gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feature {
    /// The question (and group) id.
    pub id: String,
    /// The name in both languages.
    pub name: Text,
}

/// A name as typed: `English | 中文` gives both languages; a single name (or one side left
/// empty) is used for both. Surrounding spaces are dropped.
pub fn split_name(typed: &str) -> Text {
    let (en, zh) = match typed.split_once('|') {
        Some((en, zh)) => (en.trim(), zh.trim()),
        None => (typed.trim(), typed.trim()),
    };
    match (en.is_empty(), zh.is_empty()) {
        (true, false) => Text::new(zh, zh),
        (false, true) => Text::new(en, en),
        _ => Text::new(en, zh),
    }
}

/// An id from a name: ASCII letters (lowercased) and digits kept, every other run of characters
/// turned into one `_`, no `_` at either end, at most 48 characters. Empty when the name has no
/// ASCII letter or digit (a Chinese-only name).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.truncate(MAX_ID_CHARS);
    out.trim_end_matches('_').to_string()
}

/// The study's id: the slug of the English title, `kano_study` when that is empty, with
/// `_study` added when it would be a built-in instrument's id (so results are never confused
/// with the built-in's).
pub fn study_id(title: &str) -> String {
    let base = slug(&split_name(title).en);
    if base.is_empty() {
        FALLBACK_ID.to_string()
    } else if builtin::ids().contains(&base.as_str()) {
        format!("{base}_study")
    } else {
        base
    }
}

/// The features of `names` with their ids: the slug of the English name, `feature_<n>` (n its
/// place from 1) when the slug is empty, made unique with `_2`, `_3`… in list order.
pub fn features(names: &[String]) -> Vec<Feature> {
    let mut used: Vec<String> = Vec::new();
    names
        .iter()
        .enumerate()
        .map(|(i, typed)| {
            let name = split_name(typed);
            let mut base = slug(&name.en);
            if base.is_empty() {
                base = format!("feature_{}", i + 1);
            }
            let mut id = base.clone();
            let mut n = 2;
            while used.contains(&id) {
                id = format!("{base}_{n}");
                n += 1;
            }
            used.push(id.clone());
            Feature { id, name }
        })
        .collect()
}

/// The feature's English name as it reads inside a sentence: a leading capital is lowered when it
/// is the name's only capital ("Real-time order tracking" → "real-time order tracking"), so
/// acronyms and proper names ("CRM portal", "WeChat Pay") stay as typed.
fn in_sentence(en: &str) -> String {
    let mut chars = en.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let rest = chars.as_str();
    if first.is_uppercase() && !rest.chars().any(char::is_uppercase) {
        first.to_lowercase().chain(rest.chars()).collect()
    } else {
        en.to_string()
    }
}

/// The functional question ("if the service HAS it") for a feature.
pub fn functional(name: &Text) -> Text {
    Text::new(
        format!(
            "If the service HAS {}, how do you feel?",
            in_sentence(&name.en)
        ),
        format!("如果服务【提供】{}，您感觉如何？", name.zh),
    )
}

/// The dysfunctional question ("if the service does NOT have it") for a feature.
pub fn dysfunctional(name: &Text) -> Text {
    Text::new(
        format!(
            "If the service does NOT have {}, how do you feel?",
            in_sentence(&name.en)
        ),
        format!("如果服务【不提供】{}，您感觉如何？", name.zh),
    )
}

/// Checks `spec` and returns its title and features, or the first problem found.
pub fn check(spec: &StudySpec) -> Result<(Text, Vec<Feature>), StudyError> {
    let title = split_name(&spec.title);
    if title.en.is_empty() {
        return Err(StudyError::NoTitle);
    }
    if spec.title.chars().count() > MAX_NAME_CHARS {
        return Err(StudyError::TooLong {
            position: 0,
            max: MAX_NAME_CHARS,
        });
    }
    if spec.features.is_empty() {
        return Err(StudyError::NoFeatures);
    }
    if spec.features.len() > MAX_FEATURES {
        return Err(StudyError::TooMany {
            count: spec.features.len(),
            max: MAX_FEATURES,
        });
    }
    for (i, typed) in spec.features.iter().enumerate() {
        if split_name(typed).en.is_empty() {
            return Err(StudyError::EmptyFeature { position: i + 1 });
        }
        if typed.chars().count() > MAX_NAME_CHARS {
            return Err(StudyError::TooLong {
                position: i + 1,
                max: MAX_NAME_CHARS,
            });
        }
    }
    Ok((title, features(&spec.features)))
}

/// A YAML double-quoted scalar holding exactly `s`. Backslash, quote, control characters and the
/// characters YAML 1.1 reads as line breaks (NEL, LS, PS) are escaped; everything else, Chinese
/// included, is written as it is.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `key:` and a bilingual text under it at `indent` spaces.
fn push_text(out: &mut String, indent: usize, key: &str, text: &Text) {
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}{key}:");
    let _ = writeln!(out, "{pad}  en: {}", quote(&text.en));
    let _ = writeln!(out, "{pad}  zh: {}", quote(&text.zh));
}

fn description(count: usize, importance: bool) -> Text {
    let (en_tail, zh_tail) = if importance {
        (" plus its importance", "，并询问其重要程度")
    } else {
        ("", "")
    };
    let en_features = if count == 1 { "feature" } else { "features" };
    Text::new(
        format!(
            "A Kano study of {count} {en_features}. Each feature is asked twice (the service HAS it / does NOT have it){en_tail}. Made on the cxassess home screen; edit this file to change any wording."
        ),
        format!(
            "包含 {count} 项功能的卡诺需求分析。每项功能问两次（服务提供 / 不提供）{zh_tail}。在 cxassess 主界面创建；可编辑本文件修改任何措辞。"
        ),
    )
}

fn intro(importance: bool) -> Text {
    let en = "Each feature comes with two questions: how you would feel if the service HAS it, and how you would feel if it does NOT have it. Answer each question on its own.";
    let zh = "每项功能有两个问题：如果服务【提供】该功能，您感觉如何；如果服务【不提供】该功能，您感觉如何。请分别作答。";
    if importance {
        Text::new(
            format!(
                "{en} Then say how important the feature is to you, from 1 (not at all important) to 9 (extremely important)."
            ),
            format!("{zh}然后请评价该功能对您的重要程度，从1（完全不重要）到9（极其重要）。"),
        )
    } else {
        Text::new(en, zh)
    }
}

/// The references every generated study carries: where the method and its table come from.
const REFERENCES: [&str; 3] = [
    "Kano, N., Seraku, N., Takahashi, F. & Tsuji, S. (1984). Attractive quality and must-be quality. Hinshitsu (Journal of the Japanese Society for Quality Control), 14(2), 39–48.",
    "Berger, C. et al. (1993). Kano's methods for understanding customer-defined quality. Center for Quality Management Journal, 2(4), 3–36.",
    "DuMouchel, W. (1993). Thoughts on graphical and continuous analysis. In Berger et al., Center for Quality Management Journal, 2(4).",
];

/// The YAML text of the instrument `spec` describes, in the layout of the built-in `kano`
/// questionnaire, with a comment header saying how it was made and how to check it.
pub fn generate(spec: &StudySpec) -> Result<String, StudyError> {
    let (title, features) = check(spec)?;
    let id = study_id(&spec.title);
    let table = match spec.table {
        KanoTable::Standard => "standard",
        KanoTable::Pouliot => "pouliot",
    };
    let mut out = String::new();
    out.push_str(
        "# A Kano study made on the cxassess home screen (New Kano study): each feature's\n",
    );
    out.push_str("# questions were written from template sentences in English and Chinese.\n");
    out.push_str(
        "# Edit any text, add `help:` to a question, or add features by copying one, then check:\n",
    );
    out.push_str("#   cxassess validate <this file>\n");
    out.push_str(
        "# Once answers have been collected, raise `version` when you change a question.\n",
    );
    let _ = writeln!(out, "format: {FORMAT}");
    let _ = writeln!(out, "id: {id}");
    out.push_str("version: 1\n");
    out.push_str("kind: kano\n");
    push_text(&mut out, 0, "title", &title);
    push_text(
        &mut out,
        0,
        "description",
        &description(features.len(), spec.importance),
    );
    out.push_str("settings:\n");
    let _ = writeln!(out, "  kano_table: {table}");
    out.push_str("references:\n");
    for r in REFERENCES.iter().take(if spec.importance { 3 } else { 2 }) {
        let _ = writeln!(out, "  - {}", quote(r));
    }
    out.push_str("groups:\n");
    for f in &features {
        let _ = writeln!(out, "  - id: {}", f.id);
        push_text(&mut out, 4, "name", &f.name);
    }
    out.push_str("sections:\n");
    out.push_str("  - id: features\n");
    push_text(&mut out, 4, "title", &Text::new("Features", "功能"));
    push_text(&mut out, 4, "intro", &intro(spec.importance));
    out.push_str("    questions:\n");
    for f in &features {
        let _ = writeln!(out, "      - id: {}", f.id);
        out.push_str("        type: kano\n");
        push_text(&mut out, 8, "feature", &f.name);
        push_text(&mut out, 8, "functional", &functional(&f.name));
        push_text(&mut out, 8, "dysfunctional", &dysfunctional(&f.name));
        let _ = writeln!(out, "        importance: {}", spec.importance);
        out.push_str("        allow_na: false\n");
    }
    Ok(out)
}

/// The two questions of a typed feature name in `lang`, for a preview.
pub fn preview(typed: &str, lang: Lang) -> (String, String) {
    let name = split_name(typed);
    (
        functional(&name).get(lang).to_string(),
        dysfunctional(&name).get(lang).to_string(),
    )
}

#[cfg(test)]
mod tests;
