//! A response's `evidence:` and `confidence:` blocks, every problem at its line and column:
//! a question the instrument does not have, an entry without `ref` or `kind`, an empty or
//! overlong reference, a kind or level word that is not one.

use super::Responses;
use crate::instrument::Instrument;
use crate::response::evidence::{MAX_EVIDENCE_PER_ANSWER, MAX_REF_CHARS};
use crate::response::read::answer::scalar_string;
use crate::response::read::node::Node;
use crate::response::{Confidence, Evidence, EvidenceKind, Response};
use crate::yaml::{QUOTE_CHARS, clip};

const EXAMPLE: &str = "e.g. strategy.1: [{ref: \"docs/cx-strategy.pdf\", kind: supports}]";

impl Responses<'_> {
    /// The mapping under `key` with its entries whose keys are questions of `instrument`;
    /// problems for the rest.
    fn by_question<'n>(
        &mut self,
        m: &'n Node,
        key: &str,
        instrument: &Instrument,
        shape: &str,
    ) -> Vec<(String, &'n Node)> {
        let mut out = Vec::new();
        match m.get(key) {
            None => {}
            Some(n) if n.is_null() => {}
            Some(block @ Node::Map { entries, .. }) => {
                self.repeated(block);
                for (k, val) in entries {
                    let Some(id) = k.key_text() else { continue };
                    if instrument.question(&id).is_none() {
                        self.at(
                            k.pos(),
                            format!(
                                "{key} on '{}', which is not a question of {} version {}",
                                clip(&id, QUOTE_CHARS),
                                instrument.id,
                                instrument.version
                            ),
                            format!(
                                "correct the id or remove the {key}; `cxassess template` lists the ids"
                            ),
                        );
                        continue;
                    }
                    if !val.is_null() {
                        out.push((id, val));
                    }
                }
            }
            Some(n) => self.at(
                n.pos(),
                format!("`{key}` must be a mapping of question id to {shape}"),
                if key == "evidence" {
                    EXAMPLE.to_string()
                } else {
                    "e.g. confidence: {strategy.1: low}".to_string()
                },
            ),
        }
        out
    }

    /// The `evidence:` block of response `m`.
    pub(super) fn evidence(&mut self, m: &Node, instrument: &Instrument, resp: &mut Response) {
        for (id, val) in self.by_question(m, "evidence", instrument, "a list of {ref, kind}") {
            let Node::Seq { items, .. } = val else {
                self.at(
                    val.pos(),
                    format!("the evidence on '{id}' must be a list of {{ref, kind}} entries"),
                    EXAMPLE,
                );
                continue;
            };
            if items.len() > MAX_EVIDENCE_PER_ANSWER {
                self.at(
                    val.pos(),
                    format!(
                        "'{id}' has {} pieces of evidence; an answer has at most {MAX_EVIDENCE_PER_ANSWER}",
                        items.len()
                    ),
                    "keep the strongest, or point to a folder that holds the rest",
                );
                continue;
            }
            let mut list = Vec::with_capacity(items.len());
            for item in items {
                if let Some(e) = self.evidence_entry(&id, item) {
                    list.push(e);
                }
            }
            if !list.is_empty() {
                resp.evidence.insert(id, list);
            }
        }
    }

    fn evidence_entry(&mut self, id: &str, item: &Node) -> Option<Evidence> {
        let Node::Map { entries, .. } = item else {
            self.at(
                item.pos(),
                format!("an entry of the evidence on '{id}' is not a {{ref, kind}} mapping"),
                EXAMPLE,
            );
            return None;
        };
        self.repeated(item);
        let mut ok = true;
        for (k, _) in entries {
            let key = k.key_text().unwrap_or_default();
            if key != "ref" && key != "kind" {
                self.at(
                    k.pos(),
                    format!(
                        "unknown field '{}' in the evidence on '{id}'",
                        clip(&key, QUOTE_CHARS)
                    ),
                    "an entry has `ref:` (a path, a URL or quoted words) and `kind:` (supports or contradicts)",
                );
                ok = false;
            }
        }
        let reference = match item.get("ref") {
            None => {
                self.at(
                    item.pos(),
                    format!("an entry of the evidence on '{id}' has no `ref`"),
                    "add ref: with a path, a URL or the words quoted",
                );
                None
            }
            Some(r) => match scalar_string(&r.value()).map(|s| s.trim().to_string()) {
                Some(s) if s.is_empty() => {
                    self.at(
                        r.pos(),
                        format!("an entry of the evidence on '{id}' has an empty `ref`"),
                        "give a path, a URL or the words quoted, or remove the entry",
                    );
                    None
                }
                Some(s) if s.chars().count() > MAX_REF_CHARS => {
                    self.at(
                        r.pos(),
                        format!(
                            "the ref '{}' on '{id}' is {} characters long; a ref is at most {MAX_REF_CHARS}",
                            clip(&s, QUOTE_CHARS),
                            s.chars().count()
                        ),
                        "point to the document instead of copying it, or move the words to notes",
                    );
                    None
                }
                Some(s) => Some(s),
                None => {
                    self.at(
                        r.pos(),
                        format!("the `ref` of an entry of the evidence on '{id}' is not text"),
                        "write the reference on one line, quoted",
                    );
                    None
                }
            },
        };
        let kind = match item.get("kind") {
            None => {
                self.at(
                    item.pos(),
                    format!("an entry of the evidence on '{id}' has no `kind`"),
                    "add kind: supports or kind: contradicts",
                );
                None
            }
            Some(k) => {
                let word = scalar_string(&k.value());
                let kind = word.as_deref().and_then(EvidenceKind::parse);
                if kind.is_none() {
                    self.at(
                        k.pos(),
                        format!(
                            "'{}' is not an evidence kind (evidence on '{id}')",
                            clip(word.as_deref().unwrap_or("?"), QUOTE_CHARS)
                        ),
                        "write kind: supports or kind: contradicts",
                    );
                }
                kind
            }
        };
        if !ok {
            return None;
        }
        Some(Evidence {
            reference: reference?,
            kind: kind?,
        })
    }

    /// The `confidence:` block of response `m`.
    pub(super) fn confidence(&mut self, m: &Node, instrument: &Instrument, resp: &mut Response) {
        for (id, val) in self.by_question(m, "confidence", instrument, "low, medium or high") {
            let word = scalar_string(&val.value());
            match word.as_deref().and_then(Confidence::parse) {
                Some(level) => {
                    resp.confidence.insert(id, level);
                }
                None => self.at(
                    val.pos(),
                    format!(
                        "the confidence of '{id}' is '{}', which is not a level",
                        clip(word.as_deref().unwrap_or("?"), QUOTE_CHARS)
                    ),
                    "write low, medium or high",
                ),
            }
        }
    }
}
