"""Every HumanEval reference solution passes every test through `workbench check`, and
broken versions of them fail with the right outcome class."""

import json

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.corpus import find_problem, load_corpus
from workbench.execution import Executor
from workbench.problems import Outcome

runner = CliRunner()


def test_all_164_references_pass_every_test_through_workbench_check(tmp_path) -> None:
    failures = []
    for p in load_corpus("humaneval").problems:
        program = tmp_path / "solution.py"
        program.write_text(p.solutions[0])
        result = runner.invoke(
            app, ["check", str(program), "--problem", p.id, "--private", "--json"]
        )
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        if report["public_pass_rate"] != 1.0 or report["private_pass_rate"] not in (1.0, None):
            failures.append((p.id, [r for r in report["results"] if r["outcome"] != "passed"]))
        assert len(report["results"]) == len(p.tests)
    assert failures == []


def _mutate(solution: str, entry: str, body: str) -> str:
    return solution + f"\n\ndef {entry}(*args, **kwargs):\n    {body}\n"


@pytest.mark.parametrize(
    "pid, body, outcome",
    [
        ("humaneval/0", "return None", Outcome.WRONG_ANSWER),
        ("humaneval/4", "raise ValueError('nope')", Outcome.RUNTIME_ERROR),
        ("humaneval/12", "return [][1]", Outcome.RUNTIME_ERROR),
        ("humaneval/13", "return 1/0", Outcome.RUNTIME_ERROR),
        ("humaneval/23", "return 'x' * (10**12)", Outcome.MEMORY_LIMIT),
        ("humaneval/32", "return 12345.0", Outcome.WRONG_ANSWER),
        ("humaneval/38", "return args[0]", Outcome.WRONG_ANSWER),
        ("humaneval/53", "return args[0] - args[1]", Outcome.WRONG_ANSWER),
        ("humaneval/106", "return [1]", Outcome.WRONG_ANSWER),
    ],
)
def test_broken_references_fail_with_the_right_class(
    executor: Executor, pid: str, body: str, outcome: Outcome
) -> None:
    p = find_problem(pid)
    results = executor.run(_mutate(p.solutions[0], p.entry_point or "", body), p)
    assert outcome in {r.outcome for r in results}, [(r.outcome, r.detail) for r in results]
    assert not all(r.passed for r in results)


def test_off_by_one_fails_some_tests_but_not_all(executor: Executor) -> None:
    p = find_problem("humaneval/55")  # fib
    broken = p.solutions[0].replace(
        "return fib(n - 1) + fib(n - 2)", "return fib(n - 1) + fib(n - 2) + (n == 10)"
    )
    assert broken != p.solutions[0]
    results = executor.run(broken, p)
    outcomes = [r.outcome for r in results]
    assert Outcome.WRONG_ANSWER in outcomes and Outcome.PASSED in outcomes


def test_syntax_error_and_timeout(executor: Executor) -> None:
    p = find_problem("humaneval/0")
    results = executor.run(p.solutions[0] + "\ndef oops(:\n", p)
    assert {r.outcome for r in results} == {Outcome.SYNTAX_ERROR}
    assert "line" in results[0].detail
    slow = _mutate(p.solutions[0], p.entry_point or "", "while True: pass")
    results = executor.run(slow, p, [0, 1])
    assert [r.outcome for r in results] == [Outcome.TIMEOUT, Outcome.TIMEOUT]


def test_wrong_answer_names_the_failing_assert(executor: Executor) -> None:
    p = find_problem("humaneval/0")
    results = executor.run(_mutate(p.solutions[0], "has_close_elements", "return True"), p)
    failed = [r for r in results if r.outcome is Outcome.WRONG_ANSWER]
    assert failed and all(r.detail.startswith("failed: assert ") for r in failed)
