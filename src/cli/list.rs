//! `cxassess list`: the built-in instruments and the saved sessions.

use super::{Context, emit};
use crate::error::Result;
use crate::instrument::builtin;
use crate::response;
use crate::tr;

pub(super) fn list(ctx: Context) -> Result<()> {
    use crate::report::text::{pad, pad_left, width};
    /// A row of the instrument table: id, questions, version, title.
    type ListRow = (String, String, String, String);
    let lang = ctx.lang;
    let mut rows: Vec<ListRow> = Vec::new();
    for id in builtin::ids() {
        let b = builtin::latest(id).expect("listed id exists");
        // The build-time summary: no YAML parsed (the whole command runs in a few ms).
        let (questions, title) = if let Some(s) = b.summary() {
            (s.questions, s.title(lang).to_string())
        } else {
            let inst = b.instrument()?;
            (inst.questions.len(), inst.title.get(lang).to_string())
        };
        rows.push((
            b.id.to_string(),
            questions.to_string(),
            b.version.to_string(),
            title,
        ));
    }
    // Columns padded by display width, so the Chinese headings (two columns a character) line
    // up with the rows.
    let (questions_head, version_head, title_head) = (
        tr!(lang, "list-questions"),
        tr!(lang, "list-version"),
        tr!(lang, "list-title"),
    );
    let head = (
        "id",
        questions_head.as_str(),
        version_head.as_str(),
        title_head.as_str(),
    );
    let col = |heading: &str, floor: usize, cell: fn(&ListRow) -> &str| {
        rows.iter()
            .map(|r| width(cell(r)))
            .fold(width(heading).max(floor), usize::max)
    };
    let id_w = col(head.0, 10, |r| &r.0);
    let q_w = col(head.1, 9, |r| &r.1);
    let v_w = col(head.2, 7, |r| &r.2);
    let mut out = String::new();
    out.push_str(&tr!(lang, "list-builtins"));
    out.push('\n');
    out.push_str(&format!(
        "  {} {}  {}  {}\n",
        pad(head.0, id_w),
        pad_left(head.1, q_w),
        pad_left(head.2, v_w),
        head.3
    ));
    for (id, questions, version, title) in &rows {
        out.push_str(&format!(
            "  {} {}  {}  {title}\n",
            pad(id, id_w),
            pad_left(questions, q_w),
            pad_left(version, v_w)
        ));
    }
    let (mut sessions, broken) = response::store::list_sessions()?;
    // What the sessions' files say is shown, never obeyed: an escape sequence in a respondent's
    // name must not retitle the window (and is measured as it is shown).
    let line = |s: &str| crate::sanitize::terminal_line(s).into_owned();
    for s in &mut sessions {
        s.instrument = line(&s.instrument);
        s.respondent = line(&s.respondent);
        s.context = line(&s.context);
    }
    let dir = line(&response::store::sessions_dir()?.display().to_string());
    out.push('\n');
    if sessions.is_empty() {
        out.push_str(&tr!(lang, "list-no-sessions", dir = dir.clone()));
        out.push('\n');
    } else {
        out.push_str(&tr!(lang, "list-sessions", dir = dir.clone()));
        out.push('\n');
        let inst_w = sessions
            .iter()
            .map(|s| width(&s.instrument))
            .fold(10, usize::max);
        let who_w = sessions
            .iter()
            .map(|s| width(&s.respondent))
            .fold(16, usize::max);
        let context_w = sessions
            .iter()
            .map(|s| width(&s.context))
            .max()
            .unwrap_or(0);
        for s in &sessions {
            let state = if s.complete {
                tr!(lang, "list-complete")
            } else {
                format!("{}/{}", s.answered, s.total)
            };
            // Whose assessment it is (organisation · period), so two clients' sessions of the
            // same respondent name never look the same.
            let context = if context_w == 0 {
                String::new()
            } else {
                format!("{}  ", pad(&s.context, context_w))
            };
            out.push_str(&format!(
                "  {} {} {context}{}  {}  {}\n",
                pad(&s.instrument, inst_w),
                pad(&s.respondent, who_w),
                pad_left(&state, 9),
                s.modified,
                line(&s.path.display().to_string())
            ));
        }
    }
    for (p, e) in broken {
        out.push_str(&format!(
            "  {}\n",
            tr!(
                lang,
                "list-unreadable",
                path = line(&p.display().to_string()),
                error = line(e.lines().next().unwrap_or(""))
            )
        ));
    }
    emit(None, &out)
}
