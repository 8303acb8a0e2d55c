//! The glossary is kept: every concept of `locales/<code>/glossary.ftl` (a Fluent term) has one
//! name per language, and no catalog message nor any built-in instrument's text in that
//! language names it with one of the words its `.avoid` attribute lists — except inside the
//! passages its `.alias` attribute allows (an explicit "also called …").

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;

use super::Lang;
use super::catalog::CATALOG_FILES;
use crate::instrument::builtin::BUILTINS;

/// One concept of the glossary in one language.
#[derive(Debug)]
struct Concept {
    /// The term's id (`tier-basic`).
    id: String,
    /// Its one name.
    name: String,
    /// Words that must not name it.
    avoid: Vec<String>,
    /// Passages where an avoided word may stand.
    alias: Vec<String>,
}

/// The text of a pattern without placeables.
fn plain(p: &ast::Pattern<&str>) -> String {
    p.elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => *value,
            ast::PatternElement::Placeable { .. } => "",
        })
        .collect()
}

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// The concepts of `code`'s glossary.
fn glossary(code: &str) -> Vec<Concept> {
    let (_, _, text) = CATALOG_FILES
        .iter()
        .find(|(c, f, _)| *c == code && *f == "glossary.ftl")
        .unwrap_or_else(|| panic!("locales/{code}/glossary.ftl is missing"));
    let resource = fluent_syntax::parser::parse(*text)
        .unwrap_or_else(|(_, e)| panic!("locales/{code}/glossary.ftl does not parse: {e:?}"));
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Term(t) = entry {
            let attribute = |name: &str| {
                t.attributes
                    .iter()
                    .find(|a| a.id.name == name)
                    .map(|a| list(&plain(&a.value)))
                    .unwrap_or_default()
            };
            out.push(Concept {
                id: t.id.name.to_string(),
                name: plain(&t.value),
                avoid: attribute("avoid"),
                alias: attribute("alias"),
            });
        }
    }
    out
}

/// What in `text` breaks the glossary: "word (say name, -id)" for every avoided word found
/// outside the allowed passages.
fn breaches(concepts: &[Concept], text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for c in concepts {
        let mut rest = text.to_string();
        for alias in &c.alias {
            rest = rest.replace(alias.as_str(), "");
        }
        for word in c.avoid.iter().filter(|w| rest.contains(w.as_str())) {
            out.push(format!("'{word}' (say '{}', -{})", c.name, c.id));
        }
    }
    out
}

/// Every zh (or other) text of a built-in instrument: (YAML path, text).
fn instrument_texts(v: &serde_yaml::Value, code: &str, at: &str, out: &mut Vec<(String, String)>) {
    match v {
        serde_yaml::Value::Mapping(m) => {
            for (k, v) in m {
                let key = k.as_str().unwrap_or_default();
                let path = if at.is_empty() {
                    key.to_string()
                } else {
                    format!("{at}.{key}")
                };
                match v.as_str() {
                    Some(text) if key == code => out.push((path, text.to_string())),
                    _ => instrument_texts(v, code, &path, out),
                }
            }
        }
        serde_yaml::Value::Sequence(items) => {
            for (i, v) in items.iter().enumerate() {
                instrument_texts(v, code, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Every place in `code`'s catalogs and built-in instruments that breaks its glossary.
fn problems(code: &str) -> Vec<String> {
    let concepts = glossary(code);
    let mut out = Vec::new();
    let mut bundle = FluentBundle::new(vec![code.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    let mut keys = Vec::new();
    for (c, file, text) in CATALOG_FILES.iter().filter(|(c, _, _)| *c == code) {
        if let Ok(resource) = fluent_syntax::parser::parse(*text) {
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    keys.push((*file, m.id.name.to_string()));
                }
            }
        }
        let _ = bundle
            .add_resource(FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r));
        if *file == "glossary.ftl" {
            continue;
        }
        // The source, every variant of every message; comments are for translators.
        let mut key = String::new();
        for line in text.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with('#') {
                continue;
            }
            if let Some((k, _)) = line.split_once(" =").filter(|_| !line.starts_with(' ')) {
                key = k.to_string();
            }
            for b in breaches(&concepts, line) {
                out.push(format!("locales/{c}/{file}: {key}: {b}"));
            }
        }
    }
    // The messages as shown, terms filled in.
    for (file, key) in keys {
        let Some(pattern) = bundle.get_message(&key).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        for b in breaches(&concepts, &text) {
            out.push(format!("locales/{code}/{file}: {key} (formatted): {b}"));
        }
    }
    for builtin in BUILTINS {
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(builtin.source).expect("a built-in instrument parses");
        let mut texts = Vec::new();
        instrument_texts(&yaml, code, "", &mut texts);
        for (path, text) in texts {
            for b in breaches(&concepts, &text) {
                out.push(format!(
                    "questionnaires/{}.yaml (v{}): {path}: {b}",
                    builtin.id, builtin.version
                ));
            }
        }
    }
    out
}

#[test]
fn every_language_has_the_same_glossary_concepts() {
    let english: Vec<String> = glossary("en").into_iter().map(|c| c.id).collect();
    assert!(!english.is_empty(), "locales/en/glossary.ftl has no terms");
    for lang in Lang::ALL {
        let theirs: Vec<String> = glossary(lang.code()).into_iter().map(|c| c.id).collect();
        assert_eq!(theirs, english, "locales/{}/glossary.ftl", lang.code());
    }
}

#[test]
fn catalogs_and_builtin_instruments_use_one_name_per_concept() {
    let zh = glossary("zh");
    let tier = zh
        .iter()
        .find(|c| c.id == "tier-basic")
        .expect("-tier-basic");
    assert_eq!(tier.name, "初级体验");
    assert!(tier.avoid.iter().any(|w| w == "基础体验"), "{tier:?}");
    let perception = zh
        .iter()
        .find(|c| c.id == "perception")
        .expect("-perception");
    assert_eq!(perception.name, "感知");
    assert!(
        perception.avoid.iter().any(|w| w == "认知"),
        "{perception:?}"
    );
    for lang in Lang::ALL {
        let found = problems(lang.code());
        assert!(
            found.is_empty(),
            "the glossary is broken in {} place(s):\n{}",
            found.len(),
            found.join("\n")
        );
    }
}

#[test]
fn an_avoided_word_is_found_outside_its_allowed_passages_only() {
    let zh = glossary("zh");
    assert_eq!(
        breaches(&zh, "金字塔的基础体验"),
        ["'基础体验' (say '初级体验', -tier-basic)"]
    );
    assert_eq!(
        breaches(&zh, "员工与客户的认知差距"),
        ["'认知' (say '感知', -perception)"]
    );
    // The seed's name given as the alias is allowed; the same word elsewhere in the text is not.
    assert!(breaches(&zh, "识别体验（金字塔模型原称“认知体验”）").is_empty());
    assert_eq!(
        breaches(&zh, "识别体验（原称“认知体验”），即认知体验").len(),
        2,
        "recognition and perception both"
    );
}
