"""The library's pipelines for runs and comparisons: typed spec in, typed result out.

    from workbench.pipelines import ComparisonSpec, compare
    result = compare(ComparisonSpec(variants=("short", "callbased")))
    print(result.sentences())

The CLI calls these and prints; a notebook calls them the same way. A pipeline reports
what it does to a `Reporter` (default: silent) and never prints. Runs land in the runs
folder (`where`, else `$WORKBENCH_RUNS`, else `runs/`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workbench import runner
from workbench.compare import Comparison, analyze
from workbench.findings import sentences
from workbench.models.base import Model
from workbench.models.engines import describe
from workbench.plan import ModelSpec, RunPlan, RunSpec, reopen, resolve
from workbench.plots import all_plots
from workbench.progress import Reporter, Silent
from workbench.report import write_report
from workbench.reuse import obtain, study_folder, trials_of
from workbench.runs import Run, RunError, open_run
from workbench.search import SEARCHES, parameters
from workbench.variants import ORIGINAL, NoVariantForSelection

Where = str | Path | None


# -- one run ---------------------------------------------------------------------------------


@dataclass
class Started:
    """A run made (or reopened) and ready to execute: its folder, plan and model."""

    run: Run
    plan: RunPlan
    model: Model


def start_run(
    spec: RunSpec, where: Where = None, load: Callable[[], Model] | None = None
) -> Started:
    """Resolve a spec, load its model (only once the spec checks out) and make the run."""
    plan = resolve(spec)  # fails on bad input before a model is loaded
    model = (load or resolved_model(spec.model, plan).load)()
    plan = plan.with_model(model)
    return Started(Run.create(plan.config.to_json(), where), plan, model)


def resolved_model(model: ModelSpec, plan: RunPlan) -> ModelSpec:
    """The model spec with the engine the plan chose for its search (auto -> llama/torch)."""
    engine = plan.config.model.options.get("engine") if plan.config.model else model.engine
    return replace(model, engine=engine)


def reopen_run(
    name: str, where: Where = None, base_url: str | None = None, api_key: str | None = None
) -> Started:
    """A killed run, ready to finish: its plan from its config, its model as recorded."""
    run = open_run(name, where)
    config = run.run_config
    if config.model is None:
        raise RunError(f"{run.name} names no model in its config; it cannot be resumed")
    model = ModelSpec.of_run(config, base_url, api_key).load()
    runner.check_resumable(config, model)
    return Started(run, reopen(config), model)


def finish_run(started: Started, reporter: Reporter | None = None) -> Run:
    """Execute whatever the run still lacks."""
    runner.execute(started.run, started.model, reporter=reporter, plan=started.plan)
    return started.run


def run(spec: RunSpec, where: Where = None, reporter: Reporter | None = None) -> Run:
    """Make one run and execute it."""
    return finish_run(start_run(spec, where), reporter)


# -- a comparison ----------------------------------------------------------------------------

# A comparison is greedy by default (the search's own defaults: one sample at T=0): one
# answer per problem that a rerun reproduces; on 2 cores the time goes to reading the
# prompts (README, "Comparing statements"), and n problems, not samples, set the
# precision of the paired result. Its programs get 384 tokens unless said otherwise.
STUDY_SET = "fresh-easy"
STUDY_TOKENS = 384


@dataclass(frozen=True)
class ComparisonSpec:
    """The baseline statement and each variant through one identical run spec."""

    variants: tuple[str, ...]
    base: RunSpec = field(default_factory=lambda: RunSpec(set=STUDY_SET))
    baseline: str = ORIGINAL  # what every variant is paired against


@dataclass
class ComparisonResult:
    comparison: Comparison
    runs: list[Run]
    folder: Path
    report_md: Path
    report_html: Path
    context: dict[str, Any]
    left_out: dict[str, str]  # variant -> why it was left out

    def sentences(self) -> list[str]:
        """The finding, in a few plain sentences."""
        return sentences(self.comparison)

    def to_dict(self) -> dict[str, Any]:
        return {"folder": str(self.folder), **self.comparison.to_dict()}


def study_spec(base: RunSpec) -> RunSpec:
    """A study's run spec: the study's token budget where the search has one and it was
    not given."""
    params = dict(base.search.params)
    if "max_new_tokens" in {p.name for p in parameters(SEARCHES.get(base.search.name))}:
        params.setdefault("max_new_tokens", STUDY_TOKENS)
    return replace(base, search=replace(base.search, params=params))


def plan_comparison(
    spec: ComparisonSpec, alone: bool = False
) -> tuple[list[tuple[str, RunPlan]], dict[str, str]]:
    """One resolved plan per statement, the baseline first, checked before any model
    load; and the variants left out because none of the problems has one (name -> why).
    With `alone`, the baseline may be the only plan (a study that also uses it alone)."""
    if spec.baseline == ORIGINAL and ORIGINAL in spec.variants:
        raise RunError("the original is always compared; name only variants in --variants")
    if spec.baseline in spec.variants:
        raise RunError(f"{spec.baseline} is the baseline; name only other variants")
    if not spec.variants and not alone:
        raise RunError("name one or more variants: --variants short,callbased")
    plans, skipped = [], {}
    base = study_spec(spec.base)
    for name in (spec.baseline, *spec.variants):
        try:
            plan = resolve(replace(base, variants=(name,)))
        except NoVariantForSelection as exc:
            if name == spec.baseline:
                raise
            skipped[name] = str(exc)
            continue
        plans.append((name, plan))
    if len(plans) == 1 and not alone:
        raise RunError(f"nothing to compare: {'; '.join(skipped.values())}")
    return plans, skipped


def compare(
    spec: ComparisonSpec,
    where: Where = None,
    reporter: Reporter | None = None,
    load: Callable[[], Model] | None = None,
) -> ComparisonResult:
    """Run (or reuse) every statement's run, pair them, write plots and a report."""
    reporter = reporter or Silent()
    started = time.monotonic()
    plans, skipped = plan_comparison(spec)
    for name, why in skipped.items():
        reporter.say(f"left out {name}: {why}")
    model = resolved_model(spec.base.model, plans[0][1])
    runs = obtain(plans, model, reporter, where, load)
    trials, applicable = trials_of(runs)
    first = runs[0].run_config
    # The baseline's name as its run recorded it (short -> short@authored).
    comparison = analyze(trials, applicable, baseline=next(iter(applicable)), seed=first.seed)
    folder = study_folder(runs, where)
    plots = all_plots(comparison, trials, folder)
    base = spec.base
    context = {
        "runs": ", ".join(r.name for r in runs),
        "model": describe(first.model.to_json() if first.model else {}),
        "problems": f"{base.set or base.corpus} ({len(first.problems)} problems)",
        "search": json.dumps(first.search.to_json(), sort_keys=True),
        "templates": ", ".join(base.templates),
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
    return ComparisonResult(comparison, runs, folder, md, page, context, skipped)
