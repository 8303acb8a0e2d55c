## The plain line mode (`--plain`), and the messages printed once the terminal is given back.

tui-plain-heading = { $heading }:
tui-plain-intro = { $n ->
    [one] { $title }: 1 question. Each answer is saved to { $path } as soon as it is given.
   *[other] { $title }: { $n } questions. Each answer is saved to { $path } as soon as it is given.
}
tui-plain-intro-answers = { $n ->
    [one] { $title }: 1 question ({ $steps } answers). Each answer is saved to { $path } as soon as it is given.
   *[other] { $title }: { $n } questions ({ $steps } answers). Each answer is saved to { $path } as soon as it is given.
}
tui-plain-intro-others = { $n ->
    [one] 1 more question is for other roles and is not asked here.
   *[other] { $n } more questions are for other roles and are not asked here.
}
tui-plain-resuming = Resuming: { $answered } of { $total } answered; continuing at the first unanswered question.
tui-plain-na = n = not applicable
tui-plain-back = b = back
tui-plain-quit = q = quit
tui-plain-skip = Enter = skip
tui-plain-kano = 1 I like it, 2 I expect it, 3 I am neutral, 4 I can live with it, 5 I dislike it (number or words)
tui-plain-allocation = numbers for { $parts }, in this order, separated by spaces, adding up to { $total }
tui-plain-text = type your answer
tui-plain-not-point = '{ $input }' is not an answer here: type a whole number from { $min } to { $max }
tui-plain-not-kano = '{ $input }' is not a Kano answer: type 1–5 or like, must-be, neutral, live-with, dislike
tui-plain-not-numbers = '{ $input }' is not a list of numbers
tui-plain-at-start = This is the first question.
tui-plain-current = current answer: { $answer }
tui-plain-unanswered = { $n ->
    [one] 1 question is still unanswered; run the same command again to answer it.
   *[other] { $n } questions are still unanswered; run the same command again to answer them.
}
tui-plain-choose = Type a number and Enter (q = quit):
tui-plain-bad-choice = '{ $input }' is not one of the numbers listed
tui-plain-name = Your name or code:
tui-plain-role = Role (manager, staff, customer, consultant or any word; Enter = none):

tui-saved = Saved { $answered }/{ $total } answers to { $path }
tui-resume-hint = Resume with: cxassess run { $instrument } --out { $path }
tui-plain-output-closed = the output was closed ({ $error }), so no further question can be shown: stopped; answers without prompts go through `cxassess fill`
tui-no-terminal = the full-screen runner needs a terminal on stdin and stdout: use --plain (or set ACCESSIBLE=1) to answer line by line, or `cxassess fill` to write a results file from an answers file

tui-plain-evidence = v = evidence
tui-plain-confidence-key = c = confidence
tui-plain-evidence-required = evidence required
tui-plain-evidence-reference = Evidence: its reference (a path, a URL or the words quoted; Enter = cancel):
tui-plain-evidence-kind = Does it support or contradict the answer? s = supports, c = contradicts (Enter = cancel):
tui-plain-evidence-not-kind = '{ $input }' is neither: type s (supports) or c (contradicts)
tui-plain-confidence = Confidence: low, medium, high or none (l, m, h, n or 1, 2, 3, 0; Enter = leave it as it is):
tui-plain-confidence-not-level = '{ $input }' is not a confidence: type low, medium, high or none (or l, m, h, n, or 1, 2, 3, 0)
