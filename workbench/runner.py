"""The one executor: a `RunPlan` -> search -> trials in the run store.

`execute` walks the plan's tasks: the search generates, the run's ledger scores every
candidate on all tests in the sandbox (the search sees only the public pass rate) and
appends one trial line per candidate. A resumed run checks that nothing it depends on
has changed (`check_resumable`), then redoes only what has no trial line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from workbench.configs import RunConfig
from workbench.corpus import find_problem
from workbench.drivers import compose
from workbench.execution import Executor, Limits
from workbench.models.base import Model
from workbench.plan import RunPlan, load_problems, reopen
from workbench.problems import TestResult, pass_rate
from workbench.progress import Reporter, Silent
from workbench.prompting import template_hash
from workbench.runs import Run, RunError
from workbench.search import Candidate, CandidateKey, Task
from workbench.variants import variant_hashes

JOB = "candidates"  # the name of a run's progress job


def execute(
    run: Run,
    model: Model,
    executor: Executor | None = None,
    reporter: Reporter | None = None,
    plan: RunPlan | None = None,
) -> None:
    """Do every candidate the run's plan asks for that has no trial line yet. `plan` is
    the run's own (from `resolve`); without one it is made again from the config."""
    run.repair()
    plan = plan or reopen(run.run_config)
    reporter = reporter or Silent()
    own = executor is None
    limits = plan.config.limits
    ex = executor or Executor(limits=Limits(timeout_s=limits.timeout_s, memory_mb=limits.memory_mb))
    ledger = RunLedger(run, plan, ex, reporter)
    reporter.start(JOB, planned(plan), ledger.counted())
    try:
        plan.search.run(model, ledger.fitting(model), ledger)
    finally:
        reporter.finish(JOB)
        if own:
            ex.close()


def planned(plan: RunPlan) -> int:
    """Candidates the plan makes at most (its progress total)."""
    return plan.search.planned(len(plan.tasks))


def missing(run: Run, plan: RunPlan) -> int:
    """Candidates a run still lacks (0: finished). A search that may stop early is finished
    when every task has a trial in every cell."""
    trials = run.typed_trials()
    search = plan.search
    if search.stops_early:
        seen = {(t.problem, t.variant, t.template, t.cell) for t in trials}
        return sum(
            1
            for task in plan.tasks
            for cell in search.cells()
            if (task.problem, task.variant, task.template, cell) not in seen
        )
    done = sum(search.per_task(t.cell) if t.refused else 1 for t in trials)
    return max(0, planned(plan) - done)


class RunLedger:
    """The search's books for one run: what is done, scoring into trial lines, refusals,
    trees and progress."""

    def __init__(self, run: Run, plan: RunPlan, executor: Executor, reporter: Reporter) -> None:
        self.run, self.plan, self.executor, self.reporter = run, plan, executor, reporter
        self.config = plan.config
        self._done: dict[CandidateKey, float] = {}
        self.refused: set[tuple[str, str]] = set()
        for t in run.typed_trials():
            key = f"{t.problem}|{t.variant}|{t.template}"
            if t.refused:
                self.refused.add((key, t.cell))
            else:
                self._done[(key, t.cell, t.sample or 0)] = t.public_pass_rate or 0.0
        self.scoring = {task.key: plan.scoring(task) for task in plan.tasks}

    @property
    def done(self) -> Mapping[CandidateKey, float]:
        return self._done

    def counted(self) -> int:
        """Candidates already done, as the progress bar counts them (a refusal counts
        what its task would have made)."""
        search = self.plan.search
        return len(self._done) + sum(search.per_task(cell) for _, cell in self.refused)

    def fitting(self, model: Model) -> list[Task]:
        """The tasks whose prompt fits the model with room for the answer; the others are
        refused before anything is generated."""
        # Room for the answer: the search's token budget (512 for one without).
        room = int(getattr(self.plan.search, "max_new_tokens", 512))
        cells = self.plan.search.cells()
        out = []
        for task in self.plan.tasks:
            if all((task.key, c) in self.refused for c in cells):
                continue
            need = model.count_tokens(task.request) + room
            if need > model.context_length:
                for cell in cells:
                    self.refuse(
                        task,
                        cell,
                        f"prompt of {need - room} tokens + {room} for the answer "
                        f"exceeds the context of {model.context_length}",
                    )
                continue
            out.append(task)
        return out

    def evaluate(self, candidates: Sequence[Candidate]) -> list[float]:
        jobs = []
        for c in candidates:
            problem, driver = self.scoring[c.task.key]
            jobs.append((compose(c.code, driver) if driver else c.code, problem, None))
        results = self.executor.run_many(jobs)
        rewards = []
        for cand, res in zip(candidates, results, strict=True):
            public = pass_rate(res, public=True)
            private = pass_rate(res, public=False)
            # A repeat (a tree search without its reward cache, measuring) is scored again
            # but recorded once.
            if not cand.extra.get("repeat"):
                self.run.append(trial_line(cand, self.config, res, public, private))
            rewards.append(public or 0.0)
        new = sum(1 for c in candidates if not c.extra.get("repeat"))
        self.reporter.advance(JOB, new, candidates[-1].task.problem)
        return rewards

    def refuse(self, task: Task, cell: str, reason: str) -> None:
        if (task.key, cell) in self.refused:
            return
        self.refused.add((task.key, cell))
        self.run.append(_line_base(task, self.config, cell) | {"refused": reason, "sample": None})
        self.reporter.advance(JOB, self.plan.search.per_task(cell), f"{task.problem}: refused")

    def finished(self, task: Task, cell: str) -> bool:
        return self.run.tree_file(task.problem, task.variant, task.template).exists()

    def save_tree(self, task: Task, cell: str, tree: dict[str, Any]) -> None:
        self.run.save_tree(task.problem, task.variant, task.template, tree)

    def progress(self, task: Task, cell: str, steps: int, planned: int, what: str) -> None:
        self.reporter.within(JOB, task.problem, steps, planned, what)

    def skip(self, candidates: int) -> None:
        self.reporter.advance(JOB, candidates, "")


