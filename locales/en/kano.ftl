## The Kano report: categories, Better/Worse, the continuous analysis, segments.

kano-meta = { $n ->
    [one] 1 feature
   *[other] { $n } features
} · table: { $table }
kano-table-short-standard = standard
kano-table-short-pouliot = pouliot
kano-table-standard = standard (Berger et al. 1993; Matzler & Hinterhuber 1998)
kano-table-pouliot = Pouliot (as standard, with Must-be/Must-be and Live-with/Live-with questionable)
kano-list-separator = {", "}
kano-with-dual = { $name } ({ $dual })

## Category names and the answer words of the evaluation table.
kano-category-attractive = Attractive
kano-category-one-dimensional = One-dimensional
kano-category-must-be = Must-be
kano-category-indifferent = Indifferent
kano-category-reverse = Reverse
kano-category-questionable = Questionable
kano-answer-like = I like it
kano-answer-must-be = I expect it
kano-answer-neutral = I am neutral
kano-answer-live-with = I can live with it
kano-answer-dislike = I dislike it

## The small-sample warning.
kano-small-title = Small samples
kano-small-warning = Fewer than { $min } answers: { $features } — the category can change with a few more answers.

## The feature table.
kano-features-title = Features in the order of what to do
kano-counts-title = Answers per category and strengths
kano-col-feature = feature
kano-col-category = category
kano-col-lead = lead test
kano-col-fong = Fong (screen)
kano-col-better = Better
kano-col-worse = Worse
kano-col-interval = 95% interval
kano-col-strength = cat. strength
kano-col-total-strength = total strength
kano-col-functional = functional ± SD
kano-col-dysfunctional = dysfunctional ± SD
kano-col-importance = importance ± SD
kano-lead-versus = vs { $second }: p { $p }
kano-lead-alone = p { $p }
kano-lead-too-few = too few answers to test (n < { $min })
kano-fong-passes = passes
kano-fong-fails = fails
kano-key = A attractive · O one-dimensional · M must-be · I indifferent · R reverse · Q questionable · lead test: the category against the runner-up, exact binomial test, * significant (p < 0.05) · X/Y: X leads Y, not significantly · ⚠ fewer than { $min } answers: too few to test, the category can change · Fong's inequality is a screen, not a test

## Better/Worse.
kano-bw-title = Better/Worse
kano-bw-desc = Each feature at x = |Worse| (dissatisfaction when absent) and y = Better (satisfaction when present), split at 0.5.
kano-bw-caption = Top left attractive, top right one-dimensional, bottom right must-be, bottom left indifferent. Features with Better/Worse n/a are not drawn.
kano-bw-x = |Worse| (dissatisfaction when absent)
kano-bw-y = Better (satisfaction when present)
kano-bw-intervals = Better and |Worse| are shares of A + O + M + I; the 95% Wilson interval beside each is the range the true share plausibly lies in: where it is wide, the point on the plot could well sit elsewhere.
kano-bw-not-plotted = { $feature }: Better/Worse n/a (no A, O, M or I answers): not plotted.
kano-no-answers-not-plotted = No answers, not plotted: { $features }.

## The continuous analysis.
kano-cont-title = Continuous analysis (DuMouchel)
kano-cont-desc = Each feature at x = mean dysfunctional score and y = mean functional score, 0 to 4, split at 2.
kano-cont-caption = Means outside 0–4 are drawn at the edge. Functional Like 4 … Dislike −2; dysfunctional Like −2 … Dislike 4.
kano-cont-x = dysfunctional mean (if it does NOT)
kano-cont-y = functional mean (if it HAS it)
kano-cont-edge = Outside 0–4, drawn at the edge: { $features }.

