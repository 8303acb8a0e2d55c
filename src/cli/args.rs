//! The command line's shape: every command, flag and format as clap sees them. Nothing here does
//! any work; `cli.rs` dispatches, the sibling modules carry out each command.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::lang::Lang;

/// Customer-experience assessment in the terminal: the experience pyramid, CX maturity, Kano,
/// SERVQUAL with the five-gap model, and NPS/CSAT/CES.
#[derive(Debug, Parser)]
#[command(name = "cxassess", version, about, long_about = None)]
#[command(after_help = "Run without a command to open the home screen.\n\
Built-in instruments: pyramid, maturity, kano, servqual, gaps, pulse.\n\
Exit codes: 0 ok, 1 I/O or environment (or a results file in use), 2 invalid input,\n\
3 a gate failed (diff --fail-on-drop, check --strict), 130 Ctrl-C (answers saved).")]
pub struct Cli {
    /// The command; none opens the home screen.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of screens and reports (default from LC_ALL/LC_MESSAGES/LANG).
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Plain line mode: one numbered prompt per line on stdout, one answer per line on stdin, for
    /// screen readers and scripts (also when ACCESSIBLE is set).
    #[arg(long, global = true)]
    pub plain: bool,
}

fn parse_lang(s: &str) -> std::result::Result<Lang, String> {
    s.parse()
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Built-in instruments (id, title, questions, version) and saved sessions.
    List,
    /// Answer an instrument in the full-screen runner (or --plain line mode).
    Run(RunArgs),
    /// Validate an answers file against an instrument and write a results file, non-interactively.
    Fill(FillArgs),
    /// Score results files (or CSV in the import layout) and print a report.
    Report(ReportArgs),
    /// Compare two waves (results files or engagement folders): headline figures with the 95%
    /// interval of each change, changed answers and notes, actions.
    Diff(DiffArgs),
    /// Headline figures over several waves (results files or engagement folders), in time order.
    Trend(TrendArgs),
    /// Convert a survey-platform CSV export into a results file.
    Import(ImportArgs),
    /// Write a results file as CSV in the import layout.
    Export(ExportArgs),
    /// Check instrument or results files and report every problem with file:line:column.
    Validate(ValidateArgs),
    /// Print a built-in instrument's YAML to customise, or with --format csv its empty import sheet.
    Template(TemplateArgs),
    /// Show a report over embedded sample results.
    Demo(DemoArgs),
    /// Start an engagement: a folder for one client and period (engagement.yaml).
    Init(InitArgs),
    /// Who has answered what in an engagement (the current folder's, or DIR's).
    Status(StatusArgs),
    /// Agreement between raters on a pyramid or maturity instrument: Krippendorff's alpha,
    /// disputed items for the workshop.
    Agree(AgreeArgs),
    /// Open points for CI: unanswered steps, N/A without a reason, low confidence, missing
    /// required evidence, partial responses.
    Check(CheckArgs),
    /// Print a shell completion script (commands, flags, built-in instrument ids, file paths).
    Completions(CompletionsArgs),
    /// Print the man page (roff) with every command.
    Man,
}

/// `agree` arguments.
#[derive(Debug, Args)]
pub struct AgreeArgs {
    /// An engagement folder, or results files of one instrument.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Which instrument, when the inputs hold results of more than one (pyramid or maturity).
    #[arg(long, value_parser = InstrumentSpec)]
    pub instrument: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Leave out responses that are not complete (by default they count, and the output says
    /// how many there are).
    #[arg(long)]
    pub complete_only: bool,
}

/// `check` arguments.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// An engagement folder, or results files.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Exit 3 when anything is listed (for CI).
    #[arg(long)]
    pub strict: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Text)]
    pub format: TableFormat,
}

/// `completions` arguments.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// A built-in instrument id or an instrument file's path: any text is taken (paths are checked
/// when loaded), and the built-in ids are offered to shell completion and listed in --help.
#[derive(Debug, Clone, Copy, Default)]
pub struct InstrumentSpec;

