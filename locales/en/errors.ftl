# Error messages: the frame every message shares (error.rs). The messages themselves are in
# errors-*.ftl by the part of cxassess that finds the problem.

# A problem at its place in a CSV file: $what is what is wrong.
error-csv-place = row { $row }, column { $column } ({ $header }): { $what }
# How to fix a problem, on the line after it.
error-fix = fix: { $fix }
# The runner was left with Ctrl-C.
error-interrupted = interrupted; answers saved to { $path }
# After a list of problems.
error-problems = { $n ->
    [one] 1 problem
   *[other] { $n } problems
}
# Between the items of a list in a message (ids, names, values).
error-list-separator = {", "}
