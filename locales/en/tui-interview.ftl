## Carried answers in the runners (`run --from`), the interview home screen inside an
## engagement, and the consensus run (`run --consensus`).

tui-kept = ✔ Question { $n }: { $answer }, kept from the previous wave · e adds a note to it
tui-kept-back = { $kept } · back to question { $back }
tui-previous-kept = ↺ kept unchanged from the previous wave
tui-plain-keep = Enter = keep the previous answer
