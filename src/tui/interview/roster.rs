//! Adding an interviewee to `engagement.yaml` from the home screen. The file is the consultant's:
//! its comments, order and spacing stay as they are. The edit is the smallest there is — one
//! roster item appended after the last one (or a `roster:` list started at the end of the file) —
//! never the file written again from the model. The result is read back with the engagement
//! parser before it replaces the file (atomically), so a file the edit would break is left alone.

use std::path::Path;

use crate::engagement::{self, Member};
use crate::error::{Error, Result};
use crate::response::{write_atomic, yaml_string};

/// The roster item of `member`, each line after `indent`, ending with `nl`.
fn item(member: &Member, indent: &str, nl: &str) -> String {
    let mut out = format!(
        "{indent}- respondent: {}{nl}",
        yaml_string(&member.respondent)
    );
    if let Some(role) = &member.role {
        out.push_str(&format!("{indent}  role: {}{nl}", yaml_string(role)));
    }
    if let Some(name) = &member.name {
        out.push_str(&format!("{indent}  name: {}{nl}", yaml_string(name)));
    }
    if !member.instruments.is_empty() {
        let list: Vec<String> = member.instruments.iter().map(|i| yaml_string(i)).collect();
        out.push_str(&format!("{indent}  instruments: [{}]{nl}", list.join(", ")));
    }
    out
}

/// A line's text without its line ending.
fn bare(line: &str) -> &str {
    line.trim_end_matches(['\n', '\r'])
}

/// The value after `roster:` on its line, its comment left out.
fn inline_value(line: &str) -> &str {
    let value = bare(line)["roster:".len()..].trim();
    match value.find(" #") {
        _ if value.starts_with('#') => "",
        Some(k) => value[..k].trim(),
        None => value,
    }
}

/// `text` (an engagement file) with `member` appended to its roster. Refused (with the reason)
/// when the roster is written inline with items in it (`roster: [{…}]`), which no line can be
/// appended to.
pub fn append(text: &str, member: &Member) -> std::result::Result<String, String> {
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(k) = lines.iter().position(|l| l.starts_with("roster:")) else {
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(nl);
        }
        out.push_str(&format!("roster:{nl}"));
        out.push_str(&item(member, "  ", nl));
        return Ok(out);
    };
    match inline_value(lines[k]) {
        "" => {}
        value @ ("[]" | "~" | "null") => {
            // An empty list written inline: the key's line (its comment kept) starts a block.
            let opened = bare(lines[k]).replacen(value, "", 1);
            let mut out: String = lines[..k].concat();
            out.push_str(opened.trim_end());
            out.push_str(nl);
            out.push_str(&item(member, "  ", nl));
            out.push_str(&lines[k + 1..].concat());
            return Ok(out);
        }
        _ => {
            return Err(crate::tr!(crate::lang::messages(), "err-tui-roster-inline"));
        }
    }
    // The block's items: indented lines, or `- ` lines at the key's own indentation.
    let first_item = lines[k + 1..].iter().find_map(|l| {
        let b = bare(l);
        let t = b.trim_start();
        (t.starts_with("- ") || t == "-").then(|| &b[..b.len() - t.len()])
    });
    let indent = first_item.unwrap_or("  ");
    let inside = |l: &str| {
        let b = bare(l);
        let t = b.trim_start();
        b.len() > t.len() || (indent.is_empty() && (t.starts_with("- ") || t == "-"))
    };
    let mut last = k;
    for (j, l) in lines.iter().enumerate().skip(k + 1) {
        let t = bare(l).trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if !inside(l) {
            break;
        }
        last = j;
    }
    let mut out: String = lines[..=last].concat();
    if !out.ends_with('\n') {
        out.push_str(nl);
    }
    out.push_str(&item(member, indent, nl));
    out.push_str(&lines[last + 1..].concat());
    Ok(out)
}

/// Adds `member` to the roster of the engagement at `dir`: appended as one item, read back with
/// the engagement parser, then written atomically.
pub fn add(dir: &Path, member: &Member) -> Result<()> {
    let path = dir.join(engagement::FILE);
    let text = crate::yaml::read_text(&path, 4 * 1024 * 1024, "an engagement file")?;
    let edited =
        append(&text, member).map_err(|why| Error::Usage(format!("{}: {why}", path.display())))?;
    let parsed = engagement::parse(&path.display().to_string(), &edited)?;
    if parsed.member(&member.respondent) != Some(member) {
        return Err(Error::Usage(crate::tr!(
            crate::lang::messages(),
            "err-tui-roster-readback",
            file = path.display().to_string(),
            respondent = member.respondent.as_str()
        )));
    }
    write_atomic(&path, edited.as_bytes())
}
