#!/usr/bin/env bash
# The BENCHMARKS.md table: cxassess beside a pandas script and a polars script (the same
# figures, checked equal) and `wc -l` as the floor, on inputs this script generates.
#
#   scripts/bench.sh [ROWS] [RUNS]      defaults: 1000000 rows, 3 runs
#
# Every command runs RUNS times, the tools alternating within each round; the table shows
# the median wall time, the median CPU time (user + system: what the work costs when other
# work shares the machine) and the median peak memory (max RSS, /usr/bin/time). The load
# average is printed with the table. Inputs, the
# Python virtual environment (pandas, pyarrow, polars from PyPI) and the results live in
# $BENCH_DIR (default target/bench). Needs python3 with venv, and /usr/bin/time.
set -euo pipefail
ROWS=${1:-1000000}
RUNS=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$root/target/bench}
mkdir -p "$work"
cd "$root"
cargo build --release --bin cxassess --example gen_kano >&2
bin=${CARGO_TARGET_DIR:-$root/target}/release
cx=$bin/cxassess
py=$work/venv/bin/python
if [ ! -x "$py" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install --quiet pandas pyarrow polars >&2
fi
gen="$py $root/scripts/bench.py"
cd "$work"
export CXASSESS_DATA_DIR=$work/data
[ -f kano10.yaml ] || "$bin/examples/gen_kano" 1 --instrument kano10.yaml > /dev/null
[ -f "kano-$ROWS.csv" ] || $gen gen-kano "$ROWS" "kano-$ROWS.csv"
[ -f "servqual-$ROWS.csv" ] || $gen gen-servqual "$ROWS" "servqual-$ROWS.csv"
if [ ! -f k30k-a.yaml ]; then
    $gen gen-kano 30000 k30k-a.csv 42
    $gen gen-kano 30000 k30k-b.csv 43
    "$cx" import kano10.yaml k30k-a.csv --out k30k-a.yaml 2>/dev/null
    "$cx" import kano10.yaml k30k-b.csv --out k30k-b.yaml 2>/dev/null
fi
if [ ! -d data/sessions ] || [ "$(ls data/sessions | wc -l)" -ne 1000 ]; then
    rm -rf data && mkdir -p data/sessions
    printf 'respondent: ann\nrole: manager\nanswers:\n  respect.1: 4\n  respect.2: 3\n' > one-answers.yaml
    "$cx" fill pyramid --answers one-answers.yaml --out one-session.yaml 2>/dev/null
    for i in $(seq 1000); do cp one-session.yaml "data/sessions/pyramid-$(printf %04d "$i")-ann.yaml"; done
fi

# The commands, by name.
declare -A cmd
cmd[kano_cx]="$cx report --instrument kano10.yaml kano-$ROWS.csv --format json"
cmd[kano_pandas]="$gen pandas-kano kano-$ROWS.csv"
cmd[kano_polars]="$gen polars-kano kano-$ROWS.csv"
cmd[kano_wc]="wc -l kano-$ROWS.csv"
cmd[sq_cx]="$cx report --instrument servqual servqual-$ROWS.csv --format json"
cmd[sq_pandas]="$gen pandas-servqual servqual-$ROWS.csv"
cmd[sq_polars]="$gen polars-servqual servqual-$ROWS.csv"
cmd[sq_wc]="wc -l servqual-$ROWS.csv"
cmd[yaml_cx]="$cx report k30k-a.yaml --format json"
cmd[yaml_csv]="$cx report --instrument kano10.yaml k30k-a.csv --format json"
cmd[diff_cx]="$cx diff k30k-a.yaml k30k-b.yaml --format json"
cmd[read_both]="$cx validate k30k-a.yaml k30k-b.yaml"
cmd[list]="$cx list"
order=(kano_cx kano_pandas kano_polars kano_wc sq_cx sq_pandas sq_polars sq_wc yaml_cx yaml_csv diff_cx read_both list)

# The figures, checked before timing.
${cmd[kano_cx]} > kano-cx.json
${cmd[kano_pandas]} > kano-pandas.json
${cmd[kano_polars]} > kano-polars.json
$gen check-kano kano-cx.json kano-pandas.json
$gen check-kano kano-cx.json kano-polars.json
${cmd[sq_cx]} > sq-cx.json
${cmd[sq_pandas]} > sq-pandas.json
${cmd[sq_polars]} > sq-polars.json
$gen check-servqual sq-cx.json sq-pandas.json
$gen check-servqual sq-cx.json sq-polars.json
$cx list > /dev/null # builds the sessions index

: > times.tsv
for run in $(seq "$RUNS"); do
    for name in "${order[@]}"; do
        /usr/bin/time -f "$name	%e	%M	%U	%S" -o time.tmp ${cmd[$name]} > /dev/null 2>&1 || true
        if [ "$name" = list ]; then
            # Below /usr/bin/time's 10 ms resolution: the mean of 20 runs, in nanoseconds.
            start=$(date +%s%N)
            for _ in $(seq 20); do ${cmd[list]} > /dev/null; done
            per=$(( ($(date +%s%N) - start) / 20 ))
            printf 'list\t%s\t%s\t%s\t%s\n' "$(python3 -c "print($per / 1e9)")" "$(cut -f3 time.tmp)" "$(cut -f4 time.tmp)" "$(cut -f5 time.tmp)" >> times.tsv
        else
            cat time.tmp >> times.tsv
        fi
    done
done

python3 - "$ROWS" "$RUNS" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY' | tee results.md
import statistics, sys
rows, runs, load = int(sys.argv[1]), sys.argv[2], sys.argv[3]
t, m, c = {}, {}, {}
for line in open("times.tsv"):
    name, wall, rss, user, system = line.rstrip("\n").split("\t")
    t.setdefault(name, []).append(float(wall))
    m.setdefault(name, []).append(int(rss))
    c.setdefault(name, []).append(float(user) + float(system))
med = {k: statistics.median(v) for k, v in t.items()}
cpu = {k: statistics.median(v) for k, v in c.items()}
mem = {k: statistics.median(v) / 1024 for k, v in m.items()}
def ratio(a, b, d=med):
    return d[a] / max(d[b], 0.005)
def cell(k):
    return f"{med[k]:.2f} s wall, {cpu[k]:.2f} s CPU, {mem[k]:.0f} MB"
print(f"rows: {rows:,}; medians of {runs} alternating runs; load average at the end: {load}\n")
print("| work | cxassess | pandas | polars | `wc -l` |")
print("|---|---|---|---|---|")
for key, what in [("kano", f"Kano, {rows:,} rows x 10 features, word labels"),
                  ("sq", f"SERVQUAL, {rows:,} rows x 22 pairs")]:
    cx = f"{key}_cx"
    print(f"| {what} | {cell(cx)} "
          f"| {cell(key + '_pandas')} ({ratio(key + '_pandas', cx):.1f}x wall, {ratio(key + '_pandas', cx, cpu):.1f}x CPU) "
          f"| {cell(key + '_polars')} ({ratio(key + '_polars', cx):.1f}x wall, {ratio(key + '_polars', cx, cpu):.1f}x CPU) "
          f"| {med[key + '_wc']:.3f} s (cxassess {ratio(cx, key + '_wc'):.1f}x) |")
print(f"| 30,000-respondent Kano results YAML | {cell('yaml_cx')} "
      f"({ratio('yaml_cx', 'yaml_csv'):.1f}x wall, {ratio('yaml_cx', 'yaml_csv', cpu):.1f}x CPU of the same data as CSV: {cell('yaml_csv')}) | | | |")
print(f"| `diff` of two 30k-respondent files | {cell('diff_cx')} "
      f"({ratio('diff_cx', 'read_both'):.2f}x wall, {ratio('diff_cx', 'read_both', cpu):.2f}x CPU of reading both: {cell('read_both')}) | | | |")
print(f"| `list` with 1,000 saved sessions (index warm) | {med['list'] * 1000:.1f} ms, {mem['list']:.0f} MB | | | |")
PY
