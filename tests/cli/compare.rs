//! `diff` and `trend` end to end: hand-computed changes of the headline figures for every kind,
//! changed answers and notes, added and removed respondents, `--fail-on-drop` exit codes (0 and
//! 3, and the "more than" edge), and the time order of `trend` with its fallbacks.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::cxassess;

/// Writes a results file for `instrument` from one answers YAML per respondent (via `fill`), then
/// sets `assessment.date` when given.
fn results(
    dir: &Path,
    name: &str,
    instrument: &str,
    respondents: &[&str],
    date: Option<&str>,
) -> PathBuf {
    let out = dir.join(name);
    for (i, answers) in respondents.iter().enumerate() {
        let a = dir.join(format!("{name}.answers{i}.yaml"));
        std::fs::write(&a, answers).expect("answers written");
        cxassess(dir)
            .args(["fill", instrument, "--answers"])
            .arg(&a)
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
    }
    if let Some(d) = date {
        let text = std::fs::read_to_string(&out).expect("results read");
        let text = text.replacen(
            "assessment: {}\n",
            &format!("assessment:\n  date: {d}\n"),
            1,
        );
        std::fs::write(&out, text).expect("date set");
    }
    out
}

fn diff_json(dir: &Path, old: &Path, new: &Path) -> Value {
    let out = cxassess(dir)
        .arg("diff")
        .arg(old)
        .arg(new)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn figure<'a>(v: &'a Value, key: &str) -> &'a Value {
    v["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == key)
        .unwrap_or_else(|| panic!("no figure {key} in {v:#}"))
}

fn close(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-9)
}

fn exit_code(dir: &Path, old: &Path, new: &Path, points: &str) -> i32 {
    cxassess(dir)
        .arg("diff")
        .arg(old)
        .arg(new)
        .args(["--fail-on-drop", points])
        .output()
        .expect("runs")
        .status
        .code()
        .expect("exit code")
}

/// Pyramid files: alice answers in both; bob only in the old file, carol only in the new.
fn pyramid_pair(dir: &Path) -> (PathBuf, PathBuf) {
    let old = results(
        dir,
        "old.yaml",
        "pyramid",
        &[
            "respondent: alice\nrole: manager\nanswers:\n  respect.1: 4\n  respect.2: 4\n  respect.3: 4\n  respect.4: 4\n  trust.1: 5\nnotes:\n  respect.1: \"complaints answered in a day\"\n",
            "respondent: bob\nrole: customer\nanswers:\n  respect.1: 1\n",
        ],
        Some("2026-08-20"),
    );
    let new = results(
        dir,
        "new.yaml",
        "pyramid",
        &[
            "respondent: alice\nrole: manager\nanswers:\n  respect.1: 2\n  respect.2: 4\n  respect.3: 4\n  respect.4: 4\n  trust.1: 4\nnotes:\n  respect.1: \"complaints now wait a week\"\n",
            "respondent: carol\nrole: customer\nanswers:\n  respect.1: 5\n",
        ],
        Some("2026-11-20"),
    );
    (old, new)
}

