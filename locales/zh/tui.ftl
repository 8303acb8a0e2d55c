## 全屏作答界面：题目、对话框与列表、完成界面。标题和标记两侧的空白由代码添加。

tui-not-applicable = 不适用
tui-unanswered = 未答
tui-note = 备注
tui-audience = 作答者：{ $roles }
tui-list-separator = 、
tui-label = { $label }：{ $text }
# 题目的称呼，附上在 YAML 中找到它的编号：所属组（体验、维度）或部分的名称、在其中的序号、编号。
tui-question-label = { $name } { $n }（{ $id }）
# 组或部分中只有这一道题时，或卡诺功能。
tui-question-named = { $name }（{ $id }）
tui-kano-has = 如果【提供】该功能
tui-kano-has-not = 如果【不提供】该功能
tui-kano-importance = 重要程度
tui-kano-importance-question = “{ $feature }”对您有多重要？
tui-kano-part-has = 提供时
tui-kano-part-has-not = 不提供时
tui-kano-part-importance = 重要程度
tui-pair-part-expected = 期望（优秀企业）
tui-pair-part-perceived = 感知（本企业）
tui-pair-part-adequate = 合格服务（可接受的最低水平）
tui-pair-part-desired = 理想服务（您希望的水平）
tui-allocation-total = 合计 { $sum } / { $total }
tui-allocation-exact = 合计正好 { $total }：按 Enter 确认
tui-allocation-left = 还差 { $left } 分达到 { $total }
tui-allocation-over = 超出 { $total } 共 { $over } 分：请减少
tui-text-placeholder = （请输入您的回答）
tui-text-idle = 按 Enter 开始输入
tui-rubric-hint = 移动高亮可阅读某一级别的完整描述

tui-refused-off-scale = { $value } 不在量表范围内：请选择 { $min }–{ $max }
tui-refused-na = 此题必须作答：不提供“不适用”选项
tui-refused-sum = 未保存：各项合计为 { $sum }，必须正好等于 { $total }
tui-refused-count = 输入了 { $given } 个数；共有 { $parts } 项，每项一个数
tui-refused-not-a-point = 此题不是用量表分值作答的
tui-choose-first = 请先选择答案：按数字键，或用 ↑/↓ 选中后按 Enter
tui-no-digits = 此题不能用数字键作答：请看下方按键说明
tui-note-saved = 备注已保存
tui-note-removed = 备注已删除
tui-too-small = 终端窗口太小：需要 { $need }，当前为 { $have }。
tui-too-small-fix = 请放大窗口，或使用 --plain 运行。

tui-na-title = 不适用
tui-na-prompt = 为什么此题不适用？（可不填，直接按 Enter）
tui-overview-title = 跳转到题目
tui-overview-legend = ✔ 已答（{ $answered }/{ $total }）   · 未答
tui-review-title = 您的回答

tui-complete-all = 全部 { $n } 题已作答，谢谢！
tui-complete-missing = { $n } 题中还有 { $missing } 题未答：按 g 前往作答
tui-summary-title = 结果摘要
tui-saved-to = 已保存到：{ $path }

tui-respondent = { $name }（{ $role }）
tui-answered = ✔ 第 { $n } 题：{ $answer } · 按 e 为该题添加备注
tui-answered-back = ✔ 第 { $n } 题：{ $answer } · 已回到第 { $back } 题 · 按 e 为第 { $n } 题添加备注
tui-pending = { $first }… 一秒内再按一位数字即为 { $range }；按 Enter 即答 { $first }；按 Esc 撤回
tui-note-title-step = 第 { $n } 题的备注：{ $title }
tui-note-title-answered = 第 { $n } 题（刚作答）的备注：{ $title }
tui-note-unsaved = 是否保存对备注的修改？按 y 或 Enter 保存；按 n 放弃修改；按 Esc 继续编辑。
tui-note-discarded = 备注未保存：修改已放弃
tui-no-editor = 没有可用的编辑器：请设置 $EDITOR（或 $VISUAL），例如 export EDITOR=nano
tui-editor-failed = 编辑器未能运行：{ $error }
tui-go-to-number = 前往第 { $n } 题：按 Enter
tui-report-title = 报告
tui-report-position = 第 { $first }–{ $last } 行，共 { $total } 行
tui-html-opened = HTML 报告已写入 { $path }，并已交给浏览器打开
tui-html-written = HTML 报告已写入 { $path }：请用浏览器打开
tui-html-failed = HTML 报告未能写入：{ $error }
tui-complete-next = 按 Enter 或 v 查看完整报告；按 o 生成 HTML 报告并在浏览器中打开。
tui-about-more = ……（按 ? 查看全文及全部按键）

## 题目的证据（v）与把握程度（c）。“支持”“反驳”用 evidence.ftl 的 evidence-supports 和
## evidence-contradicts，使界面与报告用词一致。
tui-evidence-title-step = 第 { $n } 题的证据：{ $title }
tui-evidence-title-answered = 第 { $n } 题（刚作答）的证据：{ $title }
tui-evidence-none = 尚无证据。
tui-evidence-required = 此题要求附有证据。
tui-evidence-reference = 出处（文件路径、网址或引述的原话）：
tui-evidence-kind = 这条证据支持还是反驳该答案？
tui-evidence-delete = 删除选中的证据？按 y 或 Enter 删除；按 n 或 Esc 保留。
tui-evidence-duplicate = 这条证据已经记录过（同一出处、同一类型）。
tui-evidence-empty = 证据没有出处：请填写文件路径、网址或引述的原话。
tui-evidence-long = 出处长 { $chars } 个字符，最多 { $max } 个：请指向文件，而不是照抄其内容。
tui-evidence-too-many = 该答案已有 { $max } 条证据：请先删除一条，或指向存放这些证据的文件夹。
tui-evidence-no-question = 此问卷中没有题目“{ $id }”。
tui-evidence-bad-kind = “{ $word }”不是证据类型：请写 supports（支持）或 contradicts（反驳）。
tui-evidence-bad-level = “{ $word }”不是把握程度：请写 low（低）、medium（中）或 high（高）。
tui-evidence-added = ✔ 第 { $n } 题的证据：{ $kind } · { $reference }
tui-evidence-removed = 已删除第 { $n } 题的证据：{ $kind } · { $reference }
tui-evidence-line = 证据：{ $n } 条（支持 { $supports } 条，反驳 { $contradicts } 条）
tui-evidence-missing = ⚑ 要求证据：尚无（按 v 添加）
tui-evidence-legend = ⚑ 要求证据但缺失：{ $n }
tui-confidence-line = 把握程度：{ $level }
tui-confidence-title-step = 第 { $n } 题的把握程度：{ $title }
tui-confidence-title-answered = 第 { $n } 题（刚作答）的把握程度：{ $title }
tui-confidence-prompt = 您对这个答案有多大把握？
tui-confidence-low = 低
tui-confidence-medium = 中
tui-confidence-high = 高
tui-confidence-none = 无
tui-confidence-clear = 无（清除）
tui-confidence-set = ✔ 第 { $n } 题的把握程度：{ $level }
tui-confidence-cleared = 已清除第 { $n } 题的把握程度
