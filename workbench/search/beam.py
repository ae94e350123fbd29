"""Beam search: HF beam search per task; every final beam is a candidate.

Beams are deterministic, so resuming simply redoes a task whose beams are not all
recorded. `stop_on_pass` has nothing to save within a task (all beams arrive together)
and is accepted for symmetry with the other searches.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.models.base import ContextLengthError, Model, ModelCapabilityError
from workbench.search.base import CandidateKey, Clock, Evaluate, Hooks, Refuse, Task, to_candidate


@dataclass
class BeamSearch:
    num_beams: int = 4
    max_new_tokens: int = 512
    stop_on_pass: bool = False
    name: str = "beam"

    def __post_init__(self) -> None:
        for what in ("num_beams", "max_new_tokens"):
            if getattr(self, what) < 1:
                raise ValueError(f"{what} must be at least 1, not {getattr(self, what)}")

    def cells(self) -> list[str]:
        return [f"beams={self.num_beams}"]

    def per_task(self, cell: str) -> int:
        return self.num_beams

    def planned(self, tasks: int) -> int:
        return tasks * self.num_beams

    def run(
        self,
        model: Model,
        tasks: Sequence[Task],
        evaluate: Evaluate,
        done: Mapping[CandidateKey, float],
        refuse: Refuse,
        hooks: Hooks | None = None,
    ) -> None:
        if not model.capabilities.beam:
            raise ModelCapabilityError(
                f"{model.id} cannot do beam search (it gives no token probabilities); "
                "use --search sample, or a local model"
            )
        clock = Clock()
        cell = self.cells()[0]
        for task in tasks:
            missing = [b for b in range(self.num_beams) if (task.key, cell, b) not in done]
            if not missing:
                continue
            try:
                beams = model.beam(
                    task.request, self.num_beams, self.max_new_tokens, task.prompt.stop
                )
            except ContextLengthError as exc:
                refuse(task, cell, str(exc))
                continue
            wanted = [
                to_candidate(task, cell, b, beams[b], clock) for b in missing if b < len(beams)
            ]
            if wanted:
                evaluate(wanted)
