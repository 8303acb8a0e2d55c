# CSV 答案文件中的问题（response/csv*.rs），显示在文件名和位置“第 R 行，第 C 列（列名）”之后。每个问题有
# “是什么”和“-fix”（显示在“修正：”之后）。$value 是文件中的单元格内容，已加引号并截短；列名、id
# 和值作为参数，保持原样。NA（不适用）是单元格中键入的词，保留原文。

## 整个文件（response/csv.rs、csv/stream.rs、csv/stream/problems.rs）。

err-csv-and-more = 还有更多……：在第 { $row } 行发现 { $n } 个问题后停止检查
err-csv-and-more-fix = 先修正这些问题，再运行一次命令即可看到其余问题
err-csv-respondent-twice = 答卷人 '{ $respondent }' 也出现在第 { $row } 行
err-csv-respondent-twice-fix = 每行写不同的答卷人，或将该单元格留空，该行即命名为 row-<n>
# $role 是该行的角色；$audience 列出回答问卷 $id 的角色。
err-csv-role = '{ $role }' 不回答 { $id }：回答它的是 { $audience }
err-csv-role-fix = 用 { $role } 回答的问卷导入这一行，或改正角色
# $out 是 import 要写入的结果文件；$size 与 $limit 以字节为单位。
err-csv-import-too-big = 这 { $n } 份答卷会使 { $out } 达到 { $size } 字节，超过结果文件允许的 { $limit } 字节，因此未写入任何内容：请把 CSV 拆分后分别导入不同的结果文件（报告可同时读取它们：`cxassess report a.yaml b.yaml`），或直接用 `cxassess report --instrument { $id } FILE.csv` 对 CSV 出报告
err-csv-empty = 文件没有标题行（文件为空）
# $hint 即 err-csv-template-hint。
err-csv-empty-fix = 第一行必须写明各列的名称；{ $hint }
err-csv-no-header-row = 文件没有标题行
err-csv-cell-too-long = 该单元格长 { $size } 字节（开头为 { $begins }）；单元格最多 { $limit } 字节
err-csv-cell-too-long-fix = 请确认这是正确的文件，并检查单元格中每个开引号都有对应的闭引号
# 用作没有列名的列的列名。
err-csv-no-header = 无列名
err-csv-unnamed-column = { $value } 位于没有列名的列中
err-csv-unnamed-column-fix = 为该列命名（`respondent`、`role` 或答案路径；{ $hint }），或删除该值
err-csv-row-too-long = 第 { $row } 行超过 { $limit } 字节，读取在此停止
err-csv-row-too-long-fix = 请确认这是正确的文件，并检查单元格中每个开引号都有对应的闭引号（未闭合的引号会使文件其余部分成为一个单元格）
err-csv-cell-not-utf8 = 该单元格不是 UTF-8 文本
err-csv-cell-not-utf8-fix = 将文件另存为 UTF-8 编码（在 Excel 中选择“CSV UTF-8”）；带字节顺序标记（BOM）也可以
err-csv-row-length = 第 { $row } 行有 { $len } 个单元格，但标题行有 { $expected } 个
err-csv-row-length-more-fix = 删除多余的单元格，或给含分隔符的单元格加上引号
err-csv-row-length-fewer-fix = 补上缺少的单元格（未作答则留空），或给含换行的单元格加上引号
# 显示在 CSV 读取器自己的错误说明（英文）之后。
err-csv-not-csv-fix = 请确认文件是 CSV 格式
# 读取文件的线程未读完就结束了（程序缺陷）。
err-csv-reading-stopped = 读取文件意外中止

## 标题行（response/csv/columns.rs、csv/columns/target.rs）。

