"""Which engine decodes a local model: llama.cpp (`llama`) or transformers (`torch`).

`auto` picks by what the model is and what the work needs, and a run records the engine it
got (never `auto`), so a resumed run decodes the same way or refuses:
- GGUF weights (`embedded`, `embedded:1.5b`, `gguf:PATH`) go to llama.cpp, for every shape
  of work that measured faster there: single rows (greedy, MCTS rollouts, the probes,
  rewriting) and batched sampling alike (`benchmarks/engines.py` prints both engines at
  1, 4 and 16 rows; the README has the figures);
- beam search goes to torch (transformers' beam search; llama.cpp has none here);
- `hf:` folders and hub ids are transformers models: torch only;
- where llama-cpp-python is not installed or does not load, `auto` falls back to torch
  with one warning, and an explicit `--engine llama` is refused.
"""

from __future__ import annotations

import sys

from workbench.models.base import ModelError

ENGINES = ("auto", "llama", "torch")
_warned: set[str] = set()


def gguf_backed(spec: str) -> bool:
    kind = spec.partition(":")[0]
    return kind in ("embedded", "gguf")


def resolve(spec: str, engine: str | None, needs_beam: bool = False) -> str | None:
    """The engine that will decode `spec` (None for endpoints, which bring their own)."""
    engine = engine or "auto"
    if engine not in ENGINES:
        raise ModelError(f"unknown engine {engine!r}: use auto, llama or torch")
    kind = spec.partition(":")[0]
    if kind == "openai":
        return None
    if engine == "torch":
        if kind == "gguf":
            raise ModelError(
                "gguf:PATH runs on llama.cpp only; for transformers use hf:FOLDER or embedded"
            )
        return "torch"
    if engine == "llama":
        if not gguf_backed(spec):
            raise ModelError(
                f"--engine llama needs GGUF weights (embedded or gguf:PATH), not {spec}"
            )
        if needs_beam:
            raise ModelError("beam search needs --engine torch (llama.cpp has no beam search here)")
        _require_llama()
        return "llama"
    # auto
    if not gguf_backed(spec) or needs_beam:
        if kind == "gguf":
            raise ModelError("gguf:PATH runs on llama.cpp, which has no beam search here")
        return "torch"
    from workbench.models.llama_engine import available

    problem = available()
    if problem is None:
        return "llama"
    if kind == "gguf":
        raise ModelError(f"gguf:PATH needs llama.cpp: {problem} (bash scripts/setup.sh builds it)")
    if problem not in _warned:
        _warned.add(problem)
        print(
            f"warning: {problem}; decoding on transformers instead (slower; "
            "bash scripts/setup.sh builds llama.cpp)",
            file=sys.stderr,
        )
    return "torch"


def _require_llama() -> None:
    from workbench.models.llama_engine import available

    problem = available()
    if problem is not None:
        raise ModelError(f"--engine llama: {problem} (bash scripts/setup.sh builds it)")


def recorded(model_config: dict[str, object]) -> str | None:
    """The engine a run's config says decoded it; runs from before engines were recorded
    were decoded by transformers (local models) or by their endpoint."""
    if "engine" in model_config:
        return model_config["engine"]  # type: ignore[return-value]
    kind = str(model_config.get("id", "")).partition(":")[0]
    return "torch" if kind in ("embedded", "hf") else None


def describe(model_config: dict[str, object]) -> str:
    """A run's model in a report: its id and how it computed (dtype, or the engine)."""
    how = model_config.get("dtype") or recorded(model_config)
    return f"{model_config['id']} ({how})"
