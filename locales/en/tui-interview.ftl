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
tui-consensus-already = Agreed at an earlier sitting: { $rating } — { $rationale } (Enter keeps it)
tui-consensus-rationale-prompt = Rationale: why this rating (Enter = none):
tui-consensus-done = { $n ->
    [one] The disputed item has an agreed rating.
   *[other] All { $n } disputed items have an agreed rating.
}
tui-consensus-missing = { $missing } of { $n } disputed items have no agreed rating yet; run the same command again to settle them.
tui-consensus-none = The { $raters } raters of { $instrument } agree within a point on every item: nothing is disputed, so there is no consensus to record; `cxassess agree` shows their agreement.
tui-consensus-resume = Resume with: cxassess run { $instrument } --consensus
tui-consensus-missing-go = { $missing } of { $n } disputed items have no agreed rating yet: press g to go to them

tui-interview-not-asked = { $who } does not answer { $instrument }: the roster in engagement.yaml lists their instruments
tui-interview-taken = “{ $name }” is already on the roster: type another name or code
tui-interview-no-instrument = Choose at least one instrument: Space ticks the one under the cursor
tui-interview-role-refused = A { $role } does not answer { $instrument } (it is answered by { $roles }): choose another role, or untick { $instrument }
tui-interview-added = { $name } added to the roster in engagement.yaml

tui-keycap-space = Space
tui-key-interviewee = interviewee
tui-key-instrument = instrument
tui-key-start-resume = start/resume
tui-key-add-interviewee = add interviewee
tui-key-tick = tick

tui-interview-title = { $engagement } · interviews
tui-interview-done = { $done } of { $all } complete
tui-interview-interviewee = Interviewee
tui-interview-role = Role
tui-interview-name = { $name } ({ $respondent })
tui-interview-not-started = not started
tui-interview-legend = ✓ complete · 3/31 questions answered of those asked · — not on their list · grey: answered here, not on the roster
tui-interview-no-roster = No one on the roster yet: a adds an interviewee.
tui-interview-empty = Add the first interviewee with a.
tui-interview-cell = { $who } · { $title }
tui-interview-who-role = { $who }, { $role }
tui-interview-start = Not started, { $asked } questions: Enter starts it.
tui-interview-resume = { $answered } of { $asked } questions answered, last saved { $updated }: Enter resumes it.
tui-interview-complete = Complete ({ $answered } of { $asked } questions), last saved { $updated }: Enter opens it.
tui-interview-not-listed = Not on their list in the roster (engagement.yaml).
tui-interview-next-start = Next: Enter starts { $who } · { $instrument }
tui-interview-next-resume = Next: Enter resumes { $who } · { $instrument }
tui-interview-file = Answers go to { $path } in the engagement folder
tui-interview-folder = Engagement folder: { $dir }
tui-interview-form-title = Add an interviewee to { $client }
tui-interview-form-respondent = Name or code, as results files name them (e.g. li.na)
tui-interview-form-name = Display name (optional)
tui-interview-form-instruments = Instruments they answer
tui-interview-form-hint = Added as one roster item at the end of the roster in engagement.yaml; its comments stay as they are.
tui-interview-all-done = { $n ->
    [one] The interview is complete: `cxassess report .` makes the engagement report.
   *[other] All { $n } interviews are complete: `cxassess report .` makes the engagement report.
}
