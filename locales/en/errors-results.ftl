# Problems in a results file, the YAML file of answers (response/read*.rs). Each problem has a
# "what" and a "-fix" (shown after "fix:"). Field names, ids and values quoted from the file are
# arguments and stay as written; YAML keys the user types stay in ASCII. $format is the first line
# a results file must have (cxassess-results/1).

err-results-not-mapping = a results file is a mapping with format, instrument and responses
err-results-not-mapping-fix = start the file with `format: { $format }`
err-results-field-twice = the field '{ $field }' is written twice
err-results-field-unknown = unknown field '{ $field }'
err-results-field-unknown-fix = a results file has format, instrument, assessment and responses
err-results-documents = deserializing from YAML containing more than one document is not supported
err-results-documents-fix = keep one document in the file (remove the `---` line and what follows)
err-results-no-format = this is not a cxassess results file (no `format:` line)
err-results-no-format-fix = start the file with `format: { $format }`; an instrument file is checked with `cxassess validate` too
err-results-format = format is '{ $format }'
err-results-format-fix = a results file starts with `format: { $format }`
err-results-format-not-text = `format:` is not text
err-results-no-instrument = the results file does not say which instrument it is for
err-results-no-instrument-fix = add `instrument:` with `id:`, `version:` and `source: builtin`
err-results-no-id = the instrument has no `id`
err-results-no-id-fix = add `id:` (e.g. pyramid)
err-results-no-version = the instrument has no valid `version`
err-results-no-version-fix = add `version:` with the instrument's version number, e.g. 1

## The instrument the results name (response/read/source.rs). $source is the `source:` value.

err-results-builtin-unknown = built-in instrument '{ $id }' version { $version } is unknown
err-results-builtin-unknown-fix = built-in ids are { $ids }; a custom instrument names its file under `source:`
err-results-builtin-version-fix = this cxassess has version(s) { $versions } of '{ $id }'; use a newer cxassess to read this file
# $held and $held_version are the id and version the instrument file actually holds.
err-results-instrument-mismatch = the results are for '{ $id }' version { $version }, but '{ $source }' holds '{ $held }' version { $held_version }
err-results-instrument-mismatch-fix = point `source:` at the instrument file the answers were given against
# $was and $now are the start of the two digests (fingerprints of the file).
err-results-instrument-changed = the instrument '{ $source }' changed since these answers were given (digest { $was } ≠ { $now })
err-results-instrument-changed-fix = restore the instrument file the answers were given against (e.g. from git), or raise its version and keep the old file for these results
err-results-source-not-found = the instrument file '{ $source }' was not found
err-results-source-not-found-fix = put the instrument file at that path (relative to the current folder or to the results file), or correct `source:`
err-results-source-fix = point `source:` at the instrument file the answers were given against; `cxassess validate { $source }` says what is wrong with that file
err-results-source-not-regular = the instrument '{ $source }' is not a regular file
err-results-source-unreadable = the instrument file '{ $source }' could not be read
err-results-source-not-text = '{ $source }' is not an instrument file (too large, or not UTF-8 text)
# $place is one of the two err-results-place-… messages.
err-results-source-invalid = '{ $source }' is not a valid instrument file ({ $n } problem(s), the first at { $place })
err-results-place-line-column = line { $line }, column { $column }
err-results-place-top = the top of the file

## One response and its answers (response/read/respond.rs). $instrument and $version name the
## instrument the results are for.

err-results-responses-list = `responses` must be a list
err-results-responses-list-fix = write each respondent as an item starting with `- respondent: …`
err-results-response-mapping = a response must be a mapping
err-results-response-mapping-fix = start it with `- respondent: …`
err-results-complete = `complete` must be true or false
err-results-complete-fix = write complete: true or complete: false
err-results-field-single = respondent field '{ $field }' must be a single value
err-results-field-single-fix = write it on one line, or move it under notes
err-results-carried-list = `carried` must be a list of question ids
err-results-carried-list-fix = write carried: [respect.1, respect.2], or remove it
err-results-carried-no-answer = '{ $id }' is listed as carried over but has no answer
err-results-carried-no-answer-fix = remove it from carried, or give its answer
err-results-carried-unknown = carried answer '{ $id }' is not a question of { $instrument } version { $version }
err-results-carried-unknown-fix = correct the id or remove it from carried
err-results-carried-id = a carried answer is named by its question id
err-results-carried-id-fix = write the question id, e.g. respect.1
err-results-duplicate-key = duplicate entry with key '{ $key }'
err-results-no-question = no question '{ $id }' in { $instrument } version { $version }
err-results-no-question-fix = correct the id or remove the answer; `cxassess template` lists the ids
# $what is what is wrong with the answer (one of the err-answer-… messages).
err-results-answer-to = answer to '{ $id }': { $what }
err-results-answers-mapping = `answers` must be a mapping of question id to answer
err-results-answers-mapping-fix = e.g. answers: {"{"}respect.1: 4{"}"}
err-results-note-unknown = note on '{ $id }', which is not a question of { $instrument }
err-results-note-unknown-fix = correct the id or remove the note
err-results-note-text = a note must be text
err-results-note-text-fix = quote the note
err-results-notes-mapping = `notes` must be a mapping of question id to text
err-results-notes-mapping-fix = e.g. notes: {"{"}respect.1: "…"{"}"}
err-results-assessment-mapping = `assessment` must be a mapping
err-results-assessment-mapping-fix = e.g. assessment: {"{"}organization: Acme{"}"}
err-results-assessment-field = assessment field '{ $field }' must be a single value
err-results-assessment-field-fix = write it on one line
# An answers file holds one respondent's answers (`cxassess fill --answers`).
err-results-answers-file-mapping = an answers file is a mapping with `answers:`
err-results-answers-file-mapping-fix = write `answers:` followed by one `question-id: answer` line each
err-results-answers-documents-fix = keep one document in the file

