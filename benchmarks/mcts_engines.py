"""MCTS programs per minute: transformers (today's engine) against llama.cpp, one tree at a
time and `--parallel` trees at once.

The same search on the same problems as `mcts_cache.py` (token-level PG-TD, caches on,
`stop_on_pass` off so every rollout runs, public tests as the reward, the real sandbox),
three ways: torch (`--torch-dtype`, float32 by default: the faster dtype for one row on
a CPU without native bfloat16), llama with one tree at a time, llama with `--parallel`
trees at once. Each repeat runs the three in a rotated order. Programs per minute counts
the distinct programs the trees evaluated over the wall time of the whole search.

    .venv/bin/python benchmarks/mcts_engines.py [--problems humaneval/50,...]
        [--rollouts 8] [--width 3] [--max-new-tokens 192] [--parallel 2] [--repeats 2]

Also prints whether llama's parallel trees reach the programs of its sequential ones, and
whether their priors agree to 4 decimals (a parallel tree decodes with 1/parallel of the
threads, and llama.cpp's sums may then split differently). The last line,
`speedup: X.XX`, is the best llama way's programs per minute over torch's (medians).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.corpus import find_problem  # noqa: E402
from workbench.execution import Executor, Limits  # noqa: E402
from workbench.models import load_model  # noqa: E402
from workbench.problems import pass_rate  # noqa: E402
from workbench.prompting import render  # noqa: E402
from workbench.search.base import MemoryLedger, Task  # noqa: E402
from workbench.search.mcts import MCTSSearch  # noqa: E402

DEFAULT_PROBLEMS = "humaneval/50,humaneval/62,humaneval/118,humaneval/139"


def shape(record: dict[str, Any]) -> tuple[Any, ...]:
    nodes = [n | {"prior": round(n["prior"], 4)} for n in record["nodes"]]
    return nodes, [(p["code"], p["reward"]) for p in record["programs"]]


def search_all(model: Any, ex: Executor, tasks: list[Task], parallel: int, args: Any) -> Any:
    def evaluate(cands: Any) -> list[float]:
        jobs = [(c.code, find_problem(c.task.problem), None) for c in cands]
        return [pass_rate(r, public=True) or 0.0 for r in ex.run_many(jobs)]

    trees: dict[str, Any] = {}
    search = MCTSSearch(
        rollouts=args.rollouts,
        width=args.width,
        max_new_tokens=args.max_new_tokens,
        stop_on_pass=False,
        seed=7,
        parallel=parallel,
    )
    ledger = MemoryLedger(evaluate)
    t0 = time.perf_counter()
    search.run(model, tasks, ledger)
    seconds = time.perf_counter() - t0
    trees.update({key.split("|")[0]: tree for key, tree in ledger.trees.items()})
    programs = sum(len(r["programs"]) for r in trees.values())
    return 60 * programs / seconds, programs, seconds, trees


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--problems", default=DEFAULT_PROBLEMS)
    ap.add_argument("--rollouts", type=int, default=8)
    ap.add_argument("--width", type=int, default=3)
    ap.add_argument("--max-new-tokens", type=int, default=192)
    ap.add_argument("--parallel", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--torch-dtype", default="float32")
    args = ap.parse_args()
    tasks = [
        Task(p, "original", "chat", render("chat", find_problem(p.strip())))
        for p in args.problems.split(",")
    ]
    torch_model = load_model("embedded", engine="torch", dtype=args.torch_dtype)
    llama_model = load_model("embedded", engine="llama")
    ways = {
        "torch": (torch_model, 1),
        "llama": (llama_model, 1),
        f"llama x{args.parallel}": (llama_model, args.parallel),
    }
    rates: dict[str, list[float]] = {name: [] for name in ways}
    same = priors = True
    with Executor(limits=Limits(timeout_s=3.0)) as ex:
        for rep in range(args.repeats):
            names = list(ways)
            order = names[rep % len(names) :] + names[: rep % len(names)]
            trees: dict[str, Any] = {}
            for name in order:
                model, parallel = ways[name]
                rate, programs, seconds, trees[name] = search_all(model, ex, tasks, parallel, args)
                rates[name].append(rate)
                print(
                    f"repeat {rep + 1} {name:<9} {programs:>3} programs in {seconds:6.1f} s: "
                    f"{rate:5.1f} programs/min",
                    flush=True,
                )
            sequential, parallel_trees = trees["llama"], trees[f"llama x{args.parallel}"]
            same &= all(shape(sequential[p])[1] == shape(parallel_trees[p])[1] for p in sequential)
            priors &= all(shape(sequential[p]) == shape(parallel_trees[p]) for p in sequential)
    for name, values in rates.items():
        print(
            f"{name:<9} programs/min {min(values):.1f}-{max(values):.1f} "
            f"(median {statistics.median(values):.1f})"
        )
    # A parallel tree has 1/parallel of the threads: llama.cpp's sums may split otherwise.
    print(f"llama's parallel trees reach its sequential trees' programs: {'yes' if same else 'NO'}")
    print(f"... and the same priors to 4 decimals: {'yes' if priors else 'no'}")
    best = max(statistics.median(v) for k, v in rates.items() if k != "torch")
    print(f"speedup: {best / statistics.median(rates['torch']):.2f}")


if __name__ == "__main__":
    main()
