## 逐行作答模式（`--plain`），以及交还终端后打印的消息。

tui-plain-heading = { $heading }：
tui-plain-intro = { $title }：共 { $n } 题。每个回答一经给出即保存到 { $path }。
tui-plain-intro-answers = { $title }：共 { $n } 题（{ $steps } 个回答）。每个回答一经给出即保存到 { $path }。
tui-plain-intro-others = 另有 { $n } 题由其他角色作答，此处不问。
tui-plain-resuming = 继续作答：已答 { $answered }/{ $total }，从第一道未答题开始。
tui-plain-na = n = 不适用
tui-plain-back = b = 上一题
tui-plain-quit = q = 退出
tui-plain-skip = 直接回车 = 跳过
tui-plain-kano = 1 我喜欢，2 理所当然，3 无所谓，4 能忍受，5 我不喜欢（数字或文字均可）
tui-plain-allocation = 按 { $parts } 的顺序输入各项分值，用空格分隔，合计 { $total }
tui-plain-text = 请输入您的回答
tui-plain-not-point = “{ $input }”不是有效答案：请输入 { $min } 到 { $max } 之间的整数
tui-plain-not-kano = “{ $input }”不是卡诺答案：请输入 1–5，或 我喜欢、理所当然、无所谓、能忍受、我不喜欢
tui-plain-not-numbers = “{ $input }”不是一组数字
tui-plain-at-start = 已经是第一题。
tui-plain-current = 当前回答：{ $answer }
tui-plain-unanswered = 还有 { $n } 题未答；再次运行同一命令即可继续作答。
tui-plain-choose = 请输入编号后按回车（q = 退出）：
tui-plain-bad-choice = “{ $input }”不是列出的编号
tui-plain-name = 您的姓名或编号：
tui-plain-role = 角色（manager 管理者、staff 员工、customer 客户、consultant 顾问，或任意词；直接回车 = 不填）：

tui-saved = 已保存 { $answered }/{ $total } 个回答到 { $path }
tui-resume-hint = 继续作答：cxassess run { $instrument } --out { $path }
tui-plain-output-closed = 输出已关闭（{ $error }），无法再显示题目，已停止；不看题目直接提交答案请用 `cxassess fill`
tui-no-terminal = 全屏作答需要标准输入和标准输出都是终端：请使用 --plain（或设置 ACCESSIBLE=1）逐行作答，或用 `cxassess fill` 从答案文件生成结果文件

tui-plain-evidence = v = 证据
tui-plain-confidence-key = c = 把握程度
tui-plain-evidence-required = 要求证据
tui-plain-evidence-reference = 证据出处（文件路径、网址或引述的原话；直接按 Enter 取消）：
tui-plain-evidence-kind = 这条证据支持还是反驳该答案？s = 支持，c = 反驳（直接按 Enter 取消）：
tui-plain-evidence-not-kind = “{ $input }”两者都不是：请输入 s（支持）或 c（反驳）
tui-plain-confidence = 把握程度：低、中、高或无（1、2、3、0；直接按 Enter 保持不变）：
tui-plain-confidence-not-level = “{ $input }”不是把握程度：请输入低、中、高或无（或 1、2、3、0）
