//! Turns a parsed instrument file into the typed model, collecting every problem with its place.
//! A file either validates completely or yields the full list of problems; nothing half-checked
//! reaches the runner or the scorers.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_yaml::Value;

use super::raw::{RawAllocationPart, RawInstrument, RawQuestion, RawScale};
use super::{
    AllocationPart, FORMAT, Group, Instrument, KanoTable, Kind, Origin, Question, QuestionKind,
    RubricLevel, Scale, Section, ServqualVariant, Settings, kano_importance_scale,
};
use crate::error::{Error, Problem, Result};
use crate::lang::Text;
use crate::yaml::{self, Positions, Seg};
use crate::ypath;

mod evidence;
mod kinds;
mod levels;

/// Pyramid tiers, bottom first.
pub const TIERS: [&str; 3] = ["basic", "performance", "excitement"];

struct Checker<'a> {
    file: &'a str,
    src: &'a str,
    /// Built on the first problem only: valid files (every start-up) never pay for it.
    positions: Option<Positions>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn pos(&mut self) -> &Positions {
        let src = self.src;
        self.positions.get_or_insert_with(|| Positions::index(src))
    }

    fn at(&mut self, path: &[Seg], what: impl Into<String>, fix: impl Into<String>) {
        let place = self.pos().near(path);
        self.problems
            .push(Problem::yaml(self.file, place, what.into(), fix.into()));
    }

    fn at_value(&mut self, path: &[Seg], what: impl Into<String>, fix: impl Into<String>) {
        let pos = self.pos();
        let place = pos.value(path).unwrap_or_else(|| pos.near(path));
        self.problems
            .push(Problem::yaml(self.file, place, what.into(), fix.into()));
    }

    fn text(&mut self, t: &Text, path: &[Seg]) {
        for (lang, value, name) in [("en", &t.en, "English"), ("zh", &t.zh, "Chinese")] {
            if value.trim().is_empty() {
                let mut p = path.to_vec();
                p.push(Seg::Key(lang.to_string()));
                self.at_value(
                    &p,
                    format!("the {name} text is empty"),
                    format!(
                        "write the {name} text under `{lang}:`; every text needs both en and zh"
                    ),
                );
            }
        }
    }

    fn id(&mut self, id: &str, path: &[Seg], what: &str) {
        if !valid_id(id) {
            self.at_value(
                path,
                format!("{what} id '{id}' is not valid"),
                "use lowercase letters, digits and '_' in parts separated by dots, e.g. respect.1",
            );
        }
    }

    fn scale(&mut self, raw: &RawScale, path: &[Seg]) -> Option<Scale> {
        let (min, max) = (raw.min, raw.max);
        let mut ok = true;
        if min >= max {
            self.at(
                path,
                format!("scale bounds are min {min}, max {max}: min must be below max"),
                "give min < max, e.g. min: 1, max: 5",
            );
            ok = false;
        } else if max - min > 10 || min < -100 || max > 100 {
            self.at(
                path,
                format!(
                    "scale {min}–{max} has {} points; at most 11 are supported",
                    max - min + 1
                ),
                "use a scale of 2 to 11 points, e.g. 1–7 or 0–10",
            );
            ok = false;
        }
        let mut labels = BTreeMap::new();
        for (point, text) in &raw.labels {
            let mut p = path.to_vec();
            p.push(Seg::Key("labels".into()));
            p.push(Seg::Key(point.to_string()));
            if *point < min || *point > max {
                self.at(
                    &p,
                    format!("label for point {point} is outside the scale {min}–{max}"),
                    "label only points between min and max",
                );
                ok = false;
            }
            self.text(text, &p);
            labels.insert(*point as i32, text.clone());
        }
        ok.then_some(Scale {
            min: min as i32,
            max: max as i32,
            labels,
        })
    }
}

/// Whether `id` is a valid question/group/section id.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('.').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        })
}

pub(super) fn parse(file: &str, src: &str, origin: Origin) -> Result<Instrument> {
    let raw: RawInstrument = yaml::parse(
        file,
        src,
        yaml::Expected {
            what: "an instrument file",
            described_in: "docs/instrument-format.md",
        },
    )
    .map_err(Error::one)?;
    let mut c = Checker {
        file,
        src,
        positions: None,
        problems: Vec::new(),
    };
    let instrument = build(&mut c, raw, src, origin);
    if c.problems.is_empty() {
        Ok(instrument)
    } else {
        c.problems.sort_by_key(|p| match p.place {
            crate::error::Place::Yaml { line, column } => (line, column),
            _ => (0, 0),
        });
        Err(Error::Invalid(c.problems))
    }
}

