"""A memorization study end to end: the runs it needs, the probes, and the analysis.

`plan` turns a spec into, per corpus, one resolved run plan for the original statement
and one per meaning-preserving variant the corpus has frozen
(`workbench.pipelines.plan_comparison`, so every run of one corpus is the very same
search), checked before any model load. The runs come from `workbench.reuse.obtain`,
which reuses a finished run with the same settings, resumes a killed one and makes the
missing ones. The model probes (completion,
likelihood) are stored in the study's folder under `runs/memorization/` together with the
settings they depend on, and a later study with the same settings reuses them. `analyze`
is a pure function of the trials, the problems and the probe results.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from workbench.corpus import load_set
from workbench.execution.worker import VERDICT_RULES
from workbench.memorization.drop import (
    ALL,
    MEANING_PRESERVING,
    DiffInDiff,
    DropEstimate,
    ProblemDrop,
    diff_in_diff,
    drops_by_corpus,
    pass_at_1,
    problem_drops,
)
from workbench.memorization.release import ReleaseSignal, release_signal
from workbench.memorization.verdict import (
    VerdictRow,
    completion_rows,
    drop_rows,
    likelihood_rows,
    release_rows,
)
from workbench.models.base import Model
from workbench.plan import RunPlan, RunSpec
from workbench.problems import Problem
from workbench.progress import Reporter, Silent
from workbench.runs import RunError, runs_dir
from workbench.trials import Trial
from workbench.variants import ORIGINAL, frozen_rewriters, split_name

SIGNALS = ("drop", "completion", "likelihood", "release")
DEFAULT_SETS = {"humaneval": "humaneval-quick", "fresh": "fresh-quick"}
# A model's public release date bounds its training cutoff from above: nothing published
# later can be in its training data. Qwen2.5-Coder: 1.5B on 2024-09-19 (technical report),
# 0.5B with the rest of the family on 2024-11-12.
RELEASES = {
    "embedded": "2024-11-12",
    "embedded:0.5b": "2024-11-12",
    "embedded:1.5b": "2024-09-19",
}
RESULTS = "memorization.json"
# Part of a stored probe result's key: raised whenever the probes would now measure
# differently (cuts, stop strings, scores), so that older results are not reused.
PROBES_VERSION = 1


@dataclass(frozen=True)
class MemorizationSpec:
    """A memorization study: the run spec every corpus's runs share (model, search, seed,
    limits, positions within each set), the two corpora and what to measure."""

    base: RunSpec = field(default_factory=RunSpec)
    corpora: tuple[str, ...] = ("humaneval", "fresh")  # the seen corpus, then the unseen one
    sets: tuple[str | None, ...] | None = None  # one per corpus; None: DEFAULT_SETS or all
    variants: tuple[str, ...] = MEANING_PRESERVING
    signals: tuple[str, ...] = SIGNALS
    cutoff: dt.date | None = None  # None: the model's release date where known
    fractions: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75)
    k: float = 0.2
    max_tokens: int = 2048  # longest text the likelihood probe scores

    @property
    def seen(self) -> str:
        return self.corpora[0]

    @property
    def unseen(self) -> str:
        return self.corpora[1]


@dataclass
class Plan:
    runs: list[tuple[str, RunPlan]]  # per corpus: the original, then its variants
    left_out: dict[str, str]  # "corpus variant" -> why
    problems: dict[str, list[Problem]]  # corpus -> its selected problems
    cutoff: dt.date | None


def check(spec: MemorizationSpec) -> None:
    """Mistakes a user can make in a study's spec, found before anything runs."""
    if len(spec.corpora) != 2 or spec.seen == spec.unseen:
        raise RunError("name two corpora, the likely seen one first: --corpus humaneval,fresh")
    unknown = [s for s in spec.signals if s not in SIGNALS]
    if unknown or not spec.signals:
        raise RunError(f"unknown signal(s) {unknown}: choose from {', '.join(SIGNALS)}")
    model = spec.base.model.spec
    if "likelihood" in spec.signals and model.startswith("openai:"):
        # Known before any run is made: an endpoint gives no log-probabilities of a text.
        raise RunError(
            f"the likelihood probe needs token log-probabilities, which {model} does "
            "not give: use a local model, or leave it out with --signals drop,completion,release"
        )
    if "drop" in spec.signals:
        from workbench.rewriting import registry

        names = registry().names()
        strange = [v for v in spec.variants if v not in names]
        if strange:
            raise RunError(f"unknown variant(s) {strange}: choose from {', '.join(sorted(names))}")


