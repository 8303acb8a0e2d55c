//! The built-in instruments, embedded in the binary. Every published version stays here so that a
//! results file still reports years later: a results file names its instrument by id and version.
//! When what an answer means changes (a question added, removed, reworded in substance, a scale
//! changed), copy the old file to `questionnaires/archive/<id>.v<N>.yaml`, add it below, and raise
//! `version:` in the current file. When only words around the answers change — help texts,
//! improvement actions, level names, a typo — the version stays and the old text's digest goes
//! into [`EARLIER_TEXTS`], so results answered against it still read.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::error::Result;
use crate::lang::Lang;

use super::{Instrument, Origin};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/builtin_summary.rs"));
}

/// What `list` shows of a built-in, worked out at build time (`build.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Instrument id.
    pub id: &'static str,
    /// Version.
    pub version: u32,
    /// Title in English and Chinese.
    pub title: (&'static str, &'static str),
    /// Number of questions.
    pub questions: usize,
}

impl Summary {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &'static str {
        lang.pick(self.title.0, self.title.1)
    }
}

/// One embedded instrument version.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Instrument id.
    pub id: &'static str,
    /// Version.
    pub version: u32,
    /// The YAML text.
    pub source: &'static str,
}

impl Builtin {
    /// Parses this built-in. Built-ins are validated by the test suite, so an error here means a
    /// broken build, reported like any invalid file.
    ///
    /// Each built-in is parsed once per process and cloned after that (listing sessions reads
    /// the instrument of every session).
    pub fn instrument(&self) -> Result<Instrument> {
        static PARSED: OnceLock<Mutex<HashMap<(&'static str, u32), Instrument>>> = OnceLock::new();
        let cache = PARSED.get_or_init(Mutex::default);
        if let Some(inst) = cache
            .lock()
            .ok()
            .and_then(|c| c.get(&(self.id, self.version)).cloned())
        {
            return Ok(inst);
        }
        let inst = Instrument::parse(self.source, Origin::Builtin)?;
        if let Ok(mut c) = cache.lock() {
            c.insert((self.id, self.version), inst.clone());
        }
        Ok(inst)
    }

    /// Id, version, titles and question count, without parsing the YAML.
    pub fn summary(&self) -> Option<Summary> {
        generated::SUMMARIES
            .iter()
            .find(|(id, version, ..)| *id == self.id && *version == self.version)
            .map(|&(id, version, en, zh, questions)| Summary {
                id,
                version,
                title: (en, zh),
                questions,
            })
    }
}

/// Every embedded instrument version, current versions in SPEC.md's order.
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        id: "pyramid",
        version: 1,
        source: include_str!("../../questionnaires/pyramid.yaml"),
    },
    Builtin {
        id: "maturity",
        version: 1,
        source: include_str!("../../questionnaires/maturity.yaml"),
    },
    Builtin {
        id: "kano",
        version: 1,
        source: include_str!("../../questionnaires/kano.yaml"),
    },
    Builtin {
        id: "servqual",
        version: 1,
        source: include_str!("../../questionnaires/servqual.yaml"),
    },
    Builtin {
        id: "gaps",
        version: 1,
        source: include_str!("../../questionnaires/gaps.yaml"),
    },
    Builtin {
        id: "pulse",
        version: 1,
        source: include_str!("../../questionnaires/pulse.yaml"),
    },
];

