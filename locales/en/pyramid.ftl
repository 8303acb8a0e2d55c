## The experience pyramid report: tiers, experiences, viewpoints, priorities and where to start.

## Tier names: one per tier, in headings and tables…
pyramid-tier-basic = Basic
pyramid-tier-performance = Performance
pyramid-tier-excitement = Excitement
pyramid-tier-other = Other
## …and inside a sentence.
pyramid-tier-inline-basic = { -tier-basic }
pyramid-tier-inline-performance = { -tier-performance }
pyramid-tier-inline-excitement = { -tier-excitement }
pyramid-tier-inline-other = other

pyramid-none = none
pyramid-achieved = achieved
pyramid-not-achieved = not achieved
pyramid-coverage = ({ $k } of { $of } experiences)
pyramid-score-flag = { " " }{ $flag }
pyramid-pass-mark = pass mark { $pass }
pyramid-level-reached = level reached: { $level }

pyramid-drawing-title = Experience pyramid
pyramid-drawing-caption = Solid: tier achieved (every experience at or above the pass mark, and the tier below achieved). Pale and hatched: not achieved.
pyramid-roles-drawing-title = The pyramid as each role sees it
pyramid-roles-drawing-desc = One pyramid per role, basic tier at the bottom; solid tiers are achieved.
pyramid-roles-drawing-caption = Each role's answers scored on their own: solid tiers are achieved in that view.
pyramid-role-level = { $role } — level: { $level }

pyramid-warning-title = Foundation warning
pyramid-warning = { $higher } scores { $higher_score } but { $lower } ({ $lower_score }) is not achieved: meet the lower tier first — customers notice a missing foundation at once.

pyramid-tiers = Tiers
pyramid-tier = tier
pyramid-score = score
pyramid-interval = 95% interval
pyramid-status = status
pyramid-no-interval-one = n/a (1 answer)
pyramid-no-interval-equal = n/a (all equal)
pyramid-no-interval-partial = n/a (incomplete)

pyramid-experiences = Experiences
pyramid-experience = experience
pyramid-pass = pass
pyramid-importance = importance
pyramid-sd = SD
pyramid-spans-note = † The 95% interval contains the pass mark: these answers do not yet show whether the experience passes.
pyramid-chart-title = Experience scores, 0–100
pyramid-chart-desc = One bar per experience, grouped by tier; the dashed line is the pass mark.
pyramid-chart-caption = Score 0–100 per experience in its tier's colour; red bars are below the pass mark.

pyramid-viewpoints = Viewpoints side by side
pyramid-level-row = level reached
pyramid-gap-vs = gap vs { $role }
pyramid-gaps-intro = Perception gap: the customer score minus each role's score.
pyramid-gap-note = Gap = customer score − the other role's score; ▼ where customers experience at least 10 points less than the role believes.
pyramid-roles-chart-title = Experience scores by role
pyramid-roles-chart-desc = Each experience's score as each role sees it.
pyramid-roles-chart-caption = The same experiences scored by each role, 0–100.

pyramid-step-priority = { $name } ({ $tier }) scores { $score } — { $shortfall } points below the pass mark.
pyramid-step-priority-weighted = { $name } ({ $tier }) scores { $score } — { $shortfall } points below the pass mark; importance { $importance } (weighted shortfall { $weight }).
pyramid-step-priority-imputed = { $name } ({ $tier }) scores { $score } — { $shortfall } points below the pass mark; nobody rated its importance, so it is ranked at the scale's midpoint.
pyramid-step-start = { $step } Work first on its weakest statements: each is listed below with an action.
pyramid-step-unanswered = { $name } ({ $tier }) has no answers yet — assess it.
pyramid-step-collect = There are no answers yet: collect some with `cxassess run pyramid`, from managers and from customers.
pyramid-step-all-pass = Every experience meets the pass mark. Keep measuring each quarter, and compare the customer view with the managers' view.
pyramid-step-gap = Customers rate { $names } at least 10 points lower than the { $role } view does: go through these experiences with that team, using customers' own accounts, before planning from the inside view.
pyramid-step-uncertain = For { $names } the 95% interval contains the pass mark: ask more respondents before deciding whether they pass.
pyramid-step-customers = No customer has answered yet: ask customers to answer the same questionnaire (role `customer`), so their view stands beside yours.
pyramid-step-repeat = Re-assess with the same questionnaire once the changes have had time to work (for example next quarter), and compare the results with `cxassess diff OLD NEW`.

pyramid-names-separator = {", "}
pyramid-start-heading = { $name } ({ $score }): where to start
pyramid-statement = statement
pyramid-action = what to do

pyramid-method-experience = Experience score = (mean of answered items − 1) / 4 × 100 on 1–5 items (0–100); importance questions are not part of it.
pyramid-method-tier = Tier score = mean of its experiences' scores; an experience nobody answered is left out of the mean, and the tier then says how many experiences it averages (e.g. "3 of 4 experiences").
pyramid-method-achieved = A tier is achieved when every experience in it scores at least { $pass } (the pass mark) and the tier below is achieved; an experience nobody answered blocks its tier.
pyramid-method-foundation = Foundation warning: a higher tier scoring above a lower tier that is not achieved.
pyramid-method-priorities = Priorities: experiences below the pass mark, lowest tier first, then by shortfall × mean importance (1–5) where importance was asked, else by shortfall; an experience whose importance nobody rated counts at the scale's midpoint (3), and one nobody answered comes last in its tier with no shortfall (assess it first).
pyramid-method-statements = Where to start: for each experience below the pass mark, its statements scoring below the pass mark, lowest first, at most { $max } (the lowest one when none is below); a statement's score is the mean of its answers on the experience's 0–100 scale. The action beside it is the questionnaire's improvement action for that statement.
pyramid-method-intervals = 95% intervals: Student t on the respondents' experience scores (n ≥ 2, scores that vary), cut to 0–100; a tier's interval is t on the respondents' tier scores, given only when every respondent counted in the tier scored all its experiences. † marks an interval that contains the pass mark.
pyramid-method-gap = Perception gap = customer score − the other role's score (negative: customers experience less than the role believes).
pyramid-method-tiers = The tiers are the pyramid's basic, performance and excitement experiences; the experience–loyalty model calls the same three tiers basic, performance and incentive experiences.

pyramid-summary-level = Level reached: { $level }
pyramid-summary-first = First priority: { $name }
pyramid-summary-action = Start with: { $action }
pyramid-summary-warning = Foundation warning: a higher tier outscores an unachieved lower tier.
pyramid-target-reached = Target: { $tier } — reached.
pyramid-target-open = Target: { $tier } — not reached yet.
