//! Questionnaires ("instruments"): the model, the built-in ones, loading and validation.
//! An instrument is read from YAML (see `docs/instrument-format.md`), checked as a whole so that
//! every problem is reported at once with its line and column, and turned into the typed model
//! below. This module knows nothing of answers, scores or terminals.

pub mod builtin;
pub mod kano_study;
mod raw;
mod validate;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::lang::{Lang, Text};

/// The `format:` line every instrument file starts with.
pub const FORMAT: &str = "cxassess-instrument/1";

/// Defines [`Kind`] from the registry (`src/kinds.rs`).
macro_rules! kind_enum {
    ($($(#[$doc:meta])* $variant:ident $module:ident $id:literal $score:ident;)*) => {
        /// Which scoring model reads an instrument.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Kind {
            $($(#[$doc])* $variant,)*
        }

        impl Kind {
            /// Every kind, in the order the documentation lists them.
            pub const ALL: [Kind; [$($id),*].len()] = [$(Kind::$variant),*];

            /// The id used in files and JSON.
            pub fn id(self) -> &'static str {
                match self {
                    $(Kind::$variant => $id,)*
                }
            }
        }
    };
}

crate::kinds::for_each_kind!(kind_enum);

impl Kind {
    /// Parses a kind id.
    pub fn from_id(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == s)
    }
}

/// Which Kano evaluation table classifies answer pairs (DOMAIN.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KanoTable {
    /// Berger et al. 1993; Matzler & Hinterhuber 1998.
    #[default]
    Standard,
    /// As standard, with (Must-be, Must-be) and (Live-with, Live-with) questionable.
    Pouliot,
}

/// Which SERVQUAL form an instrument uses (DOMAIN.md §4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServqualVariant {
    /// Expectations and perceptions, gap = P − E.
    #[default]
    Servqual,
    /// Perceptions only.
    Servperf,
    /// Zone of tolerance: adequate, desired and perceived.
    Zone,
}

/// Model-specific settings of an instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Pyramid: the score (0–100) every experience of a tier must reach.
    pub pass_mark: f64,
    /// Kano: the evaluation table.
    pub kano_table: KanoTable,
    /// SERVQUAL: the form.
    pub variant: ServqualVariant,
    /// Rubrics: the names of levels 1–5, lowest first (`settings.levels`); empty when the
    /// instrument does not name its levels.
    pub levels: Vec<Text>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            pass_mark: 60.0,
            kano_table: KanoTable::Standard,
            variant: ServqualVariant::Servqual,
            levels: Vec::new(),
        }
    }
}

/// A rating scale: integer points from `min` to `max`, some of them labelled.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// Lowest point.
    pub min: i32,
    /// Highest point.
    pub max: i32,
    /// Labels of some points (usually at least the two ends).
    pub labels: BTreeMap<i32, Text>,
}

impl Scale {
    /// Whether `v` is a point of the scale.
    pub fn contains(&self, v: i32) -> bool {
        (self.min..=self.max).contains(&v)
    }

    /// The number of points.
    pub fn len(&self) -> usize {
        (self.max - self.min + 1) as usize
    }

    /// Whether the scale has no points (never true for a validated instrument).
    pub fn is_empty(&self) -> bool {
        self.max < self.min
    }

    /// The label of point `v`, if it has one.
    pub fn label(&self, v: i32, lang: Lang) -> Option<&str> {
        self.labels.get(&v).map(|t| t.get(lang))
    }
}

/// One level of a rubric item.
#[derive(Debug, Clone, PartialEq)]
pub struct RubricLevel {
    /// What an organisation at this level looks like.
    pub text: Text,
    /// What to do to reach the next level.
    pub suggestion: Text,
}

