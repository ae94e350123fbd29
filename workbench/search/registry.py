"""The searches by name, and their parameters as the searches declare them.

A search is a dataclass; each field made with `param(default, help)` is a parameter a user
can set (`--param name=value`, or a named flag of the CLI), with its type, default and
help taken from the class itself. `seed` is not a parameter: a search whose `seeded` is
true gets the run's seed. `make_search` builds one from a run's recorded parameters,
refusing unknown names (with "did you mean") and values of the wrong type or range.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from workbench.errors import WorkbenchError
from workbench.registry import Registry, did_you_mean
from workbench.search.base import Search

SEARCHES: Registry[type[Any]] = Registry("search")


class SearchParamError(WorkbenchError, ValueError):
    """A search parameter that does not exist, or a value it cannot take."""


def param(default: Any, help: str) -> Any:
    """A search parameter: its default and one line saying what it does."""
    if isinstance(default, list | dict | set):
        raise TypeError("give a tuple, not a mutable default")
    return dataclasses.field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Param:
    name: str
    type: Any  # the resolved annotation: int, float, bool, str, tuple[float, ...], int | None
    default: Any
    help: str

    @property
    def type_name(self) -> str:
        return _type_name(self.type)


def parameters(cls: type[Any]) -> list[Param]:
    """The parameters a search class declares, in field order."""
    hints = typing.get_type_hints(cls)
    return [
        Param(f.name, hints[f.name], f.default, f.metadata["help"])
        for f in dataclasses.fields(cls)
        if "help" in f.metadata
    ]


def make_search(name: str, params: Mapping[str, Any]) -> Search:
    """The search `name` with parameters (as a run records them: JSON values, plus `seed`
    for a seeded search)."""
    cls = SEARCHES.get(name)
    declared = {p.name: p for p in parameters(cls)}
    known = set(declared) | ({"seed"} if cls.seeded else set())
    for key in params:
        if key not in known:
            raise SearchParamError(
                f"search {name} has no parameter {key!r}{did_you_mean(key, sorted(known))} "
                f"(its parameters: {', '.join(declared)})"
            )
    values = {k: _convert(declared[k], v) if k in declared else v for k, v in params.items()}
    try:
        search: Search = cls(**values)
    except ValueError as exc:  # a search refuses a value with ValueError; others are bugs
        raise SearchParamError(f"search {name}: {exc}") from None
    return search


def recorded_params(search: Search) -> dict[str, Any]:
    """Every parameter of a search as JSON values (and its seed, when seeded): what a run's
    config records, so that it says everything needed to repeat the run."""
    out = {p.name: _json(getattr(search, p.name)) for p in parameters(type(search))}
    if type(search).seeded:
        out["seed"] = search.seed  # type: ignore[attr-defined]
    return out


def complete_params(name: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """A run's recorded parameters with every default filled in (as JSON values): runs
    that recorded only what was given compare equal to runs that recorded everything."""
    cls = SEARCHES.get(name)
    defaults = {p.name: _json(p.default) for p in parameters(cls)}
    return defaults | {k: _json(v) for k, v in params.items()}


def parse_assignments(name: str, pairs: Iterable[str]) -> dict[str, Any]:
    """`["c=2.5", "prune=false"]` -> `{"c": 2.5, "prune": False}` for search `name`."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, eq, text = pair.partition("=")
        key = key.strip().replace("-", "_")
        if not eq or not key:
            raise SearchParamError(f"--param takes NAME=VALUE, not {pair!r}")
        out[key] = parse_value(name, key, text.strip())
    return out


def parse_value(name: str, key: str, text: str, label: str | None = None) -> Any:
    """The value of parameter `key` of search `name` from text typed by a user (`label`:
    how the message names it, e.g. a flag "--temperature")."""
    declared = {p.name: p for p in parameters(SEARCHES.get(name))}
    if key not in declared:
        said = f"{label} (parameter {key})" if label else repr(key)
        raise SearchParamError(
            f"search {name} has no parameter {said}{did_you_mean(key, list(declared))} "
            f"(its parameters: {', '.join(declared)})"
        )
    return _from_text(declared[key], text, label or f"parameter {key}")


def _convert(p: Param, value: Any) -> Any:
    """A recorded JSON value as the field's type (a list of temperatures -> a tuple)."""
    if isinstance(value, list) and typing.get_origin(p.type) is tuple:
        return tuple(value)
    if isinstance(value, int) and not isinstance(value, bool) and _base(p.type) is float:
        return float(value)
    return value


def _from_text(p: Param, text: str, label: str) -> Any:
    """A value typed on the command line, as the field's type."""
    kind = _base(p.type)
    optional = _optional(p.type)
    if optional and text.lower() in ("none", "null", ""):
        return None
    try:
        if kind is bool:
            if text.lower() in ("true", "yes", "on", "1"):
                return True
            if text.lower() in ("false", "no", "off", "0"):
                return False
            raise ValueError(text)
        if typing.get_origin(kind) is tuple:
            item = typing.get_args(kind)[0]
            return tuple(item(x) for x in text.split(",") if x.strip())
        return kind(text)
    except ValueError:
        raise SearchParamError(f"{label} takes {p.type_name}, not {text!r}") from None


def _optional(t: Any) -> bool:
    return isinstance(t, types.UnionType) and type(None) in typing.get_args(t)


def _base(t: Any) -> Any:
    """int for `int | None`, the type itself otherwise."""
    if _optional(t):
        return next(a for a in typing.get_args(t) if a is not type(None))
    return t


def _type_name(t: Any) -> str:
    base = _base(t)
    if typing.get_origin(base) is tuple:
        name = "numbers separated by commas"
    else:
        name = getattr(base, "__name__", str(base))
    return f"{name} or none" if _optional(t) else name


def _json(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
