"""One line of a run's trials.jsonl as a typed, frozen value: `Trial`, and its per-test
outcomes, `TestOutcome`.

A trial is either a candidate program (its code, the generation that produced it, its pass
rates on the public and private tests and the outcome of every test) or a refused prompt
(a task whose prompt did not fit the model: no program, `refused` says why). The runner
writes the keys listed in DESIGN.md "Run store"; `Trial.from_json` reads any line ever
written, giving a default to a key an older (or hand-made) line lacks, and `to_json`
writes the line back in the runner's own shape, so that a line read from disk comes back
as the very same dict. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TestOutcome:
    """How one candidate did on one test: the test's index in the problem's tests, whether
    it is public (drives the search) or private (scores it), the outcome's name (a
    `workbench.problems.Outcome` value: "passed", "wrong_answer", "timeout", ...) and what
    the sandbox said about it (an exception type, a diff; often empty)."""

    __test__ = False  # not a pytest class, whatever its name

    test: int
    public: bool
    outcome: str
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"

    @classmethod
    def from_json(cls, d: Mapping[str, Any], index: int = 0) -> TestOutcome:
        """One entry of a trial's "outcomes"; `index` (its position in the list) stands in
        for a missing test index."""
        return cls(
            test=int(d.get("test", index)),
            public=bool(d.get("public", False)),
            outcome=str(d["outcome"]),
            detail=d.get("detail") or "",
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "test": self.test,
            "public": self.public,
            "outcome": self.outcome,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Trial:
    """One line of trials.jsonl.

    Where it belongs: `problem` (id), `variant` (the statement's name as the run recorded
    it: "original", "short@authored"), `template`, `search` (the algorithm's name) and
    `cell` (the search setting the candidate belongs to: "T=0.8", "greedy", "beam=4").

    A candidate: `temperature` it was sampled at (None for a deterministic search),
    `sample` (its index within its cell), `code` (the program extracted), `text` (the
    model's whole answer), `tokens` generated, `finish_reason` ("stop" or "length"),
    `logprob` (sum of the sampled tokens' log-probabilities, None where the model gives
    none), `seconds` since its search started and `generation_seconds` spent generating
    it, `public_pass_rate` and `private_pass_rate` (None for a problem without such
    tests), `passed_all` (every test, public and private), `outcomes` (one per test) and
    `extra` (what the search recorded of its own, e.g. a tree search's rollout index).

    A refused prompt: `refused` is the reason, `sample` is None and nothing else is set.
    """

    problem: str
    variant: str
    template: str
    cell: str
    search: str = ""  # "" on a hand-made line that does not say
    temperature: float | None = None
    sample: int | None = None
    code: str = ""
    text: str = ""
    tokens: int = 0
    finish_reason: str = ""
    logprob: float | None = None
    seconds: float = 0.0
    generation_seconds: float = 0.0
    public_pass_rate: float | None = None
    private_pass_rate: float | None = None
    passed_all: bool = False
    outcomes: tuple[TestOutcome, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    refused: str | None = None

    @property
    def group(self) -> tuple[str, str, str]:
        """(variant, template, cell): the group a trial is scored in."""
        return (self.variant, self.template, self.cell)

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Trial:
        """A trial from one parsed line; a key the line lacks takes its default (older
        runs, hand-made lines), a key this type does not know is left out."""
        reason = d.get("refused")
        return cls(
            problem=d["problem"],
            variant=d["variant"],
            template=d["template"],
            cell=d["cell"],
            search=d.get("search") or "",
            temperature=d.get("temperature"),
            sample=d.get("sample"),
            code=d.get("code") or "",
            text=d.get("text") or "",
            tokens=d.get("tokens") or 0,
            finish_reason=d.get("finish_reason") or "",
            logprob=d.get("logprob"),
            seconds=d.get("seconds") or 0.0,
            generation_seconds=d.get("generation_seconds") or 0.0,
            public_pass_rate=d.get("public_pass_rate"),
            private_pass_rate=d.get("private_pass_rate"),
            passed_all=bool(d.get("passed_all", False)),
            outcomes=tuple(
                TestOutcome.from_json(o, i) for i, o in enumerate(d.get("outcomes") or ())
            ),
            extra=dict(d.get("extra") or {}),
            # A reason is text; a bare `true` (hand-made lines) still means refused.
            refused=None if not reason else reason if isinstance(reason, str) else str(reason),
        )

    def to_json(self) -> dict[str, Any]:
        """The line as the runner writes it: a refused prompt's place, reason and sample;
        a candidate's every key, "extra" only when it holds something."""
        place = {
            "problem": self.problem,
            "variant": self.variant,
            "template": self.template,
            "search": self.search,
            "cell": self.cell,
        }
        if self.refused:
            return place | {"refused": self.refused, "sample": self.sample}
        return place | {
            "temperature": self.temperature,
            "sample": self.sample,
            "code": self.code,
            "text": self.text,
            "tokens": self.tokens,
            "finish_reason": self.finish_reason,
            "logprob": self.logprob,
            "seconds": self.seconds,
            "generation_seconds": self.generation_seconds,
            "public_pass_rate": self.public_pass_rate,
            "private_pass_rate": self.private_pass_rate,
            "passed_all": self.passed_all,
            "outcomes": [o.to_json() for o in self.outcomes],
            **({"extra": dict(self.extra)} if self.extra else {}),
        }
