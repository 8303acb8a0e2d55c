//! A response's `evidence:` and `confidence:` blocks, every problem at its line and column:
//! a question the instrument does not have, an entry without `ref` or `kind`, an empty or
//! overlong reference, a kind or level word that is not one.

use super::Responses;
use crate::instrument::Instrument;
use crate::lang::messages;
use crate::response::evidence::{MAX_EVIDENCE_PER_ANSWER, MAX_REF_CHARS};
use crate::response::read::answer::scalar_string;
use crate::response::read::node::Node;
use crate::response::{Confidence, Evidence, EvidenceKind, Response};
use crate::tr;
use crate::yaml::{QUOTE_CHARS, clip};

fn example() -> String {
    tr!(messages(), "err-evidence-example")
}

impl Responses<'_> {
    /// The mapping under `key` (`evidence` or `confidence`) with its entries whose keys are
    /// questions of `instrument`; problems for the rest.
    fn by_question<'n>(
        &mut self,
        m: &'n Node,
        key: &str,
        instrument: &Instrument,
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
                            tr!(
                                messages(),
                                "err-evidence-not-question",
                                key = key,
                                id = clip(&id, QUOTE_CHARS),
                                instrument = instrument.id.as_str(),
                                version = instrument.version.to_string()
                            ),
                            tr!(messages(), "err-evidence-not-question-fix", key = key),
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
                tr!(messages(), "err-evidence-block-mapping", key = key),
                if key == "evidence" {
                    example()
                } else {
                    tr!(messages(), "err-confidence-example")
                },
            ),
        }
        out
    }

    /// The `evidence:` block of response `m`.
    pub(super) fn evidence(&mut self, m: &Node, instrument: &Instrument, resp: &mut Response) {
        for (id, val) in self.by_question(m, "evidence", instrument) {
            let Node::Seq { items, .. } = val else {
                self.at(
                    val.pos(),
                    tr!(messages(), "err-evidence-list", id = id.as_str()),
                    example(),
                );
                continue;
            };
            if items.len() > MAX_EVIDENCE_PER_ANSWER {
                self.at(
                    val.pos(),
                    tr!(
                        messages(),
                        "err-evidence-too-many",
                        id = id.as_str(),
                        n = items.len(),
                        max = MAX_EVIDENCE_PER_ANSWER
                    ),
                    tr!(messages(), "err-evidence-too-many-fix"),
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
                tr!(messages(), "err-evidence-entry-mapping", id = id),
                example(),
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
                    tr!(
                        messages(),
                        "err-evidence-unknown-field",
                        field = clip(&key, QUOTE_CHARS),
                        id = id
                    ),
                    tr!(messages(), "err-evidence-unknown-field-fix"),
                );
                ok = false;
            }
        }
        let reference = match item.get("ref") {
            None => {
                self.at(
                    item.pos(),
                    tr!(messages(), "err-evidence-no-ref", id = id),
                    tr!(messages(), "err-evidence-no-ref-fix"),
                );
                None
            }
            Some(r) => match scalar_string(&r.value()).map(|s| s.trim().to_string()) {
                Some(s) if s.is_empty() => {
                    self.at(
                        r.pos(),
                        tr!(messages(), "err-evidence-empty-ref", id = id),
                        tr!(messages(), "err-evidence-empty-ref-fix"),
                    );
                    None
                }
                Some(s) if s.chars().count() > MAX_REF_CHARS => {
                    self.at(
                        r.pos(),
                        tr!(
                            messages(),
                            "err-evidence-long-ref",
                            reference = clip(&s, QUOTE_CHARS),
                            id = id,
                            n = s.chars().count(),
                            max = MAX_REF_CHARS
                        ),
                        tr!(messages(), "err-evidence-long-ref-fix"),
                    );
                    None
                }
                Some(s) => Some(s),
                None => {
                    self.at(
                        r.pos(),
                        tr!(messages(), "err-evidence-ref-not-text", id = id),
                        tr!(messages(), "err-evidence-ref-not-text-fix"),
                    );
                    None
                }
            },
        };
        let kind = match item.get("kind") {
            None => {
                self.at(
                    item.pos(),
                    tr!(messages(), "err-evidence-no-kind", id = id),
                    tr!(messages(), "err-evidence-no-kind-fix"),
                );
                None
            }
            Some(k) => {
                let word = scalar_string(&k.value());
                let kind = word.as_deref().and_then(EvidenceKind::parse);
                if kind.is_none() {
                    self.at(
                        k.pos(),
                        tr!(
                            messages(),
                            "err-evidence-kind",
                            kind = clip(word.as_deref().unwrap_or("?"), QUOTE_CHARS),
                            id = id
                        ),
                        tr!(messages(), "err-evidence-kind-fix"),
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
        for (id, val) in self.by_question(m, "confidence", instrument) {
            let word = scalar_string(&val.value());
            match word.as_deref().and_then(Confidence::parse) {
                Some(level) => {
                    resp.confidence.insert(id, level);
                }
                None => self.at(
                    val.pos(),
                    tr!(
                        messages(),
                        "err-confidence-level",
                        id = id.as_str(),
                        level = clip(word.as_deref().unwrap_or("?"), QUOTE_CHARS)
                    ),
                    tr!(messages(), "err-confidence-level-fix"),
                ),
            }
        }
    }
}
