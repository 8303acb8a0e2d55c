## The pulse report: NPS, CSAT and CES.

pulse-nps = Net Promoter Score
pulse-csat = Customer satisfaction (CSAT)
pulse-ces = Customer effort (CES 2.0)
pulse-no-answers = No NPS, CSAT or CES answers: every figure is n/a.
pulse-interval = 95% interval: { $low } to { $high }
pulse-interval-none = 95% interval: n/a
pulse-n = n = { $n }
pulse-nps-makeup = promoters { $promoters } ({ $promoters_share }) · passives { $passives } ({ $passives_share }) · detractors { $detractors } ({ $detractors_share })
pulse-csat-detail = { $satisfied } of { $n } answered 4–5 · mean { $mean } / 5
pulse-ces-detail = mean of 1–7 · easy (5–7) { $easy } of { $n } = { $share }
pulse-ces-value = { $mean } / 7
pulse-detractors = detractors 0–6
pulse-passives = passives 7–8
pulse-promoters = promoters 9–10
pulse-nps-makeup-title = NPS make-up
pulse-nps-makeup-caption = Share of detractors, passives and promoters.
pulse-nps-answers = Answers per point, 0–10
pulse-nps-answers-desc = How many respondents gave each answer from 0 to 10.
pulse-nps-answers-caption = Answers per point of the 0–10 likelihood-to-recommend scale.
pulse-nps-intervals = NPS with 95% intervals
pulse-nps-intervals-desc = Point estimate and adjusted-Wald 95% interval, −100 to +100.
pulse-nps-intervals-caption = NPS with its 95% interval (adjusted Wald), on −100 to +100.
pulse-csat-answers = Satisfaction answers, 1–5
pulse-csat-answers-desc = How many respondents gave each answer from 1 to 5.
pulse-csat-answers-caption = Answers per point; 4 and 5 (green) count as satisfied.
pulse-csat-intervals = CSAT with 95% intervals
pulse-csat-intervals-desc = Share satisfied with its Wilson 95% interval, 0 to 100.
pulse-csat-intervals-caption = CSAT with its 95% Wilson interval, 0 to 100.
pulse-ces-answers = Effort answers, 1–7
pulse-ces-answers-desc = How many respondents gave each answer from 1 to 7.
pulse-ces-answers-caption = Answers per point of “made it easy for me”; 5–7 (green) count as easy.
pulse-ces-intervals = CES mean with 95% intervals
pulse-ces-intervals-desc = Mean agreement with its Student-t 95% interval, 1 to 7.
pulse-ces-intervals-caption = CES mean with its 95% t interval, 1 to 7.
pulse-all-respondents = all respondents
pulse-role-label = { $role } (n={ $n })
pulse-by-role = By role
pulse-role = role
pulse-why = Why they gave their score
pulse-group-promoters = Promoters (9–10)
pulse-group-passives = Passives (7–8)
pulse-group-detractors = Detractors (0–6)
pulse-group-unrated = No NPS answer
pulse-reason-by = { $respondent } ({ $nps })
pulse-step-collect = There are no NPS, CSAT or CES answers yet: collect some with `cxassess run pulse`, or report a survey export with `cxassess report FILE.csv --instrument pulse`.
pulse-step-detractors = { $n ->
    [one] Contact the detractor within a week and close the loop on what went wrong; their reason is listed above.
   *[other] Contact the { $n } detractors within a week and close the loop on what went wrong; their reasons are listed above.
}
pulse-step-passives = { $n ->
    [one] Ask the passive what would make them recommend you: they are the closest to becoming a promoter.
   *[other] Ask the { $n } passives what would make them recommend you: they are the closest to becoming promoters.
}
pulse-step-effort = { $hard } of { $n } did not find it easy to handle their issue (CES 1–4): trace the steps those issues took and remove the hardest one.
pulse-step-csat = { $unsatisfied } of { $n } were not satisfied (CSAT 1–3): read their answers beside the NPS reasons to find the common cause.
pulse-step-noise = With { $n } answers in each of two waves, a change of NPS smaller than about { $difference } points is within the noise (the 95% critical difference between two independent waves): collect more answers before acting on a trend.
pulse-step-repeat = Repeat the pulse on a fixed rhythm and compare runs with `cxassess diff OLD NEW` and `cxassess trend FILES…`.
pulse-counted-as = This answer counts as { $group }.
pulse-a-promoter = a promoter
pulse-a-passive = a passive
pulse-a-detractor = a detractor
pulse-method-nps = NPS: answers 9–10 are promoters, 7–8 passives, 0–6 detractors; NPS = % promoters − % detractors (−100 to +100), with passives in the total.
pulse-method-nps-interval = NPS 95% interval: adjusted Wald (Rocks 2016) — ¾ of a promoter, ¾ of a detractor and 3 to n are added before the interval of the difference of two proportions is taken; it stays meaningful when every answer falls in one group.
pulse-method-csat = CSAT = share answering 4 or 5 on the 1–5 scale, × 100; 95% Wilson score interval.
pulse-method-ces = CES 2.0: mean agreement on the 1–7 scale and the share answering 5–7 (easy); 95% Student-t interval of the mean. CES 1.0 (1–5 effort) is never mixed in.
pulse-method-intervals = Intervals need at least 2 answers; the CES interval also needs answers that differ. Without answers every figure is n/a, never 0.
pulse-method-unscored = '{ $metric }' is asked on a { $min }–{ $max } scale, not the scale the metric is defined on; it is not scored.
pulse-method-reasons-omitted = The report lists the first { $kept } reasons per group; { $omitted } more were counted but not listed.
pulse-ces-easy = CES share easy (5–7)
