"""The verdict table: one row per measure of the four signals, the seen corpus (HumanEval)
against the unseen one (`fresh`), with the difference, its 95% interval and a plain
reading of it.

Every row has a direction: the sign of (seen - unseen) that memorization predicts (a
higher exact-match rate, a lower perplexity, a larger drop). The reading says "points to
memorization" only when the whole interval lies on that side of the null value (0, or 0.5
for an AUROC), "points against" when it lies on the other side, and "undecided" when it
crosses the null: these data cannot tell then. Pure functions over probe results.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from workbench.memorization.drop import ALL, DiffInDiff
from workbench.memorization.release import ReleaseSignal
from workbench.stats import mean, two_sample_bootstrap

# What, besides exposure, each measure's difference may reflect.
CAVEATS = {
    "drop": "rewrites may lose details; no drop below a floor of zero solves",
    "completion": "code length and style differ between the corpora",
    "next line": "style differs between the corpora; the length does not",
    "passes": "mostly ability: a problem the model can solve it can also complete",
    "likelihood": "text style differs: docstring and function vs story and program",
    "release": "problems before and after the cutoff differ in difficulty and source too",
}
POINTS_TO = "points to memorization"
POINTS_AGAINST = "points against memorization"
UNDECIDED = "undecided: the interval crosses {null}"
NO_DATA = "no data"


@dataclass(frozen=True)
class VerdictRow:
    signal: str
    measure: str
    seen: float  # the measure on the seen corpus (nan: no data)
    unseen: float
    difference: float  # seen - unseen, or the AUROC itself
    lo: float
    hi: float
    n_seen: int
    n_unseen: int
    null: float  # 0, or 0.5 for an AUROC
    direction: int  # +1: memorization makes `difference` larger; -1: smaller
    reading: str
    unit: str  # "pp" (percentage points of a rate), "" (a plain number)
    caveat: str = ""  # what else the difference may reflect

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def reading(value: float, lo: float, hi: float, null: float, direction: int) -> str:
    if any(math.isnan(x) for x in (value, lo, hi)):
        return NO_DATA
    if lo <= null <= hi:
        return UNDECIDED.format(null=f"{null:g}")
    above = lo > null
    return POINTS_TO if above == (direction > 0) else POINTS_AGAINST


def _row(
    signal: str,
    measure: str,
    seen: Sequence[float],
    unseen: Sequence[float],
    direction: int,
    unit: str,
    seed: int,
    caveat: str = "",
) -> VerdictRow:
    est = two_sample_bootstrap(seen, unseen, seed=seed)
    return VerdictRow(
        signal,
        measure,
        mean(seen),
        mean(unseen),
        est.value,
        est.lo,
        est.hi,
        est.n_a,
        est.n_b,
        0.0,
        direction,
        reading(est.value, est.lo, est.hi, 0.0, direction),
        unit,
        caveat,
    )


def drop_rows(did: Sequence[DiffInDiff]) -> list[VerdictRow]:
    """One row per variant (the pooled ALL row first)."""
    ordered = sorted(did, key=lambda d: d.variant != ALL)
    return [
        VerdictRow(
            "variant drop",
            f"pass@1 drop, {'all variants' if d.variant == ALL else d.variant}",
            d.drop_seen,
            d.drop_unseen,
            d.value,
            d.lo,
            d.hi,
            d.n_seen,
            d.n_unseen,
            0.0,
            1,
            reading(d.value, d.lo, d.hi, 0.0, 1),
            "pp",
            CAVEATS["drop"],
        )
        for d in ordered
    ]


def _per_problem(rows: Sequence[Any], value: Callable[[Any], float | None]) -> dict[str, float]:
    """Each problem's mean of `value` over its rows (cuts or kinds), nan-free."""
    by: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        v = value(r)
        if v is not None and not math.isnan(v):
            by[r.problem].append(float(v))
    return {p: mean(vs) for p, vs in by.items()}


def _split(
    per: Mapping[str, float], corpus_of: Mapping[str, str], seen: str, unseen: str
) -> tuple[list[float], list[float]]:
    return (
        [v for p, v in per.items() if corpus_of.get(p) == seen],
        [v for p, v in per.items() if corpus_of.get(p) == unseen],
    )


