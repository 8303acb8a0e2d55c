use super::*;
use crate::instrument::{Instrument, Kind, Origin, QuestionKind};

fn spec(title: &str, features: &[&str]) -> StudySpec {
    StudySpec {
        title: title.to_string(),
        features: features.iter().map(|f| (*f).to_string()).collect(),
        importance: true,
        table: KanoTable::Standard,
    }
}

/// Generates, parses and validates; fails the test with the YAML when it does not.
fn parsed(spec: &StudySpec) -> Instrument {
    let yaml = generate(spec).expect("a valid spec");
    Instrument::parse(&yaml, Origin::File("study.yaml".into()))
        .unwrap_or_else(|e| panic!("generated YAML does not validate: {e}\n{yaml}"))
}

fn kano_parts(i: &Instrument) -> Vec<(String, Text, Text, Text, bool)> {
    i.questions
        .iter()
        .map(|q| match &q.kind {
            QuestionKind::Kano {
                feature,
                functional,
                dysfunctional,
                importance,
            } => (
                q.id.clone(),
                feature.clone(),
                functional.clone(),
                dysfunctional.clone(),
                importance.is_some(),
            ),
            other => panic!("question {} is {}", q.id, other.type_name()),
        })
        .collect()
}

#[test]
fn slugs_keep_ascii_letters_and_digits() {
    assert_eq!(slug("Real-time order tracking"), "real_time_order_tracking");
    assert_eq!(slug("  24/7 service hotline!! "), "24_7_service_hotline");
    assert_eq!(slug("实时订单跟踪"), "");
    assert_eq!(slug("VIP 通道"), "vip");
    assert_eq!(slug(&"a".repeat(100)).len(), 48);
    assert_eq!(slug(&format!("{} b", "a".repeat(47))), "a".repeat(47));
}

#[test]
fn names_split_at_the_bar_and_fall_back_to_one_language() {
    assert_eq!(
        split_name(" Free returns | 免费退货 "),
        Text::new("Free returns", "免费退货")
    );
    assert_eq!(split_name("Live chat"), Text::new("Live chat", "Live chat"));
    assert_eq!(split_name("| 在线客服"), Text::new("在线客服", "在线客服"));
    assert_eq!(
        split_name("Live chat |"),
        Text::new("Live chat", "Live chat")
    );
    assert_eq!(split_name(" | "), Text::new("", ""));
}

#[test]
fn study_ids_avoid_empty_and_built_in_ids() {
    assert_eq!(
        study_id("Online service features | 线上服务功能"),
        "online_service_features"
    );
    assert_eq!(study_id("线上服务功能"), FALLBACK_ID);
    assert_eq!(study_id("Kano"), "kano_study");
    assert_eq!(study_id("Pulse!"), "pulse_study");
}

#[test]
fn feature_ids_are_unique_and_chinese_names_are_numbered() {
    let names: Vec<String> = [
        "Real-time order tracking",
        "实时订单跟踪",
        "real time order tracking",
        "Real-time order tracking!",
        "Feature 2",
    ]
    .map(String::from)
    .to_vec();
    let ids: Vec<String> = features(&names).into_iter().map(|f| f.id).collect();
    assert_eq!(
        ids,
        [
            "real_time_order_tracking",
            "feature_2",
            "real_time_order_tracking_2",
            "real_time_order_tracking_3",
            "feature_2_2"
        ]
    );
}

#[test]
fn questions_follow_the_built_in_wording_and_emphasis() {
    let builtin = Instrument::load("kano").unwrap();
    let QuestionKind::Kano {
        feature,
        functional: f,
        dysfunctional: d,
        ..
    } = &builtin.questions[0].kind
    else {
        panic!("kano question");
    };
    assert_eq!(&functional(feature), f);
    assert_eq!(&dysfunctional(feature), d);
    // Acronyms and proper names keep their capitals.
    assert_eq!(
        functional(&Text::new("CRM portal", "客户门户")).en,
        "If the service HAS CRM portal, how do you feel?"
    );
    assert_eq!(
        dysfunctional(&Text::new("WeChat Pay", "微信支付")).en,
        "If the service does NOT have WeChat Pay, how do you feel?"
    );
    assert_eq!(
        preview("Live chat | 在线客服", Lang::Zh).1,
        "如果服务【不提供】在线客服，您感觉如何？"
    );
}

#[test]
fn plain_ascii_features_give_a_valid_kano_instrument() {
    let i = parsed(&spec(
        "Online service features",
        &["Real-time order tracking", "Free returns", "Live chat"],
    ));
    assert_eq!(i.id, "online_service_features");
    assert_eq!(i.kind, Kind::Kano);
    assert_eq!(i.version, 1);
    assert_eq!(i.title.en, "Online service features");
    assert_eq!(i.settings.kano_table, KanoTable::Standard);
    let parts = kano_parts(&i);
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[0].0, "real_time_order_tracking");
    assert_eq!(
        parts[0].2.en,
        "If the service HAS real-time order tracking, how do you feel?"
    );
    assert_eq!(
        parts[0].3.zh,
        "如果服务【不提供】Real-time order tracking，您感觉如何？"
    );
    assert!(parts.iter().all(|p| p.4), "importance asked");
    assert_eq!(i.steps().len(), 9);
    assert_eq!(i.group_name("free_returns", Lang::Zh), "Free returns");
    assert!(i.questions.iter().all(|q| !q.allow_na));
}