/// One part of a point allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct AllocationPart {
    /// The part's id (for SERVQUAL, a dimension id).
    pub id: String,
    /// What the part means, in plain words.
    pub label: Text,
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    /// One point on a scale.
    Scale(Scale),
    /// One of five described levels.
    Rubric(Vec<RubricLevel>),
    /// A Kano functional/dysfunctional pair with optional importance.
    Kano {
        /// The feature's short name.
        feature: Text,
        /// "If it HAS the feature, how do you feel?"
        functional: Text,
        /// "If it does NOT have the feature, how do you feel?"
        dysfunctional: Text,
        /// The importance scale (1–9) when importance is asked.
        importance: Option<Scale>,
    },
    /// Several parts rated on one scale (expected/perceived, or adequate/desired/perceived).
    Pair {
        /// Part ids, in the order they are asked.
        parts: Vec<String>,
        /// The statement for each part, aligned with `parts`.
        texts: Vec<Text>,
        /// The scale all parts use.
        scale: Scale,
    },
    /// Points split over parts, summing to `total`.
    Allocation {
        /// The sum the parts must reach.
        total: f64,
        /// The parts.
        parts: Vec<AllocationPart>,
    },
    /// Free text.
    Text,
}

impl QuestionKind {
    /// The type name used in instrument files.
    pub fn type_name(&self) -> &'static str {
        match self {
            QuestionKind::Scale(_) => "scale",
            QuestionKind::Rubric(_) => "rubric",
            QuestionKind::Kano { .. } => "kano",
            QuestionKind::Pair { .. } => "pair",
            QuestionKind::Allocation { .. } => "allocation",
            QuestionKind::Text => "text",
        }
    }
}

/// One question of an instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Unique id, e.g. `respect.1`.
    pub id: String,
    /// The scoring group (the id before its last dot unless set).
    pub group: String,
    /// The question or statement (absent for Kano and pair questions, which carry their own).
    pub text: Option<Text>,
    /// A longer explanation.
    pub help: Option<Text>,
    /// What to do when the statement scores low: the improvement action reports give for it.
    pub improve: Option<Text>,
    /// Whether "not applicable" is accepted.
    pub allow_na: bool,
    /// Reverse-keyed: scored as `min + max − x`.
    pub reverse: bool,
    /// Whether an answer must carry evidence (`evidence: required` on it or its section).
    pub evidence_required: bool,
    /// Literature or framework references.
    pub references: Vec<String>,
    /// The answer type.
    pub kind: QuestionKind,
}

/// A scoring group: an experience, a dimension, a construct, a Kano feature.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Group {
    /// The group id.
    pub id: String,
    /// Display name.
    pub name: Text,
    /// One-line description.
    pub description: Option<Text>,
    /// Pyramid tier id.
    pub tier: Option<String>,
    /// Maturity: the published competency it maps to.
    pub maps_to: Option<String>,
    /// Gaps: the gap (1–4) a driver explains.
    pub gap: Option<u8>,
    /// Gaps: the raw construct measures the unhealthy direction.
    pub reverse: bool,
    /// Gaps: the name shown for a reversed construct ("Flat structure").
    pub healthy_name: Option<Text>,
}

/// A section: a titled run of questions, possibly asking one part of paired questions.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Section id.
    pub id: String,
    /// Title.
    pub title: Text,
    /// Introduction shown before its first question.
    pub intro: Option<Text>,
    /// Ask only this part of pair questions.
    pub battery: Option<String>,
    /// Who answers this section (role words).
    pub audience: Vec<String>,
    /// Indices into [`Instrument::questions`] (for a `repeat:` section, the repeated ones).
    pub questions: Vec<usize>,
    /// Whether the questions are repeated from an earlier section.
    pub repeats: Option<String>,
}

/// Where an instrument came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the binary.
    Builtin,
    /// A file, as the user named it.
    File(String),
}

/// One screen's worth of asking: a question, or one part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Index into [`Instrument::sections`].
    pub section: usize,
    /// Index into [`Instrument::questions`].
    pub question: usize,
    /// Which part: pair part index, Kano 0 functional / 1 dysfunctional / 2 importance.
    pub part: Option<usize>,
}

/// A validated questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    /// Instrument id.
    pub id: String,
    /// Version; every published version of a built-in stays available.
    pub version: u32,
    /// Scoring model.
    pub kind: Kind,
    /// Title.
    pub title: Text,
    /// Description.
    pub description: Option<Text>,
    /// Who answers it (role words); empty: anyone.
    pub audience: Vec<String>,
    /// Model settings.
    pub settings: Settings,
    /// References.
    pub references: Vec<String>,
    /// Scoring groups, in file order.
    pub groups: Vec<Group>,
    /// Sections, in order.
    pub sections: Vec<Section>,
    /// Every question, in questionnaire order (the order answers are written in).
    pub questions: Vec<Question>,
    /// SHA-256 of the file's content (line endings normalised), hex.
    pub digest: String,
    /// Where it came from.
    pub origin: Origin,
    /// The YAML it was read from.
    pub source: String,
}

