//! The built-in instruments, embedded in the binary. Every published version stays here so that a
//! results file still reports years later: a results file names its instrument by id and version.
//! When an instrument changes, copy the old file to `questionnaires/archive/<id>.v<N>.yaml`, add
//! it below, and raise `version:` in the current file.

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
