## 命令行自身输出的用词（`list`）。

list-questions = 题数
list-version = 版本
list-title = 名称
list-builtins = 内置问卷
list-no-sessions = 没有已保存的会话：{ $dir }
list-sessions = 已保存的会话：{ $dir }
list-complete = 已完成
list-unreadable = 无法读取：{ $path }：{ $error }
