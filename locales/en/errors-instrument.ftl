# Problems in an instrument (questionnaire) file (instrument/validate*.rs). Each problem has a
# "what" (what is wrong) and a "-fix" (how to fix it), shown after "fix:". Ids, names and values
# quoted from the file come in as arguments and stay as written. YAML keys and values the user
# types (`tier: basic`, `type: kano`) stay in ASCII.

# $lang is en or zh: which of the two texts is empty.
err-instrument-text-empty = the { $lang ->
    [zh] Chinese
   *[other] English
} text is empty
err-instrument-text-empty-fix = write the { $lang ->
    [zh] Chinese
   *[other] English
} text under `{ $lang }:`; every text needs both en and zh
# $what is what the id names: instrument, group, section or question.
err-instrument-id-invalid = { $what } id '{ $id }' is not valid
err-instrument-id-invalid-fix = use lowercase letters, digits and '_' in parts separated by dots, e.g. respect.1
err-instrument-scale-bounds = scale bounds are min { $min }, max { $max }: min must be below max
err-instrument-scale-bounds-fix = give min < max, e.g. min: 1, max: 5
err-instrument-scale-points = scale { $min }–{ $max } has { $points } points; at most 11 are supported
err-instrument-scale-points-fix = use a scale of 2 to 11 points, e.g. 1–7 or 0–10
err-instrument-scale-label-outside = label for point { $point } is outside the scale { $min }–{ $max }
err-instrument-scale-label-outside-fix = label only points between min and max
err-instrument-format = format is '{ $format }'
err-instrument-format-fix = the first line of an instrument file is `format: { $expected }`
err-instrument-id-dot = an instrument id cannot contain '.'
err-instrument-id-dot-fix = use letters, digits, '_' or '-'
err-instrument-version = version { $version } is out of range
err-instrument-version-fix = use a whole number from 1 up; raise it whenever a question changes
err-instrument-kind = unknown kind '{ $kind }'
err-instrument-kind-fix = use one of: { $kinds }
err-instrument-group-twice = group id '{ $id }' is used twice
err-instrument-group-twice-fix = give each group a unique id
err-instrument-tier = unknown tier '{ $tier }'
err-instrument-tier-fix = use basic, performance or excitement
err-instrument-gap = gap { $gap } is not one of the provider gaps
err-instrument-gap-fix = drivers explain gap 1, 2, 3 or 4
# A pyramid group is an "experience".
err-instrument-no-tier = experience '{ $id }' has no tier
err-instrument-no-tier-fix = add `tier: basic`, `performance` or `excitement`
err-instrument-no-sections = the instrument has no sections
err-instrument-no-sections-fix = add at least one section with questions
err-instrument-section-twice = section id '{ $id }' is used twice
err-instrument-section-twice-fix = give each section a unique id
err-instrument-repeat-and-questions = section '{ $id }' repeats '{ $repeats }' and also lists questions
err-instrument-repeat-and-questions-fix = a repeating section takes its questions from the repeated one: remove `questions:` or `repeat:`
err-instrument-repeat-unknown = section '{ $id }' repeats '{ $repeats }', which is not an earlier section
err-instrument-repeat-unknown-fix = name the id of a section above this one
err-instrument-question-twice = question id '{ $id }' is already used at line { $line }
err-instrument-question-twice-fix = give each question a unique id, e.g. the next number in its group
# A battery is the part of pair questions a section asks (e.g. expected).
err-instrument-battery = battery '{ $battery }' is not a part of any pair question in section '{ $section }'
err-instrument-battery-fix = name one of the `parts` of the section's pair questions, e.g. expected
err-instrument-section-empty = section '{ $id }' has no questions
err-instrument-section-empty-fix = add questions or remove the section
err-instrument-part-never-asked = part '{ $part }' of question '{ $id }' is never asked
err-instrument-part-never-asked-fix = add a section with `battery: { $part }` and `repeat:` the section that defines it
err-instrument-role-word = '{ $role }' is not a role word
err-instrument-role-word-fix = name roles with one word each: manager, staff, customer, consultant, marketing…
err-instrument-audience = section '{ $id }' is for '{ $role }', who does not answer this instrument
err-instrument-audience-fix = add '{ $role }' to the instrument's `audience:` ({ $roles }), or correct the section's
err-instrument-pass-mark = pass mark { $mark } is outside 0–100
err-instrument-pass-mark-fix = experience scores run from 0 to 100; the usual pass mark is 60
err-instrument-pass-mark-kind = pass_mark applies only to kind: pyramid
err-instrument-remove-it = remove it
err-instrument-kano-table = unknown Kano table '{ $table }'
err-instrument-kano-table-fix = use standard or pouliot
err-instrument-variant = unknown SERVQUAL variant '{ $variant }'
err-instrument-variant-fix = use servqual, servperf or zone

## One question (instrument/validate/question.rs). $types lists the question types.

