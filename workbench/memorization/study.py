"""A memorization study end to end: the runs it needs, the probes, and the analysis.

`plan` turns a request into, per corpus, one run request for the original statement and
one per meaning-preserving variant the corpus has frozen (`workbench.study.plan_runs`, so
every run of one corpus is the very same search), checked before any model load. The runs
come from `workbench.study.obtain`, which reuses a finished run with the same settings,
resumes a killed one and makes the missing ones. The model probes (completion,
likelihood) are stored in the study's folder under `runs/memorization/` together with the
settings they depend on, and a later study with the same settings reuses them. `analyze`
is a pure function of the trials, the problems and the probe results.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from workbench import runner, study
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
from workbench.problems import Problem
from workbench.runs import Run, RunError, runs_dir
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


@dataclass
class MemorizationRequest:
    corpora: Sequence[str] = ("humaneval", "fresh")  # the seen corpus, then the unseen one
    sets: Sequence[str | None] | None = None  # one per corpus; None: DEFAULT_SETS or all
    problems: str | None = None  # positions within every corpus's selection: 0-9
    variants: Sequence[str] = MEANING_PRESERVING
    signals: Sequence[str] = SIGNALS
    model: str = "embedded"
    model_options: dict[str, Any] = field(default_factory=dict)
    search_params: dict[str, Any] = field(default_factory=dict)
    seed: int = 7
    timeout_s: float = 3.0
    memory_mb: int = 1024
    cutoff: dt.date | None = None  # None: the model's release date where known
    fractions: Sequence[float] = (0.0, 0.25, 0.5, 0.75)
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
    runs: list[runner.RunRequest]  # per corpus: the original, then its variants
    left_out: dict[str, str]  # "corpus variant" -> why
    problems: dict[str, list[Problem]]  # corpus -> its selected problems
    cutoff: dt.date | None


def plan(request: MemorizationRequest) -> Plan:
    """Every run request and the problems, checked before any model load."""
    if len(request.corpora) != 2 or request.seen == request.unseen:
        raise RunError("name two corpora, the likely seen one first: --corpus humaneval,fresh")
    unknown = [s for s in request.signals if s not in SIGNALS]
    if unknown or not request.signals:
        raise RunError(f"unknown signal(s) {unknown}: choose from {', '.join(SIGNALS)}")
    if "likelihood" in request.signals and request.model.startswith("openai:"):
        # Known before any run is made: an endpoint gives no log-probabilities of a text.
        raise RunError(
            f"the likelihood probe needs token log-probabilities, which {request.model} does "
            "not give: use a local model, or leave it out with --signals drop,completion,release"
        )
    if "drop" in request.signals:
        from workbench.rewriting import registry

        names = registry()
        strange = [v for v in request.variants if v not in names]
        if strange:
            raise RunError(f"unknown variant(s) {strange}: choose from {', '.join(sorted(names))}")
    sets = list(request.sets) if request.sets else [None] * len(request.corpora)
    if len(sets) != len(request.corpora):
        raise RunError("give one --set per corpus, in the order of --corpus")
    runs: list[runner.RunRequest] = []
    left_out: dict[str, str] = {}
    problems: dict[str, list[Problem]] = {}
    for corpus, set_name in zip(request.corpora, sets, strict=True):
        set_name = set_name or DEFAULT_SETS.get(corpus)
        if set_name:
            foreign = [i for i in load_set(set_name).ids if not i.startswith(f"{corpus}/")]
            if foreign:
                raise RunError(f"set {set_name} holds {foreign[0]}, not a {corpus} problem")
        frozen = set(frozen_rewriters(corpus)) if "drop" in request.signals else set()
        wanted = [v for v in request.variants if v in frozen]
        for v in request.variants if "drop" in request.signals else ():
            if v not in frozen:
                left_out[f"{corpus} {v}"] = f"corpus {corpus} has no frozen {v} variants"
        compare = study.CompareRequest(
            variants=wanted,
            corpus=None if set_name else corpus,
            set=set_name,
            problems=request.problems,
            model=request.model,
            search_params=dict(request.search_params),
            seed=request.seed,
            timeout_s=request.timeout_s,
            memory_mb=request.memory_mb,
            model_options=dict(request.model_options),
        )
        plans, skipped = study.plan_runs(compare, alone=True)
        left_out |= {f"{corpus} {v}": why for v, why in skipped.items()}
        if {"drop", "release"} & set(request.signals):
            runs += plans
        problems[corpus] = runner.select(plans[0])
    cutoff = request.cutoff
    if cutoff is None and request.model in RELEASES:
        cutoff = dt.date.fromisoformat(RELEASES[request.model])
    return Plan(runs, left_out, problems, cutoff)


def probe_key(request: MemorizationRequest, problems: Sequence[Problem]) -> dict[str, Any]:
    """What the probe results depend on: a stored result with an equal key is reused."""
    return {
        "version": PROBES_VERSION,
        "model": request.model,
        "model_options": request.model_options,
        "problems": {p.id: p.content_hash() for p in problems},
        "fractions": list(request.fractions),
        "k": request.k,
        "max_tokens": request.max_tokens,
        "limits": {"timeout_s": request.timeout_s, "memory_mb": request.memory_mb},
        "verdict_rules": VERDICT_RULES,  # the completion probe grades in the sandbox
    }


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
        if stored.get("probe_key") == key and probe in stored.get("probed", []):
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
    trials: Sequence[dict[str, Any]],
    problems: dict[str, list[Problem]],
    seen: str,
    unseen: str,
    completion: Sequence[Any] = (),
    likelihood: Sequence[Any] = (),
    cutoff: dt.date | None = None,
    seed: int = 0,
) -> Memorization:
    """The four signals and the verdict from the runs' trials and the probe results."""
    corpus_of = {p.id: c for c, ps in problems.items() for p in ps}
    # The drop is per rewriter: each corpus's runs used its preferred producer
    # (short@authored), and the two sides are paired by what was asked for (short).
    scores = pass_at_1({**t, "variant": split_name(t["variant"])[0]} for t in trials)
    drops = problem_drops(scores, corpus_of)
    estimates = drops_by_corpus(drops, [seen, unseen], seed)
    variants = [*dict.fromkeys(d.variant for d in drops), ALL]
    did = [diff_in_diff(drops, seen, unseen, v, seed) for v in variants]
    release = None
    if cutoff is not None and ORIGINAL in scores:
        dates = {p.id: p.meta.get("release_date") for ps in problems.values() for p in ps}
        originals = {p: s for p, s in scores[ORIGINAL].items() if p in corpus_of}
        release = release_signal(originals, dates, cutoff, seed)
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


