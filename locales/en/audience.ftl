## Who answers what (src/audience.rs and the checks of `run`, `fill` and `import`): a role with
## nothing to answer, an answer to a section of other roles, a role that contradicts the one
## recorded, and what `fill`/`import` say when they add to a recorded response.

# A role that every section of an instrument leaves out; $roles is who answers its sections.
err-role-nothing-asked = a { $role } has nothing to answer in { $id }: every section of it is answered by { $roles }
err-role-nothing-asked-fix = interview a { -respondent } in one of those roles ({ $roles }), or give the right role
# An answer to a question of a section the respondent's role does not answer.
err-answer-outside-audience = a { $role } does not answer '{ $question }': section '{ $section }' is answered by { $roles }
err-answer-outside-audience-fix = remove the answer to '{ $question }', or give the role that answers it ({ $roles })
# `fill`/`import` into a results file that already holds this respondent: their answers were merged.
cli-updated = updated { $respondent } in { $file }: { $answers } answer(s) and { $notes } { -note }(s) changed, everything recorded before kept
