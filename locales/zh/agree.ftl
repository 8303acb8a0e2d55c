## `cxassess agree`：评分者之间的一致性。

agree-title = { -rater }一致性 — { $instrument }
agree-rater = { $name }（{ $role }）
agree-raters = { $n } 位{ -rater }：{ $names }
agree-alpha = Krippendorff α（定序），全部题目
agree-alpha-detail = { $units } 道题由两位及以上{ -rater }评分 · 配对评分 { $values } 个
agree-band-reliable = 可靠
agree-band-tentative = 仅供参考
agree-band-unreliable = 不宜报告单一数值
agree-band-undefined = 无法计算
agree-verdict-reliable = { -rater }一致性足以为该组报告单一数值（α ≥ 0.800）。
agree-verdict-tentative = { -rater }一致性仅足以得出初步结论（0.667 ≤ α < 0.800）：在报告单一阶段或等级之前，请先就有争议的题目达成一致。
agree-verdict-unreliable = { -rater }分歧过大，不宜为该组报告单一数值（α < 0.667）：请并列报告各角色的结果，并在研讨会上就有争议的题目达成一致。
agree-verdict-undefined = α 无法计算：没有任何题目由两位{ -rater }评分，或所有评分都相同。
agree-by-group = 按维度
agree-group = 组
agree-band = 解读
agree-raters-column = { -rater }
agree-units = 配对题数
agree-disputed = { $n ->
    [0] 有争议的题目
   *[other] 有争议的题目 { $n } 道，供研讨会讨论
}
agree-none-disputed = 没有任何题目的评分相差 2 分或以上。
agree-item = 题目
agree-median = 中位数
agree-min = 最低
agree-max = 最高
agree-sd = 标准差
agree-range = 范围
agree-ratings = 各评分
agree-next-consensus = 请在项目文件夹中用 `cxassess run <instrument> --consensus` 逐一讨论：它并列显示每位{ -rater }的评分与备注，并记录商定的评分及理由。
agree-heat-map = 评分矩阵（{ -rater } × 题目）
agree-heat-map-desc = 每位{ -rater }对每道题的评分，1（红）至 5（绿），按维度分组；圆点表示该{ -rater }未评分。
agree-items = 全部题目
agree-disputed-column = 有争议
agree-method-alpha = 定序数据的 Krippendorff α（Krippendorff 2004；《Computing Krippendorff's Alpha-Reliability》，2011）：以题目为单元、{ -rater }为编码者；题内每对评分按 1/(m − 1) 计入重合矩阵，分歧采用定序度量。
agree-method-bands = 解读（Krippendorff 2004）：α ≥ 0.800 可靠；0.667 ≤ α < 0.800 仅可得出初步结论；低于 0.667 不宜为该组报告单一数值。
agree-method-disputed = 某题评分相差 { $span } 分或以上即为有争议；有争议的题目按评分差、标准差、评分人数排序。
agree-method-missing = “不适用”与未作答的评分视为缺失，绝不计为数值；少于两位{ -rater }评分的题目不计入 α。共识答卷不算{ -rater }。
