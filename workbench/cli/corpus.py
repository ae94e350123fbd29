"""`workbench corpus validate|build`: check a corpus; build an authored one from sources."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from workbench.cli.app import app, err, out, progress_bars, user_errors
from workbench.corpus import load_card, parse_ref

corpus_app = typer.Typer(help="Validate corpora; build authored ones.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("validate")
def validate(
    name: Annotated[
        str, typer.Argument(help="Corpus: NAME or NAME:LOCATION[@SPLIT], e.g. fresh, humaneval.")
    ],
    problems: Annotated[
        str | None, typer.Option(help="Only these problems: 001,fresh/002 (default: all).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Check every problem of a corpus: schema, unique ids, examples = public tests,
    references pass every test in the sandbox, other solutions agree, and for authored
    corpora: generators reproduce the tests, wrong solutions are caught.

    Prints one line per defect; exit code 1 when there is any, 2 for bad input.

    Example: `workbench corpus validate fresh --problems 001,002`
    """
    from workbench.validate import chosen_ids
    from workbench.validate import validate as run_validate

    with user_errors():
        load_card(parse_ref(name)[0])
        only = chosen_ids(name, problems)
    with progress_bars(transient=True) as bar:
        task = bar.add_task(f"validating {name}", total=None)
        report = run_validate(
            name, only, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
    if as_json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        for defect in report.defects:
            out.print(str(defect), highlight=False, soft_wrap=True)
        err.print(report.summary_line(), highlight=False, soft_wrap=True)
    if report.defects:
        raise typer.Exit(1)


@corpus_app.command("build")
def build(
    name: Annotated[str, typer.Argument(help="An authored corpus, e.g. fresh.")],
    problems: Annotated[
        str | None, typer.Option(help="Only these problems: 001,002 (default: all).")
    ] = None,
) -> None:
    """Build an authored corpus's problems.jsonl from src/ and generators/: examples
    become public tests, generated inputs private tests, the reference gives outputs.

    Example: `workbench corpus build fresh --problems 001`
    """
    from workbench.authoring import build as run_build
    from workbench.authoring import chosen_numbers, require_layout

    with user_errors():
        lay = require_layout(name)
        numbers = chosen_numbers(lay, problems)
    with progress_bars(transient=True) as bar:
        task = bar.add_task(f"building {name}", total=len(numbers))
        built, errors = run_build(
            name, numbers if problems else None, progress=lambda _: bar.advance(task)
        )
    for line in errors:
        out.print(line, highlight=False, soft_wrap=True)
    tests = sum(len(p.tests) for p in built)
    err.print(
        f"{name}: built {len(built)} problems ({tests} tests) into {lay.problems_file}"
        + (f"; {len(errors)} failed" if errors else ""),
        highlight=False,
    )
    if errors:
        raise typer.Exit(1)
