"""What a program does to its arguments reaches the test that checks them: the child
reports the arguments' state after each call, the parent's replay puts it into the
test's own objects (workbench.execution.mutation)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from test_sandbox_attacks import src

from workbench.execution import Executor, Limits
from workbench.execution.calltests import Replayer, ReplayMismatch
from workbench.execution.codec import encode
from workbench.execution.mutation import ImpossibleState, apply_after
from workbench.problems import Outcome, Problem, Test, TestResult

O = Outcome  # noqa: E741


@pytest.fixture(scope="module")
def ex() -> Iterator[Executor]:
    with Executor(workers=1, limits=Limits(timeout_s=2.0)) as executor:
        yield executor


def call_problem(entry: str, codes: Sequence[str]) -> Problem:
    return Problem(
        id=f"t/{entry}",
        title=entry,
        statement=entry,
        io="call",
        entry_point=entry,
        starter_code=f'def {entry}(xs):\n    """..."""\n',
        tests=tuple(Test(kind="call", public=True, code=src(c)) for c in codes),
    )


def outcomes(results: list[TestResult]) -> list[Outcome]:
    return [r.outcome for r in results]


# ------------------------------------------------------------------ leave it alone

SMALLEST = call_problem(
    "smallest",
    [
        """
        xs = [3, 1, 2]
        assert candidate(xs) == 1
        assert xs == [3, 1, 2]
        """,
        """
        data = {"a": [5, 4]}
        assert candidate(data["a"]) == 4
        assert data == {"a": [5, 4]}
        """,
    ],
)


@pytest.mark.parametrize(
    "program, expected",
    [
        ("def smallest(xs):\n    return min(xs)\n", [O.PASSED] * 2),
        ("def smallest(xs):\n    xs.sort()\n    return xs[0]\n", [O.WRONG_ANSWER] * 2),
        ("def smallest(xs):\n    xs.append(0)\n    return min(xs[:-1])\n", [O.WRONG_ANSWER] * 2),
        (
            "def smallest(xs):\n    m = min(xs)\n    xs.clear()\n    return m\n",
            [O.WRONG_ANSWER] * 2,
        ),
        # not plain data left in the caller's list: the test could not see it, so it fails
        (
            "def smallest(xs):\n    m = min(xs)\n    xs[0] = object()\n    return m\n",
            [O.WRONG_ANSWER] * 2,
        ),
    ],
)
def test_a_program_that_changes_an_argument_the_test_rechecks_fails(
    ex: Executor, program: str, expected: list[Outcome]
) -> None:
    results = ex.run(program, SMALLEST)
    assert outcomes(results) == expected, [r.detail for r in results]


# ------------------------------------------------------------------ change it in place

SORT_IN_PLACE = call_problem(
    "sort_in_place",
    [
        """
        xs = [3, 1, 2]
        assert candidate(xs) is None
        assert xs == [1, 2, 3]
        """,
        """
        for xs, want in [([2, 1], [1, 2]), ([5, 3, 4], [3, 4, 5])]:
            candidate(xs)
            assert xs == want
        """,
        """
        xs = [4, 2]
        candidate(xs)
        candidate(xs)  # called again with what the first call left: the same key
        assert xs == [2, 4]
        """,
    ],
)


@pytest.mark.parametrize(
    "program, passes",
    [
        ("def sort_in_place(xs):\n    xs.sort()\n", True),
        ("def sort_in_place(xs):\n    xs[:] = sorted(xs)\n", True),
        ("def sort_in_place(xs):\n    return sorted(xs)\n", False),
        ("def sort_in_place(xs):\n    xs = sorted(xs)\n", False),
        ("def sort_in_place(xs):\n    xs.reverse()\n", False),
    ],
)
def test_an_in_place_problem_sees_the_change(ex: Executor, program: str, passes: bool) -> None:
    results = ex.run(program, SORT_IN_PLACE)
    want = [O.PASSED] * 3 if passes else [O.WRONG_ANSWER] * 3
    assert outcomes(results) == want, [r.detail for r in results]


def test_a_change_builds_on_the_previous_call(ex: Executor) -> None:
    problem = call_problem(
        "push",
        [
            """
            xs = []
            candidate(xs)
            candidate(xs)
            assert candidate(xs) == 3
            assert xs == [0, 1, 2]
            """
        ],
    )
    program = "def push(xs):\n    xs.append(len(xs))\n    return len(xs)\n"
    assert outcomes(ex.run(program, problem)) == [O.PASSED]


def test_nested_containers_keep_their_identity(ex: Executor) -> None:
    problem = call_problem(
        "paint",
        [
            """
            grid = [[0, 0], [0, 0]]
            row = grid[1]
            candidate(grid)
            assert row == [0, 1] and grid == [[0, 0], [0, 1]]
            """,
            """
            d = {"k": [1], "j": (2, [3])}
            inner = d["j"][1]
            candidate(d)
            assert d == {"k": [1], "j": (2, [3, 4]), "new": {5}} and inner == [3, 4]
            """,
        ],
    )
    program = src("""
        def paint(x):
            if isinstance(x, list):
                x[1][1] = 1
            else:
                x["j"][1].append(4)
                x["new"] = {5}
    """)
    results = ex.run(program, problem)
    assert outcomes(results) == [O.PASSED] * 2, [r.detail for r in results]


def test_keyword_arguments_are_changed_too(ex: Executor) -> None:
    problem = call_problem("fill", ["ys = []\ncandidate(xs=ys)\nassert ys == [7]"])
    assert outcomes(ex.run("def fill(xs):\n    xs.append(7)\n", problem)) == [O.PASSED]
    assert outcomes(ex.run("def fill(xs):\n    pass\n", problem)) == [O.WRONG_ANSWER]


# ------------------------------------------------------------------ args-form tests

ARGS_FORM = Problem(
    id="t/args",
    title="args",
    statement="args",
    io="call",
    entry_point="smallest",
    tests=(Test(kind="call", public=True, args=([3, 1, 2],), kwargs={}, expected=1),),
)


@pytest.mark.parametrize(
    "program",
    [
        "def smallest(xs):\n    xs.sort()\n    return xs[0]\n",
        "def smallest(xs):\n    m = min(xs)\n    xs.append(object())\n    return m\n",
    ],
)
def test_args_form_tests_do_not_fail_on_mutation(ex: Executor, program: str) -> None:
    # No expectation about the arguments: a change is no failure (LeetCode-style in-place
    # problems exist), and the problem's own test data stays as it was for the next run.
    for _ in range(2):
        assert outcomes(ex.run(program, ARGS_FORM)) == [O.PASSED]
    assert ARGS_FORM.tests[0].args == ([3, 1, 2],)


# ------------------------------------------------------------------ the replay itself


def record(args: list[Any], value: Any, after: list[Any] | None = None) -> dict[str, Any]:
    rec = {"args": encode([args, {}]), "value": encode(value)}
    if after is not None:
        rec["args_after"] = encode([after, {}])
    return rec


def test_the_replayer_puts_the_state_into_the_callers_objects() -> None:
    xs, t = [3, 1, 2], (1, [2])
    replay = Replayer([record([xs, t], 0, [[1, 2, 3], (1, [2, 9])])])
    assert replay(xs, t) == 0
    assert xs == [1, 2, 3] and t == (1, [2, 9])


@pytest.mark.parametrize(
    "after",
    [
        [[1, 2, 3], 5],  # an int cannot change
        [[1, 2, 3]],  # another call's arguments
        [(1, 2, 3), 4],  # a list cannot become a tuple
    ],
)
def test_a_forged_state_is_a_mismatch(after: list[Any]) -> None:
    xs = [3, 1, 2]
    replay = Replayer([record([xs, 4], 0, after)])
    with pytest.raises(ReplayMismatch):
        replay(xs, 4)


def test_apply_after_refuses_malformed_data() -> None:
    with pytest.raises(ValueError):
        apply_after(([1],), {}, {"~bogus": 1})
    with pytest.raises(ImpossibleState):
        apply_after(([1],), {}, encode([[[1]], {"x": 1}]))