/// Digests of earlier texts of a built-in version whose answers mean what the current text's do:
/// (id, version, SHA-256 of the earlier YAML). Results files naming one of them read against the
/// current text.
pub const EARLIER_TEXTS: &[(&str, u32, &str)] = &[
    // Before improvement actions were added to the statements, and the tiers named one way.
    (
        "pyramid",
        1,
        "f3ab2e2fb0d89a480bddbe02ccdb6edb1363b141fc001a3b59bf1dc729d55780",
    ),
    // Before the rubric's level names moved into the questionnaire.
    (
        "maturity",
        1,
        "710621388fc1718afb05dee231cb6fc6150e3358d979a7e5a2d39f1db1fc1e41",
    ),
    // Before improvement actions were added to the driver statements.
    (
        "gaps",
        1,
        "a6c62696bbdecf2d9418d2925c824475d7592be147634eb03574d1041b7699e7",
    ),
    // Before the perception of feasibility was named with the glossary's word for perception
    // (感知, not 认知).
    (
        "gaps",
        1,
        "18eaa32da9112f24c0e6b410db864ec91325e48dad8ddb77e06631da3464fa49",
    ),
    // Before its one section stopped naming customers as its only audience: customers and team
    // members alike answer the pulse.
    (
        "pulse",
        1,
        "3f4f82d4aacb02194272b8437fd7a9ed00a7f26450556b045ac6934de063708d",
    ),
    // Before the Chinese title took full-width parentheses.
    (
        "kano",
        1,
        "8ae1e42d6631f6bafccf2a9e3e0e601a4afe6adb80c0c067b9b78f9d5c1be940",
    ),
    // Before the instrument named who answers it (`audience:`).
    (
        "servqual",
        1,
        "97ccdd68b24cfbb3b0d94f3e816e924ccb33165ce45a2e5115ad2849ff82438c",
    ),
];

/// Whether results answered against built-in `id` version `version` with text digest `digest`
/// read against the current text of that version.
pub fn accepts(id: &str, version: u32, digest: &str) -> bool {
    find(id, version).is_some_and(|b| {
        Instrument::digest_of(b.source) == digest
            || EARLIER_TEXTS
                .iter()
                .any(|(i, v, d)| *i == id && *v == version && *d == digest)
    })
}

/// The built-in ids, each once, in order.
pub fn ids() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for b in BUILTINS {
        if !out.contains(&b.id) {
            out.push(b.id);
        }
    }
    out
}

/// The newest version of built-in `id`.
pub fn latest(id: &str) -> Option<&'static Builtin> {
    BUILTINS
        .iter()
        .filter(|b| b.id == id)
        .max_by_key(|b| b.version)
}

/// Built-in `id` at `version`.
pub fn find(id: &str, version: u32) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.id == id && b.version == version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_time_summary_matches_every_parsed_builtin() {
        for b in BUILTINS {
            let inst = Instrument::parse(b.source, Origin::Builtin).expect("built-in parses");
            let summary = b
                .summary()
                .expect("build.rs summarised every questionnaire");
            assert_eq!(
                (summary.id, summary.version, summary.questions),
                (b.id, b.version, inst.questions.len()),
            );
            assert_eq!(summary.title(Lang::En), inst.title.get(Lang::En));
            assert_eq!(summary.title(Lang::Zh), inst.title.get(Lang::Zh));
        }
    }

    #[test]
    fn earlier_texts_of_a_version_are_accepted_and_others_are_not() {
        for (id, version, digest) in EARLIER_TEXTS {
            assert!(accepts(id, *version, digest), "{id} v{version}");
            assert!(
                !accepts(id, version + 1, digest),
                "{id}: only its own version"
            );
        }
        let current = latest("pulse").expect("pulse");
        assert!(accepts("pulse", 1, &Instrument::digest_of(current.source)));
        assert!(!accepts("pulse", 1, &"0".repeat(64)));
        assert!(!accepts("nonesuch", 1, &"0".repeat(64)));
    }

    #[test]
    fn a_cached_builtin_is_the_same_instrument() {
        // Every built-in, asked for twice (the second from the cache), is exactly what a fresh
        // parse of its YAML gives — and each id gets its own instrument, not another's.
        for b in BUILTINS {
            let fresh = Instrument::parse(b.source, Origin::Builtin).expect("built-in parses");
            assert_eq!(b.instrument().unwrap(), fresh, "{}", b.id);
            assert_eq!(b.instrument().unwrap(), fresh, "{} from the cache", b.id);
            assert_eq!(fresh.id, b.id);
        }
    }
}
