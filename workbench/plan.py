"""A request becomes a run once: `RunSpec` -> `resolve()` -> `RunPlan`.

A `RunSpec` is what a user asks for (problems, statements, templates, a search with its
parameters, a model, seed, limits). `resolve` checks it and resolves it once: the problems
selected, the frozen variants loaded, every prompt rendered, the search built, and the
typed `RunConfig` whose `to_json` is a run's config.json. Everything downstream (the
runner, run reuse, the pipelines) takes the plan; nothing resolves the request again.
`reopen` makes the plan of a run already on disk, from its config alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from workbench.configs import ModelRecord, RunConfig, RunLimits, SearchSpec, run_facts
from workbench.corpus import Corpus, find_problem, load_corpus, load_set, select_problems
from workbench.execution.worker import VERDICT_RULES
from workbench.models.base import Model
from workbench.models.engines import resolve as resolve_engine
from workbench.problems import Problem, Variant
from workbench.prompting import render, template_hash
from workbench.runs import RunError
from workbench.search import Search, Task, complete_params, make_search, recorded_params
from workbench.variants import (
    ORIGINAL,
    file_hashes,
    load_variant,
    qualify_for,
    scored_as,
    variant_hashes,
)

DEFAULT_MODEL = "embedded"


@dataclass(frozen=True)
class ModelSpec:
    """Which model and how to run it. `batch_size`, `dtype` and `engine` are recorded in a
    run's config (as its model options); the endpoint's URL and key are not."""

    spec: str = DEFAULT_MODEL  # embedded[:1.5b], gguf:PATH, hf:PATH_OR_ID, openai:NAME
    batch_size: int = 16
    dtype: str = "auto"
    engine: str | None = "auto"  # auto, llama, torch; resolved per search by `resolve`
    base_url: str | None = None
    api_key: str | None = None

    def options(self) -> dict[str, Any]:
        return {"batch_size": self.batch_size, "dtype": self.dtype, "engine": self.engine}

    def load(self) -> Model:
        from workbench.models import load_model

        return load_model(self.spec, **self.options(), base_url=self.base_url, api_key=self.api_key)

    @classmethod
    def of_run(
        cls, config: RunConfig, base_url: str | None = None, api_key: str | None = None
    ) -> ModelSpec:
        """The model a stored run was made with (its recorded options and engine)."""
        if config.model is None:
            raise RunError("the run's config names no model; it cannot be resumed")
        options = dict(config.model.options)
        return cls(
            spec=config.model.spec,
            batch_size=int(options.get("batch_size", 16)),
            dtype=str(options.get("dtype", "auto")),
            engine=config.model.engine_used(),
            base_url=base_url,
            api_key=api_key,
        )


@dataclass(frozen=True)
class RunSpec:
    """What a user asks one run for."""

    corpus: str | None = None
    set: str | None = None
    problems: str | None = None  # positions or ids within the corpus or set
    variants: tuple[str, ...] = (ORIGINAL,)
    templates: tuple[str, ...] = ("chat",)
    few_shot: tuple[str, ...] = ()  # ids of solved problems shown as worked examples
    search: SearchSpec = field(default_factory=SearchSpec)
    model: ModelSpec = field(default_factory=ModelSpec)
    seed: int = 7
    timeout_s: float = 3.0
    memory_mb: int = 1024


@dataclass
class RunPlan:
    """A resolved run: its config, its problems, its rendered tasks and its search."""

    config: RunConfig
    problems: dict[str, Problem]
    tasks: list[Task]
    search: Search
    variants: dict[tuple[str, str], Variant]  # (problem id, variant name) -> the variant

    def scoring(self, task: Task) -> tuple[Problem, str | None]:
        """How a task's candidates are scored: (the problem whose tests run, the driver)."""
        variant = self.variants.get((task.problem, task.variant))
        return scored_as(self.problems[task.problem], variant)

    def with_model(self, model: Model) -> RunPlan:
        """The plan made for `model`: checked against what it can do, its identity and the
        machine's facts recorded. Nothing is rendered again."""
        chat = any(t.prompt.kind == "chat" for t in self.tasks)
        why = self.search.unsupported(model, chat)
        if why:
            raise RunError(why)
        info = model.info()
        record = ModelRecord(
            spec=self.config.model.spec if self.config.model else info.id,
            id=info.id,
            weights_hash=info.weights_hash,
            context_length=info.context_length,
            dtype=info.extra.get("dtype"),
            engine=getattr(model, "engine_name", None),
            options=dict(self.config.model.options) if self.config.model else {},
        )
        return replace(self, config=replace(self.config, model=record, **run_facts()))


def select(spec: RunSpec) -> list[Problem]:
    """The problems of a set (optionally narrowed by positions/ids within it), or of a
    corpus selection."""
    if spec.set:
        chosen = load_set(spec.set).problems()
        if spec.problems:
            as_corpus = Corpus(f"set {spec.set}", {}, tuple(chosen))
            chosen = select_problems(as_corpus, spec.problems)
        return chosen
    if not spec.corpus:
        raise RunError("say which problems: --corpus NAME [--problems 0-19] or --set NAME")
    return select_problems(load_corpus(spec.corpus), spec.problems)


