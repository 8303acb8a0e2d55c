# 结果文件（保存答案的 YAML 文件）中的问题（response/read*.rs）。每个问题有“是什么”和“-fix”
# （显示在“修正：”之后）。引自文件的字段名、id 和值作为参数，保持原样；用户键入的 YAML 键保留
# ASCII 原文。$format 是结果文件必须有的第一行（cxassess-results/1）。

err-results-not-mapping = 结果文件是包含 `format`、`instrument` 和 `responses` 的映射
err-results-not-mapping-fix = 文件以 `format: { $format }` 开头
err-results-field-twice = 字段 '{ $field }' 写了两次
err-results-field-unknown = 未知字段 '{ $field }'
err-results-field-unknown-fix = 结果文件包含 `format`、`instrument`、`assessment` 和 `responses`
err-results-documents = 不支持包含多个文档的 YAML 文件
err-results-documents-fix = 文件中只保留一个文档（删除 `---` 行及其后的内容）
err-results-no-format = 这不是 cxassess 结果文件（没有 `format:` 行）
err-results-no-format-fix = 文件以 `format: { $format }` 开头；问卷文件也可以用 `cxassess validate` 检查
err-results-format = `format` 为 '{ $format }'
err-results-format-fix = 结果文件以 `format: { $format }` 开头
err-results-format-not-text = `format:` 不是文本
err-results-no-instrument = 结果文件没有说明它属于哪份问卷
err-results-no-instrument-fix = 添加 `instrument:`，写明 `id:`、`version:` 和 `source: builtin`
err-results-no-id = 问卷没有 `id`
err-results-no-id-fix = 添加 `id:`（例如 `pyramid`）
err-results-no-version = 问卷没有有效的 `version`
err-results-no-version-fix = 添加 `version:`，写明问卷的版本号，例如 1

## 结果文件所指的问卷（response/read/source.rs）。$source 是 `source:` 的值。

err-results-builtin-unknown = 内置问卷 '{ $id }' 没有版本 { $version }
err-results-builtin-unknown-fix = 内置问卷 id 为 { $ids }；自定义问卷在 `source:` 下写明其文件
err-results-builtin-version-fix = 此 cxassess 含有 '{ $id }' 的版本 { $versions }；请用更新的 cxassess 读取此文件
# $held 与 $held_version 是问卷文件实际的 id 与版本。
err-results-instrument-mismatch = 结果属于 '{ $id }' 版本 { $version }，但 '{ $source }' 中是 '{ $held }' 版本 { $held_version }
err-results-instrument-mismatch-fix = 让 `source:` 指向作答时所用的问卷文件
# $was 与 $now 是两个摘要（文件指纹）的开头。
err-results-instrument-changed = 问卷 '{ $source }' 在作答之后已被修改（摘要 { $was } ≠ { $now }）
err-results-instrument-changed-fix = 恢复作答时所用的问卷文件（例如从 git 恢复），或调高其版本，并为这些结果保留旧文件
err-results-source-not-found = 找不到问卷文件 '{ $source }'
err-results-source-not-found-fix = 把问卷文件放在该路径（相对于当前文件夹或结果文件），或改正 `source:`
err-results-source-fix = 让 `source:` 指向作答时所用的问卷文件；`cxassess validate { $source }` 会说明该文件的问题
err-results-source-not-regular = 问卷 '{ $source }' 不是普通文件
err-results-source-unreadable = 无法读取问卷文件 '{ $source }'
err-results-source-not-text = '{ $source }' 不是问卷文件（太大，或不是 UTF-8 文本）
# $place 是下面两条 err-results-place-… 消息之一。
err-results-source-invalid = '{ $source }' 不是有效的问卷文件（{ $n } 个问题，第一个在{ $place }）
err-results-place-line-column = 第 { $line } 行第 { $column } 列
err-results-place-top = 文件开头

## 单份答卷及其答案（response/read/respond.rs）。$instrument 与 $version 指结果所属的问卷。

