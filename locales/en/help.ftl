## The command line's words: `--help` headings, every command's and flag's description, and
## clap's parse errors. Keys: help-cmd-<command>, help-arg-<command>-<flag>, help-arg-<global flag>.

error-label = error:
help-usage = Usage:
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-default = default
help-possible-values = possible values
help-after =
    Run without a command to open the home screen.
    Built-in instruments: pyramid, maturity, kano, servqual, gaps, pulse.
    Exit codes: 0 ok, 1 I/O or environment (or a results file in use), 2 invalid input,
    3 a gate failed (diff --fail-on-drop, check --strict), 130 Ctrl-C (answers saved).

help-error-similar-command = tip: a similar command exists: '{ $similar }'
help-error-similar-argument = tip: a similar argument exists: '{ $similar }'
help-error-similar-value = tip: a similar value exists: '{ $similar }'
help-error-tip = tip:
# A tip of clap's: how to give a value that looks like a flag ($fix is the way to write it).
help-error-tip-as-value = to pass '{ $arg }' as a value, use '{ $fix }'
# A tip of clap's: a command of that name exists, but '--' before it made it a value.
help-error-tip-remove-dashes = subcommand '{ $command }' exists; to use it, remove the '--' before it
# A tip of clap's: the flag exists on a command ($what is 'command --flag').
help-error-tip-exists = '{ $what }' exists
help-error-more = For more information, try '--help'.
help-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-error-value-required = a value is required for '{ $arg }' but none was supplied
help-error-unexpected-argument = unexpected argument '{ $arg }' found
help-error-unknown-command = unrecognized subcommand '{ $command }'
help-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
help-error-missing = the following required arguments were not provided:
help-error-missing-command = '{ $command }' requires a subcommand but one was not provided
help-error-repeated = the argument '{ $arg }' cannot be used multiple times
help-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-error-too-few = { $min } values required by '{ $arg }'; only { $given } given
help-error-wrong-number = { $want } values required for '{ $arg }' but { $given } given
help-error-utf8 = invalid UTF-8 was detected in one or more arguments

## Commands.

help-cmd = Customer-experience assessment in the terminal: the experience pyramid, CX maturity, Kano, SERVQUAL with the five-gap model, and NPS/CSAT/CES.
help-cmd-help = Print this message or the help of the given command
help-cmd-list = Built-in instruments (id, title, questions, version) and saved sessions.
help-cmd-run = Answer an instrument in the full-screen runner (or --plain line mode).
help-cmd-fill = Validate an answers file against an instrument and write a results file, non-interactively.
help-cmd-report = Score results files (or CSV in the import layout) and print a report.
help-cmd-diff = Compare two waves (results files or engagement folders): headline figures with the 95% interval of each change, changed answers and notes, actions.
help-cmd-trend = Headline figures over several waves (results files or engagement folders), in time order.
help-cmd-import = Convert a survey-platform CSV export into a results file.
help-cmd-export = Write a results file as CSV in the import layout.
help-cmd-validate = Check instrument or results files and report every problem with file:line:column.
help-cmd-template = Print a built-in instrument's YAML to customise, or with --format csv its empty import sheet.
help-cmd-demo = Show a report over embedded sample results.
help-cmd-init = Start an engagement: a folder for one client and period (engagement.yaml).
help-cmd-status = Who has answered what in an engagement (the current folder's, or DIR's).
help-cmd-agree = Agreement between raters on a pyramid or maturity instrument: Krippendorff's alpha, disputed items for the workshop.
help-cmd-check = Open points for CI: unanswered steps, N/A without a reason, low confidence, missing required evidence, partial responses.
help-cmd-completions = Print a shell completion script (commands, flags, built-in instrument ids, file paths).
help-cmd-man = Print the man page (roff) with every command.

## Flags every command takes.

help-arg-help = Print help
help-arg-version = Print version
help-arg-lang = Language of screens, reports and messages (default from LC_ALL/LC_MESSAGES/LANG).
help-arg-plain = Plain line mode: one numbered prompt per line on stdout, one answer per line on stdin, for screen readers and scripts (also when ACCESSIBLE is set).

## Each command's arguments and flags.

