"""The `workbench` command line: a thin typer app over the library.

Every command has an example in its help. Errors a user can cause end in one line on
stderr and exit code 2; finished work is never lost. Commands live in the modules of
this package, one family each, and register themselves on `app` when imported below.
"""

from __future__ import annotations

import os
import sys
import warnings
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from workbench.problems import Outcome

app = typer.Typer(
    help="A prompt-engineering and problem-rewriting workbench for code generation.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)

# Piped output (CI logs, `| less`) gets wide tables instead of rich's 80-column default.
_WIDTH = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 140
out = Console(width=_WIDTH)
err = Console(stderr=True, width=_WIDTH)

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


def progress_bars(transient: bool = False) -> Progress:
    """Progress bars on stderr: what, bar, done of total, time taken."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=transient,
    )


def fail(message: str) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _show_warning(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
    err.print(f"[bold yellow]warning:[/] {message}", highlight=False, soft_wrap=True)


warnings.showwarning = _show_warning

# Command modules register on `app` when imported (after `app` exists).
from workbench.cli import (  # noqa: E402, F401
    compare,
    corpus,
    memorization,
    models,
    problems,
    prompt,
    rewrite,
    runs,
    tree,
)


def main() -> None:  # pragma: no cover - the console script calls `app`
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
