//! Languages, bilingual texts and the message catalogs ([`catalog`]). Every text a respondent or a
//! reader sees exists in English and Chinese: questionnaire texts come as [`Text`], the program's
//! own words from the catalogs. It knows nothing of files or terminals.

pub mod catalog;

use serde::{Deserialize, Serialize};

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Every language, in the order of [`Lang::index`]. A new language is a variant here, its
    /// code in [`Lang::code`] and a folder of catalog files under `locales/`.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The position of this language in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; a value
    /// starting with `zh` gives Chinese, anything else English.
    pub fn from_env() -> Self {
        Self::from_locale_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any variable source, so it can be tested without touching the
    /// process environment.
    pub fn from_locale_vars(get: impl Fn(&str) -> Option<String>) -> Self {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = get(name).filter(|v| !v.is_empty()) {
                return if value.to_ascii_lowercase().starts_with("zh") {
                    Lang::Zh
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }

    /// The code used on the command line and in files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// Picks the string for this language from an English/Chinese pair.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// The language of cxassess's own messages (errors, warnings) for this process: set once by
/// the command line from `--lang` or the environment, English until then. Errors are made deep
/// in the library, far from any `--lang`; one process speaks one language.
static MESSAGES: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets the language of messages ([`messages`]).
pub fn set_messages(lang: Lang) {
    MESSAGES.store(lang.index() as u8, std::sync::atomic::Ordering::Relaxed);
}

/// The language of messages: what [`set_messages`] set, English before.
pub fn messages() -> Lang {
    let i = usize::from(MESSAGES.load(std::sync::atomic::Ordering::Relaxed));
    Lang::ALL.get(i).copied().unwrap_or_default()
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Ok(Lang::En),
            "zh" | "cn" | "chinese" | "zh-cn" | "zh_cn" => Ok(Lang::Zh),
            other => Err(crate::tr!(messages(), "err-cli-unknown-lang", lang = other)),
        }
    }
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English.
    pub en: String,
    /// Simplified Chinese.
    pub zh: String,
}

impl Text {
    /// A text with both languages given.
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.zh)
    }
}

#[cfg(test)]
mod glossary_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_variables_pick_the_language_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_string())
            }
        };
        assert_eq!(
            Lang::from_locale_vars(env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            Lang::from_locale_vars(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale_vars(env(&[("LC_ALL", ""), ("LC_MESSAGES", "zh_TW")])),
            Lang::Zh
        );
        assert_eq!(Lang::from_locale_vars(env(&[])), Lang::En);
        assert_eq!(Lang::from_locale_vars(env(&[("LANG", "C")])), Lang::En);
    }
}
