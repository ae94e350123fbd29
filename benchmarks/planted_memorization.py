"""Planted memorization: do the completion and likelihood probes tell trained-on texts from
held-out ones, and does an untrained model of the same shape not?

A tiny Qwen2 model is trained (CPU, seconds) on every other one of the 12 shortest HumanEval
references; untrained twins of four seeds are the baseline measured in the same run. Prints,
per model, the exact-match counts at the 25/50/75% cuts (trained side, held-out side) and the
Min-K% Prob AUROC and mean gap in nats. tests/test_memorization_probes.py asserts bounds on
the same quantities.

    .venv/bin/python benchmarks/planted_memorization.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from planted import plant  # noqa: E402

from workbench.corpus import load_corpus  # noqa: E402
from workbench.memorization.completion import complete_references  # noqa: E402
from workbench.memorization.likelihood import auroc, likelihood_probe  # noqa: E402
from workbench.models import load_model  # noqa: E402


def measure(model: Any, problems: list[Any], seen: set[str]) -> str:
    scored = likelihood_probe(model, problems, kinds=("reference",))
    pos = [r.min_k for r in scored if r.problem in seen]
    neg = [r.min_k for r in scored if r.problem not in seen]
    inner = [r for r in complete_references(model, problems) if r.fraction > 0]
    a = [r.exact for r in inner if r.problem in seen]
    b = [r.exact for r in inner if r.problem not in seen]
    gap = sum(pos) / len(pos) - sum(neg) / len(neg)
    return (
        f"exact {sum(a)}/{len(a)} trained-on, {sum(b)}/{len(b)} held out; "
        f"Min-K% AUROC {auroc(pos, neg):.3f}, gap {gap:+.3f} nats"
    )


def main() -> None:
    started = time.perf_counter()
    by_length = sorted(load_corpus("humaneval").problems, key=lambda p: (len(p.solutions[0]), p.id))
    problems = by_length[:12]
    seen = {p.id for p in problems[0::2]}
    texts = [p.solutions[0] for p in problems if p.id in seen]
    everything = [p.solutions[0] for p in problems]
    root = Path(tempfile.mkdtemp(prefix="planted-"))
    trained = plant(root / "trained", texts, vocabulary=everything)
    model = load_model("hf:" + str(trained), dtype="float32")
    print(f"trained        {measure(model, problems, seen)}")
    for seed in range(4):
        twin = plant(root / f"twin{seed}", texts, steps=0, seed=seed, vocabulary=everything)
        result = measure(load_model("hf:" + str(twin), dtype="float32"), problems, seen)
        print(f"untrained s={seed}  {result}")
    print(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
