"""`workbench memorization`: four signals of whether a model has seen a corpus, HumanEval
against `fresh`, with a verdict table and a report in runs/memorization/ID/."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from workbench.cli import app, err, fail, out, progress_bars
from workbench.cli.compare import DEFAULT_SAMPLES, DEFAULT_TEMPERATURE, DEFAULT_TOKENS
from workbench.cli.runs import USER_ERRORS, _execute, _floats, _names
from workbench.execution import SandboxUnavailable
from workbench.models.engines import describe

VARIANTS = "short,storyfree,paraphrase,renamed"


@app.command()
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
    model: Annotated[
        str, typer.Option(help="embedded[:1.5b], hf:PATH_OR_ID or openai:NAME.")
    ] = "embedded",
    samples: Annotated[int, typer.Option(help="Samples per problem (runs).")] = DEFAULT_SAMPLES,
    temperature: Annotated[float, typer.Option(help="Sampling temperature (runs).")] = float(
        DEFAULT_TEMPERATURE
    ),
    max_new_tokens: Annotated[int, typer.Option(help="Tokens per program.")] = DEFAULT_TOKENS,
    cutoff: Annotated[
        str | None,
        typer.Option(help="Training cutoff, YYYY-MM-DD (default: the model's release date)."),
    ] = None,
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
    as_json: Annotated[bool, typer.Option("--json", help="Print the study as JSON.")] = False,
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
    from workbench.compare import json_ready
    from workbench.memorization import study
    from workbench.memorization.plots import all_figures
    from workbench.memorization.report import verdict_table, write_report
    from workbench.models import ModelError, load_model
    from workbench.models.engines import resolve
    from workbench.study import comparison_folder, trials_of

    when = None
    if cutoff:
        try:
            when = dt.date.fromisoformat(cutoff)
        except ValueError:
            fail(f"--cutoff takes a date like 2024-09-18, not {cutoff!r}")
    if samples < 1 or max_new_tokens < 1:
        fail("--samples and --max-new-tokens must be at least 1")
    try:
        chosen = resolve(model, engine)
    except ModelError as exc:
        fail(str(exc))
    request = study.MemorizationRequest(
        corpora=_names(corpus),
        sets=_names(set_name) if set_name else None,
        problems=problems,
        variants=_names(variants),
        signals=_names(signals),
        model=model,
        model_options={"batch_size": batch_size, "dtype": dtype, "engine": chosen},
        search_params={
            "samples": samples,
            "temperatures": list(_floats(str(temperature))),
            "chunk": 64,
            "stop_on_pass": False,
            "max_new_tokens": max_new_tokens,
        },
        seed=seed,
        timeout_s=timeout,
        memory_mb=memory,
        cutoff=when,
    )
    started = time.monotonic()
    say = lambda line: err.print(line, highlight=False)  # noqa: E731

    def load(_: Any = None) -> Any:
        return load_model(
            model,
            batch_size=batch_size,
            dtype=dtype,
            engine=chosen,
            base_url=base_url,
            api_key=api_key,
        )

    try:
        the_plan = study.plan(request)
        for what, why in the_plan.left_out.items():
            say(f"[yellow]left out {what}:[/] {why}")
        runs = study.obtain_runs(the_plan, load, _execute, runs_dir, say)
        with progress_bars() as bars:
            tasks: dict[str, Any] = {}

            def progress(name: str, done: int, total: int) -> None:
                if name not in tasks:
                    tasks[name] = bars.add_task(f"{name} probe", total=total)
                bars.update(tasks[name], completed=done, total=total)

            key, completions, likelihoods = study.run_probes(
                request, the_plan, load, runs_dir, say, progress
            )
        trials, _ = trials_of(runs)
        result = study.analyze(
            trials,
            the_plan.problems,
            request.seen,
            request.unseen,
            completions,
            likelihoods,
            the_plan.cutoff,
            seed,
        )
        folder = comparison_folder(runs, runs_dir, kind="memorization")
        figures = all_figures(result, folder)
        context = _context(request, the_plan, runs, started)
        left_out = [f"{k}: {v}" for k, v in the_plan.left_out.items()]
        if "release" in request.signals and the_plan.cutoff is None:
            left_out.append(f"release date: no known release date for {model}; give --cutoff")
        md, page = write_report(result, figures, folder, context, left_out)
        record = {
            "context": context,
            "left_out": left_out,
            "probe_key": key,
            "probed": [p for p in ("completion", "likelihood") if p in request.signals],
            **result.to_dict(),
        }
        (folder / study.RESULTS).write_text(
            json.dumps(json_ready(record), indent=1) + "\n", encoding="utf-8"
        )
    except SandboxUnavailable as exc:
        fail(str(exc))
    except USER_ERRORS as exc:
        fail(str(exc))
    if as_json:
        print(json.dumps(json_ready({"folder": str(folder), **record}), indent=1))
        return
    header, body = verdict_table(result)
    table = Table(title=f"memorization: {request.seen} against {request.unseen}")
    for col in header[:-1]:  # what else a measure may reflect: in the report
        table.add_column(col)
    for row in body:
        table.add_row(*row[:-1])
    out.print(table)
    out.print(f"report: {page}\n        {md}", highlight=False)


def _context(request: Any, the_plan: Any, runs: list[Any], started: float) -> dict[str, Any]:
    sizes = ", ".join(f"{c}: {len(ps)} problems" for c, ps in the_plan.problems.items())
    context: dict[str, Any] = {
        "model": request.model,
        "problems": sizes,
        "signals": ", ".join(request.signals),
        "runs": ", ".join(r.name for r in runs) or "none",
        "search": json.dumps(request.search_params, sort_keys=True),
        "cutoff": the_plan.cutoff.isoformat() if the_plan.cutoff else "none",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "minutes": f"{(time.monotonic() - started) / 60:.1f}",
    }
    if runs:
        first = runs[0].config
        context["model"] = describe(first["model"])
    return context
