# 项目文件 engagement.yaml 中的问题（engagement/parse.rs）：客户、轮次、问卷、答卷人名单、已商定
# 的行动与目标。每个问题有“是什么”和“-fix”（显示在“修正：”之后）。文件中的 id、名称和值作为参数。

err-engagement-date = 这不是“年-月-日”（`YYYY-MM-DD`）格式的日期
err-engagement-date-fix = 日期写成 `YYYY-MM-DD`，例如 2026-11-20
err-engagement-format = `format` '{ $format }' 不是项目文件
err-engagement-format-fix = 项目文件的第一行是 `format: { $expected }`
err-engagement-client = 客户名称为空
err-engagement-client-fix = 写明所评估的客户
# `period` 是这一轮的标签。
err-engagement-period = `period` 不是标签
err-engagement-period-fix = 写一个标签，例如 2026-Q4
err-engagement-instrument = '{ $id }' 既不是内置问卷，也不是问卷文件
# $ids 列出内置问卷。
err-engagement-instrument-fix = 使用内置问卷 id（{ $ids }），或相对于项目文件夹的问卷文件路径（`…​.yaml`）
err-engagement-roster-instrument-fix = 使用内置问卷 id 或问卷文件的路径
err-engagement-respondent-empty = 答卷人为空
err-engagement-respondent-empty-fix = 写明姓名或编号
err-engagement-roster-twice = '{ $respondent }' 在名单中出现了两次
err-engagement-roster-twice-fix = 每位答卷人只保留一项（在该项中列出其所有问卷）
err-engagement-not-listed = '{ $id }' 不是本项目的问卷
err-engagement-not-listed-fix = 把它加入 `instruments:`（{ $instruments }）
err-engagement-action-id = 行动 id '{ $id }' 为空或重复使用
err-engagement-action-id-fix = 为每项行动取一个简短且唯一的 id（a1、a2……）
err-engagement-action-title = 行动没有标题
err-engagement-action-title-fix = 写明要做什么
# $words 列出允许的词。
err-engagement-status = 状态 '{ $status }' 不是 { $words } 之一
err-engagement-use-one-of = 使用以下之一：{ $words }
err-engagement-tier = '{ $tier }' 不是层级
err-engagement-group = '{ $group }' 不是 { $instrument } 的组
err-engagement-target = '{ $group }' 的目标不是 { $instrument } 的有效水平
err-engagement-target-maturity-fix = 给出 1 到 5 的成熟度等级
err-engagement-target-fix = 给出 { $low } 到 { $high } 之间的数
