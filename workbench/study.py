"""A comparison's runs: the original and each variant through one identical search.

`plan_runs` turns a comparison request into one run request per statement (the original,
then each variant), identical but for the variant: same problems, model, templates,
temperatures, search parameters, seed and limits. `find_run` looks in the runs folder for a
run whose settings equal a request's (the model by its spec and options; its weights are
checked when the run is resumed), so a variant compared again, or the original shared by
several comparisons, is not generated twice. `obtain` reuses a finished run, resumes an
unfinished one and makes the missing ones, loading the model only when there is work.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workbench import runner
from workbench.models.base import Model
from workbench.prompting import VariantNotFound
from workbench.runs import Run, RunError, list_runs, runs_dir
from workbench.search import make_search
from workbench.variants import applicable

# Settings a reused run must share with the request (the rest is when and where it ran).
MATCHED = (
    "corpus",
    "set",
    "problems",
    "problem_hashes",
    "variants",
    "templates",
    "few_shot",
    "search",
    "seed",
    "limits",
    "verdict_rules",
)


@dataclass
class CompareRequest:
    variants: Sequence[str]
    corpus: str | None = None
    set: str | None = "fresh-easy"
    problems: str | None = None
    model: str = "embedded"
    templates: Sequence[str] = ("chat",)
    search: str = "sample"
    search_params: dict[str, Any] = field(default_factory=dict)
    seed: int = 7
    timeout_s: float = 3.0
    memory_mb: int = 1024
    model_options: dict[str, Any] = field(default_factory=dict)
    baseline: str = runner.ORIGINAL  # what every variant is paired against


def plan_runs(
    request: CompareRequest, alone: bool = False
) -> tuple[list[runner.RunRequest], dict[str, str]]:
    """One run request per statement, the baseline (the original unless said) first,
    checked before any model load; and the variants left out because none of the problems
    has one (name -> why). With `alone`, the baseline may be the only run (a study that
    also uses it by itself)."""
    if request.baseline == runner.ORIGINAL and runner.ORIGINAL in request.variants:
        raise RunError("the original is always compared; name only variants in --variants")
    if request.baseline in request.variants:
        raise RunError(f"{request.baseline} is the baseline; name only other variants")
    if not request.variants and not alone:
        raise RunError("name one or more variants: --variants short,callbased")
    base = runner.RunRequest(
        model=request.model,
        corpus=request.corpus,
        set=request.set,
        problems=request.problems,
        templates=tuple(request.templates),
        search=request.search,
        search_params=dict(request.search_params),
        seed=request.seed,
        timeout_s=request.timeout_s,
        memory_mb=request.memory_mb,
        model_options=dict(request.model_options),
    )
    plans, skipped = [], {}
    for v in (request.baseline, *request.variants):
        plan = replace(base, variants=(v,))
        try:
            runner.preflight(plan)
        except VariantNotFound as exc:
            if v == request.baseline or not str(exc).startswith("none of the selected"):
                raise
            skipped[v] = str(exc)
            continue
        plans.append(plan)
    if len(plans) == 1 and not alone:
        raise RunError(f"nothing to compare: {'; '.join(skipped.values())}")
    return plans, skipped


def settings(request: runner.RunRequest) -> dict[str, Any]:
    """The settings of a run request that a reused run must have."""
    config = runner.settings(request, runner.select(request))
    return {k: config.get(k) for k in MATCHED}


def find_run(request: runner.RunRequest, where: str | Path | None = None) -> Run | None:
    """The newest run with the request's settings and model spec/options, if any."""
    want = settings(request)
    for run in reversed(list_runs(where)):
        try:
            c = run.config
        except RunError:
            continue
        model = c.get("model", {})
        if model.get("spec") != request.model or model.get("options") != request.model_options:
            continue
        if {k: c.get(k) for k in MATCHED} == want:
            return run
    return None


def missing(run: Run) -> int:
    """Candidates a run still lacks (0: finished). A search that may stop early (stop on
    pass, MCTS) is finished when every task has a trial in every cell."""
    config = run.config
    search = make_search(config["search"]["name"], config["search"]["params"])
    tasks = [
        (p, v, t) for v, ps in applicable(config).items() for p in ps for t in config["templates"]
    ]
    trials = run.trials()
    early = (
        bool(config["search"]["params"].get("stop_on_pass")) or config["search"]["name"] == "mcts"
    )
    if early:
        seen = {(t["problem"], t["variant"], t["template"], t["cell"]) for t in trials}
        return sum(1 for p, v, t in tasks for cell in search.cells() if (p, v, t, cell) not in seen)
    done = sum(search.per_task(t["cell"]) if t.get("refused") else 1 for t in trials)
    return max(0, search.planned(len(tasks)) - done)


Loader = Callable[[runner.RunRequest], Model]
Execute = Callable[[Run, Model], None]


def obtain(
    plans: Sequence[runner.RunRequest],
    load: Loader,
    execute: Execute,
    where: str | Path | None = None,
    say: Callable[[str], None] = lambda line: None,
) -> list[Run]:
    """A finished run for every plan: reused, resumed or new (in plan order)."""
    model: Model | None = None
    out = []
    for plan in plans:
        name = plan.variants[0]
        if len({(p.set, p.corpus) for p in plans}) > 1:  # several corpora: say which
            name = f"{plan.set or plan.corpus} {name}"
        run = find_run(plan, where)
        if run is not None and missing(run) == 0:
            say(f"{name}: reusing run {run.name}")
            out.append(run)
            continue
        if model is None:
            model = load(plan)
        if run is not None:
            runner.check_resumable(run.config, model)
            say(f"{name}: resuming run {run.name}")
        else:
            run = Run.create(runner.plan(plan, model), where)
            say(f"{name}: new run {run.name}")
        execute(run, model)
        out.append(run)
    return out


def comparison_folder(
    runs: Sequence[Run], where: str | Path | None = None, kind: str = "comparisons"
) -> Path:
    """A new folder `<kind>/<UTC time>-<hash of the runs>` under the runs folder (kind:
    comparisons, memorization)."""
    digest = hashlib.sha256(json.dumps([r.name for r in runs]).encode()).hexdigest()[:8]
    base = runs_dir(where) / kind
    base.mkdir(parents=True, exist_ok=True)
    stem = time.strftime("%Y%m%d-%H%M%S", time.gmtime()) + "-" + digest
    for n in range(1000):
        path = base / (stem if n == 0 else f"{stem}-{n}")
        try:
            path.mkdir()
        except FileExistsError:
            continue
        return path
    raise RunError(f"cannot make a folder under {base}")


def trials_of(runs: Sequence[Run]) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """Every trial of the runs, and each statement's applicable problems."""
    trials: list[dict[str, Any]] = []
    covered: dict[str, list[str]] = {}
    for run in runs:
        trials += run.trials()
        covered |= applicable(run.config)
    return trials, covered
