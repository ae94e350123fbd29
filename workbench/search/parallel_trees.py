"""MCTS on llama.cpp: every problem's tree in a llama.cpp context of its own
(`LlamaModel.thread_view`, on the shared weights), `parallel` trees at once in threads.

Why a context per tree: llama.cpp's numbers depend slightly on how its attention cache is
occupied (where a sequence's cells lie changes the order of sums, and the quantized
activations turn those last-bit differences into visible ones: up to 0.36 in a logit,
`benchmarks/llama_occupancy.py`), so in a shared context a tree would depend on the
problems searched before it.
In a fresh context it depends on its problem, its seed and its thread count only: the
same tree whatever the order of problems (tested). With `parallel` N each tree decodes
with 1/N of the threads, which can move priors in the 2nd-3rd decimal (measured by
`benchmarks/mcts_engines.py`: the same programs, priors apart): the same trees are
promised for each value of `parallel`, and `parallel` is in the run's config.

Why trees and not rollouts of one tree: rollouts of one tree at once need virtual loss,
and then the tree depends on timing. What threads share is serialized under one lock:
the sandbox, the run's records and refusals (`LockedLedger`). ctypes releases the GIL
while llama.cpp decodes, so the threads' decoding overlaps.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from workbench.models.llama_engine import threads
from workbench.search.base import Candidate, CandidateKey, Ledger, Task


class LockedLedger:
    """A ledger whose every call holds one lock: trees in threads share the sandbox, the
    run's records and its progress through it."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.lock = threading.Lock()

    @property
    def done(self) -> Mapping[CandidateKey, float]:
        return self.ledger.done  # read-only while trees run: no lock needed

    def evaluate(self, candidates: Sequence[Candidate]) -> list[float]:
        with self.lock:
            return self.ledger.evaluate(candidates)

    def refuse(self, task: Task, cell: str, reason: str) -> None:
        with self.lock:
            self.ledger.refuse(task, cell, reason)

    def finished(self, task: Task, cell: str) -> bool:
        with self.lock:
            return self.ledger.finished(task, cell)

    def save_tree(self, task: Task, cell: str, tree: dict[str, Any]) -> None:
        with self.lock:
            self.ledger.save_tree(task, cell, tree)

    def progress(self, task: Task, cell: str, steps: int, planned: int, what: str) -> None:
        with self.lock:
            self.ledger.progress(task, cell, steps, planned, what)

    def skip(self, candidates: int) -> None:
        with self.lock:
            self.ledger.skip(candidates)


def run_parallel(search: Any, model: Any, tasks: Sequence[Task], ledger: Ledger) -> None:
    """`search.run_one` for every task in a fresh context, `search.parallel` at a time."""
    workers = max(1, min(search.parallel, len(tasks)))
    shared = LockedLedger(ledger)
    per_view = max(1, threads() // workers)

    def one(task: Task) -> None:
        if shared.finished(task, search.cells()[0]):
            search.run_one(model, task, shared)
            return  # a finished task only counts its skipped work: no context needed
        view = model.thread_view(per_view)
        try:
            search.run_one(view, task, shared)
        finally:
            view.close()

    if workers == 1:
        for task in tasks:
            one(task)
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mcts-tree") as pool:
        # list(): an exception in any tree is raised here, after the others have finished.
        list(pool.map(one, tasks))
