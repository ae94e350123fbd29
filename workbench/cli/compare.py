"""`workbench compare`: the original and variants through one search, with paired statistics,
plots and a report in the comparison's own folder under runs/comparisons/."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from workbench.cli import app, err, fail, out
from workbench.cli.runs import USER_ERRORS, _execute, _floats, _names
from workbench.execution import SandboxUnavailable
from workbench.models.engines import describe

DEFAULT_SET = "fresh-easy"
# Greedy by default: one answer per problem that a rerun reproduces; on 2 cores the time
# goes to reading the prompts (README, "Comparing statements"), and n problems, not
# samples, set the precision of the paired result.
DEFAULT_SAMPLES = 1
KEY = ("variant", "template", "cell")
MAIN = (*KEY, "problems", "candidates", "pass@1", "pass@k", "strict [95% CI]", "private")
DEFAULT_TEMPERATURE = "0"
DEFAULT_TOKENS = 384


@app.command()
def compare(
    variants: Annotated[
        str, typer.Option(help="Variants: short (preferred producer), short@embedded:1.5b.")
    ],
    baseline: Annotated[
        str, typer.Option(help="What the variants are paired against: original, short@authored.")
    ] = "original",
    corpus: Annotated[str | None, typer.Option(help="Corpus, e.g. humaneval.")] = None,
    set_name: Annotated[
        str | None, typer.Option("--set", help=f"A frozen problem set (default {DEFAULT_SET}).")
    ] = None,
    problems: Annotated[
        str | None, typer.Option(help="Positions or ids: 0-19, humaneval/3,7.")
    ] = None,
    model: Annotated[
        str, typer.Option(help="embedded[:1.5b], hf:PATH_OR_ID or openai:NAME.")
    ] = "embedded",
    template: Annotated[str, typer.Option(help="Prompt template(s): chat,completion.")] = "chat",
    search: Annotated[str, typer.Option(help="sample, beam or mcts.")] = "sample",
    samples: Annotated[
        int, typer.Option(help="Samples per temperature (sampling).")
    ] = DEFAULT_SAMPLES,
    temperature: Annotated[
        str, typer.Option(help="Temperatures: 0.2,0.8 (0 = greedy).")
    ] = DEFAULT_TEMPERATURE,
    beams: Annotated[int, typer.Option(help="Beams for --search beam.")] = 4,
    rollouts: Annotated[int, typer.Option(help="MCTS rollouts per problem.")] = 16,
    max_new_tokens: Annotated[int, typer.Option(help="Tokens per program.")] = DEFAULT_TOKENS,
    seed: Annotated[int, typer.Option(help="Seed of every random choice.")] = 7,
    timeout: Annotated[float, typer.Option(help="Seconds per test.")] = 3.0,
    memory: Annotated[int, typer.Option(help="Address-space limit per program, MB.")] = 1024,
    batch_size: Annotated[int, typer.Option(help="Rows decoded together (local).")] = 16,
    dtype: Annotated[str, typer.Option(help="auto, float32 or bfloat16 (local).")] = "bfloat16",
    engine: Annotated[
        str, typer.Option(help="auto, llama or torch: who decodes a local model.")
    ] = "auto",
    runs_dir: Annotated[Path | None, typer.Option(help="Where runs live (default runs/).")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL.")] = None,
    api_key: Annotated[str | None, typer.Option(help="Its API key.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    """Run the original statement and each variant through one identical search and say,
    with paired statistics, what changed.

    Example: `workbench compare --variants short,callbased --set fresh-easy --samples 2
    --temperature 0.2,0.8`; `workbench compare --baseline short@authored --variants
    short@embedded:0.5b`

    Runs whose settings match are reused (or resumed), so a statement is generated once.
    The report (report.md, report.html, PNG plots) lands in runs/comparisons/ID/.
    """
    from workbench import study
    from workbench.compare import analyze
    from workbench.findings import sentences
    from workbench.models import ModelError, load_model
    from workbench.models.engines import needs_beam, resolve
    from workbench.plots import all_plots
    from workbench.report import write_report

    if search == "sample":
        params: dict[str, Any] = {
            "samples": samples,
            "temperatures": list(_floats(temperature)),
            "chunk": 64,
            "stop_on_pass": False,
        }
    elif search == "beam":
        params = {"num_beams": beams, "stop_on_pass": False}
    elif search == "mcts":
        params = {"rollouts": rollouts, "stop_on_pass": True}
    else:
        fail(f"unknown search {search!r}: sample, beam or mcts")
    params["max_new_tokens"] = max_new_tokens
    request = study.CompareRequest(
        variants=_names(variants),
        corpus=corpus,
        set=set_name if set_name or corpus else DEFAULT_SET,
        problems=problems,
        model=model,
        templates=_names(template),
        search=search,
        search_params=params,
        seed=seed,
        timeout_s=timeout,
        memory_mb=memory,
        model_options={"batch_size": batch_size, "dtype": dtype},
        baseline=baseline,
    )
    try:
        request.model_options["engine"] = resolve(model, engine, needs_beam(search, params))
    except ModelError as exc:
        fail(str(exc))
    started = time.monotonic()
    try:
        plans, skipped = study.plan_runs(request)
        for name, why in skipped.items():
            err.print(f"[yellow]left out {name}:[/] {why}", highlight=False)
        runs = study.obtain(
            plans,
            load=lambda plan: load_model(
                plan.model, **plan.model_options, base_url=base_url, api_key=api_key
            ),
            execute=_execute,
            where=runs_dir,
            say=lambda line: err.print(line, highlight=False),
        )
        trials, applicable = study.trials_of(runs)
        # The baseline's name as its run recorded it (short -> short@authored).
        comparison = analyze(trials, applicable, baseline=next(iter(applicable)), seed=seed)
        folder = study.comparison_folder(runs, runs_dir)
        plots = all_plots(comparison, trials, folder)
        first = runs[0].config
        context = {
            "runs": ", ".join(r.name for r in runs),
            "model": describe(first["model"]),
            "problems": f"{request.set or request.corpus} ({len(first['problems'])} problems)",
            "search": json.dumps(first["search"], sort_keys=True),
            "templates": ", ".join(request.templates),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "minutes": f"{(time.monotonic() - started) / 60:.1f}",
        }
        if skipped:
            context["left out"] = "; ".join(f"{k}: {v}" for k, v in skipped.items())
        md, page = write_report(comparison, plots, folder, context)
        (folder / "comparison.json").write_text(
            json.dumps({"context": context, **comparison.to_dict()}, indent=1) + "\n",
            encoding="utf-8",
        )
    except SandboxUnavailable as exc:
        fail(str(exc))
    except USER_ERRORS as exc:
        fail(str(exc))
    if as_json:
        print(json.dumps({"folder": str(folder), **comparison.to_dict()}, indent=1))
        return
    rows = comparison.table_rows()
    out.print(_table(f"paired against {comparison.baseline}", comparison.paired_table_rows()))
    for line in sentences(comparison):
        out.print(line, highlight=False, soft_wrap=True)
    out.print(_table("per statement", [{k: r[k] for k in r if k in MAIN} for r in rows]))
    shares = [{k: r[k] for k in r if k not in MAIN or k in KEY} for r in rows]
    out.print(_table("test outcomes, % of all tests run", shares))
    out.print(f"report: {page}\n        {md}", highlight=False)


def _table(title: str, rows: list[dict[str, str]]) -> Table:
    table = Table(title=title)
    if not rows:
        return table
    for col in rows[0]:
        table.add_column(col, no_wrap=True)
    for row in rows:
        table.add_row(*row.values())
    return table
