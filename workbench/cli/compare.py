"""`workbench compare`: the original and variants through one search, with paired statistics,
plots and a report in the comparison's own folder under runs/comparisons/. The command
parses, calls `workbench.pipelines.compare`, prints."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from workbench.cli.app import (
    RichReporter,
    RunsDirOpt,
    app,
    interrupted,
    names,
    out,
    user_errors,
)
from workbench.cli.options import grouped, run_spec
from workbench.pipelines import STUDY_SET

AGAIN = "run the same command again: finished runs are reused, a killed one resumed"
KEY = ("variant", "template", "cell")
MAIN = (*KEY, "problems", "candidates", "pass@1", "pass@k", "strict [95% CI]", "private")


@app.command()
@grouped("model", "limits", "search")
def compare(
    variants: Annotated[
        str, typer.Option(help="Variants: short (preferred producer), short@embedded:1.5b.")
    ],
    baseline: Annotated[
        str, typer.Option(help="What the variants are paired against: original, short@authored.")
    ] = "original",
    corpus: Annotated[str | None, typer.Option(help="Corpus, e.g. humaneval.")] = None,
    set_name: Annotated[
        str | None, typer.Option("--set", help=f"A frozen problem set (default {STUDY_SET}).")
    ] = None,
    problems: Annotated[
        str | None, typer.Option(help="Positions or ids: 0-19, humaneval/3,7.")
    ] = None,
    template: Annotated[str, typer.Option(help="Prompt template(s): chat,completion.")] = "chat",
    runs_dir: RunsDirOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
    options: dict[str, Any] | None = None,
) -> None:
    """Run the original statement and each variant through one identical search and say,
    with paired statistics, what changed.

    Example: `workbench compare --variants short,callbased --set fresh-easy --samples 2
    --temperature 0.2,0.8`; `workbench compare --baseline short@authored --variants
    short@embedded:0.5b`

    Greedy by default, 384 tokens per program. Runs whose settings match are reused (or
    resumed), so a statement is generated once. The report (report.md, report.html, PNG
    plots) lands in runs/comparisons/ID/.
    """
    from workbench.pipelines import ComparisonSpec
    from workbench.pipelines import compare as compare_pipeline

    values = options or {}
    with user_errors():
        base = run_spec(
            values,
            corpus=corpus,
            set=set_name if set_name or corpus else STUDY_SET,
            problems=problems,
            templates=names(template),
        )
        spec = ComparisonSpec(names(variants), base, baseline)
        with interrupted(AGAIN), RichReporter() as reporter:
            result = compare_pipeline(spec, runs_dir, reporter)
    if as_json:
        print(json.dumps(result.to_dict(), indent=1))
    else:
        _print_comparison(result)


def _print_comparison(result: Any) -> None:
    """The paired result first, in tables and a few sentences; then where the report is."""
    comparison = result.comparison
    rows = comparison.table_rows()
    out.print(_table(f"paired against {comparison.baseline}", comparison.paired_table_rows()))
    for line in result.sentences():
        out.print(line, highlight=False, soft_wrap=True)
    out.print(_table("per statement", [{k: r[k] for k in r if k in MAIN} for r in rows]))
    shares = [{k: r[k] for k in r if k not in MAIN or k in KEY} for r in rows]
    out.print(_table("test outcomes, % of all tests run", shares))
    out.print(f"report: {result.report_html}\n        {result.report_md}", highlight=False)


def _table(title: str, rows: list[dict[str, str]]) -> Table:
    table = Table(title=title)
    if not rows:
        return table
    for col in rows[0]:
        table.add_column(col, no_wrap=True)
    for row in rows:
        table.add_row(*row.values())
    return table
