## The SERVQUAL report: expectations, perceptions and the gap per dimension; SERVPERF (perceptions
## only); the zone of tolerance (adequate, desired and perceived service).

servqual-variant-servqual = SERVQUAL: gap = perception − expectation
servqual-variant-servperf = SERVPERF: perceptions only
servqual-variant-zone = zone of tolerance: adequate, desired and perceived service
servqual-meta = { $variant } · scale { $min }–{ $max }
servqual-zone-below = below the zone
servqual-zone-within = within the zone
servqual-zone-above = above the zone
servqual-zone-short-below = below
servqual-zone-short-within = within
servqual-zone-short-above = above

## Headline figures.
servqual-what-gap = gap
servqual-what-perception = perception score
servqual-what-mss = MSS
servqual-overall-unweighted = Overall { $what }, unweighted (mean of the { $k } dimension figures)
servqual-overall-weighted = Overall { $what }, weighted by each respondent's own importance
servqual-overall-shortcut = Aggregate shortcut Σ mean(w)·dimension — a different statistic
servqual-overall-msa = Overall MSA (P − A), unweighted
servqual-overall-msa-weighted = Overall MSA (P − A), weighted
servqual-only-dimensions = only { $k } of { $all } dimensions have answers
servqual-weighted-n = n = { $n } of { $of }
servqual-interval = 95% interval: { $interval }
servqual-no-interval = 95% interval: n/a (needs 2 respondents whose figures differ)
servqual-no-interval-unweighted = no interval: a mean of dimension figures has no respondent-level score
servqual-small-n = indicative: fewer than { $min } respondents
servqual-weighted-short = weighted overall

## Dimensions.
servqual-dimensions = Dimensions
servqual-col-dimension = dimension
servqual-col-gap = gap
servqual-col-interval = 95% interval
servqual-col-p-interval = P 95% interval
servqual-col-test = paired t test
servqual-col-test-msa = t test of MSA
servqual-col-test-mss = t test of MSS
servqual-col-weight = weight /100
servqual-col-zone = zone
servqual-test = t { $t }, df { $df }, p = { $p }
servqual-test-tiny-p = t { $t }, df { $df }, p < 0.001
servqual-too-few-to-test = too few answers to test (n < { $min })
servqual-bars-servqual = Expectations (E) and perceptions (P)
servqual-bars-servperf = Perceptions (P)
servqual-chart-title = Expectations and perceptions by dimension
servqual-chart-title-servperf = Perceptions by dimension
servqual-chart-desc = { $name }: E { $e }, P { $p }, gap { $gap }
servqual-chart-desc-servperf = { $name }: P { $p }
servqual-series-e = Expectation (E)
servqual-series-p = Perception (P)
servqual-caption-servqual = Mean expectation and perception per dimension, respondent first.
servqual-caption-servperf = Mean perception per dimension, respondent first.
servqual-caption-zone = The band runs from adequate to desired service; the dot is perceived service.
servqual-zone-title = Zone of tolerance by dimension
servqual-zone-heading = Zone of tolerance: ▒ from adequate (A) to desired (D), ● perceived (P)
servqual-zone-desc = { $name }: A { $a }, D { $d }, P { $p } ({ $position })
servqual-zone-legend-band = zone: adequate to desired
servqual-zone-legend-within = perceived, within
servqual-zone-legend-below = perceived, below
servqual-zone-legend-above = perceived, above

## Reliability and item diagnostics.
servqual-reliability = Reliability of the scales
servqual-col-alpha-e = α E
servqual-col-alpha-d = α D
servqual-col-alpha-p = α P
servqual-col-alpha-gap = α gap
servqual-col-alpha-mss = α MSS
servqual-col-cases = complete cases
servqual-alpha-too-few = n < { $min }
servqual-what-expectations = expectations
servqual-what-perceptions = perceptions
servqual-what-gaps = gaps
servqual-alpha-negative = α of the { $name } { $what } is negative ({ $alpha }, { $n } respondents): its items do not hang together for these respondents — check the wording, reverse-keyed answers and data entry.
servqual-alpha-too-few-cases = α of { $name } is not shown: { $cases ->
    [one] 1 respondent answered
   *[other] { $cases } respondents answered
} every item, and α needs { $min }.
servqual-alpha-no-variance = α of { $name } is undefined: the answers to its items do not vary.
servqual-diagnostics = Which item breaks a scale
servqual-diagnostics-intro = Per dimension with at least { $min } complete cases, on the { $scale } scale: the corrected item–total correlation (the item against the sum of the other items) and α if the item were deleted. An item whose deletion raises α, or whose correlation is below 0.30, does not measure what the others measure: read it on its own.
servqual-diagnostics-none = Item diagnostics (item–total correlation, α if deleted) need at least { $min } respondents who answered every item of a dimension; the most complete dimension has { $cases }.
servqual-col-item = item
servqual-col-item-total = item–total r
servqual-col-alpha-deleted = α if deleted
servqual-col-reading = reading
servqual-diagnostic-group = { $name }: α { $alpha }, { $cases } complete cases
servqual-fit-raises = raises α when deleted
servqual-fit-weak = weak link (r < 0.30)
servqual-fit-ok = fits

