//! The command line: clap definitions, then one function per command that validates its
//! arguments and calls the library. Errors travel up as [`Error`]; `main` turns them into exit
//! codes. Commands that print reports write to stdout; messages go to stderr.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::{Error, Result};
use crate::instrument::{Instrument, builtin};
use crate::lang::Lang;
use crate::response;

/// Customer-experience assessment in the terminal: the experience pyramid, CX maturity, Kano,
/// SERVQUAL with the five-gap model, and NPS/CSAT/CES.
#[derive(Debug, Parser)]
#[command(name = "cxassess", version, about, long_about = None)]
#[command(after_help = "Run without a command to open the home screen.\n\
Built-in instruments: pyramid, maturity, kano, servqual, gaps, pulse.\n\
Exit codes: 0 ok, 1 I/O or environment, 2 invalid input, 3 diff found a drop, 130 Ctrl-C.")]
pub struct Cli {
    /// The command; none opens the home screen.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of screens and reports (default from LC_ALL/LC_MESSAGES/LANG).
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Plain line mode for the home screen (also when ACCESSIBLE is set).
    #[arg(long, global = true)]
    pub plain: bool,
}

fn parse_lang(s: &str) -> std::result::Result<Lang, String> {
    s.parse()
}

/// The commands of SPEC.md.
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
    /// Compare two results files: headline figures, changed answers and notes.
    Diff(DiffArgs),
    /// Headline figures over several results files, ordered by assessment date.
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
}

/// `run` arguments.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Built-in id or path to an instrument YAML file.
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
}

/// `fill` arguments.
#[derive(Debug, Args)]
pub struct FillArgs {
    /// Built-in id or path to an instrument YAML file.
    pub instrument: String,
    /// YAML file shaped like one entry of `responses` (at least `answers:`).
    #[arg(long)]
    pub answers: PathBuf,
    /// Results file to write (an existing one gets this response added or replaced).
    #[arg(long)]
    pub out: PathBuf,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Terminal text (colour when stdout is a terminal and NO_COLOR is unset).
    Text,
    /// Markdown for wikis.
    Markdown,
    /// JSON with the field names of SPEC.md.
    Json,
    /// One self-contained HTML file with SVG charts.
    Html,
}

/// `report` arguments.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Results files, or CSV files in the import layout with --instrument.
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
    /// Segment Kano results by this respondent field (e.g. role).
    #[arg(long)]
    pub by: Option<String>,
}

/// Diff formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Terminal text.
    Text,
    /// Markdown.
    Markdown,
    /// JSON.
    Json,
}

/// `diff` arguments.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier results file.
    pub old: PathBuf,
    /// The later results file.
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Text)]
    pub format: TableFormat,
    /// Exit 3 when any headline score dropped by more than this many points.
    #[arg(long, value_name = "POINTS")]
    pub fail_on_drop: Option<f64>,
}

/// `trend` arguments.
#[derive(Debug, Args)]
pub struct TrendArgs {
    /// Results files of one instrument.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Text)]
    pub format: TableFormat,
}

/// `import` arguments.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Built-in id or path to an instrument YAML file.
    pub instrument: String,
    /// The CSV export.
    pub csv: PathBuf,
    /// Results file to write.
    #[arg(long)]
    pub out: PathBuf,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// CSV in the import layout.
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
    /// The instrument's YAML.
    Yaml,
    /// The empty CSV import sheet (header row).
    Csv,
}

/// `template` arguments.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Built-in id or path to an instrument YAML file.
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

/// Settings every command shares.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// Display language.
    pub lang: Lang,
    /// Plain line mode requested.
    pub plain: bool,
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context {
        lang: cli.lang.unwrap_or_else(Lang::from_env),
        plain: cli.plain || std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty()),
    };
    match cli.command {
        None => crate::tui::home(ctx),
        Some(Command::List) => list(ctx),
        Some(Command::Run(a)) => crate::tui::run_command(ctx, &a),
        Some(Command::Fill(a)) => fill(&a),
        Some(Command::Report(a)) => crate::report::command(ctx, &a),
        Some(Command::Diff(a)) => crate::compare::diff_command(ctx, &a),
        Some(Command::Trend(a)) => crate::compare::trend_command(ctx, &a),
        Some(Command::Import(a)) => crate::response::csv::import_command(&a),
        Some(Command::Export(a)) => crate::response::csv::export_command(&a),
        Some(Command::Validate(a)) => validate(&a),
        Some(Command::Template(a)) => template(&a),
        Some(Command::Demo(a)) => crate::report::demo_command(ctx, &a),
    }
}

