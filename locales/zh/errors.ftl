# 错误消息：所有消息共用的框架（error.rs）。各条消息本身按发现问题的模块放在 errors-*.ftl。

# CSV 文件中某个位置的问题：$what 说明出了什么错。
error-csv-place = 第 { $row } 行，第 { $column } 列（{ $header }）：{ $what }
# 修正问题的办法，在问题的下一行。
error-fix = 修正：{ $fix }
# 用 Ctrl-C 离开答题程序。
error-interrupted = 已中断；答案已保存到 { $path }
# 问题列表之后。
error-problems = 共 { $n } 个问题
# 消息中列表各项（id、名称、值）之间的分隔符。
error-list-separator = 、