err-instrument-type-unknown = unknown question type '{ $kind }'
err-instrument-type-unknown-fix = use one of: { $types }
err-instrument-field-not-for-type = `{ $field }` does not apply to a { $kind } question
err-instrument-field-not-for-type-fix = remove it, or change `type:` ({ $types })
err-instrument-question-no-text = question '{ $id }' has no text
err-instrument-question-no-text-fix = add `text: {"{"}en: …, zh: …{"}"}`
# $kind is the question's type, $field the missing YAML key(s).
err-instrument-field-missing = { $kind } question '{ $id }' has no `{ $field }`
# $example says what to write, e.g. "a named scale, or {min: 1, max: 5}".
err-instrument-field-missing-fix = add `{ $field }:` ({ $example })
err-instrument-example-scale-labels = a named scale, or {"{"}min: 1, max: 5, labels: …{"}"}
err-instrument-example-scale = a named scale, or {"{"}min: 1, max: 7{"}"}
err-instrument-example-levels = five {"{"}text, suggestion{"}"} entries, level 1 first
# A kano question lacks one of its three texts.
err-instrument-kano-missing = { $kind } question '{ $id }' has no `feature, functional and dysfunctional`
err-instrument-kano-missing-fix = add `feature, functional and dysfunctional:` (the feature's name and its two questions)
err-instrument-example-pair-texts = one {"{"}en, zh{"}"} statement per part
err-instrument-example-allocation-parts = a list of {"{"}id, label{"}"}
err-instrument-rubric-levels = rubric '{ $id }' has { $n } levels; a rubric has exactly 5
err-instrument-rubric-levels-fix = give one {"{"}text, suggestion{"}"} per level, 1 (ad hoc) to 5 (embedded)
err-instrument-pair-parts-list = pair `parts` must be a list of part ids
err-instrument-pair-parts-fix = e.g. parts: [expected, perceived]
err-instrument-part-id = part id '{ $part }' is invalid or repeated
err-instrument-pair-part-id-fix = use distinct simple ids such as expected, perceived
err-instrument-pair-two-parts = a pair question has at least two parts
err-instrument-pair-no-text = no text for part '{ $part }'
err-instrument-pair-no-text-fix = add `{ $part }: {"{"}en: …, zh: …{"}"}` under texts
err-instrument-pair-extra-text = text for '{ $part }', which is not one of the parts
err-instrument-pair-extra-text-fix = remove it or add the part to `parts`
# $reason is the YAML reader's own description (English).
err-instrument-allocation-parts = allocation parts: { $reason }
err-instrument-allocation-parts-fix = give a list of {"{"}id: …, label: {"{"}en: …, zh: …{"}"}{"}"}
err-instrument-allocation-part-id-fix = use distinct simple ids
err-instrument-allocation-two-parts = an allocation needs at least two parts
err-instrument-allocation-two-parts-fix = list the parts to split the points over
err-instrument-allocation-total = total { $total } is not a positive number
err-instrument-allocation-total-fix = use total: 100
err-instrument-scale-unknown = unknown scale '{ $name }'
err-instrument-scale-unknown-fix-none = define it under `scales:` at the top level, or write it inline as {"{"}min: 1, max: 5{"}"}
err-instrument-scale-unknown-fix = use one of the scales defined under `scales:`: { $scales }
err-instrument-scale-bad = scale: { $reason }
err-instrument-scale-bad-fix = write {"{"}min: 1, max: 5, labels: {"{"}1: {"{"}en: …, zh: …{"}"}, 5: …{"}"}{"}"}
err-instrument-scale-not-scale = `scale` must be a scale name or a {"{"}min, max{"}"} mapping
err-instrument-scale-not-scale-fix = e.g. scale: truth5

## What each kind of instrument asks of its questions (instrument/validate/kinds.rs). $kind is a
## question type (scale, rubric, kano, pair, allocation, text).

err-instrument-experience-undeclared = question '{ $id }' belongs to experience '{ $group }', which is not declared under `groups:`
err-instrument-experience-undeclared-fix = declare the experience with its tier, or correct the id
err-instrument-pyramid-type = pyramid question '{ $id }' is a { $kind } question
err-instrument-pyramid-type-fix = pyramid items are `type: scale`
err-instrument-maturity-type = maturity question '{ $id }' is a { $kind } question
err-instrument-maturity-type-fix = maturity items are `type: rubric` with five levels
err-instrument-kano-none = a Kano instrument has no kano questions
err-instrument-kano-none-fix = add questions with `type: kano`
err-instrument-servqual-parts = SERVQUAL item '{ $id }' has parts [{ $parts }]
err-instrument-servqual-parts-fix = this variant's items have parts [{ $parts }]
err-instrument-allocation-dimension = allocation part '{ $part }' is not a dimension of any item
err-instrument-allocation-dimension-fix = name the parts after the item groups (tangibles, reliability, …)
# $id is nps, csat or ces.
err-instrument-pulse-scale = '{ $id }' must be a scale from { $min } to { $max }
err-instrument-pulse-scale-fix = keep the standard scale so the metric means what it says

## The names of rubric levels (instrument/validate/levels.rs) and evidence (validate/evidence.rs).

err-instrument-levels-no-rubric = `levels` names the levels of rubric questions, and this instrument has none
err-instrument-levels-no-rubric-fix = remove `levels:`, or add questions with `type: rubric`
err-instrument-levels-count = `levels` names { $n } levels; a rubric has exactly { $want }
err-instrument-levels-count-fix = give one {"{"}en, zh{"}"} name per level, level 1 (the lowest) first
# $name is the level's English name as written in the file.
err-instrument-levels-same = level { $level } has the same name as level { $earlier } ('{ $name }')
err-instrument-levels-same-fix = give every level its own name
err-instrument-evidence = evidence is '{ $value }'
err-instrument-evidence-fix = write `evidence: required` (every answer must carry evidence) or leave it out
# evidence, confidence, note and na_reason are reserved: they name columns of CSV files.
err-instrument-reserved-part = question '{ $id }' has a part called '{ $part }'
err-instrument-reserved-part-fix = rename the part: '{ $id }.{ $part }' names the answer's { $part } in CSV files

## Choosing an instrument (instrument.rs).

# $spec is what the user typed; $ids lists the built-in instruments.
err-instrument-unknown = unknown instrument '{ $spec }': built-in ids are { $ids }; or give the path of an instrument YAML file
# $role is a role word (manager, staff…) as typed; $audience lists the roles that answer it.
err-instrument-role-not-audience = a { $role } does not answer { $id }: it is answered by { $audience }; choose the instrument a { $role } answers, or give the right --role