## Segments and roles.
kano-by-role = By role
kano-segment-head = { $segment } ({ $n })
kano-segment-other = (other values)
kano-segment-unspecified = (not given)
kano-segment-key-text = Each cell: category, Better, Worse; (n) respondents in the segment; ⚠ fewer than { $min } answers in the segment.
kano-segment-key-written = Each cell: category · Better / Worse · n; ⚠ fewer than { $min } answers in the segment.
kano-segment-cell = { $category } · { $better } / { $worse } · n={ $n }
kano-figure-better = { $feature }: Better
kano-figure-worse = { $feature }: Worse

## What to do next.
kano-step-must-be = Guarantee first — must-be: { $features }. Customers take them for granted: missing them costs satisfaction (|Worse| up to { $worst }), doing more earns little.
kano-step-one-dimensional = Invest in proportion — one-dimensional: { $features }. The better they perform, the more satisfied customers are; benchmark them against competitors.
kano-step-attractive = Differentiate — attractive: { $features }. They delight when present and are not missed when absent; pick the ones with the highest Better.
kano-step-indifferent = Do not invest more — indifferent: { $features }. Customers do not mind either way; keep them cheap or drop them.
kano-step-reverse = Reconsider — reverse: { $features }. Many customers would rather not have it: make it optional or remove it.
kano-step-questionable = Check the questions — questionable: { $features }. Contradictory answers usually mean the question was misunderstood; reword it and ask again.
kano-step-dual = Not settled: { $features }. The lead is not significant (exact binomial test): treat the feature as both categories, compare segments (--by) or collect more answers.
kano-step-small = Collect more answers — fewer than { $min } for: { $features }.
kano-step-none = No answers yet: run the questionnaire with customers, or report a CSV export with --instrument kano.

## Method.
kano-method-table = Evaluation table: { $table }; rows are the answer to "if it HAS the feature", columns the answer to "if it does NOT have it".
kano-method-n = n = respondents who answered both questions of the feature; N/A and half-answered features are left out.
kano-method-category = Category = the most frequent of A, O, M, I, R, Q; exact ties are broken in the order M > O > A > I > R > Q.
kano-method-better-worse = Better = (A + O) / (A + O + M + I); Worse = −(O + M) / (A + O + M + I); R and Q are not in the denominator; both are n/a when A + O + M + I = 0.
kano-method-intervals = Better and |Worse| carry 95% Wilson score intervals (Wilson 1927) on the proportion of A + O, resp. O + M, among A + O + M + I; Worse's interval is negated; n/a below 2 answers in A + O + M + I.
kano-method-strength = Category strength = largest share − second-largest share, shares = count / n over O, A, M, I, R; total strength = (A + O + M) / n.
kano-method-lead = The lead of the category over the runner-up (the next of A, O, M, I, R; Q is never a runner-up) is tested from { $min } answers on, by the exact binomial test of the two counts (p < 0.05); when it is not significant both are shown (e.g. I/O); below { $min } answers: too few answers to test. Fong's inequality |a − b| ≥ 1.65 · √((a + b)(2n − a − b) / (2n)) is given as a screen only (with truly tied leaders it calls a winner more often than its nominal 10%).
kano-method-continuous = Continuous analysis (DuMouchel): functional Like 4, Must-be 2, Neutral 0, Live-with −1, Dislike −2; dysfunctional Like −2, Must-be −1, Neutral 0, Live-with 2, Dislike 4; means and sample SDs over the respondents with both answers; importance 1–9 over those who rated it.
kano-method-small = Fewer than { $min } answers to a feature: the category is fragile, it is flagged ⚠ beside the category and the report warns.
kano-method-order = Order of what to do: must-be first (largest |Worse| first), then one-dimensional and attractive by Better (largest first), then indifferent, reverse, questionable.
kano-method-segments = Segments: the same figures per value of the segment field (--by), or per role; past { $max } values the rest are pooled.
kano-eval-intro = Evaluation table in use:
kano-eval-corner = functional \ dysfunctional

## The completion screen.
kano-summary-label = { $category }:
kano-summary-first = First: { $step }
kano-summary-small = Fewer than { $min } answers per feature: treat the categories as a first look.
