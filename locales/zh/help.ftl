## 命令行的用词：`--help` 的标题、每个命令和选项的说明，以及 clap 的参数解析错误。
## 键：help-cmd-<命令>、help-arg-<命令>-<选项>、help-arg-<全局选项>。

error-label = 错误:
help-usage = 用法:
help-commands = 命令
help-arguments = 参数
help-options = 选项
help-default = 默认
help-possible-values = 可选值
help-after =
    不带命令运行即打开主屏幕。
    内置问卷：pyramid、maturity、kano、servqual、gaps、pulse。
    退出码：0 成功，1 读写或环境出错（或结果文件正被占用），2 输入无效，
    3 门槛未通过（diff --fail-on-drop、check --strict），130 Ctrl-C（答案已保存）。

help-error-similar-command = 提示：有相近的命令：'{ $similar }'
help-error-similar-argument = 提示：有相近的参数：'{ $similar }'
help-error-similar-value = 提示：有相近的值：'{ $similar }'
help-error-tip = 提示：
# clap 的提示：如何给出一个看起来像选项的值（$fix 为正确写法）。
help-error-tip-as-value = 要把 '{ $arg }' 作为值传入，请写成 '{ $fix }'
# clap 的提示：有这个名称的命令，但它前面的 '--' 使它成了一个值。
help-error-tip-remove-dashes = 命令 '{ $command }' 存在；要使用它，请去掉它前面的 '--'
# clap 的提示：该选项属于某个命令（$what 为“命令 --选项”）。
help-error-tip-exists = '{ $what }' 存在
help-error-more = 更多信息请运行 '--help'。
help-error-invalid-value = '{ $arg }' 的值 '{ $value }' 无效
help-error-value-required = '{ $arg }' 需要一个值，但没有给出
help-error-unexpected-argument = 无法识别的参数 '{ $arg }'
help-error-unknown-command = 无法识别的命令 '{ $command }'
help-error-no-equals = 给 '{ $arg }' 赋值需要用等号
help-error-missing = 缺少以下必需参数：
help-error-missing-command = '{ $command }' 需要一个子命令，但没有给出
help-error-repeated = 参数 '{ $arg }' 不能使用多次
help-error-conflict = 参数 '{ $arg }' 不能与 '{ $other }' 同时使用
help-error-too-many = '{ $arg }' 多出了值 '{ $value }'；不需要更多值
help-error-too-few = '{ $arg }' 需要 { $min } 个值，只给了 { $given } 个
help-error-wrong-number = '{ $arg }' 需要 { $want } 个值，却给了 { $given } 个
help-error-utf8 = 参数中有无效的 UTF-8

## 命令。

help-cmd = 终端里的客户体验评估：体验金字塔、客户体验成熟度、Kano、SERVQUAL 与五差距模型，以及 NPS/CSAT/CES。
help-cmd-help = 显示本帮助，或所给命令的帮助
help-cmd-list = 内置问卷（编号、标题、题数、版本）与已保存的答题进度。
help-cmd-run = 在全屏答题界面（或 --plain 逐行模式）中作答一份问卷。
help-cmd-fill = 不经交互：按问卷校验答案文件，并写出结果文件。
help-cmd-report = 为结果文件（或导入格式的 CSV）评分并输出报告。
help-cmd-diff = 对比两轮评估（结果文件或项目文件夹）：主要指标及每项变化的 95% 区间、改变的答案与备注、行动。
help-cmd-trend = 多轮评估（结果文件或项目文件夹）按时间顺序的主要指标。
help-cmd-import = 把问卷平台导出的 CSV 转成结果文件。
help-cmd-export = 把结果文件写成导入格式的 CSV。
help-cmd-validate = 检查问卷或结果文件，逐一报告问题及其 文件:行:列。
help-cmd-template = 输出内置问卷的 YAML 以便定制；加 --format csv 则输出空白的导入表。
help-cmd-demo = 用内置的示例结果展示一份报告。
help-cmd-init = 开始一个项目：为一个客户、一个评估周期建立文件夹（engagement.yaml）。
help-cmd-status = 项目中谁已答了哪份问卷（当前文件夹所在的项目，或 DIR 的）。
help-cmd-agree = 金字塔或成熟度问卷的{ -rater }一致性：Krippendorff α，以及供研讨会讨论的分歧题目。
help-cmd-check = 供 CI 使用的待办检查：未答的题、没有原因的“不适用”、低把握、缺少的必需依据、未答完的答卷。
help-cmd-completions = 输出 shell 补全脚本（命令、选项、内置问卷编号、文件路径）。
help-cmd-man = 输出包含全部命令的 man 手册页（roff）。

