# 问卷文件中的问题（instrument/validate*.rs）。每个问题有“是什么”（出了什么错）和“-fix”（如何修正，
# 显示在“修正：”之后）。引自文件的 id、名称和值作为参数传入，保持原样。用户键入的 YAML 键和值
# （`tier: basic`、`type: kano`）保留 ASCII 原文。

# $lang 为 en 或 zh：哪种语言的文本为空。
err-instrument-text-empty = { $lang ->
    [zh] 中文
   *[other] 英文
}文本为空
err-instrument-text-empty-fix = 在 `{ $lang }:` 下填写{ $lang ->
    [zh] 中文
   *[other] 英文
}文本；每段文本都需要 `en` 和 `zh` 两种语言
# $what 是 id 所指的对象：instrument、group、section 或 question。
err-instrument-id-invalid = { $what ->
    [instrument] 问卷
    [group] 组
    [section] 部分
   *[question] 题目
} id '{ $id }' 无效
err-instrument-id-invalid-fix = 用小写字母、数字和 '_' 组成各段，段与段之间用点分隔，例如 `respect.1`
err-instrument-scale-bounds = 量表范围为 `min` { $min }、`max` { $max }：`min` 必须小于 `max`
err-instrument-scale-bounds-fix = 使 `min` < `max`，例如 `min: 1, max: 5`
err-instrument-scale-points = 量表 { $min }–{ $max } 有 { $points } 个刻度；最多支持 11 个
err-instrument-scale-points-fix = 使用 2 到 11 个刻度的量表，例如 1–7 或 0–10
err-instrument-scale-label-outside = 刻度 { $point } 的标签超出量表 { $min }–{ $max }
err-instrument-scale-label-outside-fix = 只为 `min` 与 `max` 之间的刻度写标签
err-instrument-format = `format` 为 '{ $format }'
err-instrument-format-fix = 问卷文件的第一行是 `format: { $expected }`
err-instrument-id-dot = 问卷 id 不能包含 '.'
err-instrument-id-dot-fix = 使用字母、数字、'_' 或 '-'
err-instrument-version = `version` { $version } 超出范围
err-instrument-version-fix = 使用从 1 起的整数；每次修改题目时调高它
err-instrument-kind = 未知的 `kind` '{ $kind }'
err-instrument-kind-fix = 使用以下之一：{ $kinds }
err-instrument-group-twice = 组 id '{ $id }' 使用了两次
err-instrument-group-twice-fix = 为每个组取一个唯一的 id
err-instrument-tier = 未知的层级 '{ $tier }'
err-instrument-tier-fix = 使用 `basic`、`performance` 或 `excitement`
err-instrument-gap = `gap` { $gap } 不是服务提供方差距之一
err-instrument-gap-fix = 驱动因素解释的是差距 1、2、3 或 4
# 金字塔问卷中的组即“体验”。
err-instrument-no-tier = 体验 '{ $id }' 没有层级
err-instrument-no-tier-fix = 添加 `tier: basic`、`performance` 或 `excitement`
err-instrument-no-sections = 问卷没有任何部分
err-instrument-no-sections-fix = 至少添加一个含题目的部分
err-instrument-section-twice = 部分 id '{ $id }' 使用了两次
err-instrument-section-twice-fix = 为每个部分取一个唯一的 id
err-instrument-repeat-and-questions = 部分 '{ $id }' 重复 '{ $repeats }'，同时又列出了题目
err-instrument-repeat-and-questions-fix = 重复的部分沿用被重复部分的题目：删除 `questions:` 或 `repeat:`
err-instrument-repeat-unknown = 部分 '{ $id }' 重复 '{ $repeats }'，但它不是前面的部分
err-instrument-repeat-unknown-fix = 填写本部分之前某个部分的 id
err-instrument-question-twice = 题目 id '{ $id }' 已在第 { $line } 行使用
err-instrument-question-twice-fix = 为每道题目取一个唯一的 id，例如所在组的下一个编号
# `battery` 是一个部分所问的成对题目的那一项（例如 `expected`）。
err-instrument-battery = `battery` '{ $battery }' 不是部分 '{ $section }' 中任何成对题目的一项
err-instrument-battery-fix = 填写本部分成对题目的 `parts` 之一，例如 `expected`
err-instrument-section-empty = 部分 '{ $id }' 没有题目
err-instrument-section-empty-fix = 添加题目，或删除该部分
err-instrument-part-never-asked = 题目 '{ $id }' 的 '{ $part }' 项从未被问到
err-instrument-part-never-asked-fix = 添加一个含 `battery: { $part }` 的部分，并用 `repeat:` 重复定义该题目的部分
err-instrument-role-word = '{ $role }' 不是角色词
err-instrument-role-word-fix = 每个角色用一个词命名：`manager`、`staff`、`customer`、`consultant`、`marketing`……
err-instrument-audience = 部分 '{ $id }' 面向 '{ $role }'，但该角色不回答这份问卷
err-instrument-audience-fix = 把 '{ $role }' 加入问卷的 `audience:`（{ $roles }），或改正该部分的 `audience:`
err-instrument-pass-mark = 及格线 { $mark } 超出 0–100
err-instrument-pass-mark-fix = 体验得分范围是 0 到 100；常用的及格线是 60
err-instrument-pass-mark-kind = `pass_mark` 只适用于 `kind: pyramid`
err-instrument-remove-it = 删除它
err-instrument-kano-table = 未知的卡诺分类表 '{ $table }'
err-instrument-kano-table-fix = 使用 `standard` 或 `pouliot`
err-instrument-variant = 未知的 SERVQUAL 变体 '{ $variant }'
err-instrument-variant-fix = 使用 `servqual`、`servperf` 或 `zone`

