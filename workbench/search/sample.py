"""Sampling: n programs per task at each of several temperatures, batched.

Generation is batched across samples *and* tasks (on a CPU one decoding step costs about
the same for 1 row as for 16). The work list is fixed by the config alone: for each
temperature, task by task, sample by sample. It is cut into chunks in that order (a
chunk holds tasks with the same stop strings); each chunk is one `generate` call, which
the model batches as it can. With `stop_on_pass`, a task leaves a temperature's list as
soon as one of its candidates there passes every public test, so a chunk's members
depend only on the rewards of earlier chunks.

That is what makes a killed run resume to the same trials: a chunk whose candidates are
all recorded is skipped (its recorded rewards count); a chunk with any missing candidate
is generated again whole - same members, and every sample draws from its own seeded
random generator - and only the missing candidates are evaluated and written.
Temperature 0 is greedy decoding: one candidate per task, whatever `samples` says.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from workbench.models.base import ContextLengthError, Model
from workbench.search.base import Clock, Ledger, Task, solved, to_candidate
from workbench.search.registry import param

Item = tuple[Task, int]  # (task, sample index)


def cell_name(temperature: float) -> str:
    return f"T={temperature:g}"


def sample_seed(seed: int, sample: int) -> int:
    """The seed of sample `sample` of any prompt (the model mixes in the prompt itself)."""
    digest = hashlib.sha256(f"sample|{seed}|{sample}".encode()).digest()
    return int.from_bytes(digest[:8], "little") >> 1


@dataclass
class SampleSearch:
    """`samples` programs per task at each temperature (one, greedy, at temperature 0)."""

    samples: int = param(1, "Samples per task at each temperature above 0.")
    temperatures: tuple[float, ...] = param((0.0,), "Temperatures: 0.2,0.8 (0 = greedy).")
    max_new_tokens: int = param(512, "Tokens per program.")
    chunk: int = param(64, "Candidates per generation call: the unit of resume and early stop.")
    stop_on_pass: bool = param(False, "Stop a task once it passes its public tests.")
    seed: int = 0
    name: ClassVar[str] = "sample"
    seeded: ClassVar[bool] = True

    def __post_init__(self) -> None:
        # A chunk below 1 would never shrink the work list (an endless loop): refuse it.
        for what in ("samples", "chunk", "max_new_tokens"):
            if getattr(self, what) < 1:
                raise ValueError(f"{what} must be at least 1, not {getattr(self, what)}")
        if not self.temperatures or any(t < 0 for t in self.temperatures):
            raise ValueError("needs one or more temperatures >= 0, e.g. 0.2,0.8")

    @property
    def uses_beams(self) -> bool:
        """Whether it asks the model for beam search (a local model then decodes on torch)."""
        return False  # sampling needs no beams

    @property
    def stops_early(self) -> bool:
        return self.stop_on_pass

    def unsupported(self, model: Model, chat: bool) -> str | None:
        return None  # any model samples

    def cells(self) -> list[str]:
        return [cell_name(t) for t in self.temperatures]

    def count(self, temperature: float) -> int:
        return 1 if temperature <= 0 else self.samples

    def per_task(self, cell: str) -> int:
        return next(self.count(t) for t in self.temperatures if cell_name(t) == cell)

    def planned(self, tasks: int) -> int:
        return tasks * sum(self.count(t) for t in self.temperatures)

    def run(self, model: Model, tasks: Sequence[Task], ledger: Ledger) -> None:
        clock = Clock()
        done = ledger.done
        for temperature in self.temperatures:
            cell = cell_name(temperature)
            # Tasks solved on their public tests in this cell (stop_on_pass is per cell, so
            # every temperature's row of the summary sees every problem).
            finished: set[str] = set()
            if self.stop_on_pass:
                finished = {k[0] for k, r in done.items() if k[1] == cell and solved(r)}
            items = [(t, s) for t in tasks for s in range(self.count(temperature))]
            while True:
                items = [(t, s) for t, s in items if t.key not in finished]
                if not items:
                    break
                stop = items[0][0].prompt.stop
                # Same-stop items of the next `chunk` form the batch; the others stay in line.
                head, rest = items[: self.chunk], items[self.chunk :]
                batch = [it for it in head if it[0].prompt.stop == stop]
                items = [it for it in head if it[0].prompt.stop != stop] + rest
                missing = [(t, s) for t, s in batch if (t.key, cell, s) not in done]
                if missing:
                    rewards = self._step(model, batch, missing, temperature, clock, ledger)
                else:
                    rewards = {(t.key, s): done[(t.key, cell, s)] for t, s in batch}
                if self.stop_on_pass:
                    finished |= {key for (key, _), r in rewards.items() if solved(r)}

    def _step(
        self,
        model: Model,
        batch: list[Item],
        missing: list[Item],
        temperature: float,
        clock: Clock,
        ledger: Ledger,
    ) -> dict[tuple[str, int], float]:
        """Generate the whole chunk, evaluate its missing members; their rewards."""
        cell = cell_name(temperature)
        requests = [
            dataclasses.replace(t.request, seed=sample_seed(self.seed, s)) for t, s in batch
        ]
        try:
            outs = model.generate(
                requests,
                n=1,
                temperature=temperature,
                max_new_tokens=self.max_new_tokens,
                stop=list(batch[0][0].prompt.stop),
                seed=self.seed,
            )
        except ContextLengthError as exc:
            if len(batch) > 1:  # find the one that does not fit; the rest go on
                rewards: dict[tuple[str, int], float] = {}
                for item in batch:
                    part = [item] if item in missing else []
                    rewards |= self._step(model, [item], part, temperature, clock, ledger)
                return rewards
            task, _ = batch[0]
            ledger.refuse(task, cell, str(exc))
            return {(task.key, batch[0][1]): 0.0}
        gens = {(t.key, s): out[0] for (t, s), out in zip(batch, outs, strict=True)}
        wanted = [
            to_candidate(t, cell, s, gens[(t.key, s)], clock, temperature) for t, s in missing
        ]
        rewards = dict.fromkeys(((t.key, s) for t, s in batch), 0.0)
        for cand, reward in zip(wanted, ledger.evaluate(wanted), strict=True):
            rewards[(cand.task.key, cand.sample)] = reward
        return rewards
