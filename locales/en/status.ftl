## `cxassess status`: who has answered what in an engagement.

status-meta = { $respondents ->
    [one] 1 respondent · questions answered of those asked; ✓ complete
   *[other] { $respondents } respondents · questions answered of those asked; ✓ complete
}
status-respondent = respondent
status-role = role
status-done = { $answered }/{ $asked } ✓
status-partial = { $answered }/{ $asked }
status-not-started = 0/{ $asked }
status-off-roster = (not on the roster)
status-total = total complete
status-total-cell = { $complete } of { $respondents }
status-waiting = { $n ->
    [one] Not started: { $names }
   *[other] Not started ({ $n }): { $names }
}
status-actions = Actions
status-action = action
status-owner = owner
status-due = due
status-state = status
status-overdue = overdue
action-open = open
action-in-progress = in progress
action-done = done
action-dropped = dropped
status-name = { $name } ({ $respondent })
