"""Runs a study reuses: for each resolved plan, a finished run with the same settings is
reused, an unfinished one resumed, and only a missing one made.

`find_run` looks in the runs folder for a run whose settings equal a plan's (the model by
its spec and options; its weights are checked when the run is resumed), so a variant
compared again, or the original shared by several comparisons, is not generated twice.
`obtain` loads the model only when there is work.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench import runner
from workbench.errors import WorkbenchError
from workbench.models.base import Model
from workbench.plan import ModelSpec, RunPlan, matched, model_matches
from workbench.progress import Reporter
from workbench.runs import Run, list_runs, new_folder, runs_dir
from workbench.trials import Trial


def find_run(plan: RunPlan, model: ModelSpec, where: str | Path | None = None) -> Run | None:
    """The newest run with the plan's settings and model spec/options, if any."""
    want = matched(plan.config)
    options = plan.config.model.options if plan.config.model else {}
    for run in reversed(list_runs(where)):
        try:
            config = run.run_config
            same = model_matches(config, model, options) and matched(config) == want
        except WorkbenchError:
            continue  # a broken folder, or a run of a search not registered here
        if same:
            return run
    return None


def obtain(
    plans: Sequence[tuple[str, RunPlan]],
    model: ModelSpec,
    reporter: Reporter,
    where: str | Path | None = None,
    load: Callable[[], Model] | None = None,
) -> list[Run]:
    """A finished run for every (name, plan): reused, resumed or new, in plan order.
    `load` gives the model (default: `model.load()`), called once and only if needed."""
    loaded: Model | None = None
    out = []
    for name, plan in plans:
        run = find_run(plan, model, where)
        if run is not None and runner.missing(run, plan) == 0:
            reporter.say(f"{name}: reusing run {run.name}")
            out.append(run)
            continue
        if loaded is None:
            loaded = (load or model.load)()
        if run is not None:
            runner.check_resumable(run.run_config, loaded)
            reporter.say(f"{name}: resuming run {run.name}")
        else:
            plan = plan.with_model(loaded)
            run = Run.create(plan.config.to_json(), where)
            reporter.say(f"{name}: new run {run.name}")
        runner.execute(run, loaded, reporter=reporter, plan=plan)
        out.append(run)
    return out


def study_folder(
    runs: Sequence[Run], where: str | Path | None = None, kind: str = "comparisons"
) -> Path:
    """A new folder `<kind>/<UTC time>-<hash of the runs>` under the runs folder (kind:
    comparisons, memorization)."""
    digest = hashlib.sha256(json.dumps([r.name for r in runs]).encode()).hexdigest()
    return new_folder(runs_dir(where) / kind, digest)


def trials_of(runs: Sequence[Run]) -> tuple[list[Trial], dict[str, list[str]]]:
    """Every trial of the runs, and each statement's applicable problems."""
    trials: list[Trial] = []
    covered: dict[str, list[str]] = {}
    for run in runs:
        trials += run.typed_trials()
        covered |= run.run_config.applicable()
    return trials, covered
