#!/usr/bin/env bash
# The whole test suite, with lint and type checks. CI runs this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check workbench rewriters tests benchmarks
.venv/bin/mypy
# Every corpus with local data must validate (hub corpora are validated in the tests on
# local copies in their real schemas: the hub is not reachable here).
for card in corpora/*/card.json; do
    name=$(basename "$(dirname "$card")")
    kind=$(.venv/bin/python -c 'import json, sys; print(json.load(open(sys.argv[1]))["source"]["type"])' "$card")
    case "$kind" in
        apps | codecontests) echo "corpus $name: on the hub; validated in tests on a local copy" ;;
        *) .venv/bin/workbench corpus validate "$name" ;;
    esac
done
.venv/bin/python -m pytest -q "$@"
