## 项目报告（`cxassess report DIR`）。

engagement-title = 项目报告 — { $title }
engagement-meta = { $instruments } 份问卷 · { $responses } 份答卷
engagement-anonymized = 答卷人以角色编号显示（管理者 1、客户 2……），不显示姓名。
engagement-summary = 摘要
engagement-fivegap = 五差距模型
engagement-actions-summary = 已商定行动 { $n } 项{ $overdue ->
    [0] ，均未逾期。
   *[other] ，其中 { $overdue } 项已逾期。
}
engagement-voices = 原话：备注与“不适用”原因
engagement-method = 本报告汇总项目文件夹中的全部结果文件：每份问卷的文件先按答卷人合并（同一答卷人出现在同一问卷的两个文件中会被拒绝），各部分即 `cxassess report` 对该问卷单独给出的报告，五差距模型由 servqual 与 gaps 文件共同得出。
