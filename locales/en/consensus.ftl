## A consensus among raters in a pyramid or maturity report (`run --consensus`).

role-consensus = consensus
consensus-meta = { $items ->
    [one] Headline figures: the consensus agreed in the workshop on 1 disputed item, beside the { $raters } raters' own figures by role.
   *[other] Headline figures: the consensus agreed in the workshop on { $items } disputed items, beside the { $raters } raters' own figures by role.
}
consensus-method = { $items ->
    [one] Consensus: the headline figures count the rating agreed in the consensus workshop (consensus.yaml) in place of every rater's own on the 1 item agreed, and the raters' own ratings on the others; the role "consensus" shows these figures, the other roles the raters' own.
   *[other] Consensus: the headline figures count the ratings agreed in the consensus workshop (consensus.yaml) in place of every rater's own on the { $items } items agreed, and the raters' own ratings on the others; the role "consensus" shows these figures, the other roles the raters' own.
}
consensus-open = { $n ->
    [one] 1 disputed item has no agreed rating yet: its figures are the raters' own, two points or more apart. Settle it with `cxassess run <instrument> --consensus`.
   *[other] { $n } disputed items have no agreed rating yet: their figures are the raters' own, two points or more apart. Settle them with `cxassess run <instrument> --consensus`.
}