def completion_rows(
    results: Sequence[Any],
    corpus_of: Mapping[str, str],
    seen: str,
    unseen: str,
    seed: int = 0,
    next_line: Mapping[tuple[str, float], bool] | None = None,
) -> list[VerdictRow]:
    """Exact match, next-line match (where `next_line` gives it per (problem, fraction)),
    edit similarity and passing tests, each a per-problem mean over its cuts, then seen
    against unseen (problems resampled)."""
    lines = next_line or {}
    measures: list[tuple[str, Callable[[Any], float | None], str]] = [
        ("exact match", lambda r: float(r.exact), "pp"),
        ("next line exact", lambda r: _lookup(lines, (r.problem, r.fraction)), "pp"),
        ("edit similarity", lambda r: r.similarity, ""),
        ("completion passes tests", lambda r: None if r.passed is None else float(r.passed), "pp"),
    ]
    if not results:
        return []
    out = []
    for name, value, unit in measures:
        a, b = _split(_per_problem(results, value), corpus_of, seen, unseen)
        if not a and not b:  # a measure these results do not have
            continue
        caveat = CAVEATS[
            "passes"
            if name.startswith("completion passes")
            else "next line"
            if name.startswith("next line")
            else "completion"
        ]
        out.append(_row("canonical completion", name, a, b, 1, unit, seed, caveat))
    return out


def _lookup(table: Mapping[tuple[str, float], bool], key: tuple[str, float]) -> float | None:
    return float(table[key]) if key in table else None


def likelihood_rows(
    results: Sequence[Any], corpus_of: Mapping[str, str], seen: str, unseen: str, seed: int = 0
) -> list[VerdictRow]:
    """Per text kind: Min-K% Prob (higher = more familiar) and its AUROC of telling the
    seen corpus from the unseen one, and perplexity (lower = more familiar)."""
    from workbench.memorization.likelihood import auroc

    out = []
    for kind in dict.fromkeys(r.kind for r in results):
        mine = [r for r in results if r.kind == kind]
        a, b = _split(_per_problem(mine, lambda r: r.min_k), corpus_of, seen, unseen)
        out.append(
            _row("likelihood", f"Min-K% Prob, {kind}s", a, b, 1, "", seed, CAVEATS["likelihood"])
        )
        est = two_sample_bootstrap(a, b, statistic=_auroc_statistic, seed=seed)
        value = auroc(a, b) if a and b else float("nan")
        out.append(
            VerdictRow(
                "likelihood",
                f"Min-K% AUROC, {kind}s",
                float("nan"),
                float("nan"),
                value,
                est.lo,
                est.hi,
                len(a),
                len(b),
                0.5,
                1,
                reading(value, est.lo, est.hi, 0.5, 1),
                "",
                CAVEATS["likelihood"],
            )
        )
        pa, pb = _split(
            _per_problem(mine, lambda r: math.log(r.perplexity)), corpus_of, seen, unseen
        )
        row = _row(
            "likelihood", f"log perplexity, {kind}s", pa, pb, -1, "", seed, CAVEATS["likelihood"]
        )
        out.append(row)
    return out


def _auroc_statistic(a: np.ndarray, b: np.ndarray) -> float:
    from workbench.memorization.likelihood import auroc

    return auroc(list(a), list(b))


def release_rows(signal: ReleaseSignal | None, seen: str, unseen: str) -> list[VerdictRow]:
    """Pass@1 on problems released before the cutoff against after it (its own columns:
    "seen" is before, "unseen" after, whatever corpus they come from)."""
    if signal is None:
        return []
    return [
        VerdictRow(
            "release date",
            f"pass@1 before vs after {signal.cutoff}",
            signal.before.pass_rate,
            signal.after.pass_rate,
            signal.difference,
            signal.lo,
            signal.hi,
            signal.before.n,
            signal.after.n,
            0.0,
            1,
            reading(signal.difference, signal.lo, signal.hi, 0.0, 1),
            "pp",
            CAVEATS["release"],
        )
    ]
