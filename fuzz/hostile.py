#!/usr/bin/env python3
"""Writes hostile seeds into the fuzz corpora (issue 15.2): nests of every YAML notation,
unclosed brackets, long scalars and cells, alias bombs, a CSV given as YAML. Sizes are kept
small enough for libFuzzer's -max_len (a few hundred KB); the shapes are what matter, the
fuzzer grows them. Usage: hostile.py CORPUS_DIR (the folder holding instrument/ results/ csv/).
"""
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "corpus"
for kind in ("instrument", "results", "csv"):
    os.makedirs(os.path.join(out, kind), exist_ok=True)


def put(kind, name, text):
    with open(os.path.join(out, kind, "hostile_" + name), "w", encoding="utf-8") as f:
        f.write(text)


HEAD = "format: cxassess-results/1\ninstrument: {id: pulse, version: 1}\n"
for depth in (63, 64, 65, 200, 5000):
    put("instrument", f"brackets_{depth}.yaml", "id: x\nversion: 1\nsections: " + "[" * depth)
    put("instrument", f"maps_{depth}.yaml", "id: x\nversion: 1\nsections: " + "{a: " * depth)
    put("instrument", f"dashes_{depth}.yaml", "sections:\n" + "- " * depth + "x\n")
    put("results", f"unknown_deep_{depth}.yaml", HEAD + "extra:\n  - " + "[" * depth + "x" + "]" * depth + "\n")
    put("results", f"answer_deep_{depth}.yaml", HEAD + "responses:\n  - answers:\n      nps: " + "{a: " * depth + "\n")
block = "".join(" " * d + "k:\n" for d in range(100))
put("instrument", "block_indent.yaml", block)
put("results", "block_indent.yaml", HEAD + block)
bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
prev = "a"
for n in "bcdefghij":
    bomb += f"{n}: &{n} [" + ", ".join([f"*{prev}"] * 10) + "]\n"
    prev = n
put("results", "alias_bomb.yaml", HEAD + bomb)
put("results", "long_key.yaml", HEAD + "x" * 200_000 + ": 1\n")
put("results", "long_value.yaml", HEAD + "responses:\n  - answers: {nps: " + "9" * 200_000 + "}\n")
put("results", "csv_as_yaml.yaml", "respondent,nps\n" + "".join(f"p{i},{i % 11}\n" for i in range(5000)))
put("instrument", "csv_as_yaml.yaml", "respondent,nps\n" + "".join(f"p{i},{i % 11}\n" for i in range(5000)))
put("csv", "long_header.csv", "respondent," + "n" * 300_000 + "\nann,9\n")
put("csv", "long_cell.csv", "respondent,nps\n" + "x" * 300_000 + ",7\n")
put("csv", "unclosed_quote.csv", "respondent,nps\n\"" + "y,1\n" * 50_000)
put("csv", "bare_quotes.csv", "respondent,nps\nan\"n,9\n\"bo\"b\",\"1\"\"\n")
put("csv", "many_columns.csv", ",".join(["nps"] * 5000) + "\n" + ",".join(["1"] * 5000) + "\n")
