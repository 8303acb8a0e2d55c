## 运行器中的沿用答案（`run --from`）、项目文件夹中的访谈主页、共识会（`run --consensus`）。

tui-kept = ✔ 第 { $n } 题：{ $answer }，沿用上一轮 · 按 e 为其添加备注
tui-kept-back = { $kept } · 已回到第 { $back } 题
tui-previous-kept = ↺ 沿用上一轮，未作改动
tui-plain-keep = 直接回车 = 保留上一轮答案

tui-consensus-title = 共识 · { $title }
tui-consensus-who = { $n } 位评估者
tui-consensus-rater = 评估者
tui-consensus-rating = 评分
tui-consensus-note = 备注
tui-consensus-ratings = 各评估者的评分
tui-consensus-unrated = 未评分
tui-consensus-spread = 评分 { $min }–{ $max }，中位数 { $median }
tui-consensus-rationale-title = 第 { $n } 项商定评分的理由：{ $title }（Ctrl-S 保存）
tui-consensus-intro = { $title } 的共识：{ $raters } 位评估者在 { $n } 个题目上意见不一（评分相差 2 分或以上）。每个商定的评分及其理由一经给出即保存到 { $path }。
tui-consensus-resuming = 继续：已商定 { $agreed }/{ $n } 项，从第一个尚无商定评分的题目开始。
tui-consensus-agreed-prompt = 商定评分（{ $min }–{ $max }；n = 不适用；b = 上一项；q = 退出；直接回车 = 跳过）：
tui-consensus-rationale-prompt = 理由：为何给出这个评分（直接回车 = 无）：
tui-consensus-done = 全部 { $n } 个分歧题目均已有商定评分。
tui-consensus-missing = 还有 { $missing }/{ $n } 个分歧题目尚无商定评分；再次运行同一命令即可继续。
tui-consensus-none = { $instrument } 的 { $raters } 位评估者在每个题目上相差都不超过一分：没有分歧，无需记录共识；`cxassess agree` 可查看他们的一致程度。
tui-consensus-resume = 继续共识：cxassess run { $instrument } --consensus
tui-consensus-missing-go = 还有 { $missing }/{ $n } 个分歧题目尚无商定评分：按 g 前往
