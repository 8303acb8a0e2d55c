# Problems in a CSV file of answers (response/csv*.rs), shown after the file's name and the place
# "row R, column C (header)". Each has a "what" and a "-fix" (shown after "fix:"). $value is a
# cell as written, already quoted and clipped; column names, ids and values are arguments and
# stay as written. NA (not applicable) is the word typed in cells.

## The file as a whole (response/csv.rs, csv/stream.rs, csv/stream/problems.rs).

err-csv-and-more = and more…: checking stopped at row { $row } after { $n } problems
err-csv-and-more-fix = fix these and run the command again to see the rest
err-csv-respondent-twice = respondent '{ $respondent }' is also on row { $row }
err-csv-respondent-twice-fix = give each row its own respondent, or leave the cell empty to name the row row-<n>
# $role is the role in the row; $audience lists the roles that answer the instrument $id.
err-csv-role = '{ $role }' does not answer { $id }: it is answered by { $audience }
err-csv-role-fix = import this row with the instrument a { $role } answers, or correct the role
# $out is the results file import would write; $size and $limit are in bytes.
err-csv-import-too-big = { $out } would be { $size } bytes with these { $n } responses, more than the { $limit } bytes a results file may have, so nothing was written: split the CSV and import the parts into separate results files (a report takes them all: `cxassess report a.yaml b.yaml`), or report on the CSV directly with `cxassess report --instrument { $id } FILE.csv`
err-csv-empty = the file has no header row (it is empty)
# $hint is err-csv-template-hint.
err-csv-empty-fix = the first row must name the columns; { $hint }
err-csv-no-header-row = the file has no header row
err-csv-cell-too-long = the cell is { $size } bytes long (it begins { $begins }); a cell holds at most { $limit } bytes
err-csv-cell-too-long-fix = check that this is the right file, and that every quote that opens a cell closes it
# Shown as the header of a column that has none.
err-csv-no-header = no header
err-csv-unnamed-column = { $value } is in a column without a header
err-csv-unnamed-column-fix = name the column (respondent, role or an answer path; { $hint }), or delete the value
err-csv-row-too-long = row { $row } is longer than { $limit } bytes, so reading stopped there
err-csv-row-too-long-fix = check that this is the right file, and that every quote that opens a cell closes it (an unclosed quote makes the rest of the file one cell)
err-csv-cell-not-utf8 = the cell is not UTF-8 text
err-csv-cell-not-utf8-fix = save the file as UTF-8 (in Excel: "CSV UTF-8"); a byte-order mark is fine
err-csv-row-length = row { $row } has { $len } cell(s) but the header row has { $expected }
err-csv-row-length-more-fix = remove the extra cells, or quote cells that contain the delimiter
err-csv-row-length-fewer-fix = add the missing cells (empty for unanswered), or quote cells that contain a line break
# After the CSV reader's own description of the error (English).
err-csv-not-csv-fix = check that the file is CSV
# The thread reading the file ended without finishing it (a bug).
err-csv-reading-stopped = reading the file stopped unexpectedly

## The header row (response/csv/columns.rs, csv/columns/target.rs).

# Shown as the header of a problem in the header row itself, or past the last column.
err-csv-header-row = header row
err-csv-beyond-header = beyond the header
# $spec is the instrument's id or file.
err-csv-template-hint = `cxassess template { $spec } --format csv` prints every column name
err-csv-too-many-columns = the header row has { $n } columns; cxassess reads at most { $max }
err-csv-too-many-columns-fix = check that this is the right file; { $hint }
# $n is the header's length in characters.
err-csv-header-too-long = the header is { $n } characters long (it begins { $begins }); a header names an answer path
err-csv-header-too-long-fix = check that the first row is the header row; { $hint }
err-csv-column-twice = column '{ $name }' names the same answer as column { $column } ('{ $other }')
err-csv-column-twice-fix = keep one of the two columns and delete the other
err-csv-columns-and-more = and more…: { $n } more column(s) were not checked after { $problems } problems
# $found lists the first headers of the file.
err-csv-no-answer-columns = the header row names no answer columns of { $id } (found: { $found })
err-csv-no-answer-columns-fix = the first row must name the answer columns; { $hint }
# $kind is a question type (kano, pair, allocation); $columns the columns it takes.
err-csv-column-parts = '{ $name }' is a { $kind } question with several parts, so it takes one column per part
err-csv-column-parts-fix = name the columns { $columns }
err-csv-column-unknown = unknown column '{ $name }': { $id } version { $version } has no such question or answer part
err-csv-column-unknown-suggest-fix = did you mean '{ $suggestion }'? Rename the column, or delete it; { $hint }
err-csv-column-unknown-fix = rename the column to an answer path of { $id }, or delete it; { $hint }
err-csv-column-single = question '{ $id }' takes a single value and has no part '{ $part }'
err-csv-column-single-fix = name the column '{ $id }'
err-csv-column-no-importance = feature '{ $id }' does not ask importance in { $instrument }
err-csv-column-no-importance-fix = delete the column, or add `importance: true` to the feature in the instrument
err-csv-column-part = question '{ $id }' has no part '{ $part }'
err-csv-column-part-suggest-fix = did you mean '{ $suggestion }'? its columns are { $columns }
err-csv-column-part-fix = its columns are { $columns }

