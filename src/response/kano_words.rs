//! Kano answers: the five codes and every wording set real survey exports use (DOMAIN.md §3),
//! English and Chinese, matched after normalising case, whitespace and apostrophes.

/// A Kano answer, coded 1–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KanoWord {
    /// 1: I like it.
    Like,
    /// 2: It must be that way / I expect it.
    MustBe,
    /// 3: I am neutral.
    Neutral,
    /// 4: I can live with it.
    LiveWith,
    /// 5: I dislike it.
    Dislike,
}

impl KanoWord {
    /// All five, in code order.
    pub const ALL: [KanoWord; 5] = [
        KanoWord::Like,
        KanoWord::MustBe,
        KanoWord::Neutral,
        KanoWord::LiveWith,
        KanoWord::Dislike,
    ];

    /// The code, 1–5.
    pub fn code(self) -> i32 {
        self as i32 + 1
    }

    /// The answer with this code.
    pub fn from_code(code: i64) -> Option<KanoWord> {
        usize::try_from(code - 1)
            .ok()
            .and_then(|i| KanoWord::ALL.get(i).copied())
    }

    /// The word used in results files.
    pub fn word(self) -> &'static str {
        match self {
            KanoWord::Like => "like",
            KanoWord::MustBe => "must-be",
            KanoWord::Neutral => "neutral",
            KanoWord::LiveWith => "live-with",
            KanoWord::Dislike => "dislike",
        }
    }

    /// Reads a code (`1`–`5`), a results-file word, or any label of the known wording sets.
    pub fn parse(input: &str) -> Option<KanoWord> {
        let norm = normalise(input);
        if let Ok(code) = norm.parse::<i64>() {
            return KanoWord::from_code(code);
        }
        LABELS
            .iter()
            .find(|(label, _)| *label == norm)
            .map(|(_, w)| *w)
    }
}

/// Lowercase, curly quotes and apostrophes made straight, runs of whitespace made one space,
/// trailing full stops dropped.
pub(crate) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.trim().chars() {
        let ch = match ch {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{00b4}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{3000}' => ' ',
            c => c,
        };
        if ch.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(ch.to_lowercase());
    }
    while out.ends_with('.') || out.ends_with('。') {
        out.pop();
    }
    out
}

/// Every accepted label, normalised.
pub(crate) const LABELS: &[(&str, KanoWord)] = &[
    // results-file words and short forms
    ("like", KanoWord::Like),
    ("must-be", KanoWord::MustBe),
    ("must be", KanoWord::MustBe),
    ("mustbe", KanoWord::MustBe),
    ("must", KanoWord::MustBe),
    ("expect", KanoWord::MustBe),
    ("neutral", KanoWord::Neutral),
    ("live-with", KanoWord::LiveWith),
    ("live with", KanoWord::LiveWith),
    ("livewith", KanoWord::LiveWith),
    ("tolerate", KanoWord::LiveWith),
    ("dislike", KanoWord::Dislike),
    // set 1
    ("i like it that way", KanoWord::Like),
    ("it must be that way", KanoWord::MustBe),
    ("i am neutral", KanoWord::Neutral),
    ("i can live with it that way", KanoWord::LiveWith),
    ("i dislike it that way", KanoWord::Dislike),
    // set 2
    ("i enjoy it that way", KanoWord::Like),
    (
        "it is a basic necessity or i expect it that way",
        KanoWord::MustBe,
    ),
    (
        "it is a basic necessity, or i expect it that way",
        KanoWord::MustBe,
    ),
    (
        "i dislike it, but i can live with it that way",
        KanoWord::LiveWith,
    ),
    (
        "i dislike it but i can live with it that way",
        KanoWord::LiveWith,
    ),
    ("i dislike it, and i can't accept it", KanoWord::Dislike),
    ("i dislike it and i can't accept it", KanoWord::Dislike),
    ("i dislike it, and i cannot accept it", KanoWord::Dislike),
    // set 3
    ("this would be very helpful to me", KanoWord::Like),
    ("this is a basic requirement for me", KanoWord::MustBe),
    ("this would not affect me", KanoWord::Neutral),
    ("this would be a minor inconvenience", KanoWord::LiveWith),
    ("this would be a major problem for me", KanoWord::Dislike),
    // set 4
    ("i like it", KanoWord::Like),
    ("i expect it", KanoWord::MustBe),
    ("i'm neutral", KanoWord::Neutral),
    ("i am neutral (i'm neutral)", KanoWord::Neutral),
    ("i can tolerate it", KanoWord::LiveWith),
    ("i dislike it", KanoWord::Dislike),
    ("i can live with it", KanoWord::LiveWith),
    ("i expect it (must be)", KanoWord::MustBe),
    // Chinese
    ("我喜欢", KanoWord::Like),
    ("喜欢", KanoWord::Like),
    ("理所当然", KanoWord::MustBe),
    ("理所應當", KanoWord::MustBe),
    ("理所当然的", KanoWord::MustBe),
    ("无所谓", KanoWord::Neutral),
    ("無所謂", KanoWord::Neutral),
    ("能忍受", KanoWord::LiveWith),
    ("可以忍受", KanoWord::LiveWith),
    ("我不喜欢", KanoWord::Dislike),
    ("不喜欢", KanoWord::Dislike),
    ("我不喜歡", KanoWord::Dislike),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_wording_set_and_its_variants_are_read() {
        let cases = [
            ("I like it that way", KanoWord::Like),
            ("  It MUST be that way ", KanoWord::MustBe),
            ("I am neutral", KanoWord::Neutral),
            ("I can live with it that way", KanoWord::LiveWith),
            ("I dislike it that way", KanoWord::Dislike),
            ("I enjoy it that way", KanoWord::Like),
            (
                "It is a basic necessity or I expect it that way",
                KanoWord::MustBe,
            ),
            (
                "I dislike it, but I can live with it that way",
                KanoWord::LiveWith,
            ),
            (
                "I dislike it, and I can\u{2019}t accept it",
                KanoWord::Dislike,
            ),
            ("This would be very helpful to me", KanoWord::Like),
            ("This is a basic requirement for me", KanoWord::MustBe),
            ("This would not affect me", KanoWord::Neutral),
            ("This would be a minor inconvenience", KanoWord::LiveWith),
            ("This would be a major problem for me", KanoWord::Dislike),
            ("I like it", KanoWord::Like),
            ("I expect it", KanoWord::MustBe),
            ("I\u{2019}m neutral", KanoWord::Neutral),
            ("I can tolerate it", KanoWord::LiveWith),
            ("i dislike it.", KanoWord::Dislike),
            ("我喜欢", KanoWord::Like),
            ("理所当然", KanoWord::MustBe),
            ("无所谓", KanoWord::Neutral),
            ("能忍受", KanoWord::LiveWith),
            ("我不喜欢", KanoWord::Dislike),
            ("live-with", KanoWord::LiveWith),
            ("3", KanoWord::Neutral),
        ];
        for (label, want) in cases {
            assert_eq!(KanoWord::parse(label), Some(want), "{label}");
        }
        assert_eq!(KanoWord::parse("6"), None);
        assert_eq!(KanoWord::parse("maybe"), None);
        assert_eq!(KanoWord::parse(""), None);
    }

    #[test]
    fn codes_and_words_round_trip() {
        for w in KanoWord::ALL {
            assert_eq!(KanoWord::from_code(i64::from(w.code())), Some(w));
            assert_eq!(KanoWord::parse(w.word()), Some(w));
        }
    }
}
