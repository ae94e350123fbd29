"""The memorization study as one library call: runs, probes, analysis, figures, report.

    from workbench.memorization.pipeline import memorization
    from workbench.memorization.study import MemorizationSpec
    result = memorization(MemorizationSpec(signals=("drop", "release")))

Runs with the same settings as an earlier comparison or study are reused; so are probe
results. Everything lands in `runs/memorization/<id>/`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from workbench.compare import json_ready
from workbench.memorization import study
from workbench.memorization.plots import all_figures
from workbench.memorization.report import write_report
from workbench.models.base import Model
from workbench.models.engines import describe
from workbench.models.engines import resolve as resolve_engine
from workbench.pipelines import resolved_model
from workbench.progress import Reporter, Silent
from workbench.reuse import obtain, study_folder, trials_of
from workbench.runs import Run


@dataclass
class MemorizationResult:
    result: study.Memorization
    runs: list[Run]
    folder: Path
    report_md: Path
    report_html: Path
    record: dict[str, Any]  # what memorization.json holds

    def to_dict(self) -> dict[str, Any]:
        return json_ready({"folder": str(self.folder), **self.record})


def memorization(
    spec: study.MemorizationSpec,
    where: str | Path | None = None,
    reporter: Reporter | None = None,
    load: Callable[[], Model] | None = None,
) -> MemorizationResult:
    """Run (or reuse) the runs, probe the model (or reuse stored probes), analyze, write
    figures, the report and memorization.json."""
    report = reporter or Silent()
    started = time.monotonic()
    the_plan = study.plan(spec)
    for what, why in the_plan.left_out.items():
        report.say(f"left out {what}: {why}")
    model = spec.base.model
    if the_plan.runs:  # the engine the runs' search needs (beam search: torch)
        model = resolved_model(model, the_plan.runs[0][1])
    else:
        model = replace(model, engine=resolve_engine(model.spec, model.engine))
    loaded: list[Model] = []

    def once() -> Model:
        if not loaded:
            loaded.append((load or model.load)())
        return loaded[0]

    runs = obtain(the_plan.runs, model, report, where, once)
    key, completions, likelihoods = study.run_probes(
        spec, the_plan, once, model.options(), where, report
    )
    trials, _ = trials_of(runs)
    seed = spec.base.seed
    result = study.analyze(
        trials, the_plan.problems, spec.seen, spec.unseen, completions, likelihoods,
        the_plan.cutoff, seed=seed,
    )  # fmt: skip
    folder = study_folder(runs, where, kind="memorization")
    figures = all_figures(result, folder)
    context = _context(spec, the_plan, runs, started)
    left_out = [f"{k}: {v}" for k, v in the_plan.left_out.items()]
    if "release" in spec.signals and the_plan.cutoff is None:
        left_out.append(f"release date: no known release date for {model.spec}; give --cutoff")
    md, page = write_report(result, figures, folder, context, left_out)
    record = {
        "context": context,
        "left_out": left_out,
        "probe_key": key,
        "probed": [p for p in ("completion", "likelihood") if p in spec.signals],
        **result.to_dict(),
    }
    (folder / study.RESULTS).write_text(
        json.dumps(json_ready(record), indent=1) + "\n", encoding="utf-8"
    )
    return MemorizationResult(result, runs, folder, md, page, record)


def _context(
    spec: study.MemorizationSpec, the_plan: study.Plan, runs: list[Run], started: float
) -> dict[str, Any]:
    sizes = ", ".join(f"{c}: {len(ps)} problems" for c, ps in the_plan.problems.items())
    search = the_plan.runs[0][1].config.search.to_json() if the_plan.runs else None
    context: dict[str, Any] = {
        "model": spec.base.model.spec,
        "problems": sizes,
        "signals": ", ".join(spec.signals),
        "runs": ", ".join(r.name for r in runs) or "none",
        "search": json.dumps(
            search["params"] if search else spec.base.search.params, sort_keys=True
        ),
        "cutoff": the_plan.cutoff.isoformat() if the_plan.cutoff else "none",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "minutes": f"{(time.monotonic() - started) / 60:.1f}",
    }
    if runs and (model := runs[0].run_config.model) is not None:
        context["model"] = describe(model.to_json())
    return context
