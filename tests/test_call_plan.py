"""Call tests run as planned calls (workbench/execution/callplan.py): the sandbox makes
the calls the parent found, and no test code, so a value the test computes never
reaches a program, however it walks the stack."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from test_sandbox_attacks import LIMITS, O, call_problem, describe, outcomes

from workbench.corpus import find_problem, load_corpus
from workbench.execution import Executor
from workbench.execution.callplan import planned_calls
from workbench.execution.codec import decode

RNG = random.Random()

# The expected value is the input of a helper the test calls: it sits in the test's
# variables whenever the test code runs where the program runs.
ROUND_TRIP = """
from random import choice, randint
import string
for _ in range(20):
    word = ''.join(choice(string.ascii_lowercase) for _ in range(randint(8, 16)))
    assert candidate(scramble(word)) == word
"""
STARTER = (
    'def scramble(s):\n    return s[::-1].upper()\n\ndef unscramble(s):\n    """Undo scramble."""\n'
)
HONEST = "def unscramble(s):\n    return s.lower()[::-1]\n"
STACK_WALKER = """
import gc, sys
def unscramble(s):
    want = sorted(s.lower())
    frame = sys._getframe(1)
    while frame is not None:
        for value in list(frame.f_locals.values()) + list(frame.f_globals.values()):
            if isinstance(value, str) and value != s and sorted(value) == want:
                return value
        frame = frame.f_back
    for obj in gc.get_objects():
        if isinstance(obj, dict):
            for value in list(obj.values()):
                if isinstance(value, str) and value != s and sorted(value) == want:
                    return value
    return s
"""


@pytest.fixture(scope="module")
def ex() -> Iterator[Executor]:
    executor = Executor(workers=1, limits=LIMITS)
    try:
        yield executor
    finally:
        executor.close()


def test_a_computed_expected_value_never_reaches_the_program(ex: Executor) -> None:
    problem = call_problem("unscramble", "unscramble", [ROUND_TRIP], starter=STARTER)
    assert planned_calls(ROUND_TRIP, 0, STARTER, "unscramble") is not None
    assert outcomes(ex.run(HONEST, problem)) == [O.PASSED]
    results = ex.run(STACK_WALKER, problem)
    assert outcomes(results) == [O.WRONG_ANSWER], describe(results)


def test_humaneval_38_cannot_be_passed_by_walking_the_stack(ex: Executor) -> None:
    problem = find_problem("humaneval/38")
    walker = STACK_WALKER.replace("unscramble", "decode_cyclic").replace(".lower()", "")
    assert outcomes(ex.run(walker, problem)) == [O.WRONG_ANSWER]


def test_the_plan_is_the_calls_the_test_makes() -> None:
    code = "for n in range(3):\n    assert candidate(n, k=2) == n * 2\nassert candidate(9) == 1"
    plan = planned_calls(code, 0, None, "f")
    assert plan is not None
    assert [decode(c) for c in plan] == [
        [[0], {"k": 2}],
        [[1], {"k": 2}],
        [[2], {"k": 2}],
        [[9], {}],
    ]


def test_seeded_draws_are_the_replays_draws() -> None:
    code = "import random\nfor _ in range(3):\n    assert candidate(random.randint(1, 10**9)) == 0"
    first = planned_calls(code, 4, None, "f")
    planned_calls.cache_clear()
    assert planned_calls(code, 4, None, "f") == first
    assert planned_calls(code, 5, None, "f") != first  # each test index has its own seed


@pytest.mark.parametrize(
    "code",
    [
        "y = candidate(1)\nassert candidate(y) == 2",  # a value fed to another call
        "if candidate(1):\n    assert candidate(2) == 3",  # a branch on a value
        "n = candidate(1) + 1\nassert candidate(n) == 3",  # arithmetic on a value
        "xs = [3, 1]\ncandidate(xs)\nassert candidate(xs) == 1",  # a list handed over again
        "xs = [3, 1]\ncandidate(xs)\nassert xs == [1, 3]",  # a list the test looks at after
        "assert candidate(lambda x: x) == 1",  # an argument that is not plain data
        "raise ValueError('the test itself fails')",
    ],
)
def test_no_plan_where_the_course_depends_on_the_program(code: str) -> None:
    assert planned_calls(code, 0, None, "f") is None


def test_a_test_without_a_plan_still_runs_in_the_sandbox(ex: Executor) -> None:
    problem = call_problem("twice", "twice", ["y = candidate(1)\nassert candidate(y) == 4"])
    assert planned_calls(problem.tests[0].code or "", 0, problem.starter_code, "twice") is None
    assert outcomes(ex.run("def twice(a, b=0):\n    return 2 * a\n", problem)) == [O.PASSED]
    assert outcomes(ex.run("def twice(a, b=0):\n    return a + 1\n", problem)) == [O.WRONG_ANSWER]


def test_humaneval_tests_have_plans() -> None:
    problems = load_corpus("humaneval").problems
    codes = [(p, i, t.code) for p in problems for i, t in enumerate(p.tests) if t.code]
    unplanned = [
        p.id
        for p, i, code in codes
        if planned_calls(code, i, p.starter_code, p.entry_point) is None
    ]
    assert len(codes) > 1000
    assert len(unplanned) <= 2, unplanned  # humaneval/151 keeps a name for its list