#[test]
fn pyramid_diff_by_hand() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (old, new) = pyramid_pair(dir.path());
    let v = diff_json(dir.path(), &old, &new);
    // Old: alice respect (4,4,4,4) → (4−1)/4×100 = 75, bob respect 1 → 0; respect = (75+0)/2 = 37.5.
    //      trust: alice 5 → 100 (bob did not answer) → 100. Basic tier = (37.5 + 100)/2 = 68.75.
    // New: alice respect (2,4,4,4) → mean 3.5 → 62.5, carol 5 → 100; respect = 81.25.
    //      trust: alice 4 → 75. Basic tier = (81.25 + 75)/2 = 78.125.
    let respect = figure(&v, "experience.respect");
    assert!(
        close(&respect["old"], 37.5) && close(&respect["new"], 81.25),
        "{respect}"
    );
    assert!(close(&respect["change"], 43.75));
    assert_eq!(respect["direction"], "up");
    let trust = figure(&v, "experience.trust");
    assert!(close(&trust["change"], -25.0));
    assert_eq!(trust["direction"], "down");
    let basic = figure(&v, "tier.basic");
    assert!(
        close(&basic["old"], 68.75) && close(&basic["new"], 78.125),
        "{basic}"
    );
    assert!(close(&basic["change"], 9.375));
    let level = figure(&v, "level");
    assert!(close(&level["old"], 0.0) && close(&level["new"], 0.0));
    assert_eq!(level["direction"], "same");
    // Nobody answered convenience on either side: n/a both times, no change.
    let convenience = figure(&v, "experience.convenience");
    assert!(convenience["old"].is_null() && convenience["new"].is_null());
    assert!(convenience["change"].is_null());

    // Answers and notes: alice matched by name; bob removed; carol added.
    let answers = v["answers"].as_array().expect("answers");
    assert_eq!(answers.len(), 2, "{answers:#?}");
    assert_eq!(answers[0]["respondent"], "alice");
    assert_eq!(answers[0]["question"], "respect.1");
    assert_eq!(
        (answers[0]["old"].as_str(), answers[0]["new"].as_str()),
        (Some("4"), Some("2"))
    );
    assert_eq!(answers[1]["question"], "trust.1");
    assert_eq!(v["respondents_removed"][0]["respondent"], "bob");
    assert_eq!(v["respondents_added"][0]["respondent"], "carol");
    assert_eq!(v["notes"][0]["old"], "complaints answered in a day");
    assert_eq!(v["notes"][0]["new"], "complaints now wait a week");
}

#[test]
fn pyramid_diff_text_and_markdown_show_directions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (old, new) = pyramid_pair(dir.path());
    let text = cxassess(dir.path())
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .output()
        .expect("runs");
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).expect("utf-8");
    // Each figure's line, with runs of spaces collapsed (column widths are not the point here).
    let line = |prefix: &str| {
        text.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no line {prefix} in\n{text}"))
    };
    // Columns are headed by the waves' labels: their dates here. Respect has two answers on
    // each side, so its change has an interval (Welch, wide at n = 2); trust has one answer in
    // each wave and the basic tier a respondent who did not score all of it: n/a.
    assert!(
        line("figure ").starts_with("figure 2026-08-20 2026-11-20 change"),
        "{text}"
    );
    assert!(
        line("Respect ").starts_with("Respect 37.5 81.2 ▲ +43.8 -"),
        "{text}"
    );
    assert_eq!(line("Trust "), "Trust 100.0 75.0 ▼ -25.0 n/a");
    assert_eq!(line("Basic tier "), "Basic tier 68.8 78.1 ▲ +9.4 n/a");
    assert_eq!(line("Convenience "), "Convenience n/a n/a =");
    assert_eq!(line("Level reached "), "Level reached none none =");
    assert_eq!(line("alice respect.1 "), "alice respect.1 4 2");
    assert_eq!(line("alice trust.1 "), "alice trust.1 5 4");
    assert!(
        text.contains("1 respondent answered in both waves: 2 answers changed, 0 carried over unchanged, 3 re-assessed"),
        "{text}"
    );
    assert!(
        text.contains("+ carol (added, customer, 1 answer)"),
        "{text}"
    );
    assert!(
        text.contains("− bob (removed, customer, had 1 answer)"),
        "{text}"
    );
    assert!(
        text.contains(
            "alice · respect.1: “complaints answered in a day” → “complaints now wait a week”"
        ),
        "{text}"
    );
    let md = cxassess(dir.path())
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .args(["--format", "markdown"])
        .output()
        .expect("runs");
    let md = String::from_utf8(md.stdout).expect("utf-8");
    assert!(
        md.contains("| Trust | 100.0 | 75.0 | ▼ -25.0 | n/a |"),
        "{md}"
    );
    assert!(md.contains("| alice | respect.1 | 4 | 2 |"), "{md}");
    assert!(
        md.starts_with("# Diff: Experience pyramid (pyramid)\n"),
        "{md}"
    );
    assert!(
        md.contains("| figure | 2026-08-20 | 2026-11-20 | change | 95% interval of the change |\n|---|---:|---:|---|---:|\n"),
        "{md}"
    );
    let zh = cxassess(dir.path())
        .args(["--lang", "zh", "diff"])
        .arg(&old)
        .arg(&new)
        .output()
        .expect("runs");
    let zh = String::from_utf8(zh.stdout).expect("utf-8");
    assert!(
        zh.contains("信任体验") && zh.contains("位答卷人在两轮中都作答"),
        "{zh}"
    );
}

