"""`workbench run`, `workbench runs`, `workbench show`: make, list and summarise runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from workbench.cli import app, err, fail, out
from workbench.corpus import CorpusError
from workbench.execution import SandboxUnavailable
from workbench.models import ModelError, load_model
from workbench.models.engines import needs_beam, recorded, resolve
from workbench.prompting import TemplateError, VariantNotFound
from workbench.runs import Run, RunError, list_runs, open_run
from workbench.summary import SummaryRow, summarize

USER_ERRORS = (CorpusError, RunError, ModelError, TemplateError, VariantNotFound, ValueError)


def _floats(text: str) -> tuple[float, ...]:
    try:
        values = tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        fail(f"--temperature takes numbers separated by commas, not {text!r}")
    if not values or any(v < 0 for v in values):
        fail("--temperature needs one or more temperatures >= 0, e.g. 0.2,0.8")
    return values


def _names(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


@app.command()
def run(
    corpus: Annotated[str | None, typer.Option(help="Corpus, e.g. humaneval.")] = None,
    set_name: Annotated[str | None, typer.Option("--set", help="A frozen problem set.")] = None,
    problems: Annotated[
        str | None, typer.Option(help="Positions or ids: 0-19, humaneval/3,7.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="embedded[:1.5b], hf:PATH_OR_ID or openai:NAME.")
    ] = None,
    template: Annotated[
        str | None, typer.Option(help="Prompt template(s): chat,completion.")
    ] = None,
    variants: Annotated[str | None, typer.Option(help="Variants: original[,NAME...].")] = None,
    few_shot: Annotated[
        str | None, typer.Option(help="Solved problems shown as examples: humaneval/2,...")
    ] = None,
    search: Annotated[str | None, typer.Option(help="sample, beam or mcts.")] = None,
    samples: Annotated[int | None, typer.Option(help="Samples per temperature.")] = None,
    temperature: Annotated[
        str | None, typer.Option(help="Temperatures: 0.2,0.8 (0 = greedy).")
    ] = None,
    beams: Annotated[int | None, typer.Option(help="Beams for --search beam.")] = None,
    rollouts: Annotated[int | None, typer.Option(help="MCTS rollouts per problem (16).")] = None,
    width: Annotated[int | None, typer.Option(help="MCTS children per node (3).")] = None,
    action: Annotated[
        str | None, typer.Option(help="MCTS action: token (local models) or line (any).")
    ] = None,
    policy: Annotated[str | None, typer.Option(help="MCTS tree policy: var_p_uct, p_uct.")] = None,
    rollout: Annotated[
        str | None, typer.Option(help="MCTS rollout: greedy, beam or sample.")
    ] = None,
    max_programs: Annotated[
        int | None, typer.Option(help="MCTS: stop after this many distinct programs.")
    ] = None,
    parallel: Annotated[
        int | None,
        typer.Option(help="MCTS: problems searched at once (llama.cpp engine; default 1)."),
    ] = None,
    max_seconds: Annotated[
        float | None, typer.Option(help="MCTS: wall seconds per problem (not repeatable).")
    ] = None,
    caches: Annotated[
        str | None, typer.Option(help="MCTS caches: all, none, or topk,sequence,kv,reward.")
    ] = None,
    prune: Annotated[
        bool | None, typer.Option("--prune/--no-prune", help="MCTS syntax pruning (on).")
    ] = None,
    max_new_tokens: Annotated[int | None, typer.Option(help="Tokens per program.")] = None,
    stop_on_pass: Annotated[
        bool | None,
        typer.Option(
            "--stop-on-pass/--no-stop-on-pass",
            help="Stop a problem once it passes its public tests (default: on for mcts only).",
        ),
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Seed of every random choice.")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds per test.")] = None,
    memory: Annotated[int | None, typer.Option(help="Address-space limit per program, MB.")] = None,
    batch_size: Annotated[
        int | None, typer.Option(help="Rows decoded together (local models; default 16).")
    ] = None,
    chunk: Annotated[
        int | None, typer.Option(help="Candidates per generation call (sampling; default 64).")
    ] = None,
    dtype: Annotated[
        str | None, typer.Option(help="auto, float32 or bfloat16 (local models).")
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option(
            help="auto, llama or torch: who decodes a local model (auto: llama.cpp "
            "for GGUF weights, torch for beam search)."
        ),
    ] = None,
    runs_dir: Annotated[Path | None, typer.Option(help="Where runs live (default runs/).")] = None,
    resume: Annotated[
        str | None, typer.Option(help="Finish a killed run: its name or path.")
    ] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL.")] = None,
    api_key: Annotated[str | None, typer.Option(help="Its API key.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Generate and score programs; every candidate is one line of the run's trials.jsonl.

    Example: `workbench run --corpus humaneval --problems 0-19 --search sample --samples 4
    --temperature 0.2,0.8 --seed 7`

    A run is never overwritten: each one gets its own folder under runs/. A killed run
    finishes with `workbench run --resume RUN`, which redoes only the missing work.
    """
    from workbench import runner

    shaping = dict(
        corpus=corpus,
        set=set_name,
        problems=problems,
        model=model,
        template=template,
        variants=variants,
        few_shot=few_shot,
        search=search,
        samples=samples,
        temperature=temperature,
        beams=beams,
        rollouts=rollouts,
        width=width,
        action=action,
        policy=policy,
        rollout=rollout,
        max_programs=max_programs,
        parallel=parallel,
        max_seconds=max_seconds,
        caches=caches,
        prune=prune,
        max_new_tokens=max_new_tokens,
        stop_on_pass=stop_on_pass,
        seed=seed,
        timeout=timeout,
        memory=memory,
        batch_size=batch_size,
        chunk=chunk,
        dtype=dtype,
        engine=engine,
    )
    try:
        if resume:
            given = [f"--{k.replace('_', '-')}" for k, v in shaping.items() if v is not None]
            if given:
                fail(
                    "--resume takes its settings from the run's config.json; drop "
                    + ", ".join(given)
                )
            the_run = open_run(resume, runs_dir)
            config = the_run.config
            options = {**config["model"].get("options", {}), "engine": recorded(config["model"])}
            llm = load_model(config["model"]["spec"], **options, base_url=base_url, api_key=api_key)
            runner.check_resumable(config, llm)
        else:
            name = search or "sample"
            if name == "sample":
                params: dict[str, Any] = {
                    "samples": 1 if samples is None else samples,
                    "temperatures": list(_floats(temperature or "0")),
                    "chunk": 64 if chunk is None else chunk,
                    "stop_on_pass": bool(stop_on_pass),
                }
            elif name == "mcts":
                params = _mcts_params(shaping)
            else:
                params = {
                    "num_beams": 4 if beams is None else beams,
                    "stop_on_pass": bool(stop_on_pass),
                }
            params["max_new_tokens"] = 512 if max_new_tokens is None else max_new_tokens
            request = runner.RunRequest(
                model=model or "embedded",
                corpus=corpus,
                set=set_name,
                problems=problems,
                variants=_names(variants or runner.ORIGINAL),
                templates=_names(template or "chat"),
                few_shot=_names(few_shot or ""),
                search=name,
                search_params=params,
                seed=7 if seed is None else seed,
                timeout_s=3.0 if timeout is None else timeout,
                memory_mb=1024 if memory is None else memory,
                model_options={
                    "batch_size": batch_size or 16,
                    "dtype": dtype or "auto",
                    "engine": resolve(model or "embedded", engine, needs_beam(name, params)),
                },
            )
            runner.preflight(request)  # fail on bad input before loading a model
            llm = load_model(
                request.model, **request.model_options, base_url=base_url, api_key=api_key
            )
            the_run = Run.create(runner.plan(request, llm), runs_dir)
    except SandboxUnavailable as exc:
        fail(str(exc))
    except USER_ERRORS as exc:
        fail(str(exc))
    err.print(f"run [bold]{the_run.name}[/] in {the_run.path.parent}", highlight=False)
    try:
        _execute(the_run, llm)
    except (SandboxUnavailable, *USER_ERRORS) as exc:
        # The run keeps every trial it finished; say how to go on once the cause is fixed.
        fail(f"{exc}\nthe run keeps what it finished: `workbench run --resume {the_run.name}`")
    _print_summary(the_run, as_json)


