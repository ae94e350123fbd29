#!/usr/bin/env bash
# The main job. Until `workbench run` lands (models issue), it checks the shipped example
# programs in the sandbox: a call-based HumanEval problem and a stdin/stdout problem.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/workbench check examples/has_close_elements.py --problem humaneval/0 --private
.venv/bin/workbench check examples/pair_sums.py --problem-file examples/pair_sums.json --private
