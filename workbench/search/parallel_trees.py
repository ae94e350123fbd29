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
the sandbox (`evaluate`), the run's records (hooks) and refusals. ctypes releases the GIL
while llama.cpp decodes, so the threads' decoding overlaps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from workbench.models.llama_engine import threads
from workbench.search.base import CandidateKey, Evaluate, Hooks, Refuse, Task


def locked(lock: threading.Lock, fn: Callable[..., Any] | None) -> Callable[..., Any] | None:
    if fn is None:
        return None

    def call(*args: Any) -> Any:
        with lock:
            return fn(*args)

    return call


def run_parallel(
    search: Any,
    model: Any,
    tasks: Sequence[Task],
    evaluate: Evaluate,
    done: Mapping[CandidateKey, float],
    refuse: Refuse,
    hooks: Hooks,
) -> None:
    """`search.run_one` for every task in a fresh context, `search.parallel` at a time."""
    workers = max(1, min(search.parallel, len(tasks)))
    lock = threading.Lock()
    shared = Hooks(
        save_tree=locked(lock, hooks.save_tree),
        step=locked(lock, hooks.step),
        skip=locked(lock, hooks.skip),
        finished=locked(lock, hooks.finished),
    )
    per_view = max(1, threads() // workers)
    guarded_evaluate = locked(lock, evaluate)
    guarded_refuse = locked(lock, refuse)

    def one(task: Task) -> None:
        if hooks.finished and hooks.finished(task, search.cells()[0]):
            search.run_one(model, task, guarded_evaluate, done, guarded_refuse, shared)
            return  # a finished task only counts its skipped work: no context needed
        view = model.thread_view(per_view)
        try:
            search.run_one(view, task, guarded_evaluate, done, guarded_refuse, shared)
        finally:
            view.close()

    if workers == 1:
        for task in tasks:
            one(task)
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mcts-tree") as pool:
        # list(): an exception in any tree is raised here, after the others have finished.
        list(pool.map(one, tasks))
