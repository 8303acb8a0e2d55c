## The engagement report (`cxassess report DIR`).

engagement-title = Engagement report — { $title }
engagement-meta = { $instruments ->
    [one] 1 instrument
   *[other] { $instruments } instruments
} · { $responses ->
    [one] 1 response
   *[other] { $responses } responses
}
engagement-anonymized = Respondents are shown by role code (manager 1, customer 2 …), not by name.
engagement-summary = Executive summary
engagement-fivegap = Five-gap model
engagement-actions-summary = { $n ->
    [one] 1 agreed action
   *[other] { $n } agreed actions
}{ $overdue ->
    [0] , none overdue.
   *[other] , { $overdue } overdue.
}
engagement-voices = Voices: notes and N/A reasons
engagement-method = This report gathers every results file of the engagement folder: each instrument's files are merged respondent first (a respondent in two files of one instrument is refused), each part is the report `cxassess report` gives for that instrument alone, and the five-gap model combines the servqual and gaps files.
