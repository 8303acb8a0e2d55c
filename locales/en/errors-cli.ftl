## Messages of the command line itself (src/cli): wrong arguments or combinations (exit 2),
## failed gates (exit 3) and what a command says it did, on stderr.

# --date that is not a date; $date is what was given.
err-cli-date = --date { $date }: write the date as YYYY-MM-DD, e.g. 2026-11-20
# --role given that the engagement's roster contradicts; $file is engagement.yaml.
err-cli-role-contradicts-roster = role { $given } contradicts the roster of { $file } ({ $respondent } is { $listed }): leave the role out, or correct the roster
# `run`/`fill` in an engagement without --respondent.
err-cli-needs-respondent = { $dir } is an engagement: name who answers with --respondent NAME (their answers go to <instrument>/<NAME>.yaml), or give --out
# `fill` with nowhere to write.
err-cli-fill-where = say where the results go: --out FILE, or fill inside an engagement folder (or --engagement DIR)
# `import` with nowhere to write.
err-cli-import-where = say where the results go: --out FILE, or import inside an engagement folder (or --engagement DIR)
# After `fill` wrote its file.
cli-wrote = wrote { $path }
# After `import`; $n responses read from the CSV file $csv into the results file $into.
cli-imported = imported { $n } response(s) from { $csv } into { $into }
# The same when the results file existed: $added new respondents, $updated recorded ones with the new answers merged in.
cli-imported-merged = imported { $n } response(s) from { $csv } into { $into } ({ $added } added, { $updated } updated)
# After `import` when allocations (points to share out) did not add up.
cli-renormalised = { $n } allocation(s) renormalised to their total; each has a note saying from what
# `validate`: a results file that reads well.
cli-validate-results = { $file }: ok (results, { $n } response(s))
# `validate`: an engagement file that reads well; $n people on its roster.
cli-validate-engagement = { $file }: ok ({ -engagement } { $client }, { $n } on the roster)
# `validate`: an instrument file that reads well.
cli-validate-instrument = { $file }: ok (instrument { $id } v{ $version }, { $n } questions)
# `report` over files of two instruments.
err-cli-mixed-instruments = { $file } is for { $id } v{ $version }, but { $other_file } is for { $other_id } v{ $other_version }: a report merges files of one instrument (or `servqual` and `gaps` files together for the five-gap model)
# `report x.csv` without --instrument.
err-cli-csv-needs-instrument = { $file } is CSV: name the instrument it was collected with, e.g. --instrument kano
# --instrument that says otherwise than the results files; $fix is one of the two next messages.
err-cli-instrument-differs = the inputs are for different instruments: --instrument names { $named } v{ $named_version }, but { $file } holds results for { $id } v{ $version }; { $fix }
err-cli-instrument-differs-csv = report them separately (`cxassess report --instrument { $spec } { $csv }` and `cxassess report { $file }`), or, if the CSV was collected with { $id }, give --instrument { $id }
err-cli-instrument-differs-yaml = leave out --instrument: { $file } names its instrument
# `demo` of an unknown instrument; $list names those with a demo.
err-cli-no-demo = no demo for '{ $id }': demos exist for { $list }
# `report DIR` of an engagement without results.
err-cli-no-results-yet = { $dir } has no results yet: interview with `cxassess run <instrument> --respondent NAME --role ROLE` inside it, then report
# `report`: a folder given that is no engagement; $file is engagement.yaml.
err-cli-report-not-engagement = { $dir } is a folder but not an engagement (no { $file }): give results files, or an engagement folder
# `diff`/`trend`: the same for waves.
err-cli-wave-not-engagement = { $dir } is a folder but not an engagement (no { $file }): give results files, or engagement folders
# One wave holding two versions of an instrument.
err-cli-wave-versions = wave { $wave } holds version { $version } of '{ $id }' ({ $files }) and version { $other_version } ({ $other_files }): answers to different versions are compared between waves, not merged within one; put them in separate waves (another period or folder)
# --fail-on-drop that is not a number of points.
err-cli-fail-on-drop = --fail-on-drop { $points }: give the largest drop you accept, in points, as a number ≥ 0 (e.g. --fail-on-drop 5)
# `diff` with other than two waves; $labels names them.
err-cli-diff-two-waves = diff compares two waves, but these inputs make { $n } ({ $labels }): give two results files or engagement folders, or files whose assessment.period names two waves
# `run --consensus` outside an engagement.
err-cli-consensus-outside = run --consensus works inside an engagement: run it in the engagement folder (or below it), or give --engagement DIR
# `run --role`, the role of a `fill` answers file or of an `import` row that differs from the role already recorded for the respondent.
err-cli-role-contradicts-recorded = role { $given } for { $respondent } contradicts the role recorded for them in { $file } ({ $recorded })
err-cli-role-contradicts-recorded-fix = leave the role out (or give { $recorded }) to add to their answers, or use another respondent name
# One respondent in two files of one instrument.
err-cli-respondent-twice = respondent '{ $respondent }' is in both { $file } and { $other_file }: each respondent belongs in one file of an instrument; remove or rename one of them
# `agree` without ratings; $inputs names the inputs.
err-cli-agree-no-ratings = no pyramid or maturity results in { $inputs }: agreement is measured on the 1–5 ratings of those instruments
# The same when --instrument named one.
err-cli-agree-no-ratings-for = no pyramid or maturity results for '{ $id }' in { $inputs }: agreement is measured on the 1–5 ratings of those instruments
# `agree` over two instruments; $ids joined with err-cli-and.
err-cli-agree-several = the inputs hold results of { $ids }: choose one with --instrument { $first }
# Between the last two names of a list.
err-cli-and = { " and " }
# A folder without engagement.yaml ($file).
err-cli-not-engagement = { $dir } has no { $file }: give an engagement folder, or start one with `cxassess init { $dir } --client NAME`
# Outside any engagement.
err-cli-not-inside-engagement = { $dir } is not inside an engagement (no { $file } here or in a parent folder): give the folder, or start one with `cxassess init DIR --client NAME`
# `init --client ""`.
err-cli-client-empty = --client is empty: name the client assessed
# `init` where an engagement is already.
err-cli-engagement-exists = { $file } already exists: this folder is an engagement; edit the file, or choose another folder
# After `init`.
cli-engagement-started = started { $dir }: run interviews there with `cxassess run <instrument> --respondent NAME --role ROLE`, see who has answered with `cxassess status`
# `check --strict` that found open points (exit 3).
err-cli-check-strict = check --strict: { $open } open point(s) in { $files } of { $total } file(s); answer, give reasons and evidence, or confirm the answers, then check again
# --lang with a language cxassess does not speak.
err-cli-unknown-lang = unknown language '{ $lang }': use en or zh
