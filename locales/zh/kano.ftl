## 卡诺报告：类别、Better/Worse、连续分析与细分。

kano-meta = { $n } 项功能 · 评价表：{ $table }
kano-table-short-standard = 标准表
kano-table-short-pouliot = Pouliot 变体
kano-table-standard = 标准表（Berger 等 1993；Matzler & Hinterhuber 1998）
kano-table-pouliot = Pouliot 变体（同标准表，但“理所当然/理所当然”与“能忍受/能忍受”判为可疑）
kano-list-separator = 、
kano-with-dual = { $name }（{ $dual }）

## 类别名称与评价表中的回答用语。
kano-category-attractive = 魅力型
kano-category-one-dimensional = 期望型
kano-category-must-be = 必备型
kano-category-indifferent = 无差异型
kano-category-reverse = 反向型
kano-category-questionable = 可疑型
kano-answer-like = 我喜欢
kano-answer-must-be = 理所当然
kano-answer-neutral = 无所谓
kano-answer-live-with = 能忍受
kano-answer-dislike = 我不喜欢

## 小样本警示。
kano-small-title = 样本偏少
kano-small-warning = 答案少于 { $min } 份：{ $features }——再多几份答案，类别就可能改变。

## 功能表。
kano-features-title = 按行动优先顺序排列的功能
kano-counts-title = 各类别的答案数与强度
kano-col-feature = 功能
kano-col-category = 类别
kano-col-lead = 领先检验
kano-col-fong = Fong（初筛）
kano-col-better = Better
kano-col-worse = Worse
kano-col-interval = 95% 区间
kano-col-strength = 类别强度
kano-col-total-strength = 总强度
kano-col-functional = 正向 ± 标准差
kano-col-dysfunctional = 反向 ± 标准差
kano-col-importance = 重要性 ± 标准差
kano-lead-versus = 对 { $second }：p { $p }
kano-lead-alone = p { $p }
kano-lead-too-few = 答案太少，无法检验（n < { $min }）
kano-fong-passes = 通过
kano-fong-fails = 未通过
kano-key = A 魅力型 · O 期望型 · M 必备型 · I 无差异型 · R 反向型 · Q 可疑型 · 领先检验：类别对第二名的精确二项检验，* 表示显著（p < 0.05）· X/Y：X 领先 Y 但不显著 · ⚠ 答案少于 { $min } 份：太少，不作检验，类别可能改变 · Fong 不等式仅作初筛，不是检验

## Better/Worse。
kano-bw-title = Better/Worse 象限图
kano-bw-desc = 每项功能位于 x = |Worse|（缺失时的不满意度）、y = Better（具备时的满意度），以 0.5 分割象限。
kano-bw-caption = 左上魅力型，右上期望型，右下必备型，左下无差异型。Better/Worse 为 n/a 的功能不绘出。
kano-bw-x = |Worse|（缺失时的不满意度）
kano-bw-y = Better（具备时的满意度）
kano-bw-intervals = Better 与 |Worse| 是 A + O + M + I 中的占比；旁边的 Wilson 95% 区间是真实占比的可信范围：区间越宽，图中该点的位置越不确定。
kano-bw-not-plotted = { $feature }：Better/Worse 为 n/a（无 A、O、M、I 答案）：未绘出。
kano-no-answers-not-plotted = 无答案，未绘出：{ $features }。

## 连续分析。
kano-cont-title = 连续分析（DuMouchel）
kano-cont-desc = 每项功能位于 x = 反向问题平均分、y = 正向问题平均分，范围 0–4，以 2 分割象限。
kano-cont-caption = 超出 0–4 的均值画在边缘。正向：喜欢 4 … 不喜欢 −2；反向：喜欢 −2 … 不喜欢 4。
kano-cont-x = 反向均值（不提供时）
kano-cont-y = 正向均值（提供时）
kano-cont-edge = 超出 0–4、画在边缘：{ $features }。

## 细分与角色。
kano-by-role = 按角色
kano-segment-head = { $segment }（{ $n }）
kano-segment-other = （其他取值）
kano-segment-unspecified = （未填写）
kano-segment-key-text = 每格：类别、Better、Worse；（n）为该分群的答卷人数；⚠ 该分群中答案少于 { $min } 份。
kano-segment-key-written = 每格：类别 · Better / Worse · n；⚠ 该分群中答案少于 { $min } 份。
kano-segment-cell = { $category } · { $better } / { $worse } · n={ $n }
kano-figure-better = { $feature }：Better
kano-figure-worse = { $feature }：Worse

