"""`workbench tree`: list a run's MCTS search trees, or render one as HTML and PNG."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from workbench.cli import app, err, fail, out
from workbench.runs import RunError, open_run
from workbench.treeview import (
    TreeError,
    list_trees,
    load_tree,
    render_html,
    render_png,
    summary,
    tree_path,
)


def _names(paths: list[Path]) -> str:
    names = ", ".join(p.stem for p in paths[:10])
    return names + (f" and {len(paths) - 10} more" if len(paths) > 10 else "")


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
    runs_dir: Annotated[Path | None, typer.Option(help="Where runs live (default runs/).")] = None,
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
    try:
        run_path = open_run(run_name, runs_dir).path
    except RunError as exc:
        fail(str(exc))
    trees = list_trees(run_path)
    if problem is None:
        if not trees:
            err.print(f"run {run_path.name} has no trees (only MCTS runs write them)")
        for p in trees:
            # The file name is `<problem with _ for />__<variant>__<template>.json`.
            out.print("  ".join([*p.stem.split("__"), str(p)]), highlight=False, soft_wrap=True)
        return
    source = tree_path(run_path, problem, variant, template)
    if not source.exists():
        have = f"its trees: {_names(trees)}" if trees else "it has no trees (not an MCTS run?)"
        fail(f"run {run_path.name} has no tree for {problem} {variant}/{template}; {have}")
    try:
        tree = load_tree(source)
        folder = out_dir or source.parent
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        if html:
            written.append(folder / f"{source.stem}.html")
            written[-1].write_text(render_html(tree), encoding="utf-8")
        if png:
            written.append(render_png(tree, folder / f"{source.stem}.png"))
    except TreeError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write under {folder}: {exc.strerror or exc}")
    except ImportError:
        fail("--png needs matplotlib: `pip install matplotlib`, or pass --no-png")
    for p in written:
        out.print(str(p), highlight=False, soft_wrap=True)
    s = summary(tree)
    best = s["best reward"]
    best = f"{best:.3g}" if isinstance(best, int | float) else "none" if best is None else best
    out.print(
        f"{problem} {variant}/{template}: {s['nodes']} nodes ({s['visited']} visited, "
        f"{s['pruned']} pruned), {s['programs']} programs, best reward {best}",
        highlight=False,
        soft_wrap=True,
    )
