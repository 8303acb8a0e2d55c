//! Waves: what `diff` and `trend` compare. An engagement folder is one wave; results files that
//! share an `assessment.period` are one wave; any other results file is a wave of its own.
//! [`plan`] groups what was read into waves, names them and puts them in time order; the command
//! line then merges each wave's files instrument by instrument, respondent first, into a
//! [`Wave`].
//!
//! Labels (*policy*): the period, else the date, else the folder's or file's name; two waves with
//! one label are told apart by their folder or file name. Order (*policy*): by date — the
//! engagement's, else the latest `assessment.date` of the wave's files; a wave without one is
//! placed by its latest answer (`updated`), and one with neither comes last — then by period,
//! then by name. Dates and periods compare as text, so ISO dates (2026-11-20) and periods written
//! alike (2026-Q3, 2026-Q4) sort in time order.

use serde::Serialize;

use crate::engagement::Engagement;
use crate::instrument::Instrument;
use crate::response::Results;

/// One results file, read.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file, as named (or as found in a folder).
    pub file: String,
    /// What it holds.
    pub results: Results,
    /// The instrument it was answered against.
    pub instrument: Instrument,
}

/// One argument of `diff` or `trend`, read.
#[derive(Debug, Clone)]
pub enum Input {
    /// An engagement folder: one wave.
    Folder {
        /// The folder, as named.
        folder: String,
        /// Its `engagement.yaml`.
        engagement: Box<Engagement>,
        /// Its results files.
        files: Vec<Source>,
    },
    /// A results file.
    File(Box<Source>),
}

/// What placed a wave in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Placed {
    /// Its date.
    Date,
    /// No date: the latest answer's time.
    LatestAnswer,
    /// Neither: placed last.
    Unknown,
}

/// A wave's name, place in time and files.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaveInfo {
    /// The label shown: the period, else the date, else the name.
    pub label: String,
    /// `period` of the engagement or the files.
    pub period: Option<String>,
    /// The date (YYYY-MM-DD).
    pub date: Option<String>,
    /// What it was ordered by: the date, else the latest answer's time.
    pub ordered_by: Option<String>,
    /// Which of those it was.
    pub placed_by: Placed,
    /// The engagement folder, when the wave is one.
    pub folder: Option<String>,
    /// Its results files.
    pub files: Vec<String>,
}

/// A wave before its files are merged.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Name, place and files.
    pub info: WaveInfo,
    /// The engagement, for a folder.
    pub engagement: Option<Engagement>,
    /// The files read.
    pub sources: Vec<Source>,
}

/// One instrument's results in a wave, merged respondent first.
#[derive(Debug, Clone)]
pub struct Pooled {
    /// The instrument.
    pub instrument: Instrument,
    /// Every response of the wave's files of it.
    pub results: Results,
    /// Those files.
    pub files: Vec<String>,
    /// Responses in `results` that are not complete (they count).
    pub partial: usize,
    /// Responses not complete that `--complete-only` left out of `results`.
    pub left_out: usize,
}

impl Pooled {
    /// `results` with every response counted, `partial` and `left_out` set; with
    /// `complete_only`, responses that are not complete are left out (and counted as such).
    pub fn new(
        instrument: Instrument,
        mut results: Results,
        files: Vec<String>,
        complete_only: bool,
    ) -> Self {
        let partial = results.responses.iter().filter(|r| !r.complete).count();
        if complete_only {
            results.responses.retain(|r| r.complete);
        }
        let (partial, left_out) = if complete_only {
            (0, partial)
        } else {
            (partial, 0)
        };
        Self {
            instrument,
            results,
            files,
            partial,
            left_out,
        }
    }
}

/// A wave: its results, instrument by instrument.
#[derive(Debug, Clone)]
pub struct Wave {
    /// Name, place and files.
    pub info: WaveInfo,
    /// The engagement, for a folder.
    pub engagement: Option<Engagement>,
    /// One entry per instrument, in the order first read.
    pub instruments: Vec<Pooled>,
}

impl Wave {
    /// The wave's results of instrument `id`.
    pub fn instrument(&self, id: &str) -> Option<&Pooled> {
        self.instruments.iter().find(|p| p.instrument.id == id)
    }
}

