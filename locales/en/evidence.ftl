## Evidence and confidence on answers (the shared notes section of every report), and the
## open points of `cxassess check`.

evidence-section = Notes, N/A reasons, evidence and confidence
evidence-supports = supports
evidence-contradicts = contradicts
evidence-by = { $by } · { $kind }
evidence-coverage = Evidence coverage
evidence-group = group
evidence-answers = answers
evidence-with = with evidence
evidence-share = share
evidence-supporting = supporting
evidence-contradicting = contradicting
evidence-missing = required, missing
evidence-all = All
evidence-confidence = Confidence
evidence-confidence-counts = { $n ->
    [one] 1 answer carries a confidence
   *[other] { $n } answers carry a confidence
}: { $low } low, { $medium } medium, { $high } high.
evidence-low-listed = Low-confidence answers: check them before reporting them as findings.
evidence-question = question
evidence-respondent = respondent
evidence-role = role

check-title = Open points
check-summary = { $n ->
    [0] No open points in { $files } file(s)
    [one] 1 open point in { $with } of { $files } file(s)
   *[other] { $n } open points in { $with } of { $files } file(s)
}
check-none = Nothing is open: every step is answered, every N/A has a reason, no answer is marked low confidence, and every answer that must carry evidence does.
check-kind = open point
check-kinds = What the open points mean
check-kind-partial = partial
check-kind-unanswered = unanswered
check-kind-na-without-reason = N/A without reason
check-kind-no-evidence = no evidence
check-kind-low-confidence = low confidence
check-means-partial = : the response is not complete; resume it with `cxassess run <instrument> --out FILE`.
check-means-unanswered = : a question of the respondent's role has no answer.
check-means-na-without-reason = : "not applicable" was given without saying why; add the reason (`{"{"}na: "…"{"}"}`).
check-means-no-evidence = : the questionnaire requires evidence for this answer, and it has none; add it under `evidence:`.
check-means-low-confidence = : the answer is marked low confidence; confirm it (and raise the confidence) or say so in the report.