def check_resumable(config: RunConfig | Mapping[str, Any], model: Model) -> None:
    """Refuse to resume when the model, a template or a variant is no longer the same."""
    if not isinstance(config, RunConfig):
        config = RunConfig.from_json(config)
    info, ran = model.info(), config.model
    if ran is None:
        raise RunError("the run's config names no model; start a new run")
    if info.weights_hash != ran.weights_hash or info.id != ran.id:
        raise RunError(
            f"the run used {ran.id} (weights {ran.weights_hash}); "
            f"the model now is {info.id} (weights {info.weights_hash}); start a new run"
        )
    if (ran_on := ran.engine_used()) != (now := getattr(model, "engine_name", None)):
        raise RunError(
            f"the run decoded on the {ran_on} engine, the model now on {now}; start a new run"
        )
    if info.extra.get("dtype") != ran.dtype:
        raise RunError(
            f"the run computed in {ran.dtype}, the model now in "
            f"{info.extra.get('dtype')}; start a new run"
        )
    for pid, digest in config.few_shot.items():
        if find_problem(pid).content_hash() != digest:
            raise RunError(f"few-shot problem {pid} changed since the run started; start a new run")
    for name, digest in config.templates.items():
        if template_hash(name) != digest:
            raise RunError(f"template {name} changed since the run started; start a new run")
    problems = load_problems(config, check=False)
    for name, hashes in config.variants.items():
        if hashes and variant_hashes(problems, name) != hashes:
            raise RunError(f"variant {name} changed since the run started; start a new run")


def _line_base(task: Task, config: RunConfig, cell: str) -> dict[str, Any]:
    return {
        "problem": task.problem,
        "variant": task.variant,
        "template": task.template,
        "search": config.search.name,
        "cell": cell,
    }


def trial_line(
    cand: Candidate,
    config: RunConfig,
    results: list[TestResult],
    public: float | None,
    private: float | None,
) -> dict[str, Any]:
    """One candidate's line of trials.jsonl."""
    gen = cand.generation
    return _line_base(cand.task, config, cand.cell) | {
        "temperature": cand.temperature,
        "sample": cand.sample,
        "code": cand.code,
        "text": gen.text,
        "tokens": gen.tokens,
        "finish_reason": gen.finish_reason,
        "logprob": gen.logprob,
        "seconds": round(cand.seconds, 3),
        "generation_seconds": round(gen.seconds, 3),
        "public_pass_rate": public,
        "private_pass_rate": private,
        "passed_all": all(r.passed for r in results),
        "outcomes": [
            {"test": r.test, "public": r.public, "outcome": r.outcome.value, "detail": r.detail}
            for r in results
        ],
        **({"extra": cand.extra} if cand.extra else {}),
    }
