## 无专用模型的问卷报告。

generic-group = 组
generic-score = 得分
generic-method-score = 组得分 = 在答题量表上的平均位置，0（最低点）到 100（最高点）；反向计分题先反转。
