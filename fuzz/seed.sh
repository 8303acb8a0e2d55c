#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's own valid and invalid files.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/instrument corpus/results corpus/csv
cp ../questionnaires/*.yaml ../tests/cli/fixtures/invalid/*.yaml corpus/instrument/
cp ../demo/*.yaml ../tests/cli/fixtures/invalid/results_*.yaml corpus/results/
cp ../tests/cli/fixtures/csv/*.csv corpus/csv/ 2>/dev/null || true
# The fast path's target: the same files, and Kano and SERVQUAL exports of a few rows each in
# the benchmark's layout (runs of one-digit cells, an empty expectation now and then).
mkdir -p corpus/csv_fast
cp corpus/csv/* corpus/csv_fast/
python3 ../scripts/bench.py gen-kano 5 corpus/csv_fast/kano-5.csv
python3 ../scripts/bench.py gen-servqual 30 corpus/csv_fast/servqual-30.csv
# Hostile shapes (deep nests, long cells, alias bombs, a CSV given as YAML): see hostile.py.
python3 hostile.py corpus