#[test]
fn fail_on_drop_exits_3_only_for_a_drop_of_more_than_the_points() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (old, new) = pyramid_pair(dir.path());
    // The largest drop is trust, 100 → 75: 25 points.
    assert_eq!(exit_code(dir.path(), &old, &new, "24.9"), 3);
    assert_eq!(
        exit_code(dir.path(), &old, &new, "25"),
        0,
        "exactly 25 is not more than 25"
    );
    assert_eq!(exit_code(dir.path(), &old, &new, "30"), 0);
    // Reversed, respect drops 43.75 and the basic tier 9.375.
    assert_eq!(exit_code(dir.path(), &new, &old, "43"), 3);
    assert_eq!(exit_code(dir.path(), &new, &old, "43.75"), 0);
    // The verdict names the figure and the drop, once: in the diff, not again on stderr.
    let out = cxassess(dir.path())
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .args(["--fail-on-drop", "5"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("Trust (−25.0)").count(), 1, "{stdout}");
    assert!(stdout.contains("Headline figures"));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A negative threshold is a usage error.
    assert_eq!(exit_code(dir.path(), &old, &new, "-1"), 2);
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn pulse_answers(values: &[(i32, i32, i32)]) -> Vec<String> {
    values
        .iter()
        .enumerate()
        .map(|(i, (nps, csat, ces))| {
            format!("respondent: p{i}\nrole: customer\nanswers:\n  nps: {nps}\n  csat: {csat}\n  ces: {ces}\n")
        })
        .collect()
}

#[test]
fn pulse_diff_by_hand() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old_a = pulse_answers(&[(10, 5, 7), (9, 4, 6), (3, 2, 2)]);
    let new_a = pulse_answers(&[(10, 5, 7), (7, 3, 4), (3, 2, 2)]);
    let old = results(
        dir.path(),
        "old.yaml",
        "pulse",
        &refs(&old_a),
        Some("2026-08-01"),
    );
    let new = results(
        dir.path(),
        "new.yaml",
        "pulse",
        &refs(&new_a),
        Some("2026-11-01"),
    );
    let v = diff_json(dir.path(), &old, &new);
    // Old: promoters 2 (10, 9), detractors 1 (3): NPS = 100·(2−1)/3 = 33.33. New: promoter 1
    // (10), passive 1 (7), detractor 1: NPS = 0. Change −33.33.
    let nps = figure(&v, "nps");
    assert!(
        close(&nps["old"], 100.0 / 3.0) && close(&nps["new"], 0.0),
        "{nps}"
    );
    assert!(close(&nps["change"], -100.0 / 3.0));
    // CSAT: old 4–5 twice of 3 = 66.67; new once = 33.33.
    let csat = figure(&v, "csat");
    assert!(close(&csat["old"], 200.0 / 3.0) && close(&csat["new"], 100.0 / 3.0));
    // CES: old (7+6+2)/3 = 5, new (7+4+2)/3 = 4.333; easy 2/3 → 1/3.
    let ces = figure(&v, "ces");
    assert!(close(&ces["old"], 5.0) && close(&ces["new"], 13.0 / 3.0));
    assert!(close(&ces["change"], 13.0 / 3.0 - 5.0));
    assert!(close(&figure(&v, "ces.easy")["change"], -100.0 / 3.0));
    // Detractor share unchanged: 33.33 both times.
    assert_eq!(figure(&v, "nps.detractors")["direction"], "same");
    assert!(close(&figure(&v, "nps.passives")["new"], 100.0 / 3.0));
    // Drops of 33.3 points (NPS, CSAT, easy share): 30 fails, 34 passes (CES dropped 0.67).
    assert_eq!(exit_code(dir.path(), &old, &new, "30"), 3);
    assert_eq!(exit_code(dir.path(), &old, &new, "34"), 0);
    // Shares of promoters fell too, but a share is not a score: it never fails a diff on its own.
    assert!(
        !figure(&v, "nps.promoters")["score"]
            .as_bool()
            .expect("bool")
    );
}

