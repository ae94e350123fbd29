"""The search protocol: tasks in, evaluated candidates out, under a budget.

A `Task` is one cell of a run's grid (problem x variant x template) with its rendered
prompt. A search turns tasks into `Candidate` programs and hands them, a batch at a time,
to an `Evaluate` callable that returns each one's reward (the public pass rate). The
runner's callable runs the sandbox and writes the trial lines, so search never imports
execution. `done` carries the rewards of candidates already recorded (a resumed run): a
search skips what is done and must produce the very same candidates for what is not.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from workbench.extraction import extract_program
from workbench.models.base import Generation, Model, Request
from workbench.prompting import Prompt

# (task key, cell, sample) -> public reward of a candidate already in the run store.
CandidateKey = tuple[str, str, int]


@dataclass(frozen=True)
class Task:
    """One prompt to search from: problem x variant x template."""

    problem: str
    variant: str
    template: str
    prompt: Prompt

    @property
    def key(self) -> str:
        return f"{self.problem}|{self.variant}|{self.template}"

    @property
    def request(self) -> Request:
        return Request(self.prompt.prompt, self.prompt.prefill)


@dataclass(frozen=True)
class Candidate:
    """One complete program a search produced, with where it came from."""

    task: Task
    cell: str  # the search setting it belongs to, e.g. "T=0.8" or "beam=4"
    sample: int  # index within (task, cell)
    code: str
    generation: Generation
    seconds: float  # since the search started
    temperature: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


Evaluate = Callable[[Sequence[Candidate]], list[float]]
# Called when a task's prompt does not fit the model: (task, cell, reason).
Refuse = Callable[["Task", str, str], None]


@dataclass
class Hooks:
    """What a search may use beyond candidates: a place for its trees, a way to say how a
    task is going, and which tasks a resumed run has finished whole (tree searches: a task
    whose tree was saved needs no more work)."""

    save_tree: Callable[[Task, str, dict[str, Any]], None] | None = None
    # (task, cell, steps done, steps planned, what): progress within one task
    step: Callable[[Task, str, int, int, str], None] | None = None
    # Candidates a task did not need (it stopped early): count them as done in the bar.
    skip: Callable[[int], None] | None = None
    finished: Callable[[Task, str], bool] | None = None


class Search(Protocol):
    name: str

    def cells(self) -> list[str]:
        """The settings this search runs each task under (the run's summary rows)."""
        ...

    def per_task(self, cell: str) -> int:
        """How many candidates one task gets in `cell` (at most)."""
        ...

    def planned(self, tasks: int) -> int:
        """How many candidates a full run over that many tasks makes (progress bars)."""
        ...

    def run(
        self,
        model: Model,
        tasks: Sequence[Task],
        evaluate: Evaluate,
        done: Mapping[CandidateKey, float],
        refuse: Refuse,
        hooks: Hooks | None = None,
    ) -> None: ...


class Clock:
    """Seconds since the search started."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()

    def __call__(self) -> float:
        return time.perf_counter() - self.t0


def to_candidate(
    task: Task,
    cell: str,
    sample: int,
    gen: Generation,
    clock: Clock,
    temperature: float | None = None,
) -> Candidate:
    code = extract_program(task.prompt, gen.text, gen.prefilled)
    return Candidate(task, cell, sample, code, gen, clock(), temperature)


def solved(reward: float) -> bool:
    return reward >= 1.0 - 1e-9
