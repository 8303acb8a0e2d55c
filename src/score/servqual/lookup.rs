//! Finding a respondent's item answers without a map lookup per item: the items in id order
//! and the answers map (also in id order) are walked side by side, and a part of a pair is
//! found by comparing its few bytes in place.

use super::{A, Accumulator, CHANNELS, E, G, Item, ItemParts, MSA, P, ServqualVariant};
use crate::response::{Answer, PartValue, Response};

impl Accumulator {
    /// The channel values of one item for one respondent, when the item is valid, and the
    /// expectation (zone: desired service) given.
    pub(super) fn item_values(&self, p: &ItemParts) -> (Option<[f64; CHANNELS]>, Option<f64>) {
        let mut v = [f64::NAN; CHANNELS];
        match self.variant {
            ServqualVariant::Servqual => {
                let valid = match (p.expected, p.perceived) {
                    (Some(e), Some(pp)) => {
                        v[E] = e;
                        v[P] = pp;
                        v[G] = pp - e;
                        Some(v)
                    }
                    _ => None,
                };
                (valid, p.expected)
            }
            ServqualVariant::Servperf => {
                let valid = p.perceived.map(|pp| {
                    v[P] = pp;
                    v
                });
                (valid, p.expected)
            }
            ServqualVariant::Zone => {
                let valid = match (p.adequate, p.desired, p.perceived) {
                    (Some(a), Some(d), Some(pp)) => {
                        v[E] = d;
                        v[P] = pp;
                        v[G] = pp - d;
                        v[A] = a;
                        v[MSA] = pp - a;
                        Some(v)
                    }
                    _ => None,
                };
                (valid, p.desired)
            }
        }
    }

    /// The channels this variant fills.
    pub(super) fn channels(&self) -> &'static [usize] {
        match self.variant {
            ServqualVariant::Servqual => &[E, P, G],
            ServqualVariant::Servperf => &[P],
            ServqualVariant::Zone => &[E, P, G, A, MSA],
        }
    }
}

/// Items whose answers are found in one walk (on the stack); more are looked up one by one.
pub(super) const WALKED_ITEMS: usize = 64;

/// The indices of `items` in id order.
pub(super) fn by_id(items: &[Item]) -> Vec<usize> {
    let mut by_id: Vec<usize> = (0..items.len()).collect();
    by_id.sort_by(|&a, &b| items[a].id.cmp(&items[b].id));
    by_id
}

/// Fills `found[i]` with item `i`'s answer; false (nothing filled) when there are more items
/// than [`WALKED_ITEMS`]. `by_id` lists the indices of `items` in id order.
pub(super) fn walk<'r>(
    by_id: &[usize],
    items: &[Item],
    response: &'r Response,
    found: &mut [Option<&'r Answer>; WALKED_ITEMS],
) -> bool {
    if items.len() > WALKED_ITEMS {
        return false;
    }
    let mut answers = response.answers.iter().peekable();
    for &i in by_id {
        let id = items[i].id.as_str();
        // Usually the next answer is this item's: one comparison.
        let hit = answers.next_if(|(k, _)| k.as_str() == id).or_else(|| {
            while answers.next_if(|(k, _)| k.as_str() < id).is_some() {}
            answers.next_if(|(k, _)| k.as_str() == id)
        });
        found[i] = hit.map(|(_, a)| a);
    }
    true
}

/// The part `name` of a compound answer, compared byte by byte (part names are a few bytes:
/// cheaper than a call to compare them).
pub(super) fn part_of(answer: &Answer, name: &str) -> Option<PartValue> {
    let Answer::Parts(parts) = answer else {
        return None;
    };
    parts
        .iter()
        .find(|(k, _)| k.len() == name.len() && k.bytes().zip(name.bytes()).all(|(a, b)| a == b))
        .map(|(_, v)| *v)
}
