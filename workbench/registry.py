"""One generic registry: names -> things (search classes, rewriters, corpus sources).

A new algorithm or rewriter is one file plus one `register` line. An unknown name is a
user error that lists the choices and, where one is close, says "did you mean".
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from workbench.errors import WorkbenchError

T = TypeVar("T")


class UnknownName(WorkbenchError, ValueError):
    """A name no registry entry has."""


def did_you_mean(name: str, choices: list[str]) -> str:
    """ "; did you mean X?" when one of `choices` is close to `name`, else ""."""
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


class Registry(Generic[T]):
    """Named entries of one kind, in registration order."""

    def __init__(self, kind: str) -> None:
        self.kind = kind  # "search", "rewriter": how errors name an entry
        self._entries: dict[str, T] = {}

    def add(self, name: str, entry: T) -> T:
        if name in self._entries and self._entries[name] is not entry:
            raise ValueError(f"{self.kind} {name!r} is registered twice")
        self._entries[name] = entry
        return entry

    def register(self, name: str) -> Callable[[T], T]:
        """A decorator: `@SEARCHES.register("beam")` on the class."""
        return lambda entry: self.add(name, entry)

    def get(self, name: str) -> T:
        try:
            return self._entries[name]
        except KeyError:
            names = list(self._entries)
            raise UnknownName(
                f"unknown {self.kind} {name!r}{did_you_mean(name, names)} "
                f"(choose one of: {', '.join(names)})"
            ) from None

    def remove(self, name: str) -> None:
        """Drop an entry (tests that register a toy one clean up after themselves)."""
        self._entries.pop(name, None)

    def names(self) -> list[str]:
        return list(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __getitem__(self, name: str) -> T:
        return self.get(name)

    def items(self) -> list[tuple[str, T]]:
        return list(self._entries.items())
