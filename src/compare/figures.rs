//! Headline figures: the few numbers (and labels) of a scored result that a reader compares over
//! time, for every kind. `diff` matches them by key between two files; `trend` lines them up over
//! many. Keys are stable ids (`tier.basic`, `experience.respect`, `kano.online_tracking.better`),
//! so files of different instrument versions still compare figure by figure.
//!
//! Which figures count for `diff --fail-on-drop` (SPEC: "any headline score — tier, dimension,
//! gap, coefficient ×100"): pyramid tiers and experiences, maturity dimensions and index, Kano
//! Better (×100), SERVQUAL dimension gaps and the unweighted and weighted totals, the five-gap
//! drivers' gap and construct scores, NPS, CSAT, CES mean and share easy, and generic group scores.
//! Counts, levels, stages, categories and the NPS group shares are shown but never fail a diff.
//!
//! Kano Worse is shown but never fails a diff either: it is a dissatisfaction coefficient, and a
//! more negative Worse says the feature's absence would hurt more (customers have come to expect
//! it), not that the service got worse. Better falling — fewer customers delighted by having the
//! feature — is the Kano drop.

use serde::Serialize;

use crate::instrument::{Instrument, MATURITY_LEVELS, QuestionKind};
use crate::lang::{Lang, Text};
use crate::report::text::{fmt_signed, fmt1};
use crate::score::{Scored, Scoring};

/// What a figure measures, which fixes how it is shown and how a drop is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A 0–100 score (pyramid, maturity index, CSAT, generic).
    Score,
    /// NPS, −100..+100.
    Nps,
    /// A share in percent.
    Percent,
    /// A mean on a rating scale (maturity 1–5, CES 1–7, gap drivers 1–7).
    Mean,
    /// A signed difference on a rating scale (SERVQUAL P − E).
    Gap,
    /// A Kano coefficient, −1..1 (×100 for `--fail-on-drop`).
    Coefficient,
    /// A count (respondents, n).
    Count,
    /// The pyramid level: 0 none, 1 basic, 2 performance, 3 excitement.
    TierLevel,
    /// The maturity stage, 1–5.
    Stage,
    /// A Kano category (a label).
    Category,
}

impl Unit {
    /// The factor that turns a change into "points" for `--fail-on-drop`.
    pub fn points_factor(self) -> f64 {
        match self {
            Unit::Coefficient => 100.0,
            _ => 1.0,
        }
    }

    /// Decimals shown.
    pub fn decimals(self) -> usize {
        match self {
            Unit::Score | Unit::Nps | Unit::Percent => 1,
            Unit::Mean | Unit::Gap | Unit::Coefficient => 2,
            Unit::Count | Unit::TierLevel | Unit::Stage | Unit::Category => 0,
        }
    }
}

/// A figure's value: a number, or a label (a Kano category); `None` when undefined.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number.
    Number(Option<f64>),
    /// A label.
    Label(Option<String>),
}

impl Value {
    /// The number, if this is a defined number.
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Number(v) => v.filter(|x| x.is_finite()),
            Value::Label(_) => None,
        }
    }
}

/// One headline figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// Stable key, e.g. `tier.basic`.
    pub key: String,
    /// What it is, in both languages.
    pub label: Text,
    /// The value.
    pub value: Value,
    /// What it measures.
    pub unit: Unit,
    /// Whether a drop counts for `--fail-on-drop`.
    pub score: bool,
}

impl Figure {
    fn number(
        key: impl Into<String>,
        label: Text,
        value: Option<f64>,
        unit: Unit,
        score: bool,
    ) -> Self {
        Self {
            key: key.into(),
            label,
            value: Value::Number(value),
            unit,
            score,
        }
    }
}

/// The value as shown: numbers to the unit's decimals (`n/a` when undefined), tier levels and
/// stages by name.
pub fn display(value: &Value, unit: Unit, lang: Lang) -> String {
    match value {
        Value::Label(l) => l.clone().unwrap_or_else(|| "n/a".to_string()),
        Value::Number(None) => "n/a".to_string(),
        Value::Number(Some(v)) => match unit {
            Unit::TierLevel => tier_level_name(*v, lang).to_string(),
            Unit::Stage => {
                let i = v.round() as usize;
                match MATURITY_LEVELS.get(i.wrapping_sub(1)) {
                    Some((en, zh)) => format!("{i} {}", lang.pick(en, zh)),
                    None => fmt1(Some(*v)),
                }
            }
            Unit::Nps => fmt_signed(Some(*v)),
            Unit::Gap => signed(*v, 2),
            Unit::Coefficient | Unit::Mean => fixed(*v, 2),
            Unit::Count => fixed(*v, 0),
            Unit::Score | Unit::Percent | Unit::Category => fmt1(Some(*v)),
        },
    }
}