def resolve(spec: RunSpec, model: Model | None = None) -> RunPlan:
    """Check and resolve a spec once. Without a model the plan is complete but for the
    model's identity (enough to find an equal run, or to fail before loading a model);
    `plan.with_model(model)` finishes it."""
    if spec.timeout_s <= 0 or spec.memory_mb <= 0:
        raise RunError("--timeout and --memory must be positive")
    problems = select(spec)
    if not problems:
        raise RunError("no problems selected")
    search = make_search(spec.search.name, seeded(spec.search, spec.seed))
    corpora = {p.id.split("/")[0] for p in problems}
    names = [qualify_for(corpora, v) for v in spec.variants]  # short -> short@authored
    engine = resolve_engine(spec.model.spec, spec.model.engine, search.uses_beams)
    config = RunConfig(
        corpus=spec.corpus,
        set=spec.set,
        problems=[p.id for p in problems],
        problem_hashes={p.id: p.content_hash() for p in problems},
        variants={v: variant_hashes(problems, v) for v in names},
        variant_files={v: file_hashes(corpora, v) for v in names if v != ORIGINAL},
        templates={t: template_hash(t) for t in spec.templates},
        few_shot={pid: find_problem(pid).content_hash() for pid in spec.few_shot},
        # Every parameter, defaults included: a resume must not depend on today's defaults.
        search=SearchSpec(spec.search.name, recorded_params(search)),
        seed=spec.seed,
        limits=RunLimits(spec.timeout_s, spec.memory_mb),
        verdict_rules=VERDICT_RULES,
        model=ModelRecord(spec=spec.model.spec, options={**spec.model.options(), "engine": engine}),
    )
    plan = _complete(config, problems, search)
    return plan.with_model(model) if model is not None else plan


def seeded(search: SearchSpec, seed: int) -> dict[str, Any]:
    """A search's parameters with the run's seed, for a search that takes one."""
    from workbench.search import SEARCHES

    if SEARCHES.get(search.name).seeded:
        return {**search.params, "seed": seed}
    return dict(search.params)


def reopen(config: RunConfig, check: bool = True) -> RunPlan:
    """The plan of a run on disk, from its config: its problems (checked against the
    hashes it recorded), variants, prompts and search, as when it was made."""
    problems = load_problems(config, check)
    search = make_search(config.search.name, config.search.params)
    return _complete(config, problems, search)


def load_problems(config: RunConfig, check: bool = True) -> list[Problem]:
    """A run's problems, checked against the hashes its config recorded."""
    corpus = config.corpus
    problems = [
        find_problem(pid, corpus if corpus and ":" in corpus else None) for pid in config.problems
    ]
    if check:
        changed = [p.id for p in problems if p.content_hash() != config.problem_hashes[p.id]]
        if changed:
            raise RunError(
                f"{len(changed)} problem(s) changed since this run started "
                f"({', '.join(changed[:3])}{', ...' if len(changed) > 3 else ''}); "
                "start a new run instead of resuming"
            )
    return problems


def _complete(config: RunConfig, problems: list[Problem], search: Search) -> RunPlan:
    """Load each task's variant once and render each prompt once."""
    shots = [find_problem(pid) for pid in config.few_shot]
    variants: dict[tuple[str, str], Variant] = {}
    tasks = []
    for p in problems:
        for vname, hashes in config.variants.items():
            if hashes is not None and p.id not in hashes:
                continue  # the variant does not apply to this problem
            variant = None if vname == ORIGINAL else load_variant(p.id, vname)
            if variant is not None:
                variants[(p.id, vname)] = variant
            few = [s for s in shots if s.id != p.id]  # never its own solution
            for tname in config.templates:
                tasks.append(Task(p.id, vname, tname, render(tname, p, variant, few)))
    return RunPlan(config, {p.id: p for p in problems}, tasks, search, variants)


def matched(config: RunConfig) -> dict[str, Any]:
    """What a reused run must share with a plan: everything but when and where it ran,
    with the search's parameters made complete (some earlier runs recorded only those
    given)."""
    name = config.search.name
    return config.matched() | {
        "search": {"name": name, "params": complete_params(name, config.search.params)}
    }


def model_matches(config: RunConfig, spec: ModelSpec, wanted: Mapping[str, Any]) -> bool:
    """Whether a stored run was made with the model spec and options a plan asks for. On
    llama.cpp the dtype means nothing (GGUF weights run as shipped), so it is not compared."""
    if config.model is None or config.model.spec != spec.spec:
        return False
    have, want = dict(config.model.options), dict(wanted)
    if have.get("engine") == want.get("engine") == "llama":
        have.pop("dtype", None)
        want.pop("dtype", None)
    return have == want