impl clap::builder::TypedValueParser for InstrumentSpec {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> std::result::Result<String, clap::Error> {
        clap::builder::NonEmptyStringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::instrument::builtin::ids()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// `run` arguments.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Built-in id or path to an instrument YAML file.
    #[arg(value_parser = InstrumentSpec)]
    pub instrument: String,
    /// Results file to write; an existing one is resumed.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Respondent name or code.
    #[arg(long)]
    pub respondent: Option<String>,
    /// Respondent role: manager, staff, customer, consultant or any word (sections meant for
    /// another role, e.g. the gaps managers' sections for staff, are skipped).
    #[arg(long)]
    pub role: Option<String>,
    /// Organisation assessed.
    #[arg(long)]
    pub org: Option<String>,
    /// The wave's label, e.g. 2026-Q4 (written to `assessment`; inside an engagement, its
    /// period).
    #[arg(long)]
    pub period: Option<String>,
    /// The assessment date, YYYY-MM-DD (inside an engagement, its date).
    #[arg(long)]
    pub date: Option<String>,
    /// An earlier wave's results file or engagement folder: each question shows the previous
    /// answer, and keeping it records it as carried over.
    #[arg(long, value_name = "PREVIOUS")]
    pub from: Option<PathBuf>,
    /// The engagement folder to answer in (default: the current folder or the nearest parent
    /// with an engagement.yaml); without --out, answers go to <DIR>/<instrument>/<respondent>.yaml.
    #[arg(long, value_name = "DIR")]
    pub engagement: Option<PathBuf>,
    /// The consensus workshop (pyramid, maturity; inside an engagement): walks the items the
    /// raters disagree on, shows every rating and note, and records the agreed rating and its
    /// rationale in <DIR>/<instrument>/consensus.yaml.
    #[arg(long, conflicts_with_all = ["out", "respondent", "role", "from"])]
    pub consensus: bool,
}

/// `fill` arguments.
#[derive(Debug, Args)]
pub struct FillArgs {
    /// Built-in id or path to an instrument YAML file.
    #[arg(value_parser = InstrumentSpec)]
    pub instrument: String,
    /// YAML file shaped like one entry of `responses` (at least `answers:`).
    #[arg(long)]
    pub answers: PathBuf,
    /// Results file to write (an existing one gets this response added or replaced); inside an
    /// engagement it may be left out.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The wave's label, e.g. 2026-Q4 (written to `assessment`; inside an engagement, its
    /// period).
    #[arg(long)]
    pub period: Option<String>,
    /// The assessment date, YYYY-MM-DD (inside an engagement, its date).
    #[arg(long)]
    pub date: Option<String>,
    /// The engagement folder (default: the current folder's, when there is no --out): the
    /// response goes to <DIR>/<instrument>/<respondent>.yaml.
    #[arg(long, value_name = "DIR")]
    pub engagement: Option<PathBuf>,
}

/// Report formats. (The variants' comments are not doc comments: clap would show them as
/// English-only descriptions; `--format`'s own description says them in every language.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    // Terminal text (colour when stdout is a terminal and NO_COLOR is unset).
    Text,
    // Markdown for wikis.
    Markdown,
    // JSON with fixed field names (see README, "JSON report").
    Json,
    // One self-contained HTML file with SVG charts.
    Html,
}

/// `report` arguments.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Results files, CSV files in the import layout with --instrument, or an engagement folder
    /// (the engagement report).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The instrument CSV files were collected with.
    #[arg(long)]
    pub instrument: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Compare segments by this respondent field (e.g. role, region): each headline figure's
    /// difference between segments with its 95% interval.
    #[arg(long)]
    pub by: Option<String>,
    /// Leave out responses that are not complete (by default they count, and the report says
    /// how many there are).
    #[arg(long)]
    pub complete_only: bool,
    /// Show respondents by role code (manager 1, customer 2 …) instead of by name.
    #[arg(long)]
    pub anonymize: bool,
}

/// Formats of a table-like output (`status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    // Terminal text.
    Text,
    // Markdown.
    Markdown,
    // JSON.
    Json,
}

