## SERVQUAL 报告：各维度的期望、感知与差距；SERVPERF（仅测感知）；容忍区间（适当、理想与感知服务）。

servqual-variant-servqual = SERVQUAL：差距 = 感知 − 期望
servqual-variant-servperf = SERVPERF：仅测感知
servqual-variant-zone = 容忍区间：适当服务、理想服务与感知服务
servqual-meta = { $variant } · 量表 { $min }–{ $max }
servqual-zone-below = 低于容忍区
servqual-zone-within = 处于容忍区内
servqual-zone-above = 高于容忍区
servqual-zone-short-below = 低于
servqual-zone-short-within = 区内
servqual-zone-short-above = 高于

## 主要指标。
servqual-what-gap = 差距
servqual-what-perception = 感知得分
servqual-what-mss = MSS
servqual-overall-unweighted = 总体{ $what }，未加权（{ $k } 个维度的平均值）
servqual-overall-weighted = 总体{ $what }，按每位答卷人自己的重要性加权
servqual-overall-shortcut = 汇总捷径 Σ 平均(w)·维度值——另一种统计量
servqual-overall-msa = 总体 MSA（P − A），未加权
servqual-overall-msa-weighted = 总体 MSA（P − A），加权
servqual-only-dimensions = 仅 { $k }/{ $all } 个维度有答案
servqual-weighted-n = n = { $n }/{ $of }
servqual-interval = 95% 区间：{ $interval }
servqual-no-interval = 95% 区间：n/a（需要至少 2 位得分不同的答卷人）
servqual-no-interval-unweighted = 无区间：各维度值的平均没有答卷人层面的得分
servqual-small-n = 仅供参考：答卷人少于 { $min } 位
servqual-weighted-short = 加权总体

## 维度。
servqual-dimensions = 维度
servqual-col-dimension = 维度
servqual-col-gap = 差距
servqual-col-interval = 95% 区间
servqual-col-p-interval = 感知 95% 区间
servqual-col-test = 配对 t 检验
servqual-col-test-msa = MSA 的 t 检验
servqual-col-test-mss = MSS 的 t 检验
servqual-col-weight = 权重/100
servqual-col-zone = 容忍区
servqual-test = t { $t }，自由度 { $df }，p = { $p }
servqual-test-tiny-p = t { $t }，自由度 { $df }，p < 0.001
servqual-too-few-to-test = 答案太少，无法检验（n < { $min }）
servqual-bars-servqual = 期望（E）与感知（P）
servqual-bars-servperf = 感知（P）
servqual-chart-title = 各维度的期望与感知
servqual-chart-title-servperf = 各维度的感知
servqual-chart-desc = { $name }：E { $e }，P { $p }，差距 { $gap }
servqual-chart-desc-servperf = { $name }：P { $p }
servqual-series-e = 期望（E）
servqual-series-p = 感知（P）
servqual-caption-servqual = 各维度的平均期望与感知（先答卷人后汇总）。
servqual-caption-servperf = 各维度的平均感知（先答卷人后汇总）。
servqual-caption-zone = 色带为适当服务至理想服务，圆点为感知服务。
servqual-zone-title = 各维度的容忍区间
servqual-zone-heading = 容忍区间：▒ 从适当（A）到理想（D），● 感知（P）
servqual-zone-desc = { $name }：A { $a }，D { $d }，P { $p }（{ $position }）
servqual-zone-legend-band = 容忍区：适当至理想
servqual-zone-legend-within = 感知，区内
servqual-zone-legend-below = 感知，低于
servqual-zone-legend-above = 感知，高于

## 信度与题目诊断。
servqual-reliability = 量表信度
servqual-col-alpha-e = α 期望
servqual-col-alpha-d = α 理想
servqual-col-alpha-p = α 感知
servqual-col-alpha-gap = α 差距
servqual-col-alpha-mss = α MSS
servqual-col-cases = 完整答卷
servqual-alpha-too-few = n < { $min }
servqual-what-expectations = 期望
servqual-what-perceptions = 感知
servqual-what-gaps = 差距
servqual-alpha-negative = { $name }的{ $what } α 为负（{ $alpha }，{ $n } 位答卷人）：这些题目对这批答卷人不一致——请检查措辞、反向作答和数据录入。
servqual-alpha-too-few-cases = { $name }的 α 未显示：仅 { $cases } 位答卷人答完全部题目，α 至少需要 { $min } 位。
servqual-alpha-no-variance = { $name }的 α 无定义：其题目的答案没有变化。
servqual-diagnostics = 哪道题拖累了量表
servqual-diagnostics-intro = 对完整答卷不少于 { $min } 份的维度，在{ $scale }量表上给出：校正后的题目–总分相关（该题与其余题目之和的相关）以及删除该题后的 α。删除后 α 上升、或相关低于 0.30 的题目，与其他题目测的不是同一件事：请单独解读。
servqual-diagnostics-none = 题目诊断（题目–总分相关、删除后的 α）需要至少 { $min } 位答卷人答完一个维度的全部题目；最完整的维度只有 { $cases } 位。
servqual-col-item = 题目
servqual-col-item-total = 题目–总分 r
servqual-col-alpha-deleted = 删除后的 α
servqual-col-reading = 解读
servqual-diagnostic-group = { $name }：α { $alpha }，完整答卷 { $cases } 份
servqual-fit-raises = 删除后 α 上升
servqual-fit-weak = 关联较弱（r < 0.30）
servqual-fit-ok = 吻合

## 角色与题目。
servqual-by-role = 按角色
servqual-role-head = { $role }（n={ $n }）
servqual-items-gap = 题目（差距最大在前）
servqual-items-perception = 题目（感知最低在前）
servqual-col-rank = #
servqual-col-statement = 陈述