#[test]
fn kano_diff_by_hand_with_coefficients_times_100() {
    let dir = tempfile::tempdir().expect("tempdir");
    let kano = |pairs: &[(&str, &str)]| -> Vec<String> {
        pairs
            .iter()
            .enumerate()
            .map(|(i, (f, d))| {
                format!("respondent: k{i}\nanswers:\n  online_tracking: {{functional: {f}, dysfunctional: {d}}}\n")
            })
            .collect()
    };
    // Standard table: like/dislike = O, like/neutral = A, neutral/dislike = M, neutral/neutral = I.
    let old_a = kano(&[
        ("like", "dislike"),
        ("like", "dislike"),
        ("like", "neutral"),
        ("neutral", "neutral"),
    ]);
    let new_a = kano(&[
        ("like", "dislike"),
        ("neutral", "dislike"),
        ("neutral", "dislike"),
        ("neutral", "neutral"),
    ]);
    let old = results(
        dir.path(),
        "old.yaml",
        "kano",
        &refs(&old_a),
        Some("2026-08-01"),
    );
    let new = results(
        dir.path(),
        "new.yaml",
        "kano",
        &refs(&new_a),
        Some("2026-11-01"),
    );
    let v = diff_json(dir.path(), &old, &new);
    // Old: A 1, O 2, M 0, I 1 → Better = (1+2)/4 = 0.75, Worse = −(2+0)/4 = −0.5.
    // New: A 0, O 1, M 2, I 1 → Better = 1/4 = 0.25, Worse = −(1+2)/4 = −0.75.
    let better = figure(&v, "kano.online_tracking.better");
    assert!(
        close(&better["old"], 0.75) && close(&better["new"], 0.25),
        "{better}"
    );
    assert!(close(&better["change"], -0.5));
    let worse = figure(&v, "kano.online_tracking.worse");
    assert!(close(&worse["old"], -0.5) && close(&worse["new"], -0.75));
    assert_eq!(
        figure(&v, "kano.online_tracking.category")["direction"],
        "changed"
    );
    // Better fell 0.5 = 50 points (×100), Worse 0.25 = 25 points.
    assert_eq!(exit_code(dir.path(), &old, &new, "49"), 3);
    assert_eq!(exit_code(dir.path(), &old, &new, "50"), 0);
    // A feature nobody answered: Better and Worse n/a on both sides, never 0.
    let free = figure(&v, "kano.free_returns.better");
    assert!(free["old"].is_null() && free["new"].is_null());
}

