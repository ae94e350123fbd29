"""`workbench run`, `workbench runs`, `workbench show`, `workbench searches`: make, list
and summarise runs. The command parses, calls `workbench.pipelines`, prints."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from workbench.cli.app import (
    JsonOpt,
    RichReporter,
    RunsDirOpt,
    app,
    err,
    interrupted,
    names,
    out,
    user_errors,
)
from workbench.cli.options import grouped, run_spec, shown_default
from workbench.runs import Run, RunError, list_runs, open_run
from workbench.summary import GroupScore, summarize


@app.command()
@grouped("model", "limits", "search")
def run(
    ctx: typer.Context,
    corpus: Annotated[str | None, typer.Option(help="Corpus, e.g. humaneval.")] = None,
    set_name: Annotated[str | None, typer.Option("--set", help="A frozen problem set.")] = None,
    problems: Annotated[
        str | None, typer.Option(help="Positions or ids: 0-19, humaneval/3,7.")
    ] = None,
    template: Annotated[str, typer.Option(help="Prompt template(s): chat,completion.")] = "chat",
    variants: Annotated[str, typer.Option(help="Variants: original[,NAME...].")] = "original",
    few_shot: Annotated[
        str, typer.Option(help="Solved problems shown as examples: humaneval/2,...")
    ] = "",
    runs_dir: RunsDirOpt = None,
    resume: Annotated[
        str | None, typer.Option(help="Finish a killed run: its name or path.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    options: dict[str, Any] | None = None,
) -> None:
    """Generate and score programs; every candidate is one line of the run's trials.jsonl.

    Example: `workbench run --corpus humaneval --problems 0-19 --search sample --samples 4
    --temperature 0.2,0.8 --seed 7`

    A run is never overwritten: each one gets its own folder under runs/. A killed run
    finishes with `workbench run --resume RUN`, which redoes only the missing work.
    `workbench searches` lists every search and its parameters.
    """
    from workbench import pipelines

    values = options or {}
    with user_errors():
        if resume:
            _refuse_settings_with_resume(ctx)
            started = pipelines.reopen_run(resume, runs_dir, values["base_url"], values["api_key"])
        else:
            spec = run_spec(
                values,
                corpus=corpus,
                set=set_name,
                problems=problems,
                variants=names(variants),
                templates=names(template),
                few_shot=names(few_shot),
            )
            started = pipelines.start_run(spec, runs_dir)
    the_run = started.run
    err.print(f"run [bold]{the_run.name}[/] in {the_run.path.parent}", highlight=False)
    resume_hint = f"\nthe run keeps what it finished: `workbench run --resume {the_run.name}`"
    hint = f"finish it with `workbench run --resume {the_run.name}`"
    with user_errors(after=resume_hint), interrupted(hint), RichReporter() as reporter:
        pipelines.finish_run(started, reporter)
    _print_summary(the_run, as_json)


def _refuse_settings_with_resume(ctx: typer.Context) -> None:
    """--resume takes every setting from the run's config: refuse any given with it."""
    allowed = {"resume", "runs_dir", "base_url", "api_key", "as_json"}
    given = []
    for p in ctx.command.params:
        source = ctx.get_parameter_source(p.name or "")
        # By name: typer ships its own copy of click, with its own ParameterSource enum.
        if p.name not in allowed and source and source.name in ("COMMANDLINE", "ENVIRONMENT"):
            given.append(p.opts[0])
    if given:
        raise RunError(
            "--resume takes its settings from the run's config.json; drop " + ", ".join(given)
        )


@app.command()
def searches(as_json: JsonOpt = False) -> None:
    """List the searches and their parameters (set them with their flags or --param).

    Example: `workbench searches`
    """
    from workbench.search import SEARCHES, parameters

    listing = {
        name: [
            {"name": p.name, "type": p.type_name, "default": p.default, "help": p.help}
            for p in parameters(cls)
        ]
        for name, cls in SEARCHES.items()
    }
    if as_json:
        print(json.dumps(listing, indent=1, default=str))
        return
    for name, params in listing.items():
        table = Table(title=f"--search {name}")
        for col in ("parameter", "type", "default", "what it does"):
            table.add_column(col)
        for p in params:
            table.add_row(p["name"], p["type"], shown_default(p["default"]), p["help"])
        out.print(table)


def _print_summary(the_run: Run, as_json: bool) -> None:
    config = the_run.run_config
    rows = summarize(the_run.typed_trials(), config.problems, config.applicable(), seed=config.seed)
    if as_json:
        summary = {"run": the_run.name, "path": str(the_run.path)}
        print(json.dumps(summary | {"summary": [r.to_dict() for r in rows]}, indent=1))
        return
    out.print(_table(the_run, rows))
    for r in rows:
        counts = ", ".join(f"{k} {v}" for k, v in r.outcomes.items()) or "none"
        out.print(f"tests of {r.variant}/{r.template}/{r.cell}: {counts}", highlight=False)
    out.print(f"trials: {the_run.path / 'trials.jsonl'}", highlight=False)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _table(the_run: Run, rows: list[GroupScore]) -> Table:
    config = the_run.run_config
    model = config.model.id if config.model else "?"
    table = Table(
        title=f"{the_run.name}: {model}, {config.search.name}",
        caption="%; pass@k: unbiased estimator; strict: the answer (best by public tests) "
        "passes every private test, with its 95% bootstrap interval; private: its mean "
        "private pass rate",
    )
    left = ("variant", "template", "cell")
    for col in (*left, "problems", "cands", "refused", "pass@1", "pass@k", "strict", "private"):
        table.add_column(col, justify="left" if col in left else "right", no_wrap=True)
    for r in rows:
        lo, hi = r.strict_ci
        table.add_row(
            r.variant,
            r.template,
            r.cell,
            str(r.problems),
            str(r.candidates),
            str(r.refused),
            _pct(r.pass_at_1),
            f"{_pct(r.pass_at_k)} @{r.k}",
            f"{_pct(r.strict_accuracy)} [{_pct(lo)}, {_pct(hi)}]",
            _pct(r.private_pass_rate),
        )
    return table


@app.command("runs")
def runs_list(runs_dir: RunsDirOpt = None, as_json: JsonOpt = False) -> None:
    """List runs, oldest first.

    Example: `workbench runs --runs-dir /tmp/study`
    """
    rows = []
    for r in list_runs(runs_dir):
        try:
            c = r.run_config
            n = sum(1 for t in r.typed_trials() if not t.refused)
        except RunError as exc:
            err.print(f"[yellow]skipping {r.name}:[/] {exc}")
            continue
        rows.append(
            {
                "run": r.name,
                "created": c.extra.get("created"),
                "model": c.model.id if c.model else None,
                "search": c.search.name,
                "problems": len(c.problems),
                "variants": ",".join(c.variants),
                "templates": ",".join(c.templates),
                "trials": n,
            }
        )
    if as_json:
        print(json.dumps(rows, indent=1))
        return
    table = Table(title=f"{len(rows)} runs")
    for col in ("run", "created", "model", "search", "problems", "variants", "templates", "trials"):
        table.add_column(col)
    for row in rows:
        table.add_row(*(str(v) for v in row.values()))
    out.print(table)


@app.command()
def show(
    run_name: Annotated[str, typer.Argument(metavar="RUN", help="Run name, prefix or path.")],
    runs_dir: RunsDirOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Print a run's summary again, from its files alone.

    Example: `workbench show 20261122-101500-1a2b3c4d`
    """
    with user_errors():
        _print_summary(open_run(run_name, runs_dir), as_json)