## 下一步。
servqual-step-none = 尚无答卷人完成任何一道题：请先收集答案（两组题目都要回答），再解读本报告。
servqual-step-first = 首先改进{ $name }（{ $figure }，n={ $n }）：最弱的题目是 { $items }。
servqual-step-then = 其次改进{ $name }（{ $figure }，n={ $n }）：最弱的题目是 { $items }。
servqual-step-important = { $step }客户也认为它最重要（平均 { $weight } 分/100）。
servqual-step-item = { $id }（{ $figure }）
servqual-step-zone-figure = MSA { $msa } · MSS { $mss }
servqual-step-keep = 每个维度的感知都达到或超过期望：保持服务水平，每季度再次测量。
servqual-step-why = 找出原因：请管理者和一线员工填写 `gaps` 问卷，然后运行 `cxassess report CUSTOMERS.yaml STAFF.yaml`（客户结果与 gaps 结果）生成五差距报告（差距 1–4 及其驱动因素）。
servqual-step-low-alpha = 部分维度的差距 α 低于 0.70：请将其差距视为若干独立题目，而非一个整体得分。
servqual-step-low-alpha-servperf = 部分维度的感知 α 低于 0.70：请将其得分视为若干独立题目，而非一个整体得分。
servqual-step-breaks = 在{ $name }中，{ $item } 与其他题目不一致（去掉它 α 为 { $alpha }，保留时为 { $with }）：请检查其措辞，并单独解读。
servqual-step-small-n = 仅有 { $n } 位答卷人，数字仅供参考：在依据细微差异行动前，请至少调查 { $min } 位客户。

## 方法说明。
servqual-method-gap = 题目差距 = 感知 − 期望（P − E），顺序固定：负值表示服务不足。只有答卷人对该题同时给出 E 和 P 时才计算差距（成对）；“不适用”两者都不算。
servqual-method-respondent-first = 先答卷人后汇总：答卷人的维度差距为其在该维度有效题目差距的平均值；维度差距为各答卷人维度差距的平均值；n 为在该维度至少有一个有效差距的答卷人数。
servqual-method-unweighted = 未加权总体差距 = 各维度差距的平均值，而不是 22 道题差距的平均值。
servqual-method-pairs = 平均 E 与平均 P 取自与差距相同的有效成对答案，因此 P − E 恰好等于差距。
servqual-method-servperf = SERVPERF：只测感知。答卷人的维度得分为其在该维度已答感知题的平均值；维度得分为各答卷人得分的平均值（先答卷人后汇总）；总体得分为各维度得分的平均值，加权方法与 SERVQUAL 差距相同。
servqual-method-zone = 容忍区间：逐题计算 MSA = P − A（适当性）和 MSS = P − D（优越性），仅使用答卷人同时给出适当、理想与感知三个水平的题目；与 SERVQUAL 相同，先答卷人后汇总。MSS 为主要差距（理想服务水平相当于期望）。
servqual-method-zone-position = P < A 为低于容忍区，P > D 为高于容忍区，其余为区内——P = D 属于区内。维度按平均 MSA（为负即低于）与平均 MSS（为正即高于）定位。分类使用完整精度，在任何四舍五入之前进行。
servqual-method-weights = 权重来自每位答卷人自己的分配：w = 点数 / { $total }。总和不等于 { $total } 的分配按比例重新归一（w = 点数 / 其总和）；缺少某部分或全部为 0 的分配不予使用。绝不以公开发表的平均权重代替。
servqual-method-weighted = 加权总体 = 各答卷人 Σ w × 其维度差距 的平均值，仅限分配可用且每个维度都有差距的答卷人。汇总捷径 Σ 平均(w) × 维度差距 是另一种统计量，单独标注。
servqual-method-renormalised = 有 { $n } 份分配总和不等于 { $total }，已按比例重新归一。
servqual-method-unusable = 有 { $n } 份分配缺少部分或全部为 0，未予使用。
servqual-method-incomplete = 有 { $n } 份可用分配的答卷人并非在每个已分配维度都有差距，因此未计入加权值。
servqual-method-alpha = 每个维度分别计算期望、感知与差距的 Cronbach's α，仅使用回答了该维度全部题目的答卷人（列删除）。α 为负时标注 ! 并提示；此类答卷人少于 { $min } 位时不显示 α（n < { $min }），答案没有变化时 α 无定义（n/a）——绝不截断。通常以 0.70 为可接受。
servqual-method-t = 各维度配对 t 检验：答卷人的维度差距对 0 检验，t = 均值 / (标准差 / √n)，df = n − 1，精确双侧 p；* 表示 p < 0.05。答卷人少于 { $min } 位时不作检验，报告注明“答案太少，无法检验”。
servqual-method-intervals = 95% 区间：对答卷人的维度差距（SERVPERF 为感知）及其加权总体使用 Student t 区间；超出可能范围的区间截至该范围并加以标注。区间需要至少 2 位得分不同的答卷人。
servqual-method-diagnostics = 各维度在主要量表上的题目诊断：校正后的题目–总分相关与删除该题后的 α，完整答卷（列删除）达到 { $min } 份起才计算。
servqual-method-ranking = 题目按平均差距排序，最差在前；差距完全相等的题目保持问卷顺序。均值、标准差和 α 由整数答案的精确求和算出，与行的顺序无关。所有数字保持完整精度，仅在显示时舍入，恰好居中时取偶数位（0.125 显示为 0.12）。
servqual-largest-shortfall = 最大不足：{ $name }
servqual-summary-line = { $label }：{ $value }
