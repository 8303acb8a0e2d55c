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
mod tests {
    use super::*;
    use crate::instrument::{Instrument, Kind, Origin, QuestionKind};

    fn spec(title: &str, features: &[&str]) -> StudySpec {
        StudySpec {
            title: title.to_string(),
            features: features.iter().map(|f| (*f).to_string()).collect(),
            importance: true,
            table: KanoTable::Standard,
        }
    }

    /// Generates, parses and validates; fails the test with the YAML when it does not.
    fn parsed(spec: &StudySpec) -> Instrument {
        let yaml = generate(spec).expect("a valid spec");
        Instrument::parse(&yaml, Origin::File("study.yaml".into()))
            .unwrap_or_else(|e| panic!("generated YAML does not validate: {e}\n{yaml}"))
    }

    fn kano_parts(i: &Instrument) -> Vec<(String, Text, Text, Text, bool)> {
        i.questions
            .iter()
            .map(|q| match &q.kind {
                QuestionKind::Kano {
                    feature,
                    functional,
                    dysfunctional,
                    importance,
                } => (
                    q.id.clone(),
                    feature.clone(),
                    functional.clone(),
                    dysfunctional.clone(),
                    importance.is_some(),
                ),
                other => panic!("question {} is {}", q.id, other.type_name()),
            })
            .collect()
    }

    #[test]
    fn slugs_keep_ascii_letters_and_digits() {
        assert_eq!(slug("Real-time order tracking"), "real_time_order_tracking");
        assert_eq!(slug("  24/7 service hotline!! "), "24_7_service_hotline");
        assert_eq!(slug("实时订单跟踪"), "");
        assert_eq!(slug("VIP 通道"), "vip");
        assert_eq!(slug(&"a".repeat(100)).len(), 48);
        assert_eq!(slug(&format!("{} b", "a".repeat(47))), "a".repeat(47));
    }

    #[test]
    fn names_split_at_the_bar_and_fall_back_to_one_language() {
        assert_eq!(
            split_name(" Free returns | 免费退货 "),
            Text::new("Free returns", "免费退货")
        );
        assert_eq!(split_name("Live chat"), Text::new("Live chat", "Live chat"));
        assert_eq!(split_name("| 在线客服"), Text::new("在线客服", "在线客服"));
        assert_eq!(
            split_name("Live chat |"),
            Text::new("Live chat", "Live chat")
        );
        assert_eq!(split_name(" | "), Text::new("", ""));
    }

    #[test]
    fn study_ids_avoid_empty_and_built_in_ids() {
        assert_eq!(
            study_id("Online service features | 线上服务功能"),
            "online_service_features"
        );
        assert_eq!(study_id("线上服务功能"), FALLBACK_ID);
        assert_eq!(study_id("Kano"), "kano_study");
        assert_eq!(study_id("Pulse!"), "pulse_study");
    }

    #[test]
    fn feature_ids_are_unique_and_chinese_names_are_numbered() {
        let names: Vec<String> = [
            "Real-time order tracking",
            "实时订单跟踪",
            "real time order tracking",
            "Real-time order tracking!",
            "Feature 2",
        ]
        .map(String::from)
        .to_vec();
        let ids: Vec<String> = features(&names).into_iter().map(|f| f.id).collect();
        assert_eq!(
            ids,
            [
                "real_time_order_tracking",
                "feature_2",
                "real_time_order_tracking_2",
                "real_time_order_tracking_3",
                "feature_2_2"
            ]
        );
    }

    #[test]
    fn questions_follow_the_built_in_wording_and_emphasis() {
        let builtin = Instrument::load("kano").unwrap();
        let QuestionKind::Kano {
            feature,
            functional: f,
            dysfunctional: d,
            ..
        } = &builtin.questions[0].kind
        else {
            panic!("kano question");
        };
        assert_eq!(&functional(feature), f);
        assert_eq!(&dysfunctional(feature), d);
        // Acronyms and proper names keep their capitals.
        assert_eq!(
            functional(&Text::new("CRM portal", "客户门户")).en,
            "If the service HAS CRM portal, how do you feel?"
        );
        assert_eq!(
            dysfunctional(&Text::new("WeChat Pay", "微信支付")).en,
            "If the service does NOT have WeChat Pay, how do you feel?"
        );
        assert_eq!(
            preview("Live chat | 在线客服", Lang::Zh).1,
            "如果服务【不提供】在线客服，您感觉如何？"
        );
    }

