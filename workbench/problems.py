"""Problem types: the plain, frozen data every stage passes around.

`Problem`, `Test`, `Example`, `Variant`, `Outcome`, `TestResult`, and their
JSON round trip. Stdlib only: every other module imports this one.
"""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from workbench.errors import WorkbenchError

IoKind = Literal["stdio", "call"]


class ProblemFormatError(WorkbenchError, ValueError):
    """A problem (or test) does not follow the DESIGN.md format."""


class Outcome(enum.StrEnum):
    """What happened to one program on one test."""

    PASSED = "passed"
    WRONG_ANSWER = "wrong_answer"
    RUNTIME_ERROR = "runtime_error"
    TIMEOUT = "timeout"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    SYNTAX_ERROR = "syntax_error"
    SANDBOX_ERROR = "sandbox_error"


@dataclass(frozen=True)
class Example:
    """An example shown in the statement."""

    input: str
    output: str
    explanation: str | None = None


@dataclass(frozen=True)
class Test:
    """One test. stdio: `input`/`output`. call: `code` (asserts on `candidate`) or
    `args`/`kwargs`/`expected`. Public tests drive search; private tests score it."""

    __test__ = False  # not a pytest class
    kind: IoKind
    public: bool
    input: str | None = None
    output: str | None = None
    code: str | None = None
    args: tuple[Any, ...] | None = None
    kwargs: dict[str, Any] | None = None
    expected: Any = None

    def __post_init__(self) -> None:
        if self.kind == "stdio":
            if self.input is None or self.output is None:
                raise ProblemFormatError("a stdio test needs 'input' and 'output'")
        elif self.kind == "call":
            if self.code is None and self.args is None:
                raise ProblemFormatError("a call test needs 'code' or 'args'")
        else:
            raise ProblemFormatError(f"unknown test kind {self.kind!r} (stdio or call)")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "public": self.public}
        if self.kind == "stdio":
            d.update(input=self.input, output=self.output)
        elif self.code is not None:
            d["code"] = self.code
        else:
            d.update(args=list(self.args or ()), kwargs=self.kwargs or {}, expected=self.expected)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Test:
        known = {"kind", "public", "input", "output", "code", "args", "kwargs", "expected"}
        unknown = set(d) - known
        if unknown:
            raise ProblemFormatError(f"unknown test field(s) {sorted(unknown)}")
        if not isinstance(d.get("public"), bool):
            raise ProblemFormatError("a test needs 'public': true or false")
        args = d.get("args")
        return cls(
            kind=d.get("kind", "stdio"),
            public=d["public"],
            input=d.get("input"),
            output=d.get("output"),
            code=d.get("code"),
            args=tuple(args) if args is not None else None,
            kwargs=d.get("kwargs"),
            expected=d.get("expected"),
        )


@dataclass(frozen=True)
class Problem:
    """A programming problem as a contestant sees it, with its tests and references."""

    id: str
    title: str
    statement: str
    io: IoKind
    tests: tuple[Test, ...]
    entry_point: str | None = None
    starter_code: str | None = None
    examples: tuple[Example, ...] = ()
    solutions: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id or "/" not in self.id:
            raise ProblemFormatError(f"problem id {self.id!r} must look like 'corpus/name'")
        if self.io not in ("stdio", "call"):
            raise ProblemFormatError(f"{self.id}: io must be 'stdio' or 'call', not {self.io!r}")
        if self.io == "call" and not self.entry_point:
            raise ProblemFormatError(f"{self.id}: a call problem needs an entry_point")
        if not self.tests:
            raise ProblemFormatError(f"{self.id}: a problem needs at least one test")
        for t in self.tests:
            if t.kind != self.io:
                raise ProblemFormatError(f"{self.id}: a {t.kind} test in a {self.io} problem")

    @property
    def corpus(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def public_tests(self) -> list[int]:
        return [i for i, t in enumerate(self.tests) if t.public]

    @property
    def private_tests(self) -> list[int]:
        return [i for i, t in enumerate(self.tests) if not t.public]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "statement": self.statement,
            "io": self.io,
            "entry_point": self.entry_point,
            "starter_code": self.starter_code,
            "examples": [asdict(e) for e in self.examples],
            "tests": [t.to_dict() for t in self.tests],
            "solutions": list(self.solutions),
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Problem:
        if not isinstance(d, dict):
            raise ProblemFormatError("a problem must be a JSON object")
        missing = [k for k in ("id", "statement", "io", "tests") if k not in d]
        if missing:
            raise ProblemFormatError(f"missing field(s) {missing}")
        pid = d["id"]
        try:
            tests = tuple(Test.from_dict(t) for t in d["tests"])
            examples = tuple(Example(**e) for e in d.get("examples") or ())
        except (TypeError, ProblemFormatError) as e:
            raise ProblemFormatError(f"{pid}: {e}") from None
        return cls(
            id=pid,
            title=d.get("title") or pid,
            statement=d["statement"],
            io=d["io"],
            tests=tests,
            entry_point=d.get("entry_point"),
            starter_code=d.get("starter_code"),
            examples=examples,
            solutions=tuple(d.get("solutions") or ()),
            meta=dict(d.get("meta") or {}),
        )

    def content_hash(self) -> str:
        """sha256 of the canonical JSON form: changes whenever anything tested or shown does."""
        return hashlib.sha256(canonical_json(self.to_dict()).encode()).hexdigest()


@dataclass(frozen=True)
class Variant:
    """A problem restated by a rewriter: same problem id, new statement, and provenance."""

    problem_id: str
    variant: str
    statement: str
    starter_code: str | None = None
    entry_point: str | None = None
    driver: str | None = None
    provenance: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Variant:
        return cls(**d)


@dataclass(frozen=True)
class TestResult:
    """The verdict of one test, decided in the parent process."""

    __test__ = False  # not a pytest class
    test: int
    public: bool
    outcome: Outcome
    detail: str = ""
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.outcome is Outcome.PASSED

    def to_dict(self) -> dict[str, Any]:
        return {
            "test": self.test,
            "public": self.public,
            "outcome": self.outcome.value,
            "detail": self.detail,
            "seconds": round(self.seconds, 6),
        }


def pass_rate(results: list[TestResult], public: bool) -> float | None:
    """Share of passed tests among the public (or private) ones; None when there are none."""
    chosen = [r for r in results if r.public == public]
    if not chosen:
        return None
    return sum(r.passed for r in chosen) / len(chosen)


def canonical_json(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