def plan(spec: MemorizationSpec) -> Plan:
    """Every run plan and the problems, checked before any model load."""
    from workbench.pipelines import ComparisonSpec, plan_comparison

    check(spec)
    sets = list(spec.sets) if spec.sets else [None] * len(spec.corpora)
    if len(sets) != len(spec.corpora):
        raise RunError("give one --set per corpus, in the order of --corpus")
    runs: list[tuple[str, RunPlan]] = []
    left_out: dict[str, str] = {}
    problems: dict[str, list[Problem]] = {}
    for corpus, set_name in zip(spec.corpora, sets, strict=True):
        set_name = set_name or DEFAULT_SETS.get(corpus)
        if set_name:
            foreign = [i for i in load_set(set_name).ids if not i.startswith(f"{corpus}/")]
            if foreign:
                raise RunError(f"set {set_name} holds {foreign[0]}, not a {corpus} problem")
        frozen = set(frozen_rewriters(corpus)) if "drop" in spec.signals else set()
        wanted = tuple(v for v in spec.variants if v in frozen)
        for v in spec.variants if "drop" in spec.signals else ():
            if v not in frozen:
                left_out[f"{corpus} {v}"] = f"corpus {corpus} has no frozen {v} variants"
        base = replace(spec.base, corpus=None if set_name else corpus, set=set_name)
        plans, skipped = plan_comparison(ComparisonSpec(wanted, base), alone=True)
        left_out |= {f"{corpus} {v}": why for v, why in skipped.items()}
        if {"drop", "release"} & set(spec.signals):
            runs += [(f"{set_name or corpus} {name}", p) for name, p in plans]
        problems[corpus] = list(plans[0][1].problems.values())
    cutoff = spec.cutoff
    if cutoff is None and spec.base.model.spec in RELEASES:
        cutoff = dt.date.fromisoformat(RELEASES[spec.base.model.spec])
    return Plan(runs, left_out, problems, cutoff)


def probe_key(
    spec: MemorizationSpec, options: dict[str, Any], problems: Sequence[Problem]
) -> dict[str, Any]:
    """What the probe results depend on: a stored result with an equal key is reused.
    `options`: the model's options with its engine resolved."""
    return {
        "version": PROBES_VERSION,
        "model": spec.base.model.spec,
        "model_options": options,
        "problems": {p.id: p.content_hash() for p in problems},
        "fractions": list(spec.fractions),
        "k": spec.k,
        "max_tokens": spec.max_tokens,
        "limits": {"timeout_s": spec.base.timeout_s, "memory_mb": spec.base.memory_mb},
        "verdict_rules": VERDICT_RULES,  # the completion probe grades in the sandbox
    }


def _comparable(key: Any) -> Any:
    """A probe key as results depend on it: on llama.cpp the dtype means nothing (GGUF
    weights run as shipped), so probes made with any dtype there are the same probes."""
    if not isinstance(key, dict):
        return key
    options = dict(key.get("model_options") or {})
    if options.get("engine") == "llama":
        options.pop("dtype", None)
    return {**key, "model_options": options}


def stored_probes(
    key: dict[str, Any], probe: str, where: str | Path | None
) -> list[dict[str, Any]] | None:
    """The newest stored results of `probe` made with `key`, if any (null read as NaN)."""
    base = runs_dir(where) / "memorization"
    for path in sorted(base.glob(f"*/{RESULTS}"), reverse=True):
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        same = _comparable(stored.get("probe_key")) == _comparable(key)
        if same and probe in stored.get("probed", []):
            return [
                {k: math.nan if v is None and k != "passed" else v for k, v in r.items()}
                for r in stored.get(probe) or []
            ]
    return None


@dataclass
class Memorization:
    """Everything the report shows; `verdict` leads it."""

    seen: str
    unseen: str
    corpus_of: dict[str, str]
    scores: dict[str, dict[str, float]]  # variant -> problem -> pass@1
    drops: list[ProblemDrop]
    drop_estimates: list[DropEstimate]
    did: list[DiffInDiff]
    completion: list[Any]  # CompletionResult
    likelihood: list[Any]  # LikelihoodResult
    release: ReleaseSignal | None
    verdict: list[VerdictRow]
    next_line: dict[tuple[str, float], bool] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        def plain(x: Any) -> Any:
            return x.to_dict() if hasattr(x, "to_dict") else asdict(x)

        return {
            "seen": self.seen,
            "unseen": self.unseen,
            "corpus_of": self.corpus_of,
            "scores": self.scores,
            "drops": [asdict(d) for d in self.drops],
            "drop_estimates": [asdict(d) for d in self.drop_estimates],
            "diff_in_diff": [asdict(d) for d in self.did],
            "completion": [plain(r) for r in self.completion],
            "likelihood": [plain(r) for r in self.likelihood],
            "next_line": [
                {"problem": p, "fraction": f, "match": ok}
                for (p, f), ok in sorted(self.next_line.items())
            ],
            "release": None if self.release is None else asdict(self.release),
            "verdict": [r.to_dict() for r in self.verdict],
        }


