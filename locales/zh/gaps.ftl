## 五差距模型的管理层与员工部分：差距 1–4 的驱动因素、各维度的直接题目以及对客户期望的估计。差距名称与五差距报告共用。

gaps-name-1 = 倾听差距
gaps-name-2 = 标准差距
gaps-name-3 = 交付差距
gaps-name-4 = 沟通差距
gaps-name-5 = 客户差距
gaps-name-6 = 员工与客户的感知差距
gaps-name-7 = 员工与管理者的感知差距
gaps-between-1 = 客户期望 ↔ 管理者对客户期望的感知
gaps-between-2 = 管理者的感知 ↔ 服务质量标准
gaps-between-3 = 服务标准 ↔ 实际交付的服务
gaps-between-4 = 交付的服务 ↔ 对外沟通的承诺
gaps-between-5 = 期望的服务 ↔ 感知的服务
gaps-between-6 = 客户期望 ↔ 员工对客户期望的估计
gaps-between-7 = 员工的估计 ↔ 管理者的估计
gaps-title = 差距 { $n }——{ $name }
gaps-label = 差距 { $n }
gaps-reverse-note = （{ $name }，反向计分）
gaps-with-note = { $name }{ $note }
gaps-dimension-tangibles = 有形性
gaps-dimension-reliability = 可靠性
gaps-dimension-responsiveness = 响应性
gaps-dimension-assurance = 保证性
gaps-dimension-empathy = 移情性

gaps-meta = 驱动因素得分 1–7，越高越健康（差距越小）
gaps-diagnostic = 驱动因素得分是诊断指标，不是经过验证的心理测量量表。
gaps-drivers-of = { $k }/{ $of } 个驱动因素
gaps-weakest = 最弱：{ $drivers }
gaps-drivers = 驱动因素
gaps-col-driver = 驱动因素
gaps-col-score = 得分
gaps-chart-title = 差距 1–4 的驱动因素（越高越健康）
gaps-chart-desc = { $name }：{ $score }
gaps-chart-caption = 反向计分后的构念平均得分；虚线为量表中点。
gaps-midpoint = 中点
gaps-direct = 各维度直接题目（1–7，越高差距越小）
gaps-col-dimension = 维度
gaps-col-standards = 差距2
gaps-col-delivery = 差距3
gaps-col-promises = 差距4
gaps-direct-key = 差距2：有客户定义的标准 · 差距3：实际服务达到标准 · 差距4：承诺与交付一致
gaps-direct-cell = { $score }（n={ $n }）
gaps-estimates = 对客户期望的估计（1–7）
gaps-col-managers = 管理者
gaps-col-staff = 员工
gaps-col-gap7 = 差距7（员工 − 管理者）
gaps-col-gap7-abs = |差距7|
gaps-gap7-mae = 差距7平均绝对误差：{ $mae }
gaps-gap1-needs-customers = 差距1需要客户自己的期望：请在本报告中加入一个 servqual 结果文件。

gaps-step-weakest = 差距 { $n }（{ $name }）的驱动因素最弱（{ $score }）：从{ $drivers }入手。
gaps-driver-score = { $name }（{ $score }）
gaps-and = 和
gaps-step-statement = { $driver }（{ $score }）：“{ $statement }”得分 { $item }（n={ $n }）{ $keyed }——{ $action }
gaps-step-statement-no-action = { $driver }（{ $score }）：“{ $statement }”得分 { $item }（n={ $n }）{ $keyed }——请询问团队是什么在阻碍。
gaps-reverse-keyed = ，反向计分
gaps-step-none = 尚无驱动因素的答案：管理者回答差距 1、2、4 的驱动因素，一线员工回答差距 3、4 的驱动因素。
gaps-step-staff = 也请一线员工作答：交付差距（差距 3）的驱动因素应由他们回答，他们对客户期望的估计还能给出差距 6 和 7。
gaps-step-combine = 与客户调查结合：`cxassess report CUSTOMERS.yaml THIS-FILE.yaml`（servqual 结果文件与本文件）绘制五差距模型，给出差距 1（管理者估计与客户自身期望之差）和差距 5。
gaps-step-diagnostics = 请将驱动因素得分视为与团队讨论的诊断依据，而非经过验证的测量结果。

gaps-method-reverse = 标注为反向的驱动题目先按 8 − x（最小值 + 最大值 − x）计分；以“健康”名称显示的构念（扁平结构、角色和谐、角色清晰、承诺自律）不会再次反向——其题目已经反向计分。
gaps-method-construct = 构念得分 = 答卷人已答题目（1–7）的平均值，再对答卷人取平均；越高越健康，即差距越小。
gaps-method-gap = 差距得分（差距 1–4）= 其各构念得分的平均值；无人作答的构念不计入，并显示计入的个数。
gaps-method-alpha = 每个构念以反向计分后的题目计算 Cronbach's α（列删除）；α 为负时标注 !，无定义时显示 n/a，完整答卷少于 { $min } 份时不显示（n < { $min }）。
gaps-method-direct = 各维度的直接题目（客户定义的标准、按标准交付、承诺与交付一致）：平均同意程度 1–7，越高差距越小。
gaps-method-estimates = 对客户期望的估计：角色为 staff 计为员工；角色为 manager 或未注明角色计为管理者；其他角色的估计不予使用。差距 7 = 每题员工平均估计 − 管理者平均估计；维度差距为其题目差距的平均值，平均绝对误差为 |差距| 的平均值。
gaps-method-statements = “下一步”对每个低于中点（{ $mid }）的驱动因素，列出其低于中点的陈述（最弱在前，每个驱动因素最多 { $per } 条）及问卷给出的改进行动；陈述得分为反向计分后的平均值。
gaps-method-diagnostics = 这些驱动因素得分是用于引发讨论的诊断指标，而不是经过验证的心理测量量表。
gaps-summary-title = 驱动因素得分（1–7，越高越健康）：
