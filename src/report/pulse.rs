//! The pulse report (NPS, CSAT, CES): each metric with its n and 95% interval, the NPS make-up
//! and the answers per scale point, the metrics per role, the "why" texts grouped by NPS group,
//! what to do next and the method — one document for every format.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::Report;
use super::chart::{Chart, ChartKind, Estimate, Segment};
use super::doc::{Block, Cell, Column, Document, Figure, Formats, Inline, Quote, Table, Tone};
use super::parts::{self, role_name};
use super::text::{fmt_signed, fmt1, pad};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::Scored;
use crate::score::pulse::{Interval, PulseScore, REASONS_KEPT, Reason};
use crate::score::stats::change::{NpsCounts, nps_critical_difference};
use crate::tr;

/// The methodology statements.
pub fn policies(_inst: &Instrument, s: &PulseScore, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = [
        "pulse-method-nps",
        "pulse-method-nps-interval",
        "pulse-method-csat",
        "pulse-method-ces",
        "pulse-method-intervals",
    ]
    .iter()
    .map(|k| tr!(lang, k))
    .collect();
    for u in &s.unscored {
        out.push(tr!(
            lang,
            "pulse-method-unscored",
            metric = u.metric.clone(),
            min = u.min.to_string(),
            max = u.max.to_string()
        ));
    }
    if s.reasons.omitted > 0 {
        out.push(tr!(
            lang,
            "pulse-method-reasons-omitted",
            kept = REASONS_KEPT.to_string(),
            omitted = s.reasons.omitted.to_string()
        ));
    }
    out
}

fn interval_text(i: Option<Interval>, f: impl Fn(f64) -> String, lang: Lang) -> String {
    match i {
        Some(i) => {
            let text = tr!(lang, "pulse-interval", low = f(i.low), high = f(i.high));
            // Cut to the scale (a CES interval past 1–7): said, as JSON's `clipped` says.
            if i.clipped {
                tr!(lang, "report-interval-clipped", interval = text)
            } else {
                text
            }
        }
        None => tr!(lang, "pulse-interval-none"),
    }
}

fn pct(k: usize, n: usize) -> String {
    if n == 0 {
        "n/a".to_string()
    } else {
        format!("{:.1}%", 100.0 * k as f64 / n as f64)
    }
}

fn ces_mean(s: &PulseScore) -> String {
    s.ces
        .mean
        .map_or_else(|| "n/a".to_string(), |m| format!("{m:.2}"))
}

fn no_answers(s: &PulseScore) -> bool {
    s.nps.n == 0 && s.csat.n == 0 && s.ces.n == 0
}

/// The three headline figures.
fn figures(s: &PulseScore, lang: Lang) -> Vec<Figure> {
    let (nps, csat, ces) = (&s.nps, &s.csat, &s.ces);
    let nps_tone = match nps.score {
        Some(v) if v > 0.0 => Tone::Good,
        Some(v) if v < 0.0 => Tone::Bad,
        _ => Tone::Strong,
    };
    vec![
        Figure {
            label: tr!(lang, "pulse-nps"),
            value: Inline::toned(fmt_signed(nps.score), nps_tone),
            details: vec![
                interval_text(nps.interval, |v| fmt_signed(Some(v)), lang),
                tr!(lang, "pulse-n", n = nps.n),
                tr!(
                    lang,
                    "pulse-nps-makeup",
                    promoters = nps.promoters,
                    promoters_share = pct(nps.promoters, nps.n),
                    passives = nps.passives,
                    passives_share = pct(nps.passives, nps.n),
                    detractors = nps.detractors,
                    detractors_share = pct(nps.detractors, nps.n)
                ),
            ],
        },
        Figure {
            label: tr!(lang, "pulse-csat"),
            value: Inline::toned(fmt1(csat.score), Tone::Strong),
            details: vec![
                interval_text(csat.interval, |v| fmt1(Some(v)), lang),
                tr!(lang, "pulse-n", n = csat.n),
                tr!(
                    lang,
                    "pulse-csat-detail",
                    satisfied = csat.satisfied,
                    n = csat.n,
                    mean = fmt1(csat.mean)
                ),
            ],
        },
        Figure {
            label: tr!(lang, "pulse-ces"),
            value: Inline::toned(
                tr!(lang, "pulse-ces-value", mean = ces_mean(s)),
                Tone::Strong,
            ),
            details: vec![
                interval_text(ces.interval, |v| format!("{v:.2}"), lang),
                tr!(lang, "pulse-n", n = ces.n),
                tr!(
                    lang,
                    "pulse-ces-detail",
                    easy = ces.easy,
                    n = ces.n,
                    share = ces
                        .share_easy
                        .map_or_else(|| "n/a".to_string(), |v| format!("{}%", fmt1(Some(v))))
                ),
            ],
        },
    ]
}

