"""The search protocol: tasks in, evaluated candidates out, under a budget.

A `Task` is one cell of a run's grid (problem x variant x template) with its rendered
prompt. A search turns tasks into `Candidate` programs and hands them, a batch at a time,
to its `Ledger`, which returns each one's reward (the public pass rate). The runner's
ledger runs the sandbox and writes the trial lines, so search never imports execution.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

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


class Ledger(Protocol):
    """Everything a search talks to besides the model: the run's books. One object, so a
    search's signature is (model, tasks, ledger) and a new duty is one new method here."""

    @property
    def done(self) -> Mapping[CandidateKey, float]:
        """Rewards of candidates already recorded (a resumed run): a search skips what is
        done and must make the very same candidates for what is not."""
        ...

    def evaluate(self, candidates: Sequence[Candidate]) -> list[float]:
        """Score new candidates on their public tests and record them; their rewards. A
        candidate with `extra["repeat"]` (re-scored on purpose) is scored, not recorded."""
        ...

    def refuse(self, task: Task, cell: str, reason: str) -> None:
        """The task's prompt does not fit the model: recorded once, counted as done."""
        ...

    def finished(self, task: Task, cell: str) -> bool:
        """Whether a resumed run finished this task whole (a tree search saved its tree)."""
        ...

    def save_tree(self, task: Task, cell: str, tree: dict[str, Any]) -> None: ...

    def progress(self, task: Task, cell: str, steps: int, planned: int, what: str) -> None:
        """How the search of one task is going (a tree search's rollouts)."""
        ...

    def skip(self, candidates: int) -> None:
        """Candidates a task will not need (it stopped early): count them as done."""
        ...


@dataclass
class MemoryLedger:
    """A ledger in memory around an `Evaluate` callable: for tests, benchmarks and
    notebooks that run a search without a run store."""

    score: Evaluate
    done: dict[CandidateKey, float] = field(default_factory=dict)
    trees: dict[str, dict[str, Any]] = field(default_factory=dict)  # task key -> tree
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    skipped: int = 0

    def evaluate(self, candidates: Sequence[Candidate]) -> list[float]:
        return self.score(candidates)

    def refuse(self, task: Task, cell: str, reason: str) -> None:
        self.refused.append((task.key, cell, reason))

    def finished(self, task: Task, cell: str) -> bool:
        return task.key in self.trees

    def save_tree(self, task: Task, cell: str, tree: dict[str, Any]) -> None:
        self.trees[task.key] = tree

    def progress(self, task: Task, cell: str, steps: int, planned: int, what: str) -> None:
        pass

    def skip(self, candidates: int) -> None:
        self.skipped += candidates


class Search(Protocol):
    """A search algorithm: a dataclass whose documented fields are its parameters (see
    `registry.param`), registered by name in `workbench/search/__init__.py`."""

    name: ClassVar[str]
    # Whether its parameters take the run's seed (recorded as the parameter `seed`).
    seeded: ClassVar[bool]

    @property
    def uses_beams(self) -> bool:
        """Whether it asks the model for beam search (a local model then decodes on torch)."""
        ...

    @property
    def stops_early(self) -> bool:
        """Whether a task may end with fewer candidates than planned (stop on pass, a tree
        search's budgets): such a run is finished when every task has a trial in every
        cell, not when it has every planned candidate."""
        ...

    def unsupported(self, model: Model, chat: bool) -> str | None:
        """Why this search cannot run on `model` (with chat prompts), or None: asked before
        a run is made."""
        ...

    def cells(self) -> list[str]:
        """The settings this search runs each task under (the run's summary rows)."""
        ...

    def per_task(self, cell: str) -> int:
        """How many candidates one task gets in `cell` (at most)."""
        ...

    def planned(self, tasks: int) -> int:
        """How many candidates a full run over that many tasks makes (progress bars)."""
        ...

    def run(self, model: Model, tasks: Sequence[Task], ledger: Ledger) -> None: ...


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