err-results-responses-list = `responses` 必须是列表
err-results-responses-list-fix = 每位答卷人写成一项，以 `- respondent: …` 开头
err-results-response-mapping = 答卷必须是映射
err-results-response-mapping-fix = 以 `- respondent: …` 开头
err-results-complete = `complete` 必须是 `true` 或 `false`
err-results-complete-fix = 写 `complete: true` 或 `complete: false`
err-results-field-single = 答卷人字段 '{ $field }' 必须是单个值
err-results-field-single-fix = 写在一行内，或移到 `notes:` 下
err-results-carried-list = `carried` 必须是题目 id 的列表
err-results-carried-list-fix = 写 `carried: [respect.1, respect.2]`，或删除它
err-results-carried-no-answer = '{ $id }' 列为沿用的答案，但没有答案
err-results-carried-no-answer-fix = 把它从 `carried` 中删除，或给出答案
err-results-carried-unknown = 沿用的答案 '{ $id }' 不是 { $instrument } 版本 { $version } 的题目
err-results-carried-unknown-fix = 改正 id，或把它从 `carried` 中删除
err-results-carried-id = 沿用的答案以题目 id 命名
err-results-carried-id-fix = 写题目 id，例如 `respect.1`
err-results-duplicate-key = 键 '{ $key }' 重复出现
err-results-no-question = { $instrument } 版本 { $version } 中没有题目 '{ $id }'
err-results-no-question-fix = 改正 id 或删除该答案；`cxassess template` 会列出所有 id
# $what 说明答案的问题（err-answer-… 消息之一）。
err-results-answer-to = 题目 '{ $id }' 的答案：{ $what }
err-results-answers-mapping = `answers` 必须是题目 id 到答案的映射
err-results-answers-mapping-fix = 例如 `answers: {"{"}respect.1: 4{"}"}`
err-results-note-unknown = 备注所属的 '{ $id }' 不是 { $instrument } 的题目
err-results-note-unknown-fix = 改正 id 或删除该备注
err-results-note-text = 备注必须是文本
err-results-note-text-fix = 给备注加上引号
err-results-notes-mapping = `notes` 必须是题目 id 到文本的映射
err-results-notes-mapping-fix = 例如 `notes: {"{"}respect.1: "…"{"}"}`
err-results-assessment-mapping = `assessment` 必须是映射
err-results-assessment-mapping-fix = 例如 `assessment: {"{"}organization: Acme{"}"}`
err-results-assessment-field = 评估字段 '{ $field }' 必须是单个值
err-results-assessment-field-fix = 写在一行内
# 答案文件保存一位答卷人的答案（`cxassess fill --answers`）。
err-results-answers-file-mapping = 答案文件是包含 `answers:` 的映射
err-results-answers-file-mapping-fix = 先写 `answers:`，再每行写一条 `question-id: answer`
err-results-answers-documents-fix = 文件中只保留一个文档

## 单个答案的问题（response/read/answer.rs），显示在“题目 '…' 的答案：”之后。$value 是文件中
## 写的答案（过长时截短）。

err-answer-outside-scale = { $value } 超出量表 { $min }–{ $max }
err-answer-not-point = '{ $value }' 不是量表上的刻度
err-answer-point-fix = 给出 { $min } 到 { $max } 之间的整数，或 `na`
err-answer-na-not-allowed = 这道题目不允许回答“不适用”
err-answer-na-not-allowed-fix = 给出答案；如未作答，就不写这道题目
err-answer-text = 文本答案必须是字符串
err-answer-text-fix = 给文本加上引号
err-answer-not-kano = '{ $value }' 不是卡诺答案
err-answer-not-kano-fix = 写成 `{"{"}functional: like, dysfunctional: dislike, importance: 7{"}"}`
# $part 为 functional 或 dysfunctional。
err-answer-kano-word = `{ $part }` 答案 '{ $value }' 不是卡诺答案
err-answer-kano-word-fix = 使用 `like`、`must-be`、`neutral`、`live-with` 或 `dislike`（或 1–5）
err-answer-no-importance = 这项功能不询问重要程度
err-answer-no-importance-fix = 删除 `importance:`
# $what 说明重要程度答案的问题（err-answer-outside-scale 或 err-answer-not-point）。
err-answer-importance = 重要程度：{ $what }
err-answer-unknown-part = 未知的项 '{ $part }'
err-answer-kano-parts-fix = 卡诺答案包含 `functional`、`dysfunctional` 和 `importance`
# $parts 是成对题目的各项，例如 expected/perceived。
err-answer-not-pair = '{ $value }' 不是 { $parts } 答案
# $example 是 YAML 写法的答案，例如 {expected: 7, perceived: 7}。
err-answer-not-pair-fix = 写成 { $example }
err-answer-not-allocation = '{ $value }' 不是分数分配
err-answer-not-allocation-fix = 为每一项写 `{"{"}part: points, …{"}"}`
err-answer-not-points = '{ $value }' 不是分数
err-answer-not-points-fix = 给出非负数
err-answer-parts-fix = 各项为 { $parts }
# 成对题目或分配题中某一项（$part）答案的问题。
err-answer-part = { $part }：{ $what }

