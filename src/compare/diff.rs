//! `diff OLD NEW`: two results files of one instrument compared. First every headline figure
//! (matched by key, so instrument versions may differ) with old, new, change and direction, and
//! the figures only one side has; then what people answered differently (respondents matched by
//! name) and the notes that changed. `--fail-on-drop P` turns a drop of more than P points in any
//! headline score into exit code 3.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::figures::{self, Figure, Unit, Value, display};
use crate::instrument::{Instrument, QuestionKind};
use crate::lang::{Lang, Text};
use crate::report::text::{Color, Painter, pad, pad_left, width};
use crate::response::Results;
use crate::score::{self, ScoreOptions};

mod matching;

/// One side of a diff: a results file, scored.
#[derive(Debug, Clone)]
pub struct Side<'a> {
    /// The file as named on the command line.
    pub file: String,
    /// Its contents.
    pub results: &'a Results,
    /// The instrument it was answered against.
    pub instrument: &'a Instrument,
}

/// What a side was, for the header.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideInfo {
    /// The file.
    pub file: String,
    /// Instrument version.
    pub version: u32,
    /// `assessment.date`, when set.
    pub date: Option<String>,
    /// Respondents.
    pub respondents: usize,
}

/// Which way a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher than before (at the precision shown).
    Up,
    /// Lower than before.
    Down,
    /// No change at the precision shown.
    Same,
    /// A label that changed (e.g. a Kano category).
    Changed,
    /// Undefined on one side.
    Undefined,
}

impl Direction {
    /// ▲ ▼ = ≠ or a dot.
    pub fn symbol(self) -> &'static str {
        match self {
            Direction::Up => "▲",
            Direction::Down => "▼",
            Direction::Same => "=",
            Direction::Changed => "≠",
            Direction::Undefined => "·",
        }
    }
}

/// One headline figure on both sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureChange {
    /// Stable key.
    pub key: String,
    /// What it is.
    pub label: Text,
    /// What it measures.
    pub unit: Unit,
    /// Whether a drop counts for `--fail-on-drop`.
    pub score: bool,
    /// Before.
    pub old: Value,
    /// After.
    pub new: Value,
    /// new − old, full precision, when both are numbers.
    pub change: Option<f64>,
    /// Which way it moved.
    pub direction: Direction,
}

impl FigureChange {
    /// The drop in points (coefficients ×100), when this is a score that went down.
    pub fn drop_points(&self) -> Option<f64> {
        let c = self.change?;
        (self.score && c < 0.0).then(|| -c * self.unit.points_factor())
    }
}

/// One answer (or note) that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerChange {
    /// Respondent (with `#2`, `#3` … when a name occurs more than once in a file).
    pub respondent: String,
    /// Question id.
    pub question: String,
    /// Before, as written in the results file; `None` when unanswered.
    pub old: Option<String>,
    /// After.
    pub new: Option<String>,
}

/// A respondent on one side only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RespondentChange {
    /// Respondent.
    pub respondent: String,
    /// Their role.
    pub role: Option<String>,
    /// How many answers they gave.
    pub answers: usize,
}

/// The comparison of two results files.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// Instrument id.
    pub instrument: String,
    /// Instrument title (of the newer file).
    pub title: Text,
    /// The earlier file.
    pub old: SideInfo,
    /// The later file.
    pub new: SideInfo,
    /// Figures on both sides, in the newer file's order.
    pub figures: Vec<FigureChange>,
    /// Figures only the earlier file has.
    pub only_old: Vec<Figure>,
    /// Figures only the later file has.
    pub only_new: Vec<Figure>,
    /// Respondents only in the later file.
    pub added: Vec<RespondentChange>,
    /// Respondents only in the earlier file.
    pub removed: Vec<RespondentChange>,
    /// Answers that differ, respondent by respondent, in questionnaire order.
    pub answers: Vec<AnswerChange>,
    /// Notes that differ.
    pub notes: Vec<AnswerChange>,
}

