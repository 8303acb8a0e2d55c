//! Servqual report — being built.

use serde_json::Value;

use super::Report;
use super::text::Painter;
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::score::servqual::ServqualScore;

/// The methodology statements.
pub fn policies(_s: &ServqualScore, _lang: Lang) -> Vec<String> {
    Vec::new()
}

/// The text report.
pub fn text(report: &Report<'_>, _s: &ServqualScore, lang: Lang, _p: Painter) -> String {
    format!("{}\n", super::heading(report, lang))
}

/// The Markdown report.
pub fn markdown(report: &Report<'_>, _s: &ServqualScore, lang: Lang) -> String {
    format!("# {}\n", super::heading(report, lang))
}

/// The HTML body (inside the page shell of `report::html`).
pub fn html(report: &Report<'_>, _s: &ServqualScore, lang: Lang) -> String {
    format!("<h1>{}</h1>\n", super::escape_html(&super::heading(report, lang)))
}

/// The `servqual` member of the JSON report.
pub fn json(_inst: &Instrument, s: &ServqualScore, _lang: Lang) -> Value {
    serde_json::to_value(s).unwrap_or(Value::Null)
}

/// The completion-screen summary.
pub fn summary(_inst: &Instrument, _s: &ServqualScore, _lang: Lang) -> String {
    String::new()
}