## Roles and items.
servqual-by-role = By role
servqual-role-head = { $role } (n={ $n })
servqual-items-gap = Items, worst gap first
servqual-items-perception = Items, lowest perception first
servqual-col-rank = #
servqual-col-statement = statement

## What to do next.
servqual-step-none = No respondent has a complete item yet: collect answers (both batteries) before reading anything into this report.
servqual-step-first = Start with { $name } ({ $figure }, n={ $n }): its weakest items are { $items }.
servqual-step-then = Then { $name } ({ $figure }, n={ $n }): its weakest items are { $items }.
servqual-step-important = { $step } Customers also give it the most importance ({ $weight } of 100 points on average).
servqual-step-item = { $id } ({ $figure })
servqual-step-zone-figure = MSA { $msa } · MSS { $mss }
servqual-step-keep = Perceptions meet or exceed expectations in every dimension: keep the service level and measure again each quarter.
servqual-step-why = Find out why: have managers and front-line staff answer the `gaps` questionnaire, then run `cxassess report CUSTOMERS.yaml STAFF.yaml` (the customer results, then the gaps results) for the five-gap report (gaps 1–4 and their drivers).
servqual-step-low-alpha = Some dimensions have a gap α below 0.70: read their gap as a set of separate items rather than one score.
servqual-step-low-alpha-servperf = Some dimensions have a perception α below 0.70: read their score as a set of separate items rather than one score.
servqual-step-breaks = In { $name }, { $item } does not hang together with the other items (α { $alpha } without it, { $with } with it): check its wording and read it on its own.
servqual-step-small-n = With { $n } respondents the figures are indicative: survey at least { $min } customers before acting on small differences.

## Method.
servqual-method-gap = Item gap = perception − expectation (P − E), always in that order: a negative gap is a shortfall. A gap exists only when the respondent gave both E and P for the item (pairwise); N/A is neither.
servqual-method-respondent-first = Respondent first: a respondent's dimension gap is the mean of their valid item gaps in it; a dimension's gap is the mean over respondents; its n counts the respondents with at least one valid item gap.
servqual-method-unweighted = Unweighted overall gap = mean of the dimension gaps — not the mean of the 22 item gaps.
servqual-method-pairs = Mean E and mean P are taken over the same valid pairs as the gap, so P − E equals the gap exactly.
servqual-method-servperf = SERVPERF: perceptions only. A respondent's dimension score is the mean of their answered P items in it; a dimension's score is the mean over respondents (respondent first); the overall score is the mean of the dimension scores, weighted the same way as SERVQUAL's gap.
servqual-method-zone = Zone of tolerance: MSA = P − A (adequacy) and MSS = P − D (superiority) per item, over items where the respondent gave all three of adequate, desired and perceived; respondent first as for SERVQUAL. MSS is the headline gap (the desired level plays the part of the expectation).
servqual-method-zone-position = An answer is below the zone when P < A, above it when P > D, and within otherwise — P = D is within. A dimension is placed by its mean MSA (below when negative) and mean MSS (above when positive). Classification uses full precision, before any rounding.
servqual-method-weights = Weights are each respondent's own: w = points / { $total }. An allocation that does not add up to { $total } is renormalised (w = points / its sum); an allocation with a missing part or only zeros is not used. Published average weights are never substituted.
servqual-method-weighted = Weighted overall = mean over respondents of Σ w × the respondent's dimension gap, only for respondents with a usable allocation and a gap in every dimension. The aggregate shortcut Σ mean(w) × dimension gap is a different statistic and is labelled so.
servqual-method-renormalised = { $n } allocation(s) did not add up to { $total } and were renormalised.
servqual-method-unusable = { $n } allocation(s) had a missing part or only zeros and were not used.
servqual-method-incomplete = { $n ->
    [one] 1 usable allocation belongs to a respondent without a gap in every allocated dimension, so it does not enter the weighted figure.
   *[other] { $n } usable allocations belong to respondents without a gap in every allocated dimension, so they do not enter the weighted figure.
}
servqual-method-alpha = Cronbach's α per dimension (for E, P and the gap) over the respondents who answered every item of the dimension (listwise). A negative α is shown with ! and flagged; α is not shown below { $min } such respondents (n < { $min }) and is undefined (n/a) when the answers do not vary — never clamped. 0.70 is the usual threshold.
servqual-method-t = Paired t per dimension: the respondents' dimension gaps against 0, t = mean / (sd / √n), df = n − 1, exact two-sided p; * marks p < 0.05. Below { $min } respondents no test is made and the report says "too few answers to test".
servqual-method-intervals = 95% intervals: Student t on the respondents' dimension gaps (perceptions for SERVPERF) and on their weighted overall; an interval past the possible range is cut to it and marked. An interval needs 2 respondents whose figures differ.
servqual-method-diagnostics = Item diagnostics per dimension, on the headline scale: the corrected item–total correlation and α if the item is deleted, from { $min } listwise-complete respondents on.
servqual-method-ranking = Items are ranked by their mean gap, worst first; items whose gaps are exactly equal keep questionnaire order. Means, SDs and α are computed from exact sums of the whole-number answers, so they do not depend on the order of the rows. Figures keep full precision and are rounded only for display, an exact tie to the even digit (0.125 shows as 0.12).
servqual-largest-shortfall = Largest shortfall: { $name }
servqual-summary-line = { $label }: { $value }