impl Diff {
    /// The score figures that dropped by more than `points`, with the drop.
    pub fn drops(&self, points: f64) -> Vec<(&FigureChange, f64)> {
        self.figures
            .iter()
            .filter_map(|f| f.drop_points().filter(|d| *d > points).map(|d| (f, d)))
            .collect()
    }
}

fn side_info(side: &Side<'_>) -> SideInfo {
    SideInfo {
        file: side.file.clone(),
        version: side.instrument.version,
        date: side.results.assessment.date.clone(),
        respondents: side.results.responses.len(),
    }
}

fn direction(unit: Unit, old: &Value, new: &Value) -> (Option<f64>, Direction) {
    match (old, new) {
        (Value::Number(a), Value::Number(b)) => match (a, b) {
            (Some(a), Some(b)) if a.is_finite() && b.is_finite() => {
                let c = b - a;
                let shown = figures::fixed(c.abs(), unit.decimals());
                let dir = if shown.chars().all(|ch| ch == '0' || ch == '.') {
                    Direction::Same
                } else if c > 0.0 {
                    Direction::Up
                } else {
                    Direction::Down
                };
                (Some(c), dir)
            }
            (None, None) => (None, Direction::Same),
            _ => (None, Direction::Undefined),
        },
        (Value::Label(a), Value::Label(b)) => match (a, b) {
            (Some(_), Some(_)) | (None, None) if a == b => (None, Direction::Same),
            (Some(_), Some(_)) => (None, Direction::Changed),
            _ => (None, Direction::Undefined),
        },
        _ => (None, Direction::Changed),
    }
}

/// Question ids in the newer instrument's order, then those only the older one has.
fn question_order<'i>(old: &'i Instrument, new: &'i Instrument) -> Vec<(&'i str, bool)> {
    let mut out: Vec<(&str, bool)> = new
        .questions
        .iter()
        .map(|q| (q.id.as_str(), matches!(q.kind, QuestionKind::Text)))
        .collect();
    for q in &old.questions {
        if new.question(&q.id).is_none() {
            out.push((q.id.as_str(), matches!(q.kind, QuestionKind::Text)));
        }
    }
    out
}

/// Compares two scored results files of one instrument.
pub fn diff(old: &Side<'_>, new: &Side<'_>) -> Diff {
    let score_of =
        |s: &Side<'_>| score::score(s.instrument, &s.results.responses, ScoreOptions::default());
    let old_figs = figures::headline(old.instrument, &score_of(old));
    let new_figs = figures::headline(new.instrument, &score_of(new));
    let mut figures = Vec::new();
    let mut only_new = Vec::new();
    for nf in &new_figs {
        match old_figs.iter().find(|of| of.key == nf.key) {
            Some(of) => {
                let (change, direction) = direction(nf.unit, &of.value, &nf.value);
                figures.push(FigureChange {
                    key: nf.key.clone(),
                    label: nf.label.clone(),
                    unit: nf.unit,
                    score: nf.score && of.score,
                    old: of.value.clone(),
                    new: nf.value.clone(),
                    change,
                    direction,
                });
            }
            None => only_new.push(nf.clone()),
        }
    }
    let only_old: Vec<Figure> = old_figs
        .iter()
        .filter(|of| !new_figs.iter().any(|nf| nf.key == of.key))
        .cloned()
        .collect();

    let order = question_order(old.instrument, new.instrument);
    let matching::Matched {
        answers,
        notes,
        added,
        removed,
    } = matching::match_respondents(&old.results.responses, &new.results.responses, &order);
    Diff {
        instrument: new.instrument.id.clone(),
        title: new.instrument.title.clone(),
        old: side_info(old),
        new: side_info(new),
        figures,
        only_old,
        only_new,
        added,
        removed,
        answers,
        notes,
    }
}

