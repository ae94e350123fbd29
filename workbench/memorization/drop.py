"""Signal 1, the variant drop: does the pass rate fall when a statement is reworded?

A model that reasons should solve a problem about as well when its statement is shortened,
freed of its story, paraphrased or renamed; a model that recalls a memorised solution from
the familiar wording should lose more on a corpus it has seen. So, per problem, the drop is
pass@1 on the original minus pass@1 on a meaning-preserving variant (positive: worse
rewritten); per corpus and variant its mean comes with a paired-bootstrap interval; and
the memorization signal is the difference in differences, the drop on the seen corpus
minus the drop on the unseen one, whose interval resamples each corpus's problems (each
problem keeps its own pair). Reads trials, never writes runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from workbench.stats import mean, paired_bootstrap, two_sample_bootstrap
from workbench.summary import score_problem
from workbench.trials import Trial
from workbench.variants import ORIGINAL

MEANING_PRESERVING = ("short", "storyfree", "paraphrase", "renamed")
ALL = "all"  # the pooled row: each problem's mean drop over the variants it has
# EvoEval (Xia et al. 2024, "Top Leaderboard Ranking = Top Coding Proficiency, Always?"):
# the average relative drop of pass@1 over 51 models on its rewritten HumanEval problems.
EVOEVAL_RELATIVE_DROP = 0.394


def pass_at_1(trials: Iterable[Trial]) -> dict[str, dict[str, float]]:
    """pass@1 per variant and problem (all of a problem's candidates, every cell pooled),
    by `workbench.summary.score_problem`; a refused prompt counts as a problem without
    candidates (pass@1 = 0)."""
    by: dict[str, dict[str, list[Trial]]] = defaultdict(lambda: defaultdict(list))
    for t in trials:
        cands = by[t.variant][t.problem]
        if not t.refused:
            cands.append(t)
    return {v: {p: score_problem(c, 1).pass_at_1 for p, c in ps.items()} for v, ps in by.items()}


@dataclass(frozen=True)
class ProblemDrop:
    """One problem under its original statement and one variant (pass@1 in [0, 1])."""

    corpus: str
    problem: str
    variant: str
    original: float
    rewritten: float

    @property
    def drop(self) -> float:
        return self.original - self.rewritten


def problem_drops(
    scores: Mapping[str, Mapping[str, float]],
    corpus_of: Mapping[str, str],
    variants: Sequence[str] = MEANING_PRESERVING,
) -> list[ProblemDrop]:
    """Every (problem, variant) pair with a score under both the original and the variant,
    from `pass_at_1`'s output; `corpus_of` maps a problem id to its corpus."""
    original = scores.get(ORIGINAL, {})
    return [
        ProblemDrop(corpus_of[p], p, v, original[p], scores[v][p])
        for v in variants
        for p in sorted(scores.get(v, {}))
        if p in original and p in corpus_of
    ]


@dataclass(frozen=True)
class DropEstimate:
    """The mean drop of one variant (or ALL) on one corpus, in pass@1 (0..1), with its
    95% paired-bootstrap interval; `relative` is 1 - rewritten / original (EvoEval's
    measure), nan when the original solves nothing."""

    corpus: str
    variant: str
    n: int
    original: float
    rewritten: float
    drop: float
    lo: float
    hi: float
    relative: float


def _pooled(drops: Sequence[ProblemDrop]) -> dict[str, tuple[float, float]]:
    """Each problem's mean (original, rewritten) over the variants it has."""
    by: dict[str, list[ProblemDrop]] = defaultdict(list)
    for d in drops:
        by[d.problem].append(d)
    return {
        p: (mean([d.original for d in ds]), mean([d.rewritten for d in ds]))
        for p, ds in sorted(by.items())
    }


def _pairs(
    drops: Sequence[ProblemDrop], corpus: str, variant: str
) -> dict[str, tuple[float, float]]:
    mine = [d for d in drops if d.corpus == corpus]
    if variant == ALL:
        return _pooled(mine)
    return {d.problem: (d.original, d.rewritten) for d in mine if d.variant == variant}


def drop_estimate(
    drops: Sequence[ProblemDrop], corpus: str, variant: str, *, seed: int
) -> DropEstimate:
    """The mean drop of `variant` (or ALL) on `corpus`; `seed` is the runs' seed."""
    pairs = _pairs(drops, corpus, variant)
    orig = [a for a, _ in pairs.values()]
    rew = [b for _, b in pairs.values()]
    # paired_bootstrap gives mean(b - a): with b = original and a = rewritten, the drop.
    est = paired_bootstrap(rew, orig, seed=seed)
    nan = float("nan")
    relative = 1 - est.mean_a / est.mean_b if pairs and est.mean_b > 0 else nan
    return DropEstimate(
        corpus, variant, est.n, est.mean_b, est.mean_a, est.diff, est.lo, est.hi, relative
    )


def drops_by_corpus(
    drops: Sequence[ProblemDrop], corpora: Sequence[str], *, seed: int
) -> list[DropEstimate]:
    """One estimate per corpus and variant present, then the pooled ALL row per corpus;
    `seed` is the runs' seed."""
    variants = [v for v in dict.fromkeys(d.variant for d in drops)]
    return [
        drop_estimate(drops, c, v, seed=seed)
        for c in corpora
        for v in (*variants, ALL)
        if _pairs(drops, c, v) or v == ALL
    ]


@dataclass(frozen=True)
class DiffInDiff:
    """Drop on the seen corpus minus drop on the unseen one, for one variant (or ALL), with
    its 95% bootstrap interval; positive = the seen corpus loses more when reworded."""

    variant: str
    n_seen: int
    n_unseen: int
    drop_seen: float
    drop_unseen: float
    value: float
    lo: float
    hi: float


def diff_in_diff(
    drops: Sequence[ProblemDrop], seen: str, unseen: str, variant: str = ALL, *, seed: int
) -> DiffInDiff:
    """The difference in differences for `variant` (or ALL); `seed` is the runs' seed."""
    a = [x - y for x, y in _pairs(drops, seen, variant).values()]
    b = [x - y for x, y in _pairs(drops, unseen, variant).values()]
    est = two_sample_bootstrap(a, b, seed=seed)
    return DiffInDiff(variant, est.n_a, est.n_b, mean(a), mean(b), est.value, est.lo, est.hi)
