//! The messages of errors speak the user's language: every Chinese message of the error catalogs
//! (`locales/zh/errors*.ftl`), formatted with placeholder arguments and once per variant of
//! every selector, holds no English word outside quoted values, code and arguments. (The
//! language of messages is one per process, so the messages as shown are tested end to end, in
//! `tests/cli/error_language.rs`.)

use fluent_syntax::ast;

use crate::lang::Lang;
use crate::lang::catalog::{Args, CATALOG_FILES, message, value};

/// Stands in for every argument, so the check can take arguments out: what they hold comes from
/// files and the command line, never from the catalogs.
const ARG: &str = "\u{E000}";

/// ASCII words a Chinese message may hold as they are: the program's name and the names of
/// formats and methods that have no Chinese name in the glossary.
const KEPT: [&str; 4] = ["cxassess", "YAML", "SERVQUAL", "Excel"];

/// The catalog files of the library's messages (the command line's, the comparison's and the
/// runner's have files of their own).
const FILES: [&str; 6] = [
    "errors.ftl",
    "errors-csv.ftl",
    "errors-engagement.ftl",
    "errors-files.ftl",
    "errors-instrument.ftl",
    "errors-results.ftl",
];

/// The English words (4 letters or more) of `text` outside quoted spans ('…', `…`, "…", “…”)
/// and flags (`--role`), with arguments taken out.
fn english_words(text: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut closing: Option<char> = None;
    let text = text.replace(ARG, " ");
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if closing.is_none() && c == '-' && chars.peek() == Some(&'-') {
            while chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '-')
            {
                chars.next();
            }
            plain.push(' ');
            continue;
        }
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '\'' | '`' | '"' => closing = Some(c),
                '“' => closing = Some('”'),
                _ => plain.push(c),
            },
        }
    }
    plain
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4 && !KEPT.contains(w))
        .map(str::to_string)
        .collect()
}

/// The variables of a message, each with the variant keys it selects (none for a variable only
/// shown).
type Vars = Vec<(String, Vec<String>)>;

/// Each message of a catalog file: its key and its variables.
fn messages_of(text: &str) -> Vec<(String, Vars)> {
    let resource = fluent_syntax::parser::parse(text).expect("the catalog parses");
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.push((m.id.name.to_string(), vars));
        }
    }
    out
}

fn add(vars: &mut Vars, name: &str, variants: Vec<String>) {
    match vars.iter_mut().find(|(n, _)| n == name) {
        Some((_, v)) => v.extend(variants),
        None => vars.push((name.to_string(), variants)),
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut Vars) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut Vars) {
    match e {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_string(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_string(),
                    })
                    .collect();
                add(vars, id.name, keys);
            }
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut Vars) {
    match i {
        ast::InlineExpression::VariableReference { id } => add(vars, id.name, Vec::new()),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// `key` in Chinese with every variable a placeholder, except `chosen`, set to one of its
/// variant keys (taken out of the text too: it is an argument).
fn formatted(key: &str, vars: &Vars, chosen: Option<(&str, &str)>) -> String {
    let mut args = Args::new();
    for (name, _) in vars {
        match chosen {
            Some((n, v)) if n == name => match v.parse::<f64>() {
                Ok(number) => args.set(name.clone(), value(number)),
                Err(_) => args.set(name.clone(), value(v.to_string())),
            },
            _ => args.set(name.clone(), value(ARG)),
        }
    }
    let text = message(Lang::Zh, key, Some(&args));
    match chosen {
        Some((_, v)) => text.replace(v, ARG),
        None => text,
    }
}

#[test]
fn the_checker_finds_english_and_lets_quoted_values_and_arguments_be() {
    assert_eq!(english_words("文件 is empty：请修正"), ["empty"]);
    assert!(english_words("请给出正确的 --role 或 --fail-on-drop 5").is_empty());
    assert!(english_words("未知的题型 'slider'，使用 `type: scale`").is_empty());
    assert!(english_words(&format!("{ARG} 不是整数（“CSV UTF-8”）；cxassess 会列出")).is_empty());
    assert_eq!(
        english_words("give a whole number"),
        ["give", "whole", "number"]
    );
}

#[test]
fn every_chinese_error_message_is_chinese_in_every_variant() {
    let mut checked = 0;
    let mut english = Vec::new();
    for (_, file, text) in CATALOG_FILES
        .iter()
        .filter(|(code, file, _)| *code == "zh" && FILES.contains(file))
    {
        for (key, vars) in messages_of(text) {
            let mut texts = vec![formatted(&key, &vars, None)];
            for (name, variants) in &vars {
                for v in variants {
                    texts.push(formatted(&key, &vars, Some((name, v))));
                }
            }
            for t in texts {
                checked += 1;
                let words = english_words(&t);
                if !words.is_empty() {
                    english.push(format!("{file} {key}: {words:?} in {t:?}"));
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} messages were checked");
    assert!(
        english.is_empty(),
        "English in Chinese messages:\n{}",
        english.join("\n")
    );
}
