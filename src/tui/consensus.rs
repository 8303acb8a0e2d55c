//! The consensus workshop (`run <INSTRUMENT> --consensus`, SPEC "Agreement and consensus"): the
//! raters of a `pyramid` or `maturity` instrument in an engagement disagree on some items (their
//! ratings span two points or more); the workshop walks those items only, sees every rater's
//! rating and note side by side, and records the rating it agrees on with its rationale (the
//! note) in `<DIR>/<instrument>/consensus.yaml`, respondent and role `consensus`.
//!
//! The consensus is an ordinary [`Session`] on that file whose steps are the disputed items, in
//! the order `agree` ranks them for the workshop; leaving and starting again resumes at the first
//! disputed item without an agreed rating, as any session does. The [`Panel`] beside it holds the
//! raters' responses: the runners draw them under the question, and the summary and the report
//! count them with the consensus.

use std::path::{Path, PathBuf};

use crate::engagement::{self, CONSENSUS, Engagement};
use crate::error::{Error, Result};
use crate::instrument::{Instrument, Kind};
use crate::lang::Lang;
use crate::report::{self, Report};
use crate::response::{Answer, Response, read_results};
use crate::score::agree::{ItemAgreement, agreement};
use crate::tr;

use super::session::{Respondent, Session, Start};

/// The consensus file's name in the instrument's folder.
pub const FILE: &str = "consensus.yaml";

/// The raters beside the consensus, and what they said on the disputed items.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// The raters' responses, in the order of their files.
    pub raters: Vec<Response>,
    /// The disputed items, ranked for the workshop (widest span first).
    pub items: Vec<ItemAgreement>,
    /// The raters' files.
    pub sources: Vec<String>,
}

/// One rater's say on one item.
#[derive(Debug, Clone, PartialEq)]
pub struct Rating<'a> {
    /// The rater.
    pub respondent: &'a str,
    /// Their role.
    pub role: Option<&'a str>,
    /// Their answer (`None`: not answered).
    pub answer: Option<&'a Answer>,
    /// Their note on the item.
    pub note: Option<&'a str>,
}

impl Panel {
    /// Every rater's answer and note on question `id`, in rater order.
    pub fn ratings(&self, id: &str) -> Vec<Rating<'_>> {
        self.raters
            .iter()
            .map(|r| Rating {
                respondent: &r.respondent,
                role: r.role.as_deref(),
                answer: r.answers.get(id),
                note: r.notes.get(id).map(String::as_str),
            })
            .collect()
    }

    /// The agreement figures of disputed item `id`.
    pub fn item(&self, id: &str) -> Option<&ItemAgreement> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The raters' responses and `consensus` together, as a report counts them.
    pub fn with(&self, consensus: &Response) -> Vec<Response> {
        let mut all = self.raters.clone();
        all.push(consensus.clone());
        all
    }

    /// The report over the raters and the consensus answered in `session`.
    pub fn report<'a>(&self, session: &'a Session) -> Report<'a> {
        let results = &session.results;
        let mut report = Report::new(&session.instrument, &self.with(session.response()));
        report
            .organization
            .clone_from(&results.assessment.organization);
        report.date.clone_from(&results.assessment.date);
        report.sources.clone_from(&self.sources);
        report.sources.push(session.path.display().to_string());
        report
    }

    /// The scored summary of the raters with the consensus: its headline is the consensus's.
    pub fn summary(&self, session: &Session, lang: Lang) -> String {
        report::summary(&self.report(session), lang)
    }
}

/// What opening the workshop found.
#[derive(Debug)]
pub enum Opened {
    /// Disputed items to settle: the consensus session (its steps are those items) and the
    /// raters beside it.
    Workshop(Box<Session>, Box<Panel>),
    /// Nothing to settle: the raters agree within a point on every item. The message says so.
    Agreed(String),
}

/// The consensus file of `instrument` in engagement `e`.
pub fn path(e: &Engagement, instrument: &Instrument) -> PathBuf {
    e.instrument_dir(&instrument.id).join(FILE)
}

/// Opens the consensus workshop on `spec` (a built-in id or an instrument file) in the
/// engagement at `dir`: reads the raters' files of the instrument, finds the disputed items, and
/// opens (or resumes) the consensus session on them. The file's lock is held as in any session.
pub fn open(dir: &Path, spec: &str, lang: Lang) -> Result<Opened> {
    let e = Engagement::load(dir)?;
    let instrument = Instrument::load(spec)?;
    if !matches!(instrument.kind, Kind::Pyramid | Kind::Maturity) {
        return Err(Error::Usage(tr!(
            lang,
            "err-tui-consensus-kind",
            id = instrument.id.as_str(),
            kind = instrument.kind.id(),
            dir = e.dir.display().to_string()
        )));
    }
    let consensus_path = path(&e, &instrument);
    let folder = engagement::file_safe(&instrument.id);
    let mut raters = Vec::new();
    let mut sources = Vec::new();
    for (name, file) in e.results_files()? {
        if name != folder || file.file_name() == consensus_path.file_name() {
            continue;
        }
        let (results, inst) = read_results(&file)?;
        if inst.id != instrument.id {
            continue;
        }
        raters.extend(
            results
                .responses
                .into_iter()
                .filter(|r| r.respondent != CONSENSUS),
        );
        sources.push(file.display().to_string());
    }
    if raters.len() < 2 {
        return Err(Error::Usage(tr!(
            lang,
            "err-tui-consensus-few-raters",
            dir = e.instrument_dir(&instrument.id).display().to_string(),
            n = raters.len().to_string(),
            id = instrument.id.as_str()
        )));
    }
    let agreed = agreement(&instrument, &raters);
    let items: Vec<ItemAgreement> = agreed.disputed().into_iter().cloned().collect();
    if items.is_empty() {
        return Ok(Opened::Agreed(tr!(
            lang,
            "tui-consensus-none",
            raters = raters.len(),
            instrument = instrument.id.as_str()
        )));
    }
    let start = Start {
        instrument: spec.to_string(),
        out: Some(consensus_path),
        who: Respondent {
            name: Some(CONSENSUS.to_string()),
            role: Some(CONSENSUS.to_string()),
            org: Some(e.client.clone()),
        },
        period: e.period.clone(),
        date: e.date.clone(),
        from: None,
    };
    let mut session = Session::open(&start)?;
    // The steps are the disputed items, ranked: every rater's view of them is asked, whatever
    // the audience of their section.
    let all = session.instrument.steps();
    session.steps = items
        .iter()
        .flat_map(|item| {
            all.iter()
                .filter(|s| session.instrument.questions[s.question].id == item.id)
                .copied()
                .collect::<Vec<_>>()
        })
        .collect();
    Ok(Opened::Workshop(
        Box::new(session),
        Box::new(Panel {
            raters,
            items,
            sources,
        }),
    ))
}
