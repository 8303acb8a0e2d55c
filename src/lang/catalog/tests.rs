//! The catalogs are complete and lean: every file parses, no key is defined twice, every key
//! exists in every language with the same arguments, and every key is used by the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::CATALOG_FILES;
use crate::lang::Lang;

/// Message keys (not terms) of one language, with the variables each uses.
fn keys(code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (c, file, text) in CATALOG_FILES.iter().filter(|(c, _, _)| *c == code) {
        let resource = FluentResource::try_new((*text).to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{c}/{file} does not parse: {errors:?}"));
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                let previous = out.insert(m.id.name.to_string(), vars);
                assert!(
                    previous.is_none(),
                    "locales/{c}/{file}: '{}' is defined twice",
                    m.id.name
                );
            }
        }
    }
    out
}

fn variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_key_exists_in_every_language_with_the_same_arguments() {
    let english = keys("en");
    assert!(!english.is_empty(), "the English catalog is empty");
    for lang in Lang::ALL {
        let other = keys(lang.code());
        for (key, vars) in &english {
            let theirs = other
                .get(key)
                .unwrap_or_else(|| panic!("'{key}' is missing in locales/{}/", lang.code()));
            assert_eq!(
                theirs,
                vars,
                "'{key}' takes different arguments in locales/{}/",
                lang.code()
            );
        }
        for key in other.keys() {
            assert!(
                english.contains_key(key),
                "'{key}' in locales/{}/ is missing in locales/en/",
                lang.code()
            );
        }
    }
}

/// Every string literal in the Rust sources under `dir`.
fn literals(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            literals(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file is readable");
            string_literals(&text, out);
        }
    }
}

/// The string literals of Rust source `text`: comments, character literals (`'"'`), escapes
/// and raw strings are read as Rust reads them, so a quote in a comment or a char literal does
/// not throw the pairing off.
fn string_literals(text: &str, out: &mut BTreeSet<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                // A char literal ('x', '\'', '\u{..}') or a lifetime ('a).
                if chars.get(i + 1) == Some(&'\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if matches!(chars.get(i + 1), Some('"' | '#'))
                && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')) =>
            {
                let mut hashes = 0;
                let mut k = i + 1;
                while chars.get(k) == Some(&'#') {
                    hashes += 1;
                    k += 1;
                }
                if chars.get(k) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start = k + 1;
                let mut end = start;
                while end < chars.len() {
                    if chars[end] == '"'
                        && (0..hashes).all(|h| chars.get(end + 1 + h) == Some(&'#'))
                    {
                        break;
                    }
                    end += 1;
                }
                out.insert(chars[start..end.min(chars.len())].iter().collect());
                i = end + 1 + hashes;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if let Some(c) = chars.get(i) {
                        s.push(*c);
                    }
                    i += 1;
                }
                out.insert(s);
                i += 1;
            }
            _ => i += 1,
        }
    }
}

#[test]
fn the_literal_reader_reads_rust_as_rust_does() {
    let mut found = BTreeSet::new();
    string_literals(
        "let q = '\"'; // a \"comment\n/* \"x\" */ f(\"a-b\", r#\"raw \"q\"\"#, 'x', '\\'', \"e\\\"c\");",
        &mut found,
    );
    let want: BTreeSet<String> = ["a-b", "raw \"q\"", "e\"c"]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
    assert_eq!(found, want);
}

#[test]
fn every_key_is_used_by_the_code() {
    let mut found = BTreeSet::new();
    literals(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    // A family of keys completed at run time: `format!("role-{role}")` uses every `role-…` key.
    let families: Vec<String> = found
        .iter()
        .filter_map(|l| l.split_once('{').map(|(prefix, _)| prefix.to_string()))
        .filter(|p| p.ends_with('-') && p.len() > 1)
        .collect();
    let unused: Vec<String> = keys("en")
        .into_keys()
        .filter(|k| !found.contains(k) && !families.iter().any(|f| k.starts_with(f.as_str())))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

#[test]
fn a_missing_key_shows_itself_and_arguments_fill_in() {
    assert_eq!(super::message(Lang::En, "no-such-key", None), "no-such-key");
    for lang in Lang::ALL {
        let text = crate::tr!(lang, "report-respondents", n = 2);
        assert!(text.contains('2'), "{text}");
        assert!(
            !text.contains('\u{2068}'),
            "no bidi isolation marks: {text:?}"
        );
    }
}

/// The keys written as literals in `tr!(lang, "key", …)` calls of Rust source `text`.
fn tr_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for (at, _) in text.match_indices("tr!(") {
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..at].trim_start().starts_with("//") {
            continue;
        }
        let rest = &text[at + 4..];
        // The first argument ends at the first comma outside brackets.
        let mut depth = 0usize;
        let mut comma = None;
        for (i, c) in rest.char_indices() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    comma = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let Some(comma) = comma else { continue };
        let key = rest[comma + 1..].trim_start();
        if let Some(literal) = key.strip_prefix('"') {
            if let Some(end) = literal.find('"') {
                keys.push(literal[..end].to_string());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_asks_for_exists() {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("a source folder is readable") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if name != "tests" {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") && !name.contains("tests") {
                let text = std::fs::read_to_string(&path).expect("a source file is readable");
                for key in tr_keys(&text) {
                    out.push((path.display().to_string(), key));
                }
            }
        }
    }
    let mut asked = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut asked,
    );
    assert!(asked.len() > 500, "the scan found {} keys", asked.len());
    let known = keys("en");
    let missing: Vec<String> = asked
        .iter()
        .filter(|(_, key)| !known.contains_key(key))
        .map(|(file, key)| format!("{file}: {key}"))
        .collect();
    assert!(missing.is_empty(), "keys no catalog has: {missing:#?}");
    assert_eq!(
        tr_keys("tr!(lang, \"a-b\") tr!(f(x, y), \"c\", n = 1) tr!(lang, &key)\n/// tr!(l, \"d\")"),
        ["a-b", "c"]
    );
}
