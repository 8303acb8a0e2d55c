## 答题程序与主屏幕（src/tui）中结束命令的消息。

# 对没有 1–5 分评分的问卷执行 `run --consensus`；$kind 为其类型（kano、servqual……）。
err-tui-consensus-kind = --consensus 用于确定金字塔与成熟度问卷的 1–5 分评分；{ $id } 是 { $kind } 类问卷：请用 `cxassess report { $dir }` 出报告
# 文件夹 $dir 中的评分者少于两位时执行 `run --consensus`。
err-tui-consensus-few-raters = { $dir } 中只有 { $n } 位 { $id } 的{ -rater }：共识用于两位或以上{ -rater }意见不一之处；请先访谈他们（在项目中执行 `cxassess run { $id } --respondent 姓名 --role 角色`）
# 向 engagement.yaml 中写成行内形式的名单添加受访者。
err-tui-roster-inline = engagement.yaml 中的名单写成了行内形式（[…]）：要在主屏幕上添加受访者，请把它写成列表，每行一个 `- respondent:` 项
# 添加的名单项读回时与写入的不同。
err-tui-roster-readback = { $file }：'{ $respondent }' 的名单项读回时与写入的不同；请手工添加
# `run --out 文件` 而该文件是另一份问卷的答案。
err-tui-other-instrument = { $file } 保存的是 '{ $held }' 的答案，不是 '{ $id }' 的：续答请运行 `cxassess run { $held } --out { $file }`，或另选 --out
# 逐行模式的输出被关闭：发生了什么、保存了什么、如何继续，各成一句。
err-tui-output-closed = { $closed }。{ $saved }。{ $resume }
