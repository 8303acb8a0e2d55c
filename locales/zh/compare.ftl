## `cxassess diff` 与 `cxassess trend`：各轮次之间的比较。

compare-diff-title = 对比：{ $title }（{ $id }）
compare-diff-waves-title = 对比：{ $old } → { $new }
compare-trend-title = 趋势：{ $title }（{ $id }）——{ $n } 轮
compare-trend-waves-title = 趋势：{ $n } 轮
compare-old = 旧：{ $wave }
compare-new = 新：{ $wave }
compare-files = { $n } 个文件
compare-placed-by-answer = （无日期：按最近答题时间排序）
compare-placed-last = （无日期也无答题时间：排在最后）
compare-instruments-only = 仅 { $wave } 有：{ $ids }。
compare-headline-figures = 主要指标
compare-change = 变化
compare-interval = 变化的 95% 区间
compare-trend = 走势
compare-significant-legend = 变化后的 * 表示其 95% 区间不含 0，即超出噪声。n/a：某一轮答案少于 2 个，或答案没有差异。
compare-trend-legend = 数值旁的 ▲ ▼：与上一轮相比的变化显著（其 95% 区间不含 0）。
compare-figures-only = 仅 { $wave } 有：
compare-level-none = 无

## 主要指标的名称。
compare-fig-respondents = 答卷人数
compare-fig-level = 达到层级
compare-fig-tier = { $tier }层级
compare-fig-index = 成熟度指数
compare-fig-stage = 阶段
compare-fig-kano-category = { $feature }——类别
compare-fig-kano-better = { $feature }——Better 系数
compare-fig-kano-worse = { $feature }——Worse 系数
compare-fig-unweighted = 未加权 SERVQUAL 得分
compare-fig-weighted = 加权 SERVQUAL 得分
compare-fig-gap = { $dimension }差距
compare-fig-nps = 净推荐值
compare-fig-nps-n = 净推荐值 n
compare-fig-promoters = 推荐者 %
compare-fig-passives = 被动者 %
compare-fig-detractors = 贬损者 %
compare-fig-csat = 满意度
compare-fig-csat-n = 满意度 n
compare-fig-ces = 费力度均值（1–7）
compare-fig-ces-easy = 费力度容易 %（5–7）
compare-fig-ces-n = 费力度 n

## 答案、备注与答卷人。
compare-answers = 答案
compare-answers-summary = { $both } 位答卷人在两轮中都作答：{ $changed } 个答案有变化，{ $carried } 个沿用上一轮未改，{ $confirmed } 个重新评估后保持不变。
compare-respondent-added = + { $respondent }（新增，{ $role }，{ $n } 个答案）
compare-respondent-removed = − { $respondent }（移除，{ $role }，原有 { $n } 个答案）
compare-respondents-counted = 新增 { $added } 位答卷人，移除 { $removed } 位（--verbose 列出名单）。
compare-respondent = 答卷人
compare-question = 题目
compare-carried = 沿用
compare-changed-by = 改答人数
compare-answers-counted = 共 { $n } 个答案有变化，按题目计数（--verbose 逐条列出）。
compare-notes = 备注

## 两轮评估之间约定的行动。
compare-actions = 行动
compare-actions-summary = 截至 { $today }：已关闭 { $closed } 项，新开 { $opened } 项，逾期 { $overdue } 项。
compare-action-change = 变化
compare-action-closed = 已关闭
compare-action-opened = 新开
compare-action-overdue = 逾期
compare-action-removed = 不再列出

## 门槛：--fail-on-drop POINTS [--significant]。
compare-gate-pass = 没有主要得分下降超过 { $points } 分。
compare-gate-pass-significant = 没有主要得分显著下降超过 { $points } 分。
compare-gate-fail = { $n } 项主要得分下降超过 { $points } 分：{ $drops }
compare-gate-fail-significant = { $n } 项主要得分显著下降超过 { $points } 分：{ $drops }
compare-gate-noise = 未计入：{ $n } 项超过 { $points } 分的下降在噪声范围内（其 95% 区间触及 0，或没有区间）：{ $drops }
compare-kano-rule = 卡诺：Better 系数下降计为下降；Worse 系数只显示，不会导致失败（Worse 更负表示缺少该功能时客户更不满意，而不是质量下降）。

## 方法说明。
compare-method-waves = 轮次：一个项目文件夹为一轮，评估周期（assessment period）相同的结果文件也为一轮；每轮的答卷人按“先答卷人”合并。轮次以周期命名（无周期则用日期，再无则用文件名），按日期、再按周期排序。
compare-method-matching = 两轮之间按姓名匹配答卷人（同一轮中重复的姓名记为“姓名 #2、#3……”）；答案按结果文件中的写法比较。
compare-method-intervals = 每项变化都给出 95% 区间：均值（金字塔、成熟度、SERVQUAL、差距驱动因素、费力度）用基于答卷人得分的 Welch t 区间，比例（满意度、费力度容易比例、推荐者、被动者与贬损者的占比、卡诺 Better 与 Worse）用 Newcombe 混合得分区间，净推荐值用两个调整 Wald 净推荐值之差。区间不含 0 的变化为显著。计数、层级、阶段、类别，以及由其他指标平均而来的指标（成熟度指数、SERVQUAL 未加权总分、五差距）没有区间。未对比较的指标数量作多重比较校正。
compare-method-significant-gate = --significant：只有下降超过 { $points } 分、且其 95% 区间完全低于 0 时才判为失败（噪声范围内的下降只列出，不计入）。

## 沿用答案（`run --from`）。
carry-previous = 上一轮答案：{ $answer }（回车保留）
carry-report = 有 { $n } 个答案沿用上一轮，未作改动。
compare-trend-chart = { $title }：各轮主要指标
compare-trend-chart-desc = 每个指标一条线，每轮一个点：{ $figures }。
compare-wave-says = { $wave }：{ $text }
compare-partial-left-out = { $n } 份未答完的答卷未计入（`--complete-only`）。
