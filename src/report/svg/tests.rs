use super::bars::{columns, grouped_hbars, hbars, intervals, stacked_bar};
use super::plots::{lines, radar, scatter};
use super::*;
use crate::report::chart::{Bar, BarScale, Estimate, Point, ScatterAxes, Segment, Series};

#[test]
fn text_is_measured_generously_and_wide_characters_count_a_full_em() {
    assert!(text_px("management commitment", 12.0) >= 21.0 * 12.0 * 0.5);
    assert!((text_px("尊重", 10.0) - 20.0).abs() < 1e-9);
    assert!(text_px("WWW", 10.0) > text_px("iii", 10.0) * 2.0);
}

#[test]
fn numbers_are_short_and_never_negative_zero() {
    assert_eq!(n(12.0), "12");
    assert_eq!(n(12.345), "12.35");
    assert_eq!(n(-0.001), "0");
    assert_eq!(n(f64::NAN), "0");
}

#[test]
fn ticks_are_nice() {
    assert_eq!(
        ticks(0.0, 100.0, 5),
        vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    );
    assert_eq!(
        ticks(-100.0, 100.0, 4),
        vec![-100.0, -50.0, 0.0, 50.0, 100.0]
    );
    assert_eq!(ticks(0.0, 1.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    assert_eq!(ticks(1.0, 1.0, 5), vec![1.0]);
}

#[test]
fn charts_are_well_formed_escaped_and_deterministic() {
    let bars = vec![
        Bar {
            label: "Respect & <trust>".into(),
            value: Some(72.5),
            tone: Tone::Series(0),
            note: String::new(),
            group: Some("Basic".into()),
        },
        Bar {
            label: "尊重体验".into(),
            value: None,
            tone: Tone::Good,
            note: String::new(),
            group: None,
        },
        Bar {
            label: "Gap".into(),
            value: Some(-1.2),
            tone: Tone::Bad,
            note: "-1.2".into(),
            group: None,
        },
    ];
    let scale = BarScale {
        min: -2.0,
        max: 100.0,
        mark: Some((60.0, "pass 60".into())),
    };
    let a = hbars(&bars, &scale, "t", "d");
    assert_eq!(a, hbars(&bars, &scale, "t", "d"));
    assert!(well_formed(&a), "{a}");
    assert!(a.contains("Respect &amp; &lt;trust&gt;"));
    assert!(a.contains("n/a"));
    let series = vec![
        Series {
            name: "E".into(),
            tone: Tone::Series(0),
            values: vec![Some(6.0), None, Some(5.5)],
        },
        Series {
            name: "P".into(),
            tone: Tone::Warn,
            values: vec![Some(5.0), Some(4.0), None],
        },
    ];
    let cats: Vec<String> = ["a", "b", "c"].iter().map(|s| (*s).to_string()).collect();
    for svg in [
        grouped_hbars(&cats, &series, (1.0, 7.0), "t", "d"),
        radar(&cats, &series, (1.0, 7.0), &[2.0, 4.0, 6.0], "t", "d"),
        lines(&cats, &series, (0.0, 7.0), "t", "d"),
        columns(
            &cats,
            &[1.0, 0.0, 3.0],
            &[Tone::Series(0), Tone::Good],
            "t",
            "d",
        ),
        stacked_bar(
            &[
                Segment {
                    label: "a".into(),
                    value: 2.0,
                    tone: Tone::Bad,
                },
                Segment {
                    label: "b".into(),
                    value: 0.0,
                    tone: Tone::Dim,
                },
            ],
            "t",
            "d",
        ),
        stacked_bar(&[], "t", "d"),
        intervals(
            &[Estimate {
                label: "NPS".into(),
                value: Some(20.0),
                interval: Some((-30.0, 61.0)),
                tone: Tone::Series(0),
            }],
            (-100.0, 100.0),
            "t",
            "d",
        ),
        scatter(
            &[
                Point {
                    label: "x".into(),
                    x: 0.4,
                    y: 0.8,
                    tone: Tone::Series(0),
                },
                Point {
                    label: "nan".into(),
                    x: f64::NAN,
                    y: 0.1,
                    tone: Tone::Series(0),
                },
            ],
            &ScatterAxes {
                x: (0.0, 1.0),
                y: (0.0, 1.0),
                x_title: "|Worse|".into(),
                y_title: "Better".into(),
                split: Some((0.5, 0.5)),
                quadrants: ["A".into(), "O".into(), "I".into(), "M".into()],
            },
            "t",
            "d",
        ),
    ] {
        assert!(well_formed(&svg), "{svg}");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    }
}
