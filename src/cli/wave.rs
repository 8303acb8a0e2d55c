//! The wave a new answer belongs to, for `run`, `fill` and `import`: `--period` and `--date` as
//! given, and, inside an engagement (the folder of the results file, or the current folder when
//! there is none, or a parent holding `engagement.yaml`), what its `engagement.yaml` says for
//! what was not given — client as organisation, period, date. The values are written to the
//! results file's `assessment`.

use std::path::{Path, PathBuf};

use crate::engagement::{self, Engagement};
use crate::error::{Error, Result};
use crate::response::Assessment;

/// The assessment fields of a wave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct WaveFields {
    /// The organisation assessed.
    pub org: Option<String>,
    /// The wave's label.
    pub period: Option<String>,
    /// The assessment date, YYYY-MM-DD.
    pub date: Option<String>,
}

impl WaveFields {
    /// Writes the fields given into `a` (a field not given leaves `a`'s).
    pub fn apply(&self, a: &mut Assessment) {
        for (into, value) in [
            (&mut a.organization, &self.org),
            (&mut a.period, &self.period),
            (&mut a.date, &self.date),
        ] {
            if value.is_some() {
                into.clone_from(value);
            }
        }
    }
}

/// The nearest folder of `out` that exists (a results file's folder may not exist yet), or the
/// current folder.
fn nearest_folder(out: Option<&Path>) -> PathBuf {
    out.and_then(Path::parent)
        .into_iter()
        .flat_map(Path::ancestors)
        .find(|p| !p.as_os_str().is_empty() && p.is_dir())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The wave of a results file written to `out` (or a session kept in the data folder, `None`):
/// the values given, completed from the engagement that holds it.
pub(super) fn fields(
    out: Option<&Path>,
    org: Option<&str>,
    period: Option<&str>,
    date: Option<&str>,
) -> Result<WaveFields> {
    if let Some(d) = date.filter(|d| !engagement::parse::is_date(d)) {
        return Err(Error::Usage(crate::tr!(
            crate::lang::messages(),
            "err-cli-date",
            date = d
        )));
    }
    let given = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(String::from);
    let mut f = WaveFields {
        org: given(org),
        period: given(period),
        date: given(date),
    };
    if let Some(dir) = Engagement::find(&nearest_folder(out)) {
        let e = Engagement::load(&dir)?;
        f.org.get_or_insert(e.client);
        if f.period.is_none() {
            f.period = e.period;
        }
        if f.date.is_none() {
            f.date = e.date;
        }
    }
    Ok(f)
}
