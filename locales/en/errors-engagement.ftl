# Problems in an engagement file, engagement.yaml (engagement/parse.rs): the client, the wave, the
# instruments, the roster of respondents, the agreed actions and the targets. Each has a "what"
# and a "-fix" (shown after "fix:"). Ids, names and values from the file are arguments.

err-engagement-date = this is not a date written YYYY-MM-DD
err-engagement-date-fix = write the date as YYYY-MM-DD, e.g. 2026-11-20
err-engagement-format = format '{ $format }' is not an engagement file
err-engagement-format-fix = the first line of an engagement file is `format: { $expected }`
err-engagement-client = the client's name is empty
err-engagement-client-fix = name the client assessed
# The period is the wave's label.
err-engagement-period = the period is not a label
err-engagement-period-fix = write a label such as 2026-Q4
err-engagement-instrument = '{ $id }' is neither a built-in instrument nor an instrument file
# $ids lists the built-in instruments.
err-engagement-instrument-fix = use a built-in id ({ $ids }) or the path of an instrument file (…​.yaml) relative to the engagement folder
err-engagement-roster-instrument-fix = use a built-in id or the path of an instrument file
err-engagement-respondent-empty = the respondent is empty
err-engagement-respondent-empty-fix = give a name or code
err-engagement-roster-twice = '{ $respondent }' is on the roster twice
err-engagement-roster-twice-fix = keep one entry per respondent (list all their instruments there)
err-engagement-not-listed = '{ $id }' is not one of the engagement's instruments
err-engagement-not-listed-fix = add it to `instruments:` ({ $instruments })
err-engagement-action-id = action id '{ $id }' is empty or used twice
err-engagement-action-id-fix = give each action its own short id (a1, a2, …)
err-engagement-action-title = the action has no title
err-engagement-action-title-fix = say what is to be done
# $words lists the words allowed.
err-engagement-status = status '{ $status }' is not one of { $words }
err-engagement-use-one-of = use one of { $words }
err-engagement-tier = '{ $tier }' is not a tier
err-engagement-group = '{ $group }' is not a group of { $instrument }
err-engagement-target = the target for '{ $group }' is not a level of { $instrument }
err-engagement-target-maturity-fix = give a maturity level from 1 to 5
err-engagement-target-fix = give a number from { $low } to { $high }
