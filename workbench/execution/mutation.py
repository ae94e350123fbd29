"""What a program did to its arguments, put back into the test's own objects.

The sandboxed child reports, for each call that changed its arguments, their encoded
state after the call (`args_after`). The parent replays the test with the recorded
values; without this, a program that sorts the caller's list in place, or appends to
it, would never be caught by a test that looks at the list afterwards (and a program
that must sort it in place would always fail such a test). `apply_after` makes the
objects the replayed test passed hold what the program left in them.

Containers are updated in place, keeping the identity of nested containers where the
shape allows (a test holding `row = grid[0]` sees the new row): a list of the same
length item by item, otherwise by slice assignment (nested identities then go); a dict
key by key, in the new key order; a set cleared and refilled. Immutable values are
replaced inside their container; a tuple's mutable items are updated in place.
"""

from __future__ import annotations

import json
from typing import Any

from workbench.execution.codec import Unserializable, decode, encode


class ImpossibleState(ValueError):
    """A reported state the arguments could not have reached (a forged frame)."""


def apply_after(args: tuple[Any, ...], kwargs: dict[str, Any], encoded: Any) -> None:
    """Make `args` and `kwargs` (the objects the test passed) hold the recorded state."""
    after = decode(encoded)  # ValueError when malformed
    if not (
        isinstance(after, list)
        and len(after) == 2
        and isinstance(after[0], list)
        and isinstance(after[1], dict)
        and len(after[0]) == len(args)
        and after[1].keys() == kwargs.keys()
    ):
        raise ImpossibleState("the reported arguments are not those of this call")
    pairs = [*zip(args, after[0], strict=True), *((kwargs[k], after[1][k]) for k in kwargs)]
    for n, (old, new) in enumerate(pairs, 1):
        merged = _merged(old, new)
        # A top-level argument cannot be rebound: only what changed in place counts.
        if merged is not old and _text(merged) != _text(old):
            raise ImpossibleState(f"argument {n} cannot have changed as reported")


def _merged(old: Any, new: Any) -> Any:
    """`old` updated in place to hold `new` (and returned) where it is a container of
    the same kind; otherwise the value to put where `old` was."""
    if type(old) is list and type(new) is list:
        if len(old) == len(new):
            for i, item in enumerate(new):
                old[i] = _merged(old[i], item)
        else:
            old[:] = new
        return old
    if type(old) is dict and type(new) is dict:
        items = {k: _merged(old[k], v) if k in old else v for k, v in new.items()}
        old.clear()
        old.update(items)
        return old
    if type(old) is set and type(new) is set:
        old.clear()
        old.update(new)
        return old
    if type(old) is tuple and type(new) is tuple and len(old) == len(new):
        merged = tuple(_merged(o, n) for o, n in zip(old, new, strict=True))
        return old if _text(merged) == _text(old) else merged
    return new


def _text(value: Any) -> str | None:
    try:
        return json.dumps(encode(value))
    except (Unserializable, RecursionError, ValueError):
        return None
