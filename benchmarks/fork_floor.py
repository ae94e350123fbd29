"""Where a program's cost goes: the fork server per trivial program vs a bare fork.

Runs the sandbox's fork server in-process (no bubblewrap, same code) on a trivial call
program with 7 tests, and, as the floor, a bare `fork` + `_exit` + `waitpid` from a
Python process with the same modules loaded. Prints CPU per program (server and child
separately) and page faults, which dominate on virtual machines where a fault costs
microseconds. The server runs three ways: a plain fork per program, the same with the
seccomp filter, and the fresh box per program (namespaces, mounts, init, filter), where
this machine lets this user make one.

    .venv/bin/python benchmarks/fork_floor.py

Last line: `speedup: X.XX`, the bare fork's CPU over ours (below 1: how far the server's
per-program overhead sits above the floor it cannot go below).
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.execution import harness  # noqa: E402
from workbench.execution.sandbox import Limits  # noqa: E402
from workbench.execution.seccomp_filter import program_filter  # noqa: E402

N = 300
JOB = {
    "io": "call",
    "program": "def f(x):\n    return x\n",
    "entry_point": "f",
    "prelude": None,
    "tests": [{"code": "(candidate(1),)", "seed": None}] * 7,
    "limits": Limits().wire(),
}


def usage() -> tuple[float, float, int, int]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime, me.ru_minflt, kids.ru_minflt)


def measure(label: str, one: object) -> tuple[float, float]:
    before, start = usage(), time.perf_counter()
    for _ in range(N):
        one()  # type: ignore[operator]
    harness.kill_descendants()  # reap what the server left to be reaped later
    wall, after = time.perf_counter() - start, usage()
    own, kids = (after[0] - before[0]) / N * 1e3, (after[1] - before[1]) / N * 1e3
    faults = ((after[2] - before[2]) / N, (after[3] - before[3]) / N)
    print(
        f"{label:34s} wall {wall / N * 1e3:5.2f} ms | cpu: parent {own:5.2f} ms, child "
        f"{kids:5.2f} ms | page faults: parent {faults[0]:5.0f}, child {faults[1]:5.0f}"
    )
    return own + kids, wall


def bare_fork() -> None:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)


def main() -> None:
    for name in harness.PRELOAD:
        __import__(name)
    import gc

    gc.freeze()
    bpf, _ = program_filter()
    kinds = {
        "plain fork": (False, ""),
        "fork + seccomp": (False, bpf.hex() if bpf else ""),
        "fresh box + seccomp": (True, bpf.hex() if bpf else ""),
    }
    ours = 0.0
    for label, (namespaces, seccomp) in kinds.items():
        with tempfile.TemporaryDirectory() as scratch:
            box = {"namespaces": namespaces, "scratch_bytes": 64 * 2**20,
                   "shm_bytes": 16 * 2**20, "seccomp": seccomp, "open_files": 128}  # fmt: skip
            saved = os.dup(0), os.dup(1)  # the server takes fds 0 and 1 for its protocol
            config = {"scratch": scratch, "processes": 0, "pdeathsig": False, "box": box}
            server = harness.Server(config)
            os.dup2(saved[0], 0)
            os.dup2(saved[1], 1)
            if namespaces and not server.boxed:
                print(f"{label}: not here ({server.box_error})")
                continue
            server.run_job(JOB)  # warm the code cache
            ours, _ = measure(f"server, {label}", lambda s=server: s.run_job(JOB))
    floor, _ = measure("bare fork + exit + wait", bare_fork)
    print(f"speedup: {floor / ours:.2f}")


if __name__ == "__main__":
    main()
