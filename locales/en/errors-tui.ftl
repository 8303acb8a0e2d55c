## Messages of the runner and the home screen (src/tui) that end a command.

# `run --consensus` on an instrument without 1–5 ratings; $kind is its kind (kano, servqual …).
err-tui-consensus-kind = --consensus settles the 1–5 ratings of pyramid and maturity instruments; { $id } is a { $kind } instrument: report it with `cxassess report { $dir }`
# `run --consensus` with fewer than two raters in the folder $dir.
err-tui-consensus-few-raters = { $dir } holds { $n } rater(s) of { $id }: a consensus settles where two or more raters disagree; interview them first (`cxassess run { $id } --respondent NAME --role ROLE` in the engagement)
# Adding an interviewee to a roster written inline in engagement.yaml.
err-tui-roster-inline = the roster in engagement.yaml is written inline ([…]): write it as a list, one `- respondent:` item per line, to add interviewees from the home screen
# The added roster item did not read back.
err-tui-roster-readback = { $file }: the roster item for '{ $respondent }' did not read back as written; add it by hand
# `run --out FILE` where FILE holds another instrument's answers.
err-tui-other-instrument = { $file } holds answers to '{ $held }', not '{ $id }': run `cxassess run { $held } --out { $file }` to resume it, or choose another --out
# The line mode's output closed: what happened, what was saved, how to resume, as sentences.
err-tui-output-closed = { $closed }. { $saved }. { $resume }