## 下一步。
kano-step-must-be = 首先保证——必备型：{ $features }。客户视之为理所当然：缺失会带来不满（|Worse| 最高 { $worst }），做得更多也难以加分。
kano-step-one-dimensional = 按比例投入——期望型：{ $features }。表现越好，客户越满意；应与竞争对手对标。
kano-step-attractive = 打造差异化——魅力型：{ $features }。提供时令客户惊喜，缺失时也不会引起不满；优先选择 Better 最高者。
kano-step-indifferent = 不宜追加投入——无差异型：{ $features }。客户对其有无并不在意；保持低成本或取消。
kano-step-reverse = 重新考虑——反向型：{ $features }。许多客户宁愿没有它：改为可选或取消。
kano-step-questionable = 检查问题——可疑型：{ $features }。自相矛盾的回答通常说明问题被误解；请修改措辞后重新调查。
kano-step-dual = 尚无定论：{ $features }。领先不显著（精确二项检验）：按两个类别同时考虑，比较细分群体（--by）或收集更多答案。
kano-step-small = 收集更多答案——以下功能答案少于 { $min } 份：{ $features }。
kano-step-none = 尚无答案：请让客户填写问卷，或用 --instrument kano 对 CSV 导出文件生成报告。

## 方法说明。
kano-method-table = 评价表：{ $table }；行为“如果【提供】该功能”的回答，列为“如果【不提供】该功能”的回答。
kano-method-n = n = 对该功能两个问题都作答的答卷人数；“不适用”和只答了一半的功能不计入。
kano-method-category = 类别 = A、O、M、I、R、Q 中出现次数最多者；完全相同时按 M > O > A > I > R > Q 的顺序决定。
kano-method-better-worse = Better = (A + O) / (A + O + M + I)；Worse = −(O + M) / (A + O + M + I)；R 与 Q 不计入分母；A + O + M + I = 0 时两者均为 n/a。
kano-method-intervals = Better 与 |Worse| 附 Wilson 95% 得分区间（Wilson 1927），分别为 A + O、O + M 在 A + O + M + I 中的占比；Worse 的区间取负；A + O + M + I 少于 2 份答案时为 n/a。
kano-method-strength = 类别强度 = 最大占比 − 第二大占比（占比 = 计数 / n，在 O、A、M、I、R 中比较）；总强度 = (A + O + M) / n。
kano-method-lead = 类别相对第二名（A、O、M、I、R 中的下一个；Q 不作第二名）的领先，从 { $min } 份答案起用两计数的精确二项检验判定（p < 0.05）；不显著时同时列出两个类别（如 I/O）；少于 { $min } 份答案时答案太少，不作检验。Fong 不等式 |a − b| ≥ 1.65 · √((a + b)(2n − a − b) / (2n)) 仅作初筛（领先者实际持平时，它判出胜者的频率高于名义上的 10%）。
kano-method-continuous = 连续分析（DuMouchel）：正向问题 喜欢 4、理所当然 2、无所谓 0、能忍受 −1、不喜欢 −2；反向问题 喜欢 −2、理所当然 −1、无所谓 0、能忍受 2、不喜欢 4；对两个问题都作答者计算均值与样本标准差；重要性（1–9）对作答者取均值。
kano-method-small = 某功能的答案少于 { $min } 份时，类别不稳定：类别旁标 ⚠，报告会给出警示。
kano-method-order = 行动顺序：先必备型（|Worse| 大者在前），再期望型与魅力型（按 Better 从大到小），然后是无差异型、反向型、可疑型。
kano-method-segments = 细分：按细分字段（--by）的每个取值或按角色分别给出同样的数据；超过 { $max } 个取值时，其余合并。
kano-eval-intro = 所用评价表：
kano-eval-corner = 正向 \ 反向

## 完成界面。
kano-summary-label = { $category }：
kano-summary-first = 首先：{ $step }
kano-summary-small = 每项功能的答案少于 { $min } 份：类别仅供初步参考。