fn build(c: &mut Checker<'_>, raw: RawInstrument, src: &str, origin: Origin) -> Instrument {
    if raw.format != FORMAT {
        c.at_value(
            &ypath!["format"],
            format!("format is '{}'", raw.format),
            format!("the first line of an instrument file is `format: {FORMAT}`"),
        );
    }
    c.id(&raw.id, &ypath!["id"], "instrument");
    if raw.id.contains('.') {
        c.at_value(
            &ypath!["id"],
            "an instrument id cannot contain '.'",
            "use letters, digits, '_' or '-'",
        );
    }
    if raw.version < 1 || raw.version > i64::from(u32::MAX) {
        c.at_value(
            &ypath!["version"],
            format!("version {} is out of range", raw.version),
            "use a whole number from 1 up; raise it whenever a question changes",
        );
    }
    let kind = Kind::from_id(&raw.kind).unwrap_or_else(|| {
        c.at_value(
            &ypath!["kind"],
            format!("unknown kind '{}'", raw.kind),
            format!("use one of: {}", Kind::ALL.map(Kind::id).join(", ")),
        );
        Kind::Generic
    });
    c.text(&raw.title, &ypath!["title"]);
    if let Some(d) = &raw.description {
        c.text(d, &ypath!["description"]);
    }

    let settings = settings(c, &raw, kind);

    // Named scales.
    let mut scales: HashMap<String, Scale> = HashMap::new();
    for (name, s) in &raw.scales {
        if let Some(scale) = c.scale(s, &ypath!["scales", name]) {
            scales.insert(name.clone(), scale);
        }
    }

    // Groups.
    let mut groups = Vec::new();
    let mut group_ids = HashSet::new();
    for (i, g) in raw.groups.iter().enumerate() {
        let path = ypath!["groups", i];
        c.id(&g.id, &ypath!["groups", i, "id"], "group");
        if !group_ids.insert(g.id.clone()) {
            c.at_value(
                &ypath!["groups", i, "id"],
                format!("group id '{}' is used twice", g.id),
                "give each group a unique id",
            );
        }
        c.text(&g.name, &ypath!["groups", i, "name"]);
        if let Some(d) = &g.description {
            c.text(d, &ypath!["groups", i, "description"]);
        }
        if let Some(h) = &g.healthy_name {
            c.text(h, &ypath!["groups", i, "healthy_name"]);
        }
        if let Some(t) = &g.tier {
            if !TIERS.contains(&t.as_str()) {
                c.at_value(
                    &ypath!["groups", i, "tier"],
                    format!("unknown tier '{t}'"),
                    "use basic, performance or excitement",
                );
            }
        }
        let gap = match g.gap {
            Some(n @ 1..=4) => Some(n as u8),
            Some(n) => {
                c.at_value(
                    &ypath!["groups", i, "gap"],
                    format!("gap {n} is not one of the provider gaps"),
                    "drivers explain gap 1, 2, 3 or 4",
                );
                None
            }
            None => None,
        };
        if kind == Kind::Pyramid && g.tier.is_none() {
            c.at(
                &path,
                format!("experience '{}' has no tier", g.id),
                "add `tier: basic`, `performance` or `excitement`",
            );
        }
        groups.push(Group {
            id: g.id.clone(),
            name: g.name.clone(),
            description: g.description.clone(),
            tier: g.tier.clone(),
            maps_to: g.maps_to.clone(),
            gap,
            reverse: g.reverse,
            healthy_name: g.healthy_name.clone(),
        });
    }

    // Sections and questions.
    let mut questions: Vec<Question> = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut question_ids: HashMap<String, Vec<Seg>> = HashMap::new();
    let mut section_ids: HashMap<String, usize> = HashMap::new();
    if raw.sections.is_empty() {
        c.at(
            &ypath!["sections"],
            "the instrument has no sections",
            "add at least one section with questions",
        );
    }
    for (si, s) in raw.sections.iter().enumerate() {
        let spath = ypath!["sections", si];
        c.id(&s.id, &ypath!["sections", si, "id"], "section");
        if section_ids.insert(s.id.clone(), sections.len()).is_some() {
            c.at_value(
                &ypath!["sections", si, "id"],
                format!("section id '{}' is used twice", s.id),
                "give each section a unique id",
            );
        }
        c.text(&s.title, &ypath!["sections", si, "title"]);
        if let Some(t) = &s.intro {
            c.text(t, &ypath!["sections", si, "intro"]);
        }
        let mut indices = Vec::new();
        let mut repeats = None;
        if let Some(r) = &s.repeat {
            if !s.questions.is_empty() {
                c.at(
                    &ypath!["sections", si, "questions"],
                    format!("section '{}' repeats '{r}' and also lists questions", s.id),
                    "a repeating section takes its questions from the repeated one: remove `questions:` or `repeat:`",
                );
            }
            match section_ids.get(r).filter(|&&i| i < sections.len()) {
                Some(&i) => {
                    indices.clone_from(&sections[i].questions);
                    repeats = Some(r.clone());
                }
                None => c.at_value(
                    &ypath!["sections", si, "repeat"],
                    format!(
                        "section '{}' repeats '{r}', which is not an earlier section",
                        s.id
                    ),
                    "name the id of a section above this one",
                ),
            }
        }
        for (qi, rq) in s.questions.iter().enumerate() {
            let qpath = ypath!["sections", si, "questions", qi];
            c.id(
                &rq.id,
                &ypath!["sections", si, "questions", qi, "id"],
                "question",
            );
            if let Some(first) = question_ids.get(&rq.id) {
                let (line, _) = c.pos().near(first);
                c.at_value(
                    &ypath!["sections", si, "questions", qi, "id"],
                    format!("question id '{}' is already used at line {line}", rq.id),
                    "give each question a unique id, e.g. the next number in its group",
                );
            } else {
                question_ids.insert(rq.id.clone(), qpath.to_vec());
            }
            if let Some(q) = question(c, rq, &qpath, &scales) {
                indices.push(questions.len());
                questions.push(q);
            }
        }
        if let Some(b) = &s.battery {
            let has = indices.iter().any(|&i| match &questions[i].kind {
                QuestionKind::Pair { parts, .. } => parts.contains(b),
                _ => false,
            });
            if !has {
                c.at_value(
                    &ypath!["sections", si, "battery"],
                    format!(
                        "battery '{b}' is not a part of any pair question in section '{}'",
                        s.id
                    ),
                    "name one of the `parts` of the section's pair questions, e.g. expected",
                );
            }
        }
        if indices.is_empty() && s.repeat.is_none() {
            c.at(
                &spath,
                format!("section '{}' has no questions", s.id),
                "add questions or remove the section",
            );
        }
        sections.push(Section {
            id: s.id.clone(),
            title: s.title.clone(),
            intro: s.intro.clone(),
            battery: s.battery.clone(),
            audience: s.audience.clone(),
            questions: indices,
            repeats,
        });
    }

    // Every part of every pair question must be asked somewhere.
    for (qi, q) in questions.iter().enumerate() {
        if let QuestionKind::Pair { parts, .. } = &q.kind {
            for part in parts {
                let asked = sections.iter().any(|s| {
                    s.questions.contains(&qi) && s.battery.as_ref().is_none_or(|b| b == part)
                });
                if !asked {
                    let path = question_ids.get(&q.id).cloned().unwrap_or_default();
                    c.at(
                        &path,
                        format!("part '{part}' of question '{}' is never asked", q.id),
                        format!("add a section with `battery: {part}` and `repeat:` the section that defines it"),
                    );
                }
            }
        }
    }

    kinds::check(c, kind, &settings, &groups, &questions, &question_ids);
    evidence::check(c, &raw.sections, &sections, &mut questions, &question_ids);
    let mut settings = settings;
    settings.levels = levels::check(c, raw.settings.levels.as_deref(), &questions);
    audience(c, &raw.audience, &sections);

    Instrument {
        id: raw.id,
        version: u32::try_from(raw.version).unwrap_or(1),
        kind,
        title: raw.title,
        description: raw.description,
        audience: raw.audience,
        settings,
        references: raw.references,
        groups,
        sections,
        questions,
        digest: Instrument::digest_of(src),
        origin,
        source: src.to_string(),
    }
}