## 单道题目（instrument/validate/question.rs）。$types 列出题型。

err-instrument-type-unknown = 未知的题型 '{ $kind }'
err-instrument-type-unknown-fix = 使用以下之一：{ $types }
err-instrument-field-not-for-type = `{ $field }` 不适用于 { $kind } 题
err-instrument-field-not-for-type-fix = 删除它，或更改 `type:`（{ $types }）
err-instrument-question-no-text = 题目 '{ $id }' 没有文本
err-instrument-question-no-text-fix = 添加 `text: {"{"}en: …, zh: …{"}"}`
# $kind 是题型，$field 是缺少的 YAML 键。
err-instrument-field-missing = { $kind } 题 '{ $id }' 缺少 `{ $field }`
# $example 说明要写什么，例如“具名量表，或 {min: 1, max: 5}”。
err-instrument-field-missing-fix = 添加 `{ $field }:`（{ $example }）
err-instrument-example-scale-labels = 具名量表，或 `{"{"}min: 1, max: 5, labels: …{"}"}`
err-instrument-example-scale = 具名量表，或 `{"{"}min: 1, max: 7{"}"}`
err-instrument-example-levels = 五条 `{"{"}text, suggestion{"}"}`，从第 1 级开始
err-instrument-kano-missing = { $kind } 题 '{ $id }' 缺少 `feature`、`functional` 和 `dysfunctional`
err-instrument-kano-missing-fix = 添加 `feature:`、`functional:` 和 `dysfunctional:`（功能的名称及其正反两道题）
err-instrument-example-pair-texts = 每项一条 `{"{"}en, zh{"}"}` 陈述
err-instrument-example-allocation-parts = `{"{"}id, label{"}"}` 列表
err-instrument-rubric-levels = 评分标准题 '{ $id }' 有 { $n } 级；评分标准恰好有 5 级
err-instrument-rubric-levels-fix = 每级一条 `{"{"}text, suggestion{"}"}`，从 1（起步）到 5（引领）
err-instrument-pair-parts-list = 成对题目的 `parts` 必须是项 id 的列表
err-instrument-pair-parts-fix = 例如 `parts: [expected, perceived]`
err-instrument-part-id = 项 id '{ $part }' 无效或重复
err-instrument-pair-part-id-fix = 使用互不相同的简单 id，例如 `expected`、`perceived`
err-instrument-pair-two-parts = 成对题目至少有两项
err-instrument-pair-no-text = 项 '{ $part }' 没有文本
err-instrument-pair-no-text-fix = 在 `texts:` 下添加 `{ $part }: {"{"}en: …, zh: …{"}"}`
err-instrument-pair-extra-text = '{ $part }' 有文本，但它不是其中一项
err-instrument-pair-extra-text-fix = 删除它，或把该项加入 `parts`
# $reason 是 YAML 读取器自己的说明（英文）。
err-instrument-allocation-parts = 分配项：{ $reason }
err-instrument-allocation-parts-fix = 给出 `{"{"}id: …, label: {"{"}en: …, zh: …{"}"}{"}"}` 列表
err-instrument-allocation-part-id-fix = 使用互不相同的简单 id
err-instrument-allocation-two-parts = 分配题至少需要两项
err-instrument-allocation-two-parts-fix = 列出分配分数的各项
err-instrument-allocation-total = `total` { $total } 不是正数
err-instrument-allocation-total-fix = 使用 `total: 100`
err-instrument-scale-unknown = 未知的量表 '{ $name }'
err-instrument-scale-unknown-fix-none = 在顶层的 `scales:` 下定义它，或直接写成 `{"{"}min: 1, max: 5{"}"}`
err-instrument-scale-unknown-fix = 使用 `scales:` 下定义的量表之一：{ $scales }
err-instrument-scale-bad = 量表：{ $reason }
err-instrument-scale-bad-fix = 写成 `{"{"}min: 1, max: 5, labels: {"{"}1: {"{"}en: …, zh: …{"}"}, 5: …{"}"}{"}"}`
err-instrument-scale-not-scale = `scale` 必须是量表名称或 `{"{"}min, max{"}"}` 映射
err-instrument-scale-not-scale-fix = 例如 `scale: truth5`

