## 各轮比较的消息（src/compare）：`diff`、`trend` 与 `run --from`。

# --from 指向的文件夹不是项目；$file 为 engagement.yaml。
err-compare-from-not-engagement = --from { $from }：文件夹中有 { $file } 才是项目；请给出上一轮的结果文件或项目文件夹
# --from 中是另一份问卷的答案。
err-compare-from-other-instrument = --from { $from }：其中是 '{ $held }' 的答案，不是 '{ $id }' 的：请给出同一问卷的上一轮
# --from 中没有该答卷人的答案；$who 为加引号的姓名或 err-compare-from-no-respondent。
err-compare-from-none = --from { $from }：其中没有 { $who } 对 '{ $id }' 的答案（已读 { $n } 个文件）；修正：按上一轮中的写法给出 --respondent，或省略 --from
# 未给 --respondent 时 err-compare-from-none 中的 $who。
err-compare-from-no-respondent = 未带 --respondent 的 --from
# 一轮中有什么，用于下面的消息。
err-compare-holds = { $wave } 含有 '{ $ids }'
err-compare-holds-nothing = { $wave } 没有结果
# `trend` 中没有一份问卷出现在两轮里；$held 列出 err-compare-holds。
err-compare-trend-none = 没有一份问卷出现在两轮中（{ $held }）：trend 比较同一问卷在多轮中的结果
# `trend --instrument` 指定的问卷没有任何一轮含有。
err-compare-trend-missing = --instrument { $id }：没有一轮含有它（{ $held }）：trend 比较同一问卷在多轮中的结果
# `diff --instrument` 有一轮缺少该问卷；$old 与 $new 为 err-compare-holds。
err-compare-diff-missing = --instrument { $id }：{ $old }，{ $new }；请指定两轮都有的问卷
# `diff` 的两轮属于不同问卷。
err-compare-diff-different = { $old } 属于 '{ $old_id }'，而 { $new } 属于 '{ $new_id }'：diff 比较同一问卷在两轮之间的结果
# `diff` 的两轮没有共同的问卷。
err-compare-diff-none = 两轮没有共同的问卷：{ $old }，{ $new }
