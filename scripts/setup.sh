#!/usr/bin/env bash
# Idempotent set-up on a fresh machine: bubblewrap (the sandbox; Debian, as root) and a
# .venv with the project and its dev tools. Re-running it is quick: the venv is only
# reinstalled when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages of the sandbox (Debian, as root): bubblewrap, and libseccomp (the seccomp
# filter every program runs under; pyseccomp, a dependency, loads it) with setpriv
# (util-linux: a worker joins its memory control group as root, then drops to its uid).
need=()
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
ldconfig -p 2>/dev/null | grep -q 'libseccomp\.so\.2' || need+=(libseccomp2)
command -v setpriv >/dev/null 2>&1 || need+=(util-linux)
# The llama.cpp engine (llama-cpp-python) is built from source by pip: cmake and a C++
# compiler.
command -v cmake >/dev/null 2>&1 || need+=(cmake)
command -v g++ >/dev/null 2>&1 || need+=(g++)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${need[*]} (the sandbox)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${need[@]}" >/dev/null 2>&1; } \
      || echo "setup: could not install ${need[*]}: the sandbox runs with fewer protections, or models decode on transformers only (workbench check says which)" >&2
  else
    echo "setup: missing ${need[*]} (sudo apt-get install ${need[*]}): the sandbox runs with fewer protections, or models decode on transformers only (workbench check says which)" >&2
  fi
fi

python=""
for candidate in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$candidate
    break
  fi
done
[ -n "$python" ] || { echo "setup: needs Python 3.11 or newer (set PYTHON=...)" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $python" >&2
  "$python" -m venv .venv
fi
stamp=$(sha256sum pyproject.toml | cut -c1-16)
if [ "$(cat .venv/.installed 2>/dev/null)" != "$stamp" ]; then
  echo "setup: installing the project into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  # The CPU build of torch first, so that the project's torch range is already satisfied
  # (left to itself pip would fetch a multi-GB CUDA build).
  .venv/bin/python -m pip install -q "torch==${WORKBENCH_TORCH:-2.13.0}"
  .venv/bin/python -m pip install -q -e '.[dev]'
  echo "$stamp" > .venv/.installed
fi

# llama.cpp for GGUF models (the embedded ones): pip builds llama-cpp-python from source,
# 7.5 minutes on 2 cores here (then pip's cache has the wheel). The multimodal library is
# not needed. A failed build is not fatal: the workbench decodes on transformers instead,
# with a warning; it is tried again when pyproject.toml changes or WORKBENCH_LLAMA_RETRY=1.
llama_pin=$(grep -o 'llama-cpp-python==[0-9.]*' pyproject.toml | head -1)
if ! .venv/bin/python -c 'import llama_cpp' >/dev/null 2>&1; then
  if [ "$(cat .venv/.llama-failed 2>/dev/null)" != "$stamp" ] || [ -n "${WORKBENCH_LLAMA_RETRY:-}" ]; then
    echo "setup: building $llama_pin (llama.cpp; several minutes the first time)" >&2
    start=$(date +%s)
    if CMAKE_ARGS="${CMAKE_ARGS:-} -DLLAVA_BUILD=OFF" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
        .venv/bin/python -m pip install -q "$llama_pin" >.venv/llama-build.log 2>&1; then
      echo "setup: llama.cpp built in $(( $(date +%s) - start )) s" >&2
      rm -f .venv/.llama-failed
    else
      echo "$stamp" > .venv/.llama-failed
      echo "setup: could not build $llama_pin (see .venv/llama-build.log): models decode on transformers only" >&2
    fi
  fi
fi
