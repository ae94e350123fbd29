"""How a library pipeline tells whoever called it what it is doing.

Pipelines (`run`, `compare`, `memorization`, `rewrite`) take a `Reporter`; the CLI's is
rich (bars on stderr), a notebook's can be `Silent()` or `Lines()` (plain prints). A
pipeline never prints by itself.
"""

from __future__ import annotations

from typing import Protocol


class Reporter(Protocol):
    def say(self, line: str) -> None:
        """One line of news: "short: reusing run X", "left out storyfree: ...". Lines may
        hold rich markup ([yellow]...[/]); plain reporters strip nothing and print it."""
        ...

    def start(self, name: str, total: int, done: int = 0) -> None:
        """A counted job begins (candidates of a run, problems of a probe)."""
        ...

    def advance(self, name: str, n: int, now: str = "") -> None:
        """`n` more of job `name` are done; `now` says what is being worked on."""
        ...

    def within(self, name: str, item: str, done: int, total: int, now: str) -> None:
        """Progress inside one item of job `name` (a tree search's rollouts on a problem)."""
        ...

    def finish(self, name: str) -> None:
        """Job `name` ended (finished or interrupted)."""
        ...


class Silent:
    """Reports nothing."""

    def say(self, line: str) -> None:
        pass

    def start(self, name: str, total: int, done: int = 0) -> None:
        pass

    def advance(self, name: str, n: int, now: str = "") -> None:
        pass

    def within(self, name: str, item: str, done: int, total: int, now: str) -> None:
        pass

    def finish(self, name: str) -> None:
        pass


class Lines(Silent):
    """Says its lines with `print` (a notebook, a script); counts stay silent."""

    def say(self, line: str) -> None:
        print(line)


class Printed(Lines):
    """Says its lines and every advance as a printed line (scripts, benchmarks, logs)."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.done: dict[str, int] = {}

    def start(self, name: str, total: int, done: int = 0) -> None:
        self.done[name] = done

    def advance(self, name: str, n: int, now: str = "") -> None:
        self.done[name] = self.done.get(name, 0) + n
        if n:
            print(f"  {self.prefix}{self.done[name]} {name}, last {now}", flush=True)
