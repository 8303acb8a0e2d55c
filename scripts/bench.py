#!/usr/bin/env python3
"""Inputs and reference figures for scripts/bench.sh: the same Kano and SERVQUAL figures
computed the way a data analyst would with pandas (pyarrow CSV engine) and with polars
(streaming), to time them beside cxassess and to check that every count and figure agrees.

  bench.py gen-kano N OUT.csv [SEED]   N rows x 10 features, answers as results-file words
  bench.py gen-servqual N OUT.csv      N rows x 22 expectation/perception pairs (1-7)
  bench.py {pandas,polars}-{kano,servqual} IN.csv   prints the figures as JSON
  bench.py check-kano CXASSESS.json REFERENCE.json  exit 1 unless the counts agree
  bench.py check-servqual CXASSESS.json REFERENCE.json

The generators are deterministic (a fixed linear congruential sequence), so the inputs are
the same bytes on every machine.
"""
import json
import sys

KANO_FEATURES = [
    "online_tracking", "free_returns", "recommendations", "expert_support", "loyalty_tiers",
    "fault_alerts", "hotline_24x7", "video_guides", "progress_notifications",
    "self_service_booking",
]
WORDS = ["like", "must-be", "neutral", "live-with", "dislike"]
# The standard Kano evaluation table (Berger et al. 1993), functional row x dysfunctional column.
TABLE = ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"]
SQ_DIMS = [("tangibles", 4), ("reliability", 5), ("responsiveness", 4), ("assurance", 4),
           ("empathy", 5)]


def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield x >> 33


def gen_kano(n, out, seed=42):
    r = lcg(seed)
    cols = ["respondent"] + [f"{f}.{p}" for f in KANO_FEATURES
                             for p in ("functional", "dysfunctional", "importance")]
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(cols) + "\n")
        for i in range(n):
            cells = [f"r{i:07d}"]
            for _ in KANO_FEATURES:
                cells.append(WORDS[next(r) % 5])
                cells.append(WORDS[next(r) % 5])
                cells.append(str(1 + next(r) % 9))
            f.write(",".join(cells) + "\n")


def sq_items():
    return [f"{d}.{k}" for d, n in SQ_DIMS for k in range(1, n + 1)]


def gen_servqual(n, out):
    r = lcg(7)
    items = sq_items()
    cols = ["respondent"] + [f"{it}.{p}" for it in items for p in ("expected", "perceived")]
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(cols) + "\n")
        k = 0
        for i in range(n):
            cells = [f"c{i:07d}"]
            for _ in items:
                k += 1
                e = "" if k % 23 == 0 else str(1 + next(r) % 7)
                cells.append(e)
                cells.append(str(1 + next(r) % 7))
            f.write(",".join(cells) + "\n")


def pandas_kano(path):
    import numpy as np
    import pandas as pd
    df = pd.read_csv(path, engine="pyarrow", dtype=str)
    code = {w: i for i, w in enumerate(WORDS)}
    flat = np.array(list("".join(TABLE)))
    out = {}
    for feat in KANO_FEATURES:
        f = df[f"{feat}.functional"].map(code)
        d = df[f"{feat}.dysfunctional"].map(code)
        ok = f.notna() & d.notna()
        cats = flat[(f[ok] * 5 + d[ok]).astype(int).to_numpy()]
        values, counts = np.unique(cats, return_counts=True)
        out[feat] = {str(v): int(c) for v, c in zip(values, counts)}
    return out


def polars_kano(path):
    import polars as pl
    code = {w: i for i, w in enumerate(WORDS)}
    flat = list("".join(TABLE))
    exprs = []
    for feat in KANO_FEATURES:
        f = pl.col(f"{feat}.functional").replace_strict(code, default=None, return_dtype=pl.Int32)
        d = pl.col(f"{feat}.dysfunctional").replace_strict(code, default=None, return_dtype=pl.Int32)
        exprs.append((f * 5 + d).alias(feat))
    frame = pl.scan_csv(path, infer_schema=False).select(exprs).collect(engine="streaming")
    out = {}
    for feat in KANO_FEATURES:
        vc = frame.get_column(feat).drop_nulls().value_counts()
        counts = {}
        for idx, c in zip(vc.get_column(feat).to_list(), vc.get_column("count").to_list()):
            counts[flat[idx]] = counts.get(flat[idx], 0) + c
        out[feat] = counts
    return out


def pandas_servqual(path):
    import pandas as pd
    df = pd.read_csv(path, engine="pyarrow")
    out = {}
    for dim, n in SQ_DIMS:
        gaps = pd.DataFrame({
            k: df[f"{dim}.{k}.perceived"] - df[f"{dim}.{k}.expected"] for k in range(1, n + 1)
        })
        # Respondent first: each respondent's mean of valid item gaps, then the mean of those.
        out[dim] = float(gaps.mean(axis=1, skipna=True).mean(skipna=True))
    return out


def polars_servqual(path):
    import polars as pl
    lf = pl.scan_csv(path)
    exprs = []
    for dim, n in SQ_DIMS:
        gaps = [pl.col(f"{dim}.{k}.perceived") - pl.col(f"{dim}.{k}.expected") for k in range(1, n + 1)]
        exprs.append(pl.mean_horizontal(gaps).mean().alias(dim))
    row = lf.select(exprs).collect(engine="streaming").row(0, named=True)
    return {k: float(v) for k, v in row.items()}


def check_kano(ours_path, ref_path):
    ours = json.load(open(ours_path))["kano"]["features"]
    ref = json.load(open(ref_path))
    bad = 0
    for f in ours:
        mine = {k: v for k, v in f["counts"].items() if v}
        theirs = {k: v for k, v in ref[f["id"]].items() if v}
        if mine != theirs:
            print(f"{f['id']}: cxassess {mine} != reference {theirs}")
            bad += 1
    print(f"kano counts: {len(ours) - bad} of {len(ours)} features agree")
    return bad == 0


def find_dims(obj):
    """The dimension gap figures in cxassess's SERVQUAL JSON: {id: unweighted gap}."""
    out = {}
    dims = obj["servqual"]["dimensions"]
    for d in dims:
        out[d["id"]] = d["gap"]["mean"] if isinstance(d["gap"], dict) else d["gap"]
    return out


def check_servqual(ours_path, ref_path):
    ours = find_dims(json.load(open(ours_path)))
    ref = json.load(open(ref_path))
    bad = 0
    for dim, value in ref.items():
        if abs(ours[dim] - value) > 5e-4:
            print(f"{dim}: cxassess {ours[dim]} != reference {value}")
            bad += 1
    print(f"servqual gaps: {len(ref) - bad} of {len(ref)} dimensions agree")
    return bad == 0


def main():
    cmd = sys.argv[1]
    if cmd == "gen-kano":
        gen_kano(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 42)
    elif cmd == "gen-servqual":
        gen_servqual(int(sys.argv[2]), sys.argv[3])
    elif cmd in ("pandas-kano", "polars-kano", "pandas-servqual", "polars-servqual"):
        fn = {"pandas-kano": pandas_kano, "polars-kano": polars_kano,
              "pandas-servqual": pandas_servqual, "polars-servqual": polars_servqual}[cmd]
        print(json.dumps(fn(sys.argv[2]), sort_keys=True))
    elif cmd == "check-kano":
        sys.exit(0 if check_kano(sys.argv[2], sys.argv[3]) else 1)
    elif cmd == "check-servqual":
        sys.exit(0 if check_servqual(sys.argv[2], sys.argv[3]) else 1)
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
