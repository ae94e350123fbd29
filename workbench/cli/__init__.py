"""The `workbench` command line: a thin typer app over the library's pipelines.

Every command has an example in its help. Errors a user can cause end in one line on
stderr and exit code 2; finished work is never lost. The app and what commands share
live in `cli/app.py`; commands live in the modules of this package, one family each,
and register themselves on `app` when imported below.
"""

from __future__ import annotations

import sys

from workbench.cli import (  # noqa: F401 - each module registers its commands
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
from workbench.cli.app import app

__all__ = ["app", "main"]


def main() -> None:  # pragma: no cover - the console script calls `app`
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