/// The scale of Kano answers, 1 Like … 5 Dislike, with labels.
pub fn kano_answer_scale() -> Scale {
    let labels = [
        Text::new("I like it", "我喜欢"),
        Text::new("I expect it (must be)", "理所当然"),
        Text::new("I am neutral", "无所谓"),
        Text::new("I can live with it", "能忍受"),
        Text::new("I dislike it", "我不喜欢"),
    ];
    Scale {
        min: 1,
        max: 5,
        labels: (1..=5).zip(labels).collect(),
    }
}

/// The 1–9 importance scale of Kano features (DuMouchel).
pub fn kano_importance_scale() -> Scale {
    let mut labels = BTreeMap::new();
    labels.insert(1, Text::new("Not at all important", "完全不重要"));
    labels.insert(5, Text::new("Moderately important", "一般重要"));
    labels.insert(9, Text::new("Extremely important", "极其重要"));
    Scale {
        min: 1,
        max: 9,
        labels,
    }
}

impl Instrument {
    /// Loads an instrument by built-in id (newest version) or by file path.
    pub fn load(spec: &str) -> Result<Instrument> {
        if let Some(b) = builtin::latest(spec) {
            return b.instrument();
        }
        let path = Path::new(spec);
        if !path.exists() && !spec.contains(['/', '\\', '.']) {
            return Err(Error::Usage(crate::tr!(
                crate::lang::messages(),
                "err-instrument-unknown",
                spec = spec,
                ids = crate::error::list(&builtin::ids())
            )));
        }
        let src = crate::yaml::read_text(
            path,
            crate::yaml::MAX_YAML_BYTES as u64,
            "an instrument file",
        )?;
        Instrument::parse(&src, Origin::File(spec.to_string()))
    }

    /// Parses and validates an instrument from YAML text.
    pub fn parse(src: &str, origin: Origin) -> Result<Instrument> {
        let label = match &origin {
            Origin::Builtin => "<builtin>".to_string(),
            Origin::File(f) => f.clone(),
        };
        validate::parse(&label, src, origin)
    }