#[test]
fn chinese_only_names_and_titles_are_valid() {
    let mut s = spec("线上服务研究", &["实时订单跟踪", "无理由免费退货"]);
    s.importance = false;
    s.table = KanoTable::Pouliot;
    let i = parsed(&s);
    assert_eq!(i.id, FALLBACK_ID);
    assert_eq!(i.title.zh, "线上服务研究");
    assert_eq!(i.settings.kano_table, KanoTable::Pouliot);
    let parts = kano_parts(&i);
    assert_eq!(parts[0].0, "feature_1");
    assert_eq!(parts[1].0, "feature_2");
    assert_eq!(
        parts[1].2.zh,
        "如果服务【提供】无理由免费退货，您感觉如何？"
    );
    assert!(parts.iter().all(|p| !p.4), "importance not asked");
    assert_eq!(i.steps().len(), 4);
}

#[test]
fn bilingual_names_give_each_language_its_own_name() {
    let i = parsed(&spec(
        "Service study | 服务研究",
        &[
            "Real-time order tracking | 实时订单跟踪",
            "Expert support|专家技术支持",
        ],
    ));
    assert_eq!(i.title, Text::new("Service study", "服务研究"));
    let parts = kano_parts(&i);
    assert_eq!(parts[1].0, "expert_support");
    assert_eq!(parts[1].1, Text::new("Expert support", "专家技术支持"));
    assert_eq!(
        parts[0].2,
        Text::new(
            "If the service HAS real-time order tracking, how do you feel?",
            "如果服务【提供】实时订单跟踪，您感觉如何？"
        )
    );
    assert_eq!(
        i.group_name("real_time_order_tracking", Lang::Zh),
        "实时订单跟踪"
    );
}

#[test]
fn duplicate_names_get_distinct_ids_and_still_validate() {
    let i = parsed(&spec("Dupes", &["Live chat", "Live chat", "live-chat"]));
    let ids: Vec<String> = kano_parts(&i).into_iter().map(|p| p.0).collect();
    assert_eq!(ids, ["live_chat", "live_chat_2", "live_chat_3"]);
}

#[test]
fn quotes_colons_hashes_and_dashes_round_trip() {
    let awkward = [
        "\"Priority\" line: 24/7 # urgent",
        "- leading dash | - 破折号: \"引号\" #井号",
        "back\\slash 'single' {braces} [brackets] & * ! % @ `tick`",
        "yes",
        "null | ~",
        "  : ",
        "tab\there\u{2028}separator\u{85}nel",
    ];
    let i = parsed(&spec("Title: \"quoted\" # not a comment", &awkward));
    assert_eq!(i.title.en, "Title: \"quoted\" # not a comment");
    let parts = kano_parts(&i);
    for (typed, part) in awkward.iter().zip(&parts) {
        assert_eq!(part.1, split_name(typed), "{typed:?}");
        assert_eq!(part.2, functional(&split_name(typed)));
    }
    assert_eq!(parts[1].1.zh, "- 破折号: \"引号\" #井号");
    assert_eq!(parts[3].1.en, "yes");
}

#[test]
fn the_header_says_how_it_was_made_and_how_to_check_it() {
    let yaml = generate(&spec("Study", &["Live chat"])).unwrap();
    assert!(yaml.starts_with("# A Kano study made on the cxassess home screen"));
    assert!(yaml.contains("cxassess validate"));
    assert!(yaml.contains("\nformat: cxassess-instrument/1\n"));
}

#[test]
fn bad_specs_are_refused_with_the_reason() {
    assert_eq!(generate(&spec("  ", &["a"])), Err(StudyError::NoTitle));
    assert_eq!(generate(&spec("| ", &["a"])), Err(StudyError::NoTitle));
    assert_eq!(generate(&spec("T", &[])), Err(StudyError::NoFeatures));
    assert_eq!(
        generate(&spec("T", &["a", " | ", "c"])),
        Err(StudyError::EmptyFeature { position: 2 })
    );
    let many: Vec<String> = (1..=41).map(|n| format!("Feature {n}")).collect();
    let too_many = StudySpec {
        features: many.clone(),
        ..spec("T", &[])
    };
    assert_eq!(
        generate(&too_many),
        Err(StudyError::TooMany { count: 41, max: 40 })
    );
    let forty = StudySpec {
        features: many[..40].to_vec(),
        ..spec("T", &[])
    };
    assert_eq!(parsed(&forty).questions.len(), 40);
    let long = "x".repeat(121);
    assert_eq!(
        generate(&spec("T", &["a", &long])),
        Err(StudyError::TooLong {
            position: 2,
            max: 120
        })
    );
    assert!(
        StudyError::TooMany { count: 41, max: 40 }
            .to_string()
            .contains("at most 40")
    );
}
