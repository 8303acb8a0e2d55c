## `cxassess status`：项目中谁回答了什么。

status-meta = { $respondents } 位答卷人 · 已答题数／应答题数；✓ 已完成
status-respondent = 答卷人
status-role = 角色
status-done = { $answered }/{ $asked } ✓
status-partial = { $answered }/{ $asked }
status-not-started = 0/{ $asked }
status-off-roster = （不在名单上）
status-total = 已完成合计
status-total-cell = { $respondents } 人中 { $complete } 人
status-waiting = 尚未开始（{ $n }）：{ $names }
status-actions = 行动项
status-action = 行动
status-owner = 负责人
status-due = 截止日期
status-state = 状态
status-overdue = 已逾期
action-open = 未开始
action-in-progress = 进行中
action-done = 已完成
action-dropped = 已放弃
status-name = { $name }（{ $respondent }）
