# Error messages: the frame every message shares (error.rs). The messages themselves are in
# errors-*.ftl by the part of cxassess that finds the problem.

# Where a problem is in a CSV file.
error-csv-place = row { $row }, column { $column } ({ $header })
# Before the way to fix a problem.
error-fix-label = fix:
# The runner was left with Ctrl-C.
error-interrupted = interrupted; answers saved to { $path }
# After a list of problems.
error-problems = { $n ->
    [one] 1 problem
   *[other] { $n } problems
}
