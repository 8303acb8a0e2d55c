## The full-screen runner: the question screen, its dialogs and lists, the completion screen.
## Padding around titles and badges is added by the code.

tui-not-applicable = Not applicable
tui-unanswered = unanswered
tui-note = Note
tui-audience = answered by { $roles }
tui-list-separator = {", "}
tui-label = { $label }: { $text }
# A question as a person names it, with the id that finds it in the YAML: its group (an experience, a dimension) or section, its number there, the id.
tui-question-label = { $name } { $n } ({ $id })
# The same for a question alone in its group or section, or a Kano feature.
tui-question-named = { $name } ({ $id })
tui-kano-has = IF IT HAS THE FEATURE
tui-kano-has-not = IF IT DOES NOT HAVE THE FEATURE
tui-kano-importance = IMPORTANCE
tui-kano-importance-question = How important is "{ $feature }" to you?
tui-kano-part-has = has it
tui-kano-part-has-not = does NOT have it
tui-kano-part-importance = importance
tui-pair-part-expected = Expectations (excellent firms)
tui-pair-part-perceived = Perceptions (this organisation)
tui-pair-part-adequate = Adequate service (the least you accept)
tui-pair-part-desired = Desired service (what you hope for)
tui-allocation-total = Total { $sum } of { $total }
tui-allocation-exact = Adds up to { $total }: press Enter to confirm
tui-allocation-left = { $left } points left to reach { $total }
tui-allocation-over = { $over } points over { $total }: take some away
tui-text-placeholder = (type your answer)
tui-text-idle = Press Enter to type your answer
tui-rubric-hint = Move the highlight to read a level in full

tui-refused-off-scale = { $value } is not on this scale: choose { $min }–{ $max }
tui-refused-na = This question needs an answer: not applicable is not offered
tui-refused-sum = Not saved: the points add up to { $sum }, and they must add up to { $total }
tui-refused-count = { $given } numbers given; there are { $parts } parts, one number each
tui-refused-not-a-point = This question is not answered with a scale point
tui-choose-first = Choose an answer first: a digit, or ↑/↓ then Enter
tui-no-digits = Digits do not answer this question: see the keys below
tui-note-saved = Note saved
tui-note-removed = Note removed
tui-too-small = Terminal too small: need { $need }, have { $have }.
tui-too-small-fix = Enlarge the window, or run with --plain.

tui-na-title = Not applicable
tui-na-prompt = Why does this question not apply? (optional; Enter to skip)
tui-overview-title = Go to a question
tui-overview-legend = ✔ answered ({ $answered }/{ $total })   · not yet
tui-review-title = Your answers

tui-complete-all = All { $n } questions answered. Thank you!
tui-complete-missing = { $missing } of { $n } questions not answered yet: press g to go to them
tui-summary-title = Summary
tui-saved-to = Saved to: { $path }

tui-respondent = { $name } ({ $role })
tui-answered = ✔ Question { $n }: { $answer } · e adds a note to it
tui-answered-back = ✔ Question { $n }: { $answer } · back to question { $back } · e adds a note to { $n }
tui-pending = { $first }… a second digit within a second makes { $range }; Enter answers { $first }; Esc takes it back
tui-note-title-step = Note on question { $n }: { $title }
tui-note-title-answered = Note on question { $n } (just answered): { $title }
tui-note-unsaved = Save the changes to this note? y or Enter saves; n drops them; Esc goes back to editing.
tui-note-discarded = Note not saved: the changes were dropped
tui-no-editor = No editor to open: set $EDITOR (or $VISUAL), e.g. export EDITOR=nano
tui-editor-failed = The editor did not run: { $error }
tui-go-to-number = Go to question { $n }: Enter
tui-report-title = Report
tui-report-position = lines { $first }–{ $last } of { $total }
tui-html-opened = HTML report written to { $path } and handed to your browser
tui-html-written = HTML report written to { $path }: open it in a browser
tui-html-failed = The HTML report was not written: { $error }
tui-complete-next = Enter or v shows the full report; o writes it as HTML and opens it in your browser.
tui-about-more = … (? shows all of it, with every key)

## Evidence (v) and confidence (c) on a question. The kind words are evidence-supports and
## evidence-contradicts (evidence.ftl), so screens and reports say the same thing.
tui-evidence-title-step = Evidence on question { $n }: { $title }
tui-evidence-title-answered = Evidence on question { $n } (just answered): { $title }
tui-evidence-none = No evidence yet.
tui-evidence-required = This question requires evidence.
tui-evidence-reference = Reference (a path, a URL or the words quoted):
tui-evidence-kind = Does it support or contradict the answer?
tui-evidence-delete = Delete the highlighted evidence? y or Enter deletes it; n or Esc keeps it.
tui-evidence-duplicate = This evidence is already recorded, with the same kind.
tui-evidence-empty = The evidence has no reference: give a path, a URL or the words quoted.
tui-evidence-long = The reference is { $chars } characters long; a reference is at most { $max }: point to the document instead of copying it.
tui-evidence-too-many = The answer already has { $max } pieces of evidence: remove one first, or point to a folder that holds them.
tui-evidence-no-question = There is no question '{ $id }' in this questionnaire.
tui-evidence-bad-kind = '{ $word }' is not an evidence kind: write supports or contradicts.
tui-evidence-bad-level = '{ $word }' is not a confidence level: write low, medium or high.
tui-evidence-added = ✔ Evidence on question { $n }: { $kind } · { $reference }
tui-evidence-removed = Evidence removed from question { $n }: { $kind } · { $reference }
tui-evidence-line = Evidence: { $n } ({ $supports } supports, { $contradicts } contradicts)
tui-evidence-missing = ⚑ Evidence required: none yet (v adds it)
tui-evidence-legend = ⚑ evidence required, missing: { $n }
tui-confidence-line = Confidence: { $level }
tui-confidence-title-step = Confidence in question { $n }: { $title }
tui-confidence-title-answered = Confidence in question { $n } (just answered): { $title }
tui-confidence-prompt = How sure is this answer?
tui-confidence-low = low
tui-confidence-medium = medium
tui-confidence-high = high
tui-confidence-none = none
tui-confidence-clear = none (clear it)
tui-confidence-set = ✔ Confidence in question { $n }: { $level }
tui-confidence-cleared = Confidence of question { $n } cleared
