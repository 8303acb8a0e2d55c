#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's own valid and invalid files.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/instrument corpus/results corpus/csv
cp ../questionnaires/*.yaml ../tests/cli/fixtures/invalid/*.yaml corpus/instrument/
cp ../demo/*.yaml ../tests/cli/fixtures/invalid/results_*.yaml corpus/results/
cp ../tests/cli/fixtures/csv/*.csv corpus/csv/ 2>/dev/null || true
# Hostile shapes (deep nests, long cells, alias bombs, a CSV given as YAML): see hostile.py.
python3 hostile.py corpus
