"""The calls a test written as code will make, found in the parent before any program runs.

A call test is code: it may compute the function's inputs, and its expected values, from
helpers and seeded random draws (HumanEval/38 encodes a random string and asserts that
`candidate` decodes it back). Run in the sandbox, that computation leaves the expected
value in a local variable a program can reach by walking the stack. So the parent runs
the sandbox's copy of the test itself (`calltests.child_code`: asserts reduced to their
calls), trusted, with a stand-in for the function that records each call's arguments and
returns a placeholder. The sandbox then only makes those calls: it never sees test code.

The sandbox's copy keeps no assert, so a test that never looks at a value outside its
asserts makes the same calls whatever the program returns: the plan is exact. Any other
use of the placeholder (`y = candidate(x)` fed to another call, arithmetic, a comparison
or a branch outside an assert, an assert kept whole because its calls sit in a nested
comprehension) ends the plan, and so does a list (dict, set) handed to the function
that the test hands over again or keeps a name for (the program may change it in
place): such a test runs in the sandbox as before. All 1,133
HumanEval tests have a plan. Plans depend on the problem alone, so each is made once.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from workbench.execution.calltests import child_code, starter_namespace, test_seed
from workbench.execution.codec import Unserializable, encode

MAX_CALLS = 10_000


class _Depends(Exception):
    """The test used a call's value beyond comparing it: no plan."""


class _Pending:
    """The value of a call not made yet: any use of it ends the plan."""

    __slots__ = ()
    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return "<the value of a call not made yet>"


def _depends(self: Any, *args: Any, **kwargs: Any) -> Any:
    raise _Depends()


_USES = (
    "__eq__", "__ne__", "__bool__", "__len__", "__iter__", "__contains__", "__getitem__",
    "__setitem__",
    "__getattr__", "__call__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__radd__",
    "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
    "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__neg__",
    "__pos__", "__abs__", "__int__", "__float__", "__index__", "__str__", "__format__",
    "__round__", "__and__", "__or__", "__xor__", "__rand__", "__ror__", "__rxor__",
    "__invert__",
)  # fmt: skip
for _name in _USES:
    setattr(_Pending, _name, _depends)


@lru_cache(maxsize=8192)
def planned_calls(
    code: str, index: int, starter: str | None, entry_point: str | None
) -> tuple[Any, ...] | None:
    """The encoded `[args, kwargs]` of every call test `index` makes, in order, or None
    when the test's course depends on the function's values (or cannot be planned)."""
    calls: list[Any] = []
    handed: dict[int, Any] = {}  # mutable objects the function was given (kept alive)

    def stand_in(*args: Any, **kwargs: Any) -> _Pending:
        try:
            calls.append(encode([list(args), kwargs]))
        except (Unserializable, RecursionError, ValueError):
            raise _Depends() from None  # e.g. a placeholder passed on, or a lambda
        if len(calls) > MAX_CALLS:
            raise _Depends()
        for obj in _mutables([args, kwargs]):
            if id(obj) in handed:  # given again, as the program may have left it
                raise _Depends()
            handed[id(obj)] = obj
        return _Pending()

    try:
        namespace = starter_namespace(starter, entry_point)
        compiled = compile(child_code(code, entry_point or "candidate"), "<test>", "exec")
    except Exception:
        return None
    namespace["candidate"] = stand_in
    if entry_point:
        namespace[entry_point] = stand_in
    seed = test_seed(index, code)
    state = random.getstate()
    if seed is not None:
        random.seed(seed)  # the draws the parent's replay will make too
    try:
        exec(compiled, namespace)
    except Exception:
        return None
    finally:
        random.setstate(state)
    # A test that kept a name for a list it handed over may look at it afterwards, as the
    # program left it (an in-place problem): its course is the program's to decide.
    if any(id(obj) in handed for obj in _mutables(list(namespace.values()))):
        return None
    return tuple(calls)


def _mutables(root: Any, depth: int = 6) -> list[Any]:
    """The lists, dicts, sets and bytearrays in plain data, nested up to `depth`."""
    found: list[Any] = []
    stack = [(root, 0)]
    while stack:
        obj, level = stack.pop()
        if isinstance(obj, list | dict | set | bytearray):
            found.append(obj)
        if level >= depth:
            continue
        if isinstance(obj, list | tuple | set | frozenset):
            stack.extend((item, level + 1) for item in obj)
        elif isinstance(obj, dict):
            stack.extend((item, level + 1) for pair in obj.items() for item in pair)
    return found