/// Who answers the instrument: role words, and every section's audience among them.
fn audience(c: &mut Checker<'_>, roles: &[String], sections: &[Section]) {
    for (i, r) in roles.iter().enumerate() {
        if r.trim().is_empty() || r.contains(char::is_whitespace) {
            c.at_value(
                &ypath!["audience", i],
                format!("'{r}' is not a role word"),
                "name roles with one word each: manager, staff, customer, consultant, marketing…",
            );
        }
    }
    if roles.is_empty() {
        return;
    }
    for (si, s) in sections.iter().enumerate() {
        for (k, r) in s.audience.iter().enumerate() {
            if !roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                c.at_value(
                    &ypath!["sections", si, "audience", k],
                    format!(
                        "section '{}' is for '{r}', who does not answer this instrument",
                        s.id
                    ),
                    format!(
                        "add '{r}' to the instrument's `audience:` ({}), or correct the section's",
                        roles.join(", ")
                    ),
                );
            }
        }
    }
}

fn settings(c: &mut Checker<'_>, raw: &RawInstrument, kind: Kind) -> Settings {
    let mut s = Settings::default();
    if let Some(p) = raw.settings.pass_mark {
        if (0.0..=100.0).contains(&p) {
            s.pass_mark = p;
        } else {
            c.at_value(
                &ypath!["settings", "pass_mark"],
                format!("pass mark {p} is outside 0–100"),
                "experience scores run from 0 to 100; the usual pass mark is 60",
            );
        }
        if kind != Kind::Pyramid {
            c.at(
                &ypath!["settings", "pass_mark"],
                "pass_mark applies only to kind: pyramid",
                "remove it",
            );
        }
    }
    if let Some(t) = &raw.settings.kano_table {
        match t.as_str() {
            "standard" => s.kano_table = KanoTable::Standard,
            "pouliot" => s.kano_table = KanoTable::Pouliot,
            other => c.at_value(
                &ypath!["settings", "kano_table"],
                format!("unknown Kano table '{other}'"),
                "use standard or pouliot",
            ),
        }
    }
    if let Some(v) = &raw.settings.variant {
        match v.as_str() {
            "servqual" => s.variant = ServqualVariant::Servqual,
            "servperf" => s.variant = ServqualVariant::Servperf,
            "zone" => s.variant = ServqualVariant::Zone,
            other => c.at_value(
                &ypath!["settings", "variant"],
                format!("unknown SERVQUAL variant '{other}'"),
                "use servqual, servperf or zone",
            ),
        }
    }
    s
}