fn non_empty(s: Option<&String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// The latest `assessment.date` of `sources`, and the latest `updated` of their answers.
fn dates(sources: &[Source]) -> (Option<String>, Option<String>) {
    let date = sources
        .iter()
        .filter_map(|s| non_empty(s.results.assessment.date.as_ref()))
        .max();
    let updated = sources
        .iter()
        .flat_map(|s| &s.results.responses)
        .filter_map(|r| non_empty(r.updated.as_ref()))
        .max();
    (date, updated)
}

/// A file's name without its folder and extension.
fn stem(file: &str) -> String {
    std::path::Path::new(file)
        .file_stem()
        .map_or_else(|| file.to_string(), |s| s.to_string_lossy().into_owned())
}

/// A folder's or file's own name.
fn base(path: &str) -> String {
    std::path::Path::new(path.trim_end_matches(['/', '\\']))
        .file_name()
        .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned())
}

fn planned(
    period: Option<String>,
    date: Option<String>,
    folder: Option<String>,
    engagement: Option<Engagement>,
    sources: Vec<Source>,
) -> Planned {
    let (file_date, updated) = dates(&sources);
    let date = date.or(file_date);
    let (ordered_by, placed_by) = match (&date, updated) {
        (Some(d), _) => (Some(d.clone()), Placed::Date),
        (None, Some(u)) => (Some(u), Placed::LatestAnswer),
        (None, None) => (None, Placed::Unknown),
    };
    let files: Vec<String> = sources.iter().map(|s| s.file.clone()).collect();
    let name = match (&folder, files.as_slice()) {
        (Some(f), _) => base(f),
        (None, [one]) => stem(one),
        (None, _) => String::new(),
    };
    let label = period.clone().or_else(|| date.clone()).unwrap_or(name);
    Planned {
        info: WaveInfo {
            label,
            period,
            date,
            ordered_by,
            placed_by,
            folder,
            files,
        },
        engagement,
        sources,
    }
}

/// Groups `inputs` into waves, in time order, each with a label of its own.
pub fn plan(inputs: Vec<Input>) -> Vec<Planned> {
    let mut waves: Vec<Planned> = Vec::new();
    // Files of one period gather here, in the order first seen.
    let mut periods: Vec<(String, Vec<Source>)> = Vec::new();
    for input in inputs {
        match input {
            Input::Folder {
                folder,
                engagement,
                files,
            } => {
                let period = non_empty(engagement.period.as_ref());
                let date = non_empty(engagement.date.as_ref());
                waves.push(planned(
                    period,
                    date,
                    Some(folder),
                    Some(*engagement),
                    files,
                ));
            }
            Input::File(source) => match non_empty(source.results.assessment.period.as_ref()) {
                Some(p) => match periods.iter_mut().find(|(q, _)| *q == p) {
                    Some((_, files)) => files.push(*source),
                    None => periods.push((p, vec![*source])),
                },
                None => waves.push(planned(None, None, None, None, vec![*source])),
            },
        }
    }
    for (period, files) in periods {
        waves.push(planned(Some(period), None, None, None, files));
    }
    waves.sort_by(|a, b| {
        let (a, b) = (&a.info, &b.info);
        let first = |w: &WaveInfo| w.files.first().map(|f| base(f)).unwrap_or_default();
        a.ordered_by
            .is_none()
            .cmp(&b.ordered_by.is_none())
            .then_with(|| a.ordered_by.cmp(&b.ordered_by))
            .then_with(|| a.period.cmp(&b.period))
            .then_with(|| first(a).cmp(&first(b)))
            .then_with(|| a.files.cmp(&b.files))
    });
    distinct_labels(&mut waves);
    waves
}

/// `diff OLD NEW`: each argument is a wave of its own, in the order given, whatever their
/// periods — two versions of one results file (before and after a change) compare like two
/// quarters. Two waves with one label are told apart by their file or folder name, or, when
/// those are alike too, by the path as given.
pub fn pair(old: Input, new: Input) -> [Planned; 2] {
    let one = |input: Input| {
        let mut planned = plan(vec![input]);
        planned.remove(0)
    };
    let (mut old, mut new) = (one(old), one(new));
    if old.info.label == new.info.label {
        let name = |w: &WaveInfo| match (&w.folder, w.files.as_slice()) {
            (Some(f), _) => base(f),
            (None, [one]) => base(one),
            _ => String::new(),
        };
        let path = |w: &WaveInfo| match (&w.folder, w.files.as_slice()) {
            (Some(f), _) => f.clone(),
            (None, [one]) => one.clone(),
            _ => String::new(),
        };
        let (a, b) = if name(&old.info) == name(&new.info) {
            (path(&old.info), path(&new.info))
        } else {
            (name(&old.info), name(&new.info))
        };
        for (w, n) in [(&mut old, a), (&mut new, b)] {
            if n != w.info.label {
                w.info.label = format!("{} ({n})", w.info.label);
            }
        }
        if old.info.label == new.info.label {
            new.info.label.push_str(" #2");
        }
    }
    [old, new]
}