fn side_line(s: &SideInfo, lang: Lang) -> String {
    let date = s
        .date
        .as_deref()
        .map(|d| format!(" · {d}"))
        .unwrap_or_default();
    match lang {
        Lang::En => format!(
            "{}{date} · v{} · {} respondent{}",
            s.file,
            s.version,
            s.respondents,
            if s.respondents == 1 { "" } else { "s" }
        ),
        Lang::Zh => format!(
            "{}{date} · 第 {} 版 · {} 位答卷人",
            s.file, s.version, s.respondents
        ),
    }
}

fn change_text(f: &FigureChange) -> String {
    match f.change {
        Some(c) if f.direction != Direction::Same => figures::signed(c, f.unit.decimals()),
        _ => String::new(),
    }
}

fn shown(v: Option<&String>) -> String {
    v.map_or_else(|| "—".to_string(), |s| s.replace('\n', " "))
}

fn drop_line(drops: &[(&FigureChange, f64)], points: f64, lang: Lang) -> String {
    let list: Vec<String> = drops
        .iter()
        .map(|(f, d)| format!("{} (−{})", f.label.get(lang), figures::fixed(*d, 1)))
        .collect();
    match lang {
        Lang::En => format!(
            "{} headline score(s) dropped by more than {} points: {}",
            drops.len(),
            figures::fixed(points, 1).trim_end_matches(".0"),
            list.join(", ")
        ),
        Lang::Zh => format!(
            "{} 项主要得分下降超过 {} 分：{}",
            drops.len(),
            figures::fixed(points, 1).trim_end_matches(".0"),
            list.join("、")
        ),
    }
}

/// The text form.
pub fn text(d: &Diff, lang: Lang, p: Painter, fail_on_drop: Option<f64>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.paint(&heading(d, lang), Color::Bold));
    let _ = writeln!(
        out,
        "  {}{}",
        lang.pick("old: ", "旧："),
        side_line(&d.old, lang)
    );
    let _ = writeln!(
        out,
        "  {}{}",
        lang.pick("new: ", "新："),
        side_line(&d.new, lang)
    );
    out.push('\n');
    let label_w = d
        .figures
        .iter()
        .map(|f| width(f.label.get(lang)))
        .max()
        .unwrap_or(10)
        .clamp(10, 48);
    let cell = |f: &FigureChange, v: &Value| display(v, f.unit, lang);
    let val_w = d
        .figures
        .iter()
        .flat_map(|f| [width(&cell(f, &f.old)), width(&cell(f, &f.new))])
        .max()
        .unwrap_or(6)
        .max(6);
    let _ = writeln!(
        out,
        "{}  {}  {}  {}",
        p.paint(
            &pad(lang.pick("Headline figures", "主要指标"), label_w),
            Color::Bold
        ),
        pad_left(lang.pick("old", "旧"), val_w),
        pad_left(lang.pick("new", "新"), val_w),
        lang.pick("change", "变化")
    );
    for f in &d.figures {
        let sym = f.direction.symbol();
        let mark = match f.direction {
            Direction::Up => p.paint(sym, Color::Green),
            Direction::Down => p.paint(sym, Color::Red),
            _ => p.paint(sym, Color::Dim),
        };
        let line = format!(
            "{}  {}  {}  {mark} {}",
            pad(f.label.get(lang), label_w),
            pad_left(&cell(f, &f.old), val_w),
            pad_left(&cell(f, &f.new), val_w),
            change_text(f)
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    for (title, list) in [
        (lang.pick("Only in the old file", "仅旧文件有"), &d.only_old),
        (lang.pick("Only in the new file", "仅新文件有"), &d.only_new),
    ] {
        if !list.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "{}", p.paint(title, Color::Bold));
            for f in list {
                let _ = writeln!(
                    out,
                    "  {}  {}",
                    pad(f.label.get(lang), label_w),
                    display(&f.value, f.unit, lang)
                );
            }
        }
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        p.paint(lang.pick("Changed answers", "答案变化"), Color::Bold)
    );
    if d.answers.is_empty() && d.added.is_empty() && d.removed.is_empty() {
        let _ = writeln!(out, "  {}", lang.pick("none", "无"));
    }
    let mut last = "";
    for a in &d.answers {
        if a.respondent != last {
            let _ = writeln!(out, "  {}", a.respondent);
            last = &a.respondent;
        }
        let _ = writeln!(
            out,
            "    {}  {} → {}",
            a.question,
            shown(a.old.as_ref()),
            shown(a.new.as_ref())
        );
    }
    for r in &d.added {
        let _ = writeln!(
            out,
            "  {}",
            p.paint(&respondent_change("+", r, lang), Color::Green)
        );
    }
    for r in &d.removed {
        let _ = writeln!(
            out,
            "  {}",
            p.paint(&respondent_change("−", r, lang), Color::Red)
        );
    }
    if !d.notes.is_empty() {
        out.push('\n');
        let _ = writeln!(
            out,
            "{}",
            p.paint(lang.pick("Changed notes", "备注变化"), Color::Bold)
        );
        let mut last = "";
        for a in &d.notes {
            if a.respondent != last {
                let _ = writeln!(out, "  {}", a.respondent);
                last = &a.respondent;
            }
            let _ = writeln!(
                out,
                "    {}  {} → {}",
                a.question,
                quoted(a.old.as_ref()),
                quoted(a.new.as_ref())
            );
        }
    }
    if let Some(points) = fail_on_drop {
        out.push('\n');
        let drops = d.drops(points);
        if drops.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                p.paint(
                    &match lang {
                        Lang::En => format!(
                            "No headline score dropped by more than {} points.",
                            figures::fixed(points, 1).trim_end_matches(".0")
                        ),
                        Lang::Zh => format!(
                            "没有主要得分下降超过 {} 分。",
                            figures::fixed(points, 1).trim_end_matches(".0")
                        ),
                    },
                    Color::Green
                )
            );
        } else {
            let _ = writeln!(
                out,
                "{}",
                p.paint(&drop_line(&drops, points, lang), Color::Red)
            );
        }
        if let Some(rule) = kano_drop_rule(d, lang) {
            let _ = writeln!(out, "{}", p.paint(rule, Color::Dim));
        }
    }
    out
}

