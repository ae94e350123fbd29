"""`workbench tree`: list a run's MCTS search trees, or render one as HTML and PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from workbench.cli.app import RunsDirOpt, app, err, out, user_errors
from workbench.runs import open_run
from workbench.tree_files import list_trees
from workbench.treeview import write_views


@app.command("tree")
def tree_command(
    run_name: Annotated[str, typer.Argument(metavar="RUN", help="Run name, prefix or path.")],
    problem: Annotated[
        str | None,
        typer.Argument(
            metavar="PROBLEM", help="Problem id (fresh/017 or fresh_017); omit to list the trees."
        ),
    ] = None,
    variant: Annotated[str, typer.Option(help="Variant of the problem.")] = "original",
    template: Annotated[str, typer.Option(help="Prompt template.")] = "chat",
    runs_dir: RunsDirOpt = None,
    png: Annotated[bool, typer.Option("--png/--no-png", help="Draw the tree as a PNG.")] = True,
    html: Annotated[
        bool, typer.Option("--html/--no-html", help="Write the folding HTML page.")
    ] = True,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Folder for the files (default: by the JSON).")
    ] = None,
) -> None:
    """Render the search tree an MCTS run kept for one problem: `<stem>.html`, a page of
    folding rows with every node, program and the path to the answer, and `<stem>.png`, a
    drawing of the most visited nodes. Without PROBLEM, list the run's trees.

    Example: `workbench tree 20261122-101500-1a2b3c4d fresh/017 --out /tmp/trees`
    """
    with user_errors():
        run_path = open_run(run_name, runs_dir).path
        if problem is None:
            _list(run_path)
            return
        views = write_views(run_path, problem, variant, template, out_dir, html, png)
    for p in views.written:
        out.print(str(p), highlight=False, soft_wrap=True)
    s = views.counts
    best = s["best reward"]
    best = f"{best:.3g}" if isinstance(best, int | float) else "none" if best is None else best
    out.print(
        f"{problem} {variant}/{template}: {s['nodes']} nodes ({s['visited']} visited, "
        f"{s['pruned']} pruned), {s['programs']} programs, best reward {best}",
        highlight=False,
        soft_wrap=True,
    )


def _list(run_path: Path) -> None:
    trees = list_trees(run_path)
    if not trees:
        err.print(f"run {run_path.name} has no trees (only MCTS runs write them)")
    for p in trees:
        # The file name is `<problem with _ for />__<variant>__<template>.json`.
        out.print("  ".join([*p.stem.split("__"), str(p)]), highlight=False, soft_wrap=True)
