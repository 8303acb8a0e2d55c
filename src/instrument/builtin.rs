//! The built-in instruments, embedded in the binary. Every published version stays here so that a
//! results file still reports years later: a results file names its instrument by id and version.
//! When an instrument changes, copy the old file to `questionnaires/archive/<id>.v<N>.yaml`, add
//! it below, and raise `version:` in the current file.

use crate::error::Result;

use super::{Instrument, Origin};

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
    pub fn instrument(&self) -> Result<Instrument> {
        Instrument::parse(self.source, Origin::Builtin)
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
