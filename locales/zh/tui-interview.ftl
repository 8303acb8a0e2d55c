## 运行器中的沿用答案（`run --from`）、项目文件夹中的访谈主页、共识会（`run --consensus`）。

tui-kept = ✔ 第 { $n } 题：{ $answer }，沿用上一轮 · 按 e 为其添加备注
tui-kept-back = { $kept } · 已回到第 { $back } 题
tui-previous-kept = ↺ 沿用上一轮，未作改动
tui-plain-keep = 直接回车 = 保留上一轮答案
