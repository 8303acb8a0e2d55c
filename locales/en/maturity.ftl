## The CX maturity report: stage, index, ladder, dimensions, roles, roadmap.

maturity-stage = Stage
maturity-index = maturity index
maturity-index-value = { $index } / 100
maturity-index-assessed = n/a ({ $index } / 100 over the assessed dimensions)
maturity-stage-provisional = not determined (provisionally { $level })
maturity-stage-none = not determined
maturity-level = level { $level }
maturity-weakest = Weakest dimension: { $name } ({ $score })
maturity-no-answers = No answers yet: run the questionnaire (cxassess run maturity) and report again.
maturity-name-separator = {", "}

maturity-ladder = Stage ladder
maturity-ladder-reached = ◀ stage reached
maturity-ladder-provisional = ◀ provisional stage
maturity-ladder-next = { $n ->
    [one] ← next stage: { $name } is below it
   *[other] ← next stage: { $n } dimensions are below it (◀)
}
maturity-ladder-svg-reached = stage reached
maturity-ladder-svg-provisional = provisional stage
maturity-ladder-svg-next = { $n ->
    [one] next: 1 dimension to lift
   *[other] next: { $n } dimensions to lift
}
maturity-ladder-desc = Five steps, level 1 on the left to level 5 on the right. The steps up to the stage reached are filled{ $provisional ->
    [yes] {" "}(pale: the stage is provisional)
   *[no] {""}
}; the next stage is outlined.
maturity-ladder-caption = The stage ladder: a stage counts only when every dimension reaches it.
maturity-ladder-held-back = next stage, held back by { $names }
maturity-col-stage = stage
maturity-col-ladder = ladder

maturity-dimensions = Dimensions
maturity-scale-note = Scores run from 1 to 5.
maturity-scale-note-next = Scores run from 1 to 5; │ on a bar marks the next stage, { $level }.
maturity-col-dimension = dimension
maturity-col-score = score
maturity-col-interval = 95% interval
maturity-col-level = level
maturity-col-maps-to = maps to
maturity-col-next = next stage
maturity-below = { $shortfall } below { $level }
maturity-no-answers-short = no answers
maturity-interval-too-few = too few answers (needs { $min })
maturity-interval-no-spread = all alike: no interval

maturity-profile = Profile
maturity-radar = Maturity radar
maturity-radar-desc = One axis per dimension, 0 at the centre and rings at levels 1 to 5; each shape joins one group's dimension scores.
maturity-radar-caption = Dimension scores on rings 1–5. Stage: { $stage }.
maturity-all-respondents = all respondents
maturity-intervals = Dimension scores with 95% intervals
maturity-intervals-desc = Each dimension's mean score with its Student-t 95% interval, on 1 to 5.
maturity-intervals-caption = Dimension scores with their 95% intervals (t on the respondents' scores), on 1 to 5; no whisker where there are too few answers.

maturity-spread = Spread between respondents (lowest–highest, sample SD)
maturity-col-range = lowest–highest
maturity-views-differ = views differ: compare the evidence

maturity-roles = Roles side by side
maturity-difference = difference
maturity-difference-pair = { $b } − { $a }
maturity-row-index = index
maturity-row-stage = stage
maturity-provisional-figure = { $value } (provisional)
maturity-roles-provisional = Provisional: the role left a dimension unanswered, so its index and stage are over the dimensions it answered only.

maturity-next-to = What to do next — to reach stage { $stage } { $name }
maturity-next-to-unnamed = What to do next — to reach stage { $stage }
maturity-next-dimension = { $name } ({ $score }, { $shortfall })
maturity-next-unassessed = { $name }: no answers — assess it before the stage can be determined.
maturity-next-item = { $item } { $text } — now { $mean } ({ $level }, n={ $n }) → { $target }
maturity-looks-like = Looks like:
maturity-do = Do:
maturity-next-answer-first = Answer the questionnaire first.
maturity-next-top = Every dimension is at stage { $stage }. Sustain it: follow each item's top-level advice, re-assess every year, and compare the managers' view with customers' and front-line staff's.

maturity-summary-stage = Stage: { $stage }
maturity-summary-index = Maturity index: { $index }
maturity-summary-held-back = Next stage { $stage } held back by: { $names }

maturity-method-levels = Each item is answered by choosing the level description that fits best ({ $levels }); the level chosen is the item's value.
maturity-method-dimension = Dimension score = mean of the levels of the items a respondent answered in it (1.0–5.0); with several respondents it is the mean of their dimension scores, not the pooled mean of every item answer. n = respondents with at least one valid item in the dimension.
maturity-method-index = Maturity index = (mean of the dimension scores − 1) / 4 × 100, on 0–100.
maturity-method-stage = Stage = the highest level L such that every dimension scores at least L, compared at full precision: a dimension at exactly 3.0 counts for stage 3, one at 2.99 keeps the stage at 2. The stage is never above the weakest dimension, whatever the index says.
maturity-method-unscored = A dimension nobody answered (all items not applicable or unanswered) leaves the stage and the index undetermined; a provisional stage and an index over the assessed dimensions are then shown, labelled as such.
maturity-method-blocking = Blocking dimensions score below the next stage's level; the shortfall is that level minus the score.
maturity-method-roadmap = Roadmap: in each blocking dimension, every item whose mean level (over the respondents who answered it) is below the next stage. Its current level is that mean rounded down, and the step shown is one level up: the next level's description and the rubric's suggestion at the current level. If rounding leaves no item below the next stage, the dimension's lowest item is shown.
maturity-method-spread = Spread: lowest and highest respondent score per dimension and the sample standard deviation (n − 1), with at least two respondents; a range of { $wide } levels or more is flagged as a difference of views.
maturity-method-interval = 95% interval of a dimension score: Student t on the respondents' dimension scores, mean ± t(0.975, n − 1) · sd / √n. It needs at least { $min } respondents whose scores differ; an interval that runs past 1–5 is cut to the scale and marked.
maturity-method-roles = Roles side by side: each role scored on its own respondents. A role that left a dimension unanswered has a provisional index and stage (over the dimensions it answered), marked beside the figure. With two roles the difference is the second minus the first, signed; with more, the highest minus the lowest.
maturity-col-target = target
maturity-col-to-target = to target
maturity-target-reached = reached
maturity-targets = Roadmap to the targets
maturity-target-dimension = { $name }: { $score } now → target { $target }
maturity-target-level = To reach { $level }:
maturity-roles-stage-difference = — in the stage row: a stage is a named level, not a score, so no difference of stages is given; the index row gives the difference.
