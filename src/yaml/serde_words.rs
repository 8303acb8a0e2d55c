//! The YAML reader's (serde's) messages users meet most, said in the language of messages:
//! a missing, unknown or repeated field. Any other message of the reader is shown as it is.

use crate::lang::messages;
use crate::tr;

/// `msg` (serde's message, with the path serde puts in front of a nested one) in the language of
/// messages when it is one of the known kinds; as it is otherwise.
pub(super) fn said(msg: &str) -> String {
    let (path, rest) = match msg.split_once(": ") {
        Some((head, rest)) if !head.is_empty() && !head.contains(' ') => (Some(head), rest),
        _ => (None, msg),
    };
    let Some(what) = known(rest) else {
        return msg.to_string();
    };
    match path {
        Some(path) => tr!(messages(), "err-yaml-at-path", path = path, what = what),
        None => what,
    }
}

/// The name between backticks that is all of `s` (`` `name` ``).
fn ticked(s: &str) -> Option<&str> {
    s.strip_prefix('`')?
        .strip_suffix('`')
        .filter(|name| !name.contains('`'))
}

fn known(msg: &str) -> Option<String> {
    if let Some(field) = msg.strip_prefix("missing field ") {
        let field = ticked(field)?;
        return Some(tr!(messages(), "err-yaml-missing-field", field = field));
    }
    if let Some(field) = msg.strip_prefix("duplicate field ") {
        let field = ticked(field)?;
        return Some(tr!(messages(), "err-yaml-duplicate-field", field = field));
    }
    let rest = msg.strip_prefix("unknown field `")?;
    let (field, expected) = rest.split_once("`, ")?;
    if field.contains('`') {
        return None;
    }
    if expected == "there are no fields" {
        return Some(tr!(
            messages(),
            "err-yaml-unknown-field-none",
            field = field
        ));
    }
    if let Some(list) = expected.strip_prefix("expected one of ") {
        let names: Vec<&str> = list.split(", ").collect();
        if names.iter().any(|n| ticked(n).is_none()) {
            return None;
        }
        return Some(tr!(
            messages(),
            "err-yaml-unknown-field-one-of",
            field = field,
            fields = crate::error::list(&names)
        ));
    }
    let expected = expected.strip_prefix("expected ")?;
    if let Some((a, b)) = expected.split_once(" or ") {
        return Some(tr!(
            messages(),
            "err-yaml-unknown-field-either",
            field = field,
            first = ticked(a)?,
            second = ticked(b)?
        ));
    }
    Some(tr!(
        messages(),
        "err-yaml-unknown-field-only",
        field = field,
        expected = ticked(expected)?
    ))
}

#[cfg(test)]
mod tests {
    use super::said;

    #[test]
    fn the_readers_usual_messages_read_as_they_did_in_english() {
        for msg in [
            "missing field `zh`",
            "sections[0].questions[1].text: missing field `zh`",
            "unknown field `txet`, expected one of `id`, `type`, `text`",
            "unknown field `b`, expected `a`",
            "unknown field `c`, expected `a` or `b`",
            "unknown field `x`, there are no fields",
            "duplicate field `id`",
            "invalid type: string \"x\", expected u32",
            "did not find expected key",
        ] {
            assert_eq!(said(msg), msg);
        }
    }
}
