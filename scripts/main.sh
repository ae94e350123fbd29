#!/usr/bin/env bash
# The main job: a small real study on the embedded model (Qwen2.5-Coder-0.5B-Instruct,
# from PyPI), on the CPU: the ten problems of the humaneval-quick set, greedy plus 4
# samples at temperature 0.8, each candidate scored in the sandbox; ends with the summary
# table. Its run lands in runs/ (or WORKBENCH_RUNS). Extra arguments go to `workbench run`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/workbench run --set humaneval-quick --template chat \
  --search sample --samples 4 --temperature 0,0.8 --seed 7 --max-new-tokens 384 "$@"