def _mcts_params(given: dict[str, Any]) -> dict[str, Any]:
    """MCTS settings from the flags; unset ones keep the search's defaults (PG-TD's)."""
    names = ("rollouts", "width", "action", "policy", "rollout", "max_programs", "parallel")
    params = {
        k: given[k] for k in (*names, "max_seconds", "caches", "prune") if given[k] is not None
    }
    # PG-TD stops at the first program that passes the public tests; --stop-on-pass is
    # therefore on for MCTS unless a budget of programs is what is being compared.
    params["stop_on_pass"] = True if given["stop_on_pass"] is None else given["stop_on_pass"]
    return params


def _execute(the_run: Run, llm: Any) -> None:
    from workbench import runner
    from workbench.search import make_search

    config = the_run.config
    search = make_search(config["search"]["name"], config["search"]["params"])
    from workbench.variants import applicable

    grid = sum(len(ps) for ps in applicable(config).values()) * len(config["templates"])
    total = search.planned(grid)
    already = sum(
        search.per_task(t["cell"]) if t.get("refused") else 1 for t in the_run.iter_trials()
    )
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[now]}"),
    )
    with Progress(*columns, console=err, transient=False) as bar:
        job = bar.add_task("candidates", total=total, completed=already, now="")
        inner: dict[str, Any] = {}

        def within(problem: str, n: int, planned: int, what: str) -> None:
            """A tree search's own bar for the problem it is on: rollouts done."""
            if inner.get("problem") != problem:
                if "id" in inner:
                    bar.remove_task(inner["id"])
                inner.update(problem=problem, id=bar.add_task(problem, total=planned, now=""))
            bar.update(inner["id"], completed=n, now=what)

        try:
            runner.execute(
                the_run,
                llm,
                progress=lambda n, what: bar.update(job, advance=n, now=what),
                task_progress=within,
            )
        except KeyboardInterrupt:
            bar.stop()
            err.print(f"interrupted: finish it with `workbench run --resume {the_run.name}`")
            raise typer.Exit(130) from None


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _print_summary(the_run: Run, as_json: bool) -> None:
    config = the_run.config
    from workbench.variants import applicable

    rows = summarize(the_run.iter_trials(), config["problems"], applicable(config))
    if as_json:
        summary = {"run": the_run.name, "path": str(the_run.path)}
        print(json.dumps(summary | {"summary": [r.to_dict() for r in rows]}, indent=1))
        return
    out.print(_table(the_run, rows))
    for r in rows:
        counts = ", ".join(f"{k} {v}" for k, v in r.outcomes.items()) or "none"
        out.print(f"tests of {r.variant}/{r.template}/{r.cell}: {counts}", highlight=False)
    out.print(f"trials: {the_run.path / 'trials.jsonl'}", highlight=False)


