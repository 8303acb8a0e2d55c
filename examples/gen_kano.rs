//! Generates a large Kano survey export for the streaming benchmark (BENCHMARKS.md): ROWS
//! respondent rows in the CSV import layout, answers written as word labels drawn from every
//! wording set (English sets 1–4 and Chinese, in mixed case), importance 1–9.
//!
//! ```text
//! cargo run --release --example gen_kano -- 1000000 --instrument kano10.yaml > big.csv
//! target/release/cxassess report --instrument kano10.yaml big.csv --format json
//! ```
//!
//! With `--instrument FILE` it also writes a ten-feature study (the nine built-in features and
//! a tenth) that the CSV is for; without it, the CSV has the nine built-in features and is read
//! with `--instrument kano`. The output depends only on ROWS: the same bytes every run.

use std::fmt::Write as _;
use std::io::{self, BufWriter, Write};

const BUILTIN: &str = include_str!("../questionnaires/kano.yaml");

const FEATURES: [&str; 9] = [
    "online_tracking",
    "free_returns",
    "recommendations",
    "expert_support",
    "loyalty_tiers",
    "fault_alerts",
    "hotline_24x7",
    "video_guides",
    "progress_notifications",
];

const TENTH: &str = r#"      - id: self_service_booking
        type: kano
        feature:
          en: "Online self-service repair booking"
          zh: "在线自助预约维修"
        functional:
          en: "If the service HAS online self-service repair booking, how do you feel?"
          zh: "如果服务【提供】在线自助预约维修，您感觉如何？"
        dysfunctional:
          en: "If the service does NOT have online self-service repair booking, how do you feel?"
          zh: "如果服务【不提供】在线自助预约维修，您感觉如何？"
        importance: true
        allow_na: false
"#;

/// Labels by answer code (Like, Must-be, Neutral, Live-with, Dislike), one row per wording set.
const WORDINGS: [[&str; 5]; 6] = [
    [
        "I like it that way",
        "It must be that way",
        "I am neutral",
        "I can live with it that way",
        "I dislike it that way",
    ],
    [
        "I enjoy it that way",
        "It is a basic necessity or I expect it that way",
        "I am neutral",
        "I dislike it, but I can live with it that way",
        "I dislike it, and I can\u{2019}t accept it",
    ],
    [
        "This would be very helpful to me",
        "This is a basic requirement for me",
        "This would not affect me",
        "This would be a minor inconvenience",
        "This would be a major problem for me",
    ],
    [
        "I like it",
        "I expect it",
        "I'm neutral",
        "I can tolerate it",
        "I dislike it",
    ],
    ["我喜欢", "理所当然", "无所谓", "能忍受", "我不喜欢"],
    ["LIKE", "Must-Be", "neutral", "Live-With", "dislike"],
];

/// xorshift64*: fast, deterministic, good enough to spread answers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// A CSV field, quoted when it holds a comma or a quote.
fn field(s: &str) -> String {
    if s.contains([',', '"']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn main() -> io::Result<()> {
    let mut rows: u64 = 1_000_000;
    let mut instrument_out: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--instrument" {
            instrument_out = args.next();
        } else if let Ok(n) = a.parse() {
            rows = n;
        } else {
            eprintln!("usage: gen_kano [ROWS] [--instrument FILE] > big.csv");
            std::process::exit(2);
        }
    }
    let mut features: Vec<&str> = FEATURES.to_vec();
    if let Some(path) = &instrument_out {
        let yaml = BUILTIN.replacen("id: kano\n", "id: kano10\n", 1).replacen(
            "  en: \"Kano feature study (service example)\"",
            "  en: \"Kano feature study (ten features, benchmark)\"",
            1,
        );
        let mut yaml = yaml.trim_end().to_string();
        yaml.push('\n');
        yaml.push_str(TENTH);
        std::fs::write(path, yaml)?;
        features.push("self_service_booking");
    }
    let out = io::stdout().lock();
    let mut w = BufWriter::with_capacity(1 << 20, out);
    let mut header = vec!["respondent".to_string(), "role".to_string()];
    for f in &features {
        for part in ["functional", "dysfunctional", "importance"] {
            header.push(format!("{f}.{part}"));
        }
    }
    writeln!(w, "{}", header.join(","))?;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut line = String::with_capacity(1024);
    for row in 0..rows {
        line.clear();
        let _ = write!(line, "r{row:07},customer");
        for (i, _) in features.iter().enumerate() {
            let x = rng.next();
            // Each feature leans to a different category so the report has all of them.
            let lean = (i as u64 + (x >> 60)) % 5;
            let functional = ((x & 0xff) % 5 + lean) % 5;
            let dysfunctional = (((x >> 8) & 0xff) % 5 + 4 - lean % 3) % 5;
            let set = ((x >> 16) % WORDINGS.len() as u64) as usize;
            let importance = (x >> 24) % 9 + 1;
            line.push(',');
            line.push_str(&field(WORDINGS[set][functional as usize]));
            line.push(',');
            line.push_str(&field(
                WORDINGS[(set + 1) % WORDINGS.len()][dysfunctional as usize],
            ));
            line.push(',');
            line.push_str(&importance.to_string());
        }
        line.push('\n');
        w.write_all(line.as_bytes())?;
    }
    w.flush()
}