    /// The digest of instrument text: SHA-256 over the text with CRLF turned into LF.
    pub fn digest_of(src: &str) -> String {
        let normalised = src.replace("\r\n", "\n");
        let hash = Sha256::digest(normalised.as_bytes());
        hash.iter().fold(String::with_capacity(64), |mut hex, b| {
            use std::fmt::Write as _;
            let _ = write!(hex, "{b:02x}");
            hex
        })
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The index of the question with this id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The display name of a group (its id when it is not declared).
    pub fn group_name(&self, id: &str, lang: Lang) -> String {
        self.group(id)
            .map_or_else(|| id.to_string(), |g| g.name.get(lang).to_string())
    }

    /// The name of rubric level `level` (1 = the lowest) as the instrument gives it
    /// (`settings.levels`), or `None` when it names no levels.
    pub fn level_name(&self, level: u8, lang: Lang) -> Option<&str> {
        let i = usize::from(level).checked_sub(1)?;
        self.settings.levels.get(i).map(|t| t.get(lang))
    }

    /// The steps the runner walks through, in order. A SERVPERF form (`variant: servperf`)
    /// asks perceptions only: its expectation parts have no steps.
    pub fn steps(&self) -> Vec<Step> {
        let perceptions_only =
            self.kind == Kind::Servqual && self.settings.variant == ServqualVariant::Servperf;
        let asked = |parts: &[String], p: usize| !(perceptions_only && parts[p] == "expected");
        let mut steps = Vec::new();
        for (s, section) in self.sections.iter().enumerate() {
            for &q in &section.questions {
                let question = &self.questions[q];
                match &question.kind {
                    QuestionKind::Pair { parts, .. } => {
                        if let Some(b) = &section.battery {
                            if let Some(p) = parts
                                .iter()
                                .position(|x| x == b)
                                .filter(|&p| asked(parts, p))
                            {
                                steps.push(Step {
                                    section: s,
                                    question: q,
                                    part: Some(p),
                                });
                            }
                        } else {
                            for p in (0..parts.len()).filter(|&p| asked(parts, p)) {
                                steps.push(Step {
                                    section: s,
                                    question: q,
                                    part: Some(p),
                                });
                            }
                        }
                    }
                    QuestionKind::Kano { importance, .. } => {
                        let n = if importance.is_some() { 3 } else { 2 };
                        for p in 0..n {
                            steps.push(Step {
                                section: s,
                                question: q,
                                part: Some(p),
                            });
                        }
                    }
                    _ => steps.push(Step {
                        section: s,
                        question: q,
                        part: None,
                    }),
                }
            }
        }
        steps
    }

    /// Whether a respondent of `role` answers this instrument: the instrument names no audience,
    /// or names the role, or no role is given.
    pub fn admits(&self, role: Option<&str>) -> bool {
        match role.map(str::trim).filter(|r| !r.is_empty()) {
            None => true,
            Some(role) => {
                self.audience.is_empty()
                    || self.audience.iter().any(|w| w.eq_ignore_ascii_case(role))
            }
        }
    }

    /// The refusal of a respondent whose role does not answer this instrument (exit 2), naming
    /// who does.
    pub fn check_role(&self, role: Option<&str>) -> Result<()> {
        if self.admits(role) {
            return Ok(());
        }
        let role = role.unwrap_or_default().trim();
        Err(Error::Usage(crate::tr!(
            crate::lang::messages(),
            "err-instrument-role-not-audience",
            role = role,
            id = self.id.as_str(),
            audience = crate::error::list(&self.audience)
        )))
    }

    /// The steps a respondent of `role` answers. A section with an `audience` is asked only of
    /// the roles it names — in the gaps questionnaire, staff do not answer the managers'
    /// sections; in the maturity questionnaire, staff do not rate the items answered by managers
    /// and consultants. A respondent without a role answers every step.
    pub fn steps_for(&self, role: Option<&str>) -> Vec<Step> {
        let mut steps = self.steps();
        let Some(role) = role.map(str::trim).filter(|r| !r.is_empty()) else {
            return steps;
        };
        let named = |section: &Section| {
            section
                .audience
                .iter()
                .any(|w| w.eq_ignore_ascii_case(role))
        };
        steps.retain(|step| {
            let section = &self.sections[step.section];
            section.audience.is_empty() || named(section)
        });
        steps
    }

    /// The scale a step is answered on (`None` for allocation and text steps).
    pub fn step_scale(&self, step: Step) -> Option<Scale> {
        let q = &self.questions[step.question];
        match &q.kind {
            QuestionKind::Scale(s) | QuestionKind::Pair { scale: s, .. } => Some(s.clone()),
            QuestionKind::Rubric(levels) => Some(Scale {
                min: 1,
                max: levels.len() as i32,
                labels: BTreeMap::new(),
            }),
            QuestionKind::Kano { importance, .. } => match step.part {
                Some(2) => importance.clone(),
                _ => Some(kano_answer_scale()),
            },
            QuestionKind::Allocation { .. } | QuestionKind::Text => None,
        }
    }

    /// The source label for results files: `builtin` or the path as given.
    pub fn source_label(&self) -> String {
        match &self.origin {
            Origin::Builtin => "builtin".to_string(),
            Origin::File(f) => f.clone(),
        }
    }

    /// Groups that questions use, in order of first use.
    pub fn used_groups(&self) -> Vec<&str> {
        let mut seen: Vec<&str> = Vec::new();
        for q in &self.questions {
            if !seen.contains(&q.group.as_str()) {
                seen.push(&q.group);
            }
        }
        seen
    }
}

/// The maturity level names (DOMAIN.md §2), levels 1–5. The built-in questionnaire names its
/// levels itself (`settings.levels`, read with [`Instrument::level_name`]), and reports take them
/// from there; the runner, CSV import and `diff` still read this table.
pub const MATURITY_LEVELS: [(&str, &str); 5] = [
    ("Ad hoc", "起步"),
    ("Emerging", "萌芽"),
    ("Defined", "规范"),
    ("Managed", "量化管理"),
    ("Embedded", "引领"),
];
