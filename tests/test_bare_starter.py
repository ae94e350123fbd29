"""Starters that are a bare signature (APPS/LeetCode style) still give a prelude that
compiles, so honest programs are scored; a starter that cannot be made to compile is
named as unrunnable by `workbench check` and `workbench corpus validate` before anything
runs (workbench.execution.prelude)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.corpus import load_corpus
from workbench.execution import Executor, Limits
from workbench.execution.prelude import StarterError, prelude_for, unrunnable
from workbench.problems import Outcome, Problem, Test
from workbench.validate import validate

O = Outcome  # noqa: E741
runner = CliRunner()


@pytest.fixture(scope="module")
def ex() -> Iterator[Executor]:
    with Executor(workers=1, limits=Limits(timeout_s=2.0)) as executor:
        yield executor


def problem(pid: str, entry: str, starter: str, codes: list[str], solution: str = "") -> Problem:
    return Problem(
        id=f"bare/{pid}",
        title=pid,
        statement=pid,
        io="call",
        entry_point=entry,
        starter_code=starter,
        tests=tuple(Test(kind="call", public=True, code=c) for c in codes),
        solutions=(solution,) if solution else (),
    )


SOLVE = problem(
    "1",
    "solve",
    "def solve(n):",
    ["assert candidate(3) == 9", "assert solve(-4) == 16"],
    "def solve(n):\n    return n * n\n",
)
TWO_SUM = problem(
    "2",
    "twoSum",
    "class Solution:\n    def twoSum(self, nums, target):\n",
    ["assert sorted(candidate([2, 7, 11, 15], 9)) == [0, 1]"],
    (
        "class Solution:\n"
        "    def twoSum(self, nums, target):\n"
        "        seen = {}\n"
        "        for i, x in enumerate(nums):\n"
        "            if target - x in seen:\n"
        "                return [seen[target - x], i]\n"
        "            seen[x] = i\n"
    ),
)
HELPERS = problem(
    "3",
    "solve",
    "import math\n\ndef double(x):\n    return 2 * x\n\ndef solve(n,\n          m):\n",
    ["assert candidate(2, 3) == double(math.prod([2, 3]))"],
    "def solve(n, m):\n    return 2 * n * m\n",
)
BROKEN = problem(
    "4", "solve", "def solve(n:", ["assert candidate(3) == 9"], "def solve(n):\n    return n * n\n"
)


@pytest.mark.parametrize(
    "prob, wrong",
    [
        (SOLVE, "def solve(n):\n    return n + n\n"),
        (TWO_SUM, "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 2]\n"),
        (HELPERS, "def solve(n, m):\n    return n * m\n"),
    ],
    ids=lambda p: p.id if isinstance(p, Problem) else "",
)
def test_the_honest_program_passes_and_a_wrong_one_fails(
    ex: Executor, prob: Problem, wrong: str
) -> None:
    results = ex.run(prob.solutions[0], prob)
    assert all(r.passed for r in results), [(r.outcome, r.detail) for r in results]
    results = ex.run(wrong, prob)
    assert all(r.outcome is O.WRONG_ANSWER for r in results), [r.detail for r in results]


def test_the_prelude_keeps_helpers_and_never_defines_the_entry_point() -> None:
    namespace: dict[str, object] = {}
    exec(prelude_for(HELPERS.starter_code, "solve"), namespace)
    assert "double" in namespace and "math" in namespace and "solve" not in namespace
    namespace = {}
    exec(prelude_for(TWO_SUM.starter_code, "twoSum"), namespace)
    assert "Solution" not in namespace
    # a body-less helper is completed, not dropped; a HumanEval stub goes
    namespace = {}
    exec(prelude_for("def helper(x):\n\ndef solve(n):\n", "solve"), namespace)
    assert "helper" in namespace and "solve" not in namespace
    assert prelude_for('def add(a, b):\n    """Add."""\n', "add").strip() == ""


@pytest.mark.parametrize(
    "starter", ["def solve(n:", "return 1", "if ready:\n", "def solve(n):\n  x\n    y"]
)
def test_a_starter_that_cannot_compile_is_refused(starter: str) -> None:
    with pytest.raises(StarterError):
        prelude_for(starter, "solve")


def test_an_unrunnable_problem_is_named_and_not_run(ex: Executor) -> None:
    reason = unrunnable(BROKEN)
    assert reason is not None and reason.startswith("unrunnable: its starter code does not compile")
    results = ex.run(BROKEN.solutions[0], BROKEN)
    assert [r.outcome for r in results] == [O.SANDBOX_ERROR] and results[0].detail == reason
    # args-form tests never run the starter: such a problem is runnable
    args_only = Problem(
        id="bare/5",
        title="5",
        statement="5",
        io="call",
        entry_point="solve",
        starter_code="def solve(n:",
        tests=(Test(kind="call", public=True, args=(3,), kwargs={}, expected=9),),
    )
    assert unrunnable(args_only) is None
    assert ex.run("def solve(n):\n    return n * n\n", args_only)[0].passed


def test_check_names_an_unrunnable_problem(tmp_path: Path) -> None:
    program = tmp_path / "solution.py"
    program.write_text(BROKEN.solutions[0])
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(BROKEN.to_dict()))
    result = runner.invoke(app, ["check", str(program), "--problem-file", str(broken)])
    assert result.exit_code == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "bare/4" in lines[0] and "unrunnable" in lines[0], result.stderr
    assert "'(' was never closed" in lines[0]

    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(SOLVE.to_dict()))
    program.write_text(SOLVE.solutions[0])
    result = runner.invoke(app, ["check", str(program), "--problem-file", str(bare), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["public_pass_rate"] == 1.0


@pytest.fixture()
def corpora(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "corpora"
    (root / "bare").mkdir(parents=True)
    card = {"name": "bare", "source": {"type": "jsonl", "path": "problems.jsonl"}, "io": "call"}
    (root / "bare" / "card.json").write_text(json.dumps(card))
    lines = [json.dumps(p.to_dict()) for p in (SOLVE, TWO_SUM, BROKEN)]
    (root / "bare" / "problems.jsonl").write_text("\n".join(lines) + "\n")
    monkeypatch.setenv("WORKBENCH_CORPORA", str(root))
    load_corpus.cache_clear()
    yield root
    load_corpus.cache_clear()


def test_validate_names_an_unrunnable_problem(corpora: Path) -> None:
    report = validate("bare")
    assert [str(d) for d in report.defects] == [f"bare/4: {unrunnable(BROKEN)}"]
    assert "bare/4" not in report.slowest  # nothing of it ran
    result = runner.invoke(app, ["corpus", "validate", "bare"])
    assert result.exit_code == 1
    assert [ln for ln in result.stdout.splitlines() if "bare/" in ln] == [
        f"bare/4: {unrunnable(BROKEN)}"
    ]
