"""One program against one problem's tests, in the sandbox: the `workbench check` pipeline.

`check_program` takes a program file and a problem (by id or as a JSON file), refuses what
cannot run (a problem without a runnable harness, a program that is not UTF-8 text,
limits that are not positive) with a `CheckError`, and returns a `ProgramCheck`: the
results per test, the pass rates, and the sandbox that isolated the program.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.corpus import find_problem, load_problem_file
from workbench.errors import WorkbenchError
from workbench.execution import Limits, run_tests
from workbench.execution.prelude import unrunnable
from workbench.execution.worker import sandbox_facts
from workbench.problems import Problem, TestResult, pass_rate


class CheckError(WorkbenchError, ValueError):
    """A program or problem `workbench check` cannot run: the message names which."""


@dataclass(frozen=True)
class ProgramCheck:
    """What one program did on a problem's tests (the private ones only when asked)."""

    problem: Problem
    results: list[TestResult]
    public_pass_rate: float | None  # None: the problem has no public test
    private_pass_rate: float | None  # None: no private test, or not asked for
    sandbox: dict[str, Any]  # `sandbox_facts()`, as a run's config records them

    def outcome_counts(self) -> Counter[str]:
        return Counter(r.outcome.value for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        """The `--json` form (keys and order are part of the CLI's output)."""
        return {
            "problem": self.problem.id,
            "public_pass_rate": self.public_pass_rate,
            "private_pass_rate": self.private_pass_rate,
            "sandbox": self.sandbox,
            "results": [
                {"test": r.test, "public": r.public, "outcome": r.outcome.value, "detail": r.detail}
                for r in self.results
            ],
        }


def load_checked_problem(
    problem_id: str | None, problem_file: Path | None, corpus: str | None = None
) -> Problem:
    """The problem named by exactly one of an id (in `corpus` where given) or a JSON file,
    refused when no harness can run it."""
    if (problem_id is None) == (problem_file is None):
        raise CheckError("give exactly one of --problem ID or --problem-file FILE.json")
    if problem_id is not None:
        problem = find_problem(problem_id, corpus)
    else:
        assert problem_file is not None
        problem = load_problem_file(problem_file)
    reason = unrunnable(problem)
    if reason is not None:
        raise CheckError(f"problem {problem.id} is {reason}")
    return problem


def read_program(path: Path) -> str:
    """A program file's text (CheckError when it cannot be read or is not UTF-8)."""
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise CheckError(f"cannot read program {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CheckError(f"program {path} is not UTF-8 text") from None


def check_program(
    code: str, problem: Problem, private: bool = False, limits: Limits | None = None
) -> ProgramCheck:
    """Run `code` on the problem's public tests (every test with `private`), sandboxed."""
    limits = limits or Limits()
    if limits.timeout_s <= 0 or limits.memory_mb <= 0:
        raise CheckError("--timeout and --memory must be positive")
    indices = list(range(len(problem.tests))) if private else problem.public_tests
    results = run_tests(code, problem, indices, limits)
    return ProgramCheck(
        problem=problem,
        results=results,
        public_pass_rate=pass_rate(results, public=True),
        private_pass_rate=pass_rate(results, public=False) if private else None,
        sandbox=sandbox_facts(),
    )


def sandbox_line(facts: dict[str, Any]) -> str:
    """What isolated the programs, in one line (from `sandbox_facts()`)."""
    parts = [str(facts["mode"])]
    parts.append(
        "a fresh box per program"
        if facts.get("fresh_box_per_program")
        else f"no per-program box ({facts.get('box_refused')}): scratch wiped instead"
    )
    parts.append(
        "seccomp" if facts.get("seccomp") else f"no seccomp ({facts.get('seccomp_missing')})"
    )
    parts.append(f"memory: {facts['memory']}")
    return "; ".join(parts)
