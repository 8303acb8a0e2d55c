# 文件或文件夹无法读写的原因（error.rs）。显示在文件名和冒号之后，例如
# “answers.yaml：找不到该文件或文件夹（系统错误 2）”。$code 是系统的错误编号。

# yes 表示原样显示系统自己的（英文）错误说明；中文为 no，使用下面翻译好的 err-io-… 消息。
err-io-system-words = no

err-io-not-found = 找不到该文件或文件夹（系统错误 { $code }）
err-io-permission-denied = 没有权限（系统错误 { $code }）
err-io-already-exists = 文件已存在（系统错误 { $code }）
err-io-storage-full = 磁盘空间已满（系统错误 { $code }）
err-io-is-a-directory = 这是一个文件夹，不是文件（系统错误 { $code }）
err-io-not-a-directory = 路径中有一项不是文件夹（系统错误 { $code }）
err-io-read-only = 文件系统只读（系统错误 { $code }）
err-io-directory-not-empty = 文件夹不是空的（系统错误 { $code }）
err-io-busy = 设备或资源正忙（系统错误 { $code }）
err-io-crosses-devices = 不能跨设备移动文件（系统错误 { $code }）

## 读取 YAML 文件（yaml.rs、yaml/bounds.rs）。$what 是文件的种类，即下面的 err-file-kind-… 之一。

err-file-kind-instrument = 问卷文件
err-file-kind-results = 结果文件
err-file-kind-answers = 答案文件
err-file-kind-engagement = 项目文件
err-file-kind-instrument-or-results = 问卷文件或结果文件
# $size 与 $limit 以字节为单位。
err-file-too-big = 文件大小为 { $size } 字节；{ $what }最多 { $limit } 字节
err-file-too-big-fix = 请确认这是正确的文件
err-file-not-regular = 这不是普通文件，因此不会作为{ $what }读取
err-file-not-regular-fix = 给出文件本身的路径
err-file-not-utf8 = 文件不是 UTF-8 文本
err-file-not-utf8-fix = 将文件另存为 UTF-8 编码
err-yaml-too-deep = 文档在此处的嵌套超过 { $depth } 层
err-yaml-too-deep-fix = cxassess 的文件只嵌套几层：请确认这是正确的文件，并闭合已打开的括号
# YAML 读取器报错的修正办法；读取器自己的消息（英文）显示在前面。
err-yaml-unknown-field-fix = 删除该字段或改正其拼写（消息中列出了此处允许的字段）
err-yaml-missing-field-fix = 添加缺少的字段
err-yaml-aliases-fix = 删除会展开文档的 YAML 别名（`*name`），直接写出各个值
err-yaml-invalid-type-fix = 给出消息所指类型的值
err-yaml-duplicate-fix = 同一个键只保留一项
# $described_in 指出文档及其章节，例如“docs/instrument-format.md”。
err-yaml-syntax-fix = 请检查此处附近的 YAML 语法；{ $what }的写法见 { $described_in }
err-yaml-alias-unknown = 别名（`*name`）之前没有对应的锚点（`&name`）
err-yaml-alias-unknown-fix = 直接写出该值
err-yaml-aliases = 超出重复上限：YAML 别名（`*name`）把文档展开得超出了结果文件能容纳的大小
err-yaml-ends-early = 文档在应有值的地方结束了
err-yaml-ends-early-fix = 请检查此处附近的 YAML 语法

## 数据文件夹、保存与锁定结果文件（response/folders.rs、save.rs、atomic.rs、store.rs、
## store/index.rs、lock.rs）。

err-files-no-home = 找不到用于存放数据文件夹的主文件夹；请把 `CXASSESS_DATA_DIR` 设为一个文件夹
# $held 与 $held_version：文件中结果所属的问卷；$id 与 $version：本次给出的问卷。
err-files-other-results = { $path } 保存的是 { $held } v{ $held_version } 的结果，不是 { $id } v{ $version }：请换一个 --out
err-files-link-loop = 符号链接层级过多
err-files-instrument-names = { $dir } 中以 '{ $id }' 命名的文件已有一千个：请移走一些，或换一个标题
err-files-session-names = { $dir } 中名为 '{ $base }' 的会话已有一万个：请移走一些
# 数据文件夹中的文件被列为无法读取的原因。$reason 是系统给出的原因。
err-files-no-details = 无法读取其文件信息：{ $reason }
err-files-symlink = 这是符号链接；数据文件夹中的链接不会被跟随
err-files-not-regular = 这不是普通文件
# 谁占用着结果文件。$task 为 session（答卷人正在作答）或 write（进程正在保存）；给出 $respondent
# 时 $named 为 yes；$since 是 UTC 时间。
err-lock-holder = { $task ->
    [session] 正在另一个 cxassess 答题会话中作答
   *[other] 正在被另一个 cxassess 进程写入
}（进程 { $pid }，主机 { $host }{ $named ->
    [yes] ，答卷人 '{ $respondent }'
   *[other] {""}
}，开始于 { $since }）
# $holder 即 err-lock-holder。
err-lock-session = 该文件{ $holder }
err-lock-session-fix = 等该会话结束（或按 q 退出），再试一次；或换一个 --out
err-lock-writer = 该文件{ $holder }，并已锁定 { $seconds } 秒
err-lock-unknown = 该文件正被另一个 cxassess 进程使用，并已锁定 { $seconds } 秒
err-lock-wait-fix = 等该进程结束后再试

## YAML 读取器的常见消息（yaml/serde_words.rs）；其他消息按读取器原文（英文）显示。$field 和列出的
## 名称都是字段名。

# $path 是文档中的位置，例如 sections[0].questions[1].text。
err-yaml-at-path = { $path }：{ $what }
err-yaml-missing-field = 缺少字段 `{ $field }`
err-yaml-duplicate-field = 字段 `{ $field }` 重复
err-yaml-unknown-field-none = 未知字段 `{ $field }`，此处没有任何字段
# $fields 列出允许的字段，各加反引号。
err-yaml-unknown-field-one-of = 未知字段 `{ $field }`，应为以下之一：{ $fields }
err-yaml-unknown-field-either = 未知字段 `{ $field }`，应为 `{ $first }` 或 `{ $second }`
err-yaml-unknown-field-only = 未知字段 `{ $field }`，应为 `{ $expected }`
