//! Turns a parsed instrument file into the typed model, collecting every problem with its place.
//! A file either validates completely or yields the full list of problems; nothing half-checked
//! reaches the runner or the scorers.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::raw::{RawInstrument, RawScale};
use super::{
    FORMAT, Group, Instrument, KanoTable, Kind, Origin, Question, QuestionKind, Scale, Section,
    ServqualVariant, Settings,
};
use crate::error::{Error, Problem, Result};
use crate::lang::{Text, messages};
use crate::tr;
use crate::yaml::{self, Positions, Seg};
use crate::ypath;

mod evidence;
mod kinds;
mod levels;
mod question;

use question::question;

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
        for (lang, value) in [("en", &t.en), ("zh", &t.zh)] {
            if value.trim().is_empty() {
                let mut p = path.to_vec();
                p.push(Seg::Key(lang.to_string()));
                self.at_value(
                    &p,
                    tr!(messages(), "err-instrument-text-empty", lang = lang),
                    tr!(messages(), "err-instrument-text-empty-fix", lang = lang),
                );
            }
        }
    }

    /// Checks an id; `what` is the kind of thing it names (instrument, group, section, question),
    /// which the message chooses its words by.
    fn id(&mut self, id: &str, path: &[Seg], what: &str) {
        if !valid_id(id) {
            self.at_value(
                path,
                tr!(
                    messages(),
                    "err-instrument-id-invalid",
                    what = what,
                    id = id
                ),
                tr!(messages(), "err-instrument-id-invalid-fix"),
            );
        }
    }

    fn scale(&mut self, raw: &RawScale, path: &[Seg]) -> Option<Scale> {
        let (min, max) = (raw.min, raw.max);
        let mut ok = true;
        if min >= max {
            self.at(
                path,
                tr!(
                    messages(),
                    "err-instrument-scale-bounds",
                    min = min.to_string(),
                    max = max.to_string()
                ),
                tr!(messages(), "err-instrument-scale-bounds-fix"),
            );
            ok = false;
        } else if max - min > 10 || min < -100 || max > 100 {
            self.at(
                path,
                tr!(
                    messages(),
                    "err-instrument-scale-points",
                    min = min.to_string(),
                    max = max.to_string(),
                    points = (max - min + 1).to_string()
                ),
                tr!(messages(), "err-instrument-scale-points-fix"),
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
                    tr!(
                        messages(),
                        "err-instrument-scale-label-outside",
                        point = point.to_string(),
                        min = min.to_string(),
                        max = max.to_string()
                    ),
                    tr!(messages(), "err-instrument-scale-label-outside-fix"),
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
            tr!(
                messages(),
                "err-instrument-format",
                format = raw.format.as_str()
            ),
            tr!(messages(), "err-instrument-format-fix", expected = FORMAT),
        );
    }
    c.id(&raw.id, &ypath!["id"], "instrument");
    if raw.id.contains('.') {
        c.at_value(
            &ypath!["id"],
            tr!(messages(), "err-instrument-id-dot"),
            tr!(messages(), "err-instrument-id-dot-fix"),
        );
    }
    if raw.version < 1 || raw.version > i64::from(u32::MAX) {
        c.at_value(
            &ypath!["version"],
            tr!(
                messages(),
                "err-instrument-version",
                version = raw.version.to_string()
            ),
            tr!(messages(), "err-instrument-version-fix"),
        );
    }
    let kind = Kind::from_id(&raw.kind).unwrap_or_else(|| {
        c.at_value(
            &ypath!["kind"],
            tr!(messages(), "err-instrument-kind", kind = raw.kind.as_str()),
            tr!(
                messages(),
                "err-instrument-kind-fix",
                kinds = crate::error::list(&Kind::ALL.map(Kind::id))
            ),
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
                tr!(messages(), "err-instrument-group-twice", id = g.id.as_str()),
                tr!(messages(), "err-instrument-group-twice-fix"),
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
                    tr!(messages(), "err-instrument-tier", tier = t.as_str()),
                    tr!(messages(), "err-instrument-tier-fix"),
                );
            }
        }
        let gap = match g.gap {
            Some(n @ 1..=4) => Some(n as u8),
            Some(n) => {
                c.at_value(
                    &ypath!["groups", i, "gap"],
                    tr!(messages(), "err-instrument-gap", gap = n.to_string()),
                    tr!(messages(), "err-instrument-gap-fix"),
                );
                None
            }
            None => None,
        };
        if kind == Kind::Pyramid && g.tier.is_none() {
            c.at(
                &path,
                tr!(messages(), "err-instrument-no-tier", id = g.id.as_str()),
                tr!(messages(), "err-instrument-no-tier-fix"),
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
            tr!(messages(), "err-instrument-no-sections"),
            tr!(messages(), "err-instrument-no-sections-fix"),
        );
    }
    for (si, s) in raw.sections.iter().enumerate() {
        let spath = ypath!["sections", si];
        c.id(&s.id, &ypath!["sections", si, "id"], "section");
        if section_ids.insert(s.id.clone(), sections.len()).is_some() {
            c.at_value(
                &ypath!["sections", si, "id"],
                tr!(
                    messages(),
                    "err-instrument-section-twice",
                    id = s.id.as_str()
                ),
                tr!(messages(), "err-instrument-section-twice-fix"),
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
                    tr!(
                        messages(),
                        "err-instrument-repeat-and-questions",
                        id = s.id.as_str(),
                        repeats = r.as_str()
                    ),
                    tr!(messages(), "err-instrument-repeat-and-questions-fix"),
                );
            }
            match section_ids.get(r).filter(|&&i| i < sections.len()) {
                Some(&i) => {
                    indices.clone_from(&sections[i].questions);
                    repeats = Some(r.clone());
                }
                None => c.at_value(
                    &ypath!["sections", si, "repeat"],
                    tr!(
                        messages(),
                        "err-instrument-repeat-unknown",
                        id = s.id.as_str(),
                        repeats = r.as_str()
                    ),
                    tr!(messages(), "err-instrument-repeat-unknown-fix"),
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
                    tr!(
                        messages(),
                        "err-instrument-question-twice",
                        id = rq.id.as_str(),
                        line = line.to_string()
                    ),
                    tr!(messages(), "err-instrument-question-twice-fix"),
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
                    tr!(
                        messages(),
                        "err-instrument-battery",
                        battery = b.as_str(),
                        section = s.id.as_str()
                    ),
                    tr!(messages(), "err-instrument-battery-fix"),
                );
            }
        }
        if indices.is_empty() && s.repeat.is_none() {
            c.at(
                &spath,
                tr!(
                    messages(),
                    "err-instrument-section-empty",
                    id = s.id.as_str()
                ),
                tr!(messages(), "err-instrument-section-empty-fix"),
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
                        tr!(
                            messages(),
                            "err-instrument-part-never-asked",
                            part = part.as_str(),
                            id = q.id.as_str()
                        ),
                        tr!(
                            messages(),
                            "err-instrument-part-never-asked-fix",
                            part = part.as_str()
                        ),
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
                tr!(messages(), "err-instrument-role-word", role = r.as_str()),
                tr!(messages(), "err-instrument-role-word-fix"),
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
                    tr!(
                        messages(),
                        "err-instrument-audience",
                        id = s.id.as_str(),
                        role = r.as_str()
                    ),
                    tr!(
                        messages(),
                        "err-instrument-audience-fix",
                        role = r.as_str(),
                        roles = crate::error::list(roles)
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
                tr!(messages(), "err-instrument-pass-mark", mark = p.to_string()),
                tr!(messages(), "err-instrument-pass-mark-fix"),
            );
        }
        if kind != Kind::Pyramid {
            c.at(
                &ypath!["settings", "pass_mark"],
                tr!(messages(), "err-instrument-pass-mark-kind"),
                tr!(messages(), "err-instrument-remove-it"),
            );
        }
    }
    if let Some(t) = &raw.settings.kano_table {
        match t.as_str() {
            "standard" => s.kano_table = KanoTable::Standard,
            "pouliot" => s.kano_table = KanoTable::Pouliot,
            other => c.at_value(
                &ypath!["settings", "kano_table"],
                tr!(messages(), "err-instrument-kano-table", table = other),
                tr!(messages(), "err-instrument-kano-table-fix"),
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
                tr!(messages(), "err-instrument-variant", variant = other),
                tr!(messages(), "err-instrument-variant-fix"),
            ),
        }
    }
    s
}
