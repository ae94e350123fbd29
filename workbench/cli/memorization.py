"""`workbench memorization`: four signals of whether a model has seen a corpus, HumanEval
against `fresh`, with a verdict table and a report in runs/memorization/ID/. The command
parses, calls `workbench.memorization.pipeline.memorization`, prints."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

import typer
from rich.table import Table

from workbench.cli.app import (
    RichReporter,
    RunsDirOpt,
    app,
    fail,
    interrupted,
    names,
    out,
    user_errors,
)
from workbench.cli.compare import AGAIN
from workbench.cli.options import grouped, run_spec

VARIANTS = "short,storyfree,paraphrase,renamed"


@app.command()
@grouped("model", "limits", "search")
def memorization(
    corpus: Annotated[
        str, typer.Option(help="Two corpora, the likely seen one first.")
    ] = "humaneval,fresh",
    set_name: Annotated[
        str | None,
        typer.Option("--set", help="One set per corpus (default humaneval-quick,fresh-quick)."),
    ] = None,
    problems: Annotated[
        str | None, typer.Option(help="Positions within each set, e.g. 0-4.")
    ] = None,
    variants: Annotated[str, typer.Option(help="Meaning-preserving variants.")] = VARIANTS,
    signals: Annotated[
        str, typer.Option(help="drop,completion,likelihood,release (default all).")
    ] = "drop,completion,likelihood,release",
    cutoff: Annotated[
        str | None,
        typer.Option(help="Training cutoff, YYYY-MM-DD (default: the model's release date)."),
    ] = None,
    runs_dir: RunsDirOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the study as JSON.")] = False,
    options: dict[str, Any] | None = None,
) -> None:
    """Does the model solve HumanEval because it has seen it? Four signals, each with a
    95% interval, on HumanEval against the never-published `fresh` corpus: the pass@1
    drop on meaning-preserving variants (difference in differences), greedy completion
    of reference solutions cut at statement boundaries, Min-K% Prob and perplexity of
    references and statements, and pass rate by release date against a cutoff.

    Example: `workbench memorization --corpus humaneval,fresh --set humaneval-quick,fresh-quick`

    Runs with the same settings as an earlier `compare` or `memorization` are reused; so
    are probe results. The report lands in runs/memorization/ID/.
    """
    from workbench.memorization.pipeline import memorization as study_pipeline
    from workbench.memorization.study import MemorizationSpec

    values = options or {}
    with user_errors():
        spec = MemorizationSpec(
            base=_base(problems, values),
            corpora=names(corpus),
            sets=names(set_name) if set_name else None,
            variants=names(variants),
            signals=names(signals),
            cutoff=_date(cutoff),
        )
        with interrupted(AGAIN), RichReporter() as reporter:
            result = study_pipeline(spec, runs_dir, reporter)
    if as_json:
        print(json.dumps(result.to_dict(), indent=1))
    else:
        _print_verdict(spec, result)


def _base(problems: str | None, values: dict[str, Any]) -> Any:
    """The run spec every corpus's runs share, from the model, limits and search options
    (the study's token budget is applied by the library)."""
    return run_spec(values, problems=problems)


def _print_verdict(spec: Any, result: Any) -> None:
    from workbench.memorization.report import verdict_table

    header, body = verdict_table(result.result)
    table = Table(title=f"memorization: {spec.seen} against {spec.unseen}")
    for col in header[:-1]:  # what else a measure may reflect: in the report
        table.add_column(col)
    for row in body:
        table.add_row(*row[:-1])
    out.print(table)
    out.print(f"report: {result.report_html}\n        {result.report_md}", highlight=False)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"--cutoff takes a date like 2024-09-18, not {text!r}")