# 用作标题行本身或最后一列之后的问题位置的列名。
err-csv-header-row = 标题行
err-csv-beyond-header = 超出标题行
# $spec 是问卷的 id 或文件。
err-csv-template-hint = `cxassess template { $spec } --format csv` 会列出所有列名
err-csv-too-many-columns = 标题行有 { $n } 列；cxassess 最多读取 { $max } 列
err-csv-too-many-columns-fix = 请确认这是正确的文件；{ $hint }
# $n 是列名的字符数。
err-csv-header-too-long = 列名长 { $n } 个字符（开头为 { $begins }）；列名应是答案路径
err-csv-header-too-long-fix = 请确认第一行是标题行；{ $hint }
err-csv-column-twice = 列 '{ $name }' 与第 { $column } 列（'{ $other }'）指向同一个答案
err-csv-column-twice-fix = 保留其中一列，删除另一列
err-csv-columns-and-more = 还有更多……：发现 { $problems } 个问题后，另有 { $n } 列未检查
# $found 列出文件的前几个列名。
err-csv-no-answer-columns = 标题行中没有 { $id } 的答案列（找到的是：{ $found }）
err-csv-no-answer-columns-fix = 第一行必须写明答案列的名称；{ $hint }
# $kind 是题型（kano、pair、allocation）；$columns 是它对应的各列。
err-csv-column-parts = '{ $name }' 是包含多项的 { $kind } 题，每项各占一列
err-csv-column-parts-fix = 将各列命名为 { $columns }
err-csv-column-unknown = 未知的列 '{ $name }'：{ $id } 版本 { $version } 中没有这个题目或答案项
err-csv-column-unknown-suggest-fix = 是不是要写 '{ $suggestion }'？重命名该列或删除它；{ $hint }
err-csv-column-unknown-fix = 将该列重命名为 { $id } 的答案路径，或删除它；{ $hint }
err-csv-column-single = 题目 '{ $id }' 只有单个值，没有 '{ $part }' 项
err-csv-column-single-fix = 将该列命名为 '{ $id }'
err-csv-column-no-importance = { $instrument } 中的功能 '{ $id }' 不询问重要程度
err-csv-column-no-importance-fix = 删除该列，或在问卷中为该功能加上 `importance: true`
err-csv-column-part = 题目 '{ $id }' 没有 '{ $part }' 项
err-csv-column-part-suggest-fix = 是不是要写 '{ $suggestion }'？它的各列为 { $columns }
err-csv-column-part-fix = 它的各列为 { $columns }

## 单元格可填写的内容，即单元格出错时的修正办法（csv/columns.rs）。由几段组成：整数范围，
## 量表的标签或等级名称，然后是结尾。

err-csv-hint-number = 填写 { $min } 到 { $max } 之间的整数
# $names 是各级的编号及名称，例如 1 'Ad hoc'/'起步'。
err-csv-hint-level-names = { $hint }，或等级名称（{ $names }）
# $labels 是量表中有标签的刻度，例如 1 'Strongly disagree'/'非常不同意'。
err-csv-hint-labels = { $hint }，或标签（{ $labels }）
# 题目接受 NA 时 $na 为 yes，否则为 no。
err-csv-hint-end = { $hint }{ $na ->
    [yes] ；不适用时写 NA
   *[no] {""}
}；未作答则留空

## 单个单元格（response/csv/cells.rs、csv/row.rs、csv/extras.rs）。