## What is wrong with one answer (response/read/answer.rs), shown after "answer to '…': ".
## $value is the answer as written, clipped.

err-answer-outside-scale = { $value } is outside the scale { $min }–{ $max }
err-answer-not-point = '{ $value }' is not a scale point
err-answer-point-fix = give a whole number from { $min } to { $max }, or `na`
err-answer-na-not-allowed = not applicable is not allowed for this question
err-answer-na-not-allowed-fix = give an answer, or leave the question out if it was not answered
err-answer-text = a text answer must be a string
err-answer-text-fix = quote the text
err-answer-not-kano = '{ $value }' is not a Kano answer
err-answer-not-kano-fix = write {"{"}functional: like, dysfunctional: dislike, importance: 7{"}"}
# $part is functional or dysfunctional.
err-answer-kano-word = { $part } answer '{ $value }' is not a Kano answer
err-answer-kano-word-fix = use like, must-be, neutral, live-with or dislike (or 1–5)
err-answer-no-importance = this feature does not ask importance
err-answer-no-importance-fix = remove `importance:`
# $what is what is wrong with the importance (err-answer-outside-scale or err-answer-not-point).
err-answer-importance = importance { $what }
err-answer-unknown-part = unknown part '{ $part }'
err-answer-kano-parts-fix = a Kano answer has functional, dysfunctional and importance
# $parts are the parts of a pair question, e.g. expected/perceived.
err-answer-not-pair = '{ $value }' is not a { $parts } answer
# $example is an answer in YAML, e.g. {expected: 7, perceived: 7}.
err-answer-not-pair-fix = write { $example }
err-answer-not-allocation = '{ $value }' is not a point allocation
err-answer-not-allocation-fix = write {"{"}part: points, …{"}"} for every part
err-answer-not-points = '{ $value }' is not a number of points
err-answer-not-points-fix = give a non-negative number
err-answer-parts-fix = the parts are { $parts }
# What is wrong with the answer to one part ($part) of a pair or allocation question.
err-answer-part = { $part }: { $what }

## Evidence and confidence on answers (response/read/respond/evidence.rs). $key is the YAML key,
## evidence or confidence; $id a question id. A piece of evidence has `ref:` and `kind:`.

err-evidence-example = e.g. strategy.1: [{"{"}ref: "docs/cx-strategy.pdf", kind: supports{"}"}]
err-confidence-example = e.g. confidence: {"{"}strategy.1: low{"}"}
err-evidence-not-question = { $key } on '{ $id }', which is not a question of { $instrument } version { $version }
err-evidence-not-question-fix = correct the id or remove the { $key }; `cxassess template` lists the ids
err-evidence-block-mapping = `{ $key }` must be a mapping of question id to { $key ->
    [evidence] a list of {"{"}ref, kind{"}"}
   *[other] low, medium or high
}
err-evidence-list = the evidence on '{ $id }' must be a list of {"{"}ref, kind{"}"} entries
err-evidence-too-many = '{ $id }' has { $n } pieces of evidence; an answer has at most { $max }
err-evidence-too-many-fix = keep the strongest, or point to a folder that holds the rest
err-evidence-entry-mapping = an entry of the evidence on '{ $id }' is not a {"{"}ref, kind{"}"} mapping
err-evidence-unknown-field = unknown field '{ $field }' in the evidence on '{ $id }'
err-evidence-unknown-field-fix = an entry has `ref:` (a path, a URL or quoted words) and `kind:` (supports or contradicts)
err-evidence-no-ref = an entry of the evidence on '{ $id }' has no `ref`
err-evidence-no-ref-fix = add ref: with a path, a URL or the words quoted
err-evidence-empty-ref = an entry of the evidence on '{ $id }' has an empty `ref`
err-evidence-empty-ref-fix = give a path, a URL or the words quoted, or remove the entry
# $reference is the ref as written, clipped; $n its length in characters.
err-evidence-long-ref = the ref '{ $reference }' on '{ $id }' is { $n } characters long; a ref is at most { $max }
err-evidence-long-ref-fix = point to the document instead of copying it, or move the words to notes
err-evidence-ref-not-text = the `ref` of an entry of the evidence on '{ $id }' is not text
err-evidence-ref-not-text-fix = write the reference on one line, quoted
err-evidence-no-kind = an entry of the evidence on '{ $id }' has no `kind`
err-evidence-no-kind-fix = add kind: supports or kind: contradicts
err-evidence-kind = '{ $kind }' is not an evidence kind (evidence on '{ $id }')
err-evidence-kind-fix = write kind: supports or kind: contradicts
err-confidence-level = the confidence of '{ $id }' is '{ $level }', which is not a level
err-confidence-level-fix = write low, medium or high
