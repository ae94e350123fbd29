"""The wire format for values: plain data to JSON and back, exact types only.

Used on both sides: inside the sandbox (bundled into the fork server's source) to report
what a program's function returned, and in the parent to read it. Stdlib only, 3.8+.
"""

import json
import math

MAX_DEPTH = 64


class Unserializable(Exception):
    """A value that is not plain data (so its meaning could be faked by its own code)."""


def encode(value, depth=0):
    """Plain data to JSON-able, with tags for what JSON lacks. Exact types only: a
    subclass of int or list (which could override __eq__) is refused."""
    if depth > MAX_DEPTH:
        raise Unserializable("nested deeper than %d levels" % MAX_DEPTH)
    t = type(value)
    if value is None or t is bool or t is str:
        return value
    if t is int:
        if value.bit_length() > 13_300:  # about 4000 decimal digits
            raise Unserializable("an integer with more than 4000 digits")
        return value
    if t is float:
        return value if math.isfinite(value) else {"~f": repr(value)}
    if t is list:
        return [encode(v, depth + 1) for v in value]
    if t is tuple:
        return {"~t": [encode(v, depth + 1) for v in value]}
    if t is set or t is frozenset:
        items = sorted((encode(v, depth + 1) for v in value), key=_sort_key)
        return {"~s" if t is set else "~fs": items}
    if t is dict:
        return {"~d": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in value.items()]}
    if t is complex:
        return {"~c": [encode(value.real), encode(value.imag)]}
    if t is bytes:
        return {"~b": value.hex()}
    raise Unserializable("returned a %s, which is not plain data" % t.__name__)


def _sort_key(encoded):
    return json.dumps(encoded, sort_keys=True)


def decode(data, depth=0):
    """Inverse of `encode`. Raises ValueError on anything malformed."""
    if depth > MAX_DEPTH + 2:
        raise ValueError("nested too deeply")
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [decode(v, depth + 1) for v in data]
    if isinstance(data, dict) and len(data) == 1:
        ((tag, body),) = data.items()
        if tag == "~f" and body in ("nan", "inf", "-inf"):
            return float(body)
        if tag == "~b" and isinstance(body, str):
            return bytes.fromhex(body)
        if tag == "~c" and isinstance(body, list) and len(body) == 2:
            return complex(decode(body[0], depth + 1), decode(body[1], depth + 1))
        if tag in ("~t", "~s", "~fs", "~d") and isinstance(body, list):
            items = [decode(v, depth + 1) for v in body]
            if tag == "~t":
                return tuple(items)
            if tag == "~s":
                return set(items)
            if tag == "~fs":
                return frozenset(items)
            if all(isinstance(p, list) and len(p) == 2 for p in items):
                return {_hashable(k): v for k, v in items}
    raise ValueError("malformed encoded value")


def _hashable(key):
    return tuple(key) if isinstance(key, list) else key


# ---------------------------------------------------------------- the fork server