help-arg-run-instrument = Built-in id or path to an instrument YAML file.
help-arg-run-out = Results file to write; an existing one is resumed.
help-arg-run-respondent = Respondent name or code.
help-arg-run-role = Respondent role: manager, staff, customer, consultant or any word (sections meant for another role, e.g. the gaps managers' sections for staff, are skipped).
help-arg-run-org = Organisation assessed.
help-arg-run-period = The wave's label, e.g. 2026-Q4 (written to `assessment`; inside an engagement, its period).
help-arg-run-date = The assessment date, YYYY-MM-DD (inside an engagement, its date).
help-arg-run-from = An earlier wave's results file or engagement folder: each question shows the previous answer, and keeping it records it as carried over.
help-arg-run-engagement = The engagement folder to answer in (default: the current folder or the nearest parent with an engagement.yaml); without --out, answers go to <DIR>/<instrument>/<respondent>.yaml.
help-arg-run-consensus = The consensus workshop (pyramid, maturity; inside an engagement): walks the items the raters disagree on, shows every rating and note, and records the agreed rating and its rationale in <DIR>/<instrument>/consensus.yaml.

help-arg-fill-instrument = Built-in id or path to an instrument YAML file.
help-arg-fill-answers = YAML file shaped like one entry of `responses` (at least `answers:`).
help-arg-fill-out = Results file to write (an existing one gets this response added or replaced); inside an engagement it may be left out.
help-arg-fill-period = The wave's label, e.g. 2026-Q4 (written to `assessment`; inside an engagement, its period).
help-arg-fill-date = The assessment date, YYYY-MM-DD (inside an engagement, its date).
help-arg-fill-engagement = The engagement folder (default: the current folder's, when there is no --out): the response goes to <DIR>/<instrument>/<respondent>.yaml.

help-arg-report-files = Results files, CSV files in the import layout with --instrument, or an engagement folder (the engagement report).
help-arg-report-instrument = The instrument CSV files were collected with.
help-arg-report-format = Output format: text for the terminal (colour when stdout is a terminal and NO_COLOR is unset), markdown for wikis, json with fixed field names, html as one self-contained file with SVG charts.
help-arg-report-out = Write to this file instead of stdout.
help-arg-report-by = Compare segments by this respondent field (e.g. role, region): each headline figure's difference between segments with its 95% interval.
help-arg-report-complete-only = Leave out responses that are not complete (by default they count, and the report says how many there are).
help-arg-report-anonymize = Show respondents by role code (manager 1, customer 2 …) instead of by name.

help-arg-diff-inputs = OLD and NEW: the earlier wave, then the later one, each a results file or an engagement folder (two arguments are two waves, even of one period: two versions of one file). More results files are grouped into waves by their period (there must be two).
help-arg-diff-format = Output format.
help-arg-diff-out = Write to this file instead of stdout.
help-arg-diff-fail-on-drop = Exit 3 when any headline score dropped by more than this many points.
help-arg-diff-significant = With --fail-on-drop: count only drops whose 95% interval lies wholly below zero (more than noise).
help-arg-diff-instrument = Compare only this instrument (its id), when the waves hold several.
help-arg-diff-verbose = List every respondent added or removed and every changed answer, however many.

help-arg-trend-inputs = The waves: results files (those sharing a period are one wave) or engagement folders.
help-arg-trend-format = Output format.
help-arg-trend-out = Write to this file instead of stdout.
help-arg-trend-instrument = Only this instrument (its id), when the waves hold several.

help-arg-import-instrument = Built-in id or path to an instrument YAML file.
help-arg-import-csv = The CSV export.
help-arg-import-out = Results file to write; inside an engagement it may be left out, and each respondent gets their own file in its layout.
help-arg-import-engagement = The engagement folder (default: the current folder's, when there is no --out).
help-arg-import-period = The wave's label, e.g. 2026-Q4 (written to `assessment`; inside an engagement, its period).
help-arg-import-date = The assessment date, YYYY-MM-DD (inside an engagement, its date).

help-arg-export-results = The results file.
help-arg-export-format = Output format: csv in the import layout.
help-arg-export-out = Write to this file instead of stdout.

help-arg-validate-files = Instrument or results files.

help-arg-template-instrument = Built-in id or path to an instrument YAML file.
help-arg-template-format = Output format: the instrument's yaml, or the empty csv import sheet (header row).
help-arg-template-out = Write to this file instead of stdout.

help-arg-demo-instrument = Which instrument's demo (default pyramid).
help-arg-demo-format = Output format.

help-arg-init-dir = The folder to create (or an empty existing one).
help-arg-init-client = The client assessed.
help-arg-init-period = The wave's label, e.g. 2026-Q4.
help-arg-init-date = The assessment date, YYYY-MM-DD.

help-arg-status-dir = The engagement folder (default: the current folder or the nearest parent with an engagement.yaml).
help-arg-status-format = Output format.

help-arg-agree-inputs = An engagement folder, or results files of one instrument.
help-arg-agree-instrument = Which instrument, when the inputs hold results of more than one (pyramid or maturity).
help-arg-agree-format = Output format.

help-arg-check-inputs = An engagement folder, or results files.
help-arg-check-strict = Exit 3 when anything is listed (for CI).
help-arg-check-format = Output format.

help-arg-completions-shell = The shell: bash, zsh, fish, powershell or elvish.
help-arg-diff-complete-only = Leave out responses that are not complete (by default they count, and the output says how many there are in each wave).
help-arg-trend-complete-only = Leave out responses that are not complete (by default they count, and the output says how many there are in each wave).
help-arg-agree-complete-only = Leave out responses that are not complete (by default they count, and the output says how many there are).