Loader = Callable[[runner.RunRequest], Model]
Say = Callable[[str], None]
Progress = Callable[[str, int, int], None]  # probe name, done, total


def run_probes(
    request: MemorizationRequest,
    the_plan: Plan,
    model: Callable[[], Model],
    where: str | Path | None = None,
    say: Say = lambda line: None,
    progress: Progress = lambda name, done, total: None,
) -> tuple[dict[str, Any], list[Any], list[Any]]:
    """The probe key and the completion and likelihood results (stored ones when their
    settings match, else computed with the model)."""
    from workbench.execution import Limits, default_executor
    from workbench.memorization import completion as comp
    from workbench.memorization import likelihood as lik

    everything = [p for ps in the_plan.problems.values() for p in ps]
    key = probe_key(request, everything)

    def probe(name: str, result: Callable[..., Any], compute: Callable[[], list[Any]]) -> list[Any]:
        if name not in request.signals:
            return []
        stored = stored_probes(key, name, where)
        if stored is None:
            return compute()
        say(f"{name} probe: reusing stored results")
        return [result(**r) for r in stored]

    limits = Limits(timeout_s=request.timeout_s, memory_mb=request.memory_mb)
    completions = probe(
        "completion",
        comp.CompletionResult,
        lambda: comp.complete_references(
            model(),
            everything,
            fractions=request.fractions,
            executor=default_executor(limits),
            progress=lambda done, total: progress("completion", done, total),
        ),
    )
    likelihoods = probe(
        "likelihood",
        lik.LikelihoodResult,
        lambda: lik.likelihood_probe(
            model(),
            everything,
            k=request.k,
            max_tokens=request.max_tokens,
            progress=lambda done, total: progress("likelihood", done, total),
        ),
    )
    return key, completions, likelihoods


def obtain_runs(
    the_plan: Plan,
    load: Loader,
    execute: Callable[[Run, Model], None],
    where: str | Path | None = None,
    say: Say = lambda line: None,
) -> list[Run]:
    return study.obtain(the_plan.runs, load, execute, where, say)
