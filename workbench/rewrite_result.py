"""What a rewrite yields for one problem (`RewriteResult`) and the acceptance it adds up to.

Kept apart from the rewriting engine (`rewriting.py`, which pulls in models and execution)
so that writing and reading frozen variants (`freezing.py`, `variants.py`) never load it.
Stdlib and `problems` only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from workbench.problems import Variant

Status = Literal["accepted", "rejected", "not_applicable"]


@dataclass
class RewriteResult:
    """What became of one problem under one rewriter (not a test outcome: that is
    `problems.Outcome`)."""

    problem_id: str
    status: Status
    variant: Variant | None = None
    reason: str = ""
    attempts: int = 0
    failures: list[str] = field(default_factory=list)  # every failed check, per attempt
    last_rejected: str | None = None  # the statement of the last rejected attempt, to read

    def to_dict(self) -> dict[str, Any]:
        """The problem's entry in a variants record (`<name>.meta.json`)."""
        return {
            "problem_id": self.problem_id,
            "status": self.status,
            "reason": self.reason,
            "attempts": self.attempts,
            "failures": self.failures,
            **({"last_rejected": self.last_rejected} if self.status == "rejected" else {}),
        }


@dataclass(frozen=True)
class Acceptance:
    """Counts per status and the acceptance rate among the problems a rewriter applies to
    (None when it applies to none)."""

    accepted: int
    rejected: int
    not_applicable: int
    attempts: int

    @property
    def applicable(self) -> int:
        return self.accepted + self.rejected

    @property
    def acceptance_rate(self) -> float | None:
        return self.accepted / self.applicable if self.applicable else None

    def to_dict(self) -> dict[str, Any]:
        """As a variants record stores it (and `--json` prints it)."""
        return {
            "accepted": self.accepted,
            "rejected": self.rejected,
            "not_applicable": self.not_applicable,
            "applicable": self.applicable,
            "acceptance_rate": self.acceptance_rate,
            "attempts": self.attempts,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Acceptance:
        return cls(
            accepted=int(d.get("accepted", 0)),
            rejected=int(d.get("rejected", 0)),
            not_applicable=int(d.get("not_applicable", 0)),
            attempts=int(d.get("attempts") or 0),
        )


def acceptance(results: Sequence[RewriteResult]) -> Acceptance:
    """How many of `results` were accepted, rejected, not applicable, in how many attempts."""
    return Acceptance(
        accepted=sum(r.status == "accepted" for r in results),
        rejected=sum(r.status == "rejected" for r in results),
        not_applicable=sum(r.status == "not_applicable" for r in results),
        attempts=sum(r.attempts for r in results),
    )
