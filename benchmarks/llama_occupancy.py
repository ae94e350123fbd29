"""How much llama.cpp's logits move with the occupancy of its attention cache.

The same prompt (the HumanEval/50 chat prompt) is computed in a fresh sequence of one
context: first with the cache empty, then beside another sequence of 20, 50 and 147
unrelated tokens, and after the cache is cleared again. Prints the largest absolute
difference of a logit against the empty-cache computation and whether the top token
changed. (Why MCTS gives every tree a fresh context: `workbench/search/parallel_trees.py`.)

    .venv/bin/python benchmarks/llama_occupancy.py [--problem humaneval/50]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from workbench.corpus import find_problem  # noqa: E402
from workbench.models import Request, load_model  # noqa: E402
from workbench.prompting import render  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--problem", default="humaneval/50")
    args = ap.parse_args()
    model = load_model("embedded", engine="llama")
    engine = model.engine.sibling(model.engine.n_threads)  # a context of our own
    prompt = render("chat", find_problem(args.problem))
    ids = model.encode(Request(prompt.prompt, prompt.prefill))

    def logits(seq: int) -> np.ndarray:
        out = engine.extend(seq, ids, 0)
        engine.forget(seq)
        return np.asarray(out)

    alone = logits(1)
    print(f"prompt: {len(ids)} tokens; top token alone: {int(alone.argmax())}")
    for other in (20, 50, 147):
        engine.clear()
        engine.extend(0, list(range(1000, 1000 + other)), 0)
        beside = logits(1)
        diff = float(np.abs(beside - alone).max())
        same = int(beside.argmax()) == int(alone.argmax())
        print(f"beside {other:>3} other tokens: max |logit difference| {diff:.4f}, top same {same}")
    engine.clear()
    diff = float(np.abs(logits(1) - alone).max())
    print(f"cache cleared again: max |logit difference| {diff:.4f}")
    engine.close()


if __name__ == "__main__":
    main()