def _table(the_run: Run, rows: list[SummaryRow]) -> Table:
    config = the_run.config
    table = Table(
        title=f"{the_run.name}: {config['model']['id']}, {config['search']['name']}",
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
def runs_list(
    runs_dir: Annotated[Path | None, typer.Option(help="Where runs live (default runs/).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List runs, oldest first.

    Example: `workbench runs --runs-dir /tmp/study`
    """
    rows = []
    for r in list_runs(runs_dir):
        try:
            c = r.config
            n = sum(1 for t in r.iter_trials() if not t.get("refused"))
        except RunError as exc:
            err.print(f"[yellow]skipping {r.name}:[/] {exc}")
            continue
        rows.append(
            {
                "run": r.name,
                "created": c.get("created"),
                "model": c["model"]["id"],
                "search": c["search"]["name"],
                "problems": len(c["problems"]),
                "variants": ",".join(c["variants"]),
                "templates": ",".join(c["templates"]),
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
    runs_dir: Annotated[Path | None, typer.Option(help="Where runs live (default runs/).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print a run's summary again, from its files alone.

    Example: `workbench show 20261122-101500-1a2b3c4d`
    """
    try:
        _print_summary(open_run(run_name, runs_dir), as_json)
    except RunError as exc:
        fail(str(exc))
