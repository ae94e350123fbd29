"""MCTS vs sampling vs beam search at the same number of evaluated programs.

For each problem set, real runs of the embedded model (they land under runs/ like any
other, so `workbench show RUN` and `workbench tree RUN PROBLEM` work on them): greedy
decoding (one program, for reference), then three searches at N programs each:

- sample: N programs at temperature 0.8;
- beam:   N beams (every final beam is a program);
- mcts:   token-level PG-TD, width 3, greedy rollouts, at most N distinct programs
          (and at most 10N rollouts: a rollout that stays on a path already
          completed costs almost nothing, a new program a whole rollout).

`stop_on_pass` is off for all, so each search may evaluate its N programs. Each
problem's answer is its best program by public pass rate (ties by likelihood), scored on
the private tests: strict accuracy (the answer passes every private test) and the mean
private pass rate, as `workbench show` reports them.

    .venv/bin/python benchmarks/search_compare.py [--sets fresh-quick,humaneval-quick]
        [--programs 4] [--max-new-tokens 512] [--dtype auto] [--engine auto] [--only mcts]

Prints a Markdown table (the README's), with each run's name. No speedup line: this
compares search quality at equal cost in programs, not time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench import pipelines  # noqa: E402
from workbench.configs import SearchSpec  # noqa: E402
from workbench.plan import ModelSpec, RunSpec  # noqa: E402
from workbench.progress import Printed  # noqa: E402
from workbench.summary import summarize  # noqa: E402


def searches(n: int, max_new: int) -> dict[str, tuple[str, dict[str, Any]]]:
    common = {"max_new_tokens": max_new, "stop_on_pass": False}
    return {
        "greedy": ("sample", {"samples": 1, "temperatures": [0.0], **common}),
        "sample": ("sample", {"samples": n, "temperatures": [0.8], **common}),
        "beam": ("beam", {"num_beams": n, **common}),
        "mcts": ("mcts", {"rollouts": 10 * n, "width": 3, "max_programs": n, **common}),
    }


def one_run(
    set_name: str, search: str, params: dict[str, Any], dtype: str, engine: str, runs: str
) -> Any:
    spec = RunSpec(
        set=set_name,
        search=SearchSpec(search, params),
        seed=7,
        model=ModelSpec("embedded", 16, dtype, engine),
    )
    started = pipelines.start_run(spec, runs)
    run = started.run
    t0 = time.perf_counter()
    pipelines.finish_run(started, Printed(f"{search} {set_name}: "))
    config = run.run_config
    (row,) = summarize(run.typed_trials(), config.problems, seed=config.seed)
    return run, row, time.perf_counter() - t0


def tree_totals(run_path: Path) -> str:
    """What the MCTS trees of a run add up to: rollouts, programs, syntax pruning."""
    keys = ("rollouts", "programs", "nodes", "pruned_nodes", "saved_evaluations")
    total = dict.fromkeys(keys, 0)
    for f in (run_path / "trees").glob("*.json"):
        stats = json.loads(f.read_text(encoding="utf-8"))["stats"]
        for k in keys:
            total[k] += int(stats.get(k, 0))
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in total.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="fresh-quick,humaneval-quick")
    ap.add_argument("--programs", type=int, default=4)
    ap.add_argument("--max-new-tokens", type=int, default=512)
    ap.add_argument("--only", default="greedy,sample,beam,mcts", help="which searches to run")
    ap.add_argument("--dtype", default="auto", help="every search's (--dtype of workbench run)")
    ap.add_argument("--mcts-dtype", default=None, help="MCTS's own, if it should differ")
    ap.add_argument("--engine", default="auto", help="auto, llama or torch (beam: torch)")
    ap.add_argument("--runs-dir", default=None)
    args = ap.parse_args()
    lines = [
        "| set | search | programs / problem | strict accuracy % [95% CI] "
        "| mean private pass rate % | minutes | run |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    wanted = set(args.only.split(","))
    notes: list[str] = []
    for set_name in args.sets.split(","):
        for label, (search, params) in searches(args.programs, args.max_new_tokens).items():
            if label not in wanted:
                continue
            dtype = args.mcts_dtype if search == "mcts" and args.mcts_dtype else args.dtype
            run, row, seconds = one_run(set_name, search, params, dtype, args.engine, args.runs_dir)
            lo, hi = row.strict_ci
            lines.append(
                f"| {set_name} | {label} | {row.candidates / row.problems:.1f} "
                f"| {100 * row.strict_accuracy:.1f} [{100 * lo:.1f}, {100 * hi:.1f}] "
                f"| {100 * row.private_pass_rate:.1f} | {seconds / 60:.1f} | {run.name} |"
            )
            print(lines[-1], flush=True)
            if search == "mcts":
                notes.append(f"{set_name}: {tree_totals(run.path)}")
    print("\n".join(lines))
    print("\n".join(notes))


if __name__ == "__main__":
    main()
