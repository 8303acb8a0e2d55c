## 运行器中的沿用答案（`run --from`）、项目文件夹中的访谈主页、共识会（`run --consensus`）。

tui-kept = ✔ 第 { $n } 题：{ $answer }，沿用上一轮 · 按 e 为其添加备注
tui-kept-back = { $kept } · 已回到第 { $back } 题
tui-previous-kept = ↺ 沿用上一轮，未作改动
tui-plain-keep = 直接回车 = 保留上一轮答案

tui-consensus-title = 共识 · { $title }
tui-consensus-who = { $n } 位{ -rater }
tui-consensus-rater = { -rater }
tui-consensus-rating = 评分
tui-consensus-note = 备注
tui-consensus-ratings = 各{ -rater }的评分
tui-consensus-unrated = 未评分
tui-consensus-spread = 评分 { $min }–{ $max }，中位数 { $median }
tui-consensus-rationale-title = 第 { $n } 项商定评分的理由：{ $title }（Ctrl-S 保存）
tui-consensus-intro = { $title } 的共识：{ $raters } 位{ -rater }在 { $n } 个题目上意见不一（评分相差 2 分或以上）。每个商定的评分及其理由一经给出即保存到 { $path }。
tui-consensus-resuming = 继续：已商定 { $agreed }/{ $n } 项，从第一个尚无商定评分的题目开始。
tui-consensus-agreed-prompt = 商定评分（{ $min }–{ $max }；n = 不适用；b = 上一项；q = 退出；直接回车 = 跳过）：
tui-consensus-already = 之前已商定：{ $rating }——{ $rationale }（直接回车保留）
tui-consensus-rationale-prompt = 理由：为何给出这个评分（直接回车 = 无）：
tui-consensus-done = 全部 { $n } 个分歧题目均已有商定评分。
tui-consensus-missing = 还有 { $missing }/{ $n } 个分歧题目尚无商定评分；再次运行同一命令即可继续。
tui-consensus-none = { $instrument } 的 { $raters } 位{ -rater }在每个题目上相差都不超过一分：没有分歧，无需记录共识；`cxassess agree` 可查看他们的一致程度。
tui-consensus-resume = 继续共识：cxassess run { $instrument } --consensus
tui-consensus-missing-go = 还有 { $missing }/{ $n } 个分歧题目尚无商定评分：按 g 前往

tui-interview-not-asked = { $who } 不作答 { $instrument }：engagement.yaml 的访谈名单列出了其作答的问卷
tui-interview-taken = “{ $name }”已在访谈名单中：请输入其他姓名或代号
tui-interview-no-instrument = 请至少选择一份问卷：空格键勾选光标所在的问卷
tui-interview-role-refused = { $role } 不作答 { $instrument }（作答者为 { $roles }）：请选择其他角色，或取消勾选 { $instrument }
tui-interview-added = 已将 { $name } 加入 engagement.yaml 的访谈名单

tui-keycap-space = 空格
tui-key-interviewee = 受访者
tui-key-instrument = 问卷
tui-key-start-resume = 开始/继续
tui-key-add-interviewee = 添加受访者
tui-key-tick = 勾选

tui-interview-title = { $engagement } · 访谈
tui-interview-done = 已完成 { $done }/{ $all }
tui-interview-interviewee = 受访者
tui-interview-role = 角色
tui-interview-name = { $name }（{ $respondent }）
tui-interview-not-started = 未开始
tui-interview-legend = ✓ 已完成 · 3/31 已答题数/应答题数 · — 不在其问卷清单上 · 灰色：在此作答但不在访谈名单上
tui-interview-no-roster = 访谈名单上还没有人：按 a 添加受访者。
tui-interview-empty = 按 a 添加第一位受访者。
tui-interview-cell = { $who } · { $title }
tui-interview-who-role = { $who }，{ $role }
tui-interview-start = 未开始，共 { $asked } 题：按回车开始。
tui-interview-resume = 已答 { $answered }/{ $asked } 题，上次保存于 { $updated }：按回车继续。
tui-interview-complete = 已完成（{ $answered }/{ $asked } 题），上次保存于 { $updated }：按回车打开。
tui-interview-not-listed = 访谈名单（engagement.yaml）中未为其列出此问卷。
tui-interview-next-start = 下一位：按回车开始 { $who } · { $instrument }
tui-interview-next-resume = 下一位：按回车继续 { $who } · { $instrument }
tui-interview-file = 答案保存到项目文件夹中的 { $path }
tui-interview-folder = 项目文件夹：{ $dir }
tui-interview-form-title = 为 { $client } 添加受访者
tui-interview-form-respondent = 姓名或代号，与结果文件中的写法一致（如 li.na）
tui-interview-form-name = 显示名称（可选）
tui-interview-form-instruments = 其作答的问卷
tui-interview-form-hint = 作为一项追加到 engagement.yaml 访谈名单的末尾；文件中的注释保持不变。
tui-interview-all-done = 全部 { $n } 场访谈均已完成：`cxassess report .` 生成项目报告。