## 每个命令都接受的选项。

help-arg-help = 显示帮助
help-arg-version = 显示版本
help-arg-lang = 界面、报告与提示信息的语言（默认取自 LC_ALL/LC_MESSAGES/LANG）。
help-arg-plain = 逐行模式：每行在标准输出上给出一个带编号的提示，从标准输入每行读一个答案，供读屏软件和脚本使用（设置了 ACCESSIBLE 时亦然）。

## 各命令的参数与选项。

help-arg-run-instrument = 内置问卷编号，或问卷 YAML 文件的路径。
help-arg-run-out = 要写入的结果文件；已存在的文件会接着作答。
help-arg-run-respondent = 答卷人姓名或编号。
help-arg-run-role = 答卷人角色：manager、staff、customer、consultant 或任意词（为其他角色准备的部分会跳过，例如员工不答 gaps 中管理者的部分）。
help-arg-run-org = 被评估的组织。
help-arg-run-period = 本轮的标签，例如 2026-Q4（写入 `assessment`；在项目中即项目的评估周期）。
help-arg-run-date = 评估日期，YYYY-MM-DD（在项目中即项目的日期）。
help-arg-run-from = 上一轮的结果文件或项目文件夹：每道题显示上次的答案，保留它即记为沿用。
help-arg-run-engagement = 在其中作答的项目文件夹（默认：当前文件夹，或最近一个含 engagement.yaml 的上级文件夹）；没有 --out 时答案写入 <DIR>/<问卷>/<答卷人>.yaml。
help-arg-run-consensus = 共识研讨（pyramid、maturity；在项目中）：逐一走过{ -rater }有分歧的题目，列出每人的评分与备注，把商定的评分及理由记入 <DIR>/<问卷>/consensus.yaml。

help-arg-fill-instrument = 内置问卷编号，或问卷 YAML 文件的路径。
help-arg-fill-answers = 形如 `responses` 中一条记录的 YAML 文件（至少有 `answers:`）。
help-arg-fill-out = 要写入的结果文件（已存在的文件会加入或替换这条答卷）；在项目中可省略。
help-arg-fill-period = 本轮的标签，例如 2026-Q4（写入 `assessment`；在项目中即项目的评估周期）。
help-arg-fill-date = 评估日期，YYYY-MM-DD（在项目中即项目的日期）。
help-arg-fill-engagement = 项目文件夹（默认：没有 --out 时为当前文件夹所在的项目）：答卷写入 <DIR>/<问卷>/<答卷人>.yaml。

help-arg-report-files = 结果文件、配合 --instrument 的导入格式 CSV 文件，或一个项目文件夹（项目报告）。
help-arg-report-instrument = 收集这些 CSV 文件所用的问卷。
help-arg-report-format = 输出格式：text 供终端阅读（标准输出为终端且未设置 NO_COLOR 时带颜色），markdown 供 wiki，json 字段名固定，html 为带 SVG 图表的单个自包含文件。
help-arg-report-out = 写入此文件，而不是标准输出。
help-arg-report-by = 按答卷人的这个字段（例如 role、region）分组比较：各主要指标在组间的差异及其 95% 区间。
help-arg-report-complete-only = 不计未答完的答卷（默认计入，报告会说明有多少份）。
help-arg-report-anonymize = 以角色编号（管理者 1、客户 2……）而不是姓名显示答卷人。

