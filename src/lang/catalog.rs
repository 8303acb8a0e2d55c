//! The message catalogs: every word cxassess says of its own, one Fluent file set per language
//! under `locales/<code>/`, embedded at build time. A message is looked up by key with
//! [`tr!`](crate::tr); a key missing in one language falls back to English, and a test checks
//! that no key is missing in any language and that no catalog holds a key nobody uses.
//! Numbers go in as already-formatted text, except counts that choose a plural form.
//!
//! Fluent terms (`-tier-basic = …`) are the glossary: one name per concept per language, which
//! messages reference (`{ -tier-basic }`) instead of repeating the word.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

include!(concat!(env!("OUT_DIR"), "/catalog_files.rs"));

/// Arguments of a message: `$name` in the catalog.
pub type Args<'a> = FluentArgs<'a>;

/// One language's messages.
pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.bundle.locales)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// Parses every catalog file of `code`. A file that does not parse, or a key defined twice,
    /// is a bug of the build (the catalog test names it), so parsing is lenient here: what
    /// parsed is kept.
    fn load(code: &str) -> Catalog {
        let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Bidi isolation marks would end up in terminals and files as invisible characters.
        bundle.set_use_isolating(false);
        for (_, _, text) in CATALOG_FILES.iter().filter(|(c, _, _)| *c == code) {
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Catalog { bundle }
    }

    /// Whether the catalog has a message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The message `key` with `args`, or `None` when the catalog lacks it.
    pub fn format(&self, key: &str, args: Option<&Args<'_>>) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(errors.is_empty(), "message {key}: {errors:?}");
        Some(text.into_owned())
    }
}

/// The catalog of `lang`, parsed on first use.
pub fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: [OnceLock<Catalog>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    CATALOGS[lang.index()].get_or_init(|| Catalog::load(lang.code()))
}

/// The message `key` in `lang` (English when `lang`'s catalog lacks it; the key itself when no
/// catalog has it, so a missing word shows rather than vanishes).
pub fn message(lang: Lang, key: &str, args: Option<&Args<'_>>) -> String {
    catalog(lang)
        .format(key, args)
        .or_else(|| catalog(Lang::En).format(key, args))
        .unwrap_or_else(|| key.to_string())
}

/// A value for [`Args`]: text as it is, or a count (which selects plural forms).
pub fn value<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// A message from the catalogs: `tr!(lang, "key")` or `tr!(lang, "key", n = 3, name = "x")`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr $(,)?) => {
        $crate::lang::catalog::message($lang, $key, None)
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::lang::catalog::Args::new();
        $( args.set(stringify!($name), $crate::lang::catalog::value($value)); )+
        $crate::lang::catalog::message($lang, $key, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
