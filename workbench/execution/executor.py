"""Run programs on tests: a pool of sandboxed workers, one per core, kept warm.

`run_tests(program, problem, tests, limits)` is the one call the rest of the workbench
needs; `Executor.run_many` runs many programs in parallel.
"""

from __future__ import annotations

import atexit
import os
import queue
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from workbench.execution.grading import captured, job_for, not_run, stdio_job, verdicts
from workbench.execution.prelude import StarterError, unrunnable_detail
from workbench.execution.sandbox import Isolation, Limits, detect_isolation, warn_if_weak
from workbench.execution.worker import Worker
from workbench.problems import Outcome, Problem, TestResult

Job = tuple[str, Problem, Sequence[int] | None]


class Executor:
    """A pool of warm sandboxed workers. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        workers: int | None = None,
        limits: Limits | None = None,
        isolation: Isolation | None = None,
        box: bool | None = None,
    ) -> None:
        """`box`: a fresh box per program (default: yes, unless WORKBENCH_SANDBOX_BOX=0);
        without one, the scratch directories are wiped after every program."""
        self.limits = limits or Limits()
        self._wire_limits = self.limits.wire()
        self.isolation = isolation or detect_isolation()
        warn_if_weak(self.isolation)
        self.size = max(1, workers or os.cpu_count() or 1)
        self._idle: queue.Queue[Worker] = queue.Queue()
        for i in range(self.size):
            self._idle.put(Worker(self.isolation, self.limits, i, box))
        self._pool = ThreadPoolExecutor(self.size, thread_name_prefix="sandbox")
        self._closed = False

    def run(
        self, program: str, problem: Problem, tests: Sequence[int] | None = None
    ) -> list[TestResult]:
        """Run one program on the given tests (all tests when None)."""
        indices = list(range(len(problem.tests))) if tests is None else list(tests)
        if not indices:
            return []
        try:
            job = job_for(program, problem, indices, self._wire_limits)
        except StarterError as exc:  # nothing would run: name the problem's defect instead
            return not_run(problem, indices, unrunnable_detail(exc))
        return verdicts(problem, indices, self._on_a_worker(job))

    def outputs(self, program: str, inputs: Sequence[str]) -> list[tuple[Outcome, str, str, float]]:
        """Run a stdin/stdout program on bare inputs: (outcome, stdout, detail, seconds)
        each, where PASSED means a clean exit (used to make expected outputs)."""
        if not inputs:
            return []
        reply = self._on_a_worker(stdio_job(program, list(inputs), self._wire_limits))
        return captured(reply, len(inputs))

    def _on_a_worker(self, job: dict[str, Any]) -> dict[str, Any]:
        worker = self._idle.get()
        try:
            return worker.run(job)
        finally:
            self._idle.put(worker)

    def run_many(self, jobs: Sequence[Job]) -> list[list[TestResult]]:
        """Run many programs in parallel; results in the order of `jobs`."""
        futures = [
            self._pool.submit(self.run, program, problem, tests) for program, problem, tests in jobs
        ]
        return [f.result() for f in futures]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._pool.shutdown(wait=True)
        while not self._idle.empty():
            self._idle.get().release()

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_default: dict[Limits, Executor] = {}
_lock = threading.Lock()


def default_executor(limits: Limits | None = None) -> Executor:
    """A process-wide executor per set of limits, closed at exit."""
    key = limits or Limits()
    with _lock:
        if key not in _default:
            _default[key] = Executor(limits=key)
        return _default[key]


@atexit.register
def _close_defaults() -> None:
    for ex in _default.values():
        ex.close()


def run_tests(
    program: str, problem: Problem, tests: Sequence[int] | None = None, limits: Limits | None = None
) -> list[TestResult]:
    """Run `program` on `problem`'s tests (indices; all when None) in the sandbox."""
    return default_executor(limits).run(program, problem, tests)
