//! `cxassess list`: the built-in instruments as a table whose heading lines up with its rows in
//! both languages.

use unicode_width::UnicodeWidthStr;

use crate::common::cxassess;

/// The display column where each run of non-space characters in `line` ends.
fn cell_ends(line: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut prev_space = true;
    let mut col = 0;
    for c in line.chars() {
        let w = UnicodeWidthStr::width(c.to_string().as_str());
        if c == ' ' && !prev_space {
            ends.push(col);
        }
        prev_space = c == ' ';
        col += w;
    }
    if !prev_space {
        ends.push(col);
    }
    ends
}

#[test]
fn the_chinese_heading_lines_up_with_the_rows() {
    let data = tempfile::tempdir().unwrap();
    for lang in ["zh_CN.UTF-8", "en_US.UTF-8"] {
        let out = cxassess(data.path())
            .env("LANG", lang)
            .arg("list")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        let head = lines[1];
        let row = lines.iter().find(|l| l.contains("pyramid")).unwrap();
        // The counts and versions are right-aligned under their headings: the heading's
        // "questions"/"题数" and "version"/"版本" end in the same column as the row's numbers,
        // and the title starts where its heading starts.
        let (h, r) = (cell_ends(head), cell_ends(row));
        assert_eq!(h[1], r[1], "questions column\n{out}");
        assert_eq!(h[2], r[2], "version column\n{out}");
        let title_at = |l: &str, t: &str| UnicodeWidthStr::width(&l[..l.find(t).unwrap()]);
        let title = if lang.starts_with("zh") {
            "名称"
        } else {
            "title"
        };
        let row_title = if lang.starts_with("zh") {
            "客户体验金字塔"
        } else {
            "Experience pyramid"
        };
        assert_eq!(title_at(head, title), title_at(row, row_title), "{out}");
    }
}
