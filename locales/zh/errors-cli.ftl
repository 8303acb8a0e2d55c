## 命令行自身的消息（src/cli）：参数或组合有误（退出码 2）、门槛未通过（退出码 3），以及命令在标准错误上说明它做了什么。

# --date 不是日期；$date 为给出的值。
err-cli-date = --date { $date }：日期请写作 YYYY-MM-DD，例如 2026-11-20
# 给出的 --role 与项目名单不符；$file 为 engagement.yaml。
err-cli-role-contradicts-roster = 角色 { $given } 与 { $file } 的名单不符（{ $respondent } 是 { $listed }）：请省略角色，或更正名单
# 在项目中 `run`/`fill` 却没有 --respondent。
err-cli-needs-respondent = { $dir } 是一个项目：请用 --respondent 姓名 指明答卷人（其答案写入 <问卷>/<姓名>.yaml），或给出 --out
# `fill` 没有写入位置。
err-cli-fill-where = 请说明结果写到哪里：--out 文件，或在项目文件夹内（或用 --engagement 目录）执行 fill
# `import` 没有写入位置。
err-cli-import-where = 请说明结果写到哪里：--out 文件，或在项目文件夹内（或用 --engagement 目录）执行 import
# `fill` 写好文件之后。
cli-wrote = 已写入 { $path }
# `import` 之后；从 CSV 文件 $csv 读到 $n 份答卷，写入结果文件 $into。
cli-imported = 已从 { $csv } 导入 { $n } 份答卷到 { $into }
# 结果文件已存在时：新增 $added 位答卷人，更新（合并新答案）$updated 位。
cli-imported-merged = 已从 { $csv } 导入 { $n } 份答卷到 { $into }（新增 { $added } 份，更新 { $updated } 份）
# `import` 之后，分配题（分配点数）合计不符时。
cli-renormalised = { $n } 道分配题已按其总数重新归一；每道都有备注说明原值
# `validate`：结果文件读取无误。
cli-validate-results = { $file }：正常（结果文件，{ $n } 份答卷）
# `validate`：项目文件读取无误；名单上有 $n 人。
cli-validate-engagement = { $file }：正常（{ -engagement } { $client }，名单上 { $n } 人）
# `validate`：问卷文件读取无误。
cli-validate-instrument = { $file }：正常（问卷 { $id } v{ $version }，{ $n } 道题）
# `report` 的文件属于两份问卷。
err-cli-mixed-instruments = { $file } 属于 { $id } v{ $version }，而 { $other_file } 属于 { $other_id } v{ $other_version }：一份报告只合并同一问卷的文件（五差距模型可同时合并 `servqual` 与 `gaps` 文件）
# `report x.csv` 没有 --instrument。
err-cli-csv-needs-instrument = { $file } 是 CSV 文件：请指明收集时使用的问卷，例如 --instrument kano
# --instrument 与结果文件所记不符；$fix 为下面两条之一。
err-cli-instrument-differs = 输入属于不同的问卷：--instrument 指定的是 { $named } v{ $named_version }，而 { $file } 保存的是 { $id } v{ $version } 的结果；{ $fix }
err-cli-instrument-differs-csv = 请分别出报告（`cxassess report --instrument { $spec } { $csv }` 与 `cxassess report { $file }`），或者，若该 CSV 是用 { $id } 收集的，请给出 --instrument { $id }
err-cli-instrument-differs-yaml = 请省略 --instrument：{ $file } 已写明其问卷
# 对未知问卷执行 `demo`；$list 列出有示例的问卷。
err-cli-no-demo = 没有 '{ $id }' 的示例：有示例的是 { $list }
# 对还没有结果的项目执行 `report DIR`。
err-cli-no-results-yet = { $dir } 还没有结果：请在其中用 `cxassess run <问卷> --respondent 姓名 --role 角色` 访谈，然后再出报告
# `report`：给出的文件夹不是项目；$file 为 engagement.yaml。
err-cli-report-not-engagement = { $dir } 是文件夹但不是项目（没有 { $file }）：请给出结果文件，或一个项目文件夹
# `diff`/`trend`：同上，针对各轮。
err-cli-wave-not-engagement = { $dir } 是文件夹但不是项目（没有 { $file }）：请给出结果文件，或项目文件夹
# 同一轮中有一份问卷的两个版本。
err-cli-wave-versions = 轮次 { $wave } 同时含有 '{ $id }' 的版本 { $version }（{ $files }）和版本 { $other_version }（{ $other_files }）：不同版本的答案在轮与轮之间比较，不在同一轮中合并；请把它们放入不同的轮（另一期间或文件夹）
# --fail-on-drop 不是分数。
err-cli-fail-on-drop = --fail-on-drop { $points }：请给出可接受的最大下降分数，为 ≥ 0 的数（例如 --fail-on-drop 5）
# `diff` 的输入不是两轮；$labels 列出各轮。
err-cli-diff-two-waves = diff 比较两轮，但这些输入构成 { $n } 轮（{ $labels }）：请给出两个结果文件或项目文件夹，或 assessment.period 标明两轮的文件
# 在项目之外执行 `run --consensus`。
err-cli-consensus-outside = run --consensus 须在项目中使用：请在项目文件夹（或其子文件夹）中运行，或给出 --engagement 目录
# `run --role` 与已记录的角色不同。
err-cli-role-contradicts-recorded = { $respondent } 的角色 { $given } 与 { $file } 中为其记录的角色（{ $recorded }）不符
err-cli-role-contradicts-recorded-fix = 请省略角色（或给出 { $recorded }）以补充其答案，或换一个答卷人名称
# 同一答卷人出现在同一问卷的两个文件中。
err-cli-respondent-twice = 答卷人 '{ $respondent }' 同时出现在 { $file } 和 { $other_file } 中：每位答卷人只应属于一份问卷的一个文件；请删除其一或改名
# `agree` 没有评分；$inputs 列出输入。
err-cli-agree-no-ratings = { $inputs } 中没有金字塔或成熟度的结果：一致性依据这两类问卷的 1–5 分评分计算
# 同上，--instrument 指定了问卷时。
err-cli-agree-no-ratings-for = { $inputs } 中没有 '{ $id }' 的金字塔或成熟度结果：一致性依据这两类问卷的 1–5 分评分计算
# `agree` 的输入含两份问卷；$ids 用 err-cli-and 连接。
err-cli-agree-several = 输入含有 { $ids } 的结果：请用 --instrument { $first } 选择其一
# 列表最后两项之间。
err-cli-and = 和
# 没有 engagement.yaml（$file）的文件夹。
err-cli-not-engagement = { $dir } 中没有 { $file }：请给出项目文件夹，或用 `cxassess init { $dir } --client 名称` 新建一个
# 不在任何项目中。
err-cli-not-inside-engagement = { $dir } 不在项目中（此处及上级文件夹都没有 { $file }）：请给出该文件夹，或用 `cxassess init 目录 --client 名称` 新建一个
# `init --client ""`。
err-cli-client-empty = --client 为空：请写明所评估的客户
# 在已有项目的地方执行 `init`。
err-cli-engagement-exists = { $file } 已存在：此文件夹已是项目；请编辑该文件，或另选文件夹
# `init` 之后。
cli-engagement-started = 已新建 { $dir }：在其中用 `cxassess run <问卷> --respondent 姓名 --role 角色` 访谈，用 `cxassess status` 查看谁已作答
# `check --strict` 发现未决事项（退出码 3）。
err-cli-check-strict = check --strict：{ $total } 个文件中有 { $files } 个共 { $open } 个未决事项；请作答、给出原因和证据，或确认答案，然后再次检查
# --lang 给出的语言不受支持。
err-cli-unknown-lang = 未知语言 '{ $lang }'：请用 en 或 zh
