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
            let mut rest = text.as_str();
            while let Some(start) = rest.find('"') {
                let after = &rest[start + 1..];
                let end = after.find('"').unwrap_or(after.len());
                out.insert(after[..end].to_string());
                rest = &after[(end + 1).min(after.len())..];
            }
        }
    }
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
