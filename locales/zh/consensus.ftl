## 金字塔或成熟度报告中评分者之间的共识（`run --consensus`）。

role-consensus = 共识
consensus-meta = 主要数字：采用研讨会就 { $items } 个分歧题达成的共识，{ $raters } 位{ -rater }各自的数字按角色列于其旁。
consensus-method = 共识：计算主要数字时，在已达成共识的 { $items } 个题目上，以共识研讨会（consensus.yaml）商定的评分替代每位{ -rater }的评分；其余题目采用{ -rater }各自的评分。角色“共识”显示这些数字，其他角色显示{ -rater }各自的数字。
consensus-open = 尚有 { $n } 个分歧题没有商定的评分：其数字为{ -rater }各自的评分，相差两分或以上。请用 `cxassess run <instrument> --consensus` 继续商定。