fn quoted(v: Option<&String>) -> String {
    v.map_or_else(
        || "—".to_string(),
        |s| format!("“{}”", s.replace('\n', " ")),
    )
}

fn respondent_change(sign: &str, r: &RespondentChange, lang: Lang) -> String {
    let role = r
        .role
        .as_deref()
        .map(|x| {
            format!(
                "{}{}",
                lang.pick(", ", "，"),
                crate::report::parts::role_name(x, lang)
            )
        })
        .unwrap_or_default();
    match (sign, lang) {
        ("+", Lang::En) => format!(
            "+ {} (added{role}, {})",
            r.respondent,
            answers_en(r.answers)
        ),
        ("+", Lang::Zh) => format!("+ {}（新增{role}，{} 个答案）", r.respondent, r.answers),
        (_, Lang::En) => format!(
            "− {} (removed{role}, had {})",
            r.respondent,
            answers_en(r.answers)
        ),
        (_, Lang::Zh) => format!(
            "− {}（移除{role}，原有 {} 个答案）",
            r.respondent, r.answers
        ),
    }
}

fn answers_en(n: usize) -> String {
    format!("{n} answer{}", if n == 1 { "" } else { "s" })
}

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// "Diff: title (instrument)", "对比：标题（instrument）".
fn heading(d: &Diff, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Diff: {} ({})", d.title.get(lang), d.instrument),
        Lang::Zh => format!("对比：{}（{}）", d.title.get(lang), d.instrument),
    }
}

