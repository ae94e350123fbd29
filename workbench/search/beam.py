"""Beam search: HF beam search per task; every final beam is a candidate.

Beams are deterministic, so resuming simply redoes a task whose beams are not all
recorded. `stop_on_pass` has nothing to save within a task (all beams arrive together)
and is accepted for symmetry with the other searches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from workbench.models.base import ContextLengthError, Model, ModelCapabilityError
from workbench.search.base import Clock, Ledger, Task, to_candidate
from workbench.search.registry import param


@dataclass
class BeamSearch:
    """The model's beam search per task; every final beam is a candidate."""

    num_beams: int = param(4, "Beams per task.")
    max_new_tokens: int = param(512, "Tokens per program.")
    stop_on_pass: bool = param(False, "Accepted for symmetry: all beams arrive together.")
    name: ClassVar[str] = "beam"
    seeded: ClassVar[bool] = False

    def __post_init__(self) -> None:
        for what in ("num_beams", "max_new_tokens"):
            if getattr(self, what) < 1:
                raise ValueError(f"{what} must be at least 1, not {getattr(self, what)}")

    @property
    def uses_beams(self) -> bool:
        """Whether it asks the model for beam search (a local model then decodes on torch)."""
        return True

    @property
    def stops_early(self) -> bool:
        return self.stop_on_pass

    def unsupported(self, model: Model, chat: bool) -> str | None:
        if model.capabilities.beam:
            return None
        return (
            f"{model.info().id} cannot do beam search (it gives no token probabilities); "
            "use --search sample, or a local model"
        )

    def cells(self) -> list[str]:
        return [f"beams={self.num_beams}"]

    def per_task(self, cell: str) -> int:
        return self.num_beams

    def planned(self, tasks: int) -> int:
        return tasks * self.num_beams

    def run(self, model: Model, tasks: Sequence[Task], ledger: Ledger) -> None:
        why = self.unsupported(model, chat=False)
        if why:
            raise ModelCapabilityError(why)
        clock = Clock()
        done = ledger.done
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
                ledger.refuse(task, cell, str(exc))
                continue
            wanted = [
                to_candidate(task, cell, b, beams[b], clock) for b in missing if b < len(beams)
            ]
            if wanted:
                ledger.evaluate(wanted)
