//! `settings.levels`: the names a rubric instrument gives its five levels (1 Ad hoc … 5 Embedded
//! in the built-in maturity questionnaire), so reports name levels from the questionnaire rather
//! than from a table in the code. Optional; when given, exactly one bilingual name per level,
//! lowest first, no two alike, and only in an instrument that has rubric questions.

use super::Checker;
use crate::instrument::{Question, QuestionKind};
use crate::lang::{Text, messages};
use crate::tr;
use crate::yaml::Seg;
use crate::ypath;

/// Levels of every rubric.
const RUBRIC_LEVELS: usize = 5;

/// The checked level names (empty when none are given or they are not usable).
pub(super) fn check(
    c: &mut Checker<'_>,
    levels: Option<&[Text]>,
    questions: &[Question],
) -> Vec<Text> {
    let Some(levels) = levels else {
        return Vec::new();
    };
    let path = ypath!["settings", "levels"].to_vec();
    if !questions
        .iter()
        .any(|q| matches!(q.kind, QuestionKind::Rubric(_)))
    {
        c.at(
            &path,
            tr!(messages(), "err-instrument-levels-no-rubric"),
            tr!(messages(), "err-instrument-levels-no-rubric-fix"),
        );
        return Vec::new();
    }
    if levels.len() != RUBRIC_LEVELS {
        c.at(
            &path,
            tr!(
                messages(),
                "err-instrument-levels-count",
                n = levels.len(),
                want = RUBRIC_LEVELS
            ),
            tr!(messages(), "err-instrument-levels-count-fix"),
        );
    }
    for (i, name) in levels.iter().enumerate() {
        let mut p = path.clone();
        p.push(Seg::Index(i));
        c.text(name, &p);
        let same = |a: &str, b: &str| !a.trim().is_empty() && a.trim() == b.trim();
        if let Some(k) = levels[..i]
            .iter()
            .position(|earlier| same(&earlier.en, &name.en) || same(&earlier.zh, &name.zh))
        {
            c.at_value(
                &p,
                tr!(
                    messages(),
                    "err-instrument-levels-same",
                    level = i + 1,
                    earlier = k + 1,
                    name = name.en.trim()
                ),
                tr!(messages(), "err-instrument-levels-same-fix"),
            );
        }
    }
    if levels.len() == RUBRIC_LEVELS {
        levels.to_vec()
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use crate::error::Error;
    use crate::instrument::{Instrument, Origin};
    use crate::lang::Lang;

    fn rubric(settings: &str) -> String {
        let mut levels = String::new();
        for l in 1..=5 {
            let _ = writeln!(
                levels,
                "          - {{text: {{en: \"L{l}\", zh: \"级{l}\"}}, suggestion: {{en: \"S{l}\", zh: \"议{l}\"}}}}"
            );
        }
        format!(
            "format: cxassess-instrument/1\nid: tiny\nversion: 1\nkind: maturity\ntitle: {{en: Tiny, zh: 小}}\n{settings}sections:\n  - id: s\n    title: {{en: S, zh: 节}}\n    questions:\n      - id: s.1\n        type: rubric\n        text: {{en: Q, zh: 题}}\n        levels:\n{levels}"
        )
    }

    fn problems(src: &str) -> String {
        match Instrument::parse(src, Origin::File("tiny.yaml".into())) {
            Err(Error::Invalid(p)) => p
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
            other => panic!("expected problems, got {other:?}"),
        }
    }

    const FIVE: &str = "settings:\n  levels:\n    - {en: Ad hoc, zh: 起步}\n    - {en: Emerging, zh: 萌芽}\n    - {en: Defined, zh: 规范}\n    - {en: Managed, zh: 量化管理}\n    - {en: Embedded, zh: 引领}\n";

    #[test]
    fn named_levels_are_read_in_both_languages() {
        let inst = Instrument::parse(&rubric(FIVE), Origin::File("tiny.yaml".into())).unwrap();
        assert_eq!(inst.level_name(1, Lang::En), Some("Ad hoc"));
        assert_eq!(inst.level_name(4, Lang::Zh), Some("量化管理"));
        assert_eq!(inst.level_name(0, Lang::En), None);
        assert_eq!(inst.level_name(6, Lang::En), None);
        let unnamed = Instrument::parse(&rubric(""), Origin::File("tiny.yaml".into())).unwrap();
        assert_eq!(unnamed.level_name(3, Lang::En), None);
    }

    #[test]
    fn the_builtin_maturity_questionnaire_names_its_levels() {
        let inst = Instrument::load("maturity").unwrap();
        let names: Vec<&str> = (1..=5)
            .filter_map(|l| inst.level_name(l, Lang::En))
            .collect();
        assert_eq!(
            names,
            ["Ad hoc", "Emerging", "Defined", "Managed", "Embedded"]
        );
        assert_eq!(inst.level_name(5, Lang::Zh), Some("引领"));
    }

    #[test]
    fn four_names_an_empty_translation_or_a_repeated_name_are_refused() {
        let four = FIVE.replace("    - {en: Embedded, zh: 引领}\n", "");
        let p = problems(&rubric(&four));
        assert!(p.contains("names 4 levels; a rubric has exactly 5"), "{p}");
        let empty = FIVE.replace("zh: 萌芽", "zh: \"\"");
        let p = problems(&rubric(&empty));
        assert!(p.contains("the Chinese text is empty"), "{p}");
        let twice = FIVE.replace("{en: Managed, zh: 量化管理}", "{en: Defined, zh: 管理}");
        let p = problems(&rubric(&twice));
        assert!(
            p.contains("level 4 has the same name as level 3 ('Defined')"),
            "{p}"
        );
    }

    #[test]
    fn levels_without_rubric_questions_are_refused() {
        let src = format!(
            "format: cxassess-instrument/1\nid: tiny\nversion: 1\nkind: generic\ntitle: {{en: Tiny, zh: 小}}\n{FIVE}sections:\n  - id: s\n    title: {{en: S, zh: 节}}\n    questions:\n      - id: s.1\n        type: scale\n        scale: {{min: 1, max: 5}}\n        text: {{en: Q, zh: 题}}\n"
        );
        let p = problems(&src);
        assert!(p.contains("this instrument has none"), "{p}");
        assert!(p.starts_with("tiny.yaml:7:"), "the place of `levels:`: {p}");
    }
}