## 答案的依据与把握（response/read/respond/evidence.rs）。$key 是 YAML 键 evidence 或
## confidence；$id 是题目 id。一条依据有 `ref:` 和 `kind:`。

err-evidence-example = 例如 `strategy.1: [{"{"}ref: "docs/cx-strategy.pdf", kind: supports{"}"}]`
err-confidence-example = 例如 `confidence: {"{"}strategy.1: low{"}"}`
err-evidence-not-question = { $key ->
    [evidence] 依据
   *[other] 把握
}所属的 '{ $id }' 不是 { $instrument } 版本 { $version } 的题目
err-evidence-not-question-fix = 改正 id 或删除该{ $key ->
    [evidence] 依据
   *[other] 把握
}；`cxassess template` 会列出所有 id
err-evidence-block-mapping = `{ $key }` 必须是题目 id 到{ $key ->
    [evidence] `{"{"}ref, kind{"}"}` 列表
   *[other] `low`、`medium` 或 `high`
} 的映射
err-evidence-list = '{ $id }' 的依据必须是 `{"{"}ref, kind{"}"}` 条目的列表
err-evidence-too-many = '{ $id }' 有 { $n } 条依据；每个答案最多 { $max } 条
err-evidence-too-many-fix = 保留最有力的几条，或指向存放其余材料的文件夹
err-evidence-entry-mapping = '{ $id }' 的依据中有一条不是 `{"{"}ref, kind{"}"}` 映射
err-evidence-unknown-field = '{ $id }' 的依据中有未知字段 '{ $field }'
err-evidence-unknown-field-fix = 每条依据包含 `ref:`（路径、网址或加引号的原话）和 `kind:`（`supports` 或 `contradicts`）
err-evidence-no-ref = '{ $id }' 的依据中有一条没有 `ref`
err-evidence-no-ref-fix = 添加 `ref:`，写路径、网址或加引号的原话
err-evidence-empty-ref = '{ $id }' 的依据中有一条的 `ref` 为空
err-evidence-empty-ref-fix = 给出路径、网址或加引号的原话，或删除该条
# $reference 是文件中写的 ref（过长时截短）；$n 是其字符数。
err-evidence-long-ref = '{ $id }' 的 `ref` '{ $reference }' 长 { $n } 个字符；`ref` 最多 { $max } 个字符
err-evidence-long-ref-fix = 指向文档而不是复制其内容，或把原话移到备注中
err-evidence-ref-not-text = '{ $id }' 的依据中有一条的 `ref` 不是文本
err-evidence-ref-not-text-fix = 把引用写在一行内，并加上引号
err-evidence-no-kind = '{ $id }' 的依据中有一条没有 `kind`
err-evidence-no-kind-fix = 添加 `kind: supports` 或 `kind: contradicts`
err-evidence-kind = '{ $kind }' 不是依据的类型（'{ $id }' 的依据）
err-evidence-kind-fix = 写 `kind: supports` 或 `kind: contradicts`
err-confidence-level = '{ $id }' 的把握为 '{ $level }'，这不是有效的等级
err-confidence-level-fix = 写 `low`、`medium` 或 `high`
