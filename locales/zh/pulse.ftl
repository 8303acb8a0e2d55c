## 脉搏报告：净推荐值、满意度与费力度。

pulse-nps = 净推荐值
pulse-csat = 客户满意度（CSAT）
pulse-ces = 客户费力度（CES 2.0）
pulse-no-answers = 没有净推荐值、满意度或费力度答案：所有指标均为 n/a。
pulse-interval = 95% 区间：{ $low } 至 { $high }
pulse-interval-none = 95% 区间：n/a
pulse-n = n = { $n }
pulse-nps-makeup = 推荐者 { $promoters }（{ $promoters_share }）· 被动者 { $passives }（{ $passives_share }）· 贬损者 { $detractors }（{ $detractors_share }）
pulse-csat-detail = { $n } 人中 { $satisfied } 人回答 4–5 · 平均 { $mean } / 5
pulse-ces-detail = 1–7 的平均值 · 容易（5–7）{ $easy } / { $n } = { $share }
pulse-ces-value = { $mean } / 7
pulse-detractors = 贬损者 0–6
pulse-passives = 被动者 7–8
pulse-promoters = 推荐者 9–10
pulse-nps-makeup-title = 净推荐值构成
pulse-nps-makeup-caption = 贬损者、被动者与推荐者所占比例。
pulse-nps-answers = 0–10 各分值的答案数
pulse-nps-answers-desc = 每个分值（0–10）的答卷人数。
pulse-nps-answers-caption = 推荐意愿 0–10 分量表上各分值的答案数。
pulse-nps-intervals = 净推荐值及 95% 区间
pulse-nps-intervals-desc = 点估计与调整 Wald 95% 区间，−100 至 +100。
pulse-nps-intervals-caption = 净推荐值及其 95% 区间（调整 Wald 法），范围 −100 至 +100。
pulse-csat-answers = 满意度答案 1–5
pulse-csat-answers-desc = 每个分值（1–5）的答卷人数。
pulse-csat-answers-caption = 各分值的答案数；4 与 5（绿色）计为满意。
pulse-csat-intervals = 满意度及 95% 区间
pulse-csat-intervals-desc = 满意比例及 Wilson 95% 区间，0 至 100。
pulse-csat-intervals-caption = 满意度及其 95% Wilson 区间，0 至 100。
pulse-ces-answers = 费力度答案 1–7
pulse-ces-answers-desc = 每个分值（1–7）的答卷人数。
pulse-ces-answers-caption = “让我轻松处理”各分值的答案数；5–7（绿色）计为容易。
pulse-ces-intervals = 费力度平均值及 95% 区间
pulse-ces-intervals-desc = 平均同意程度及 Student-t 95% 区间，1 至 7。
pulse-ces-intervals-caption = 费力度平均值及其 95% t 区间，1 至 7。
pulse-all-respondents = 全部答卷人
pulse-role-label = { $role }（n={ $n }）
pulse-by-role = 按角色
pulse-role = 角色
pulse-why = 打分原因
pulse-group-promoters = 推荐者（9–10）
pulse-group-passives = 被动者（7–8）
pulse-group-detractors = 贬损者（0–6）
pulse-group-unrated = 未回答推荐意愿
pulse-reason-by = { $respondent }（{ $nps }）
pulse-step-collect = 尚无净推荐值、满意度或费力度答案：请用 `cxassess run pulse` 收集，或用 `cxassess report FILE.csv --instrument pulse` 读取问卷平台导出的数据。
pulse-step-detractors = 请在一周内联系 { $n } 位贬损者，针对问题闭环处理；他们给出的原因见上文。
pulse-step-passives = 询问 { $n } 位被动者：怎样才会让他们愿意推荐？他们离成为推荐者最近。
pulse-step-effort = { $n } 人中有 { $hard } 人认为处理问题不够容易（CES 1–4）：梳理这些问题经过的步骤，先去掉最费力的一步。
pulse-step-csat = { $n } 人中有 { $unsatisfied } 人不满意（CSAT 1–3）：结合净推荐值原因一起阅读，找出共同原因。
pulse-step-noise = 两次调查各有 { $n } 个答案时，净推荐值小于约 { $difference } 分的变化都在噪声范围内（两次独立调查之间的 95% 临界差值）：请先收集更多答案，再据趋势行动。
pulse-step-repeat = 按固定节奏重复脉搏调查，并用 `cxassess diff OLD NEW` 与 `cxassess trend FILES…` 对比各次结果。
pulse-counted-as = 本次答案计为{ $group }。
pulse-a-promoter = 推荐者
pulse-a-passive = 被动者
pulse-a-detractor = 贬损者
pulse-method-nps = 净推荐值：9–10 分为推荐者，7–8 分为被动者，0–6 分为贬损者；净推荐值 = 推荐者百分比 − 贬损者百分比（−100 至 +100），被动者计入总数。
pulse-method-nps-interval = 净推荐值 95% 区间：调整 Wald 法（Rocks 2016）——先加入 ¾ 个推荐者、¾ 个贬损者并使 n 加 3，再按两比例之差求区间；所有答案落在同一组时区间仍有意义。
pulse-method-csat = 满意度（CSAT）= 在 1–5 分中回答 4 或 5 的比例 × 100；95% Wilson 得分区间。
pulse-method-ces = 费力度 CES 2.0：1–7 级同意程度的平均值，以及回答 5–7（容易）的比例；平均值的 95% Student-t 区间。绝不混入 CES 1.0（1–5 分费力程度）。
pulse-method-intervals = 区间至少需要 2 个答案；CES 区间还需要答案不完全相同。没有答案时所有指标为 n/a，绝不记为 0。
pulse-method-unscored = “{ $metric }”使用 { $min }–{ $max } 分量表，而非该指标规定的量表，因此不计分。
pulse-method-reasons-omitted = 每组只列出前 { $kept } 条原因；另有 { $omitted } 条已计数但未列出。
pulse-ces-easy = 费力度：容易（5–7）的比例
