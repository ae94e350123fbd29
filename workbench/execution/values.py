"""Equality of a call's value with the expected one, for tests given as arguments and
an expected value (APPS, LeetCode style), under the grading rules in the README: typed,
with the float tolerance only where a float is expected. Tests written as code keep their
own `==` (HumanEval's asserts), replayed in the parent."""

from __future__ import annotations

import math
from typing import Any


def values_equal(got: Any, expected: Any, tol: float = 1e-6) -> bool:
    """Equality for args-form tests, by the expected value's type:

    - bool: only a bool (`1` refuses `True`, `True` refuses `1`);
    - int: only an int of equal value (`3.0` and `True` refuse `3`);
    - float: an int or float within `tol` absolute or relative; a non-finite float only
      the same one (`nan` matches `nan`);
    - list or tuple: either kind, element by element; dict: the same keys, value by value;
    - set, and a dict's keys: the same members of the same types (`{1.0}` refuses `{1}`);
    - anything else: the same type and equal.
    """
    if type(expected) is bool or type(expected) is int:
        return type(got) is type(expected) and got == expected
    if type(expected) is float:
        if type(got) is not float and type(got) is not int:
            return False
        try:
            g = float(got)
        except OverflowError:  # an int beyond any float
            return False
        if not (math.isfinite(g) and math.isfinite(expected)):
            return g == expected or (math.isnan(g) and math.isnan(expected))
        return abs(g - expected) <= tol * max(1.0, abs(expected))
    if isinstance(got, list | tuple) and isinstance(expected, list | tuple):
        return len(got) == len(expected) and all(map(values_equal, got, expected))
    if isinstance(got, dict) and isinstance(expected, dict):
        return _typed(got) == _typed(expected) and all(
            values_equal(got[k], expected[k]) for k in got
        )
    if isinstance(expected, set | frozenset):
        return type(got) is type(expected) and _typed(got) == _typed(expected)
    return bool(type(got) is type(expected) and got == expected)


def _typed(members: Any) -> set[tuple[type, Any]]:
    """Members with their types: Python's `1 == 1.0 == True` would merge them."""
    return {(type(m), m) for m in members}