/// Writes `text` to `out`, or stdout when `None` (atomically when it is a file).
pub fn emit(out: Option<&Path>, text: &str) -> Result<()> {
    if let Some(path) = out {
        crate::response::write_atomic(path, text.as_bytes())
    } else {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|e| Error::io("<stdout>", e))
    }
}

/// Writes data meant to be read back (CSV) to `out`, or to stdout when `None`. The rule: a file
/// or a pipe gets the bytes exactly, so `export > x.csv` round-trips through `import`; a
/// terminal is for eyes, and gets the text through [`crate::sanitize::terminal`], so an escape
/// sequence in a cell is shown as `\x1b`, never obeyed.
pub fn emit_data(out: Option<&Path>, text: &str) -> Result<()> {
    use std::io::IsTerminal as _;
    if out.is_none() && std::io::stdout().is_terminal() {
        emit(None, &crate::sanitize::terminal(text))
    } else {
        emit(out, text)
    }
}

/// A message for the person at the terminal, on stderr. A terminal that has gone away (a closed
/// window) or a closed pipe makes the write fail; that is no reason to panic, so it is ignored.
/// Messages quote paths and values from files, so they are shown through
/// [`crate::sanitize::terminal`]: an escape sequence in them is printed, never obeyed.
pub fn note(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", crate::sanitize::terminal(message));
    let _ = err.flush();
}

fn list(ctx: Context) -> Result<()> {
    use crate::report::text::{pad, pad_left, width};
    /// A row of the instrument table: id, questions, version, title.
    type ListRow = (String, String, String, String);
    let lang = ctx.lang;
    let mut rows: Vec<ListRow> = Vec::new();
    for id in builtin::ids() {
        let b = builtin::latest(id).expect("listed id exists");
        // The build-time summary: no YAML parsed (the whole command runs in a few ms).
        let (questions, title) = if let Some(s) = b.summary() {
            (s.questions, s.title(lang).to_string())
        } else {
            let inst = b.instrument()?;
            (inst.questions.len(), inst.title.get(lang).to_string())
        };
        rows.push((
            b.id.to_string(),
            questions.to_string(),
            b.version.to_string(),
            title,
        ));
    }
    // Columns padded by display width, so the Chinese headings (two columns a character) line
    // up with the rows.
    let head = (
        "id",
        lang.pick("questions", "题数"),
        lang.pick("version", "版本"),
        lang.pick("title", "名称"),
    );
    let col = |heading: &str, floor: usize, cell: fn(&ListRow) -> &str| {
        rows.iter()
            .map(|r| width(cell(r)))
            .fold(width(heading).max(floor), usize::max)
    };
    let id_w = col(head.0, 10, |r| &r.0);
    let q_w = col(head.1, 9, |r| &r.1);
    let v_w = col(head.2, 7, |r| &r.2);
    let mut out = String::new();
    out.push_str(lang.pick("Built-in instruments\n", "内置问卷\n"));
    out.push_str(&format!(
        "  {} {}  {}  {}\n",
        pad(head.0, id_w),
        pad_left(head.1, q_w),
        pad_left(head.2, v_w),
        head.3
    ));
    for (id, questions, version, title) in &rows {
        out.push_str(&format!(
            "  {} {}  {}  {title}\n",
            pad(id, id_w),
            pad_left(questions, q_w),
            pad_left(version, v_w)
        ));
    }
    let (mut sessions, broken) = response::store::list_sessions()?;
    // What the sessions' files say is shown, never obeyed: an escape sequence in a respondent's
    // name must not retitle the window (and is measured as it is shown).
    let line = |s: &str| crate::sanitize::terminal_line(s).into_owned();
    for s in &mut sessions {
        s.instrument = line(&s.instrument);
        s.respondent = line(&s.respondent);
    }
    let dir = line(&response::store::sessions_dir()?.display().to_string());
    out.push('\n');
    if sessions.is_empty() {
        out.push_str(&format!(
            "{}{dir}\n",
            lang.pick("No saved sessions in ", "没有已保存的会话：")
        ));
    } else {
        out.push_str(&format!(
            "{}{dir}\n",
            lang.pick("Saved sessions in ", "已保存的会话：")
        ));
        let inst_w = sessions
            .iter()
            .map(|s| width(&s.instrument))
            .fold(10, usize::max);
        let who_w = sessions
            .iter()
            .map(|s| width(&s.respondent))
            .fold(16, usize::max);
        for s in &sessions {
            let state = if s.complete {
                lang.pick("complete", "已完成").to_string()
            } else {
                format!("{}/{}", s.answered, s.total)
            };
            out.push_str(&format!(
                "  {} {} {}  {}  {}\n",
                pad(&s.instrument, inst_w),
                pad(&s.respondent, who_w),
                pad_left(&state, 9),
                s.modified,
                line(&s.path.display().to_string())
            ));
        }
    }
    for (p, e) in broken {
        out.push_str(&format!(
            "  {}{}: {}\n",
            lang.pick("unreadable: ", "无法读取："),
            line(&p.display().to_string()),
            line(e.lines().next().unwrap_or(""))
        ));
    }
    emit(None, &out)
}

