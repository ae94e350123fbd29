#!/usr/bin/env bash
# The whole test suite, with lint and type checks. CI runs this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check workbench rewriters tests benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