def analyze(
    trials: Sequence[Trial],
    problems: dict[str, list[Problem]],
    seen: str,
    unseen: str,
    completion: Sequence[Any] = (),
    likelihood: Sequence[Any] = (),
    cutoff: dt.date | None = None,
    *,
    seed: int,
) -> Memorization:
    """The four signals and the verdict from the runs' trials and the probe results."""
    corpus_of = {p.id: c for c, ps in problems.items() for p in ps}
    # The drop is per rewriter: each corpus's runs used its preferred producer
    # (short@authored), and the two sides are paired by what was asked for (short).
    scores = pass_at_1(replace(t, variant=split_name(t.variant)[0]) for t in trials)
    drops = problem_drops(scores, corpus_of)
    estimates = drops_by_corpus(drops, [seen, unseen], seed=seed)
    variants = [*dict.fromkeys(d.variant for d in drops), ALL]
    did = [diff_in_diff(drops, seen, unseen, v, seed=seed) for v in variants]
    release = None
    if cutoff is not None and ORIGINAL in scores:
        dates = {p.id: p.meta.get("release_date") for ps in problems.values() for p in ps}
        originals = {p: s for p, s in scores[ORIGINAL].items() if p in corpus_of}
        release = release_signal(originals, dates, cutoff, seed=seed)
    lines = next_lines(completion, problems)
    verdict = [
        *drop_rows(did),
        *completion_rows(completion, corpus_of, seen, unseen, seed, lines),
        *likelihood_rows(likelihood, corpus_of, seen, unseen, seed),
        *release_rows(release, seen, unseen),
    ]
    return Memorization(
        seen,
        unseen,
        corpus_of,
        scores,
        drops,
        estimates,
        did,
        list(completion),
        list(likelihood),
        release,
        verdict,
        lines,
    )


def next_lines(
    completion: Sequence[Any], problems: dict[str, list[Problem]]
) -> dict[tuple[str, float], bool]:
    """Per (problem, fraction) of the completion results: whether the completion's first
    line is the reference's next line (the cuts are made again: they are deterministic)."""
    from workbench.memorization.completion import cuts, next_line_match

    wanted = {r.problem for r in completion}
    rests = {
        (c.problem, c.fraction): c.rest
        for ps in problems.values()
        for p in ps
        if p.id in wanted
        for c in cuts(p, sorted({r.fraction for r in completion if r.problem == p.id}))
    }
    return {
        (r.problem, r.fraction): next_line_match(r.completion, rests[(r.problem, r.fraction)])
        for r in completion
        if (r.problem, r.fraction) in rests
    }


def run_probes(
    spec: MemorizationSpec,
    the_plan: Plan,
    model: Callable[[], Model],
    options: dict[str, Any],
    where: str | Path | None = None,
    reporter: Reporter | None = None,
) -> tuple[dict[str, Any], list[Any], list[Any]]:
    """The probe key and the completion and likelihood results (stored ones when their
    settings match, else computed with the model)."""
    from workbench.execution import Limits, default_executor
    from workbench.memorization import completion as comp
    from workbench.memorization import likelihood as lik

    report = reporter or Silent()
    everything = [p for ps in the_plan.problems.values() for p in ps]
    key = probe_key(spec, options, everything)

    def probe(name: str, result: Callable[..., Any], compute: Callable[[], list[Any]]) -> list[Any]:
        if name not in spec.signals:
            return []
        stored = stored_probes(key, name, where)
        if stored is None:
            return compute()
        report.say(f"{name} probe: reusing stored results")
        return [result(**r) for r in stored]

    def progress(name: str) -> Callable[[int, int], None]:
        job = f"{name} probe"
        return lambda done, total: report.start(job, total, done)

    limits = Limits(timeout_s=spec.base.timeout_s, memory_mb=spec.base.memory_mb)
    completions = probe(
        "completion",
        comp.CompletionResult,
        lambda: comp.complete_references(
            model(),
            everything,
            fractions=spec.fractions,
            executor=default_executor(limits),
            progress=progress("completion"),
        ),
    )
    likelihoods = probe(
        "likelihood",
        lik.LikelihoodResult,
        lambda: lik.likelihood_probe(
            model(),
            everything,
            k=spec.k,
            max_tokens=spec.max_tokens,
            progress=progress("likelihood"),
        ),
    )
    return key, completions, likelihoods