err-csv-outside-scale = { $value } 超出量表 { $min }–{ $max }
err-csv-not-whole = { $value } 不是整数
err-csv-not-point-or-label = { $value } 既不是量表上的刻度，也不是该量表的标签
err-csv-not-kano-code = { $value } 不是卡诺答案代码（1–5）
err-csv-not-kano = { $value } 不是卡诺答案
# 标准措辞按程序接受的原文引用，中英文都有。
err-csv-kano-fix = 填写代码 1–5（1 `like`、2 `must-be`、3 `neutral`、4 `live-with`、5 `dislike`）、上述英文词，或标准的卡诺措辞，例如 '我喜欢'/'理所当然'/'无所谓'/'能忍受'/'我不喜欢' 或 'I like it that way'、'I expect it'；未作答则留空
err-csv-points-fix = 填写 0 或以上的分数（例如 20 或 12.5），或留空
err-csv-negative-points = { $value } 不是非负的分数
err-csv-not-points = { $value } 不是分数
err-csv-na-not-allowed = '{ $id }' 不允许填 NA（不适用）
err-csv-na-not-allowed-fix = 给出答案；未作答则留空
# $part 为 importance（1–9 的重要程度评分列）或 answer（卡诺答案列）。
err-csv-kano-na = NA 不是{ $part ->
    [importance] 重要程度评分
   *[other] 卡诺答案
}，且功能 '{ $id }' 不允许“不适用”
err-csv-kano-na-fix = 填写{ $part ->
    [importance] 重要程度（1–9）
   *[other] 答案（1–5 或卡诺措辞）
}；未作答则留空
# $column 与 $header 指出有答案的那一列。
err-csv-kano-na-mixed = 此处的 NA 与第 { $column } 列（{ $header }）的答案矛盾：卡诺功能要么整体不适用，要么作答
err-csv-kano-na-mixed-fix = 在 '{ $id }' 的每一列都写 NA（或将其他列留空），或者给出答案而不写 NA
err-csv-allocation-na-mixed = 此处的 NA 与第 { $column } 列（{ $header }）的分数矛盾：分配题要么整体不适用，要么把分数分配到各项
err-csv-allocation-na-mixed-fix = 无关紧要的项给 0 分，或在分配题的每一项都写 NA
err-csv-allocation-sum = '{ $id }' 的分数合计为 { $sum }
err-csv-allocation-sum-fix = 把 { $total } 分分配到 { $parts } 项（至少一项大于 0），未作答则将 '{ $id }' 的所有单元格留空
err-csv-confidence = { $value } 不是把握等级
err-csv-confidence-fix = 填写 `low`、`medium` 或 `high`，或留空
# $value 是加了引号的理由单元格；$id 是题目。
err-csv-na-reason-not-na = 给出了不适用的理由（{ $value }），但本行 '{ $id }' 的答案不是 NA
err-csv-na-reason-not-na-fix = 在 '{ $id }' 的答案列写 NA（文本列写 #N/A），或将 `{ $id }.na_reason` 单元格留空
# 依据单元格由 "supports: <ref>" 或 "contradicts: <ref>" 条目组成，以 " | " 分隔。
err-csv-evidence-fix = 每条写成 `supports: <ref>` 或 `contradicts: <ref>`，以 ` | ` 分隔（ref 中的 | 写成 ||），或留空
err-csv-evidence-too-many = 该单元格有 { $n } 条依据；每个答案最多 { $max } 条
# $n 是单元格中条目的序号（从 1 起）；$entry 是加了引号的条目。
err-csv-evidence-no-kind = 第 { $n } 条（{ $entry }）不是以 `supports:` 或 `contradicts:` 开头
err-csv-evidence-kind = 第 { $n } 条以 { $word } 开头，它不是 `supports` 或 `contradicts`
# $what 是下面 err-evidence-… 消息之一。
err-csv-evidence-entry = 第 { $n } 条：{ $what }

## 记录依据与把握（response/evidence.rs），来自单元格或答题程序。

err-evidence-no-reference = 依据没有引用：给出路径、网址或加引号的原话
err-evidence-long-reference = 引用长 { $chars } 个字符；引用最多 { $max } 个字符：请指向文档，而不是复制其内容
err-evidence-answer-full = 该答案已有 { $max } 条依据：请先删除一条，或指向存放这些材料的文件夹
err-evidence-no-question = 这份问卷中没有题目 '{ $id }'
err-evidence-not-kind = '{ $word }' 不是依据的类型：请写 `supports` 或 `contradicts`
err-evidence-not-level = '{ $word }' 不是把握等级：请写 `low`、`medium` 或 `high`
