"""The typer app, its consoles, and what every command shares: the option types (model,
limits, runs folder, seed, output), declared once with one set of defaults; the one way
a user error ends (one line, exit 2); and the rich `Reporter` the pipelines report to.

Command modules import from here, never from the package, so importing the CLI has no
cycle.
"""

from __future__ import annotations

import contextlib
import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from workbench.errors import WorkbenchError
from workbench.problems import Outcome

app = typer.Typer(
    help="A prompt-engineering and problem-rewriting workbench for code generation.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)

# Piped output (CI logs, `| less`) gets wide tables instead of rich's 80-column default.
WIDTH = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 140
out = Console(width=WIDTH)
err = Console(stderr=True, width=WIDTH)

CORPUS_HELP = "Where to find the problem: NAME:LOCATION[@SPLIT], e.g. apps:/data/test.jsonl."

OUTCOME_STYLE = {
    Outcome.PASSED: "green",
    Outcome.WRONG_ANSWER: "red",
    Outcome.RUNTIME_ERROR: "magenta",
    Outcome.TIMEOUT: "yellow",
    Outcome.MEMORY_LIMIT: "yellow",
    Outcome.OUTPUT_LIMIT: "yellow",
    Outcome.SYNTAX_ERROR: "red",
    Outcome.SANDBOX_ERROR: "bold red",
}

# The option types every command that makes or reads runs shares (defaults: see
# `workbench.plan.ModelSpec` and the commands' signatures, which take them from there).
ModelOpt = Annotated[str, typer.Option(help="embedded[:1.5b], hf:PATH_OR_ID or openai:NAME.")]
BatchSizeOpt = Annotated[int, typer.Option(help="Rows decoded together (local models).")]
DtypeOpt = Annotated[str, typer.Option(help="auto, float32 or bfloat16 (local models).")]
EngineOpt = Annotated[
    str,
    typer.Option(
        help="auto, llama or torch: who decodes a local model (auto: llama.cpp for GGUF "
        "weights, torch for beam search)."
    ),
]
BaseUrlOpt = Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL.")]
ApiKeyOpt = Annotated[str | None, typer.Option(help="Its API key.")]
SeedOpt = Annotated[int, typer.Option(help="Seed of every random choice.")]
TimeoutOpt = Annotated[float, typer.Option(help="Seconds per test.")]
MemoryOpt = Annotated[int, typer.Option(help="Address-space limit per program, MB.")]
RunsDirOpt = Annotated[Path | None, typer.Option(help="Where runs live (default runs/).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]
ParamOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        help="A search parameter as NAME=VALUE (repeatable), e.g. --param c=2.5; "
        "`workbench searches` lists every search's parameters.",
    ),
]


def fail(message: str) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


@contextlib.contextmanager
def user_errors(after: str = "") -> Iterator[None]:
    """A `WorkbenchError` inside becomes one line and exit 2 (with `after` appended, e.g.
    how to resume); any other exception is a bug and keeps its traceback."""
    try:
        yield
    except WorkbenchError as exc:
        fail(f"{exc}{after}")


@contextlib.contextmanager
def interrupted(hint: str) -> Iterator[None]:
    """Ctrl-C: say how to go on (`hint`), exit 130; what finished is kept."""
    try:
        yield
    except KeyboardInterrupt:
        err.print(f"interrupted: {hint}")
        raise typer.Exit(130) from None


def names(text: str) -> tuple[str, ...]:
    """A comma-separated list option: "short, callbased" -> ("short", "callbased")."""
    return tuple(x.strip() for x in text.split(",") if x.strip())


def progress_bars(transient: bool = False, now: bool = False) -> Progress:
    """Progress bars on stderr: what, bar, done of total, time taken (and, with `now`,
    what is being worked on: every task then needs a `now` field)."""
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn()]
    columns += [TimeElapsedColumn(), *([TextColumn("{task.fields[now]}")] if now else [])]
    return Progress(*columns, console=err, transient=transient)


class RichReporter:
    """The pipelines' `Reporter` for a terminal: news lines and rich bars on stderr. Use it
    as a context manager so that the bars stop cleanly, also on Ctrl-C."""

    def __init__(self) -> None:
        self.bars = progress_bars(now=True)
        self.jobs: dict[str, Any] = {}
        self.inner: dict[str, tuple[str, Any]] = {}  # job -> (item, its bar)

    def __enter__(self) -> RichReporter:
        self.bars.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.bars.stop()

    def say(self, line: str) -> None:
        self.bars.console.print(line, highlight=False, soft_wrap=True)

    def start(self, name: str, total: int, done: int = 0) -> None:
        if name in self.jobs:
            self.bars.update(self.jobs[name], total=total, completed=done)
        else:
            self.jobs[name] = self.bars.add_task(name, total=total, completed=done, now="")

    def advance(self, name: str, n: int, now: str = "") -> None:
        if name in self.jobs:
            self.bars.update(self.jobs[name], advance=n, now=now)

    def within(self, name: str, item: str, done: int, total: int, now: str) -> None:
        """A tree search's own bar for the problem it is on: rollouts done."""
        current = self.inner.get(name)
        if current is None or current[0] != item:
            if current is not None:
                self.bars.remove_task(current[1])
            current = (item, self.bars.add_task(item, total=total, now=""))
            self.inner[name] = current
        self.bars.update(current[1], completed=done, now=now)

    def finish(self, name: str) -> None:
        if name in self.inner:
            self.bars.remove_task(self.inner.pop(name)[1])


def _show_warning(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
    err.print(f"[bold yellow]warning:[/] {message}", highlight=False, soft_wrap=True)


warnings.showwarning = _show_warning
