//! The HTML reports: every demo page, in both languages, is one self-contained well-formed file
//! with inline SVG, and it loads in a REAL headless Chromium with no console message at all (the
//! pages have no scripts, and their Content-Security-Policy turns any fetch into a console error),
//! producing a screenshot that is not blank.
//!
//! The browser test needs Debian's `chromium` (`.ci/run` installs it; `CXASSESS_CHROMIUM` names
//! another binary). When no browser can be found it says so on stderr and skips. With
//! `CXASSESS_SCREENSHOTS=<folder>` it also writes the screenshots there (that is how the images in
//! `docs/screenshots/` are made).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cxassess::report::svg::well_formed;

use crate::common::cxassess;

/// Every demo id `cxassess demo` knows, from its own message for an unknown id (so ids added
/// later are covered without touching this test).
fn demo_ids(dir: &Path) -> Vec<String> {
    let out = cxassess(dir)
        .args(["demo", "no-such-demo"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let msg = String::from_utf8_lossy(&out.stderr).into_owned();
    let list = msg
        .split("demos exist for ")
        .nth(1)
        .unwrap_or_else(|| panic!("no list of demos in: {msg}"));
    let ids: Vec<String> = list
        .lines()
        .next()
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().trim_end_matches('.').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    for must in ["pyramid", "pulse"] {
        assert!(ids.iter().any(|i| i == must), "{ids:?}");
    }
    ids
}

fn demo_page(dir: &Path, id: &str, lang: &str) -> String {
    let out = cxassess(dir)
        .args(["--lang", lang, "demo", id, "--format", "html"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "demo {id}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn every_demo_page_is_self_contained_and_well_formed() {
    let dir = tempfile::tempdir().expect("tempdir");
    for id in demo_ids(dir.path()) {
        for lang in ["en", "zh"] {
            let page = demo_page(dir.path(), &id, lang);
            let what = format!("demo {id} ({lang})");
            assert!(page.starts_with("<!DOCTYPE html>"), "{what}");
            assert!(
                page.contains(if lang == "zh" {
                    "<html lang=\"zh-CN\">"
                } else {
                    "<html lang=\"en\">"
                }),
                "{what}"
            );
            assert!(
                page.contains("default-src 'none'"),
                "{what}: the CSP is in place"
            );
            assert!(page.contains("@media print"), "{what}: print styles");
            assert!(page.contains("<svg"), "{what}: at least one chart");
            assert!(
                well_formed(&page),
                "{what}: every element is closed in order"
            );
            // Nothing outside the file: no scripts, no stylesheets, no images or fonts to fetch.
            let without_namespace = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            for forbidden in [
                "<script",
                "<link",
                "<img",
                "<iframe",
                "@import",
                "@font-face",
                "http://",
                "https://",
                "src=",
                "href=\"//",
            ] {
                assert!(
                    !without_namespace.contains(forbidden),
                    "{what}: contains {forbidden}"
                );
            }
            // url(…) only for in-page references such as SVG patterns.
            for (i, _) in page.match_indices("url(") {
                assert!(
                    page[i..].starts_with("url(#"),
                    "{what}: {}",
                    &page[i..(i + 40).min(page.len())]
                );
            }
            assert!(
                !page.contains("NaN") && !page.contains("inf\""),
                "{what}: no undefined number leaks into a chart"
            );
        }
    }
}

#[test]
fn the_pyramid_is_drawn_by_tier_and_achievement() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = demo_page(dir.path(), "pyramid", "en");
    // The demo reaches no level: overall every tier is pale and hatched; the manager view
    // achieves all three (solid), the customer view none.
    assert_eq!(
        page.matches("fill=\"url(#pyr-hatch-").count(),
        3,
        "three unachieved tiers overall"
    );
    assert!(
        page.contains("fill=\"url(#pyr-role0-hatch-basic)\""),
        "customer: basic not achieved"
    );
    assert!(
        !page.contains("pyr-role1-hatch-"),
        "manager: every tier achieved, solid"
    );
    for tier in ["Basic", "Performance", "Excitement"] {
        assert!(
            page.contains(&format!(">{tier}</text>")),
            "{tier} written in the pyramid"
        );
    }
    assert!(page.contains("Foundation warning"));
    assert!(page.contains("pass mark 60.0"));
}

fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CXASSESS_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// What one headless run gave: the DOM after load, and the browser's log.
struct Loaded {
    dom: String,
    log: String,
}

/// Loads `page` in headless Chromium, writes a screenshot to `png`.
fn load(chromium: &Path, page: &Path, png: &Path, profile: &Path, height: u32) -> Loaded {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--window-size=1100,{height}"))
        .arg(format!("--screenshot={}", png.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    // Read both pipes on threads so a chatty browser never blocks on a full pipe.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut out, &mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut err, &mut s);
        s
    });
    // A guard against a hung browser, not a timing assertion.
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        match child.try_wait().expect("wait") {
            Some(_) => break,
            None if Instant::now() > deadline => {
                let _ = child.kill();
                panic!("chromium did not finish loading {}", page.display());
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
    Loaded {
        dom: out_t.join().unwrap_or_default(),
        log: err_t.join().unwrap_or_default(),
    }
}

#[test]
fn pages_load_in_headless_chromium_without_console_errors() {
    let Some(chromium) = find_chromium() else {
        eprintln!(
            "SKIPPED pages_load_in_headless_chromium_without_console_errors: no chromium found \
             (install Debian's `chromium`, as .ci/run does, or set CXASSESS_CHROMIUM)"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = dir.path().join("profile");
    let shots = std::env::var_os("CXASSESS_SCREENSHOTS").map(PathBuf::from);
    // A blank page's screenshot, to tell a rendered report from an empty window.
    let blank = dir.path().join("blank.html");
    std::fs::write(
        &blank,
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>",
    )
    .expect("write");
    let blank_png = dir.path().join("blank.png");
    let height = 1800;
    load(&chromium, &blank, &blank_png, &profile, height);
    let blank_size = std::fs::metadata(&blank_png).map_or(0, |m| m.len());
    assert!(blank_size > 0, "chromium writes screenshots");
    for id in demo_ids(dir.path()) {
        for lang in ["en", "zh"] {
            let html = dir.path().join(format!("{id}-{lang}.html"));
            let source = demo_page(dir.path(), &id, lang);
            std::fs::write(&html, &source).expect("write");
            let png = dir.path().join(format!("{id}-{lang}.png"));
            let loaded = load(&chromium, &html, &png, &profile, height);
            let what = format!("demo {id} ({lang})");
            let console: Vec<&str> = loaded
                .log
                .lines()
                .filter(|l| {
                    l.contains(":CONSOLE") || l.contains("CONSOLE(") || l.contains("Uncaught")
                })
                .collect();
            assert!(
                console.is_empty(),
                "{what}: console messages:\n{}",
                console.join("\n")
            );
            // The browser parsed every chart and table the file holds.
            for tag in ["<svg", "<table", "<figure"] {
                assert_eq!(
                    loaded.dom.matches(tag).count(),
                    source.matches(tag).count(),
                    "{what}: {tag} elements in the DOM"
                );
            }
            let size = std::fs::metadata(&png).map_or(0, |m| m.len());
            assert!(
                size > 4 * blank_size,
                "{what}: the screenshot ({size} bytes) is not blank ({blank_size} bytes)"
            );
            if let Some(folder) = &shots {
                std::fs::create_dir_all(folder).expect("screenshot folder");
                std::fs::copy(&png, folder.join(format!("{id}-{lang}.png"))).expect("copy");
            }
        }
    }
}

/// Measures the five-gap drawing with the browser's own text metrics: a script (in a test-only
/// copy of the page — the product page has no script and its CSP forbids one) checks that no box
/// or pill overlaps another, that every text stays inside its box or pill, and that no text runs
/// outside the drawing; it writes what it found into the page, which `--dump-dom` returns.
const FIVE_GAP_PROBE: &str = r"<script>
(function () {
  var out = [];
  var svg = null;
  document.querySelectorAll('svg').forEach(function (s) {
    if (s.querySelector('g.fg-node')) { svg = s; }
  });
  if (!svg) {
    out.push('no five-gap drawing');
  } else {
    var vb = svg.viewBox.baseVal;
    var view = { x: vb.x, y: vb.y, width: vb.width, height: vb.height };
    var nodes = [].slice.call(svg.querySelectorAll('g.fg-node'));
    var shapes = nodes.map(function (g) { return g.querySelector('rect').getBBox(); });
    var inside = function (a, b) {
      return a.x >= b.x - 0.5 && a.y >= b.y - 0.5 &&
        a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
    };
    var overlap = function (a, b) {
      return a.x < b.x + b.width && b.x < a.x + a.width &&
        a.y < b.y + b.height && b.y < a.y + a.height;
    };
    var box = function (b) { return [b.x, b.y, b.width, b.height].map(Math.round).join(','); };
    out.push('nodes ' + nodes.length);
    for (var i = 0; i < shapes.length; i++) {
      for (var j = i + 1; j < shapes.length; j++) {
        if (overlap(shapes[i], shapes[j])) {
          out.push('overlap: ' + nodes[i].textContent.trim() + ' / ' + nodes[j].textContent.trim());
        }
      }
    }
    nodes.forEach(function (g, i) {
      g.querySelectorAll('text').forEach(function (t) {
        var b = t.getBBox();
        if (!inside(b, shapes[i])) {
          out.push('outside its shape: ' + t.textContent + ' ' + box(b) + ' in ' + box(shapes[i]));
        }
      });
    });
    svg.querySelectorAll('text').forEach(function (t) {
      var b = t.getBBox();
      if (!inside(b, view)) { out.push('outside the drawing: ' + t.textContent + ' ' + box(b)); }
    });
  }
  var pre = document.createElement('pre');
  pre.id = 'fg-probe';
  pre.textContent = out.join('\n');
  document.body.appendChild(pre);
})();
</script>";

#[test]
fn the_five_gap_diagram_neither_overlaps_nor_clips_in_a_real_browser() {
    let Some(chromium) = find_chromium() else {
        eprintln!(
            "SKIPPED the_five_gap_diagram_neither_overlaps_nor_clips_in_a_real_browser: no chromium \
             found (install Debian's `chromium`, as .ci/run does, or set CXASSESS_CHROMIUM)"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let profile = dir.path().join("profile");
    for lang in ["en", "zh"] {
        let page = demo_page(dir.path(), "fivegap", lang);
        let csp = page
            .find("<meta http-equiv=\"Content-Security-Policy\"")
            .expect("the page has a CSP");
        let end = csp + page[csp..].find('>').expect("the tag ends") + 1;
        let probe = format!("{}{}", &page[..csp], &page[end..])
            .replace("</body>", &format!("{FIVE_GAP_PROBE}\n</body>"));
        assert!(
            !page.contains("<script"),
            "the product page stays script-free"
        );
        let html = dir.path().join(format!("fivegap-probe-{lang}.html"));
        std::fs::write(&html, probe).expect("write");
        let png = dir.path().join(format!("fivegap-probe-{lang}.png"));
        let loaded = load(&chromium, &html, &png, &profile, 1800);
        let start = loaded
            .dom
            .find("<pre id=\"fg-probe\">")
            .unwrap_or_else(|| panic!("{lang}: the probe did not run:\n{}", loaded.log));
        let result = &loaded.dom[start + "<pre id=\"fg-probe\">".len()..];
        let result = &result[..result.find("</pre>").expect("probe output ends")];
        assert_eq!(
            result.trim(),
            "nodes 11",
            "{lang}: 6 boxes and 5 pills, nothing overlapping or clipped"
        );
    }
}