help-arg-diff-inputs = 旧与新：先是较早的一轮，再是较晚的一轮，各为结果文件或项目文件夹（两个参数即两轮，即使周期相同，例如同一结果文件的两个版本）。给出更多结果文件时按评估周期分轮（必须正好两轮）。
help-arg-diff-format = 输出格式。
help-arg-diff-out = 写入此文件，而不是标准输出。
help-arg-diff-fail-on-drop = 任一主要得分下降超过这么多分时以退出码 3 结束。
help-arg-diff-significant = 与 --fail-on-drop 同用：只计 95% 区间完全低于 0 的下降（超出噪声）。
help-arg-diff-instrument = 两轮中有多份问卷时，只比较这一份（其编号）。
help-arg-diff-verbose = 列出每位新增或离开的答卷人和每个改变的答案，不论多少。

help-arg-trend-inputs = 各轮：结果文件（评估周期相同者为一轮）或项目文件夹。
help-arg-trend-format = 输出格式。
help-arg-trend-out = 写入此文件，而不是标准输出。
help-arg-trend-instrument = 各轮中有多份问卷时，只看这一份（其编号）。

help-arg-import-instrument = 内置问卷编号，或问卷 YAML 文件的路径。
help-arg-import-csv = 导出的 CSV 文件。
help-arg-import-out = 要写入的结果文件；在项目中可省略，每位答卷人按项目的布局各得一个文件。
help-arg-import-engagement = 项目文件夹（默认：没有 --out 时为当前文件夹所在的项目）。
help-arg-import-period = 本轮的标签，例如 2026-Q4（写入 `assessment`；在项目中即项目的评估周期）。
help-arg-import-date = 评估日期，YYYY-MM-DD（在项目中即项目的日期）。

help-arg-export-results = 结果文件。
help-arg-export-format = 输出格式：csv 为导入格式。
help-arg-export-out = 写入此文件，而不是标准输出。

help-arg-validate-files = 问卷或结果文件。

help-arg-template-instrument = 内置问卷编号，或问卷 YAML 文件的路径。
help-arg-template-format = 输出格式：yaml 为问卷本身，csv 为空白的导入表（仅表头）。
help-arg-template-out = 写入此文件，而不是标准输出。

help-arg-demo-instrument = 展示哪份问卷的示例（默认 pyramid）。
help-arg-demo-format = 输出格式。

help-arg-init-dir = 要建立的文件夹（或一个已存在的空文件夹）。
help-arg-init-client = 被评估的客户。
help-arg-init-period = 本轮的标签，例如 2026-Q4。
help-arg-init-date = 评估日期，YYYY-MM-DD。

help-arg-status-dir = 项目文件夹（默认：当前文件夹，或最近一个含 engagement.yaml 的上级文件夹）。
help-arg-status-format = 输出格式。

help-arg-agree-inputs = 一个项目文件夹，或同一份问卷的结果文件。
help-arg-agree-instrument = 输入中有多份问卷的结果时，用哪一份（pyramid 或 maturity）。
help-arg-agree-format = 输出格式。

help-arg-check-inputs = 一个项目文件夹，或结果文件。
help-arg-check-strict = 有任何待办时以退出码 3 结束（供 CI 使用）。
help-arg-check-format = 输出格式。

help-arg-completions-shell = shell：bash、zsh、fish、powershell 或 elvish。
help-arg-diff-complete-only = 不计未答完的答卷（默认计入，输出会说明每一轮有多少份）。
help-arg-trend-complete-only = 不计未答完的答卷（默认计入，输出会说明每一轮有多少份）。
help-arg-agree-complete-only = 不计未答完的答卷（默认计入，输出会说明有多少份）。