    #[test]
    fn plain_ascii_features_give_a_valid_kano_instrument() {
        let i = parsed(&spec(
            "Online service features",
            &["Real-time order tracking", "Free returns", "Live chat"],
        ));
        assert_eq!(i.id, "online_service_features");
        assert_eq!(i.kind, Kind::Kano);
        assert_eq!(i.version, 1);
        assert_eq!(i.title.en, "Online service features");
        assert_eq!(i.settings.kano_table, KanoTable::Standard);
        let parts = kano_parts(&i);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].0, "real_time_order_tracking");
        assert_eq!(
            parts[0].2.en,
            "If the service HAS real-time order tracking, how do you feel?"
        );
        assert_eq!(
            parts[0].3.zh,
            "如果服务【不提供】Real-time order tracking，您感觉如何？"
        );
        assert!(parts.iter().all(|p| p.4), "importance asked");
        assert_eq!(i.steps().len(), 9);
        assert_eq!(i.group_name("free_returns", Lang::Zh), "Free returns");
        assert!(i.questions.iter().all(|q| !q.allow_na));
    }

    #[test]
    fn chinese_only_names_and_titles_are_valid() {
        let mut s = spec("线上服务研究", &["实时订单跟踪", "无理由免费退货"]);
        s.importance = false;
        s.table = KanoTable::Pouliot;
        let i = parsed(&s);
        assert_eq!(i.id, FALLBACK_ID);
        assert_eq!(i.title.zh, "线上服务研究");
        assert_eq!(i.settings.kano_table, KanoTable::Pouliot);
        let parts = kano_parts(&i);
        assert_eq!(parts[0].0, "feature_1");
        assert_eq!(parts[1].0, "feature_2");
        assert_eq!(
            parts[1].2.zh,
            "如果服务【提供】无理由免费退货，您感觉如何？"
        );
        assert!(parts.iter().all(|p| !p.4), "importance not asked");
        assert_eq!(i.steps().len(), 4);
    }

    #[test]
    fn bilingual_names_give_each_language_its_own_name() {
        let i = parsed(&spec(
            "Service study | 服务研究",
            &[
                "Real-time order tracking | 实时订单跟踪",
                "Expert support|专家技术支持",
            ],
        ));
        assert_eq!(i.title, Text::new("Service study", "服务研究"));
        let parts = kano_parts(&i);
        assert_eq!(parts[1].0, "expert_support");
        assert_eq!(parts[1].1, Text::new("Expert support", "专家技术支持"));
        assert_eq!(
            parts[0].2,
            Text::new(
                "If the service HAS real-time order tracking, how do you feel?",
                "如果服务【提供】实时订单跟踪，您感觉如何？"
            )
        );
        assert_eq!(
            i.group_name("real_time_order_tracking", Lang::Zh),
            "实时订单跟踪"
        );
    }

    #[test]
    fn duplicate_names_get_distinct_ids_and_still_validate() {
        let i = parsed(&spec("Dupes", &["Live chat", "Live chat", "live-chat"]));
        let ids: Vec<String> = kano_parts(&i).into_iter().map(|p| p.0).collect();
        assert_eq!(ids, ["live_chat", "live_chat_2", "live_chat_3"]);
    }

    #[test]
    fn quotes_colons_hashes_and_dashes_round_trip() {
        let awkward = [
            "\"Priority\" line: 24/7 # urgent",
            "- leading dash | - 破折号: \"引号\" #井号",
            "back\\slash 'single' {braces} [brackets] & * ! % @ `tick`",
            "yes",
            "null | ~",
            "  : ",
            "tab\there\u{2028}separator\u{85}nel",
        ];
        let i = parsed(&spec("Title: \"quoted\" # not a comment", &awkward));
        assert_eq!(i.title.en, "Title: \"quoted\" # not a comment");
        let parts = kano_parts(&i);
        for (typed, part) in awkward.iter().zip(&parts) {
            assert_eq!(part.1, split_name(typed), "{typed:?}");
            assert_eq!(part.2, functional(&split_name(typed)));
        }
        assert_eq!(parts[1].1.zh, "- 破折号: \"引号\" #井号");
        assert_eq!(parts[3].1.en, "yes");
    }

    #[test]
    fn the_header_says_how_it_was_made_and_how_to_check_it() {
        let yaml = generate(&spec("Study", &["Live chat"])).unwrap();
        assert!(yaml.starts_with("# A Kano study made on the cxassess home screen"));
        assert!(yaml.contains("cxassess validate"));
        assert!(yaml.contains("\nformat: cxassess-instrument/1\n"));
    }

    #[test]
    fn bad_specs_are_refused_with_the_reason() {
        assert_eq!(generate(&spec("  ", &["a"])), Err(StudyError::NoTitle));
        assert_eq!(generate(&spec("| ", &["a"])), Err(StudyError::NoTitle));
        assert_eq!(generate(&spec("T", &[])), Err(StudyError::NoFeatures));
        assert_eq!(
            generate(&spec("T", &["a", " | ", "c"])),
            Err(StudyError::EmptyFeature { position: 2 })
        );
        let many: Vec<String> = (1..=41).map(|n| format!("Feature {n}")).collect();
        let too_many = StudySpec {
            features: many.clone(),
            ..spec("T", &[])
        };
        assert_eq!(
            generate(&too_many),
            Err(StudyError::TooMany { count: 41, max: 40 })
        );
        let forty = StudySpec {
            features: many[..40].to_vec(),
            ..spec("T", &[])
        };
        assert_eq!(parsed(&forty).questions.len(), 40);
        let long = "x".repeat(121);
        assert_eq!(
            generate(&spec("T", &["a", &long])),
            Err(StudyError::TooLong {
                position: 2,
                max: 120
            })
        );
        assert!(
            StudyError::TooMany { count: 41, max: 40 }
                .to_string()
                .contains("at most 40")
        );
    }
}
