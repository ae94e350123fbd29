"""Exact grading, as a contest judge does it: integers as identical text, the float
tolerance only for non-integer expectations, ASCII whitespace and digits only; call
values by the expected value's type (README, "Grading rules")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from workbench.execution import Executor, Limits
from workbench.execution.grading import compare_output
from workbench.execution.values import values_equal
from workbench.problems import Outcome, Problem, Test

ARABIC_3 = "\u0663"  # ٣
FULLWIDTH_3 = "\uff13"  # ３
NBSP = "\u00a0"
IDEOGRAPHIC_SPACE = "\u3000"


@pytest.mark.parametrize(
    "got, expected, accepted",
    [
        # integer expectations: identical text only
        ("1000000000", "1000000000", True),
        ("1000000001.0", "1000000000", False),  # 1e-9 relative: within the old tolerance
        ("1000000000.5", "1000000000", False),
        ("1000000000.0", "1000000000", False),
        ("3.0", "3", False),
        ("3.", "3", False),
        ("3e0", "3", False),
        ("1.1e+01", "11", False),
        ("+0005", "5", False),
        ("+5", "5", False),
        ("05", "5", False),
        ("007", "007", True),  # a non-canonical expectation: only its own text
        ("7", "007", False),
        ("-0", "-0", True),
        ("0", "-0", False),
        ("-0", "0", False),
        ("1e-7", "0", False),
        ("0.0", "0", False),
        (ARABIC_3, "3", False),
        (FULLWIDTH_3, "3", False),
        ("1" + ARABIC_3, "13", False),
        ("123456789012345678", "123456789012345679", False),
        # separators: ASCII whitespace only
        (f"1{NBSP}2", "1 2", False),
        (f"1{IDEOGRAPHIC_SPACE}2", "1 2", False),
        (f"3{NBSP}", "3", False),
        ("1\t2\r\n3\x0b4\x0c5", "1 2 3 4 5", True),
        ("3 \n7   \n\n", "3\n7", True),
        ("3\r\n7\r\n", "3\n7\n", True),
        ("\n\n3", "3\n", True),
        # non-integer expectations: any ASCII number within 1e-6
        ("0.50000000", "0.5", True),
        ("5e-1", "0.5", True),
        (".5", "0.5", True),
        ("0.5000001", "0.5", True),
        ("0.500002", "0.5", False),
        ("2", "2.0", True),
        ("2.0", "2.0", True),
        ("1000000.5", "1000000.0", True),  # relative 5e-7
        ("1000002.0", "1000000.0", False),
        ("0", "1e-7", True),  # absolute 1e-7
        ("0." + ARABIC_3, "0.3", False),
        (FULLWIDTH_3 + ".0", "3.0", False),
        ("0x1p-1", "0.5", False),
        ("1_000.0", "1000.0", False),
        ("inf", "1e999", False),
        ("5e999", "1e999", False),
        ("1e999", "1e999", True),  # identical text
        # anything else: identical text
        ("nan", "nan", True),
        ("NaN", "nan", False),
        ("inf", "inf", True),
        ("Infinity", "inf", False),
        ("YES", "YES", True),
        ("yes", "YES", False),
        ("3", "3\n7", False),
        ("", "1", False),
    ],
)
def test_compare_output(got: str, expected: str, accepted: bool) -> None:
    assert compare_output(got, expected)[0] is accepted


def test_a_refusal_names_the_token() -> None:
    ok, detail = compare_output("1000000001.0\n", "1000000000\n")
    assert not ok and detail == "token 1: expected '1000000000', got '1000000001.0'"
    ok, detail = compare_output(f"1{NBSP}2", "1 2")
    assert not ok and detail == "token 1: expected '1', got '1\\xa02'"  # repr: visible


@pytest.mark.parametrize(
    "got, expected, accepted",
    [
        (3, 3, True),
        (3.0, 3, False),
        (True, 1, False),
        (1, True, False),
        (False, 0, False),
        (True, True, True),
        (2**70, 2**70, True),
        (2**70 + 1, 2**70, False),
        (0.1 + 0.2, 0.3, True),
        (3, 3.0, True),  # an int for a float expectation, as `2` for `2.0` in stdio
        (True, 1.0, False),
        (3.0000001, 3.0, True),
        (3.00001, 3.0, False),
        (10**400, 1.0, False),  # beyond any float: no OverflowError
        (float("nan"), float("nan"), True),
        (0.0, float("nan"), False),
        (float("inf"), float("inf"), True),
        (float("inf"), float("-inf"), False),
        (1e308, float("inf"), False),
        ("1", 1, False),
        ("a", "a", True),
        (None, None, True),
        (None, 0, False),
        ([1, 2], (1, 2), True),
        ((1, 2), [1, 2], True),
        ([1, 2], [1, 2, 3], False),
        ([[1, 2], (3, 4)], [(1, 2), [3, 4]], True),
        ([[1.0, 2]], [[1, 2]], False),  # the int rule holds inside lists
        ([[1, 2.0000000001]], [[1, 2.0]], True),
        ({"a": [1.0000000001]}, {"a": [1.0]}, True),
        ({"a": [1.0]}, {"a": [1]}, False),
        ({"a": 1}, {"a": 1, "b": 2}, False),
        ({"a": True}, {"a": 1}, False),
        ({1, 2}, {1, 2}, True),
        ({1, 2}, [1, 2], False),
    ],
)
def test_values_equal(got: Any, expected: Any, accepted: bool) -> None:
    assert values_equal(got, expected) is accepted


# ------------------------------------------------------------------ through the sandbox


@pytest.fixture(scope="module")
def ex() -> Iterator[Executor]:
    with Executor(workers=1, limits=Limits(timeout_s=2.0)) as executor:
        yield executor


def stdio(expected: str, input: str = "1\n") -> Problem:
    return Problem(
        id="t/x",
        title="x",
        statement="x",
        io="stdio",
        tests=(Test(kind="stdio", public=True, input=input, output=expected),),
    )


def args_problem(expected: Any) -> Problem:
    return Problem(
        id="t/args",
        title="args",
        statement="args",
        io="call",
        entry_point="f",
        tests=(Test(kind="call", public=True, args=(1,), kwargs={}, expected=expected),),
    )


@pytest.mark.parametrize(
    "program, expected, outcome",
    [
        # integers: a float print of a nearby value is wrong, the exact one passes
        ("print(1000000001.0)", "1000000000\n", Outcome.WRONG_ANSWER),
        ("print(1000000000.5)", "1000000000\n", Outcome.WRONG_ANSWER),
        ("print(float(10**9))", "1000000000\n", Outcome.WRONG_ANSWER),
        ("print(10**9)", "1000000000\n", Outcome.PASSED),
        # non-ASCII digits and separators
        (f"print('{ARABIC_3}')", "3\n", Outcome.WRONG_ANSWER),
        (f"print('{FULLWIDTH_3}')", "3\n", Outcome.WRONG_ANSWER),
        (f"print('1{NBSP}2')", "1 2\n", Outcome.WRONG_ANSWER),
        (f"print('1{IDEOGRAPHIC_SPACE}2')", "1 2\n", Outcome.WRONG_ANSWER),
        ("print('1 2 ')\nprint()", "1 2\n", Outcome.PASSED),
        # floats: tolerance for a non-integer expectation, in any form
        ("print('5e-1')", "0.5\n", Outcome.PASSED),
        ("print('%.8f' % 0.5000004)", "0.5\n", Outcome.PASSED),
        ("print(0.51)", "0.5\n", Outcome.WRONG_ANSWER),
    ],
)
def test_stdio_rules_through_the_sandbox(
    ex: Executor, program: str, expected: str, outcome: Outcome
) -> None:
    (result,) = ex.run(program + "\n", stdio(expected))
    assert result.outcome is outcome, result.detail


@pytest.mark.parametrize(
    "returned, expected, outcome",
    [
        ("3.0", 3, Outcome.WRONG_ANSWER),
        ("True", 1, Outcome.WRONG_ANSWER),
        ("1", True, Outcome.WRONG_ANSWER),
        ("3", 3, Outcome.PASSED),
        ("0.1 + 0.2", 0.3, Outcome.PASSED),
        ("[(1, 2)]", [[1, 2]], Outcome.PASSED),
        ("[(1, 2.0)]", [[1, 2]], Outcome.WRONG_ANSWER),
    ],
)
def test_call_values_through_the_sandbox(
    ex: Executor, returned: str, expected: Any, outcome: Outcome
) -> None:
    (result,) = ex.run(f"def f(x):\n    return {returned}\n", args_problem(expected))
    assert result.outcome is outcome, result.detail


@pytest.mark.parametrize(
    "got, expected, equal",
    [
        ({1.0: "a"}, {1: "a"}, False),
        ({True: "a"}, {1: "a"}, False),
        ({1: "a"}, {1: "a"}, True),
        ({1.0, 2}, {1, 2}, False),
        ({1, 2}, {2, 1}, True),
        (frozenset({1}), {1}, False),
    ],
)
def test_keys_and_set_members_keep_their_types(got: object, expected: object, equal: bool) -> None:
    assert values_equal(got, expected) is equal
