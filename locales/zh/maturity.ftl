## 客户体验成熟度报告：阶段、指数、阶梯、各维度、角色对比、路线图。

maturity-stage = 阶段
maturity-index = 成熟度指数
maturity-index-value = { $index } / 100
maturity-index-assessed = n/a（已评估维度：{ $index } / 100）
maturity-stage-provisional = 未能确定（暂定 { $level }）
maturity-stage-none = 未能确定
maturity-level = 级别 { $level }
maturity-weakest = 最弱维度：{ $name }（{ $score }）
maturity-no-answers = 尚无答案：请先填写问卷（cxassess run maturity）再生成报告。
maturity-name-separator = 、

maturity-ladder = 阶段阶梯
maturity-ladder-reached = ◀ 已达到的阶段
maturity-ladder-provisional = ◀ 暂定阶段
maturity-ladder-next = { $n ->
    [one] ← 下一阶段：{ $name }尚未达到
   *[other] ← 下一阶段：{ $n } 个维度尚未达到（◀）
}
maturity-ladder-svg-reached = 已达到的阶段
maturity-ladder-svg-provisional = 暂定阶段
maturity-ladder-svg-next = 下一阶段：需提升 { $n } 个维度
maturity-ladder-desc = 五级台阶，左起第 1 级，右至第 5 级。已达到的阶段及以下的台阶已填色{ $provisional ->
    [yes] （浅色：阶段为暂定）
   *[no] {""}
}；下一阶段以虚线框出。
maturity-ladder-caption = 阶段阶梯：只有每个维度都达到某一级别，才算达到该阶段。
maturity-ladder-held-back = 下一阶段，受制于：{ $names }
maturity-col-stage = 阶段
maturity-col-ladder = 阶梯

maturity-dimensions = 各维度
maturity-scale-note = 得分范围为 1 至 5。
maturity-scale-note-next = 得分范围为 1 至 5；条形上的 │ 标出下一阶段 { $level }。
maturity-col-dimension = 维度
maturity-col-score = 得分
maturity-col-interval = 95% 区间
maturity-col-level = 级别
maturity-col-maps-to = 对应能力
maturity-col-next = 下一阶段
maturity-below = 距 { $level } 级差 { $shortfall }
maturity-no-answers-short = 无答案
maturity-interval-too-few = 答案太少（至少需 { $min } 份）
maturity-interval-no-spread = 得分相同，无区间

maturity-profile = 成熟度轮廓
maturity-radar = 成熟度雷达图
maturity-radar-desc = 每个维度一条轴，中心为 0，圆环为 1 至 5 级；每个图形连接一组答卷人的各维度得分。
maturity-radar-caption = 各维度得分，圆环为 1–5 级。阶段：{ $stage }。
maturity-all-respondents = 全部答卷人
maturity-intervals = 各维度得分及 95% 区间
maturity-intervals-desc = 每个维度的平均得分及其 Student t 95% 区间，范围 1 至 5。
maturity-intervals-caption = 各维度得分及其 95% 区间（基于答卷人得分的 t 区间），范围 1 至 5；答案太少时不画区间。

maturity-spread = 答卷人之间的离散程度（最低–最高，样本标准差）
maturity-col-range = 最低–最高
maturity-views-differ = 看法分歧：请对照证据

maturity-roles = 不同角色对比
maturity-difference = 差异
maturity-difference-pair = { $b } − { $a }
maturity-row-index = 指数
maturity-row-stage = 阶段
maturity-provisional-figure = { $value }（暂定）
maturity-roles-provisional = 暂定：该角色有维度无人作答，其指数和阶段仅基于已作答的维度。

maturity-next-to = 下一步——迈向第 { $stage } 阶段“{ $name }”
maturity-next-to-unnamed = 下一步——迈向第 { $stage } 阶段
maturity-next-dimension = { $name }（{ $score }，{ $shortfall }）
maturity-next-unassessed = { $name }：尚无答案——请先评估，才能确定阶段。
maturity-next-item = { $item } { $text }——目前 { $mean }（{ $level }，n={ $n }）→ { $target }
maturity-looks-like = 目标状态：
maturity-do = 建议：
maturity-next-answer-first = 请先填写问卷。
maturity-next-top = 所有维度均达到第 { $stage } 阶段。请保持：落实各题最高级别的建议，每年重新评估，并把管理者的看法与客户和一线员工的看法相互对照。

maturity-summary-stage = 阶段：{ $stage }
maturity-summary-index = 成熟度指数：{ $index }
maturity-summary-held-back = 下一阶段 { $stage } 受制于：{ $names }

maturity-method-levels = 每个题目选择最符合现状的级别描述（{ $levels }）；所选级别即该题得分。
maturity-method-dimension = 维度得分 = 答卷人在该维度已作答题目级别的平均值（1.0–5.0）；多位答卷人时取各人维度得分的平均值，而不是把所有题目答案混合后取平均。n = 在该维度至少有一个有效答案的答卷人数。
maturity-method-index = 成熟度指数 = (各维度得分平均值 − 1) / 4 × 100，取值 0–100。
maturity-method-stage = 阶段 = 使每个维度得分都不低于 L 的最高级别 L，按完整精度比较：某维度恰为 3.0 即计入第 3 阶段，2.99 则阶段仍为 2。无论指数多高，阶段都不会高于最弱的维度。
maturity-method-unscored = 若某维度无人作答（题目全部为“不适用”或未答），阶段和指数无法确定；此时显示基于已评估维度的暂定阶段和指数，并明确标注。
maturity-method-blocking = 阻碍维度：得分低于下一阶段级别的维度；差距 = 该级别 − 得分。
maturity-method-roadmap = 路线图：在每个阻碍维度中，列出平均级别（按作答该题的答卷人计算）低于下一阶段的每个题目。当前级别为该平均值向下取整，建议只向上迈一级：给出下一级别的描述和量表在当前级别给出的建议。若取整后没有低于下一阶段的题目，则列出该维度得分最低的题目。
maturity-method-spread = 离散程度：每个维度答卷人得分的最低值、最高值和样本标准差（n − 1），至少两位答卷人时显示；极差达到 { $wide } 个级别及以上时标注为看法分歧。
maturity-method-interval = 维度得分的 95% 区间：基于答卷人维度得分的 Student t 区间，平均值 ± t(0.975, n − 1) · sd / √n。至少需要 { $min } 位得分不同的答卷人；超出 1–5 的区间截至量表范围并加以标注。
maturity-method-roles = 不同角色对比：每个角色只按本角色的答卷人计分。某角色有维度无人作答时，其指数和阶段为暂定（基于已作答的维度），并在数值旁标注。两个角色时差异为后者减前者（带正负号）；更多角色时为最高减最低。
maturity-col-target = 目标
maturity-col-to-target = 距目标
maturity-target-reached = 已达到
maturity-targets = 达成目标的路线图
maturity-target-dimension = { $name }：目前 { $score } → 目标 { $target }
maturity-target-level = 达到 { $level }：
maturity-roles-stage-difference = 阶段一行中的“—”：阶段是有名称的等级而非分数，因此不给出阶段之差；差值见指数一行。