/// What to do next, from the figures.
fn next_steps(s: &PulseScore, lang: Lang) -> Vec<Inline> {
    if no_answers(s) {
        return vec![tr!(lang, "pulse-step-collect").into()];
    }
    let mut out: Vec<String> = Vec::new();
    let nps = &s.nps;
    if nps.detractors > 0 {
        out.push(tr!(lang, "pulse-step-detractors", n = nps.detractors));
    }
    if nps.passives > 0 {
        out.push(tr!(lang, "pulse-step-passives", n = nps.passives));
    }
    if s.ces.n > 0 && s.ces.easy < s.ces.n {
        out.push(tr!(
            lang,
            "pulse-step-effort",
            hard = s.ces.n - s.ces.easy,
            n = s.ces.n
        ));
    }
    if s.csat.n > 0 && s.csat.satisfied < s.csat.n {
        out.push(tr!(
            lang,
            "pulse-step-csat",
            unsatisfied = s.csat.n - s.csat.satisfied,
            n = s.csat.n
        ));
    }
    if nps.n < 30 {
        let counts = NpsCounts {
            promoters: nps.promoters as u64,
            passives: nps.passives as u64,
            detractors: nps.detractors as u64,
        };
        if let Some(cd) = nps_critical_difference(&counts, nps.n as u64) {
            out.push(tr!(
                lang,
                "pulse-step-noise",
                n = nps.n,
                difference = format!("{cd:.0}")
            ));
        }
    }
    out.push(tr!(lang, "pulse-step-repeat"));
    out.into_iter().map(Inline::from).collect()
}

