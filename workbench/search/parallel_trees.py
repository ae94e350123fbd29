"""MCTS over several problems at once: one tree per thread, each thread decoding in a
llama.cpp context of its own (`LlamaModel.thread_view`) on the shared weights.

Why trees and not rollouts of one tree: rollouts of one tree in parallel need virtual
loss, and then the tree depends on timing; separate problems' trees are independent, so
every tree is exactly the one a sequential search grows (same seed, same model numbers:
llama.cpp splits a matrix product across threads by output rows, so the thread count
does not change a result). What threads share is serialized under one lock: the
sandbox (`evaluate`), the run's records (hooks) and refusals. ctypes releases the GIL
while llama.cpp decodes, so the threads' decoding overlaps.
"""

from __future__ import annotations

import queue
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
    """`search.run_one` for every task, `search.parallel` of them at a time."""
    workers = min(search.parallel, len(tasks))
    if workers <= 1:
        for task in tasks:
            search.run_one(model, task, evaluate, done, refuse, hooks)
        return
    lock = threading.Lock()
    shared = Hooks(
        save_tree=locked(lock, hooks.save_tree),
        step=locked(lock, hooks.step),
        skip=locked(lock, hooks.skip),
        finished=locked(lock, hooks.finished),
    )
    views: queue.Queue[Any] = queue.Queue()
    per_view = max(1, threads() // workers)
    for _ in range(workers):
        views.put(model.thread_view(per_view))
    guarded_evaluate = locked(lock, evaluate)
    guarded_refuse = locked(lock, refuse)

    def one(task: Task) -> None:
        view = views.get()
        try:
            search.run_one(view, task, guarded_evaluate, done, guarded_refuse, shared)
        finally:
            views.put(view)

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mcts-tree") as pool:
        # list(): an exception in any tree is raised here, after the others have finished.
        list(pool.map(one, tasks))
