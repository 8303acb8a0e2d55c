## Carried answers in the runners (`run --from`), the interview home screen inside an
## engagement, and the consensus run (`run --consensus`).

tui-kept = ✔ Question { $n }: { $answer }, kept from the previous wave · e adds a note to it
tui-kept-back = { $kept } · back to question { $back }
tui-previous-kept = ↺ kept unchanged from the previous wave
tui-plain-keep = Enter = keep the previous answer

tui-consensus-title = Consensus · { $title }
tui-consensus-who = { $n } raters
tui-consensus-rater = Rater
tui-consensus-rating = Rating
tui-consensus-note = Note
tui-consensus-ratings = Ratings
tui-consensus-unrated = not rated
tui-consensus-spread = ratings { $min }–{ $max }, median { $median }
tui-consensus-rationale-title = Rationale for the agreed rating of item { $n }: { $title } (Ctrl-S saves it)
tui-consensus-intro = { $n ->
    [one] Consensus on { $title }: 1 item on which the { $raters } raters disagree (ratings 2 or more points apart). Each agreed rating and its rationale are saved to { $path } as soon as they are given.
   *[other] Consensus on { $title }: { $n } items on which the { $raters } raters disagree (ratings 2 or more points apart). Each agreed rating and its rationale are saved to { $path } as soon as they are given.
}
tui-consensus-resuming = Resuming: { $agreed } of { $n } items agreed; continuing at the first item without an agreed rating.
tui-consensus-agreed-prompt = Agreed rating ({ $min }–{ $max }; n = not applicable; b = back; q = quit; Enter = skip):
tui-consensus-rationale-prompt = Rationale: why this rating (Enter = none):
tui-consensus-done = { $n ->
    [one] The disputed item has an agreed rating.
   *[other] All { $n } disputed items have an agreed rating.
}
tui-consensus-missing = { $missing } of { $n } disputed items have no agreed rating yet; run the same command again to settle them.
tui-consensus-none = The { $raters } raters of { $instrument } agree within a point on every item: nothing is disputed, so there is no consensus to record; `cxassess agree` shows their agreement.
tui-consensus-resume = Resume with: cxassess run { $instrument } --consensus
tui-consensus-missing-go = { $missing } of { $n } disputed items have no agreed rating yet: press g to go to them
