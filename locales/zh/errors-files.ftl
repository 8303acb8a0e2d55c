# 文件或文件夹无法读写的原因（error.rs）。显示在文件名和冒号之后，例如
# “answers.yaml：找不到该文件或文件夹（系统错误 2）”。$code 是系统的错误编号。

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