/// `diff` arguments.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// OLD and NEW: the earlier wave, then the later one, each a results file or an engagement
    /// folder (two arguments are two waves, even of one period: two versions of one file). More
    /// results files are grouped into waves by their period (there must be two).
    #[arg(required = true, num_args = 2.., value_name = "OLD NEW")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Exit 3 when any headline score dropped by more than this many points.
    #[arg(long, value_name = "POINTS")]
    pub fail_on_drop: Option<f64>,
    /// With --fail-on-drop: count only drops whose 95% interval lies wholly below zero (more
    /// than noise).
    #[arg(long, requires = "fail_on_drop")]
    pub significant: bool,
    /// Compare only this instrument (its id), when the waves hold several.
    #[arg(long)]
    pub instrument: Option<String>,
    /// List every respondent added or removed and every changed answer, however many.
    #[arg(long)]
    pub verbose: bool,
    /// Leave out responses that are not complete (by default they count, and the output says
    /// how many there are in each wave).
    #[arg(long)]
    pub complete_only: bool,
}

/// `trend` arguments.
#[derive(Debug, Args)]
pub struct TrendArgs {
    /// The waves: results files (those sharing a period are one wave) or engagement folders.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Only this instrument (its id), when the waves hold several.
    #[arg(long)]
    pub instrument: Option<String>,
    /// Leave out responses that are not complete (by default they count, and the output says
    /// how many there are in each wave).
    #[arg(long)]
    pub complete_only: bool,
}

/// `import` arguments.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Built-in id or path to an instrument YAML file.
    #[arg(value_parser = InstrumentSpec)]
    pub instrument: String,
    /// The CSV export.
    pub csv: PathBuf,
    /// Results file to write; inside an engagement it may be left out, and each respondent gets
    /// their own file in its layout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The engagement folder (default: the current folder's, when there is no --out).
    #[arg(long, value_name = "DIR")]
    pub engagement: Option<PathBuf>,
    /// The wave's label, e.g. 2026-Q4 (written to `assessment`; inside an engagement, its
    /// period).
    #[arg(long)]
    pub period: Option<String>,
    /// The assessment date, YYYY-MM-DD (inside an engagement, its date).
    #[arg(long)]
    pub date: Option<String>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    // CSV in the import layout.
    Csv,
}

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The results file.
    pub results: PathBuf,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// `validate` arguments.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Instrument or results files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Template formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateFormat {
    // The instrument's YAML.
    Yaml,
    // The empty CSV import sheet (header row).
    Csv,
}

/// `template` arguments.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Built-in id or path to an instrument YAML file.
    #[arg(value_parser = InstrumentSpec)]
    pub instrument: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TemplateFormat::Yaml)]
    pub format: TemplateFormat,
    /// Write to this file instead of stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// `demo` arguments.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Which instrument's demo (default pyramid).
    pub instrument: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// `init` arguments.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (or an empty existing one).
    pub dir: PathBuf,
    /// The client assessed.
    #[arg(long)]
    pub client: String,
    /// The wave's label, e.g. 2026-Q4.
    #[arg(long)]
    pub period: Option<String>,
    /// The assessment date, YYYY-MM-DD.
    #[arg(long)]
    pub date: Option<String>,
}

/// `status` arguments.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The engagement folder (default: the current folder or the nearest parent with an
    /// engagement.yaml).
    pub dir: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Text)]
    pub format: TableFormat,
}

impl From<ReportFormat> for crate::report::Format {
    fn from(f: ReportFormat) -> Self {
        match f {
            ReportFormat::Text => Self::Text,
            ReportFormat::Markdown => Self::Markdown,
            ReportFormat::Json => Self::Json,
            ReportFormat::Html => Self::Html,
        }
    }
}

impl From<TableFormat> for crate::report::Format {
    fn from(f: TableFormat) -> Self {
        match f {
            TableFormat::Text => Self::Text,
            TableFormat::Markdown => Self::Markdown,
            TableFormat::Json => Self::Json,
        }
    }
}