/// The Markdown form.
pub fn markdown(d: &Diff, lang: Lang, fail_on_drop: Option<f64>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(d, lang));
    let _ = writeln!(
        out,
        "- {}{}",
        lang.pick("old: ", "旧："),
        md(&side_line(&d.old, lang))
    );
    let _ = writeln!(
        out,
        "- {}{}\n",
        lang.pick("new: ", "新："),
        md(&side_line(&d.new, lang))
    );
    let _ = writeln!(out, "## {}\n", lang.pick("Headline figures", "主要指标"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---:|---:|---|",
        lang.pick("figure", "指标"),
        lang.pick("old", "旧"),
        lang.pick("new", "新"),
        lang.pick("change", "变化")
    );
    for f in &d.figures {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} {} |",
            md(f.label.get(lang)),
            md(&display(&f.old, f.unit, lang)),
            md(&display(&f.new, f.unit, lang)),
            f.direction.symbol(),
            change_text(f)
        );
    }
    for (title, list) in [
        (lang.pick("Only in the old file", "仅旧文件有"), &d.only_old),
        (lang.pick("Only in the new file", "仅新文件有"), &d.only_new),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "\n### {title}\n");
            for f in list {
                let _ = writeln!(
                    out,
                    "- {}: {}",
                    md(f.label.get(lang)),
                    md(&display(&f.value, f.unit, lang))
                );
            }
        }
    }
    let _ = writeln!(out, "\n## {}\n", lang.pick("Changed answers", "答案变化"));
    if d.answers.is_empty() && d.added.is_empty() && d.removed.is_empty() {
        let _ = writeln!(out, "{}", lang.pick("None.", "无。"));
    } else {
        if !d.answers.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n|---|---|---|---|",
                lang.pick("respondent", "答卷人"),
                lang.pick("question", "题目"),
                lang.pick("old", "旧"),
                lang.pick("new", "新")
            );
            for a in &d.answers {
                let _ = writeln!(
                    out,
                    "| {} | `{}` | {} | {} |",
                    md(&a.respondent),
                    a.question,
                    md(&shown(a.old.as_ref())),
                    md(&shown(a.new.as_ref()))
                );
            }
            out.push('\n');
        }
        for r in &d.added {
            let _ = writeln!(out, "- {}", md(&respondent_change("+", r, lang)));
        }
        for r in &d.removed {
            let _ = writeln!(out, "- {}", md(&respondent_change("−", r, lang)));
        }
    }
    if !d.notes.is_empty() {
        let _ = writeln!(out, "\n## {}\n", lang.pick("Changed notes", "备注变化"));
        for a in &d.notes {
            let _ = writeln!(
                out,
                "- {} `{}`: {} → {}",
                md(&a.respondent),
                a.question,
                md(&quoted(a.old.as_ref())),
                md(&quoted(a.new.as_ref()))
            );
        }
    }
    if let Some(points) = fail_on_drop {
        let drops = d.drops(points);
        let line = if drops.is_empty() {
            match lang {
                Lang::En => format!(
                    "No headline score dropped by more than {} points.",
                    figures::fixed(points, 1).trim_end_matches(".0")
                ),
                Lang::Zh => format!(
                    "没有主要得分下降超过 {} 分。",
                    figures::fixed(points, 1).trim_end_matches(".0")
                ),
            }
        } else {
            drop_line(&drops, points, lang)
        };
        let _ = writeln!(out, "\n**{}**", md(&line));
        if let Some(rule) = kano_drop_rule(d, lang) {
            let _ = writeln!(out, "\n{}", md(rule));
        }
    }
    out
}