/// Two waves with one label are told apart by their folder or file name (and, failing that,
/// by their place: `#2`).
fn distinct_labels(waves: &mut [Planned]) {
    let labels: Vec<String> = waves.iter().map(|w| w.info.label.clone()).collect();
    for (i, w) in waves.iter_mut().enumerate() {
        if labels.iter().filter(|l| **l == labels[i]).count() < 2 {
            continue;
        }
        let name = match (&w.info.folder, w.info.files.as_slice()) {
            (Some(f), _) => base(f),
            (None, [one]) => base(one),
            _ => String::new(),
        };
        if !name.is_empty() && name != w.info.label {
            w.info.label = format!("{} ({name})", w.info.label);
        }
    }
    for i in 0..waves.len() {
        let same = (0..i)
            .filter(|&j| waves[j].info.label == waves[i].info.label)
            .count();
        if same > 0 {
            waves[i].info.label = format!("{} #{}", waves[i].info.label, same + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::builtin;
    use crate::response::Response;

    fn source(file: &str, period: Option<&str>, date: Option<&str>, updated: &str) -> Input {
        let instrument = builtin::latest("pulse")
            .expect("built in")
            .instrument()
            .expect("parses");
        let mut results = Results::new(&instrument);
        results.assessment.period = period.map(str::to_string);
        results.assessment.date = date.map(str::to_string);
        results.responses.push(Response {
            respondent: file.into(),
            updated: (!updated.is_empty()).then(|| updated.to_string()),
            ..Response::default()
        });
        Input::File(Box::new(Source {
            file: file.into(),
            results,
            instrument,
        }))
    }

    fn labels(waves: &[Planned]) -> Vec<&str> {
        waves.iter().map(|w| w.info.label.as_str()).collect()
    }

    #[test]
    fn files_of_one_period_are_one_wave_ordered_by_date_then_period() {
        let waves = plan(vec![
            source("q4/a.yaml", Some("2026-Q4"), Some("2026-11-20"), ""),
            source("q3/b.yaml", Some("2026-Q3"), None, "2026-08-02T10:00:00Z"),
            source("q4/b.yaml", Some("2026-Q4"), Some("2026-11-21"), ""),
            source("q3/a.yaml", Some("2026-Q3"), None, "2026-08-09T10:00:00Z"),
            source("loose.yaml", None, None, ""),
            source("june.yaml", None, Some("2026-06-30"), ""),
        ]);
        assert_eq!(
            labels(&waves),
            ["2026-06-30", "2026-Q3", "2026-Q4", "loose"]
        );
        let q3 = &waves[1].info;
        assert_eq!(q3.files, ["q3/b.yaml", "q3/a.yaml"]);
        assert_eq!(q3.placed_by, Placed::LatestAnswer);
        assert_eq!(q3.ordered_by.as_deref(), Some("2026-08-09T10:00:00Z"));
        // The latest date of the wave's files.
        assert_eq!(waves[2].info.date.as_deref(), Some("2026-11-21"));
        assert_eq!(waves[3].info.placed_by, Placed::Unknown);
    }

    #[test]
    fn equal_labels_are_told_apart_by_name() {
        let waves = plan(vec![
            source("x/one.yaml", None, Some("2026-05-01"), ""),
            source("y/two.yaml", None, Some("2026-05-01"), ""),
            source("y/two.yaml", None, Some("2026-05-01"), ""),
        ]);
        assert_eq!(
            labels(&waves),
            [
                "2026-05-01 (one.yaml)",
                "2026-05-01 (two.yaml)",
                "2026-05-01 (two.yaml) #2"
            ]
        );
    }
}