/// One metric's section.
struct Metric {
    /// Its heading.
    title: String,
    /// Blocks before the answers (the NPS make-up).
    lead: Vec<Block>,
    /// Answers per scale point, from `first`.
    counts: Vec<usize>,
    first: i32,
    /// The first point that counts as good (coloured green).
    good_from: i32,
    /// The estimate and each role's, with intervals, on `range`.
    intervals: Vec<Estimate>,
    range: (f64, f64),
    /// Catalog keys: answers chart title, description, caption; intervals chart the same.
    keys: [&'static str; 6],
}

/// A metric's section: its answers per scale point (a chart in the terminal and HTML, a table in
/// Markdown) and, in HTML, its estimate with the interval beside each role's.
fn metric_section(doc: &mut Document, m: Metric, lang: Lang) {
    doc.section(m.title);
    doc.only(Formats::DRAWN, m.lead);
    let labels: Vec<String> = (0..m.counts.len())
        .map(|i| (m.first + i as i32).to_string())
        .collect();
    if m.counts.iter().any(|c| *c > 0) {
        let tones = (0..m.counts.len())
            .map(|i| {
                if m.first + i as i32 >= m.good_from {
                    Tone::Good
                } else {
                    Tone::Dim
                }
            })
            .collect();
        doc.only(
            Formats::DRAWN,
            vec![Block::Chart(Box::new(Chart {
                title: tr!(lang, m.keys[0]),
                desc: tr!(lang, m.keys[1]),
                caption: tr!(lang, m.keys[2]),
                kind: ChartKind::Columns {
                    labels: labels.clone(),
                    values: m.counts.iter().map(|c| *c as f64).collect(),
                    tones,
                },
            }))],
        );
        let mut t = Table::new(labels.iter().map(|l| Column::number(l.clone())).collect());
        t.row(m.counts.iter().map(|c| Cell::from(c.to_string())).collect());
        doc.only(Formats::MARKDOWN, vec![Block::Table(t)]);
    }
    doc.only(
        Formats::HTML,
        vec![Block::Chart(Box::new(Chart {
            title: tr!(lang, m.keys[3]),
            desc: tr!(lang, m.keys[4]),
            caption: tr!(lang, m.keys[5]),
            kind: ChartKind::Intervals {
                rows: m.intervals,
                range: m.range,
            },
        }))],
    );
}

fn estimates(
    s: &PulseScore,
    roles: &[(String, &PulseScore)],
    pick: impl Fn(&PulseScore) -> (Option<f64>, Option<Interval>, usize),
    lang: Lang,
) -> Vec<Estimate> {
    let mut rows = vec![Estimate {
        label: tr!(lang, "pulse-all-respondents"),
        value: pick(s).0,
        interval: pick(s).1.map(|i| (i.low, i.high)),
        tone: Tone::Plain,
    }];
    if roles.len() > 1 {
        for (i, (r, rs)) in roles.iter().enumerate() {
            let (value, interval, n) = pick(rs);
            rows.push(Estimate {
                label: tr!(lang, "pulse-role-label", role = role_name(r, lang), n = n),
                value,
                interval: interval.map(|i| (i.low, i.high)),
                tone: Tone::Series((i % 6) as u8),
            });
        }
    }
    rows
}

fn role_table(roles: &[(String, &PulseScore)], lang: Lang) -> Table {
    let mut t = Table::new(vec![
        Column::label(tr!(lang, "pulse-role")),
        Column::number("NPS"),
        Column::number("n"),
        Column::number("CSAT"),
        Column::number("n"),
        Column::number("CES"),
        Column::number("n"),
    ]);
    for (r, rs) in roles {
        t.row(vec![
            role_name(r, lang).into(),
            fmt_signed(rs.nps.score).into(),
            rs.nps.n.to_string().into(),
            fmt1(rs.csat.score).into(),
            rs.csat.n.to_string().into(),
            ces_mean(rs).into(),
            rs.ces.n.to_string().into(),
        ]);
    }
    t
}

fn reason_quotes(reasons: &[Reason], tone: Tone, lang: Lang) -> Vec<Quote> {
    reasons
        .iter()
        .map(|r| Quote {
            text: r.text.clone(),
            by: match r.nps {
                Some(v) => tr!(
                    lang,
                    "pulse-reason-by",
                    respondent = r.respondent.clone(),
                    nps = v
                ),
                None => r.respondent.clone(),
            },
            tone,
        })
        .collect()
}

/// The pulse report as a document.
pub fn document(report: &Report<'_>, s: &PulseScore, lang: Lang) -> Document {
    let mut doc = parts::document(report, lang);
    if no_answers(s) {
        doc.push(Block::Callout {
            tone: Tone::Warn,
            title: None,
            lines: vec![tr!(lang, "pulse-no-answers").into()],
        });
    }
    doc.push(Block::Figures(figures(s, lang)));
    let roles = parts::roles(report, |x| match x {
        Scored::Pulse(p) => Some(p),
        _ => None,
    });

    let nps = &s.nps;
    let makeup = if nps.n > 0 {
        vec![Block::Chart(Box::new(Chart {
            title: tr!(lang, "pulse-nps-makeup-title"),
            desc: figures(s, lang)[0].details[2].clone(),
            caption: tr!(lang, "pulse-nps-makeup-caption"),
            kind: ChartKind::Stacked(vec![
                Segment {
                    label: tr!(lang, "pulse-detractors"),
                    value: nps.detractors as f64,
                    tone: Tone::Bad,
                },
                Segment {
                    label: tr!(lang, "pulse-passives"),
                    value: nps.passives as f64,
                    tone: Tone::Dim,
                },
                Segment {
                    label: tr!(lang, "pulse-promoters"),
                    value: nps.promoters as f64,
                    tone: Tone::Good,
                },
            ]),
        }))]
    } else {
        Vec::new()
    };
    let sections = [
        Metric {
            title: tr!(lang, "pulse-nps"),
            lead: makeup,
            counts: nps.counts.clone(),
            first: 0,
            good_from: 9,
            intervals: estimates(s, &roles, |p| (p.nps.score, p.nps.interval, p.nps.n), lang),
            range: (-100.0, 100.0),
            keys: [
                "pulse-nps-answers",
                "pulse-nps-answers-desc",
                "pulse-nps-answers-caption",
                "pulse-nps-intervals",
                "pulse-nps-intervals-desc",
                "pulse-nps-intervals-caption",
            ],
        },
        Metric {
            title: tr!(lang, "pulse-csat"),
            lead: Vec::new(),
            counts: s.csat.counts.clone(),
            first: 1,
            good_from: 4,
            intervals: estimates(
                s,
                &roles,
                |p| (p.csat.score, p.csat.interval, p.csat.n),
                lang,
            ),
            range: (0.0, 100.0),
            keys: [
                "pulse-csat-answers",
                "pulse-csat-answers-desc",
                "pulse-csat-answers-caption",
                "pulse-csat-intervals",
                "pulse-csat-intervals-desc",
                "pulse-csat-intervals-caption",
            ],
        },
        Metric {
            title: tr!(lang, "pulse-ces"),
            lead: Vec::new(),
            counts: s.ces.counts.clone(),
            first: 1,
            good_from: 5,
            intervals: estimates(s, &roles, |p| (p.ces.mean, p.ces.interval, p.ces.n), lang),
            range: (1.0, 7.0),
            keys: [
                "pulse-ces-answers",
                "pulse-ces-answers-desc",
                "pulse-ces-answers-caption",
                "pulse-ces-intervals",
                "pulse-ces-intervals-desc",
                "pulse-ces-intervals-caption",
            ],
        },
    ];
    for m in sections {
        metric_section(&mut doc, m, lang);
    }

    if roles.len() > 1 {
        doc.section(tr!(lang, "pulse-by-role"));
        doc.push(Block::Table(role_table(&roles, lang)));
    }
    let groups = [
        ("pulse-group-promoters", &s.reasons.promoters, Tone::Plain),
        ("pulse-group-passives", &s.reasons.passives, Tone::Plain),
        ("pulse-group-detractors", &s.reasons.detractors, Tone::Plain),
        ("pulse-group-unrated", &s.reasons.unrated, Tone::Dim),
    ];
    if groups.iter().any(|(_, r, _)| !r.is_empty()) {
        doc.section(tr!(lang, "pulse-why"));
        for (key, reasons, tone) in groups {
            if !reasons.is_empty() {
                doc.heading(3, tr!(lang, key));
                doc.push(Block::Quotes(reason_quotes(reasons, tone, lang)));
            }
        }
    }
    parts::segments(
        &mut doc,
        s.segments.as_ref(),
        &|key| match key {
            "nps" => tr!(lang, "pulse-nps"),
            "csat" => tr!(lang, "pulse-csat"),
            "ces" => tr!(lang, "pulse-ces"),
            "ces.easy" => tr!(lang, "pulse-ces-easy"),
            "nps.promoters" => tr!(lang, "compare-fig-promoters"),
            "nps.passives" => tr!(lang, "compare-fig-passives"),
            "nps.detractors" => tr!(lang, "compare-fig-detractors"),
            other => other.to_string(),
        },
        &|key| if key == "ces" { 2 } else { 1 },
        lang,
    );
    parts::close_with_steps(
        &mut doc,
        report,
        next_steps(s, lang),
        policies(report.instrument, s, lang),
        false,
        lang,
    );
    doc
}

/// The `pulse` member of the JSON report: `nps` {`score`, `n`, `promoters`, `passives`,
/// `detractors`, shares, `interval`, `counts`}, `csat` {`score`, `n`, …}, `ces` {`mean`,
/// `share_easy`, `n`, …}, the reasons, and metrics not scored.
pub fn json(_inst: &Instrument, s: &PulseScore, _lang: Lang) -> Value {
    let mut ces = serde_json::to_value(&s.ces).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut ces {
        m.insert("version".into(), json!("2.0"));
    }
    json!({
        "nps": s.nps,
        "csat": s.csat,
        "ces": ces,
        "reasons": s.reasons,
        "unscored": s.unscored,
        "segments": s.segments,
    })
}

/// The completion-screen summary.
pub fn summary(_inst: &Instrument, s: &PulseScore, lang: Lang) -> String {
    let mut out = String::new();
    let rows = [
        ("pulse-nps", fmt_signed(s.nps.score), s.nps.n),
        ("pulse-csat", fmt1(s.csat.score), s.csat.n),
        ("pulse-ces", ces_mean(s), s.ces.n),
    ];
    for (key, value, n) in rows {
        let _ = writeln!(out, "{}  {value}  (n={n})", pad(&tr!(lang, key), 28));
    }
    if s.nps.n == 1 {
        let group = if s.nps.promoters == 1 {
            "pulse-a-promoter"
        } else if s.nps.passives == 1 {
            "pulse-a-passive"
        } else {
            "pulse-a-detractor"
        };
        let _ = writeln!(
            out,
            "{}",
            tr!(lang, "pulse-counted-as", group = tr!(lang, group))
        );
    }
    out
}

/// The headline figures for `diff` and `trend`.
pub fn headline_figures(b: &mut super::figures::Builder<'_>, s: &PulseScore) {
    use super::figures::{Unit, Value};
    let lang = b.lang();
    let t = |key: &str| crate::tr!(lang, key);
    let (nps, csat, ces) = (&s.nps, &s.csat, &s.ces);
    b.number("nps", t("compare-fig-nps"), nps.score, Unit::Nps);
    b.number(
        "nps.n",
        t("compare-fig-nps-n"),
        Some(nps.n as f64),
        Unit::Count,
    );
    let shares = [
        ("nps.promoters", "compare-fig-promoters", nps.promoter_share),
        ("nps.passives", "compare-fig-passives", nps.passive_share),
        (
            "nps.detractors",
            "compare-fig-detractors",
            nps.detractor_share,
        ),
    ];
    for (key, label, v) in shares {
        b.number(key, t(label), v, Unit::Percent);
    }
    b.number("csat", t("compare-fig-csat"), csat.score, Unit::Score);
    b.number(
        "csat.n",
        t("compare-fig-csat-n"),
        Some(csat.n as f64),
        Unit::Count,
    );
    b.number("ces", t("compare-fig-ces"), ces.mean, Unit::Mean);
    // A share, and a score: fewer customers finding it easy is a drop.
    let easy = t("compare-fig-ces-easy");
    b.push(
        "ces.easy".into(),
        easy,
        Value::Number(ces.share_easy),
        Unit::Percent,
        true,
    );
    b.number(
        "ces.n",
        t("compare-fig-ces-n"),
        Some(ces.n as f64),
        Unit::Count,
    );
}