/// The JSON form.
pub fn json(d: &Diff, lang: Lang, fail_on_drop: Option<f64>) -> Json {
    let figs: Vec<Json> = d
        .figures
        .iter()
        .map(|f| {
            json!({
                "key": f.key,
                "label": f.label.get(lang),
                "unit": f.unit,
                "score": f.score,
                "old": f.old,
                "new": f.new,
                "change": f.change,
                "direction": f.direction,
            })
        })
        .collect();
    let only = |list: &[Figure]| -> Vec<Json> {
        list.iter()
            .map(|f| json!({"key": f.key, "label": f.label.get(lang), "unit": f.unit, "value": f.value}))
            .collect()
    };
    let mut v = json!({
        "cxassess": crate::report::VERSION,
        "instrument": {"id": d.instrument, "title": d.title.get(lang)},
        "old": d.old,
        "new": d.new,
        "figures": figs,
        "only_old": only(&d.only_old),
        "only_new": only(&d.only_new),
        "respondents_added": d.added,
        "respondents_removed": d.removed,
        "answers": d.answers,
        "notes": d.notes,
    });
    if let (Some(points), Json::Object(m)) = (fail_on_drop, &mut v) {
        let drops: Vec<Json> = d
            .drops(points)
            .iter()
            .map(|(f, p)| json!({"key": f.key, "label": f.label.get(lang), "points": p}))
            .collect();
        m.insert("fail_on_drop".into(), json!(points));
        m.insert("drops".into(), json!(drops));
        if let Some(rule) = kano_drop_rule(d, lang) {
            m.insert("fail_on_drop_rule".into(), json!(rule));
        }
    }
    v
}

/// What `--fail-on-drop` counts for Kano, said under the verdict: Better falling is a drop, Worse
/// is shown but never fails (`None` for other kinds).
pub fn kano_drop_rule(d: &Diff, lang: Lang) -> Option<&'static str> {
    let kano = d.figures.iter().any(|f| f.key.starts_with("kano."));
    kano.then(|| {
        lang.pick(
            "Kano: a fall in Better counts as a drop; Worse is shown but never fails the diff (a more negative Worse means the feature's absence would hurt more, not that quality fell).",
            "卡诺：Better 系数下降计为下降；Worse 系数只显示，不会导致失败（Worse 更负表示缺少该功能时客户更不满意，而不是质量下降）。",
        )
    })
}

/// The message of a failed `--fail-on-drop`.
pub fn drop_message(d: &Diff, points: f64, lang: Lang) -> Option<String> {
    let drops = d.drops(points);
    (!drops.is_empty()).then(|| drop_line(&drops, points, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::builtin;
    use crate::response::{Answer, Response};

    fn pulse_results(inst: &Instrument, nps: &[i32]) -> Results {
        let mut r = Results::new(inst);
        r.responses = nps
            .iter()
            .enumerate()
            .map(|(i, v)| Response {
                respondent: format!("r{i}"),
                answers: [("nps".to_string(), Answer::Value(*v))]
                    .into_iter()
                    .collect(),
                ..Response::default()
            })
            .collect();
        r
    }

    proptest::proptest! {
        /// Swapping OLD and NEW negates every change and flips every direction; a file against
        /// itself changes nothing.
        #[test]
        fn swapping_sides_negates_changes(
            a in proptest::collection::vec(0i32..=10, 0..12),
            b in proptest::collection::vec(0i32..=10, 0..12),
        ) {
            let inst = builtin::latest("pulse").expect("built in").instrument().expect("parses");
            let (ra, rb) = (pulse_results(&inst, &a), pulse_results(&inst, &b));
            let side = |r| Side { file: "f".into(), results: r, instrument: &inst };
            let ab = diff(&side(&ra), &side(&rb));
            let ba = diff(&side(&rb), &side(&ra));
            for (x, y) in ab.figures.iter().zip(&ba.figures) {
                proptest::prop_assert_eq!(&x.key, &y.key);
                match (x.change, y.change) {
                    (Some(p), Some(q)) => proptest::prop_assert!((p + q).abs() < 1e-9),
                    (p, q) => proptest::prop_assert_eq!(p, q),
                }
                let flipped = match x.direction {
                    Direction::Up => Direction::Down,
                    Direction::Down => Direction::Up,
                    other => other,
                };
                proptest::prop_assert_eq!(flipped, y.direction);
            }
            let aa = diff(&side(&ra), &side(&ra));
            proptest::prop_assert!(aa.figures.iter().all(|f| f.direction == Direction::Same));
            proptest::prop_assert!(aa.answers.is_empty() && aa.drops(0.0).is_empty());
        }
    }
}
