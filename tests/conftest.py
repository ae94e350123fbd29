"""Shared fixtures: one warm executor for the whole session, small problems."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench.execution import Executor, Limits
from workbench.problems import Problem, Test


@pytest.fixture(scope="session")
def executor() -> Iterator[Executor]:
    with Executor(workers=2, limits=Limits(timeout_s=2.0)) as ex:
        yield ex


@pytest.fixture()
def add_problem() -> Problem:
    """A call problem: add(a, b)."""
    return Problem(
        id="t/add",
        title="add",
        statement="Return a + b.",
        io="call",
        entry_point="add",
        starter_code='def add(a, b):\n    """Return a + b."""\n',
        tests=(
            Test(kind="call", public=True, code="assert candidate(1, 2) == 3"),
            Test(kind="call", public=True, code="assert candidate(-1, 1) == 0"),
            Test(kind="call", public=False, code="assert candidate(10, 5) == 15"),
        ),
        solutions=("def add(a, b):\n    return a + b\n",),
    )


@pytest.fixture()
def sum_problem() -> Problem:
    """A stdio problem: t pairs, print each sum."""
    return Problem(
        id="t/sums",
        title="sums",
        statement="Print a + b for each of t pairs.",
        io="stdio",
        tests=(
            Test(kind="stdio", public=True, input="2\n1 2\n3 4\n", output="3\n7\n"),
            Test(kind="stdio", public=False, input="1\n5 5\n", output="10\n"),
        ),
        solutions=(
            "t = int(input())\nfor _ in range(t):\n    print(sum(map(int, input().split())))\n",
        ),
    )