/// What a YAML file is, from its `format:` line.
fn file_format(src: &str) -> Option<&str> {
    src.lines()
        .map(str::trim)
        .find(|l| l.starts_with("format:"))
        .map(|l| {
            l.trim_start_matches("format:")
                .trim()
                .trim_matches(['"', '\''])
        })
}

fn validate(args: &ValidateArgs) -> Result<()> {
    let mut problems = Vec::new();
    let mut ok = Vec::new();
    for path in &args.files {
        let label = path.display().to_string();
        let src = match std::fs::read(path) {
            Ok(bytes) => {
                if let Ok(s) = String::from_utf8(bytes) {
                    s
                } else {
                    problems.push(crate::Problem::file(
                        &label,
                        "the file is not UTF-8 text",
                        "save it as UTF-8",
                    ));
                    continue;
                }
            }
            Err(e) => return Err(Error::io(path, e)),
        };
        let result = match file_format(&src) {
            Some(f) if f.starts_with("cxassess-results") => {
                response::read_results_str(&label, &src, path.parent()).map(|(r, _)| {
                    format!("{label}: ok (results, {} response(s))", r.responses.len())
                })
            }
            _ => Instrument::parse(&src, crate::instrument::Origin::File(label.clone())).map(|i| {
                format!(
                    "{label}: ok (instrument {} v{}, {} questions)",
                    i.id,
                    i.version,
                    i.questions.len()
                )
            }),
        };
        match result {
            Ok(line) => ok.push(line),
            Err(Error::Invalid(ps)) => problems.extend(ps),
            Err(e) => return Err(e),
        }
    }
    let mut text = String::new();
    for line in &ok {
        // File names and ids come from the user's files: shown, never obeyed.
        text.push_str(&crate::sanitize::terminal_line(line));
        text.push('\n');
    }
    emit(None, &text)?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

fn template(args: &TemplateArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    let text = match args.format {
        TemplateFormat::Yaml => instrument.source.clone(),
        TemplateFormat::Csv => crate::response::csv::header_row(&instrument)?,
    };
    emit(args.out.as_deref(), &text)
}

/// The response in a `fill --answers` file: the shape of one entry of `responses`.
fn fill(args: &FillArgs) -> Result<()> {
    let instrument = Instrument::load(&args.instrument)?;
    let label = args.answers.display().to_string();
    let src = std::fs::read_to_string(&args.answers).map_err(|e| Error::io(&args.answers, e))?;
    let response = crate::response::read_single_response(&label, &src, &instrument)?;
    // Read again and saved under the file's lock: parallel fills into one file all keep their
    // respondent.
    response::update_results(&args.out, &instrument, |results| {
        match results
            .responses
            .iter_mut()
            .find(|r| r.respondent == response.respondent)
        {
            Some(slot) => *slot = response,
            None => results.responses.push(response),
        }
    })?;
    note(&format!("wrote {}", args.out.display()));
    Ok(())
}
