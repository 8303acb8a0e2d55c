## 体验金字塔报告：层级、体验、视角对比、优先事项与改进入手点。

## 层级名称：每个层级一个名称，用于标题和表格……
pyramid-tier-basic = { -tier-basic }
pyramid-tier-performance = { -tier-performance }
pyramid-tier-excitement = { -tier-excitement }
pyramid-tier-other = 其他
## ……以及句子之中。
pyramid-tier-inline-basic = { -tier-basic }
pyramid-tier-inline-performance = { -tier-performance }
pyramid-tier-inline-excitement = { -tier-excitement }
pyramid-tier-inline-other = 其他

pyramid-none = 无
pyramid-achieved = 已达成
pyramid-not-achieved = 未达成
pyramid-coverage = （{ $of } 种体验中的 { $k } 种）
pyramid-score-flag = { $flag }
pyramid-pass-mark = 及格线 { $pass }
pyramid-level-reached = 达到层级：{ $level }

pyramid-drawing-title = 体验金字塔
pyramid-drawing-caption = 实心：层级已达成（每种体验均不低于及格线，且其下方的层级也已达成）。浅色斜线：未达成。
pyramid-roles-drawing-title = 各角色眼中的体验金字塔
pyramid-roles-drawing-desc = 每个角色一座金字塔，{ -tier-basic }在底部；实心层级为已达成。
pyramid-roles-drawing-caption = 各角色的答案分别计分：实心层级表示在该角色的视角下已达成。
pyramid-role-level = { $role } — 层级：{ $level }

pyramid-warning-title = 地基警示
pyramid-warning = { $higher }得分 { $higher_score }，但{ $lower }（{ $lower_score }）尚未达成：应先满足较低层级——地基缺失时，客户会立即察觉。

pyramid-tiers = 层级
pyramid-tier = 层级
pyramid-score = 得分
pyramid-interval = 95% 区间
pyramid-status = 状态
pyramid-no-interval-one = n/a（仅 1 个答案）
pyramid-no-interval-equal = n/a（答案全部相同）
pyramid-no-interval-partial = n/a（作答不完整）

pyramid-experiences = 体验
pyramid-experience = 体验
pyramid-pass = 及格
pyramid-importance = 重要性
pyramid-sd = 标准差
pyramid-spans-note = † 95% 区间包含及格线：现有答案尚不能确定该体验是否及格。
pyramid-chart-title = 体验得分（0–100）
pyramid-chart-desc = 每种体验一条，按层级分组；虚线为及格线。
pyramid-chart-caption = 各体验得分（0–100），颜色为所在层级的颜色；红色条低于及格线。

pyramid-viewpoints = 不同视角对比
pyramid-level-row = 达到层级
pyramid-gap-vs = 与{ $role }的差距
pyramid-gaps-intro = 感知差距：客户得分减去各角色的得分。
pyramid-gap-note = 差距 = 客户得分 − 其他角色得分；客户体验比该角色所认为的低 10 分及以上时标 ▼。
pyramid-roles-chart-title = 按角色的体验得分
pyramid-roles-chart-desc = 各角色眼中的体验得分。
pyramid-roles-chart-caption = 各角色对同一体验的评分（0–100）。

pyramid-step-priority = { $name }（{ $tier }）得分 { $score }，低于及格线 { $shortfall } 分。
pyramid-step-priority-weighted = { $name }（{ $tier }）得分 { $score }，低于及格线 { $shortfall } 分；重要性 { $importance }（加权差距 { $weight }）。
pyramid-step-priority-imputed = { $name }（{ $tier }）得分 { $score }，低于及格线 { $shortfall } 分；无人评定其重要性，按量表中点排序。
pyramid-step-start = { $step }请先改进其最薄弱的几条陈述：下方逐条列出了改进措施。
pyramid-step-unanswered = { $name }（{ $tier }）尚无答案——请先评估。
pyramid-step-collect = 尚无任何答案：请用 `cxassess run pyramid` 收集管理者和客户的答案。
pyramid-step-all-pass = 所有体验均达到及格线。请每季度持续测量，并对比客户视角与管理者视角。
pyramid-step-gap = 客户对{ $names }的评分比{ $role }视角低 10 分及以上：在依据内部视角制定计划之前，请与相关团队结合客户的真实反馈逐项复盘这些体验。
pyramid-step-uncertain = { $names }的 95% 区间包含及格线：请增加答卷人后再判断其是否及格。
pyramid-step-customers = 尚无客户作答：请客户填写同一份问卷（角色为 `customer`），以便将客户视角与内部视角并列对比。
pyramid-step-repeat = 改进措施有时间见效后（例如下个季度），请用同一问卷重新评估，并用 `cxassess diff OLD NEW` 对比结果。

pyramid-names-separator = 、
pyramid-start-heading = { $name }（{ $score }）：从哪里入手
pyramid-statement = 陈述
pyramid-action = 改进措施

pyramid-method-experience = 体验得分 = (已答题目均值 − 1) / 4 × 100（1–5 分题目，得分 0–100）；重要性题目不计入。
pyramid-method-tier = 层级得分 = 该层级各体验得分的平均值；无人作答的体验不计入平均值，此时注明计入了几种体验（如“4 种体验中的 3 种”）。
pyramid-method-achieved = 某层级的每种体验得分均不低于 { $pass }（及格线），且其下方的层级也已达成，该层级才算达成；无人作答的体验会使其所在层级无法达成。
pyramid-method-foundation = 地基警示：较高层级的得分高于尚未达成的较低层级。
pyramid-method-priorities = 优先事项：低于及格线的体验，先看较低层级，再按差距 × 平均重要性（1–5）排序；未询问重要性时按差距排序；无人评定重要性的体验按量表中点（3）计，无人作答的体验排在其层级最后且不计差距（请先评估）。
pyramid-method-statements = 改进入手点：对每种低于及格线的体验，列出其得分低于及格线的陈述，从低到高，最多 { $max } 条（若没有低于及格线的陈述，则列出得分最低的一条）；陈述得分为该陈述答案的平均值，按体验的 0–100 分制换算。旁边的改进措施来自问卷为该陈述给出的建议。
pyramid-method-intervals = 95% 区间：对答卷人的体验得分用 Student t 计算（n ≥ 2 且得分有差异），截至 0–100；层级的区间对答卷人的层级得分用 t 计算，仅当计入该层级的每位答卷人都对其全部体验作答时给出。† 表示区间包含及格线。
pyramid-method-gap = 感知差距 = 客户得分 − 其他角色得分（负值表示客户的实际体验不如该角色所认为的那样好）。
pyramid-method-tiers = 层级即金字塔模型的初级、中级、{ -tier-excitement }；体验/忠诚关联模型将同样的三个层级称为基本体验、绩效体验和激励体验。

pyramid-summary-level = 达到层级：{ $level }
pyramid-summary-first = 首要改进：{ $name }
pyramid-summary-action = 从这里入手：{ $action }
pyramid-summary-warning = 地基警示：较高层级的得分高于尚未达成的较低层级。
pyramid-target-reached = 目标：{ $tier }——已达到。
pyramid-target-open = 目标：{ $tier }——尚未达到。
