## Messages of the comparison of waves (src/compare): `diff`, `trend`, and `run --from`.

# --from naming a folder that is no engagement; $file is engagement.yaml.
err-compare-from-not-engagement = --from { $from }: a folder is an engagement only with an { $file } in it; give the earlier wave's results file or engagement folder
# --from holding answers to another instrument.
err-compare-from-other-instrument = --from { $from }: it holds answers to '{ $held }', not '{ $id }': give an earlier wave of the same instrument
# --from without the respondent's answers; $who is the quoted name or err-compare-from-no-respondent.
err-compare-from-none = --from { $from }: no answers of { $who } to '{ $id }' there ({ $n } file(s) read); fix: give --respondent as it is written in the earlier wave, or leave out --from
# $who of err-compare-from-none when no --respondent was given.
err-compare-from-no-respondent = --from without --respondent
# What a wave holds, in the next messages.
err-compare-holds = { $wave } holds '{ $ids }'
err-compare-holds-nothing = { $wave } holds no results
# `trend` where no instrument is in two waves; $held lists err-compare-holds.
err-compare-trend-none = no instrument is in two of the waves ({ $held }): trend compares results of one instrument over several waves
# `trend --instrument` that no wave has.
err-compare-trend-missing = --instrument { $id }: no wave has it ({ $held }): trend compares results of one instrument over several waves
# `diff --instrument` that one wave lacks; $old and $new are err-compare-holds.
err-compare-diff-missing = --instrument { $id }: { $old } and { $new }; name an instrument both waves have
# `diff` of two waves of different instruments.
err-compare-diff-different = { $old } is for '{ $old_id }' but { $new } is for '{ $new_id }': diff compares results of one instrument between two waves
# `diff` of waves without an instrument in common.
err-compare-diff-none = the waves have no instrument in common: { $old } and { $new }
