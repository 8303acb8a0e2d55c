//! Saving over a file that was read, keeping what people added by hand. The canonical text of the
//! new results is laid over the file as it is: a three-way line merge of the old file's canonical
//! text (the base), the file (its comments, its order of hand-added fields) and the new canonical
//! text. Where only the file differs from the base, its lines stay; where only the new text does,
//! the new lines go in; where both do, the new lines win. Full-line comments are never dropped:
//! they stay before the line they preceded, or before what replaced it. A trailing comment stays
//! on its line while that line's content is unchanged.
//!
//! The merge only arranges lines; it never decides content. The merged text is read back and used
//! only when it means exactly the results being saved — otherwise the canonical text is written,
//! as it is when the old file is unreadable, very large or has Windows line endings.

use std::collections::HashSet;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::Results;
use super::read::read_results_against;
use super::write::to_yaml;
use crate::instrument::Instrument;

/// Files larger than this are rewritten in canonical form (their layout is a program's anyway).
const MAX_MERGED_BYTES: usize = 2 * 1024 * 1024;

/// The text to write for `results` over a file whose text is `old`: the canonical text, with the
/// old file's comments and hand-made layout kept where the content they belong to is unchanged.
pub fn text_over(old: &str, results: &Results, instrument: &Instrument) -> String {
    let new = to_yaml(results, instrument);
    if old == new || old.len() > MAX_MERGED_BYTES || old.contains('\r') {
        return new;
    }
    let Ok(before) = read_results_against("<previous>", old, instrument) else {
        return new;
    };
    let base = to_yaml(&before, instrument);
    if base == old {
        // Already canonical: nothing of the file's own to keep.
        return new;
    }
    let merged = merge(&base, old, &new);
    match read_results_against("<merged>", &merged, instrument) {
        Ok(back) if back == *results => merged,
        _ => new,
    }
}

/// One line of the file with the comment and blank lines just above it.
struct FileLine<'a> {
    above: Vec<&'a str>,
    line: &'a str,
    /// The line without its trailing comment and trailing spaces, compared with base lines.
    content: &'a str,
}

/// The file's content lines, each with the comments above it, and the comments after the last.
fn file_lines(text: &str) -> (Vec<FileLine<'_>>, Vec<&str>) {
    let mut lines = Vec::new();
    let mut above = Vec::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('#') {
            above.push(line);
        } else {
            lines.push(FileLine {
                above: std::mem::take(&mut above),
                line,
                content: without_comment(line),
            });
        }
    }
    (lines, above)
}

/// `line` without a trailing `# comment` (a `#` after a space, outside quotes) and trailing
/// spaces. Quotes are followed as YAML writes them: `\"` inside double quotes, `''` inside
/// single ones. A line it misreads only fails to match, and is then treated as changed.
fn without_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(b'"') if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'#' && (i == 0 || bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') => {
                return line[..i].trim_end();
            }
            _ => {}
        }
        i += 1;
    }
    line.trim_end()
}

/// For each line of `a`, the line of `b` it is kept as, by a minimal line diff.
fn matches(a: &[&str], b: &[&str]) -> Vec<Option<usize>> {
    let mut to = vec![None; a.len()];
    for op in capture_diff_slices(Algorithm::Myers, a, b) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                to[old_index + k] = Some(new_index + k);
            }
        }
    }
    to
}

fn merge(base: &str, file: &str, new: &str) -> String {
    let base: Vec<&str> = base.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    let (file, tail) = file_lines(file);
    let contents: Vec<&str> = file.iter().map(|l| l.content).collect();
    let in_file = matches(&base, &contents);
    let in_new = matches(&base, &new);
    // Base lines kept by both sides, in order: the merge copies the file's version of them.
    let mut anchors: Vec<(usize, usize, usize)> = (0..base.len())
        .filter_map(|b| Some((b, in_file[b]?, in_new[b]?)))
        .collect();
    anchors.push((base.len(), file.len(), new.len()));
    // What the new text took out. The file may hold such a line elsewhere than the base does (a
    // field moved by hand): kept there, it would come back.
    let removed: HashSet<&str> = (0..base.len())
        .filter(|b| in_new[*b].is_none())
        .map(|b| base[b])
        .collect();
    let mut from_base = vec![false; file.len()];
    in_file.iter().flatten().for_each(|f| from_base[*f] = true);
    let mut out = String::new();
    let push = |out: &mut String, line: &str| {
        out.push_str(line);
        out.push('\n');
    };
    let (mut b0, mut f0, mut n0) = (0, 0, 0);
    for (b, f, n) in anchors {
        let base_chunk = &base[b0..b];
        let file_chunk = &file[f0..f];
        let new_chunk = &new[n0..n];
        let file_unchanged = file_chunk.len() == base_chunk.len()
            && file_chunk
                .iter()
                .zip(base_chunk)
                .all(|(l, b)| l.content == *b);
        if (!file_unchanged && new_chunk == base_chunk) || base_chunk.is_empty() {
            // Only the file changed here, or both only added lines: the file's lines stay as
            // they are (and what the new text adds follows them).
            for (k, l) in file_chunk.iter().enumerate() {
                for c in &l.above {
                    push(&mut out, c);
                }
                if from_base[f0 + k] || !removed.contains(l.content) {
                    push(&mut out, l.line);
                }
            }
            if new_chunk != base_chunk {
                for l in new_chunk {
                    push(&mut out, l);
                }
            }
        } else {
            // The new text changed here (or both did): its lines, below the file's comments.
            for l in file_chunk {
                for c in &l.above {
                    push(&mut out, c);
                }
            }
            for l in new_chunk {
                push(&mut out, l);
            }
        }
        if let Some(l) = file.get(f).filter(|_| b < base.len()) {
            for c in &l.above {
                push(&mut out, c);
            }
            push(&mut out, l.line);
        }
        (b0, f0, n0) = (b + 1, f + 1, n + 1);
    }
    for c in tail {
        push(&mut out, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_found_outside_quotes_only() {
        assert_eq!(without_comment("      nps: 9   # promoter"), "      nps: 9");
        assert_eq!(without_comment("  a: \"x # y\" # z"), "  a: \"x # y\"");
        assert_eq!(
            without_comment("  a: 'it''s # not' #c"),
            "  a: 'it''s # not'"
        );
        assert_eq!(
            without_comment("  a: \"q\\\" # in\""),
            "  a: \"q\\\" # in\""
        );
        assert_eq!(without_comment("  a: b#c"), "  a: b#c");
    }

    #[test]
    fn the_file_keeps_its_comments_and_order_where_the_new_text_did_not_change() {
        let base = "a: 1\nb: 2\nc: 3\nd: 4\n";
        let file = "# top\na: 1\nb: 2  # see\n\n# before c\nc: 3 # old\nd: 4\nx: 9\n# end\n";
        let new = "a: 1\nb: 2\nc: 5\nd: 4\ne: 6\n";
        assert_eq!(
            merge(base, file, new),
            "# top\na: 1\nb: 2  # see\n\n# before c\nc: 5\nd: 4\nx: 9\ne: 6\n# end\n"
        );
    }
}
