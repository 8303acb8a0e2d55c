## 谁作答什么（src/audience.rs 以及 `run`、`fill`、`import` 的检查）：无题可答的角色、答了其他角色部分的答案、与已记录角色不符的角色，以及 `fill`/`import` 向已有答卷追加时的提示。

# 问卷的每个部分都不含该角色；$roles 为作答者。
err-role-nothing-asked = { $role } 在 { $id } 中没有要回答的题目：其每个部分的作答者为 { $roles }
err-role-nothing-asked-fix = 请访谈这些角色（{ $roles }）之一的{ -respondent }，或给出正确的角色
# 答了该角色不作答的部分中的题目。
err-answer-outside-audience = { $role } 不作答“{ $question }”：部分“{ $section }”的作答者为 { $roles }
err-answer-outside-audience-fix = 删除“{ $question }”的答案，或给出作答该题的角色（{ $roles }）
# `fill`/`import` 写入已有该答卷人的结果文件：答案已合并。
cli-updated = 已更新 { $file } 中的 { $respondent }：{ $answers } 个答案和 { $notes } 条{ -note }有变化，此前记录的内容全部保留
