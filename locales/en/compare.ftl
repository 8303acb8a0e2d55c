## `cxassess diff` and `cxassess trend`: waves compared over time.

compare-diff-title = Diff: { $title } ({ $id })
compare-diff-waves-title = Diff: { $old } → { $new }
compare-trend-title = { $n ->
    [one] Trend: { $title } ({ $id }) — 1 wave
   *[other] Trend: { $title } ({ $id }) — { $n } waves
}
compare-trend-waves-title = { $n ->
    [one] Trend: 1 wave
   *[other] Trend: { $n } waves
}
compare-old = old: { $wave }
compare-new = new: { $wave }
compare-files = { $n ->
    [one] 1 file
   *[other] { $n } files
}
compare-placed-by-answer = { " " }(no date: placed by its latest answer)
compare-placed-last = { " " }(no date and no answer time: placed last)
compare-instruments-only = Only in { $wave }: { $ids }.
compare-headline-figures = Headline figures
compare-change = change
compare-interval = 95% interval of the change
compare-trend = trend
compare-significant-legend = A * after a change: its 95% interval excludes 0, so it is more than noise. n/a: a wave has fewer than 2 answers, or the answers do not vary.
compare-trend-legend = ▲ ▼ beside a value: the change from the wave before is significant (its 95% interval excludes 0).
compare-figures-only = Only in { $wave }:
compare-level-none = none

## Headline figures' names.
compare-fig-respondents = Respondents
compare-fig-level = Level reached
compare-fig-tier = { $tier } tier
compare-fig-index = Maturity index
compare-fig-stage = Stage
compare-fig-kano-category = { $feature } — category
compare-fig-kano-better = { $feature } — Better
compare-fig-kano-worse = { $feature } — Worse
compare-fig-unweighted = Unweighted SERVQUAL score
compare-fig-weighted = Weighted SERVQUAL score
compare-fig-gap = { $dimension } gap
compare-fig-nps = NPS
compare-fig-nps-n = NPS n
compare-fig-promoters = Promoters %
compare-fig-passives = Passives %
compare-fig-detractors = Detractors %
compare-fig-csat = CSAT
compare-fig-csat-n = CSAT n
compare-fig-ces = CES mean (1–7)
compare-fig-ces-easy = CES easy % (5–7)
compare-fig-ces-n = CES n

## Answers, notes and respondents.
compare-answers = Answers
compare-answers-summary = { $both ->
    [one] 1 respondent answered in both waves:
   *[other] { $both } respondents answered in both waves:
} { $changed ->
    [one] 1 answer changed,
   *[other] { $changed } answers changed,
} { $carried } carried over unchanged, { $confirmed } re-assessed and kept.
compare-respondent-added = { $n ->
    [one] + { $respondent } (added, { $role }, 1 answer)
   *[other] + { $respondent } (added, { $role }, { $n } answers)
}
compare-respondent-removed = { $n ->
    [one] − { $respondent } (removed, { $role }, had 1 answer)
   *[other] − { $respondent } (removed, { $role }, had { $n } answers)
}
compare-respondents-counted = { $added } respondent(s) added, { $removed } removed (--verbose lists them).
compare-respondent = respondent
compare-question = question
compare-carried = carried over
compare-changed-by = respondents who changed it
compare-answers-counted = { $n } changed answers, counted by question (--verbose lists each one).
compare-notes = Notes

## Agreed actions between two engagement waves.
compare-actions = Actions
compare-actions-summary = { $closed } closed, { $opened } opened, { $overdue } overdue on { $today }.
compare-action-change = change
compare-action-closed = closed
compare-action-opened = opened
compare-action-overdue = overdue
compare-action-removed = no longer listed

## The gate: --fail-on-drop POINTS [--significant].
compare-gate-pass = { $points ->
    [one] No headline score dropped by more than { $points } point.
   *[other] No headline score dropped by more than { $points } points.
}
compare-gate-pass-significant = { $points ->
    [one] No headline score dropped significantly by more than { $points } point.
   *[other] No headline score dropped significantly by more than { $points } points.
}
compare-gate-fail = { $n ->
    [one] 1 headline score dropped by more than { $points ->
        [one] { $points } point
       *[other] { $points } points
    }: { $drops }
   *[other] { $n } headline scores dropped by more than { $points ->
        [one] { $points } point
       *[other] { $points } points
    }: { $drops }
}
compare-gate-fail-significant = { $n ->
    [one] 1 headline score dropped significantly by more than { $points ->
        [one] { $points } point
       *[other] { $points } points
    }: { $drops }
   *[other] { $n } headline scores dropped significantly by more than { $points ->
        [one] { $points } point
       *[other] { $points } points
    }: { $drops }
}
compare-gate-noise = { $n ->
    [one] Not counted: 1 drop of more than { $points ->
        [one] { $points } point
       *[other] { $points } points
    } is within the noise (its 95% interval reaches 0, or it has none): { $drops }
   *[other] Not counted: { $n } drops of more than { $points ->
        [one] { $points } point
       *[other] { $points } points
    } are within the noise (their 95% interval reaches 0, or they have none): { $drops }
}
compare-kano-rule = Kano: a fall in Better counts as a drop; Worse is shown but never fails the diff (a more negative Worse means the feature's absence would hurt more, not that quality fell).

## Method.
compare-method-waves = Waves: an engagement folder is one wave, and so are the results files sharing an assessment period; each wave's respondents are merged respondent first. Waves are labelled by period (else date, else file name) and ordered by date, then period.
compare-method-matching = Respondents are matched by name between waves (a name repeated in a wave counts as name #2, #3 …); answers are compared as written in the results files.
compare-method-intervals = Each change has a 95% interval: Welch's t on respondent-level scores for means (pyramid, maturity, SERVQUAL, gap drivers, CES), Newcombe's hybrid score interval for proportions (CSAT, CES easy, the shares of promoters, passives and detractors, Kano Better and Worse), and the difference of two adjusted-Wald NPS for NPS. A change is significant when its interval excludes 0. Counts, levels, stages, categories and figures that average other figures (the maturity index, SERVQUAL's unweighted total, the five gaps) have no interval. No correction is made for the number of figures compared.
compare-method-significant-gate = --significant: a drop fails the diff only when it is larger than { $points ->
    [one] { $points } point
   *[other] { $points } points
} and its 95% interval lies wholly below 0 (a drop within the noise is listed, not counted).

## Carried answers (`run --from`).
carry-previous = previous answer: { $answer } (Enter keeps it)
carry-report = { $n ->
    [one] 1 answer was carried over unchanged from an earlier wave.
   *[other] { $n } answers were carried over unchanged from an earlier wave.
}
compare-trend-chart = { $title }: headline figures over the waves
compare-trend-chart-desc = One line per figure, one point per wave: { $figures }.
compare-wave-says = { $wave }: { $text }
compare-partial-left-out = { $n ->
    [one] 1 response that is not complete is left out (`--complete-only`).
   *[other] { $n } responses that are not complete are left out (`--complete-only`).
}