/// `v` with `d` decimals, never `-0`.
pub fn fixed(v: f64, d: usize) -> String {
    let s = format!("{v:.d$}");
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// `v` with a sign and `d` decimals; zero shows unsigned.
pub fn signed(v: f64, d: usize) -> String {
    let s = fixed(v, d);
    if s.starts_with('-') || s.chars().all(|c| c == '0' || c == '.') {
        s
    } else {
        format!("+{s}")
    }
}

/// The level a pyramid reached, as a number: 0 none, 1 basic, 2 performance, 3 excitement.
pub fn tier_level(level: Option<&str>) -> f64 {
    match level {
        Some("basic") => 1.0,
        Some("performance") => 2.0,
        Some("excitement") => 3.0,
        _ => 0.0,
    }
}

fn tier_level_name(v: f64, lang: Lang) -> &'static str {
    match v.round() as i64 {
        1 => crate::report::pyramid::tier_name("basic", lang),
        2 => crate::report::pyramid::tier_name("performance", lang),
        3 => crate::report::pyramid::tier_name("excitement", lang),
        _ => lang.pick("none", "无"),
    }
}

fn both(f: impl Fn(Lang) -> String) -> Text {
    Text::new(f(Lang::En), f(Lang::Zh))
}

fn group(inst: &Instrument, id: &str) -> Text {
    both(|l| inst.group_name(id, l))
}

fn kano_feature(inst: &Instrument, id: &str) -> Text {
    match inst.question(id).map(|q| &q.kind) {
        Some(QuestionKind::Kano { feature, .. }) => feature.clone(),
        _ => Text::new(id, id),
    }
}

