## 答案的证据与把握程度（每份报告共用的备注部分），以及 `cxassess check` 的待办事项。

evidence-section = 备注、“不适用”原因、证据与把握程度
evidence-supports = 支持
evidence-contradicts = 反驳
evidence-by = { $by } · { $kind }
evidence-coverage = 证据覆盖
evidence-group = 分组
evidence-answers = 答案数
evidence-with = 有证据
evidence-share = 占比
evidence-supporting = 支持证据
evidence-contradicting = 反驳证据
evidence-missing = 要求证据但缺失
evidence-all = 合计
evidence-confidence = 把握程度
evidence-confidence-counts = { $n } 个答案标注了把握程度：低 { $low } 个，中 { $medium } 个，高 { $high } 个。
evidence-low-listed = 把握程度低的答案：作为结论报告之前请先核实。
evidence-question = 题目
evidence-respondent = 作答者
evidence-role = 角色

check-title = 待办事项
check-summary = { $n ->
    [0] { $files } 个文件中没有待办事项
   *[other] { $files } 个文件中有 { $with } 个文件共 { $n } 项待办
}
check-none = 没有待办事项：每一步都已作答，每个“不适用”都有原因，没有标注为把握低的答案，要求证据的答案都有证据。
check-kind = 待办
check-kinds = 各类待办的含义
check-kind-partial = 未完成
check-kind-unanswered = 未作答
check-kind-na-without-reason = “不适用”未说明原因
check-kind-no-evidence = 缺少证据
check-kind-low-confidence = 把握程度低
check-means-partial = ：该作答尚未完成；用 `cxassess run <问卷> --out 文件` 继续作答。
check-means-unanswered = ：该角色应答的题目没有答案。
check-means-na-without-reason = ：选择了“不适用”但没有说明原因；请补充原因（`{"{"}na: "……"{"}"}`）。
check-means-no-evidence = ：问卷要求该答案附有证据，但没有；请在 `evidence:` 下补充。
check-means-low-confidence = ：该答案标注为把握程度低；请核实（并提高把握程度），或在报告中说明。
