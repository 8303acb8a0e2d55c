## 各报告共用的词语。

report-respondents = { $n } 位答卷人
report-contents = 目录
report-html-footer = 生成工具：cxassess { $version } · 独立文件：不联网，不依赖外部文件
report-role-count = { $role } { $n }
report-in-brackets = （{ $text }）
report-list-separator = ，
report-next-steps = 下一步
report-method = 方法说明
report-voices = 备注与“不适用”原因
report-voice-by = { $respondent }（{ $role }）
report-na-reason = 不适用：{ $reason }
report-voices-omitted = 另有 { $n } 条备注或原因已计数但未列出。
method-respondent-first = 多位答卷人：先为每位答卷人计分，再对其得分取平均；在某组没有有效答案的答卷人不计入该组的 n。
method-na = “不适用”的答案既不计入分子，也不计入分母；未作答的题目绝不按 0 分计算。

## 角色用词：目录中没有的角色按原样显示。
role-manager = 管理者
role-staff = 员工
role-customer = 客户
role-consultant = 顾问
role-marketing = 市场人员
role-unspecified = 未注明
plot-counts = { $title }：{ $counts }
report-figure = 指标
report-value = 数值
report-details = 明细
report-interval = { $low } 至 { $high }
report-interval-clipped = { $interval }（已截至量表范围）
report-segments = 按 { $field } 分群
report-segment-size = { $value }：{ $n }
report-segments-pair = 分群
report-segments-difference = 差值 [95% 区间]
report-segments-test = 类别构成检验
report-test-exact = 精确检验（Fisher–Freeman–Halton）
report-test-chi-square = 卡方 { $chi }，自由度 { $df }
report-too-few-to-test = 答案太少，无法检验
report-segments-method = 差值为后一分群减前一分群；均值用 Welch 区间，比例用 Newcombe 混合得分区间，净推荐值用两个调整 Wald 净推荐值之差；* 表示区间不含 0。未对比较次数作校正：比较的指标很多时，部分差异会因偶然而显得显著。
report-segments-omitted = 另有 { $n } 个分群已计数但未参与比较。
report-renormalised = { $file }：{ $n } 份点数分配之和不等于总分，已按比例重新归一
report-partial = { $n } 份答卷中有 { $partial } 份未答完：其已答部分计入结果；使用 `--complete-only` 可将其排除。
report-anonymous-files = { $folder }/ 中 { $n } 个文件
report-anonymous-owner = 名单中的一人