#[test]
fn maturity_servqual_and_gaps_diffs_by_hand() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Maturity: strategy levels (2, 4) → 3.0, then (2, 2) → 2.0: −1.00 on the 1–5 scale.
    let old = results(
        dir.path(),
        "m-old.yaml",
        "maturity",
        &["respondent: m\nanswers:\n  strategy.1: 2\n  strategy.2: 4\n"],
        None,
    );
    let new = results(
        dir.path(),
        "m-new.yaml",
        "maturity",
        &["respondent: m\nanswers:\n  strategy.1: 2\n  strategy.2: 2\n"],
        None,
    );
    let v = diff_json(dir.path(), &old, &new);
    let strategy = figure(&v, "dimension.strategy");
    assert!(
        close(&strategy["old"], 3.0)
            && close(&strategy["new"], 2.0)
            && close(&strategy["change"], -1.0),
        "{strategy}"
    );
    assert_eq!(exit_code(dir.path(), &old, &new, "0.5"), 3);
    assert_eq!(exit_code(dir.path(), &old, &new, "1"), 0);
    assert!(
        figure(&v, "index")["old"].is_null(),
        "an index over unassessed dimensions is n/a"
    );

    // SERVQUAL: tangibles.1 gap P − E = 5 − 7 = −2, then 6 − 7 = −1: +1.00.
    let old = results(
        dir.path(),
        "s-old.yaml",
        "servqual",
        &["respondent: s\nanswers:\n  tangibles.1: {expected: 7, perceived: 5}\n"],
        None,
    );
    let new = results(
        dir.path(),
        "s-new.yaml",
        "servqual",
        &["respondent: s\nanswers:\n  tangibles.1: {expected: 7, perceived: 6}\n"],
        None,
    );
    let v = diff_json(dir.path(), &old, &new);
    let t = figure(&v, "dimension.tangibles.gap");
    assert!(
        close(&t["old"], -2.0) && close(&t["new"], -1.0) && close(&t["change"], 1.0),
        "{t}"
    );
    assert_eq!(t["direction"], "up");
    assert_eq!(exit_code(dir.path(), &new, &old, "0.99"), 3);

    // Gaps drivers: research orientation (5, 5) → 5, then (3, 5) → 4; gap 1 is the mean of its
    // answered constructs, here that one: 5 → 4.
    let old = results(
        dir.path(),
        "g-old.yaml",
        "gaps",
        &[
            "respondent: g\nrole: manager\nanswers:\n  research_orientation.1: 5\n  research_orientation.2: 5\n",
        ],
        None,
    );
    let new = results(
        dir.path(),
        "g-new.yaml",
        "gaps",
        &[
            "respondent: g\nrole: manager\nanswers:\n  research_orientation.1: 3\n  research_orientation.2: 5\n",
        ],
        None,
    );
    let v = diff_json(dir.path(), &old, &new);
    let c = figure(&v, "construct.research_orientation");
    assert!(close(&c["old"], 5.0) && close(&c["new"], 4.0), "{c}");
    let g1 = figure(&v, "gap1");
    assert!(close(&g1["change"], -1.0), "{g1}");
}

#[test]
fn diff_refuses_two_instruments() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = results(
        dir.path(),
        "a.yaml",
        "pulse",
        &["respondent: a\nanswers:\n  nps: 9\n"],
        None,
    );
    let b = results(
        dir.path(),
        "b.yaml",
        "pyramid",
        &["respondent: a\nanswers:\n  respect.1: 3\n"],
        None,
    );
    let out = cxassess(dir.path())
        .arg("diff")
        .arg(&a)
        .arg(&b)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is for 'pulse' but"));
    let out = cxassess(dir.path())
        .arg("trend")
        .arg(&a)
        .arg(&b)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn diff_lists_figures_only_one_version_has() {
    // Two versions of a custom instrument: v2 adds a group. The shared figures compare by key;
    // the new one is listed as only in the new file.
    let dir = tempfile::tempdir().expect("tempdir");
    let v1 = "format: cxassess-instrument/1\nid: team\nversion: 1\nkind: generic\ntitle: {en: Team, zh: 团队}\n\
groups:\n  - id: speed\n    name: {en: Speed, zh: 速度}\n\
sections:\n  - id: s\n    title: {en: S, zh: S}\n    questions:\n      - id: speed.1\n        type: scale\n        scale: {min: 1, max: 5}\n        text: {en: Fast, zh: 快}\n";
    let v2 = v1.replace("version: 1", "version: 2").replace(
        "groups:\n",
        "groups:\n  - id: care\n    name: {en: Care, zh: 关怀}\n",
    ) + "      - id: care.1\n        type: scale\n        scale: {min: 1, max: 5}\n        text: {en: Kind, zh: 友善}\n";
    std::fs::write(dir.path().join("team-v1.yaml"), v1).expect("write");
    std::fs::write(dir.path().join("team-v2.yaml"), v2).expect("write");
    let old = results(
        dir.path(),
        "old.yaml",
        &dir.path().join("team-v1.yaml").display().to_string(),
        &["respondent: a\nanswers:\n  speed.1: 3\n"],
        None,
    );
    let new = results(
        dir.path(),
        "new.yaml",
        &dir.path().join("team-v2.yaml").display().to_string(),
        &["respondent: a\nanswers:\n  speed.1: 5\n  care.1: 4\n"],
        None,
    );
    let v = diff_json(dir.path(), &old, &new);
    // speed: (3−1)/4×100 = 50 → (5−1)/4×100 = 100.
    let speed = figure(&v, "group.speed");
    assert!(
        close(&speed["old"], 50.0) && close(&speed["new"], 100.0),
        "{speed}"
    );
    assert_eq!(v["only_new"][0]["key"], "group.care");
    assert!(close(&v["only_new"][0]["value"], 75.0));
    assert_eq!(v["old"]["version"], 1);
    assert_eq!(v["new"]["version"], 2);
    assert_eq!(v["answers"][1]["question"], "care.1");
    assert!(v["answers"][1]["old"].is_null());
}