## What a cell may hold, the fix of a bad cell (csv/columns.rs). Built from pieces: the number,
## then the labels or level names the scale has, then the end.

err-csv-hint-number = give a whole number from { $min } to { $max }
# $names are the level numbers with their names, e.g. 1 'Ad hoc'/'起步'.
err-csv-hint-level-names = { $hint } or a level name ({ $names })
# $labels are the scale's labelled points, e.g. 1 'Strongly disagree'/'非常不同意'.
err-csv-hint-labels = { $hint } or a label ({ $labels })
# $na is yes when the question accepts NA, no otherwise.
err-csv-hint-end = { $hint }{ $na ->
    [yes] , NA if not applicable,
   *[no] {""}
} or leave the cell empty if it was not answered

## One cell (response/csv/cells.rs, csv/row.rs, csv/extras.rs).

err-csv-outside-scale = { $value } is outside the scale { $min }–{ $max }
err-csv-not-whole = { $value } is not a whole number
err-csv-not-point-or-label = { $value } is neither a scale point nor a label of this scale
err-csv-not-kano-code = { $value } is not a Kano answer code (1–5)
err-csv-not-kano = { $value } is not a Kano answer
# The standard wordings are quoted as the program accepts them, in both languages.
err-csv-kano-fix = give a code 1–5 (1 like, 2 must-be, 3 neutral, 4 live-with, 5 dislike), one of those words, or a standard Kano wording such as 'I like it that way', 'This would be very helpful to me', 'I expect it' or '我喜欢'/'理所当然'/'无所谓'/'能忍受'/'我不喜欢'; leave the cell empty if it was not answered
err-csv-points-fix = give a number of points of 0 or more (e.g. 20 or 12.5), or leave the cell empty
err-csv-negative-points = { $value } is not a non-negative number of points
err-csv-not-points = { $value } is not a number of points
err-csv-na-not-allowed = '{ $id }' does not allow NA (not applicable)
err-csv-na-not-allowed-fix = give an answer, or leave the cell empty if it was not answered
# $part is importance (the 1–9 rating column) or answer (a Kano answer column).
err-csv-kano-na = NA is not { $part ->
    [importance] an importance rating
   *[other] a Kano answer
}, and feature '{ $id }' does not allow not applicable
err-csv-kano-na-fix = give { $part ->
    [importance] the importance (1–9)
   *[other] the answer (1–5 or a Kano wording)
}, or leave the cell empty if it was not answered
# $column and $header name the column that holds an answer.
err-csv-kano-na-mixed = NA here contradicts the answer in column { $column } ({ $header }): a Kano feature is either not applicable as a whole or answered
err-csv-kano-na-mixed-fix = write NA in every column of '{ $id }' (or leave the others empty), or give answers and no NA
err-csv-allocation-na-mixed = NA here contradicts the points in column { $column } ({ $header }): an allocation is either not applicable as a whole or split over its parts
err-csv-allocation-na-mixed-fix = give 0 points for a part that does not matter, or write NA in every part of the allocation
err-csv-allocation-sum = the points of '{ $id }' add up to { $sum }
err-csv-allocation-sum-fix = split { $total } points over the { $parts } parts (at least one part above 0), or leave every cell of '{ $id }' empty if it was not answered
err-csv-confidence = { $value } is not a confidence level
err-csv-confidence-fix = write low, medium or high, or leave the cell empty
# $value is the reason cell, quoted; $id the question.
err-csv-na-reason-not-na = a reason for N/A ({ $value }) is given, but the answer to '{ $id }' in this row is not N/A
err-csv-na-reason-not-na-fix = write NA in the answer column of '{ $id }' (#N/A in a text column), or leave the `{ $id }.na_reason` cell empty
# An evidence cell holds entries "supports: <ref>" or "contradicts: <ref>" separated by " | ".
err-csv-evidence-fix = write each piece as `supports: <ref>` or `contradicts: <ref>`, separated by ` | ` (a | inside a ref is written ||), or leave the cell empty
err-csv-evidence-too-many = the cell holds { $n } pieces of evidence; an answer has at most { $max }
# $n counts the entries of the cell from 1; $entry is the entry, quoted.
err-csv-evidence-no-kind = entry { $n } ({ $entry }) does not start with supports: or contradicts:
err-csv-evidence-kind = entry { $n } starts with { $word }, which is not supports or contradicts
# $what is one of the err-evidence-… messages below.
err-csv-evidence-entry = entry { $n }: { $what }

## Recording evidence and confidence (response/evidence.rs), from a cell or the runner.

err-evidence-no-reference = the evidence has no reference: give a path, a URL or the words quoted
err-evidence-long-reference = the reference is { $chars } characters long; a reference is at most { $max }: point to the document instead of copying it
err-evidence-answer-full = the answer already has { $max } pieces of evidence: remove one first, or point to a folder that holds them
err-evidence-no-question = there is no question '{ $id }' in this instrument
err-evidence-not-kind = '{ $word }' is not an evidence kind: write supports or contradicts
err-evidence-not-level = '{ $word }' is not a confidence level: write low, medium or high
