"""MCTS with its caches on vs off: the same search (same seed, problems, rollouts), the work
it takes, and whether the results are the same.

Caches (`workbench/search/expand.py`, `workbench/models/continuation.py`): the top-k of
every prefix a rollout passed, greedy completions reused for states on their path, the
attention cache kept across calls, rewards by program text. Off, every expansion runs the
model over the prompt and the state from the first token, every rollout prefills from the
first token, and a program seen before is run in the sandbox again - PG-TD without its
caches. Both runs use the embedded model (float32 by default: a single row decodes faster
in float32 than in bfloat16 on this CPU, and equal numbers make equal trees likelier) and
the real sandbox, public tests as the reward, `stop_on_pass` off so both do every rollout.

    .venv/bin/python benchmarks/mcts_cache.py [--problems humaneval/0,fresh/003]
        [--rollouts 8] [--width 3] [--max-new-tokens 192] [--dtype float32] [--engine auto]

The default problems are four short HumanEval ones whose greedy answer fails its public
tests, so the search has to leave the greedy path (where greedy succeeds, every rollout
after the first repeats it, and the caches make those repeats nearly free).

Prints, per problem and in total: wall seconds, forward tokens (positions the model
computed), sandbox runs, programs, and whether tree and programs are identical. The last
line, `speedup: X.XX`, is the wall time with caches off over with caches on.
"""

from __future__ import annotations

import argparse
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


def shape(record: dict[str, Any]) -> tuple[Any, ...]:
    """Tree and programs, priors to 4 decimals (a probability computed from a stored
    attention cache differs from one computed from the first token in the 7th digit)."""
    nodes = [n | {"prior": round(n["prior"], 4)} for n in record["nodes"]]
    return nodes, [(p["code"], p["reward"]) for p in record["programs"]], record["answer"]


def one(model: Any, ex: Executor, task: Task, caches: str, args: Any) -> dict[str, Any]:
    problem = find_problem(task.problem)
    runs = 0

    def evaluate(cands: Any) -> list[float]:
        nonlocal runs
        runs += len(cands)
        results = ex.run_many([(c.code, problem, None) for c in cands])
        return [pass_rate(r, public=True) or 0.0 for r in results]

    search = MCTSSearch(
        rollouts=args.rollouts,
        width=args.width,
        max_new_tokens=args.max_new_tokens,
        stop_on_pass=False,
        caches=caches,
        seed=7,
    )
    t0 = time.perf_counter()
    tree = search.run_task(model, task, MemoryLedger(evaluate))
    seconds = time.perf_counter() - t0
    record = search.tree_record(task, search.cells()[0], tree)
    return {"seconds": seconds, "runs": runs, "record": record, **record["stats"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--problems", default="humaneval/50,humaneval/62,humaneval/118,humaneval/139")
    ap.add_argument("--rollouts", type=int, default=8)
    ap.add_argument("--width", type=int, default=3)
    ap.add_argument("--max-new-tokens", type=int, default=192)
    ap.add_argument("--dtype", default="float32")
    ap.add_argument("--engine", default="auto", help="auto, llama or torch")
    args = ap.parse_args()
    model = load_model("embedded", dtype=args.dtype, engine=args.engine)
    print(f"engine: {model.engine_name}")
    totals = {"on": [0.0, 0, 0], "off": [0.0, 0, 0]}
    same_all = True
    counts: list[int] = []  # programs per problem, caches on
    header = f"{'problem':<14} {'caches':<6} {'seconds':>8} {'fwd tokens':>11} {'sandbox':>8}"
    print(header + f" {'programs':>8} {'best':>5}  same")
    with Executor(limits=Limits(timeout_s=3.0)) as ex:
        for pid in args.problems.split(","):
            problem = find_problem(pid.strip())
            task = Task(problem.id, "original", "chat", render("chat", problem))
            on = one(model, ex, task, "all", args)
            off = one(model, ex, task, "none", args)
            counts.append(on["programs"])
            same = shape(on["record"]) == shape(off["record"])
            same_all &= same
            for name, r in (("on", on), ("off", off)):
                best = max((p["reward"] for p in r["record"]["programs"]), default=0.0)
                print(
                    f"{problem.id:<14} {name:<6} {r['seconds']:>8.1f} {r['forward_tokens']:>11}"
                    f" {r['runs']:>8} {r['programs']:>8} {best:>5.2f}  {'yes' if same else 'NO'}"
                )
                t = totals[name]
                t[0] += r["seconds"]
                t[1] += r["forward_tokens"]
                t[2] += r["runs"]
    on_t, off_t = totals["on"], totals["off"]
    print(
        f"total: caches on {on_t[0]:.1f} s, {on_t[1]} forward tokens, {on_t[2]} sandbox runs; "
        f"off {off_t[0]:.1f} s, {off_t[1]} forward tokens, {off_t[2]} sandbox runs"
    )
    print(f"forward tokens: {off_t[1] / max(on_t[1], 1):.2f}x fewer with caches")
    programs = sum(counts)
    print(f"programs per minute with caches: {60 * programs / on_t[0]:.1f}")
    print(f"identical trees and programs: {'yes' if same_all else 'NO'}")
    print(f"speedup: {off_t[0] / on_t[0]:.2f}")


if __name__ == "__main__":
    main()