/// The headline figures of a scored result, in reading order.
pub fn headline(inst: &Instrument, scoring: &Scoring) -> Vec<Figure> {
    let mut out = vec![Figure::number(
        "respondents",
        Text::new("Respondents", "答卷人数"),
        Some(scoring.respondents as f64),
        Unit::Count,
        false,
    )];
    match &scoring.overall {
        Scored::Pyramid(s) => {
            out.push(Figure::number(
                "level",
                Text::new("Level reached", "达到层级"),
                Some(tier_level(s.level.as_deref())),
                Unit::TierLevel,
                false,
            ));
            for t in &s.tiers {
                out.push(Figure::number(
                    format!("tier.{}", t.id),
                    both(|l| {
                        format!(
                            "{} {}",
                            crate::report::pyramid::tier_name(&t.id, l),
                            l.pick("tier", "层级")
                        )
                    }),
                    t.score,
                    Unit::Score,
                    true,
                ));
            }
            for e in &s.experiences {
                out.push(Figure::number(
                    format!("experience.{}", e.id),
                    group(inst, &e.id),
                    e.score,
                    Unit::Score,
                    true,
                ));
            }
        }
        Scored::Maturity(s) => {
            out.push(Figure::number(
                "index",
                Text::new("Maturity index", "成熟度指数"),
                s.index,
                Unit::Score,
                true,
            ));
            out.push(Figure::number(
                "stage",
                Text::new("Stage", "阶段"),
                s.stage.map(f64::from),
                Unit::Stage,
                false,
            ));
            for d in &s.dimensions {
                out.push(Figure::number(
                    format!("dimension.{}", d.id),
                    group(inst, &d.id),
                    d.score,
                    Unit::Mean,
                    true,
                ));
            }
        }
        Scored::Kano(s) => {
            for f in &s.features {
                let name = kano_feature(inst, &f.id);
                out.push(Figure {
                    key: format!("kano.{}.category", f.id),
                    label: Text::new(
                        format!("{} — category", name.en),
                        format!("{}——类别", name.zh),
                    ),
                    value: Value::Label(f.category.map(|_| f.shown_category())),
                    unit: Unit::Category,
                    score: false,
                });
                out.push(Figure::number(
                    format!("kano.{}.better", f.id),
                    Text::new(
                        format!("{} — Better", name.en),
                        format!("{}——Better 系数", name.zh),
                    ),
                    f.better,
                    Unit::Coefficient,
                    true,
                ));
                // Not a score for --fail-on-drop (see the module comment).
                out.push(Figure::number(
                    format!("kano.{}.worse", f.id),
                    Text::new(
                        format!("{} — Worse", name.en),
                        format!("{}——Worse 系数", name.zh),
                    ),
                    f.worse,
                    Unit::Coefficient,
                    false,
                ));
            }
        }
        Scored::Servqual(s) => {
            out.push(Figure::number(
                "servqual.unweighted",
                Text::new("Unweighted SERVQUAL score", "未加权 SERVQUAL 得分"),
                s.unweighted,
                Unit::Gap,
                true,
            ));
            out.push(Figure::number(
                "servqual.weighted",
                Text::new("Weighted SERVQUAL score", "加权 SERVQUAL 得分"),
                s.weighted,
                Unit::Gap,
                true,
            ));
            for d in &s.dimensions {
                out.push(Figure::number(
                    format!("dimension.{}.gap", d.id),
                    both(|l| format!("{} {}", inst.group_name(&d.id, l), l.pick("gap", "差距"))),
                    d.gap,
                    Unit::Gap,
                    true,
                ));
            }
        }
        Scored::Gaps(s) => {
            for g in &s.gaps {
                out.push(Figure::number(
                    format!("gap{}", g.gap),
                    both(|l| crate::report::gaps::gap_title(g.gap, l)),
                    g.score,
                    Unit::Mean,
                    true,
                ));
            }
            for c in &s.constructs {
                out.push(Figure::number(
                    format!("construct.{}", c.id),
                    both(|l| crate::report::gaps::construct_name(inst, &c.id, l)),
                    c.score,
                    Unit::Mean,
                    true,
                ));
            }
        }
        Scored::Pulse(s) => {
            out.push(Figure::number(
                "nps",
                Text::new("NPS", "净推荐值"),
                s.nps.score,
                Unit::Nps,
                true,
            ));
            out.push(Figure::number(
                "nps.n",
                Text::new("NPS n", "净推荐值 n"),
                Some(s.nps.n as f64),
                Unit::Count,
                false,
            ));
            out.push(Figure::number(
                "nps.promoters",
                Text::new("Promoters %", "推荐者 %"),
                s.nps.promoter_share,
                Unit::Percent,
                false,
            ));
            out.push(Figure::number(
                "nps.passives",
                Text::new("Passives %", "被动者 %"),
                s.nps.passive_share,
                Unit::Percent,
                false,
            ));
            out.push(Figure::number(
                "nps.detractors",
                Text::new("Detractors %", "贬损者 %"),
                s.nps.detractor_share,
                Unit::Percent,
                false,
            ));
            out.push(Figure::number(
                "csat",
                Text::new("CSAT", "满意度"),
                s.csat.score,
                Unit::Score,
                true,
            ));
            out.push(Figure::number(
                "csat.n",
                Text::new("CSAT n", "满意度 n"),
                Some(s.csat.n as f64),
                Unit::Count,
                false,
            ));
            out.push(Figure::number(
                "ces",
                Text::new("CES mean (1–7)", "费力度均值（1–7）"),
                s.ces.mean,
                Unit::Mean,
                true,
            ));
            out.push(Figure::number(
                "ces.easy",
                Text::new("CES easy % (5–7)", "费力度容易 %（5–7）"),
                s.ces.share_easy,
                Unit::Percent,
                true,
            ));
            out.push(Figure::number(
                "ces.n",
                Text::new("CES n", "费力度 n"),
                Some(s.ces.n as f64),
                Unit::Count,
                false,
            ));
        }
        Scored::Generic(s) => {
            for g in &s.groups {
                out.push(Figure::number(
                    format!("group.{}", g.id),
                    group(inst, &g.id),
                    g.score,
                    Unit::Score,
                    true,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_display_by_unit() {
        let en = Lang::En;
        assert_eq!(
            display(&Value::Number(Some(2.0)), Unit::TierLevel, en),
            "Performance"
        );
        assert_eq!(
            display(&Value::Number(Some(0.0)), Unit::TierLevel, Lang::Zh),
            "无"
        );
        assert_eq!(
            display(&Value::Number(Some(3.0)), Unit::Stage, en),
            "3 Defined"
        );
        assert_eq!(display(&Value::Number(Some(-0.001)), Unit::Gap, en), "0.00");
        assert_eq!(display(&Value::Number(Some(0.25)), Unit::Gap, en), "+0.25");
        assert_eq!(
            display(&Value::Number(Some(-0.4)), Unit::Coefficient, en),
            "-0.40"
        );
        assert_eq!(display(&Value::Number(Some(21.43)), Unit::Nps, en), "+21.4");
        assert_eq!(display(&Value::Number(None), Unit::Score, en), "n/a");
        assert_eq!(
            display(&Value::Label(Some("I/O".into())), Unit::Category, en),
            "I/O"
        );
        assert!((Unit::Coefficient.points_factor() - 100.0).abs() < f64::EPSILON);
    }
}
