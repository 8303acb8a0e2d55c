## `cxassess agree`: agreement between raters.

agree-title = Agreement between raters — { $instrument }
agree-rater = { $name } ({ $role })
agree-raters = { $n ->
    [one] 1 rater: { $names }
   *[other] { $n } raters: { $names }
}
agree-alpha = Krippendorff's α (ordinal), all items
agree-alpha-detail = { $units } items rated by two or more · { $values } ratings paired
agree-band-reliable = reliable
agree-band-tentative = tentative
agree-band-unreliable = do not report one figure
agree-band-undefined = undefined
agree-verdict-reliable = The raters agree well enough to report one figure for the group (α ≥ 0.800).
agree-verdict-tentative = The raters agree only well enough for tentative conclusions (0.667 ≤ α < 0.800): settle the disputed items before reporting one stage or level.
agree-verdict-unreliable = The raters disagree too much to report one figure for the group (α < 0.667): report the roles side by side, and settle the disputed items in a workshop.
agree-verdict-undefined = α is undefined: no item was rated by two raters, or every rating is the same.
agree-by-group = By dimension
agree-group = group
agree-band = reading
agree-raters-column = raters
agree-units = items paired
agree-disputed = { $n ->
    [0] Disputed items
    [one] 1 disputed item, for the workshop
   *[other] { $n } disputed items, for the workshop
}
agree-none-disputed = No item's ratings span 2 points or more.
agree-item = item
agree-median = median
agree-min = min
agree-max = max
agree-sd = SD
agree-range = range
agree-ratings = ratings
agree-next-consensus = Settle them with `cxassess run <instrument> --consensus` in the engagement folder: it walks the disputed items with every rating and note side by side and records the agreed rating and its rationale.
agree-heat-map = Ratings, rater × item
agree-heat-map-desc = Each rater's rating of each item, 1 (red) to 5 (green), grouped by dimension; a dot where a rater gave no rating.
agree-items = Every item
agree-disputed-column = disputed
agree-method-alpha = Krippendorff's alpha for ordinal data (Krippendorff 2004; "Computing Krippendorff's Alpha-Reliability", 2011): items are the units, raters the coders; coincidences weight each pair of ratings within an item by 1/(m − 1), and disagreement uses the ordinal metric.
agree-method-bands = Reading (Krippendorff 2004): α ≥ 0.800 reliable; 0.667 ≤ α < 0.800 tentative conclusions only; below 0.667 do not report one figure for the group.
agree-method-disputed = An item is disputed when its ratings span { $span } points or more; disputed items are ranked by span, then standard deviation, then the number of ratings.
agree-method-missing = N/A and unanswered ratings are missing, never a value; an item rated by fewer than two raters does not enter α. A consensus response is not a rater.
