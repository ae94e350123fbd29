"""`workbench corpus validate|build`: check a corpus; build an authored one from sources."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from workbench.cli import app, err, fail, out, progress_bars
from workbench.corpus import CorpusError, load_card, parse_ref

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
    from workbench.validate import validate as run_validate

    try:
        load_card(parse_ref(name)[0])
        only = _ids(name, problems)
    except CorpusError as exc:
        fail(str(exc))
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
        slow = max(report.slowest.items(), key=lambda kv: kv[1], default=None)
        summary = f"{name}: {report.problems} problems, {len(report.defects)} defects"
        if slow:
            summary += f"; slowest reference test {slow[1]:.2f} s ({slow[0]})"
        if report.wrong_total:
            summary += (
                f"; wrong solutions caught {report.wrong_caught}/{report.wrong_total} "
                f"({report.wrong_passing_examples} of them pass the examples; first failure: "
                + ", ".join(f"{k} {v}" for k, v in report.wrong_caught_by.most_common())
                + ")"
            )
        err.print(summary, highlight=False, soft_wrap=True)
    if report.defects:
        raise typer.Exit(1)


def _ids(ref: str, spec: str | None) -> list[str] | None:
    if not spec:
        return None
    from workbench.authoring import chosen_numbers, layout

    name, location, _ = parse_ref(ref)
    lay = layout(name) if location is None else None
    if lay is not None:  # authored ids are zero-padded numbers: accept 7 for 007
        return [f"{name}/{n}" for n in chosen_numbers(lay, spec)]
    parts = [p.strip() for p in spec.split(",") if p.strip()]
    return [p if "/" in p else f"{name}/{p}" for p in parts]


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

    try:
        lay = require_layout(name)
        numbers = chosen_numbers(lay, problems)
    except CorpusError as exc:
        fail(str(exc))
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
