## 五差距报告：客户（servqual）文件与管理层/员工（gaps）文件合并，绘制成模型并给出各差距的得分。

fivegap-title = 服务质量五差距模型
fivegap-customers = { $n } 位客户
fivegap-providers = { $n } 位管理者与员工
fivegap-who = { $customers }（{ $customer_sources }）· { $providers }（{ $roles }；{ $provider_sources }）
fivegap-customer = 客户
fivegap-provider = 服务提供方
fivegap-box-expected = 期望的服务
fivegap-box-perceived = 感知的服务
fivegap-box-delivery = 服务传递
fivegap-box-communications = 对外沟通（承诺）
fivegap-box-standards = 服务质量标准
fivegap-box-management = 管理者对客户期望的感知
fivegap-drawing-title = 五差距模型及各差距得分
fivegap-drawing-desc = { $title }：{ $score }
fivegap-legend = 差距 1–4：驱动因素得分 1–7，越高越健康（差距越小）；Δ = 管理者估计 − 客户期望。差距 5：{ $unit }（负值表示不足）。各差距量纲不同：差距 5 是差距 1–4 的结果，而非它们之和。

fivegap-gaps = 各差距
fivegap-col-gap = 差距
fivegap-col-between = 位于
fivegap-col-score = 得分
fivegap-col-also = 补充
fivegap-also-1 = Δ { $delta } · 平均绝对误差 { $mae }
fivegap-also-5 = { $unit } · 加权 { $weighted }
fivegap-also-direct = 直接题目 { $score }
fivegap-mae = 平均绝对误差 { $mae }

fivegap-weakest = 各差距最弱的驱动因素
fivegap-weakest-line = { $title }：{ $drivers }
fivegap-no-answers = 无答案
fivegap-driver = { $name } { $score }

fivegap-worst = 客户差距（差距5）最大的维度
fivegap-worst-none = 没有维度的差距 5 为负。
fivegap-worst-line = { $name }：{ $parts }
fivegap-worst-gap5 = 差距5 { $gap }（E { $e }，P { $p }，n={ $n }）
fivegap-worst-gap1 = 差距1 Δ { $delta }
fivegap-worst-direct = 差距 { $n } { $what } { $score }
fivegap-what-2 = 标准
fivegap-what-3 = 交付
fivegap-what-4 = 承诺
fivegap-worst-more = 另有 { $n } 个维度的差距 5 为负：{ $names }。
fivegap-customers-caption = 客户：各维度的期望与感知。

fivegap-gap1 = 各维度差距1：估计与客户自身期望对比
fivegap-col-dimension = 维度
fivegap-col-customers = 客户期望
fivegap-col-managers = 管理者估计
fivegap-col-gap1 = 差距1 Δ
fivegap-col-staff = 员工估计
fivegap-col-gap6 = 差距6
fivegap-col-gap7 = 差距7
fivegap-accuracy = 估计的准确度（各题平均绝对误差）：管理者 { $managers }
fivegap-accuracy-staff = 估计的准确度（各题平均绝对误差）：管理者 { $managers } · 员工 { $staff }
fivegap-drivers = 驱动因素（1–7，越高越健康）

fivegap-step-weakest = 差距 { $n }（{ $name }）的驱动因素最弱（{ $score }）：先改进{ $drivers }。
fivegap-step-misjudge = 管理者对客户期望判断偏差最大的题目是 { $items }：请与他们分享客户调查结果，并直接倾听客户（差距 1）。
fivegap-step-item = { $id }（{ $gap }）
fivegap-step-worst-direct = 客户在{ $name }上感到的不足最大（{ $gap }）；对此，员工和管理者给{ $weakest }的评分最低（{ $score }）：先从这里入手。
fivegap-step-worst = 客户在{ $name }上感到的不足最大（{ $gap }）：回答各维度的可选直接题目，可看出它来自哪个服务提供方差距。
fivegap-step-staff = 也请一线员工作答：交付差距的驱动因素由他们回答，他们对客户期望的估计还能给出差距 6 和 7。
fivegap-step-small-n = 仅有 { $customers }，差距 5 仅供参考：在依据细微差异行动前，请至少调查 { $min } 位客户。
fivegap-step-diagnostics = 驱动因素得分是与团队讨论的诊断依据，不是经过验证的心理测量量表。

fivegap-method-gap1 = 每题差距 1 = 管理者平均估计 − 客户平均期望（使用客户给出的全部期望，无论是否回答感知；容忍区间调查用理想水平）。正值表示管理者以为客户的期望比实际更高。差距 6 = 员工估计 − 客户期望；差距 7 = 员工 − 管理者。
fivegap-method-dimension = 维度的差距 1 为其各题差距的平均值；总体差距 1（Δ）为各维度差距 1 的平均值（先维度后总体，与 SERVQUAL 总体差距相同）；准确度为各题的平均绝对误差。
fivegap-method-scales = 差距 1–4 的得分为驱动因素得分（其构念的平均值，1–7，越高越健康）；差距 5 为 SERVQUAL 未加权总体差距，其加权值列于旁边。各差距量纲不同，差距 5 是差距 1–4 的函数，绝非其和。差距 4 位于实际交付的服务与对外沟通的承诺之间。
fivegap-method-worst = 差距 5 最差的维度为差距为负的维度，最负的在前；前 { $shown } 个详细说明，其余列出名称。