#[test]
fn trend_orders_by_date_then_latest_answer_then_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let one = |nps: i32, updated: &str| {
        format!("respondent: a\nupdated: {updated}\nanswers:\n  nps: {nps}\n")
    };
    // c.yaml is dated earliest; a.yaml has no date but an answer from 2026-06; b.yaml is dated
    // 2026-09; z.yaml has neither date nor time (an answer without `updated` gets the pinned clock,
    // so remove it by hand below).
    let early = results(
        dir.path(),
        "c.yaml",
        "pulse",
        &[&one(10, "2026-01-05T10:00:00Z")],
        Some("2026-03-01"),
    );
    let undated = results(
        dir.path(),
        "a.yaml",
        "pulse",
        &[&one(3, "2026-06-15T10:00:00Z")],
        None,
    );
    let later = results(
        dir.path(),
        "b.yaml",
        "pulse",
        &[&one(8, "2026-12-24T10:00:00Z")],
        Some("2026-09-01"),
    );
    let timeless = results(
        dir.path(),
        "z.yaml",
        "pulse",
        &[&one(9, "2026-12-31T10:00:00Z")],
        None,
    );
    let text = std::fs::read_to_string(&timeless).expect("read");
    let text: String = text
        .lines()
        .filter(|l| {
            !l.trim_start().starts_with("updated:") && !l.trim_start().starts_with("started:")
        })
        .flat_map(|l| [l, "\n"])
        .collect();
    std::fs::write(&timeless, text).expect("write");
    let out = cxassess(dir.path())
        .arg("trend")
        .args([&timeless, &later, &undated, &early])
        .args(["--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let files: Vec<String> = v["waves"]
        .as_array()
        .expect("waves")
        .iter()
        .map(|w| {
            Path::new(w["files"][0].as_str().expect("file"))
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(files, ["c.yaml", "a.yaml", "b.yaml", "z.yaml"]);
    // Labelled by date, else by file name; placed by the date, else the latest answer.
    let labels: Vec<&str> = v["waves"]
        .as_array()
        .expect("waves")
        .iter()
        .map(|w| w["label"].as_str().expect("label"))
        .collect();
    assert_eq!(labels, ["2026-03-01", "a", "2026-09-01", "z"]);
    assert_eq!(v["waves"][1]["placed_by"], "latest-answer");
    assert_eq!(v["waves"][3]["placed_by"], "unknown");
    let nps = v["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == "nps")
        .expect("nps");
    // NPS: 10 → +100, 3 → −100, 8 → 0, 9 → +100. Sparkline over −100..100: ▁ for −100, █ for 100,
    // 0 → 7·100/200 = 3.5 → rounds to 4: ▅.
    assert_eq!(
        nps["values"],
        serde_json::json!([100.0, -100.0, 0.0, 100.0])
    );
    assert_eq!(nps["sparkline"], "█▁▅█");
    let text = cxassess(dir.path())
        .arg("trend")
        .args([&timeless, &later, &undated, &early])
        .output()
        .expect("runs");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(
        text.contains("/a.yaml (no date: placed by its latest answer)"),
        "{text}"
    );
    assert!(
        text.contains("(no date and no answer time: placed last)"),
        "{text}"
    );
    let nps_line = text
        .lines()
        .find(|l| l.trim_start().starts_with("NPS "))
        .expect("NPS line");
    assert_eq!(
        nps_line.split_whitespace().collect::<Vec<_>>(),
        ["NPS", "+100.0", "-100.0", "0.0", "+100.0", "█▁▅█"]
    );
    let md = cxassess(dir.path())
        .arg("trend")
        .args([&early, &undated])
        .args(["--format", "markdown"])
        .output()
        .expect("runs");
    let md = String::from_utf8(md.stdout).expect("utf-8");
    assert!(md.contains("| NPS | +100.0 | -100.0 | █▁ |"), "{md}");
    assert!(
        md.contains("| figure | 2026-03-01 | a | trend |\n|---|---:|---:|---|\n"),
        "{md}"
    );
}

/// Kano answers for one respondent: `online_tracking` as given, nothing else.
fn kano_answers(name: &str, functional: &str, dysfunctional: &str) -> String {
    format!(
        "respondent: {name}\nrole: customer\nanswers:\n  online_tracking: {{functional: {functional}, dysfunctional: {dysfunctional}}}\n"
    )
}

#[test]
fn for_kano_a_fall_in_better_fails_the_diff_and_a_more_negative_worse_does_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = |name: &str, pairs: &[(&str, &str)]| {
        let answers: Vec<String> = pairs
            .iter()
            .enumerate()
            .map(|(i, (f, d))| kano_answers(&format!("c{i}"), f, d))
            .collect();
        let refs: Vec<&str> = answers.iter().map(String::as_str).collect();
        results(dir.path(), name, "kano", &refs, None)
    };
    // Four attractive answers: Better 1, Worse 0.
    let all_attractive = file("kt1.yaml", &[("like", "neutral"); 4]);
    // Three attractive and one one-dimensional: Better 1, Worse −0.25 (the feature's absence
    // now hurts one customer in four). Not a drop, in either direction.
    let one_one_dimensional = file(
        "kt2.yaml",
        &[
            ("like", "neutral"),
            ("like", "neutral"),
            ("like", "neutral"),
            ("like", "dislike"),
        ],
    );
    let v = diff_json(dir.path(), &all_attractive, &one_one_dimensional);
    assert!(close(
        &figure(&v, "kano.online_tracking.worse")["change"],
        -0.25
    ));
    assert_eq!(figure(&v, "kano.online_tracking.worse")["score"], false);
    assert_eq!(figure(&v, "kano.online_tracking.better")["score"], true);
    assert_eq!(
        exit_code(dir.path(), &all_attractive, &one_one_dimensional, "10"),
        0
    );
    assert_eq!(
        exit_code(dir.path(), &one_one_dimensional, &all_attractive, "10"),
        0
    );
    // Three attractive and one indifferent: Better falls 1 → 0.75, 25 points: a drop.
    let one_indifferent = file(
        "kt3.yaml",
        &[
            ("like", "neutral"),
            ("like", "neutral"),
            ("like", "neutral"),
            ("neutral", "neutral"),
        ],
    );
    assert_eq!(
        exit_code(dir.path(), &all_attractive, &one_indifferent, "10"),
        3
    );
    assert_eq!(
        exit_code(dir.path(), &all_attractive, &one_indifferent, "25"),
        0
    );
    // Better rising back is no drop.
    assert_eq!(
        exit_code(dir.path(), &one_indifferent, &all_attractive, "10"),
        0
    );
    // The diff says the rule under its verdict, in text and in JSON.
    let out = cxassess(dir.path())
        .arg("diff")
        .arg(&all_attractive)
        .arg(&one_one_dimensional)
        .args(["--fail-on-drop", "10"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("No headline score dropped by more than 10 points."),
        "{text}"
    );
    assert!(
        text.contains("Kano: a fall in Better counts as a drop; Worse is shown but never fails"),
        "{text}"
    );
    let out = cxassess(dir.path())
        .arg("diff")
        .arg(&all_attractive)
        .arg(&one_one_dimensional)
        .args(["--fail-on-drop", "10", "--format", "json"])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(
        v["fail_on_drop_rule"]
            .as_str()
            .is_some_and(|r| r.contains("Worse")),
        "{v:#}"
    );
}