## 各类问卷对题目的要求（instrument/validate/kinds.rs）。$kind 是题型（scale、rubric、kano、pair、
## allocation、text）。

err-instrument-experience-undeclared = 题目 '{ $id }' 属于体验 '{ $group }'，但该体验未在 `groups:` 下声明
err-instrument-experience-undeclared-fix = 声明该体验及其层级，或改正 id
err-instrument-pyramid-type = 金字塔题目 '{ $id }' 是 { $kind } 题
err-instrument-pyramid-type-fix = 金字塔题目使用 `type: scale`
err-instrument-maturity-type = 成熟度题目 '{ $id }' 是 { $kind } 题
err-instrument-maturity-type-fix = 成熟度题目使用 `type: rubric`，分五级
err-instrument-kano-none = 卡诺问卷中没有卡诺题目
err-instrument-kano-none-fix = 添加 `type: kano` 的题目
err-instrument-servqual-parts = SERVQUAL 题目 '{ $id }' 的各项为 [{ $parts }]
err-instrument-servqual-parts-fix = 此变体的题目各项为 [{ $parts }]
err-instrument-allocation-dimension = 分配项 '{ $part }' 不是任何题目的维度
err-instrument-allocation-dimension-fix = 按题目所属的组为各项命名（`tangibles`、`reliability`……）
# $id 为 nps、csat 或 ces。
err-instrument-pulse-scale = '{ $id }' 必须是从 { $min } 到 { $max } 的量表
err-instrument-pulse-scale-fix = 保留标准量表，指标才有原本的含义

## 评分标准各级的名称（instrument/validate/levels.rs）与依据（validate/evidence.rs）。

err-instrument-levels-no-rubric = `levels` 为评分标准题的各级命名，但这份问卷没有评分标准题
err-instrument-levels-no-rubric-fix = 删除 `levels:`，或添加 `type: rubric` 的题目
err-instrument-levels-count = `levels` 列出了 { $n } 级；评分标准恰好有 { $want } 级
err-instrument-levels-count-fix = 每级一个 `{"{"}en, zh{"}"}` 名称，从第 1 级（最低）开始
# $name 是文件中该级的英文名称。
err-instrument-levels-same = 第 { $level } 级与第 { $earlier } 级同名（'{ $name }'）
err-instrument-levels-same-fix = 为每一级取不同的名称
err-instrument-evidence = `evidence` 为 '{ $value }'
err-instrument-evidence-fix = 写 `evidence: required`（每个答案都必须附带依据），或者不写
# `evidence`、`confidence`、`note` 与 `na_reason` 是保留字：它们是 CSV 文件中列的名称。
err-instrument-reserved-part = 题目 '{ $id }' 有一项名为 '{ $part }'
err-instrument-reserved-part-fix = 重命名该项：'{ $id }.{ $part }' 在 CSV 文件中表示答案的 { $part }

## 选择问卷（instrument.rs）。

# $spec 是用户键入的内容；$ids 列出内置问卷。
err-instrument-unknown = 未知的问卷 '{ $spec }'：内置问卷 id 为 { $ids }；也可以给出问卷 YAML 文件的路径
# $role 是键入的角色词（manager、staff……）；$audience 列出回答该问卷的角色。
err-instrument-role-not-audience = 角色 { $role } 不回答 { $id }：回答它的是 { $audience }；请选择 { $role } 回答的问卷，或给出正确的 `--role`
