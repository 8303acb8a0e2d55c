# 错误消息：所有消息共用的框架（error.rs）。各条消息本身按发现问题的模块放在 errors-*.ftl。

# 问题在 CSV 文件中的位置。
error-csv-place = 第 { $row } 行，第 { $column } 列（{ $header }）
# 修正问题的办法之前。
error-fix-label = 修正：
# 用 Ctrl-C 离开答题程序。
error-interrupted = 已中断；答案已保存到 { $path }
# 问题列表之后。
error-problems = 共 { $n } 个问题
