## 术语表：每个概念在每种语言中只有一个名称。消息用 { -术语 } 引用它们，而不是重复写出这个词；
## 内置问卷的中文文字也使用同样的名称。
## .avoid 列出不得用于该概念的其他说法（逗号分隔）；.alias 列出允许出现这些说法的原文片段
## （明确说明“亦称/原称”的地方）。src/lang/glossary_tests.rs 检查所有目录消息和内置问卷。

# 金字塔的三个层级（体验/忠诚关联模型的“基本/绩效/激励”只可作为明示的别称出现）。
-tier-basic = 初级体验
    .avoid = 基础体验, 基本体验
    .alias = 称为基本体验、绩效体验和激励体验
-tier-performance = 中级体验
    .avoid = 绩效体验
    .alias = 称为基本体验、绩效体验和激励体验
-tier-excitement = 高级体验
    .avoid = 激励体验, 兴奋体验
    .alias = 称为基本体验、绩效体验和激励体验
# 金字塔的识别体验（recognition）：种子资料称“认知体验”，只可作为明示的原称出现。
-recognition = 识别体验
    .avoid = 认知体验, 认可体验
    .alias = 原称“认知体验”
# 感知（perception）：客户实际感受到的服务，以及各方看法之间的感知差距；“认知”会与识别体验的原称混淆。
-perception = 感知
    .avoid = 认知
    .alias = 原称“认知体验”
# 对同一题目评分的人（rater，一致性与共识）。
-rater = 评分者
    .avoid = 评估者, 评分人, 评价者
    .alias = 评分人数
# 回答问卷的人（respondent）。
-respondent = 答卷人
    .avoid = 答题人, 应答者, 填答人, 回答者
# 问卷（instrument）。
-instrument = 问卷
    .avoid = 测评工具, 量表工具
# 结果文件（results file）。
-results-file = 结果文件
    .avoid = 结果档案, 答卷文件
# 项目（engagement）。
-engagement = 项目
    .avoid = 咨询案, 委托项目
# 轮（wave）。
-wave = 轮
    .avoid = 波次, 期次
# 备注（note）。
-note = 备注
    .avoid = 批注