const TYPES: &str = "scale, rubric, kano, pair, allocation, text";

fn question(
    c: &mut Checker<'_>,
    rq: &RawQuestion,
    path: &[Seg],
    scales: &HashMap<String, Scale>,
) -> Option<Question> {
    let sub = |k: &str| {
        let mut p = path.to_vec();
        p.push(Seg::Key(k.to_string()));
        p
    };
    if let Some(t) = &rq.text {
        c.text(t, &sub("text"));
    }
    if let Some(t) = &rq.help {
        c.text(t, &sub("help"));
    }
    if let Some(t) = &rq.improve {
        c.text(t, &sub("improve"));
    }
    // Fields that belong to other types are mistakes worth naming.
    let present: [(&str, bool); 9] = [
        ("scale", rq.scale.is_some()),
        ("levels", rq.levels.is_some()),
        ("feature", rq.feature.is_some()),
        ("functional", rq.functional.is_some()),
        ("dysfunctional", rq.dysfunctional.is_some()),
        ("importance", rq.importance.is_some()),
        ("parts", rq.parts.is_some()),
        ("texts", rq.texts.is_some()),
        ("total", rq.total.is_some()),
    ];
    let allowed: &[&str] = match rq.kind.as_str() {
        "scale" => &["scale"],
        "rubric" => &["levels"],
        "kano" => &["feature", "functional", "dysfunctional", "importance"],
        "pair" => &["parts", "texts", "scale"],
        "allocation" => &["parts", "total"],
        "text" => &[],
        other => {
            c.at_value(
                &sub("type"),
                format!("unknown question type '{other}'"),
                format!("use one of: {TYPES}"),
            );
            return None;
        }
    };
    for (field, is) in present {
        if is && !allowed.contains(&field) {
            c.at(
                &sub(field),
                format!("`{field}` does not apply to a {} question", rq.kind),
                format!("remove it, or change `type:` ({TYPES})"),
            );
        }
    }
    let needs_text = matches!(rq.kind.as_str(), "scale" | "rubric" | "allocation" | "text");
    if needs_text && rq.text.is_none() {
        c.at(
            path,
            format!("question '{}' has no text", rq.id),
            "add `text: {en: …, zh: …}`",
        );
    }
    let missing = |c: &mut Checker<'_>, field: &str, example: &str| {
        c.at(
            path,
            format!("{} question '{}' has no `{field}`", rq.kind, rq.id),
            format!("add `{field}:` ({example})"),
        );
    };
    let kind = match rq.kind.as_str() {
        "scale" => {
            let Some(v) = &rq.scale else {
                missing(c, "scale", "a named scale, or {min: 1, max: 5, labels: …}");
                return None;
            };
            QuestionKind::Scale(scale_ref(c, v, &sub("scale"), scales)?)
        }
        "rubric" => {
            let Some(levels) = &rq.levels else {
                missing(
                    c,
                    "levels",
                    "five {text, suggestion} entries, level 1 first",
                );
                return None;
            };
            if levels.len() != 5 {
                c.at(
                    &sub("levels"),
                    format!(
                        "rubric '{}' has {} levels; a rubric has exactly 5",
                        rq.id,
                        levels.len()
                    ),
                    "give one {text, suggestion} per level, 1 (ad hoc) to 5 (embedded)",
                );
            }
            let mut out = Vec::new();
            for (i, l) in levels.iter().enumerate() {
                let mut p = sub("levels");
                p.push(Seg::Index(i));
                let mut pt = p.clone();
                pt.push(Seg::Key("text".into()));
                c.text(&l.text, &pt);
                p.push(Seg::Key("suggestion".into()));
                c.text(&l.suggestion, &p);
                out.push(RubricLevel {
                    text: l.text.clone(),
                    suggestion: l.suggestion.clone(),
                });
            }
            QuestionKind::Rubric(out)
        }
        "kano" => {
            let (Some(feature), Some(functional), Some(dysfunctional)) =
                (&rq.feature, &rq.functional, &rq.dysfunctional)
            else {
                missing(
                    c,
                    "feature, functional and dysfunctional",
                    "the feature's name and its two questions",
                );
                return None;
            };
            c.text(feature, &sub("feature"));
            c.text(functional, &sub("functional"));
            c.text(dysfunctional, &sub("dysfunctional"));
            QuestionKind::Kano {
                feature: feature.clone(),
                functional: functional.clone(),
                dysfunctional: dysfunctional.clone(),
                importance: rq.importance.unwrap_or(false).then(kano_importance_scale),
            }
        }
        "pair" => {
            let Some(pv) = &rq.parts else {
                missing(c, "parts", "[expected, perceived]");
                return None;
            };
            let parts: Vec<String> = if let Ok(p) = serde_yaml::from_value(pv.clone()) {
                p
            } else {
                c.at_value(
                    &sub("parts"),
                    "pair `parts` must be a list of part ids",
                    "e.g. parts: [expected, perceived]",
                );
                return None;
            };
            let mut seen = HashSet::new();
            for p in &parts {
                if !valid_id(p) || p.contains('.') || !seen.insert(p) {
                    c.at_value(
                        &sub("parts"),
                        format!("part id '{p}' is invalid or repeated"),
                        "use distinct simple ids such as expected, perceived",
                    );
                }
            }
            if parts.len() < 2 {
                c.at_value(
                    &sub("parts"),
                    "a pair question has at least two parts",
                    "e.g. parts: [expected, perceived]",
                );
            }
            let Some(texts) = &rq.texts else {
                missing(c, "texts", "one {en, zh} statement per part");
                return None;
            };
            let mut aligned = Vec::new();
            for p in &parts {
                if let Some(t) = texts.get(p) {
                    let mut tp = sub("texts");
                    tp.push(Seg::Key(p.clone()));
                    c.text(t, &tp);
                    aligned.push(t.clone());
                } else {
                    c.at(
                        &sub("texts"),
                        format!("no text for part '{p}'"),
                        format!("add `{p}: {{en: …, zh: …}}` under texts"),
                    );
                    aligned.push(Text::default());
                }
            }
            for k in texts.keys() {
                if !parts.contains(k) {
                    let mut tp = sub("texts");
                    tp.push(Seg::Key(k.clone()));
                    c.at(
                        &tp,
                        format!("text for '{k}', which is not one of the parts"),
                        "remove it or add the part to `parts`",
                    );
                }
            }
            let Some(v) = &rq.scale else {
                missing(c, "scale", "a named scale, or {min: 1, max: 7}");
                return None;
            };
            let scale = scale_ref(c, v, &sub("scale"), scales)?;
            QuestionKind::Pair {
                parts,
                texts: aligned,
                scale,
            }
        }
        "allocation" => {
            let Some(pv) = &rq.parts else {
                missing(c, "parts", "a list of {id, label}");
                return None;
            };
            let raw_parts: Vec<RawAllocationPart> = match serde_yaml::from_value(pv.clone()) {
                Ok(p) => p,
                Err(e) => {
                    c.at_value(
                        &sub("parts"),
                        format!("allocation parts: {e}"),
                        "give a list of {id: …, label: {en: …, zh: …}}",
                    );
                    return None;
                }
            };
            let mut parts = Vec::new();
            let mut seen = HashSet::new();
            for (i, p) in raw_parts.iter().enumerate() {
                let mut pp = sub("parts");
                pp.push(Seg::Index(i));
                if !valid_id(&p.id) || p.id.contains('.') || !seen.insert(p.id.clone()) {
                    c.at(
                        &pp,
                        format!("part id '{}' is invalid or repeated", p.id),
                        "use distinct simple ids",
                    );
                }
                pp.push(Seg::Key("label".into()));
                c.text(&p.label, &pp);
                parts.push(AllocationPart {
                    id: p.id.clone(),
                    label: p.label.clone(),
                });
            }
            if parts.len() < 2 {
                c.at(
                    &sub("parts"),
                    "an allocation needs at least two parts",
                    "list the parts to split the points over",
                );
            }
            let total = rq.total.unwrap_or(100.0);
            if !(total.is_finite() && total > 0.0 && total <= 1_000_000.0) {
                c.at_value(
                    &sub("total"),
                    format!("total {total} is not a positive number"),
                    "use total: 100",
                );
            }
            QuestionKind::Allocation { total, parts }
        }
        _ => QuestionKind::Text,
    };
    let group = rq.group.clone().unwrap_or_else(|| match rq.id.rfind('.') {
        Some(i) => rq.id[..i].to_string(),
        None => rq.id.clone(),
    });
    Some(Question {
        id: rq.id.clone(),
        group,
        text: rq.text.clone(),
        help: rq.help.clone(),
        improve: rq.improve.clone(),
        allow_na: rq.allow_na.unwrap_or(true),
        reverse: rq.reverse.unwrap_or(false),
        evidence_required: false,
        references: rq.references.clone(),
        kind,
    })
}

fn scale_ref(
    c: &mut Checker<'_>,
    v: &Value,
    path: &[Seg],
    scales: &HashMap<String, Scale>,
) -> Option<Scale> {
    match v {
        Value::String(name) => {
            if let Some(s) = scales.get(name) {
                Some(s.clone())
            } else {
                let mut known: Vec<&String> = scales.keys().collect();
                known.sort();
                c.at_value(
                path,
                format!("unknown scale '{name}'"),
                if known.is_empty() {
                    "define it under `scales:` at the top level, or write it inline as {min: 1, max: 5}".to_string()
                } else {
                    format!("use one of the scales defined under `scales:`: {}", known.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
                },
            );
                None
            }
        }
        Value::Mapping(_) => match serde_yaml::from_value::<RawScale>(v.clone()) {
            Ok(raw) => c.scale(&raw, path),
            Err(e) => {
                c.at_value(
                    path,
                    format!("scale: {e}"),
                    "write {min: 1, max: 5, labels: {1: {en: …, zh: …}, 5: …}}",
                );
                None
            }
        },
        _ => {
            c.at_value(
                path,
                "`scale` must be a scale name or a {min, max} mapping",
                "e.g. scale: truth5",
            );
            None
        }
    }
}
